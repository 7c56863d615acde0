"""Knowledge in chat (issue 12): the collections attached to a conversation, their passages in a reply's prompt,
and the reply's sources in its meta.

How a reply uses the attached collections:
- The search runs in the reply's background work (never on the GUI thread), before the stream starts. Its query is
  the user's last message, with the previous user turn in front when the last one is a short follow-up ("and in
  2019?" finds nothing on its own).
- The numbered passages (core/retrieval.passages_block) go into the LAST USER MESSAGE, in front of the question,
  with core/retrieval.knowledge_instructions: small local models follow context next to the question far better
  than a long system prompt, the engine's context budget never drops the newest message, and the stored message
  stays as the user typed it (the next turn's history does not carry old passages again). The block gets at most
  KNOWLEDGE_SHARE of what the prompt may take beside the reply's reserve; the engine then fits the history in the
  rest as it always has (core/context_budget.py: oldest turns out first).
- "Answer only from the documents" with nothing relevant found (the retriever's score threshold, not a guess):
  the app answers "The documents do not say." itself, without generating. Told to say so, a small model given
  no passages often answers from its weights anyway; the threshold already decided, and an answer that costs
  nothing and cannot be wrong about the documents is the honest one.
- At the end, the passages the prompt carried and the [n] the reply cites (core/retrieval.cited) are stored in
  the reply's meta (core/sources_meta.py), so reopening, branches, regenerate and export keep them.
- A file dropped on the chat joins the chat's own collection (KnowledgeBase.add_chat_file: not on the Knowledge
  page, whose list is the user's collections; deleted with the chat), attached at once and indexed in the
  background: keywords first (searchable in a moment), then vectors with the default embedding model. A question
  sent meanwhile waits for the keyword pass (bounded), so "drop, then ask" finds the file.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.controllers.chat_side import OpenChat
from desktop_llm.controllers.chat_stream import ReplyJob, ReplyProgress, stream_reply
from desktop_llm.controllers.i18n import error_text, tr, translated
from desktop_llm.core.chat_changes import ConversationChange, ConversationRemoved
from desktop_llm.core.context_budget import reply_reserve
from desktop_llm.core.conversation import Conversation
from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats
from desktop_llm.core.knowledge_types import Collection, FailedFile, IndexReport, Passage
from desktop_llm.core.protocols import ChatEngine, EngineSupervisor, KnowledgeBase
from desktop_llm.core.reasoning import ReasoningPart
from desktop_llm.core.retrieval import (
    KNOWLEDGE_SHARE,
    cited,
    knowledge_instructions,
    passages_block,
    with_passages,
)
from desktop_llm.core.sources_meta import (
    KNOWLEDGE_KEY,
    SOURCES_KEY,
    KnowledgeNote,
    knowledge_to_meta,
    sources_for,
    sources_to_meta,
)

log = logging.getLogger(__name__)
SEARCH_K = 6  # passages asked of the retriever; the block keeps what fits
MAX_QUERY_CHARS = 2_000  # a pasted document as a question is searched by its start
SHORT_WORDS = 5  # a follow-up this short (or SHORT_CHARS without spaces: Chinese, Japanese) takes the turn before
SHORT_CHARS = 12
READY_WAIT_S = 120.0  # how long a question waits for the keyword pass over a file just dropped into its chat


def documents_do_not_say() -> str:
    """The reply written without the model when only the documents may answer and none is relevant."""
    return tr("The documents do not say.")


def search_query(messages: Sequence[ChatMessage]) -> str:
    """What to search for: the last user message, after the one before it when the last is a short follow-up."""
    asked = [m.content.strip() for m in messages if m.role == "user" and m.content.strip()]
    if not asked:
        return ""
    last = asked[-1]
    short = len(last.split()) <= SHORT_WORDS if " " in last else len(last) <= SHORT_CHARS
    query = f"{asked[-2]}\n{last}" if short and len(asked) > 1 else last
    return query[:MAX_QUERY_CHARS]


class KnowledgeTurn:
    """One reply's use of the attached collections. Made on the GUI thread as the reply starts (what is attached),
    filled on the reply's worker thread (what the prompt carried), read on the GUI thread once the reply's
    outcome has arrived (after the work returned: nothing is written to it any more)."""

    def __init__(self, knowledge: KnowledgeBase, reply_id: int, collections: Sequence[Collection],
                 only_documents: bool, ready: threading.Event | None = None) -> None:
        """`ready`: set once the files dropped into the chat are searchable (None: nothing is being indexed)."""
        self.reply_id = reply_id
        self.ready = ready
        self.collections = tuple(collections)
        self.only_documents = only_documents
        self.passages: tuple[Passage, ...] = ()  # numbered from 1 as in the prompt
        self.note: KnowledgeNote | None = None  # None until the search ran
        self._knowledge = knowledge

    def stream(self, engine: EngineSupervisor, job: ReplyJob, cancelled: threading.Event,
               report: Callable[[ReplyProgress], None]) -> GenerationFinished:
        """Search, put the passages into the prompt, stream the reply (chat_stream.stream_reply); on a worker."""
        deadline = time.monotonic() + READY_WAIT_S
        while self.ready is not None and not self.ready.wait(0.05) and not cancelled.is_set():
            if time.monotonic() > deadline:
                log.warning("the files dropped into the chat are not indexed yet: searched as they are")
                break
        result = self._knowledge.search([c.id for c in self.collections], search_query(job.messages), SEARCH_K)
        if cancelled.is_set():
            return GenerationFinished("cancelled", GenerationStats())
        found = result.passages if result.relevant else ()
        self.note = KnowledgeNote(tuple(c.name for c in self.collections), self.only_documents, bool(found),
                                  result.mode)
        if not found:
            if self.only_documents:
                report(ReplyProgress((ReasoningPart("answer", documents_do_not_say()),)))
                return GenerationFinished("stop", GenerationStats())
            return stream_reply(engine, job, cancelled, report)
        instructions = knowledge_instructions(self.only_documents)
        block, self.passages = self._fitted(engine, job, instructions, found)
        if not self.passages:  # not even one passage fits beside the question: answered as without knowledge
            log.info("no retrieved passage fits in the context of reply %s", job.reply_id)
            return stream_reply(engine, job, cancelled, report)
        return stream_reply(engine, replace(job, messages=with_passages(job.messages, instructions, block)),
                            cancelled, report)

    def _fitted(self, engine: EngineSupervisor, job: ReplyJob, instructions: str,
                found: Sequence[Passage]) -> tuple[str, tuple[Passage, ...]]:
        """The numbered block of the passages that fit in the prompt's share for knowledge, and those passages."""
        n_ctx = job.load.n_ctx
        count: Callable[[str], int] = _estimate
        count_chat: Callable[[Sequence[ChatMessage]], int] = _estimate_chat
        try:
            status = engine.ensure_loaded(job.load)
            if status.model is not None:
                n_ctx = status.model.n_ctx
            client = engine.client()
            count, count_chat = _counter(client), _chat_counter(client)
        except EngineUnavailableError as exc:  # stream_reply meets it again and explains it to the user
            log.info("counting the knowledge block by estimate: %s", exc)
        room = n_ctx - reply_reserve(n_ctx, job.sampling.max_tokens)
        question = [m for m in job.messages if m.role == "system"][:1] + [
            m for m in with_passages(job.messages, instructions, "")[-1:]]
        budget = min(int(room * KNOWLEDGE_SHARE), room - count_chat(question))
        if budget <= 0:
            return "", ()
        block, chosen = passages_block(found, budget, count)
        return block, tuple(chosen)

    def meta(self, reply_text: str) -> dict[str, object]:
        """What the reply's meta records: its sources (the cited ones marked) and how knowledge was used."""
        if self.note is None:  # the search never ran (a failure before it): nothing to record
            return {}
        sources = sources_for(self.passages, cited(reply_text, len(self.passages)))
        return {SOURCES_KEY: sources_to_meta(sources), KNOWLEDGE_KEY: knowledge_to_meta(self.note)}


def knowledge_meta(knowledge: ChatKnowledge | None, reply_id: int, text_parts: Sequence[str]) -> dict[str, object]:
    """The chat controller's hook: the finished reply's sources for its meta ({} without knowledge)."""
    return knowledge.finished(reply_id, "".join(text_parts)) if knowledge is not None else {}


class Chat(OpenChat, Protocol):
    """What of the chat controller this needs (it imports this module: no import back)."""

    knowledge: ChatKnowledge | None


class ChatKnowledge(QObject):
    """Lives on the GUI thread, beside the chat controller (it sets itself as `chat.knowledge`). Keeps the attach
    control true to the open conversation and gives each reply its KnowledgeTurn; the store calls here are small
    reads and writes of the knowledge database (KnowledgeBase may be called from any thread)."""

    collections_changed = Signal(list)  # list[Collection]: every collection (none: the attach control hides)
    attachment_changed = Signal(list, bool)  # list[Collection] attached to the open chat, answer only from them
    failed = Signal(str)  # a sentence for the user: the knowledge database could not be read or written
    chat_files_indexed = Signal(int, object)  # conversation id, IndexReport of a pass over its dropped files

    def __init__(self, chat: Chat, knowledge: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent or (chat if isinstance(chat, QObject) else None))  # lives as long as the chat
        self._chat = chat
        self._knowledge = knowledge
        self._turn: KnowledgeTurn | None = None
        self.collections: list[Collection] = []
        self.attached: list[Collection] = []
        self.only_documents = False
        self._ops = BackgroundOps(self)
        self._ready: dict[int, threading.Event] = {}  # conversation id -> its dropped files searchable by keywords
        self._again: set[int] = set()  # chats whose files changed while their pass ran: one more pass after it
        chat.knowledge = self
        chat.conversation_opened.connect(self._on_chat_conversation_opened)
        chat.conversation_changed.connect(self._on_chat_conversation_changed)

    def refresh(self) -> None:
        """Read the collections and the open chat's attachment again (the Knowledge page changed them)."""
        try:
            self.collections = self._knowledge.collections()
        except DesktopLlmError as exc:
            self._fail(exc)
            return
        self.collections_changed.emit(list(self.collections))
        conversation = self._chat.conversation
        self._on_chat_conversation_opened(conversation.id if conversation is not None else 0)

    def attach(self, collection_ids: Sequence[int], only_documents: bool) -> None:
        """Attach these collections to the open chat (an empty chat is opened first when none is)."""
        if (conversation := self._open_chat()) is None:
            return
        try:
            self._knowledge.attach(conversation.id, list(collection_ids), only_documents)
        except DesktopLlmError as exc:
            self._fail(exc)
        self._on_chat_conversation_opened(conversation.id)

    def _open_chat(self) -> Conversation | None:
        """The open chat; an empty one is opened first when none is."""
        if self._chat.conversation is None:
            self._chat.new_conversation()
        return self._chat.conversation

    def turn(self, job: ReplyJob) -> KnowledgeTurn | None:
        """The reply's use of knowledge (None: nothing is attached to its chat); kept until `finished`."""
        self._turn = None
        try:
            attached = self._knowledge.attached(job.conversation_id)
            only = self._knowledge.only_documents(job.conversation_id) if attached else False
        except DesktopLlmError as exc:  # the reply goes on without knowledge, and the user is told why
            self._fail(exc)
            return None
        if attached:
            ready = self._ready.get(job.conversation_id)
            self._turn = KnowledgeTurn(self._knowledge, job.reply_id, attached, only,
                                       ready if ready is not None and not ready.is_set() else None)
        return self._turn

    def add_file(self, path: str) -> None:
        """A file dropped on the chat: into the open chat's own collection (an empty chat is opened first),
        attached to it, and indexed in the background (see the module docstring)."""
        if (conversation := self._open_chat()) is None:
            return
        try:
            own = self._knowledge.add_chat_file(conversation.id, path)
        except DesktopLlmError as exc:
            self._fail(exc)
            return
        self._ready.setdefault(conversation.id, threading.Event()).clear()
        self._on_chat_conversation_opened(conversation.id)
        self._index_chat_files(conversation.id, own)

    def shutdown(self) -> None:
        """The window closes: passes over dropped files stop after their current file (the next opening goes on)."""
        self._ops.shutdown()

    def _index_chat_files(self, conversation_id: int, own: Collection) -> None:
        """One pass at a time per chat: keywords (then `ready`), then vectors when the collection has a model."""
        lane = f"chat-files-{conversation_id}"
        if self._ops.busy(lane):
            self._again.add(conversation_id)
            return
        knowledge = self._knowledge

        def work(flag: CancelFlag, report: Callable[[IndexReport], None]) -> IndexReport:
            first = knowledge.index(own.id, lambda _progress: None, flag.event, embed=False)
            report(first)
            if not own.embedding_model or flag.cancelled:
                return first
            return knowledge.index(own.id, lambda _progress: None, flag.event)

        self._ops.run_reporting(lane, work, lambda outcome: self._on_chat_files_done(conversation_id, own, outcome),
                                lambda report: self._on_chat_files_reported(conversation_id, report),
                                cancel_drops_result=False)

    def _on_chat_files_reported(self, conversation_id: int, report: IndexReport) -> None:
        """The keyword pass ended: a question may search the files now (unless another pass is due)."""
        if conversation_id not in self._again and (ready := self._ready.get(conversation_id)) is not None:
            ready.set()
        for failure in report.failed:
            self.failed.emit(tr("{file} could not be read: {reason}").format(
                file=Path(failure.path).name, reason=_failure_text(failure)))
        self.chat_files_indexed.emit(conversation_id, report)

    def _on_chat_files_done(self, conversation_id: int, own: Collection, outcome: Outcome) -> None:
        if conversation_id in self._again:
            self._again.discard(conversation_id)
            self._index_chat_files(conversation_id, own)
            return
        if (ready := self._ready.get(conversation_id)) is not None:
            ready.set()  # a failed pass too: a waiting question goes on with what is indexed
        if isinstance(outcome, Failed):
            self.failed.emit(outcome.message)
        elif isinstance(outcome, Succeeded) and own.embedding_model:
            self.chat_files_indexed.emit(conversation_id, outcome.value)

    def _on_chat_conversation_changed(self, change: ConversationChange) -> None:
        """A deleted chat takes its attachments and its dropped files' collection with it (in the background: a
        pass over them that was running finishes its file first)."""
        if not isinstance(change, ConversationRemoved):
            return
        conversation_id = change.conversation_id
        self._ops.cancel(f"chat-files-{conversation_id}")
        self._again.discard(conversation_id)
        if (ready := self._ready.pop(conversation_id, None)) is not None:
            ready.set()
        knowledge = self._knowledge
        self._ops.run(f"chat-forget-{conversation_id}", lambda _flag: knowledge.forget_conversation(conversation_id),
                      lambda outcome: self._fail_outcome(outcome))

    def _fail_outcome(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            log.warning("forgetting a deleted chat's knowledge failed: %s", outcome.error)
            self.failed.emit(outcome.message)

    def finished(self, reply_id: int, reply_text: str) -> dict[str, object]:
        """The reply's sources for its meta, once it ended; {} for a reply written without knowledge."""
        turn, self._turn = self._turn, None
        return turn.meta(reply_text) if turn is not None and turn.reply_id == reply_id else {}

    def _on_chat_conversation_opened(self, conversation_id: int) -> None:
        attached: list[Collection] = []
        only = False
        if conversation_id:
            try:
                attached = self._knowledge.attached(conversation_id)
                only = self._knowledge.only_documents(conversation_id)
            except DesktopLlmError as exc:
                self._fail(exc)
        self.attached, self.only_documents = attached, only
        self.attachment_changed.emit(list(attached), only)
        own = next((c for c in attached if c.conversation_id == conversation_id), None)
        if own is not None and conversation_id not in self._ready:  # reopened: bring its dropped files up to date
            self._ready[conversation_id] = threading.Event()
            self._index_chat_files(conversation_id, own)

    def _fail(self, error: DesktopLlmError) -> None:
        log.warning("knowledge database: %s", error)
        self.failed.emit(error_text(error))


def _failure_text(failure: FailedFile) -> str:
    """Why a file could not be read, in the user's language (its template translated, then filled)."""
    return failure.text(translated(failure.template)) if failure.template else translated(failure.reason)


def _estimate(text: str) -> int:
    """Tokens of a text where the engine cannot count them: about three characters a token, rounded up."""
    return len(text) // 3 + 1


def _estimate_chat(messages: Sequence[ChatMessage]) -> int:
    return sum(_estimate(m.content) + 8 for m in messages)


def _counter(client: ChatEngine) -> Callable[[str], int]:
    """The engine's own token count, or an estimate once it cannot count (a remote server without /tokenize)."""
    exact = [True]

    def count(text: str) -> int:
        if exact[0]:
            try:
                return client.count(text)
            except DesktopLlmError as exc:
                log.info("token counts of the knowledge block are estimated: %s", exc)
                exact[0] = False
        return _estimate(text)

    return count


def _chat_counter(client: ChatEngine) -> Callable[[Sequence[ChatMessage]], int]:
    def count(messages: Sequence[ChatMessage]) -> int:
        try:
            return client.count_chat(messages)
        except DesktopLlmError as exc:
            log.info("the question's tokens are estimated: %s", exc)
            return _estimate_chat(messages)

    return count
