<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>{kind}: {error}

The app keeps running. Details are in {log}.</source>
        <translation>{kind}: {error}

アプリは引き続き動作しています。詳細は {log} にあります。</translation>
    </message>
    <message>
        <source>desktop-llm</source>
        <translation>desktop-llm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translation>設定を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>No model in the library yet.</source>
        <translation>ライブラリにまだモデルがありません。</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <source>{offloaded}/{layers} layers on GPU</source>
        <translation>GPU 上に {offloaded}/{layers} 層</translation>
    </message>
    <message>
        <source>no GPU offload</source>
        <translation>GPU オフロードなし</translation>
    </message>
    <message>
        <source>Backend: {backend} ({gpu})</source>
        <translation>バックエンド: {backend}（{gpu}）</translation>
    </message>
    <message>
        <source>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Model {size}, engine memory {memory}, loaded in {ms} ms</source>
        <translation>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;モデル {size}、エンジンのメモリ {memory}、読み込み {ms} ms</translation>
    </message>
    <message>
        <source>Ready: {name} · context {n_ctx}</source>
        <translation>準備完了: {name} · コンテキスト {n_ctx}</translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation>{name} を読み込めませんでした</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Markdown でエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as Markdown with &amp;reasoning…</source>
        <translation>推論付きの Markdown でエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>JSON でエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Other servers: vLLM, llama-server, Ollama, LM Studio, a hosted provider</source>
        <translation>ほかのサーバー: vLLM、llama-server、Ollama、LM Studio、ホスティング事業者</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>再生成(&amp;R)</translation>
    </message>
    <message>
        <source>Searc&amp;h chats</source>
        <translation>チャットを検索(&amp;H)</translation>
    </message>
    <message>
        <source>Rena&amp;me chat…</source>
        <translation>チャットの名前を変更(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat…</source>
        <translation>チャットを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Chat &amp;settings panel</source>
        <translation>チャット設定パネル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About desktop-llm</source>
        <translation>desktop-llm について(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ナレッジ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>{page}ページ</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page}（{shortcut}）</translation>
    </message>
    <message>
        <source>Chat settings (F9)</source>
        <translation>チャット設定（F9）</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>チャット設定</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>No chat matches “{words}”.</source>
        <translation>「{words}」に一致するチャットはありません。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>「{title}」とそのすべてのメッセージを削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model that answers in chat: click to search your models</source>
        <translation>チャットで応答するモデル: クリックしてモデルを検索</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>モデルを選択</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>on {connection} · {state}</source>
        <translation>{connection} 上 · {state}</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>接続可能</translation>
    </message>
    <message>
        <source>401: key refused</source>
        <translation>401: キーが拒否されました</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>It should run comfortably.</source>
        <translation>快適に動作するはずです。</translation>
    </message>
    <message>
        <source>It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM).</source>
        <translation>読み込めますが、遅いか余裕がほとんどありません（一部が CPU 上、または RAM の大半を使用）。</translation>
    </message>
    <message>
        <source>It is unlikely to load on this computer.</source>
        <translation>このコンピューターでは読み込めない可能性が高いです。</translation>
    </message>
    <message>
        <source>About {needed} needed with a default context, {available} available. {verdict}</source>
        <translation>既定のコンテキストで約 {needed} が必要、{available} が利用可能。{verdict}</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Find more models in Discover</source>
        <translation>「探す」でほかのモデルを見つける</translation>
    </message>
    <message>
        <source>No model matches “{words}”. Discover finds models to download.</source>
        <translation>「{words}」に一致するモデルはありません。「探す」でダウンロードできるモデルを見つけられます。</translation>
    </message>
    <message>
        <source>fits</source>
        <comment>fit badge</comment>
        <translation>動作可</translation>
    </message>
    <message>
        <source>tight</source>
        <comment>fit badge</comment>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <source>too big</source>
        <comment>fit badge</comment>
        <translation>大きすぎ</translation>
    </message>
    <message>
        <source>Last message: {when}</source>
        <translation>最後のメッセージ: {when}</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>予期しないエラー: {kind}: {error}</translation>
    </message>
</context>
</TS>
