<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this chat only. Empty: the model&apos;s own default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a helpful assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this system prompt for this chat: its next replies follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named set of the values below; changing a value makes it Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: higher is more varied, 0 always picks the likeliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k: consider only the k likeliest tokens (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p: smallest set of tokens whose probabilities add up to p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-p: drop tokens below this fraction of the likeliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat penalty: above 1 discourages repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max reply tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (-1: different every time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your changes for this model: sampling and loading go back to what the model file or its family recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when the model is loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the chat the model sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers on the GPU (-1: all that fit, 0: CPU only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster and leaner attention where the backend supports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads (0: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the model again with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s settings: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s published default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family&apos;s published default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your setting for all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop-llm&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s published defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on desktop-llm&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on your network with the API key can use the model and read its answers: turn this on only on a network you trust, such as your home; never on public Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other programs (Continue, Open WebUI, scripts using the openai or anthropic library) use your models through an OpenAI- and Anthropic-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key; programs using the old one must be given the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the key on this computer too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond this computer the key is always required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: web pages cannot call the server (e.g. http://localhost:3000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages allowed to call the server from a browser, separated by commas; * allows every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload a model the server loaded for a request after it went unused this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed web pages (CORS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload idle models after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new API key was made: the old one no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any text (no key is asked for on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a client, set the base URL to {url} and the API key to {key}. Models are named by their file name without .gguf (GET /v1/models lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it to let other programs use your models; their requests appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point a client at {url}: each request it makes appears here with its model, tokens and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model file could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model file&apos;s header could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
