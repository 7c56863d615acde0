<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Write the custom instruction first.</source>
        <translation>请先填写自定义指令。</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>长</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Condense a document of any length in the style, length and language you choose.</source>
        <translation>按你选择的风格、长度和语言，为任意长度的文档生成摘要。</translation>
    </message>
    <message>
        <source>Summary style</source>
        <translation>摘要风格</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>摘要长度</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>与文档相同</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>摘要语言</translation>
    </message>
    <message>
        <source>Custom instruction, e.g. “List the action items with owners”</source>
        <translation>自定义指令，例如“列出待办事项及负责人”</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Read scanned pages with the vision model (slow)</source>
        <translation>用视觉模型读取扫描页（较慢）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>摘要将显示在这里。</translation>
    </message>
    <message>
        <source>Earlier summaries</source>
        <translation>以往摘要</translation>
    </message>
    <message>
        <source>Paste text to summarize, or open a document (any length).</source>
        <translation>粘贴要摘要的文本，或打开文档（长度不限）。</translation>
    </message>
    <message>
        <source>Pages without a text layer (scans) are shown to the model as images and read page by page, before the summary.</source>
        <translation>没有文字层的页面（扫描件）会以图像形式交给模型，在摘要之前逐页读取。</translation>
    </message>
    <message>
        <source>The chosen model cannot see images: pair it with its vision projector in the Library (Projector…) to read scanned pages.</source>
        <translation>所选模型无法识别图像：请在模型库中为它配对视觉投影器（投影器…），才能读取扫描页。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {characters}, {tokens} · about {time} on this computer</source>
        <translation>{name}：{characters}，{tokens} · 在本机约需 {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <source>in one pass</source>
        <translation>一次完成</translation>
    </message>
    <message>
        <source>{parts}, {requests} to the model</source>
        <translation>{parts}，向模型发送 {requests}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln 个部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time} ({how}).</source>
        <translation>已完成，用时 {time}（{how}）。</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <translation>{name} 摘要</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translate text or documents between languages, side by side; structure and code are kept.</source>
        <translation>在多种语言之间翻译文本或文档，原文译文并排对照；保留结构和代码。</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>源语言</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <source>Swap the languages (and put the translation on the left)</source>
        <translation>互换语言（并把译文移到左侧）</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>互换语言</translation>
    </message>
    <message>
        <source>From</source>
        <comment>source language</comment>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <comment>target language</comment>
        <translation>译为</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>译文将显示在这里。</translation>
    </message>
    <message>
        <source>AcmeSync
cloud = Wolke</source>
        <comment>a glossary example: a name kept, a term fixed</comment>
        <translation>AcmeSync
cloud = 云端</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Text to translate, or open a document. Code blocks are never translated.</source>
        <translation>输入要翻译的文本，或打开文档。代码块不会被翻译。</translation>
    </message>
    <message>
        <source>Glossary: one term a line; “term” keeps it as is, “term = translation” fixes it</source>
        <translation>术语表：每行一个术语；“术语”表示保持原样，“术语 = 译法”表示固定译法</translation>
    </message>
    <message>
        <source>Detected: {language}</source>
        <translation>检测到：{language}</translation>
    </message>
    <message>
        <source>Language not recognised</source>
        <translation>无法识别语言</translation>
    </message>
    <message>
        <source>The text is already in {language}.</source>
        <translation>文本已经是{language}。</translation>
    </message>
    <message numerus="yes">
        <source>Done in {time} (%n warning(s)).</source>
        <translation>
            <numerusform>已完成，用时 {time}（%n 条警告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}.</source>
        <translation>已完成，用时 {time}。</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>导出译文</translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <comment>an exported translation&apos;s file name</comment>
        <translation>{name}（{language}）</translation>
    </message>
    <message>
        <source>Drop a document here, open one, or paste text below.</source>
        <translation>将文档拖放到这里、打开文档，或在下方粘贴文本。</translation>
    </message>
    <message>
        <source>Choose a document…</source>
        <translation>选择文档…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>translation</source>
        <comment>the text a translation swapped into the source</comment>
        <translation>译文</translation>
    </message>
    <message>
        <source>txt, md, pdf, docx, html or rtf (or drop a file here)</source>
        <translation>txt、md、pdf、docx、html 或 rtf（也可将文件拖放到这里）</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>选择文档</translation>
    </message>
    <message>
        <source>A text, Markdown, PDF, Word, HTML or RTF file of any length. Drop one here, or paste text.</source>
        <translation>任意长度的文本、Markdown、PDF、Word、HTML 或 RTF 文件。可拖放到这里，也可粘贴文本。</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>粘贴文本</translation>
    </message>
    <message>
        <source>Paste the clipboard&apos;s text, or type your own</source>
        <translation>粘贴剪贴板中的文本，或自行输入</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>Open a document or paste some text first.</source>
        <translation>请先打开文档或粘贴一些文本。</translation>
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
        <source>{count} continued</source>
        <translation>{count} 段已续写</translation>
    </message>
    <message>
        <source>{count} trimmed to its last full sentence</source>
        <translation>{count} 段已截断至完整句子</translation>
    </message>
    <message>
        <source>{count} ended with &apos;…&apos; (no full sentence to keep)</source>
        <translation>{count} 段以“…”结尾（无完整句子可保留）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut at the length limit: {ways}</source>
        <translation>
            <numerusform>%n 段达到长度上限：{ways}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {note}.</source>
        <translation>{sentence}{note}。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>Summarizing part</source>
        <translation>正在摘要部分内容</translation>
    </message>
    <message>
        <source>Combining summaries</source>
        <translation>正在合并摘要</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>正在撰写摘要</translation>
    </message>
    <message>
        <source>Translating block</source>
        <translation>正在翻译段落</translation>
    </message>
    <message>
        <source>Summarizing part {done} of {total}</source>
        <translation>正在摘要第 {done} 部分，共 {total} 部分</translation>
    </message>
    <message>
        <source>Translating block {done} of {total}</source>
        <translation>正在翻译第 {done} 段，共 {total} 段</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>进度详情</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{stage} · about {time} left</source>
        <translation>{stage} · 剩余约 {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>失败：{message}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>{name}: the vision model found no text on its scanned pages</source>
        <translation>{name}：视觉模型在其扫描页上没有找到文字</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <source>{reason}. The chosen model can read scanned pages: tick “Read scanned pages with the vision model” and open it again.</source>
        <translation>{reason}。所选模型可以读取扫描页：勾选“用视觉模型读取扫描页（较慢）”后再打开一次。</translation>
    </message>
    <message>
        <source>Short paragraph</source>
        <translation>简短段落</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>要点列表</translation>
    </message>
    <message>
        <source>Detailed, with section headings</source>
        <translation>详细，带小节标题</translation>
    </message>
    <message>
        <source>Custom instruction</source>
        <translation>自定义指令</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>斯洛伐克语</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>匈牙利语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>孟加拉语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印尼语</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>他加禄语</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>斯瓦希里语</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>加泰罗尼亚语</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>克罗地亚语</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>塞尔维亚语</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>斯洛文尼亚语</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>爱沙尼亚语</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>拉脱维亚语</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a ZIP archive (or an Office file with the wrong extension) renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 ZIP 压缩包（或扩展名错误的 Office 文件），被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PDF file renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 PDF 文件，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a program (ELF executable) renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是程序（ELF 可执行文件），被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a Windows program renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 Windows 程序，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PNG image renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 PNG 图片，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a JPEG image renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 JPEG 图片，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GIF image renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 GIF 图片，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GGUF model file renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 GGUF 模型文件，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a gzip archive renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 gzip 压缩包，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is an SQLite database renamed to {suffix}</source>
        <translation>{name} 不是文本文档：它是 SQLite 数据库，被改名为 {suffix}</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}：找不到文件</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 是空文件</translation>
    </message>
    <message>
        <source>{name} is {size} MB; documents up to 100 MB are supported</source>
        <translation>{name} 大小为 {size} MB；仅支持不超过 100 MB 的文档</translation>
    </message>
    <message>
        <source>{name}: a file without an extension is not supported (use {supported})</source>
        <translation>{name}：不支持没有扩展名的文件（请使用 {supported}）</translation>
    </message>
    <message>
        <source>{name}: {suffix} is not supported (use {supported})</source>
        <translation>{name}：不支持 {suffix} 格式（请使用 {supported}）</translation>
    </message>
    <message>
        <source>{name} has no text (scanned pages need OCR first: this PDF has no text layer)</source>
        <translation>{name} 中没有文字（此 PDF 没有文本层：扫描页需要先进行 OCR 识别）</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} 中没有文字</translation>
    </message>
    <message>
        <source>{name} has {count} characters; up to {limit} are supported</source>
        <translation>{name} 共有 {count} 个字符；最多支持 {limit} 个</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} 似乎是二进制文件，而不是文本</translation>
    </message>
    <message>
        <source>{name}: the text encoding could not be recognised (is it a binary file?)</source>
        <translation>{name}：无法识别文本编码（是否为二进制文件？）</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has an odd number of bytes ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} 以 {label} 字节顺序标记开头，但字节数为奇数（{bytes}）：文件不完整，或者不是 {label} 文本</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has a number of bytes that is not a multiple of 4 ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} 以 {label} 字节顺序标记开头，但字节数不是 4 的倍数（{bytes}）：文件不完整，或者不是 {label} 文本</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} at byte {offset} ({reason}): the file is damaged, or it is not {label} text</source>
        <translation>{name} 以 {label} 字节顺序标记开头，但在第 {offset} 字节处不是有效的 {label}（{reason}）：文件已损坏，或者不是 {label} 文本</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer (scanned images?) and were skipped.</source>
        <translation>第 {pages} 页没有文本层（可能是扫描图像），已跳过。</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} 受密码保护</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({reason})</source>
        <translation>{name} 不是可读取的 PDF（{reason}）</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file ({reason})</source>
        <translation>{name} 不是可读取的 .docx 文件（{reason}）</translation>
    </message>
    <message>
        <source>{name}: the part {part} uses a compression Word never writes (method {method}); this is not a .docx from a word processor</source>
        <translation>{name}：部件 {part} 使用了 Word 从不使用的压缩方式（方法 {method}）；这不是文字处理软件生成的 .docx</translation>
    </message>
    <message>
        <source>{name} is password-protected (its parts are encrypted)</source>
        <translation>{name} 受密码保护（其内容已加密）</translation>
    </message>
    <message>
        <source>{name} holds more than {size} of XML, which would take many times that in memory to read: refusing</source>
        <translation>{name} 包含超过 {size} 的 XML，读取时需要数倍于此的内存：已拒绝</translation>
    </message>
    <message>
        <source>{name}: the part {part} expands {ratio} times, to {size}: refusing (this looks like a zip bomb)</source>
        <translation>{name}：部件 {part} 解压后膨胀 {ratio} 倍，达到 {size}：已拒绝（疑似 zip 炸弹）</translation>
    </message>
    <message>
        <source>{name} needs more memory to read than this computer has free</source>
        <translation>读取 {name} 所需的内存超过了本机的可用内存</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (it is not a zip archive)</source>
        <translation>{name} 不是可读取的 .docx 文件（它不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>{name} has {count} parts; a .docx with more than {limit} is refused</source>
        <translation>{name} 包含 {count} 个部件；超过 {limit} 个部件的 .docx 将被拒绝</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (the part {part} is missing)</source>
        <translation>{name} 不是可读取的 .docx 文件（缺少部件 {part}）</translation>
    </message>
    <message>
        <source>{name}: the part {part} is damaged ({reason})</source>
        <translation>{name}：部件 {part} 已损坏（{reason}）</translation>
    </message>
    <message>
        <source>{name} expands to {size} or more when unpacked: refusing (the limit is {limit}; this looks like a zip bomb)</source>
        <translation>{name} 解压后达到 {size} 或更大：已拒绝（上限为 {limit}；疑似 zip 炸弹）</translation>
    </message>
    <message>
        <source>the translation of “{preview}…” was cut at the length limit and trimmed to its last full sentence, so its end may be missing</source>
        <translation>“{preview}…”的译文达到长度上限被截断，已删减到最后一个完整的句子，结尾可能有缺失</translation>
    </message>
    <message>
        <source>the page&apos;s image is {width} x {height} pixels, more than the {limit} million allowed</source>
        <translation>该页的图像为 {width} x {height} 像素，超过允许的 {limit} 百万像素</translation>
    </message>
    <message>
        <source>Only the first {count} scanned pages were read.</source>
        <translation>只读取了前 {count} 个扫描页。</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer and could not be read as images: skipped.</source>
        <translation>第 {pages} 页没有文字层，也无法作为图像读取：已跳过。</translation>
    </message>
    <message>
        <source>Scanned pages read by the vision model: {pages}. Check names and numbers against the original.</source>
        <translation>由视觉模型读取的扫描页：{pages}。请对照原件核对名称和数字。</translation>
    </message>
    <message>
        <source>Page {page}: {reason}</source>
        <translation>第 {page} 页：{reason}</translation>
    </message>
    <message>
        <source>Page {page} does not fit the model&apos;s context as an image.</source>
        <translation>第 {page} 页作为图像放不进模型的上下文。</translation>
    </message>
</context>
</TS>
