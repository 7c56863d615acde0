<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Long chats leave out their oldest messages first; the system prompt stays.</source>
        <translation>Les longues discussions omettent d’abord les messages les plus anciens ; le prompt système reste.</translation>
    </message>
    <message>
        <source>When a chat outgrows the context, the oldest messages are left out (the system prompt stays).</source>
        <translation>Quand une discussion dépasse le contexte, les messages les plus anciens sont omis (le prompt système reste).</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>LoRA: {names}</source>
        <translation>LoRA : {names}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>cut at the length limit</source>
        <translation>coupée à la limite de longueur</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptateur</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view (the system prompt was kept).</source>
        <translation>
            <numerusform>%n message plus ancien ne tenait pas dans la fenêtre de contexte et n’a pas été montré au modèle (le prompt système a été conservé).</numerusform>
            <numerusform>%n messages plus anciens ne tenaient pas dans la fenêtre de contexte et n’ont pas été montrés au modèle (le prompt système a été conservé).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) did not fit in the context window and were left out of the model&apos;s view.</source>
        <translation>
            <numerusform>%n message plus ancien ne tenait pas dans la fenêtre de contexte et n’a pas été montré au modèle.</numerusform>
            <numerusform>%n messages plus anciens ne tenaient pas dans la fenêtre de contexte et n’ont pas été montrés au modèle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>The engine log&apos;s lines about this error</source>
        <translation>Les lignes du journal du moteur sur cette erreur</translation>
    </message>
    <message>
        <source>Think: on</source>
        <translation>Réflexion : activée</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>Réfléchir avant de répondre</translation>
    </message>
    <message>
        <source>Let the model reason before it answers (its template&apos;s enable_thinking); remembered for this model</source>
        <translation>Laisser le modèle raisonner avant de répondre (enable_thinking de son modèle de chat) ; mémorisé pour ce modèle</translation>
    </message>
    <message>
        <source>Think: off</source>
        <translation>Réflexion : désactivée</translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation>Journal du moteur</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Images jointes</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>À propos des images</translation>
    </message>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>Joindre des images (ou les déposer ou les coller ici)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Message the model (Shift+Enter: new line)</source>
        <translation>Message au modèle (Maj+Entrée : nouvelle ligne)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Entrée envoie ; Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Summarize a text</source>
        <translation>Résumer un texte</translation>
    </message>
    <message>
        <source>Summarize the following text in a few bullet points:

</source>
        <translation>Résume le texte suivant en quelques points :

</translation>
    </message>
    <message>
        <source>Explain a concept simply</source>
        <translation>Expliquer simplement un concept</translation>
    </message>
    <message>
        <source>Explain, simply and with an everyday example, how </source>
        <translation>Explique simplement, avec un exemple de la vie courante, comment </translation>
    </message>
    <message>
        <source>Write a Python function…</source>
        <translation>Écrire une fonction Python…</translation>
    </message>
    <message>
        <source>Write a Python function that </source>
        <translation>Écris une fonction Python qui </translation>
    </message>
    <message>
        <source>Translate into French…</source>
        <translation>Traduire en anglais…</translation>
    </message>
    <message>
        <source>Translate into French:

</source>
        <translation>Traduis en anglais :

</translation>
    </message>
    <message>
        <source>How can I help you today?</source>
        <translation>Comment puis-je vous aider aujourd’hui ?</translation>
    </message>
    <message>
        <source>Everything you type stays on this computer.</source>
        <translation>Tout ce que vous saisissez reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Loading {name}… {private}</source>
        <translation>Chargement de {name}… {private}</translation>
    </message>
    <message>
        <source>{name} is loaded and ready. {private}</source>
        <translation>{name} est chargé et prêt. {private}</translation>
    </message>
    <message>
        <source>No model is loaded yet: pick one in the toolbar. {private}</source>
        <translation>Aucun modèle n’est encore chargé : choisissez-en un dans la barre d’outils. {private}</translation>
    </message>
    <message>
        <source>Start a message: “{text}”</source>
        <translation>Commencer un message : « {text} »</translation>
    </message>
    <message>
        <source>Example: {label}</source>
        <translation>Exemple : {label}</translation>
    </message>
    <message>
        <source>Puts the start of this prompt in the message box</source>
        <translation>Place le début de ce prompt dans la zone de message</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>Message de l’assistant</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Message système</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>Modifier ce message et le renvoyer</translation>
    </message>
    <message>
        <source>Write a new reply (this one is kept)</source>
        <translation>Écrire une nouvelle réponse (celle-ci est conservée)</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>(no reply: see the error above)</source>
        <translation>(pas de réponse : voir le message d’erreur)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>Garder le message tel quel (Échap)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send</source>
        <translation>Enregistrer &amp;&amp; envoyer</translation>
    </message>
    <message>
        <source>Send the edited message as a new version (Ctrl+Enter)</source>
        <translation>Envoyer le message modifié comme nouvelle version (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>{language} code</source>
        <translation>Code {language}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>Réflexion : {seconds} s</translation>
    </message>
    <message>
        <source>Thought for {minutes} min {seconds} s</source>
        <translation>Réflexion : {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Reasoning text</source>
        <translation>Texte du raisonnement</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>{label} (expanded)</source>
        <translation>{label} (développé)</translation>
    </message>
    <message>
        <source>{label} (collapsed)</source>
        <translation>{label} (replié)</translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation>Masquer le raisonnement du modèle</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Afficher le raisonnement du modèle</translation>
    </message>
    <message>
        <source>Writing a reply…</source>
        <translation>Rédaction de la réponse…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Démarrage du moteur…</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens par seconde</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
    <message>
        <source>%v / %m context tokens</source>
        <translation>%v / %m tokens de contexte</translation>
    </message>
    <message>
        <source>Tokens of the context window the open chat takes, as the model sees it</source>
        <translation>Tokens de la fenêtre de contexte qu’occupe la discussion ouverte, telle que le modèle la voit</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>System prompt saved for this chat</source>
        <translation>Prompt système enregistré pour cette discussion</translation>
    </message>
    <message>
        <source>System prompt cleared for this chat</source>
        <translation>Prompt système effacé pour cette discussion</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>The open chat takes {tokens} tokens of the {context}-token context</source>
        <translation>La discussion ouverte occupe {tokens} tokens sur les {context} du contexte</translation>
    </message>
    <message>
        <source>val loss {before} → {after}</source>
        <translation>perte de val. {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>{name} (r{rank}, %n step(s){loss})</source>
        <translation>
            <numerusform>{name} (r{rank}, %n étape{loss})</numerusform>
            <numerusform>{name} (r{rank}, %n étapes{loss})</numerusform>
        </translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptateur LoRA</translation>
    </message>
    <message>
        <source>Adapters trained on the current model in the Train tab</source>
        <translation>Adaptateurs entraînés sur le modèle actuel dans l’onglet Entraîner</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Adapter scale</source>
        <translation>Intensité de l’adaptateur</translation>
    </message>
    <message>
        <source>0 is the base model, 1 the adapter as trained</source>
        <translation>0 correspond au modèle de base, 1 à l’adaptateur tel qu’entraîné</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Compare with base model</source>
        <translation>Comparer avec le modèle de base</translation>
    </message>
    <message>
        <source>Send one prompt to the base model and to the adapter, side by side</source>
        <translation>Envoyer un même prompt au modèle de base et à l’adaptateur, côte à côte</translation>
    </message>
    <message>
        <source>None (base model)</source>
        <translation>Aucun (modèle de base)</translation>
    </message>
    <message>
        <source>Compare base model and adapter</source>
        <translation>Comparer le modèle de base et l’adaptateur</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>A prompt to send to both</source>
        <translation>Un prompt à envoyer aux deux</translation>
    </message>
    <message>
        <source>Run both</source>
        <translation>Lancer les deux</translation>
    </message>
    <message>
        <source>With adapter: {name} (×{scale})</source>
        <translation>Avec l’adaptateur : {name} (×{scale})</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>{title}: stats</source>
        <translation>{title} : statistiques</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) · {speed} tok/s</source>
        <translation>
            <numerusform>%n token · {speed} tok/s</numerusform>
            <numerusform>%n tokens · {speed} tok/s</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>No model is selected. Pick one in the model list.</source>
        <translation>Aucun modèle n’est sélectionné. Choisissez-en un dans la liste des modèles.</translation>
    </message>
    <message>
        <source>Your conversation is safe, with the reply as far as it came; the next message asks the server again.</source>
        <translation>Votre discussion est préservée, avec la réponse jusqu’où elle était arrivée ; le prochain message interrogera à nouveau le serveur.</translation>
    </message>
    <message>
        <source>Your conversation is safe; the engine restarts on the next message.</source>
        <translation>Votre discussion est préservée ; le moteur redémarrera au prochain message.</translation>
    </message>
    <message>
        <source>The documents do not say.</source>
        <translation>Les documents ne le disent pas.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <source>Knowledge for this chat</source>
        <translation>Connaissances pour cette discussion</translation>
    </message>
    <message>
        <source>Answer from your collections of documents, with citations</source>
        <translation>Répondre à partir de vos collections de documents, avec citations</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n collection</numerusform>
            <numerusform>%n collections</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>Aucune collection associée</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>Répondre à partir de ces collections :</translation>
    </message>
    <message>
        <source>Dropped into this chat: {files}</source>
        <translation>Fichiers déposés dans cette discussion : {files}</translation>
    </message>
    <message>
        <source>Answer only from the documents</source>
        <translation>Répondre uniquement à partir des documents</translation>
    </message>
    <message>
        <source>When the collections hold nothing relevant, the reply says the documents do not say, instead of answering from the model&apos;s own knowledge</source>
        <translation>Quand les collections ne contiennent rien de pertinent, la réponse indique que les documents ne le disent pas, au lieu de répondre avec les connaissances propres du modèle</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>Gérer les collections…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Nothing in the attached collections matches this question.</source>
        <translation>Rien dans les collections associées ne correspond à cette question.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>%n source citée</numerusform>
            <numerusform>%n sources citées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources (none cited)</source>
        <translation>Sources (aucune citée)</translation>
    </message>
    <message>
        <source>Source {n}: {name}</source>
        <translation>Source {n} : {name}</translation>
    </message>
    <message>
        <source>Cited in the reply</source>
        <translation>Citée dans la réponse</translation>
    </message>
    <message>
        <source>Not cited in the reply</source>
        <translation>Non citée dans la réponse</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>Source [{n}]: {name}</source>
        <translation>Source [{n}] : {name}</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>The reply cites this passage.</source>
        <translation>La réponse cite ce passage.</translation>
    </message>
    <message>
        <source>The reply does not cite this passage.</source>
        <translation>La réponse ne cite pas ce passage.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>Ouvrir le fichier dans la visionneuse du système</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>Le fichier n’est plus là</translation>
    </message>
    <message>
        <source>{name} must be an integer, got {value}</source>
        <translation>{name} doit être un entier, reçu : {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} doit être compris entre {low} et {high}, reçu : {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} doit être un nombre, reçu : {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} doit être un nombre fini, reçu : {value}</translation>
    </message>
    <message>
        <source>{name} must be in {interval}, got {value}</source>
        <translation>{name} doit être dans {interval}, reçu : {value}</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for tools: choose a model made for tool calling (Qwen 2.5 or 3, Llama 3.1+, Mistral and the like).</source>
        <translation>Le modèle de chat de ce modèle ne prévoit pas d’outils : choisissez un modèle conçu pour les appels d’outils (Qwen 2.5 ou 3, Llama 3.1+, Mistral, etc.).</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>en attente de votre réponse</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>(cut to fit the context)</source>
        <translation>(coupé pour tenir dans le contexte)</translation>
    </message>
    <message>
        <source>Tool call, expanded</source>
        <translation>Appel d’outil, développé</translation>
    </message>
    <message>
        <source>Tool call, collapsed</source>
        <translation>Appel d’outil, replié</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Appels d’outils</translation>
    </message>
    <message>
        <source>built-in tool</source>
        <translation>outil intégré</translation>
    </message>
    <message>
        <source>from the MCP server {name}</source>
        <translation>du serveur MCP {name}</translation>
    </message>
    <message>
        <source>Approve the tool call {tool}</source>
        <translation>Autoriser l’appel d’outil {tool}</translation>
    </message>
    <message>
        <source>The model wants to run {tool} ({source}).</source>
        <translation>Le modèle veut exécuter {tool} ({source}).</translation>
    </message>
    <message>
        <source>Code to run</source>
        <translation>Code à exécuter</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Allow for this chat</source>
        <translation>Autoriser pour cette discussion</translation>
    </message>
    <message>
        <source>Run {tool} without asking again in this conversation</source>
        <translation>Exécuter {tool} sans redemander dans cette conversation</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>The model is told that you denied the call</source>
        <translation>Le modèle est informé que vous avez refusé l’appel</translation>
    </message>
    <message>
        <source>Waiting for your answer; Stop cancels the reply.</source>
        <translation>En attente de votre décision ; « Arrêter » annule la réponse.</translation>
    </message>
    <message>
        <source>Allowed once</source>
        <translation>Autorisé une fois</translation>
    </message>
    <message>
        <source>Allowed for this chat</source>
        <translation>Autorisé pour cette discussion</translation>
    </message>
    <message>
        <source>Allowed always (Settings)</source>
        <translation>Toujours autorisé (Paramètres)</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Tools for this chat</source>
        <translation>Outils pour cette discussion</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n outil</numerusform>
            <numerusform>%n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat; every call asks you first</source>
        <translation>Laisser le modèle appeler des outils dans cette discussion ; chaque appel vous est d’abord soumis</translation>
    </message>
    <message>
        <source>No tool is on</source>
        <translation>Aucun outil activé</translation>
    </message>
    <message>
        <source>Tools the model may call in this chat:</source>
        <translation>Outils que le modèle peut appeler dans cette discussion :</translation>
    </message>
    <message>
        <source>Folders the file tools may read:</source>
        <translation>Dossiers que les outils de fichiers peuvent lire :</translation>
    </message>
    <message>
        <source>No folder is shared with the file tools.</source>
        <translation>Aucun dossier n’est partagé avec les outils de fichiers.</translation>
    </message>
    <message>
        <source>Grant a folder…</source>
        <translation>Partager un dossier…</translation>
    </message>
    <message>
        <source>Allowed without asking here: {tools}</source>
        <translation>Autorisés ici sans demander : {tools}</translation>
    </message>
    <message>
        <source>Ask again for every call</source>
        <translation>Redemander à chaque appel</translation>
    </message>
    <message>
        <source>Manage tools and MCP servers…</source>
        <translation>Gérer les outils et les serveurs MCP…</translation>
    </message>
    <message>
        <source>Grant a folder to the file tools</source>
        <translation>Partager un dossier avec les outils de fichiers</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>Images cannot be attached here.</source>
        <translation>Impossible de joindre des images ici.</translation>
    </message>
    <message>
        <source>A message can carry at most {count} images.</source>
        <translation>Un message peut contenir au plus {count} images.</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file), or remove the images.</source>
        <translation>Ce modèle ne peut pas voir les images : chargez-le avec son projecteur de vision (fichier mmproj) ou retirez les images.</translation>
    </message>
    <message>
        <source>This image needs {needed} tokens; {left} are left in this chat&apos;s context. Remove it, or load the model with a longer context.</source>
        <translation>Cette image nécessite {needed} tokens ; il en reste {left} dans le contexte de cette discussion. Retirez-la ou chargez le modèle avec un contexte plus long.</translation>
    </message>
    <message>
        <source>These {count} images need {needed} tokens; {left} are left in this chat&apos;s context. Remove some, or load the model with a longer context.</source>
        <translation>Ces {count} images nécessitent {needed} tokens ; il en reste {left} dans le contexte de cette discussion. Retirez-en quelques-unes ou chargez le modèle avec un contexte plus long.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: not read</source>
        <translation>{name} dépasse {limit} Mo : non lu</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to send</source>
        <translation>l’image enregistrée {path} est trop volumineuse pour être envoyée</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s image {path}: {reason}</source>
        <translation>impossible de lire l’image {path} de la discussion : {reason}</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <source>Preparing {name}…</source>
        <translation>Préparation de {name}…</translation>
    </message>
    <message>
        <source>{name}: click to view</source>
        <translation>{name} : cliquez pour l’afficher</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Retirer cette image</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Images of this message</source>
        <translation>Images de ce message</translation>
    </message>
    <message>
        <source>image {number}</source>
        <translation>image {number}</translation>
    </message>
    <message>
        <source>This image can no longer be read.</source>
        <translation>Cette image ne peut plus être lue.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>{kind} is not an image type Desktop LLM stores</source>
        <translation>{kind} n’est pas un type d’image que Desktop LLM enregistre</translation>
    </message>
    <message>
        <source>a stored image has a malformed name: {name}</source>
        <translation>une image enregistrée a un nom mal formé : {name}</translation>
    </message>
    <message>
        <source>cannot store the image: {reason}</source>
        <translation>impossible d’enregistrer l’image : {reason}</translation>
    </message>
    <message>
        <source>cannot save the image in {folder}: {reason}</source>
        <translation>impossible d’enregistrer l’image dans {folder} : {reason}</translation>
    </message>
    <message>
        <source>the stored image {path} is too large to be one of the app&apos;s</source>
        <translation>l’image enregistrée {path} est trop volumineuse pour provenir de l’application</translation>
    </message>
    <message>
        <source>cannot read the image {path}: {reason}</source>
        <translation>impossible de lire l’image {path} : {reason}</translation>
    </message>
    <message>
        <source>a message can carry at most {count} images</source>
        <translation>un message peut contenir au plus {count} images</translation>
    </message>
    <message>
        <source>the image {name} is no longer stored</source>
        <translation>l’image {name} n’est plus enregistrée</translation>
    </message>
</context>
</TS>
