<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>fits on GPU</source>
        <translation>tient sur le GPU</translation>
    </message>
    <message>
        <source>partial offload</source>
        <translation>déchargement partiel</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU seul</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Find models on Hugging Face and see which file fits this computer.</source>
        <translation>Trouvez des modèles sur Hugging Face et voyez quel fichier convient à cet ordinateur.</translation>
    </message>
    <message>
        <source>Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)</source>
        <translation>Rechercher des modèles GGUF sur Hugging Face (p. ex. llama 3.2, qwen, gemma)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>téléchargements</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>mentions J&apos;aime</translation>
    </message>
    <message>
        <source>recently updated</source>
        <translation>mis à jour récemment</translation>
    </message>
    <message>
        <source>trending</source>
        <translation>tendances</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Trier les résultats par</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Models from {url}</source>
        <translation>Modèles de {url}</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>Source des modèles</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>État du hub</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>Recommandés pour commencer</translation>
    </message>
    <message>
        <source>Pick a model on the left to see its files and whether they fit this computer.</source>
        <translation>Choisissez un modèle à gauche pour voir ses fichiers et s&apos;ils conviennent à cet ordinateur.</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>This repository has a vision projector (mmproj): its models can read images.</source>
        <translation>Ce dépôt contient un projecteur de vision (mmproj) : ses modèles peuvent lire des images.</translation>
    </message>
    <message>
        <source>Vision model</source>
        <translation>Modèle de vision</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Vision projector to download with the model</source>
        <translation>Projecteur de vision à télécharger avec le modèle</translation>
    </message>
    <message>
        <source>Downloaded with the model file, in the same download: it lets the model see images. The matching one is chosen by its name, else F16 or Q8_0.</source>
        <translation>Téléchargé avec le fichier du modèle, dans le même téléchargement : il permet au modèle de voir les images. Le projecteur correspondant est choisi d’après son nom, sinon F16 ou Q8_0.</translation>
    </message>
    <message>
        <source>Fit for context length</source>
        <translation>Estimation pour un contexte de</translation>
    </message>
    <message>
        <source>Context length for the fit estimate</source>
        <translation>Longueur de contexte pour l&apos;estimation</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Fichiers du modèle</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, {gpu} {vram}</source>
        <translation>Cet ordinateur : {ram} de RAM, {gpu} {vram}</translation>
    </message>
    <message>
        <source>This computer: {ram} RAM, no GPU found</source>
        <translation>Cet ordinateur : {ram} de RAM, aucun GPU trouvé</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>{message} Your downloaded models keep working.</source>
        <translation>{message} Vos modèles téléchargés continuent de fonctionner.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>protégé : jeton requis</translation>
    </message>
    <message>
        <source>No GGUF models match “{query}”. Try other or fewer words.</source>
        <translation>Aucun modèle GGUF ne correspond à « {query} ». Essayez d&apos;autres mots ou moins de mots.</translation>
    </message>
    <message>
        <source>No GGUF models were found. Try other or fewer words.</source>
        <translation>Aucun modèle GGUF trouvé. Essayez d&apos;autres mots ou moins de mots.</translation>
    </message>
    <message>
        <source>The search failed: {message} The list shows what was there before.</source>
        <translation>La recherche a échoué : {message} La liste montre les résultats précédents.</translation>
    </message>
    <message>
        <source>The search failed: {message}</source>
        <translation>La recherche a échoué : {message}</translation>
    </message>
    <message>
        <source>Hugging Face cannot be reached from this computer. Press Try again once you are online.</source>
        <translation>Hugging Face est injoignable depuis cet ordinateur. Cliquez sur Réessayer une fois en ligne.</translation>
    </message>
    <message>
        <source>The page of {repo} cannot be shown: {reason}</source>
        <translation>Impossible d&apos;afficher la page de {repo} : {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>License: {license}    Base model: {base}    Languages: {languages}</source>
        <translation>Licence : {license}    Modèle de base : {base}    Langues : {languages}</translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln download(s)</source>
        <translation>
            <numerusform>↓ %Ln téléchargement</numerusform>
            <numerusform>↓ %Ln téléchargements</numerusform>
        </translation>
    </message>
    <message>
        <source>(gated: needs a token)</source>
        <translation>(protégé : jeton requis)</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
        <source>(The fit estimate is unavailable: the file header could not be read.)</source>
        <translation>(Estimation indisponible : l&apos;en-tête du fichier n&apos;a pas pu être lu.)</translation>
    </message>
    <message>
        <source>This repository has no GGUF files that desktop-llm can run.</source>
        <translation>Ce dépôt n&apos;a aucun fichier GGUF que desktop-llm peut exécuter.</translation>
    </message>
    <message>
        <source>The matching projector (chosen for each file)</source>
        <translation>Le projecteur correspondant (choisi pour chaque fichier)</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>Aucun : texte seul</translation>
    </message>
    <message numerus="yes">
        <source>(%n part(s))</source>
        <translation>
            <numerusform>(%n partie)</numerusform>
            <numerusform>(%n parties)</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} + projector {projector}</source>
        <translation>{model} + projecteur {projector}</translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation>Couches sur le GPU : {layers}</translation>
    </message>
    <message>
        <source>Vision projector and its image buffer {projector}</source>
        <translation>Projecteur de vision et son tampon d’images {projector}</translation>
    </message>
    <message>
        <source>Weights {weights} + KV cache {kv} ({tokens} tokens) + compute {compute}</source>
        <translation>Poids {weights} + cache KV {kv} ({tokens} jetons) + calcul {compute}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Télécharger {name}</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Models on their way to this computer. Downloads continue in the background and resume after a restart.</source>
        <translation>Les modèles en route vers cet ordinateur. Les téléchargements continuent en arrière-plan et reprennent après un redémarrage.</translation>
    </message>
    <message>
        <source>No downloads yet</source>
        <translation>Aucun téléchargement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Find a model in Discover and press Download: it appears here with its progress, and lands in the Library when it is done.</source>
        <translation>Trouvez un modèle dans Découvrir et cliquez sur Télécharger : il apparaît ici avec sa progression, puis rejoint la Bibliothèque une fois terminé.</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>Aucun téléchargement</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Parcourir les modèles</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Mettre le téléchargement en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Réessayer le téléchargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Retirer le téléchargement</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>The models on this computer: chat with one, make it the default, inspect its details.</source>
        <translation>Les modèles de cet ordinateur : discutez avec l&apos;un d&apos;eux, choisissez-le par défaut, examinez ses détails.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Modèle de chat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Local models</source>
        <translation>Modèles locaux</translation>
    </message>
    <message>
        <source>Only the starter model so far</source>
        <translation>Seulement le modèle de départ pour l&apos;instant</translation>
    </message>
    <message>
        <source>It is small and quick, made for trying things out; larger models answer better. Find one in Discover, or import a .gguf file you already have.</source>
        <translation>Il est petit et rapide, fait pour essayer ; les modèles plus grands répondent mieux. Trouvez-en un dans Découvrir, ou importez un fichier .gguf que vous avez déjà.</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation>Discuter avec</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <source>Import .gguf…</source>
        <translation>Importer un .gguf…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Projector…</source>
        <translation>Projecteur…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>The starter model is part of the app and stays.</source>
        <translation>Le modèle de départ fait partie de l&apos;application et reste.</translation>
    </message>
    <message>
        <source>Adapters are deleted with their run, in the Train tab.</source>
        <translation>Les adaptateurs se suppriment avec leur entraînement, dans l&apos;onglet Entraîner.</translation>
    </message>
    <message>
        <source>Remove the selected model from the library</source>
        <translation>Retirer le modèle sélectionné de la bibliothèque</translation>
    </message>
    <message>
        <source>Sees images with {file}</source>
        <translation>Voit les images avec {file}</translation>
    </message>
    <message>
        <source>Choose the vision projector (mmproj) that lets this model see images</source>
        <translation>Choisir le projecteur de vision (mmproj) qui permet à ce modèle de voir les images</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), {size} on disk · {folder}</source>
        <translation>
            <numerusform>%n modèle, {size} sur le disque · {folder}</numerusform>
            <numerusform>%n modèles, {size} sur le disque · {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <source>projector: {kind}</source>
        <translation>projecteur : {kind}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>broken: {reason}</source>
        <translation>endommagé : {reason}</translation>
    </message>
    <message>
        <source>Delete… removes it from the library.</source>
        <translation>Supprimer… le retire de la bibliothèque.</translation>
    </message>
    <message>
        <source>Vision projector: {path}</source>
        <translation>Projecteur de vision : {path}</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>perte de validation {before} → {after}</translation>
    </message>
    <message>
        <source>LoRA adapter: {name}</source>
        <translation>Adaptateur LoRA : {name}</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptateur</translation>
    </message>
    <message numerus="yes">
        <source>trained here, %n step(s)</source>
        <translation>
            <numerusform>entraîné ici, %n étape</numerusform>
            <numerusform>entraîné ici, %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a projector file…</source>
        <translation>Choisir un fichier de projecteur…</translation>
    </message>
    <message>
        <source>Pair automatically (a projector in the model&apos;s folder)</source>
        <translation>Associer automatiquement (un projecteur dans le dossier du modèle)</translation>
    </message>
    <message>
        <source>Choose a vision projector</source>
        <translation>Choisir un projecteur de vision</translation>
    </message>
    <message>
        <source>Vision projectors (*.gguf)</source>
        <translation>Projecteurs de vision (*.gguf)</translation>
    </message>
    <message>
        <source>Projector not used</source>
        <translation>Projecteur non utilisé</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation>{file} ne peut pas être utilisé : {reason}</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptateur LoRA</translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library and delete its file?</source>
        <translation>Retirer {name} ({size}) de la bibliothèque et supprimer son fichier ?</translation>
    </message>
    <message>
        <source>Remove {name} ({size}) from the library (the file itself stays where it is)?</source>
        <translation>Retirer {name} ({size}) de la bibliothèque (le fichier lui-même reste en place) ?</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modèle : {name}</translation>
    </message>
    <message>
        <source>{size} · {architecture} · {parameters} parameters · {quantization}</source>
        <translation>{size} · {architecture} · {parameters} paramètres · {quantization}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>{tensors} ({parameters} parameters)</source>
        <translation>{tensors} ({parameters} paramètres)</translation>
    </message>
    <message>
        <source>(this model has no chat template: ChatML is used)</source>
        <translation>(ce modèle n&apos;a pas de modèle de chat : ChatML est utilisé)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible servers: vLLM, llama.cpp&apos;s llama-server, Ollama (…/v1), LM Studio, another desktop-llm, a hosted provider. Their models appear in the model list. API keys are kept in the system keychain, or a file only you can read.</source>
        <translation>D&apos;autres serveurs compatibles OpenAI : vLLM, llama-server de llama.cpp, Ollama (…/v1), LM Studio, un autre desktop-llm, un fournisseur hébergé. Leurs modèles apparaissent dans la liste des modèles. Les clés API sont conservées dans le trousseau du système, ou dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation>demander au serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Asking {address}…</source>
        <translation>Interrogation de {address}…</translation>
    </message>
    <message>
        <source>Saved {name}; asking it for its models…</source>
        <translation>{name} enregistré ; demande de ses modèles…</translation>
    </message>
    <message>
        <source>no models listed</source>
        <translation>aucun modèle listé</translation>
    </message>
    <message>
        <source>{name} answers: {models}</source>
        <translation>{name} répond : {models}</translation>
    </message>
    <message>
        <source>{name}: {status}. {message}</source>
        <translation>{name} : {status}. {message}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>{status} : {error}</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>401: key refused</source>
        <translation>401 : clé refusée</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>file ends inside the header while reading {what} at byte {position}</source>
        <translation>le fichier se termine au milieu de l’en-tête pendant la lecture de {what} à l’octet {position}</translation>
    </message>
    <message>
        <source>{what} claims {size} bytes but the file has only {left} left: it is corrupt or cut short</source>
        <translation>{what} annonce {size} octets mais il ne reste que {left} dans le fichier : il est corrompu ou tronqué</translation>
    </message>
    <message>
        <source>file is empty or shorter than a GGUF header</source>
        <translation>le fichier est vide ou plus court qu’un en-tête GGUF</translation>
    </message>
    <message>
        <source>not a GGUF file (it starts with {shown}; a GGUF file starts with &quot;GGUF&quot;)</source>
        <translation>pas un fichier GGUF (il commence par {shown} ; un fichier GGUF commence par &quot;GGUF&quot;)</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>version GGUF {version} non prise en charge (prises en charge : 2 et 3)</translation>
    </message>
    <message>
        <source>file is truncated: it has {size} bytes but its tensors need {expected} ({missing} missing); the download was probably interrupted</source>
        <translation>le fichier est tronqué : il fait {size} octets mais ses tenseurs en demandent {expected} ({missing} manquants) ; le téléchargement a probablement été interrompu</translation>
    </message>
</context>
</TS>
