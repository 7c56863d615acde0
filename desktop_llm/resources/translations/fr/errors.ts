<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>no model is loaded</source>
        <translation>Aucun modèle n’est chargé</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>Fichier de modèle introuvable : {path}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name} : impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp n’a pas pu charger {name} : {reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the LoRA adapters</source>
        <translation>llama.cpp n’a pas pu appliquer les adaptateurs LoRA</translation>
    </message>
    <message>
        <source>LoRA adapter not found: {path}</source>
        <translation>Adaptateur LoRA introuvable : {path}</translation>
    </message>
    <message>
        <source>{name} is not a usable GGUF adapter: {reason}</source>
        <translation>{name} n’est pas un adaptateur GGUF utilisable : {reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter</source>
        <translation>{name} est un modèle, pas un adaptateur LoRA</translation>
    </message>
    <message>
        <source>{name} was trained for a {trained} model; the loaded model is {loaded}</source>
        <translation>{name} a été entraîné pour un modèle {trained} ; le modèle chargé est {loaded}</translation>
    </message>
    <message>
        <source>llama.cpp could not load the adapter {name} onto this model: {reason}</source>
        <translation>llama.cpp n’a pas pu charger l’adaptateur {name} sur ce modèle : {reason}</translation>
    </message>
    <message>
        <source>{name} is a reranker: it scores passages, it makes no embeddings</source>
        <translation>{name} est un reranker : il note des passages, il ne produit pas d’embeddings</translation>
    </message>
    <message>
        <source>{name} is not a reranker (its pooling type is not rank)</source>
        <translation>{name} n’est pas un reranker (son type de pooling n’est pas rank)</translation>
    </message>
    <message>
        <source>this model&apos;s chat template does not support tools (it never writes them into the prompt); use a model whose template does, or send the request without tools</source>
        <translation>Le modèle de chat de ce modèle ne prend pas en charge les outils (il ne les écrit jamais dans le prompt) ; utilisez un modèle dont le modèle de chat le fait, ou envoyez la requête sans outils</translation>
    </message>
    <message>
        <source>this model&apos;s chat template could not render the request&apos;s tools: {reason}</source>
        <translation>Le modèle de chat de ce modèle n’a pas pu intégrer les outils de la requête : {reason}</translation>
    </message>
    <message>
        <source>{name} is an embedding model: it finds passages for Knowledge but cannot write replies; choose a chat model</source>
        <translation>{name} est un modèle d’embedding : il trouve des passages pour Connaissances mais ne peut pas écrire de réponses ; choisissez un modèle de discussion</translation>
    </message>
    <message>
        <source>the engine has been shut down</source>
        <translation>Le moteur a été arrêté</translation>
    </message>
    <message>
        <source>the engine is not answering ({kind}: {reason})</source>
        <translation>Le moteur ne répond pas ({kind} : {reason})</translation>
    </message>
    <message>
        <source>the engine stopped answering ({reason})</source>
        <translation>Le moteur ne répond plus ({reason})</translation>
    </message>
    <message>
        <source>the engine sent a malformed answer: {reason}</source>
        <translation>Le moteur a envoyé une réponse mal formée : {reason}</translation>
    </message>
    <message>
        <source>the engine connection broke mid-reply ({kind})</source>
        <translation>La connexion au moteur a été coupée en pleine réponse ({kind})</translation>
    </message>
    <message>
        <source>the engine sent a malformed stream chunk: {reason}</source>
        <translation>Le moteur a envoyé un fragment de flux mal formé : {reason}</translation>
    </message>
    <message>
        <source>the engine ended the reply without finishing it</source>
        <translation>Le moteur a interrompu la réponse avant de la terminer</translation>
    </message>
    <message>
        <source>the engine sent a malformed status: {reason}</source>
        <translation>Le moteur a envoyé un état mal formé : {reason}</translation>
    </message>
    <message>
        <source>the engine could not be started: {reason}</source>
        <translation>Impossible de démarrer le moteur : {reason}</translation>
    </message>
    <message>
        <source>the engine did not start within {seconds} s</source>
        <translation>Le moteur n’a pas démarré en {seconds} s</translation>
    </message>
    <message>
        <source>the engine failed to start: it {outcome}</source>
        <translation>Échec du démarrage du moteur : {outcome}</translation>
    </message>
    <message>
        <source>the engine stopped unexpectedly: it {outcome}</source>
        <translation>Le moteur s’est arrêté de façon inattendue : {outcome}</translation>
    </message>
    <message>
        <source>cannot use the folder {folder}: {reason}. Make sure it is a folder you can write to, or set {env} to another one</source>
        <translation>Impossible d’utiliser le dossier {folder} : {reason}. Vérifiez que vous pouvez écrire dans ce dossier, ou indiquez-en un autre dans {env}</translation>
    </message>
    <message>
        <source>{error}. It can be moved aside (kept, renamed) so the app starts with an empty history</source>
        <translation>{error}. Elle peut être mise de côté (conservée, renommée) pour que l’application démarre avec un historique vide</translation>
    </message>
    <message>
        <source>{error}. Install the newer version, or move this database aside (kept, renamed) and start fresh</source>
        <translation>{error}. Installez la version plus récente, ou mettez cette base de données de côté (conservée, renommée) et repartez de zéro</translation>
    </message>
    <message>
        <source>{error}. Close the other program using it (another desktop-llm command?) and try again</source>
        <translation>{error}. Fermez l’autre programme qui l’utilise (une autre commande desktop-llm ?) et réessayez</translation>
    </message>
    <message>
        <source>{error}. Check the permissions and free space of its folder, or set {env}</source>
        <translation>{error}. Vérifiez les autorisations et l’espace libre de son dossier, ou définissez {env}</translation>
    </message>
    <message>
        <source>could not move the database {file} aside: {reason}</source>
        <translation>Impossible de mettre de côté la base de données {file} : {reason}</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is damaged ({reason})</source>
        <translation>{doing} : la base de données {path} est endommagée ({reason})</translation>
    </message>
    <message>
        <source>{doing}: the database {path} is locked by another program ({reason})</source>
        <translation>{doing} : la base de données {path} est verrouillée par un autre programme ({reason})</translation>
    </message>
    <message>
        <source>{doing}: the database {path} cannot be written ({reason})</source>
        <translation>{doing} : impossible d’écrire dans la base de données {path} ({reason})</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing} : {reason}</translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation>Impossible de créer la base de données {path} : {reason}</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>database write failed</source>
        <translation>Échec de l’écriture dans la base de données</translation>
    </message>
    <message>
        <source>the database {path} was written by a newer desktop-llm (schema {version}, this one knows {known})</source>
        <translation>La base de données {path} a été écrite par une version plus récente de desktop-llm (schéma {version}, celle-ci connaît {known})</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off.</source>
        <translation>Le mode hors ligne est activé (HF_HUB_OFFLINE) : la recherche et le téléchargement sont désactivés.</translation>
    </message>
    <message>
        <source>{what} is gated: accept its license on the model&apos;s page, then set a token with access (HF_TOKEN).</source>
        <translation>{what} est à accès restreint : acceptez sa licence sur la page du modèle, puis définissez un jeton y ayant accès (HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found (or is private and needs a token).</source>
        <translation>{what} est introuvable (ou privé et nécessite un jeton).</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (HF_TOKEN).</source>
        <translation>{what} nécessite un jeton Hugging Face y ayant accès (HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found on the hub.</source>
        <translation>{what} est introuvable sur le hub.</translation>
    </message>
    <message>
        <source>{site} answered {status} for {what}.</source>
        <translation>{site} a répondu {status} pour {what}.</translation>
    </message>
    <message>
        <source>{site} cannot be reached ({reason}); are you offline?</source>
        <translation>{site} est injoignable ({reason}) ; êtes-vous hors ligne ?</translation>
    </message>
    <message>
        <source>{site} answered, but not as a Hugging Face hub does: /api/models sent {kind}, not a JSON list of models. Is the address right (no path after the server&apos;s name, for most mirrors)?</source>
        <translation>{site} a répondu, mais pas comme un hub Hugging Face : /api/models a renvoyé {kind}, et non une liste JSON de modèles. L’adresse est-elle correcte (sans chemin après le nom du serveur, pour la plupart des miroirs) ?</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason})</source>
        <translation>{site} ne répond plus ({reason})</translation>
    </message>
    <message>
        <source>{site} answered /api/models with something other than a list of models; it does not look like a Hugging Face hub or mirror.</source>
        <translation>{site} a répondu à /api/models par autre chose qu’une liste de modèles ; il ne ressemble pas à un hub ou à un miroir Hugging Face.</translation>
    </message>
    <message>
        <source>{site} sent an unreadable search answer: {reason}</source>
        <translation>{site} a renvoyé une réponse de recherche illisible : {reason}</translation>
    </message>
    <message>
        <source>{site} stopped answering ({reason}); are you offline?</source>
        <translation>{site} ne répond plus ({reason}) ; êtes-vous hors ligne ?</translation>
    </message>
    <message>
        <source>{what} needs a Hugging Face token with access (gated or private model: accept its license on huggingface.co and set HF_TOKEN).</source>
        <translation>{what} nécessite un jeton Hugging Face y ayant accès (modèle à accès restreint ou privé : acceptez sa licence sur huggingface.co et définissez HF_TOKEN).</translation>
    </message>
    <message>
        <source>{what} was not found on {site}.</source>
        <translation>{what} est introuvable sur {site}.</translation>
    </message>
    <message>
        <source>{file} on the hub is not a readable GGUF file: {reason}</source>
        <translation>{file} sur le hub n’est pas un fichier GGUF lisible : {reason}</translation>
    </message>
    <message>
        <source>cannot create {lock}: its folder keeps disappearing</source>
        <translation>Impossible de créer {lock} : son dossier ne cesse de disparaître</translation>
    </message>
    <message>
        <source>{file} is already being downloaded by another desktop-llm window or command; it will be in the library when that download finishes.</source>
        <translation>{file} est déjà en cours de téléchargement par une autre fenêtre ou commande desktop-llm ; il sera dans la bibliothèque à la fin de ce téléchargement.</translation>
    </message>
    <message>
        <source>Not enough disk space: the download needs {needed} more, {free} is free in {folder}.</source>
        <translation>Espace disque insuffisant : le téléchargement nécessite encore {needed}, il reste {free} de libre dans {folder}.</translation>
    </message>
    <message>
        <source>{file}: the connection keeps failing ({reason}); {kept} kept, retry to resume.</source>
        <translation>{file} : la connexion échoue à répétition ({reason}) ; {kept} conservés, réessayez pour reprendre.</translation>
    </message>
    <message>
        <source>{file}: the downloaded data is corrupt ({found}); the partial file was deleted, download it again.</source>
        <translation>{file} : les données téléchargées sont corrompues ({found}) ; le fichier partiel a été supprimé, téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The disk is full: {file} stopped at {size}. Free some space, then resume: nothing was lost.</source>
        <translation>Le disque est plein : {file} s’est arrêté à {size}. Libérez de l’espace, puis reprenez : rien n’a été perdu.</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>Impossible d’écrire {file} : {reason}</translation>
    </message>
    <message>
        <source>{name} accepted the request but sent nothing for {seconds} s: the server is stalled or overloaded</source>
        <translation>{name} a accepté la requête mais n’a rien envoyé pendant {seconds} s : le serveur est bloqué ou surchargé</translation>
    </message>
    <message>
        <source>cannot reach {name} at {address}: {reason}. Is the server running, and the address right?</source>
        <translation>Impossible de joindre {name} à l’adresse {address} : {reason}. Le serveur est-il lancé, et l’adresse correcte ?</translation>
    </message>
    <message>
        <source>{name} refused the API key ({http}): {said}. Check the key in Connections (or the variable named with --api-key-env)</source>
        <translation>{name} a refusé la clé API ({http}) : {said}. Vérifiez la clé dans Connexions (ou la variable indiquée par --api-key-env)</translation>
    </message>
    <message>
        <source>{name} does not serve {model} ({said}); it serves: {models}</source>
        <translation>{name} ne sert pas {model} ({said}) ; il sert : {models}</translation>
    </message>
    <message>
        <source>{name} says too many requests (429): {said}</source>
        <translation>{name} signale trop de requêtes (429) : {said}</translation>
    </message>
    <message>
        <source>{name} failed with {http}: {said}</source>
        <translation>{name} a échoué avec {http} : {said}</translation>
    </message>
    <message>
        <source>{name}: the request does not fit the model&apos;s context: {said}</source>
        <translation>{name} : la requête dépasse le contexte du modèle : {said}</translation>
    </message>
    <message>
        <source>{name} refused the request ({http}): {said}</source>
        <translation>{name} a refusé la requête ({http}) : {said}</translation>
    </message>
    <message>
        <source>{name} stopped sending in the middle of an answer</source>
        <translation>{name} a cessé d’envoyer au milieu d’une réponse</translation>
    </message>
    <message>
        <source>{name} broke off its answer: {reason}</source>
        <translation>{name} a interrompu sa réponse : {reason}</translation>
    </message>
    <message>
        <source>{name} sent a malformed answer: {reason}</source>
        <translation>{name} a envoyé une réponse mal formée : {reason}</translation>
    </message>
    <message>
        <source>{name} has no tokenize endpoint; token counts there are estimates</source>
        <translation>{name} n’a pas de point de terminaison de tokenisation ; ses nombres de tokens sont des estimations</translation>
    </message>
    <message>
        <source>LoRA adapters apply to a local model only; {name} serves its own</source>
        <translation>Les adaptateurs LoRA ne s’appliquent qu’à un modèle local ; {name} sert le sien</translation>
    </message>
    <message>
        <source>{name} stopped sending for {seconds} s in the middle of the reply; what arrived is kept</source>
        <translation>{name} n’a rien envoyé pendant {seconds} s au milieu de la réponse ; ce qui est arrivé est conservé</translation>
    </message>
    <message>
        <source>the connection to {name} broke mid-reply ({reason}); what arrived is kept</source>
        <translation>La connexion à {name} a été coupée en pleine réponse ({reason}) ; ce qui est arrivé est conservé</translation>
    </message>
    <message>
        <source>{name} sent a malformed stream chunk: {reason}</source>
        <translation>{name} a envoyé un fragment de flux mal formé : {reason}</translation>
    </message>
    <message>
        <source>{name} ended the reply without finishing it (another request may have interrupted it); what arrived is kept</source>
        <translation>{name} a interrompu la réponse avant de la terminer (une autre requête l’a peut-être interrompue) ; ce qui est arrivé est conservé</translation>
    </message>
    <message>
        <source>{name} does not serve {model}; it serves {served}</source>
        <translation>{name} ne sert pas {model} ; il sert {served}</translation>
    </message>
    <message>
        <source>no model of {name} is chosen yet</source>
        <translation>Aucun modèle de {name} n’est encore choisi</translation>
    </message>
    <message>
        <source>cannot store the API key of {name}: {reason}</source>
        <translation>Impossible d’enregistrer la clé API de {name} : {reason}</translation>
    </message>
    <message>
        <source>no connection named {name}; add it with `desktop-llm connections add`</source>
        <translation>Aucune connexion nommée {name} ; ajoutez-la avec `desktop-llm connections add`</translation>
    </message>
    <message>
        <source>a connection named {name} exists already</source>
        <translation>Une connexion nommée {name} existe déjà</translation>
    </message>
    <message>
        <source>no connection named {name}</source>
        <translation>Aucune connexion nommée {name}</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>a connection name is letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), got {name}</source>
        <translation>Un nom de connexion se compose de lettres, de chiffres, de « . », « _ » ou « - » (64 au plus), reçu : {name}</translation>
    </message>
    <message>
        <source>context length and concurrency must be 0 or more, the stall timeout 0-3600 s</source>
        <translation>La longueur de contexte et la simultanéité doivent valoir 0 ou plus, le délai de blocage 0 à 3600 s</translation>
    </message>
    <message>
        <source>a saved connection is malformed: {reason}</source>
        <translation>Une connexion enregistrée est mal formée : {reason}</translation>
    </message>
    <message>
        <source>a server address is http:// or https:// and a host, got {url}</source>
        <translation>Une adresse de serveur se compose de http:// ou https:// et d’un hôte, reçu : {url}</translation>
    </message>
    <message>
        <source>the port in {url} is not a number</source>
        <translation>Le port de {url} n’est pas un nombre</translation>
    </message>
    <message>
        <source>another process already holds {path}</source>
        <translation>Un autre processus détient déjà {path}</translation>
    </message>
    <message>
        <source>{file} cannot be read as a projector: {reason}</source>
        <translation>{file} ne peut pas être lu comme projecteur : {reason}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (its architecture is {architecture}, not clip): pick the mmproj file that came with the model</source>
        <translation>{file} n’est pas un projecteur de vision (son architecture est {architecture}, pas clip) : choisissez le fichier mmproj fourni avec le modèle</translation>
    </message>
    <message>
        <source>the model {file} cannot be read: {reason}</source>
        <translation>Impossible de lire le modèle {file} : {reason}</translation>
    </message>
    <message>
        <source>cannot read the chat&apos;s tools</source>
        <translation>Impossible de lire les outils de la discussion</translation>
    </message>
    <message>
        <source>cannot save the chat&apos;s tools</source>
        <translation>Impossible d’enregistrer les outils de la discussion</translation>
    </message>
    <message>
        <source>This model cannot see images: load it with its vision projector (mmproj file)</source>
        <translation>Ce modèle ne peut pas voir les images : chargez-le avec son projecteur de vision (fichier mmproj)</translation>
    </message>
    <message>
        <source>The image is not a data:image base64 URL of at most 40 MB</source>
        <translation>L’image n’est pas une URL data:image en base64 d’au plus 40 Mo</translation>
    </message>
    <message>
        <source>The image&apos;s base64 data is damaged: {reason}</source>
        <translation>Les données base64 de l’image sont endommagées : {reason}</translation>
    </message>
    <message>
        <source>{file} is a projector for audio, not images</source>
        <translation>{file} est un projecteur pour l’audio, pas pour les images</translation>
    </message>
    <message>
        <source>{file} makes image vectors of size {projector} but this model&apos;s embeddings have size {model}: it was made for another model</source>
        <translation>{file} produit des vecteurs d’image de taille {projector}, mais les embeddings de ce modèle sont de taille {model} : il a été conçu pour un autre modèle</translation>
    </message>
    <message>
        <source>The image is too large to open safely (it may be a decompression bomb): {reason}</source>
        <translation>L’image est trop grande pour être ouverte en toute sécurité (il peut s’agir d’une bombe de décompression) : {reason}</translation>
    </message>
    <message>
        <source>The image is empty (0 bytes)</source>
        <translation>L’image est vide (0 octet)</translation>
    </message>
    <message>
        <source>The image is {size} MB; at most {limit} MB are read</source>
        <translation>L’image fait {size} Mo ; {limit} Mo au plus sont lus</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused (it may be a decompression bomb)</source>
        <translation>L’image fait {width} x {height} pixels : au-delà de {limit} millions de pixels, elle est refusée (il peut s’agir d’une bombe de décompression)</translation>
    </message>
    <message>
        <source>The image is damaged or truncated: {reason}</source>
        <translation>L’image est endommagée ou tronquée : {reason}</translation>
    </message>
    <message>
        <source>The image is too large to open in the memory available</source>
        <translation>L’image est trop grande pour être ouverte avec la mémoire disponible</translation>
    </message>
    <message>
        <source>This is not an image Desktop LLM can read (PNG, JPEG, WebP, GIF or BMP)</source>
        <translation>Ce n’est pas une image que Desktop LLM peut lire (PNG, JPEG, WebP, GIF ou BMP)</translation>
    </message>
    <message>
        <source>The image is {width} x {height} pixels: more than {limit} million pixels is refused</source>
        <translation>L’image fait {width} x {height} pixels : au-delà de {limit} millions de pixels, elle est refusée</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, WebP, GIF or BMP file</source>
        <translation>L’image n’est pas un fichier PNG, JPEG, WebP, GIF ou BMP</translation>
    </message>
    <message>
        <source>llama.cpp could not load the vision projector {name}: {reason}</source>
        <translation>llama.cpp n’a pas pu charger le projecteur de vision {name} : {reason}</translation>
    </message>
    <message>
        <source>{name} is an audio projector: it cannot read images</source>
        <translation>{name} est un projecteur audio : il ne peut pas lire d’images</translation>
    </message>
    <message>
        <source>llama.cpp could not take the image ({width} x {height})</source>
        <translation>llama.cpp n’a pas pu prendre en charge l’image ({width} x {height})</translation>
    </message>
    <message>
        <source>llama.cpp could not prepare the images for the model (mtmd_tokenize returned {result})</source>
        <translation>llama.cpp n’a pas pu préparer les images pour le modèle (mtmd_tokenize a renvoyé {result})</translation>
    </message>
    <message>
        <source>images need the model loaded with one parallel slot</source>
        <translation>Les images exigent que le modèle soit chargé avec une seule requête parallèle</translation>
    </message>
    <message>
        <source>vision projector not found: {path}</source>
        <translation>Projecteur de vision introuvable : {path}</translation>
    </message>
    <message>
        <source>{name} is not a usable vision projector: {reason}</source>
        <translation>{name} n’est pas un projecteur de vision utilisable : {reason}</translation>
    </message>
    <message>
        <source>{name} is a model, not a vision projector (mmproj)</source>
        <translation>{name} est un modèle, pas un projecteur de vision (mmproj)</translation>
    </message>
    <message>
        <source>{model} cannot use the projector {projector}: {reason}</source>
        <translation>{model} ne peut pas utiliser le projecteur {projector} : {reason}</translation>
    </message>
    <message>
        <source>llama.cpp found no room in the context&apos;s KV cache for the next tokens</source>
        <translation>llama.cpp n’a trouvé aucune place dans le cache KV du contexte pour les tokens suivants</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the tokens (llama_decode returned {result})</source>
        <translation>llama.cpp n’a pas pu évaluer les tokens (llama_decode a renvoyé {result})</translation>
    </message>
    <message>
        <source>the request&apos;s grammar cannot be parsed by llama.cpp</source>
        <translation>La grammaire de la requête ne peut pas être analysée par llama.cpp</translation>
    </message>
    <message>
        <source>the prompt has {count} tokens; a slot&apos;s context holds {n_ctx}</source>
        <translation>Le prompt compte {count} tokens ; le contexte d’un slot en contient {n_ctx}</translation>
    </message>
</context>
</TS>
