<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Long chats leave out their oldest messages first; the system prompt stays.</source>
        <translation>Los chats largos omiten primero los mensajes más antiguos; el prompt del sistema se mantiene.</translation>
    </message>
    <message>
        <source>When a chat outgrows the context, the oldest messages are left out (the system prompt stays).</source>
        <translation>Cuando un chat supera el contexto, se omiten los mensajes más antiguos (el prompt del sistema se mantiene).</translation>
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
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>LoRA: {names}</source>
        <translation>LoRA: {names}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>cut at the length limit</source>
        <translation>cortada en el límite de longitud</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptador</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view (the system prompt was kept).</source>
        <translation>
            <numerusform>%n mensaje anterior no cabía en la ventana de contexto y el modelo no lo vio (se conservó el prompt del sistema).</numerusform>
            <numerusform>%n mensajes anteriores no cabían en la ventana de contexto y el modelo no los vio (se conservó el prompt del sistema).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>%n mensaje anterior no cabía en la ventana de contexto y el modelo no lo vio.</numerusform>
            <numerusform>%n mensajes anteriores no cabían en la ventana de contexto y el modelo no los vio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>The engine log&apos;s lines about this error</source>
        <translation>Las líneas del registro del motor sobre este error</translation>
    </message>
    <message>
        <source>Think: on</source>
        <translation>Pensar: sí</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>Pensar antes de responder</translation>
    </message>
    <message>
        <source>Let the model reason before it answers (its template&apos;s enable_thinking); remembered for this model</source>
        <translation>Deja que el modelo razone antes de responder (enable_thinking de su plantilla); se recuerda para este modelo</translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation>Pensar: no</translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation>Registro del motor</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Imágenes adjuntas</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>Acerca de las imágenes</translation>
    </message>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>Adjuntar imágenes (o arrástralas o pégalas aquí)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Message the model (Shift+Enter: new line)</source>
        <translation>Mensaje al modelo (Mayús+Intro: nueva línea)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Intro envía; Mayús+Intro empieza una nueva línea</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Summarize a text</source>
        <translation>Resumir un texto</translation>
    </message>
    <message>
        <source>Summarize the following text in a few bullet points:

</source>
        <translation>Resume el siguiente texto en unos pocos puntos:

</translation>
    </message>
    <message>
        <source>Explain a concept simply</source>
        <translation>Explicar un concepto con sencillez</translation>
    </message>
    <message>
        <source>Explain, simply and with an everyday example, how </source>
        <translation>Explica, de forma sencilla y con un ejemplo cotidiano, cómo </translation>
    </message>
    <message>
        <source>Write a Python function…</source>
        <translation>Escribir una función de Python…</translation>
    </message>
    <message>
        <source>Write a Python function that </source>
        <translation>Escribe una función de Python que </translation>
    </message>
    <message>
        <source>Translate into French…</source>
        <translation>Traducir al inglés…</translation>
    </message>
    <message>
        <source>Translate into French:

</source>
        <translation>Traduce al inglés:

</translation>
    </message>
    <message>
        <source>How can I help you today?</source>
        <translation>¿En qué puedo ayudarte hoy?</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer.</source>
        <translation>Todo lo que escribes se queda en este equipo.</translation>
    </message>
    <message>
        <source>Loading {name}… {private}</source>
        <translation>Cargando {name}… {private}</translation>
    </message>
    <message>
        <source>{name} is loaded and ready. {private}</source>
        <translation>{name} está cargado y listo. {private}</translation>
    </message>
    <message>
        <source>No model is loaded yet: pick one in the toolbar. {private}</source>
        <translation>Aún no hay ningún modelo cargado: elige uno en la barra de herramientas. {private}</translation>
    </message>
    <message>
        <source>Start a message: “{text}”</source>
        <translation>Empezar un mensaje: «{text}»</translation>
    </message>
    <message>
        <source>Example: {label}</source>
        <translation>Ejemplo: {label}</translation>
    </message>
    <message>
        <source>Puts the start of this prompt in the message box</source>
        <translation>Pone el comienzo de este prompt en el cuadro de mensaje</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>Mensaje del asistente</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>Editar este mensaje y enviarlo de nuevo</translation>
    </message>
    <message>
        <source>Write a new reply (this one is kept)</source>
        <translation>Escribir una nueva respuesta (esta se conserva)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>(no reply: see the error above)</source>
        <translation>(sin respuesta: consulta el mensaje de error)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>Dejar el mensaje como estaba (Esc)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>Guardar &amp;&amp; enviar</translation>
    </message>
    <message>
        <source>Send the edited message as a new version (Ctrl+Enter)</source>
        <translation>Enviar el mensaje editado como una nueva versión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>{language} code</source>
        <translation>Código {language}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>Pensó durante {seconds} s</translation>
    </message>
    <message>
        <source>Thought for {minutes} min {seconds} s</source>
        <translation>Pensó durante {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Reasoning text</source>
        <translation>Texto del razonamiento</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>{label} (expanded)</source>
        <translation>{label} (expandido)</translation>
    </message>
    <message>
        <source>{label} (collapsed)</source>
        <translation>{label} (contraído)</translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation>Ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Mostrar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>Writing a reply…</source>
        <translation>Escribiendo una respuesta…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Iniciando el motor…</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens por segundo</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <source>%v / %m context tokens</source>
        <translation>%v / %m tokens de contexto</translation>
    </message>
    <message>
        <source>Tokens of the context window the open chat takes, as the model sees it</source>
        <translation>Tokens de la ventana de contexto que ocupa el chat abierto, tal como lo ve el modelo</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado al portapapeles</translation>
    </message>
    <message>
        <source>System prompt saved for this chat</source>
        <translation>Prompt del sistema guardado para este chat</translation>
    </message>
    <message>
        <source>System prompt cleared for this chat</source>
        <translation>Prompt del sistema borrado para este chat</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>The open chat takes {tokens} tokens of the {context}-token context</source>
        <translation>El chat abierto ocupa {tokens} tokens de los {context} del contexto</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>pérdida de val. {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>{name} (r{rank}, %n step(s){loss})</source>
        <translation>
            <numerusform>{name} (r{rank}, %n paso{loss})</numerusform>
            <numerusform>{name} (r{rank}, %n pasos{loss})</numerusform>
        </translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptador LoRA</translation>
    </message>
    <message>
        <source>Adapters trained on the current model in the Train tab</source>
        <translation>Adaptadores entrenados sobre el modelo actual en la pestaña Entrenar</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Adapter scale</source>
        <translation>Intensidad del adaptador</translation>
    </message>
    <message>
        <source>0 is the base model, 1 the adapter as trained</source>
        <translation>0 es el modelo base, 1 el adaptador tal como se entrenó</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Compare with base model</source>
        <translation>Comparar con el modelo base</translation>
    </message>
    <message>
        <source>Send one prompt to the base model and to the adapter, side by side</source>
        <translation>Enviar un mismo prompt al modelo base y al adaptador, lado a lado</translation>
    </message>
    <message>
        <source>None (base model)</source>
        <translation>Ninguno (modelo base)</translation>
    </message>
    <message>
        <source>Compare base model and adapter</source>
        <translation>Comparar el modelo base y el adaptador</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>A prompt to send to both</source>
        <translation>Un prompt para enviar a ambos</translation>
    </message>
    <message>
        <source>Run both</source>
        <translation>Ejecutar ambos</translation>
    </message>
    <message>
        <source>With adapter: {name} (×{scale})</source>
        <translation>Con adaptador: {name} (×{scale})</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>{title}: stats</source>
        <translation>{title}: estadísticas</translation>
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
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>No model is selected. Pick one in the model list.</source>
        <translation>No hay ningún modelo seleccionado. Elige uno en la lista de modelos.</translation>
    </message>
    <message>
        <source>Your conversation is safe, with the reply as far as it came; the next message asks the server again.</source>
        <translation>Tu conversación está a salvo, con la respuesta hasta donde llegó; el próximo mensaje volverá a consultar al servidor.</translation>
    </message>
    <message>
        <source>Your conversation is safe; the engine restarts on the next message.</source>
        <translation>Tu conversación está a salvo; el motor se reiniciará con el próximo mensaje.</translation>
    </message>
    <message>
        <source>The documents do not say.</source>
        <translation>Los documentos no lo dicen.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Knowledge for this chat</source>
        <translation>Conocimiento para este chat</translation>
    </message>
    <message>
        <source>Answer from your collections of documents, with citations</source>
        <translation>Responder a partir de tus colecciones de documentos, con citas</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n colección</numerusform>
            <numerusform>%n colecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>Ninguna colección adjunta</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>Responder a partir de estas colecciones:</translation>
    </message>
    <message>
        <source>Dropped into this chat: {files}</source>
        <translation>Archivos arrastrados a este chat: {files}</translation>
    </message>
    <message>
        <source>Answer only from the documents</source>
        <translation>Responder solo a partir de los documentos</translation>
    </message>
    <message>
        <source>When the collections hold nothing relevant, the reply says the documents do not say, instead of answering from the model&apos;s own knowledge</source>
        <translation>Cuando las colecciones no contienen nada relevante, la respuesta indica que los documentos no lo dicen, en lugar de responder con el conocimiento propio del modelo</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>Gestionar colecciones…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Nothing in the attached collections matches this question.</source>
        <translation>Nada en las colecciones adjuntas coincide con esta pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>%n fuente citada</numerusform>
            <numerusform>%n fuentes citadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources (none cited)</source>
        <translation>Fuentes (ninguna citada)</translation>
    </message>
    <message>
        <source>Source {n}: {name}</source>
        <translation>Fuente {n}: {name}</translation>
    </message>
    <message>
        <source>Cited in the reply</source>
        <translation>Citada en la respuesta</translation>
    </message>
    <message>
        <source>Not cited in the reply</source>
        <translation>No citada en la respuesta</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>pág. {page}</translation>
    </message>
    <message>
        <source>Source [{n}]: {name}</source>
        <translation>Fuente [{n}]: {name}</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>The reply cites this passage.</source>
        <translation>La respuesta cita este pasaje.</translation>
    </message>
    <message>
        <source>The reply does not cite this passage.</source>
        <translation>La respuesta no cita este pasaje.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>Abrir el archivo en el visor del sistema</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>El archivo ya no está ahí</translation>
    </message>
    <message>
        <source>{name} must be an integer, got {value}</source>
        <translation>{name} debe ser un número entero; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} debe estar entre {low} y {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} debe ser un número; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} debe ser un número finito; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be in {interval}, got {value}</source>
        <translation>{name} debe estar en {interval}; se recibió {value}</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for tools: choose a model made for tool calling (Qwen 2.5 or 3, Llama 3.1+, Mistral and the like).</source>
        <translation>La plantilla de chat de este modelo no admite herramientas: elige un modelo preparado para llamadas a herramientas (Qwen 2.5 o 3, Llama 3.1+, Mistral y similares).</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>esperando tu respuesta</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sin salida)</translation>
    </message>
    <message>
        <source>(cut to fit the context)</source>
        <translation>(recortado para caber en el contexto)</translation>
    </message>
    <message>
        <source>Tool call, expanded</source>
        <translation>Llamada a herramienta, expandida</translation>
    </message>
    <message>
        <source>Tool call, collapsed</source>
        <translation>Llamada a herramienta, contraída</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Llamadas a herramientas</translation>
    </message>
    <message>
        <source>built-in tool</source>
        <translation>herramienta integrada</translation>
    </message>
    <message>
        <source>from the MCP server {name}</source>
        <translation>del servidor MCP {name}</translation>
    </message>
    <message>
        <source>Approve the tool call {tool}</source>
        <translation>Permitir la llamada a herramienta {tool}</translation>
    </message>
    <message>
        <source>The model wants to run {tool} ({source}).</source>
        <translation>El modelo quiere ejecutar {tool} ({source}).</translation>
    </message>
    <message>
        <source>Code to run</source>
        <translation>Código que se ejecutará</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Allow for this chat</source>
        <translation>Permitir en este chat</translation>
    </message>
    <message>
        <source>Run {tool} without asking again in this conversation</source>
        <translation>Ejecutar {tool} sin volver a preguntar en esta conversación</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>The model is told that you denied the call</source>
        <translation>Se le indicará al modelo que denegaste la llamada</translation>
    </message>
    <message>
        <source>Waiting for your answer; Stop cancels the reply.</source>
        <translation>Esperando tu decisión; «Detener» cancela la respuesta.</translation>
    </message>
    <message>
        <source>Allowed once</source>
        <translation>Permitida una vez</translation>
    </message>
    <message>
        <source>Allowed for this chat</source>
        <translation>Permitida en este chat</translation>
    </message>
    <message>
        <source>Allowed always (Settings)</source>
        <translation>Siempre permitida (Ajustes)</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Tools for this chat</source>
        <translation>Herramientas para este chat</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n herramienta</numerusform>
            <numerusform>%n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat; every call asks you first</source>
        <translation>Deja que el modelo llame a herramientas en este chat; cada llamada te pide permiso antes</translation>
    </message>
    <message>
        <source>No tool is on</source>
        <translation>Ninguna herramienta activada</translation>
    </message>
    <message>
        <source>Tools the model may call in this chat:</source>
        <translation>Herramientas que el modelo puede llamar en este chat:</translation>
    </message>
    <message>
        <source>Folders the file tools may read:</source>
        <translation>Carpetas que pueden leer las herramientas de archivos:</translation>
    </message>
    <message>
        <source>No folder is shared with the file tools.</source>
        <translation>No hay ninguna carpeta compartida con las herramientas de archivos.</translation>
    </message>
    <message>
        <source>Grant a folder…</source>
        <translation>Compartir una carpeta…</translation>
    </message>
    <message>
        <source>Allowed without asking here: {tools}</source>
        <translation>Permitidas aquí sin preguntar: {tools}</translation>
    </message>
    <message>
        <source>Ask again for every call</source>
        <translation>Volver a preguntar en cada llamada</translation>
    </message>
    <message>
        <source>Manage tools and MCP servers…</source>
        <translation>Gestionar herramientas y servidores MCP…</translation>
    </message>
    <message>
        <source>Grant a folder to the file tools</source>
        <translation>Compartir una carpeta con las herramientas de archivos</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>Images cannot be attached here.</source>
        <translation>Aquí no se pueden adjuntar imágenes.</translation>
    </message>
    <message>
        <source>A message can carry at most {count} images.</source>
        <translation>Un mensaje puede llevar como máximo {count} imágenes.</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file), or remove the images.</source>
        <translation>Este modelo no puede ver imágenes: cárgalo con su proyector de visión (archivo mmproj) o quita las imágenes.</translation>
    </message>
    <message>
        <source>This image needs {needed} tokens; {left} are left in this chat&apos;s context. Remove it, or load the model with a longer context.</source>
        <translation>Esta imagen necesita {needed} tokens; quedan {left} en el contexto de este chat. Quítala o carga el modelo con un contexto más largo.</translation>
    </message>
    <message>
        <source>These {count} images need {needed} tokens; {left} are left in this chat&apos;s context. Remove some, or load the model with a longer context.</source>
        <translation>Estas {count} imágenes necesitan {needed} tokens; quedan {left} en el contexto de este chat. Quita algunas o carga el modelo con un contexto más largo.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: not read</source>
        <translation>{name} supera los {limit} MB: no se ha leído</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to send</source>
        <translation>la imagen guardada {path} es demasiado grande para enviarla</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s image {path}: {reason}</source>
        <translation>no se puede leer la imagen {path} del chat: {reason}</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Imagen {name}</translation>
    </message>
    <message>
        <source>Preparing {name}…</source>
        <translation>Preparando {name}…</translation>
    </message>
    <message>
        <source>{name}: click to view</source>
        <translation>{name}: haz clic para verla</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Quitar esta imagen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Images of this message</source>
        <translation>Imágenes de este mensaje</translation>
    </message>
    <message>
        <source>image {number}</source>
        <translation>imagen {number}</translation>
    </message>
    <message>
        <source>This image can no longer be read.</source>
        <translation>Esta imagen ya no se puede leer.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} píxeles</translation>
    </message>
    <message>
        <source>{kind} is not an image type Desktop LLM stores</source>
        <translation>{kind} no es un tipo de imagen que Desktop LLM guarde</translation>
    </message>
    <message>
        <source>a stored image has a malformed name: {name}</source>
        <translation>una imagen guardada tiene un nombre mal formado: {name}</translation>
    </message>
    <message>
        <source>cannot store the image: {reason}</source>
        <translation>no se puede guardar la imagen: {reason}</translation>
    </message>
    <message>
        <source>cannot save the image in {folder}: {reason}</source>
        <translation>no se puede guardar la imagen en {folder}: {reason}</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to be one of the app&apos;s</source>
        <translation>la imagen guardada {path} es demasiado grande para proceder de la aplicación</translation>
    </message>
    <message>
        <source>cannot read the image {path}: {reason}</source>
        <translation>no se puede leer la imagen {path}: {reason}</translation>
    </message>
    <message>
        <source>a message can carry at most {count} images</source>
        <translation>un mensaje puede llevar como máximo {count} imágenes</translation>
    </message>
    <message>
        <source>the image {name} is no longer stored</source>
        <translation>la imagen {name} ya no está guardada</translation>
    </message>
</context>
</TS>
