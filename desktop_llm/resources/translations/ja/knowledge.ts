<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Keyword search only</source>
        <translation>キーワード検索のみ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 個のチャンク</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ナレッジ</translation>
    </message>
    <message>
        <source>Ask questions of your own documents, with the sources cited.</source>
        <translation>自分の文書に質問し、出典付きで回答を得られます。</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新しいコレクション…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Ask questions of your own documents</source>
        <translation>自分の文書に質問する</translation>
    </message>
    <message>
        <source>A collection is a set of folders and files (text, Markdown, PDF, Word, HTML, RTF, source code). It is indexed on this computer, and chats can answer from it with the sources cited.</source>
        <translation>コレクションはフォルダーとファイル（テキスト、Markdown、PDF、Word、HTML、RTF、ソースコード）の集まりです。このコンピューター上でインデックスが作成され、チャットはそれをもとに出典付きで回答できます。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Re-rank results with</source>
        <translation>結果の再ランク付け</translation>
    </message>
    <message>
        <source>A reranker reads the question with each passage found and puts the ones that answer it first, in every search and chat (slower, often better)</source>
        <translation>リランカーは質問と見つかった各抜粋を合わせて読み、質問に答えるものを先頭に並べます。すべての検索とチャットに適用されます（遅くなりますが、多くの場合より正確です）</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>コレクションの名前：</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>文書のフォルダーを選択</translation>
    </message>
    <message>
        <source>No embedding model in your library: collections use keyword search only. {name} (about {size}) finds passages by meaning too, in more than 100 languages.</source>
        <translation>ライブラリに埋め込みモデルがないため、コレクションはキーワード検索のみです。{name}（約 {size}）なら、100 以上の言語で意味からも抜粋を探せます。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No reranker in your library. {name} (about {size}) puts the passages that answer the question first. &lt;a href=&quot;download&quot;&gt;Download&lt;/a&gt;</source>
        <translation>ライブラリにリランカーがありません。{name}（約 {size}）は質問に答える抜粋を先頭に並べます。 &lt;a href=&quot;download&quot;&gt;ダウンロード&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Downloading the reranker…</source>
        <translation>リランカーをダウンロードしています…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} / {total} ファイル</translation>
    </message>
    <message>
        <source>Paused: what is indexed so far is kept</source>
        <translation>一時停止中：ここまでのインデックスは保持されます</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新の状態です</translation>
    </message>
    <message>
        <source>Indexed: {added} new, {changed} changed, {removed} removed, {failed} not read</source>
        <translation>インデックス作成済み：新規 {added}、変更 {changed}、削除 {removed}、読み取れず {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in part</source>
        <translation>
            <numerusform>%n 個のファイルは一部のみ読み取り</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this collection and its index</source>
        <translation>このコレクションとインデックスを削除</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>フォルダーとファイル</translation>
    </message>
    <message>
        <source>Folders and files of the collection</source>
        <translation>コレクションのフォルダーとファイル</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>再インデックス</translation>
    </message>
    <message>
        <source>Read new and changed files again and drop deleted ones</source>
        <translation>新規・変更ファイルを読み直し、削除されたファイルを除外</translation>
    </message>
    <message>
        <source>Couldn&apos;t read</source>
        <translation>読み取れなかったファイル</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason</source>
        <translation>読み取れなかったファイルとその理由</translation>
    </message>
    <message>
        <source>Try a search</source>
        <translation>検索を試す</translation>
    </message>
    <message>
        <source>Ask something the documents answer…</source>
        <translation>文書に答えがありそうな質問を入力…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>検索語句</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>見つかった抜粋</translation>
    </message>
    <message>
        <source>Press Enter on a passage to read it in its file&apos;s context</source>
        <translation>段落で Enter キーを押すと、ファイル内の前後の文脈と一緒に読めます</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>ファイル: {path}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>フォルダー: {path}</translation>
    </message>
    <message>
        <source>Keyword search only (BM25)</source>
        <translation>キーワード検索のみ（BM25）</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>新規・変更ファイルを探しています…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>インデックス作成に失敗しました：{reason}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <source>Keywords and meaning</source>
        <translation>キーワードと意味</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 件の抜粋</numerusform>
        </translation>
    </message>
    <message>
        <source>none looks relevant: the documents may not say</source>
        <translation>関連しそうなものはありません：文書に記載がない可能性があります</translation>
    </message>
    <message>
        <source>by keywords only: the embedding model could not be used</source>
        <translation>キーワードのみで検索：埋め込みモデルを使用できませんでした</translation>
    </message>
    <message>
        <source>re-ranked</source>
        <translation>再ランク付け済み</translation>
    </message>
    <message>
        <source>click a passage to read it in context</source>
        <translation>段落をクリックすると前後の文脈を表示します</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>スコア {score}</translation>
    </message>
    <message>
        <source>rerank score {score}</source>
        <translation>再ランクスコア {score}</translation>
    </message>
    <message>
        <source>Passage {n}: {name}</source>
        <translation>段落 {n}: {name}</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>検索に失敗しました：{reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>コレクションにフォルダーを追加</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>コレクションにファイルを追加</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <source>Delete “{name}” and its index? Your files stay where they are.</source>
        <translation>「{name}」とそのインデックスを削除しますか？ファイル自体はそのまま残ります。</translation>
    </message>
    <message>
        <source>{file} is no longer in {repo}</source>
        <translation>{file} はもう {repo} にありません</translation>
    </message>
    <message>
        <source>A multilingual embedding model: finds passages by meaning in more than 100 languages</source>
        <translation>多言語の埋め込みモデル：100 以上の言語で意味から抜粋を探せます</translation>
    </message>
    <message>
        <source>A smaller multilingual embedding model from Google</source>
        <translation>Google による、より小さな多言語の埋め込みモデル</translation>
    </message>
    <message>
        <source>A tiny, fast embedding model for English documents</source>
        <translation>英語の文書向けの小さく高速な埋め込みモデル</translation>
    </message>
    <message>
        <source>A multilingual reranker: puts the passages that answer the question first</source>
        <translation>多言語リランカー：質問に答える抜粋を先頭に並べます</translation>
    </message>
    <message>
        <source>This collection is being indexed: pause it, then delete it</source>
        <translation>このコレクションはインデックス作成中です：一時停止してから削除してください</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing: choose another one, or keyword search only</source>
        <translation>埋め込みモデル {path} が見つかりません：別のモデルを選ぶか、キーワード検索のみにしてください</translation>
    </message>
    <message>
        <source>This collection is being indexed already</source>
        <translation>このコレクションは既にインデックス作成中です</translation>
    </message>
    <message>
        <source>{name} is not a reranker</source>
        <translation>{name} はリランカーではありません</translation>
    </message>
    <message>
        <source>not found (a removed folder or a disconnected drive?); its files stay in the index</source>
        <translation>見つかりません（フォルダーが削除されたか、ドライブが外れていませんか？）。そのファイルはインデックスに残ります</translation>
    </message>
    <message>
        <source>not a supported format</source>
        <translation>対応していない形式です</translation>
    </message>
    <message>
        <source>more than {limit} files: only the first {limit} are indexed</source>
        <translation>ファイルが {limit} 個を超えています：インデックスを作成するのは最初の {limit} 個だけです</translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>大きすぎます（{size} MB、上限は {limit} MB）</translation>
    </message>
    <message>
        <source>too large ({detail})</source>
        <translation>大きすぎます（{detail}）</translation>
    </message>
    <message>
        <source>too large ({count} characters of text; the limit is {limit})</source>
        <translation>大きすぎます（テキスト {count} 文字、上限は {limit}）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>テキストがありません</translation>
    </message>
    <message>
        <source>no text layer (scanned?): it needs OCR first</source>
        <translation>テキストレイヤーがありません（スキャンした文書？）：先に OCR が必要です</translation>
    </message>
    <message>
        <source>encrypted (password-protected)</source>
        <translation>暗号化されています（パスワードで保護）</translation>
    </message>
    <message>
        <source>not text (a binary file with a text file&apos;s name)</source>
        <translation>テキストではありません（テキストファイルの名前が付いたバイナリファイル）</translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation>破損しています（{detail}）</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>読み取れませんでした（{detail}）</translation>
    </message>
    <message>
        <source>pages without text (scanned?) were skipped: {pages}</source>
        <translation>テキストのないページ（スキャン？）をスキップしました：{pages}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>このコレクションはもう存在しません（削除されました）</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”</source>
        <translation>「{name}」という名前のコレクションはありません</translation>
    </message>
    <message>
        <source>{vectors} vectors were given for {chunks} chunks</source>
        <translation>{chunks} 個のチャンクに対して {vectors} 個のベクトルが渡されました</translation>
    </message>
    <message>
        <source>keyword search failed</source>
        <translation>キーワード検索に失敗しました</translation>
    </message>
    <message>
        <source>cannot open the knowledge database</source>
        <translation>ナレッジのデータベースを開けません</translation>
    </message>
    <message>
        <source>cannot read the knowledge database</source>
        <translation>ナレッジのデータベースを読み取れません</translation>
    </message>
    <message>
        <source>cannot write the knowledge database</source>
        <translation>ナレッジのデータベースに書き込めません</translation>
    </message>
    <message>
        <source>A collection needs a name</source>
        <translation>コレクションには名前が必要です</translation>
    </message>
    <message>
        <source>A collection named “{name}” exists already</source>
        <translation>「{name}」という名前のコレクションは既にあります</translation>
    </message>
    <message>
        <source>The embedding model returned vectors that are not lists of numbers of one length</source>
        <translation>埋め込みモデルが返したベクトルが、同じ長さの数値リストになっていません</translation>
    </message>
    <message>
        <source>The embedding model returned empty vectors</source>
        <translation>埋め込みモデルが空のベクトルを返しました</translation>
    </message>
    <message>
        <source>The embedding model returned vectors of {got} numbers, but this collection&apos;s have {want}: use the model it was indexed with, or choose the new model to embed it again</source>
        <translation>埋め込みモデルが返したベクトルは {got} 個の数値ですが、このコレクションのベクトルは {want} 個です：インデックス作成時のモデルを使うか、新しいモデルを選んで埋め込みをやり直してください</translation>
    </message>
    <message>
        <source>The embedding model returned a vector that is not made of finite numbers</source>
        <translation>埋め込みモデルが返したベクトルに有限でない数値が含まれています</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing</source>
        <translation>埋め込みモデル {path} が見つかりません</translation>
    </message>
    <message>
        <source>The embedding model {name} cannot be read: {reason}</source>
        <translation>埋め込みモデル {name} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>The embedding model has been closed</source>
        <translation>埋め込みモデルは閉じられています</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded: {reason}</source>
        <translation>埋め込みモデル {name} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>The embedding model {name} failed: {reason}</source>
        <translation>埋め込みモデル {name} でエラーが発生しました：{reason}</translation>
    </message>
    <message>
        <source>Text {index} has {tokens} tokens; the embedding model {name} takes at most {limit}: cut it into smaller chunks</source>
        <translation>テキスト {index} は {tokens} トークンありますが、埋め込みモデル {name} が受け付けるのは最大 {limit} トークンです：より小さなチャンクに分割してください</translation>
    </message>
    <message>
        <source>A text is longer than the embedding model {name} takes ({limit} tokens)</source>
        <translation>埋め込みモデル {name} が受け付ける長さ（{limit} トークン）を超えるテキストがあります</translation>
    </message>
    <message>
        <source>The embedding worker sent a malformed answer</source>
        <translation>埋め込みワーカーから不正な形式の応答が届きました</translation>
    </message>
    <message>
        <source>The embedding model {name} produced an invalid vector</source>
        <translation>埋め込みモデル {name} が無効なベクトルを生成しました</translation>
    </message>
    <message>
        <source>The embedding model {name} sent {got} dimensions instead of {expected}</source>
        <translation>埋め込みモデル {name} が返した次元数は {expected} ではなく {got} でした</translation>
    </message>
    <message>
        <source>The reranker {path} is missing</source>
        <translation>リランカー {path} が見つかりません</translation>
    </message>
    <message>
        <source>The reranker {name} cannot be read: {reason}</source>
        <translation>リランカー {name} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>The reranker has been closed</source>
        <translation>リランカーは終了しています</translation>
    </message>
    <message>
        <source>The reranker {name} could not be loaded: {reason}</source>
        <translation>リランカー {name} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>The reranker {name} failed: {reason}</source>
        <translation>リランカー {name} でエラーが発生しました：{reason}</translation>
    </message>
    <message>
        <source>A passage is too long for the reranker {name} ({limit} tokens with the query): {reason}</source>
        <translation>抜粋がリランカー {name} には長すぎます（クエリを含めて {limit} トークンまで）：{reason}</translation>
    </message>
    <message>
        <source>The reranker worker sent a malformed answer</source>
        <translation>リランカーのワーカーから不正な形式の応答が届きました</translation>
    </message>
    <message>
        <source>The reranker {name} produced an invalid score</source>
        <translation>リランカー {name} が無効なスコアを返しました</translation>
    </message>
</context>
</TS>
