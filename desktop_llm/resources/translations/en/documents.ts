<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Write the custom instruction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condense a document of any length in the style, length and language you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom instruction, e.g. “List the action items with owners”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read scanned pages with the vision model (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste text to summarize, or open a document (any length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages without a text layer (scans) are shown to the model as images and read page by page, before the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen model cannot see images: pair it with its vision projector in the Library (Projector…) to read scanned pages.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in one pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}, {requests} to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln part</numerusform>
            <numerusform>%Ln parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate text or documents between languages, side by side; structure and code are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the languages (and put the translation on the left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>source language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>target language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AcmeSync
cloud = Wolke</source>
        <comment>a glossary example: a name kept, a term fixed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to translate, or open a document. Code blocks are never translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: one term a line; “term” keeps it as is, “term = translation” fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is already in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done in {time} (%n warning(s)).</source>
        <translation>
            <numerusform>Done in {time} (%n warning).</numerusform>
            <numerusform>Done in {time} (%n warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <comment>an exported translation&apos;s file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a document here, open one, or paste text below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation</source>
        <comment>the text a translation swapped into the source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>txt, md, pdf, docx, html or rtf (or drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text, Markdown, PDF, Word, HTML or RTF file of any length. Drop one here, or paste text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the clipboard&apos;s text, or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document or paste some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} trimmed to its last full sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ended with &apos;…&apos; (no full sentence to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut at the length limit: {ways}</source>
        <translation>
            <numerusform>%n piece was cut at the length limit: {ways}</numerusform>
            <numerusform>%n pieces were cut at the length limit: {ways}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarizing part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combining summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarizing part {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating block {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} · about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the vision model found no text on its scanned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. The chosen model can read scanned pages: tick “Read scanned pages with the vision model” and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed, with section headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a ZIP archive (or an Office file with the wrong extension) renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PDF file renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a program (ELF executable) renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a Windows program renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PNG image renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a JPEG image renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GIF image renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GGUF model file renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a gzip archive renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text document: it is an SQLite database renamed to {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; documents up to 100 MB are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a file without an extension is not supported (use {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {suffix} is not supported (use {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text (scanned pages need OCR first: this PDF has no text layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} characters; up to {limit} are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the text encoding could not be recognised (is it a binary file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has an odd number of bytes ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has a number of bytes that is not a multiple of 4 ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} at byte {offset} ({reason}): the file is damaged, or it is not {label} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer (scanned images?) and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the part {part} uses a compression Word never writes (method {method}); this is not a .docx from a word processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is password-protected (its parts are encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {size} of XML, which would take many times that in memory to read: refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the part {part} expands {ratio} times, to {size}: refusing (this looks like a zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs more memory to read than this computer has free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (it is not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} parts; a .docx with more than {limit} is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (the part {part} is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the part {part} is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} expands to {size} or more when unpacked: refusing (the limit is {limit}; this looks like a zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the translation of “{preview}…” was cut at the length limit and trimmed to its last full sentence, so its end may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s image is {width} x {height} pixels, more than the {limit} million allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {count} scanned pages were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer and could not be read as images: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages read by the vision model: {pages}. Check names and numbers against the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} does not fit the model&apos;s context as an image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
