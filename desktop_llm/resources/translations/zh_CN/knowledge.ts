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
        <source>score {score}</source>
        <translation>得分 {score}</translation>
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
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
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
</context>
</TS>
