<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name />
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
            <source>For this chat only. Empty: the model's own default.</source>
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
            <source>{name}'s settings: {source}</source>
            <translation>Ajustes de {name}: {source}</translation>
        </message>
        <message>
            <source>{name}'s published default</source>
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
            <source>the family's published default</source>
            <translation>valor publicado de la familia</translation>
        </message>
        <message>
            <source>your setting for all models</source>
            <translation>tu ajuste para todos los modelos</translation>
        </message>
        <message>
            <source>desktop-llm's default</source>
            <translation>valor predeterminado de desktop-llm</translation>
        </message>
        <message>
            <source>the model file</source>
            <translation>el archivo del modelo</translation>
        </message>
        <message>
            <source>{name}'s published defaults</source>
            <translation>los valores publicados de {name}</translation>
        </message>
        <message>
            <source>your changes</source>
            <translation>tus cambios</translation>
        </message>
        <message>
            <source>Based on desktop-llm's defaults</source>
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
            <source>The chat's model</source>
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
            <source>the model file's header could not be read: {error}</source>
            <translation>no se pudo leer la cabecera del archivo del modelo: {error}</translation>
        </message>
    </context>
</TS>
