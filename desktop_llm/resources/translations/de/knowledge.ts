<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Keyword search only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>score {score}</source>
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
        <source>{file}: {reason}</source>
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
</context>
</TS>
