<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits your GPU.</source>
        <translation>より良い回答には {model}（{quantization}、約 {size}）をお試しください：{reason}で、GPU のメモリに収まります。</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits this computer&apos;s memory.</source>
        <translation>より良い回答には {model}（{quantization}、約 {size}）をお試しください：{reason}で、このコンピューターのメモリに収まります。</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason}; memory is tight here.</source>
        <translation>より良い回答には {model}（{quantization}、約 {size}）をお試しください：{reason}。ただし、このコンピューターではメモリに余裕がありません。</translation>
    </message>
    <message>
        <source>Private, and works offline</source>
        <translation>プライベート、オフラインでも動作</translation>
    </message>
    <message>
        <source>Everything here runs on this computer. Your chats, documents and models stay on it; nothing is sent anywhere, and no account is needed.</source>
        <translation>すべてこのコンピューター上で動作します。チャット、ドキュメント、モデルはこのコンピューターに保存され、どこにも送信されません。アカウントも不要です。</translation>
    </message>
    <message>
        <source>A starter model is ready</source>
        <translation>スターターモデルを用意しました</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135M parameters) came with the app, so you can chat right away, even offline.</source>
        <translation>小さなモデル（SmolLM2、1億3500万パラメーター）がアプリに付属しているので、オフラインでもすぐにチャットできます。</translation>
    </message>
    <message>
        <source>More models in Discover</source>
        <translation>「探す」でさらにモデルを見る</translation>
    </message>
    <message>
        <source>Welcome to desktop-llm</source>
        <translation>desktop-llm へようこそ</translation>
    </message>
    <message>
        <source>desktop-llm logo</source>
        <translation>desktop-llm のロゴ</translation>
    </message>
    <message>
        <source>Chat with language models that run on your own computer.</source>
        <translation>自分のコンピューターで動く言語モデルとチャットできます。</translation>
    </message>
    <message>
        <source>Models are kept in {folder}</source>
        <translation>モデルの保存先：{folder}</translation>
    </message>
    <message>
        <source>Show it in Discover</source>
        <translation>「探す」で表示</translation>
    </message>
    <message>
        <source>Open {model} in Discover to download it</source>
        <translation>{model} をダウンロードするには「探す」で開いてください</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>チャットを始める</translation>
    </message>
    <message>
        <source>Move it aside and start fresh</source>
        <translation>別の場所に移して新しく始める</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>desktop-llm cannot start</source>
        <translation>desktop-llm を起動できません</translation>
    </message>
    <message>
        <source>Moving it aside keeps the file, renamed with “.broken-” and the date, next to the new one.</source>
        <translation>移したファイルは削除されず、「.broken-」と日付を付けた名前で新しいファイルの隣に残ります。</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>詳細は {file} にあります。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>検出されません</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>このビルドでは非対応</translation>
    </message>
    <message>
        <source>Runs language models entirely on this computer.</source>
        <translation>言語モデルを完全にこのコンピューター上で実行します。</translation>
    </message>
    <message>
        <source>llama-cpp-python {version} · backend {backend} · GPU offload {offload}</source>
        <translation>llama-cpp-python {version} · バックエンド {backend} · GPU オフロード：{offload}</translation>
    </message>
    <message>
        <source>GPU: {gpu} · RAM: {ram}</source>
        <translation>GPU：{gpu} · RAM：{ram}</translation>
    </message>
    <message>
        <source>{folder}: {path}</source>
        <translation>{folder}：{path}</translation>
    </message>
    <message>
        <source>About desktop-llm</source>
        <translation>desktop-llm について</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} に書き込めませんでした：{error}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストを中止</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Where downloaded models go. A change applies after a restart; models already downloaded stay where they are.</source>
        <translation>ダウンロードしたモデルの保存先です。変更は再起動後に反映されます。ダウンロード済みのモデルは移動されません。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>モデルの取得元</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>-1: every layer that fits on the GPU; 0: CPU only</source>
        <translation>-1：GPU に収まるすべての層、0：CPU のみ</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU レイヤー数</translation>
    </message>
    <message>
        <source>0: automatic</source>
        <translation>0：自動</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU スレッド数</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Telemetry: none. desktop-llm sends nothing anywhere; it only contacts the model source (Hugging Face or your mirror) when you search or download a model.</source>
        <translation>テレメトリー：なし。desktop-llm はどこにもデータを送信しません。モデルの検索やダウンロードのときだけ、モデルの取得元（Hugging Face またはミラー）に接続します。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>システムの言語（{language}）</translation>
    </message>
    <message>
        <source>A new language applies the next time desktop-llm starts.</source>
        <translation>言語の変更は、次回 desktop-llm を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Where Discover searches and downloads models: Hugging Face, or a mirror of it (such as https://hf-mirror.com) where huggingface.co cannot be reached.</source>
        <translation>「探す」がモデルを検索・ダウンロードする場所：Hugging Face、または huggingface.co に接続できない場合はそのミラー（https://hf-mirror.com など）。</translation>
    </message>
    <message>
        <source>Test the model source</source>
        <translation>モデルの取得元をテスト</translation>
    </message>
    <message>
        <source>Ask this address for one model, as a search would</source>
        <translation>検索と同じように、このアドレスにモデルを 1 つ問い合わせます</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment, so every request goes to {address}. Unset it to choose the source here.</source>
        <translation>環境変数 HF_ENDPOINT が設定されているため、すべてのリクエストは {address} に送られます。ここで取得元を選ぶには、設定を解除してください。</translation>
    </message>
    <message>
        <source>Hugging Face, or a mirror of it such as https://hf-mirror.com.</source>
        <translation>Hugging Face、または https://hf-mirror.com などのミラー。</translation>
    </message>
    <message>
        <source>Model source error</source>
        <translation>モデルの取得元のエラー</translation>
    </message>
    <message>
        <source>Model source test</source>
        <translation>モデルの取得元のテスト</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストを中止しました。</translation>
    </message>
    <message>
        <source>Asking {address} for a model…</source>
        <translation>{address} にモデルを問い合わせています…</translation>
    </message>
    <message>
        <source>OK: {message}</source>
        <translation>OK：{message}</translation>
    </message>
    <message>
        <source>Folder for downloaded models</source>
        <translation>ダウンロードしたモデルのフォルダー</translation>
    </message>
    <message>
        <source>{folder}  (after a restart)</source>
        <translation>{folder}（再起動後）</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start desktop-llm.</source>
        <translation>新しい言語は、次回 desktop-llm を起動したときに使われます。</translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation>{title} ページ</translation>
    </message>
    <message>
        <source>a capable 7B model</source>
        <translation>高性能な 7B モデル</translation>
    </message>
    <message>
        <source>a good 3B all-rounder</source>
        <translation>バランスの良い 3B モデル</translation>
    </message>
    <message>
        <source>a small but useful 1B model</source>
        <translation>小さくても実用的な 1B モデル</translation>
    </message>
    <message>
        <source>a capable 7B model, fluent in Chinese and English</source>
        <translation>中国語と英語に堪能な高性能 7B モデル</translation>
    </message>
    <message>
        <source>a good 3B all-rounder, fluent in Chinese and English</source>
        <translation>中国語と英語に堪能な、バランスの良い 3B モデル</translation>
    </message>
    <message>
        <source>a small but useful 1.5B model that writes Chinese well</source>
        <translation>中国語を上手に書ける、小さくても実用的な 1.5B モデル</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it must start with https:// (or http://)</source>
        <translation>「{address}」は Web アドレスではありません：https://（または http://）で始まる必要があります</translation>
    </message>
    <message>
        <source>“{address}” is not a valid web address ({error})</source>
        <translation>「{address}」は有効な Web アドレスではありません（{error}）</translation>
    </message>
    <message>
        <source>“{address}” uses {scheme}://; a model source must be an http:// or https:// address</source>
        <translation>「{address}」は {scheme}:// を使っています。モデルの取得元は http:// または https:// のアドレスである必要があります</translation>
    </message>
    <message>
        <source>“{address}” names no server</source>
        <translation>「{address}」にサーバー名がありません</translation>
    </message>
    <message>
        <source>“{address}” contains a space</source>
        <translation>「{address}」に空白が含まれています</translation>
    </message>
    <message>
        <source>“{address}” has a query or a fragment (after ? or #); give the server&apos;s address only</source>
        <translation>「{address}」にクエリまたはフラグメント（? や # 以降）が含まれています。サーバーのアドレスだけを入力してください</translation>
    </message>
    <message>
        <source>put no user name or password in the address; use a token (HF_TOKEN) instead</source>
        <translation>アドレスにユーザー名やパスワードを含めないでください。代わりにトークン（HF_TOKEN）を使ってください</translation>
    </message>
</context>
</TS>
