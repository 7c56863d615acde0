<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Keyword search only</source>
        <translation>Recherche par mots-clés uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragments</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Ask questions of your own documents, with the sources cited.</source>
        <translation>Posez des questions à vos propres documents, avec les sources citées.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Ask questions of your own documents</source>
        <translation>Posez des questions à vos propres documents</translation>
    </message>
    <message>
        <source>A collection is a set of folders and files (text, Markdown, PDF, Word, HTML, RTF, source code). It is indexed on this computer, and chats can answer from it with the sources cited.</source>
        <translation>Une collection est un ensemble de dossiers et de fichiers (texte, Markdown, PDF, Word, HTML, RTF, code source). Elle est indexée sur cet ordinateur, et les discussions peuvent y puiser leurs réponses en citant les sources.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Re-rank results with</source>
        <translation>Reclasser les résultats avec</translation>
    </message>
    <message>
        <source>A reranker reads the question with each passage found and puts the ones that answer it first, in every search and chat (slower, often better)</source>
        <translation>Un reranker lit la question avec chaque passage trouvé et place en tête ceux qui y répondent, dans chaque recherche et chaque conversation (plus lent, souvent meilleur)</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Choisir un dossier de documents</translation>
    </message>
    <message>
        <source>No embedding model in your library: collections use keyword search only. {name} (about {size}) finds passages by meaning too, in more than 100 languages.</source>
        <translation>Aucun modèle d’embedding dans votre bibliothèque : les collections n’utilisent que la recherche par mots-clés. {name} (environ {size}) trouve aussi les passages par leur sens, dans plus de 100 langues.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No reranker in your library. {name} (about {size}) puts the passages that answer the question first. &lt;a href=&quot;download&quot;&gt;Download&lt;/a&gt;</source>
        <translation>Aucun reranker dans votre bibliothèque. {name} (environ {size}) place en tête les passages qui répondent à la question. &lt;a href=&quot;download&quot;&gt;Télécharger&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Downloading the reranker…</source>
        <translation>Téléchargement du reranker…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} fichiers sur {total}</translation>
    </message>
    <message>
        <source>Paused: what is indexed so far is kept</source>
        <translation>En pause : ce qui est déjà indexé est conservé</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Indexed: {added} new, {changed} changed, {removed} removed, {failed} not read</source>
        <translation>Indexé : {added} nouveaux, {changed} modifiés, {removed} retirés, {failed} non lus</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in part</source>
        <translation>
            <numerusform>%n fichier lu en partie</numerusform>
            <numerusform>%n fichiers lus en partie</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this collection and its index</source>
        <translation>Supprimer cette collection et son index</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Dossiers et fichiers</translation>
    </message>
    <message>
        <source>Folders and files of the collection</source>
        <translation>Dossiers et fichiers de la collection</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d’embedding</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <source>Read new and changed files again and drop deleted ones</source>
        <translation>Relire les fichiers nouveaux et modifiés, et retirer les fichiers supprimés</translation>
    </message>
    <message>
        <source>Couldn&apos;t read</source>
        <translation>Illisibles</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason</source>
        <translation>Fichiers qui n’ont pas pu être lus, avec la raison</translation>
    </message>
    <message>
        <source>Try a search</source>
        <translation>Essayer une recherche</translation>
    </message>
    <message>
        <source>Ask something the documents answer…</source>
        <translation>Demandez quelque chose auquel les documents répondent…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Requête de recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>Passages trouvés</translation>
    </message>
    <message>
        <source>Press Enter on a passage to read it in its file&apos;s context</source>
        <translation>Appuyez sur Entrée sur un passage pour le lire dans son fichier</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Dossier : {path}</translation>
    </message>
    <message>
        <source>Keyword search only (BM25)</source>
        <translation>Recherche par mots-clés uniquement (BM25)</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>Recherche des fichiers nouveaux et modifiés…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>Échec de l’indexation : {reason}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Keywords and meaning</source>
        <translation>Mots-clés et sens</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>none looks relevant: the documents may not say</source>
        <translation>rien ne semble pertinent : les documents ne le disent peut-être pas</translation>
    </message>
    <message>
        <source>by keywords only: the embedding model could not be used</source>
        <translation>par mots-clés uniquement : le modèle d’embedding n’a pas pu être utilisé</translation>
    </message>
    <message>
        <source>re-ranked</source>
        <translation>reclassé</translation>
    </message>
    <message>
        <source>click a passage to read it in context</source>
        <translation>cliquez sur un passage pour le lire dans son contexte</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>score {score}</translation>
    </message>
    <message>
        <source>rerank score {score}</source>
        <translation>score de reclassement {score}</translation>
    </message>
    <message>
        <source>Passage {n}: {name}</source>
        <translation>Passage {n} : {name}</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Échec de la recherche : {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Ajouter un dossier à la collection</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Ajouter des fichiers à la collection</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Delete “{name}” and its index? Your files stay where they are.</source>
        <translation>Supprimer « {name} » et son index ? Vos fichiers restent où ils sont.</translation>
    </message>
    <message>
        <source>{file} is no longer in {repo}</source>
        <translation>{file} n’est plus dans {repo}</translation>
    </message>
    <message>
        <source>A multilingual embedding model: finds passages by meaning in more than 100 languages</source>
        <translation>Un modèle d’embedding multilingue : trouve les passages par leur sens dans plus de 100 langues</translation>
    </message>
    <message>
        <source>A smaller multilingual embedding model from Google</source>
        <translation>Un modèle d’embedding multilingue plus petit, de Google</translation>
    </message>
    <message>
        <source>A tiny, fast embedding model for English documents</source>
        <translation>Un modèle d’embedding minuscule et rapide pour les documents en anglais</translation>
    </message>
    <message>
        <source>A multilingual reranker: puts the passages that answer the question first</source>
        <translation>Un reranker multilingue : place en tête les passages qui répondent à la question</translation>
    </message>
    <message>
        <source>This collection is being indexed: pause it, then delete it</source>
        <translation>Cette collection est en cours d’indexation : mettez-la en pause, puis supprimez-la</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing: choose another one, or keyword search only</source>
        <translation>Le modèle d’embedding {path} est introuvable : choisissez-en un autre, ou la recherche par mots-clés uniquement</translation>
    </message>
    <message>
        <source>This collection is being indexed already</source>
        <translation>Cette collection est déjà en cours d’indexation</translation>
    </message>
    <message>
        <source>{name} is not a reranker</source>
        <translation>{name} n’est pas un reranker</translation>
    </message>
    <message>
        <source>not found (a removed folder or a disconnected drive?); its files stay in the index</source>
        <translation>introuvable (dossier supprimé ou disque déconnecté ?) ; ses fichiers restent dans l’index</translation>
    </message>
    <message>
        <source>not a supported format</source>
        <translation>format non pris en charge</translation>
    </message>
    <message>
        <source>more than {limit} files: only the first {limit} are indexed</source>
        <translation>plus de {limit} fichiers : seuls les {limit} premiers sont indexés</translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>trop volumineux ({size} Mo ; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>too large ({detail})</source>
        <translation>trop volumineux ({detail})</translation>
    </message>
    <message>
        <source>too large ({count} characters of text; the limit is {limit})</source>
        <translation>trop volumineux ({count} caractères de texte ; la limite est de {limit})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>aucun texte</translation>
    </message>
    <message>
        <source>no text layer (scanned?): it needs OCR first</source>
        <translation>aucune couche de texte (document numérisé ?) : il faut d’abord un OCR</translation>
    </message>
    <message>
        <source>encrypted (password-protected)</source>
        <translation>chiffré (protégé par mot de passe)</translation>
    </message>
    <message>
        <source>not text (a binary file with a text file&apos;s name)</source>
        <translation>pas du texte (un fichier binaire avec un nom de fichier texte)</translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation>endommagé ({detail})</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>n’a pas pu être lu ({detail})</translation>
    </message>
    <message>
        <source>pages without text (scanned?) were skipped: {pages}</source>
        <translation>les pages sans texte (numérisées ?) ont été ignorées : {pages}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>Cette collection n’existe plus (elle a été supprimée)</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”</source>
        <translation>Il n’y a aucune collection nommée « {name} »</translation>
    </message>
    <message>
        <source>{vectors} vectors were given for {chunks} chunks</source>
        <translation>{vectors} vecteurs ont été fournis pour {chunks} fragments</translation>
    </message>
    <message>
        <source>keyword search failed</source>
        <translation>La recherche par mots-clés a échoué</translation>
    </message>
    <message>
        <source>cannot open the knowledge database</source>
        <translation>Impossible d’ouvrir la base de données des connaissances</translation>
    </message>
    <message>
        <source>cannot read the knowledge database</source>
        <translation>Impossible de lire la base de données des connaissances</translation>
    </message>
    <message>
        <source>cannot write the knowledge database</source>
        <translation>Impossible d’écrire dans la base de données des connaissances</translation>
    </message>
    <message>
        <source>A collection needs a name</source>
        <translation>Une collection doit avoir un nom</translation>
    </message>
    <message>
        <source>A collection named “{name}” exists already</source>
        <translation>Une collection nommée « {name} » existe déjà</translation>
    </message>
    <message>
        <source>The embedding model returned vectors that are not lists of numbers of one length</source>
        <translation>Le modèle d’embedding a renvoyé des vecteurs qui ne sont pas des listes de nombres de même longueur</translation>
    </message>
    <message>
        <source>The embedding model returned empty vectors</source>
        <translation>Le modèle d’embedding a renvoyé des vecteurs vides</translation>
    </message>
    <message>
        <source>The embedding model returned vectors of {got} numbers, but this collection&apos;s have {want}: use the model it was indexed with, or choose the new model to embed it again</source>
        <translation>Le modèle d’embedding a renvoyé des vecteurs de {got} nombres, mais ceux de cette collection en ont {want} : utilisez le modèle avec lequel elle a été indexée, ou choisissez le nouveau modèle pour recalculer ses embeddings</translation>
    </message>
    <message>
        <source>The embedding model returned a vector that is not made of finite numbers</source>
        <translation>Le modèle d’embedding a renvoyé un vecteur qui n’est pas composé de nombres finis</translation>
    </message>
    <message>
        <source>The embedding model {path} is missing</source>
        <translation>Le modèle d’embedding {path} est introuvable</translation>
    </message>
    <message>
        <source>The embedding model {name} cannot be read: {reason}</source>
        <translation>Impossible de lire le modèle d’embedding {name} : {reason}</translation>
    </message>
    <message>
        <source>The embedding model has been closed</source>
        <translation>Le modèle d’embedding a été fermé</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded: {reason}</source>
        <translation>Impossible de charger le modèle d’embedding {name} : {reason}</translation>
    </message>
    <message>
        <source>The embedding model {name} failed: {reason}</source>
        <translation>Le modèle d’embedding {name} a échoué : {reason}</translation>
    </message>
    <message>
        <source>Text {index} has {tokens} tokens; the embedding model {name} takes at most {limit}: cut it into smaller chunks</source>
        <translation>Le texte {index} compte {tokens} tokens ; le modèle d’embedding {name} en accepte au plus {limit} : découpez-le en fragments plus petits</translation>
    </message>
    <message>
        <source>A text is longer than the embedding model {name} takes ({limit} tokens)</source>
        <translation>Un texte dépasse la longueur acceptée par le modèle d’embedding {name} ({limit} tokens)</translation>
    </message>
    <message>
        <source>The embedding worker sent a malformed answer</source>
        <translation>Le processus d’embedding a envoyé une réponse mal formée</translation>
    </message>
    <message>
        <source>The embedding model {name} produced an invalid vector</source>
        <translation>Le modèle d’embedding {name} a produit un vecteur non valide</translation>
    </message>
    <message>
        <source>The embedding model {name} sent {got} dimensions instead of {expected}</source>
        <translation>Le modèle d’embedding {name} a envoyé {got} dimensions au lieu de {expected}</translation>
    </message>
    <message>
        <source>The reranker {path} is missing</source>
        <translation>Le reranker {path} est introuvable</translation>
    </message>
    <message>
        <source>The reranker {name} cannot be read: {reason}</source>
        <translation>Le reranker {name} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The reranker has been closed</source>
        <translation>Le reranker a été fermé</translation>
    </message>
    <message>
        <source>The reranker {name} could not be loaded: {reason}</source>
        <translation>Le reranker {name} n’a pas pu être chargé : {reason}</translation>
    </message>
    <message>
        <source>The reranker {name} failed: {reason}</source>
        <translation>Le reranker {name} a échoué : {reason}</translation>
    </message>
    <message>
        <source>A passage is too long for the reranker {name} ({limit} tokens with the query): {reason}</source>
        <translation>Un passage est trop long pour le reranker {name} ({limit} tokens avec la requête) : {reason}</translation>
    </message>
    <message>
        <source>The reranker worker sent a malformed answer</source>
        <translation>Le processus du reranker a envoyé une réponse mal formée</translation>
    </message>
    <message>
        <source>The reranker {name} produced an invalid score</source>
        <translation>Le reranker {name} a produit un score non valide</translation>
    </message>
</context>
</TS>
