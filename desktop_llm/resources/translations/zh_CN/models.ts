<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>fits on GPU</source>
        <translation>可完全放入 GPU</translation>
    </message>
    <message>
        <source>partial offload</source>
        <translation>部分卸载到 GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Find models on Hugging Face and see which file fits this computer.</source>
        <translation>在 Hugging Face 上查找模型，看看哪个文件适合这台电脑。</translation>
    </message>
    <message>
        <source>Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)</source>
        <translation>在 Hugging Face 上搜索 GGUF 模型（如 llama 3.2、qwen、gemma）</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>trending</source>
        <translation>热门趋势</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>结果排序方式</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Models from {url}</source>
        <translation>模型来源：{url}</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>模型来源</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>模型来源状态</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>入门推荐</translation>
    </message>
    <message>
        <source>Pick a model on the left to see its files and whether they fit this computer.</source>
        <translation>在左侧选择一个模型，查看它的文件以及是否适合这台电脑。</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡片</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>This repository has a vision projector (mmproj): its models can read images.</source>
        <translation>此仓库带有视觉投影器（mmproj）：其中的模型可以识别图片。</translation>
    </message>
    <message>
        <source>Vision model</source>
        <translation>视觉模型</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影器</translation>
    </message>
    <message>
        <source>Vision projector to download with the model</source>
        <translation>随模型一起下载的视觉投影器</translation>
    </message>
    <message>
        <source>Downloaded with the model file, in the same download: it lets the model see images. The matching one is chosen by its name, else F16 or Q8_0.</source>
        <translation>与模型文件在同一次下载中一起下载，让模型能够识别图片。会按名称选择匹配的投影器，否则选择 F16 或 Q8_0。</translation>
    </message>
    <message>
        <source>Fit for context length</source>
        <translation>按上下文长度估算</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation>用于适配估算的上下文长度</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>所需内存</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, {gpu} {vram}</source>
        <translation>本机：{ram} 内存，{gpu} {vram}</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, no GPU found</source>
        <translation>本机：{ram} 内存，未找到 GPU</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>{message} Your downloaded models keep working.</source>
        <translation>{message} 已下载的模型仍可正常使用。</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>受限：需要令牌</translation>
    </message>
    <message>
        <source>No GGUF models match “{query}”. Try other or fewer words.</source>
        <translation>没有与“{query}”匹配的 GGUF 模型。请尝试其他或更少的关键词。</translation>
    </message>
    <message>
        <source>No GGUF models were found. Try other or fewer words.</source>
        <translation>未找到 GGUF 模型。请尝试其他或更少的关键词。</translation>
    </message>
    <message>
        <source>The search failed: {message} The list shows what was there before.</source>
        <translation>搜索失败：{message} 列表中显示的是之前的结果。</translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation>搜索失败：{message}</translation>
    </message>
    <message>
        <source>Hugging Face cannot be reached from this computer. Press Try again once you are online.</source>
        <translation>这台电脑无法连接 Hugging Face。联网后请点击“重试”。</translation>
    </message>
    <message>
        <source>The page of {repo} cannot be shown: {reason}</source>
        <translation>无法显示 {repo} 的页面：{reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>License: {license}    Base model: {base}    Languages: {languages}</source>
        <translation>许可证：{license}    基础模型：{base}    语言：{languages}</translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln download(s)</source>
        <translation>
            <numerusform>↓ %Ln 次下载</numerusform>
        </translation>
    </message>
    <message>
        <source>(gated: needs a token)</source>
        <translation>（受限：需要令牌）</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>(The fit estimate is unavailable: the file header could not be read.)</source>
        <translation>（无法估算适配情况：无法读取文件头。）</translation>
    </message>
    <message>
        <source>This repository has no GGUF files that desktop-llm can run.</source>
        <translation>此仓库没有 desktop-llm 可以运行的 GGUF 文件。</translation>
    </message>
    <message>
        <source>The matching projector (chosen for each file)</source>
        <translation>匹配的投影器（为每个文件分别选择）</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>无：仅文本</translation>
    </message>
    <message numerus="yes">
        <source>(%n part(s))</source>
        <translation>
            <numerusform>（%n 个分片）</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} + projector {projector}</source>
        <translation>{model} + 投影器 {projector}</translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation>GPU 层数：{layers}</translation>
    </message>
    <message>
        <source>Vision projector and its image buffer {projector}</source>
        <translation>视觉投影器及其图像缓冲区 {projector}</translation>
    </message>
    <message>
        <source>Weights {weights} + KV cache {kv} ({tokens} tokens) + compute {compute}</source>
        <translation>权重 {weights} + KV 缓存 {kv}（{tokens} 个词元）+ 计算 {compute}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>下载 {name}</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Models on their way to this computer. Downloads continue in the background and resume after a restart.</source>
        <translation>正在下载到这台电脑的模型。下载会在后台继续，重启后自动恢复。</translation>
    </message>
    <message>
        <source>No downloads yet</source>
        <translation>暂无下载</translation>
    </message>
    <message>
        <source>Find a model in Discover and press Download: it appears here with its progress, and lands in the Library when it is done.</source>
        <translation>在“发现”中找到模型并点击“下载”：它会连同进度显示在这里，完成后进入“模型库”。</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>无下载</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>浏览模型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>重试下载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>移除下载</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>The models on this computer: chat with one, make it the default, inspect its details.</source>
        <translation>这台电脑上的模型：与模型对话、设为默认、查看详细信息。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Local models</source>
        <translation>本地模型</translation>
    </message>
    <message>
        <source>Only the starter model so far</source>
        <translation>目前只有入门模型</translation>
    </message>
    <message>
        <source>It is small and quick, made for trying things out; larger models answer better. Find one in Discover, or import a .gguf file you already have.</source>
        <translation>它小巧快速，适合试用；更大的模型回答得更好。可在“发现”中查找，或导入已有的 .gguf 文件。</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>查看详情…</translation>
    </message>
    <message>
        <source>Import .gguf…</source>
        <translation>导入 .gguf…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Projector…</source>
        <translation>投影器…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>The starter model is part of the app and stays.</source>
        <translation>入门模型是应用的一部分，无法删除。</translation>
    </message>
    <message>
        <source>Adapters are deleted with their run, in the Train tab.</source>
        <translation>适配器需在“训练”页中随其训练任务一起删除。</translation>
    </message>
    <message>
        <source>Remove the selected model from the library</source>
        <translation>从模型库中移除所选模型</translation>
    </message>
    <message>
        <source>Sees images with {file}</source>
        <translation>通过 {file} 识别图片</translation>
    </message>
    <message>
        <source>Choose the vision projector (mmproj) that lets this model see images</source>
        <translation>选择让此模型能够识别图片的视觉投影器（mmproj）</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), {size} on disk · {folder}</source>
        <translation>
            <numerusform>%n 个模型，占用磁盘 {size} · {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>projector: {kind}</source>
        <translation>投影器：{kind}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>broken: {reason}</source>
        <translation>已损坏：{reason}</translation>
    </message>
    <message>
        <source>Delete… removes it from the library.</source>
        <translation>点击“删除…”可将其从模型库中移除。</translation>
    </message>
    <message>
        <source>Vision projector: {path}</source>
        <translation>视觉投影器：{path}</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>验证损失 {before} → {after}</translation>
    </message>
    <message>
        <source>LoRA adapter: {name}</source>
        <translation>LoRA 适配器：{name}</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message numerus="yes">
        <source>trained here, %n step(s)</source>
        <translation>
            <numerusform>本机训练，%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a projector file…</source>
        <translation>选择投影器文件…</translation>
    </message>
    <message>
        <source>Pair automatically (a projector in the model&apos;s folder)</source>
        <translation>自动配对（使用模型所在文件夹中的投影器）</translation>
    </message>
    <message>
        <source>Choose a vision projector</source>
        <translation>选择视觉投影器</translation>
    </message>
    <message>
        <source>Vision projectors (*.gguf)</source>
        <translation>视觉投影器 (*.gguf)</translation>
    </message>
    <message>
        <source>Projector not used</source>
        <translation>未使用投影器</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation>无法使用 {file}：{reason}</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA 适配器</translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation>入门模型</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library and delete its file?</source>
        <translation>要从模型库中移除 {name}（{size}）并删除其文件吗？</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library (the file itself stays where it is)?</source>
        <translation>要从模型库中移除 {name}（{size}）吗？（文件本身会保留在原处）</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>模型：{name}</translation>
    </message>
    <message>
        <source>{size} · {architecture} · {parameters} parameters · {quantization}</source>
        <translation>{size} · {architecture} · {parameters} 参数 · {quantization}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>{tensors} ({parameters} parameters)</source>
        <translation>{tensors}（{parameters} 个参数）</translation>
    </message>
    <message>
        <source>(this model has no chat template: ChatML is used)</source>
        <translation>（此模型没有对话模板：将使用 ChatML）</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible servers: vLLM, llama.cpp&apos;s llama-server, Ollama (…/v1), LM Studio, another desktop-llm, a hosted provider. Their models appear in the model list. API keys are kept in the system keychain, or a file only you can read.</source>
        <translation>其他兼容 OpenAI 的服务器：vLLM、llama.cpp 的 llama-server、Ollama（…/v1）、LM Studio、另一个 desktop-llm 或托管服务商。它们的模型会出现在模型列表中。API 密钥保存在系统钥匙串中，或保存在只有你能读取的文件中。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation>询问服务器</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Asking {address}…</source>
        <translation>正在询问 {address}…</translation>
    </message>
    <message>
        <source>Saved {name}; asking it for its models…</source>
        <translation>已保存 {name}；正在获取其模型列表…</translation>
    </message>
    <message>
        <source>no models listed</source>
        <translation>未列出模型</translation>
    </message>
    <message>
        <source>{name} answers: {models}</source>
        <translation>{name} 已响应：{models}</translation>
    </message>
    <message>
        <source>{name}: {status}. {message}</source>
        <translation>{name}：{status}。{message}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
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
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}：{error}</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可连接</translation>
    </message>
    <message>
        <source>401: key refused</source>
        <translation>401：密钥被拒绝</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>file ends inside the header while reading {what} at byte {position}</source>
        <translation>读取 {what} 时文件在文件头中途结束（第 {position} 字节）</translation>
    </message>
    <message>
        <source>{what} claims {size} bytes but the file has only {left} left: it is corrupt or cut short</source>
        <translation>{what} 声称有 {size} 字节，但文件只剩 {left} 字节：文件已损坏或不完整</translation>
    </message>
    <message>
        <source>file is empty or shorter than a GGUF header</source>
        <translation>文件为空，或短于 GGUF 文件头</translation>
    </message>
    <message>
        <source>not a GGUF file (it starts with {shown}; a GGUF file starts with &quot;GGUF&quot;)</source>
        <translation>不是 GGUF 文件（它以 {shown} 开头；GGUF 文件以 &quot;GGUF&quot; 开头）</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>不支持的 GGUF 版本 {version}（支持 2 和 3）</translation>
    </message>
    <message>
        <source>file is truncated: it has {size} bytes but its tensors need {expected} ({missing} missing); the download was probably interrupted</source>
        <translation>文件不完整：只有 {size} 字节，但其张量需要 {expected} 字节（缺少 {missing}）；下载可能被中断</translation>
    </message>
</context>
</TS>
