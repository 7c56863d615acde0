<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Determinista</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>For this chat only. Empty: the model&apos;s own default.</source>
        <translation>Solo para este chat. Vacío: el valor predeterminado del modelo.</translation>
    </message>
    <message>
        <source>You are a helpful assistant…</source>
        <translation>Eres un asistente útil…</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>Usar este prompt</translation>
    </message>
    <message>
        <source>Save this system prompt for this chat: its next replies follow it</source>
        <translation>Guardar este prompt del sistema para este chat: las próximas respuestas lo seguirán</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Model defaults</source>
        <translation>Valores predeterminados del modelo</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ajuste predefinido</translation>
    </message>
    <message>
        <source>A named set of the values below; changing a value makes it Custom</source>
        <translation>Un conjunto con nombre de los valores de abajo; cambiar un valor lo vuelve Personalizado</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Temperature: higher is more varied, 0 always picks the likeliest</source>
        <translation>Temperatura: cuanto más alta, más variada; 0 elige siempre el más probable</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Top-k: consider only the k likeliest tokens (0: all)</source>
        <translation>Top-k: considerar solo los k tokens más probables (0: todos)</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-p: smallest set of tokens whose probabilities add up to p</source>
        <translation>Top-p: el menor conjunto de tokens cuyas probabilidades suman p</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Min-p: drop tokens below this fraction of the likeliest</source>
        <translation>Min-p: descartar los tokens por debajo de esta fracción del más probable</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1 discourages repetition</source>
        <translation>Penalización por repetición: por encima de 1 desalienta las repeticiones</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>Respuesta más larga, en tokens</translation>
    </message>
    <message>
        <source>Max reply tokens</source>
        <translation>Tokens máx. por respuesta</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Random seed (-1: different every time)</source>
        <translation>Semilla aleatoria (-1: distinta cada vez)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>Forget your changes for this model: sampling and loading go back to what the model file or its family recommends</source>
        <translation>Olvidar tus cambios para este modelo: el muestreo y la carga vuelven a lo que recomienda el archivo del modelo o su familia</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>Carga del modelo</translation>
    </message>
    <message>
        <source>Takes effect when the model is loaded again.</source>
        <translation>Surte efecto al volver a cargar el modelo.</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>Ventana de contexto en tokens</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the chat the model sees</source>
        <translation>Ventana de contexto en tokens: cuánto del chat ve el modelo</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <source>Layers on the GPU (-1: all that fit, 0: CPU only)</source>
        <translation>Capas en la GPU (-1: todas las que quepan, 0: solo CPU)</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Faster and leaner attention where the backend supports it</source>
        <translation>Atención más rápida y ligera donde el backend la admite</translation>
    </message>
    <message>
        <source>KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)</source>
        <translation>Precisión de la caché KV: q8_0 y q4_0 ahorran memoria (q4_0 requiere Flash Attention)</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>Tipo de caché KV</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>CPU threads (0: automatic)</source>
        <translation>Hilos de CPU (0: automático)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Peticiones en paralelo</translation>
    </message>
    <message>
        <source>Requests answered at once (the API server&apos;s clients, a document&apos;s pieces): each holds a whole context window of memory</source>
        <translation>Peticiones atendidas a la vez (los clientes del servidor de API, las partes de un documento): cada una ocupa la memoria de una ventana de contexto completa</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>Recargar modelo</translation>
    </message>
    <message>
        <source>Load the model again with these settings</source>
        <translation>Volver a cargar el modelo con estos ajustes</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>No model loaded yet.</source>
        <translation>Aún no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>Engine information</source>
        <translation>Información del motor</translation>
    </message>
    <message>
        <source>Source of {name}</source>
        <translation>Origen de {name}</translation>
    </message>
    <message>
        <source>{title} section</source>
        <translation>Sección {title}</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to collapse</source>
        <translation>{title}: clic, Espacio o Intro para contraer</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to expand</source>
        <translation>{title}: clic, Espacio o Intro para expandir</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>expandida</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>contraída</translation>
    </message>
    <message>
        <source>{name}&apos;s settings: {source}</source>
        <translation>Ajustes de {name}: {source}</translation>
    </message>
    <message>
        <source>{name}&apos;s published default</source>
        <translation>valor publicado de {name}</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>tu cambio</translation>
    </message>
    <message>
        <source>from the model file</source>
        <translation>del archivo del modelo</translation>
    </message>
    <message>
        <source>the family&apos;s published default</source>
        <translation>valor publicado de la familia</translation>
    </message>
    <message>
        <source>your setting for all models</source>
        <translation>tu ajuste para todos los modelos</translation>
    </message>
    <message>
        <source>desktop-llm&apos;s default</source>
        <translation>valor predeterminado de desktop-llm</translation>
    </message>
    <message>
        <source>the model file</source>
        <translation>el archivo del modelo</translation>
    </message>
    <message>
        <source>{name}&apos;s published defaults</source>
        <translation>los valores publicados de {name}</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>tus cambios</translation>
    </message>
    <message>
        <source>Based on desktop-llm&apos;s defaults</source>
        <translation>Según los valores predeterminados de desktop-llm</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first}, {second} y {third}</translation>
    </message>
    <message>
        <source>Based on {sources}</source>
        <translation>Según {sources}</translation>
    </message>
    <message>
        <source>Anyone on your network with the API key can use the model and read its answers: turn this on only on a network you trust, such as your home; never on public Wi-Fi.</source>
        <translation>Cualquiera en tu red que tenga la clave de API puede usar el modelo y leer sus respuestas: actívalo solo en una red de confianza, como la de tu casa; nunca en una Wi-Fi pública.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Running at {url}</source>
        <translation>En marcha en {url}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Let other programs (Continue, Open WebUI, scripts using the openai or anthropic library) use your models through an OpenAI- and Anthropic-compatible API.</source>
        <translation>Permite que otros programas (Continue, Open WebUI, scripts que usan la biblioteca openai o anthropic) usen tus modelos mediante una API compatible con OpenAI y Anthropic.</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Iniciar servidor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copiar la URL base</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>URL base copiada</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copiar la clave de API</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>Clave de API copiada</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Make a new key; programs using the old one must be given the new one</source>
        <translation>Crear una clave nueva; los programas que usan la anterior necesitarán la nueva</translation>
    </message>
    <message>
        <source>Ask for the key on this computer too</source>
        <translation>Pedir la clave también en este equipo</translation>
    </message>
    <message>
        <source>Beyond this computer the key is always required</source>
        <translation>Desde otros equipos la clave siempre es obligatoria</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Serve on the local network</source>
        <translation>Servir en la red local</translation>
    </message>
    <message>
        <source>none: web pages cannot call the server (e.g. http://localhost:3000)</source>
        <translation>ninguna: las páginas web no pueden llamar al servidor (p. ej., http://localhost:3000)</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server from a browser, separated by commas; * allows every page</source>
        <translation>Páginas web que pueden llamar al servidor desde un navegador, separadas por comas; * permite todas</translation>
    </message>
    <message>
        <source>Model that answers</source>
        <translation>Modelo que responde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Unload a model the server loaded for a request after it went unused this long</source>
        <translation>Descargar un modelo que el servidor cargó para una petición tras este tiempo sin uso</translation>
    </message>
    <message>
        <source>Allowed web pages (CORS)</source>
        <translation>Páginas web permitidas (CORS)</translation>
    </message>
    <message>
        <source>Unload idle models after</source>
        <translation>Descargar modelos inactivos tras</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>The chat&apos;s model</source>
        <translation>El modelo del chat</translation>
    </message>
    <message>
        <source>{name} (not in the library)</source>
        <translation>{name} (no está en la biblioteca)</translation>
    </message>
    <message>
        <source>A new API key was made: the old one no longer works</source>
        <translation>Se creó una nueva clave de API: la anterior ya no funciona</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Detener servidor</translation>
    </message>
    <message>
        <source>the API key above</source>
        <translation>la clave de API de arriba</translation>
    </message>
    <message>
        <source>any text (no key is asked for on this computer)</source>
        <translation>cualquier texto (en este equipo no se pide clave)</translation>
    </message>
    <message>
        <source>In a client, set the base URL to {url} and the API key to {key}. Models are named by their file name without .gguf (GET /v1/models lists them).</source>
        <translation>En un cliente, pon {url} como URL base y {key} como clave de API. Los modelos se llaman como su archivo sin .gguf (GET /v1/models los enumera).</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>El servidor está detenido</translation>
    </message>
    <message>
        <source>Start it to let other programs use your models; their requests appear here.</source>
        <translation>Inícialo para que otros programas usen tus modelos; sus peticiones aparecerán aquí.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aún no hay peticiones</translation>
    </message>
    <message>
        <source>Point a client at {url}: each request it makes appears here with its model, tokens and time.</source>
        <translation>Apunta un cliente a {url}: cada petición que haga aparecerá aquí con su modelo, tokens y tiempo.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>the model file could not be read: {error}</source>
        <translation>no se pudo leer el archivo del modelo: {error}</translation>
    </message>
    <message>
        <source>the model file&apos;s header could not be read: {error}</source>
        <translation>no se pudo leer la cabecera del archivo del modelo: {error}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrada</translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n tool(s)</source>
        <translation>
            <numerusform>Listo · %n herramienta</numerusform>
            <numerusform>Listo · %n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>Herramientas y servidores MCP</translation>
    </message>
    <message>
        <source>Tools the model may call in a chat, once you switch them on under the message box. Every call asks you first; a tool that only reads may be allowed always.</source>
        <translation>Herramientas que el modelo puede llamar en un chat, una vez que las activas bajo el cuadro de mensaje. Cada llamada te pide permiso antes; una herramienta que solo lee se puede permitir siempre.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Comando o dirección</translation>
    </message>
    <message>
        <source>What the server wrote to stderr</source>
        <translation>Lo que el servidor escribió en stderr</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Añadir servidor…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Open mcp.json</source>
        <translation>A&amp;brir mcp.json</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Apply mcp.json as it is now: the servers are stopped and started again</source>
        <translation>Aplicar mcp.json tal como está ahora: los servidores se detienen y se vuelven a iniciar</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Permitir siempre</translation>
    </message>
    <message>
        <source>This tool only reads: let it run without asking</source>
        <translation>Esta herramienta solo lee: dejar que se ejecute sin preguntar</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>Permitir siempre {tool}</translation>
    </message>
    <message>
        <source>Asks every time</source>
        <translation>Pregunta cada vez</translation>
    </message>
    <message>
        <source>This tool can change things: every call asks you first</source>
        <translation>Esta herramienta puede cambiar cosas: cada llamada te pide permiso antes</translation>
    </message>
    <message>
        <source>Status of {name}: {status}</source>
        <translation>Estado de {name}: {status}</translation>
    </message>
    <message>
        <source>Saving {name} and starting it…</source>
        <translation>Guardando e iniciando {name}…</translation>
    </message>
    <message>
        <source>Remove MCP server</source>
        <translation>Quitar servidor MCP</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from mcp.json? Its tools leave every chat.</source>
        <translation>¿Quitar «{name}» de mcp.json? Sus herramientas desaparecen de todos los chats.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>Iniciando {name}…</translation>
    </message>
    <message>
        <source>Reading mcp.json and starting its servers again…</source>
        <translation>Leyendo mcp.json y reiniciando sus servidores…</translation>
    </message>
    <message>
        <source>No editor opened {path}; open it yourself, then press Reload.</source>
        <translation>Ningún editor abrió {path}; ábrelo manualmente y luego pulsa «Recargar».</translation>
    </message>
    <message>
        <source>&amp;Tools and MCP servers…</source>
        <translation>&amp;Herramientas y servidores MCP…</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>Editar servidor MCP</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>Añadir servidor MCP</translation>
    </message>
    <message>
        <source>Its tools are offered as &lt;name&gt;__&lt;tool&gt;</source>
        <translation>Sus herramientas se ofrecen como &lt;nombre&gt;__&lt;herramienta&gt;</translation>
    </message>
    <message>
        <source>Command (runs on this computer)</source>
        <translation>Comando (se ejecuta en este equipo)</translation>
    </message>
    <message>
        <source>Address (Streamable HTTP)</source>
        <translation>Dirección (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Separated by spaces; quote an argument that holds spaces</source>
        <translation>Separados por espacios; pon entre comillas un argumento que contenga espacios</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Ponle un nombre al servidor.</translation>
    </message>
    <message>
        <source>Give the command that starts the server.</source>
        <translation>Indica el comando que inicia el servidor.</translation>
    </message>
    <message>
        <source>The arguments cannot be read: {error}</source>
        <translation>No se pueden leer los argumentos: {error}</translation>
    </message>
    <message>
        <source>Environment, line {line}: write NAME=value</source>
        <translation>Entorno, línea {line}: escribe NOMBRE=valor</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>La dirección debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>Headers, line {line}: write Name: value</source>
        <translation>Cabeceras, línea {line}: escribe Nombre: valor</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>No se pudo leer {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is larger than 1 MB; it is probably not an MCP servers file</source>
        <translation>{path} ocupa más de 1 MB; probablemente no es un archivo de servidores MCP</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} no es texto UTF-8</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>{path} no es un JSON válido: {error} (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object with &quot;mcpServers&quot;</source>
        <translation>{path} debe contener un objeto JSON con &quot;mcpServers&quot;</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in {path} must be an object of servers by name</source>
        <translation>&quot;mcpServers&quot; en {path} debe ser un objeto de servidores por nombre</translation>
    </message>
    <message>
        <source>An MCP server has an empty name</source>
        <translation>Un servidor MCP tiene un nombre vacío</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; must be an object</source>
        <translation>El servidor MCP «{name}» debe ser un objeto</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: transport &quot;{kind}&quot; is not supported (use stdio or Streamable HTTP)</source>
        <translation>Servidor MCP «{name}»: el transporte «{kind}» no es compatible (usa stdio o Streamable HTTP)</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; has both &quot;command&quot; and &quot;url&quot;; keep one</source>
        <translation>El servidor MCP «{name}» tiene &quot;command&quot; y &quot;url&quot; a la vez; deja solo uno</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; needs &quot;command&quot; (a program to run) or &quot;url&quot;</source>
        <translation>El servidor MCP «{name}» necesita &quot;command&quot; (un programa que ejecutar) o &quot;url&quot;</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;url&quot; must start with http:// or https://</source>
        <translation>Servidor MCP «{name}»: &quot;url&quot; debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be non-empty text</source>
        <translation>Servidor MCP «{name}»: &quot;{key}&quot; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be true or false</source>
        <translation>Servidor MCP «{name}»: &quot;{key}&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be a list of texts</source>
        <translation>Servidor MCP «{name}»: &quot;{key}&quot; debe ser una lista de textos</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be an object of texts</source>
        <translation>Servidor MCP «{name}»: &quot;{key}&quot; debe ser un objeto cuyos valores sean textos</translation>
    </message>
    <message>
        <source>Two MCP servers are named &quot;{name}&quot;</source>
        <translation>Hay dos servidores MCP llamados «{name}»</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <source>it did not answer within {seconds} seconds</source>
        <translation>no respondió en {seconds} segundos</translation>
    </message>
    <message>
        <source>it stopped: {error}</source>
        <translation>se detuvo: {error}</translation>
    </message>
    <message>
        <source>it stopped before it was ready: {error}</source>
        <translation>se detuvo antes de estar listo: {error}</translation>
    </message>
    <message>
        <source>the server process exited</source>
        <translation>el proceso del servidor terminó</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; is not available: {reason}</source>
        <translation>El servidor MCP «{server}» no está disponible: {reason}</translation>
    </message>
    <message>
        <source>{name} did not finish within {seconds} seconds</source>
        <translation>{name} no terminó en {seconds} segundos</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; stopped during the call: {error}</source>
        <translation>El servidor MCP «{server}» se detuvo durante la llamada: {error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; answered an error: {error}</source>
        <translation>El servidor MCP «{server}» respondió con un error: {error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; failed during the call: {error}</source>
        <translation>El servidor MCP «{server}» falló durante la llamada: {error}</translation>
    </message>
    <message>
        <source>the connection was lost: {error}</source>
        <translation>se perdió la conexión: {error}</translation>
    </message>
    <message>
        <source>The MCP servers were shut down</source>
        <translation>Los servidores MCP se cerraron</translation>
    </message>
    <message>
        <source>The call to {name} was stopped</source>
        <translation>Se detuvo la llamada a {name}</translation>
    </message>
    <message>
        <source>The MCP tool &quot;{tool}&quot; of server &quot;{server}&quot; failed: {error}</source>
        <translation>La herramienta MCP «{tool}» del servidor «{server}» falló: {error}</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;{name}&quot; any more</source>
        <translation>Ya no hay ningún servidor MCP llamado «{name}»</translation>
    </message>
    <message>
        <source>An MCP server named &quot;{name}&quot; already exists</source>
        <translation>Ya existe un servidor MCP llamado «{name}»</translation>
    </message>
    <message>
        <source>the expression is over {limit} characters</source>
        <translation>la expresión supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>the expression is not valid arithmetic ({problem})</source>
        <translation>la expresión no es una operación aritmética válida ({problem})</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
    <message>
        <source>the result is too large to compute</source>
        <translation>el resultado es demasiado grande para calcularlo</translation>
    </message>
    <message>
        <source>cannot compute this: {problem}</source>
        <translation>no se puede calcular: {problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in a calculation (numbers, + - * / // % **, parentheses and math functions only)</source>
        <translation>{what} no está permitido en un cálculo (solo números, + - * / // % **, paréntesis y funciones matemáticas)</translation>
    </message>
    <message>
        <source>no documents are attached to this chat</source>
        <translation>no hay documentos adjuntos a este chat</translation>
    </message>
    <message>
        <source>the search failed: {error}</source>
        <translation>la búsqueda falló: {error}</translation>
    </message>
    <message>
        <source>there is no passage {number} in the documents attached to this chat</source>
        <translation>no hay ningún pasaje {number} en los documentos adjuntos a este chat</translation>
    </message>
    <message>
        <source>no folders are shared with this chat</source>
        <translation>no hay carpetas compartidas con este chat</translation>
    </message>
    <message>
        <source>the path holds a NUL character</source>
        <translation>la ruta contiene un carácter NUL</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}</source>
        <translation>no se puede abrir {path}: {problem}</translation>
    </message>
    <message>
        <source>{path} is outside the folders shared with this chat ({folders})</source>
        <translation>{path} está fuera de las carpetas compartidas con este chat ({folders})</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder (read it with read_file)</source>
        <translation>{path} es un archivo, no una carpeta (léelo con read_file)</translation>
    </message>
    <message>
        <source>{path} cannot be listed: {problem}</source>
        <translation>no se puede listar {path}: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file (list it with list_folder)</source>
        <translation>{path} es una carpeta, no un archivo (lístala con list_folder)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>no se puede leer {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a text file</source>
        <translation>{name} no es un archivo de texto</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>no se puede leer {name}: {problem}</translation>
    </message>
    <message>
        <source>the code to run is missing: pass it as the string argument &quot;code&quot;</source>
        <translation>falta el código que ejecutar: pásalo como argumento de texto &quot;code&quot;</translation>
    </message>
    <message>
        <source>the code is over {limit} characters</source>
        <translation>el código supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>the user stopped the Python code{output}</source>
        <translation>el usuario detuvo el código de Python{output}</translation>
    </message>
    <message>
        <source>the Python code ran for more than {seconds} seconds and was stopped{output}</source>
        <translation>el código de Python se ejecutó durante más de {seconds} segundos y se detuvo{output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the memory limit of the sandbox ({megabytes} MB){output}</source>
        <translation>el código de Python se detuvo al llegar al límite de memoria del entorno aislado ({megabytes} MB){output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the CPU time limit of the sandbox ({seconds} seconds){output}</source>
        <translation>el código de Python se detuvo al llegar al límite de tiempo de CPU del entorno aislado ({seconds} segundos){output}</translation>
    </message>
    <message>
        <source>the sandbox could not run the code{output}</source>
        <translation>el entorno aislado no pudo ejecutar el código{output}</translation>
    </message>
    <message>
        <source>the sandbox&apos;s scratch folder {folder} cannot be used ({problem})</source>
        <translation>no se puede usar la carpeta de trabajo {folder} del entorno aislado ({problem})</translation>
    </message>
    <message>
        <source>the Python sandbox could not start ({problem})</source>
        <translation>el entorno aislado de Python no pudo iniciarse ({problem})</translation>
    </message>
</context>
</TS>
