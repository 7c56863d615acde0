<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Run message</source>
        <translation>Meldung des Trainings</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) here</source>
        <translation>
            <numerusform>etwa %n Sekunde auf diesem Computer</numerusform>
            <numerusform>etwa %n Sekunden auf diesem Computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) here</source>
        <translation>
            <numerusform>etwa %n Minute auf diesem Computer</numerusform>
            <numerusform>etwa %n Minuten auf diesem Computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) here</source>
        <translation>
            <numerusform>etwa %n Stunde auf diesem Computer</numerusform>
            <numerusform>etwa %n Stunden auf diesem Computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{examples} ({held} held out to check), {passes} passes (%n step(s)), learning rate {rate}, rank {rank}, {duration}</source>
        <translation>
            <numerusform>{examples} ({held} zur Kontrolle zurückgehalten), {passes} Durchläufe (%n Schritt), Lernrate {rate}, Rang {rank}, {duration}</numerusform>
            <numerusform>{examples} ({held} zur Kontrolle zurückgehalten), {passes} Durchläufe (%n Schritte), Lernrate {rate}, Rang {rank}, {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopping early once the validation loss stops falling</source>
        <translation>, mit vorzeitigem Stopp, sobald der Validierungsverlust nicht mehr sinkt</translation>
    </message>
    <message>
        <source>The validation loss is still high ({before} → {after}): the model may not have learned your data yet. “Train longer” continues from this adapter.</source>
        <translation>Der Validierungsverlust ist noch hoch ({before} → {after}): Das Modell hat Ihre Daten vielleicht noch nicht gelernt. „Länger trainieren“ macht mit diesem Adapter weiter.</translation>
    </message>
    <message>
        <source>The validation loss stopped falling while still high ({before} → {after}): more or clearer examples, or a larger rank, may help more than more steps.</source>
        <translation>Der Validierungsverlust sinkt nicht mehr, ist aber noch hoch ({before} → {after}): Mehr oder klarere Beispiele oder ein größerer Rang helfen womöglich mehr als zusätzliche Schritte.</translation>
    </message>
    <message>
        <source>Finished. Switch the adapter on under the chat, or press “Use in chat”.</source>
        <translation>Fertig. Schalten Sie den Adapter unter dem Chat ein oder klicken Sie auf „Im Chat verwenden“.</translation>
    </message>
    <message>
        <source>Learned: the validation loss fell from {before} to {after}.</source>
        <translation>Gelernt: Der Validierungsverlust ist von {before} auf {after} gesunken.</translation>
    </message>
    <message>
        <source>Stopped at step {step}; its checkpoint is kept. Resume continues from it.</source>
        <translation>Bei Schritt {step} angehalten; der Checkpoint bleibt erhalten. „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>Training on {device}</source>
        <translation>Training auf {device}</translation>
    </message>
    <message>
        <source>step %v of %m · {phase}</source>
        <translation>Schritt %v von %m · {phase}</translation>
    </message>
    <message>
        <source>{step} / {total} (epoch {epoch})</source>
        <translation>{step} / {total} (Epoche {epoch})</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} Tokens/s</translation>
    </message>
    <message>
        <source>{size} GiB peak</source>
        <translation>{size} GiB Spitze</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Fine-tune a LoRA adapter on your own examples, then use it in chat.</source>
        <translation>Trainieren Sie einen LoRA-Adapter mit eigenen Beispielen und verwenden Sie ihn dann im Chat.</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Neues Training</translation>
    </message>
    <message>
        <source>Make a dataset…</source>
        <translation>Datensatz erstellen…</translation>
    </message>
    <message>
        <source>Training is not enabled. {reason}</source>
        <translation>Training ist nicht aktiviert. {reason}</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Trainings</translation>
    </message>
    <message>
        <source>Choose a base model and a data file in the form, then press Start training. Each run is listed here with its progress.</source>
        <translation>Wählen Sie im Formular ein Basismodell und eine Datendatei und klicken Sie auf „Training starten“. Jedes Training wird hier mit seinem Fortschritt aufgeführt.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Use in chat</source>
        <translation>Im Chat verwenden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Train longer</source>
        <translation>Länger trainieren</translation>
    </message>
    <message>
        <source>Continue from this run&apos;s best adapter for as many steps again, as a new run</source>
        <translation>Vom besten Adapter dieses Trainings aus noch einmal so viele Schritte trainieren, als neues Training</translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation>Training kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Stopping at the end of this step (a checkpoint is kept)…</source>
        <translation>Wird am Ende dieses Schritts angehalten (ein Checkpoint bleibt erhalten)…</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot train longer</source>
        <translation>Länger trainieren nicht möglich</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Training löschen</translation>
    </message>
    <message>
        <source>Delete the run “{name}” and its files (checkpoints and adapter)?
{folder}</source>
        <translation>Das Training „{name}“ und seine Dateien (Checkpoints und Adapter) löschen?
{folder}</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Keine Unterhaltungen</translation>
    </message>
    <message>
        <source>There are no saved conversations yet.</source>
        <translation>Es gibt noch keine gespeicherten Unterhaltungen.</translation>
    </message>
    <message>
        <source>Use the most recent how many conversations (of {count})?</source>
        <translation>Wie viele der letzten Unterhaltungen verwenden (von {count})?</translation>
    </message>
    <message>
        <source>Dataset from conversations</source>
        <translation>Datensatz aus Unterhaltungen</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>Datensatz speichern</translation>
    </message>
    <message>
        <source>conversations.jsonl</source>
        <translation>unterhaltungen.jsonl</translation>
    </message>
    <message>
        <source>JSONL (*.jsonl)</source>
        <translation>JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation>Datensatz kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source> (%n conversation(s) written)</source>
        <translation>
            <numerusform> (%n Unterhaltung geschrieben)</numerusform>
            <numerusform> (%n Unterhaltungen geschrieben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>A GGUF file, or a Hugging Face model folder (safetensors) of the same model</source>
        <translation>Eine GGUF-Datei oder ein Hugging-Face-Modellordner (safetensors) desselben Modells</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Basismodell:</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>Trainingsdatendatei</translation>
    </message>
    <message>
        <source>A JSONL or plain text file</source>
        <translation>Eine JSONL- oder Textdatei</translation>
    </message>
    <message>
        <source>JSONL (chat messages, or instruction/input/output records) or a plain text file</source>
        <translation>JSONL (Chat-Nachrichten oder instruction/input/output-Datensätze) oder eine Textdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>From conversations…</source>
        <translation>Aus Unterhaltungen…</translation>
    </message>
    <message>
        <source>Build a dataset from your saved conversations</source>
        <translation>Einen Datensatz aus Ihren gespeicherten Unterhaltungen erstellen</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Choose a data file.</source>
        <translation>Wählen Sie eine Datendatei.</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Datenprüfung</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Skip bad lines and train on the rest</source>
        <translation>Fehlerhafte Zeilen überspringen und mit dem Rest trainieren</translation>
    </message>
    <message>
        <source>Preview with the chat template</source>
        <translation>Vorschau mit der Chat-Vorlage</translation>
    </message>
    <message>
        <source>The first examples, formatted with the model&apos;s chat template</source>
        <translation>Die ersten Beispiele, mit der Chat-Vorlage des Modells formatiert</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA-Rang</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>LoRA-Alpha</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Steps (0: use epochs)</source>
        <translation>Schritte (0: nach Epochen)</translation>
    </message>
    <message>
        <source>auto (from epochs)</source>
        <translation>automatisch (aus Epochen)</translation>
    </message>
    <message>
        <source>The number of optimizer steps. 0 (auto): as many as the epochs take.</source>
        <translation>Die Anzahl der Optimierungsschritte. 0 (automatisch): so viele, wie die Epochen brauchen.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Gradientenakkumulation</translation>
    </message>
    <message>
        <source>Maximum sequence length</source>
        <translation>Maximale Sequenzlänge</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Evaluate every N steps (0: about 10 times)</source>
        <translation>Alle N Schritte auswerten (0: etwa 10-mal)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>auto (about 10 times)</source>
        <translation>automatisch (etwa 10-mal)</translation>
    </message>
    <message>
        <source>How often the validation loss is measured. 0 (auto): about ten times over the run.</source>
        <translation>Wie oft der Validierungsverlust gemessen wird. 0 (automatisch): etwa zehnmal im Verlauf des Trainings.</translation>
    </message>
    <message>
        <source>Rank / alpha:</source>
        <translation>Rang / Alpha:</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout:</translation>
    </message>
    <message>
        <source>Target modules:</source>
        <translation>Zielmodule:</translation>
    </message>
    <message>
        <source>Learning rate / schedule:</source>
        <translation>Lernrate / Verlauf:</translation>
    </message>
    <message>
        <source>Epochs / steps:</source>
        <translation>Epochen / Schritte:</translation>
    </message>
    <message>
        <source>Batch / accumulation:</source>
        <translation>Batch / Akkumulation:</translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation>Max. Sequenzlänge:</translation>
    </message>
    <message>
        <source>Seed / validation:</source>
        <translation>Seed / Validierung:</translation>
    </message>
    <message>
        <source>Evaluate every:</source>
        <translation>Auswerten alle:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Trainingsplan</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Speicherschätzung</translation>
    </message>
    <message>
        <source>Use smaller settings</source>
        <translation>Kleinere Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Name des Trainings</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Base model (GGUF)</source>
        <translation>Basismodell (GGUF)</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Or a Hugging Face model folder</source>
        <translation>Oder ein Hugging-Face-Modellordner</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Data (*.jsonl *.json *.txt *.md);;All files (*)</source>
        <translation>Daten (*.jsonl *.json *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot check the data: {reason}</source>
        <translation>Die Daten können nicht geprüft werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n chat example(s)</source>
        <translation>
            <numerusform>%n Chat-Beispiel</numerusform>
            <numerusform>%n Chat-Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction example(s)</source>
        <translation>
            <numerusform>%n Instruktionsbeispiel</numerusform>
            <numerusform>%n Instruktionsbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text example(s)</source>
        <translation>
            <numerusform>%n Textbeispiel</numerusform>
            <numerusform>%n Textbeispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ {file}: {examples}, every line is valid.</source>
        <translation>✓ {file}: {examples}, alle Zeilen sind gültig.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {file}: {examples}, %n bad line(s):</source>
        <translation>
            <numerusform>⚠ {file}: {examples}, %n fehlerhafte Zeile:</numerusform>
            <numerusform>⚠ {file}: {examples}, %n fehlerhafte Zeilen:</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>RAM (CPU training: slow)</source>
        <translation>RAM (Training auf der CPU: langsam)</translation>
    </message>
    <message>
        <source>for the longest batch, {batch} × {tokens} tokens (estimated from the data&apos;s characters)</source>
        <translation>für den längsten Batch, {batch} × {tokens} Tokens (aus den Zeichen der Daten geschätzt)</translation>
    </message>
    <message>
        <source>for full batches of {tokens} tokens (no data yet)</source>
        <translation>für volle Batches mit {tokens} Tokens (noch keine Daten)</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — fits in {available} GiB of {where}.</source>
        <translation>Speicher: {estimate}, {basis} – passt in {available} GiB {where}.</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — does not fit in {available} GiB of {where}.</source>
        <translation>Speicher: {estimate}, {basis} – passt nicht in {available} GiB {where}.</translation>
    </message>
    <message>
        <source>≈ {total} GiB: weights {weights}, LoRA {lora}, optimizer {optimizer}, activations {activations}, runtime {runtime}</source>
        <translation>≈ {total} GiB: Gewichte {weights}, LoRA {lora}, Optimierer {optimizer}, Aktivierungen {activations}, Laufzeit {runtime}</translation>
    </message>
    <message>
        <source>Memory: reading the model…</source>
        <translation>Speicher: Modell wird gelesen…</translation>
    </message>
    <message>
        <source>Memory: no estimate for this model (not a GGUF file).</source>
        <translation>Speicher: keine Schätzung für dieses Modell (keine GGUF-Datei).</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>train loss {loss} at step {step}</source>
        <translation>Trainingsverlust {loss} bei Schritt {step}</translation>
    </message>
    <message>
        <source>validation loss {loss} at step {step}</source>
        <translation>Validierungsverlust {loss} bei Schritt {step}</translation>
    </message>
    <message>
        <source>no points yet</source>
        <translation>noch keine Punkte</translation>
    </message>
    <message>
        <source>The loss curve appears when training starts</source>
        <translation>Die Verlustkurve erscheint, sobald das Training beginnt</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>Adapter wird geschrieben…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>lädt</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>{name} — {status}, step {step}</source>
        <translation>{name} – {status}, Schritt {step}</translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation>Schritt {step} von {total}</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>{name} — {phase}, {where}</source>
        <translation>{name} – {phase}, {where}</translation>
    </message>
    <message>
        <source>{loss} (perplexity {perplexity})</source>
        <translation>{loss} (Perplexität {perplexity})</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>only a finished run can be trained longer; Resume continues a stopped one</source>
        <translation>Nur ein abgeschlossenes Training kann verlängert werden; „Fortsetzen“ setzt ein angehaltenes fort</translation>
    </message>
    <message>
        <source>{name} (longer)</source>
        <translation>{name} (länger)</translation>
    </message>
    <message>
        <source>saved conversations are not available here</source>
        <translation>gespeicherte Unterhaltungen sind hier nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Attention (q, k, v, o)</source>
        <translation>Attention (q, k, v, o)</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>Alle linearen Schichten</translation>
    </message>
    <message>
        <source>Query and value only</source>
        <translation>Nur Query und Value</translation>
    </message>
    <message>
        <source>choose a base model</source>
        <translation>Wählen Sie ein Basismodell</translation>
    </message>
    <message>
        <source>choose a training data file</source>
        <translation>Wählen Sie eine Trainingsdatendatei</translation>
    </message>
    <message>
        <source>rank must be between 1 and 512, got {value}</source>
        <translation>Der Rang muss zwischen 1 und 512 liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>alpha must be positive, got {value}</source>
        <translation>Alpha muss positiv sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {value}</source>
        <translation>Dropout muss in [0, 1) liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>choose at least one target module</source>
        <translation>Wählen Sie mindestens ein Zielmodul</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 1], got {value}</source>
        <translation>Die Lernrate muss in (0, 1] liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>schedule must be one of {choices}</source>
        <translation>Der Verlauf muss einer von {choices} sein</translation>
    </message>
    <message>
        <source>warm-up ratio must be in [0, 1), got {value}</source>
        <translation>Der Warm-up-Anteil muss in [0, 1) liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>set a number of epochs or of steps</source>
        <translation>Legen Sie eine Anzahl Epochen oder Schritte fest</translation>
    </message>
    <message>
        <source>steps must be &gt;= 0, got {value}</source>
        <translation>Die Schritte müssen &gt;= 0 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 1024, got {value}</source>
        <translation>Die Batchgröße muss zwischen 1 und 1024 liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>gradient accumulation must be between 1 and 1024, got {value}</source>
        <translation>Die Gradientenakkumulation muss zwischen 1 und 1024 liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>max sequence length must be between 16 and 131072, got {value}</source>
        <translation>Die maximale Sequenzlänge muss zwischen 16 und 131072 liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>validation fraction must be in [0, 0.9), got {value}</source>
        <translation>Der Validierungsanteil muss in [0, 0.9) liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>intervals must be &gt;= 0</source>
        <translation>Die Intervalle müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>patience must be between 1 and 1000 evaluations, got {value}</source>
        <translation>Die Geduld muss zwischen 1 und 1000 Auswertungen liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>device must be one of {choices}</source>
        <translation>Das Gerät muss eines von {choices} sein</translation>
    </message>
    <message>
        <source>GPUs must be between 1 and {most}, got {value}</source>
        <translation>Die Anzahl der GPUs muss zwischen 1 und {most} liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>Quick try</source>
        <translation>Schneller Versuch</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>Gründlich</translation>
    </message>
    <message>
        <source>lines need either &quot;messages&quot; (chat form) or &quot;instruction&quot;/&quot;output&quot; (instruction form)</source>
        <translation>Zeilen brauchen entweder &quot;messages&quot; (Chatform) oder &quot;instruction&quot;/&quot;output&quot; (Anweisungsform)</translation>
    </message>
    <message>
        <source>message {index} is not an object</source>
        <translation>Nachricht {index} ist kein Objekt</translation>
    </message>
    <message>
        <source>message {index} has role {role}; use system, user or assistant</source>
        <translation>Nachricht {index} hat die Rolle {role}; verwenden Sie system, user oder assistant</translation>
    </message>
    <message>
        <source>message {index} has no text content</source>
        <translation>Nachricht {index} hat keinen Textinhalt</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation>&quot;messages&quot; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>no assistant message with text: nothing to learn from this line</source>
        <translation>Keine assistant-Nachricht mit Text: Aus dieser Zeile ist nichts zu lernen</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is missing or empty</source>
        <translation>&quot;instruction&quot; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>&quot;output&quot; is missing or empty</source>
        <translation>&quot;output&quot; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be text</source>
        <translation>&quot;input&quot; muss Text sein</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation>Kein UTF-8 (Byte {byte}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>{count} characters; at most {limit}</source>
        <translation>{count} Zeichen; höchstens {limit}</translation>
    </message>
    <message>
        <source>invalid JSON ({reason} at column {column})</source>
        <translation>Ungültiges JSON ({reason} in Spalte {column})</translation>
    </message>
    <message>
        <source>JSON nested too deeply (arrays or objects inside each other)</source>
        <translation>JSON zu tief verschachtelt (Arrays oder Objekte ineinander)</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>Jede Zeile muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>Die Datei enthält keinen Text</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>— line {line} —</source>
        <translation>— Zeile {line} —</translation>
    </message>
    <message>
        <source>(the loss is taken on the assistant replies only)</source>
        <translation>(der Verlust wird nur auf den assistant-Antworten berechnet)</translation>
    </message>
    <message>
        <source>cannot create the run&apos;s folder in {folder}: {reason}</source>
        <translation>Der Ordner des Trainings kann in {folder} nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is still running</source>
        <translation>{name} läuft noch</translation>
    </message>
    <message>
        <source>{name} has already finished</source>
        <translation>{name} ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>cannot resume {name}: {reason} ({folder})</source>
        <translation>{name} kann nicht fortgesetzt werden: {reason} ({folder})</translation>
    </message>
    <message>
        <source>{name} is still running: stop it first</source>
        <translation>{name} läuft noch: Stoppen Sie es zuerst</translation>
    </message>
    <message>
        <source>training run {id} no longer exists (it was deleted)</source>
        <translation>Das Training {id} existiert nicht mehr (es wurde gelöscht)</translation>
    </message>
    <message>
        <source>Automatic (from your data)</source>
        <translation>Automatisch (aus Ihren Daten)</translation>
    </message>
    <message>
        <source>Make a dataset</source>
        <translation>Datensatz erstellen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Aus:</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>Quelle des Datensatzes</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Ein Dokument</translation>
    </message>
    <message>
        <source>A knowledge collection</source>
        <translation>Eine Wissenssammlung</translation>
    </message>
    <message>
        <source>A CSV or JSONL table</source>
        <translation>Eine CSV- oder JSONL-Tabelle</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>Gespeicherte Unterhaltungen</translation>
    </message>
    <message>
        <source>Pairs per passage</source>
        <translation>Paare pro Textstelle</translation>
    </message>
    <message>
        <source>Pairs per passage:</source>
        <translation>Paare pro Textstelle:</translation>
    </message>
    <message>
        <source>A longer source is sampled evenly down to this many passages</source>
        <translation>Eine längere Quelle wird gleichmäßig auf höchstens so viele Textstellen reduziert</translation>
    </message>
    <message>
        <source>Passages at most</source>
        <translation>Maximale Anzahl Textstellen</translation>
    </message>
    <message>
        <source>Passages at most:</source>
        <translation>Max. Textstellen:</translation>
    </message>
    <message>
        <source>Optional: a system message written into every example</source>
        <translation>Optional: eine Systemnachricht, die in jedes Beispiel geschrieben wird</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>Write pairs</source>
        <translation>Paare erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dataset progress</source>
        <translation>Fortschritt des Datensatzes</translation>
    </message>
    <message>
        <source>Dataset status</source>
        <translation>Status des Datensatzes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Name des Datensatzes</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Speichern und verwenden</translation>
    </message>
    <message>
        <source>Save as JSONL in {folder} and use it in the Train form</source>
        <translation>Als JSONL in {folder} speichern und im Trainingsformular verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>A txt, md, pdf, docx or html file</source>
        <translation>Eine txt-, md-, pdf-, docx- oder html-Datei</translation>
    </message>
    <message>
        <source>Knowledge collection</source>
        <translation>Wissenssammlung</translation>
    </message>
    <message>
        <source>Table file</source>
        <translation>Tabellendatei</translation>
    </message>
    <message>
        <source>A CSV file with a header row, or JSONL</source>
        <translation>Eine CSV-Datei mit Kopfzeile oder JSONL</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Prompt column:</source>
        <translation>Prompt-Spalte:</translation>
    </message>
    <message>
        <source>Answer column:</source>
        <translation>Antwortspalte:</translation>
    </message>
    <message>
        <source>System column:</source>
        <translation>Systemspalte:</translation>
    </message>
    <message>
        <source>Your saved conversations, each as one example (its current branch).</source>
        <translation>Ihre gespeicherten Unterhaltungen, jede als ein Beispiel (ihr aktueller Zweig).</translation>
    </message>
    <message>
        <source>Choose conversations…</source>
        <translation>Unterhaltungen wählen…</translation>
    </message>
    <message>
        <source>Use the rows</source>
        <translation>Zeilen verwenden</translation>
    </message>
    <message>
        <source>There are no knowledge collections yet: add one on the Knowledge page.</source>
        <translation>Es gibt noch keine Wissenssammlungen: Fügen Sie auf der Seite „Wissen“ eine hinzu.</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Tabelle wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Wählen Sie zuerst ein Dokument.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used</source>
        <translation>
            <numerusform>%n Zeile verwendet</numerusform>
            <numerusform>%n Zeilen verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (empty or too long)</source>
        <translation>
            <numerusform>%n Zeile übersprungen (leer oder zu lang)</numerusform>
            <numerusform>%n Zeilen übersprungen (leer oder zu lang)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) past the limit left out</source>
        <translation>
            <numerusform>%n Zeile über dem Limit ausgelassen</numerusform>
            <numerusform>%n Zeilen über dem Limit ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} pairs to {path}</source>
        <translation>{count} Paare in {path} gespeichert</translation>
    </message>
    <message>
        <source>Loading the model and reading the source…</source>
        <translation>Modell wird geladen und Quelle gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Passage {done} of {total} · %n pair(s)</source>
        <translation>
            <numerusform>Textstelle {done} von {total} · %n Paar</numerusform>
            <numerusform>Textstelle {done} von {total} · %n Paare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped</source>
        <translation>
            <numerusform>%n Textstelle übersprungen</numerusform>
            <numerusform>%n Textstellen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) written from {chunks} passages.</source>
        <translation>
            <numerusform>%n Paar aus {chunks} Textstellen erzeugt.</numerusform>
            <numerusform>%n Paare aus {chunks} Textstellen erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} passages were taken from the interrupted run.</source>
        <translation>{count} Textstellen wurden aus dem unterbrochenen Durchlauf übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped: the model&apos;s reply could not be read twice.</source>
        <translation>
            <numerusform>%n Textstelle übersprungen: Die Antwort des Modells war zweimal nicht lesbar.</numerusform>
            <numerusform>%n Textstellen übersprungen: Die Antwort des Modells war zweimal nicht lesbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them, then save.</source>
        <translation>Prüfen Sie sie und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Cancelled. The passages answered so far are kept: Write pairs again to go on from there.</source>
        <translation>Abgebrochen. Die bisher beantworteten Textstellen bleiben erhalten: „Paare erzeugen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), columns: {columns}</source>
        <translation>
            <numerusform>%n Zeile, Spalten: {columns}</numerusform>
            <numerusform>%n Zeilen, Spalten: {columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects skipped</source>
        <translation>
            <numerusform>%n Zeile, die kein JSON-Objekt ist, übersprungen</numerusform>
            <numerusform>%n Zeilen, die keine JSON-Objekte sind, übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation>Frage-Antwort-Paare</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Ask the model for a new pair from this row&apos;s passage</source>
        <translation>Das Modell um ein neues Paar aus der Textstelle dieser Zeile bitten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Wird neu erzeugt…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair has no source passage to write a new one from.</source>
        <translation>Dieses Paar hat keine Quell-Textstelle, aus der ein neues erzeugt werden könnte.</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Kein Modell ausgewählt.</translation>
    </message>
    <message>
        <source>No model is selected: choose one at the top of the window.</source>
        <translation>Kein Modell ausgewählt: Wählen Sie oben im Fenster eines.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a table may be at most {limit} MB</source>
        <translation>{name} ist {size} MB groß; eine Tabelle darf höchstens {limit} MB groß sein</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} has no columns: it needs a header row (CSV) or JSON objects (JSONL)</source>
        <translation>{name} hat keine Spalten: Nötig ist eine Kopfzeile (CSV) oder JSON-Objekte (JSONL)</translation>
    </message>
    <message>
        <source>the CSV cannot be read at line {line}: {reason}</source>
        <translation>Die CSV-Datei kann in Zeile {line} nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the table has no column “{column}” (chosen as the {role}); its columns: {columns}</source>
        <translation>Die Tabelle hat keine Spalte „{column}“ (gewählt als {role}); ihre Spalten: {columns}</translation>
    </message>
    <message>
        <source>the prompt and the answer are the same column “{column}”</source>
        <translation>Prompt und Antwort sind dieselbe Spalte „{column}“</translation>
    </message>
    <message>
        <source>the context window ({n_ctx} tokens) is too small to write {count} pairs a chunk; raise it in Settings or ask for fewer pairs</source>
        <translation>Das Kontextfenster ({n_ctx} Tokens) ist zu klein, um {count} Paare pro Abschnitt zu schreiben; vergrößern Sie es in den Einstellungen oder fordern Sie weniger Paare an</translation>
    </message>
    <message>
        <source>the model&apos;s reply held no readable question and answer; try again</source>
        <translation>Die Antwort des Modells enthielt keine lesbare Frage mit Antwort; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{name} has no text to write questions about</source>
        <translation>{name} enthält keinen Text, zu dem sich Fragen schreiben lassen</translation>
    </message>
    <message>
        <source>cannot open the knowledge database: {reason}</source>
        <translation>Die Wissensdatenbank kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>Diese Sammlung gibt es nicht mehr (sie wurde gelöscht)</translation>
    </message>
    <message>
        <source>cannot read the knowledge database: {reason}</source>
        <translation>Die Wissensdatenbank kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the collection “{name}” has no indexed text yet</source>
        <translation>Die Sammlung „{name}“ hat noch keinen indexierten Text</translation>
    </message>
    <message>
        <source>the dataset is empty: keep at least one pair</source>
        <translation>Der Datensatz ist leer: Behalten Sie mindestens ein Paar</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Train on this many GPUs at once (data-parallel). Each GPU holds the whole model and takes its own batches, so a step takes that many times more examples and an epoch fewer steps. The memory estimate is per GPU.</source>
        <translation>Auf so vielen GPUs gleichzeitig trainieren (datenparallel). Jede GPU hält das ganze Modell und verarbeitet eigene Batches, daher umfasst ein Schritt entsprechend mehr Beispiele und eine Epoche weniger Schritte. Die Speicherschätzung gilt pro GPU.</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient Checkpointing</translation>
    </message>
    <message>
        <source>Recompute each layer&apos;s activations in the backward pass instead of keeping them: much less memory for long examples, about a third slower.</source>
        <translation>Die Aktivierungen jeder Schicht im Rückwärtsdurchlauf neu berechnen, statt sie zu speichern: viel weniger Speicher bei langen Beispielen, etwa ein Drittel langsamer.</translation>
    </message>
    <message>
        <source>4-bit base (QLoRA)</source>
        <translation>4-Bit-Basis (QLoRA)</translation>
    </message>
    <message>
        <source>Load the base model in 4 bits (bitsandbytes): about a quarter of the memory of its weights, so an 8B model trains on a 24 GB GPU. The adapter still applies to the GGUF model.</source>
        <translation>Das Basismodell in 4 Bit laden (bitsandbytes): etwa ein Viertel des Speichers seiner Gewichte, sodass sich ein 8B-Modell auf einer GPU mit 24 GB trainieren lässt. Der Adapter gilt weiterhin für das GGUF-Modell.</translation>
    </message>
    <message>
        <source>A 4-bit base needs an NVIDIA GPU with CUDA (and bitsandbytes), which this computer does not have.</source>
        <translation>Eine 4-Bit-Basis braucht eine NVIDIA-GPU mit CUDA (und bitsandbytes), die dieser Computer nicht hat.</translation>
    </message>
    <message>
        <source>Memory savers:</source>
        <translation>Speicher sparen:</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPUs:</translation>
    </message>
    <message>
        <source>each of {count} GPUs ({name})</source>
        <translation>jeder der {count} GPUs ({name})</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>no clear verdict</source>
        <translation>kein klares Urteil</translation>
    </message>
    <message>
        <source>Evaluate “{name}”</source>
        <translation>„{name}“ auswerten</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Kein Bewerter</translation>
    </message>
    <message>
        <source>The run&apos;s base model (local)</source>
        <translation>Das Basismodell des Trainings (lokal)</translation>
    </message>
    <message>
        <source>A model that says which answer is closer to the dataset&apos;s answer</source>
        <translation>Ein Modell, das entscheidet, welche Antwort der Antwort des Datensatzes näher kommt</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Closer to the reference</source>
        <translation>Näher an der Referenz</translation>
    </message>
    <message>
        <source>Evaluation table</source>
        <translation>Auswertungstabelle</translation>
    </message>
    <message>
        <source>Asks the validation prompts the run held out, to the base model and to the adapter, and shows the answers side by side.</source>
        <translation>Stellt die zurückgehaltenen Validierungs-Prompts des Trainings dem Basismodell und dem Adapter und zeigt die Antworten nebeneinander.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>validation loss {before} → {after}</source>
        <translation>Validierungsverlust {before} → {after}</translation>
    </message>
    <message>
        <source>judge {judge}: adapter closer {adapter}, base closer {base}, tie {tie}, no clear verdict {unparsed}</source>
        <translation>Bewerter {judge}: Adapter näher {adapter}, Basis näher {base}, unentschieden {tie}, kein klares Urteil {unparsed}</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>{done} von {total} Schritten</translation>
    </message>
    <message>
        <source>stopped after {count} prompts</source>
        <translation>nach {count} Prompts angehalten</translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation>Auswertung exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Q4_K_M — smallest, a little less exact</source>
        <translation>Q4_K_M – am kleinsten, etwas ungenauer</translation>
    </message>
    <message>
        <source>Q5_K_M — small, close to exact</source>
        <translation>Q5_K_M – klein, nahezu exakt</translation>
    </message>
    <message>
        <source>Q8_0 — about half of F16, nearly exact</source>
        <translation>Q8_0 – etwa halb so groß wie F16, fast exakt</translation>
    </message>
    <message>
        <source>F16 — largest, exact</source>
        <translation>F16 – am größten, exakt</translation>
    </message>
    <message>
        <source>Export merged model</source>
        <translation>Zusammengeführtes Modell exportieren</translation>
    </message>
    <message>
        <source>Writes the base model with the adapter “{name}” merged into it as one GGUF file in your model library, and an Ollama Modelfile beside it.</source>
        <translation>Schreibt das Basismodell mit dem darin zusammengeführten Adapter „{name}“ als eine GGUF-Datei in Ihre Modellbibliothek, mit einem Ollama-Modelfile daneben.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>Quantisierung:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation>Wird quantisiert…</translation>
    </message>
    <message>
        <source>Saved {name} ({size}) in the model library; the Ollama Modelfile is beside it:
{folder}</source>
        <translation>{name} ({size}) in der Modellbibliothek gespeichert; das Ollama-Modelfile liegt daneben:
{folder}</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions for this run</source>
        <translation>Weitere Aktionen für dieses Training</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Auswerten…</translation>
    </message>
    <message>
        <source>Ask the held-out validation prompts to the base model and to the adapter, side by side, with an optional judge</source>
        <translation>Die zurückgehaltenen Validierungs-Prompts dem Basismodell und dem Adapter stellen, nebeneinander, mit optionalem Bewerter</translation>
    </message>
    <message>
        <source>Export merged model…</source>
        <translation>Zusammengeführtes Modell exportieren…</translation>
    </message>
    <message>
        <source>Merge the adapter into the base model as one GGUF in your library, with an Ollama Modelfile</source>
        <translation>Den Adapter mit dem Basismodell zu einer GGUF-Datei in Ihrer Bibliothek zusammenführen, mit einem Ollama-Modelfile</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s data file {path}: {reason}</source>
        <translation>Die Datendatei {path} des Trainings kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the run&apos;s data file {path} has no usable examples any more</source>
        <translation>Die Datendatei {path} des Trainings enthält keine verwendbaren Beispiele mehr</translation>
    </message>
    <message>
        <source>the run held out no prompts to ask (no validation split, or plain-text data with no questions)</source>
        <translation>Das Training hat keine Prompts zum Stellen zurückgehalten (kein Validierungsanteil oder reine Textdaten ohne Fragen)</translation>
    </message>
    <message>
        <source>run {name} has no adapter to evaluate (it did not finish)</source>
        <translation>Das Training {name} hat keinen Adapter zum Auswerten (es wurde nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>cannot start the {step} step: {reason}</source>
        <translation>Der Schritt {step} kann nicht gestartet werden: {reason}</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>the {step} step took longer than {hours} hours and was stopped</source>
        <translation>Der Schritt {step} hat länger als {hours} Stunden gedauert und wurde angehalten</translation>
    </message>
    <message>
        <source>the {step} step failed: {reason}</source>
        <translation>Der Schritt {step} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>unknown quantization {quant} (one of {choices})</source>
        <translation>Unbekannte Quantisierung {quant} (eine von {choices})</translation>
    </message>
    <message>
        <source>run {name} has no adapter to merge (it did not finish)</source>
        <translation>Das Training {name} hat keinen Adapter zum Zusammenführen (es wurde nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>a merged GGUF needs the base model as a GGUF file; {base} is not one (export the adapter and merge with llama.cpp&apos;s tools instead)</source>
        <translation>Ein zusammengeführtes GGUF braucht das Basismodell als GGUF-Datei; {base} ist keine (exportieren Sie den Adapter und führen Sie ihn mit den Werkzeugen von llama.cpp zusammen)</translation>
    </message>
    <message>
        <source>{path} already exists: delete it in the library or choose another name</source>
        <translation>{path} existiert bereits: Löschen Sie es in der Bibliothek oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the quantized model is not a readable GGUF: {reason}</source>
        <translation>Das quantisierte Modell ist keine lesbare GGUF-Datei: {reason}</translation>
    </message>
    <message>
        <source>run {name} has no adapter (it did not finish)</source>
        <translation>Das Training {name} hat keinen Adapter (es wurde nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>unknown judge {judge}</source>
        <translation>Unbekannter Bewerter {judge}</translation>
    </message>
    <message>
        <source>cannot read the {what} {name}: {reason}</source>
        <translation>{what} {name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a GGUF LoRA adapter</source>
        <translation>{name} ist kein GGUF-LoRA-Adapter</translation>
    </message>
    <message>
        <source>the adapter has only one half of {tensor}</source>
        <translation>Der Adapter hat nur eine Hälfte von {tensor}</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} has mismatched shapes {a} and {b}</source>
        <translation>{tensor} des Adapters hat nicht zusammenpassende Formen {a} und {b}</translation>
    </message>
    <message>
        <source>the adapter {name} has no LoRA tensors</source>
        <translation>Der Adapter {name} enthält keine LoRA-Tensoren</translation>
    </message>
    <message>
        <source>the base model&apos;s key {key} is a nested array, which cannot be copied</source>
        <translation>Der Schlüssel {key} des Basismodells ist ein verschachteltes Array, das nicht kopiert werden kann</translation>
    </message>
    <message>
        <source>the adapter is for {adapter} models but the base model is {base}</source>
        <translation>Der Adapter ist für {adapter}-Modelle, das Basismodell ist aber {base}</translation>
    </message>
    <message>
        <source>the base model has no tensor {tensor}: the adapter was trained on another model</source>
        <translation>Das Basismodell hat keinen Tensor {tensor}: Der Adapter wurde auf einem anderen Modell trainiert</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} is {adapter} but the base model&apos;s is {base}: the adapter was trained on another model</source>
        <translation>{tensor} des Adapters ist {adapter}, der des Basismodells aber {base}: Der Adapter wurde auf einem anderen Modell trainiert</translation>
    </message>
    <message>
        <source>{tensor}: {reason}</source>
        <translation>{tensor}: {reason}</translation>
    </message>
</context>
</TS>
