"""`desktop-llm ask --knowledge NAME "question"` (issue 12): an answer from the user's documents, with citations.

The same steps as a chat reply with collections attached (controllers/chat_knowledge.KnowledgeTurn): search the
collections, put the numbered passages that fit (core/retrieval.passages_block, at most KNOWLEDGE_SHARE of the
prompt's room) with core/retrieval.knowledge_instructions in front of the question, stream the reply from the
chat engine as `desktop-llm chat` starts it, then list the sources the reply cites. The search is re-ranked as
`knowledge search` re-ranks it (the Knowledge page's reranker, or --rerank). With --only-documents and
nothing relevant found, the answer is "The documents do not say." without asking the model, as in the window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.knowledge_types import Passage
from desktop_llm.core.retrieval import (
    DOCUMENTS_DO_NOT_SAY,
    KNOWLEDGE_SHARE,
    cited,
    knowledge_instructions,
    passages_block,
    with_passages,
)
from desktop_llm.core.sampling import SamplingParams

SEARCH_K = 6  # as the chat: passages asked of the retriever; the block keeps what fits
MAX_QUESTION_CHARS = 2_000  # a pasted document as a question is searched by its start (as the chat)


def add_parser(commands: Any) -> None:
    from desktop_llm.cli.knowledge import add_rerank_option

    ask = commands.add_parser("ask", help="answer a question from your documents, citing its sources")
    ask.add_argument("question")
    ask.add_argument("--knowledge", action="append", required=True, metavar="NAME",
                     help="a collection to answer from; may be repeated")
    ask.add_argument("--model", help="chat GGUF file (default: the default model)")
    ask.add_argument("--only-documents", action="store_true",
                     help="answer only from the documents (\"The documents do not say.\" when nothing is relevant)")
    ask.add_argument("-k", type=int, default=SEARCH_K, help=f"passages to retrieve (default {SEARCH_K})")
    for option, kind in (("--max-tokens", int), ("--temperature", float), ("--seed", int)):
        ask.add_argument(option, type=kind, default=None, help="default: the model's own setting")
    ask.add_argument("--ctx", type=int, default=None, help="context length (default: the model's own setting)")
    ask.add_argument("--gpu-layers", type=int, default=None)
    add_rerank_option(ask)


def run(args: argparse.Namespace) -> int:
    from desktop_llm.cli.chat import _checked, _model_settings
    from desktop_llm.cli.knowledge import note_search, open_knowledge

    question = args.question.strip()
    if not question:
        raise DesktopLlmError("the question is empty")
    if args.k < 1:
        raise DesktopLlmError("-k must be 1 or more")
    given = {name: getattr(args, name) for name in ("max_tokens", "temperature", "seed")
             if getattr(args, name) is not None}
    _checked(lambda: SamplingParams(**given).validated())
    model = _chat_model(args.model)
    with open_knowledge(args.rerank, search=True) as knowledge:
        collections = [knowledge.collection(name) for name in dict.fromkeys(args.knowledge)]
        result = knowledge.search([c.id for c in collections], question[:MAX_QUESTION_CHARS], args.k)
        note_search(result, knowledge.reranker)
    found = result.passages if result.relevant else ()
    if not found and args.only_documents:
        print(DOCUMENTS_DO_NOT_SAY)
        print(f"\nSources: none (nothing relevant in {', '.join(c.name for c in collections)})")
        return 0
    chosen = _model_settings(model)
    sampling = SamplingParams(**{**chosen.sampling.to_dict(), "stop": (), **given}).validated()
    load = chosen.load.params_for(
        model, n_ctx=args.ctx or chosen.load.n_ctx,
        n_gpu_layers=chosen.load.n_gpu_layers if args.gpu_layers is None else args.gpu_layers)
    _checked(lambda: load.validated())
    from desktop_llm.cli.engine import loaded_engine

    with loaded_engine(load) as (host, status):
        client = host.client()
        n_ctx = status.model.n_ctx if status.model else load.n_ctx
        messages, used = _prompt(client, question, found, args.only_documents, n_ctx, sampling.max_tokens)
        if found and not used:
            print("desktop-llm: no passage fits in the context beside the question; answering without them",
                  file=sys.stderr)
        reply: list[str] = []
        for event in client.chat_stream(messages, sampling):
            if isinstance(event, TextDelta):
                reply.append(event.text)
                sys.stdout.write(event.text)
                sys.stdout.flush()
            elif isinstance(event, GenerationFinished) and event.warning:
                print(f"desktop-llm: warning: {event.warning}", file=sys.stderr)
    sys.stdout.write("\n")
    _print_sources("".join(reply), used)
    return 0


def _chat_model(model: str | None) -> str:
    """The chat model: --model, else the library's default; an embedding model cannot answer."""
    from desktop_llm.cli.engine import default_model_path
    from desktop_llm.core.embedding_models import is_embedding_model

    path = model or default_model_path()
    if not Path(path).is_file():
        raise DesktopLlmError(f"model file not found: {path}")
    if is_embedding_model(path):
        raise DesktopLlmError(f"{Path(path).name} is an embedding model and cannot write an answer: "
                              "pass a chat model with --model")
    return path


def _prompt(client: Any, question: str, found: tuple[Passage, ...], only_documents: bool, n_ctx: int,
            max_tokens: int) -> tuple[list[ChatMessage], tuple[Passage, ...]]:
    """The messages for the engine and the passages they carry, numbered from 1 (the chat's own fitting)."""
    from desktop_llm.core.context_budget import reply_reserve

    asked = [ChatMessage("user", question)]
    if not found:
        return asked, ()
    instructions = knowledge_instructions(only_documents)
    room = n_ctx - reply_reserve(n_ctx, max_tokens)
    budget = min(int(room * KNOWLEDGE_SHARE), room - client.count_chat(list(with_passages(asked, instructions, ""))))
    if budget <= 0:
        return asked, ()
    block, used = passages_block(found, budget, client.count)
    if not used:
        return asked, ()
    return list(with_passages(asked, instructions, block)), tuple(used)


def _print_sources(reply: str, used: tuple[Passage, ...]) -> None:
    """"Sources:" and the cited passages, [n] file · place; the passages given when the reply cites none."""
    from desktop_llm.cli.knowledge import passage_source

    if not used:
        print("Sources: none (no passage was given to the model)")
        return
    numbers = cited(reply, len(used))
    if numbers:
        print("Sources:")
    else:
        print("Sources: the answer cites none of the passages it was given:")
        numbers = list(range(1, len(used) + 1))
    for number in numbers:
        print(f"[{number}] {passage_source(used[number - 1])}")
