<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Präzise</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Deterministisch</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>For this chat only. Empty: the model&apos;s own default.</source>
        <translation>Nur für diesen Chat. Leer: die Vorgabe des Modells.</translation>
    </message>
    <message>
        <source>You are a helpful assistant…</source>
        <translation>Du bist ein hilfreicher Assistent…</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>Diesen Prompt verwenden</translation>
    </message>
    <message>
        <source>Save this system prompt for this chat: its next replies follow it</source>
        <translation>Diesen Systemprompt für diesen Chat speichern: die nächsten Antworten folgen ihm</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Model defaults</source>
        <translation>Modellvorgaben</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>A named set of the values below; changing a value makes it Custom</source>
        <translation>Ein benannter Satz der Werte unten; ein geänderter Wert macht daraus „Benutzerdefiniert“</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Temperature: higher is more varied, 0 always picks the likeliest</source>
        <translation>Temperatur: höher ist abwechslungsreicher, 0 wählt immer das wahrscheinlichste Token</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Top-k: consider only the k likeliest tokens (0: all)</source>
        <translation>Top-k: nur die k wahrscheinlichsten Tokens berücksichtigen (0: alle)</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-p: smallest set of tokens whose probabilities add up to p</source>
        <translation>Top-p: kleinste Menge von Tokens, deren Wahrscheinlichkeiten zusammen p ergeben</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Min-p: drop tokens below this fraction of the likeliest</source>
        <translation>Min-p: Tokens unter diesem Anteil des wahrscheinlichsten verwerfen</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1 discourages repetition</source>
        <translation>Wiederholungsstrafe: über 1 werden Wiederholungen vermieden</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>Längste Antwort, in Tokens</translation>
    </message>
    <message>
        <source>Max reply tokens</source>
        <translation>Max. Antwort-Tokens</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>Random seed (-1: different every time)</source>
        <translation>Zufalls-Seed (-1: jedes Mal anders)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Forget your changes for this model: sampling and loading go back to what the model file or its family recommends</source>
        <translation>Ihre Änderungen für dieses Modell verwerfen: Sampling und Laden kehren zu den Empfehlungen der Modelldatei oder ihrer Familie zurück</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>Takes effect when the model is loaded again.</source>
        <translation>Wirkt, sobald das Modell neu geladen wird.</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>Kontextfenster in Tokens</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the chat the model sees</source>
        <translation>Kontextfenster in Tokens: wie viel vom Chat das Modell sieht</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>Schichten auf der GPU</translation>
    </message>
    <message>
        <source>Layers on the GPU (-1: all that fit, 0: CPU only)</source>
        <translation>Schichten auf der GPU (-1: alle, die passen, 0: nur CPU)</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Faster and leaner attention where the backend supports it</source>
        <translation>Schnellere, sparsamere Attention, wo das Backend sie unterstützt</translation>
    </message>
    <message>
        <source>KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)</source>
        <translation>Genauigkeit des KV-Caches: q8_0 und q4_0 sparen Speicher (q4_0 braucht Flash Attention)</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>KV-Cache-Typ</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>CPU threads (0: automatic)</source>
        <translation>CPU-Threads (0: automatisch)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Parallele Anfragen</translation>
    </message>
    <message>
        <source>Requests answered at once (the API server&apos;s clients, a document&apos;s pieces): each holds a whole context window of memory</source>
        <translation>Gleichzeitig beantwortete Anfragen (die Clients des API-Servers, die Teile eines Dokuments): Jede belegt den Speicher eines ganzen Kontextfensters</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>Modell neu laden</translation>
    </message>
    <message>
        <source>Load the model again with these settings</source>
        <translation>Das Modell mit diesen Einstellungen neu laden</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>No model loaded yet.</source>
        <translation>Noch kein Modell geladen.</translation>
    </message>
    <message>
        <source>Engine information</source>
        <translation>Engine-Informationen</translation>
    </message>
    <message>
        <source>Source of {name}</source>
        <translation>Herkunft von {name}</translation>
    </message>
    <message>
        <source>{title} section</source>
        <translation>Abschnitt {title}</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to collapse</source>
        <translation>{title}: Klicken, Leertaste oder Eingabe zum Einklappen</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to expand</source>
        <translation>{title}: Klicken, Leertaste oder Eingabe zum Ausklappen</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>ausgeklappt</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>eingeklappt</translation>
    </message>
    <message>
        <source>{name}&apos;s settings: {source}</source>
        <translation>Einstellungen von {name}: {source}</translation>
    </message>
    <message>
        <source>{name}&apos;s published default</source>
        <translation>veröffentlichte Vorgabe von {name}</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>from the model file</source>
        <translation>aus der Modelldatei</translation>
    </message>
    <message>
        <source>the family&apos;s published default</source>
        <translation>veröffentlichte Vorgabe der Familie</translation>
    </message>
    <message>
        <source>your setting for all models</source>
        <translation>Ihre Einstellung für alle Modelle</translation>
    </message>
    <message>
        <source>desktop-llm&apos;s default</source>
        <translation>Vorgabe von desktop-llm</translation>
    </message>
    <message>
        <source>the model file</source>
        <translation>der Modelldatei</translation>
    </message>
    <message>
        <source>{name}&apos;s published defaults</source>
        <translation>den veröffentlichten Vorgaben von {name}</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>Ihren Änderungen</translation>
    </message>
    <message>
        <source>Based on desktop-llm&apos;s defaults</source>
        <translation>Beruht auf den Vorgaben von desktop-llm</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first}, {second} und {third}</translation>
    </message>
    <message>
        <source>Based on {sources}</source>
        <translation>Beruht auf {sources}</translation>
    </message>
    <message>
        <source>Anyone on your network with the API key can use the model and read its answers: turn this on only on a network you trust, such as your home; never on public Wi-Fi.</source>
        <translation>Jeder in Ihrem Netzwerk mit dem API-Schlüssel kann das Modell nutzen und seine Antworten lesen: nur in einem vertrauenswürdigen Netzwerk einschalten, etwa zu Hause; nie in einem öffentlichen WLAN.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Running at {url}</source>
        <translation>Läuft unter {url}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Let other programs (Continue, Open WebUI, scripts using the openai or anthropic library) use your models through an OpenAI- and Anthropic-compatible API.</source>
        <translation>Andere Programme (Continue, Open WebUI, Skripte mit der openai- oder anthropic-Bibliothek) nutzen Ihre Modelle über eine OpenAI- und Anthropic-kompatible API.</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Die Basis-URL kopieren</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>Basis-URL kopiert</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Den API-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>API-Schlüssel kopiert</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Make a new key; programs using the old one must be given the new one</source>
        <translation>Einen neuen Schlüssel erzeugen; Programme mit dem alten brauchen dann den neuen</translation>
    </message>
    <message>
        <source>Ask for the key on this computer too</source>
        <translation>Schlüssel auch auf diesem Computer verlangen</translation>
    </message>
    <message>
        <source>Beyond this computer the key is always required</source>
        <translation>Von anderen Computern aus ist der Schlüssel immer nötig</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Serve on the local network</source>
        <translation>Im lokalen Netzwerk anbieten</translation>
    </message>
    <message>
        <source>none: web pages cannot call the server (e.g. http://localhost:3000)</source>
        <translation>keine: Webseiten können den Server nicht aufrufen (z. B. http://localhost:3000)</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server from a browser, separated by commas; * allows every page</source>
        <translation>Webseiten, die den Server aus einem Browser aufrufen dürfen, durch Kommas getrennt; * erlaubt jede Seite</translation>
    </message>
    <message>
        <source>Model that answers</source>
        <translation>Antwortendes Modell</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Unload a model the server loaded for a request after it went unused this long</source>
        <translation>Ein für eine Anfrage geladenes Modell entladen, wenn es so lange ungenutzt war</translation>
    </message>
    <message>
        <source>Allowed web pages (CORS)</source>
        <translation>Erlaubte Webseiten (CORS)</translation>
    </message>
    <message>
        <source>Unload idle models after</source>
        <translation>Ungenutzte Modelle entladen nach</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The chat&apos;s model</source>
        <translation>Das Modell des Chats</translation>
    </message>
    <message>
        <source>{name} (not in the library)</source>
        <translation>{name} (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>A new API key was made: the old one no longer works</source>
        <translation>Ein neuer API-Schlüssel wurde erzeugt: der alte gilt nicht mehr</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <source>the API key above</source>
        <translation>den API-Schlüssel oben</translation>
    </message>
    <message>
        <source>any text (no key is asked for on this computer)</source>
        <translation>einen beliebigen Text (auf diesem Computer wird kein Schlüssel verlangt)</translation>
    </message>
    <message>
        <source>In a client, set the base URL to {url} and the API key to {key}. Models are named by their file name without .gguf (GET /v1/models lists them).</source>
        <translation>Setzen Sie in einem Client die Basis-URL auf {url} und den API-Schlüssel auf {key}. Modelle heißen wie ihre Datei ohne .gguf (GET /v1/models listet sie auf).</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>Der Server ist gestoppt</translation>
    </message>
    <message>
        <source>Start it to let other programs use your models; their requests appear here.</source>
        <translation>Starten Sie ihn, damit andere Programme Ihre Modelle nutzen können; ihre Anfragen erscheinen hier.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>Point a client at {url}: each request it makes appears here with its model, tokens and time.</source>
        <translation>Richten Sie einen Client auf {url}: jede seiner Anfragen erscheint hier mit Modell, Tokens und Zeit.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>the model file could not be read: {error}</source>
        <translation>die Modelldatei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>the model file&apos;s header could not be read: {error}</source>
        <translation>der Kopf der Modelldatei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n tool(s)</source>
        <translation>
            <numerusform>Bereit · %n Werkzeug</numerusform>
            <numerusform>Bereit · %n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>Werkzeuge und MCP-Server</translation>
    </message>
    <message>
        <source>Tools the model may call in a chat, once you switch them on under the message box. Every call asks you first; a tool that only reads may be allowed always.</source>
        <translation>Werkzeuge, die das Modell in einem Chat aufrufen kann, sobald Sie sie unter dem Nachrichtenfeld einschalten. Bei jedem Aufruf werden Sie zuerst gefragt; ein Werkzeug, das nur liest, kann immer erlaubt werden.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Erlaubnis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Befehl oder Adresse</translation>
    </message>
    <message>
        <source>What the server wrote to stderr</source>
        <translation>Was der Server auf stderr ausgegeben hat</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open mcp.json</source>
        <translation>mcp.json ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Apply mcp.json as it is now: the servers are stopped and started again</source>
        <translation>mcp.json im jetzigen Stand anwenden: Die Server werden gestoppt und neu gestartet</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>This tool only reads: let it run without asking</source>
        <translation>Dieses Werkzeug liest nur: ohne Nachfrage ausführen lassen</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>{tool} immer erlauben</translation>
    </message>
    <message>
        <source>Asks every time</source>
        <translation>Fragt jedes Mal</translation>
    </message>
    <message>
        <source>This tool can change things: every call asks you first</source>
        <translation>Dieses Werkzeug kann etwas verändern: Bei jedem Aufruf werden Sie zuerst gefragt</translation>
    </message>
    <message>
        <source>Status of {name}: {status}</source>
        <translation>Status von {name}: {status}</translation>
    </message>
    <message>
        <source>Saving {name} and starting it…</source>
        <translation>{name} wird gespeichert und gestartet…</translation>
    </message>
    <message>
        <source>Remove MCP server</source>
        <translation>MCP-Server entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from mcp.json? Its tools leave every chat.</source>
        <translation>„{name}“ aus mcp.json entfernen? Seine Werkzeuge verschwinden aus allen Chats.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>{name} wird gestartet…</translation>
    </message>
    <message>
        <source>Reading mcp.json and starting its servers again…</source>
        <translation>mcp.json wird gelesen und die Server werden neu gestartet…</translation>
    </message>
    <message>
        <source>No editor opened {path}; open it yourself, then press Reload.</source>
        <translation>Kein Editor hat {path} geöffnet; öffnen Sie die Datei selbst und klicken Sie dann auf „Neu laden“.</translation>
    </message>
    <message>
        <source>&amp;Tools and MCP servers…</source>
        <translation>&amp;Werkzeuge und MCP-Server…</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>MCP-Server bearbeiten</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Its tools are offered as &lt;name&gt;__&lt;tool&gt;</source>
        <translation>Seine Werkzeuge heißen &lt;Name&gt;__&lt;Werkzeug&gt;</translation>
    </message>
    <message>
        <source>Command (runs on this computer)</source>
        <translation>Befehl (läuft auf diesem Computer)</translation>
    </message>
    <message>
        <source>Address (Streamable HTTP)</source>
        <translation>Adresse (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Separated by spaces; quote an argument that holds spaces</source>
        <translation>Durch Leerzeichen getrennt; setzen Sie ein Argument mit Leerzeichen in Anführungszeichen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>Give the command that starts the server.</source>
        <translation>Geben Sie den Befehl an, der den Server startet.</translation>
    </message>
    <message>
        <source>The arguments cannot be read: {error}</source>
        <translation>Die Argumente können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Environment, line {line}: write NAME=value</source>
        <translation>Umgebung, Zeile {line}: Schreiben Sie NAME=Wert</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>Headers, line {line}: write Name: value</source>
        <translation>Header, Zeile {line}: Schreiben Sie Name: Wert</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>{path} konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{path} is larger than 1 MB; it is probably not an MCP servers file</source>
        <translation>{path} ist größer als 1 MB; es ist wohl keine MCP-Serverdatei</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>{path} ist kein gültiges JSON: {error} (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object with &quot;mcpServers&quot;</source>
        <translation>{path} muss ein JSON-Objekt mit &quot;mcpServers&quot; enthalten</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in {path} must be an object of servers by name</source>
        <translation>&quot;mcpServers&quot; in {path} muss ein Objekt mit den Servern nach Namen sein</translation>
    </message>
    <message>
        <source>An MCP server has an empty name</source>
        <translation>Ein MCP-Server hat einen leeren Namen</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; must be an object</source>
        <translation>MCP-Server „{name}“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: transport &quot;{kind}&quot; is not supported (use stdio or Streamable HTTP)</source>
        <translation>MCP-Server „{name}“: Transport „{kind}“ wird nicht unterstützt (verwenden Sie stdio oder Streamable HTTP)</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; has both &quot;command&quot; and &quot;url&quot;; keep one</source>
        <translation>MCP-Server „{name}“ hat sowohl &quot;command&quot; als auch &quot;url&quot;; behalten Sie nur eines davon</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; needs &quot;command&quot; (a program to run) or &quot;url&quot;</source>
        <translation>MCP-Server „{name}“ braucht &quot;command&quot; (ein auszuführendes Programm) oder &quot;url&quot;</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;url&quot; must start with http:// or https://</source>
        <translation>MCP-Server „{name}“: &quot;url&quot; muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be non-empty text</source>
        <translation>MCP-Server „{name}“: &quot;{key}&quot; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be true or false</source>
        <translation>MCP-Server „{name}“: &quot;{key}&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be a list of texts</source>
        <translation>MCP-Server „{name}“: &quot;{key}&quot; muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be an object of texts</source>
        <translation>MCP-Server „{name}“: &quot;{key}&quot; muss ein Objekt mit Textwerten sein</translation>
    </message>
    <message>
        <source>Two MCP servers are named &quot;{name}&quot;</source>
        <translation>Zwei MCP-Server heißen „{name}“</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>it did not answer within {seconds} seconds</source>
        <translation>er hat nicht innerhalb von {seconds} Sekunden geantwortet</translation>
    </message>
    <message>
        <source>it stopped: {error}</source>
        <translation>er wurde beendet: {error}</translation>
    </message>
    <message>
        <source>it stopped before it was ready: {error}</source>
        <translation>er wurde beendet, bevor er bereit war: {error}</translation>
    </message>
    <message>
        <source>the server process exited</source>
        <translation>der Serverprozess wurde beendet</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; is not available: {reason}</source>
        <translation>Der MCP-Server „{server}“ ist nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>{name} did not finish within {seconds} seconds</source>
        <translation>{name} wurde nicht innerhalb von {seconds} Sekunden fertig</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; stopped during the call: {error}</source>
        <translation>Der MCP-Server „{server}“ wurde während des Aufrufs beendet: {error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; answered an error: {error}</source>
        <translation>Der MCP-Server „{server}“ hat mit einem Fehler geantwortet: {error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; failed during the call: {error}</source>
        <translation>Beim MCP-Server „{server}“ ist während des Aufrufs ein Fehler aufgetreten: {error}</translation>
    </message>
    <message>
        <source>the connection was lost: {error}</source>
        <translation>die Verbindung ging verloren: {error}</translation>
    </message>
    <message>
        <source>The MCP servers were shut down</source>
        <translation>Die MCP-Server wurden beendet</translation>
    </message>
    <message>
        <source>The call to {name} was stopped</source>
        <translation>Der Aufruf von {name} wurde gestoppt</translation>
    </message>
    <message>
        <source>The MCP tool &quot;{tool}&quot; of server &quot;{server}&quot; failed: {error}</source>
        <translation>Das MCP-Werkzeug „{tool}“ des Servers „{server}“ ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;{name}&quot; any more</source>
        <translation>Es gibt keinen MCP-Server namens „{name}“ mehr</translation>
    </message>
    <message>
        <source>An MCP server named &quot;{name}&quot; already exists</source>
        <translation>Ein MCP-Server namens „{name}“ existiert bereits</translation>
    </message>
    <message>
        <source>the expression is over {limit} characters</source>
        <translation>der Ausdruck ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the expression is not valid arithmetic ({problem})</source>
        <translation>der Ausdruck ist keine gültige Rechnung ({problem})</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>the result is too large to compute</source>
        <translation>das Ergebnis ist zu groß, um es zu berechnen</translation>
    </message>
    <message>
        <source>cannot compute this: {problem}</source>
        <translation>kann nicht berechnet werden: {problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in a calculation (numbers, + - * / // % **, parentheses and math functions only)</source>
        <translation>{what} ist in einer Berechnung nicht erlaubt (nur Zahlen, + - * / // % **, Klammern und mathematische Funktionen)</translation>
    </message>
    <message>
        <source>no documents are attached to this chat</source>
        <translation>an diesen Chat sind keine Dokumente angehängt</translation>
    </message>
    <message>
        <source>the search failed: {error}</source>
        <translation>die Suche ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>there is no passage {number} in the documents attached to this chat</source>
        <translation>in den an diesen Chat angehängten Dokumenten gibt es keine Textstelle {number}</translation>
    </message>
    <message>
        <source>no folders are shared with this chat</source>
        <translation>für diesen Chat sind keine Ordner freigegeben</translation>
    </message>
    <message>
        <source>the path holds a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}</source>
        <translation>{path} kann nicht geöffnet werden: {problem}</translation>
    </message>
    <message>
        <source>{path} is outside the folders shared with this chat ({folders})</source>
        <translation>{path} liegt außerhalb der für diesen Chat freigegebenen Ordner ({folders})</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder (read it with read_file)</source>
        <translation>{path} ist eine Datei, kein Ordner (mit read_file lesen)</translation>
    </message>
    <message>
        <source>{path} cannot be listed: {problem}</source>
        <translation>{path} kann nicht aufgelistet werden: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file (list it with list_folder)</source>
        <translation>{path} ist ein Ordner, keine Datei (mit list_folder auflisten)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{name} is not a text file</source>
        <translation>{name} ist keine Textdatei</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>the code to run is missing: pass it as the string argument &quot;code&quot;</source>
        <translation>der auszuführende Code fehlt: Übergeben Sie ihn als Zeichenketten-Argument &quot;code&quot;</translation>
    </message>
    <message>
        <source>the code is over {limit} characters</source>
        <translation>der Code ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the user stopped the Python code{output}</source>
        <translation>der Benutzer hat den Python-Code gestoppt{output}</translation>
    </message>
    <message>
        <source>the Python code ran for more than {seconds} seconds and was stopped{output}</source>
        <translation>der Python-Code lief länger als {seconds} Sekunden und wurde gestoppt{output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the memory limit of the sandbox ({megabytes} MB){output}</source>
        <translation>der Python-Code wurde an der Speichergrenze der Sandbox gestoppt ({megabytes} MB){output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the CPU time limit of the sandbox ({seconds} seconds){output}</source>
        <translation>der Python-Code wurde an der CPU-Zeitgrenze der Sandbox gestoppt ({seconds} Sekunden){output}</translation>
    </message>
    <message>
        <source>the sandbox could not run the code{output}</source>
        <translation>die Sandbox konnte den Code nicht ausführen{output}</translation>
    </message>
    <message>
        <source>the sandbox&apos;s scratch folder {folder} cannot be used ({problem})</source>
        <translation>der Arbeitsordner {folder} der Sandbox kann nicht verwendet werden ({problem})</translation>
    </message>
    <message>
        <source>the Python sandbox could not start ({problem})</source>
        <translation>die Python-Sandbox konnte nicht starten ({problem})</translation>
    </message>
</context>
</TS>
