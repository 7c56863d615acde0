<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Long chats leave out their oldest messages first; the system prompt stays.</source>
        <translation>对话过长时先省略最早的消息；系统提示词始终保留。</translation>
    </message>
    <message>
        <source>When a chat outgrows the context, the oldest messages are left out (the system prompt stays).</source>
        <translation>对话超出上下文长度时，最早的消息会被省略（系统提示词保留）。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>LoRA: {names}</source>
        <translation>LoRA：{names}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>cut at the length limit</source>
        <translation>达到长度上限被截断</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view (the system prompt was kept).</source>
        <translation>
            <numerusform>有 %n 条较早的消息超出了上下文窗口，模型看不到它们（系统提示词已保留）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>有 %n 条较早的消息超出了上下文窗口，模型看不到它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>The engine log&apos;s lines about this error</source>
        <translation>引擎日志中与此错误有关的内容</translation>
    </message>
    <message>
        <source>Think: on</source>
        <translation>思考：开</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>先思考再回答</translation>
    </message>
    <message>
        <source>Let the model reason before it answers (its template&apos;s enable_thinking); remembered for this model</source>
        <translation>让模型在回答前先推理（模板的 enable_thinking）；按模型记住此设置</translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation>思考：关</translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation>引擎日志</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>已附加的图片</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>关于图片</translation>
    </message>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>附加图片（也可拖放或粘贴到这里）</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Message the model (Shift+Enter: new line)</source>
        <translation>给模型发消息（Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Enter 发送；Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复（Esc）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Summarize a text</source>
        <translation>总结一段文字</translation>
    </message>
    <message>
        <source>Summarize the following text in a few bullet points:

</source>
        <translation>请用几个要点总结以下文字：

</translation>
    </message>
    <message>
        <source>Explain a concept simply</source>
        <translation>通俗地解释一个概念</translation>
    </message>
    <message>
        <source>Explain, simply and with an everyday example, how </source>
        <translation>请用通俗易懂的语言，结合一个日常生活中的例子，解释</translation>
    </message>
    <message>
        <source>Write a Python function…</source>
        <translation>编写 Python 函数…</translation>
    </message>
    <message>
        <source>Write a Python function that </source>
        <translation>请编写一个 Python 函数，用于</translation>
    </message>
    <message>
        <source>Translate into French…</source>
        <translation>翻译成英文…</translation>
    </message>
    <message>
        <source>Translate into French:

</source>
        <translation>请将以下内容翻译成英文：

</translation>
    </message>
    <message>
        <source>How can I help you today?</source>
        <translation>今天有什么可以帮你的？</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer.</source>
        <translation>你输入的所有内容都只留在这台电脑上。</translation>
    </message>
    <message>
        <source>Loading {name}… {private}</source>
        <translation>正在加载 {name}… {private}</translation>
    </message>
    <message>
        <source>{name} is loaded and ready. {private}</source>
        <translation>{name} 已加载，可以开始对话。{private}</translation>
    </message>
    <message>
        <source>No model is loaded yet: pick one in the toolbar. {private}</source>
        <translation>尚未加载模型：请在工具栏中选择一个。{private}</translation>
    </message>
    <message>
        <source>Start a message: “{text}”</source>
        <translation>以此开头：“{text}”</translation>
    </message>
    <message>
        <source>Example: {label}</source>
        <translation>示例：{label}</translation>
    </message>
    <message>
        <source>Puts the start of this prompt in the message box</source>
        <translation>将此提示词的开头填入消息框</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>助手消息</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>复制此消息</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>编辑此消息并重新发送</translation>
    </message>
    <message>
        <source>Write a new reply (this one is kept)</source>
        <translation>重新生成回复（保留当前回复）</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>(no reply: see the error above)</source>
        <translation>（没有回复：请查看错误信息）</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>保持消息原样（Esc）</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>保存并发送</translation>
    </message>
    <message>
        <source>Send the edited message as a new version (Ctrl+Enter)</source>
        <translation>将编辑后的消息作为新版本发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>{language} code</source>
        <translation>{language} 代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>已思考 {seconds} 秒</translation>
    </message>
    <message>
        <source>Thought for {minutes} min {seconds} s</source>
        <translation>已思考 {minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>Reasoning text</source>
        <translation>推理内容</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>{label} (expanded)</source>
        <translation>{label}（已展开）</translation>
    </message>
    <message>
        <source>{label} (collapsed)</source>
        <translation>{label}（已折叠）</translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation>隐藏模型的推理过程</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>显示模型的推理过程</translation>
    </message>
    <message>
        <source>Writing a reply…</source>
        <translation>正在生成回复…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>正在启动引擎…</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒 token 数</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>已用上下文</translation>
    </message>
    <message>
        <source>%v / %m context tokens</source>
        <translation>上下文 %v / %m token</translation>
    </message>
    <message>
        <source>Tokens of the context window the open chat takes, as the model sees it</source>
        <translation>当前对话在模型看来占用的上下文窗口 token 数</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <source>System prompt saved for this chat</source>
        <translation>已为此对话保存系统提示词</translation>
    </message>
    <message>
        <source>System prompt cleared for this chat</source>
        <translation>已清除此对话的系统提示词</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>The open chat takes {tokens} tokens of the {context}-token context</source>
        <translation>当前对话占用 {tokens} 个 token（上下文共 {context} 个 token）</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>验证损失 {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>{name} (r{rank}, %n step(s){loss})</source>
        <translation>
            <numerusform>{name}（r{rank}，%n 步{loss}）</numerusform>
        </translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA 适配器</translation>
    </message>
    <message>
        <source>Adapters trained on the current model in the Train tab</source>
        <translation>在“训练”页中基于当前模型训练的适配器</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Adapter scale</source>
        <translation>适配器强度</translation>
    </message>
    <message>
        <source>0 is the base model, 1 the adapter as trained</source>
        <translation>0 为基础模型，1 为适配器训练时的效果</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Compare with base model</source>
        <translation>与基础模型对比</translation>
    </message>
    <message>
        <source>Send one prompt to the base model and to the adapter, side by side</source>
        <translation>将同一提示词分别发给基础模型和适配器，并排对比</translation>
    </message>
    <message>
        <source>None (base model)</source>
        <translation>无（基础模型）</translation>
    </message>
    <message>
        <source>Compare base model and adapter</source>
        <translation>对比基础模型与适配器</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>A prompt to send to both</source>
        <translation>要同时发给两者的提示词</translation>
    </message>
    <message>
        <source>Run both</source>
        <translation>同时运行</translation>
    </message>
    <message>
        <source>With adapter: {name} (×{scale})</source>
        <translation>使用适配器：{name}（×{scale}）</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>{title}: stats</source>
        <translation>{title}：统计</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) · {speed} tok/s</source>
        <translation>
            <numerusform>%n 个 token · {speed} tok/s</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>No model is selected. Pick one in the model list.</source>
        <translation>未选择模型。请在模型列表中选择一个。</translation>
    </message>
    <message>
        <source>Your conversation is safe, with the reply as far as it came; the next message asks the server again.</source>
        <translation>你的对话已保存，回复保留到中断处；发送下一条消息时会重新请求服务器。</translation>
    </message>
    <message>
        <source>Your conversation is safe; the engine restarts on the next message.</source>
        <translation>你的对话已保存；发送下一条消息时引擎会重新启动。</translation>
    </message>
    <message>
        <source>The documents do not say.</source>
        <translation>文档中没有相关内容。</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>Knowledge for this chat</source>
        <translation>本对话的知识库</translation>
    </message>
    <message>
        <source>Answer from your collections of documents, with citations</source>
        <translation>根据你的文档集合回答，并注明出处</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n 个集合</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>未关联任何集合</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>根据这些集合回答：</translation>
    </message>
    <message>
        <source>Dropped into this chat: {files}</source>
        <translation>拖入此对话的文件：{files}</translation>
    </message>
    <message>
        <source>Answer only from the documents</source>
        <translation>仅根据文档回答</translation>
    </message>
    <message>
        <source>When the collections hold nothing relevant, the reply says the documents do not say, instead of answering from the model&apos;s own knowledge</source>
        <translation>集合中没有相关内容时，回复会说明文档中没有相关内容，而不是用模型自身的知识作答</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>管理集合…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Nothing in the attached collections matches this question.</source>
        <translation>关联的集合中没有与此问题相关的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>引用了 %n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources (none cited)</source>
        <translation>来源（未引用）</translation>
    </message>
    <message>
        <source>Source {n}: {name}</source>
        <translation>来源 {n}：{name}</translation>
    </message>
    <message>
        <source>Cited in the reply</source>
        <translation>回复中引用了它</translation>
    </message>
    <message>
        <source>Not cited in the reply</source>
        <translation>回复中未引用它</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>Source [{n}]: {name}</source>
        <translation>来源 [{n}]：{name}</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>The reply cites this passage.</source>
        <translation>回复引用了这段内容。</translation>
    </message>
    <message>
        <source>The reply does not cite this passage.</source>
        <translation>回复没有引用这段内容。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>用系统的查看器打开文件</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>文件已不在原处</translation>
    </message>
    <message>
        <source>{name} must be an integer, got {value}</source>
        <translation>{name} 必须是整数，当前为 {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} 必须在 {low} 到 {high} 之间，当前为 {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必须是数字，当前为 {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} 必须是有限数值，当前为 {value}</translation>
    </message>
    <message>
        <source>{name} must be in {interval}, got {value}</source>
        <translation>{name} 必须在 {interval} 范围内，当前为 {value}</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for tools: choose a model made for tool calling (Qwen 2.5 or 3, Llama 3.1+, Mistral and the like).</source>
        <translation>此模型的聊天模板无法写入工具：请选择支持工具调用的模型（如 Qwen 2.5 或 3、Llama 3.1+、Mistral 等）。</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>等待你确认</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <source>(cut to fit the context)</source>
        <translation>（已截断以适应上下文）</translation>
    </message>
    <message>
        <source>Tool call, expanded</source>
        <translation>工具调用，已展开</translation>
    </message>
    <message>
        <source>Tool call, collapsed</source>
        <translation>工具调用，已折叠</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>built-in tool</source>
        <translation>内置工具</translation>
    </message>
    <message>
        <source>from the MCP server {name}</source>
        <translation>来自 MCP 服务器 {name}</translation>
    </message>
    <message>
        <source>Approve the tool call {tool}</source>
        <translation>批准工具调用 {tool}</translation>
    </message>
    <message>
        <source>The model wants to run {tool} ({source}).</source>
        <translation>模型想要运行 {tool}（{source}）。</translation>
    </message>
    <message>
        <source>Code to run</source>
        <translation>要运行的代码</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Allow for this chat</source>
        <translation>在此对话中允许</translation>
    </message>
    <message>
        <source>Run {tool} without asking again in this conversation</source>
        <translation>在此对话中运行 {tool} 时不再询问</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>The model is told that you denied the call</source>
        <translation>模型会被告知你拒绝了此调用</translation>
    </message>
    <message>
        <source>Waiting for your answer; Stop cancels the reply.</source>
        <translation>等待你的决定；“停止”会取消此回复。</translation>
    </message>
    <message>
        <source>Allowed once</source>
        <translation>已允许一次</translation>
    </message>
    <message>
        <source>Allowed for this chat</source>
        <translation>已在此对话中允许</translation>
    </message>
    <message>
        <source>Allowed always (Settings)</source>
        <translation>始终允许（设置）</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Tools for this chat</source>
        <translation>此对话的工具</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat; every call asks you first</source>
        <translation>允许模型在此对话中调用工具；每次调用都会先征得你的同意</translation>
    </message>
    <message>
        <source>No tool is on</source>
        <translation>未启用任何工具</translation>
    </message>
    <message>
        <source>Tools the model may call in this chat:</source>
        <translation>模型在此对话中可调用的工具：</translation>
    </message>
    <message>
        <source>Folders the file tools may read:</source>
        <translation>文件工具可读取的文件夹：</translation>
    </message>
    <message>
        <source>No folder is shared with the file tools.</source>
        <translation>尚未与文件工具共享任何文件夹。</translation>
    </message>
    <message>
        <source>Grant a folder…</source>
        <translation>授权文件夹…</translation>
    </message>
    <message>
        <source>Allowed without asking here: {tools}</source>
        <translation>在此无需询问即可使用：{tools}</translation>
    </message>
    <message>
        <source>Ask again for every call</source>
        <translation>每次调用都重新询问</translation>
    </message>
    <message>
        <source>Manage tools and MCP servers…</source>
        <translation>管理工具和 MCP 服务器…</translation>
    </message>
    <message>
        <source>Grant a folder to the file tools</source>
        <translation>向文件工具授权一个文件夹</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Images cannot be attached here.</source>
        <translation>此处无法附加图片。</translation>
    </message>
    <message>
        <source>A message can carry at most {count} images.</source>
        <translation>一条消息最多可附带 {count} 张图片。</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file), or remove the images.</source>
        <translation>此模型无法识别图片：请连同它的视觉投影器（mmproj 文件）一起加载，或移除这些图片。</translation>
    </message>
    <message>
        <source>This image needs {needed} tokens; {left} are left in this chat&apos;s context. Remove it, or load the model with a longer context.</source>
        <translation>这张图片需要 {needed} 个 token，而本对话的上下文只剩 {left} 个。请移除它，或以更长的上下文加载模型。</translation>
    </message>
    <message>
        <source>These {count} images need {needed} tokens; {left} are left in this chat&apos;s context. Remove some, or load the model with a longer context.</source>
        <translation>这 {count} 张图片需要 {needed} 个 token，而本对话的上下文只剩 {left} 个。请移除一些，或以更长的上下文加载模型。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: not read</source>
        <translation>{name} 超过 {limit} MB：未读取</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to send</source>
        <translation>已存储的图片 {path} 太大，无法发送</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s image {path}: {reason}</source>
        <translation>无法读取对话中的图片 {path}：{reason}</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <source>Preparing {name}…</source>
        <translation>正在准备 {name}…</translation>
    </message>
    <message>
        <source>{name}: click to view</source>
        <translation>{name}：点击查看</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>移除这张图片</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Images of this message</source>
        <translation>此消息中的图片</translation>
    </message>
    <message>
        <source>image {number}</source>
        <translation>图片 {number}</translation>
    </message>
    <message>
        <source>This image can no longer be read.</source>
        <translation>这张图片已无法读取。</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} 像素</translation>
    </message>
    <message>
        <source>{kind} is not an image type Desktop LLM stores</source>
        <translation>Desktop LLM 不存储 {kind} 类型的图片</translation>
    </message>
    <message>
        <source>a stored image has a malformed name: {name}</source>
        <translation>一张已存储图片的名称格式有误：{name}</translation>
    </message>
    <message>
        <source>cannot store the image: {reason}</source>
        <translation>无法存储图片：{reason}</translation>
    </message>
    <message>
        <source>cannot save the image in {folder}: {reason}</source>
        <translation>无法将图片保存到 {folder}：{reason}</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to be one of the app&apos;s</source>
        <translation>已存储的图片 {path} 太大，不可能是本应用保存的图片</translation>
    </message>
    <message>
        <source>cannot read the image {path}: {reason}</source>
        <translation>无法读取图片 {path}：{reason}</translation>
    </message>
    <message>
        <source>a message can carry at most {count} images</source>
        <translation>一条消息最多可附带 {count} 张图片</translation>
    </message>
    <message>
        <source>the image {name} is no longer stored</source>
        <translation>图片 {name} 已不再存储</translation>
    </message>
</context>
</TS>
