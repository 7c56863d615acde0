<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Parallel requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered at once (the API server&apos;s clients, a document&apos;s pieces): each holds a whole context window of memory</source>
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
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n tool(s)</source>
        <translation>
            <numerusform>Ready · %n tool</numerusform>
            <numerusform>Ready · %n tools</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools the model may call in a chat, once you switch them on under the message box. Every call asks you first; a tool that only reads may be allowed always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server wrote to stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mcp.json as it is now: the servers are stopped and started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool only reads: let it run without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool can change things: every call asks you first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of {name}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {name} and starting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from mcp.json? Its tools leave every chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mcp.json and starting its servers again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No editor opened {path}; open it yourself, then press Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools and MCP servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tools are offered as &lt;name&gt;__&lt;tool&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command (runs on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (Streamable HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by spaces; quote an argument that holds spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment, line {line}: write NAME=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, line {line}: write Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than 1 MB; it is probably not an MCP servers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error} (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} must hold a JSON object with &quot;mcpServers&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in {path} must be an object of servers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MCP server has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: transport &quot;{kind}&quot; is not supported (use stdio or Streamable HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; has both &quot;command&quot; and &quot;url&quot;; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; needs &quot;command&quot; (a program to run) or &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;url&quot; must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two MCP servers are named &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer within {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stopped before it was ready: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server process exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; is not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} did not finish within {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; stopped during the call: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; answered an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; failed during the call: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP servers were shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to {name} was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP tool &quot;{tool}&quot; of server &quot;{server}&quot; failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;{name}&quot; any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MCP server named &quot;{name}&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is over {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is not valid arithmetic ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is too large to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute this: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not allowed in a calculation (numbers, + - * / // % **, parentheses and math functions only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no documents are attached to this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no passage {number} in the documents attached to this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folders are shared with this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path holds a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is outside the folders shared with this chat ({folders})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder (read it with read_file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be listed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file (list it with list_folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code to run is missing: pass it as the string argument &quot;code&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is over {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user stopped the Python code{output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python code ran for more than {seconds} seconds and was stopped{output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python code was stopped at the memory limit of the sandbox ({megabytes} MB){output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python code was stopped at the CPU time limit of the sandbox ({seconds} seconds){output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox could not run the code{output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox&apos;s scratch folder {folder} cannot be used ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python sandbox could not start ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
