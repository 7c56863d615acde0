"""Wiring of the Knowledge page (issue 12), called by the composition root (app.py is at its size limit): the
knowledge base on the app's folders, its controller, the page, the library's embedding models and the offer to
download the recommended one through the app's download queue."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from desktop_llm.core.embedding_models import RECOMMENDED
from desktop_llm.core.errors import DownloadError
from desktop_llm.core.hub_types import GGUFChoice
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase

log = logging.getLogger(__name__)


def recommended_choice(hub: Any) -> GGUFChoice:
    """The recommended embedding model's file as its repository lists it now (exact size and SHA-256, which the
    download checks). Raises HubError when the hub cannot be reached, DownloadError when the file is gone."""
    page = hub.model_page(RECOMMENDED.repo_id)
    for choice in page.choices:
        if choice.first.path.rsplit("/", 1)[-1] == RECOMMENDED.filename:
            return choice  # type: ignore[no-any-return]
    raise DownloadError(QT_TR_NOOP("{file} is no longer in {repo}"), file=RECOMMENDED.filename,
                        repo=RECOMMENDED.repo_id)


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
    page = KnowledgePage(knowledge, (RECOMMENDED.filename.removesuffix(".gguf"), RECOMMENDED.approx_size_bytes))
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

    def queued(outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            pending.append(downloads.start(RECOMMENDED.repo_id, outcome.value).id)
        elif isinstance(outcome, Failed):
            page.download_failed(outcome.message)

    def listed(models: list[Any]) -> None:
        knowledge.list_embedding_models([m.path for m in models])

    page.download_requested.connect(lambda: ops.run("knowledge-recommended",
                                                    lambda _flag: recommended_choice(services.hub), queued))
    downloads.failed.connect(lambda record_id, message: page.download_failed(message) if record_id in pending
                             else None)
    library.models_listed.connect(listed)
    listed(library.models())
    window.closed.connect(ops.shutdown)
    window.closed.connect(knowledge.shutdown)
    knowledge.start()
    return knowledge
