<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>{kind}: {error}

The app keeps running. Details are in {log}.</source>
        <translation>{kind}: {error}

应用仍在运行。详细信息见 {log}。</translation>
    </message>
    <message>
        <source>desktop-llm</source>
        <translation>desktop-llm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translation>设置未保存：{error}</translation>
    </message>
    <message>
        <source>No model in the library yet.</source>
        <translation>模型库中还没有模型。</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <source>{offloaded}/{layers} layers on GPU</source>
        <translation>{offloaded}/{layers} 层在 GPU 上</translation>
    </message>
    <message>
        <source>no GPU offload</source>
        <translation>不支持 GPU 卸载</translation>
    </message>
    <message>
        <source>Backend: {backend} ({gpu})</source>
        <translation>后端：{backend}（{gpu}）</translation>
    </message>
    <message>
        <source>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Model {size}, engine memory {memory}, loaded in {ms} ms</source>
        <translation>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;模型 {size}，引擎内存 {memory}，加载耗时 {ms} 毫秒</translation>
    </message>
    <message>
        <source>Ready: {name} · context {n_ctx}</source>
        <translation>就绪：{name} · 上下文 {n_ctx}</translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation>无法加载 {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as Markdown with &amp;reasoning…</source>
        <translation>导出为含推理过程的 Markdown(&amp;R)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Other servers: vLLM, llama-server, Ollama, LM Studio, a hosted provider</source>
        <translation>其他服务器：vLLM、llama-server、Ollama、LM Studio 或托管服务商</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>重新生成(&amp;R)</translation>
    </message>
    <message>
        <source>Searc&amp;h chats</source>
        <translation>搜索对话(&amp;H)</translation>
    </message>
    <message>
        <source>Rena&amp;me chat…</source>
        <translation>重命名对话(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat…</source>
        <translation>删除对话(&amp;D)…</translation>
    </message>
    <message>
        <source>Chat &amp;settings panel</source>
        <translation>对话设置面板(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About desktop-llm</source>
        <translation>关于 desktop-llm(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>{page}页面</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page}（{shortcut}）</translation>
    </message>
    <message>
        <source>Chat settings (F9)</source>
        <translation>对话设置（F9）</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>No chat matches “{words}”.</source>
        <translation>没有与“{words}”匹配的对话。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>删除“{title}”及其所有消息？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model that answers in chat: click to search your models</source>
        <translation>在对话中回答的模型：点击搜索你的模型</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>on {connection} · {state}</source>
        <translation>位于 {connection} · {state}</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
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
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>It should run comfortably.</source>
        <translation>应能流畅运行。</translation>
    </message>
    <message>
        <source>It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM).</source>
        <translation>应能加载，但会较慢或余量很少（部分在 CPU 上运行，或占用大部分内存）。</translation>
    </message>
    <message>
        <source>It is unlikely to load on this computer.</source>
        <translation>在这台电脑上很可能无法加载。</translation>
    </message>
    <message>
        <source>About {needed} needed with a default context, {available} available. {verdict}</source>
        <translation>默认上下文下约需 {needed}，可用 {available}。{verdict}</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Find more models in Discover</source>
        <translation>在“发现”中查找更多模型</translation>
    </message>
    <message>
        <source>No model matches “{words}”. Discover finds models to download.</source>
        <translation>没有与“{words}”匹配的模型。可在“发现”中查找可下载的模型。</translation>
    </message>
    <message>
        <source>fits</source>
        <comment>fit badge</comment>
        <translation>可运行</translation>
    </message>
    <message>
        <source>tight</source>
        <comment>fit badge</comment>
        <translation>勉强</translation>
    </message>
    <message>
        <source>too big</source>
        <comment>fit badge</comment>
        <translation>过大</translation>
    </message>
    <message>
        <source>Last message: {when}</source>
        <translation>最后一条消息：{when}</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>意外错误：{kind}: {error}</translation>
    </message>
</context>
</TS>
