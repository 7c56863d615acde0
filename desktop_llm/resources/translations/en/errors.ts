<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>no model is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not apply the LoRA adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapter not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a usable GGUF adapter: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was trained for a {trained} model; the loaded model is {loaded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not load the adapter {name} onto this model: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a reranker: it scores passages, it makes no embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a reranker (its pooling type is not rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model&apos;s chat template does not support tools (it never writes them into the prompt); use a model whose template does, or send the request without tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model&apos;s chat template could not render the request&apos;s tools: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an embedding model: it finds passages for Knowledge but cannot write replies; choose a chat model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine has been shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine is not answering ({kind}: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine stopped answering ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine sent a malformed answer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine connection broke mid-reply ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine sent a malformed stream chunk: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine ended the reply without finishing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine sent a malformed status: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine could not be started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine did not start within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine failed to start: it {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine stopped unexpectedly: it {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the folder {folder}: {reason}. Make sure it is a folder you can write to, or set {env} to another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. It can be moved aside (kept, renamed) so the app starts with an empty history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. Install the newer version, or move this database aside (kept, renamed) and start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. Close the other program using it (another desktop-llm command?) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. Check the permissions and free space of its folder, or set {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move the database {file} aside: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: the database {path} is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: the database {path} is locked by another program ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: the database {path} cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} was written by a newer desktop-llm (schema {version}, this one knows {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is gated: accept its license on the model&apos;s page, then set a token with access (HF_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not found (or is private and needs a token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (HF_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not found on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} answered {status} for {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} cannot be reached ({reason}); are you offline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} answered, but not as a Hugging Face hub does: /api/models sent {kind}, not a JSON list of models. Is the address right (no path after the server&apos;s name, for most mirrors)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} answered /api/models with something other than a list of models; it does not look like a Hugging Face hub or mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} sent an unreadable search answer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason}); are you offline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (gated or private model: accept its license on huggingface.co and set HF_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was not found on {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} on the hub is not a readable GGUF file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create {lock}: its folder keeps disappearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is already being downloaded by another desktop-llm window or command; it will be in the library when that download finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough disk space: the download needs {needed} more, {free} is free in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the connection keeps failing ({reason}); {kept} kept, retry to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the downloaded data is corrupt ({found}); the partial file was deleted, download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {file} stopped at {size}. Free some space, then resume: nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} accepted the request but sent nothing for {seconds} s: the server is stalled or overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach {name} at {address}: {reason}. Is the server running, and the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} refused the API key ({http}): {said}. Check the key in Connections (or the variable named with --api-key-env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not serve {model} ({said}); it serves: {models}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} says too many requests (429): {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} failed with {http}: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the request does not fit the model&apos;s context: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} refused the request ({http}): {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} stopped sending in the middle of an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} broke off its answer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent a malformed answer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no tokenize endpoint; token counts there are estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapters apply to a local model only; {name} serves its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} stopped sending for {seconds} s in the middle of the reply; what arrived is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to {name} broke mid-reply ({reason}); what arrived is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent a malformed stream chunk: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ended the reply without finishing it (another request may have interrupted it); what arrived is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not serve {model}; it serves {served}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model of {name} is chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the API key of {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection named {name}; add it with `desktop-llm connections add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection named {name} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection name is letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context length and concurrency must be 0 or more, the stall timeout 0-3600 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved connection is malformed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server address is http:// or https:// and a host, got {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port in {url} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process already holds {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as a projector: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a vision projector (its architecture is {architecture}, not clip): pick the mmproj file that came with the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model {file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the chat&apos;s tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not a data:image base64 URL of at most 40 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s base64 data is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a projector for audio, not images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} makes image vectors of size {projector} but this model&apos;s embeddings have size {model}: it was made for another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to open safely (it may be a decompression bomb): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is {size} MB; at most {limit} MB are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused (it may be a decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged or truncated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to open in the memory available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image Desktop LLM can read (PNG, JPEG, WebP, GIF or BMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, WebP, GIF or BMP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not load the vision projector {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an audio projector: it cannot read images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not take the image ({width} x {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not prepare the images for the model (mtmd_tokenize returned {result})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images need the model loaded with one parallel slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision projector not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a usable vision projector: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a model, not a vision projector (mmproj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} cannot use the projector {projector}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp found no room in the context&apos;s KV cache for the next tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the tokens (llama_decode returned {result})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request&apos;s grammar cannot be parsed by llama.cpp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt has {count} tokens; a slot&apos;s context holds {n_ctx}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
