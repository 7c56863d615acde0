<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits your GPU.</source>
        <translation>Para obtener mejores respuestas, pruebe {model} ({quantization}, unos {size}): {reason} que cabe en su GPU.</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits this computer&apos;s memory.</source>
        <translation>Para obtener mejores respuestas, pruebe {model} ({quantization}, unos {size}): {reason} que cabe en la memoria de este equipo.</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason}; memory is tight here.</source>
        <translation>Para obtener mejores respuestas, pruebe {model} ({quantization}, unos {size}): {reason}; aquí la memoria es justa.</translation>
    </message>
    <message>
        <source>Private, and works offline</source>
        <translation>Privado y funciona sin conexión</translation>
    </message>
    <message>
        <source>Everything here runs on this computer. Your chats, documents and models stay on it; nothing is sent anywhere, and no account is needed.</source>
        <translation>Todo se ejecuta en este equipo. Sus chats, documentos y modelos se quedan en él; no se envía nada a ninguna parte y no hace falta ninguna cuenta.</translation>
    </message>
    <message>
        <source>A starter model is ready</source>
        <translation>Un modelo inicial está listo</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135M parameters) came with the app, so you can chat right away, even offline.</source>
        <translation>La aplicación incluye un modelo pequeño (SmolLM2, 135 millones de parámetros), así que puede chatear enseguida, incluso sin conexión.</translation>
    </message>
    <message>
        <source>More models in Discover</source>
        <translation>Más modelos en Descubrir</translation>
    </message>
    <message>
        <source>Welcome to desktop-llm</source>
        <translation>Bienvenido a desktop-llm</translation>
    </message>
    <message>
        <source>desktop-llm logo</source>
        <translation>Logotipo de desktop-llm</translation>
    </message>
    <message>
        <source>Chat with language models that run on your own computer.</source>
        <translation>Chatee con modelos de lenguaje que se ejecutan en su propio equipo.</translation>
    </message>
    <message>
        <source>Models are kept in {folder}</source>
        <translation>Los modelos se guardan en {folder}</translation>
    </message>
    <message>
        <source>Show it in Discover</source>
        <translation>Mostrarlo en Descubrir</translation>
    </message>
    <message>
        <source>Open {model} in Discover to download it</source>
        <translation>Abre {model} en Descubrir para descargarlo</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Empezar a chatear</translation>
    </message>
    <message>
        <source>Move it aside and start fresh</source>
        <translation>Apartarlo y empezar de cero</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>desktop-llm cannot start</source>
        <translation>desktop-llm no puede iniciarse</translation>
    </message>
    <message>
        <source>Moving it aside keeps the file, renamed with “.broken-” and the date, next to the new one.</source>
        <translation>Al apartarlo se conserva el archivo, renombrado con «.broken-» y la fecha, junto al nuevo.</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>Los detalles están en {file}.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>ninguna detectada</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>no incluida en esta versión</translation>
    </message>
    <message>
        <source>Runs language models entirely on this computer.</source>
        <translation>Ejecuta modelos de lenguaje por completo en este equipo.</translation>
    </message>
    <message>
        <source>llama-cpp-python {version} · backend {backend} · GPU offload {offload}</source>
        <translation>llama-cpp-python {version} · motor {backend} · descarga en GPU: {offload}</translation>
    </message>
    <message>
        <source>GPU: {gpu} · RAM: {ram}</source>
        <translation>GPU: {gpu} · RAM: {ram}</translation>
    </message>
    <message>
        <source>{folder}: {path}</source>
        <translation>{folder}: {path}</translation>
    </message>
    <message>
        <source>About desktop-llm</source>
        <translation>Acerca de desktop-llm</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Where downloaded models go. A change applies after a restart; models already downloaded stay where they are.</source>
        <translation>Dónde se guardan los modelos descargados. Un cambio se aplica tras reiniciar; los modelos ya descargados se quedan donde están.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>Origen de modelos</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <source>-1: every layer that fits on the GPU; 0: CPU only</source>
        <translation>-1: todas las capas que caben en la GPU; 0: solo CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>0: automatic</source>
        <translation>0: automático</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Telemetry: none. desktop-llm sends nothing anywhere; it only contacts the model source (Hugging Face or your mirror) when you search or download a model.</source>
        <translation>Telemetría: ninguna. desktop-llm no envía nada a ninguna parte; solo contacta con el origen de modelos (Hugging Face o su réplica) cuando busca o descarga un modelo.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time desktop-llm starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie desktop-llm.</translation>
    </message>
    <message>
        <source>Where Discover searches and downloads models: Hugging Face, or a mirror of it (such as https://hf-mirror.com) where huggingface.co cannot be reached.</source>
        <translation>Dónde busca y descarga modelos Descubrir: Hugging Face o un espejo (como https://hf-mirror.com) si no se puede acceder a huggingface.co.</translation>
    </message>
    <message>
        <source>Test the model source</source>
        <translation>Probar el origen de modelos</translation>
    </message>
    <message>
        <source>Ask this address for one model, as a search would</source>
        <translation>Pedir un modelo a esta dirección, como haría una búsqueda</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment, so every request goes to {address}. Unset it to choose the source here.</source>
        <translation>HF_ENDPOINT está definida en el entorno, así que todas las solicitudes van a {address}. Elimínela para elegir el origen aquí.</translation>
    </message>
    <message>
        <source>Hugging Face, or a mirror of it such as https://hf-mirror.com.</source>
        <translation>Hugging Face, o una réplica como https://hf-mirror.com.</translation>
    </message>
    <message>
        <source>Model source error</source>
        <translation>Error del origen de modelos</translation>
    </message>
    <message>
        <source>Model source test</source>
        <translation>Prueba del origen de modelos</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>Asking {address} for a model…</source>
        <translation>Pidiendo un modelo a {address}…</translation>
    </message>
    <message>
        <source>OK: {message}</source>
        <translation>OK: {message}</translation>
    </message>
    <message>
        <source>Folder for downloaded models</source>
        <translation>Carpeta para los modelos descargados</translation>
    </message>
    <message>
        <source>{folder}  (after a restart)</source>
        <translation>{folder}  (tras reiniciar)</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start desktop-llm.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie desktop-llm.</translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation>Página {title}</translation>
    </message>
    <message>
        <source>a capable 7B model</source>
        <translation>un modelo 7B competente</translation>
    </message>
    <message>
        <source>a good 3B all-rounder</source>
        <translation>un buen modelo 3B versátil</translation>
    </message>
    <message>
        <source>a small but useful 1B model</source>
        <translation>un modelo 1B pequeño pero útil</translation>
    </message>
    <message>
        <source>a capable 7B model, fluent in Chinese and English</source>
        <translation>un modelo 7B competente, con dominio del chino y el inglés</translation>
    </message>
    <message>
        <source>a good 3B all-rounder, fluent in Chinese and English</source>
        <translation>un buen modelo 3B versátil, con dominio del chino y el inglés</translation>
    </message>
    <message>
        <source>a small but useful 1.5B model that writes Chinese well</source>
        <translation>un modelo 1,5B pequeño pero útil que escribe bien en chino</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it must start with https:// (or http://)</source>
        <translation>«{address}» no es una dirección web: debe empezar por https:// (o http://)</translation>
    </message>
    <message>
        <source>“{address}” is not a valid web address ({error})</source>
        <translation>«{address}» no es una dirección web válida ({error})</translation>
    </message>
    <message>
        <source>“{address}” uses {scheme}://; a model source must be an http:// or https:// address</source>
        <translation>«{address}» usa {scheme}://; un origen de modelos debe ser una dirección http:// o https://</translation>
    </message>
    <message>
        <source>“{address}” names no server</source>
        <translation>«{address}» no indica ningún servidor</translation>
    </message>
    <message>
        <source>“{address}” contains a space</source>
        <translation>«{address}» contiene un espacio</translation>
    </message>
    <message>
        <source>“{address}” has a query or a fragment (after ? or #); give the server&apos;s address only</source>
        <translation>«{address}» tiene una consulta o un fragmento (tras ? o #); indique solo la dirección del servidor</translation>
    </message>
    <message>
        <source>put no user name or password in the address; use a token (HF_TOKEN) instead</source>
        <translation>no ponga nombre de usuario ni contraseña en la dirección; use un token (HF_TOKEN) en su lugar</translation>
    </message>
</context>
</TS>
