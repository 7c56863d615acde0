<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>fits on GPU</source>
        <translation>GPU に収まる</translation>
    </message>
    <message>
        <source>partial offload</source>
        <translation>一部を GPU に</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>収まらない</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <source>Find models on Hugging Face and see which file fits this computer.</source>
        <translation>Hugging Face でモデルを探し、このコンピューターに合うファイルを確認します。</translation>
    </message>
    <message>
        <source>Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)</source>
        <translation>Hugging Face で GGUF モデルを検索（例: llama 3.2、qwen、gemma）</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>いいね数</translation>
    </message>
    <message>
        <source>recently updated</source>
        <translation>最近の更新</translation>
    </message>
    <message>
        <source>trending</source>
        <translation>トレンド</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>結果の並べ替え</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Models from {url}</source>
        <translation>モデルの取得元: {url}</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>モデルの取得元</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>ハブの状態</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>はじめにおすすめ</translation>
    </message>
    <message>
        <source>Pick a model on the left to see its files and whether they fit this computer.</source>
        <translation>左のモデルを選ぶと、ファイルとこのコンピューターに合うかどうかが表示されます。</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>モデルカード</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>This repository has a vision projector (mmproj): its models can read images.</source>
        <translation>このリポジトリにはビジョンプロジェクター（mmproj）があり、モデルで画像を読み取れます。</translation>
    </message>
    <message>
        <source>Vision model</source>
        <translation>ビジョンモデル</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>プロジェクター</translation>
    </message>
    <message>
        <source>Vision projector to download with the model</source>
        <translation>モデルと一緒にダウンロードするビジョンプロジェクター</translation>
    </message>
    <message>
        <source>Downloaded with the model file, in the same download: it lets the model see images. The matching one is chosen by its name, else F16 or Q8_0.</source>
        <translation>モデルファイルと同じダウンロードで取得され、モデルが画像を認識できるようになります。名前で対応するものが選ばれ、見つからない場合は F16 または Q8_0 が選ばれます。</translation>
    </message>
    <message>
        <source>Fit for context length</source>
        <translation>見積もるコンテキスト長</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation>見積もりに使うコンテキスト長</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV キャッシュ</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>必要メモリ</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, {gpu} {vram}</source>
        <translation>このコンピューター: RAM {ram}、{gpu} {vram}</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, no GPU found</source>
        <translation>このコンピューター: RAM {ram}、GPU なし</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>{message} Your downloaded models keep working.</source>
        <translation>{message} ダウンロード済みのモデルは引き続き使えます。</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>制限付き: トークンが必要</translation>
    </message>
    <message>
        <source>No GGUF models match “{query}”. Try other or fewer words.</source>
        <translation>「{query}」に一致する GGUF モデルはありません。別の語句や少ない語句で試してください。</translation>
    </message>
    <message>
        <source>No GGUF models were found. Try other or fewer words.</source>
        <translation>GGUF モデルが見つかりません。別の語句や少ない語句で試してください。</translation>
    </message>
    <message>
        <source>The search failed: {message} The list shows what was there before.</source>
        <translation>検索に失敗しました: {message} 一覧には前の結果が表示されています。</translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation>検索に失敗しました: {message}</translation>
    </message>
    <message>
        <source>Hugging Face cannot be reached from this computer. Press Try again once you are online.</source>
        <translation>このコンピューターから Hugging Face に接続できません。オンラインになったら「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The page of {repo} cannot be shown: {reason}</source>
        <translation>{repo} のページを表示できません: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>License: {license}    Base model: {base}    Languages: {languages}</source>
        <translation>ライセンス: {license}    ベースモデル: {base}    言語: {languages}</translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln download(s)</source>
        <translation>
            <numerusform>↓ %Ln 回ダウンロード</numerusform>
        </translation>
    </message>
    <message>
        <source>(gated: needs a token)</source>
        <translation>（制限付き: トークンが必要）</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>タグ: {tags}</translation>
    </message>
    <message>
        <source>(The fit estimate is unavailable: the file header could not be read.)</source>
        <translation>（適合の見積もりはできません: ファイルヘッダーを読み取れませんでした。）</translation>
    </message>
    <message>
        <source>This repository has no GGUF files that desktop-llm can run.</source>
        <translation>このリポジトリには desktop-llm で実行できる GGUF ファイルがありません。</translation>
    </message>
    <message>
        <source>The matching projector (chosen for each file)</source>
        <translation>対応するプロジェクター（ファイルごとに選択）</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>なし：テキストのみ</translation>
    </message>
    <message numerus="yes">
        <source>(%n part(s))</source>
        <translation>
            <numerusform>（%n 分割）</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} + projector {projector}</source>
        <translation>{model} + プロジェクター {projector}</translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation>GPU レイヤー数: {layers}</translation>
    </message>
    <message>
        <source>Vision projector and its image buffer {projector}</source>
        <translation>ビジョンプロジェクターと画像バッファー {projector}</translation>
    </message>
    <message>
        <source>Weights {weights} + KV cache {kv} ({tokens} tokens) + compute {compute}</source>
        <translation>重み {weights} + KV キャッシュ {kv}（{tokens} トークン）+ 計算 {compute}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name} をダウンロード</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Models on their way to this computer. Downloads continue in the background and resume after a restart.</source>
        <translation>このコンピューターへダウンロード中のモデルです。ダウンロードはバックグラウンドで続き、再起動後も再開されます。</translation>
    </message>
    <message>
        <source>No downloads yet</source>
        <translation>まだダウンロードはありません</translation>
    </message>
    <message>
        <source>Find a model in Discover and press Download: it appears here with its progress, and lands in the Library when it is done.</source>
        <translation>「探す」でモデルを見つけて「ダウンロード」を押すと、ここに進行状況が表示され、完了するとライブラリに入ります。</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>ダウンロードなし</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>モデルを探す</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>ダウンロードを一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>ダウンロードを再開</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>ダウンロードを再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>ダウンロードを削除</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>付属</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>The models on this computer: chat with one, make it the default, inspect its details.</source>
        <translation>このコンピューターにあるモデルです。チャットしたり、既定に設定したり、詳細を確認したりできます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Local models</source>
        <translation>ローカルモデル</translation>
    </message>
    <message>
        <source>Only the starter model so far</source>
        <translation>今はスターターモデルだけです</translation>
    </message>
    <message>
        <source>It is small and quick, made for trying things out; larger models answer better. Find one in Discover, or import a .gguf file you already have.</source>
        <translation>小さく高速で、試すためのモデルです。大きなモデルほど良い回答をします。「探す」で見つけるか、お持ちの .gguf ファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>ディスク使用量</translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation>チャットする</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>既定に設定</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Import .gguf…</source>
        <translation>.gguf をインポート…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Projector…</source>
        <translation>プロジェクター…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>The starter model is part of the app and stays.</source>
        <translation>スターターモデルはアプリの一部なので削除できません。</translation>
    </message>
    <message>
        <source>Adapters are deleted with their run, in the Train tab.</source>
        <translation>アダプターは「学習」タブで、その学習実行と一緒に削除します。</translation>
    </message>
    <message>
        <source>Remove the selected model from the library</source>
        <translation>選択したモデルをライブラリから削除</translation>
    </message>
    <message>
        <source>Sees images with {file}</source>
        <translation>{file} で画像を認識</translation>
    </message>
    <message>
        <source>Choose the vision projector (mmproj) that lets this model see images</source>
        <translation>このモデルで画像を認識するためのビジョンプロジェクター（mmproj）を選択</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), {size} on disk · {folder}</source>
        <translation>
            <numerusform>%n 個のモデル、ディスク使用 {size} · {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>projector: {kind}</source>
        <translation>プロジェクター：{kind}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>broken: {reason}</source>
        <translation>破損: {reason}</translation>
    </message>
    <message>
        <source>Delete… removes it from the library.</source>
        <translation>「削除…」でライブラリから削除できます。</translation>
    </message>
    <message>
        <source>Vision projector: {path}</source>
        <translation>ビジョンプロジェクター：{path}</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>検証損失 {before} → {after}</translation>
    </message>
    <message>
        <source>LoRA adapter: {name}</source>
        <translation>LoRA アダプター: {name}</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>アダプター</translation>
    </message>
    <message numerus="yes">
        <source>trained here, %n step(s)</source>
        <translation>
            <numerusform>このコンピューターで学習、%n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a projector file…</source>
        <translation>プロジェクターファイルを選択…</translation>
    </message>
    <message>
        <source>Pair automatically (a projector in the model&apos;s folder)</source>
        <translation>自動で組み合わせる（モデルのフォルダーにあるプロジェクター）</translation>
    </message>
    <message>
        <source>Choose a vision projector</source>
        <translation>ビジョンプロジェクターを選択</translation>
    </message>
    <message>
        <source>Vision projectors (*.gguf)</source>
        <translation>ビジョンプロジェクター (*.gguf)</translation>
    </message>
    <message>
        <source>Projector not used</source>
        <translation>プロジェクターは使用されません</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation>{file} は使用できません: {reason}</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA アダプター</translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation>スターターモデル</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library and delete its file?</source>
        <translation>{name}（{size}）をライブラリから削除し、ファイルも削除しますか？</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library (the file itself stays where it is)?</source>
        <translation>{name}（{size}）をライブラリから削除しますか？（ファイル自体はそのまま残ります）</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>削除に失敗しました</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>モデル: {name}</translation>
    </message>
    <message>
        <source>{size} · {architecture} · {parameters} parameters · {quantization}</source>
        <translation>{size} · {architecture} · パラメーター {parameters} · {quantization}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>{tensors} ({parameters} parameters)</source>
        <translation>{tensors}（パラメーター {parameters}）</translation>
    </message>
    <message>
        <source>(this model has no chat template: ChatML is used)</source>
        <translation>（このモデルにはチャットテンプレートがありません: ChatML を使います）</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible servers: vLLM, llama.cpp&apos;s llama-server, Ollama (…/v1), LM Studio, another desktop-llm, a hosted provider. Their models appear in the model list. API keys are kept in the system keychain, or a file only you can read.</source>
        <translation>ほかの OpenAI 互換サーバー: vLLM、llama.cpp の llama-server、Ollama（…/v1）、LM Studio、別の desktop-llm、ホスティング事業者。それらのモデルはモデル一覧に表示されます。API キーはシステムのキーチェーン、またはあなただけが読めるファイルに保存されます。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation>サーバーに問い合わせる</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>選択を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続の状態</translation>
    </message>
    <message>
        <source>Asking {address}…</source>
        <translation>{address} に問い合わせ中…</translation>
    </message>
    <message>
        <source>Saved {name}; asking it for its models…</source>
        <translation>{name} を保存しました。モデル一覧を問い合わせ中…</translation>
    </message>
    <message>
        <source>no models listed</source>
        <translation>モデルの一覧なし</translation>
    </message>
    <message>
        <source>{name} answers: {models}</source>
        <translation>{name} が応答: {models}</translation>
    </message>
    <message>
        <source>{name}: {status}. {message}</source>
        <translation>{name}: {status}。{message}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
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
        <source>{size}/s</source>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
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
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>file ends inside the header while reading {what} at byte {position}</source>
        <translation>{what} の読み取り中、ヘッダーの途中でファイルが終わっています（{position} バイト目）</translation>
    </message>
    <message>
        <source>{what} claims {size} bytes but the file has only {left} left: it is corrupt or cut short</source>
        <translation>{what} は {size} バイトとされていますが、ファイルの残りは {left} バイトしかありません：ファイルが破損しているか途中で切れています</translation>
    </message>
    <message>
        <source>file is empty or shorter than a GGUF header</source>
        <translation>ファイルが空か、GGUF ヘッダーより短いです</translation>
    </message>
    <message>
        <source>not a GGUF file (it starts with {shown}; a GGUF file starts with &quot;GGUF&quot;)</source>
        <translation>GGUF ファイルではありません（先頭が {shown} です。GGUF ファイルの先頭は &quot;GGUF&quot; です）</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>対応していない GGUF バージョン {version}（対応：2 と 3）</translation>
    </message>
    <message>
        <source>file is truncated: it has {size} bytes but its tensors need {expected} ({missing} missing); the download was probably interrupted</source>
        <translation>ファイルが途中で切れています：{size} バイトしかありませんが、テンソルには {expected} 必要です（{missing} 不足）。ダウンロードが中断された可能性があります</translation>
    </message>
</context>
</TS>
