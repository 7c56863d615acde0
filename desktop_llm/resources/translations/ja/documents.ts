<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Write the custom instruction first.</source>
        <translation>先にカスタム指示を入力してください。</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短め</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>長め</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Condense a document of any length in the style, length and language you choose.</source>
        <translation>任意の長さの文書を、選んだスタイル・長さ・言語で要約します。</translation>
    </message>
    <message>
        <source>Summary style</source>
        <translation>要約のスタイル</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>要約の長さ</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>文書と同じ</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>要約の言語</translation>
    </message>
    <message>
        <source>Custom instruction, e.g. “List the action items with owners”</source>
        <translation>カスタム指示（例：「担当者付きでアクションアイテムを列挙」）</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Read scanned pages with the vision model (slow)</source>
        <translation>スキャンしたページをビジョンモデルで読み取る（低速）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>ここに要約が表示されます。</translation>
    </message>
    <message>
        <source>Earlier summaries</source>
        <translation>過去の要約</translation>
    </message>
    <message>
        <source>Paste text to summarize, or open a document (any length).</source>
        <translation>要約するテキストを貼り付けるか、文書を開きます（長さ不問）。</translation>
    </message>
    <message>
        <source>Pages without a text layer (scans) are shown to the model as images and read page by page, before the summary.</source>
        <translation>テキストレイヤーのないページ（スキャン）は画像としてモデルに渡され、要約の前に 1 ページずつ読み取られます。</translation>
    </message>
    <message>
        <source>The chosen model cannot see images: pair it with its vision projector in the Library (Projector…) to read scanned pages.</source>
        <translation>選択したモデルは画像を認識できません。スキャンしたページを読み取るには、ライブラリでビジョンプロジェクターと組み合わせてください（プロジェクター…）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {characters}, {tokens} · about {time} on this computer</source>
        <translation>{name}：{characters}、{tokens} · このコンピューターで約 {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>文書を開けません</translation>
    </message>
    <message>
        <source>in one pass</source>
        <translation>1 回で処理</translation>
    </message>
    <message>
        <source>{parts}, {requests} to the model</source>
        <translation>{parts}、モデルへの{requests}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln パート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>リクエスト %Ln 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time} ({how}).</source>
        <translation>{time}で完了（{how}）。</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>要約をエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;テキスト (*.txt)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <translation>{name} 要約</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Translate text or documents between languages, side by side; structure and code are kept.</source>
        <translation>テキストや文書を言語間で翻訳し、原文と並べて表示します。構成とコードは保持されます。</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>翻訳元の言語</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>翻訳先の言語</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <source>Swap the languages (and put the translation on the left)</source>
        <translation>言語を入れ替える（訳文を左側に移動）</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>言語を入れ替え</translation>
    </message>
    <message>
        <source>From</source>
        <comment>source language</comment>
        <translation>翻訳元</translation>
    </message>
    <message>
        <source>To</source>
        <comment>target language</comment>
        <translation>翻訳先</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳文</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>ここに訳文が表示されます。</translation>
    </message>
    <message>
        <source>AcmeSync
cloud = Wolke</source>
        <comment>a glossary example: a name kept, a term fixed</comment>
        <translation>AcmeSync
cloud = クラウド</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Text to translate, or open a document. Code blocks are never translated.</source>
        <translation>翻訳するテキストを入力するか、文書を開きます。コードブロックは翻訳されません。</translation>
    </message>
    <message>
        <source>Glossary: one term a line; “term” keeps it as is, “term = translation” fixes it</source>
        <translation>用語集：1 行に 1 語。「用語」はそのまま残し、「用語 = 訳語」は訳を固定します</translation>
    </message>
    <message>
        <source>Detected: {language}</source>
        <translation>検出：{language}</translation>
    </message>
    <message>
        <source>Language not recognised</source>
        <translation>言語を認識できません</translation>
    </message>
    <message>
        <source>The text is already in {language}.</source>
        <translation>テキストはすでに{language}です。</translation>
    </message>
    <message numerus="yes">
        <source>Done in {time} (%n warning(s)).</source>
        <translation>
            <numerusform>{time}で完了（警告 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}.</source>
        <translation>{time}で完了。</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>訳文をエクスポート</translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <comment>an exported translation&apos;s file name</comment>
        <translation>{name}（{language}）</translation>
    </message>
    <message>
        <source>Drop a document here, open one, or paste text below.</source>
        <translation>ここに文書をドロップするか、開くか、下にテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Choose a document…</source>
        <translation>文書を選択…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>translation</source>
        <comment>the text a translation swapped into the source</comment>
        <translation>訳文</translation>
    </message>
    <message>
        <source>txt, md, pdf, docx, html or rtf (or drop a file here)</source>
        <translation>txt、md、pdf、docx、html、rtf（ここにファイルをドロップしても可）</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>文書を選択</translation>
    </message>
    <message>
        <source>A text, Markdown, PDF, Word, HTML or RTF file of any length. Drop one here, or paste text.</source>
        <translation>任意の長さのテキスト、Markdown、PDF、Word、HTML、RTF ファイル。ここにドロップするか、テキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>テキストを貼り付け</translation>
    </message>
    <message>
        <source>Paste the clipboard&apos;s text, or type your own</source>
        <translation>クリップボードのテキストを貼り付けるか、直接入力します</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>文書の情報</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文書 ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>文書を開く</translation>
    </message>
    <message>
        <source>Open a document or paste some text first.</source>
        <translation>先に文書を開くか、テキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{count} continued</source>
        <translation>{count} 件は続きを生成</translation>
    </message>
    <message>
        <source>{count} trimmed to its last full sentence</source>
        <translation>{count} 件は最後の完全な文で切り詰め</translation>
    </message>
    <message>
        <source>{count} ended with &apos;…&apos; (no full sentence to keep)</source>
        <translation>{count} 件は「…」で終了（残せる完全な文なし）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut at the length limit: {ways}</source>
        <translation>
            <numerusform>%n 件が長さの上限で切れました：{ways}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {note}.</source>
        <translation>{sentence}{note}。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Summarizing part</source>
        <translation>パートを要約中</translation>
    </message>
    <message>
        <source>Combining summaries</source>
        <translation>要約を統合中</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>要約を作成中</translation>
    </message>
    <message>
        <source>Translating block</source>
        <translation>ブロックを翻訳中</translation>
    </message>
    <message>
        <source>Summarizing part {done} of {total}</source>
        <translation>パート {done}/{total} を要約中</translation>
    </message>
    <message>
        <source>Translating block {done} of {total}</source>
        <translation>ブロック {done}/{total} を翻訳中</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>進行状況の詳細</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{stage} · about {time} left</source>
        <translation>{stage} · 残り約 {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>失敗：{message}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>{name}: the vision model found no text on its scanned pages</source>
        <translation>{name}：ビジョンモデルはスキャンしたページにテキストを見つけられませんでした</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>モデルが選択されていません。</translation>
    </message>
    <message>
        <source>{reason}. The chosen model can read scanned pages: tick “Read scanned pages with the vision model” and open it again.</source>
        <translation>{reason}。選択したモデルはスキャンしたページを読み取れます。「スキャンしたページをビジョンモデルで読み取る（低速）」をオンにして、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Short paragraph</source>
        <translation>短い段落</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>Detailed, with section headings</source>
        <translation>詳細（見出し付き）</translation>
    </message>
    <message>
        <source>Custom instruction</source>
        <translation>カスタム指示</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシャ語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中国語（簡体字）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中国語（繁体字）</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>タガログ語</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>スワヒリ語</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>カタルーニャ語</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>スロベニア語</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>エストニア語</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>ラトビア語</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a ZIP archive (or an Office file with the wrong extension) renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた ZIP アーカイブ（または拡張子の誤った Office ファイル）です</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PDF file renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた PDF ファイルです</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a program (ELF executable) renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えたプログラム（ELF 実行ファイル）です</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a Windows program renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた Windows プログラムです</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PNG image renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた PNG 画像です</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a JPEG image renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた JPEG 画像です</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GIF image renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた GIF 画像です</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GGUF model file renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた GGUF モデルファイルです</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a gzip archive renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた gzip アーカイブです</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is an SQLite database renamed to {suffix}</source>
        <translation>{name} はテキスト文書ではありません：拡張子を {suffix} に変えた SQLite データベースです</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}：ファイルが見つかりません</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} は空です</translation>
    </message>
    <message>
        <source>{name} is {size} MB; documents up to 100 MB are supported</source>
        <translation>{name} は {size} MB です。対応している文書は 100 MB までです</translation>
    </message>
    <message>
        <source>{name}: a file without an extension is not supported (use {supported})</source>
        <translation>{name}：拡張子のないファイルには対応していません（{supported} を使用してください）</translation>
    </message>
    <message>
        <source>{name}: {suffix} is not supported (use {supported})</source>
        <translation>{name}：{suffix} には対応していません（{supported} を使用してください）</translation>
    </message>
    <message>
        <source>{name} has no text (scanned pages need OCR first: this PDF has no text layer)</source>
        <translation>{name} にはテキストがありません（この PDF にはテキストレイヤーがありません：スキャンしたページは先に OCR が必要です）</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} にはテキストがありません</translation>
    </message>
    <message>
        <source>{name} has {count} characters; up to {limit} are supported</source>
        <translation>{name} は {count} 文字あります。対応しているのは {limit} 文字までです</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} はテキストではなくバイナリファイルのようです</translation>
    </message>
    <message>
        <source>{name}: the text encoding could not be recognised (is it a binary file?)</source>
        <translation>{name}：文字コードを判別できません（バイナリファイルではありませんか？）</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has an odd number of bytes ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} は {label} のバイト順マークで始まっていますが、バイト数が奇数です（{bytes}）：ファイルが途中で切れているか、{label} のテキストではありません</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has a number of bytes that is not a multiple of 4 ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} は {label} のバイト順マークで始まっていますが、バイト数が 4 の倍数ではありません（{bytes}）：ファイルが途中で切れているか、{label} のテキストではありません</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} at byte {offset} ({reason}): the file is damaged, or it is not {label} text</source>
        <translation>{name} は {label} のバイト順マークで始まっていますが、{offset} バイト目が有効な {label} ではありません（{reason}）：ファイルが破損しているか、{label} のテキストではありません</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer (scanned images?) and were skipped.</source>
        <translation>ページ {pages} にはテキストレイヤーがないため（スキャン画像？）、スキップしました。</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} はパスワードで保護されています</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({reason})</source>
        <translation>{name} は読み取れる PDF ではありません（{reason}）</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file ({reason})</source>
        <translation>{name} は読み取れる .docx ファイルではありません（{reason}）</translation>
    </message>
    <message>
        <source>{name}: the part {part} uses a compression Word never writes (method {method}); this is not a .docx from a word processor</source>
        <translation>{name}：パート {part} は Word が使わない圧縮方式（方式 {method}）を使っています。ワープロソフトで作られた .docx ではありません</translation>
    </message>
    <message>
        <source>{name} is password-protected (its parts are encrypted)</source>
        <translation>{name} はパスワードで保護されています（パートが暗号化されています）</translation>
    </message>
    <message>
        <source>{name} holds more than {size} of XML, which would take many times that in memory to read: refusing</source>
        <translation>{name} には {size} を超える XML が含まれており、読み込むにはその何倍ものメモリが必要です：読み込みを拒否しました</translation>
    </message>
    <message>
        <source>{name}: the part {part} expands {ratio} times, to {size}: refusing (this looks like a zip bomb)</source>
        <translation>{name}：パート {part} は展開すると {ratio} 倍の {size} になります：読み込みを拒否しました（zip 爆弾のようです）</translation>
    </message>
    <message>
        <source>{name} needs more memory to read than this computer has free</source>
        <translation>{name} を読み込むには、このコンピューターの空きメモリでは足りません</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (it is not a zip archive)</source>
        <translation>{name} は読み取れる .docx ファイルではありません（zip アーカイブではありません）</translation>
    </message>
    <message>
        <source>{name} has {count} parts; a .docx with more than {limit} is refused</source>
        <translation>{name} には {count} 個のパートがあります。{limit} 個を超える .docx は読み込めません</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (the part {part} is missing)</source>
        <translation>{name} は読み取れる .docx ファイルではありません（パート {part} がありません）</translation>
    </message>
    <message>
        <source>{name}: the part {part} is damaged ({reason})</source>
        <translation>{name}：パート {part} が破損しています（{reason}）</translation>
    </message>
    <message>
        <source>{name} expands to {size} or more when unpacked: refusing (the limit is {limit}; this looks like a zip bomb)</source>
        <translation>{name} は展開すると {size} 以上になります：読み込みを拒否しました（上限は {limit}。zip 爆弾のようです）</translation>
    </message>
    <message>
        <source>the translation of “{preview}…” was cut at the length limit and trimmed to its last full sentence, so its end may be missing</source>
        <translation>「{preview}…」の翻訳は長さの上限で切れたため最後の完全な文までに切り詰めました。末尾が欠けている可能性があります</translation>
    </message>
    <message>
        <source>the page&apos;s image is {width} x {height} pixels, more than the {limit} million allowed</source>
        <translation>ページの画像は {width} x {height} ピクセルで、上限の {limit} 百万ピクセルを超えています</translation>
    </message>
    <message>
        <source>Only the first {count} scanned pages were read.</source>
        <translation>スキャンしたページは最初の {count} ページだけを読み取りました。</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer and could not be read as images: skipped.</source>
        <translation>{pages} ページ目はテキストレイヤーがなく、画像としても読み取れなかったため、スキップしました。</translation>
    </message>
    <message>
        <source>Scanned pages read by the vision model: {pages}. Check names and numbers against the original.</source>
        <translation>ビジョンモデルで読み取ったスキャンページ：{pages}。名前や数値は原本と照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>Page {page}: {reason}</source>
        <translation>{page} ページ目：{reason}</translation>
    </message>
    <message>
        <source>Page {page} does not fit the model&apos;s context as an image.</source>
        <translation>{page} ページ目は、画像としてはモデルのコンテキストに収まりません。</translation>
    </message>
</context>
</TS>
