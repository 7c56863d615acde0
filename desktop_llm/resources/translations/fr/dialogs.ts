<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits your GPU.</source>
        <translation>Pour de meilleures réponses, essayez {model} ({quantization}, environ {size}) : {reason} qui tient dans votre GPU.</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason} that fits this computer&apos;s memory.</source>
        <translation>Pour de meilleures réponses, essayez {model} ({quantization}, environ {size}) : {reason} qui tient dans la mémoire de cet ordinateur.</translation>
    </message>
    <message>
        <source>For better answers, try {model} ({quantization}, about {size}): {reason}; memory is tight here.</source>
        <translation>Pour de meilleures réponses, essayez {model} ({quantization}, environ {size}) : {reason} ; la mémoire est juste ici.</translation>
    </message>
    <message>
        <source>Private, and works offline</source>
        <translation>Privé, et fonctionne hors ligne</translation>
    </message>
    <message>
        <source>Everything here runs on this computer. Your chats, documents and models stay on it; nothing is sent anywhere, and no account is needed.</source>
        <translation>Tout fonctionne sur cet ordinateur. Vos conversations, documents et modèles y restent ; rien n’est envoyé nulle part, et aucun compte n’est nécessaire.</translation>
    </message>
    <message>
        <source>A starter model is ready</source>
        <translation>Un modèle de départ est prêt</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135M parameters) came with the app, so you can chat right away, even offline.</source>
        <translation>Un petit modèle (SmolLM2, 135 millions de paramètres) est fourni avec l’application : vous pouvez discuter tout de suite, même hors ligne.</translation>
    </message>
    <message>
        <source>More models in Discover</source>
        <translation>Plus de modèles dans Découvrir</translation>
    </message>
    <message>
        <source>Welcome to desktop-llm</source>
        <translation>Bienvenue dans desktop-llm</translation>
    </message>
    <message>
        <source>desktop-llm logo</source>
        <translation>Logo de desktop-llm</translation>
    </message>
    <message>
        <source>Chat with language models that run on your own computer.</source>
        <translation>Discutez avec des modèles de langage qui tournent sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>Models are kept in {folder}</source>
        <translation>Les modèles sont conservés dans {folder}</translation>
    </message>
    <message>
        <source>Show it in Discover</source>
        <translation>L’afficher dans Découvrir</translation>
    </message>
    <message>
        <source>Open {model} in Discover to download it</source>
        <translation>Ouvrez {model} dans Découvrir pour le télécharger</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Commencer à discuter</translation>
    </message>
    <message>
        <source>Move it aside and start fresh</source>
        <translation>Le mettre de côté et repartir de zéro</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>desktop-llm cannot start</source>
        <translation>desktop-llm ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Moving it aside keeps the file, renamed with “.broken-” and the date, next to the new one.</source>
        <translation>Le mettre de côté conserve le fichier, renommé avec « .broken- » et la date, à côté du nouveau.</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>Les détails sont dans {file}.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>aucun détecté</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>absent de cette version</translation>
    </message>
    <message>
        <source>Runs language models entirely on this computer.</source>
        <translation>Exécute les modèles de langage entièrement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>llama-cpp-python {version} · backend {backend} · GPU offload {offload}</source>
        <translation>llama-cpp-python {version} · moteur {backend} · déchargement GPU : {offload}</translation>
    </message>
    <message>
        <source>GPU: {gpu} · RAM: {ram}</source>
        <translation>GPU : {gpu} · RAM : {ram}</translation>
    </message>
    <message>
        <source>{folder}: {path}</source>
        <translation>{folder} : {path}</translation>
    </message>
    <message>
        <source>About desktop-llm</source>
        <translation>À propos de desktop-llm</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d’écrire {path} : {error}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Where downloaded models go. A change applies after a restart; models already downloaded stay where they are.</source>
        <translation>L’emplacement des modèles téléchargés. Un changement s’applique après un redémarrage ; les modèles déjà téléchargés restent où ils sont.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>Model source</source>
        <translation>Source des modèles</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>-1: every layer that fits on the GPU; 0: CPU only</source>
        <translation>-1 : toutes les couches qui tiennent sur le GPU ; 0 : CPU uniquement</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>0: automatic</source>
        <translation>0 : automatique</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Telemetry: none. desktop-llm sends nothing anywhere; it only contacts the model source (Hugging Face or your mirror) when you search or download a model.</source>
        <translation>Télémétrie : aucune. desktop-llm n’envoie rien nulle part ; il ne contacte la source des modèles (Hugging Face ou votre miroir) que lorsque vous cherchez ou téléchargez un modèle.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time desktop-llm starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de desktop-llm.</translation>
    </message>
    <message>
        <source>Where Discover searches and downloads models: Hugging Face, or a mirror of it (such as https://hf-mirror.com) where huggingface.co cannot be reached.</source>
        <translation>Où Découvrir cherche et télécharge les modèles : Hugging Face, ou un miroir (comme https://hf-mirror.com) si huggingface.co est inaccessible.</translation>
    </message>
    <message>
        <source>Test the model source</source>
        <translation>Tester la source des modèles</translation>
    </message>
    <message>
        <source>Ask this address for one model, as a search would</source>
        <translation>Demander un modèle à cette adresse, comme le ferait une recherche</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment, so every request goes to {address}. Unset it to choose the source here.</source>
        <translation>HF_ENDPOINT est défini dans l’environnement : toutes les requêtes vont donc à {address}. Supprimez-le pour choisir la source ici.</translation>
    </message>
    <message>
        <source>Hugging Face, or a mirror of it such as https://hf-mirror.com.</source>
        <translation>Hugging Face, ou un miroir comme https://hf-mirror.com.</translation>
    </message>
    <message>
        <source>Model source error</source>
        <translation>Erreur de la source des modèles</translation>
    </message>
    <message>
        <source>Model source test</source>
        <translation>Test de la source des modèles</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Asking {address} for a model…</source>
        <translation>Demande d’un modèle à {address}…</translation>
    </message>
    <message>
        <source>OK: {message}</source>
        <translation>OK : {message}</translation>
    </message>
    <message>
        <source>Folder for downloaded models</source>
        <translation>Dossier des modèles téléchargés</translation>
    </message>
    <message>
        <source>{folder}  (after a restart)</source>
        <translation>{folder}  (après un redémarrage)</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start desktop-llm.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de desktop-llm.</translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation>Page {title}</translation>
    </message>
    <message>
        <source>a capable 7B model</source>
        <translation>un modèle 7B performant</translation>
    </message>
    <message>
        <source>a good 3B all-rounder</source>
        <translation>un bon modèle 3B polyvalent</translation>
    </message>
    <message>
        <source>a small but useful 1B model</source>
        <translation>un petit modèle 1B mais utile</translation>
    </message>
    <message>
        <source>a capable 7B model, fluent in Chinese and English</source>
        <translation>un modèle 7B performant, qui maîtrise le chinois et l’anglais</translation>
    </message>
    <message>
        <source>a good 3B all-rounder, fluent in Chinese and English</source>
        <translation>un bon modèle 3B polyvalent, qui maîtrise le chinois et l’anglais</translation>
    </message>
    <message>
        <source>a small but useful 1.5B model that writes Chinese well</source>
        <translation>un petit modèle 1,5B mais utile, qui écrit bien le chinois</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it must start with https:// (or http://)</source>
        <translation>« {address} » n’est pas une adresse web : elle doit commencer par https:// (ou http://)</translation>
    </message>
    <message>
        <source>“{address}” is not a valid web address ({error})</source>
        <translation>« {address} » n’est pas une adresse web valide ({error})</translation>
    </message>
    <message>
        <source>“{address}” uses {scheme}://; a model source must be an http:// or https:// address</source>
        <translation>« {address} » utilise {scheme}:// ; une source de modèles doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>“{address}” names no server</source>
        <translation>« {address} » ne nomme aucun serveur</translation>
    </message>
    <message>
        <source>“{address}” contains a space</source>
        <translation>« {address} » contient un espace</translation>
    </message>
    <message>
        <source>“{address}” has a query or a fragment (after ? or #); give the server&apos;s address only</source>
        <translation>« {address} » contient une requête ou un fragment (après ? ou #) ; indiquez seulement l’adresse du serveur</translation>
    </message>
    <message>
        <source>put no user name or password in the address; use a token (HF_TOKEN) instead</source>
        <translation>ne mettez ni nom d’utilisateur ni mot de passe dans l’adresse ; utilisez plutôt un jeton (HF_TOKEN)</translation>
    </message>
</context>
</TS>
