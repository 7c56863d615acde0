"""Chat: conversations, branches, and streaming replies from the engine into the store and the view."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, CancelledOutcome, Failed, Outcome, Succeeded
from desktop_llm.controllers.chat_history import ChatHistory
from desktop_llm.controllers.chat_images import ChatImages, branch_has_images, export_text, fit_query
from desktop_llm.controllers.chat_knowledge import ChatKnowledge, knowledge_meta
from desktop_llm.controllers.chat_stream import ReasoningFormats, ReplyJob, ReplyProgress, adapter_meta, stream_reply
from desktop_llm.controllers.chat_tools import ChatTools, final_text, prompt_counter, prompt_messages, routed_parts, tool_turn
from desktop_llm.controllers.i18n import tr
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.chat_changes import (
    ConversationAdded,
    ConversationRemoved,
    ConversationRenamed,
    ConversationTouched,
    MessageChange,
    MessageUpdated,
)
from desktop_llm.core.conversation import Conversation, ConversationTree, MessageNode, title_from_text
from desktop_llm.core.errors import DesktopLlmError, ReplyInterruptedError
from desktop_llm.core.events import GenerationFinished, GenerationStats
from desktop_llm.core.protocols import ConversationRepository, EngineSupervisor
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams

log = logging.getLogger(__name__)
SAVE_INTERVAL_S = 3.0  # a long reply is saved this often while it streams
REPLY_LANE = "chat-reply"  # one reply at a time; a newer one would cancel the older and drop what it still sends


class ChatController(QObject):
    """Lives on the GUI thread. One reply streams at a time, on BackgroundOps: its text and its end arrive here on
    the GUI thread, where the store is written.

    What changes on screen is said as change records (core/chat_changes.py): a send adds two messages and a reply
    updates one, instead of redrawing the branch and reading the conversation list back (issue 19, item 6);
    opening a conversation or switching branches redraws the whole branch (`branch_changed`)."""

    conversation_changed = Signal(object)  # ConversationChange: a chat added, renamed, touched or removed
    conversation_opened = Signal(int)  # conversation id (0: none)
    branch_changed = Signal(list)  # list[MessageNode]: the visible root-to-leaf path, shown anew (open, switch)
    message_changed = Signal(object)  # MessageChange: one message added to, updated on or removed from that path
    reply_started = Signal(int)  # id of the assistant message being written
    chunk_received = Signal(int, str)  # reply id, answer text appended since the last chunk
    reasoning_received = Signal(int, str)  # reply id, reasoning text appended since the last chunk
    thinking_finished = Signal(int, float)  # reply id, seconds the model spent reasoning before its answer
    reply_finished = Signal(int, object)  # reply id, GenerationFinished
    reply_failed = Signal(int, str, str)  # reply id, message for the user, detail
    busy_changed = Signal(bool)
    context_counted = Signal(int, int)  # conversation id, tokens of its visible branch as the model would see it
    reasoning_format_read = Signal(str, object)  # model path, its ReasoningFormat (reads_enable_thinking: a switch)

    def __init__(
        self,
        store: ConversationRepository,
        engine: EngineSupervisor,
        default_system_prompt: str = "",
        parent: QObject | None = None,
        ops: BackgroundOps | None = None,
        selection: ModelSelection | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops or BackgroundOps(self)
        self._store = store
        self._history = ChatHistory(store)
        self._engine = engine
        self._job: ReplyJob | None = None
        self._reply_text: list[str] = []
        self._reply_reasoning: list[str] = []
        self._thought_s: float | None = None
        self._formats = ReasoningFormats()  # each model's reasoning markers, learnt once per file
        self._last_save = 0.0
        self.default_system_prompt = default_system_prompt
        self.sampling = SamplingParams()
        self.thinking = True  # the Think switch, sent as enable_thinking where the model's template reads it
        # The model chosen in the window (shared with the documents and the Train tab); its own when alone.
        self.selection = selection or ModelSelection(self)
        self.selection.changed.connect(self._on_selection_changed)
        self.adapters: Adapters = ()  # LoRA adapters (path, scale) switched on for the next replies
        self.adapter_names: dict[str, str] = {}  # adapter path -> the run's name, recorded with each reply
        self.last_stats: GenerationStats | None = None
        self.knowledge: ChatKnowledge | None = None  # collections attached to chats (controllers/chat_knowledge.py)
        self.tools: ChatTools | None = None  # tool calls in replies (controllers/chat_tools.py)
        self.images = ChatImages(ops=self._ops, fit=lambda: fit_query(self, self._formats, self._engine))  # issue 17

    @property
    def load_params(self) -> LoadParams | None:
        """The model the next reply comes from: the current selection."""
        return self.selection.params

    # conversations

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def conversation(self) -> Conversation | None:
        return self._history.conversation

    @property
    def tree(self) -> ConversationTree:
        return self._history.tree

    def conversations(self, search: str = "") -> list[Conversation]:
        return self._store.list_conversations(search)

    def new_conversation(self) -> Conversation:
        """Open an empty chat: one that is still empty is reused, so New chat never piles up empty ones."""
        conversation = next((c for c in self._store.list_conversations() if c.current_leaf_id is None), None)
        if conversation is None:
            conversation = self._store.create_conversation(tr("New chat"), self.default_system_prompt)
            self.conversation_changed.emit(ConversationAdded(conversation))
        self.open_conversation(conversation.id)
        return conversation

    def open_conversation(self, conversation_id: int) -> None:
        if self.busy:
            self.stop()
        self._history.open(conversation_id)
        self.conversation_opened.emit(conversation_id)
        self._emit_branch()

    def rename(self, conversation_id: int, title: str) -> None:
        self.conversation_changed.emit(ConversationRenamed(self._history.rename(conversation_id, title)))

    def delete(self, conversation_id: int) -> None:
        if self._history.is_open(conversation_id):
            if self.busy:
                self.stop()
            self._history.close()
            self.conversation_opened.emit(0)
            self.branch_changed.emit([])
        self._store.delete_conversation(conversation_id)
        self.conversation_changed.emit(ConversationRemoved(conversation_id))

    def set_system_prompt(self, text: str) -> None:
        if self.conversation is not None:
            self.conversation_changed.emit(ConversationTouched(self._history.set_system_prompt(text)))

    def visible_path(self) -> list[MessageNode]:
        return self._history.visible_path()

    def switch_branch(self, message_id: int, step: int) -> None:
        """Show the sibling `step` places away from message_id, down to its newest leaf."""
        if self.conversation is None or self.busy or message_id not in self.tree:
            return
        sibling = self.tree.sibling(message_id, step)
        self._history.set_leaf(self.tree.latest_leaf_under(sibling))
        self._emit_branch()

    # sending

    def send(self, text: str) -> None:
        """Save the user's message and images first (it survives any crash), then stream the reply (issue 17: images
        a model cannot see are refused, said in the composer, and stay there; nothing is sent)."""
        text, images = text.strip(), self.images.ready
        if not (text or images) or self.busy or self.images.pending or self.images.refused(self.load_params, bool(images)):
            return
        if self.conversation is None:
            self.new_conversation()
        assert self.conversation is not None
        path = self.visible_path()
        if not path:
            self.rename(self.conversation.id, title_from_text(text, untitled=tr("New chat")))
        user, changes = self._history.add(path[-1].id if path else None, "user", text, images=images)
        self.images.clear()
        self._emit_touched()
        self._start_reply(user, changes)

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
        """A new user message (the edited one's images kept) beside the edited one, then a fresh reply; both stay."""
        if self.busy or self.conversation is None or user_id not in self.tree or not text.strip():
            return
        edited, changes = self._history.add((old := self.tree.node(user_id)).parent_id, "user", text.strip(), images=old.images)
        self._emit_touched()
        self._start_reply(edited, changes)

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
        engine, count, urls = self._engine, prompt_counter(self, self._formats), self.images.urls  # images: data URLs

        def work(_flag: CancelFlag) -> int:  # counted as the reply's prompt is rendered (controllers/chat_context.py)
            return count(engine.client(), urls.inline(messages))

        def done(outcome: Outcome) -> None:
            if isinstance(outcome, Succeeded):
                self.context_counted.emit(conversation.id, int(outcome.value))
            elif isinstance(outcome, Failed):
                # The meter keeps its last value; the engine's own error reaches the user with the next message.
                log.info("could not count the conversation's tokens: %s", outcome.message)

        self._ops.run("chat-context", work, done)

    def shutdown(self) -> None:
        """The window is closing: save the reply as far as it was shown, then stop it and every other operation
        (its end would arrive after the app quit, and closing lost what had appeared since the last periodic save:
        issue 10, item 21). Nothing is delivered afterwards: the store is about to close."""
        job = self._job
        if job is not None:
            meta = {"model": job.load.path, **adapter_meta(job.adapters, self.adapter_names), "finish_reason": "cancelled",
                    **self._thinking_meta()}
            self._store.update_message(job.reply_id, "".join(self._reply_text), "complete", meta,  # nothing to show
                                       "".join(self._reply_reasoning).strip())
        self.stop()  # before the shutdown below, which starts nothing new: the engine still hears the /cancel
        self._job = None
        self._ops.shutdown()

    def stop(self) -> None:
        """Stop the reply: its stream ends as cancelled and its text so far is saved as its end arrives."""
        job = self._job
        if job is None:
            return
        self._ops.cancel(REPLY_LANE)
        engine = self._engine
        # /cancel is a loopback call, but never make the GUI thread wait on a possibly hung worker.
        self._ops.run("chat-cancel", lambda _flag: engine.client().cancel(job.request_id), _on_cancel_done)

    # streaming

    def _start_reply(self, user: MessageNode, changes: list[MessageChange] | None = None) -> None:
        """`changes`: what adding `user` changed on screen; shown together with the new reply once the job is set,
        so the views are told while busy (nothing counts the context of a branch whose reply is starting)."""
        assert self.conversation is not None
        if self.load_params is None:
            self._emit_changes(changes or [])
            self.reply_failed.emit(0, tr("No model is selected. Pick one in the model list."), "")
            return
        path = self.tree.path_to(user.id)
        if self.images.refused(self.load_params, branch_has_images(path)):  # no projector: said, images never dropped
            self._emit_changes(changes or [])
            return
        messages = prompt_messages(self.conversation.system_prompt, path)
        meta: dict[str, object] = {"model": self.load_params.path, **adapter_meta(self.adapters, self.adapter_names)}
        reply, reply_changes = self._history.add(user.id, "assistant", "", "partial", meta)
        self._emit_touched()
        job = ReplyJob(
            request_id=f"chat-{uuid.uuid4().hex[:12]}",
            conversation_id=self.conversation.id,
            reply_id=reply.id,
            messages=tuple(messages),
            sampling=self.sampling,
            load=self.load_params,
            adapters=self.adapters,
            formats=self._formats,
            thinking=self.thinking,
        )
        self._job = job
        self._reply_text, self._reply_reasoning, self._thought_s = [], [], None
        self._last_save = time.monotonic()
        self._emit_changes([*(changes or []), *reply_changes])
        self.busy_changed.emit(True)
        self.reply_started.emit(reply.id)
        engine, turn = self._engine, tool_turn(self.tools, job) or (self.knowledge.turn(job) if self.knowledge else None)
        urls = self.images.urls  # the stored images read as data URLs on the worker

        def work(flag: CancelFlag, report: Callable[[ReplyProgress], None]) -> GenerationFinished:
            return (turn.stream if turn else stream_reply)(engine, urls.job(job), flag.event, report)

        # A stopped reply still ends with what the engine says (finish_reason "cancelled", its stats) and is saved
        # as such, so its result is kept rather than turned into a bare cancellation.
        self._ops.run_reporting(REPLY_LANE, work, lambda outcome: self._on_reply_done(job, outcome),
                                lambda text: self._on_reply_reported(job, text), cancel_drops_result=False)

    def _on_reply_reported(self, job: ReplyJob, progress: ReplyProgress) -> None:
        """Reasoning and answer since the last report; BackgroundOps already dropped the reports of a replaced reply."""
        for part in routed_parts(self.tools, job, progress):  # a tool event goes to ChatTools
            if part.kind == "reasoning":
                self._reply_reasoning.append(part.text)
                self.reasoning_received.emit(job.reply_id, part.text)
            else:
                if progress.thought_s is not None and self._thought_s is None:  # the block closes before the answer
                    self._thought_s = progress.thought_s
                    self.thinking_finished.emit(job.reply_id, progress.thought_s)
                self._reply_text.append(part.text)
                self.chunk_received.emit(job.reply_id, part.text)
        if progress.thought_s is not None and self._thought_s is None:
            self._thought_s = progress.thought_s
            self.thinking_finished.emit(job.reply_id, progress.thought_s)
        now = time.monotonic()
        if now - self._last_save >= SAVE_INTERVAL_S:
            self._last_save = now
            self._store.update_message(job.reply_id, "".join(self._reply_text), "partial", None,
                                       "".join(self._reply_reasoning).strip())

    def _on_reply_done(self, job: ReplyJob, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self._on_reply_finished(job, outcome.value)
        elif isinstance(outcome, Failed):
            detail = outcome.error.detail if isinstance(outcome.error, ReplyInterruptedError) else ""
            text, meta = final_text(self.tools, job.reply_id, self._reply_text)  # a failed reply keeps its tool rounds
            saved = self._history.update(job.reply_id, text, "error", {"error": outcome.message, **self._thinking_meta(), **meta},
                                         "".join(self._reply_reasoning).strip())
            self._end_job(saved)
            self.reply_failed.emit(job.reply_id, outcome.message, detail)
        elif isinstance(outcome, CancelledOutcome):  # the work raised Cancelled: saved as far as it came
            self._on_reply_finished(job, GenerationFinished("cancelled", GenerationStats()))

    def _on_reply_finished(self, job: ReplyJob, finished: GenerationFinished) -> None:
        stats, (text, tools) = finished.stats, final_text(self.tools, job.reply_id, self._reply_text)  # tools: rounds
        meta = {
            "model": job.load.path,
            **adapter_meta(job.adapters, self.adapter_names),
            "finish_reason": finished.finish_reason,
            "tokens_per_s": stats.tokens_per_s,
            "completion_tokens": stats.completion_tokens,
            "prompt_tokens": stats.prompt_tokens,
            "dropped_messages": stats.dropped_messages, **knowledge_meta(self.knowledge, job.reply_id, self._reply_text),
            **self._thinking_meta(), **tools,
        }
        saved = self._history.update(job.reply_id, text, "complete", meta,
                                     "".join(self._reply_reasoning).strip())
        self.last_stats = stats
        self._end_job(saved)
        self.reply_finished.emit(job.reply_id, finished)

    def _end_job(self, saved: MessageUpdated | None) -> None:
        """The reply as saved replaces its streamed text (rendered once); told after the job ends, so the context
        of the branch, reply included, is counted. Nothing else on screen or in the conversation list changed."""
        self._job = None
        self._reply_text, self._reply_reasoning, self._thought_s = [], [], None
        self.busy_changed.emit(False)
        if saved is not None:
            self.message_changed.emit(saved)

    def _on_selection_changed(self, params: LoadParams) -> None:
        """Learn the chosen model's reasoning format off the GUI thread (its template rendered in the sandbox, once
        per file): whether it reads `enable_thinking` decides whether the Think switch is offered."""
        formats = self._formats

        def done(outcome: Outcome) -> None:
            if isinstance(outcome, Succeeded) and params.path == self.selection.path:
                self.reasoning_format_read.emit(params.path, outcome.value)

        self._ops.run("chat-format", lambda _flag: formats.get(params.path), done)

    # helpers

    def _thinking_meta(self) -> dict[str, object]:
        """How long the reply's reasoning took (seconds), recorded with it for "Thought for 12 s"."""
        return {"thinking_s": round(self._thought_s, 1)} if self._thought_s is not None else {}

    def _emit_changes(self, changes: list[MessageChange]) -> None:
        for change in changes:
            self.message_changed.emit(change)

    def _emit_touched(self) -> None:
        if self.conversation is not None:
            self.conversation_changed.emit(ConversationTouched(self.conversation))

    def _emit_branch(self) -> None:
        self.branch_changed.emit(self.visible_path())

    def export(self, kind: str, include_reasoning: bool = False, target: Path | None = None) -> str:
        """The open conversation as Markdown (its visible branch, kind "md"; with `target`, its images copied beside
        it) or JSON (every branch); a reasoning model's thoughts only with include_reasoning."""
        if self.conversation is None:
            raise DesktopLlmError("no conversation is open")
        nodes = self.visible_path() if kind == "md" else self._store.messages(self.conversation.id)
        return export_text(self.conversation, nodes, kind, include_reasoning, target)


def _on_cancel_done(outcome: Outcome) -> None:
    """The /cancel call is fire-and-forget: only a failure is worth a log line (the cancel flag stops the stream anyway)."""
    if isinstance(outcome, Failed):
        log.info("cancel request not delivered: %s", outcome.message)
