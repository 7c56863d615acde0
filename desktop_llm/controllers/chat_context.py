"""The context meter's count (chat_controller.count_context): the open branch as the next reply's prompt will carry
it, so the meter tells the truth before the message is sent.

- Tools on in the chat (and a model whose template writes them): the tools' definitions are rendered into the prompt
  by the model's own template, so the engine counts the chat with the same `tools` the reply will send (where the
  counter cannot take them, a remote server's /tokenize, they are estimated from their JSON).
- Collections attached (and tools off: a reply with tools runs the tool loop, whose passages come from its calls):
  the passages go into the prompt up to the share of it controllers/chat_knowledge.py gives them; that share is
  reserved, as far as the room beside the branch allows, since what the search finds is known only when the reply
  is written.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from desktop_llm.controllers.chat_stream import ReasoningFormats, template_kwargs
from desktop_llm.core.context_budget import reply_reserve
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.protocols import ChatEngine, EngineSupervisor
from desktop_llm.core.retrieval import KNOWLEDGE_SHARE
from desktop_llm.core.sampling import LoadParams, SamplingParams

log = logging.getLogger(__name__)
CHARS_PER_TOKEN = 3  # the estimate of tool definitions a counter cannot take (JSON is dense in tokens)


class _Tools(Protocol):  # controllers/chat_tools.ChatTools (which imports this module)
    def context_tools(self) -> list[Mapping[str, Any]]: ...


class _Knowledge(Protocol):  # controllers/chat_knowledge.ChatKnowledge
    @property
    def attached(self) -> Sequence[object]: ...


class CountedChat(Protocol):
    """What of the chat controller the count reads (on the GUI thread)."""

    @property
    def tools(self) -> _Tools | None: ...
    @property
    def knowledge(self) -> _Knowledge | None: ...
    @property
    def load_params(self) -> LoadParams | None: ...
    @property
    def sampling(self) -> SamplingParams: ...
    @property
    def thinking(self) -> bool: ...


@dataclass(frozen=True)
class PromptExtras:
    """What the next reply's prompt carries beside the branch (read on the GUI thread, counted on a worker)."""

    tools: tuple[Mapping[str, Any], ...] = ()  # OpenAI-shaped tool definitions the reply sends
    room: int = 0  # tokens the prompt may take (the context less the reply's reserve); 0: no knowledge share
    knowledge_share: int = 0  # tokens the passages may take of that room


def prompt_extras(chat: CountedChat) -> PromptExtras:
    """GUI thread: the tools the next reply sends, or the share kept for knowledge passages (see the docstring)."""
    sent = tuple(chat.tools.context_tools()) if chat.tools is not None else ()
    if sent:
        return PromptExtras(sent)
    load = chat.load_params
    if chat.knowledge is None or not chat.knowledge.attached or load is None or load.n_ctx <= 0:
        return PromptExtras()
    room = load.n_ctx - reply_reserve(load.n_ctx, chat.sampling.max_tokens)
    return PromptExtras(room=room, knowledge_share=int(room * KNOWLEDGE_SHARE))


def prompt_counter(chat: CountedChat, formats: ReasoningFormats) -> Callable[[ChatEngine, Sequence[ChatMessage]], int]:
    """Read on the GUI thread what the next reply sends; the function returned counts a branch on a worker thread, as
    the reply's prompt is rendered (with the Think switch's template variables, the tools or the knowledge share)."""
    extras, thinking = prompt_extras(chat), chat.thinking
    model = chat.load_params.path if chat.load_params is not None else ""

    def count(client: ChatEngine, messages: Sequence[ChatMessage]) -> int:
        return count_prompt(client, messages, template_kwargs(formats.get(model, thinking), thinking), extras)

    return count


def count_prompt(client: ChatEngine, messages: Sequence[ChatMessage], kwargs: Mapping[str, object],
                 extras: PromptExtras) -> int:
    """Worker thread: the tokens of the next reply's prompt; raises as count_chat does."""
    if extras.tools:
        try:
            return client.count_chat(messages, kwargs, tools=extras.tools)
        except DesktopLlmError as exc:  # a counter that cannot render tools: the branch, and the tools estimated
            log.info("the tools' tokens are estimated: %s", exc)
            return client.count_chat(messages, kwargs) + estimate_tools(extras.tools)
    counted = client.count_chat(messages, kwargs)
    return counted + max(0, min(extras.knowledge_share, extras.room - counted))


def estimate_tools(tools: Sequence[Mapping[str, Any]]) -> int:
    """Tokens of tool definitions as a template writes them (their JSON), where no counter can say."""
    return len(json.dumps(list(tools), ensure_ascii=False)) // CHARS_PER_TOKEN + 1


class _Conversation(Protocol):
    @property
    def system_prompt(self) -> str: ...


class FitChat(CountedChat, Protocol):
    """What of the chat controller the fit check of the composer's images reads (on the GUI thread)."""

    @property
    def conversation(self) -> _Conversation | None: ...
    @property
    def default_system_prompt(self) -> str: ...


@dataclass(frozen=True)
class FitQuery:
    """What the fit check of the composer's images (chat_images.ChatImages) counts with, read on the GUI thread."""

    load: LoadParams  # the chosen model: a fit is known for it only
    count: Callable[[Sequence[ChatMessage]], int]  # worker thread: a prompt's tokens, rendered as the reply's will be
    system_prompt: str  # the open chat's (a new chat's default)
    room: int  # tokens the prompt may take: the context less what is kept for the reply


def fit_query(chat: FitChat, formats: ReasoningFormats, engine: EngineSupervisor) -> FitQuery | None:
    """GUI thread: the fit check's query for the chosen model, None for a model that takes no images here (no
    projector: refused for that instead; a server's model counts for itself). Knowledge passages are left out: they
    are fitted around the message. Counted only while the engine has that model loaded (another, or none: the
    check says nothing, and the reply's own budget still applies)."""
    load = chat.load_params
    if load is None or load.backend or not load.mmproj or load.n_ctx <= 0:
        return None
    loaded = getattr(engine, "loaded_params", load)  # EngineHost says which; a supervisor that cannot is trusted
    if loaded is None or (loaded.path, loaded.mmproj) != (load.path, load.mmproj):
        return None
    thinking = chat.thinking
    kwargs = template_kwargs(formats.get(load.path, thinking), thinking)
    extras = PromptExtras(prompt_extras(chat).tools)

    def count(messages: Sequence[ChatMessage]) -> int:
        return count_prompt(engine.client(), messages, kwargs, extras)

    conversation = chat.conversation
    system = conversation.system_prompt if conversation is not None else chat.default_system_prompt
    return FitQuery(load, count, system, load.n_ctx - reply_reserve(load.n_ctx, chat.sampling.max_tokens))
