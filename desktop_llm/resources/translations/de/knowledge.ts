<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Keyword search only</source>
        <translation>Nur Stichwortsuche</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Ask questions of your own documents, with the sources cited.</source>
        <translation>Stellen Sie Fragen zu Ihren eigenen Dokumenten, mit Quellenangaben.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Ask questions of your own documents</source>
        <translation>Fragen zu Ihren eigenen Dokumenten stellen</translation>
    </message>
    <message>
        <source>A collection is a set of folders and files (text, Markdown, PDF, Word, HTML, RTF, source code). It is indexed on this computer, and chats can answer from it with the sources cited.</source>
        <translation>Eine Sammlung ist eine Menge von Ordnern und Dateien (Text, Markdown, PDF, Word, HTML, RTF, Quellcode). Sie wird auf diesem Computer indexiert, und Chats können daraus mit Quellenangaben antworten.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Re-rank results with</source>
        <translation>Ergebnisse neu ordnen mit</translation>
    </message>
    <message>
        <source>A reranker reads the question with each passage found and puts the ones that answer it first, in every search and chat (slower, often better)</source>
        <translation>Ein Reranker liest die Frage zusammen mit jeder gefundenen Textstelle und stellt die, die sie beantworten, nach vorn – in jeder Suche und jedem Chat (langsamer, oft besser)</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Name der Sammlung:</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Einen Ordner mit Dokumenten wählen</translation>
    </message>
    <message>
        <source>No embedding model in your library: collections use keyword search only. {name} (about {size}) finds passages by meaning too, in more than 100 languages.</source>
        <translation>Kein Embedding-Modell in Ihrer Bibliothek: Sammlungen nutzen nur die Stichwortsuche. {name} (etwa {size}) findet Textstellen auch nach ihrer Bedeutung, in mehr als 100 Sprachen.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>No reranker in your library. {name} (about {size}) puts the passages that answer the question first. &lt;a href=&quot;download&quot;&gt;Download&lt;/a&gt;</source>
        <translation>Kein Reranker in Ihrer Bibliothek. {name} (etwa {size}) stellt die Textstellen, die die Frage beantworten, nach vorn. &lt;a href=&quot;download&quot;&gt;Herunterladen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Downloading the reranker…</source>
        <translation>Reranker wird heruntergeladen…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} von {total} Dateien</translation>
    </message>
    <message>
        <source>Paused: what is indexed so far is kept</source>
        <translation>Pausiert: Was bisher indexiert ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Indexed: {added} new, {changed} changed, {removed} removed, {failed} not read</source>
        <translation>Indexiert: {added} neu, {changed} geändert, {removed} entfernt, {failed} nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in part</source>
        <translation>
            <numerusform>%n Datei teilweise gelesen</numerusform>
            <numerusform>%n Dateien teilweise gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this collection and its index</source>
        <translation>Diese Sammlung und ihren Index löschen</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Ordner und Dateien</translation>
    </message>
    <message>
        <source>Folders and files of the collection</source>
        <translation>Ordner und Dateien der Sammlung</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Neu indexieren</translation>
    </message>
    <message>
        <source>Read new and changed files again and drop deleted ones</source>
        <translation>Neue und geänderte Dateien erneut lesen und gelöschte entfernen</translation>
    </message>
    <message>
        <source>Couldn&apos;t read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason</source>
        <translation>Dateien, die nicht gelesen werden konnten, mit dem Grund</translation>
    </message>
    <message>
        <source>Try a search</source>
        <translation>Suche ausprobieren</translation>
    </message>
    <message>
        <source>Ask something the documents answer…</source>
        <translation>Fragen Sie etwas, das die Dokumente beantworten…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>Gefundene Textstellen</translation>
    </message>
    <message>
        <source>Press Enter on a passage to read it in its file&apos;s context</source>
        <translation>Eingabetaste auf einer Passage zeigt sie im Zusammenhang ihrer Datei</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Ordner: {path}</translation>
    </message>
    <message>
        <source>Keyword search only (BM25)</source>
        <translation>Nur Stichwortsuche (BM25)</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>Suche nach neuen und geänderten Dateien…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>Indexierung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Keywords and meaning</source>
        <translation>Stichwörter und Bedeutung</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>none looks relevant: the documents may not say</source>
        <translation>nichts wirkt relevant: Die Dokumente sagen es vielleicht nicht</translation>
    </message>
    <message>
        <source>by keywords only: the embedding model could not be used</source>
        <translation>nur nach Stichwörtern: Das Embedding-Modell konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>re-ranked</source>
        <translation>neu geordnet</translation>
    </message>
    <message>
        <source>click a passage to read it in context</source>
        <translation>Passage anklicken, um sie im Zusammenhang zu lesen</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>Score {score}</translation>
    </message>
    <message>
        <source>rerank score {score}</source>
        <translation>Rerank-Wert {score}</translation>
    </message>
    <message>
        <source>Passage {n}: {name}</source>
        <translation>Passage {n}: {name}</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Suche fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Einen Ordner zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Dateien zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <source>Delete “{name}” and its index? Your files stay where they are.</source>
        <translation>„{name}“ und seinen Index löschen? Ihre Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>{file} is no longer in {repo}</source>
        <translation>{file} ist nicht mehr in {repo}</translation>
    </message>
    <message>
        <source>A multilingual embedding model: finds passages by meaning in more than 100 languages</source>
        <translation>Ein mehrsprachiges Embedding-Modell: findet Textstellen nach ihrer Bedeutung in mehr als 100 Sprachen</translation>
    </message>
    <message>
        <source>A smaller multilingual embedding model from Google</source>
        <translation>Ein kleineres mehrsprachiges Embedding-Modell von Google</translation>
    </message>
    <message>
        <source>A tiny, fast embedding model for English documents</source>
        <translation>Ein winziges, schnelles Embedding-Modell für englische Dokumente</translation>
    </message>
    <message>
        <source>A multilingual reranker: puts the passages that answer the question first</source>
        <translation>Ein mehrsprachiger Reranker: stellt die Textstellen, die die Frage beantworten, nach vorn</translation>
    </message>
    <message>
        <source>This collection is being indexed: pause it, then delete it</source>
        <translation>Diese Sammlung wird gerade indexiert: Pausieren Sie sie und löschen Sie sie dann</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing: choose another one, or keyword search only</source>
        <translation>Das Embedding-Modell {path} fehlt: Wählen Sie ein anderes oder nur die Stichwortsuche</translation>
    </message>
    <message>
        <source>This collection is being indexed already</source>
        <translation>Diese Sammlung wird bereits indexiert</translation>
    </message>
    <message>
        <source>{name} is not a reranker</source>
        <translation>{name} ist kein Reranker</translation>
    </message>
    <message>
        <source>not found (a removed folder or a disconnected drive?); its files stay in the index</source>
        <translation>nicht gefunden (ein gelöschter Ordner oder ein getrenntes Laufwerk?); seine Dateien bleiben im Index</translation>
    </message>
    <message>
        <source>not a supported format</source>
        <translation>kein unterstütztes Format</translation>
    </message>
    <message>
        <source>more than {limit} files: only the first {limit} are indexed</source>
        <translation>mehr als {limit} Dateien: nur die ersten {limit} werden indexiert</translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>zu groß ({size} MB; die Grenze liegt bei {limit} MB)</translation>
    </message>
    <message>
        <source>too large ({detail})</source>
        <translation>zu groß ({detail})</translation>
    </message>
    <message>
        <source>too large ({count} characters of text; the limit is {limit})</source>
        <translation>zu groß ({count} Zeichen Text; die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>no text layer (scanned?): it needs OCR first</source>
        <translation>keine Textebene (gescannt?): zuerst ist OCR nötig</translation>
    </message>
    <message>
        <source>encrypted (password-protected)</source>
        <translation>verschlüsselt (passwortgeschützt)</translation>
    </message>
    <message>
        <source>not text (a binary file with a text file&apos;s name)</source>
        <translation>kein Text (eine Binärdatei mit dem Namen einer Textdatei)</translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation>beschädigt ({detail})</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>konnte nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>pages without text (scanned?) were skipped: {pages}</source>
        <translation>Seiten ohne Text (gescannt?) wurden übersprungen: {pages}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>Diese Sammlung gibt es nicht mehr (sie wurde gelöscht)</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”</source>
        <translation>Es gibt keine Sammlung namens „{name}“</translation>
    </message>
    <message>
        <source>{vectors} vectors were given for {chunks} chunks</source>
        <translation>Für {chunks} Abschnitte wurden {vectors} Vektoren übergeben</translation>
    </message>
    <message>
        <source>keyword search failed</source>
        <translation>Die Stichwortsuche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot open the knowledge database</source>
        <translation>Die Wissensdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read the knowledge database</source>
        <translation>Die Wissensdatenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write the knowledge database</source>
        <translation>In die Wissensdatenbank kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>A collection needs a name</source>
        <translation>Eine Sammlung braucht einen Namen</translation>
    </message>
    <message>
        <source>A collection named “{name}” exists already</source>
        <translation>Eine Sammlung namens „{name}“ gibt es bereits</translation>
    </message>
    <message>
        <source>The embedding model returned vectors that are not lists of numbers of one length</source>
        <translation>Das Embedding-Modell hat Vektoren geliefert, die keine Zahlenlisten gleicher Länge sind</translation>
    </message>
    <message>
        <source>The embedding model returned empty vectors</source>
        <translation>Das Embedding-Modell hat leere Vektoren geliefert</translation>
    </message>
    <message>
        <source>The embedding model returned vectors of {got} numbers, but this collection&apos;s have {want}: use the model it was indexed with, or choose the new model to embed it again</source>
        <translation>Das Embedding-Modell hat Vektoren mit {got} Zahlen geliefert, die dieser Sammlung haben aber {want}: Verwenden Sie das Modell, mit dem sie indexiert wurde, oder wählen Sie das neue Modell, um sie neu einzubetten</translation>
    </message>
    <message>
        <source>The embedding model returned a vector that is not made of finite numbers</source>
        <translation>Das Embedding-Modell hat einen Vektor geliefert, der nicht aus endlichen Zahlen besteht</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing</source>
        <translation>Das Embedding-Modell {path} fehlt</translation>
    </message>
    <message>
        <source>The embedding model {name} cannot be read: {reason}</source>
        <translation>Das Embedding-Modell {name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The embedding model has been closed</source>
        <translation>Das Embedding-Modell wurde geschlossen</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded: {reason}</source>
        <translation>Das Embedding-Modell {name} konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>The embedding model {name} failed: {reason}</source>
        <translation>Beim Embedding-Modell {name} ist ein Fehler aufgetreten: {reason}</translation>
    </message>
    <message>
        <source>Text {index} has {tokens} tokens; the embedding model {name} takes at most {limit}: cut it into smaller chunks</source>
        <translation>Text {index} hat {tokens} Tokens; das Embedding-Modell {name} nimmt höchstens {limit}: Teilen Sie ihn in kleinere Abschnitte</translation>
    </message>
    <message>
        <source>A text is longer than the embedding model {name} takes ({limit} tokens)</source>
        <translation>Ein Text ist länger, als das Embedding-Modell {name} annimmt ({limit} Tokens)</translation>
    </message>
    <message>
        <source>The embedding worker sent a malformed answer</source>
        <translation>Der Embedding-Worker hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <source>The embedding model {name} produced an invalid vector</source>
        <translation>Das Embedding-Modell {name} hat einen ungültigen Vektor erzeugt</translation>
    </message>
    <message>
        <source>The embedding model {name} sent {got} dimensions instead of {expected}</source>
        <translation>Das Embedding-Modell {name} hat {got} Dimensionen statt {expected} geliefert</translation>
    </message>
    <message>
        <source>The reranker {path} is missing</source>
        <translation>Der Reranker {path} fehlt</translation>
    </message>
    <message>
        <source>The reranker {name} cannot be read: {reason}</source>
        <translation>Der Reranker {name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The reranker has been closed</source>
        <translation>Der Reranker wurde geschlossen</translation>
    </message>
    <message>
        <source>The reranker {name} could not be loaded: {reason}</source>
        <translation>Der Reranker {name} konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>The reranker {name} failed: {reason}</source>
        <translation>Der Reranker {name} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>A passage is too long for the reranker {name} ({limit} tokens with the query): {reason}</source>
        <translation>Eine Textstelle ist zu lang für den Reranker {name} ({limit} Tokens mit der Suchanfrage): {reason}</translation>
    </message>
    <message>
        <source>The reranker worker sent a malformed answer</source>
        <translation>Der Reranker-Prozess hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <source>The reranker {name} produced an invalid score</source>
        <translation>Der Reranker {name} hat einen ungültigen Wert geliefert</translation>
    </message>
</context>
</TS>
