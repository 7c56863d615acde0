<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>no model is loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>No se encuentra el archivo del modelo: {path}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name}: no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp no pudo cargar {name}: {reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the LoRA adapters</source>
        <translation>llama.cpp no pudo aplicar los adaptadores LoRA</translation>
    </message>
    <message>
        <source>LoRA adapter not found: {path}</source>
        <translation>No se encuentra el adaptador LoRA: {path}</translation>
    </message>
    <message>
        <source>{name} is not a usable GGUF adapter: {reason}</source>
        <translation>{name} no es un adaptador GGUF utilizable: {reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter</source>
        <translation>{name} es un modelo, no un adaptador LoRA</translation>
    </message>
    <message>
        <source>{name} was trained for a {trained} model; the loaded model is {loaded}</source>
        <translation>{name} se entrenó para un modelo {trained}; el modelo cargado es {loaded}</translation>
    </message>
    <message>
        <source>llama.cpp could not load the adapter {name} onto this model: {reason}</source>
        <translation>llama.cpp no pudo cargar el adaptador {name} en este modelo: {reason}</translation>
    </message>
    <message>
        <source>{name} is a reranker: it scores passages, it makes no embeddings</source>
        <translation>{name} es un reranker: puntúa pasajes, no genera embeddings</translation>
    </message>
    <message>
        <source>{name} is not a reranker (its pooling type is not rank)</source>
        <translation>{name} no es un reranker (su tipo de pooling no es rank)</translation>
    </message>
    <message>
        <source>this model&apos;s chat template does not support tools (it never writes them into the prompt); use a model whose template does, or send the request without tools</source>
        <translation>La plantilla de chat de este modelo no admite herramientas (nunca las escribe en el prompt); usa un modelo cuya plantilla las admita o envía la solicitud sin herramientas</translation>
    </message>
    <message>
        <source>this model&apos;s chat template could not render the request&apos;s tools: {reason}</source>
        <translation>La plantilla de chat de este modelo no pudo procesar las herramientas de la solicitud: {reason}</translation>
    </message>
    <message>
        <source>{name} is an embedding model: it finds passages for Knowledge but cannot write replies; choose a chat model</source>
        <translation>{name} es un modelo de embeddings: encuentra pasajes para Conocimiento pero no puede escribir respuestas; elige un modelo de chat</translation>
    </message>
    <message>
        <source>the engine has been shut down</source>
        <translation>El motor se ha cerrado</translation>
    </message>
    <message>
        <source>the engine is not answering ({kind}: {reason})</source>
        <translation>El motor no responde ({kind}: {reason})</translation>
    </message>
    <message>
        <source>the engine stopped answering ({reason})</source>
        <translation>El motor dejó de responder ({reason})</translation>
    </message>
    <message>
        <source>the engine sent a malformed answer: {reason}</source>
        <translation>El motor envió una respuesta mal formada: {reason}</translation>
    </message>
    <message>
        <source>the engine connection broke mid-reply ({kind})</source>
        <translation>La conexión con el motor se cortó a mitad de la respuesta ({kind})</translation>
    </message>
    <message>
        <source>the engine sent a malformed stream chunk: {reason}</source>
        <translation>El motor envió un fragmento de flujo mal formado: {reason}</translation>
    </message>
    <message>
        <source>the engine ended the reply without finishing it</source>
        <translation>El motor cerró la respuesta sin terminarla</translation>
    </message>
    <message>
        <source>the engine sent a malformed status: {reason}</source>
        <translation>El motor envió un estado mal formado: {reason}</translation>
    </message>
    <message>
        <source>the engine could not be started: {reason}</source>
        <translation>No se pudo iniciar el motor: {reason}</translation>
    </message>
    <message>
        <source>the engine did not start within {seconds} s</source>
        <translation>El motor no se inició en {seconds} s</translation>
    </message>
    <message>
        <source>the engine failed to start: it {outcome}</source>
        <translation>El motor no pudo iniciarse: {outcome}</translation>
    </message>
    <message>
        <source>the engine stopped unexpectedly: it {outcome}</source>
        <translation>El motor se detuvo de forma inesperada: {outcome}</translation>
    </message>
    <message>
        <source>cannot use the folder {folder}: {reason}. Make sure it is a folder you can write to, or set {env} to another one</source>
        <translation>No se puede usar la carpeta {folder}: {reason}. Comprueba que tienes permiso de escritura en ella o asigna otra carpeta a {env}</translation>
    </message>
    <message>
        <source>{error}. It can be moved aside (kept, renamed) so the app starts with an empty history</source>
        <translation>{error}. Se puede apartar (se conserva con otro nombre) para que la aplicación se inicie con un historial vacío</translation>
    </message>
    <message>
        <source>{error}. Install the newer version, or move this database aside (kept, renamed) and start fresh</source>
        <translation>{error}. Instala la versión más reciente o aparta esta base de datos (se conserva con otro nombre) y empieza de cero</translation>
    </message>
    <message>
        <source>{error}. Close the other program using it (another desktop-llm command?) and try again</source>
        <translation>{error}. Cierra el otro programa que la está usando (¿otro comando de desktop-llm?) y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{error}. Check the permissions and free space of its folder, or set {env}</source>
        <translation>{error}. Comprueba los permisos y el espacio libre de su carpeta o define {env}</translation>
    </message>
    <message>
        <source>could not move the database {file} aside: {reason}</source>
        <translation>No se pudo apartar la base de datos {file}: {reason}</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is damaged ({reason})</source>
        <translation>{doing}: la base de datos {path} está dañada ({reason})</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is locked by another program ({reason})</source>
        <translation>{doing}: la base de datos {path} está bloqueada por otro programa ({reason})</translation>
    </message>
    <message>
        <source>{doing}: the database {path} cannot be written ({reason})</source>
        <translation>{doing}: no se puede escribir en la base de datos {path} ({reason})</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}: {reason}</translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation>No se puede crear la base de datos {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>database write failed</source>
        <translation>Error al escribir en la base de datos</translation>
    </message>
    <message>
        <source>the database {path} was written by a newer desktop-llm (schema {version}, this one knows {known})</source>
        <translation>La base de datos {path} la escribió una versión más reciente de desktop-llm (esquema {version}; esta conoce hasta {known})</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off.</source>
        <translation>El modo sin conexión está activado (HF_HUB_OFFLINE): la búsqueda y las descargas están desactivadas.</translation>
    </message>
    <message>
        <source>{what} is gated: accept its license on the model&apos;s page, then set a token with access (HF_TOKEN).</source>
        <translation>{what} tiene acceso restringido: acepta su licencia en la página del modelo y luego define un token con acceso (HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found (or is private and needs a token).</source>
        <translation>No se encontró {what} (o es privado y necesita un token).</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (HF_TOKEN).</source>
        <translation>{what} necesita un token de Hugging Face con acceso (HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found on the hub.</source>
        <translation>No se encontró {what} en el hub.</translation>
    </message>
    <message>
        <source>{site} answered {status} for {what}.</source>
        <translation>{site} respondió {status} para {what}.</translation>
    </message>
    <message>
        <source>{site} cannot be reached ({reason}); are you offline?</source>
        <translation>No se puede acceder a {site} ({reason}); ¿estás sin conexión?</translation>
    </message>
    <message>
        <source>{site} answered, but not as a Hugging Face hub does: /api/models sent {kind}, not a JSON list of models. Is the address right (no path after the server&apos;s name, for most mirrors)?</source>
        <translation>{site} respondió, pero no como un hub de Hugging Face: /api/models envió {kind}, no una lista JSON de modelos. ¿Es correcta la dirección (sin ruta tras el nombre del servidor, en la mayoría de los espejos)?</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason})</source>
        <translation>{site} dejó de responder ({reason})</translation>
    </message>
    <message>
        <source>{site} answered /api/models with something other than a list of models; it does not look like a Hugging Face hub or mirror.</source>
        <translation>{site} respondió a /api/models con algo distinto de una lista de modelos; no parece un hub ni un espejo de Hugging Face.</translation>
    </message>
    <message>
        <source>{site} sent an unreadable search answer: {reason}</source>
        <translation>{site} envió una respuesta de búsqueda ilegible: {reason}</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason}); are you offline?</source>
        <translation>{site} dejó de responder ({reason}); ¿estás sin conexión?</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (gated or private model: accept its license on huggingface.co and set HF_TOKEN).</source>
        <translation>{what} necesita un token de Hugging Face con acceso (modelo restringido o privado: acepta su licencia en huggingface.co y define HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found on {site}.</source>
        <translation>No se encontró {what} en {site}.</translation>
    </message>
    <message>
        <source>{file} on the hub is not a readable GGUF file: {reason}</source>
        <translation>{file} en el hub no es un archivo GGUF legible: {reason}</translation>
    </message>
    <message>
        <source>cannot create {lock}: its folder keeps disappearing</source>
        <translation>No se puede crear {lock}: su carpeta desaparece una y otra vez</translation>
    </message>
    <message>
        <source>{file} is already being downloaded by another desktop-llm window or command; it will be in the library when that download finishes.</source>
        <translation>Otra ventana o comando de desktop-llm ya está descargando {file}; aparecerá en la biblioteca cuando termine esa descarga.</translation>
    </message>
    <message>
        <source>Not enough disk space: the download needs {needed} more, {free} is free in {folder}.</source>
        <translation>No hay suficiente espacio en disco: la descarga necesita {needed} más y quedan {free} libres en {folder}.</translation>
    </message>
    <message>
        <source>{file}: the connection keeps failing ({reason}); {kept} kept, retry to resume.</source>
        <translation>{file}: la conexión falla una y otra vez ({reason}); se conservan {kept}, reintenta para reanudar.</translation>
    </message>
    <message>
        <source>{file}: the downloaded data is corrupt ({found}); the partial file was deleted, download it again.</source>
        <translation>{file}: los datos descargados están dañados ({found}); se eliminó el archivo parcial, descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full: {file} stopped at {size}. Free some space, then resume: nothing was lost.</source>
        <translation>El disco está lleno: {file} se detuvo en {size}. Libera espacio y reanuda: no se ha perdido nada.</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>No se puede escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>{name} accepted the request but sent nothing for {seconds} s: the server is stalled or overloaded</source>
        <translation>{name} aceptó la solicitud pero no envió nada durante {seconds} s: el servidor está bloqueado o sobrecargado</translation>
    </message>
    <message>
        <source>cannot reach {name} at {address}: {reason}. Is the server running, and the address right?</source>
        <translation>No se puede acceder a {name} en {address}: {reason}. ¿Está el servidor en marcha y es correcta la dirección?</translation>
    </message>
    <message>
        <source>{name} refused the API key ({http}): {said}. Check the key in Connections (or the variable named with --api-key-env)</source>
        <translation>{name} rechazó la clave de API ({http}): {said}. Comprueba la clave en Conexiones (o la variable indicada con --api-key-env)</translation>
    </message>
    <message>
        <source>{name} does not serve {model} ({said}); it serves: {models}</source>
        <translation>{name} no sirve {model} ({said}); sirve: {models}</translation>
    </message>
    <message>
        <source>{name} says too many requests (429): {said}</source>
        <translation>{name} indica demasiadas solicitudes (429): {said}</translation>
    </message>
    <message>
        <source>{name} failed with {http}: {said}</source>
        <translation>{name} falló con {http}: {said}</translation>
    </message>
    <message>
        <source>{name}: the request does not fit the model&apos;s context: {said}</source>
        <translation>{name}: la solicitud no cabe en el contexto del modelo: {said}</translation>
    </message>
    <message>
        <source>{name} refused the request ({http}): {said}</source>
        <translation>{name} rechazó la solicitud ({http}): {said}</translation>
    </message>
    <message>
        <source>{name} stopped sending in the middle of an answer</source>
        <translation>{name} dejó de enviar a mitad de una respuesta</translation>
    </message>
    <message>
        <source>{name} broke off its answer: {reason}</source>
        <translation>{name} interrumpió su respuesta: {reason}</translation>
    </message>
    <message>
        <source>{name} sent a malformed answer: {reason}</source>
        <translation>{name} envió una respuesta mal formada: {reason}</translation>
    </message>
    <message>
        <source>{name} has no tokenize endpoint; token counts there are estimates</source>
        <translation>{name} no tiene un endpoint de tokenización; sus recuentos de tokens son estimaciones</translation>
    </message>
    <message>
        <source>LoRA adapters apply to a local model only; {name} serves its own</source>
        <translation>Los adaptadores LoRA solo se aplican a un modelo local; {name} sirve el suyo</translation>
    </message>
    <message>
        <source>{name} stopped sending for {seconds} s in the middle of the reply; what arrived is kept</source>
        <translation>{name} dejó de enviar durante {seconds} s a mitad de la respuesta; se conserva lo recibido</translation>
    </message>
    <message>
        <source>the connection to {name} broke mid-reply ({reason}); what arrived is kept</source>
        <translation>La conexión con {name} se cortó a mitad de la respuesta ({reason}); se conserva lo recibido</translation>
    </message>
    <message>
        <source>{name} sent a malformed stream chunk: {reason}</source>
        <translation>{name} envió un fragmento de flujo mal formado: {reason}</translation>
    </message>
    <message>
        <source>{name} ended the reply without finishing it (another request may have interrupted it); what arrived is kept</source>
        <translation>{name} cerró la respuesta sin terminarla (puede que otra solicitud la interrumpiera); se conserva lo recibido</translation>
    </message>
    <message>
        <source>{name} does not serve {model}; it serves {served}</source>
        <translation>{name} no sirve {model}; sirve {served}</translation>
    </message>
    <message>
        <source>no model of {name} is chosen yet</source>
        <translation>Aún no se ha elegido ningún modelo de {name}</translation>
    </message>
    <message>
        <source>cannot store the API key of {name}: {reason}</source>
        <translation>No se puede guardar la clave de API de {name}: {reason}</translation>
    </message>
    <message>
        <source>no connection named {name}; add it with `desktop-llm connections add`</source>
        <translation>No hay ninguna conexión llamada {name}; añádela con `desktop-llm connections add`</translation>
    </message>
    <message>
        <source>a connection named {name} exists already</source>
        <translation>Ya existe una conexión llamada {name}</translation>
    </message>
    <message>
        <source>no connection named {name}</source>
        <translation>No hay ninguna conexión llamada {name}</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>a connection name is letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), got {name}</source>
        <translation>Un nombre de conexión solo admite letras, dígitos, «.», «_» o «-» (64 como máximo); se recibió {name}</translation>
    </message>
    <message>
        <source>context length and concurrency must be 0 or more, the stall timeout 0-3600 s</source>
        <translation>La longitud de contexto y la concurrencia deben ser 0 o más; el tiempo de espera por bloqueo, de 0 a 3600 s</translation>
    </message>
    <message>
        <source>a saved connection is malformed: {reason}</source>
        <translation>Una conexión guardada está mal formada: {reason}</translation>
    </message>
    <message>
        <source>a server address is http:// or https:// and a host, got {url}</source>
        <translation>Una dirección de servidor es http:// o https:// y un host; se recibió {url}</translation>
    </message>
    <message>
        <source>the port in {url} is not a number</source>
        <translation>El puerto de {url} no es un número</translation>
    </message>
    <message>
        <source>another process already holds {path}</source>
        <translation>Otro proceso ya tiene {path}</translation>
    </message>
    <message>
        <source>{file} cannot be read as a projector: {reason}</source>
        <translation>{file} no se puede leer como proyector: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (its architecture is {architecture}, not clip): pick the mmproj file that came with the model</source>
        <translation>{file} no es un proyector de visión (su arquitectura es {architecture}, no clip): elige el archivo mmproj que venía con el modelo</translation>
    </message>
    <message>
        <source>the model {file} cannot be read: {reason}</source>
        <translation>No se puede leer el modelo {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s tools</source>
        <translation>No se pueden leer las herramientas del chat</translation>
    </message>
    <message>
        <source>cannot save the chat&apos;s tools</source>
        <translation>No se pueden guardar las herramientas del chat</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file)</source>
        <translation>Este modelo no puede ver imágenes: cárgalo con su proyector de visión (archivo mmproj)</translation>
    </message>
    <message>
        <source>The image is not a data:image base64 URL of at most 40 MB</source>
        <translation>La imagen no es una URL data:image en base64 de 40 MB como máximo</translation>
    </message>
    <message>
        <source>The image&apos;s base64 data is damaged: {reason}</source>
        <translation>Los datos base64 de la imagen están dañados: {reason}</translation>
    </message>
    <message>
        <source>{file} is a projector for audio, not images</source>
        <translation>{file} es un proyector de audio, no de imágenes</translation>
    </message>
    <message>
        <source>{file} makes image vectors of size {projector} but this model&apos;s embeddings have size {model}: it was made for another model</source>
        <translation>{file} genera vectores de imagen de tamaño {projector}, pero los embeddings de este modelo tienen tamaño {model}: se hizo para otro modelo</translation>
    </message>
    <message>
        <source>The image is too large to open safely (it may be a decompression bomb): {reason}</source>
        <translation>La imagen es demasiado grande para abrirla con seguridad (podría ser una bomba de descompresión): {reason}</translation>
    </message>
    <message>
        <source>The image is empty (0 bytes)</source>
        <translation>La imagen está vacía (0 bytes)</translation>
    </message>
    <message>
        <source>The image is {size} MB; at most {limit} MB are read</source>
        <translation>La imagen ocupa {size} MB; se leen como máximo {limit} MB</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused (it may be a decompression bomb)</source>
        <translation>La imagen mide {width} x {height} píxeles: se rechazan más de {limit} millones de píxeles (podría ser una bomba de descompresión)</translation>
    </message>
    <message>
        <source>The image is damaged or truncated: {reason}</source>
        <translation>La imagen está dañada o truncada: {reason}</translation>
    </message>
    <message>
        <source>The image is too large to open in the memory available</source>
        <translation>La imagen es demasiado grande para abrirla con la memoria disponible</translation>
    </message>
    <message>
        <source>This is not an image Desktop LLM can read (PNG, JPEG, WebP, GIF or BMP)</source>
        <translation>No es una imagen que Desktop LLM pueda leer (PNG, JPEG, WebP, GIF o BMP)</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused</source>
        <translation>La imagen mide {width} x {height} píxeles: se rechazan más de {limit} millones de píxeles</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, WebP, GIF or BMP file</source>
        <translation>La imagen no es un archivo PNG, JPEG, WebP, GIF ni BMP</translation>
    </message>
    <message>
        <source>llama.cpp could not load the vision projector {name}: {reason}</source>
        <translation>llama.cpp no pudo cargar el proyector de visión {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is an audio projector: it cannot read images</source>
        <translation>{name} es un proyector de audio: no puede leer imágenes</translation>
    </message>
    <message>
        <source>llama.cpp could not take the image ({width} x {height})</source>
        <translation>llama.cpp no pudo recibir la imagen ({width} x {height})</translation>
    </message>
    <message>
        <source>llama.cpp could not prepare the images for the model (mtmd_tokenize returned {result})</source>
        <translation>llama.cpp no pudo preparar las imágenes para el modelo (mtmd_tokenize devolvió {result})</translation>
    </message>
    <message>
        <source>images need the model loaded with one parallel slot</source>
        <translation>Las imágenes requieren cargar el modelo con una sola petición en paralelo</translation>
    </message>
    <message>
        <source>vision projector not found: {path}</source>
        <translation>No se encuentra el proyector de visión: {path}</translation>
    </message>
    <message>
        <source>{name} is not a usable vision projector: {reason}</source>
        <translation>{name} no es un proyector de visión utilizable: {reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a vision projector (mmproj)</source>
        <translation>{name} es un modelo, no un proyector de visión (mmproj)</translation>
    </message>
    <message>
        <source>{model} cannot use the projector {projector}: {reason}</source>
        <translation>{model} no puede usar el proyector {projector}: {reason}</translation>
    </message>
    <message>
        <source>llama.cpp found no room in the context&apos;s KV cache for the next tokens</source>
        <translation>llama.cpp no encontró espacio en la caché KV del contexto para los siguientes tokens</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the tokens (llama_decode returned {result})</source>
        <translation>llama.cpp no pudo evaluar los tokens (llama_decode devolvió {result})</translation>
    </message>
    <message>
        <source>the request&apos;s grammar cannot be parsed by llama.cpp</source>
        <translation>llama.cpp no puede analizar la gramática de la solicitud</translation>
    </message>
    <message>
        <source>the prompt has {count} tokens; a slot&apos;s context holds {n_ctx}</source>
        <translation>El prompt tiene {count} tokens; el contexto de un slot admite {n_ctx}</translation>
    </message>
</context>
</TS>
