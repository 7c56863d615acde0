"""Chat: conversations, branches, and streaming replies from the engine into the store and the view."""

from __future__ import annotations

import itertools
import logging
import threading
import time
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.core.conversation import (
    Conversation,
    ConversationTree,
    MessageNode,
    prompt_messages,
    title_from_text,
)
from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, TextDelta
from desktop_llm.core.export import to_json, to_markdown
from desktop_llm.core.protocols import ConversationRepository, EngineSupervisor
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams

log = logging.getLogger(__name__)
CHUNK_INTERVAL_S = 1 / 30  # the live reply is appended at most ~30 times a second
SAVE_INTERVAL_S = 3.0  # a long reply is saved this often while it streams


@dataclass(frozen=True)
class _Job:
    serial: int
    request_id: str
    conversation_id: int
    reply_id: int
    messages: tuple[ChatMessage, ...]
    sampling: SamplingParams
    load: LoadParams
    cancel: threading.Event
    adapters: Adapters = ()


class ChatController(QObject):
    """Lives on the GUI thread. One reply streams at a time; its thread only emits signals."""

    conversations_changed = Signal()  # the list (titles, order) changed
    conversation_opened = Signal(int)  # conversation id (0: none)
    branch_changed = Signal(list)  # list[MessageNode]: the visible root-to-leaf path
    reply_started = Signal(int)  # id of the assistant message being written
    chunk_received = Signal(int, str)  # reply id, text appended since the last chunk
    reply_finished = Signal(int, object)  # reply id, GenerationFinished
    reply_failed = Signal(int, str, str)  # reply id, message for the user, detail
    busy_changed = Signal(bool)
    context_counted = Signal(int, int)  # conversation id, tokens of its visible branch as the model would see it

    def __init__(
        self,
        store: ConversationRepository,
        engine: EngineSupervisor,
        default_system_prompt: str = "",
        parent: QObject | None = None,
        ops: BackgroundOps | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops or BackgroundOps(self)
        self._store = store
        self._engine = engine
        self._serials = itertools.count(1)
        self._job: _Job | None = None
        self._reply_text: list[str] = []
        self._last_save = 0.0
        self.default_system_prompt = default_system_prompt
        self.sampling = SamplingParams()
        self.load_params: LoadParams | None = None
        self.adapters: Adapters = ()  # LoRA adapters (path, scale) switched on for the next replies
        self.adapter_names: dict[str, str] = {}  # adapter path -> the run's name, recorded with each reply
        self.conversation: Conversation | None = None
        self.tree = ConversationTree([])
        self.last_stats: GenerationStats | None = None
        self._chunk.connect(self._on_job_chunk)
        self._finished.connect(self._on_job_finished)
        self._failed.connect(self._on_job_failed)

    # conversations

    @property
    def busy(self) -> bool:
        return self._job is not None

    def conversations(self, search: str = "") -> list[Conversation]:
        return self._store.list_conversations(search)

    def new_conversation(self) -> Conversation:
        """Open an empty chat: one that is still empty is reused, so New chat never piles up empty ones."""
        empty = next((c for c in self._store.list_conversations() if c.current_leaf_id is None), None)
        conversation = empty or self._store.create_conversation("New chat", self.default_system_prompt)
        self.conversations_changed.emit()
        self.open_conversation(conversation.id)
        return conversation

    def open_conversation(self, conversation_id: int) -> None:
        if self.busy:
            self.stop()
        self.conversation = self._store.conversation(conversation_id)
        self._reload_tree()
        self.conversation_opened.emit(conversation_id)
        self._emit_branch()

    def rename(self, conversation_id: int, title: str) -> None:
        self._store.rename_conversation(conversation_id, title)
        if self.conversation and self.conversation.id == conversation_id:
            self.conversation = self._store.conversation(conversation_id)
        self.conversations_changed.emit()

    def delete(self, conversation_id: int) -> None:
        if self.conversation and self.conversation.id == conversation_id:
            if self.busy:
                self.stop()
            self.conversation = None
            self.tree = ConversationTree([])
            self.conversation_opened.emit(0)
            self.branch_changed.emit([])
        self._store.delete_conversation(conversation_id)
        self.conversations_changed.emit()

    def set_system_prompt(self, text: str) -> None:
        if self.conversation is not None:
            self._store.set_system_prompt(self.conversation.id, text)
            self.conversation = self._store.conversation(self.conversation.id)

    def visible_path(self) -> list[MessageNode]:
        leaf = self.conversation.current_leaf_id if self.conversation else None
        if leaf is None or leaf not in self.tree:
            leaf = self.tree.default_leaf()
        return self.tree.path_to(leaf)

    def switch_branch(self, message_id: int, step: int) -> None:
        """Show the sibling `step` places away from message_id, down to its newest leaf."""
        if self.conversation is None or self.busy or message_id not in self.tree:
            return
        sibling = self.tree.sibling(message_id, step)
        self._set_leaf(self.tree.latest_leaf_under(sibling))

    # sending

    def send(self, text: str) -> None:
        """Save the user's message first (it survives any crash), then stream the reply."""
        text = text.strip()
        if not text or self.busy:
            return
        if self.conversation is None:
            self.new_conversation()
        assert self.conversation is not None
        path = self.visible_path()
        parent_id = path[-1].id if path else None
        if not path:
            self._store.rename_conversation(self.conversation.id, title_from_text(text))
        user = self._store.add_message(self.conversation.id, parent_id, "user", text)
        self._reload_tree()
        self.conversations_changed.emit()
        self._start_reply(user)

    def regenerate(self, assistant_id: int | None = None) -> None:
        """A new reply beside an old one (the old branch stays, reachable with the switcher)."""
        if self.busy or self.conversation is None:
            return
        path = self.visible_path()
        if assistant_id is None:
            assistant_id = next((n.id for n in reversed(path) if n.role == "assistant"), None)
        if assistant_id is None or assistant_id not in self.tree:
            if path and path[-1].role == "user":
                self._start_reply(path[-1])
            return
        parent = self.tree.node(assistant_id).parent_id
        if parent is None:
            return
        self._start_reply(self.tree.node(parent))

    def edit_and_resend(self, user_id: int, text: str) -> None:
        """A new user message beside the edited one, then a fresh reply; the original branch stays."""
        if self.busy or self.conversation is None or user_id not in self.tree or not text.strip():
            return
        original = self.tree.node(user_id)
        edited = self._store.add_message(self.conversation.id, original.parent_id, "user", text.strip())
        self._reload_tree()
        self._start_reply(edited)

    def count_context(self) -> None:
        """Count the open branch with the model's template, off the GUI thread (never while a reply streams: the
        engine is busy with it); `context_counted` says how many."""
        conversation = self.conversation
        if conversation is None or self.busy:
            return
        path = self.visible_path()
        if not path:
            self.context_counted.emit(conversation.id, 0)
            return
        messages = prompt_messages(conversation.system_prompt, path)
        engine = self._engine

        def work(_flag: CancelFlag) -> int:
            return engine.client().count_chat(messages)

        def done(outcome: Outcome) -> None:
            if isinstance(outcome, Succeeded):
                self.context_counted.emit(conversation.id, int(outcome.value))
            elif isinstance(outcome, Failed):
                # The meter keeps its last value; the engine's own error reaches the user with the next message.
                log.info("could not count the conversation's tokens: %s", outcome.message)

        self._ops.run("chat-context", work, done)

    def shutdown(self) -> None:
        """The window is closing: save the reply as far as it was shown, then stop it (its end would arrive after
        the app quit, and closing lost what had appeared since the last periodic save: issue 10, item 21)."""
        job = self._job
        if job is not None:
            meta = {"model": job.load.path, **adapter_meta(job.adapters, self.adapter_names), "finish_reason": "cancelled"}
            self._store.update_message(job.reply_id, "".join(self._reply_text), "complete", meta)
        self.stop()
        self._job = None
        self._ops.cancel("chat-context")

    def stop(self) -> None:
        job = self._job
        if job is None:
            return
        job.cancel.set()
        client_holder = self._engine
        # /cancel is a loopback call, but never make the GUI thread wait on a possibly hung worker.
        threading.Thread(
            target=lambda: _quiet_cancel(client_holder, job.request_id), daemon=True, name="chat-cancel"
        ).start()

    # streaming

    def _start_reply(self, user: MessageNode) -> None:
        assert self.conversation is not None
        if self.load_params is None:
            self.reply_failed.emit(0, "No model is selected. Pick one in the model list.", "")
            return
        path = self.tree.path_to(user.id)
        messages = prompt_messages(self.conversation.system_prompt, path)
        meta: dict[str, object] = {"model": self.load_params.path, **adapter_meta(self.adapters, self.adapter_names)}
        reply = self._store.add_message(self.conversation.id, user.id, "assistant", "", "partial", meta)
        self._reload_tree()
        job = _Job(
            serial=next(self._serials),
            request_id=f"chat-{uuid.uuid4().hex[:12]}",
            conversation_id=self.conversation.id,
            reply_id=reply.id,
            messages=tuple(messages),
            sampling=self.sampling,
            load=self.load_params,
            cancel=threading.Event(),
            adapters=self.adapters,
        )
        self._job = job
        self._reply_text = []
        self._last_save = time.monotonic()
        self._emit_branch()
        self.busy_changed.emit(True)
        self.reply_started.emit(reply.id)
        threading.Thread(target=self._run, args=(job,), daemon=True, name=f"chat-{job.serial}").start()

    def _run(self, job: _Job) -> None:
        """Runs on its own thread: stream, batching text to at most ~30 signals a second."""
        pending: list[str] = []
        last_emit = 0.0
        try:
            self._engine.ensure_loaded(job.load)
            client = self._engine.client()
            finished: GenerationFinished | None = None
            for event in client.chat_stream(
                job.messages, job.sampling, job.cancel.is_set, job.request_id, adapters=job.adapters
            ):
                if isinstance(event, TextDelta):
                    pending.append(event.text)
                    now = time.monotonic()
                    if now - last_emit >= CHUNK_INTERVAL_S:
                        self._chunk.emit(job.serial, "".join(pending))
                        pending = []
                        last_emit = now
                else:
                    finished = event
            if pending:
                self._chunk.emit(job.serial, "".join(pending))
            if finished is None:
                finished = GenerationFinished("cancelled" if job.cancel.is_set() else "stop", GenerationStats())
            self._finished.emit(job.serial, finished)
        except EngineUnavailableError as exc:
            if pending:
                self._chunk.emit(job.serial, "".join(pending))
            explained = self._engine.explain(exc)
            detail = getattr(explained, "detail", "")
            message = f"{explained} Your conversation is safe; the engine restarts on the next message."
            self._failed.emit(job.serial, message, detail)
        except DesktopLlmError as exc:
            self._failed.emit(job.serial, str(exc), "")
        except Exception as exc:  # a background error must reach the user, never vanish
            log.exception("chat generation failed")
            self._failed.emit(job.serial, f"Unexpected error: {exc}", "")

    # _run emits these on the worker thread; they are queued to the GUI thread, where the _on_* slots run.
    # Routing through a private signal keeps the store writes on the GUI thread.
    _chunk = Signal(int, str)
    _finished = Signal(int, object)
    _failed = Signal(int, str, str)

    def _on_job_chunk(self, serial: int, text: str) -> None:
        job = self._job
        if job is None or job.serial != serial:
            return  # a late chunk of a reply that was already stopped
        self._reply_text.append(text)
        self.chunk_received.emit(job.reply_id, text)
        now = time.monotonic()
        if now - self._last_save >= SAVE_INTERVAL_S:
            self._last_save = now
            self._store.update_message(job.reply_id, "".join(self._reply_text), "partial")

    def _on_job_finished(self, serial: int, finished: GenerationFinished) -> None:
        job = self._job
        if job is None or job.serial != serial:
            return
        stats = finished.stats
        meta = {
            "model": job.load.path,
            **adapter_meta(job.adapters, self.adapter_names),
            "finish_reason": finished.finish_reason,
            "tokens_per_s": stats.tokens_per_s,
            "completion_tokens": stats.completion_tokens,
            "prompt_tokens": stats.prompt_tokens,
            "dropped_messages": stats.dropped_messages,
        }
        self._store.update_message(job.reply_id, "".join(self._reply_text), "complete", meta)
        self.last_stats = stats
        self._end_job()
        self.reply_finished.emit(job.reply_id, finished)

    def _on_job_failed(self, serial: int, message: str, detail: str) -> None:
        job = self._job
        if job is None or job.serial != serial:
            return
        self._store.update_message(job.reply_id, "".join(self._reply_text), "error", {"error": message})
        self._end_job()
        self.reply_failed.emit(job.reply_id, message, detail)

    def _end_job(self) -> None:
        self._job = None
        self._reply_text = []
        self._reload_tree()
        self.busy_changed.emit(False)
        self.conversations_changed.emit()
        self._emit_branch()

    # helpers

    def _reload_tree(self) -> None:
        if self.conversation is None:
            self.tree = ConversationTree([])
            return
        self.conversation = self._store.conversation(self.conversation.id)
        self.tree = ConversationTree(self._store.messages(self.conversation.id))

    def _set_leaf(self, leaf_id: int | None) -> None:
        assert self.conversation is not None
        self._store.set_current_leaf(self.conversation.id, leaf_id)
        self.conversation = self._store.conversation(self.conversation.id)
        self._emit_branch()

    def _emit_branch(self) -> None:
        self.branch_changed.emit(self.visible_path())

    def export(self, kind: str) -> str:
        """The open conversation as Markdown (its visible branch, kind "md") or JSON (every branch)."""
        if self.conversation is None:
            raise DesktopLlmError("no conversation is open")
        if kind == "md":
            return to_markdown(self.conversation, self.visible_path())
        return to_json(self.conversation, self._store.messages(self.conversation.id))


def adapter_meta(adapters: Adapters, names: dict[str, str] | None = None) -> dict[str, object]:
    """What a reply records about the adapters it was written with (shown under it and in exports): the path,
    the scale, and the run's name as the picker showed it."""
    if not adapters:
        return {}
    names = names or {}
    return {"adapters": [{"path": path, "scale": scale, **({"name": names[path]} if path in names else {})}
                         for path, scale in adapters]}


def _quiet_cancel(engine: EngineSupervisor, request_id: str) -> None:
    try:
        engine.client().cancel(request_id)
    except DesktopLlmError as exc:
        log.info("cancel request not delivered: %s", exc)
