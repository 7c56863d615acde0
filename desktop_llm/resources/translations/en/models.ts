<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>fits on GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial offload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find models on Hugging Face and see which file fits this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models from {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model on the left to see its files and whether they fit this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has a vision projector (mmproj): its models can read images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision projector to download with the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded with the model file, in the same download: it lets the model see images. The matching one is chosen by its name, else F16 or Q8_0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit for context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, {gpu} {vram}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, no GPU found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Your downloaded models keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GGUF models match “{query}”. Try other or fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GGUF models were found. Try other or fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: {message} The list shows what was there before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face cannot be reached from this computer. Press Try again once you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page of {repo} cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: {license}    Base model: {base}    Languages: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln download(s)</source>
        <translation>
            <numerusform>↓ %Ln download</numerusform>
            <numerusform>↓ %Ln downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>(gated: needs a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The fit estimate is unavailable: the file header could not be read.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no GGUF files that desktop-llm can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching projector (chosen for each file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n part(s))</source>
        <translation>
            <numerusform>(%n part)</numerusform>
            <numerusform>(%n parts)</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} + projector {projector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision projector and its image buffer {projector}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights {weights} + KV cache {kv} ({tokens} tokens) + compute {compute}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on their way to this computer. Downloads continue in the background and resume after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a model in Discover and press Download: it appears here with its progress, and lands in the Library when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models on this computer: chat with one, make it the default, inspect its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the starter model so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is small and quick, made for trying things out; larger models answer better. Find one in Discover, or import a .gguf file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .gguf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter model is part of the app and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapters are deleted with their run, in the Train tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected model from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees images with {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vision projector (mmproj) that lets this model see images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), {size} on disk · {folder}</source>
        <translation>
            <numerusform>%n model, {size} on disk · {folder}</numerusform>
            <numerusform>%n models, {size} on disk · {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projector: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete… removes it from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision projector: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapter: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>trained here, %n step(s)</source>
        <translation>
            <numerusform>trained here, %n step</numerusform>
            <numerusform>trained here, %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a projector file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair automatically (a projector in the model&apos;s folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vision projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision projectors (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library and delete its file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library (the file itself stays where it is)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} · {architecture} · {parameters} parameters · {quantization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tensors} ({parameters} parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this model has no chat template: ChatML is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other OpenAI-compatible servers: vLLM, llama.cpp&apos;s llama-server, Ollama (…/v1), LM Studio, another desktop-llm, a hosted provider. Their models appear in the model list. API keys are kept in the system keychain, or a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}; asking it for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no models listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answers: {models}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {error}</source>
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
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file ends inside the header while reading {what} at byte {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} claims {size} bytes but the file has only {left} left: it is corrupt or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is empty or shorter than a GGUF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GGUF file (it starts with {shown}; a GGUF file starts with &quot;GGUF&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is truncated: it has {size} bytes but its tensors need {expected} ({missing} missing); the download was probably interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
