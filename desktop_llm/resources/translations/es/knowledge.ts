<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Keyword search only</source>
        <translation>Solo búsqueda por palabras clave</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Ask questions of your own documents, with the sources cited.</source>
        <translation>Haz preguntas sobre tus propios documentos, con las fuentes citadas.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Ask questions of your own documents</source>
        <translation>Haz preguntas sobre tus propios documentos</translation>
    </message>
    <message>
        <source>A collection is a set of folders and files (text, Markdown, PDF, Word, HTML, RTF, source code). It is indexed on this computer, and chats can answer from it with the sources cited.</source>
        <translation>Una colección es un conjunto de carpetas y archivos (texto, Markdown, PDF, Word, HTML, RTF, código fuente). Se indexa en este equipo y los chats pueden responder a partir de ella citando las fuentes.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Re-rank results with</source>
        <translation>Reordenar resultados con</translation>
    </message>
    <message>
        <source>A reranker reads the question with each passage found and puts the ones that answer it first, in every search and chat (slower, often better)</source>
        <translation>Un reranker lee la pregunta junto con cada pasaje encontrado y pone primero los que la responden, en cada búsqueda y chat (más lento, a menudo mejor)</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nombre de la colección:</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Elegir una carpeta de documentos</translation>
    </message>
    <message>
        <source>No embedding model in your library: collections use keyword search only. {name} (about {size}) finds passages by meaning too, in more than 100 languages.</source>
        <translation>No hay ningún modelo de embeddings en tu biblioteca: las colecciones solo usan la búsqueda por palabras clave. {name} (unos {size}) también encuentra pasajes por su significado, en más de 100 idiomas.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No reranker in your library. {name} (about {size}) puts the passages that answer the question first. &lt;a href=&quot;download&quot;&gt;Download&lt;/a&gt;</source>
        <translation>No hay ningún reranker en tu biblioteca. {name} (unos {size}) pone primero los pasajes que responden a la pregunta. &lt;a href=&quot;download&quot;&gt;Descargar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Downloading the reranker…</source>
        <translation>Descargando el reranker…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n segundo</numerusform>
            <numerusform>quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n minuto</numerusform>
            <numerusform>quedan aproximadamente %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} de {total} archivos</translation>
    </message>
    <message>
        <source>Paused: what is indexed so far is kept</source>
        <translation>En pausa: se conserva lo indexado hasta ahora</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Indexed: {added} new, {changed} changed, {removed} removed, {failed} not read</source>
        <translation>Indexado: {added} nuevos, {changed} cambiados, {removed} quitados, {failed} sin leer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in part</source>
        <translation>
            <numerusform>%n archivo leído en parte</numerusform>
            <numerusform>%n archivos leídos en parte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this collection and its index</source>
        <translation>Eliminar esta colección y su índice</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Carpetas y archivos</translation>
    </message>
    <message>
        <source>Folders and files of the collection</source>
        <translation>Carpetas y archivos de la colección</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Reindexar</translation>
    </message>
    <message>
        <source>Read new and changed files again and drop deleted ones</source>
        <translation>Volver a leer los archivos nuevos y cambiados y quitar los eliminados</translation>
    </message>
    <message>
        <source>Couldn&apos;t read</source>
        <translation>No se pudieron leer</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason</source>
        <translation>Archivos que no se pudieron leer, con el motivo</translation>
    </message>
    <message>
        <source>Try a search</source>
        <translation>Prueba una búsqueda</translation>
    </message>
    <message>
        <source>Ask something the documents answer…</source>
        <translation>Pregunta algo que respondan los documentos…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Consulta de búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>Pasajes encontrados</translation>
    </message>
    <message>
        <source>Press Enter on a passage to read it in its file&apos;s context</source>
        <translation>Pulsa Intro en un pasaje para leerlo en el contexto de su archivo</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Carpeta: {path}</translation>
    </message>
    <message>
        <source>Keyword search only (BM25)</source>
        <translation>Solo búsqueda por palabras clave (BM25)</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>Buscando archivos nuevos y cambiados…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>Error al indexar: {reason}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Keywords and meaning</source>
        <translation>Palabras clave y significado</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n pasaje</numerusform>
            <numerusform>%n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>none looks relevant: the documents may not say</source>
        <translation>nada parece relevante: puede que los documentos no lo digan</translation>
    </message>
    <message>
        <source>by keywords only: the embedding model could not be used</source>
        <translation>solo por palabras clave: no se pudo usar el modelo de embeddings</translation>
    </message>
    <message>
        <source>re-ranked</source>
        <translation>reordenado</translation>
    </message>
    <message>
        <source>click a passage to read it in context</source>
        <translation>haz clic en un pasaje para leerlo en contexto</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>puntuación {score}</translation>
    </message>
    <message>
        <source>rerank score {score}</source>
        <translation>puntuación de reordenación {score}</translation>
    </message>
    <message>
        <source>Passage {n}: {name}</source>
        <translation>Pasaje {n}: {name}</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Error en la búsqueda: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Añadir una carpeta a la colección</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Añadir archivos a la colección</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <source>Delete “{name}” and its index? Your files stay where they are.</source>
        <translation>¿Eliminar «{name}» y su índice? Tus archivos se quedan donde están.</translation>
    </message>
    <message>
        <source>{file} is no longer in {repo}</source>
        <translation>{file} ya no está en {repo}</translation>
    </message>
    <message>
        <source>A multilingual embedding model: finds passages by meaning in more than 100 languages</source>
        <translation>Un modelo de embeddings multilingüe: encuentra pasajes por su significado en más de 100 idiomas</translation>
    </message>
    <message>
        <source>A smaller multilingual embedding model from Google</source>
        <translation>Un modelo de embeddings multilingüe más pequeño, de Google</translation>
    </message>
    <message>
        <source>A tiny, fast embedding model for English documents</source>
        <translation>Un modelo de embeddings diminuto y rápido para documentos en inglés</translation>
    </message>
    <message>
        <source>A multilingual reranker: puts the passages that answer the question first</source>
        <translation>Un reranker multilingüe: pone primero los pasajes que responden a la pregunta</translation>
    </message>
    <message>
        <source>This collection is being indexed: pause it, then delete it</source>
        <translation>Esta colección se está indexando: ponla en pausa y luego elimínala</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing: choose another one, or keyword search only</source>
        <translation>Falta el modelo de embeddings {path}: elige otro o solo la búsqueda por palabras clave</translation>
    </message>
    <message>
        <source>This collection is being indexed already</source>
        <translation>Esta colección ya se está indexando</translation>
    </message>
    <message>
        <source>{name} is not a reranker</source>
        <translation>{name} no es un reranker</translation>
    </message>
    <message>
        <source>not found (a removed folder or a disconnected drive?); its files stay in the index</source>
        <translation>no se encuentra (¿una carpeta eliminada o una unidad desconectada?); sus archivos siguen en el índice</translation>
    </message>
    <message>
        <source>not a supported format</source>
        <translation>formato no compatible</translation>
    </message>
    <message>
        <source>more than {limit} files: only the first {limit} are indexed</source>
        <translation>más de {limit} archivos: solo se indexan los primeros {limit}</translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>demasiado grande ({size} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <source>too large ({detail})</source>
        <translation>demasiado grande ({detail})</translation>
    </message>
    <message>
        <source>too large ({count} characters of text; the limit is {limit})</source>
        <translation>demasiado grande ({count} caracteres de texto; el límite es {limit})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
    <message>
        <source>no text layer (scanned?): it needs OCR first</source>
        <translation>sin capa de texto (¿escaneado?): primero necesita OCR</translation>
    </message>
    <message>
        <source>encrypted (password-protected)</source>
        <translation>cifrado (protegido con contraseña)</translation>
    </message>
    <message>
        <source>not text (a binary file with a text file&apos;s name)</source>
        <translation>no es texto (un archivo binario con nombre de archivo de texto)</translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation>dañado ({detail})</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>no se pudo leer ({detail})</translation>
    </message>
    <message>
        <source>pages without text (scanned?) were skipped: {pages}</source>
        <translation>se omitieron las páginas sin texto (¿escaneadas?): {pages}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>Esta colección ya no existe (se eliminó)</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”</source>
        <translation>No hay ninguna colección llamada «{name}»</translation>
    </message>
    <message>
        <source>{vectors} vectors were given for {chunks} chunks</source>
        <translation>Se dieron {vectors} vectores para {chunks} fragmentos</translation>
    </message>
    <message>
        <source>keyword search failed</source>
        <translation>Falló la búsqueda por palabras clave</translation>
    </message>
    <message>
        <source>cannot open the knowledge database</source>
        <translation>No se puede abrir la base de datos de conocimiento</translation>
    </message>
    <message>
        <source>cannot read the knowledge database</source>
        <translation>No se puede leer la base de datos de conocimiento</translation>
    </message>
    <message>
        <source>cannot write the knowledge database</source>
        <translation>No se puede escribir en la base de datos de conocimiento</translation>
    </message>
    <message>
        <source>A collection needs a name</source>
        <translation>Una colección necesita un nombre</translation>
    </message>
    <message>
        <source>A collection named “{name}” exists already</source>
        <translation>Ya existe una colección llamada «{name}»</translation>
    </message>
    <message>
        <source>The embedding model returned vectors that are not lists of numbers of one length</source>
        <translation>El modelo de embeddings devolvió vectores que no son listas de números de la misma longitud</translation>
    </message>
    <message>
        <source>The embedding model returned empty vectors</source>
        <translation>El modelo de embeddings devolvió vectores vacíos</translation>
    </message>
    <message>
        <source>The embedding model returned vectors of {got} numbers, but this collection&apos;s have {want}: use the model it was indexed with, or choose the new model to embed it again</source>
        <translation>El modelo de embeddings devolvió vectores de {got} números, pero los de esta colección tienen {want}: usa el modelo con el que se indexó o elige el nuevo modelo para volver a generar sus embeddings</translation>
    </message>
    <message>
        <source>The embedding model returned a vector that is not made of finite numbers</source>
        <translation>El modelo de embeddings devolvió un vector que no está formado por números finitos</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing</source>
        <translation>Falta el modelo de embeddings {path}</translation>
    </message>
    <message>
        <source>The embedding model {name} cannot be read: {reason}</source>
        <translation>No se puede leer el modelo de embeddings {name}: {reason}</translation>
    </message>
    <message>
        <source>The embedding model has been closed</source>
        <translation>El modelo de embeddings se ha cerrado</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded: {reason}</source>
        <translation>No se pudo cargar el modelo de embeddings {name}: {reason}</translation>
    </message>
    <message>
        <source>The embedding model {name} failed: {reason}</source>
        <translation>El modelo de embeddings {name} falló: {reason}</translation>
    </message>
    <message>
        <source>Text {index} has {tokens} tokens; the embedding model {name} takes at most {limit}: cut it into smaller chunks</source>
        <translation>El texto {index} tiene {tokens} tokens; el modelo de embeddings {name} admite como máximo {limit}: divídelo en fragmentos más pequeños</translation>
    </message>
    <message>
        <source>A text is longer than the embedding model {name} takes ({limit} tokens)</source>
        <translation>Un texto supera la longitud que admite el modelo de embeddings {name} ({limit} tokens)</translation>
    </message>
    <message>
        <source>The embedding worker sent a malformed answer</source>
        <translation>El proceso de embeddings envió una respuesta mal formada</translation>
    </message>
    <message>
        <source>The embedding model {name} produced an invalid vector</source>
        <translation>El modelo de embeddings {name} generó un vector no válido</translation>
    </message>
    <message>
        <source>The embedding model {name} sent {got} dimensions instead of {expected}</source>
        <translation>El modelo de embeddings {name} envió {got} dimensiones en lugar de {expected}</translation>
    </message>
    <message>
        <source>The reranker {path} is missing</source>
        <translation>Falta el reranker {path}</translation>
    </message>
    <message>
        <source>The reranker {name} cannot be read: {reason}</source>
        <translation>No se puede leer el reranker {name}: {reason}</translation>
    </message>
    <message>
        <source>The reranker has been closed</source>
        <translation>El reranker se ha cerrado</translation>
    </message>
    <message>
        <source>The reranker {name} could not be loaded: {reason}</source>
        <translation>No se pudo cargar el reranker {name}: {reason}</translation>
    </message>
    <message>
        <source>The reranker {name} failed: {reason}</source>
        <translation>El reranker {name} falló: {reason}</translation>
    </message>
    <message>
        <source>A passage is too long for the reranker {name} ({limit} tokens with the query): {reason}</source>
        <translation>Un pasaje es demasiado largo para el reranker {name} ({limit} tokens con la consulta): {reason}</translation>
    </message>
    <message>
        <source>The reranker worker sent a malformed answer</source>
        <translation>El proceso del reranker envió una respuesta mal formada</translation>
    </message>
    <message>
        <source>The reranker {name} produced an invalid score</source>
        <translation>El reranker {name} produjo una puntuación no válida</translation>
    </message>
</context>
</TS>
