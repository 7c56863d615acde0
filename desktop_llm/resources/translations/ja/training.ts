<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Run message</source>
        <translation>実行メッセージ</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>学習の進捗</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) here</source>
        <translation>
            <numerusform>このコンピューターで約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) here</source>
        <translation>
            <numerusform>このコンピューターで約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) here</source>
        <translation>
            <numerusform>このコンピューターで約 %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{examples} ({held} held out to check), {passes} passes (%n step(s)), learning rate {rate}, rank {rank}, {duration}</source>
        <translation>
            <numerusform>{examples}（うち {held} 件は検証用）、{passes} 周（%n ステップ）、学習率 {rate}、ランク {rank}、{duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>例 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopping early once the validation loss stops falling</source>
        <translation>、検証損失が下がらなくなった時点で早期終了</translation>
    </message>
    <message>
        <source>The validation loss is still high ({before} → {after}): the model may not have learned your data yet. “Train longer” continues from this adapter.</source>
        <translation>検証損失はまだ高いままです（{before} → {after}）。モデルはまだデータを十分に学習できていない可能性があります。「さらに学習」でこのアダプターから続けられます。</translation>
    </message>
    <message>
        <source>The validation loss stopped falling while still high ({before} → {after}): more or clearer examples, or a larger rank, may help more than more steps.</source>
        <translation>検証損失が高いまま下がらなくなりました（{before} → {after}）。ステップ数を増やすより、例を増やすか分かりやすくする、またはランクを大きくするほうが効果的かもしれません。</translation>
    </message>
    <message>
        <source>Finished. Switch the adapter on under the chat, or press “Use in chat”.</source>
        <translation>完了しました。チャットの下でアダプターを有効にするか、「チャットで使う」を押してください。</translation>
    </message>
    <message>
        <source>Learned: the validation loss fell from {before} to {after}.</source>
        <translation>学習できました：検証損失が {before} から {after} に下がりました。</translation>
    </message>
    <message>
        <source>Stopped at step {step}; its checkpoint is kept. Resume continues from it.</source>
        <translation>ステップ {step} で停止しました。チェックポイントは保存されています。「再開」でここから続行します。</translation>
    </message>
    <message>
        <source>Training on {device}</source>
        <translation>{device} で学習中</translation>
    </message>
    <message>
        <source>step %v of %m · {phase}</source>
        <translation>ステップ %v / %m · {phase}</translation>
    </message>
    <message>
        <source>{step} / {total} (epoch {epoch})</source>
        <translation>{step} / {total}（エポック {epoch}）</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} トークン/秒</translation>
    </message>
    <message>
        <source>{size} GiB peak</source>
        <translation>ピーク {size} GiB</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Fine-tune a LoRA adapter on your own examples, then use it in chat.</source>
        <translation>自分の例で LoRA アダプターをファインチューニングし、チャットで使います。</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>新しい学習</translation>
    </message>
    <message>
        <source>Make a dataset…</source>
        <translation>データセットを作成…</translation>
    </message>
    <message>
        <source>Training is not enabled. {reason}</source>
        <translation>学習機能が有効になっていません。{reason}</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>学習の一覧</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>学習の一覧</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>まだ学習はありません</translation>
    </message>
    <message>
        <source>Choose a base model and a data file in the form, then press Start training. Each run is listed here with its progress.</source>
        <translation>フォームでベースモデルとデータを選び、「学習を開始」を押してください。学習の進捗はここに表示されます。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Use in chat</source>
        <translation>チャットで使う</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Train longer</source>
        <translation>さらに学習</translation>
    </message>
    <message>
        <source>Continue from this run&apos;s best adapter for as many steps again, as a new run</source>
        <translation>この学習で最良のアダプターから、同じステップ数だけ新しい学習として続けます</translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation>学習を開始できません</translation>
    </message>
    <message>
        <source>Stopping at the end of this step (a checkpoint is kept)…</source>
        <translation>このステップの終わりで停止します（チェックポイントは保存されます）…</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>再開できません</translation>
    </message>
    <message>
        <source>Cannot train longer</source>
        <translation>さらに学習できません</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>学習の削除</translation>
    </message>
    <message>
        <source>Delete the run “{name}” and its files (checkpoints and adapter)?
{folder}</source>
        <translation>学習「{name}」とそのファイル（チェックポイントとアダプター）を削除しますか？
{folder}</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>会話がありません</translation>
    </message>
    <message>
        <source>There are no saved conversations yet.</source>
        <translation>保存された会話はまだありません。</translation>
    </message>
    <message>
        <source>Use the most recent how many conversations (of {count})?</source>
        <translation>最近の会話をいくつ使いますか（全 {count} 件）？</translation>
    </message>
    <message>
        <source>Dataset from conversations</source>
        <translation>会話からデータセットを作成</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>データセットを保存</translation>
    </message>
    <message>
        <source>conversations.jsonl</source>
        <translation>conversations.jsonl</translation>
    </message>
    <message>
        <source>JSONL (*.jsonl)</source>
        <translation>JSONL ファイル (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation>データセットを保存できません</translation>
    </message>
    <message numerus="yes">
        <source> (%n conversation(s) written)</source>
        <translation>
            <numerusform>（%n 件の会話を書き出しました）</numerusform>
        </translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>モデルとデータ</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
    <message>
        <source>A GGUF file, or a Hugging Face model folder (safetensors) of the same model</source>
        <translation>GGUF ファイル、または同じモデルの Hugging Face モデルフォルダー（safetensors）</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>ベースモデル:</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>学習データファイル</translation>
    </message>
    <message>
        <source>A JSONL or plain text file</source>
        <translation>JSONL またはテキストファイル</translation>
    </message>
    <message>
        <source>JSONL (chat messages, or instruction/input/output records) or a plain text file</source>
        <translation>JSONL（チャットメッセージ、または instruction/input/output レコード）またはテキストファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>From conversations…</source>
        <translation>会話から…</translation>
    </message>
    <message>
        <source>Build a dataset from your saved conversations</source>
        <translation>保存した会話からデータセットを作成します</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>データ:</translation>
    </message>
    <message>
        <source>Choose a data file.</source>
        <translation>データファイルを選んでください。</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>データチェック</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>不正な行</translation>
    </message>
    <message>
        <source>Skip bad lines and train on the rest</source>
        <translation>不正な行をスキップして残りで学習する</translation>
    </message>
    <message>
        <source>Preview with the chat template</source>
        <translation>チャットテンプレートによるプレビュー</translation>
    </message>
    <message>
        <source>The first examples, formatted with the model&apos;s chat template</source>
        <translation>最初のいくつかの例を、モデルのチャットテンプレートで整形して表示します</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA ランク</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>LoRA alpha</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>ドロップアウト</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Steps (0: use epochs)</source>
        <translation>ステップ数（0: エポック数に従う）</translation>
    </message>
    <message>
        <source>auto (from epochs)</source>
        <translation>自動（エポック数から）</translation>
    </message>
    <message>
        <source>The number of optimizer steps. 0 (auto): as many as the epochs take.</source>
        <translation>オプティマイザーのステップ数。0（自動）: エポック数に必要なだけ。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>勾配累積</translation>
    </message>
    <message>
        <source>Maximum sequence length</source>
        <translation>最大シーケンス長</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>検証データの割合</translation>
    </message>
    <message>
        <source>Evaluate every N steps (0: about 10 times)</source>
        <translation>N ステップごとに評価（0: 約 10 回）</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> ステップ</translation>
    </message>
    <message>
        <source>auto (about 10 times)</source>
        <translation>自動（約 10 回）</translation>
    </message>
    <message>
        <source>How often the validation loss is measured. 0 (auto): about ten times over the run.</source>
        <translation>検証損失を測定する間隔。0（自動）: 学習全体で約 10 回。</translation>
    </message>
    <message>
        <source>Rank / alpha:</source>
        <translation>ランク / alpha:</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>ドロップアウト:</translation>
    </message>
    <message>
        <source>Target modules:</source>
        <translation>対象モジュール:</translation>
    </message>
    <message>
        <source>Learning rate / schedule:</source>
        <translation>学習率 / スケジュール:</translation>
    </message>
    <message>
        <source>Epochs / steps:</source>
        <translation>エポック / ステップ:</translation>
    </message>
    <message>
        <source>Batch / accumulation:</source>
        <translation>バッチ / 累積:</translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation>最大シーケンス長:</translation>
    </message>
    <message>
        <source>Seed / validation:</source>
        <translation>シード / 検証:</translation>
    </message>
    <message>
        <source>Evaluate every:</source>
        <translation>評価間隔:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>学習プラン</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>メモリの見積もり</translation>
    </message>
    <message>
        <source>Use smaller settings</source>
        <translation>小さい設定を使う</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>学習の名前</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <source>Base model (GGUF)</source>
        <translation>ベースモデル（GGUF）</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Or a Hugging Face model folder</source>
        <translation>または Hugging Face モデルフォルダー</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>学習データ</translation>
    </message>
    <message>
        <source>Data (*.jsonl *.json *.txt *.md);;All files (*)</source>
        <translation>データ (*.jsonl *.json *.txt *.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} を確認中…</translation>
    </message>
    <message>
        <source>Cannot check the data: {reason}</source>
        <translation>データを確認できません: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n chat example(s)</source>
        <translation>
            <numerusform>チャット例 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction example(s)</source>
        <translation>
            <numerusform>指示例 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text example(s)</source>
        <translation>
            <numerusform>テキスト例 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ {file}: {examples}, every line is valid.</source>
        <translation>✓ {file}: {examples}、すべての行が有効です。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {file}: {examples}, %n bad line(s):</source>
        <translation>
            <numerusform>⚠ {file}: {examples}、不正な行 %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>RAM (CPU training: slow)</source>
        <translation>RAM（CPU 学習: 低速）</translation>
    </message>
    <message>
        <source>for the longest batch, {batch} × {tokens} tokens (estimated from the data&apos;s characters)</source>
        <translation>最長のバッチ {batch} × {tokens} トークンの場合（データの文字数から推定）</translation>
    </message>
    <message>
        <source>for full batches of {tokens} tokens (no data yet)</source>
        <translation>{tokens} トークンのフルバッチの場合（データ未指定）</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — fits in {available} GiB of {where}.</source>
        <translation>メモリ: {estimate}、{basis} — {where} の {available} GiB に収まります。</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — does not fit in {available} GiB of {where}.</source>
        <translation>メモリ: {estimate}、{basis} — {where} の {available} GiB に収まりません。</translation>
    </message>
    <message>
        <source>≈ {total} GiB: weights {weights}, LoRA {lora}, optimizer {optimizer}, activations {activations}, runtime {runtime}</source>
        <translation>≈ {total} GiB: 重み {weights}、LoRA {lora}、オプティマイザー {optimizer}、活性化 {activations}、ランタイム {runtime}</translation>
    </message>
    <message>
        <source>Memory: reading the model…</source>
        <translation>メモリ: モデルを読み込み中…</translation>
    </message>
    <message>
        <source>Memory: no estimate for this model (not a GGUF file).</source>
        <translation>メモリ: このモデルは見積もれません（GGUF ファイルではありません）。</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>損失曲線</translation>
    </message>
    <message>
        <source>train loss {loss} at step {step}</source>
        <translation>ステップ {step} の学習損失 {loss}</translation>
    </message>
    <message>
        <source>validation loss {loss} at step {step}</source>
        <translation>ステップ {step} の検証損失 {loss}</translation>
    </message>
    <message>
        <source>no points yet</source>
        <translation>まだデータ点がありません</translation>
    </message>
    <message>
        <source>The loss curve appears when training starts</source>
        <translation>学習が始まると損失曲線が表示されます</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>アダプターを書き出し中…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>書き出し中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>{name} — {status}, step {step}</source>
        <translation>{name} — {status}、ステップ {step}</translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation>ステップ {step} / {total}</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>ステップ {step}</translation>
    </message>
    <message>
        <source>{name} — {phase}, {where}</source>
        <translation>{name} — {phase}、{where}</translation>
    </message>
    <message>
        <source>{loss} (perplexity {perplexity})</source>
        <translation>{loss}（パープレキシティ {perplexity}）</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line} 行目：{message}</translation>
    </message>
    <message>
        <source>only a finished run can be trained longer; Resume continues a stopped one</source>
        <translation>さらに学習できるのは完了した学習だけです。停止した学習は「再開」で続けられます</translation>
    </message>
    <message>
        <source>{name} (longer)</source>
        <translation>{name}（延長）</translation>
    </message>
    <message>
        <source>saved conversations are not available here</source>
        <translation>ここでは保存された会話を使えません</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません: {reason}</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Attention (q, k, v, o)</source>
        <translation>アテンション（q、k、v、o）</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>すべての線形層</translation>
    </message>
    <message>
        <source>Query and value only</source>
        <translation>query と value のみ</translation>
    </message>
    <message>
        <source>choose a base model</source>
        <translation>ベースモデルを選択してください</translation>
    </message>
    <message>
        <source>choose a training data file</source>
        <translation>学習データファイルを選択してください</translation>
    </message>
    <message>
        <source>rank must be between 1 and 512, got {value}</source>
        <translation>ランクは 1～512 の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>alpha must be positive, got {value}</source>
        <translation>alpha は正の値にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {value}</source>
        <translation>ドロップアウトは [0, 1) の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>choose at least one target module</source>
        <translation>対象モジュールを 1 つ以上選択してください</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 1], got {value}</source>
        <translation>学習率は (0, 1] の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>schedule must be one of {choices}</source>
        <translation>スケジュールは次のいずれかにしてください：{choices}</translation>
    </message>
    <message>
        <source>warm-up ratio must be in [0, 1), got {value}</source>
        <translation>ウォームアップの割合は [0, 1) の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>set a number of epochs or of steps</source>
        <translation>エポック数またはステップ数を設定してください</translation>
    </message>
    <message>
        <source>steps must be &gt;= 0, got {value}</source>
        <translation>ステップ数は 0 以上にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 1024, got {value}</source>
        <translation>バッチサイズは 1～1024 の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>gradient accumulation must be between 1 and 1024, got {value}</source>
        <translation>勾配累積は 1～1024 の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>max sequence length must be between 16 and 131072, got {value}</source>
        <translation>最大シーケンス長は 16～131072 の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>validation fraction must be in [0, 0.9), got {value}</source>
        <translation>検証データの割合は [0, 0.9) の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>intervals must be &gt;= 0</source>
        <translation>間隔は 0 以上にしてください</translation>
    </message>
    <message>
        <source>patience must be between 1 and 1000 evaluations, got {value}</source>
        <translation>patience は評価 1～1000 回の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>device must be one of {choices}</source>
        <translation>デバイスは次のいずれかにしてください：{choices}</translation>
    </message>
    <message>
        <source>GPUs must be between 1 and {most}, got {value}</source>
        <translation>GPU の数は 1～{most} の範囲で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>Quick try</source>
        <translation>お試し</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>じっくり</translation>
    </message>
    <message>
        <source>lines need either &quot;messages&quot; (chat form) or &quot;instruction&quot;/&quot;output&quot; (instruction form)</source>
        <translation>各行には &quot;messages&quot;（チャット形式）または &quot;instruction&quot;/&quot;output&quot;（指示形式）が必要です</translation>
    </message>
    <message>
        <source>message {index} is not an object</source>
        <translation>メッセージ {index} がオブジェクトではありません</translation>
    </message>
    <message>
        <source>message {index} has role {role}; use system, user or assistant</source>
        <translation>メッセージ {index} のロールが {role} です。system、user、assistant のいずれかを使用してください</translation>
    </message>
    <message>
        <source>message {index} has no text content</source>
        <translation>メッセージ {index} にテキストの内容がありません</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation>&quot;messages&quot; は空でないリストにしてください</translation>
    </message>
    <message>
        <source>no assistant message with text: nothing to learn from this line</source>
        <translation>テキストのある assistant メッセージがありません：この行から学習できる内容がありません</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is missing or empty</source>
        <translation>&quot;instruction&quot; がないか空です</translation>
    </message>
    <message>
        <source>&quot;output&quot; is missing or empty</source>
        <translation>&quot;output&quot; がないか空です</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be text</source>
        <translation>&quot;input&quot; はテキストにしてください</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation>UTF-8 ではありません（{byte} バイト目）。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>{count} characters; at most {limit}</source>
        <translation>{count} 文字（最大 {limit} 文字）</translation>
    </message>
    <message>
        <source>invalid JSON ({reason} at column {column})</source>
        <translation>無効な JSON（{column} 列目：{reason}）</translation>
    </message>
    <message>
        <source>JSON nested too deeply (arrays or objects inside each other)</source>
        <translation>JSON の入れ子が深すぎます（配列やオブジェクトが何重にも入れ子になっています）</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>各行は JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>ファイルにテキストがありません</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>— line {line} —</source>
        <translation>— {line} 行目 —</translation>
    </message>
    <message>
        <source>(the loss is taken on the assistant replies only)</source>
        <translation>（損失は assistant の返信だけで計算します）</translation>
    </message>
    <message>
        <source>cannot create the run&apos;s folder in {folder}: {reason}</source>
        <translation>{folder} に学習用のフォルダーを作成できません：{reason}</translation>
    </message>
    <message>
        <source>{name} is still running</source>
        <translation>{name} はまだ実行中です</translation>
    </message>
    <message>
        <source>{name} has already finished</source>
        <translation>{name} は既に終了しています</translation>
    </message>
    <message>
        <source>cannot resume {name}: {reason} ({folder})</source>
        <translation>{name} を再開できません：{reason}（{folder}）</translation>
    </message>
    <message>
        <source>{name} is still running: stop it first</source>
        <translation>{name} はまだ実行中です：先に停止してください</translation>
    </message>
    <message>
        <source>training run {id} no longer exists (it was deleted)</source>
        <translation>学習 {id} はもう存在しません（削除されました）</translation>
    </message>
    <message>
        <source>Automatic (from your data)</source>
        <translation>自動（データに合わせる）</translation>
    </message>
    <message>
        <source>Make a dataset</source>
        <translation>データセットを作成</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>作成元:</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>データセットの作成元</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>A knowledge collection</source>
        <translation>ナレッジのコレクション</translation>
    </message>
    <message>
        <source>A CSV or JSONL table</source>
        <translation>CSV または JSONL の表</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>保存した会話</translation>
    </message>
    <message>
        <source>Pairs per passage</source>
        <translation>抜粋ごとのペア数</translation>
    </message>
    <message>
        <source>Pairs per passage:</source>
        <translation>抜粋ごとのペア数:</translation>
    </message>
    <message>
        <source>A longer source is sampled evenly down to this many passages</source>
        <translation>長い作成元からは、この数の抜粋を均等に取り出します</translation>
    </message>
    <message>
        <source>Passages at most</source>
        <translation>抜粋の最大数</translation>
    </message>
    <message>
        <source>Passages at most:</source>
        <translation>抜粋の最大数:</translation>
    </message>
    <message>
        <source>Optional: a system message written into every example</source>
        <translation>省略可：すべての例に書き込むシステムメッセージ</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>システムメッセージ</translation>
    </message>
    <message>
        <source>Write pairs</source>
        <translation>ペアを作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Dataset progress</source>
        <translation>データセット作成の進捗</translation>
    </message>
    <message>
        <source>Dataset status</source>
        <translation>データセットの状態</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>データセットの名前</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>保存して使う</translation>
    </message>
    <message>
        <source>Save as JSONL in {folder} and use it in the Train form</source>
        <translation>{folder} に JSONL として保存し、学習フォームで使います</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>A txt, md, pdf, docx or html file</source>
        <translation>txt、md、pdf、docx、html ファイル</translation>
    </message>
    <message>
        <source>Knowledge collection</source>
        <translation>ナレッジのコレクション</translation>
    </message>
    <message>
        <source>Table file</source>
        <translation>表ファイル</translation>
    </message>
    <message>
        <source>A CSV file with a header row, or JSONL</source>
        <translation>ヘッダー行のある CSV ファイル、または JSONL</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Prompt column:</source>
        <translation>プロンプトの列:</translation>
    </message>
    <message>
        <source>Answer column:</source>
        <translation>回答の列:</translation>
    </message>
    <message>
        <source>System column:</source>
        <translation>システムの列:</translation>
    </message>
    <message>
        <source>Your saved conversations, each as one example (its current branch).</source>
        <translation>保存した会話を、1 つの会話につき 1 つの例として使います（現在のブランチ）。</translation>
    </message>
    <message>
        <source>Choose conversations…</source>
        <translation>会話を選択…</translation>
    </message>
    <message>
        <source>Use the rows</source>
        <translation>行を使う</translation>
    </message>
    <message>
        <source>There are no knowledge collections yet: add one on the Knowledge page.</source>
        <translation>ナレッジのコレクションはまだありません。「ナレッジ」ページで追加してください。</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)</source>
        <translation>文書 (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>表 (*.csv *.tsv *.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>表を読み込み中…</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>先に文書を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used</source>
        <translation>
            <numerusform>%n 行を使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (empty or too long)</source>
        <translation>
            <numerusform>%n 行をスキップ（空または長すぎ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) past the limit left out</source>
        <translation>
            <numerusform>上限を超えた %n 行は除外</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} pairs to {path}</source>
        <translation>{count} 個のペアを {path} に保存しました</translation>
    </message>
    <message>
        <source>Loading the model and reading the source…</source>
        <translation>モデルを読み込み、作成元を読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>Passage {done} of {total} · %n pair(s)</source>
        <translation>
            <numerusform>抜粋 {done} / {total} · %n ペア</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped</source>
        <translation>
            <numerusform>%n 個の抜粋をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>残り約 {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) written from {chunks} passages.</source>
        <translation>
            <numerusform>{chunks} 個の抜粋から %n 個のペアを作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} passages were taken from the interrupted run.</source>
        <translation>中断された作成から {count} 個の抜粋を引き継ぎました。</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped: the model&apos;s reply could not be read twice.</source>
        <translation>
            <numerusform>%n 個の抜粋をスキップしました：モデルの返信を 2 回とも読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them, then save.</source>
        <translation>内容を確認してから保存してください。</translation>
    </message>
    <message>
        <source>Cancelled. The passages answered so far are kept: Write pairs again to go on from there.</source>
        <translation>キャンセルしました。ここまでに回答された抜粋は保持されます。もう一度「ペアを作成」を押すと続きから再開します。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), columns: {columns}</source>
        <translation>
            <numerusform>%n 行、列：{columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects skipped</source>
        <translation>
            <numerusform>JSON オブジェクトではない %n 行をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation>質問と回答のペア</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Ask the model for a new pair from this row&apos;s passage</source>
        <translation>この行の抜粋から新しいペアをモデルに作成させます</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>再生成中…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n ペア</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair has no source passage to write a new one from.</source>
        <translation>このペアには、新しいペアを作るための元の抜粋がありません。</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>モデルが選択されていません。</translation>
    </message>
    <message>
        <source>No model is selected: choose one at the top of the window.</source>
        <translation>モデルが選択されていません。ウィンドウ上部で選択してください。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a table may be at most {limit} MB</source>
        <translation>{name} は {size} MB です。表は最大 {limit} MB までです</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>{name} has no columns: it needs a header row (CSV) or JSON objects (JSONL)</source>
        <translation>{name} に列がありません。ヘッダー行（CSV）または JSON オブジェクト（JSONL）が必要です</translation>
    </message>
    <message>
        <source>the CSV cannot be read at line {line}: {reason}</source>
        <translation>CSV の {line} 行目を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>the table has no column “{column}” (chosen as the {role}); its columns: {columns}</source>
        <translation>表に列「{column}」（{role} として選択）がありません。表の列：{columns}</translation>
    </message>
    <message>
        <source>the prompt and the answer are the same column “{column}”</source>
        <translation>プロンプトと回答が同じ列「{column}」になっています</translation>
    </message>
    <message>
        <source>the context window ({n_ctx} tokens) is too small to write {count} pairs a chunk; raise it in Settings or ask for fewer pairs</source>
        <translation>コンテキストウィンドウ（{n_ctx} トークン）が小さすぎて、抜粋ごとに {count} 個のペアを作成できません。「設定」で大きくするか、ペア数を減らしてください</translation>
    </message>
    <message>
        <source>the model&apos;s reply held no readable question and answer; try again</source>
        <translation>モデルの返信から質問と回答を読み取れませんでした。もう一度お試しください</translation>
    </message>
    <message>
        <source>{name} has no text to write questions about</source>
        <translation>{name} には質問を作れるテキストがありません</translation>
    </message>
    <message>
        <source>cannot open the knowledge database: {reason}</source>
        <translation>ナレッジのデータベースを開けません：{reason}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>このコレクションはもう存在しません（削除されました）</translation>
    </message>
    <message>
        <source>cannot read the knowledge database: {reason}</source>
        <translation>ナレッジのデータベースを読み取れません：{reason}</translation>
    </message>
    <message>
        <source>the collection “{name}” has no indexed text yet</source>
        <translation>コレクション「{name}」にはまだインデックス済みのテキストがありません</translation>
    </message>
    <message>
        <source>the dataset is empty: keep at least one pair</source>
        <translation>データセットが空です。ペアを 1 つ以上残してください</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU の数</translation>
    </message>
    <message>
        <source>Train on this many GPUs at once (data-parallel). Each GPU holds the whole model and takes its own batches, so a step takes that many times more examples and an epoch fewer steps. The memory estimate is per GPU.</source>
        <translation>この数の GPU で同時に学習します（データ並列）。各 GPU がモデル全体を保持して別々のバッチを処理するため、1 ステップで使う例はその倍数だけ増え、1 エポックのステップ数は減ります。メモリの見積もりは GPU 1 台あたりです。</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>勾配チェックポイント</translation>
    </message>
    <message>
        <source>Recompute each layer&apos;s activations in the backward pass instead of keeping them: much less memory for long examples, about a third slower.</source>
        <translation>各層の活性化を保持せず、逆伝播のときに再計算します。長い例ではメモリを大幅に節約できますが、約 3 割遅くなります。</translation>
    </message>
    <message>
        <source>4-bit base (QLoRA)</source>
        <translation>4 ビットのベースモデル（QLoRA）</translation>
    </message>
    <message>
        <source>Load the base model in 4 bits (bitsandbytes): about a quarter of the memory of its weights, so an 8B model trains on a 24 GB GPU. The adapter still applies to the GGUF model.</source>
        <translation>ベースモデルを 4 ビットで読み込みます（bitsandbytes）。重みのメモリが約 4 分の 1 になり、8B モデルを 24 GB の GPU で学習できます。作成したアダプターは GGUF モデルにもそのまま使えます。</translation>
    </message>
    <message>
        <source>A 4-bit base needs an NVIDIA GPU with CUDA (and bitsandbytes), which this computer does not have.</source>
        <translation>4 ビットのベースモデルには CUDA 対応の NVIDIA GPU（と bitsandbytes）が必要ですが、このコンピューターにはありません。</translation>
    </message>
    <message>
        <source>Memory savers:</source>
        <translation>メモリ節約:</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU の数:</translation>
    </message>
    <message>
        <source>each of {count} GPUs ({name})</source>
        <translation>{count} 台の GPU（{name}）のそれぞれ</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>no clear verdict</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>Evaluate “{name}”</source>
        <translation>「{name}」を評価</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>判定モデル:</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>判定モデル</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>The run&apos;s base model (local)</source>
        <translation>この学習のベースモデル（ローカル）</translation>
    </message>
    <message>
        <source>A model that says which answer is closer to the dataset&apos;s answer</source>
        <translation>どちらの回答がデータセットの回答に近いかを判定するモデル</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照回答</translation>
    </message>
    <message>
        <source>Closer to the reference</source>
        <translation>参照回答に近いほう</translation>
    </message>
    <message>
        <source>Evaluation table</source>
        <translation>評価結果の表</translation>
    </message>
    <message>
        <source>Asks the validation prompts the run held out, to the base model and to the adapter, and shows the answers side by side.</source>
        <translation>この学習で検証用に取り分けたプロンプトをベースモデルとアダプターに送り、回答を並べて表示します。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>validation loss {before} → {after}</source>
        <translation>検証損失 {before} → {after}</translation>
    </message>
    <message>
        <source>judge {judge}: adapter closer {adapter}, base closer {base}, tie {tie}, no clear verdict {unparsed}</source>
        <translation>判定モデル {judge}：アダプターが近い {adapter}、ベースが近い {base}、引き分け {tie}、判定不能 {unparsed}</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>{done} / {total} ステップ</translation>
    </message>
    <message>
        <source>stopped after {count} prompts</source>
        <translation>{count} 個のプロンプトで停止しました</translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation>評価をエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Q4_K_M — smallest, a little less exact</source>
        <translation>Q4_K_M — 最小、精度はやや低め</translation>
    </message>
    <message>
        <source>Q5_K_M — small, close to exact</source>
        <translation>Q5_K_M — 小さめ、ほぼ元の精度</translation>
    </message>
    <message>
        <source>Q8_0 — about half of F16, nearly exact</source>
        <translation>Q8_0 — F16 の約半分、ほとんど劣化なし</translation>
    </message>
    <message>
        <source>F16 — largest, exact</source>
        <translation>F16 — 最大、劣化なし</translation>
    </message>
    <message>
        <source>Export merged model</source>
        <translation>統合したモデルをエクスポート</translation>
    </message>
    <message>
        <source>Writes the base model with the adapter “{name}” merged into it as one GGUF file in your model library, and an Ollama Modelfile beside it.</source>
        <translation>アダプター「{name}」を統合したベースモデルを 1 つの GGUF ファイルとしてライブラリに書き出し、同じ場所に Ollama の Modelfile も作成します。</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>量子化:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>キャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>統合中…</translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation>量子化中…</translation>
    </message>
    <message>
        <source>Saved {name} ({size}) in the model library; the Ollama Modelfile is beside it:
{folder}</source>
        <translation>{name}（{size}）をライブラリに保存しました。Ollama の Modelfile も同じ場所にあります：
{folder}</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>More actions for this run</source>
        <translation>この学習のその他の操作</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>評価…</translation>
    </message>
    <message>
        <source>Ask the held-out validation prompts to the base model and to the adapter, side by side, with an optional judge</source>
        <translation>検証用に取り分けたプロンプトをベースモデルとアダプターに送り、並べて比較します（判定モデルも使用可）</translation>
    </message>
    <message>
        <source>Export merged model…</source>
        <translation>統合したモデルをエクスポート…</translation>
    </message>
    <message>
        <source>Merge the adapter into the base model as one GGUF in your library, with an Ollama Modelfile</source>
        <translation>アダプターをベースモデルに統合して 1 つの GGUF としてライブラリに保存し、Ollama の Modelfile も作成します</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s data file {path}: {reason}</source>
        <translation>学習のデータファイル {path} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>the run&apos;s data file {path} has no usable examples any more</source>
        <translation>学習のデータファイル {path} に使用できる例がもうありません</translation>
    </message>
    <message>
        <source>the run held out no prompts to ask (no validation split, or plain-text data with no questions)</source>
        <translation>この学習には検証用に取り分けたプロンプトがありません（検証データがないか、質問のないテキストデータです）</translation>
    </message>
    <message>
        <source>run {name} has no adapter to evaluate (it did not finish)</source>
        <translation>学習 {name} には評価できるアダプターがありません（完了していません）</translation>
    </message>
    <message>
        <source>cannot start the {step} step: {reason}</source>
        <translation>{step} の処理を開始できません：{reason}</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>エクスポートはキャンセルされました</translation>
    </message>
    <message>
        <source>the {step} step took longer than {hours} hours and was stopped</source>
        <translation>{step} の処理が {hours} 時間を超えたため停止しました</translation>
    </message>
    <message>
        <source>the {step} step failed: {reason}</source>
        <translation>{step} の処理に失敗しました：{reason}</translation>
    </message>
    <message>
        <source>unknown quantization {quant} (one of {choices})</source>
        <translation>不明な量子化 {quant}（次のいずれか：{choices}）</translation>
    </message>
    <message>
        <source>run {name} has no adapter to merge (it did not finish)</source>
        <translation>学習 {name} には統合できるアダプターがありません（完了していません）</translation>
    </message>
    <message>
        <source>a merged GGUF needs the base model as a GGUF file; {base} is not one (export the adapter and merge with llama.cpp&apos;s tools instead)</source>
        <translation>統合した GGUF を作るには、ベースモデルが GGUF ファイルである必要があります。{base} は GGUF ではありません（代わりにアダプターをエクスポートし、llama.cpp のツールで統合してください）</translation>
    </message>
    <message>
        <source>{path} already exists: delete it in the library or choose another name</source>
        <translation>{path} は既に存在します。ライブラリで削除するか、別の名前を選んでください</translation>
    </message>
    <message>
        <source>the quantized model is not a readable GGUF: {reason}</source>
        <translation>量子化したモデルが読み取り可能な GGUF ではありません：{reason}</translation>
    </message>
    <message>
        <source>run {name} has no adapter (it did not finish)</source>
        <translation>学習 {name} にはアダプターがありません（完了していません）</translation>
    </message>
    <message>
        <source>unknown judge {judge}</source>
        <translation>不明な判定モデル {judge}</translation>
    </message>
    <message>
        <source>cannot read the {what} {name}: {reason}</source>
        <translation>{what} {name} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a GGUF LoRA adapter</source>
        <translation>{name} は GGUF の LoRA アダプターではありません</translation>
    </message>
    <message>
        <source>the adapter has only one half of {tensor}</source>
        <translation>アダプターには {tensor} の片方しかありません</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} has mismatched shapes {a} and {b}</source>
        <translation>アダプターの {tensor} の形状 {a} と {b} が一致しません</translation>
    </message>
    <message>
        <source>the adapter {name} has no LoRA tensors</source>
        <translation>アダプター {name} に LoRA テンソルがありません</translation>
    </message>
    <message>
        <source>the base model&apos;s key {key} is a nested array, which cannot be copied</source>
        <translation>ベースモデルのキー {key} は入れ子の配列のため、コピーできません</translation>
    </message>
    <message>
        <source>the adapter is for {adapter} models but the base model is {base}</source>
        <translation>アダプターは {adapter} モデル用ですが、ベースモデルは {base} です</translation>
    </message>
    <message>
        <source>the base model has no tensor {tensor}: the adapter was trained on another model</source>
        <translation>ベースモデルにテンソル {tensor} がありません。アダプターは別のモデルで学習されています</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} is {adapter} but the base model&apos;s is {base}: the adapter was trained on another model</source>
        <translation>アダプターの {tensor} は {adapter} ですが、ベースモデルでは {base} です。アダプターは別のモデルで学習されています</translation>
    </message>
    <message>
        <source>{tensor}: {reason}</source>
        <translation>{tensor}：{reason}</translation>
    </message>
</context>
</TS>
