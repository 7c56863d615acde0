<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Write the custom instruction first.</source>
        <translation>Schreiben Sie zuerst die eigene Anweisung.</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Condense a document of any length in the style, length and language you choose.</source>
        <translation>Fasst ein Dokument beliebiger Länge in Stil, Länge und Sprache Ihrer Wahl zusammen.</translation>
    </message>
    <message>
        <source>Summary style</source>
        <translation>Stil der Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Länge der Zusammenfassung</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>Wie das Dokument</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>Sprache der Zusammenfassung</translation>
    </message>
    <message>
        <source>Custom instruction, e.g. “List the action items with owners”</source>
        <translation>Eigene Anweisung, z. B. „Liste die Aufgaben mit Verantwortlichen auf“</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Read scanned pages with the vision model (slow)</source>
        <translation>Gescannte Seiten mit dem Vision-Modell lesen (langsam)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>Die Zusammenfassung erscheint hier.</translation>
    </message>
    <message>
        <source>Earlier summaries</source>
        <translation>Frühere Zusammenfassungen</translation>
    </message>
    <message>
        <source>Paste text to summarize, or open a document (any length).</source>
        <translation>Text zum Zusammenfassen einfügen oder ein Dokument öffnen (beliebig lang).</translation>
    </message>
    <message>
        <source>Pages without a text layer (scans) are shown to the model as images and read page by page, before the summary.</source>
        <translation>Seiten ohne Textebene (Scans) werden dem Modell als Bilder gezeigt und vor der Zusammenfassung Seite für Seite gelesen.</translation>
    </message>
    <message>
        <source>The chosen model cannot see images: pair it with its vision projector in the Library (Projector…) to read scanned pages.</source>
        <translation>Das gewählte Modell kann keine Bilder sehen: Verbinden Sie es in der Bibliothek („Projektor…“) mit seinem Vision-Projektor, um gescannte Seiten zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {characters}, {tokens} · about {time} on this computer</source>
        <translation>{name}: {characters}, {tokens} · etwa {time} auf diesem Computer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>in one pass</source>
        <translation>in einem Durchgang</translation>
    </message>
    <message>
        <source>{parts}, {requests} to the model</source>
        <translation>{parts}, {requests} an das Modell</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln Teil</numerusform>
            <numerusform>%Ln Teile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time} ({how}).</source>
        <translation>Fertig in {time} ({how}).</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Text (*.txt)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <translation>{name} Zusammenfassung</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Translate text or documents between languages, side by side; structure and code are kept.</source>
        <translation>Übersetzt Texte oder Dokumente zwischen Sprachen, nebeneinander; Struktur und Code bleiben erhalten.</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Ausgangssprache</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap the languages (and put the translation on the left)</source>
        <translation>Sprachen tauschen (und die Übersetzung nach links setzen)</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Sprachen tauschen</translation>
    </message>
    <message>
        <source>From</source>
        <comment>source language</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>target language</comment>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>Die Übersetzung erscheint hier.</translation>
    </message>
    <message>
        <source>AcmeSync
cloud = Wolke</source>
        <comment>a glossary example: a name kept, a term fixed</comment>
        <translation>AcmeSync
cloud = Wolke</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Text to translate, or open a document. Code blocks are never translated.</source>
        <translation>Text zum Übersetzen eingeben oder ein Dokument öffnen. Codeblöcke werden nie übersetzt.</translation>
    </message>
    <message>
        <source>Glossary: one term a line; “term” keeps it as is, “term = translation” fixes it</source>
        <translation>Glossar: ein Begriff pro Zeile; „Begriff“ lässt ihn unverändert, „Begriff = Übersetzung“ legt ihn fest</translation>
    </message>
    <message>
        <source>Detected: {language}</source>
        <translation>Erkannt: {language}</translation>
    </message>
    <message>
        <source>Language not recognised</source>
        <translation>Sprache nicht erkannt</translation>
    </message>
    <message>
        <source>The text is already in {language}.</source>
        <translation>Der Text ist bereits auf {language}.</translation>
    </message>
    <message numerus="yes">
        <source>Done in {time} (%n warning(s)).</source>
        <translation>
            <numerusform>Fertig in {time} (%n Warnung).</numerusform>
            <numerusform>Fertig in {time} (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}.</source>
        <translation>Fertig in {time}.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Übersetzung exportieren</translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <comment>an exported translation&apos;s file name</comment>
        <translation>{name} ({language})</translation>
    </message>
    <message>
        <source>Drop a document here, open one, or paste text below.</source>
        <translation>Ziehen Sie ein Dokument hierher, öffnen Sie eines oder fügen Sie unten Text ein.</translation>
    </message>
    <message>
        <source>Choose a document…</source>
        <translation>Dokument auswählen…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>translation</source>
        <comment>the text a translation swapped into the source</comment>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>txt, md, pdf, docx, html or rtf (or drop a file here)</source>
        <translation>txt, md, pdf, docx, html oder rtf (oder eine Datei hierher ziehen)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Dokument auswählen</translation>
    </message>
    <message>
        <source>A text, Markdown, PDF, Word, HTML or RTF file of any length. Drop one here, or paste text.</source>
        <translation>Eine Text-, Markdown-, PDF-, Word-, HTML- oder RTF-Datei beliebiger Länge. Hierher ziehen oder Text einfügen.</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Text einfügen</translation>
    </message>
    <message>
        <source>Paste the clipboard&apos;s text, or type your own</source>
        <translation>Den Text der Zwischenablage einfügen oder selbst tippen</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>Dokumentinformationen</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Dokumente ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Open a document or paste some text first.</source>
        <translation>Öffnen Sie zuerst ein Dokument oder fügen Sie Text ein.</translation>
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
        <translation>{count} fortgesetzt</translation>
    </message>
    <message>
        <source>{count} trimmed to its last full sentence</source>
        <translation>{count} auf den letzten vollständigen Satz gekürzt</translation>
    </message>
    <message>
        <source>{count} ended with &apos;…&apos; (no full sentence to keep)</source>
        <translation>{count} mit „…“ beendet (kein vollständiger Satz vorhanden)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut at the length limit: {ways}</source>
        <translation>
            <numerusform>%n Teil wurde an der Längengrenze abgeschnitten: {ways}</numerusform>
            <numerusform>%n Teile wurden an der Längengrenze abgeschnitten: {ways}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {note}.</source>
        <translation>{sentence} {note}.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>Summarizing part</source>
        <translation>Teil wird zusammengefasst</translation>
    </message>
    <message>
        <source>Combining summaries</source>
        <translation>Zusammenfassungen werden kombiniert</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>Zusammenfassung wird geschrieben</translation>
    </message>
    <message>
        <source>Translating block</source>
        <translation>Block wird übersetzt</translation>
    </message>
    <message>
        <source>Summarizing part {done} of {total}</source>
        <translation>Teil {done} von {total} wird zusammengefasst</translation>
    </message>
    <message>
        <source>Translating block {done} of {total}</source>
        <translation>Block {done} von {total} wird übersetzt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Fortschrittsdetails</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{stage} · about {time} left</source>
        <translation>{stage} · noch etwa {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>{name}: the vision model found no text on its scanned pages</source>
        <translation>{name}: Das Vision-Modell hat auf den gescannten Seiten keinen Text gefunden</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Kein Modell ausgewählt.</translation>
    </message>
    <message>
        <source>{reason}. The chosen model can read scanned pages: tick “Read scanned pages with the vision model” and open it again.</source>
        <translation>{reason}. Das gewählte Modell kann gescannte Seiten lesen: Aktivieren Sie „Gescannte Seiten mit dem Vision-Modell lesen“ und öffnen Sie das Dokument erneut.</translation>
    </message>
    <message>
        <source>Short paragraph</source>
        <translation>Kurzer Absatz</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Stichpunkte</translation>
    </message>
    <message>
        <source>Detailed, with section headings</source>
        <translation>Ausführlich, mit Abschnittsüberschriften</translation>
    </message>
    <message>
        <source>Custom instruction</source>
        <translation>Eigene Anweisung</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaiisch</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a ZIP archive (or an Office file with the wrong extension) renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist ein ZIP-Archiv (oder eine Office-Datei mit falscher Endung), umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PDF file renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist eine PDF-Datei, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a program (ELF executable) renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist ein Programm (ELF-Programmdatei), umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a Windows program renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist ein Windows-Programm, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PNG image renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist ein PNG-Bild, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a JPEG image renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist ein JPEG-Bild, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GIF image renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist ein GIF-Bild, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GGUF model file renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist eine GGUF-Modelldatei, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a gzip archive renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist ein gzip-Archiv, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is an SQLite database renamed to {suffix}</source>
        <translation>{name} ist kein Textdokument: Es ist eine SQLite-Datenbank, umbenannt in {suffix}</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is {size} MB; documents up to 100 MB are supported</source>
        <translation>{name} ist {size} MB groß; unterstützt werden Dokumente bis 100 MB</translation>
    </message>
    <message>
        <source>{name}: a file without an extension is not supported (use {supported})</source>
        <translation>{name}: Dateien ohne Endung werden nicht unterstützt (verwenden Sie {supported})</translation>
    </message>
    <message>
        <source>{name}: {suffix} is not supported (use {supported})</source>
        <translation>{name}: {suffix} wird nicht unterstützt (verwenden Sie {supported})</translation>
    </message>
    <message>
        <source>{name} has no text (scanned pages need OCR first: this PDF has no text layer)</source>
        <translation>{name} enthält keinen Text (gescannte Seiten brauchen zuerst OCR: Dieses PDF hat keine Textebene)</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} enthält keinen Text</translation>
    </message>
    <message>
        <source>{name} has {count} characters; up to {limit} are supported</source>
        <translation>{name} hat {count} Zeichen; unterstützt werden bis zu {limit}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} scheint eine Binärdatei zu sein, kein Text</translation>
    </message>
    <message>
        <source>{name}: the text encoding could not be recognised (is it a binary file?)</source>
        <translation>{name}: Die Textkodierung wurde nicht erkannt (ist es eine Binärdatei?)</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has an odd number of bytes ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} beginnt mit einer {label}-Bytereihenfolge-Markierung, hat aber eine ungerade Anzahl Bytes ({bytes}): Die Datei ist unvollständig oder kein {label}-Text</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has a number of bytes that is not a multiple of 4 ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} beginnt mit einer {label}-Bytereihenfolge-Markierung, aber die Anzahl Bytes ist kein Vielfaches von 4 ({bytes}): Die Datei ist unvollständig oder kein {label}-Text</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} at byte {offset} ({reason}): the file is damaged, or it is not {label} text</source>
        <translation>{name} beginnt mit einer {label}-Bytereihenfolge-Markierung, ist aber bei Byte {offset} kein gültiges {label} ({reason}): Die Datei ist beschädigt oder kein {label}-Text</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer (scanned images?) and were skipped.</source>
        <translation>Seite(n) {pages} haben keine Textebene (gescannte Bilder?) und wurden übersprungen.</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} ist kennwortgeschützt</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({reason})</source>
        <translation>{name} ist kein lesbares PDF ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file ({reason})</source>
        <translation>{name} ist keine lesbare .docx-Datei ({reason})</translation>
    </message>
    <message>
        <source>{name}: the part {part} uses a compression Word never writes (method {method}); this is not a .docx from a word processor</source>
        <translation>{name}: Der Teil {part} verwendet eine Komprimierung, die Word nie schreibt (Methode {method}); dies ist kein .docx aus einer Textverarbeitung</translation>
    </message>
    <message>
        <source>{name} is password-protected (its parts are encrypted)</source>
        <translation>{name} ist kennwortgeschützt (seine Teile sind verschlüsselt)</translation>
    </message>
    <message>
        <source>{name} holds more than {size} of XML, which would take many times that in memory to read: refusing</source>
        <translation>{name} enthält mehr als {size} XML, deren Einlesen ein Vielfaches davon an Arbeitsspeicher bräuchte: abgelehnt</translation>
    </message>
    <message>
        <source>{name}: the part {part} expands {ratio} times, to {size}: refusing (this looks like a zip bomb)</source>
        <translation>{name}: Der Teil {part} wird beim Entpacken {ratio}-mal so groß, auf {size}: abgelehnt (sieht nach einer Zip-Bombe aus)</translation>
    </message>
    <message>
        <source>{name} needs more memory to read than this computer has free</source>
        <translation>Zum Lesen von {name} wird mehr Arbeitsspeicher benötigt, als dieser Computer frei hat</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (it is not a zip archive)</source>
        <translation>{name} ist keine lesbare .docx-Datei (sie ist kein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>{name} has {count} parts; a .docx with more than {limit} is refused</source>
        <translation>{name} hat {count} Teile; eine .docx mit mehr als {limit} wird abgelehnt</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (the part {part} is missing)</source>
        <translation>{name} ist keine lesbare .docx-Datei (der Teil {part} fehlt)</translation>
    </message>
    <message>
        <source>{name}: the part {part} is damaged ({reason})</source>
        <translation>{name}: Der Teil {part} ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>{name} expands to {size} or more when unpacked: refusing (the limit is {limit}; this looks like a zip bomb)</source>
        <translation>{name} wird entpackt {size} oder größer: abgelehnt (die Grenze ist {limit}; sieht nach einer Zip-Bombe aus)</translation>
    </message>
    <message>
        <source>the translation of “{preview}…” was cut at the length limit and trimmed to its last full sentence, so its end may be missing</source>
        <translation>Die Übersetzung von „{preview}…“ wurde an der Längengrenze abgeschnitten und auf ihren letzten vollständigen Satz gekürzt; ihr Ende kann fehlen</translation>
    </message>
    <message>
        <source>the page&apos;s image is {width} x {height} pixels, more than the {limit} million allowed</source>
        <translation>Das Bild der Seite hat {width} x {height} Pixel, mehr als die erlaubten {limit} Millionen</translation>
    </message>
    <message>
        <source>Only the first {count} scanned pages were read.</source>
        <translation>Nur die ersten {count} gescannten Seiten wurden gelesen.</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer and could not be read as images: skipped.</source>
        <translation>Seite(n) {pages} haben keine Textebene und konnten nicht als Bilder gelesen werden: übersprungen.</translation>
    </message>
    <message>
        <source>Scanned pages read by the vision model: {pages}. Check names and numbers against the original.</source>
        <translation>Vom Vision-Modell gelesene gescannte Seiten: {pages}. Prüfen Sie Namen und Zahlen anhand des Originals.</translation>
    </message>
    <message>
        <source>Page {page}: {reason}</source>
        <translation>Seite {page}: {reason}</translation>
    </message>
    <message>
        <source>Page {page} does not fit the model&apos;s context as an image.</source>
        <translation>Seite {page} passt als Bild nicht in den Kontext des Modells.</translation>
    </message>
</context>
</TS>
