<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>确定性</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>For this chat only. Empty: the model&apos;s own default.</source>
        <translation>仅用于此对话。留空：使用模型自身的默认值。</translation>
    </message>
    <message>
        <source>You are a helpful assistant…</source>
        <translation>你是一个乐于助人的助手…</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>使用此提示词</translation>
    </message>
    <message>
        <source>Save this system prompt for this chat: its next replies follow it</source>
        <translation>为此对话保存该系统提示词：之后的回复都将遵循它</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Model defaults</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>A named set of the values below; changing a value makes it Custom</source>
        <translation>下列数值的一组命名组合；修改任一数值即变为“自定义”</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Temperature: higher is more varied, 0 always picks the likeliest</source>
        <translation>温度：越高越多样，为 0 时总是选择可能性最大的词元</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Top-k: consider only the k likeliest tokens (0: all)</source>
        <translation>Top-k：只考虑可能性最大的 k 个词元（0：全部）</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-p: smallest set of tokens whose probabilities add up to p</source>
        <translation>Top-p：概率之和达到 p 的最小词元集合</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Min-p: drop tokens below this fraction of the likeliest</source>
        <translation>Min-p：舍弃概率低于最可能词元该比例的词元</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1 discourages repetition</source>
        <translation>重复惩罚：大于 1 时抑制重复</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>最长回复（词元数）</translation>
    </message>
    <message>
        <source>Max reply tokens</source>
        <translation>回复最大词元数</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random seed (-1: different every time)</source>
        <translation>随机种子（-1：每次都不同）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Forget your changes for this model: sampling and loading go back to what the model file or its family recommends</source>
        <translation>清除你对此模型的更改：采样和加载设置恢复为模型文件或其所属系列推荐的值</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>模型加载</translation>
    </message>
    <message>
        <source>Takes effect when the model is loaded again.</source>
        <translation>重新加载模型后生效。</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>上下文窗口（词元数）</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the chat the model sees</source>
        <translation>上下文窗口（词元数）：模型能看到多少对话内容</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Layers on the GPU (-1: all that fit, 0: CPU only)</source>
        <translation>放在 GPU 上的层数（-1：尽可能全部，0：仅用 CPU）</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Faster and leaner attention where the backend supports it</source>
        <translation>在后端支持时使用更快、更省内存的注意力计算</translation>
    </message>
    <message>
        <source>KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)</source>
        <translation>KV 缓存精度：q8_0 和 q4_0 可节省内存（q4_0 需要开启 Flash Attention）</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>KV 缓存类型</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>CPU threads (0: automatic)</source>
        <translation>CPU 线程数（0：自动）</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>并行请求数</translation>
    </message>
    <message>
        <source>Requests answered at once (the API server&apos;s clients, a document&apos;s pieces): each holds a whole context window of memory</source>
        <translation>同时处理的请求数（API 服务器的客户端、文档的各个分段）：每个请求都占用一整个上下文窗口的内存</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>重新加载模型</translation>
    </message>
    <message>
        <source>Load the model again with these settings</source>
        <translation>使用这些设置重新加载模型</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>No model loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <source>Engine information</source>
        <translation>引擎信息</translation>
    </message>
    <message>
        <source>Source of {name}</source>
        <translation>{name}的来源</translation>
    </message>
    <message>
        <source>{title} section</source>
        <translation>{title}部分</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to collapse</source>
        <translation>{title}：单击、按空格键或回车键折叠</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to expand</source>
        <translation>{title}：单击、按空格键或回车键展开</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>{name}&apos;s settings: {source}</source>
        <translation>{name} 的设置：{source}</translation>
    </message>
    <message>
        <source>{name}&apos;s published default</source>
        <translation>{name} 官方默认值</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>你的更改</translation>
    </message>
    <message>
        <source>from the model file</source>
        <translation>来自模型文件</translation>
    </message>
    <message>
        <source>the family&apos;s published default</source>
        <translation>所属系列的官方默认值</translation>
    </message>
    <message>
        <source>your setting for all models</source>
        <translation>你对所有模型的设置</translation>
    </message>
    <message>
        <source>desktop-llm&apos;s default</source>
        <translation>desktop-llm 默认值</translation>
    </message>
    <message>
        <source>the model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>{name}&apos;s published defaults</source>
        <translation>{name} 官方默认值</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>你的更改</translation>
    </message>
    <message>
        <source>Based on desktop-llm&apos;s defaults</source>
        <translation>基于 desktop-llm 的默认值</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first}、{second}和{third}</translation>
    </message>
    <message>
        <source>Based on {sources}</source>
        <translation>基于{sources}</translation>
    </message>
    <message>
        <source>Anyone on your network with the API key can use the model and read its answers: turn this on only on a network you trust, such as your home; never on public Wi-Fi.</source>
        <translation>你所在网络中任何持有 API 密钥的人都能使用该模型并读取其回答：只在你信任的网络（如家庭网络）中开启，切勿在公共 Wi-Fi 上开启。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Running at {url}</source>
        <translation>运行于 {url}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Let other programs (Continue, Open WebUI, scripts using the openai or anthropic library) use your models through an OpenAI- and Anthropic-compatible API.</source>
        <translation>让其他程序（Continue、Open WebUI、使用 openai 或 anthropic 库的脚本）通过兼容 OpenAI 和 Anthropic 的 API 使用你的模型。</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>复制基础 URL</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>已复制基础 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>复制 API 密钥</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>已复制 API 密钥</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Make a new key; programs using the old one must be given the new one</source>
        <translation>生成新密钥；使用旧密钥的程序需要改用新密钥</translation>
    </message>
    <message>
        <source>Ask for the key on this computer too</source>
        <translation>本机访问也需要密钥</translation>
    </message>
    <message>
        <source>Beyond this computer the key is always required</source>
        <translation>从其他计算机访问时始终需要密钥</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Serve on the local network</source>
        <translation>在局域网中提供服务</translation>
    </message>
    <message>
        <source>none: web pages cannot call the server (e.g. http://localhost:3000)</source>
        <translation>无：网页不能调用服务器（例如 http://localhost:3000）</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server from a browser, separated by commas; * allows every page</source>
        <translation>允许在浏览器中调用服务器的网页，以逗号分隔；* 表示允许所有网页</translation>
    </message>
    <message>
        <source>Model that answers</source>
        <translation>应答模型</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Unload a model the server loaded for a request after it went unused this long</source>
        <translation>服务器为请求加载的模型闲置达到此时长后将被卸载</translation>
    </message>
    <message>
        <source>Allowed web pages (CORS)</source>
        <translation>允许的网页（CORS）</translation>
    </message>
    <message>
        <source>Unload idle models after</source>
        <translation>闲置模型卸载时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>The chat&apos;s model</source>
        <translation>对话所用模型</translation>
    </message>
    <message>
        <source>{name} (not in the library)</source>
        <translation>{name}（不在模型库中）</translation>
    </message>
    <message>
        <source>A new API key was made: the old one no longer works</source>
        <translation>已生成新的 API 密钥：旧密钥不再有效</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>停止服务器</translation>
    </message>
    <message>
        <source>the API key above</source>
        <translation>上方的 API 密钥</translation>
    </message>
    <message>
        <source>any text (no key is asked for on this computer)</source>
        <translation>任意文本（本机访问无需密钥）</translation>
    </message>
    <message>
        <source>In a client, set the base URL to {url} and the API key to {key}. Models are named by their file name without .gguf (GET /v1/models lists them).</source>
        <translation>在客户端中，将基础 URL 设为 {url}，API 密钥设为{key}。模型名称为去掉 .gguf 的文件名（GET /v1/models 可列出全部模型）。</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>Start it to let other programs use your models; their requests appear here.</source>
        <translation>启动后其他程序即可使用你的模型；它们的请求会显示在这里。</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>暂无请求</translation>
    </message>
    <message>
        <source>Point a client at {url}: each request it makes appears here with its model, tokens and time.</source>
        <translation>将客户端指向 {url}：它发出的每个请求都会连同模型、词元数和耗时显示在这里。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>the model file could not be read: {error}</source>
        <translation>无法读取模型文件：{error}</translation>
    </message>
    <message>
        <source>the model file&apos;s header could not be read: {error}</source>
        <translation>无法读取模型文件头：{error}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n tool(s)</source>
        <translation>
            <numerusform>就绪 · %n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>工具和 MCP 服务器</translation>
    </message>
    <message>
        <source>Tools the model may call in a chat, once you switch them on under the message box. Every call asks you first; a tool that only reads may be allowed always.</source>
        <translation>在消息框下方开启后，模型可以在聊天中调用的工具。每次调用都会先询问你；只读取的工具可以设为始终允许。</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>命令或地址</translation>
    </message>
    <message>
        <source>What the server wrote to stderr</source>
        <translation>服务器写入 stderr 的内容</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>添加服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open mcp.json</source>
        <translation>打开 mcp.json(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Apply mcp.json as it is now: the servers are stopped and started again</source>
        <translation>按 mcp.json 当前内容生效：服务器会停止并重新启动</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>This tool only reads: let it run without asking</source>
        <translation>此工具只读取：无需询问即可运行</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>始终允许 {tool}</translation>
    </message>
    <message>
        <source>Asks every time</source>
        <translation>每次都询问</translation>
    </message>
    <message>
        <source>This tool can change things: every call asks you first</source>
        <translation>此工具可能做出更改：每次调用都会先询问你</translation>
    </message>
    <message>
        <source>Status of {name}: {status}</source>
        <translation>{name} 的状态：{status}</translation>
    </message>
    <message>
        <source>Saving {name} and starting it…</source>
        <translation>正在保存 {name} 并启动…</translation>
    </message>
    <message>
        <source>Remove MCP server</source>
        <translation>移除 MCP 服务器</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from mcp.json? Its tools leave every chat.</source>
        <translation>从 mcp.json 中移除“{name}”？它的工具将从所有聊天中移除。</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>正在启动 {name}…</translation>
    </message>
    <message>
        <source>Reading mcp.json and starting its servers again…</source>
        <translation>正在读取 mcp.json 并重新启动其中的服务器…</translation>
    </message>
    <message>
        <source>No editor opened {path}; open it yourself, then press Reload.</source>
        <translation>没有编辑器打开 {path}；请自行打开它，然后点击“重新加载”。</translation>
    </message>
    <message>
        <source>&amp;Tools and MCP servers…</source>
        <translation>工具和 MCP 服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>编辑 MCP 服务器</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <source>Its tools are offered as &lt;name&gt;__&lt;tool&gt;</source>
        <translation>它的工具以 &lt;名称&gt;__&lt;工具&gt; 的形式提供</translation>
    </message>
    <message>
        <source>Command (runs on this computer)</source>
        <translation>命令（在本机运行）</translation>
    </message>
    <message>
        <source>Address (Streamable HTTP)</source>
        <translation>地址（Streamable HTTP）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Separated by spaces; quote an argument that holds spaces</source>
        <translation>以空格分隔；含空格的参数请加引号</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>请为服务器命名。</translation>
    </message>
    <message>
        <source>Give the command that starts the server.</source>
        <translation>请填写启动服务器的命令。</translation>
    </message>
    <message>
        <source>The arguments cannot be read: {error}</source>
        <translation>无法读取参数：{error}</translation>
    </message>
    <message>
        <source>Environment, line {line}: write NAME=value</source>
        <translation>环境变量第 {line} 行：请写成 名称=值</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>地址必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>Headers, line {line}: write Name: value</source>
        <translation>请求头第 {line} 行：请写成 名称: 值</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is larger than 1 MB; it is probably not an MCP servers file</source>
        <translation>{path} 大于 1 MB，可能不是 MCP 服务器配置文件</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>{path} 不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object with &quot;mcpServers&quot;</source>
        <translation>{path} 必须是包含 &quot;mcpServers&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in {path} must be an object of servers by name</source>
        <translation>{path} 中的 &quot;mcpServers&quot; 必须是以名称为键的服务器对象</translation>
    </message>
    <message>
        <source>An MCP server has an empty name</source>
        <translation>有一个 MCP 服务器的名称为空</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; must be an object</source>
        <translation>MCP 服务器“{name}”必须是一个对象</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: transport &quot;{kind}&quot; is not supported (use stdio or Streamable HTTP)</source>
        <translation>MCP 服务器“{name}”：不支持传输方式“{kind}”（请使用 stdio 或 Streamable HTTP）</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; has both &quot;command&quot; and &quot;url&quot;; keep one</source>
        <translation>MCP 服务器“{name}”同时有 &quot;command&quot; 和 &quot;url&quot;，请只保留一个</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; needs &quot;command&quot; (a program to run) or &quot;url&quot;</source>
        <translation>MCP 服务器“{name}”需要 &quot;command&quot;（要运行的程序）或 &quot;url&quot;</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;url&quot; must start with http:// or https://</source>
        <translation>MCP 服务器“{name}”：&quot;url&quot; 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be non-empty text</source>
        <translation>MCP 服务器“{name}”：&quot;{key}&quot; 必须是非空文本</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be true or false</source>
        <translation>MCP 服务器“{name}”：&quot;{key}&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be a list of texts</source>
        <translation>MCP 服务器“{name}”：&quot;{key}&quot; 必须是文本列表</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be an object of texts</source>
        <translation>MCP 服务器“{name}”：&quot;{key}&quot; 必须是值为文本的对象</translation>
    </message>
    <message>
        <source>Two MCP servers are named &quot;{name}&quot;</source>
        <translation>有两个 MCP 服务器都叫“{name}”</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>it did not answer within {seconds} seconds</source>
        <translation>它在 {seconds} 秒内没有响应</translation>
    </message>
    <message>
        <source>it stopped: {error}</source>
        <translation>它已停止：{error}</translation>
    </message>
    <message>
        <source>it stopped before it was ready: {error}</source>
        <translation>它在就绪前停止了：{error}</translation>
    </message>
    <message>
        <source>the server process exited</source>
        <translation>服务器进程已退出</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; is not available: {reason}</source>
        <translation>MCP 服务器“{server}”不可用：{reason}</translation>
    </message>
    <message>
        <source>{name} did not finish within {seconds} seconds</source>
        <translation>{name} 未在 {seconds} 秒内完成</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; stopped during the call: {error}</source>
        <translation>MCP 服务器“{server}”在调用过程中停止：{error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; answered an error: {error}</source>
        <translation>MCP 服务器“{server}”返回了错误：{error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; failed during the call: {error}</source>
        <translation>MCP 服务器“{server}”在调用过程中出错：{error}</translation>
    </message>
    <message>
        <source>the connection was lost: {error}</source>
        <translation>连接已断开：{error}</translation>
    </message>
    <message>
        <source>The MCP servers were shut down</source>
        <translation>MCP 服务器已关闭</translation>
    </message>
    <message>
        <source>The call to {name} was stopped</source>
        <translation>对 {name} 的调用已停止</translation>
    </message>
    <message>
        <source>The MCP tool &quot;{tool}&quot; of server &quot;{server}&quot; failed: {error}</source>
        <translation>服务器“{server}”的 MCP 工具“{tool}”失败：{error}</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;{name}&quot; any more</source>
        <translation>已不存在名为“{name}”的 MCP 服务器</translation>
    </message>
    <message>
        <source>An MCP server named &quot;{name}&quot; already exists</source>
        <translation>名为“{name}”的 MCP 服务器已存在</translation>
    </message>
    <message>
        <source>the expression is over {limit} characters</source>
        <translation>表达式超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>the expression is not valid arithmetic ({problem})</source>
        <translation>表达式不是有效的算式（{problem}）</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>the result is too large to compute</source>
        <translation>结果太大，无法计算</translation>
    </message>
    <message>
        <source>cannot compute this: {problem}</source>
        <translation>无法计算：{problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in a calculation (numbers, + - * / // % **, parentheses and math functions only)</source>
        <translation>计算中不允许使用 {what}（只能用数字、+ - * / // % **、括号和数学函数）</translation>
    </message>
    <message>
        <source>no documents are attached to this chat</source>
        <translation>此聊天没有附加任何文档</translation>
    </message>
    <message>
        <source>the search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
    <message>
        <source>there is no passage {number} in the documents attached to this chat</source>
        <translation>此聊天附加的文档中没有第 {number} 段</translation>
    </message>
    <message>
        <source>no folders are shared with this chat</source>
        <translation>没有与此聊天共享的文件夹</translation>
    </message>
    <message>
        <source>the path holds a NUL character</source>
        <translation>路径中含有 NUL 字符</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}</source>
        <translation>无法打开 {path}：{problem}</translation>
    </message>
    <message>
        <source>{path} is outside the folders shared with this chat ({folders})</source>
        <translation>{path} 不在与此聊天共享的文件夹内（{folders}）</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder (read it with read_file)</source>
        <translation>{path} 是文件而不是文件夹（请用 read_file 读取）</translation>
    </message>
    <message>
        <source>{path} cannot be listed: {problem}</source>
        <translation>无法列出 {path}：{problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file (list it with list_folder)</source>
        <translation>{path} 是文件夹而不是文件（请用 list_folder 列出）</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <source>{name} is not a text file</source>
        <translation>{name} 不是文本文件</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>无法读取 {name}：{problem}</translation>
    </message>
    <message>
        <source>the code to run is missing: pass it as the string argument &quot;code&quot;</source>
        <translation>缺少要运行的代码：请通过字符串参数 &quot;code&quot; 传入</translation>
    </message>
    <message>
        <source>the code is over {limit} characters</source>
        <translation>代码超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>the user stopped the Python code{output}</source>
        <translation>用户停止了 Python 代码{output}</translation>
    </message>
    <message>
        <source>the Python code ran for more than {seconds} seconds and was stopped{output}</source>
        <translation>Python 代码运行超过 {seconds} 秒，已被停止{output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the memory limit of the sandbox ({megabytes} MB){output}</source>
        <translation>Python 代码达到沙箱内存上限（{megabytes} MB），已被停止{output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the CPU time limit of the sandbox ({seconds} seconds){output}</source>
        <translation>Python 代码达到沙箱 CPU 时间上限（{seconds} 秒），已被停止{output}</translation>
    </message>
    <message>
        <source>the sandbox could not run the code{output}</source>
        <translation>沙箱无法运行代码{output}</translation>
    </message>
    <message>
        <source>the sandbox&apos;s scratch folder {folder} cannot be used ({problem})</source>
        <translation>无法使用沙箱的临时文件夹 {folder}（{problem}）</translation>
    </message>
    <message>
        <source>the Python sandbox could not start ({problem})</source>
        <translation>Python 沙箱无法启动（{problem}）</translation>
    </message>
</context>
</TS>
