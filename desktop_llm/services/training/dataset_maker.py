"""Question/answer pairs written by a model from the chunks of a document or a knowledge collection (issue 16).

Each chunk is one request to the engine the summarizer uses (the local model, or a connected server): write N
pairs the passage answers, as JSON. The local engine (and a server that takes OpenAI's `response_format`) is held
to a JSON schema by grammar, so a reply that ends by itself always parses; any other reply is read defensively:
model output is untrusted (not JSON, JSON of the wrong shape, or huge). A chunk whose reply cannot be read is asked
once more, then skipped and counted. Every pair keeps its chunk's id. Each answered chunk is written to a journal
(dataset_sources.Journal), so a cancelled or crashed run resumes where it stopped; progress and cancel as for
summaries (a cancel reaches the engine at once, even in the middle of a long prompt).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from desktop_llm.core.dataset_columns import Table, read_table
from desktop_llm.core.dataset_types import (
    MAX_ANSWER_CHARS,
    MAX_PAIRS_PER_CHUNK,
    MAX_QUESTION_CHARS,
    MakeOptions,
    MakeProgress,
    MakeResult,
    QAPair,
    SourceChunk,
)
from desktop_llm.core.errors import (
    Cancelled,
    DatasetError,
    DesktopLlmError,
    EngineRequestError,
    RequestInvalidError,
)
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.protocols import ChatEngine
from desktop_llm.core.reasoning import strip_reasoning
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.documents.documents import decode_text, load_document
from desktop_llm.services.documents.summarizer import TokenCounter
from desktop_llm.services.knowledge.knowledge_base import STORE_NAME
from desktop_llm.services.training.dataset_sources import (
    JOURNALS_DIR,
    Journal,
    collection_chunks,
    datasets_dir,
    document_chunks,
    journal_key,
    save_dataset,
)

log = logging.getLogger(__name__)
PAIR_TOKENS = 200  # reply budget per pair (a question and an answer within the schema's lengths, in JSON)
REPLY_OVERHEAD_TOKENS = 40
SAFETY_TOKENS = 16
MIN_CHUNK_TOKENS = 64
AVOID_QUESTIONS, AVOID_CHARS, AVOID_TOKENS = 5, 100, 160  # a regenerated pair is told what not to ask again
MAX_REPLY_CHARS = 64_000  # a reply is read no further than this (a runaway or hostile server)
SCHEMA_QUESTION_CHARS = 300  # the schema's bounds keep a held reply short enough to end by itself
SCHEMA_ANSWER_CHARS = 700
REFUSED_STATUS = (400, 422, 501)  # how a server says it does not take `response_format` (then: free text)
QUESTION_KEYS = ("question", "q", "prompt", "instruction", "user")
ANSWER_KEYS = ("answer", "a", "response", "output", "assistant")

SYSTEM = ("You write training data for a question-answering assistant. Read the passage and write exactly {n} "
          "different question and answer pairs about facts the passage states. Each question must make sense on its "
          "own, without the passage (name the subject). Each answer must be correct according to the passage alone, "
          "in one or two full sentences. Reply only with JSON: {{\"pairs\": [{{\"question\": \"...\", \"answer\": "
          "\"...\"}}]}}")


class UnreadableReply(ValueError):
    """A reply that holds no usable pair."""


@runtime_checkable
class RawStreaming(Protocol):
    """An engine client that can send an OpenAI body as written (the local engine's client and remote clients)."""

    def post_stream(self, path: str, body: dict[str, Any], request_id: str) -> Iterator[dict[str, Any]]: ...


def pair_schema(count: int) -> dict[str, Any]:
    pair = {"type": "object", "additionalProperties": False, "required": ["question", "answer"], "properties": {
        "question": {"type": "string", "minLength": 8, "maxLength": SCHEMA_QUESTION_CHARS},
        "answer": {"type": "string", "minLength": 2, "maxLength": SCHEMA_ANSWER_CHARS}}}
    return {"type": "object", "additionalProperties": False, "required": ["pairs"], "properties": {
        "pairs": {"type": "array", "items": pair, "minItems": count, "maxItems": count}}}


def pair_messages(chunk: SourceChunk, count: int, avoid: Sequence[str] = ()) -> list[ChatMessage]:
    user = f"Passage (from {chunk.source}):\n\n{chunk.text}"
    if avoid:
        user += "\n\nAsk something other than: " + "; ".join(q[:AVOID_CHARS] for q in avoid[:AVOID_QUESTIONS])
    return [ChatMessage("system", SYSTEM.format(n=count)), ChatMessage("user", user)]


def reply_tokens(count: int) -> int:
    return REPLY_OVERHEAD_TOKENS + count * PAIR_TOKENS


def parse_pairs(text: str, want: int) -> list[tuple[str, str]]:
    """Up to `want` (question, answer) pairs from a reply: {"pairs": [...]}, a bare list, or one pair object, found
    after any prose or code fence; strings only, trimmed, within the length bounds, no repeated question."""
    text = text[:MAX_REPLY_CHARS]
    decoder = json.JSONDecoder()
    data: Any = None
    for start, char in enumerate(text):
        if char in "{[":
            try:
                data, _ = decoder.raw_decode(text, start)
                break
            except (ValueError, RecursionError):
                continue
    if isinstance(data, dict):
        items = next((v for v in data.values() if isinstance(v, list)), None) if "question" not in data else [data]
    else:
        items = data
    if not isinstance(items, list):
        raise UnreadableReply("no JSON list of pairs in the reply")
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in items[: want * 4]:
        if not isinstance(item, dict):
            continue
        question = next((item[k] for k in QUESTION_KEYS if isinstance(item.get(k), str)), "").strip()
        answer = next((item[k] for k in ANSWER_KEYS if isinstance(item.get(k), str)), "").strip()
        if (len(question) < 3 or not answer or len(question) > MAX_QUESTION_CHARS or len(answer) > MAX_ANSWER_CHARS
                or question.lower() in seen):
            continue
        seen.add(question.lower())
        found.append((question, answer))
        if len(found) == want:
            break
    if not found:
        raise UnreadableReply("no pair with a question and an answer")
    return found


class PairWriter:
    """Asks one chunk at a time; held to the schema while the engine takes it. One job's thread."""

    def __init__(self, engine: ChatEngine, n_ctx: int, options: MakeOptions, cancel: threading.Event) -> None:
        self.engine = engine
        self.n_ctx = n_ctx
        self.options = options
        self.cancel = cancel
        self.structured = isinstance(engine, RawStreaming)
        self._live: set[str] = set()
        self._lock = threading.Lock()

    def chunk_budget(self) -> int:
        """Tokens of source one request may carry, with its prompt and reply inside the context."""
        overhead = self.engine.count_chat(pair_messages(SourceChunk("", "", "x" * 40), self.options.pairs_per_chunk))
        room = self.n_ctx - overhead - reply_tokens(self.options.pairs_per_chunk) - SAFETY_TOKENS - AVOID_TOKENS
        if room < MIN_CHUNK_TOKENS:
            raise DatasetError(QT_TR_NOOP("the context window ({n_ctx} tokens) is too small to write {count} pairs "
                                          "a chunk; raise it in Settings or ask for fewer pairs"),
                               n_ctx=self.n_ctx, count=self.options.pairs_per_chunk)
        return max(16, min(self.options.chunk_tokens, room))

    def pairs_for(self, chunk: SourceChunk, count: int, avoid: Sequence[str] = ()) -> list[QAPair] | None:
        """`count` pairs (or fewer: what the reply held) from the chunk; None when two replies were unreadable."""
        for attempt in (1, 2):
            reply = self._ask(pair_messages(chunk, count, avoid), count, attempt)
            try:
                return [QAPair(q, a, chunk.id) for q, a in parse_pairs(reply, count)]
            except UnreadableReply as exc:
                log.info("chunk %s, try %d: unreadable reply (%s): %.200r", chunk.id, attempt, exc, reply)
        return None

    @contextmanager
    def watching(self) -> Iterator[None]:
        """While inside, a cancel reaches the engine at once (the request may be reading a long prompt)."""
        finished = threading.Event()

        def run() -> None:
            while not finished.is_set():
                if self.cancel.wait(0.1):
                    with self._lock:
                        live = list(self._live)
                    for request_id in live:
                        self.engine.cancel(request_id)
                    return

        thread = threading.Thread(target=run, daemon=True, name="dataset-cancel-watch")
        thread.start()
        try:
            yield
        finally:
            finished.set()
            thread.join(timeout=2)

    def _ask(self, messages: list[ChatMessage], count: int, attempt: int) -> str:
        if self.cancel.is_set():
            raise Cancelled("cancelled")
        budget = min(reply_tokens(count), self.n_ctx - self.engine.count_chat(messages) - SAFETY_TOKENS)
        # The second try samples differently: the same prompt at the same temperature tends to fail the same way.
        temperature = self.options.temperature if attempt == 1 else min(1.0, self.options.temperature + 0.3)
        request_id = f"dataset-{uuid.uuid4().hex[:12]}"
        with self._lock:
            self._live.add(request_id)
        try:
            if self.structured:
                try:
                    return self._structured(messages, count, budget, temperature, request_id)
                except (EngineRequestError, RequestInvalidError) as exc:
                    if self.cancel.is_set():
                        raise Cancelled("cancelled") from exc
                    if not isinstance(exc, RequestInvalidError) and getattr(exc, "status", 0) not in REFUSED_STATUS:
                        raise  # not about the schema: a missing model, a busy or failing engine
                    log.info("the engine refused a JSON schema (%s); reading free-text replies instead", exc)
                    self.structured = False
            return self._plain(messages, budget, temperature, request_id)
        except DesktopLlmError as exc:
            if self.cancel.is_set():  # a remote cancel hangs up: the broken connection is the cancel itself
                raise Cancelled("cancelled") from exc
            raise
        finally:
            with self._lock:
                self._live.discard(request_id)

    def _structured(self, messages: list[ChatMessage], count: int, budget: int, temperature: float,
                    request_id: str) -> str:
        assert isinstance(self.engine, RawStreaming)
        body: dict[str, Any] = {
            "messages": [m.to_dict() for m in messages], "temperature": temperature, "top_p": 0.9,
            "max_tokens": budget, "response_format": {"type": "json_schema", "json_schema": {
                "name": "qa_pairs", "strict": True, "schema": pair_schema(count)}}}
        model = getattr(self.engine, "model", None)
        if isinstance(model, str) and model:
            body["model"] = model  # a remote server's model; its own sampling fields may be refused there
            # No id: a remote client keeps a request with an id until its own stream ends it, which a raw stream
            # never does; the loop below stops on a cancel between chunks instead.
            request_id = ""
        else:
            body |= {"top_k": 40, "min_p": 0.05, "repeat_penalty": 1.05}
        parts: list[str] = []
        size = 0
        stream = self.engine.post_stream("/v1/chat/completions", body, request_id)
        try:
            for chunk in stream:
                choices = chunk.get("choices")
                choice = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else {}
                delta = choice.get("delta")
                text = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(text, str):
                    parts.append(text)
                    size += len(text)
                if self.cancel.is_set() or size > MAX_REPLY_CHARS:
                    break
        finally:
            close = getattr(stream, "close", None)
            if callable(close):
                close()  # closes the connection: the engine stops generating
        if self.cancel.is_set():
            raise Cancelled("cancelled")
        return strip_reasoning("".join(parts))

    def _plain(self, messages: list[ChatMessage], budget: int, temperature: float, request_id: str) -> str:
        sampling = SamplingParams(temperature=temperature, top_k=40, top_p=0.9, min_p=0.05, repeat_penalty=1.05,
                                  max_tokens=budget)
        parts: list[str] = []
        size = 0
        finished: GenerationFinished | None = None
        stream = self.engine.chat_stream(messages, sampling, self.cancel.is_set, request_id)
        try:
            for event in stream:
                if isinstance(event, TextDelta):
                    parts.append(event.text)
                    size += len(event.text)
                    if size > MAX_REPLY_CHARS:
                        break
                else:
                    finished = event
        finally:
            close = getattr(stream, "close", None)
            if callable(close):
                close()
        if self.cancel.is_set() or (finished is not None and finished.finish_reason == "cancelled"):
            raise Cancelled("cancelled")
        return strip_reasoning("".join(parts))


def make_pairs(engine: ChatEngine, n_ctx: int, chunks: Sequence[SourceChunk], options: MakeOptions,
               progress: Callable[[MakeProgress], None], cancel: threading.Event,
               journal: Journal | None = None) -> MakeResult:
    """Pairs for every chunk, in source order; chunks the journal already holds are taken from it (resume)."""
    count = max(1, min(MAX_PAIRS_PER_CHUNK, options.pairs_per_chunk))
    result = MakeResult(chunks={chunk.id: chunk for chunk in chunks})
    done = journal.read() if journal is not None and not options.fresh else {}
    if journal is not None and options.fresh:
        journal.discard()
    writer = PairWriter(engine, n_ctx, options, cancel)
    started, asked = time.monotonic(), 0
    seen: set[str] = set()

    def take(chunk: SourceChunk, pairs: list[QAPair] | None) -> None:
        if pairs is None:
            result.failed_chunks.append(chunk.id)
            return
        for pair in pairs:  # the same question from two chunks is kept once
            if pair.question.lower() not in seen:
                seen.add(pair.question.lower())
                result.pairs.append(pair)

    with writer.watching():
        for index, chunk in enumerate(chunks):
            remaining = len(chunks) - index
            eta = (time.monotonic() - started) / asked * remaining if asked else None
            progress(MakeProgress(index, len(chunks), len(result.pairs), len(result.failed_chunks), eta))
            if chunk.id in done:
                result.resumed_chunks += 1
                take(chunk, done[chunk.id])
                continue
            pairs = writer.pairs_for(chunk, count)
            asked += 1
            if journal is not None:
                journal.add(chunk.id, pairs)
            take(chunk, pairs)
    result.structured = writer.structured
    progress(MakeProgress(len(chunks), len(chunks), len(result.pairs), len(result.failed_chunks), 0.0))
    return result


def regenerate_pair(engine: ChatEngine, n_ctx: int, chunk: SourceChunk, options: MakeOptions,
                    cancel: threading.Event, avoid: Sequence[str] = ()) -> QAPair:
    """One new pair from `chunk`, asked to differ from the questions in `avoid` (the review's Regenerate)."""
    writer = PairWriter(engine, n_ctx, MakeOptions(**{**options.__dict__, "pairs_per_chunk": 1,
                                                      "temperature": max(0.7, options.temperature)}), cancel)
    with writer.watching():
        pairs = writer.pairs_for(chunk, 1, avoid)
    if not pairs:
        raise DatasetError(QT_TR_NOOP("the model's reply held no readable question and answer; try again"))
    return pairs[0]


class DatasetMaker:
    """The dataset functions the DatasetController uses, built by the composition root on the app's data folder
    and (when the Knowledge page exists) its knowledge base. Any thread; the jobs run on the controller's."""

    def __init__(self, data_dir: Path, knowledge: Any | None = None) -> None:
        self.folder = datasets_dir(data_dir)
        self._journals = self.folder / JOURNALS_DIR
        self._knowledge = knowledge  # a KnowledgeBase: its collections are listed, its database read read-only
        self._knowledge_db = data_dir / STORE_NAME

    def collections(self) -> list[tuple[int, str]]:
        """The user's knowledge collections (id, name); [] without the Knowledge page."""
        if self._knowledge is None:
            return []
        return [(int(c.id), str(c.name)) for c in self._knowledge.collections()]

    def from_document(self, engine: ChatEngine, n_ctx: int, path: Path, options: MakeOptions,
                      progress: Callable[[MakeProgress], None], cancel: threading.Event) -> MakeResult:
        document = load_document(path)
        writer = PairWriter(engine, n_ctx, options, cancel)
        chunks = document_chunks(document.text, document.name, TokenCounter(engine, cancel), writer.chunk_budget(),
                                 options.max_chunks)
        return self._run(engine, n_ctx, f"document:{path.resolve()}", document.name, chunks, options, progress, cancel)

    def from_collection(self, engine: ChatEngine, n_ctx: int, collection_id: int, options: MakeOptions,
                        progress: Callable[[MakeProgress], None], cancel: threading.Event) -> MakeResult:
        budget = PairWriter(engine, n_ctx, options, cancel).chunk_budget()
        name, chunks = collection_chunks(self._knowledge_db, collection_id, TokenCounter(engine, cancel), budget,
                                         options.max_chunks)
        return self._run(engine, n_ctx, f"collection:{collection_id}", name, chunks, options, progress, cancel)

    def _run(self, engine: ChatEngine, n_ctx: int, source: str, name: str, chunks: Sequence[SourceChunk],
             options: MakeOptions, progress: Callable[[MakeProgress], None], cancel: threading.Event) -> MakeResult:
        journal = Journal(self._journals / f"{journal_key(source, options, chunks)}.jsonl")
        result = make_pairs(engine, n_ctx, chunks, options, progress, cancel, journal)
        result.source, result.journal = name, str(journal.path)
        return result

    def regenerate(self, engine: ChatEngine, n_ctx: int, chunk: SourceChunk, options: MakeOptions,
                   cancel: threading.Event, avoid: Sequence[str] = ()) -> QAPair:
        return regenerate_pair(engine, n_ctx, chunk, options, cancel, avoid)

    def read_table(self, path: Path) -> Table:
        return read_table(path, decode_text)

    def save(self, name: str, pairs: Sequence[QAPair], system_prompt: str = "", journal: str = "") -> Path:
        """Save into the datasets folder; the run's journal is dropped (the dataset is what the user kept)."""
        target = save_dataset(self.folder, name, pairs, system_prompt)
        if journal and Path(journal).parent == self._journals:
            Journal(Path(journal)).discard()
        return target
