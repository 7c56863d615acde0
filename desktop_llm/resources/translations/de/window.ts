<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>{kind}: {error}

The app keeps running. Details are in {log}.</source>
        <translation>{kind}: {error}

Die App läuft weiter. Details stehen in {log}.</translation>
    </message>
    <message>
        <source>desktop-llm</source>
        <translation>desktop-llm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translation>Einstellungen nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>No model in the library yet.</source>
        <translation>Noch kein Modell in der Bibliothek.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>{offloaded}/{layers} layers on GPU</source>
        <translation>{offloaded}/{layers} Schichten auf der GPU</translation>
    </message>
    <message>
        <source>no GPU offload</source>
        <translation>keine GPU-Auslagerung</translation>
    </message>
    <message>
        <source>Backend: {backend} ({gpu})</source>
        <translation>Backend: {backend} ({gpu})</translation>
    </message>
    <message>
        <source>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Model {size}, engine memory {memory}, loaded in {ms} ms</source>
        <translation>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Modell {size}, Speicher der Engine {memory}, geladen in {ms} ms</translation>
    </message>
    <message>
        <source>Ready: {name} · context {n_ctx}</source>
        <translation>Bereit: {name} · Kontext {n_ctx}</translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation>{name} konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as Markdown with &amp;reasoning…</source>
        <translation>Als Markdown mit &amp;Denkprozess exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Other servers: vLLM, llama-server, Ollama, LM Studio, a hosted provider</source>
        <translation>Andere Server: vLLM, llama-server, Ollama, LM Studio, ein gehosteter Anbieter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>Searc&amp;h chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Rena&amp;me chat…</source>
        <translation>Chat &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete chat…</source>
        <translation>Chat &amp;löschen…</translation>
    </message>
    <message>
        <source>Chat &amp;settings panel</source>
        <translation>Chat-&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;About desktop-llm</source>
        <translation>&amp;Über desktop-llm</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Chat settings (F9)</source>
        <translation>Chat-Einstellungen (F9)</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No chat matches “{words}”.</source>
        <translation>Kein Chat passt zu „{words}“.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>„{title}“ und alle Nachrichten darin löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model that answers in chat: click to search your models</source>
        <translation>Das Modell, das im Chat antwortet: Klicken, um Ihre Modelle zu durchsuchen</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>on {connection} · {state}</source>
        <translation>auf {connection} · {state}</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>Vision</translation>
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
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>It should run comfortably.</source>
        <translation>Es sollte problemlos laufen.</translation>
    </message>
    <message>
        <source>It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM).</source>
        <translation>Es sollte laden, aber langsam oder mit wenig Reserve (teils auf der CPU oder mit dem Großteil des RAM).</translation>
    </message>
    <message>
        <source>It is unlikely to load on this computer.</source>
        <translation>Es wird auf diesem Computer wahrscheinlich nicht laden.</translation>
    </message>
    <message>
        <source>About {needed} needed with a default context, {available} available. {verdict}</source>
        <translation>Etwa {needed} nötig mit Standardkontext, {available} verfügbar. {verdict}</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle durchsuchen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Find more models in Discover</source>
        <translation>Weitere Modelle unter „Entdecken“ finden</translation>
    </message>
    <message>
        <source>No model matches “{words}”. Discover finds models to download.</source>
        <translation>Kein Modell passt zu „{words}“. Unter „Entdecken“ finden Sie Modelle zum Herunterladen.</translation>
    </message>
    <message>
        <source>fits</source>
        <comment>fit badge</comment>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <comment>fit badge</comment>
        <translation>knapp</translation>
    </message>
    <message>
        <source>too big</source>
        <comment>fit badge</comment>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>Last message: {when}</source>
        <translation>Letzte Nachricht: {when}</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>unerwarteter Fehler: {kind}: {error}</translation>
    </message>
</context>
</TS>
