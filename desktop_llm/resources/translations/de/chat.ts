<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>{name} (r{rank}, %n step(s){loss})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
</TS>
