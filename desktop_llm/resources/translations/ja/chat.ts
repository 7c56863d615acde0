<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Long chats leave out their oldest messages first; the system prompt stays.</source>
        <translation>長いチャットでは古いメッセージから省かれます（システムプロンプトは残ります）。</translation>
    </message>
    <message>
        <source>When a chat outgrows the context, the oldest messages are left out (the system prompt stays).</source>
        <translation>チャットがコンテキストを超えると、古いメッセージから省かれます（システムプロンプトは残ります）。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>LoRA: {names}</source>
        <translation>LoRA: {names}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>cut at the length limit</source>
        <translation>長さの上限で打ち切り</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>アダプター</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view (the system prompt was kept).</source>
        <translation>
            <numerusform>以前のメッセージ %n 件がコンテキストウィンドウに収まらず、モデルには渡されませんでした（システムプロンプトは保持されました）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>以前のメッセージ %n 件がコンテキストウィンドウに収まらず、モデルには渡されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>The engine log&apos;s lines about this error</source>
        <translation>このエラーに関するエンジンログの行</translation>
    </message>
    <message>
        <source>Think: on</source>
        <translation>思考: オン</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>回答の前に考える</translation>
    </message>
    <message>
        <source>Let the model reason before it answers (its template&apos;s enable_thinking); remembered for this model</source>
        <translation>回答の前にモデルに推論させます（テンプレートの enable_thinking）。モデルごとに記憶されます</translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation>思考: オフ</translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation>エンジンログ</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>添付画像</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>画像について</translation>
    </message>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>画像を添付（ここにドロップまたは貼り付けもできます）</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Message the model (Shift+Enter: new line)</source>
        <translation>モデルへのメッセージ（Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信（Enter）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>応答を停止（Esc）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Summarize a text</source>
        <translation>文章を要約する</translation>
    </message>
    <message>
        <source>Summarize the following text in a few bullet points:

</source>
        <translation>次の文章をいくつかの箇条書きで要約してください：

</translation>
    </message>
    <message>
        <source>Explain a concept simply</source>
        <translation>概念をやさしく説明する</translation>
    </message>
    <message>
        <source>Explain, simply and with an everyday example, how </source>
        <translation>身近な例を使って、わかりやすく説明してください：</translation>
    </message>
    <message>
        <source>Write a Python function…</source>
        <translation>Python の関数を書く…</translation>
    </message>
    <message>
        <source>Write a Python function that </source>
        <translation>次の処理を行う Python の関数を書いてください：</translation>
    </message>
    <message>
        <source>Translate into French…</source>
        <translation>英語に翻訳する…</translation>
    </message>
    <message>
        <source>Translate into French:

</source>
        <translation>次の文章を英語に翻訳してください：

</translation>
    </message>
    <message>
        <source>How can I help you today?</source>
        <translation>何かお手伝いできることはありますか？</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer.</source>
        <translation>入力した内容はすべてこのコンピューター内に留まります。</translation>
    </message>
    <message>
        <source>Loading {name}… {private}</source>
        <translation>{name} を読み込み中… {private}</translation>
    </message>
    <message>
        <source>{name} is loaded and ready. {private}</source>
        <translation>{name} の読み込みが完了しました。{private}</translation>
    </message>
    <message>
        <source>No model is loaded yet: pick one in the toolbar. {private}</source>
        <translation>まだモデルが読み込まれていません。ツールバーで選んでください。{private}</translation>
    </message>
    <message>
        <source>Start a message: “{text}”</source>
        <translation>メッセージの書き出し：「{text}」</translation>
    </message>
    <message>
        <source>Example: {label}</source>
        <translation>例: {label}</translation>
    </message>
    <message>
        <source>Puts the start of this prompt in the message box</source>
        <translation>このプロンプトの書き出しをメッセージ欄に入れます</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>アシスタントのメッセージ</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>システムメッセージ</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージ本文</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>このメッセージを編集して再送信</translation>
    </message>
    <message>
        <source>Write a new reply (this one is kept)</source>
        <translation>新しい応答を生成（この応答は残ります）</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>(no reply: see the error above)</source>
        <translation>（応答なし：エラーメッセージを確認してください）</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>メッセージを元のままにする（Esc）</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>保存して送信</translation>
    </message>
    <message>
        <source>Send the edited message as a new version (Ctrl+Enter)</source>
        <translation>編集したメッセージを新しいバージョンとして送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>{language} code</source>
        <translation>{language} コード</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考内容</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>{seconds} 秒間思考</translation>
    </message>
    <message>
        <source>Thought for {minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒間思考</translation>
    </message>
    <message>
        <source>Reasoning text</source>
        <translation>推論の内容</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>{label} (expanded)</source>
        <translation>{label}（展開）</translation>
    </message>
    <message>
        <source>{label} (collapsed)</source>
        <translation>{label}（折りたたみ）</translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation>モデルの推論を隠す</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>モデルの推論を表示</translation>
    </message>
    <message>
        <source>Writing a reply…</source>
        <translation>応答を生成中…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>エンジンを起動中…</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>毎秒トークン数</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>使用中のコンテキスト</translation>
    </message>
    <message>
        <source>%v / %m context tokens</source>
        <translation>コンテキスト %v / %m トークン</translation>
    </message>
    <message>
        <source>Tokens of the context window the open chat takes, as the model sees it</source>
        <translation>開いているチャットが使うコンテキストウィンドウのトークン数（モデルから見た量）</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <source>System prompt saved for this chat</source>
        <translation>このチャットのシステムプロンプトを保存しました</translation>
    </message>
    <message>
        <source>System prompt cleared for this chat</source>
        <translation>このチャットのシステムプロンプトを消去しました</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
    <message>
        <source>The open chat takes {tokens} tokens of the {context}-token context</source>
        <translation>開いているチャットはコンテキスト {context} トークンのうち {tokens} トークンを使用しています</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>検証損失 {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>{name} (r{rank}, %n step(s){loss})</source>
        <translation>
            <numerusform>{name}（r{rank}、%n ステップ{loss}）</numerusform>
        </translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA アダプター</translation>
    </message>
    <message>
        <source>Adapters trained on the current model in the Train tab</source>
        <translation>「トレーニング」タブで現在のモデルから学習したアダプター</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>強さ</translation>
    </message>
    <message>
        <source>Adapter scale</source>
        <translation>アダプターの強さ</translation>
    </message>
    <message>
        <source>0 is the base model, 1 the adapter as trained</source>
        <translation>0 はベースモデル、1 は学習したとおりのアダプター</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Compare with base model</source>
        <translation>ベースモデルと比較</translation>
    </message>
    <message>
        <source>Send one prompt to the base model and to the adapter, side by side</source>
        <translation>同じプロンプトをベースモデルとアダプターに送り、並べて比較</translation>
    </message>
    <message>
        <source>None (base model)</source>
        <translation>なし（ベースモデル）</translation>
    </message>
    <message>
        <source>Compare base model and adapter</source>
        <translation>ベースモデルとアダプターを比較</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>A prompt to send to both</source>
        <translation>両方に送るプロンプト</translation>
    </message>
    <message>
        <source>Run both</source>
        <translation>両方を実行</translation>
    </message>
    <message>
        <source>With adapter: {name} (×{scale})</source>
        <translation>アダプターあり: {name}（×{scale}）</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>{title}: stats</source>
        <translation>{title}: 統計</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) · {speed} tok/s</source>
        <translation>
            <numerusform>%n トークン · {speed} tok/s</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>No model is selected. Pick one in the model list.</source>
        <translation>モデルが選択されていません。モデル一覧から選んでください。</translation>
    </message>
    <message>
        <source>Your conversation is safe, with the reply as far as it came; the next message asks the server again.</source>
        <translation>会話は保存されています（応答は途中まで残ります）。次のメッセージでサーバーに再度問い合わせます。</translation>
    </message>
    <message>
        <source>Your conversation is safe; the engine restarts on the next message.</source>
        <translation>会話は保存されています。次のメッセージでエンジンが再起動します。</translation>
    </message>
    <message>
        <source>The documents do not say.</source>
        <translation>文書には記載がありません。</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} を読み取れませんでした：{reason}</translation>
    </message>
    <message>
        <source>Knowledge for this chat</source>
        <translation>このチャットのナレッジ</translation>
    </message>
    <message>
        <source>Answer from your collections of documents, with citations</source>
        <translation>文書コレクションをもとに、出典付きで回答</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n 個のコレクション</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ナレッジ</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>コレクションが関連付けられていません</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>次のコレクションをもとに回答：</translation>
    </message>
    <message>
        <source>Dropped into this chat: {files}</source>
        <translation>このチャットにドロップしたファイル：{files}</translation>
    </message>
    <message>
        <source>Answer only from the documents</source>
        <translation>文書の内容だけで回答</translation>
    </message>
    <message>
        <source>When the collections hold nothing relevant, the reply says the documents do not say, instead of answering from the model&apos;s own knowledge</source>
        <translation>コレクションに関連する内容がない場合、モデル自身の知識で答えずに、文書に記載がないと返信します</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>コレクションを管理…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Nothing in the attached collections matches this question.</source>
        <translation>関連付けたコレクションには、この質問に合う内容がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>%n 件の出典を引用</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources (none cited)</source>
        <translation>出典（引用なし）</translation>
    </message>
    <message>
        <source>Source {n}: {name}</source>
        <translation>出典 {n}：{name}</translation>
    </message>
    <message>
        <source>Cited in the reply</source>
        <translation>返信で引用されています</translation>
    </message>
    <message>
        <source>Not cited in the reply</source>
        <translation>返信では引用されていません</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>{page} ページ</translation>
    </message>
    <message>
        <source>Source [{n}]: {name}</source>
        <translation>出典 [{n}]：{name}</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>抜粋</translation>
    </message>
    <message>
        <source>The reply cites this passage.</source>
        <translation>返信はこの抜粋を引用しています。</translation>
    </message>
    <message>
        <source>The reply does not cite this passage.</source>
        <translation>返信はこの抜粋を引用していません。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>システムのビューアーでファイルを開く</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>ファイルはもうその場所にありません</translation>
    </message>
    <message>
        <source>{name} must be an integer, got {value}</source>
        <translation>{name} は整数にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} は {low}～{high} の範囲にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} は数値にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} は有限の数値にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>{name} must be in {interval}, got {value}</source>
        <translation>{name} は {interval} の範囲にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for tools: choose a model made for tool calling (Qwen 2.5 or 3, Llama 3.1+, Mistral and the like).</source>
        <translation>このモデルのチャットテンプレートはツールに対応していません。ツール呼び出しに対応したモデル（Qwen 2.5 や 3、Llama 3.1 以降、Mistral など）を選んでください。</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（出力なし）</translation>
    </message>
    <message>
        <source>(cut to fit the context)</source>
        <translation>（コンテキストに収まるよう切り詰め）</translation>
    </message>
    <message>
        <source>Tool call, expanded</source>
        <translation>ツール呼び出し（展開）</translation>
    </message>
    <message>
        <source>Tool call, collapsed</source>
        <translation>ツール呼び出し（折りたたみ）</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>ツール呼び出し</translation>
    </message>
    <message>
        <source>built-in tool</source>
        <translation>組み込みツール</translation>
    </message>
    <message>
        <source>from the MCP server {name}</source>
        <translation>MCP サーバー {name} 提供</translation>
    </message>
    <message>
        <source>Approve the tool call {tool}</source>
        <translation>ツール呼び出し {tool} を許可</translation>
    </message>
    <message>
        <source>The model wants to run {tool} ({source}).</source>
        <translation>モデルが {tool}（{source}）を実行しようとしています。</translation>
    </message>
    <message>
        <source>Code to run</source>
        <translation>実行するコード</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <source>Allow for this chat</source>
        <translation>このチャットで許可</translation>
    </message>
    <message>
        <source>Run {tool} without asking again in this conversation</source>
        <translation>この会話では確認せずに {tool} を実行</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>The model is told that you denied the call</source>
        <translation>呼び出しを拒否したことがモデルに伝えられます</translation>
    </message>
    <message>
        <source>Waiting for your answer; Stop cancels the reply.</source>
        <translation>あなたの判断を待っています。「停止」で応答をキャンセルします。</translation>
    </message>
    <message>
        <source>Allowed once</source>
        <translation>今回のみ許可済み</translation>
    </message>
    <message>
        <source>Allowed for this chat</source>
        <translation>このチャットで許可済み</translation>
    </message>
    <message>
        <source>Allowed always (Settings)</source>
        <translation>常に許可（設定）</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Tools for this chat</source>
        <translation>このチャットのツール</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n 個のツール</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat; every call asks you first</source>
        <translation>このチャットでモデルがツールを呼び出せるようにします。呼び出しのたびに確認します</translation>
    </message>
    <message>
        <source>No tool is on</source>
        <translation>有効なツールはありません</translation>
    </message>
    <message>
        <source>Tools the model may call in this chat:</source>
        <translation>このチャットでモデルが呼び出せるツール：</translation>
    </message>
    <message>
        <source>Folders the file tools may read:</source>
        <translation>ファイルツールが読み取れるフォルダー：</translation>
    </message>
    <message>
        <source>No folder is shared with the file tools.</source>
        <translation>ファイルツールと共有しているフォルダーはありません。</translation>
    </message>
    <message>
        <source>Grant a folder…</source>
        <translation>フォルダーを共有…</translation>
    </message>
    <message>
        <source>Allowed without asking here: {tools}</source>
        <translation>ここでは確認なしで許可：{tools}</translation>
    </message>
    <message>
        <source>Ask again for every call</source>
        <translation>呼び出しごとに再び確認</translation>
    </message>
    <message>
        <source>Manage tools and MCP servers…</source>
        <translation>ツールと MCP サーバーを管理…</translation>
    </message>
    <message>
        <source>Grant a folder to the file tools</source>
        <translation>ファイルツールと共有するフォルダーを選択</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>Images cannot be attached here.</source>
        <translation>ここには画像を添付できません。</translation>
    </message>
    <message>
        <source>A message can carry at most {count} images.</source>
        <translation>1 つのメッセージに添付できる画像は最大 {count} 枚です。</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file), or remove the images.</source>
        <translation>このモデルは画像を認識できません。ビジョンプロジェクター（mmproj ファイル）と一緒に読み込むか、画像を削除してください。</translation>
    </message>
    <message>
        <source>This image needs {needed} tokens; {left} are left in this chat&apos;s context. Remove it, or load the model with a longer context.</source>
        <translation>この画像には {needed} トークンが必要ですが、このチャットのコンテキストの残りは {left} トークンです。画像を削除するか、より長いコンテキストでモデルを読み込んでください。</translation>
    </message>
    <message>
        <source>These {count} images need {needed} tokens; {left} are left in this chat&apos;s context. Remove some, or load the model with a longer context.</source>
        <translation>これら {count} 枚の画像には {needed} トークンが必要ですが、このチャットのコンテキストの残りは {left} トークンです。いくつか削除するか、より長いコンテキストでモデルを読み込んでください。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: not read</source>
        <translation>{name} は {limit} MB を超えているため読み込みませんでした</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to send</source>
        <translation>保存されている画像 {path} は大きすぎて送信できません</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s image {path}: {reason}</source>
        <translation>チャットの画像 {path} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>画像 {name}</translation>
    </message>
    <message>
        <source>Preparing {name}…</source>
        <translation>{name} を準備中…</translation>
    </message>
    <message>
        <source>{name}: click to view</source>
        <translation>{name}：クリックして表示</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>この画像を削除</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Images of this message</source>
        <translation>このメッセージの画像</translation>
    </message>
    <message>
        <source>image {number}</source>
        <translation>画像 {number}</translation>
    </message>
    <message>
        <source>This image can no longer be read.</source>
        <translation>この画像はもう読み取れません。</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} ピクセル</translation>
    </message>
    <message>
        <source>{kind} is not an image type Desktop LLM stores</source>
        <translation>{kind} は Desktop LLM が保存できる画像形式ではありません</translation>
    </message>
    <message>
        <source>a stored image has a malformed name: {name}</source>
        <translation>保存されている画像の名前が不正です：{name}</translation>
    </message>
    <message>
        <source>cannot store the image: {reason}</source>
        <translation>画像を保存できません：{reason}</translation>
    </message>
    <message>
        <source>cannot save the image in {folder}: {reason}</source>
        <translation>画像を {folder} に保存できません：{reason}</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to be one of the app&apos;s</source>
        <translation>保存されている画像 {path} は、このアプリが保存したものにしては大きすぎます</translation>
    </message>
    <message>
        <source>cannot read the image {path}: {reason}</source>
        <translation>画像 {path} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>a message can carry at most {count} images</source>
        <translation>1 つのメッセージに添付できる画像は最大 {count} 枚です</translation>
    </message>
    <message>
        <source>the image {name} is no longer stored</source>
        <translation>画像 {name} はもう保存されていません</translation>
    </message>
</context>
</TS>
