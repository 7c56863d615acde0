<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Write the custom instruction first.</source>
        <translation>Rédigez d&apos;abord l&apos;instruction personnalisée.</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Condense a document of any length in the style, length and language you choose.</source>
        <translation>Résume un document de toute longueur dans le style, la longueur et la langue de votre choix.</translation>
    </message>
    <message>
        <source>Summary style</source>
        <translation>Style du résumé</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>Identique au document</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>Langue du résumé</translation>
    </message>
    <message>
        <source>Custom instruction, e.g. “List the action items with owners”</source>
        <translation>Instruction personnalisée, p. ex. « Lister les actions avec leurs responsables »</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Read scanned pages with the vision model (slow)</source>
        <translation>Lire les pages numérisées avec le modèle de vision (lent)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>Le résumé s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Earlier summaries</source>
        <translation>Résumés précédents</translation>
    </message>
    <message>
        <source>Paste text to summarize, or open a document (any length).</source>
        <translation>Collez le texte à résumer ou ouvrez un document (toute longueur).</translation>
    </message>
    <message>
        <source>Pages without a text layer (scans) are shown to the model as images and read page by page, before the summary.</source>
        <translation>Les pages sans couche texte (numérisations) sont montrées au modèle sous forme d’images et lues page par page, avant le résumé.</translation>
    </message>
    <message>
        <source>The chosen model cannot see images: pair it with its vision projector in the Library (Projector…) to read scanned pages.</source>
        <translation>Le modèle choisi ne peut pas voir les images : associez-le à son projecteur de vision dans la Bibliothèque (Projecteur…) pour lire les pages numérisées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {characters}, {tokens} · about {time} on this computer</source>
        <translation>{name} : {characters}, {tokens} · environ {time} sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <source>in one pass</source>
        <translation>en une passe</translation>
    </message>
    <message>
        <source>{parts}, {requests} to the model</source>
        <translation>{parts}, {requests} au modèle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time} ({how}).</source>
        <translation>Terminé en {time} ({how}).</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <translation>Résumé {name}</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translate text or documents between languages, side by side; structure and code are kept.</source>
        <translation>Traduit du texte ou des documents d&apos;une langue à l&apos;autre, côte à côte ; la structure et le code sont conservés.</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Swap the languages (and put the translation on the left)</source>
        <translation>Inverser les langues (et placer la traduction à gauche)</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Inverser les langues</translation>
    </message>
    <message>
        <source>From</source>
        <comment>source language</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <comment>target language</comment>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>La traduction s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>AcmeSync
cloud = Wolke</source>
        <comment>a glossary example: a name kept, a term fixed</comment>
        <translation>AcmeSync
cloud = nuage</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Text to translate, or open a document. Code blocks are never translated.</source>
        <translation>Texte à traduire, ou ouvrez un document. Les blocs de code ne sont jamais traduits.</translation>
    </message>
    <message>
        <source>Glossary: one term a line; “term” keeps it as is, “term = translation” fixes it</source>
        <translation>Glossaire : un terme par ligne ; « terme » le garde tel quel, « terme = traduction » le fixe</translation>
    </message>
    <message>
        <source>Detected: {language}</source>
        <translation>Langue détectée : {language}</translation>
    </message>
    <message>
        <source>Language not recognised</source>
        <translation>Langue non reconnue</translation>
    </message>
    <message>
        <source>The text is already in {language}.</source>
        <translation>Le texte est déjà dans la langue cible ({language}).</translation>
    </message>
    <message numerus="yes">
        <source>Done in {time} (%n warning(s)).</source>
        <translation>
            <numerusform>Terminé en {time} (%n avertissement).</numerusform>
            <numerusform>Terminé en {time} (%n avertissements).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}.</source>
        <translation>Terminé en {time}.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>Exporter la traduction</translation>
    </message>
    <message>
        <source>{name} ({language})</source>
        <comment>an exported translation&apos;s file name</comment>
        <translation>{name} ({language})</translation>
    </message>
    <message>
        <source>Drop a document here, open one, or paste text below.</source>
        <translation>Déposez un document ici, ouvrez-en un ou collez du texte ci-dessous.</translation>
    </message>
    <message>
        <source>Choose a document…</source>
        <translation>Choisir un document…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>translation</source>
        <comment>the text a translation swapped into the source</comment>
        <translation>traduction</translation>
    </message>
    <message>
        <source>txt, md, pdf, docx, html or rtf (or drop a file here)</source>
        <translation>txt, md, pdf, docx, html ou rtf (ou déposez un fichier ici)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Choisir un document</translation>
    </message>
    <message>
        <source>A text, Markdown, PDF, Word, HTML or RTF file of any length. Drop one here, or paste text.</source>
        <translation>Un fichier texte, Markdown, PDF, Word, HTML ou RTF de toute longueur. Déposez-le ici ou collez du texte.</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Coller du texte</translation>
    </message>
    <message>
        <source>Paste the clipboard&apos;s text, or type your own</source>
        <translation>Collez le texte du presse-papiers ou saisissez le vôtre</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>Informations sur le document</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Documents ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Open a document or paste some text first.</source>
        <translation>Ouvrez d&apos;abord un document ou collez du texte.</translation>
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
        <source>{count} continued</source>
        <translation>suite générée : {count}</translation>
    </message>
    <message>
        <source>{count} trimmed to its last full sentence</source>
        <translation>coupe à la dernière phrase complète : {count}</translation>
    </message>
    <message>
        <source>{count} ended with &apos;…&apos; (no full sentence to keep)</source>
        <translation>fin par « … » (aucune phrase complète à garder) : {count}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) cut at the length limit: {ways}</source>
        <translation>
            <numerusform>%n morceau coupé à la limite de longueur : {ways}</numerusform>
            <numerusform>%n morceaux coupés à la limite de longueur : {ways}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {note}.</source>
        <translation>{sentence} {note}.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Summarizing part</source>
        <translation>Résumé de la partie</translation>
    </message>
    <message>
        <source>Combining summaries</source>
        <translation>Fusion des résumés</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>Rédaction du résumé</translation>
    </message>
    <message>
        <source>Translating block</source>
        <translation>Traduction du bloc</translation>
    </message>
    <message>
        <source>Summarizing part {done} of {total}</source>
        <translation>Résumé de la partie {done} sur {total}</translation>
    </message>
    <message>
        <source>Translating block {done} of {total}</source>
        <translation>Traduction du bloc {done} sur {total}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Détails de la progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{stage} · about {time} left</source>
        <translation>{stage} · encore environ {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Échec : {message}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>{name}: the vision model found no text on its scanned pages</source>
        <translation>{name} : le modèle de vision n’a trouvé aucun texte sur ses pages numérisées</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Aucun modèle sélectionné.</translation>
    </message>
    <message>
        <source>{reason}. The chosen model can read scanned pages: tick “Read scanned pages with the vision model” and open it again.</source>
        <translation>{reason}. Le modèle choisi peut lire les pages numérisées : cochez « Lire les pages numérisées avec le modèle de vision » et rouvrez le document.</translation>
    </message>
    <message>
        <source>Short paragraph</source>
        <translation>Paragraphe court</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Detailed, with section headings</source>
        <translation>Détaillé, avec intertitres</translation>
    </message>
    <message>
        <source>Custom instruction</source>
        <translation>Instruction personnalisée</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinois (traditionnel)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malais</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a ZIP archive (or an Office file with the wrong extension) renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est une archive ZIP (ou un fichier Office à la mauvaise extension) renommée en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PDF file renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est un fichier PDF renommé en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a program (ELF executable) renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est un programme (exécutable ELF) renommé en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a Windows program renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est un programme Windows renommé en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a PNG image renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est une image PNG renommée en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a JPEG image renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est une image JPEG renommée en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GIF image renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est une image GIF renommée en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a GGUF model file renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est un fichier de modèle GGUF renommé en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is a gzip archive renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est une archive gzip renommée en {suffix}</translation>
    </message>
    <message>
        <source>{name} is not a text document: it is an SQLite database renamed to {suffix}</source>
        <translation>{name} n’est pas un document texte : c’est une base de données SQLite renommée en {suffix}</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name} : fichier introuvable</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is {size} MB; documents up to 100 MB are supported</source>
        <translation>{name} fait {size} Mo ; les documents jusqu’à 100 Mo sont pris en charge</translation>
    </message>
    <message>
        <source>{name}: a file without an extension is not supported (use {supported})</source>
        <translation>{name} : les fichiers sans extension ne sont pas pris en charge (utilisez {supported})</translation>
    </message>
    <message>
        <source>{name}: {suffix} is not supported (use {supported})</source>
        <translation>{name} : {suffix} n’est pas pris en charge (utilisez {supported})</translation>
    </message>
    <message>
        <source>{name} has no text (scanned pages need OCR first: this PDF has no text layer)</source>
        <translation>{name} ne contient pas de texte (les pages numérisées doivent d’abord passer par l’OCR : ce PDF n’a pas de couche texte)</translation>
    </message>
    <message>
        <source>{name} has no text</source>
        <translation>{name} ne contient pas de texte</translation>
    </message>
    <message>
        <source>{name} has {count} characters; up to {limit} are supported</source>
        <translation>{name} compte {count} caractères ; {limit} au maximum sont pris en charge</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} semble être un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>{name}: the text encoding could not be recognised (is it a binary file?)</source>
        <translation>{name} : l’encodage du texte n’a pas pu être reconnu (est-ce un fichier binaire ?)</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has an odd number of bytes ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} commence par une marque d’ordre des octets {label} mais a un nombre impair d’octets ({bytes}) : le fichier est tronqué, ou ce n’est pas du texte {label}</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but has a number of bytes that is not a multiple of 4 ({bytes}): the file is cut short, or it is not {label} text</source>
        <translation>{name} commence par une marque d’ordre des octets {label} mais son nombre d’octets n’est pas un multiple de 4 ({bytes}) : le fichier est tronqué, ou ce n’est pas du texte {label}</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} at byte {offset} ({reason}): the file is damaged, or it is not {label} text</source>
        <translation>{name} commence par une marque d’ordre des octets {label} mais n’est pas du {label} valide à l’octet {offset} ({reason}) : le fichier est endommagé, ou ce n’est pas du texte {label}</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer (scanned images?) and were skipped.</source>
        <translation>Page(s) {pages} sans couche texte (images numérisées ?) : ignorée(s).</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({reason})</source>
        <translation>{name} n’est pas un PDF lisible ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file ({reason})</source>
        <translation>{name} n’est pas un fichier .docx lisible ({reason})</translation>
    </message>
    <message>
        <source>{name}: the part {part} uses a compression Word never writes (method {method}); this is not a .docx from a word processor</source>
        <translation>{name} : la partie {part} utilise une compression que Word n’écrit jamais (méthode {method}) ; ce n’est pas un .docx issu d’un traitement de texte</translation>
    </message>
    <message>
        <source>{name} is password-protected (its parts are encrypted)</source>
        <translation>{name} est protégé par un mot de passe (ses parties sont chiffrées)</translation>
    </message>
    <message>
        <source>{name} holds more than {size} of XML, which would take many times that in memory to read: refusing</source>
        <translation>{name} contient plus de {size} de XML, dont la lecture demanderait plusieurs fois autant de mémoire : refusé</translation>
    </message>
    <message>
        <source>{name}: the part {part} expands {ratio} times, to {size}: refusing (this looks like a zip bomb)</source>
        <translation>{name} : la partie {part} se décompresse {ratio} fois, jusqu’à {size} : refusé (cela ressemble à une bombe zip)</translation>
    </message>
    <message>
        <source>{name} needs more memory to read than this computer has free</source>
        <translation>La lecture de {name} demande plus de mémoire que cet ordinateur n’en a de libre</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (it is not a zip archive)</source>
        <translation>{name} n’est pas un fichier .docx lisible (ce n’est pas une archive zip)</translation>
    </message>
    <message>
        <source>{name} has {count} parts; a .docx with more than {limit} is refused</source>
        <translation>{name} compte {count} parties ; un .docx de plus de {limit} parties est refusé</translation>
    </message>
    <message>
        <source>{name} is not a readable .docx file (the part {part} is missing)</source>
        <translation>{name} n’est pas un fichier .docx lisible (la partie {part} manque)</translation>
    </message>
    <message>
        <source>{name}: the part {part} is damaged ({reason})</source>
        <translation>{name} : la partie {part} est endommagée ({reason})</translation>
    </message>
    <message>
        <source>{name} expands to {size} or more when unpacked: refusing (the limit is {limit}; this looks like a zip bomb)</source>
        <translation>{name} occupe {size} ou plus une fois décompressé : refusé (la limite est de {limit} ; cela ressemble à une bombe zip)</translation>
    </message>
    <message>
        <source>the translation of “{preview}…” was cut at the length limit and trimmed to its last full sentence, so its end may be missing</source>
        <translation>La traduction de « {preview}… » a été coupée à la limite de longueur et ramenée à sa dernière phrase complète ; sa fin peut manquer</translation>
    </message>
    <message>
        <source>the page&apos;s image is {width} x {height} pixels, more than the {limit} million allowed</source>
        <translation>l’image de la page fait {width} x {height} pixels, plus que les {limit} millions autorisés</translation>
    </message>
    <message>
        <source>Only the first {count} scanned pages were read.</source>
        <translation>Seules les {count} premières pages numérisées ont été lues.</translation>
    </message>
    <message>
        <source>Page(s) {pages} have no text layer and could not be read as images: skipped.</source>
        <translation>Page(s) {pages} sans couche texte et illisible(s) en tant qu’images : ignorée(s).</translation>
    </message>
    <message>
        <source>Scanned pages read by the vision model: {pages}. Check names and numbers against the original.</source>
        <translation>Pages numérisées lues par le modèle de vision : {pages}. Vérifiez les noms et les chiffres par rapport à l’original.</translation>
    </message>
    <message>
        <source>Page {page}: {reason}</source>
        <translation>Page {page} : {reason}</translation>
    </message>
    <message>
        <source>Page {page} does not fit the model&apos;s context as an image.</source>
        <translation>La page {page} ne tient pas dans le contexte du modèle en tant qu’image.</translation>
    </message>
</context>
</TS>
