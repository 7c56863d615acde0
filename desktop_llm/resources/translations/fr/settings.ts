<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Précis</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Déterministe</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>For this chat only. Empty: the model&apos;s own default.</source>
        <translation>Pour cette conversation seulement. Vide : la valeur par défaut du modèle.</translation>
    </message>
    <message>
        <source>You are a helpful assistant…</source>
        <translation>Tu es un assistant serviable…</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>Utiliser ce prompt</translation>
    </message>
    <message>
        <source>Save this system prompt for this chat: its next replies follow it</source>
        <translation>Enregistrer ce prompt système pour cette conversation : les prochaines réponses le suivront</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Model defaults</source>
        <translation>Valeurs par défaut du modèle</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>A named set of the values below; changing a value makes it Custom</source>
        <translation>Un ensemble nommé des valeurs ci-dessous ; modifier une valeur le rend Personnalisé</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Temperature: higher is more varied, 0 always picks the likeliest</source>
        <translation>Température : plus elle est haute, plus c&apos;est varié ; 0 choisit toujours le plus probable</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Top-k: consider only the k likeliest tokens (0: all)</source>
        <translation>Top-k : ne considérer que les k tokens les plus probables (0 : tous)</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-p: smallest set of tokens whose probabilities add up to p</source>
        <translation>Top-p : plus petit ensemble de tokens dont les probabilités totalisent p</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Min-p: drop tokens below this fraction of the likeliest</source>
        <translation>Min-p : écarter les tokens sous cette fraction du plus probable</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1 discourages repetition</source>
        <translation>Pénalité de répétition : au-dessus de 1, décourage les répétitions</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>Réponse la plus longue, en tokens</translation>
    </message>
    <message>
        <source>Max reply tokens</source>
        <translation>Tokens max. par réponse</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>Random seed (-1: different every time)</source>
        <translation>Graine aléatoire (-1 : différente à chaque fois)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Forget your changes for this model: sampling and loading go back to what the model file or its family recommends</source>
        <translation>Oublier vos modifications pour ce modèle : l&apos;échantillonnage et le chargement reviennent à ce que recommande le fichier du modèle ou sa famille</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <source>Takes effect when the model is loaded again.</source>
        <translation>Prend effet au prochain chargement du modèle.</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>Fenêtre de contexte en tokens</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the chat the model sees</source>
        <translation>Fenêtre de contexte en tokens : la part de la conversation que voit le modèle</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>Layers on the GPU</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <source>Layers on the GPU (-1: all that fit, 0: CPU only)</source>
        <translation>Couches sur le GPU (-1 : toutes celles qui tiennent, 0 : CPU seulement)</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Faster and leaner attention where the backend supports it</source>
        <translation>Attention plus rapide et plus économe, là où le backend la prend en charge</translation>
    </message>
    <message>
        <source>KV-cache precision: q8_0 and q4_0 save memory (q4_0 needs flash attention)</source>
        <translation>Précision du cache KV : q8_0 et q4_0 économisent la mémoire (q4_0 exige Flash Attention)</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>Type de cache KV</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>CPU threads (0: automatic)</source>
        <translation>Threads CPU (0 : automatique)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Requêtes parallèles</translation>
    </message>
    <message>
        <source>Requests answered at once (the API server&apos;s clients, a document&apos;s pieces): each holds a whole context window of memory</source>
        <translation>Requêtes traitées simultanément (les clients du serveur API, les morceaux d’un document) : chacune occupe la mémoire d’une fenêtre de contexte entière</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>Recharger le modèle</translation>
    </message>
    <message>
        <source>Load the model again with these settings</source>
        <translation>Recharger le modèle avec ces paramètres</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>No model loaded yet.</source>
        <translation>Aucun modèle chargé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Engine information</source>
        <translation>Informations sur le moteur</translation>
    </message>
    <message>
        <source>Source of {name}</source>
        <translation>Origine de {name}</translation>
    </message>
    <message>
        <source>{title} section</source>
        <translation>Section {title}</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to collapse</source>
        <translation>{title} : clic, Espace ou Entrée pour replier</translation>
    </message>
    <message>
        <source>{title}: click, Space or Enter to expand</source>
        <translation>{title} : clic, Espace ou Entrée pour déplier</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>déplié</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>replié</translation>
    </message>
    <message>
        <source>{name}&apos;s settings: {source}</source>
        <translation>Paramètres de {name} : {source}</translation>
    </message>
    <message>
        <source>{name}&apos;s published default</source>
        <translation>valeur publiée par {name}</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>votre modification</translation>
    </message>
    <message>
        <source>from the model file</source>
        <translation>du fichier du modèle</translation>
    </message>
    <message>
        <source>the family&apos;s published default</source>
        <translation>valeur publiée de la famille</translation>
    </message>
    <message>
        <source>your setting for all models</source>
        <translation>votre réglage pour tous les modèles</translation>
    </message>
    <message>
        <source>desktop-llm&apos;s default</source>
        <translation>valeur par défaut de desktop-llm</translation>
    </message>
    <message>
        <source>the model file</source>
        <translation>le fichier du modèle</translation>
    </message>
    <message>
        <source>{name}&apos;s published defaults</source>
        <translation>les valeurs publiées par {name}</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>vos modifications</translation>
    </message>
    <message>
        <source>Based on desktop-llm&apos;s defaults</source>
        <translation>D&apos;après les valeurs par défaut de desktop-llm</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first}, {second} et {third}</translation>
    </message>
    <message>
        <source>Based on {sources}</source>
        <translation>D&apos;après {sources}</translation>
    </message>
    <message>
        <source>Anyone on your network with the API key can use the model and read its answers: turn this on only on a network you trust, such as your home; never on public Wi-Fi.</source>
        <translation>Toute personne sur votre réseau disposant de la clé API peut utiliser le modèle et lire ses réponses : activez ceci uniquement sur un réseau de confiance, comme chez vous ; jamais sur un Wi-Fi public.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Running at {url}</source>
        <translation>En service à {url}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Let other programs (Continue, Open WebUI, scripts using the openai or anthropic library) use your models through an OpenAI- and Anthropic-compatible API.</source>
        <translation>Permettre à d&apos;autres programmes (Continue, Open WebUI, scripts utilisant la bibliothèque openai ou anthropic) d&apos;utiliser vos modèles via une API compatible OpenAI et Anthropic.</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Démarrer le serveur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copier l&apos;URL de base</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>URL de base copiée</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copier la clé API</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>Clé API copiée</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Make a new key; programs using the old one must be given the new one</source>
        <translation>Créer une nouvelle clé ; les programmes utilisant l&apos;ancienne devront recevoir la nouvelle</translation>
    </message>
    <message>
        <source>Ask for the key on this computer too</source>
        <translation>Exiger la clé aussi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Beyond this computer the key is always required</source>
        <translation>Depuis un autre ordinateur, la clé est toujours exigée</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Serve on the local network</source>
        <translation>Servir sur le réseau local</translation>
    </message>
    <message>
        <source>none: web pages cannot call the server (e.g. http://localhost:3000)</source>
        <translation>aucune : les pages web ne peuvent pas appeler le serveur (p. ex. http://localhost:3000)</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server from a browser, separated by commas; * allows every page</source>
        <translation>Pages web autorisées à appeler le serveur depuis un navigateur, séparées par des virgules ; * autorise toutes les pages</translation>
    </message>
    <message>
        <source>Model that answers</source>
        <translation>Modèle qui répond</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Unload a model the server loaded for a request after it went unused this long</source>
        <translation>Décharger un modèle chargé par le serveur pour une requête après cette durée d&apos;inactivité</translation>
    </message>
    <message>
        <source>Allowed web pages (CORS)</source>
        <translation>Pages web autorisées (CORS)</translation>
    </message>
    <message>
        <source>Unload idle models after</source>
        <translation>Décharger les modèles inactifs après</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>The chat&apos;s model</source>
        <translation>Le modèle de la conversation</translation>
    </message>
    <message>
        <source>{name} (not in the library)</source>
        <translation>{name} (absent de la bibliothèque)</translation>
    </message>
    <message>
        <source>A new API key was made: the old one no longer works</source>
        <translation>Une nouvelle clé API a été créée : l&apos;ancienne ne fonctionne plus</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Arrêter le serveur</translation>
    </message>
    <message>
        <source>the API key above</source>
        <translation>la clé API ci-dessus</translation>
    </message>
    <message>
        <source>any text (no key is asked for on this computer)</source>
        <translation>n&apos;importe quel texte (aucune clé n&apos;est demandée sur cet ordinateur)</translation>
    </message>
    <message>
        <source>In a client, set the base URL to {url} and the API key to {key}. Models are named by their file name without .gguf (GET /v1/models lists them).</source>
        <translation>Dans un client, indiquez {url} comme URL de base et {key} comme clé API. Les modèles portent le nom de leur fichier sans .gguf (GET /v1/models les liste).</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>Le serveur est arrêté</translation>
    </message>
    <message>
        <source>Start it to let other programs use your models; their requests appear here.</source>
        <translation>Démarrez-le pour que d&apos;autres programmes utilisent vos modèles ; leurs requêtes apparaîtront ici.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aucune requête pour l&apos;instant</translation>
    </message>
    <message>
        <source>Point a client at {url}: each request it makes appears here with its model, tokens and time.</source>
        <translation>Dirigez un client vers {url} : chacune de ses requêtes apparaît ici avec son modèle, ses tokens et sa durée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>the model file could not be read: {error}</source>
        <translation>le fichier du modèle n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>the model file&apos;s header could not be read: {error}</source>
        <translation>l&apos;en-tête du fichier du modèle n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n tool(s)</source>
        <translation>
            <numerusform>Prêt · %n outil</numerusform>
            <numerusform>Prêt · %n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>Outils et serveurs MCP</translation>
    </message>
    <message>
        <source>Tools the model may call in a chat, once you switch them on under the message box. Every call asks you first; a tool that only reads may be allowed always.</source>
        <translation>Outils que le modèle peut appeler dans une discussion, une fois que vous les activez sous la zone de message. Chaque appel vous est d’abord soumis ; un outil qui ne fait que lire peut être toujours autorisé.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Commande ou adresse</translation>
    </message>
    <message>
        <source>What the server wrote to stderr</source>
        <translation>Ce que le serveur a écrit sur stderr</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open mcp.json</source>
        <translation>&amp;Ouvrir mcp.json</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Apply mcp.json as it is now: the servers are stopped and started again</source>
        <translation>Appliquer mcp.json tel qu’il est maintenant : les serveurs sont arrêtés puis redémarrés</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <source>This tool only reads: let it run without asking</source>
        <translation>Cet outil ne fait que lire : le laisser s’exécuter sans demander</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>Toujours autoriser {tool}</translation>
    </message>
    <message>
        <source>Asks every time</source>
        <translation>Demande à chaque fois</translation>
    </message>
    <message>
        <source>This tool can change things: every call asks you first</source>
        <translation>Cet outil peut modifier des choses : chaque appel vous est d’abord soumis</translation>
    </message>
    <message>
        <source>Status of {name}: {status}</source>
        <translation>Statut de {name} : {status}</translation>
    </message>
    <message>
        <source>Saving {name} and starting it…</source>
        <translation>Enregistrement et démarrage de {name}…</translation>
    </message>
    <message>
        <source>Remove MCP server</source>
        <translation>Retirer le serveur MCP</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from mcp.json? Its tools leave every chat.</source>
        <translation>Retirer « {name} » de mcp.json ? Ses outils disparaissent de toutes les discussions.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>Démarrage de {name}…</translation>
    </message>
    <message>
        <source>Reading mcp.json and starting its servers again…</source>
        <translation>Lecture de mcp.json et redémarrage de ses serveurs…</translation>
    </message>
    <message>
        <source>No editor opened {path}; open it yourself, then press Reload.</source>
        <translation>Aucun éditeur n’a ouvert {path} ; ouvrez-le vous-même, puis cliquez sur « Recharger ».</translation>
    </message>
    <message>
        <source>&amp;Tools and MCP servers…</source>
        <translation>&amp;Outils et serveurs MCP…</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>Modifier le serveur MCP</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>Its tools are offered as &lt;name&gt;__&lt;tool&gt;</source>
        <translation>Ses outils sont proposés sous la forme &lt;nom&gt;__&lt;outil&gt;</translation>
    </message>
    <message>
        <source>Command (runs on this computer)</source>
        <translation>Commande (s’exécute sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Address (Streamable HTTP)</source>
        <translation>Adresse (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Separated by spaces; quote an argument that holds spaces</source>
        <translation>Séparés par des espaces ; mettez entre guillemets un argument qui contient des espaces</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>Give the command that starts the server.</source>
        <translation>Indiquez la commande qui démarre le serveur.</translation>
    </message>
    <message>
        <source>The arguments cannot be read: {error}</source>
        <translation>Impossible de lire les arguments : {error}</translation>
    </message>
    <message>
        <source>Environment, line {line}: write NAME=value</source>
        <translation>Environnement, ligne {line} : écrivez NOM=valeur</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>L’adresse doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>Headers, line {line}: write Name: value</source>
        <translation>En-têtes, ligne {line} : écrivez Nom: valeur</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>{path} is larger than 1 MB; it is probably not an MCP servers file</source>
        <translation>{path} dépasse 1 Mo ; ce n’est probablement pas un fichier de serveurs MCP</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>{path} n’est pas un JSON valide : {error} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object with &quot;mcpServers&quot;</source>
        <translation>{path} doit contenir un objet JSON avec &quot;mcpServers&quot;</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in {path} must be an object of servers by name</source>
        <translation>&quot;mcpServers&quot; dans {path} doit être un objet de serveurs indexés par nom</translation>
    </message>
    <message>
        <source>An MCP server has an empty name</source>
        <translation>Un serveur MCP a un nom vide</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; must be an object</source>
        <translation>Le serveur MCP « {name} » doit être un objet</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: transport &quot;{kind}&quot; is not supported (use stdio or Streamable HTTP)</source>
        <translation>Serveur MCP « {name} » : le transport « {kind} » n’est pas pris en charge (utilisez stdio ou Streamable HTTP)</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; has both &quot;command&quot; and &quot;url&quot;; keep one</source>
        <translation>Le serveur MCP « {name} » a à la fois &quot;command&quot; et &quot;url&quot; ; gardez-en un seul</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot; needs &quot;command&quot; (a program to run) or &quot;url&quot;</source>
        <translation>Le serveur MCP « {name} » a besoin de &quot;command&quot; (un programme à exécuter) ou de &quot;url&quot;</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;url&quot; must start with http:// or https://</source>
        <translation>Serveur MCP « {name} » : &quot;url&quot; doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be non-empty text</source>
        <translation>Serveur MCP « {name} » : &quot;{key}&quot; doit être un texte non vide</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be true or false</source>
        <translation>Serveur MCP « {name} » : &quot;{key}&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be a list of texts</source>
        <translation>Serveur MCP « {name} » : &quot;{key}&quot; doit être une liste de textes</translation>
    </message>
    <message>
        <source>MCP server &quot;{name}&quot;: &quot;{key}&quot; must be an object of texts</source>
        <translation>Serveur MCP « {name} » : &quot;{key}&quot; doit être un objet dont les valeurs sont des textes</translation>
    </message>
    <message>
        <source>Two MCP servers are named &quot;{name}&quot;</source>
        <translation>Deux serveurs MCP s’appellent « {name} »</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d’écrire {path} : {error}</translation>
    </message>
    <message>
        <source>it did not answer within {seconds} seconds</source>
        <translation>il n’a pas répondu en {seconds} secondes</translation>
    </message>
    <message>
        <source>it stopped: {error}</source>
        <translation>il s’est arrêté : {error}</translation>
    </message>
    <message>
        <source>it stopped before it was ready: {error}</source>
        <translation>il s’est arrêté avant d’être prêt : {error}</translation>
    </message>
    <message>
        <source>the server process exited</source>
        <translation>le processus du serveur s’est terminé</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; is not available: {reason}</source>
        <translation>Le serveur MCP « {server} » n’est pas disponible : {reason}</translation>
    </message>
    <message>
        <source>{name} did not finish within {seconds} seconds</source>
        <translation>{name} ne s’est pas terminé en {seconds} secondes</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; stopped during the call: {error}</source>
        <translation>Le serveur MCP « {server} » s’est arrêté pendant l’appel : {error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; answered an error: {error}</source>
        <translation>Le serveur MCP « {server} » a répondu par une erreur : {error}</translation>
    </message>
    <message>
        <source>The MCP server &quot;{server}&quot; failed during the call: {error}</source>
        <translation>Le serveur MCP « {server} » a échoué pendant l’appel : {error}</translation>
    </message>
    <message>
        <source>the connection was lost: {error}</source>
        <translation>la connexion a été perdue : {error}</translation>
    </message>
    <message>
        <source>The MCP servers were shut down</source>
        <translation>Les serveurs MCP ont été arrêtés</translation>
    </message>
    <message>
        <source>The call to {name} was stopped</source>
        <translation>L’appel à {name} a été arrêté</translation>
    </message>
    <message>
        <source>The MCP tool &quot;{tool}&quot; of server &quot;{server}&quot; failed: {error}</source>
        <translation>L’outil MCP « {tool} » du serveur « {server} » a échoué : {error}</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;{name}&quot; any more</source>
        <translation>Il n’y a plus de serveur MCP nommé « {name} »</translation>
    </message>
    <message>
        <source>An MCP server named &quot;{name}&quot; already exists</source>
        <translation>Un serveur MCP nommé « {name} » existe déjà</translation>
    </message>
    <message>
        <source>the expression is over {limit} characters</source>
        <translation>l’expression dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the expression is not valid arithmetic ({problem})</source>
        <translation>l’expression n’est pas un calcul valide ({problem})</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <source>the result is too large to compute</source>
        <translation>le résultat est trop grand pour être calculé</translation>
    </message>
    <message>
        <source>cannot compute this: {problem}</source>
        <translation>calcul impossible : {problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in a calculation (numbers, + - * / // % **, parentheses and math functions only)</source>
        <translation>{what} n’est pas autorisé dans un calcul (uniquement des nombres, + - * / // % **, des parenthèses et des fonctions mathématiques)</translation>
    </message>
    <message>
        <source>no documents are attached to this chat</source>
        <translation>aucun document n’est associé à cette discussion</translation>
    </message>
    <message>
        <source>the search failed: {error}</source>
        <translation>la recherche a échoué : {error}</translation>
    </message>
    <message>
        <source>there is no passage {number} in the documents attached to this chat</source>
        <translation>il n’y a pas de passage {number} dans les documents associés à cette discussion</translation>
    </message>
    <message>
        <source>no folders are shared with this chat</source>
        <translation>aucun dossier n’est partagé avec cette discussion</translation>
    </message>
    <message>
        <source>the path holds a NUL character</source>
        <translation>le chemin contient un caractère NUL</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n’existe pas</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}</source>
        <translation>impossible d’ouvrir {path} : {problem}</translation>
    </message>
    <message>
        <source>{path} is outside the folders shared with this chat ({folders})</source>
        <translation>{path} est en dehors des dossiers partagés avec cette discussion ({folders})</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder (read it with read_file)</source>
        <translation>{path} est un fichier, pas un dossier (lisez-le avec read_file)</translation>
    </message>
    <message>
        <source>{path} cannot be listed: {problem}</source>
        <translation>impossible de lister {path} : {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file (list it with list_folder)</source>
        <translation>{path} est un dossier, pas un fichier (listez-le avec list_folder)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>impossible de lire {name} : {error}</translation>
    </message>
    <message>
        <source>{name} is not a text file</source>
        <translation>{name} n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>impossible de lire {name} : {problem}</translation>
    </message>
    <message>
        <source>the code to run is missing: pass it as the string argument &quot;code&quot;</source>
        <translation>le code à exécuter est manquant : passez-le dans l’argument de type chaîne &quot;code&quot;</translation>
    </message>
    <message>
        <source>the code is over {limit} characters</source>
        <translation>le code dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the user stopped the Python code{output}</source>
        <translation>l’utilisateur a arrêté le code Python{output}</translation>
    </message>
    <message>
        <source>the Python code ran for more than {seconds} seconds and was stopped{output}</source>
        <translation>le code Python a tourné plus de {seconds} secondes et a été arrêté{output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the memory limit of the sandbox ({megabytes} MB){output}</source>
        <translation>le code Python a été arrêté à la limite de mémoire du bac à sable ({megabytes} Mo){output}</translation>
    </message>
    <message>
        <source>the Python code was stopped at the CPU time limit of the sandbox ({seconds} seconds){output}</source>
        <translation>le code Python a été arrêté à la limite de temps CPU du bac à sable ({seconds} secondes){output}</translation>
    </message>
    <message>
        <source>the sandbox could not run the code{output}</source>
        <translation>le bac à sable n’a pas pu exécuter le code{output}</translation>
    </message>
    <message>
        <source>the sandbox&apos;s scratch folder {folder} cannot be used ({problem})</source>
        <translation>impossible d’utiliser le dossier de travail {folder} du bac à sable ({problem})</translation>
    </message>
    <message>
        <source>the Python sandbox could not start ({problem})</source>
        <translation>le bac à sable Python n’a pas pu démarrer ({problem})</translation>
    </message>
</context>
</TS>
