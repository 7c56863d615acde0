<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>創造的</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>決定的</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>For this chat only. Empty: the model&apos;s own default.</source>
        <translation>このチャットのみ。空欄：モデル自身の既定値。</translation>
    </message>
    <message>
        <source>You are a helpful assistant…</source>
        <translation>あなたは親切なアシスタントです…</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>このプロンプトを使用</translation>
    </message>
    <message>
        <source>Save this system prompt for this chat: its next replies follow it</source>
        <translation>このシステムプロンプトをこのチャットに保存します：以降の応答はこれに従います</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>Model defaults</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>A named set of the values below; changing a value makes it Custom</source>
        <translation>下の値の名前付きセット。値を変更すると「カスタム」になります</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Temperature: higher is more varied, 0 always picks the likeliest</source>
        <translation>温度：高いほど多様になり、0 では常に最も確率の高いトークンを選びます</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Top-k: consider only the k likeliest tokens (0: all)</source>
        <translation>Top-k：確率の高い上位 k 個のトークンだけを考慮（0：すべて）</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-p: smallest set of tokens whose probabilities add up to p</source>
        <translation>Top-p：確率の合計が p に達する最小のトークン集合</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Min-p: drop tokens below this fraction of the likeliest</source>
        <translation>Min-p：最も確率の高いトークンに対するこの割合未満のトークンを除外</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1 discourages repetition</source>
        <translation>繰り返しペナルティ：1 より大きいと繰り返しを抑えます</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>最大応答長（トークン数）</translation>
    </message>
    <message>
        <source>Max reply tokens</source>
        <translation>最大応答トークン数</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>Random seed (-1: different every time)</source>
        <translation>乱数シード（-1：毎回異なる）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Forget your changes for this model: sampling and loading go back to what the model file or its family recommends</source>
        <translation>このモデルへの変更を破棄します：サンプリングと読み込みの設定は、モデルファイルまたはそのファミリーの推奨値に戻ります</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>モデルの読み込み</translation>
    </message>
    <message>
        <source>Takes effect when the model is loaded again.</source>
        <translation>モデルを再読み込みすると反映されます。</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>コンテキスト長（トークン数）</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the chat the model sees</source>
        <translation>コンテキスト長（トークン数）：モデルが参照できるチャットの量</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>GPU に載せる層数</translation>
    </message>
    <message>
        <source>Layers on the GPU (-1: all that fit, 0: CPU only)</source>
        <translation>GPU に載せる層数（-1：収まるだけすべて、0：CPU のみ）</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 層数</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Faster and leaner attention where the backend supports it</source>
        <translation>バックエンドが対応していれば、より高速で省メモリなアテンションを使います</translation>
    </message>
    <message>
        <source>KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)</source>
        <translation>KV キャッシュの精度：q8_0 と q4_0 はメモリを節約します（q4_0 には Flash Attention が必要）</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>KV キャッシュの種類</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV キャッシュ</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU スレッド数</translation>
    </message>
    <message>
        <source>CPU threads (0: automatic)</source>
        <translation>CPU スレッド数（0：自動）</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド数</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>並列リクエスト数</translation>
    </message>
    <message>
        <source>Requests answered at once (the API server&apos;s clients, a document&apos;s pieces): each holds a whole context window of memory</source>
        <translation>同時に処理するリクエストの数（API サーバーのクライアント、文書の各パート）。それぞれがコンテキストウィンドウ 1 つ分のメモリを使います</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>モデルを再読み込み</translation>
    </message>
    <message>
        <source>Load the model again with these settings</source>
        <translation>この設定でモデルを再読み込みします</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>No model loaded yet.</source>
        <translation>モデルはまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Engine information</source>
        <translation>エンジン情報</translation>
    </message>
    <message>
        <source>Source of {name}</source>
        <translation>{name}の出典</translation>
    </message>
    <message>
        <source>{title} section</source>
        <translation>{title}セクション</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to collapse</source>
        <translation>{title}：クリック、Space または Enter で折りたたむ</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to expand</source>
        <translation>{title}：クリック、Space または Enter で展開</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>折りたたみ</translation>
    </message>
    <message>
        <source>{name}&apos;s settings: {source}</source>
        <translation>{name} の設定：{source}</translation>
    </message>
    <message>
        <source>{name}&apos;s published default</source>
        <translation>{name} の公開既定値</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>あなたの変更</translation>
    </message>
    <message>
        <source>from the model file</source>
        <translation>モデルファイルから</translation>
    </message>
    <message>
        <source>the family&apos;s published default</source>
        <translation>ファミリーの公開既定値</translation>
    </message>
    <message>
        <source>your setting for all models</source>
        <translation>全モデル共通の設定</translation>
    </message>
    <message>
        <source>desktop-llm&apos;s default</source>
        <translation>desktop-llm の既定値</translation>
    </message>
    <message>
        <source>the model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>{name}&apos;s published defaults</source>
        <translation>{name} の公開既定値</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>あなたの変更</translation>
    </message>
    <message>
        <source>Based on desktop-llm&apos;s defaults</source>
        <translation>desktop-llm の既定値に基づく</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}と{second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first}、{second}、{third}</translation>
    </message>
    <message>
        <source>Based on {sources}</source>
        <translation>{sources}に基づく</translation>
    </message>
    <message>
        <source>Anyone on your network with the API key can use the model and read its answers: turn this on only on a network you trust, such as your home; never on public Wi-Fi.</source>
        <translation>ネットワーク上で API キーを持つ人は誰でもモデルを使い、その回答を読めます：自宅など信頼できるネットワークでのみオンにし、公衆 Wi-Fi では決してオンにしないでください。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Running at {url}</source>
        <translation>{url} で実行中</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Let other programs (Continue, Open WebUI, scripts using the openai or anthropic library) use your models through an OpenAI- and Anthropic-compatible API.</source>
        <translation>他のプログラム（Continue、Open WebUI、openai や anthropic ライブラリを使うスクリプト）が、OpenAI および Anthropic 互換の API を通じてあなたのモデルを使えるようにします。</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>サーバーの状態</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>サーバーを起動</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>ベース URL をコピー</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>ベース URL をコピーしました</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API キーをコピー</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>API キーをコピーしました</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Make a new key; programs using the old one must be given the new one</source>
        <translation>新しいキーを作成します。古いキーを使っているプログラムには新しいキーを設定する必要があります</translation>
    </message>
    <message>
        <source>Ask for the key on this computer too</source>
        <translation>このコンピューターからの接続にもキーを要求</translation>
    </message>
    <message>
        <source>Beyond this computer the key is always required</source>
        <translation>他のコンピューターからは常にキーが必要です</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Serve on the local network</source>
        <translation>ローカルネットワークに公開</translation>
    </message>
    <message>
        <source>none: web pages cannot call the server (e.g. http://localhost:3000)</source>
        <translation>なし：Web ページからサーバーを呼び出せません（例：http://localhost:3000）</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server from a browser, separated by commas; * allows every page</source>
        <translation>ブラウザーからサーバーを呼び出せる Web ページ（カンマ区切り）。* ですべてのページを許可</translation>
    </message>
    <message>
        <source>Model that answers</source>
        <translation>応答するモデル</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Unload a model the server loaded for a request after it went unused this long</source>
        <translation>リクエストのためにサーバーが読み込んだモデルを、この時間使われなかったらアンロードします</translation>
    </message>
    <message>
        <source>Allowed web pages (CORS)</source>
        <translation>許可する Web ページ（CORS）</translation>
    </message>
    <message>
        <source>Unload idle models after</source>
        <translation>未使用モデルのアンロードまで</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>The chat&apos;s model</source>
        <translation>チャットのモデル</translation>
    </message>
    <message>
        <source>{name} (not in the library)</source>
        <translation>{name}（ライブラリにありません）</translation>
    </message>
    <message>
        <source>A new API key was made: the old one no longer works</source>
        <translation>新しい API キーを作成しました：古いキーは使えなくなりました</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>サーバーを停止</translation>
    </message>
    <message>
        <source>the API key above</source>
        <translation>上の API キー</translation>
    </message>
    <message>
        <source>any text (no key is asked for on this computer)</source>
        <translation>任意の文字列（このコンピューターではキーは不要）</translation>
    </message>
    <message>
        <source>In a client, set the base URL to {url} and the API key to {key}. Models are named by their file name without .gguf (GET /v1/models lists them).</source>
        <translation>クライアントでは、ベース URL を {url}、API キーを{key}に設定します。モデル名は .gguf を除いたファイル名です（GET /v1/models で一覧できます）。</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>サーバーは停止しています</translation>
    </message>
    <message>
        <source>Start it to let other programs use your models; their requests appear here.</source>
        <translation>起動すると他のプログラムがあなたのモデルを使えます。そのリクエストはここに表示されます。</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>リクエストはまだありません</translation>
    </message>
    <message>
        <source>Point a client at {url}: each request it makes appears here with its model, tokens and time.</source>
        <translation>クライアントを {url} に向けてください：各リクエストがモデル、トークン数、時間とともにここに表示されます。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>the model file could not be read: {error}</source>
        <translation>モデルファイルを読み込めませんでした：{error}</translation>
    </message>
    <message>
        <source>the model file&apos;s header could not be read: {error}</source>
        <translation>モデルファイルのヘッダーを読み込めませんでした：{error}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>組み込み</translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n tool(s)</source>
        <translation>
            <numerusform>準備完了 · %n 個のツール</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未起動</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>ツールと MCP サーバー</translation>
    </message>
    <message>
        <source>Tools the model may call in a chat, once you switch them on under the message box. Every call asks you first; a tool that only reads may be allowed always.</source>
        <translation>メッセージ欄の下で有効にすると、モデルがチャットで呼び出せるツールです。呼び出しのたびに確認します。読み取りだけのツールは常に許可できます。</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>コマンドまたはアドレス</translation>
    </message>
    <message>
        <source>What the server wrote to stderr</source>
        <translation>サーバーが stderr に出力した内容</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>サーバーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open mcp.json</source>
        <translation>mcp.json を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Apply mcp.json as it is now: the servers are stopped and started again</source>
        <translation>現在の mcp.json を適用します：サーバーは停止してから再起動します</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>This tool only reads: let it run without asking</source>
        <translation>このツールは読み取りのみです：確認なしで実行を許可します</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>{tool} を常に許可</translation>
    </message>
    <message>
        <source>Asks every time</source>
        <translation>毎回確認</translation>
    </message>
    <message>
        <source>This tool can change things: every call asks you first</source>
        <translation>このツールは変更を加える可能性があります：呼び出しのたびに確認します</translation>
    </message>
    <message>
        <source>Status of {name}: {status}</source>
        <translation>{name} の状態：{status}</translation>
    </message>
    <message>
        <source>Saving {name} and starting it…</source>
        <translation>{name} を保存して起動中…</translation>
    </message>
    <message>
        <source>Remove MCP server</source>
        <translation>MCP サーバーを削除</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from mcp.json? Its tools leave every chat.</source>
        <translation>「{name}」を mcp.json から削除しますか？そのツールはすべてのチャットから外されます。</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>{name} を起動中…</translation>
    </message>
    <message>
        <source>Reading mcp.json and starting its servers again…</source>
        <translation>mcp.json を読み込み、サーバーを再起動中…</translation>
    </message>
    <message>
        <source>No editor opened {path}; open it yourself, then press Reload.</source>
        <translation>{path} を開くエディターがありませんでした。手動で開いてから「再読み込み」を押してください。</translation>
    </message>
    <message>
        <source>&amp;Tools and MCP servers…</source>
        <translation>ツールと MCP サーバー(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>MCP サーバーを編集</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>MCP サーバーを追加</translation>
    </message>
    <message>
        <source>Its tools are offered as &lt;name&gt;__&lt;tool&gt;</source>
        <translation>ツールは &lt;名前&gt;__&lt;ツール&gt; として提供されます</translation>
    </message>
    <message>
        <source>Command (runs on this computer)</source>
        <translation>コマンド（このコンピューターで実行）</translation>
    </message>
    <message>
        <source>Address (Streamable HTTP)</source>
        <translation>アドレス（Streamable HTTP）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Separated by spaces; quote an argument that holds spaces</source>
        <translation>スペース区切り。スペースを含む引数は引用符で囲んでください</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>サーバーの名前を入力してください。</translation>
    </message>
    <message>
        <source>Give the command that starts the server.</source>
        <translation>サーバーを起動するコマンドを入力してください。</translation>
    </message>
    <message>
        <source>The arguments cannot be read: {error}</source>
        <translation>引数を読み取れません：{error}</translation>
    </message>
    <message>
        <source>Environment, line {line}: write NAME=value</source>
        <translation>環境変数、{line} 行目：名前=値 の形式で書いてください</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>アドレスは http:// または https:// で始めてください</translation>
    </message>
    <message>
        <source>Headers, line {line}: write Name: value</source>
        <translation>ヘッダー、{line} 行目：名前: 値 の形式で書いてください</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>{path} を読み取れませんでした：{error}</translation>
    </message>
    <message>
        <source>{path} is larger than 1 MB; it is probably not an MCP servers file</source>
        <translation>{path} は 1 MB を超えています。MCP サーバーの設定ファイルではない可能性があります</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} は UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>{path} は有効な JSON ではありません：{error}（{line} 行 {column} 列）</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object with &quot;mcpServers&quot;</source>
        <translation>{path} は &quot;mcpServers&quot; を含む JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in {path} must be an object of servers by name</source>
        <translation>{path} の &quot;mcpServers&quot; は、名前をキーとするサーバーのオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>An MCP server has an empty name</source>
        <translation>名前が空の MCP サーバーがあります</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; must be an object</source>
        <translation>MCP サーバー「{name}」はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: transport &quot;{kind}&quot; is not supported (use stdio or Streamable HTTP)</source>
        <translation>MCP サーバー「{name}」：トランスポート「{kind}」には対応していません（stdio または Streamable HTTP を使用してください）</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; has both &quot;command&quot; and &quot;url&quot;; keep one</source>
        <translation>MCP サーバー「{name}」に &quot;command&quot; と &quot;url&quot; の両方があります。どちらか一方だけにしてください</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; needs &quot;command&quot; (a program to run) or &quot;url&quot;</source>
        <translation>MCP サーバー「{name}」には &quot;command&quot;（実行するプログラム）または &quot;url&quot; が必要です</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;url&quot; must start with http:// or https://</source>
        <translation>MCP サーバー「{name}」：&quot;url&quot; は http:// または https:// で始まる必要があります</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be non-empty text</source>
        <translation>MCP サーバー「{name}」：&quot;{key}&quot; は空でないテキストである必要があります</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be true or false</source>
        <translation>MCP サーバー「{name}」：&quot;{key}&quot; は true または false である必要があります</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be a list of texts</source>
        <translation>MCP サーバー「{name}」：&quot;{key}&quot; はテキストのリストである必要があります</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be an object of texts</source>
        <translation>MCP サーバー「{name}」：&quot;{key}&quot; は値がテキストのオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>Two MCP servers are named &quot;{name}&quot;</source>
        <translation>「{name}」という名前の MCP サーバーが 2 つあります</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} に書き込めませんでした：{error}</translation>
    </message>
    <message>
        <source>it did not answer within {seconds} seconds</source>
        <translation>{seconds} 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>it stopped: {error}</source>
        <translation>停止しました：{error}</translation>
    </message>
    <message>
        <source>it stopped before it was ready: {error}</source>
        <translation>準備が整う前に停止しました：{error}</translation>
    </message>
    <message>
        <source>the server process exited</source>
        <translation>サーバープロセスが終了しました</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; is not available: {reason}</source>
        <translation>MCP サーバー「{server}」は利用できません：{reason}</translation>
    </message>
    <message>
        <source>{name} did not finish within {seconds} seconds</source>
        <translation>{name} が {seconds} 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; stopped during the call: {error}</source>
        <translation>MCP サーバー「{server}」が呼び出し中に停止しました：{error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; answered an error: {error}</source>
        <translation>MCP サーバー「{server}」がエラーを返しました：{error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; failed during the call: {error}</source>
        <translation>MCP サーバー「{server}」で呼び出し中にエラーが発生しました：{error}</translation>
    </message>
    <message>
        <source>the connection was lost: {error}</source>
        <translation>接続が切断されました：{error}</translation>
    </message>
    <message>
        <source>The MCP servers were shut down</source>
        <translation>MCP サーバーは終了しました</translation>
    </message>
    <message>
        <source>The call to {name} was stopped</source>
        <translation>{name} の呼び出しは停止されました</translation>
    </message>
    <message>
        <source>The MCP tool &quot;{tool}&quot; of server &quot;{server}&quot; failed: {error}</source>
        <translation>サーバー「{server}」の MCP ツール「{tool}」が失敗しました：{error}</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;{name}&quot; any more</source>
        <translation>「{name}」という名前の MCP サーバーはもうありません</translation>
    </message>
    <message>
        <source>An MCP server named &quot;{name}&quot; already exists</source>
        <translation>「{name}」という名前の MCP サーバーは既にあります</translation>
    </message>
    <message>
        <source>the expression is over {limit} characters</source>
        <translation>式が {limit} 文字を超えています</translation>
    </message>
    <message>
        <source>the expression is not valid arithmetic ({problem})</source>
        <translation>式が正しい計算式ではありません（{problem}）</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>0 による除算</translation>
    </message>
    <message>
        <source>the result is too large to compute</source>
        <translation>結果が大きすぎて計算できません</translation>
    </message>
    <message>
        <source>cannot compute this: {problem}</source>
        <translation>計算できません：{problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in a calculation (numbers, + - * / // % **, parentheses and math functions only)</source>
        <translation>計算では {what} は使えません（使えるのは数値、+ - * / // % **、括弧、数学関数のみ）</translation>
    </message>
    <message>
        <source>no documents are attached to this chat</source>
        <translation>このチャットには文書が関連付けられていません</translation>
    </message>
    <message>
        <source>the search failed: {error}</source>
        <translation>検索に失敗しました：{error}</translation>
    </message>
    <message>
        <source>there is no passage {number} in the documents attached to this chat</source>
        <translation>このチャットに関連付けられた文書に抜粋 {number} はありません</translation>
    </message>
    <message>
        <source>no folders are shared with this chat</source>
        <translation>このチャットと共有しているフォルダーはありません</translation>
    </message>
    <message>
        <source>the path holds a NUL character</source>
        <translation>パスに NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} は存在しません</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}</source>
        <translation>{path} を開けません：{problem}</translation>
    </message>
    <message>
        <source>{path} is outside the folders shared with this chat ({folders})</source>
        <translation>{path} はこのチャットと共有しているフォルダーの外にあります（{folders}）</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder (read it with read_file)</source>
        <translation>{path} はフォルダーではなくファイルです（read_file で読み取ってください）</translation>
    </message>
    <message>
        <source>{path} cannot be listed: {problem}</source>
        <translation>{path} の一覧を取得できません：{problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file (list it with list_folder)</source>
        <translation>{path} はファイルではなくフォルダーです（list_folder で一覧を取得してください）</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} を読み取れません：{error}</translation>
    </message>
    <message>
        <source>{name} is not a text file</source>
        <translation>{name} はテキストファイルではありません</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name} を読み取れません：{problem}</translation>
    </message>
    <message>
        <source>the code to run is missing: pass it as the string argument &quot;code&quot;</source>
        <translation>実行するコードがありません：文字列引数 &quot;code&quot; として渡してください</translation>
    </message>
    <message>
        <source>the code is over {limit} characters</source>
        <translation>コードが {limit} 文字を超えています</translation>
    </message>
    <message>
        <source>the user stopped the Python code{output}</source>
        <translation>ユーザーが Python コードを停止しました{output}</translation>
    </message>
    <message>
        <source>the Python code ran for more than {seconds} seconds and was stopped{output}</source>
        <translation>Python コードが {seconds} 秒を超えて実行されたため停止しました{output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the memory limit of the sandbox ({megabytes} MB){output}</source>
        <translation>Python コードはサンドボックスのメモリ上限（{megabytes} MB）に達したため停止しました{output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the CPU time limit of the sandbox ({seconds} seconds){output}</source>
        <translation>Python コードはサンドボックスの CPU 時間上限（{seconds} 秒）に達したため停止しました{output}</translation>
    </message>
    <message>
        <source>the sandbox could not run the code{output}</source>
        <translation>サンドボックスでコードを実行できませんでした{output}</translation>
    </message>
    <message>
        <source>the sandbox&apos;s scratch folder {folder} cannot be used ({problem})</source>
        <translation>サンドボックスの作業フォルダー {folder} を使用できません（{problem}）</translation>
    </message>
    <message>
        <source>the Python sandbox could not start ({problem})</source>
        <translation>Python サンドボックスを起動できませんでした（{problem}）</translation>
    </message>
</context>
</TS>
