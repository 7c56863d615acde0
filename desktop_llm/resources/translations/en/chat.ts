<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Long chats leave out their oldest messages first; the system prompt stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a chat outgrows the context, the oldest messages are left out (the system prompt stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut at the length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view (the system prompt was kept).</source>
        <translation>
            <numerusform>%n earlier message did not fit in the context window and was left out of the model&apos;s view (the system prompt was kept).</numerusform>
            <numerusform>%n earlier messages did not fit in the context window and were left out of the model&apos;s view (the system prompt was kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>%n earlier message did not fit in the context window and was left out of the model&apos;s view.</numerusform>
            <numerusform>%n earlier messages did not fit in the context window and were left out of the model&apos;s view.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine log&apos;s lines about this error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model reason before it answers (its template&apos;s enable_thinking); remembered for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the model (Shift+Enter: new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize the following text in a few bullet points:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a concept simply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain, simply and with an everyday example, how </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Python function…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Python function that </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into French…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into French:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can I help you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you type stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}… {private}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is loaded and ready. {private}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet: pick one in the toolbar. {private}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a message: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the start of this prompt in the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new reply (this one is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reply: see the error above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the edited message as a new version (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought for {minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (expanded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (collapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m context tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of the context window the open chat takes, as the model sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt saved for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt cleared for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open chat takes {tokens} tokens of the {context}-token context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (r{rank}, %n step(s){loss})</source>
        <translation>
            <numerusform>{name} (r{rank}, %n step{loss})</numerusform>
            <numerusform>{name} (r{rank}, %n steps{loss})</numerusform>
        </translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapters trained on the current model in the Train tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is the base model, 1 the adapter as trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one prompt to the base model and to the adapter, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (base model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare base model and adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt to send to both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With adapter: {name} (×{scale})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) · {speed} tok/s</source>
        <translation>
            <numerusform>%n token · {speed} tok/s</numerusform>
            <numerusform>%n tokens · {speed} tok/s</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is selected. Pick one in the model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversation is safe, with the reply as far as it came; the next message asks the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversation is safe; the engine restarts on the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents do not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from your collections of documents, with citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n collection</numerusform>
            <numerusform>%n collections</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped into this chat: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer only from the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the collections hold nothing relevant, the reply says the documents do not say, instead of answering from the model&apos;s own knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the attached collections matches this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>%n source cited</numerusform>
            <numerusform>%n sources cited</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources (none cited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cited in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source [{n}]: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply cites this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply does not cite this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be an integer, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be in {interval}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for tools: choose a model made for tool calling (Qwen 2.5 or 3, Llama 3.1+, Mistral and the like).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cut to fit the context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call, expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call, collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the MCP server {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the tool call {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model wants to run {tool} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {tool} without asking again in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is told that you denied the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer; Stop cancels the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed always (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model call tools in this chat; every call asks you first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools the model may call in this chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders the file tools may read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder is shared with the file tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed without asking here: {tools}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again for every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage tools and MCP servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a folder to the file tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images cannot be attached here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message can carry at most {count} images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file), or remove the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image needs {needed} tokens; {left} are left in this chat&apos;s context. Remove it, or load the model with a longer context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These {count} images need {needed} tokens; {left} are left in this chat&apos;s context. Remove some, or load the model with a longer context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored image {path} is too large to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s image {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: click to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image can no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not an image type Desktop LLM stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored image has a malformed name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the image: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the image in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored image {path} is too large to be one of the app&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the image {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message can carry at most {count} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image {name} is no longer stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
