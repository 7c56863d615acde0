"""Wiring of the Knowledge page (issue 12), called by the composition root (app.py is at its size limit): the
knowledge base on the app's folders, its controller, the page, the library's embedding models and rerankers, the
offers to download the recommended ones through the app's download queue, and the reranker of the settings
(applied at start, saved when the user picks another)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from desktop_llm.core.embedding_models import RECOMMENDED, RECOMMENDED_RERANKER, EmbeddingModelSuggestion
from desktop_llm.core.errors import DownloadError
from desktop_llm.core.hub_types import GGUFChoice
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase

log = logging.getLogger(__name__)


def recommended_choice(hub: Any, suggestion: EmbeddingModelSuggestion = RECOMMENDED) -> GGUFChoice:
    """The suggested model's file (the embedding model, or the reranker) as its repository lists it now (exact
    size and SHA-256, which the download checks). Raises HubError when the hub cannot be reached, DownloadError
    when the file is gone."""
    page = hub.model_page(suggestion.repo_id)
    for choice in page.choices:
        if choice.first.path.rsplit("/", 1)[-1] == suggestion.filename:
            return choice  # type: ignore[no-any-return]
    raise DownloadError(QT_TR_NOOP("{file} is no longer in {repo}"), file=suggestion.filename,
                        repo=suggestion.repo_id)


def add_knowledge_page(window: Any, services: Any, library: Any, downloads: Any, chat: Any = None,
                       engine_command: Sequence[str] | None = None) -> Any:
    """Add the Knowledge page to `window` and start its controller (lists collections, brings them up to date,
    watches their folders). `services`: app.Services (its paths and hub); `library`: the LibraryController (its
    models are checked for embedding models); `downloads`: the DownloadController; `chat`: the ChatController,
    given the collections attached to its conversations (the attach control under the composer). `engine_command`:
    the embedding workers' command (tests: the stand-in). Closed with the window. Returns the KnowledgeController."""
    from desktop_llm.controllers.background import BackgroundOps, Failed, Outcome, Succeeded
    from desktop_llm.controllers.chat_knowledge import ChatKnowledge
    from desktop_llm.controllers.knowledge_controller import KnowledgeController
    from desktop_llm.ui.knowledge_page import KnowledgePage

    paths = services.paths
    base = KnowledgeBase(paths.data_dir, paths.log_dir, engine_command)
    knowledge = KnowledgeController(base, parent=window)
    page = KnowledgePage(knowledge, (RECOMMENDED.filename.removesuffix(".gguf"), RECOMMENDED.approx_size_bytes),
                         recommended_reranker=(RECOMMENDED_RERANKER.filename.removesuffix(".gguf"),
                                               RECOMMENDED_RERANKER.approx_size_bytes))
    window.add_page("Knowledge", page, "library-big")
    if chat is not None:
        in_chat = ChatKnowledge(chat, base)
        attach = window.chat_panel.knowledge_attach
        attach.bind(in_chat)
        attach.knowledge_page_requested.connect(lambda: window.show_page(page))
        knowledge.collections_listed.connect(lambda _rows: in_chat.refresh())
        in_chat.failed.connect(window.chat_panel.show_error)
        # A file dropped on the chat is attached to the open chat (indexed on the fly); elsewhere drops are as before.
        window.chat_panel.accept_file_drops(True)
        window.chat_panel.file_dropped.connect(in_chat.add_file)
        window.closed.connect(in_chat.shutdown)
        in_chat.refresh()
    ops = BackgroundOps(knowledge)
    pending: list[int] = []
    pending_reranker: list[int] = []

    def queued(outcome: Outcome, suggestion: EmbeddingModelSuggestion = RECOMMENDED) -> None:
        reranker = suggestion is RECOMMENDED_RERANKER
        if isinstance(outcome, Succeeded):
            (pending_reranker if reranker else pending).append(downloads.start(suggestion.repo_id, outcome.value).id)
        elif isinstance(outcome, Failed):
            (page.reranker_download_failed if reranker else page.download_failed)(outcome.message)

    def listed(models: list[Any]) -> None:
        knowledge.list_embedding_models([m.path for m in models])
        knowledge.list_rerankers([m.path for m in models])

    def download_failed(record_id: int, message: str) -> None:
        if record_id in pending:
            page.download_failed(message)
        elif record_id in pending_reranker:
            page.reranker_download_failed(message)

    page.download_requested.connect(lambda: ops.run("knowledge-recommended",
                                                    lambda _flag: recommended_choice(services.hub), queued))
    page.reranker_download_requested.connect(lambda: ops.run(
        "knowledge-recommended-reranker", lambda _flag: recommended_choice(services.hub, RECOMMENDED_RERANKER),
        lambda outcome: queued(outcome, RECOMMENDED_RERANKER)))
    downloads.failed.connect(download_failed)
    # The reranker the user asked to download is the one searches use once it is in the library.
    downloads.finished.connect(lambda record_id, path: page.choose_reranker(path) if record_id in pending_reranker
                               else None)
    # The reranker of the settings, applied at start; a choice on the page is saved once the base took it (a
    # refused one saves what is in use instead). A saved file that is gone is said so and stays in the settings
    # (its drive may be back next time).
    chosen: list[str] = []
    page.reranker_chosen.connect(chosen.append)

    def reranker_changed(model: str) -> None:
        if chosen and model != window.settings.knowledge_reranker:
            window.save_settings(replace(window.settings, knowledge_reranker=model))
        chosen.clear()

    knowledge.reranker_changed.connect(reranker_changed)
    if window.settings.knowledge_reranker:
        knowledge.set_reranker(window.settings.knowledge_reranker)
    library.models_listed.connect(listed)
    listed(library.models())
    window.closed.connect(ops.shutdown)
    # knowledge.shutdown (closing the base) is connected last, by app_features: the chat's tools read it until then.
    knowledge.start()
    return knowledge
