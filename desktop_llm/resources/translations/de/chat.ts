<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Long chats leave out their oldest messages first; the system prompt stays.</source>
        <translation>Lange Chats lassen zuerst die ältesten Nachrichten weg; der Systemprompt bleibt.</translation>
    </message>
    <message>
        <source>When a chat outgrows the context, the oldest messages are left out (the system prompt stays).</source>
        <translation>Wird ein Chat länger als der Kontext, werden die ältesten Nachrichten weggelassen (der Systemprompt bleibt).</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>LoRA: {names}</source>
        <translation>LoRA: {names}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>cut at the length limit</source>
        <translation>an der Längengrenze abgeschnitten</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>Adapter</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view (the system prompt was kept).</source>
        <translation>
            <numerusform>%n ältere Nachricht passte nicht ins Kontextfenster und wurde dem Modell nicht gezeigt (der Systemprompt blieb erhalten).</numerusform>
            <numerusform>%n ältere Nachrichten passten nicht ins Kontextfenster und wurden dem Modell nicht gezeigt (der Systemprompt blieb erhalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>%n ältere Nachricht passte nicht ins Kontextfenster und wurde dem Modell nicht gezeigt.</numerusform>
            <numerusform>%n ältere Nachrichten passten nicht ins Kontextfenster und wurden dem Modell nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>The engine log&apos;s lines about this error</source>
        <translation>Die Zeilen des Engine-Protokolls zu diesem Fehler</translation>
    </message>
    <message>
        <source>Think: on</source>
        <translation>Denken: an</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>Vor dem Antworten nachdenken</translation>
    </message>
    <message>
        <source>Let the model reason before it answers (its template&apos;s enable_thinking); remembered for this model</source>
        <translation>Das Modell vor der Antwort nachdenken lassen (enable_thinking seiner Vorlage); wird für dieses Modell gemerkt</translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation>Denken: aus</translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation>Engine-Protokoll</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>Hinweis zu den Bildern</translation>
    </message>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>Bilder anhängen (oder hierher ziehen bzw. einfügen)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Message the model (Shift+Enter: new line)</source>
        <translation>Nachricht an das Modell (Umschalt+Eingabe: neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Eingabe sendet; Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Summarize a text</source>
        <translation>Einen Text zusammenfassen</translation>
    </message>
    <message>
        <source>Summarize the following text in a few bullet points:

</source>
        <translation>Fasse den folgenden Text in ein paar Stichpunkten zusammen:

</translation>
    </message>
    <message>
        <source>Explain a concept simply</source>
        <translation>Einen Begriff einfach erklären</translation>
    </message>
    <message>
        <source>Explain, simply and with an everyday example, how </source>
        <translation>Erkläre einfach und mit einem Alltagsbeispiel, wie </translation>
    </message>
    <message>
        <source>Write a Python function…</source>
        <translation>Eine Python-Funktion schreiben…</translation>
    </message>
    <message>
        <source>Write a Python function that </source>
        <translation>Schreibe eine Python-Funktion, die </translation>
    </message>
    <message>
        <source>Translate into French…</source>
        <translation>Ins Englische übersetzen…</translation>
    </message>
    <message>
        <source>Translate into French:

</source>
        <translation>Übersetze ins Englische:

</translation>
    </message>
    <message>
        <source>How can I help you today?</source>
        <translation>Wie kann ich Ihnen heute helfen?</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer.</source>
        <translation>Alles, was Sie eingeben, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Loading {name}… {private}</source>
        <translation>{name} wird geladen… {private}</translation>
    </message>
    <message>
        <source>{name} is loaded and ready. {private}</source>
        <translation>{name} ist geladen und bereit. {private}</translation>
    </message>
    <message>
        <source>No model is loaded yet: pick one in the toolbar. {private}</source>
        <translation>Noch kein Modell geladen: Wählen Sie eines in der Symbolleiste. {private}</translation>
    </message>
    <message>
        <source>Start a message: “{text}”</source>
        <translation>Nachricht beginnen: „{text}“</translation>
    </message>
    <message>
        <source>Example: {label}</source>
        <translation>Beispiel: {label}</translation>
    </message>
    <message>
        <source>Puts the start of this prompt in the message box</source>
        <translation>Setzt den Anfang dieses Prompts in das Nachrichtenfeld</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>Nachricht des Assistenten</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Write a new reply (this one is kept)</source>
        <translation>Neue Antwort schreiben (diese bleibt erhalten)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>(no reply: see the error above)</source>
        <translation>(keine Antwort: siehe die Fehlermeldung)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>Nachricht unverändert lassen (Esc)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>Speichern &amp;&amp; senden</translation>
    </message>
    <message>
        <source>Send the edited message as a new version (Ctrl+Enter)</source>
        <translation>Die bearbeitete Nachricht als neue Version senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>{language} code</source>
        <translation>{language}-Code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>{seconds} s nachgedacht</translation>
    </message>
    <message>
        <source>Thought for {minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s nachgedacht</translation>
    </message>
    <message>
        <source>Reasoning text</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>{label} (expanded)</source>
        <translation>{label} (aufgeklappt)</translation>
    </message>
    <message>
        <source>{label} (collapsed)</source>
        <translation>{label} (zugeklappt)</translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation>Gedankengang des Modells ausblenden</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Gedankengang des Modells anzeigen</translation>
    </message>
    <message>
        <source>Writing a reply…</source>
        <translation>Antwort wird geschrieben…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Engine wird gestartet…</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens pro Sekunde</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Belegter Kontext</translation>
    </message>
    <message>
        <source>%v / %m context tokens</source>
        <translation>%v / %m Kontext-Tokens</translation>
    </message>
    <message>
        <source>Tokens of the context window the open chat takes, as the model sees it</source>
        <translation>Tokens des Kontextfensters, die der offene Chat belegt, so wie das Modell ihn sieht</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>System prompt saved for this chat</source>
        <translation>Systemprompt für diesen Chat gespeichert</translation>
    </message>
    <message>
        <source>System prompt cleared for this chat</source>
        <translation>Systemprompt für diesen Chat entfernt</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>The open chat takes {tokens} tokens of the {context}-token context</source>
        <translation>Der offene Chat belegt {tokens} der {context} Tokens des Kontexts</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>Val.-Verlust {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>{name} (r{rank}, %n step(s){loss})</source>
        <translation>
            <numerusform>{name} (r{rank}, %n Schritt{loss})</numerusform>
            <numerusform>{name} (r{rank}, %n Schritte{loss})</numerusform>
        </translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <source>Adapters trained on the current model in the Train tab</source>
        <translation>Im Tab „Trainieren“ auf dem aktuellen Modell trainierte Adapter</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Adapter scale</source>
        <translation>Adapter-Stärke</translation>
    </message>
    <message>
        <source>0 is the base model, 1 the adapter as trained</source>
        <translation>0 ist das Basismodell, 1 der Adapter wie trainiert</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare with base model</source>
        <translation>Mit Basismodell vergleichen</translation>
    </message>
    <message>
        <source>Send one prompt to the base model and to the adapter, side by side</source>
        <translation>Einen Prompt an das Basismodell und an den Adapter senden, nebeneinander</translation>
    </message>
    <message>
        <source>None (base model)</source>
        <translation>Keiner (Basismodell)</translation>
    </message>
    <message>
        <source>Compare base model and adapter</source>
        <translation>Basismodell und Adapter vergleichen</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>A prompt to send to both</source>
        <translation>Ein Prompt für beide</translation>
    </message>
    <message>
        <source>Run both</source>
        <translation>Beide ausführen</translation>
    </message>
    <message>
        <source>With adapter: {name} (×{scale})</source>
        <translation>Mit Adapter: {name} (×{scale})</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>{title}: stats</source>
        <translation>{title}: Statistik</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) · {speed} tok/s</source>
        <translation>
            <numerusform>%n Token · {speed} tok/s</numerusform>
            <numerusform>%n Tokens · {speed} tok/s</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>No model is selected. Pick one in the model list.</source>
        <translation>Kein Modell ausgewählt. Wählen Sie eines in der Modellliste.</translation>
    </message>
    <message>
        <source>Your conversation is safe, with the reply as far as it came; the next message asks the server again.</source>
        <translation>Ihre Unterhaltung ist sicher, samt der Antwort bis hierhin; die nächste Nachricht fragt den Server erneut.</translation>
    </message>
    <message>
        <source>Your conversation is safe; the engine restarts on the next message.</source>
        <translation>Ihre Unterhaltung ist sicher; die Engine startet bei der nächsten Nachricht neu.</translation>
    </message>
    <message>
        <source>The documents do not say.</source>
        <translation>Die Dokumente sagen dazu nichts.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Knowledge for this chat</source>
        <translation>Wissen für diesen Chat</translation>
    </message>
    <message>
        <source>Answer from your collections of documents, with citations</source>
        <translation>Aus Ihren Dokumentsammlungen antworten, mit Quellenangaben</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n Sammlung</numerusform>
            <numerusform>%n Sammlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>Keine Sammlung angehängt</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>Aus diesen Sammlungen antworten:</translation>
    </message>
    <message>
        <source>Dropped into this chat: {files}</source>
        <translation>In diesen Chat gezogen: {files}</translation>
    </message>
    <message>
        <source>Answer only from the documents</source>
        <translation>Nur aus den Dokumenten antworten</translation>
    </message>
    <message>
        <source>When the collections hold nothing relevant, the reply says the documents do not say, instead of answering from the model&apos;s own knowledge</source>
        <translation>Enthalten die Sammlungen nichts Passendes, sagt die Antwort, dass die Dokumente dazu nichts sagen, statt aus dem eigenen Wissen des Modells zu antworten</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>Sammlungen verwalten…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Nothing in the attached collections matches this question.</source>
        <translation>Nichts in den angehängten Sammlungen passt zu dieser Frage.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>%n Quelle zitiert</numerusform>
            <numerusform>%n Quellen zitiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources (none cited)</source>
        <translation>Quellen (keine zitiert)</translation>
    </message>
    <message>
        <source>Source {n}: {name}</source>
        <translation>Quelle {n}: {name}</translation>
    </message>
    <message>
        <source>Cited in the reply</source>
        <translation>In der Antwort zitiert</translation>
    </message>
    <message>
        <source>Not cited in the reply</source>
        <translation>In der Antwort nicht zitiert</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>S. {page}</translation>
    </message>
    <message>
        <source>Source [{n}]: {name}</source>
        <translation>Quelle [{n}]: {name}</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>The reply cites this passage.</source>
        <translation>Die Antwort zitiert diese Textstelle.</translation>
    </message>
    <message>
        <source>The reply does not cite this passage.</source>
        <translation>Die Antwort zitiert diese Textstelle nicht.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>Die Datei im Betrachter des Systems öffnen</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>Die Datei ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>{name} must be an integer, got {value}</source>
        <translation>{name} muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} muss zwischen {low} und {high} liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} muss eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} muss eine endliche Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be in {interval}, got {value}</source>
        <translation>{name} muss in {interval} liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for tools: choose a model made for tool calling (Qwen 2.5 or 3, Llama 3.1+, Mistral and the like).</source>
        <translation>Die Chatvorlage dieses Modells sieht keine Werkzeuge vor: Wählen Sie ein Modell für Werkzeugaufrufe (Qwen 2.5 oder 3, Llama 3.1+, Mistral und ähnliche).</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>wartet auf Sie</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>(cut to fit the context)</source>
        <translation>(gekürzt, damit es in den Kontext passt)</translation>
    </message>
    <message>
        <source>Tool call, expanded</source>
        <translation>Werkzeugaufruf, aufgeklappt</translation>
    </message>
    <message>
        <source>Tool call, collapsed</source>
        <translation>Werkzeugaufruf, zugeklappt</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Werkzeugaufrufe</translation>
    </message>
    <message>
        <source>built-in tool</source>
        <translation>eingebautes Werkzeug</translation>
    </message>
    <message>
        <source>from the MCP server {name}</source>
        <translation>vom MCP-Server {name}</translation>
    </message>
    <message>
        <source>Approve the tool call {tool}</source>
        <translation>Werkzeugaufruf {tool} erlauben</translation>
    </message>
    <message>
        <source>The model wants to run {tool} ({source}).</source>
        <translation>Das Modell möchte {tool} ausführen ({source}).</translation>
    </message>
    <message>
        <source>Code to run</source>
        <translation>Auszuführender Code</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Allow for this chat</source>
        <translation>Für diesen Chat erlauben</translation>
    </message>
    <message>
        <source>Run {tool} without asking again in this conversation</source>
        <translation>{tool} in dieser Unterhaltung ohne erneute Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The model is told that you denied the call</source>
        <translation>Das Modell erfährt, dass Sie den Aufruf abgelehnt haben</translation>
    </message>
    <message>
        <source>Waiting for your answer; Stop cancels the reply.</source>
        <translation>Wartet auf Ihre Entscheidung; „Stopp“ bricht die Antwort ab.</translation>
    </message>
    <message>
        <source>Allowed once</source>
        <translation>Einmal erlaubt</translation>
    </message>
    <message>
        <source>Allowed for this chat</source>
        <translation>Für diesen Chat erlaubt</translation>
    </message>
    <message>
        <source>Allowed always (Settings)</source>
        <translation>Immer erlaubt (Einstellungen)</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Tools for this chat</source>
        <translation>Werkzeuge für diesen Chat</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n Werkzeug</numerusform>
            <numerusform>%n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat; every call asks you first</source>
        <translation>Das Modell in diesem Chat Werkzeuge aufrufen lassen; bei jedem Aufruf werden Sie zuerst gefragt</translation>
    </message>
    <message>
        <source>No tool is on</source>
        <translation>Kein Werkzeug aktiv</translation>
    </message>
    <message>
        <source>Tools the model may call in this chat:</source>
        <translation>Werkzeuge, die das Modell in diesem Chat aufrufen darf:</translation>
    </message>
    <message>
        <source>Folders the file tools may read:</source>
        <translation>Ordner, die die Dateiwerkzeuge lesen dürfen:</translation>
    </message>
    <message>
        <source>No folder is shared with the file tools.</source>
        <translation>Für die Dateiwerkzeuge ist kein Ordner freigegeben.</translation>
    </message>
    <message>
        <source>Grant a folder…</source>
        <translation>Ordner freigeben…</translation>
    </message>
    <message>
        <source>Allowed without asking here: {tools}</source>
        <translation>Hier ohne Nachfrage erlaubt: {tools}</translation>
    </message>
    <message>
        <source>Ask again for every call</source>
        <translation>Wieder bei jedem Aufruf fragen</translation>
    </message>
    <message>
        <source>Manage tools and MCP servers…</source>
        <translation>Werkzeuge und MCP-Server verwalten …</translation>
    </message>
    <message>
        <source>Grant a folder to the file tools</source>
        <translation>Einen Ordner für die Dateiwerkzeuge freigeben</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>Images cannot be attached here.</source>
        <translation>Hier können keine Bilder angehängt werden.</translation>
    </message>
    <message>
        <source>A message can carry at most {count} images.</source>
        <translation>Eine Nachricht kann höchstens {count} Bilder enthalten.</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file), or remove the images.</source>
        <translation>Dieses Modell kann keine Bilder sehen: Laden Sie es mit seinem Vision-Projektor (mmproj-Datei) oder entfernen Sie die Bilder.</translation>
    </message>
    <message>
        <source>This image needs {needed} tokens; {left} are left in this chat&apos;s context. Remove it, or load the model with a longer context.</source>
        <translation>Dieses Bild braucht {needed} Tokens; im Kontext dieses Chats sind noch {left} frei. Entfernen Sie es oder laden Sie das Modell mit einem längeren Kontext.</translation>
    </message>
    <message>
        <source>These {count} images need {needed} tokens; {left} are left in this chat&apos;s context. Remove some, or load the model with a longer context.</source>
        <translation>Diese {count} Bilder brauchen {needed} Tokens; im Kontext dieses Chats sind noch {left} frei. Entfernen Sie einige oder laden Sie das Modell mit einem längeren Kontext.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: not read</source>
        <translation>{name} ist größer als {limit} MB: nicht gelesen</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to send</source>
        <translation>Das gespeicherte Bild {path} ist zu groß zum Senden</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s image {path}: {reason}</source>
        <translation>Das Bild {path} des Chats kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Bild {name}</translation>
    </message>
    <message>
        <source>Preparing {name}…</source>
        <translation>{name} wird vorbereitet…</translation>
    </message>
    <message>
        <source>{name}: click to view</source>
        <translation>{name}: zum Ansehen klicken</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Images of this message</source>
        <translation>Bilder dieser Nachricht</translation>
    </message>
    <message>
        <source>image {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <source>This image can no longer be read.</source>
        <translation>Dieses Bild kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} Pixel</translation>
    </message>
    <message>
        <source>{kind} is not an image type Desktop LLM stores</source>
        <translation>{kind} ist kein Bildtyp, den Desktop LLM speichert</translation>
    </message>
    <message>
        <source>a stored image has a malformed name: {name}</source>
        <translation>Ein gespeichertes Bild hat einen ungültigen Namen: {name}</translation>
    </message>
    <message>
        <source>cannot store the image: {reason}</source>
        <translation>Das Bild kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>cannot save the image in {folder}: {reason}</source>
        <translation>Das Bild kann nicht in {folder} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to be one of the app&apos;s</source>
        <translation>Das gespeicherte Bild {path} ist zu groß, um von der App zu stammen</translation>
    </message>
    <message>
        <source>cannot read the image {path}: {reason}</source>
        <translation>Das Bild {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>a message can carry at most {count} images</source>
        <translation>Eine Nachricht kann höchstens {count} Bilder enthalten</translation>
    </message>
    <message>
        <source>the image {name} is no longer stored</source>
        <translation>Das Bild {name} ist nicht mehr gespeichert</translation>
    </message>
</context>
</TS>
