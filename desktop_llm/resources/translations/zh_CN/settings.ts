<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
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
            <source>For this chat only. Empty: the model's own default.</source>
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
            <source>{name}'s settings: {source}</source>
            <translation>{name} 的设置：{source}</translation>
        </message>
        <message>
            <source>{name}'s published default</source>
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
            <source>the family's published default</source>
            <translation>所属系列的官方默认值</translation>
        </message>
        <message>
            <source>your setting for all models</source>
            <translation>你对所有模型的设置</translation>
        </message>
        <message>
            <source>desktop-llm's default</source>
            <translation>desktop-llm 默认值</translation>
        </message>
        <message>
            <source>the model file</source>
            <translation>模型文件</translation>
        </message>
        <message>
            <source>{name}'s published defaults</source>
            <translation>{name} 官方默认值</translation>
        </message>
        <message>
            <source>your changes</source>
            <translation>你的更改</translation>
        </message>
        <message>
            <source>Based on desktop-llm's defaults</source>
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
            <source>The chat's model</source>
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
            <source>the model file's header could not be read: {error}</source>
            <translation>无法读取模型文件头：{error}</translation>
        </message>
    </context>
</TS>
