<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Write the custom instruction first.</source>
        <translation>Escribe primero la instrucción personalizada.</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Largo</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Condense a document of any length in the style, length and language you choose.</source>
        <translation>Resume un documento de cualquier extensión con el estilo, la longitud y el idioma que elijas.</translation>
    </message>
    <message>
        <source>Summary style</source>
        <translation>Estilo del resumen</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Longitud del resumen</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>Igual que el documento</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <source>Custom instruction, e.g. “List the action items with owners”</source>
        <translation>Instrucción personalizada, p. ej. «Enumera las tareas con sus responsables»</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Read scanned pages with the vision model (slow)</source>
        <translation>Leer las páginas escaneadas con el modelo de visión (lento)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>El resumen aparecerá aquí.</translation>
    </message>
    <message>
        <source>Earlier summaries</source>
        <translation>Resúmenes anteriores</translation>
    </message>
    <message>
        <source>Paste text to summarize, or open a document (any length).</source>
        <translation>Pega el texto que quieres resumir o abre un documento (de cualquier extensión).</translation>
    </message>
    <message>
        <source>Pages without a text layer (scans) are shown to the model as images and read page by page, before the summary.</source>
        <translation>Las páginas sin capa de texto (escaneos) se muestran al modelo como imágenes y se leen página a página, antes del resumen.</translation>
    </message>
    <message>
        <source>The chosen model cannot see images: pair it with its vision projector in the Library (Projector…) to read scanned pages.</source>
        <translation>El modelo elegido no puede ver imágenes: emparéjalo con su proyector de visión en la Biblioteca (Proyector…) para leer páginas escaneadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {characters}, {tokens} · about {time} on this computer</source>
        <translation>{name}: {characters}, {tokens} · unos {time} en este equipo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>in one pass</source>
        <translation>en una sola pasada</translation>
    </message>
    <message>
        <source>{parts}, {requests} to the model</source>
        <translation>{parts}, {requests} al modelo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln parte</numerusform>
            <numerusform>%Ln partes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time} ({how}).</source>
        <translation>Terminado en {time} ({how}).</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <translation>Resumen de {name}</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Translate text or documents between languages, side by side; structure and code are kept.</source>
        <translation>Traduce textos o documentos entre idiomas, uno junto al otro; se conservan la estructura y el código.</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>Detección automática</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>Swap the languages (and put the translation on the left)</source>
        <translation>Intercambiar los idiomas (y poner la traducción a la izquierda)</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Intercambiar idiomas</translation>
    </message>
    <message>
        <source>From</source>
        <comment>source language</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <comment>target language</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>La traducción aparecerá aquí.</translation>
    </message>
    <message>
        <source>AcmeSync
cloud = Wolke</source>
        <comment>a glossary example: a name kept, a term fixed</comment>
        <translation>AcmeSync
cloud = nube</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Text to translate, or open a document. Code blocks are never translated.</source>
        <translation>Texto para traducir, o abre un documento. Los bloques de código nunca se traducen.</translation>
    </message>
    <message>
        <source>Glossary: one term a line; “term” keeps it as is, “term = translation” fixes it</source>
        <translation>Glosario: un término por línea; «término» lo deja tal cual, «término = traducción» lo fija</translation>
    </message>
    <message>
        <source>Detected: {language}</source>
        <translation>Detectado: {language}</translation>
    </message>
    <message>
        <source>Language not recognised</source>
        <translation>Idioma no reconocido</translation>
    </message>
    <message>
        <source>The text is already in {language}.</source>
        <translation>El texto ya está en el idioma de destino ({language}).</translation>
    </message>
    <message numerus="yes">
        <source>Done in {time} (%n warning(s)).</source>
        <translation>
            <numerusform>Terminado en {time} (%n advertencia).</numerusform>
            <numerusform>Terminado en {time} (%n advertencias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}.</source>
        <translation>Terminado en {time}.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Exportar traducción</translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <comment>an exported translation&apos;s file name</comment>
        <translation>{name} ({language})</translation>
    </message>
    <message>
        <source>Drop a document here, open one, or paste text below.</source>
        <translation>Arrastra un documento aquí, abre uno o pega texto abajo.</translation>
    </message>
    <message>
        <source>Choose a document…</source>
        <translation>Elegir un documento…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>translation</source>
        <comment>the text a translation swapped into the source</comment>
        <translation>traducción</translation>
    </message>
    <message>
        <source>txt, md, pdf, docx, html or rtf (or drop a file here)</source>
        <translation>txt, md, pdf, docx, html o rtf (o arrastra un archivo aquí)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Elige un documento</translation>
    </message>
    <message>
        <source>A text, Markdown, PDF, Word, HTML or RTF file of any length. Drop one here, or paste text.</source>
        <translation>Un archivo de texto, Markdown, PDF, Word, HTML o RTF de cualquier extensión. Arrástralo aquí o pega texto.</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Pegar texto</translation>
    </message>
    <message>
        <source>Paste the clipboard&apos;s text, or type your own</source>
        <translation>Pega el texto del portapapeles o escribe el tuyo</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>Información del documento</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de origen</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Documentos ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Abrir un documento</translation>
    </message>
    <message>
        <source>Open a document or paste some text first.</source>
        <translation>Abre primero un documento o pega algo de texto.</translation>
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
        <source>{count} continued</source>
        <translation>continuados: {count}</translation>
    </message>
    <message>
        <source>{count} trimmed to its last full sentence</source>
        <translation>recortados hasta la última frase completa: {count}</translation>
    </message>
    <message>
        <source>{count} ended with &apos;…&apos; (no full sentence to keep)</source>
        <translation>terminados con «…» (sin frase completa que conservar): {count}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut at the length limit: {ways}</source>
        <translation>
            <numerusform>%n fragmento se cortó en el límite de longitud: {ways}</numerusform>
            <numerusform>%n fragmentos se cortaron en el límite de longitud: {ways}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {note}.</source>
        <translation>{sentence} {note}.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Summarizing part</source>
        <translation>Resumiendo parte</translation>
    </message>
    <message>
        <source>Combining summaries</source>
        <translation>Combinando resúmenes</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>Escribiendo el resumen</translation>
    </message>
    <message>
        <source>Translating block</source>
        <translation>Traduciendo bloque</translation>
    </message>
    <message>
        <source>Summarizing part {done} of {total}</source>
        <translation>Resumiendo parte {done} de {total}</translation>
    </message>
    <message>
        <source>Translating block {done} of {total}</source>
        <translation>Traduciendo bloque {done} de {total}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Detalles del progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{stage} · about {time} left</source>
        <translation>{stage} · quedan unos {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>{name}: the vision model found no text on its scanned pages</source>
        <translation>{name}: el modelo de visión no encontró texto en sus páginas escaneadas</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>No hay ningún modelo seleccionado.</translation>
    </message>
    <message>
        <source>{reason}. The chosen model can read scanned pages: tick “Read scanned pages with the vision model” and open it again.</source>
        <translation>{reason}. El modelo elegido puede leer páginas escaneadas: marca «Leer las páginas escaneadas con el modelo de visión» y vuelve a abrir el documento.</translation>
    </message>
    <message>
        <source>Short paragraph</source>
        <translation>Párrafo breve</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <source>Detailed, with section headings</source>
        <translation>Detallado, con encabezados de sección</translation>
    </message>
    <message>
        <source>Custom instruction</source>
        <translation>Instrucción personalizada</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malayo</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbio</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonio</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letón</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a ZIP archive (or an Office file with the wrong extension) renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es un archivo ZIP (o un archivo de Office con la extensión equivocada) renombrado a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PDF file renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es un archivo PDF renombrado a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a program (ELF executable) renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es un programa (ejecutable ELF) renombrado a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a Windows program renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es un programa de Windows renombrado a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PNG image renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es una imagen PNG renombrada a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a JPEG image renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es una imagen JPEG renombrada a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GIF image renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es una imagen GIF renombrada a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GGUF model file renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es un archivo de modelo GGUF renombrado a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a gzip archive renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es un archivo gzip renombrado a {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is an SQLite database renamed to {suffix}</source>
        <translation>{name} no es un documento de texto: es una base de datos SQLite renombrada a {suffix}</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}: no se encuentra el archivo</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is {size} MB; documents up to 100 MB are supported</source>
        <translation>{name} ocupa {size} MB; se admiten documentos de hasta 100 MB</translation>
    </message>
    <message>
        <source>{name}: a file without an extension is not supported (use {supported})</source>
        <translation>{name}: no se admiten archivos sin extensión (usa {supported})</translation>
    </message>
    <message>
        <source>{name}: {suffix} is not supported (use {supported})</source>
        <translation>{name}: no se admite {suffix} (usa {supported})</translation>
    </message>
    <message>
        <source>{name} has no text (scanned pages need OCR first: this PDF has no text layer)</source>
        <translation>{name} no tiene texto (las páginas escaneadas necesitan OCR primero: este PDF no tiene capa de texto)</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} no tiene texto</translation>
    </message>
    <message>
        <source>{name} has {count} characters; up to {limit} are supported</source>
        <translation>{name} tiene {count} caracteres; se admiten hasta {limit}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} parece un archivo binario, no texto</translation>
    </message>
    <message>
        <source>{name}: the text encoding could not be recognised (is it a binary file?)</source>
        <translation>{name}: no se pudo reconocer la codificación del texto (¿es un archivo binario?)</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has an odd number of bytes ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} empieza con una marca de orden de bytes {label} pero tiene un número impar de bytes ({bytes}): el archivo está incompleto o no es texto {label}</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has a number of bytes that is not a multiple of 4 ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} empieza con una marca de orden de bytes {label} pero su número de bytes no es múltiplo de 4 ({bytes}): el archivo está incompleto o no es texto {label}</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} at byte {offset} ({reason}): the file is damaged, or it is not {label} text</source>
        <translation>{name} empieza con una marca de orden de bytes {label} pero no es {label} válido en el byte {offset} ({reason}): el archivo está dañado o no es texto {label}</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer (scanned images?) and were skipped.</source>
        <translation>Las páginas {pages} no tienen capa de texto (¿imágenes escaneadas?) y se omitieron.</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} está protegido con contraseña</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({reason})</source>
        <translation>{name} no es un PDF legible ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file ({reason})</source>
        <translation>{name} no es un archivo .docx legible ({reason})</translation>
    </message>
    <message>
        <source>{name}: the part {part} uses a compression Word never writes (method {method}); this is not a .docx from a word processor</source>
        <translation>{name}: la parte {part} usa una compresión que Word nunca escribe (método {method}); no es un .docx de un procesador de textos</translation>
    </message>
    <message>
        <source>{name} is password-protected (its parts are encrypted)</source>
        <translation>{name} está protegido con contraseña (sus partes están cifradas)</translation>
    </message>
    <message>
        <source>{name} holds more than {size} of XML, which would take many times that in memory to read: refusing</source>
        <translation>{name} contiene más de {size} de XML, y leerlo ocuparía varias veces eso en memoria: se rechaza</translation>
    </message>
    <message>
        <source>{name}: the part {part} expands {ratio} times, to {size}: refusing (this looks like a zip bomb)</source>
        <translation>{name}: la parte {part} se expande {ratio} veces, hasta {size}: se rechaza (parece una bomba zip)</translation>
    </message>
    <message>
        <source>{name} needs more memory to read than this computer has free</source>
        <translation>Leer {name} requiere más memoria de la que este equipo tiene libre</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (it is not a zip archive)</source>
        <translation>{name} no es un archivo .docx legible (no es un archivo zip)</translation>
    </message>
    <message>
        <source>{name} has {count} parts; a .docx with more than {limit} is refused</source>
        <translation>{name} tiene {count} partes; se rechaza un .docx con más de {limit}</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (the part {part} is missing)</source>
        <translation>{name} no es un archivo .docx legible (falta la parte {part})</translation>
    </message>
    <message>
        <source>{name}: the part {part} is damaged ({reason})</source>
        <translation>{name}: la parte {part} está dañada ({reason})</translation>
    </message>
    <message>
        <source>{name} expands to {size} or more when unpacked: refusing (the limit is {limit}; this looks like a zip bomb)</source>
        <translation>{name} ocupa {size} o más al descomprimirse: se rechaza (el límite es {limit}; parece una bomba zip)</translation>
    </message>
    <message>
        <source>the translation of “{preview}…” was cut at the length limit and trimmed to its last full sentence, so its end may be missing</source>
        <translation>La traducción de «{preview}…» se cortó en el límite de longitud y se recortó hasta su última frase completa, así que puede faltar el final</translation>
    </message>
    <message>
        <source>the page&apos;s image is {width} x {height} pixels, more than the {limit} million allowed</source>
        <translation>la imagen de la página mide {width} x {height} píxeles, más de los {limit} millones permitidos</translation>
    </message>
    <message>
        <source>Only the first {count} scanned pages were read.</source>
        <translation>Solo se leyeron las primeras {count} páginas escaneadas.</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer and could not be read as images: skipped.</source>
        <translation>Las páginas {pages} no tienen capa de texto y no se pudieron leer como imágenes: se omitieron.</translation>
    </message>
    <message>
        <source>Scanned pages read by the vision model: {pages}. Check names and numbers against the original.</source>
        <translation>Páginas escaneadas leídas por el modelo de visión: {pages}. Comprueba los nombres y las cifras con el original.</translation>
    </message>
    <message>
        <source>Page {page}: {reason}</source>
        <translation>Página {page}: {reason}</translation>
    </message>
    <message>
        <source>Page {page} does not fit the model&apos;s context as an image.</source>
        <translation>La página {page} no cabe como imagen en el contexto del modelo.</translation>
    </message>
</context>
</TS>
