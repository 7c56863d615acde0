<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Run message</source>
        <translation>运行消息</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) here</source>
        <translation>
            <numerusform>在本机约 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) here</source>
        <translation>
            <numerusform>在本机约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) here</source>
        <translation>
            <numerusform>在本机约 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{examples} ({held} held out to check), {passes} passes (%n step(s)), learning rate {rate}, rank {rank}, {duration}</source>
        <translation>
            <numerusform>{examples}（留出 {held} 条用于检验），{passes} 遍（%n 步），学习率 {rate}，秩 {rank}，{duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n 条样本</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopping early once the validation loss stops falling</source>
        <translation>，验证损失不再下降时提前停止</translation>
    </message>
    <message>
        <source>The validation loss is still high ({before} → {after}): the model may not have learned your data yet. “Train longer” continues from this adapter.</source>
        <translation>验证损失仍然偏高（{before} → {after}）：模型可能还没有学会你的数据。“延长训练”会从这个适配器接着训练。</translation>
    </message>
    <message>
        <source>The validation loss stopped falling while still high ({before} → {after}): more or clearer examples, or a larger rank, may help more than more steps.</source>
        <translation>验证损失在偏高时已不再下降（{before} → {after}）：更多或更清楚的样本、或更大的秩，可能比更多步数更有帮助。</translation>
    </message>
    <message>
        <source>Finished. Switch the adapter on under the chat, or press “Use in chat”.</source>
        <translation>已完成。在对话下方启用适配器，或点击“在对话中使用”。</translation>
    </message>
    <message>
        <source>Learned: the validation loss fell from {before} to {after}.</source>
        <translation>已学会：验证损失从 {before} 降到 {after}。</translation>
    </message>
    <message>
        <source>Stopped at step {step}; its checkpoint is kept. Resume continues from it.</source>
        <translation>已在第 {step} 步停止，检查点已保留。点击“继续”将从此处接着训练。</translation>
    </message>
    <message>
        <source>Training on {device}</source>
        <translation>正在 {device} 上训练</translation>
    </message>
    <message>
        <source>step %v of %m · {phase}</source>
        <translation>第 %v / %m 步 · {phase}</translation>
    </message>
    <message>
        <source>{step} / {total} (epoch {epoch})</source>
        <translation>{step} / {total}（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/秒</translation>
    </message>
    <message>
        <source>{size} GiB peak</source>
        <translation>峰值 {size} GiB</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Fine-tune a LoRA adapter on your own examples, then use it in chat.</source>
        <translation>用你自己的示例微调 LoRA 适配器，然后在对话中使用。</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>新建训练</translation>
    </message>
    <message>
        <source>Make a dataset…</source>
        <translation>制作数据集…</translation>
    </message>
    <message>
        <source>Training is not enabled. {reason}</source>
        <translation>训练功能未启用。{reason}</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>还没有训练记录</translation>
    </message>
    <message>
        <source>Choose a base model and a data file in the form, then press Start training. Each run is listed here with its progress.</source>
        <translation>在表单中选择基础模型和数据文件，然后点击“开始训练”。每次训练及其进度都会列在这里。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Use in chat</source>
        <translation>在对话中使用</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Train longer</source>
        <translation>延长训练</translation>
    </message>
    <message>
        <source>Continue from this run&apos;s best adapter for as many steps again, as a new run</source>
        <translation>从这次训练最好的适配器出发，再训练同样多的步数，作为一次新的训练</translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation>无法开始训练</translation>
    </message>
    <message>
        <source>Stopping at the end of this step (a checkpoint is kept)…</source>
        <translation>将在本步结束时停止（会保留检查点）…</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>无法继续训练</translation>
    </message>
    <message>
        <source>Cannot train longer</source>
        <translation>无法延长训练</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除训练记录</translation>
    </message>
    <message>
        <source>Delete the run “{name}” and its files (checkpoints and adapter)?
{folder}</source>
        <translation>删除训练“{name}”及其文件（检查点和适配器）？
{folder}</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>没有对话</translation>
    </message>
    <message>
        <source>There are no saved conversations yet.</source>
        <translation>还没有已保存的对话。</translation>
    </message>
    <message>
        <source>Use the most recent how many conversations (of {count})?</source>
        <translation>使用最近的多少个对话（共 {count} 个）？</translation>
    </message>
    <message>
        <source>Dataset from conversations</source>
        <translation>从对话生成数据集</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>保存数据集</translation>
    </message>
    <message>
        <source>conversations.jsonl</source>
        <translation>对话.jsonl</translation>
    </message>
    <message>
        <source>JSONL (*.jsonl)</source>
        <translation>JSONL 文件 (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation>无法保存数据集</translation>
    </message>
    <message numerus="yes">
        <source> (%n conversation(s) written)</source>
        <translation>
            <numerusform>（已写入 %n 个对话）</numerusform>
        </translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>模型与数据</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>A GGUF file, or a Hugging Face model folder (safetensors) of the same model</source>
        <translation>GGUF 文件，或同一模型的 Hugging Face 模型文件夹（safetensors）</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>基础模型：</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>训练数据文件</translation>
    </message>
    <message>
        <source>A JSONL or plain text file</source>
        <translation>JSONL 或纯文本文件</translation>
    </message>
    <message>
        <source>JSONL (chat messages, or instruction/input/output records) or a plain text file</source>
        <translation>JSONL（对话消息，或 instruction/input/output 记录）或纯文本文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>From conversations…</source>
        <translation>从对话生成…</translation>
    </message>
    <message>
        <source>Build a dataset from your saved conversations</source>
        <translation>用你保存的对话生成数据集</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>Choose a data file.</source>
        <translation>请选择数据文件。</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>数据检查</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>Skip bad lines and train on the rest</source>
        <translation>跳过错误行，用其余数据训练</translation>
    </message>
    <message>
        <source>Preview with the chat template</source>
        <translation>使用对话模板的预览</translation>
    </message>
    <message>
        <source>The first examples, formatted with the model&apos;s chat template</source>
        <translation>前几个示例，按模型的对话模板格式化</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>LoRA alpha</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Steps (0: use epochs)</source>
        <translation>步数（0：按轮数）</translation>
    </message>
    <message>
        <source>auto (from epochs)</source>
        <translation>自动（按轮数）</translation>
    </message>
    <message>
        <source>The number of optimizer steps. 0 (auto): as many as the epochs take.</source>
        <translation>优化器的步数。0（自动）：按设定的轮数计算。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>梯度累积</translation>
    </message>
    <message>
        <source>Maximum sequence length</source>
        <translation>最大序列长度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Evaluate every N steps (0: about 10 times)</source>
        <translation>每 N 步评估一次（0：约 10 次）</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>auto (about 10 times)</source>
        <translation>自动（约 10 次）</translation>
    </message>
    <message>
        <source>How often the validation loss is measured. 0 (auto): about ten times over the run.</source>
        <translation>验证损失的测量频率。0（自动）：整个训练过程中约测量十次。</translation>
    </message>
    <message>
        <source>Rank / alpha:</source>
        <translation>秩 / alpha：</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <source>Target modules:</source>
        <translation>目标模块：</translation>
    </message>
    <message>
        <source>Learning rate / schedule:</source>
        <translation>学习率 / 调度：</translation>
    </message>
    <message>
        <source>Epochs / steps:</source>
        <translation>轮数 / 步数：</translation>
    </message>
    <message>
        <source>Batch / accumulation:</source>
        <translation>批大小 / 累积：</translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation>最大序列长度：</translation>
    </message>
    <message>
        <source>Seed / validation:</source>
        <translation>种子 / 验证集：</translation>
    </message>
    <message>
        <source>Evaluate every:</source>
        <translation>评估间隔：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>内存估算</translation>
    </message>
    <message>
        <source>Use smaller settings</source>
        <translation>使用更小的设置</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>训练名称</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Base model (GGUF)</source>
        <translation>基础模型（GGUF）</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Or a Hugging Face model folder</source>
        <translation>或选择 Hugging Face 模型文件夹</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Data (*.jsonl *.json *.txt *.md);;All files (*)</source>
        <translation>数据 (*.jsonl *.json *.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Cannot check the data: {reason}</source>
        <translation>无法检查数据：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n chat example(s)</source>
        <translation>
            <numerusform>%n 个对话示例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction example(s)</source>
        <translation>
            <numerusform>%n 个指令示例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text example(s)</source>
        <translation>
            <numerusform>%n 个文本示例</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ {file}: {examples}, every line is valid.</source>
        <translation>✓ {file}：{examples}，所有行均有效。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {file}: {examples}, %n bad line(s):</source>
        <translation>
            <numerusform>⚠ {file}：{examples}，%n 个错误行：</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>RAM (CPU training: slow)</source>
        <translation>内存（CPU 训练：较慢）</translation>
    </message>
    <message>
        <source>for the longest batch, {batch} × {tokens} tokens (estimated from the data&apos;s characters)</source>
        <translation>按最长的批次计，{batch} × {tokens} 个 token（根据数据的字符数估算）</translation>
    </message>
    <message>
        <source>for full batches of {tokens} tokens (no data yet)</source>
        <translation>按每条 {tokens} 个 token 的满批次计（尚无数据）</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — fits in {available} GiB of {where}.</source>
        <translation>内存：{estimate}，{basis} —— 可放入 {available} GiB {where}。</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — does not fit in {available} GiB of {where}.</source>
        <translation>内存：{estimate}，{basis} —— 超出 {available} GiB {where}。</translation>
    </message>
    <message>
        <source>≈ {total} GiB: weights {weights}, LoRA {lora}, optimizer {optimizer}, activations {activations}, runtime {runtime}</source>
        <translation>≈ {total} GiB：权重 {weights}，LoRA {lora}，优化器 {optimizer}，激活 {activations}，运行时 {runtime}</translation>
    </message>
    <message>
        <source>Memory: reading the model…</source>
        <translation>内存：正在读取模型…</translation>
    </message>
    <message>
        <source>Memory: no estimate for this model (not a GGUF file).</source>
        <translation>内存：无法估算此模型（不是 GGUF 文件）。</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>train loss {loss} at step {step}</source>
        <translation>第 {step} 步训练损失 {loss}</translation>
    </message>
    <message>
        <source>validation loss {loss} at step {step}</source>
        <translation>第 {step} 步验证损失 {loss}</translation>
    </message>
    <message>
        <source>no points yet</source>
        <translation>尚无数据点</translation>
    </message>
    <message>
        <source>The loss curve appears when training starts</source>
        <translation>开始训练后会显示损失曲线</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>正在写入适配器…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>导出中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>{name} — {status}, step {step}</source>
        <translation>{name} — {status}，第 {step} 步</translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation>第 {step} / {total} 步</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>{name} — {phase}, {where}</source>
        <translation>{name} — {phase}，{where}</translation>
    </message>
    <message>
        <source>{loss} (perplexity {perplexity})</source>
        <translation>{loss}（困惑度 {perplexity}）</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <source>only a finished run can be trained longer; Resume continues a stopped one</source>
        <translation>只有已完成的训练才能延长训练；已停止的训练请用“继续”</translation>
    </message>
    <message>
        <source>{name} (longer)</source>
        <translation>{name}（延长）</translation>
    </message>
    <message>
        <source>saved conversations are not available here</source>
        <translation>此处无法使用已保存的对话</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Attention (q, k, v, o)</source>
        <translation>注意力层（q、k、v、o）</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>所有线性层</translation>
    </message>
    <message>
        <source>Query and value only</source>
        <translation>仅 query 和 value</translation>
    </message>
    <message>
        <source>choose a base model</source>
        <translation>请选择基础模型</translation>
    </message>
    <message>
        <source>choose a training data file</source>
        <translation>请选择训练数据文件</translation>
    </message>
    <message>
        <source>rank must be between 1 and 512, got {value}</source>
        <translation>秩必须在 1 到 512 之间，当前为 {value}</translation>
    </message>
    <message>
        <source>alpha must be positive, got {value}</source>
        <translation>alpha 必须为正数，当前为 {value}</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {value}</source>
        <translation>dropout 必须在 [0, 1) 范围内，当前为 {value}</translation>
    </message>
    <message>
        <source>choose at least one target module</source>
        <translation>请至少选择一个目标模块</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 1], got {value}</source>
        <translation>学习率必须在 (0, 1] 范围内，当前为 {value}</translation>
    </message>
    <message>
        <source>schedule must be one of {choices}</source>
        <translation>学习率调度必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>warm-up ratio must be in [0, 1), got {value}</source>
        <translation>预热比例必须在 [0, 1) 范围内，当前为 {value}</translation>
    </message>
    <message>
        <source>set a number of epochs or of steps</source>
        <translation>请设置轮数或步数</translation>
    </message>
    <message>
        <source>steps must be &gt;= 0, got {value}</source>
        <translation>步数必须 &gt;= 0，当前为 {value}</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 1024, got {value}</source>
        <translation>批大小必须在 1 到 1024 之间，当前为 {value}</translation>
    </message>
    <message>
        <source>gradient accumulation must be between 1 and 1024, got {value}</source>
        <translation>梯度累积必须在 1 到 1024 之间，当前为 {value}</translation>
    </message>
    <message>
        <source>max sequence length must be between 16 and 131072, got {value}</source>
        <translation>最大序列长度必须在 16 到 131072 之间，当前为 {value}</translation>
    </message>
    <message>
        <source>validation fraction must be in [0, 0.9), got {value}</source>
        <translation>验证集比例必须在 [0, 0.9) 范围内，当前为 {value}</translation>
    </message>
    <message>
        <source>intervals must be &gt;= 0</source>
        <translation>间隔必须 &gt;= 0</translation>
    </message>
    <message>
        <source>patience must be between 1 and 1000 evaluations, got {value}</source>
        <translation>耐心值必须在 1 到 1000 次评估之间，当前为 {value}</translation>
    </message>
    <message>
        <source>device must be one of {choices}</source>
        <translation>设备必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>GPUs must be between 1 and {most}, got {value}</source>
        <translation>GPU 数量必须在 1 到 {most} 之间，当前为 {value}</translation>
    </message>
    <message>
        <source>Quick try</source>
        <translation>快速尝试</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>充分</translation>
    </message>
    <message>
        <source>lines need either &quot;messages&quot; (chat form) or &quot;instruction&quot;/&quot;output&quot; (instruction form)</source>
        <translation>每行需要包含 &quot;messages&quot;（对话格式）或 &quot;instruction&quot;/&quot;output&quot;（指令格式）</translation>
    </message>
    <message>
        <source>message {index} is not an object</source>
        <translation>第 {index} 条消息不是对象</translation>
    </message>
    <message>
        <source>message {index} has role {role}; use system, user or assistant</source>
        <translation>第 {index} 条消息的角色为 {role}；请使用 system、user 或 assistant</translation>
    </message>
    <message>
        <source>message {index} has no text content</source>
        <translation>第 {index} 条消息没有文本内容</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation>&quot;messages&quot; 必须是非空列表</translation>
    </message>
    <message>
        <source>no assistant message with text: nothing to learn from this line</source>
        <translation>没有带文本的 assistant 消息：此行没有可学习的内容</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is missing or empty</source>
        <translation>&quot;instruction&quot; 缺失或为空</translation>
    </message>
    <message>
        <source>&quot;output&quot; is missing or empty</source>
        <translation>&quot;output&quot; 缺失或为空</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be text</source>
        <translation>&quot;input&quot; 必须是文本</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation>不是 UTF-8 编码（第 {byte} 字节）；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <source>{count} characters; at most {limit}</source>
        <translation>{count} 个字符；最多 {limit} 个</translation>
    </message>
    <message>
        <source>invalid JSON ({reason} at column {column})</source>
        <translation>无效的 JSON（第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <source>JSON nested too deeply (arrays or objects inside each other)</source>
        <translation>JSON 嵌套过深（数组或对象层层嵌套）</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>每行必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>— line {line} —</source>
        <translation>— 第 {line} 行 —</translation>
    </message>
    <message>
        <source>(the loss is taken on the assistant replies only)</source>
        <translation>（仅在 assistant 回复上计算损失）</translation>
    </message>
    <message>
        <source>cannot create the run&apos;s folder in {folder}: {reason}</source>
        <translation>无法在 {folder} 中创建训练文件夹：{reason}</translation>
    </message>
    <message>
        <source>{name} is still running</source>
        <translation>{name} 仍在运行</translation>
    </message>
    <message>
        <source>{name} has already finished</source>
        <translation>{name} 已经完成</translation>
    </message>
    <message>
        <source>cannot resume {name}: {reason} ({folder})</source>
        <translation>无法继续 {name}：{reason}（{folder}）</translation>
    </message>
    <message>
        <source>{name} is still running: stop it first</source>
        <translation>{name} 仍在运行：请先停止</translation>
    </message>
    <message>
        <source>training run {id} no longer exists (it was deleted)</source>
        <translation>训练任务 {id} 已不存在（已被删除）</translation>
    </message>
    <message>
        <source>Automatic (from your data)</source>
        <translation>自动（根据你的数据）</translation>
    </message>
    <message>
        <source>Make a dataset</source>
        <translation>制作数据集</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>数据集来源</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>一个文档</translation>
    </message>
    <message>
        <source>A knowledge collection</source>
        <translation>一个知识库集合</translation>
    </message>
    <message>
        <source>A CSV or JSONL table</source>
        <translation>一个 CSV 或 JSONL 表格</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>已保存的对话</translation>
    </message>
    <message>
        <source>Pairs per passage</source>
        <translation>每段的问答对数</translation>
    </message>
    <message>
        <source>Pairs per passage:</source>
        <translation>每段的问答对数：</translation>
    </message>
    <message>
        <source>A longer source is sampled evenly down to this many passages</source>
        <translation>较长的来源会被均匀抽取到这么多段</translation>
    </message>
    <message>
        <source>Passages at most</source>
        <translation>最多段数</translation>
    </message>
    <message>
        <source>Passages at most:</source>
        <translation>最多段数：</translation>
    </message>
    <message>
        <source>Optional: a system message written into every example</source>
        <translation>可选：写入每个示例的系统消息</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <source>Write pairs</source>
        <translation>生成问答对</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dataset progress</source>
        <translation>数据集进度</translation>
    </message>
    <message>
        <source>Dataset status</source>
        <translation>数据集状态</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>保存并使用</translation>
    </message>
    <message>
        <source>Save as JSONL in {folder} and use it in the Train form</source>
        <translation>以 JSONL 保存到 {folder}，并在训练表单中使用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>A txt, md, pdf, docx or html file</source>
        <translation>txt、md、pdf、docx 或 html 文件</translation>
    </message>
    <message>
        <source>Knowledge collection</source>
        <translation>知识库集合</translation>
    </message>
    <message>
        <source>Table file</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <source>A CSV file with a header row, or JSONL</source>
        <translation>带表头行的 CSV 文件，或 JSONL</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Prompt column:</source>
        <translation>提示列：</translation>
    </message>
    <message>
        <source>Answer column:</source>
        <translation>回答列：</translation>
    </message>
    <message>
        <source>System column:</source>
        <translation>系统消息列：</translation>
    </message>
    <message>
        <source>Your saved conversations, each as one example (its current branch).</source>
        <translation>你保存的对话，每个对话作为一个示例（其当前分支）。</translation>
    </message>
    <message>
        <source>Choose conversations…</source>
        <translation>选择对话…</translation>
    </message>
    <message>
        <source>Use the rows</source>
        <translation>使用这些行</translation>
    </message>
    <message>
        <source>There are no knowledge collections yet: add one on the Knowledge page.</source>
        <translation>还没有知识库集合：请在“知识库”页面添加一个。</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)</source>
        <translation>文档 (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>请先选择一个文档。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used</source>
        <translation>
            <numerusform>已使用 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (empty or too long)</source>
        <translation>
            <numerusform>跳过了 %n 行（为空或过长）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) past the limit left out</source>
        <translation>
            <numerusform>超出上限的 %n 行未包含</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} pairs to {path}</source>
        <translation>已将 {count} 个问答对保存到 {path}</translation>
    </message>
    <message>
        <source>Loading the model and reading the source…</source>
        <translation>正在加载模型并读取来源…</translation>
    </message>
    <message numerus="yes">
        <source>Passage {done} of {total} · %n pair(s)</source>
        <translation>
            <numerusform>第 {done} 段，共 {total} 段 · %n 个问答对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>大约还剩 {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) written from {chunks} passages.</source>
        <translation>
            <numerusform>已从 {chunks} 段中写出 %n 个问答对。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} passages were taken from the interrupted run.</source>
        <translation>有 {count} 段取自上次中断的运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped: the model&apos;s reply could not be read twice.</source>
        <translation>
            <numerusform>跳过了 %n 段：模型的回复两次都无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them, then save.</source>
        <translation>请检查后保存。</translation>
    </message>
    <message>
        <source>Cancelled. The passages answered so far are kept: Write pairs again to go on from there.</source>
        <translation>已取消。已回答的段落会保留：再次点击“生成问答对”即可从中断处继续。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), columns: {columns}</source>
        <translation>
            <numerusform>%n 行，列：{columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects skipped</source>
        <translation>
            <numerusform>跳过了 %n 行非 JSON 对象的内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation>问答对</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Ask the model for a new pair from this row&apos;s passage</source>
        <translation>让模型根据这一行的段落写一个新的问答对</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>正在重新生成…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n 个问答对</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair has no source passage to write a new one from.</source>
        <translation>这个问答对没有可用来重新生成的来源段落。</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <source>No model is selected: choose one at the top of the window.</source>
        <translation>未选择模型：请在窗口顶部选择一个。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a table may be at most {limit} MB</source>
        <translation>{name} 有 {size} MB；表格最多 {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} has no columns: it needs a header row (CSV) or JSON objects (JSONL)</source>
        <translation>{name} 没有列：需要表头行（CSV）或 JSON 对象（JSONL）</translation>
    </message>
    <message>
        <source>the CSV cannot be read at line {line}: {reason}</source>
        <translation>CSV 在第 {line} 行无法读取：{reason}</translation>
    </message>
    <message>
        <source>the table has no column “{column}” (chosen as the {role}); its columns: {columns}</source>
        <translation>表格中没有列“{column}”（被选为 {role}）；它的列有：{columns}</translation>
    </message>
    <message>
        <source>the prompt and the answer are the same column “{column}”</source>
        <translation>提示和回答是同一列“{column}”</translation>
    </message>
    <message>
        <source>the context window ({n_ctx} tokens) is too small to write {count} pairs a chunk; raise it in Settings or ask for fewer pairs</source>
        <translation>上下文窗口（{n_ctx} 个词元）太小，无法每段写 {count} 个问答对；请在设置中调大，或减少问答对数</translation>
    </message>
    <message>
        <source>the model&apos;s reply held no readable question and answer; try again</source>
        <translation>模型的回复中没有可读取的问题和回答；请重试</translation>
    </message>
    <message>
        <source>{name} has no text to write questions about</source>
        <translation>{name} 中没有可用来出题的文本</translation>
    </message>
    <message>
        <source>cannot open the knowledge database: {reason}</source>
        <translation>无法打开知识库数据库：{reason}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>这个集合已不存在（已被删除）</translation>
    </message>
    <message>
        <source>cannot read the knowledge database: {reason}</source>
        <translation>无法读取知识库数据库：{reason}</translation>
    </message>
    <message>
        <source>the collection “{name}” has no indexed text yet</source>
        <translation>集合“{name}”还没有已索引的文本</translation>
    </message>
    <message>
        <source>the dataset is empty: keep at least one pair</source>
        <translation>数据集为空：请至少保留一个问答对</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Train on this many GPUs at once (data-parallel). Each GPU holds the whole model and takes its own batches, so a step takes that many times more examples and an epoch fewer steps. The memory estimate is per GPU.</source>
        <translation>同时在这么多块 GPU 上训练（数据并行）。每块 GPU 都装载完整的模型并处理各自的批次，因此每一步会用到成倍的样本，每轮的步数相应减少。内存估算按单块 GPU 计算。</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <source>Recompute each layer&apos;s activations in the backward pass instead of keeping them: much less memory for long examples, about a third slower.</source>
        <translation>在反向传播时重新计算每一层的激活值，而不是一直保留：长样本占用的内存大幅减少，速度约慢三分之一。</translation>
    </message>
    <message>
        <source>4-bit base (QLoRA)</source>
        <translation>4 位基础模型（QLoRA）</translation>
    </message>
    <message>
        <source>Load the base model in 4 bits (bitsandbytes): about a quarter of the memory of its weights, so an 8B model trains on a 24 GB GPU. The adapter still applies to the GGUF model.</source>
        <translation>以 4 位精度加载基础模型（bitsandbytes）：权重只占约四分之一的内存，8B 模型可在 24 GB 的 GPU 上训练。训练出的适配器仍可用于 GGUF 模型。</translation>
    </message>
    <message>
        <source>A 4-bit base needs an NVIDIA GPU with CUDA (and bitsandbytes), which this computer does not have.</source>
        <translation>4 位基础模型需要支持 CUDA 的 NVIDIA GPU（以及 bitsandbytes），而这台电脑不具备。</translation>
    </message>
    <message>
        <source>Memory savers:</source>
        <translation>节省内存：</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU 数量：</translation>
    </message>
    <message>
        <source>each of {count} GPUs ({name})</source>
        <translation>{count} 块 GPU（{name}）中的每一块</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>no clear verdict</source>
        <translation>无明确结论</translation>
    </message>
    <message>
        <source>Evaluate “{name}”</source>
        <translation>评估“{name}”</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>评判模型：</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评判模型</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>不评判</translation>
    </message>
    <message>
        <source>The run&apos;s base model (local)</source>
        <translation>本次训练的基础模型（本地）</translation>
    </message>
    <message>
        <source>A model that says which answer is closer to the dataset&apos;s answer</source>
        <translation>由一个模型判断哪个回答更接近数据集中的答案</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Closer to the reference</source>
        <translation>更接近参考答案</translation>
    </message>
    <message>
        <source>Evaluation table</source>
        <translation>评估结果表</translation>
    </message>
    <message>
        <source>Asks the validation prompts the run held out, to the base model and to the adapter, and shows the answers side by side.</source>
        <translation>将本次训练留出的验证提示词分别发给基础模型和适配器，并排显示它们的回答。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>validation loss {before} → {after}</source>
        <translation>验证损失 {before} → {after}</translation>
    </message>
    <message>
        <source>judge {judge}: adapter closer {adapter}, base closer {base}, tie {tie}, no clear verdict {unparsed}</source>
        <translation>评判模型 {judge}：适配器更接近 {adapter}，基础模型更接近 {base}，平局 {tie}，无明确结论 {unparsed}</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>第 {done} / {total} 步</translation>
    </message>
    <message>
        <source>stopped after {count} prompts</source>
        <translation>已在 {count} 个提示词后停止</translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation>导出评估结果</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Q4_K_M — smallest, a little less exact</source>
        <translation>Q4_K_M — 最小，精度略低</translation>
    </message>
    <message>
        <source>Q5_K_M — small, close to exact</source>
        <translation>Q5_K_M — 较小，接近原始精度</translation>
    </message>
    <message>
        <source>Q8_0 — about half of F16, nearly exact</source>
        <translation>Q8_0 — 约为 F16 的一半，几乎无损</translation>
    </message>
    <message>
        <source>F16 — largest, exact</source>
        <translation>F16 — 最大，无损</translation>
    </message>
    <message>
        <source>Export merged model</source>
        <translation>导出合并后的模型</translation>
    </message>
    <message>
        <source>Writes the base model with the adapter “{name}” merged into it as one GGUF file in your model library, and an Ollama Modelfile beside it.</source>
        <translation>将合并了适配器“{name}”的基础模型写入模型库，成为单个 GGUF 文件，并在旁边生成一个 Ollama Modelfile。</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>量化：</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>已取消；未保留任何文件。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation>正在量化…</translation>
    </message>
    <message>
        <source>Saved {name} ({size}) in the model library; the Ollama Modelfile is beside it:
{folder}</source>
        <translation>已将 {name}（{size}）保存到模型库，Ollama Modelfile 位于同一位置：
{folder}</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More actions for this run</source>
        <translation>此训练的更多操作</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Ask the held-out validation prompts to the base model and to the adapter, side by side, with an optional judge</source>
        <translation>将留出的验证提示词分别发给基础模型和适配器并排对比，可选用评判模型</translation>
    </message>
    <message>
        <source>Export merged model…</source>
        <translation>导出合并后的模型…</translation>
    </message>
    <message>
        <source>Merge the adapter into the base model as one GGUF in your library, with an Ollama Modelfile</source>
        <translation>将适配器合并进基础模型，作为单个 GGUF 存入模型库，并附带 Ollama Modelfile</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s data file {path}: {reason}</source>
        <translation>无法读取本次训练的数据文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>the run&apos;s data file {path} has no usable examples any more</source>
        <translation>本次训练的数据文件 {path} 中已没有可用的样本</translation>
    </message>
    <message>
        <source>the run held out no prompts to ask (no validation split, or plain-text data with no questions)</source>
        <translation>本次训练没有留出可用于提问的提示词（没有划分验证集，或数据是不含问题的纯文本）</translation>
    </message>
    <message>
        <source>run {name} has no adapter to evaluate (it did not finish)</source>
        <translation>训练 {name} 没有可评估的适配器（训练未完成）</translation>
    </message>
    <message>
        <source>cannot start the {step} step: {reason}</source>
        <translation>无法启动 {step} 步骤：{reason}</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>the {step} step took longer than {hours} hours and was stopped</source>
        <translation>{step} 步骤耗时超过 {hours} 小时，已被停止</translation>
    </message>
    <message>
        <source>the {step} step failed: {reason}</source>
        <translation>{step} 步骤失败：{reason}</translation>
    </message>
    <message>
        <source>unknown quantization {quant} (one of {choices})</source>
        <translation>未知的量化类型 {quant}（可选：{choices}）</translation>
    </message>
    <message>
        <source>run {name} has no adapter to merge (it did not finish)</source>
        <translation>训练 {name} 没有可合并的适配器（训练未完成）</translation>
    </message>
    <message>
        <source>a merged GGUF needs the base model as a GGUF file; {base} is not one (export the adapter and merge with llama.cpp&apos;s tools instead)</source>
        <translation>合并为 GGUF 需要 GGUF 格式的基础模型；{base} 不是 GGUF 文件（请改为导出适配器，再用 llama.cpp 的工具合并）</translation>
    </message>
    <message>
        <source>{path} already exists: delete it in the library or choose another name</source>
        <translation>{path} 已存在：请在模型库中删除它，或换一个名称</translation>
    </message>
    <message>
        <source>the quantized model is not a readable GGUF: {reason}</source>
        <translation>量化后的模型不是可读取的 GGUF：{reason}</translation>
    </message>
    <message>
        <source>run {name} has no adapter (it did not finish)</source>
        <translation>训练 {name} 没有适配器（训练未完成）</translation>
    </message>
    <message>
        <source>unknown judge {judge}</source>
        <translation>未知的评判模型 {judge}</translation>
    </message>
    <message>
        <source>cannot read the {what} {name}: {reason}</source>
        <translation>无法读取 {what} {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a GGUF LoRA adapter</source>
        <translation>{name} 不是 GGUF 格式的 LoRA 适配器</translation>
    </message>
    <message>
        <source>the adapter has only one half of {tensor}</source>
        <translation>适配器只包含 {tensor} 的一半</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} has mismatched shapes {a} and {b}</source>
        <translation>适配器的 {tensor} 形状不匹配：{a} 与 {b}</translation>
    </message>
    <message>
        <source>the adapter {name} has no LoRA tensors</source>
        <translation>适配器 {name} 中没有 LoRA 张量</translation>
    </message>
    <message>
        <source>the base model&apos;s key {key} is a nested array, which cannot be copied</source>
        <translation>基础模型的键 {key} 是嵌套数组，无法复制</translation>
    </message>
    <message>
        <source>the adapter is for {adapter} models but the base model is {base}</source>
        <translation>该适配器适用于 {adapter} 模型，但基础模型是 {base}</translation>
    </message>
    <message>
        <source>the base model has no tensor {tensor}: the adapter was trained on another model</source>
        <translation>基础模型中没有张量 {tensor}：该适配器是在其他模型上训练的</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} is {adapter} but the base model&apos;s is {base}: the adapter was trained on another model</source>
        <translation>适配器的 {tensor} 为 {adapter}，而基础模型的为 {base}：该适配器是在其他模型上训练的</translation>
    </message>
    <message>
        <source>{tensor}: {reason}</source>
        <translation>{tensor}：{reason}</translation>
    </message>
</context>
</TS>
