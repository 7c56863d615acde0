<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Run message</source>
        <translation>Message de l’entraînement</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progression de l’entraînement</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) here</source>
        <translation>
            <numerusform>environ %n seconde sur cet ordinateur</numerusform>
            <numerusform>environ %n secondes sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) here</source>
        <translation>
            <numerusform>environ %n minute sur cet ordinateur</numerusform>
            <numerusform>environ %n minutes sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) here</source>
        <translation>
            <numerusform>environ %n heure sur cet ordinateur</numerusform>
            <numerusform>environ %n heures sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{examples} ({held} held out to check), {passes} passes (%n step(s)), learning rate {rate}, rank {rank}, {duration}</source>
        <translation>
            <numerusform>{examples} ({held} mis de côté pour vérification), {passes} passes (%n étape), taux d’apprentissage {rate}, rang {rank}, {duration}</numerusform>
            <numerusform>{examples} ({held} mis de côté pour vérification), {passes} passes (%n étapes), taux d’apprentissage {rate}, rang {rank}, {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopping early once the validation loss stops falling</source>
        <translation>, avec arrêt anticipé dès que la perte de validation cesse de baisser</translation>
    </message>
    <message>
        <source>The validation loss is still high ({before} → {after}): the model may not have learned your data yet. “Train longer” continues from this adapter.</source>
        <translation>La perte de validation reste élevée ({before} → {after}) : le modèle n’a peut-être pas encore appris vos données. « Entraîner plus longtemps » repart de cet adaptateur.</translation>
    </message>
    <message>
        <source>The validation loss stopped falling while still high ({before} → {after}): more or clearer examples, or a larger rank, may help more than more steps.</source>
        <translation>La perte de validation a cessé de baisser en restant élevée ({before} → {after}) : des exemples plus nombreux ou plus clairs, ou un rang plus élevé, peuvent aider davantage que des étapes supplémentaires.</translation>
    </message>
    <message>
        <source>Finished. Switch the adapter on under the chat, or press “Use in chat”.</source>
        <translation>Terminé. Activez l’adaptateur sous la discussion ou cliquez sur « Utiliser dans la discussion ».</translation>
    </message>
    <message>
        <source>Learned: the validation loss fell from {before} to {after}.</source>
        <translation>Appris : la perte de validation est passée de {before} à {after}.</translation>
    </message>
    <message>
        <source>Stopped at step {step}; its checkpoint is kept. Resume continues from it.</source>
        <translation>Arrêté à l’étape {step} ; son point de contrôle est conservé. « Reprendre » repart de là.</translation>
    </message>
    <message>
        <source>Training on {device}</source>
        <translation>Entraînement sur {device}</translation>
    </message>
    <message>
        <source>step %v of %m · {phase}</source>
        <translation>étape %v sur %m · {phase}</translation>
    </message>
    <message>
        <source>{step} / {total} (epoch {epoch})</source>
        <translation>{step} / {total} (époque {epoch})</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>{size} GiB peak</source>
        <translation>pic de {size} Gio</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Fine-tune a LoRA adapter on your own examples, then use it in chat.</source>
        <translation>Affinez un adaptateur LoRA sur vos propres exemples, puis utilisez-le dans la discussion.</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Nouvel entraînement</translation>
    </message>
    <message>
        <source>Make a dataset…</source>
        <translation>Créer un jeu de données…</translation>
    </message>
    <message>
        <source>Training is not enabled. {reason}</source>
        <translation>L’entraînement n’est pas activé. {reason}</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucun entraînement pour l’instant</translation>
    </message>
    <message>
        <source>Choose a base model and a data file in the form, then press Start training. Each run is listed here with its progress.</source>
        <translation>Choisissez un modèle de base et un fichier de données dans le formulaire, puis cliquez sur « Lancer l’entraînement ». Chaque entraînement apparaît ici avec sa progression.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Use in chat</source>
        <translation>Utiliser dans la discussion</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Train longer</source>
        <translation>Entraîner plus longtemps</translation>
    </message>
    <message>
        <source>Continue from this run&apos;s best adapter for as many steps again, as a new run</source>
        <translation>Repartir du meilleur adaptateur de cet entraînement pour autant d’étapes, dans un nouvel entraînement</translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation>Impossible de lancer l’entraînement</translation>
    </message>
    <message>
        <source>Stopping at the end of this step (a checkpoint is kept)…</source>
        <translation>Arrêt à la fin de cette étape (un point de contrôle est conservé)…</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>Impossible de reprendre</translation>
    </message>
    <message>
        <source>Cannot train longer</source>
        <translation>Impossible d’entraîner plus longtemps</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Supprimer l’entraînement</translation>
    </message>
    <message>
        <source>Delete the run “{name}” and its files (checkpoints and adapter)?
{folder}</source>
        <translation>Supprimer l’entraînement « {name} » et ses fichiers (points de contrôle et adaptateur) ?
{folder}</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Aucune discussion</translation>
    </message>
    <message>
        <source>There are no saved conversations yet.</source>
        <translation>Il n’y a pas encore de discussion enregistrée.</translation>
    </message>
    <message>
        <source>Use the most recent how many conversations (of {count})?</source>
        <translation>Combien des discussions les plus récentes utiliser (sur {count}) ?</translation>
    </message>
    <message>
        <source>Dataset from conversations</source>
        <translation>Jeu de données à partir des discussions</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>Enregistrer le jeu de données</translation>
    </message>
    <message>
        <source>conversations.jsonl</source>
        <translation>discussions.jsonl</translation>
    </message>
    <message>
        <source>JSONL (*.jsonl)</source>
        <translation>JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation>Impossible d’enregistrer le jeu de données</translation>
    </message>
    <message numerus="yes">
        <source> (%n conversation(s) written)</source>
        <translation>
            <numerusform> (%n discussion écrite)</numerusform>
            <numerusform> (%n discussions écrites)</numerusform>
        </translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>A GGUF file, or a Hugging Face model folder (safetensors) of the same model</source>
        <translation>Un fichier GGUF, ou un dossier de modèle Hugging Face (safetensors) du même modèle</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modèle de base :</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>Fichier de données d’entraînement</translation>
    </message>
    <message>
        <source>A JSONL or plain text file</source>
        <translation>Un fichier JSONL ou texte brut</translation>
    </message>
    <message>
        <source>JSONL (chat messages, or instruction/input/output records) or a plain text file</source>
        <translation>JSONL (messages de discussion, ou enregistrements instruction/input/output) ou un fichier texte brut</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>From conversations…</source>
        <translation>À partir des discussions…</translation>
    </message>
    <message>
        <source>Build a dataset from your saved conversations</source>
        <translation>Créer un jeu de données à partir de vos discussions enregistrées</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>Choose a data file.</source>
        <translation>Choisissez un fichier de données.</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Vérification des données</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>Lignes invalides</translation>
    </message>
    <message>
        <source>Skip bad lines and train on the rest</source>
        <translation>Ignorer les lignes invalides et entraîner sur le reste</translation>
    </message>
    <message>
        <source>Preview with the chat template</source>
        <translation>Aperçu avec le modèle de discussion</translation>
    </message>
    <message>
        <source>The first examples, formatted with the model&apos;s chat template</source>
        <translation>Les premiers exemples, mis en forme avec le modèle de discussion (chat template) du modèle</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rang LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Steps (0: use epochs)</source>
        <translation>Étapes (0 : selon les époques)</translation>
    </message>
    <message>
        <source>auto (from epochs)</source>
        <translation>auto (selon les époques)</translation>
    </message>
    <message>
        <source>The number of optimizer steps. 0 (auto): as many as the epochs take.</source>
        <translation>Le nombre d’étapes de l’optimiseur. 0 (auto) : autant qu’en demandent les époques.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Accumulation de gradient</translation>
    </message>
    <message>
        <source>Maximum sequence length</source>
        <translation>Longueur de séquence maximale</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>Evaluate every N steps (0: about 10 times)</source>
        <translation>Évaluer toutes les N étapes (0 : environ 10 fois)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> étapes</translation>
    </message>
    <message>
        <source>auto (about 10 times)</source>
        <translation>auto (environ 10 fois)</translation>
    </message>
    <message>
        <source>How often the validation loss is measured. 0 (auto): about ten times over the run.</source>
        <translation>La fréquence de mesure de la perte de validation. 0 (auto) : environ dix fois au cours de l’entraînement.</translation>
    </message>
    <message>
        <source>Rank / alpha:</source>
        <translation>Rang / alpha :</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout :</translation>
    </message>
    <message>
        <source>Target modules:</source>
        <translation>Modules ciblés :</translation>
    </message>
    <message>
        <source>Learning rate / schedule:</source>
        <translation>Taux d’apprentissage / planification :</translation>
    </message>
    <message>
        <source>Epochs / steps:</source>
        <translation>Époques / étapes :</translation>
    </message>
    <message>
        <source>Batch / accumulation:</source>
        <translation>Lot / accumulation :</translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation>Longueur de séquence max. :</translation>
    </message>
    <message>
        <source>Seed / validation:</source>
        <translation>Graine / validation :</translation>
    </message>
    <message>
        <source>Evaluate every:</source>
        <translation>Évaluer toutes les :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan d’entraînement</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Estimation de la mémoire</translation>
    </message>
    <message>
        <source>Use smaller settings</source>
        <translation>Utiliser des réglages plus petits</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nom de l’entraînement</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Lancer l’entraînement</translation>
    </message>
    <message>
        <source>Base model (GGUF)</source>
        <translation>Modèle de base (GGUF)</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Or a Hugging Face model folder</source>
        <translation>Ou un dossier de modèle Hugging Face</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <source>Data (*.jsonl *.json *.txt *.md);;All files (*)</source>
        <translation>Données (*.jsonl *.json *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Cannot check the data: {reason}</source>
        <translation>Impossible de vérifier les données : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n chat example(s)</source>
        <translation>
            <numerusform>%n exemple de discussion</numerusform>
            <numerusform>%n exemples de discussion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction example(s)</source>
        <translation>
            <numerusform>%n exemple d’instruction</numerusform>
            <numerusform>%n exemples d’instruction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text example(s)</source>
        <translation>
            <numerusform>%n exemple de texte</numerusform>
            <numerusform>%n exemples de texte</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ {file}: {examples}, every line is valid.</source>
        <translation>✓ {file} : {examples}, toutes les lignes sont valides.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {file}: {examples}, %n bad line(s):</source>
        <translation>
            <numerusform>⚠ {file} : {examples}, %n ligne invalide :</numerusform>
            <numerusform>⚠ {file} : {examples}, %n lignes invalides :</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>RAM (CPU training: slow)</source>
        <translation>RAM (entraînement sur le CPU : lent)</translation>
    </message>
    <message>
        <source>for the longest batch, {batch} × {tokens} tokens (estimated from the data&apos;s characters)</source>
        <translation>pour le lot le plus long, {batch} × {tokens} tokens (estimé d’après les caractères des données)</translation>
    </message>
    <message>
        <source>for full batches of {tokens} tokens (no data yet)</source>
        <translation>pour des lots complets de {tokens} tokens (pas encore de données)</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — fits in {available} GiB of {where}.</source>
        <translation>Mémoire : {estimate}, {basis} — tient dans {available} Gio de {where}.</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — does not fit in {available} GiB of {where}.</source>
        <translation>Mémoire : {estimate}, {basis} — ne tient pas dans {available} Gio de {where}.</translation>
    </message>
    <message>
        <source>≈ {total} GiB: weights {weights}, LoRA {lora}, optimizer {optimizer}, activations {activations}, runtime {runtime}</source>
        <translation>≈ {total} Gio : poids {weights}, LoRA {lora}, optimiseur {optimizer}, activations {activations}, exécution {runtime}</translation>
    </message>
    <message>
        <source>Memory: reading the model…</source>
        <translation>Mémoire : lecture du modèle…</translation>
    </message>
    <message>
        <source>Memory: no estimate for this model (not a GGUF file).</source>
        <translation>Mémoire : pas d’estimation pour ce modèle (ce n’est pas un fichier GGUF).</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>train loss {loss} at step {step}</source>
        <translation>perte d’entraînement {loss} à l’étape {step}</translation>
    </message>
    <message>
        <source>validation loss {loss} at step {step}</source>
        <translation>perte de validation {loss} à l’étape {step}</translation>
    </message>
    <message>
        <source>no points yet</source>
        <translation>aucun point pour l’instant</translation>
    </message>
    <message>
        <source>The loss curve appears when training starts</source>
        <translation>La courbe de perte apparaît au début de l’entraînement</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>perte d’entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>Écriture de l’adaptateur…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <source>{name} — {status}, step {step}</source>
        <translation>{name} — {status}, étape {step}</translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation>étape {step} sur {total}</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>étape {step}</translation>
    </message>
    <message>
        <source>{name} — {phase}, {where}</source>
        <translation>{name} — {phase}, {where}</translation>
    </message>
    <message>
        <source>{loss} (perplexity {perplexity})</source>
        <translation>{loss} (perplexité {perplexity})</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>ligne {line} : {message}</translation>
    </message>
    <message>
        <source>only a finished run can be trained longer; Resume continues a stopped one</source>
        <translation>seul un entraînement terminé peut être prolongé ; « Reprendre » poursuit un entraînement arrêté</translation>
    </message>
    <message>
        <source>{name} (longer)</source>
        <translation>{name} (prolongé)</translation>
    </message>
    <message>
        <source>saved conversations are not available here</source>
        <translation>les discussions enregistrées ne sont pas disponibles ici</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Attention (q, k, v, o)</source>
        <translation>Attention (q, k, v, o)</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>Toutes les couches linéaires</translation>
    </message>
    <message>
        <source>Query and value only</source>
        <translation>Query et value seulement</translation>
    </message>
    <message>
        <source>choose a base model</source>
        <translation>choisissez un modèle de base</translation>
    </message>
    <message>
        <source>choose a training data file</source>
        <translation>choisissez un fichier de données d’entraînement</translation>
    </message>
    <message>
        <source>rank must be between 1 and 512, got {value}</source>
        <translation>le rang doit être compris entre 1 et 512, reçu : {value}</translation>
    </message>
    <message>
        <source>alpha must be positive, got {value}</source>
        <translation>alpha doit être positif, reçu : {value}</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {value}</source>
        <translation>le dropout doit être dans [0, 1), reçu : {value}</translation>
    </message>
    <message>
        <source>choose at least one target module</source>
        <translation>choisissez au moins un module ciblé</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 1], got {value}</source>
        <translation>le taux d’apprentissage doit être dans (0, 1], reçu : {value}</translation>
    </message>
    <message>
        <source>schedule must be one of {choices}</source>
        <translation>la planification doit être l’une de : {choices}</translation>
    </message>
    <message>
        <source>warm-up ratio must be in [0, 1), got {value}</source>
        <translation>la part d’échauffement doit être dans [0, 1), reçu : {value}</translation>
    </message>
    <message>
        <source>set a number of epochs or of steps</source>
        <translation>indiquez un nombre d’époques ou d’étapes</translation>
    </message>
    <message>
        <source>steps must be &gt;= 0, got {value}</source>
        <translation>le nombre d’étapes doit être &gt;= 0, reçu : {value}</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 1024, got {value}</source>
        <translation>la taille de lot doit être comprise entre 1 et 1024, reçu : {value}</translation>
    </message>
    <message>
        <source>gradient accumulation must be between 1 and 1024, got {value}</source>
        <translation>l’accumulation de gradient doit être comprise entre 1 et 1024, reçu : {value}</translation>
    </message>
    <message>
        <source>max sequence length must be between 16 and 131072, got {value}</source>
        <translation>la longueur de séquence maximale doit être comprise entre 16 et 131072, reçu : {value}</translation>
    </message>
    <message>
        <source>validation fraction must be in [0, 0.9), got {value}</source>
        <translation>la part de validation doit être dans [0, 0.9), reçu : {value}</translation>
    </message>
    <message>
        <source>intervals must be &gt;= 0</source>
        <translation>les intervalles doivent être &gt;= 0</translation>
    </message>
    <message>
        <source>patience must be between 1 and 1000 evaluations, got {value}</source>
        <translation>la patience doit être comprise entre 1 et 1000 évaluations, reçu : {value}</translation>
    </message>
    <message>
        <source>device must be one of {choices}</source>
        <translation>l’appareil doit être l’un de : {choices}</translation>
    </message>
    <message>
        <source>GPUs must be between 1 and {most}, got {value}</source>
        <translation>le nombre de GPU doit être compris entre 1 et {most}, reçu : {value}</translation>
    </message>
    <message>
        <source>Quick try</source>
        <translation>Essai rapide</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>Approfondi</translation>
    </message>
    <message>
        <source>lines need either &quot;messages&quot; (chat form) or &quot;instruction&quot;/&quot;output&quot; (instruction form)</source>
        <translation>les lignes doivent contenir &quot;messages&quot; (forme chat) ou &quot;instruction&quot;/&quot;output&quot; (forme instruction)</translation>
    </message>
    <message>
        <source>message {index} is not an object</source>
        <translation>le message {index} n’est pas un objet</translation>
    </message>
    <message>
        <source>message {index} has role {role}; use system, user or assistant</source>
        <translation>le message {index} a le rôle {role} ; utilisez system, user ou assistant</translation>
    </message>
    <message>
        <source>message {index} has no text content</source>
        <translation>le message {index} n’a pas de contenu texte</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation>&quot;messages&quot; doit être une liste non vide</translation>
    </message>
    <message>
        <source>no assistant message with text: nothing to learn from this line</source>
        <translation>aucun message assistant avec du texte : rien à apprendre de cette ligne</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is missing or empty</source>
        <translation>&quot;instruction&quot; est absent ou vide</translation>
    </message>
    <message>
        <source>&quot;output&quot; is missing or empty</source>
        <translation>&quot;output&quot; est absent ou vide</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be text</source>
        <translation>&quot;input&quot; doit être du texte</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation>pas en UTF-8 (octet {byte}) ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>{count} characters; at most {limit}</source>
        <translation>{count} caractères ; {limit} au maximum</translation>
    </message>
    <message>
        <source>invalid JSON ({reason} at column {column})</source>
        <translation>JSON non valide ({reason} à la colonne {column})</translation>
    </message>
    <message>
        <source>JSON nested too deeply (arrays or objects inside each other)</source>
        <translation>JSON trop profondément imbriqué (tableaux ou objets les uns dans les autres)</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>chaque ligne doit être un objet JSON</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>le fichier ne contient pas de texte</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>— line {line} —</source>
        <translation>— ligne {line} —</translation>
    </message>
    <message>
        <source>(the loss is taken on the assistant replies only)</source>
        <translation>(la perte n’est calculée que sur les réponses de l’assistant)</translation>
    </message>
    <message>
        <source>cannot create the run&apos;s folder in {folder}: {reason}</source>
        <translation>impossible de créer le dossier de l’entraînement dans {folder} : {reason}</translation>
    </message>
    <message>
        <source>{name} is still running</source>
        <translation>{name} est toujours en cours</translation>
    </message>
    <message>
        <source>{name} has already finished</source>
        <translation>{name} est déjà terminé</translation>
    </message>
    <message>
        <source>cannot resume {name}: {reason} ({folder})</source>
        <translation>impossible de reprendre {name} : {reason} ({folder})</translation>
    </message>
    <message>
        <source>{name} is still running: stop it first</source>
        <translation>{name} est toujours en cours : arrêtez-le d’abord</translation>
    </message>
    <message>
        <source>training run {id} no longer exists (it was deleted)</source>
        <translation>l’entraînement {id} n’existe plus (il a été supprimé)</translation>
    </message>
    <message>
        <source>Automatic (from your data)</source>
        <translation>Automatique (d’après vos données)</translation>
    </message>
    <message>
        <source>Make a dataset</source>
        <translation>Créer un jeu de données</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>Source du jeu de données</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Un document</translation>
    </message>
    <message>
        <source>A knowledge collection</source>
        <translation>Une collection de connaissances</translation>
    </message>
    <message>
        <source>A CSV or JSONL table</source>
        <translation>Un tableau CSV ou JSONL</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>Discussions enregistrées</translation>
    </message>
    <message>
        <source>Pairs per passage</source>
        <translation>Paires par passage</translation>
    </message>
    <message>
        <source>Pairs per passage:</source>
        <translation>Paires par passage :</translation>
    </message>
    <message>
        <source>A longer source is sampled evenly down to this many passages</source>
        <translation>Une source plus longue est échantillonnée uniformément jusqu’à ce nombre de passages</translation>
    </message>
    <message>
        <source>Passages at most</source>
        <translation>Nombre maximal de passages</translation>
    </message>
    <message>
        <source>Passages at most:</source>
        <translation>Passages au maximum :</translation>
    </message>
    <message>
        <source>Optional: a system message written into every example</source>
        <translation>Facultatif : un message système ajouté à chaque exemple</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Message système</translation>
    </message>
    <message>
        <source>Write pairs</source>
        <translation>Générer les paires</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dataset progress</source>
        <translation>Progression du jeu de données</translation>
    </message>
    <message>
        <source>Dataset status</source>
        <translation>État du jeu de données</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Nom du jeu de données</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Enregistrer et utiliser</translation>
    </message>
    <message>
        <source>Save as JSONL in {folder} and use it in the Train form</source>
        <translation>Enregistrer en JSONL dans {folder} et l’utiliser dans le formulaire d’entraînement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>A txt, md, pdf, docx or html file</source>
        <translation>Un fichier txt, md, pdf, docx ou html</translation>
    </message>
    <message>
        <source>Knowledge collection</source>
        <translation>Collection de connaissances</translation>
    </message>
    <message>
        <source>Table file</source>
        <translation>Fichier de tableau</translation>
    </message>
    <message>
        <source>A CSV file with a header row, or JSONL</source>
        <translation>Un fichier CSV avec une ligne d’en-tête, ou JSONL</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Prompt column:</source>
        <translation>Colonne du prompt :</translation>
    </message>
    <message>
        <source>Answer column:</source>
        <translation>Colonne de la réponse :</translation>
    </message>
    <message>
        <source>System column:</source>
        <translation>Colonne système :</translation>
    </message>
    <message>
        <source>Your saved conversations, each as one example (its current branch).</source>
        <translation>Vos discussions enregistrées, chacune comme un exemple (sa branche actuelle).</translation>
    </message>
    <message>
        <source>Choose conversations…</source>
        <translation>Choisir des discussions…</translation>
    </message>
    <message>
        <source>Use the rows</source>
        <translation>Utiliser les lignes</translation>
    </message>
    <message>
        <source>There are no knowledge collections yet: add one on the Knowledge page.</source>
        <translation>Il n’y a pas encore de collection de connaissances : ajoutez-en une dans la page Connaissances.</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)</source>
        <translation>Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Lecture du tableau…</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Choisissez d’abord un document.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used</source>
        <translation>
            <numerusform>%n ligne utilisée</numerusform>
            <numerusform>%n lignes utilisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (empty or too long)</source>
        <translation>
            <numerusform>%n ligne ignorée (vide ou trop longue)</numerusform>
            <numerusform>%n lignes ignorées (vides ou trop longues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) past the limit left out</source>
        <translation>
            <numerusform>%n ligne au-delà de la limite laissée de côté</numerusform>
            <numerusform>%n lignes au-delà de la limite laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} pairs to {path}</source>
        <translation>{count} paires enregistrées dans {path}</translation>
    </message>
    <message>
        <source>Loading the model and reading the source…</source>
        <translation>Chargement du modèle et lecture de la source…</translation>
    </message>
    <message numerus="yes">
        <source>Passage {done} of {total} · %n pair(s)</source>
        <translation>
            <numerusform>Passage {done} sur {total} · %n paire</numerusform>
            <numerusform>Passage {done} sur {total} · %n paires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped</source>
        <translation>
            <numerusform>%n passage ignoré</numerusform>
            <numerusform>%n passages ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>encore environ {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) written from {chunks} passages.</source>
        <translation>
            <numerusform>%n paire générée à partir de {chunks} passages.</numerusform>
            <numerusform>%n paires générées à partir de {chunks} passages.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} passages were taken from the interrupted run.</source>
        <translation>{count} passages ont été repris de la génération interrompue.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped: the model&apos;s reply could not be read twice.</source>
        <translation>
            <numerusform>%n passage ignoré : la réponse du modèle était illisible à deux reprises.</numerusform>
            <numerusform>%n passages ignorés : la réponse du modèle était illisible à deux reprises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them, then save.</source>
        <translation>Relisez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>Cancelled. The passages answered so far are kept: Write pairs again to go on from there.</source>
        <translation>Annulé. Les passages déjà traités sont conservés : cliquez à nouveau sur « Générer les paires » pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), columns: {columns}</source>
        <translation>
            <numerusform>%n ligne, colonnes : {columns}</numerusform>
            <numerusform>%n lignes, colonnes : {columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects skipped</source>
        <translation>
            <numerusform>%n ligne qui n’est pas un objet JSON ignorée</numerusform>
            <numerusform>%n lignes qui ne sont pas des objets JSON ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation>Paires question-réponse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Ask the model for a new pair from this row&apos;s passage</source>
        <translation>Demander au modèle une nouvelle paire à partir du passage de cette ligne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Régénération…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n paire</numerusform>
            <numerusform>%n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair has no source passage to write a new one from.</source>
        <translation>Cette paire n’a pas de passage source à partir duquel en générer une nouvelle.</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Aucun modèle sélectionné.</translation>
    </message>
    <message>
        <source>No model is selected: choose one at the top of the window.</source>
        <translation>Aucun modèle sélectionné : choisissez-en un en haut de la fenêtre.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a table may be at most {limit} MB</source>
        <translation>{name} fait {size} Mo ; un tableau peut faire au plus {limit} Mo</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>{name} has no columns: it needs a header row (CSV) or JSON objects (JSONL)</source>
        <translation>{name} n’a pas de colonnes : il faut une ligne d’en-tête (CSV) ou des objets JSON (JSONL)</translation>
    </message>
    <message>
        <source>the CSV cannot be read at line {line}: {reason}</source>
        <translation>le CSV ne peut pas être lu à la ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>the table has no column “{column}” (chosen as the {role}); its columns: {columns}</source>
        <translation>le tableau n’a pas de colonne « {column} » (choisie comme {role}) ; ses colonnes : {columns}</translation>
    </message>
    <message>
        <source>the prompt and the answer are the same column “{column}”</source>
        <translation>le prompt et la réponse sont la même colonne « {column} »</translation>
    </message>
    <message>
        <source>the context window ({n_ctx} tokens) is too small to write {count} pairs a chunk; raise it in Settings or ask for fewer pairs</source>
        <translation>la fenêtre de contexte ({n_ctx} tokens) est trop petite pour écrire {count} paires par fragment ; agrandissez-la dans les Paramètres ou demandez moins de paires</translation>
    </message>
    <message>
        <source>the model&apos;s reply held no readable question and answer; try again</source>
        <translation>la réponse du modèle ne contenait ni question ni réponse lisibles ; réessayez</translation>
    </message>
    <message>
        <source>{name} has no text to write questions about</source>
        <translation>{name} ne contient pas de texte sur lequel poser des questions</translation>
    </message>
    <message>
        <source>cannot open the knowledge database: {reason}</source>
        <translation>impossible d’ouvrir la base de données des connaissances : {reason}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>Cette collection n’existe plus (elle a été supprimée)</translation>
    </message>
    <message>
        <source>cannot read the knowledge database: {reason}</source>
        <translation>impossible de lire la base de données des connaissances : {reason}</translation>
    </message>
    <message>
        <source>the collection “{name}” has no indexed text yet</source>
        <translation>la collection « {name} » n’a pas encore de texte indexé</translation>
    </message>
    <message>
        <source>the dataset is empty: keep at least one pair</source>
        <translation>le jeu de données est vide : gardez au moins une paire</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Train on this many GPUs at once (data-parallel). Each GPU holds the whole model and takes its own batches, so a step takes that many times more examples and an epoch fewer steps. The memory estimate is per GPU.</source>
        <translation>Entraîner sur autant de GPU à la fois (parallélisme de données). Chaque GPU contient le modèle entier et traite ses propres lots : une étape prend donc d’autant plus d’exemples, et une époque compte moins d’étapes. L’estimation de mémoire est par GPU.</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>Recompute each layer&apos;s activations in the backward pass instead of keeping them: much less memory for long examples, about a third slower.</source>
        <translation>Recalculer les activations de chaque couche lors de la rétropropagation au lieu de les conserver : beaucoup moins de mémoire pour les longs exemples, environ un tiers plus lent.</translation>
    </message>
    <message>
        <source>4-bit base (QLoRA)</source>
        <translation>Base en 4 bits (QLoRA)</translation>
    </message>
    <message>
        <source>Load the base model in 4 bits (bitsandbytes): about a quarter of the memory of its weights, so an 8B model trains on a 24 GB GPU. The adapter still applies to the GGUF model.</source>
        <translation>Charger le modèle de base en 4 bits (bitsandbytes) : environ un quart de la mémoire de ses poids, si bien qu’un modèle 8B s’entraîne sur un GPU de 24 Go. L’adaptateur s’applique toujours au modèle GGUF.</translation>
    </message>
    <message>
        <source>A 4-bit base needs an NVIDIA GPU with CUDA (and bitsandbytes), which this computer does not have.</source>
        <translation>Une base en 4 bits nécessite un GPU NVIDIA avec CUDA (et bitsandbytes), dont cet ordinateur ne dispose pas.</translation>
    </message>
    <message>
        <source>Memory savers:</source>
        <translation>Économies de mémoire :</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU :</translation>
    </message>
    <message>
        <source>each of {count} GPUs ({name})</source>
        <translation>chacun des {count} GPU ({name})</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>modèle de base</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptateur</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>no clear verdict</source>
        <translation>pas de verdict clair</translation>
    </message>
    <message>
        <source>Evaluate “{name}”</source>
        <translation>Évaluer « {name} »</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juge :</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Aucun juge</translation>
    </message>
    <message>
        <source>The run&apos;s base model (local)</source>
        <translation>Le modèle de base de l’entraînement (local)</translation>
    </message>
    <message>
        <source>A model that says which answer is closer to the dataset&apos;s answer</source>
        <translation>Un modèle qui indique quelle réponse est la plus proche de celle du jeu de données</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Closer to the reference</source>
        <translation>Plus proche de la référence</translation>
    </message>
    <message>
        <source>Evaluation table</source>
        <translation>Tableau d’évaluation</translation>
    </message>
    <message>
        <source>Asks the validation prompts the run held out, to the base model and to the adapter, and shows the answers side by side.</source>
        <translation>Pose les prompts de validation mis de côté par l’entraînement au modèle de base et à l’adaptateur, et affiche les réponses côte à côte.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>validation loss {before} → {after}</source>
        <translation>perte de validation {before} → {after}</translation>
    </message>
    <message>
        <source>judge {judge}: adapter closer {adapter}, base closer {base}, tie {tie}, no clear verdict {unparsed}</source>
        <translation>juge {judge} : adaptateur plus proche {adapter}, base plus proche {base}, égalité {tie}, pas de verdict clair {unparsed}</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>{done} étapes sur {total}</translation>
    </message>
    <message>
        <source>stopped after {count} prompts</source>
        <translation>arrêté après {count} prompts</translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation>Exporter l’évaluation</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Q4_K_M — smallest, a little less exact</source>
        <translation>Q4_K_M — le plus petit, un peu moins exact</translation>
    </message>
    <message>
        <source>Q5_K_M — small, close to exact</source>
        <translation>Q5_K_M — petit, presque exact</translation>
    </message>
    <message>
        <source>Q8_0 — about half of F16, nearly exact</source>
        <translation>Q8_0 — environ la moitié de F16, quasi exact</translation>
    </message>
    <message>
        <source>F16 — largest, exact</source>
        <translation>F16 — le plus grand, exact</translation>
    </message>
    <message>
        <source>Export merged model</source>
        <translation>Exporter le modèle fusionné</translation>
    </message>
    <message>
        <source>Writes the base model with the adapter “{name}” merged into it as one GGUF file in your model library, and an Ollama Modelfile beside it.</source>
        <translation>Écrit le modèle de base, avec l’adaptateur « {name} » fusionné dedans, sous forme d’un seul fichier GGUF dans votre bibliothèque de modèles, avec un Modelfile Ollama à côté.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>Quantification :</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annulé ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation>Quantification…</translation>
    </message>
    <message>
        <source>Saved {name} ({size}) in the model library; the Ollama Modelfile is beside it:
{folder}</source>
        <translation>{name} ({size}) enregistré dans la bibliothèque de modèles ; le Modelfile Ollama se trouve à côté :
{folder}</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More actions for this run</source>
        <translation>Autres actions pour cet entraînement</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Évaluer…</translation>
    </message>
    <message>
        <source>Ask the held-out validation prompts to the base model and to the adapter, side by side, with an optional judge</source>
        <translation>Poser les prompts de validation mis de côté au modèle de base et à l’adaptateur, côte à côte, avec un juge facultatif</translation>
    </message>
    <message>
        <source>Export merged model…</source>
        <translation>Exporter le modèle fusionné…</translation>
    </message>
    <message>
        <source>Merge the adapter into the base model as one GGUF in your library, with an Ollama Modelfile</source>
        <translation>Fusionner l’adaptateur dans le modèle de base en un seul GGUF dans votre bibliothèque, avec un Modelfile Ollama</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s data file {path}: {reason}</source>
        <translation>impossible de lire le fichier de données de l’entraînement {path} : {reason}</translation>
    </message>
    <message>
        <source>the run&apos;s data file {path} has no usable examples any more</source>
        <translation>le fichier de données de l’entraînement {path} ne contient plus d’exemples utilisables</translation>
    </message>
    <message>
        <source>the run held out no prompts to ask (no validation split, or plain-text data with no questions)</source>
        <translation>l’entraînement n’a mis de côté aucun prompt à poser (pas de part de validation, ou données en texte brut sans questions)</translation>
    </message>
    <message>
        <source>run {name} has no adapter to evaluate (it did not finish)</source>
        <translation>l’entraînement {name} n’a pas d’adaptateur à évaluer (il ne s’est pas terminé)</translation>
    </message>
    <message>
        <source>cannot start the {step} step: {reason}</source>
        <translation>impossible de lancer l’étape {step} : {reason}</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l’exportation a été annulée</translation>
    </message>
    <message>
        <source>the {step} step took longer than {hours} hours and was stopped</source>
        <translation>l’étape {step} a duré plus de {hours} heures et a été arrêtée</translation>
    </message>
    <message>
        <source>the {step} step failed: {reason}</source>
        <translation>l’étape {step} a échoué : {reason}</translation>
    </message>
    <message>
        <source>unknown quantization {quant} (one of {choices})</source>
        <translation>quantification inconnue {quant} (valeurs possibles : {choices})</translation>
    </message>
    <message>
        <source>run {name} has no adapter to merge (it did not finish)</source>
        <translation>l’entraînement {name} n’a pas d’adaptateur à fusionner (il ne s’est pas terminé)</translation>
    </message>
    <message>
        <source>a merged GGUF needs the base model as a GGUF file; {base} is not one (export the adapter and merge with llama.cpp&apos;s tools instead)</source>
        <translation>un GGUF fusionné nécessite le modèle de base sous forme de fichier GGUF ; {base} n’en est pas un (exportez l’adaptateur et fusionnez-le avec les outils de llama.cpp)</translation>
    </message>
    <message>
        <source>{path} already exists: delete it in the library or choose another name</source>
        <translation>{path} existe déjà : supprimez-le dans la bibliothèque ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>the quantized model is not a readable GGUF: {reason}</source>
        <translation>le modèle quantifié n’est pas un GGUF lisible : {reason}</translation>
    </message>
    <message>
        <source>run {name} has no adapter (it did not finish)</source>
        <translation>l’entraînement {name} n’a pas d’adaptateur (il ne s’est pas terminé)</translation>
    </message>
    <message>
        <source>unknown judge {judge}</source>
        <translation>juge inconnu {judge}</translation>
    </message>
    <message>
        <source>cannot read the {what} {name}: {reason}</source>
        <translation>impossible de lire {what} {name} : {reason}</translation>
    </message>
    <message>
        <source>{name} is not a GGUF LoRA adapter</source>
        <translation>{name} n’est pas un adaptateur LoRA GGUF</translation>
    </message>
    <message>
        <source>the adapter has only one half of {tensor}</source>
        <translation>l’adaptateur n’a qu’une moitié de {tensor}</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} has mismatched shapes {a} and {b}</source>
        <translation>le tenseur {tensor} de l’adaptateur a des formes incompatibles {a} et {b}</translation>
    </message>
    <message>
        <source>the adapter {name} has no LoRA tensors</source>
        <translation>l’adaptateur {name} ne contient aucun tenseur LoRA</translation>
    </message>
    <message>
        <source>the base model&apos;s key {key} is a nested array, which cannot be copied</source>
        <translation>la clé {key} du modèle de base est un tableau imbriqué, qui ne peut pas être copié</translation>
    </message>
    <message>
        <source>the adapter is for {adapter} models but the base model is {base}</source>
        <translation>l’adaptateur est destiné aux modèles {adapter}, mais le modèle de base est {base}</translation>
    </message>
    <message>
        <source>the base model has no tensor {tensor}: the adapter was trained on another model</source>
        <translation>le modèle de base n’a pas de tenseur {tensor} : l’adaptateur a été entraîné sur un autre modèle</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} is {adapter} but the base model&apos;s is {base}: the adapter was trained on another model</source>
        <translation>le tenseur {tensor} de l’adaptateur est {adapter}, mais celui du modèle de base est {base} : l’adaptateur a été entraîné sur un autre modèle</translation>
    </message>
    <message>
        <source>{tensor}: {reason}</source>
        <translation>{tensor} : {reason}</translation>
    </message>
</context>
</TS>
