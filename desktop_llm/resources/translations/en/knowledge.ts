<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Keyword search only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask questions of your own documents, with the sources cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask questions of your own documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection is a set of folders and files (text, Markdown, PDF, Word, HTML, RTF, source code). It is indexed on this computer, and chats can answer from it with the sources cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rank results with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reranker reads the question with each passage found and puts the ones that answer it first, in every search and chat (slower, often better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embedding model in your library: collections use keyword search only. {name} (about {size}) finds passages by meaning too, in more than 100 languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reranker in your library. {name} (about {size}) puts the passages that answer the question first. &lt;a href=&quot;download&quot;&gt;Download&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the reranker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: what is indexed so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed: {added} new, {changed} changed, {removed} removed, {failed} not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in part</source>
        <translation>
            <numerusform>%n file read in part</numerusform>
            <numerusform>%n files read in part</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this collection and its index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders and files of the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read new and changed files again and drop deleted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask something the documents answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a passage to read it in its file&apos;s context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword search only (BM25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords and meaning</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by keywords only: the embedding model could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click a passage to read it in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rerank score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” and its index? Your files stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is no longer in {repo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multilingual embedding model: finds passages by meaning in more than 100 languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smaller multilingual embedding model from Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiny, fast embedding model for English documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multilingual reranker: puts the passages that answer the question first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is being indexed: pause it, then delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model {path} is missing: choose another one, or keyword search only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is being indexed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a reranker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (a removed folder or a disconnected drive?); its files stay in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a supported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} files: only the first {limit} are indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large ({count} characters of text; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text layer (scanned?): it needs OCR first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (password-protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not text (a binary file with a text file&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages without text (scanned?) were skipped: {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collection named “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vectors} vectors were given for {chunks} chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the knowledge database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the knowledge database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the knowledge database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection named “{name}” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model returned vectors that are not lists of numbers of one length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model returned empty vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model returned vectors of {got} numbers, but this collection&apos;s have {want}: use the model it was indexed with, or choose the new model to embed it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model returned a vector that is not made of finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model {path} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model {name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model has been closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model {name} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {index} has {tokens} tokens; the embedding model {name} takes at most {limit}: cut it into smaller chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than the embedding model {name} takes ({limit} tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding worker sent a malformed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model {name} produced an invalid vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model {name} sent {got} dimensions instead of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reranker {path} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reranker {name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reranker has been closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reranker {name} could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reranker {name} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage is too long for the reranker {name} ({limit} tokens with the query): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reranker worker sent a malformed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reranker {name} produced an invalid score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
