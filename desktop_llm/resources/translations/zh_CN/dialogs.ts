<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits your GPU.</source>
        <translation>想要更好的回答，可以试试 {model}（{quantization}，约 {size}）：{reason}，能放进你的 GPU 显存。</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits this computer&apos;s memory.</source>
        <translation>想要更好的回答，可以试试 {model}（{quantization}，约 {size}）：{reason}，能放进这台电脑的内存。</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason}; memory is tight here.</source>
        <translation>想要更好的回答，可以试试 {model}（{quantization}，约 {size}）：{reason}；这台电脑的内存较紧张。</translation>
    </message>
    <message>
        <source>Private, and works offline</source>
        <translation>私密，可离线使用</translation>
    </message>
    <message>
        <source>Everything here runs on this computer. Your chats, documents and models stay on it; nothing is sent anywhere, and no account is needed.</source>
        <translation>一切都在这台电脑上运行。你的对话、文档和模型都保存在本机，不会发送到任何地方，也无需注册账号。</translation>
    </message>
    <message>
        <source>A starter model is ready</source>
        <translation>入门模型已就绪</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135M parameters) came with the app, so you can chat right away, even offline.</source>
        <translation>应用自带一个小模型（SmolLM2，1.35 亿参数），即使离线也能马上开始对话。</translation>
    </message>
    <message>
        <source>More models in Discover</source>
        <translation>在“发现”中获取更多模型</translation>
    </message>
    <message>
        <source>Welcome to desktop-llm</source>
        <translation>欢迎使用 desktop-llm</translation>
    </message>
    <message>
        <source>desktop-llm logo</source>
        <translation>desktop-llm 标志</translation>
    </message>
    <message>
        <source>Chat with language models that run on your own computer.</source>
        <translation>与在你自己电脑上运行的语言模型对话。</translation>
    </message>
    <message>
        <source>Models are kept in {folder}</source>
        <translation>模型保存在 {folder}</translation>
    </message>
    <message>
        <source>Show it in Discover</source>
        <translation>在“发现”中查看</translation>
    </message>
    <message>
        <source>Open {model} in Discover to download it</source>
        <translation>在“发现”中打开 {model} 以下载</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>Move it aside and start fresh</source>
        <translation>移到一旁并重新开始</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>desktop-llm cannot start</source>
        <translation>desktop-llm 无法启动</translation>
    </message>
    <message>
        <source>Moving it aside keeps the file, renamed with “.broken-” and the date, next to the new one.</source>
        <translation>移到一旁会保留原文件：它会被重命名（加上“.broken-”和日期），放在新文件旁边。</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>详细信息见 {file}。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>未检测到</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>此版本不支持</translation>
    </message>
    <message>
        <source>Runs language models entirely on this computer.</source>
        <translation>完全在这台电脑上运行语言模型。</translation>
    </message>
    <message>
        <source>llama-cpp-python {version} · backend {backend} · GPU offload {offload}</source>
        <translation>llama-cpp-python {version} · 后端 {backend} · GPU 卸载：{offload}</translation>
    </message>
    <message>
        <source>GPU: {gpu} · RAM: {ram}</source>
        <translation>GPU：{gpu} · 内存：{ram}</translation>
    </message>
    <message>
        <source>{folder}: {path}</source>
        <translation>{folder}：{path}</translation>
    </message>
    <message>
        <source>About desktop-llm</source>
        <translation>关于 desktop-llm</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Where downloaded models go. A change applies after a restart; models already downloaded stay where they are.</source>
        <translation>下载的模型存放的位置。更改在重启后生效；已下载的模型保留在原处。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>模型来源</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>-1: every layer that fits on the GPU; 0: CPU only</source>
        <translation>-1：GPU 能容纳的所有层；0：仅使用 CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>0: automatic</source>
        <translation>0：自动</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Telemetry: none. desktop-llm sends nothing anywhere; it only contacts the model source (Hugging Face or your mirror) when you search or download a model.</source>
        <translation>遥测：无。desktop-llm 不会向任何地方发送数据；只有在你搜索或下载模型时，才会连接模型来源（Hugging Face 或你的镜像）。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>A new language applies the next time desktop-llm starts.</source>
        <translation>更改语言后，将在下次启动 desktop-llm 时生效。</translation>
    </message>
    <message>
        <source>Where Discover searches and downloads models: Hugging Face, or a mirror of it (such as https://hf-mirror.com) where huggingface.co cannot be reached.</source>
        <translation>“发现”搜索和下载模型的位置：Hugging Face，或在无法访问 huggingface.co 时使用它的镜像（例如 https://hf-mirror.com）。</translation>
    </message>
    <message>
        <source>Test the model source</source>
        <translation>测试模型来源</translation>
    </message>
    <message>
        <source>Ask this address for one model, as a search would</source>
        <translation>像搜索一样向此地址请求一个模型</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment, so every request goes to {address}. Unset it to choose the source here.</source>
        <translation>环境变量中设置了 HF_ENDPOINT，所有请求都会发往 {address}。取消设置后才能在此选择来源。</translation>
    </message>
    <message>
        <source>Hugging Face, or a mirror of it such as https://hf-mirror.com.</source>
        <translation>Hugging Face，或它的镜像，例如 https://hf-mirror.com。</translation>
    </message>
    <message>
        <source>Model source error</source>
        <translation>模型来源错误</translation>
    </message>
    <message>
        <source>Model source test</source>
        <translation>模型来源测试</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Asking {address} for a model…</source>
        <translation>正在向 {address} 请求模型…</translation>
    </message>
    <message>
        <source>OK: {message}</source>
        <translation>成功：{message}</translation>
    </message>
    <message>
        <source>Folder for downloaded models</source>
        <translation>存放下载模型的文件夹</translation>
    </message>
    <message>
        <source>{folder}  (after a restart)</source>
        <translation>{folder}（重启后生效）</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start desktop-llm.</source>
        <translation>新语言将在下次启动 desktop-llm 时使用。</translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation>{title}页面</translation>
    </message>
    <message>
        <source>a capable 7B model</source>
        <translation>一个能力不错的 7B 模型</translation>
    </message>
    <message>
        <source>a good 3B all-rounder</source>
        <translation>一个全面均衡的 3B 模型</translation>
    </message>
    <message>
        <source>a small but useful 1B model</source>
        <translation>一个小巧但实用的 1B 模型</translation>
    </message>
    <message>
        <source>a capable 7B model, fluent in Chinese and English</source>
        <translation>一个能力不错的 7B 模型，中英文都很流利</translation>
    </message>
    <message>
        <source>a good 3B all-rounder, fluent in Chinese and English</source>
        <translation>一个全面均衡的 3B 模型，中英文都很流利</translation>
    </message>
    <message>
        <source>a small but useful 1.5B model that writes Chinese well</source>
        <translation>一个小巧但实用的 1.5B 模型，中文写得很好</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it must start with https:// (or http://)</source>
        <translation>“{address}”不是网址：必须以 https://（或 http://）开头</translation>
    </message>
    <message>
        <source>“{address}” is not a valid web address ({error})</source>
        <translation>“{address}”不是有效的网址（{error}）</translation>
    </message>
    <message>
        <source>“{address}” uses {scheme}://; a model source must be an http:// or https:// address</source>
        <translation>“{address}”使用的是 {scheme}://；模型来源必须是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>“{address}” names no server</source>
        <translation>“{address}”中没有服务器名</translation>
    </message>
    <message>
        <source>“{address}” contains a space</source>
        <translation>“{address}”包含空格</translation>
    </message>
    <message>
        <source>“{address}” has a query or a fragment (after ? or #); give the server&apos;s address only</source>
        <translation>“{address}”包含查询或片段（? 或 # 之后的部分）；只需填写服务器地址</translation>
    </message>
    <message>
        <source>put no user name or password in the address; use a token (HF_TOKEN) instead</source>
        <translation>不要在地址中填写用户名或密码；请改用令牌（HF_TOKEN）</translation>
    </message>
</context>
</TS>
