<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits your GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits this computer&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason}; memory is tight here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private, and works offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here runs on this computer. Your chats, documents and models stay on it; nothing is sent anywhere, and no account is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starter model is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135M parameters) came with the app, so you can chat right away, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More models in Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to desktop-llm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop-llm logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with language models that run on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it in Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {model} in Discover to download it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it aside and start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop-llm cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving it aside keeps the file, renamed with “.broken-” and the date, next to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs language models entirely on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama-cpp-python {version} · backend {backend} · GPU offload {offload}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: {gpu} · RAM: {ram}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About desktop-llm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where downloaded models go. A change applies after a restart; models already downloaded stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1: every layer that fits on the GPU; 0: CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry: none. desktop-llm sends nothing anywhere; it only contacts the model source (Hugging Face or your mirror) when you search or download a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time desktop-llm starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Discover searches and downloads models: Hugging Face, or a mirror of it (such as https://hf-mirror.com) where huggingface.co cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the model source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this address for one model, as a search would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment, so every request goes to {address}. Unset it to choose the source here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face, or a mirror of it such as https://hf-mirror.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model source test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {address} for a model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for downloaded models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}  (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time you start desktop-llm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capable 7B model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a good 3B all-rounder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small but useful 1B model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capable 7B model, fluent in Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a good 3B all-rounder, fluent in Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small but useful 1.5B model that writes Chinese well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it must start with https:// (or http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not a valid web address ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” uses {scheme}://; a model source must be an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” has a query or a fragment (after ? or #); give the server&apos;s address only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put no user name or password in the address; use a token (HF_TOKEN) instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
