<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>fits on GPU</source>
        <translation>passt auf die GPU</translation>
    </message>
    <message>
        <source>partial offload</source>
        <translation>teilweise auf GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>nur CPU</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Find models on Hugging Face and see which file fits this computer.</source>
        <translation>Modelle auf Hugging Face finden und sehen, welche Datei zu diesem Computer passt.</translation>
    </message>
    <message>
        <source>Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)</source>
        <translation>GGUF-Modelle auf Hugging Face suchen (z. B. llama 3.2, qwen, gemma)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>recently updated</source>
        <translation>zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>trending</source>
        <translation>im Trend</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Ergebnisse sortieren nach</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Models from {url}</source>
        <translation>Modelle von {url}</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>Modellquelle</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>Hub-Status</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>Empfohlen für den Anfang</translation>
    </message>
    <message>
        <source>Pick a model on the left to see its files and whether they fit this computer.</source>
        <translation>Wählen Sie links ein Modell, um seine Dateien zu sehen und ob sie zu diesem Computer passen.</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>This repository has a vision projector (mmproj): its models can read images.</source>
        <translation>Dieses Repository enthält einen Vision-Projektor (mmproj): Seine Modelle können Bilder lesen.</translation>
    </message>
    <message>
        <source>Vision model</source>
        <translation>Vision-Modell</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Vision projector to download with the model</source>
        <translation>Vision-Projektor, der mit dem Modell heruntergeladen wird</translation>
    </message>
    <message>
        <source>Downloaded with the model file, in the same download: it lets the model see images. The matching one is chosen by its name, else F16 or Q8_0.</source>
        <translation>Wird im selben Download wie die Modelldatei heruntergeladen und lässt das Modell Bilder sehen. Der passende wird anhand seines Namens gewählt, sonst F16 oder Q8_0.</translation>
    </message>
    <message>
        <source>Fit for context length</source>
        <translation>Passung für Kontextlänge</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation>Kontextlänge für die Passungsschätzung</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, {gpu} {vram}</source>
        <translation>Dieser Computer: {ram} RAM, {gpu} {vram}</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, no GPU found</source>
        <translation>Dieser Computer: {ram} RAM, keine GPU gefunden</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>{message} Your downloaded models keep working.</source>
        <translation>{message} Ihre heruntergeladenen Modelle funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>geschützt: braucht ein Token</translation>
    </message>
    <message>
        <source>No GGUF models match “{query}”. Try other or fewer words.</source>
        <translation>Keine GGUF-Modelle passen zu „{query}“. Versuchen Sie andere oder weniger Wörter.</translation>
    </message>
    <message>
        <source>No GGUF models were found. Try other or fewer words.</source>
        <translation>Keine GGUF-Modelle gefunden. Versuchen Sie andere oder weniger Wörter.</translation>
    </message>
    <message>
        <source>The search failed: {message} The list shows what was there before.</source>
        <translation>Die Suche ist fehlgeschlagen: {message} Die Liste zeigt die vorherigen Ergebnisse.</translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation>Die Suche ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Hugging Face cannot be reached from this computer. Press Try again once you are online.</source>
        <translation>Hugging Face ist von diesem Computer aus nicht erreichbar. Klicken Sie auf „Erneut versuchen“, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>The page of {repo} cannot be shown: {reason}</source>
        <translation>Die Seite von {repo} kann nicht angezeigt werden: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>License: {license}    Base model: {base}    Languages: {languages}</source>
        <translation>Lizenz: {license}    Basismodell: {base}    Sprachen: {languages}</translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln download(s)</source>
        <translation>
            <numerusform>↓ %Ln Download</numerusform>
            <numerusform>↓ %Ln Downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>(gated: needs a token)</source>
        <translation>(geschützt: braucht ein Token)</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>(The fit estimate is unavailable: the file header could not be read.)</source>
        <translation>(Keine Passungsschätzung: Der Dateikopf konnte nicht gelesen werden.)</translation>
    </message>
    <message>
        <source>This repository has no GGUF files that desktop-llm can run.</source>
        <translation>Dieses Repository hat keine GGUF-Dateien, die desktop-llm ausführen kann.</translation>
    </message>
    <message>
        <source>The matching projector (chosen for each file)</source>
        <translation>Der passende Projektor (für jede Datei gewählt)</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>Keiner: nur Text</translation>
    </message>
    <message numerus="yes">
        <source>(%n part(s))</source>
        <translation>
            <numerusform>(%n Teil)</numerusform>
            <numerusform>(%n Teile)</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} + projector {projector}</source>
        <translation>{model} + Projektor {projector}</translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation>GPU-Schichten: {layers}</translation>
    </message>
    <message>
        <source>Vision projector and its image buffer {projector}</source>
        <translation>Vision-Projektor und sein Bildpuffer {projector}</translation>
    </message>
    <message>
        <source>Weights {weights} + KV cache {kv} ({tokens} tokens) + compute {compute}</source>
        <translation>Gewichte {weights} + KV-Cache {kv} ({tokens} Tokens) + Berechnung {compute}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name} herunterladen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Models on their way to this computer. Downloads continue in the background and resume after a restart.</source>
        <translation>Modelle auf dem Weg zu diesem Computer. Downloads laufen im Hintergrund weiter und werden nach einem Neustart fortgesetzt.</translation>
    </message>
    <message>
        <source>No downloads yet</source>
        <translation>Noch keine Downloads</translation>
    </message>
    <message>
        <source>Find a model in Discover and press Download: it appears here with its progress, and lands in the Library when it is done.</source>
        <translation>Finden Sie ein Modell unter „Entdecken“ und klicken Sie auf „Herunterladen“: Es erscheint hier mit seinem Fortschritt und landet danach in der Bibliothek.</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>Keine Downloads</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Modelle durchsuchen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Download pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Download wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Download entfernen</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>The models on this computer: chat with one, make it the default, inspect its details.</source>
        <translation>Die Modelle auf diesem Computer: mit einem chatten, es als Standard festlegen, Details ansehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Local models</source>
        <translation>Lokale Modelle</translation>
    </message>
    <message>
        <source>Only the starter model so far</source>
        <translation>Bisher nur das Startmodell</translation>
    </message>
    <message>
        <source>It is small and quick, made for trying things out; larger models answer better. Find one in Discover, or import a .gguf file you already have.</source>
        <translation>Es ist klein und schnell, zum Ausprobieren gedacht; größere Modelle antworten besser. Finden Sie eines unter „Entdecken“ oder importieren Sie eine vorhandene .gguf-Datei.</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Speicherbelegung</translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation>Damit chatten</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Import .gguf…</source>
        <translation>.gguf importieren…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Projector…</source>
        <translation>Projektor…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>The starter model is part of the app and stays.</source>
        <translation>Das Startmodell gehört zur App und bleibt erhalten.</translation>
    </message>
    <message>
        <source>Adapters are deleted with their run, in the Train tab.</source>
        <translation>Adapter werden mit ihrem Lauf im Tab „Trainieren“ gelöscht.</translation>
    </message>
    <message>
        <source>Remove the selected model from the library</source>
        <translation>Das ausgewählte Modell aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Sees images with {file}</source>
        <translation>Sieht Bilder mit {file}</translation>
    </message>
    <message>
        <source>Choose the vision projector (mmproj) that lets this model see images</source>
        <translation>Den Vision-Projektor (mmproj) wählen, mit dem dieses Modell Bilder sieht</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), {size} on disk · {folder}</source>
        <translation>
            <numerusform>%n Modell, {size} auf dem Datenträger · {folder}</numerusform>
            <numerusform>%n Modelle, {size} auf dem Datenträger · {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>projector: {kind}</source>
        <translation>Projektor: {kind}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>broken: {reason}</source>
        <translation>defekt: {reason}</translation>
    </message>
    <message>
        <source>Delete… removes it from the library.</source>
        <translation>„Löschen…“ entfernt es aus der Bibliothek.</translation>
    </message>
    <message>
        <source>Vision projector: {path}</source>
        <translation>Vision-Projektor: {path}</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>Val-Loss {before} → {after}</translation>
    </message>
    <message>
        <source>LoRA adapter: {name}</source>
        <translation>LoRA-Adapter: {name}</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>Adapter</translation>
    </message>
    <message numerus="yes">
        <source>trained here, %n step(s)</source>
        <translation>
            <numerusform>hier trainiert, %n Schritt</numerusform>
            <numerusform>hier trainiert, %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a projector file…</source>
        <translation>Projektordatei wählen…</translation>
    </message>
    <message>
        <source>Pair automatically (a projector in the model&apos;s folder)</source>
        <translation>Automatisch zuordnen (ein Projektor im Ordner des Modells)</translation>
    </message>
    <message>
        <source>Choose a vision projector</source>
        <translation>Vision-Projektor wählen</translation>
    </message>
    <message>
        <source>Vision projectors (*.gguf)</source>
        <translation>Vision-Projektoren (*.gguf)</translation>
    </message>
    <message>
        <source>Projector not used</source>
        <translation>Projektor nicht verwendet</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Ein GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation>{file} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library and delete its file?</source>
        <translation>{name} ({size}) aus der Bibliothek entfernen und die Datei löschen?</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library (the file itself stays where it is)?</source>
        <translation>{name} ({size}) aus der Bibliothek entfernen (die Datei selbst bleibt, wo sie ist)?</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modell: {name}</translation>
    </message>
    <message>
        <source>{size} · {architecture} · {parameters} parameters · {quantization}</source>
        <translation>{size} · {architecture} · {parameters} Parameter · {quantization}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>{tensors} ({parameters} parameters)</source>
        <translation>{tensors} ({parameters} Parameter)</translation>
    </message>
    <message>
        <source>(this model has no chat template: ChatML is used)</source>
        <translation>(dieses Modell hat keine Chat-Vorlage: ChatML wird verwendet)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible servers: vLLM, llama.cpp&apos;s llama-server, Ollama (…/v1), LM Studio, another desktop-llm, a hosted provider. Their models appear in the model list. API keys are kept in the system keychain, or a file only you can read.</source>
        <translation>Andere OpenAI-kompatible Server: vLLM, llama-server von llama.cpp, Ollama (…/v1), LM Studio, ein anderes desktop-llm, ein gehosteter Anbieter. Ihre Modelle erscheinen in der Modellliste. API-Schlüssel werden im Schlüsselbund des Systems gespeichert oder in einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation>vom Server erfragen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Asking {address}…</source>
        <translation>Frage {address} an…</translation>
    </message>
    <message>
        <source>Saved {name}; asking it for its models…</source>
        <translation>{name} gespeichert; frage nach seinen Modellen…</translation>
    </message>
    <message>
        <source>no models listed</source>
        <translation>keine Modelle aufgeführt</translation>
    </message>
    <message>
        <source>{name} answers: {models}</source>
        <translation>{name} antwortet: {models}</translation>
    </message>
    <message>
        <source>{name}: {status}. {message}</source>
        <translation>{name}: {status}. {message}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>401: key refused</source>
        <translation>401: Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>file ends inside the header while reading {what} at byte {position}</source>
        <translation>Die Datei endet mitten im Kopf beim Lesen von {what} bei Byte {position}</translation>
    </message>
    <message>
        <source>{what} claims {size} bytes but the file has only {left} left: it is corrupt or cut short</source>
        <translation>{what} gibt {size} Bytes an, die Datei hat aber nur noch {left}: Sie ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>file is empty or shorter than a GGUF header</source>
        <translation>Die Datei ist leer oder kürzer als ein GGUF-Kopf</translation>
    </message>
    <message>
        <source>not a GGUF file (it starts with {shown}; a GGUF file starts with &quot;GGUF&quot;)</source>
        <translation>Keine GGUF-Datei (sie beginnt mit {shown}; eine GGUF-Datei beginnt mit &quot;GGUF&quot;)</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>Nicht unterstützte GGUF-Version {version} (unterstützt: 2 und 3)</translation>
    </message>
    <message>
        <source>file is truncated: it has {size} bytes but its tensors need {expected} ({missing} missing); the download was probably interrupted</source>
        <translation>Die Datei ist abgeschnitten: Sie hat {size} Bytes, ihre Tensoren brauchen aber {expected} ({missing} fehlen); der Download wurde wahrscheinlich unterbrochen</translation>
    </message>
</context>
</TS>
