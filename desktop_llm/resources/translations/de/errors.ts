<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>no model is loaded</source>
        <translation>Es ist kein Modell geladen</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>Modelldatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name}: Die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp konnte {name} nicht laden: {reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the LoRA adapters</source>
        <translation>llama.cpp konnte die LoRA-Adapter nicht anwenden</translation>
    </message>
    <message>
        <source>LoRA adapter not found: {path}</source>
        <translation>LoRA-Adapter nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>{name} is not a usable GGUF adapter: {reason}</source>
        <translation>{name} ist kein verwendbarer GGUF-Adapter: {reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter</source>
        <translation>{name} ist ein Modell, kein LoRA-Adapter</translation>
    </message>
    <message>
        <source>{name} was trained for a {trained} model; the loaded model is {loaded}</source>
        <translation>{name} wurde für ein {trained}-Modell trainiert; das geladene Modell ist {loaded}</translation>
    </message>
    <message>
        <source>llama.cpp could not load the adapter {name} onto this model: {reason}</source>
        <translation>llama.cpp konnte den Adapter {name} nicht auf dieses Modell laden: {reason}</translation>
    </message>
    <message>
        <source>{name} is a reranker: it scores passages, it makes no embeddings</source>
        <translation>{name} ist ein Reranker: Er bewertet Textstellen, erzeugt aber keine Embeddings</translation>
    </message>
    <message>
        <source>{name} is not a reranker (its pooling type is not rank)</source>
        <translation>{name} ist kein Reranker (sein Pooling-Typ ist nicht rank)</translation>
    </message>
    <message>
        <source>this model&apos;s chat template does not support tools (it never writes them into the prompt); use a model whose template does, or send the request without tools</source>
        <translation>Die Chatvorlage dieses Modells unterstützt keine Werkzeuge (sie schreibt sie nie in den Prompt); verwenden Sie ein Modell, dessen Vorlage das kann, oder senden Sie die Anfrage ohne Werkzeuge</translation>
    </message>
    <message>
        <source>this model&apos;s chat template could not render the request&apos;s tools: {reason}</source>
        <translation>Die Chatvorlage dieses Modells konnte die Werkzeuge der Anfrage nicht darstellen: {reason}</translation>
    </message>
    <message>
        <source>{name} is an embedding model: it finds passages for Knowledge but cannot write replies; choose a chat model</source>
        <translation>{name} ist ein Embedding-Modell: Es findet Textstellen für „Wissen“, kann aber keine Antworten schreiben; wählen Sie ein Chatmodell</translation>
    </message>
    <message>
        <source>the engine has been shut down</source>
        <translation>Die Engine wurde beendet</translation>
    </message>
    <message>
        <source>the engine is not answering ({kind}: {reason})</source>
        <translation>Die Engine antwortet nicht ({kind}: {reason})</translation>
    </message>
    <message>
        <source>the engine stopped answering ({reason})</source>
        <translation>Die Engine antwortet nicht mehr ({reason})</translation>
    </message>
    <message>
        <source>the engine sent a malformed answer: {reason}</source>
        <translation>Die Engine hat eine fehlerhafte Antwort gesendet: {reason}</translation>
    </message>
    <message>
        <source>the engine connection broke mid-reply ({kind})</source>
        <translation>Die Verbindung zur Engine brach mitten in der Antwort ab ({kind})</translation>
    </message>
    <message>
        <source>the engine sent a malformed stream chunk: {reason}</source>
        <translation>Die Engine hat einen fehlerhaften Stream-Abschnitt gesendet: {reason}</translation>
    </message>
    <message>
        <source>the engine ended the reply without finishing it</source>
        <translation>Die Engine hat die Antwort beendet, ohne sie abzuschließen</translation>
    </message>
    <message>
        <source>the engine sent a malformed status: {reason}</source>
        <translation>Die Engine hat einen fehlerhaften Status gesendet: {reason}</translation>
    </message>
    <message>
        <source>the engine could not be started: {reason}</source>
        <translation>Die Engine konnte nicht gestartet werden: {reason}</translation>
    </message>
    <message>
        <source>the engine did not start within {seconds} s</source>
        <translation>Die Engine ist nicht innerhalb von {seconds} s gestartet</translation>
    </message>
    <message>
        <source>the engine failed to start: it {outcome}</source>
        <translation>Die Engine konnte nicht starten: {outcome}</translation>
    </message>
    <message>
        <source>the engine stopped unexpectedly: it {outcome}</source>
        <translation>Die Engine wurde unerwartet beendet: {outcome}</translation>
    </message>
    <message>
        <source>cannot use the folder {folder}: {reason}. Make sure it is a folder you can write to, or set {env} to another one</source>
        <translation>Der Ordner {folder} kann nicht verwendet werden: {reason}. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen, oder setzen Sie {env} auf einen anderen</translation>
    </message>
    <message>
        <source>{error}. It can be moved aside (kept, renamed) so the app starts with an empty history</source>
        <translation>{error}. Sie kann beiseitegelegt werden (umbenannt aufbewahrt), damit die App mit einem leeren Verlauf startet</translation>
    </message>
    <message>
        <source>{error}. Install the newer version, or move this database aside (kept, renamed) and start fresh</source>
        <translation>{error}. Installieren Sie die neuere Version oder legen Sie diese Datenbank beiseite (umbenannt aufbewahrt) und beginnen Sie neu</translation>
    </message>
    <message>
        <source>{error}. Close the other program using it (another desktop-llm command?) and try again</source>
        <translation>{error}. Schließen Sie das andere Programm, das sie verwendet (ein anderer desktop-llm-Befehl?), und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{error}. Check the permissions and free space of its folder, or set {env}</source>
        <translation>{error}. Prüfen Sie die Berechtigungen und den freien Speicherplatz ihres Ordners oder setzen Sie {env}</translation>
    </message>
    <message>
        <source>could not move the database {file} aside: {reason}</source>
        <translation>Die Datenbank {file} konnte nicht beiseitegelegt werden: {reason}</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is damaged ({reason})</source>
        <translation>{doing}: Die Datenbank {path} ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is locked by another program ({reason})</source>
        <translation>{doing}: Die Datenbank {path} ist durch ein anderes Programm gesperrt ({reason})</translation>
    </message>
    <message>
        <source>{doing}: the database {path} cannot be written ({reason})</source>
        <translation>{doing}: In die Datenbank {path} kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}: {reason}</translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation>Die Datenbank {path} kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>database write failed</source>
        <translation>Schreiben in die Datenbank fehlgeschlagen</translation>
    </message>
    <message>
        <source>the database {path} was written by a newer desktop-llm (schema {version}, this one knows {known})</source>
        <translation>Die Datenbank {path} wurde von einer neueren desktop-llm-Version geschrieben (Schema {version}, diese kennt {known})</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off.</source>
        <translation>Der Offlinemodus ist aktiv (HF_HUB_OFFLINE): Suchen und Herunterladen sind deaktiviert.</translation>
    </message>
    <message>
        <source>{what} is gated: accept its license on the model&apos;s page, then set a token with access (HF_TOKEN).</source>
        <translation>{what} ist geschützt: Akzeptieren Sie die Lizenz auf der Seite des Modells und setzen Sie dann ein Token mit Zugriff (HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found (or is private and needs a token).</source>
        <translation>{what} wurde nicht gefunden (oder ist privat und erfordert ein Token).</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (HF_TOKEN).</source>
        <translation>{what} erfordert ein Hugging Face-Token mit Zugriff (HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found on the hub.</source>
        <translation>{what} wurde auf dem Hub nicht gefunden.</translation>
    </message>
    <message>
        <source>{site} answered {status} for {what}.</source>
        <translation>{site} hat für {what} mit {status} geantwortet.</translation>
    </message>
    <message>
        <source>{site} cannot be reached ({reason}); are you offline?</source>
        <translation>{site} ist nicht erreichbar ({reason}); sind Sie offline?</translation>
    </message>
    <message>
        <source>{site} answered, but not as a Hugging Face hub does: /api/models sent {kind}, not a JSON list of models. Is the address right (no path after the server&apos;s name, for most mirrors)?</source>
        <translation>{site} hat geantwortet, aber nicht wie ein Hugging Face-Hub: /api/models lieferte {kind} statt einer JSON-Liste von Modellen. Stimmt die Adresse (bei den meisten Mirrors ohne Pfad nach dem Servernamen)?</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason})</source>
        <translation>{site} antwortet nicht mehr ({reason})</translation>
    </message>
    <message>
        <source>{site} answered /api/models with something other than a list of models; it does not look like a Hugging Face hub or mirror.</source>
        <translation>{site} hat auf /api/models etwas anderes als eine Liste von Modellen geliefert; es sieht nicht nach einem Hugging Face-Hub oder -Mirror aus.</translation>
    </message>
    <message>
        <source>{site} sent an unreadable search answer: {reason}</source>
        <translation>{site} hat eine unlesbare Suchantwort gesendet: {reason}</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason}); are you offline?</source>
        <translation>{site} antwortet nicht mehr ({reason}); sind Sie offline?</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (gated or private model: accept its license on huggingface.co and set HF_TOKEN).</source>
        <translation>{what} erfordert ein Hugging Face-Token mit Zugriff (geschütztes oder privates Modell: Akzeptieren Sie die Lizenz auf huggingface.co und setzen Sie HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found on {site}.</source>
        <translation>{what} wurde auf {site} nicht gefunden.</translation>
    </message>
    <message>
        <source>{file} on the hub is not a readable GGUF file: {reason}</source>
        <translation>{file} auf dem Hub ist keine lesbare GGUF-Datei: {reason}</translation>
    </message>
    <message>
        <source>cannot create {lock}: its folder keeps disappearing</source>
        <translation>{lock} kann nicht erstellt werden: Sein Ordner verschwindet immer wieder</translation>
    </message>
    <message>
        <source>{file} is already being downloaded by another desktop-llm window or command; it will be in the library when that download finishes.</source>
        <translation>{file} wird bereits von einem anderen desktop-llm-Fenster oder -Befehl heruntergeladen; die Datei erscheint in der Bibliothek, wenn dieser Download abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Not enough disk space: the download needs {needed} more, {free} is free in {folder}.</source>
        <translation>Nicht genug Speicherplatz: Der Download benötigt noch {needed}, in {folder} sind {free} frei.</translation>
    </message>
    <message>
        <source>{file}: the connection keeps failing ({reason}); {kept} kept, retry to resume.</source>
        <translation>{file}: Die Verbindung bricht immer wieder ab ({reason}); {kept} wurden behalten, versuchen Sie es erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <source>{file}: the downloaded data is corrupt ({found}); the partial file was deleted, download it again.</source>
        <translation>{file}: Die heruntergeladenen Daten sind beschädigt ({found}); die unvollständige Datei wurde gelöscht, laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The disk is full: {file} stopped at {size}. Free some space, then resume: nothing was lost.</source>
        <translation>Der Datenträger ist voll: {file} wurde bei {size} angehalten. Geben Sie Speicherplatz frei und setzen Sie dann fort: Es ging nichts verloren.</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{name} accepted the request but sent nothing for {seconds} s: the server is stalled or overloaded</source>
        <translation>{name} hat die Anfrage angenommen, aber {seconds} s lang nichts gesendet: Der Server hängt oder ist überlastet</translation>
    </message>
    <message>
        <source>cannot reach {name} at {address}: {reason}. Is the server running, and the address right?</source>
        <translation>{name} unter {address} ist nicht erreichbar: {reason}. Läuft der Server, und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>{name} refused the API key ({http}): {said}. Check the key in Connections (or the variable named with --api-key-env)</source>
        <translation>{name} hat den API-Schlüssel abgelehnt ({http}): {said}. Prüfen Sie den Schlüssel unter „Verbindungen“ (oder die mit --api-key-env angegebene Variable)</translation>
    </message>
    <message>
        <source>{name} does not serve {model} ({said}); it serves: {models}</source>
        <translation>{name} stellt {model} nicht bereit ({said}); verfügbar sind: {models}</translation>
    </message>
    <message>
        <source>{name} says too many requests (429): {said}</source>
        <translation>{name} meldet zu viele Anfragen (429): {said}</translation>
    </message>
    <message>
        <source>{name} failed with {http}: {said}</source>
        <translation>{name} ist mit {http} fehlgeschlagen: {said}</translation>
    </message>
    <message>
        <source>{name}: the request does not fit the model&apos;s context: {said}</source>
        <translation>{name}: Die Anfrage passt nicht in den Kontext des Modells: {said}</translation>
    </message>
    <message>
        <source>{name} refused the request ({http}): {said}</source>
        <translation>{name} hat die Anfrage abgelehnt ({http}): {said}</translation>
    </message>
    <message>
        <source>{name} stopped sending in the middle of an answer</source>
        <translation>{name} hat mitten in einer Antwort aufgehört zu senden</translation>
    </message>
    <message>
        <source>{name} broke off its answer: {reason}</source>
        <translation>{name} hat seine Antwort abgebrochen: {reason}</translation>
    </message>
    <message>
        <source>{name} sent a malformed answer: {reason}</source>
        <translation>{name} hat eine fehlerhafte Antwort gesendet: {reason}</translation>
    </message>
    <message>
        <source>{name} has no tokenize endpoint; token counts there are estimates</source>
        <translation>{name} hat keinen Tokenize-Endpunkt; die Tokenzahlen dort sind Schätzungen</translation>
    </message>
    <message>
        <source>LoRA adapters apply to a local model only; {name} serves its own</source>
        <translation>LoRA-Adapter gelten nur für ein lokales Modell; {name} stellt sein eigenes bereit</translation>
    </message>
    <message>
        <source>{name} stopped sending for {seconds} s in the middle of the reply; what arrived is kept</source>
        <translation>{name} hat mitten in der Antwort {seconds} s lang nichts gesendet; was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>the connection to {name} broke mid-reply ({reason}); what arrived is kept</source>
        <translation>Die Verbindung zu {name} brach mitten in der Antwort ab ({reason}); was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>{name} sent a malformed stream chunk: {reason}</source>
        <translation>{name} hat einen fehlerhaften Stream-Abschnitt gesendet: {reason}</translation>
    </message>
    <message>
        <source>{name} ended the reply without finishing it (another request may have interrupted it); what arrived is kept</source>
        <translation>{name} hat die Antwort beendet, ohne sie abzuschließen (vielleicht wurde sie von einer anderen Anfrage unterbrochen); was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>{name} does not serve {model}; it serves {served}</source>
        <translation>{name} stellt {model} nicht bereit; verfügbar ist {served}</translation>
    </message>
    <message>
        <source>no model of {name} is chosen yet</source>
        <translation>Es ist noch kein Modell von {name} ausgewählt</translation>
    </message>
    <message>
        <source>cannot store the API key of {name}: {reason}</source>
        <translation>Der API-Schlüssel von {name} kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>no connection named {name}; add it with `desktop-llm connections add`</source>
        <translation>Keine Verbindung namens {name}; fügen Sie sie mit `desktop-llm connections add` hinzu</translation>
    </message>
    <message>
        <source>a connection named {name} exists already</source>
        <translation>Eine Verbindung namens {name} existiert bereits</translation>
    </message>
    <message>
        <source>no connection named {name}</source>
        <translation>Keine Verbindung namens {name}</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>a connection name is letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), got {name}</source>
        <translation>Ein Verbindungsname besteht aus Buchstaben, Ziffern, „.“, „_“ oder „-“ (höchstens 64), erhalten: {name}</translation>
    </message>
    <message>
        <source>context length and concurrency must be 0 or more, the stall timeout 0-3600 s</source>
        <translation>Kontextlänge und Parallelität müssen 0 oder mehr sein, das Timeout bei Stillstand 0–3600 s</translation>
    </message>
    <message>
        <source>a saved connection is malformed: {reason}</source>
        <translation>Eine gespeicherte Verbindung ist fehlerhaft: {reason}</translation>
    </message>
    <message>
        <source>a server address is http:// or https:// and a host, got {url}</source>
        <translation>Eine Serveradresse besteht aus http:// oder https:// und einem Host, erhalten: {url}</translation>
    </message>
    <message>
        <source>the port in {url} is not a number</source>
        <translation>Der Port in {url} ist keine Zahl</translation>
    </message>
    <message>
        <source>another process already holds {path}</source>
        <translation>Ein anderer Prozess belegt bereits {path}</translation>
    </message>
    <message>
        <source>{file} cannot be read as a projector: {reason}</source>
        <translation>{file} kann nicht als Projektor gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (its architecture is {architecture}, not clip): pick the mmproj file that came with the model</source>
        <translation>{file} ist kein Vision-Projektor (seine Architektur ist {architecture}, nicht clip): Wählen Sie die mmproj-Datei, die zum Modell gehört</translation>
    </message>
    <message>
        <source>the model {file} cannot be read: {reason}</source>
        <translation>Das Modell {file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s tools</source>
        <translation>Die Werkzeuge des Chats können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save the chat&apos;s tools</source>
        <translation>Die Werkzeuge des Chats können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file)</source>
        <translation>Dieses Modell kann keine Bilder sehen: Laden Sie es mit seinem Vision-Projektor (mmproj-Datei)</translation>
    </message>
    <message>
        <source>The image is not a data:image base64 URL of at most 40 MB</source>
        <translation>Das Bild ist keine data:image-Base64-URL mit höchstens 40 MB</translation>
    </message>
    <message>
        <source>The image&apos;s base64 data is damaged: {reason}</source>
        <translation>Die Base64-Daten des Bildes sind beschädigt: {reason}</translation>
    </message>
    <message>
        <source>{file} is a projector for audio, not images</source>
        <translation>{file} ist ein Projektor für Audio, nicht für Bilder</translation>
    </message>
    <message>
        <source>{file} makes image vectors of size {projector} but this model&apos;s embeddings have size {model}: it was made for another model</source>
        <translation>{file} erzeugt Bildvektoren der Größe {projector}, die Embeddings dieses Modells haben aber die Größe {model}: Er wurde für ein anderes Modell erstellt</translation>
    </message>
    <message>
        <source>The image is too large to open safely (it may be a decompression bomb): {reason}</source>
        <translation>Das Bild ist zu groß, um es sicher zu öffnen (möglicherweise eine Dekompressionsbombe): {reason}</translation>
    </message>
    <message>
        <source>The image is empty (0 bytes)</source>
        <translation>Das Bild ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>The image is {size} MB; at most {limit} MB are read</source>
        <translation>Das Bild ist {size} MB groß; gelesen werden höchstens {limit} MB</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused (it may be a decompression bomb)</source>
        <translation>Das Bild hat {width} x {height} Pixel: Mehr als {limit} Millionen Pixel werden abgelehnt (möglicherweise eine Dekompressionsbombe)</translation>
    </message>
    <message>
        <source>The image is damaged or truncated: {reason}</source>
        <translation>Das Bild ist beschädigt oder unvollständig: {reason}</translation>
    </message>
    <message>
        <source>The image is too large to open in the memory available</source>
        <translation>Das Bild ist zu groß, um es im verfügbaren Speicher zu öffnen</translation>
    </message>
    <message>
        <source>This is not an image Desktop LLM can read (PNG, JPEG, WebP, GIF or BMP)</source>
        <translation>Dies ist kein Bild, das Desktop LLM lesen kann (PNG, JPEG, WebP, GIF oder BMP)</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused</source>
        <translation>Das Bild hat {width} x {height} Pixel: Mehr als {limit} Millionen Pixel werden abgelehnt</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, WebP, GIF or BMP file</source>
        <translation>Das Bild ist keine PNG-, JPEG-, WebP-, GIF- oder BMP-Datei</translation>
    </message>
    <message>
        <source>llama.cpp could not load the vision projector {name}: {reason}</source>
        <translation>llama.cpp konnte den Vision-Projektor {name} nicht laden: {reason}</translation>
    </message>
    <message>
        <source>{name} is an audio projector: it cannot read images</source>
        <translation>{name} ist ein Audio-Projektor: Er kann keine Bilder lesen</translation>
    </message>
    <message>
        <source>llama.cpp could not take the image ({width} x {height})</source>
        <translation>llama.cpp konnte das Bild nicht übernehmen ({width} x {height})</translation>
    </message>
    <message>
        <source>llama.cpp could not prepare the images for the model (mtmd_tokenize returned {result})</source>
        <translation>llama.cpp konnte die Bilder nicht für das Modell vorbereiten (mtmd_tokenize gab {result} zurück)</translation>
    </message>
    <message>
        <source>images need the model loaded with one parallel slot</source>
        <translation>Für Bilder muss das Modell mit nur einer parallelen Anfrage geladen sein</translation>
    </message>
    <message>
        <source>vision projector not found: {path}</source>
        <translation>Vision-Projektor nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>{name} is not a usable vision projector: {reason}</source>
        <translation>{name} ist kein verwendbarer Vision-Projektor: {reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a vision projector (mmproj)</source>
        <translation>{name} ist ein Modell, kein Vision-Projektor (mmproj)</translation>
    </message>
    <message>
        <source>{model} cannot use the projector {projector}: {reason}</source>
        <translation>{model} kann den Projektor {projector} nicht verwenden: {reason}</translation>
    </message>
    <message>
        <source>llama.cpp found no room in the context&apos;s KV cache for the next tokens</source>
        <translation>llama.cpp hat im KV-Cache des Kontexts keinen Platz für die nächsten Tokens gefunden</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the tokens (llama_decode returned {result})</source>
        <translation>llama.cpp konnte die Tokens nicht auswerten (llama_decode gab {result} zurück)</translation>
    </message>
    <message>
        <source>the request&apos;s grammar cannot be parsed by llama.cpp</source>
        <translation>Die Grammatik der Anfrage kann von llama.cpp nicht verarbeitet werden</translation>
    </message>
    <message>
        <source>the prompt has {count} tokens; a slot&apos;s context holds {n_ctx}</source>
        <translation>Der Prompt hat {count} Tokens; der Kontext eines Slots fasst {n_ctx}</translation>
    </message>
</context>
</TS>
