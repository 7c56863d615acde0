<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>{kind}: {error}

The app keeps running. Details are in {log}.</source>
        <translation>{kind} : {error}

L’application continue de fonctionner. Détails dans {log}.</translation>
    </message>
    <message>
        <source>desktop-llm</source>
        <translation>desktop-llm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translation>Paramètres non enregistrés : {error}</translation>
    </message>
    <message>
        <source>No model in the library yet.</source>
        <translation>Aucun modèle dans la bibliothèque pour l’instant.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Chargement de {name}…</translation>
    </message>
    <message>
        <source>{offloaded}/{layers} layers on GPU</source>
        <translation>{offloaded}/{layers} couches sur le GPU</translation>
    </message>
    <message>
        <source>no GPU offload</source>
        <translation>pas de déchargement GPU</translation>
    </message>
    <message>
        <source>Backend: {backend} ({gpu})</source>
        <translation>Moteur : {backend} ({gpu})</translation>
    </message>
    <message>
        <source>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Model {size}, engine memory {memory}, loaded in {ms} ms</source>
        <translation>llama.cpp {version} · {backend} · {gpu}&lt;br&gt;Modèle {size}, mémoire du moteur {memory}, chargé en {ms} ms</translation>
    </message>
    <message>
        <source>Ready: {name} · context {n_ctx}</source>
        <translation>Prêt : {name} · contexte {n_ctx}</translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation>Impossible de charger {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>Dis&amp;cussion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as Markdown with &amp;reasoning…</source>
        <translation>Exporter en Markdown avec le &amp;raisonnement…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>Other servers: vLLM, llama-server, Ollama, LM Studio, a hosted provider</source>
        <translation>Autres serveurs : vLLM, llama-server, Ollama, LM Studio, un fournisseur hébergé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <source>Searc&amp;h chats</source>
        <translation>&amp;Chercher dans les discussions</translation>
    </message>
    <message>
        <source>Rena&amp;me chat…</source>
        <translation>Reno&amp;mmer la discussion…</translation>
    </message>
    <message>
        <source>&amp;Delete chat…</source>
        <translation>&amp;Supprimer la discussion…</translation>
    </message>
    <message>
        <source>Chat &amp;settings panel</source>
        <translation>&amp;Paramètres de la discussion</translation>
    </message>
    <message>
        <source>&amp;About desktop-llm</source>
        <translation>À &amp;propos de desktop-llm</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Chat settings (F9)</source>
        <translation>Paramètres de la discussion (F9)</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Paramètres de la discussion</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>Chercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Chercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>No chat matches “{words}”.</source>
        <translation>Aucune discussion ne correspond à « {words} ».</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>Supprimer « {title} » et tous ses messages ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model that answers in chat: click to search your models</source>
        <translation>Le modèle qui répond dans la discussion : cliquez pour chercher parmi vos modèles</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>on {connection} · {state}</source>
        <translation>sur {connection} · {state}</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accessible</translation>
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
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>It should run comfortably.</source>
        <translation>Il devrait fonctionner confortablement.</translation>
    </message>
    <message>
        <source>It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM).</source>
        <translation>Il devrait se charger, mais lentement ou avec peu de marge (en partie sur le CPU, ou la majeure partie de la RAM).</translation>
    </message>
    <message>
        <source>It is unlikely to load on this computer.</source>
        <translation>Il a peu de chances de se charger sur cet ordinateur.</translation>
    </message>
    <message>
        <source>About {needed} needed with a default context, {available} available. {verdict}</source>
        <translation>Environ {needed} nécessaires avec le contexte par défaut, {available} disponibles. {verdict}</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Chercher des modèles</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Find more models in Discover</source>
        <translation>Trouver d’autres modèles dans Découvrir</translation>
    </message>
    <message>
        <source>No model matches “{words}”. Discover finds models to download.</source>
        <translation>Aucun modèle ne correspond à « {words} ». Découvrir trouve des modèles à télécharger.</translation>
    </message>
    <message>
        <source>fits</source>
        <comment>fit badge</comment>
        <translation>adapté</translation>
    </message>
    <message>
        <source>tight</source>
        <comment>fit badge</comment>
        <translation>juste</translation>
    </message>
    <message>
        <source>too big</source>
        <comment>fit badge</comment>
        <translation>trop gros</translation>
    </message>
    <message>
        <source>Last message: {when}</source>
        <translation>Dernier message : {when}</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>erreur inattendue : {kind} : {error}</translation>
    </message>
</context>
</TS>
