<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {error}

The app keeps running. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop-llm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model in the library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{offloaded}/{layers} layers on GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GPU offload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: {backend} ({gpu})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Model {size}, engine memory {memory}, loaded in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {name} · context {n_ctx}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown with &amp;reasoning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other servers: vLLM, llama-server, Ollama, LM Studio, a hosted provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat &amp;settings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About desktop-llm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat settings (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat matches “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that answers in chat: click to search your models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {connection} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should run comfortably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is unlikely to load on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {needed} needed with a default context, {available} available. {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find more models in Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model matches “{words}”. Discover finds models to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <comment>fit badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight</source>
        <comment>fit badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too big</source>
        <comment>fit badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
