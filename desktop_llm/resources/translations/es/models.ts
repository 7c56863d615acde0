<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>fits on GPU</source>
        <translation>cabe en la GPU</translation>
    </message>
    <message>
        <source>partial offload</source>
        <translation>descarga parcial</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>solo CPU</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Find models on Hugging Face and see which file fits this computer.</source>
        <translation>Busca modelos en Hugging Face y mira qué archivo encaja en este equipo.</translation>
    </message>
    <message>
        <source>Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)</source>
        <translation>Buscar modelos GGUF en Hugging Face (p. ej. llama 3.2, qwen, gemma)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>descargas</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>me gusta</translation>
    </message>
    <message>
        <source>recently updated</source>
        <translation>actualizados recientemente</translation>
    </message>
    <message>
        <source>trending</source>
        <translation>tendencias</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Ordenar resultados por</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Models from {url}</source>
        <translation>Modelos de {url}</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>Origen de los modelos</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>Estado del hub</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>Recomendados para empezar</translation>
    </message>
    <message>
        <source>Pick a model on the left to see its files and whether they fit this computer.</source>
        <translation>Elige un modelo a la izquierda para ver sus archivos y si encajan en este equipo.</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Ficha del modelo</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>This repository has a vision projector (mmproj): its models can read images.</source>
        <translation>Este repositorio tiene un proyector de visión (mmproj): sus modelos pueden leer imágenes.</translation>
    </message>
    <message>
        <source>Vision model</source>
        <translation>Modelo de visión</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Vision projector to download with the model</source>
        <translation>Proyector de visión que se descarga con el modelo</translation>
    </message>
    <message>
        <source>Downloaded with the model file, in the same download: it lets the model see images. The matching one is chosen by its name, else F16 or Q8_0.</source>
        <translation>Se descarga con el archivo del modelo, en la misma descarga: permite que el modelo vea imágenes. El adecuado se elige por su nombre; si no, F16 o Q8_0.</translation>
    </message>
    <message>
        <source>Fit for context length</source>
        <translation>Estimación para un contexto de</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation>Longitud de contexto para la estimación</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Archivos del modelo</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, {gpu} {vram}</source>
        <translation>Este equipo: {ram} de RAM, {gpu} {vram}</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, no GPU found</source>
        <translation>Este equipo: {ram} de RAM, no se encontró GPU</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>{message} Your downloaded models keep working.</source>
        <translation>{message} Tus modelos descargados siguen funcionando.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>restringido: necesita un token</translation>
    </message>
    <message>
        <source>No GGUF models match “{query}”. Try other or fewer words.</source>
        <translation>Ningún modelo GGUF coincide con «{query}». Prueba con otras palabras o con menos.</translation>
    </message>
    <message>
        <source>No GGUF models were found. Try other or fewer words.</source>
        <translation>No se encontraron modelos GGUF. Prueba con otras palabras o con menos.</translation>
    </message>
    <message>
        <source>The search failed: {message} The list shows what was there before.</source>
        <translation>La búsqueda falló: {message} La lista muestra los resultados anteriores.</translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation>La búsqueda falló: {message}</translation>
    </message>
    <message>
        <source>Hugging Face cannot be reached from this computer. Press Try again once you are online.</source>
        <translation>No se puede acceder a Hugging Face desde este equipo. Pulsa Reintentar cuando tengas conexión.</translation>
    </message>
    <message>
        <source>The page of {repo} cannot be shown: {reason}</source>
        <translation>No se puede mostrar la página de {repo}: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>License: {license}    Base model: {base}    Languages: {languages}</source>
        <translation>Licencia: {license}    Modelo base: {base}    Idiomas: {languages}</translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln download(s)</source>
        <translation>
            <numerusform>↓ %Ln descarga</numerusform>
            <numerusform>↓ %Ln descargas</numerusform>
        </translation>
    </message>
    <message>
        <source>(gated: needs a token)</source>
        <translation>(restringido: necesita un token)</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>(The fit estimate is unavailable: the file header could not be read.)</source>
        <translation>(No hay estimación: no se pudo leer la cabecera del archivo.)</translation>
    </message>
    <message>
        <source>This repository has no GGUF files that desktop-llm can run.</source>
        <translation>Este repositorio no tiene archivos GGUF que desktop-llm pueda ejecutar.</translation>
    </message>
    <message>
        <source>The matching projector (chosen for each file)</source>
        <translation>El proyector adecuado (elegido para cada archivo)</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>Ninguno: solo texto</translation>
    </message>
    <message numerus="yes">
        <source>(%n part(s))</source>
        <translation>
            <numerusform>(%n parte)</numerusform>
            <numerusform>(%n partes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} + projector {projector}</source>
        <translation>{model} + proyector {projector}</translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation>Capas en GPU: {layers}</translation>
    </message>
    <message>
        <source>Vision projector and its image buffer {projector}</source>
        <translation>Proyector de visión y su búfer de imágenes {projector}</translation>
    </message>
    <message>
        <source>Weights {weights} + KV cache {kv} ({tokens} tokens) + compute {compute}</source>
        <translation>Pesos {weights} + caché KV {kv} ({tokens} tokens) + cálculo {compute}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Descargar {name}</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Models on their way to this computer. Downloads continue in the background and resume after a restart.</source>
        <translation>Modelos de camino a este equipo. Las descargas continúan en segundo plano y se reanudan tras un reinicio.</translation>
    </message>
    <message>
        <source>No downloads yet</source>
        <translation>Aún no hay descargas</translation>
    </message>
    <message>
        <source>Find a model in Discover and press Download: it appears here with its progress, and lands in the Library when it is done.</source>
        <translation>Busca un modelo en Descubrir y pulsa Descargar: aparece aquí con su progreso y pasa a la Biblioteca al terminar.</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>Sin descargas</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Explorar modelos</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Pausar la descarga</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reanudar la descarga</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Reintentar la descarga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Quitar la descarga</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>descargado</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>The models on this computer: chat with one, make it the default, inspect its details.</source>
        <translation>Los modelos de este equipo: chatea con uno, hazlo predeterminado, examina sus detalles.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Local models</source>
        <translation>Modelos locales</translation>
    </message>
    <message>
        <source>Only the starter model so far</source>
        <translation>Por ahora solo el modelo inicial</translation>
    </message>
    <message>
        <source>It is small and quick, made for trying things out; larger models answer better. Find one in Discover, or import a .gguf file you already have.</source>
        <translation>Es pequeño y rápido, pensado para probar; los modelos más grandes responden mejor. Busca uno en Descubrir o importa un archivo .gguf que ya tengas.</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Uso del disco</translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation>Chatear con él</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Predeterminar</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Import .gguf…</source>
        <translation>Importar .gguf…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Projector…</source>
        <translation>Proyector…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>The starter model is part of the app and stays.</source>
        <translation>El modelo inicial forma parte de la aplicación y se queda.</translation>
    </message>
    <message>
        <source>Adapters are deleted with their run, in the Train tab.</source>
        <translation>Los adaptadores se eliminan con su entrenamiento, en la pestaña Entrenar.</translation>
    </message>
    <message>
        <source>Remove the selected model from the library</source>
        <translation>Quitar el modelo seleccionado de la biblioteca</translation>
    </message>
    <message>
        <source>Sees images with {file}</source>
        <translation>Ve imágenes con {file}</translation>
    </message>
    <message>
        <source>Choose the vision projector (mmproj) that lets this model see images</source>
        <translation>Elegir el proyector de visión (mmproj) que permite a este modelo ver imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), {size} on disk · {folder}</source>
        <translation>
            <numerusform>%n modelo, {size} en disco · {folder}</numerusform>
            <numerusform>%n modelos, {size} en disco · {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visión</translation>
    </message>
    <message>
        <source>projector: {kind}</source>
        <translation>proyector: {kind}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>broken: {reason}</source>
        <translation>dañado: {reason}</translation>
    </message>
    <message>
        <source>Delete… removes it from the library.</source>
        <translation>Eliminar… lo quita de la biblioteca.</translation>
    </message>
    <message>
        <source>Vision projector: {path}</source>
        <translation>Proyector de visión: {path}</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>pérdida de validación {before} → {after}</translation>
    </message>
    <message>
        <source>LoRA adapter: {name}</source>
        <translation>Adaptador LoRA: {name}</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptador</translation>
    </message>
    <message numerus="yes">
        <source>trained here, %n step(s)</source>
        <translation>
            <numerusform>entrenado aquí, %n paso</numerusform>
            <numerusform>entrenado aquí, %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a projector file…</source>
        <translation>Elegir un archivo de proyector…</translation>
    </message>
    <message>
        <source>Pair automatically (a projector in the model&apos;s folder)</source>
        <translation>Emparejar automáticamente (un proyector en la carpeta del modelo)</translation>
    </message>
    <message>
        <source>Choose a vision projector</source>
        <translation>Elegir un proyector de visión</translation>
    </message>
    <message>
        <source>Vision projectors (*.gguf)</source>
        <translation>Proyectores de visión (*.gguf)</translation>
    </message>
    <message>
        <source>Projector not used</source>
        <translation>Proyector no utilizado</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation>No se puede usar {file}: {reason}</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptador LoRA</translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation>Modelo inicial</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library and delete its file?</source>
        <translation>¿Quitar {name} ({size}) de la biblioteca y eliminar su archivo?</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library (the file itself stays where it is)?</source>
        <translation>¿Quitar {name} ({size}) de la biblioteca (el archivo se queda donde está)?</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Error al eliminar</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>{size} · {architecture} · {parameters} parameters · {quantization}</source>
        <translation>{size} · {architecture} · {parameters} parámetros · {quantization}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>{tensors} ({parameters} parameters)</source>
        <translation>{tensors} ({parameters} parámetros)</translation>
    </message>
    <message>
        <source>(this model has no chat template: ChatML is used)</source>
        <translation>(este modelo no tiene plantilla de chat: se usa ChatML)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible servers: vLLM, llama.cpp&apos;s llama-server, Ollama (…/v1), LM Studio, another desktop-llm, a hosted provider. Their models appear in the model list. API keys are kept in the system keychain, or a file only you can read.</source>
        <translation>Otros servidores compatibles con OpenAI: vLLM, llama-server de llama.cpp, Ollama (…/v1), LM Studio, otro desktop-llm, un proveedor alojado. Sus modelos aparecen en la lista de modelos. Las claves de API se guardan en el llavero del sistema o en un archivo que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation>preguntar al servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud de contexto</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Asking {address}…</source>
        <translation>Consultando {address}…</translation>
    </message>
    <message>
        <source>Saved {name}; asking it for its models…</source>
        <translation>{name} guardada; consultando sus modelos…</translation>
    </message>
    <message>
        <source>no models listed</source>
        <translation>no lista modelos</translation>
    </message>
    <message>
        <source>{name} answers: {models}</source>
        <translation>{name} responde: {models}</translation>
    </message>
    <message>
        <source>{name}: {status}. {message}</source>
        <translation>{name}: {status}. {message}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
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
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>file ends inside the header while reading {what} at byte {position}</source>
        <translation>el archivo termina dentro de la cabecera al leer {what} en el byte {position}</translation>
    </message>
    <message>
        <source>{what} claims {size} bytes but the file has only {left} left: it is corrupt or cut short</source>
        <translation>{what} indica {size} bytes pero al archivo solo le quedan {left}: está dañado o incompleto</translation>
    </message>
    <message>
        <source>file is empty or shorter than a GGUF header</source>
        <translation>el archivo está vacío o es más corto que una cabecera GGUF</translation>
    </message>
    <message>
        <source>not a GGUF file (it starts with {shown}; a GGUF file starts with &quot;GGUF&quot;)</source>
        <translation>no es un archivo GGUF (empieza por {shown}; un archivo GGUF empieza por &quot;GGUF&quot;)</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>versión de GGUF {version} no admitida (se admiten: 2 y 3)</translation>
    </message>
    <message>
        <source>file is truncated: it has {size} bytes but its tensors need {expected} ({missing} missing); the download was probably interrupted</source>
        <translation>el archivo está truncado: tiene {size} bytes pero sus tensores necesitan {expected} (faltan {missing}); probablemente se interrumpió la descarga</translation>
    </message>
</context>
</TS>
