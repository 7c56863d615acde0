"""Wiring of tools in chat (issue 14), called by the composition root (app.py is at its size limit): the chat's tool
state store, the built-in tools (and any extra tools or MCP providers handed in), ChatTools beside the chat
controller, the tools chip under the composer and the live call blocks and approval cards in the conversation."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Collection, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from desktop_llm.core.reasoning import ReasoningFormat
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.tool_meta import ChatToolState
from desktop_llm.core.tool_types import Tool, ToolOutcome, ToolSpec
from desktop_llm.services.storage.chat_tool_store import ChatToolStore
from desktop_llm.services.tools.builtin_tools import Calculator, CurrentDatetime, ReadPassage, SearchKnowledge, StoreKnowledge
from desktop_llm.services.tools.file_tools import FolderGrant, ListFolder, ReadFile
from desktop_llm.services.tools.python_sandbox import PythonSandboxTool
from desktop_llm.services.tools.registry import ToolProvider, ToolRegistry
from desktop_llm.services.tools.tool_loop import (
    CallFinished,
    CallStarted,
    LoopReasoning,
    LoopResult,
    LoopText,
    RoundEnded,
    ToolLoopEvent,
    run_tool_loop,
)

log = logging.getLogger(__name__)
MAX_ROUNDS = 8
TIMEOUT_S = 60.0


class ToolCatalog:
    """The tools a chat may switch on, and one chat's loop: its granted folders, attached collections and, with a
    `scratch_root` (<data dir>/scratch), the Python sandbox in the chat's own scratch folder <scratch_root>/<chat id>
    (created private on its first run, removed with the chat: forget)."""

    def __init__(self, knowledge_base: Any = None, extra_tools: Sequence[Tool] = (),
                 providers: Sequence[ToolProvider] = (), scratch_root: Path | None = None) -> None:
        self._knowledge = knowledge_base
        self._extra = tuple(extra_tools)
        self._providers = tuple(providers)
        self._scratch_root = scratch_root

    def _tools(self, folders: Sequence[str], collections: Sequence[Any], conversation_id: int = 0) -> list[Tool]:
        grant = FolderGrant(folders)
        tools: list[Tool] = [CurrentDatetime(), Calculator(), ListFolder(grant), ReadFile(grant)]
        if self._knowledge is not None:
            source = StoreKnowledge(self._knowledge)
            tools += [SearchKnowledge(source, [c.id for c in collections]), ReadPassage(source, [c.name for c in collections])]
        if self._scratch_root is not None:  # nothing is created until the tool runs
            tools.append(PythonSandboxTool(self.scratch(conversation_id)))
        return [*tools, *self._extra]

    def scratch(self, conversation_id: int) -> Path:
        """The chat's scratch folder (a chat id is a number: it cannot name a path outside the root)."""
        if self._scratch_root is None:
            raise ValueError("this catalog has no Python sandbox")
        return self._scratch_root / str(int(conversation_id))

    def specs(self) -> list[ToolSpec]:
        return ToolRegistry(self._tools((), ()), self._providers).specs()

    def runner(self, conversation_id: int, state: ChatToolState) -> Callable[..., LoopResult]:
        collections = self._knowledge.attached(conversation_id) if self._knowledge is not None else []
        registry = ToolRegistry(self._tools(state.folders, collections, conversation_id), self._providers)
        return partial(_run, registry, tuple(state.enabled))

    def forget(self, conversation_id: int) -> None:
        """The chat was deleted: its scratch folder goes (what the model's code left there is the chat's).
        Off the GUI thread (ChatTools runs it on BackgroundOps)."""
        if self._scratch_root is None or conversation_id <= 0:
            return
        folder = self.scratch(conversation_id)
        if folder.is_symlink():  # never follow a link out of the root
            folder.unlink()
        elif folder.exists():
            shutil.rmtree(folder)


def _run(registry: ToolRegistry, enabled: Collection[str], client: Any, messages: Any, sampling: SamplingParams,
         approver: Any, sink: Any, cancel: threading.Event, policy: Callable[[ToolSpec], bool],
         reasoning: ReasoningFormat, **stream_kwargs: Any) -> LoopResult:
    """run_tool_loop, its events told to ChatTools' sink (controllers/chat_tools.LoopSink)."""

    def on_event(event: ToolLoopEvent) -> None:
        if isinstance(event, LoopText):
            sink.text(event.text)
        elif isinstance(event, LoopReasoning):
            sink.reasoning(event.text)
        elif isinstance(event, CallStarted):
            sink.call_started(event.call, event.spec)
        elif isinstance(event, CallFinished):
            sink.call_finished(event.outcome)
        elif isinstance(event, RoundEnded):
            sink.round_ended()

    return run_tool_loop(client, messages, sampling, registry, enabled, approver, on_event, cancel,
                         max_rounds=MAX_ROUNDS, timeout_s=TIMEOUT_S, policy=policy, reasoning=reasoning,
                         **stream_kwargs)


def add_tools(window: Any, services: Any, chat: Any, knowledge_base: Any = None, engine: Any = None,
              extra_tools: Sequence[Tool] = (), providers: Sequence[ToolProvider] = (),
              scratch_root: Path | None = None) -> Any:
    """Tools in the chat of `window`. `services`: app.Services (its paths: the database); `chat`: the ChatController;
    `knowledge_base`: the KnowledgeBase (search_knowledge/read_passage over the chat's attached collections);
    `engine`: the EngineController (its model_loaded status says whether the model's template writes tools);
    `extra_tools`: more tools; `providers`: MCP servers; `scratch_root`: the Python sandbox, a scratch folder per
    chat (ToolCatalog). Closed with the window. Returns the ChatTools (Settings sets its always-allowed tools:
    set_always_allowed)."""
    from desktop_llm.controllers.chat_tools import ApprovalTicket, ChatTools

    store = ChatToolStore(services.paths.database_file)
    tools = ChatTools(chat, store, ToolCatalog(knowledge_base, extra_tools, providers, scratch_root))
    panel = window.chat_panel
    panel.tools_chip.bind(tools)
    panel.tools_chip.setVisible(True)
    tools.failed.connect(panel.show_error)

    def started(reply_id: int, call: Any, spec: ToolSpec | None) -> None:
        if (view := panel.tool_calls(reply_id)) is not None:
            view.start(call, spec)

    def finished(reply_id: int, outcome: ToolOutcome, decision: str) -> None:
        if (view := panel.tool_calls(reply_id)) is not None:
            view.finish(outcome, decision)

    def asked(reply_id: int, ticket: ApprovalTicket) -> None:
        view = panel.tool_calls(reply_id)
        if view is None:  # not on screen (another chat opened meanwhile): nobody can answer, so it is denied
            ticket.answer("deny")
            return
        view.ask(ticket.call, ticket.spec).decided.connect(ticket.answer)

    def answered(reply_id: int, call_id: str, decision: str) -> None:
        if (view := panel.tool_calls(reply_id)) is not None:
            view.answered(call_id, decision)

    tools.call_started.connect(started)
    tools.call_finished.connect(finished)
    tools.approval_requested.connect(asked)
    tools.approval_answered.connect(answered)
    engine = engine if engine is not None else getattr(window, "engine", None)
    if engine is not None:
        engine.model_loaded.connect(lambda status: tools.set_supported(
            status.model is None or status.model.reads_tools is not False))
    window.closed.connect(tools.shutdown)  # waits (bounded) for a deleted chat's scratch folder being removed
    window.closed.connect(store.close)
    return tools
