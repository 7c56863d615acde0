<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>no model is loaded</source>
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>找不到模型文件：{path}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name}：无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp 无法加载 {name}：{reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the LoRA adapters</source>
        <translation>llama.cpp 无法应用 LoRA 适配器</translation>
    </message>
    <message>
        <source>LoRA adapter not found: {path}</source>
        <translation>找不到 LoRA 适配器：{path}</translation>
    </message>
    <message>
        <source>{name} is not a usable GGUF adapter: {reason}</source>
        <translation>{name} 不是可用的 GGUF 适配器：{reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter</source>
        <translation>{name} 是模型，不是 LoRA 适配器</translation>
    </message>
    <message>
        <source>{name} was trained for a {trained} model; the loaded model is {loaded}</source>
        <translation>{name} 是为 {trained} 模型训练的；当前加载的模型是 {loaded}</translation>
    </message>
    <message>
        <source>llama.cpp could not load the adapter {name} onto this model: {reason}</source>
        <translation>llama.cpp 无法将适配器 {name} 加载到此模型上：{reason}</translation>
    </message>
    <message>
        <source>{name} is a reranker: it scores passages, it makes no embeddings</source>
        <translation>{name} 是重排序模型：它为段落打分，不生成嵌入向量</translation>
    </message>
    <message>
        <source>{name} is not a reranker (its pooling type is not rank)</source>
        <translation>{name} 不是重排序模型（其池化类型不是 rank）</translation>
    </message>
    <message>
        <source>this model&apos;s chat template does not support tools (it never writes them into the prompt); use a model whose template does, or send the request without tools</source>
        <translation>此模型的对话模板不支持工具（不会把工具写入提示词）；请换用模板支持工具的模型，或不带工具发送请求</translation>
    </message>
    <message>
        <source>this model&apos;s chat template could not render the request&apos;s tools: {reason}</source>
        <translation>此模型的对话模板无法渲染请求中的工具：{reason}</translation>
    </message>
    <message>
        <source>{name} is an embedding model: it finds passages for Knowledge but cannot write replies; choose a chat model</source>
        <translation>{name} 是嵌入模型：它为知识库查找段落，但不能生成回复；请选择聊天模型</translation>
    </message>
    <message>
        <source>the engine has been shut down</source>
        <translation>引擎已关闭</translation>
    </message>
    <message>
        <source>the engine is not answering ({kind}: {reason})</source>
        <translation>引擎没有响应（{kind}：{reason}）</translation>
    </message>
    <message>
        <source>the engine stopped answering ({reason})</source>
        <translation>引擎停止了响应（{reason}）</translation>
    </message>
    <message>
        <source>the engine sent a malformed answer: {reason}</source>
        <translation>引擎返回了格式错误的应答：{reason}</translation>
    </message>
    <message>
        <source>the engine connection broke mid-reply ({kind})</source>
        <translation>回复过程中与引擎的连接中断（{kind}）</translation>
    </message>
    <message>
        <source>the engine sent a malformed stream chunk: {reason}</source>
        <translation>引擎发送了格式错误的流数据块：{reason}</translation>
    </message>
    <message>
        <source>the engine ended the reply without finishing it</source>
        <translation>引擎在回复完成前就结束了</translation>
    </message>
    <message>
        <source>the engine sent a malformed status: {reason}</source>
        <translation>引擎返回了格式错误的状态：{reason}</translation>
    </message>
    <message>
        <source>the engine could not be started: {reason}</source>
        <translation>无法启动引擎：{reason}</translation>
    </message>
    <message>
        <source>the engine did not start within {seconds} s</source>
        <translation>引擎未能在 {seconds} 秒内启动</translation>
    </message>
    <message>
        <source>the engine failed to start: it {outcome}</source>
        <translation>引擎启动失败：{outcome}</translation>
    </message>
    <message>
        <source>the engine stopped unexpectedly: it {outcome}</source>
        <translation>引擎意外停止：{outcome}</translation>
    </message>
    <message>
        <source>cannot use the folder {folder}: {reason}. Make sure it is a folder you can write to, or set {env} to another one</source>
        <translation>无法使用文件夹 {folder}：{reason}。请确认这是你有写入权限的文件夹，或将 {env} 设为其他文件夹</translation>
    </message>
    <message>
        <source>{error}. It can be moved aside (kept, renamed) so the app starts with an empty history</source>
        <translation>{error}。可以将它移到一旁（保留并重命名），让应用以空的历史记录启动</translation>
    </message>
    <message>
        <source>{error}. Install the newer version, or move this database aside (kept, renamed) and start fresh</source>
        <translation>{error}。请安装较新的版本，或将此数据库移到一旁（保留并重命名）后重新开始</translation>
    </message>
    <message>
        <source>{error}. Close the other program using it (another desktop-llm command?) and try again</source>
        <translation>{error}。请关闭正在使用它的其他程序（另一个 desktop-llm 命令？）后重试</translation>
    </message>
    <message>
        <source>{error}. Check the permissions and free space of its folder, or set {env}</source>
        <translation>{error}。请检查其所在文件夹的权限和剩余空间，或设置 {env}</translation>
    </message>
    <message>
        <source>could not move the database {file} aside: {reason}</source>
        <translation>无法将数据库 {file} 移到一旁：{reason}</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is damaged ({reason})</source>
        <translation>{doing}：数据库 {path} 已损坏（{reason}）</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is locked by another program ({reason})</source>
        <translation>{doing}：数据库 {path} 被其他程序锁定（{reason}）</translation>
    </message>
    <message>
        <source>{doing}: the database {path} cannot be written ({reason})</source>
        <translation>{doing}：无法写入数据库 {path}（{reason}）</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}：{reason}</translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation>无法创建数据库 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>database write failed</source>
        <translation>数据库写入失败</translation>
    </message>
    <message>
        <source>the database {path} was written by a newer desktop-llm (schema {version}, this one knows {known})</source>
        <translation>数据库 {path} 由较新版本的 desktop-llm 写入（架构版本 {version}，当前版本只支持到 {known}）</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off.</source>
        <translation>离线模式已开启（HF_HUB_OFFLINE）：搜索和下载不可用。</translation>
    </message>
    <message>
        <source>{what} is gated: accept its license on the model&apos;s page, then set a token with access (HF_TOKEN).</source>
        <translation>{what} 需要授权访问：请在模型页面上接受其许可协议，然后设置有访问权限的令牌（HF_TOKEN）。</translation>
    </message>
    <message>
        <source>{what} was not found (or is private and needs a token).</source>
        <translation>找不到 {what}（或者它是私有的，需要令牌）。</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (HF_TOKEN).</source>
        <translation>{what} 需要有访问权限的 Hugging Face 令牌（HF_TOKEN）。</translation>
    </message>
    <message>
        <source>{what} was not found on the hub.</source>
        <translation>在 Hub 上找不到 {what}。</translation>
    </message>
    <message>
        <source>{site} answered {status} for {what}.</source>
        <translation>{site} 对 {what} 返回了 {status}。</translation>
    </message>
    <message>
        <source>{site} cannot be reached ({reason}); are you offline?</source>
        <translation>无法连接 {site}（{reason}）；是否处于离线状态？</translation>
    </message>
    <message>
        <source>{site} answered, but not as a Hugging Face hub does: /api/models sent {kind}, not a JSON list of models. Is the address right (no path after the server&apos;s name, for most mirrors)?</source>
        <translation>{site} 有响应，但不像 Hugging Face Hub：/api/models 返回的是 {kind}，而不是 JSON 格式的模型列表。地址是否正确？（大多数镜像的服务器名后面不带路径）</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason})</source>
        <translation>{site} 停止了响应（{reason}）</translation>
    </message>
    <message>
        <source>{site} answered /api/models with something other than a list of models; it does not look like a Hugging Face hub or mirror.</source>
        <translation>{site} 对 /api/models 返回的不是模型列表；它看起来不是 Hugging Face Hub 或镜像。</translation>
    </message>
    <message>
        <source>{site} sent an unreadable search answer: {reason}</source>
        <translation>{site} 返回了无法读取的搜索结果：{reason}</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason}); are you offline?</source>
        <translation>{site} 停止了响应（{reason}）；是否处于离线状态？</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (gated or private model: accept its license on huggingface.co and set HF_TOKEN).</source>
        <translation>{what} 需要有访问权限的 Hugging Face 令牌（需授权或私有模型：请在 huggingface.co 上接受其许可协议并设置 HF_TOKEN）。</translation>
    </message>
    <message>
        <source>{what} was not found on {site}.</source>
        <translation>在 {site} 上找不到 {what}。</translation>
    </message>
    <message>
        <source>{file} on the hub is not a readable GGUF file: {reason}</source>
        <translation>Hub 上的 {file} 不是可读取的 GGUF 文件：{reason}</translation>
    </message>
    <message>
        <source>cannot create {lock}: its folder keeps disappearing</source>
        <translation>无法创建 {lock}：其所在文件夹不断消失</translation>
    </message>
    <message>
        <source>{file} is already being downloaded by another desktop-llm window or command; it will be in the library when that download finishes.</source>
        <translation>另一个 desktop-llm 窗口或命令正在下载 {file}；该下载完成后，它会出现在模型库中。</translation>
    </message>
    <message>
        <source>Not enough disk space: the download needs {needed} more, {free} is free in {folder}.</source>
        <translation>磁盘空间不足：下载还需要 {needed}，{folder} 中只剩 {free}。</translation>
    </message>
    <message>
        <source>{file}: the connection keeps failing ({reason}); {kept} kept, retry to resume.</source>
        <translation>{file}：连接反复失败（{reason}）；已保留 {kept}，重试即可继续下载。</translation>
    </message>
    <message>
        <source>{file}: the downloaded data is corrupt ({found}); the partial file was deleted, download it again.</source>
        <translation>{file}：下载的数据已损坏（{found}）；未完成的文件已删除，请重新下载。</translation>
    </message>
    <message>
        <source>The disk is full: {file} stopped at {size}. Free some space, then resume: nothing was lost.</source>
        <translation>磁盘已满：{file} 停在 {size}。请释放一些空间后继续下载，已下载的内容不会丢失。</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>{name} accepted the request but sent nothing for {seconds} s: the server is stalled or overloaded</source>
        <translation>{name} 接受了请求，但 {seconds} 秒内没有返回任何内容：服务器卡住或负载过高</translation>
    </message>
    <message>
        <source>cannot reach {name} at {address}: {reason}. Is the server running, and the address right?</source>
        <translation>无法通过 {address} 连接 {name}：{reason}。服务器是否在运行？地址是否正确？</translation>
    </message>
    <message>
        <source>{name} refused the API key ({http}): {said}. Check the key in Connections (or the variable named with --api-key-env)</source>
        <translation>{name} 拒绝了 API 密钥（{http}）：{said}。请检查“连接”中的密钥（或 --api-key-env 指定的环境变量）</translation>
    </message>
    <message>
        <source>{name} does not serve {model} ({said}); it serves: {models}</source>
        <translation>{name} 不提供 {model}（{said}）；它提供：{models}</translation>
    </message>
    <message>
        <source>{name} says too many requests (429): {said}</source>
        <translation>{name} 表示请求过多（429）：{said}</translation>
    </message>
    <message>
        <source>{name} failed with {http}: {said}</source>
        <translation>{name} 出错（{http}）：{said}</translation>
    </message>
    <message>
        <source>{name}: the request does not fit the model&apos;s context: {said}</source>
        <translation>{name}：请求超出了模型的上下文长度：{said}</translation>
    </message>
    <message>
        <source>{name} refused the request ({http}): {said}</source>
        <translation>{name} 拒绝了请求（{http}）：{said}</translation>
    </message>
    <message>
        <source>{name} stopped sending in the middle of an answer</source>
        <translation>{name} 在应答中途停止了发送</translation>
    </message>
    <message>
        <source>{name} broke off its answer: {reason}</source>
        <translation>{name} 的应答中断了：{reason}</translation>
    </message>
    <message>
        <source>{name} sent a malformed answer: {reason}</source>
        <translation>{name} 返回了格式错误的应答：{reason}</translation>
    </message>
    <message>
        <source>{name} has no tokenize endpoint; token counts there are estimates</source>
        <translation>{name} 没有分词接口；其 token 数为估算值</translation>
    </message>
    <message>
        <source>LoRA adapters apply to a local model only; {name} serves its own</source>
        <translation>LoRA 适配器只能用于本地模型；{name} 提供的是它自己的模型</translation>
    </message>
    <message>
        <source>{name} stopped sending for {seconds} s in the middle of the reply; what arrived is kept</source>
        <translation>{name} 在回复中途 {seconds} 秒未发送任何内容；已收到的内容已保留</translation>
    </message>
    <message>
        <source>the connection to {name} broke mid-reply ({reason}); what arrived is kept</source>
        <translation>回复过程中与 {name} 的连接中断（{reason}）；已收到的内容已保留</translation>
    </message>
    <message>
        <source>{name} sent a malformed stream chunk: {reason}</source>
        <translation>{name} 发送了格式错误的流数据块：{reason}</translation>
    </message>
    <message>
        <source>{name} ended the reply without finishing it (another request may have interrupted it); what arrived is kept</source>
        <translation>{name} 在回复完成前就结束了（可能被另一个请求打断）；已收到的内容已保留</translation>
    </message>
    <message>
        <source>{name} does not serve {model}; it serves {served}</source>
        <translation>{name} 不提供 {model}；它提供 {served}</translation>
    </message>
    <message>
        <source>no model of {name} is chosen yet</source>
        <translation>尚未选择 {name} 的模型</translation>
    </message>
    <message>
        <source>cannot store the API key of {name}: {reason}</source>
        <translation>无法保存 {name} 的 API 密钥：{reason}</translation>
    </message>
    <message>
        <source>no connection named {name}; add it with `desktop-llm connections add`</source>
        <translation>没有名为 {name} 的连接；请用 `desktop-llm connections add` 添加</translation>
    </message>
    <message>
        <source>a connection named {name} exists already</source>
        <translation>名为 {name} 的连接已存在</translation>
    </message>
    <message>
        <source>no connection named {name}</source>
        <translation>没有名为 {name} 的连接</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>a connection name is letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), got {name}</source>
        <translation>连接名称只能包含字母、数字、“.”、“_”或“-”（最多 64 个），当前为 {name}</translation>
    </message>
    <message>
        <source>context length and concurrency must be 0 or more, the stall timeout 0-3600 s</source>
        <translation>上下文长度和并发数必须大于等于 0，停滞超时须在 0–3600 秒之间</translation>
    </message>
    <message>
        <source>a saved connection is malformed: {reason}</source>
        <translation>已保存的连接格式有误：{reason}</translation>
    </message>
    <message>
        <source>a server address is http:// or https:// and a host, got {url}</source>
        <translation>服务器地址应为 http:// 或 https:// 加主机名，当前为 {url}</translation>
    </message>
    <message>
        <source>the port in {url} is not a number</source>
        <translation>{url} 中的端口不是数字</translation>
    </message>
    <message>
        <source>another process already holds {path}</source>
        <translation>另一个进程已占用 {path}</translation>
    </message>
    <message>
        <source>{file} cannot be read as a projector: {reason}</source>
        <translation>无法将 {file} 作为投影器读取：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (its architecture is {architecture}, not clip): pick the mmproj file that came with the model</source>
        <translation>{file} 不是视觉投影器（其架构是 {architecture}，而不是 clip）：请选择随模型提供的 mmproj 文件</translation>
    </message>
    <message>
        <source>the model {file} cannot be read: {reason}</source>
        <translation>无法读取模型 {file}：{reason}</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s tools</source>
        <translation>无法读取对话的工具设置</translation>
    </message>
    <message>
        <source>cannot save the chat&apos;s tools</source>
        <translation>无法保存对话的工具设置</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file)</source>
        <translation>此模型无法识别图片：请连同它的视觉投影器（mmproj 文件）一起加载</translation>
    </message>
    <message>
        <source>The image is not a data:image base64 URL of at most 40 MB</source>
        <translation>该图片不是不超过 40 MB 的 data:image base64 URL</translation>
    </message>
    <message>
        <source>The image&apos;s base64 data is damaged: {reason}</source>
        <translation>图片的 base64 数据已损坏：{reason}</translation>
    </message>
    <message>
        <source>{file} is a projector for audio, not images</source>
        <translation>{file} 是音频投影器，不是图像投影器</translation>
    </message>
    <message>
        <source>{file} makes image vectors of size {projector} but this model&apos;s embeddings have size {model}: it was made for another model</source>
        <translation>{file} 生成的图像向量维度为 {projector}，而此模型的嵌入维度为 {model}：它是为其他模型制作的</translation>
    </message>
    <message>
        <source>The image is too large to open safely (it may be a decompression bomb): {reason}</source>
        <translation>图片太大，无法安全打开（可能是解压炸弹）：{reason}</translation>
    </message>
    <message>
        <source>The image is empty (0 bytes)</source>
        <translation>图片为空（0 字节）</translation>
    </message>
    <message>
        <source>The image is {size} MB; at most {limit} MB are read</source>
        <translation>图片大小为 {size} MB；最多只读取 {limit} MB</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused (it may be a decompression bomb)</source>
        <translation>图片为 {width} x {height} 像素：超过 {limit} 百万像素的图片会被拒绝（可能是解压炸弹）</translation>
    </message>
    <message>
        <source>The image is damaged or truncated: {reason}</source>
        <translation>图片已损坏或不完整：{reason}</translation>
    </message>
    <message>
        <source>The image is too large to open in the memory available</source>
        <translation>图片太大，可用内存不足以打开</translation>
    </message>
    <message>
        <source>This is not an image Desktop LLM can read (PNG, JPEG, WebP, GIF or BMP)</source>
        <translation>这不是 Desktop LLM 能读取的图片（PNG、JPEG、WebP、GIF 或 BMP）</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused</source>
        <translation>图片为 {width} x {height} 像素：超过 {limit} 百万像素的图片会被拒绝</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, WebP, GIF or BMP file</source>
        <translation>该图片不是 PNG、JPEG、WebP、GIF 或 BMP 文件</translation>
    </message>
    <message>
        <source>llama.cpp could not load the vision projector {name}: {reason}</source>
        <translation>llama.cpp 无法加载视觉投影器 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is an audio projector: it cannot read images</source>
        <translation>{name} 是音频投影器：无法读取图片</translation>
    </message>
    <message>
        <source>llama.cpp could not take the image ({width} x {height})</source>
        <translation>llama.cpp 无法接收该图片（{width} x {height}）</translation>
    </message>
    <message>
        <source>llama.cpp could not prepare the images for the model (mtmd_tokenize returned {result})</source>
        <translation>llama.cpp 无法为模型准备图片（mtmd_tokenize 返回 {result}）</translation>
    </message>
    <message>
        <source>images need the model loaded with one parallel slot</source>
        <translation>使用图片需要以单个并行槽位加载模型</translation>
    </message>
    <message>
        <source>vision projector not found: {path}</source>
        <translation>找不到视觉投影器：{path}</translation>
    </message>
    <message>
        <source>{name} is not a usable vision projector: {reason}</source>
        <translation>{name} 不是可用的视觉投影器：{reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a vision projector (mmproj)</source>
        <translation>{name} 是模型，不是视觉投影器（mmproj）</translation>
    </message>
    <message>
        <source>{model} cannot use the projector {projector}: {reason}</source>
        <translation>{model} 无法使用投影器 {projector}：{reason}</translation>
    </message>
    <message>
        <source>llama.cpp found no room in the context&apos;s KV cache for the next tokens</source>
        <translation>llama.cpp 在上下文的 KV 缓存中找不到容纳后续 token 的空间</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the tokens (llama_decode returned {result})</source>
        <translation>llama.cpp 计算 token 失败（llama_decode 返回 {result}）</translation>
    </message>
    <message>
        <source>the request&apos;s grammar cannot be parsed by llama.cpp</source>
        <translation>llama.cpp 无法解析请求中的语法（grammar）</translation>
    </message>
    <message>
        <source>the prompt has {count} tokens; a slot&apos;s context holds {n_ctx}</source>
        <translation>提示词有 {count} 个 token，而一个槽位的上下文只能容纳 {n_ctx} 个</translation>
    </message>
</context>
</TS>
