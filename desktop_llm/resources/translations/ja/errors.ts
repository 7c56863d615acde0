<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>no model is loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>モデルファイルが見つかりません：{path}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name}：ファイルを読み取れません（{reason}）</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp で {name} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the LoRA adapters</source>
        <translation>llama.cpp で LoRA アダプターを適用できません</translation>
    </message>
    <message>
        <source>LoRA adapter not found: {path}</source>
        <translation>LoRA アダプターが見つかりません：{path}</translation>
    </message>
    <message>
        <source>{name} is not a usable GGUF adapter: {reason}</source>
        <translation>{name} は使用できる GGUF アダプターではありません：{reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter</source>
        <translation>{name} はモデルであり、LoRA アダプターではありません</translation>
    </message>
    <message>
        <source>{name} was trained for a {trained} model; the loaded model is {loaded}</source>
        <translation>{name} は {trained} モデル用に学習されています。読み込まれているモデルは {loaded}</translation>
    </message>
    <message>
        <source>llama.cpp could not load the adapter {name} onto this model: {reason}</source>
        <translation>llama.cpp でアダプター {name} をこのモデルに読み込めません：{reason}</translation>
    </message>
    <message>
        <source>{name} is a reranker: it scores passages, it makes no embeddings</source>
        <translation>{name} はリランカーです：抜粋の順位付け用で、埋め込みは作成しません</translation>
    </message>
    <message>
        <source>{name} is not a reranker (its pooling type is not rank)</source>
        <translation>{name} はリランカーではありません（プーリングの種類が rank ではありません）</translation>
    </message>
    <message>
        <source>this model&apos;s chat template does not support tools (it never writes them into the prompt); use a model whose template does, or send the request without tools</source>
        <translation>このモデルのチャットテンプレートはツールに対応していません（ツールをプロンプトに書き込みません）。対応したテンプレートのモデルを使うか、ツールなしでリクエストを送信してください</translation>
    </message>
    <message>
        <source>this model&apos;s chat template could not render the request&apos;s tools: {reason}</source>
        <translation>このモデルのチャットテンプレートでリクエストのツールを展開できません：{reason}</translation>
    </message>
    <message>
        <source>{name} is an embedding model: it finds passages for Knowledge but cannot write replies; choose a chat model</source>
        <translation>{name} は埋め込みモデルです：ナレッジの抜粋を探すためのもので、返信は書けません。チャットモデルを選択してください</translation>
    </message>
    <message>
        <source>the engine has been shut down</source>
        <translation>エンジンは終了しています</translation>
    </message>
    <message>
        <source>the engine is not answering ({kind}: {reason})</source>
        <translation>エンジンが応答しません（{kind}：{reason}）</translation>
    </message>
    <message>
        <source>the engine stopped answering ({reason})</source>
        <translation>エンジンが応答しなくなりました（{reason}）</translation>
    </message>
    <message>
        <source>the engine sent a malformed answer: {reason}</source>
        <translation>エンジンから不正な形式の応答が届きました：{reason}</translation>
    </message>
    <message>
        <source>the engine connection broke mid-reply ({kind})</source>
        <translation>返信の途中でエンジンとの接続が切れました（{kind}）</translation>
    </message>
    <message>
        <source>the engine sent a malformed stream chunk: {reason}</source>
        <translation>エンジンから不正な形式のストリームデータが届きました：{reason}</translation>
    </message>
    <message>
        <source>the engine ended the reply without finishing it</source>
        <translation>エンジンが返信を完了せずに終了しました</translation>
    </message>
    <message>
        <source>the engine sent a malformed status: {reason}</source>
        <translation>エンジンから不正な形式の状態が届きました：{reason}</translation>
    </message>
    <message>
        <source>the engine could not be started: {reason}</source>
        <translation>エンジンを起動できません：{reason}</translation>
    </message>
    <message>
        <source>the engine did not start within {seconds} s</source>
        <translation>エンジンが {seconds} 秒以内に起動しませんでした</translation>
    </message>
    <message>
        <source>the engine failed to start: it {outcome}</source>
        <translation>エンジンの起動に失敗しました：{outcome}</translation>
    </message>
    <message>
        <source>the engine stopped unexpectedly: it {outcome}</source>
        <translation>エンジンが予期せず停止しました：{outcome}</translation>
    </message>
    <message>
        <source>cannot use the folder {folder}: {reason}. Make sure it is a folder you can write to, or set {env} to another one</source>
        <translation>フォルダー {folder} を使用できません：{reason}。書き込み可能なフォルダーか確認するか、{env} に別のフォルダーを設定してください</translation>
    </message>
    <message>
        <source>{error}. It can be moved aside (kept, renamed) so the app starts with an empty history</source>
        <translation>{error}。これを別の場所に移して（名前を変えて保持）、空の履歴でアプリを起動できます</translation>
    </message>
    <message>
        <source>{error}. Install the newer version, or move this database aside (kept, renamed) and start fresh</source>
        <translation>{error}。新しいバージョンをインストールするか、このデータベースを別の場所に移して（名前を変えて保持）最初からやり直してください</translation>
    </message>
    <message>
        <source>{error}. Close the other program using it (another desktop-llm command?) and try again</source>
        <translation>{error}。これを使用している他のプログラム（別の desktop-llm コマンド？）を閉じてから、もう一度試してください</translation>
    </message>
    <message>
        <source>{error}. Check the permissions and free space of its folder, or set {env}</source>
        <translation>{error}。フォルダーの権限と空き容量を確認するか、{env} を設定してください</translation>
    </message>
    <message>
        <source>could not move the database {file} aside: {reason}</source>
        <translation>データベース {file} を別の場所に移せません：{reason}</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is damaged ({reason})</source>
        <translation>{doing}：データベース {path} が破損しています（{reason}）</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is locked by another program ({reason})</source>
        <translation>{doing}：データベース {path} は他のプログラムにロックされています（{reason}）</translation>
    </message>
    <message>
        <source>{doing}: the database {path} cannot be written ({reason})</source>
        <translation>{doing}：データベース {path} に書き込めません（{reason}）</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}：{reason}</translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation>データベース {path} を作成できません：{reason}</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>database write failed</source>
        <translation>データベースへの書き込みに失敗しました</translation>
    </message>
    <message>
        <source>the database {path} was written by a newer desktop-llm (schema {version}, this one knows {known})</source>
        <translation>データベース {path} は新しいバージョンの desktop-llm で書き込まれています（スキーマ {version}、このバージョンが扱えるのは {known} まで）</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off.</source>
        <translation>オフラインモードがオンです（HF_HUB_OFFLINE）：検索とダウンロードは使用できません。</translation>
    </message>
    <message>
        <source>{what} is gated: accept its license on the model&apos;s page, then set a token with access (HF_TOKEN).</source>
        <translation>{what} はアクセス制限付きです：モデルのページでライセンスに同意し、アクセス権のあるトークン（HF_TOKEN）を設定してください。</translation>
    </message>
    <message>
        <source>{what} was not found (or is private and needs a token).</source>
        <translation>{what} が見つかりません（または非公開でトークンが必要です）。</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (HF_TOKEN).</source>
        <translation>{what} にはアクセス権のある Hugging Face トークン（HF_TOKEN）が必要です。</translation>
    </message>
    <message>
        <source>{what} was not found on the hub.</source>
        <translation>{what} がハブに見つかりません。</translation>
    </message>
    <message>
        <source>{site} answered {status} for {what}.</source>
        <translation>{site} が {what} に対して {status} を返しました。</translation>
    </message>
    <message>
        <source>{site} cannot be reached ({reason}); are you offline?</source>
        <translation>{site} に接続できません（{reason}）。オフラインになっていませんか？</translation>
    </message>
    <message>
        <source>{site} answered, but not as a Hugging Face hub does: /api/models sent {kind}, not a JSON list of models. Is the address right (no path after the server&apos;s name, for most mirrors)?</source>
        <translation>{site} は応答しましたが、Hugging Face ハブの応答ではありません：/api/models が返したのは {kind} で、モデルの JSON リストではありません。アドレスは正しいですか（ほとんどのミラーではサーバー名の後にパスは付きません）？</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason})</source>
        <translation>{site} が応答しなくなりました（{reason}）</translation>
    </message>
    <message>
        <source>{site} answered /api/models with something other than a list of models; it does not look like a Hugging Face hub or mirror.</source>
        <translation>{site} は /api/models にモデルのリスト以外を返しました。Hugging Face ハブやミラーではないようです。</translation>
    </message>
    <message>
        <source>{site} sent an unreadable search answer: {reason}</source>
        <translation>{site} から読み取れない検索結果が届きました：{reason}</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason}); are you offline?</source>
        <translation>{site} が応答しなくなりました（{reason}）。オフラインになっていませんか？</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (gated or private model: accept its license on huggingface.co and set HF_TOKEN).</source>
        <translation>{what} にはアクセス権のある Hugging Face トークンが必要です（アクセス制限付きまたは非公開のモデル：huggingface.co でライセンスに同意し、HF_TOKEN を設定してください）。</translation>
    </message>
    <message>
        <source>{what} was not found on {site}.</source>
        <translation>{what} が {site} に見つかりません。</translation>
    </message>
    <message>
        <source>{file} on the hub is not a readable GGUF file: {reason}</source>
        <translation>ハブ上の {file} は読み取れる GGUF ファイルではありません：{reason}</translation>
    </message>
    <message>
        <source>cannot create {lock}: its folder keeps disappearing</source>
        <translation>{lock} を作成できません：フォルダーが繰り返し消えます</translation>
    </message>
    <message>
        <source>{file} is already being downloaded by another desktop-llm window or command; it will be in the library when that download finishes.</source>
        <translation>{file} は別の desktop-llm ウィンドウまたはコマンドでダウンロード中です。そのダウンロードが終わるとライブラリに入ります。</translation>
    </message>
    <message>
        <source>Not enough disk space: the download needs {needed} more, {free} is free in {folder}.</source>
        <translation>ディスクの空き容量が足りません：ダウンロードにはあと {needed} 必要ですが、{folder} の空きは {free} です。</translation>
    </message>
    <message>
        <source>{file}: the connection keeps failing ({reason}); {kept} kept, retry to resume.</source>
        <translation>{file}：接続が繰り返し失敗しています（{reason}）。{kept} は保持されているので、再試行すると再開します。</translation>
    </message>
    <message>
        <source>{file}: the downloaded data is corrupt ({found}); the partial file was deleted, download it again.</source>
        <translation>{file}：ダウンロードしたデータが破損しています（{found}）。途中までのファイルは削除しました。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The disk is full: {file} stopped at {size}. Free some space, then resume: nothing was lost.</source>
        <translation>ディスクがいっぱいです：{file} は {size} で止まりました。空き容量を増やしてから再開してください。データは失われていません。</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} に書き込めません：{reason}</translation>
    </message>
    <message>
        <source>{name} accepted the request but sent nothing for {seconds} s: the server is stalled or overloaded</source>
        <translation>{name} はリクエストを受け付けましたが、{seconds} 秒間何も返しません：サーバーが停止しているか過負荷です</translation>
    </message>
    <message>
        <source>cannot reach {name} at {address}: {reason}. Is the server running, and the address right?</source>
        <translation>{address} の {name} に接続できません：{reason}。サーバーは動作していますか？アドレスは正しいですか？</translation>
    </message>
    <message>
        <source>{name} refused the API key ({http}): {said}. Check the key in Connections (or the variable named with --api-key-env)</source>
        <translation>{name} が API キーを拒否しました（{http}）：{said}。「接続」のキー（または --api-key-env で指定した環境変数）を確認してください</translation>
    </message>
    <message>
        <source>{name} does not serve {model} ({said}); it serves: {models}</source>
        <translation>{name} は {model} を提供していません（{said}）。提供しているモデル：{models}</translation>
    </message>
    <message>
        <source>{name} says too many requests (429): {said}</source>
        <translation>{name}：リクエストが多すぎます（429）：{said}</translation>
    </message>
    <message>
        <source>{name} failed with {http}: {said}</source>
        <translation>{name} でエラーが発生しました（{http}）：{said}</translation>
    </message>
    <message>
        <source>{name}: the request does not fit the model&apos;s context: {said}</source>
        <translation>{name}：リクエストがモデルのコンテキストに収まりません：{said}</translation>
    </message>
    <message>
        <source>{name} refused the request ({http}): {said}</source>
        <translation>{name} がリクエストを拒否しました（{http}）：{said}</translation>
    </message>
    <message>
        <source>{name} stopped sending in the middle of an answer</source>
        <translation>{name} が応答の途中で送信を停止しました</translation>
    </message>
    <message>
        <source>{name} broke off its answer: {reason}</source>
        <translation>{name} の応答が途中で切れました：{reason}</translation>
    </message>
    <message>
        <source>{name} sent a malformed answer: {reason}</source>
        <translation>{name} から不正な形式の応答が届きました：{reason}</translation>
    </message>
    <message>
        <source>{name} has no tokenize endpoint; token counts there are estimates</source>
        <translation>{name} にはトークン化のエンドポイントがないため、トークン数は推定値です</translation>
    </message>
    <message>
        <source>LoRA adapters apply to a local model only; {name} serves its own</source>
        <translation>LoRA アダプターはローカルモデルにのみ適用できます。{name} は独自のモデルを提供しています</translation>
    </message>
    <message>
        <source>{name} stopped sending for {seconds} s in the middle of the reply; what arrived is kept</source>
        <translation>{name} が返信の途中で {seconds} 秒間送信を停止しました。受信済みの内容は保持されます</translation>
    </message>
    <message>
        <source>the connection to {name} broke mid-reply ({reason}); what arrived is kept</source>
        <translation>返信の途中で {name} との接続が切れました（{reason}）。受信済みの内容は保持されます</translation>
    </message>
    <message>
        <source>{name} sent a malformed stream chunk: {reason}</source>
        <translation>{name} から不正な形式のストリームデータが届きました：{reason}</translation>
    </message>
    <message>
        <source>{name} ended the reply without finishing it (another request may have interrupted it); what arrived is kept</source>
        <translation>{name} が返信を完了せずに終了しました（別のリクエストに中断された可能性があります）。受信済みの内容は保持されます</translation>
    </message>
    <message>
        <source>{name} does not serve {model}; it serves {served}</source>
        <translation>{name} は {model} を提供していません。提供しているモデル：{served}</translation>
    </message>
    <message>
        <source>no model of {name} is chosen yet</source>
        <translation>{name} のモデルがまだ選択されていません</translation>
    </message>
    <message>
        <source>cannot store the API key of {name}: {reason}</source>
        <translation>{name} の API キーを保存できません：{reason}</translation>
    </message>
    <message>
        <source>no connection named {name}; add it with `desktop-llm connections add`</source>
        <translation>{name} という名前の接続はありません。`desktop-llm connections add` で追加してください</translation>
    </message>
    <message>
        <source>a connection named {name} exists already</source>
        <translation>{name} という名前の接続は既に存在します</translation>
    </message>
    <message>
        <source>no connection named {name}</source>
        <translation>{name} という名前の接続はありません</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>a connection name is letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), got {name}</source>
        <translation>接続名に使えるのは英字、数字、「.」「_」「-」のみです（最大 64 文字）。指定された名前：{name}</translation>
    </message>
    <message>
        <source>context length and concurrency must be 0 or more, the stall timeout 0-3600 s</source>
        <translation>コンテキスト長と同時実行数は 0 以上、停止タイムアウトは 0～3600 秒にしてください</translation>
    </message>
    <message>
        <source>a saved connection is malformed: {reason}</source>
        <translation>保存された接続の形式が正しくありません：{reason}</translation>
    </message>
    <message>
        <source>a server address is http:// or https:// and a host, got {url}</source>
        <translation>サーバーアドレスは http:// または https:// とホスト名で指定してください。指定されたアドレス：{url}</translation>
    </message>
    <message>
        <source>the port in {url} is not a number</source>
        <translation>{url} のポートが数値ではありません</translation>
    </message>
    <message>
        <source>another process already holds {path}</source>
        <translation>{path} は既に別のプロセスが使用しています</translation>
    </message>
    <message>
        <source>{file} cannot be read as a projector: {reason}</source>
        <translation>{file} をプロジェクターとして読み取れません：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (its architecture is {architecture}, not clip): pick the mmproj file that came with the model</source>
        <translation>{file} はビジョンプロジェクターではありません（アーキテクチャが clip ではなく {architecture} です）。モデルに付属の mmproj ファイルを選んでください</translation>
    </message>
    <message>
        <source>the model {file} cannot be read: {reason}</source>
        <translation>モデル {file} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s tools</source>
        <translation>チャットのツール設定を読み取れません</translation>
    </message>
    <message>
        <source>cannot save the chat&apos;s tools</source>
        <translation>チャットのツール設定を保存できません</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file)</source>
        <translation>このモデルは画像を認識できません。ビジョンプロジェクター（mmproj ファイル）と一緒に読み込んでください</translation>
    </message>
    <message>
        <source>The image is not a data:image base64 URL of at most 40 MB</source>
        <translation>画像が 40 MB 以下の data:image base64 URL ではありません</translation>
    </message>
    <message>
        <source>The image&apos;s base64 data is damaged: {reason}</source>
        <translation>画像の base64 データが破損しています：{reason}</translation>
    </message>
    <message>
        <source>{file} is a projector for audio, not images</source>
        <translation>{file} は画像ではなく音声用のプロジェクターです</translation>
    </message>
    <message>
        <source>{file} makes image vectors of size {projector} but this model&apos;s embeddings have size {model}: it was made for another model</source>
        <translation>{file} が作る画像ベクトルのサイズは {projector} ですが、このモデルの埋め込みのサイズは {model} です。別のモデル用のプロジェクターです</translation>
    </message>
    <message>
        <source>The image is too large to open safely (it may be a decompression bomb): {reason}</source>
        <translation>画像が大きすぎて安全に開けません（解凍爆弾の可能性があります）：{reason}</translation>
    </message>
    <message>
        <source>The image is empty (0 bytes)</source>
        <translation>画像が空です（0 バイト）</translation>
    </message>
    <message>
        <source>The image is {size} MB; at most {limit} MB are read</source>
        <translation>画像のサイズは {size} MB です。読み込めるのは {limit} MB までです</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused (it may be a decompression bomb)</source>
        <translation>画像は {width} x {height} ピクセルです。{limit} 百万ピクセルを超える画像は受け付けません（解凍爆弾の可能性があります）</translation>
    </message>
    <message>
        <source>The image is damaged or truncated: {reason}</source>
        <translation>画像が破損しているか途中で切れています：{reason}</translation>
    </message>
    <message>
        <source>The image is too large to open in the memory available</source>
        <translation>画像が大きすぎて、使用可能なメモリでは開けません</translation>
    </message>
    <message>
        <source>This is not an image Desktop LLM can read (PNG, JPEG, WebP, GIF or BMP)</source>
        <translation>Desktop LLM で読み取れる画像ではありません（PNG、JPEG、WebP、GIF、BMP）</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused</source>
        <translation>画像は {width} x {height} ピクセルです。{limit} 百万ピクセルを超える画像は受け付けません</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, WebP, GIF or BMP file</source>
        <translation>画像が PNG、JPEG、WebP、GIF、BMP のいずれのファイルでもありません</translation>
    </message>
    <message>
        <source>llama.cpp could not load the vision projector {name}: {reason}</source>
        <translation>llama.cpp でビジョンプロジェクター {name} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>{name} is an audio projector: it cannot read images</source>
        <translation>{name} は音声用のプロジェクターのため、画像を読み取れません</translation>
    </message>
    <message>
        <source>llama.cpp could not take the image ({width} x {height})</source>
        <translation>llama.cpp で画像（{width} x {height}）を受け取れません</translation>
    </message>
    <message>
        <source>llama.cpp could not prepare the images for the model (mtmd_tokenize returned {result})</source>
        <translation>llama.cpp でモデル用に画像を準備できません（mtmd_tokenize の戻り値：{result}）</translation>
    </message>
    <message>
        <source>images need the model loaded with one parallel slot</source>
        <translation>画像を使うには、並列スロット 1 つでモデルを読み込む必要があります</translation>
    </message>
    <message>
        <source>vision projector not found: {path}</source>
        <translation>ビジョンプロジェクターが見つかりません：{path}</translation>
    </message>
    <message>
        <source>{name} is not a usable vision projector: {reason}</source>
        <translation>{name} は使用できるビジョンプロジェクターではありません：{reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a vision projector (mmproj)</source>
        <translation>{name} はモデルであり、ビジョンプロジェクター（mmproj）ではありません</translation>
    </message>
    <message>
        <source>{model} cannot use the projector {projector}: {reason}</source>
        <translation>{model} ではプロジェクター {projector} を使用できません：{reason}</translation>
    </message>
    <message>
        <source>llama.cpp found no room in the context&apos;s KV cache for the next tokens</source>
        <translation>llama.cpp：コンテキストの KV キャッシュに次のトークンを入れる空きがありません</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the tokens (llama_decode returned {result})</source>
        <translation>llama.cpp でトークンを評価できません（llama_decode の戻り値：{result}）</translation>
    </message>
    <message>
        <source>the request&apos;s grammar cannot be parsed by llama.cpp</source>
        <translation>リクエストの文法（grammar）を llama.cpp で解析できません</translation>
    </message>
    <message>
        <source>the prompt has {count} tokens; a slot&apos;s context holds {n_ctx}</source>
        <translation>プロンプトは {count} トークンですが、1 つのスロットのコンテキストに入るのは {n_ctx} トークンです</translation>
    </message>
</context>
</TS>
