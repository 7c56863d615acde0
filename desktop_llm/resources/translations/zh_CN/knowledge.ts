<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Keyword search only</source>
        <translation>仅关键词搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Ask questions of your own documents, with the sources cited.</source>
        <translation>就你自己的文档提问，并注明出处。</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新建文档集…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Ask questions of your own documents</source>
        <translation>就你自己的文档提问</translation>
    </message>
    <message>
        <source>A collection is a set of folders and files (text, Markdown, PDF, Word, HTML, RTF, source code). It is indexed on this computer, and chats can answer from it with the sources cited.</source>
        <translation>文档集是一组文件夹和文件（文本、Markdown、PDF、Word、HTML、RTF、源代码）。索引在本机上建立，对话可以据此回答并注明出处。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>Re-rank results with</source>
        <translation>结果重排序使用</translation>
    </message>
    <message>
        <source>A reranker reads the question with each passage found and puts the ones that answer it first, in every search and chat (slower, often better)</source>
        <translation>重排序模型会把问题与找到的每个段落一起阅读，并把能回答问题的段落排在前面，适用于每次搜索和聊天（更慢，但通常更准）</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建文档集</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>文档集名称：</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>选择文档所在的文件夹</translation>
    </message>
    <message>
        <source>No embedding model in your library: collections use keyword search only. {name} (about {size}) finds passages by meaning too, in more than 100 languages.</source>
        <translation>模型库中没有嵌入模型：文档集只能按关键词搜索。{name}（约 {size}）还能按语义查找段落，支持 100 多种语言。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No reranker in your library. {name} (about {size}) puts the passages that answer the question first. &lt;a href=&quot;download&quot;&gt;Download&lt;/a&gt;</source>
        <translation>你的模型库中没有重排序模型。{name}（约 {size}）会把能回答问题的段落排在前面。 &lt;a href=&quot;download&quot;&gt;下载&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Downloading the reranker…</source>
        <translation>正在下载重排序模型…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done}/{total} 个文件</translation>
    </message>
    <message>
        <source>Paused: what is indexed so far is kept</source>
        <translation>已暂停：已建立的索引会保留</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Indexed: {added} new, {changed} changed, {removed} removed, {failed} not read</source>
        <translation>已索引：新增 {added}，更改 {changed}，移除 {removed}，无法读取 {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in part</source>
        <translation>
            <numerusform>%n 个文件只读取了一部分</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this collection and its index</source>
        <translation>删除此文档集及其索引</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>文件夹和文件</translation>
    </message>
    <message>
        <source>Folders and files of the collection</source>
        <translation>文档集的文件夹和文件</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>重新索引</translation>
    </message>
    <message>
        <source>Read new and changed files again and drop deleted ones</source>
        <translation>重新读取新增和更改的文件，并去掉已删除的文件</translation>
    </message>
    <message>
        <source>Couldn&apos;t read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason</source>
        <translation>无法读取的文件及原因</translation>
    </message>
    <message>
        <source>Try a search</source>
        <translation>试试搜索</translation>
    </message>
    <message>
        <source>Ask something the documents answer…</source>
        <translation>输入文档能回答的问题…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>找到的段落</translation>
    </message>
    <message>
        <source>Press Enter on a passage to read it in its file&apos;s context</source>
        <translation>在段落上按回车键，可在其文件上下文中阅读</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>文件夹：{path}</translation>
    </message>
    <message>
        <source>Keyword search only (BM25)</source>
        <translation>仅关键词搜索（BM25）</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>正在查找新增和更改的文件…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>索引失败：{reason}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何内容。</translation>
    </message>
    <message>
        <source>Keywords and meaning</source>
        <translation>关键词和语义</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>none looks relevant: the documents may not say</source>
        <translation>没有明显相关的内容：文档中可能没有提到</translation>
    </message>
    <message>
        <source>by keywords only: the embedding model could not be used</source>
        <translation>仅按关键词：无法使用嵌入模型</translation>
    </message>
    <message>
        <source>re-ranked</source>
        <translation>已重排序</translation>
    </message>
    <message>
        <source>click a passage to read it in context</source>
        <translation>点击段落可查看上下文</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <source>rerank score {score}</source>
        <translation>重排序得分 {score}</translation>
    </message>
    <message>
        <source>Passage {n}: {name}</source>
        <translation>段落 {n}：{name}</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>向文档集添加文件夹</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>向文档集添加文件</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>删除文档集</translation>
    </message>
    <message>
        <source>Delete “{name}” and its index? Your files stay where they are.</source>
        <translation>删除“{name}”及其索引？你的文件会原样保留。</translation>
    </message>
    <message>
        <source>{file} is no longer in {repo}</source>
        <translation>{repo} 中已没有 {file}</translation>
    </message>
    <message>
        <source>A multilingual embedding model: finds passages by meaning in more than 100 languages</source>
        <translation>多语言嵌入模型：可在 100 多种语言中按语义查找段落</translation>
    </message>
    <message>
        <source>A smaller multilingual embedding model from Google</source>
        <translation>Google 出品的较小的多语言嵌入模型</translation>
    </message>
    <message>
        <source>A tiny, fast embedding model for English documents</source>
        <translation>适用于英文文档的小巧快速的嵌入模型</translation>
    </message>
    <message>
        <source>A multilingual reranker: puts the passages that answer the question first</source>
        <translation>多语言重排序模型：把能回答问题的段落排在前面</translation>
    </message>
    <message>
        <source>This collection is being indexed: pause it, then delete it</source>
        <translation>此文档集正在建立索引：请先暂停，再删除</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing: choose another one, or keyword search only</source>
        <translation>嵌入模型 {path} 不存在：请另选一个，或仅用关键词搜索</translation>
    </message>
    <message>
        <source>This collection is being indexed already</source>
        <translation>此文档集已在建立索引</translation>
    </message>
    <message>
        <source>{name} is not a reranker</source>
        <translation>{name} 不是重排序模型</translation>
    </message>
    <message>
        <source>not found (a removed folder or a disconnected drive?); its files stay in the index</source>
        <translation>未找到（文件夹已删除或驱动器已断开？）；其文件仍保留在索引中</translation>
    </message>
    <message>
        <source>not a supported format</source>
        <translation>不支持的格式</translation>
    </message>
    <message>
        <source>more than {limit} files: only the first {limit} are indexed</source>
        <translation>文件超过 {limit} 个：只索引前 {limit} 个</translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>太大（{size} MB；上限为 {limit} MB）</translation>
    </message>
    <message>
        <source>too large ({detail})</source>
        <translation>太大（{detail}）</translation>
    </message>
    <message>
        <source>too large ({count} characters of text; the limit is {limit})</source>
        <translation>太大（{count} 个字符的文本；上限为 {limit}）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>没有文本</translation>
    </message>
    <message>
        <source>no text layer (scanned?): it needs OCR first</source>
        <translation>没有文本层（扫描件？）：需要先进行 OCR</translation>
    </message>
    <message>
        <source>encrypted (password-protected)</source>
        <translation>已加密（受密码保护）</translation>
    </message>
    <message>
        <source>not text (a binary file with a text file&apos;s name)</source>
        <translation>不是文本（带有文本文件名的二进制文件）</translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation>已损坏（{detail}）</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>无法读取（{detail}）</translation>
    </message>
    <message>
        <source>pages without text (scanned?) were skipped: {pages}</source>
        <translation>已跳过没有文本的页面（扫描页？）：{pages}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>此文档集已不存在（已被删除）</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”</source>
        <translation>没有名为“{name}”的文档集</translation>
    </message>
    <message>
        <source>{vectors} vectors were given for {chunks} chunks</source>
        <translation>为 {chunks} 个文本块提供了 {vectors} 个向量</translation>
    </message>
    <message>
        <source>keyword search failed</source>
        <translation>关键词搜索失败</translation>
    </message>
    <message>
        <source>cannot open the knowledge database</source>
        <translation>无法打开知识库数据库</translation>
    </message>
    <message>
        <source>cannot read the knowledge database</source>
        <translation>无法读取知识库数据库</translation>
    </message>
    <message>
        <source>cannot write the knowledge database</source>
        <translation>无法写入知识库数据库</translation>
    </message>
    <message>
        <source>A collection needs a name</source>
        <translation>文档集需要一个名称</translation>
    </message>
    <message>
        <source>A collection named “{name}” exists already</source>
        <translation>名为“{name}”的文档集已存在</translation>
    </message>
    <message>
        <source>The embedding model returned vectors that are not lists of numbers of one length</source>
        <translation>嵌入模型返回的向量不是长度一致的数字列表</translation>
    </message>
    <message>
        <source>The embedding model returned empty vectors</source>
        <translation>嵌入模型返回了空向量</translation>
    </message>
    <message>
        <source>The embedding model returned vectors of {got} numbers, but this collection&apos;s have {want}: use the model it was indexed with, or choose the new model to embed it again</source>
        <translation>嵌入模型返回的向量有 {got} 个数，但此文档集的向量有 {want} 个：请使用建立索引时的模型，或选择新模型重新嵌入</translation>
    </message>
    <message>
        <source>The embedding model returned a vector that is not made of finite numbers</source>
        <translation>嵌入模型返回的向量包含非有限数值</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing</source>
        <translation>嵌入模型 {path} 不存在</translation>
    </message>
    <message>
        <source>The embedding model {name} cannot be read: {reason}</source>
        <translation>无法读取嵌入模型 {name}：{reason}</translation>
    </message>
    <message>
        <source>The embedding model has been closed</source>
        <translation>嵌入模型已关闭</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded: {reason}</source>
        <translation>无法加载嵌入模型 {name}：{reason}</translation>
    </message>
    <message>
        <source>The embedding model {name} failed: {reason}</source>
        <translation>嵌入模型 {name} 出错：{reason}</translation>
    </message>
    <message>
        <source>Text {index} has {tokens} tokens; the embedding model {name} takes at most {limit}: cut it into smaller chunks</source>
        <translation>文本 {index} 有 {tokens} 个 token；嵌入模型 {name} 最多接受 {limit} 个：请切成更小的块</translation>
    </message>
    <message>
        <source>A text is longer than the embedding model {name} takes ({limit} tokens)</source>
        <translation>有文本超出嵌入模型 {name} 的长度上限（{limit} 个 token）</translation>
    </message>
    <message>
        <source>The embedding worker sent a malformed answer</source>
        <translation>嵌入工作进程返回了格式错误的应答</translation>
    </message>
    <message>
        <source>The embedding model {name} produced an invalid vector</source>
        <translation>嵌入模型 {name} 生成了无效的向量</translation>
    </message>
    <message>
        <source>The embedding model {name} sent {got} dimensions instead of {expected}</source>
        <translation>嵌入模型 {name} 返回了 {got} 维，而不是 {expected} 维</translation>
    </message>
    <message>
        <source>The reranker {path} is missing</source>
        <translation>重排序模型 {path} 不存在</translation>
    </message>
    <message>
        <source>The reranker {name} cannot be read: {reason}</source>
        <translation>无法读取重排序模型 {name}：{reason}</translation>
    </message>
    <message>
        <source>The reranker has been closed</source>
        <translation>重排序模型已关闭</translation>
    </message>
    <message>
        <source>The reranker {name} could not be loaded: {reason}</source>
        <translation>无法加载重排序模型 {name}：{reason}</translation>
    </message>
    <message>
        <source>The reranker {name} failed: {reason}</source>
        <translation>重排序模型 {name} 出错：{reason}</translation>
    </message>
    <message>
        <source>A passage is too long for the reranker {name} ({limit} tokens with the query): {reason}</source>
        <translation>有段落对重排序模型 {name} 来说太长（连同查询最多 {limit} 个 token）：{reason}</translation>
    </message>
    <message>
        <source>The reranker worker sent a malformed answer</source>
        <translation>重排序进程返回了格式错误的应答</translation>
    </message>
    <message>
        <source>The reranker {name} produced an invalid score</source>
        <translation>重排序模型 {name} 给出了无效的得分</translation>
    </message>
</context>
</TS>
