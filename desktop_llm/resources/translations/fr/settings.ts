<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name />
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
            <source>For this chat only. Empty: the model's own default.</source>
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
            <translation>Température : plus elle est haute, plus c'est varié ; 0 choisit toujours le plus probable</translation>
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
            <translation>Oublier vos modifications pour ce modèle : l'échantillonnage et le chargement reviennent à ce que recommande le fichier du modèle ou sa famille</translation>
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
            <translation>Aucun modèle chargé pour l'instant.</translation>
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
            <source>{name}'s settings: {source}</source>
            <translation>Paramètres de {name} : {source}</translation>
        </message>
        <message>
            <source>{name}'s published default</source>
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
            <source>the family's published default</source>
            <translation>valeur publiée de la famille</translation>
        </message>
        <message>
            <source>your setting for all models</source>
            <translation>votre réglage pour tous les modèles</translation>
        </message>
        <message>
            <source>desktop-llm's default</source>
            <translation>valeur par défaut de desktop-llm</translation>
        </message>
        <message>
            <source>the model file</source>
            <translation>le fichier du modèle</translation>
        </message>
        <message>
            <source>{name}'s published defaults</source>
            <translation>les valeurs publiées par {name}</translation>
        </message>
        <message>
            <source>your changes</source>
            <translation>vos modifications</translation>
        </message>
        <message>
            <source>Based on desktop-llm's defaults</source>
            <translation>D'après les valeurs par défaut de desktop-llm</translation>
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
            <translation>D'après {sources}</translation>
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
            <translation>Permettre à d'autres programmes (Continue, Open WebUI, scripts utilisant la bibliothèque openai ou anthropic) d'utiliser vos modèles via une API compatible OpenAI et Anthropic.</translation>
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
            <translation>Copier l'URL de base</translation>
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
            <translation>Créer une nouvelle clé ; les programmes utilisant l'ancienne devront recevoir la nouvelle</translation>
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
            <translation>Décharger un modèle chargé par le serveur pour une requête après cette durée d'inactivité</translation>
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
            <source>The chat's model</source>
            <translation>Le modèle de la conversation</translation>
        </message>
        <message>
            <source>{name} (not in the library)</source>
            <translation>{name} (absent de la bibliothèque)</translation>
        </message>
        <message>
            <source>A new API key was made: the old one no longer works</source>
            <translation>Une nouvelle clé API a été créée : l'ancienne ne fonctionne plus</translation>
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
            <translation>n'importe quel texte (aucune clé n'est demandée sur cet ordinateur)</translation>
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
            <translation>Démarrez-le pour que d'autres programmes utilisent vos modèles ; leurs requêtes apparaîtront ici.</translation>
        </message>
        <message>
            <source>No requests yet</source>
            <translation>Aucune requête pour l'instant</translation>
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
            <translation>Point d'accès</translation>
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
            <translation>le fichier du modèle n'a pas pu être lu : {error}</translation>
        </message>
        <message>
            <source>the model file's header could not be read: {error}</source>
            <translation>l'en-tête du fichier du modèle n'a pas pu être lu : {error}</translation>
        </message>
    </context>
</TS>
