"""Knowledge (issue 12): chat with your own documents, with citations, offline. Qt-free services.

- K0 `embedding_engine`: EmbeddingEngine, a TextEmbedder running the embedding GGUF in a second engine worker
  beside the chat engine (core/embedding_models.py tells an embedding GGUF from a chat model).
- K1 `knowledge_store` + `vector_index`: the knowledge SQLite file (collections, files, chunks, FTS5 BM25) and the
  vector index beside it, a cache rebuilt from SQLite.
- K2 `indexer` (+ `file_scan`, `index_readers`, `folder_watch`): scan, diff, read, chunk, embed and write a
  collection, resumably; watch its folders.
- K3 `retriever` (with core/retrieval.py): hybrid search, BM25 and vectors fused by reciprocal rank.
- K4 the Knowledge page (controllers/knowledge_controller.py, ui/knowledge_page.py) and K5 the chat integration
  use all of it through `knowledge_base.KnowledgeBase` (core/protocols.py).

The types they share are in core/knowledge_types.py.
"""
