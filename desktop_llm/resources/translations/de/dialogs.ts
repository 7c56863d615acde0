<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits your GPU.</source>
        <translation>Für bessere Antworten probieren Sie {model} ({quantization}, etwa {size}): {reason}, das in Ihre GPU passt.</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits this computer&apos;s memory.</source>
        <translation>Für bessere Antworten probieren Sie {model} ({quantization}, etwa {size}): {reason}, das in den Arbeitsspeicher dieses Computers passt.</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason}; memory is tight here.</source>
        <translation>Für bessere Antworten probieren Sie {model} ({quantization}, etwa {size}): {reason}; der Arbeitsspeicher ist hier knapp.</translation>
    </message>
    <message>
        <source>Private, and works offline</source>
        <translation>Privat und auch offline nutzbar</translation>
    </message>
    <message>
        <source>Everything here runs on this computer. Your chats, documents and models stay on it; nothing is sent anywhere, and no account is needed.</source>
        <translation>Alles läuft auf diesem Computer. Ihre Chats, Dokumente und Modelle bleiben hier; nichts wird irgendwohin gesendet, und Sie brauchen kein Konto.</translation>
    </message>
    <message>
        <source>A starter model is ready</source>
        <translation>Ein Startmodell ist bereit</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135M parameters) came with the app, so you can chat right away, even offline.</source>
        <translation>Ein kleines Modell (SmolLM2, 135 Mio. Parameter) ist in der App enthalten, sodass Sie sofort chatten können, auch offline.</translation>
    </message>
    <message>
        <source>More models in Discover</source>
        <translation>Weitere Modelle unter „Entdecken“</translation>
    </message>
    <message>
        <source>Welcome to desktop-llm</source>
        <translation>Willkommen bei desktop-llm</translation>
    </message>
    <message>
        <source>desktop-llm logo</source>
        <translation>desktop-llm-Logo</translation>
    </message>
    <message>
        <source>Chat with language models that run on your own computer.</source>
        <translation>Chatten Sie mit Sprachmodellen, die auf Ihrem eigenen Computer laufen.</translation>
    </message>
    <message>
        <source>Models are kept in {folder}</source>
        <translation>Modelle liegen in {folder}</translation>
    </message>
    <message>
        <source>Show it in Discover</source>
        <translation>Unter „Entdecken“ zeigen</translation>
    </message>
    <message>
        <source>Open {model} in Discover to download it</source>
        <translation>{model} unter „Entdecken“ öffnen, um es herunterzuladen</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Chat beginnen</translation>
    </message>
    <message>
        <source>Move it aside and start fresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>desktop-llm cannot start</source>
        <translation>desktop-llm kann nicht starten</translation>
    </message>
    <message>
        <source>Moving it aside keeps the file, renamed with “.broken-” and the date, next to the new one.</source>
        <translation>Beim Beiseitelegen bleibt die Datei erhalten, umbenannt mit „.broken-“ und dem Datum, neben der neuen.</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>Details stehen in {file}.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>keine erkannt</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>in diesem Build nicht enthalten</translation>
    </message>
    <message>
        <source>Runs language models entirely on this computer.</source>
        <translation>Führt Sprachmodelle vollständig auf diesem Computer aus.</translation>
    </message>
    <message>
        <source>llama-cpp-python {version} · backend {backend} · GPU offload {offload}</source>
        <translation>llama-cpp-python {version} · Backend {backend} · GPU-Auslagerung {offload}</translation>
    </message>
    <message>
        <source>GPU: {gpu} · RAM: {ram}</source>
        <translation>GPU: {gpu} · RAM: {ram}</translation>
    </message>
    <message>
        <source>{folder}: {path}</source>
        <translation>{folder}: {path}</translation>
    </message>
    <message>
        <source>About desktop-llm</source>
        <translation>Über desktop-llm</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Where downloaded models go. A change applies after a restart; models already downloaded stay where they are.</source>
        <translation>Wohin heruntergeladene Modelle kommen. Eine Änderung gilt nach einem Neustart; bereits heruntergeladene Modelle bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>Modellquelle</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>-1: every layer that fits on the GPU; 0: CPU only</source>
        <translation>-1: jede Schicht, die auf die GPU passt; 0: nur CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>0: automatic</source>
        <translation>0: automatisch</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Telemetry: none. desktop-llm sends nothing anywhere; it only contacts the model source (Hugging Face or your mirror) when you search or download a model.</source>
        <translation>Telemetrie: keine. desktop-llm sendet nichts irgendwohin; es kontaktiert nur die Modellquelle (Hugging Face oder Ihren Mirror), wenn Sie ein Modell suchen oder herunterladen.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time desktop-llm starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von desktop-llm.</translation>
    </message>
    <message>
        <source>Where Discover searches and downloads models: Hugging Face, or a mirror of it (such as https://hf-mirror.com) where huggingface.co cannot be reached.</source>
        <translation>Wo „Entdecken“ Modelle sucht und herunterlädt: Hugging Face oder ein Spiegel davon (etwa https://hf-mirror.com), wenn huggingface.co nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Test the model source</source>
        <translation>Modellquelle testen</translation>
    </message>
    <message>
        <source>Ask this address for one model, as a search would</source>
        <translation>Diese Adresse nach einem Modell fragen, wie es eine Suche tut</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment, so every request goes to {address}. Unset it to choose the source here.</source>
        <translation>HF_ENDPOINT ist in der Umgebung gesetzt, daher gehen alle Anfragen an {address}. Entfernen Sie die Variable, um die Quelle hier zu wählen.</translation>
    </message>
    <message>
        <source>Hugging Face, or a mirror of it such as https://hf-mirror.com.</source>
        <translation>Hugging Face oder ein Mirror davon, etwa https://hf-mirror.com.</translation>
    </message>
    <message>
        <source>Model source error</source>
        <translation>Fehler der Modellquelle</translation>
    </message>
    <message>
        <source>Model source test</source>
        <translation>Test der Modellquelle</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Asking {address} for a model…</source>
        <translation>Frage {address} nach einem Modell…</translation>
    </message>
    <message>
        <source>OK: {message}</source>
        <translation>OK: {message}</translation>
    </message>
    <message>
        <source>Folder for downloaded models</source>
        <translation>Ordner für heruntergeladene Modelle</translation>
    </message>
    <message>
        <source>{folder}  (after a restart)</source>
        <translation>{folder}  (nach einem Neustart)</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start desktop-llm.</source>
        <translation>Die neue Sprache wird beim nächsten Start von desktop-llm verwendet.</translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation>Seite {title}</translation>
    </message>
    <message>
        <source>a capable 7B model</source>
        <translation>ein leistungsfähiges 7B-Modell</translation>
    </message>
    <message>
        <source>a good 3B all-rounder</source>
        <translation>ein guter 3B-Allrounder</translation>
    </message>
    <message>
        <source>a small but useful 1B model</source>
        <translation>ein kleines, aber nützliches 1B-Modell</translation>
    </message>
    <message>
        <source>a capable 7B model, fluent in Chinese and English</source>
        <translation>ein leistungsfähiges 7B-Modell, fließend in Chinesisch und Englisch</translation>
    </message>
    <message>
        <source>a good 3B all-rounder, fluent in Chinese and English</source>
        <translation>ein guter 3B-Allrounder, fließend in Chinesisch und Englisch</translation>
    </message>
    <message>
        <source>a small but useful 1.5B model that writes Chinese well</source>
        <translation>ein kleines, aber nützliches 1,5B-Modell, das gut Chinesisch schreibt</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it must start with https:// (or http://)</source>
        <translation>„{address}“ ist keine Webadresse: Sie muss mit https:// (oder http://) beginnen</translation>
    </message>
    <message>
        <source>“{address}” is not a valid web address ({error})</source>
        <translation>„{address}“ ist keine gültige Webadresse ({error})</translation>
    </message>
    <message>
        <source>“{address}” uses {scheme}://; a model source must be an http:// or https:// address</source>
        <translation>„{address}“ verwendet {scheme}://; eine Modellquelle muss eine http://- oder https://-Adresse sein</translation>
    </message>
    <message>
        <source>“{address}” names no server</source>
        <translation>„{address}“ nennt keinen Server</translation>
    </message>
    <message>
        <source>“{address}” contains a space</source>
        <translation>„{address}“ enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>“{address}” has a query or a fragment (after ? or #); give the server&apos;s address only</source>
        <translation>„{address}“ enthält eine Abfrage oder ein Fragment (nach ? oder #); geben Sie nur die Adresse des Servers an</translation>
    </message>
    <message>
        <source>put no user name or password in the address; use a token (HF_TOKEN) instead</source>
        <translation>keinen Benutzernamen und kein Passwort in die Adresse schreiben; verwenden Sie stattdessen ein Token (HF_TOKEN)</translation>
    </message>
</context>
</TS>
