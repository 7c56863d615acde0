<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>{kind}: {error}

The app keeps running. Details are in {log}.</source>
        <translation>{kind}: {error}

La aplicación sigue funcionando. Los detalles están en {log}.</translation>
    </message>
    <message>
        <source>desktop-llm</source>
        <translation>desktop-llm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translation>No se guardaron los ajustes: {error}</translation>
    </message>
    <message>
        <source>No model in the library yet.</source>
        <translation>Aún no hay ningún modelo en la biblioteca.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>{offloaded}/{layers} layers on GPU</source>
        <translation>{offloaded}/{layers} capas en la GPU</translation>
    </message>
    <message>
        <source>no GPU offload</source>
        <translation>sin descarga a la GPU</translation>
    </message>
    <message>
        <source>Backend: {backend} ({gpu})</source>
        <translation>Motor: {backend} ({gpu})</translation>
    </message>
    <message>
        <source>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Model {size}, engine memory {memory}, loaded in {ms} ms</source>
        <translation>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Modelo {size}, memoria del motor {memory}, cargado en {ms} ms</translation>
    </message>
    <message>
        <source>Ready: {name} · context {n_ctx}</source>
        <translation>Listo: {name} · contexto {n_ctx}</translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation>No se pudo cargar {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as Markdown with &amp;reasoning…</source>
        <translation>Exportar como Markdown con el &amp;razonamiento…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>Other servers: vLLM, llama-server, Ollama, LM Studio, a hosted provider</source>
        <translation>Otros servidores: vLLM, llama-server, Ollama, LM Studio, un proveedor alojado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <source>Searc&amp;h chats</source>
        <translation>&amp;Buscar chats</translation>
    </message>
    <message>
        <source>Rena&amp;me chat…</source>
        <translation>Cambiar el &amp;nombre del chat…</translation>
    </message>
    <message>
        <source>&amp;Delete chat…</source>
        <translation>E&amp;liminar chat…</translation>
    </message>
    <message>
        <source>Chat &amp;settings panel</source>
        <translation>Panel de a&amp;justes del chat</translation>
    </message>
    <message>
        <source>&amp;About desktop-llm</source>
        <translation>&amp;Acerca de desktop-llm</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Chat settings (F9)</source>
        <translation>Ajustes del chat (F9)</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Ajustes del chat</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>Buscar chats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>No chat matches “{words}”.</source>
        <translation>Ningún chat coincide con «{words}».</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Cambiar el nombre del chat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar «{title}» y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model that answers in chat: click to search your models</source>
        <translation>El modelo que responde en el chat: haz clic para buscar entre tus modelos</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Elegir un modelo</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>on {connection} · {state}</source>
        <translation>en {connection} · {state}</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visión</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accesible</translation>
    </message>
    <message>
        <source>401: key refused</source>
        <translation>401: clave rechazada</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>It should run comfortably.</source>
        <translation>Debería funcionar con holgura.</translation>
    </message>
    <message>
        <source>It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM).</source>
        <translation>Debería cargar, pero lento o con poco margen (en parte en la CPU, o usando la mayor parte de la RAM).</translation>
    </message>
    <message>
        <source>It is unlikely to load on this computer.</source>
        <translation>Es poco probable que cargue en este equipo.</translation>
    </message>
    <message>
        <source>About {needed} needed with a default context, {available} available. {verdict}</source>
        <translation>Necesita unos {needed} con el contexto predeterminado; hay {available} disponibles. {verdict}</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Find more models in Discover</source>
        <translation>Encontrar más modelos en Descubrir</translation>
    </message>
    <message>
        <source>No model matches “{words}”. Discover finds models to download.</source>
        <translation>Ningún modelo coincide con «{words}». En Descubrir encontrarás modelos para descargar.</translation>
    </message>
    <message>
        <source>fits</source>
        <comment>fit badge</comment>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <comment>fit badge</comment>
        <translation>justo</translation>
    </message>
    <message>
        <source>too big</source>
        <comment>fit badge</comment>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>Last message: {when}</source>
        <translation>Último mensaje: {when}</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>error inesperado: {kind}: {error}</translation>
    </message>
</context>
</TS>
