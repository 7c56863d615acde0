"""What making a training dataset passes around (issue 16): the pieces of a source, the question/answer pairs
written from them, the options of a run and its outcome. Pure data, shared by the maker (services), its controller
and the review dialog; the JSONL it ends as is the chat form core/training_data.py reads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

SourceKind = Literal["document", "collection", "table"]
MAX_PAIRS_PER_CHUNK = 10
MAX_QUESTION_CHARS = 400
MAX_ANSWER_CHARS = 1500


@dataclass(frozen=True)
class SourceChunk:
    """One piece of a source the pairs are grounded in. `id` is stable for the same source (a document's chunk
    number, a knowledge chunk's row id, a table's row), so a pair can be traced and regenerated from it."""

    id: str
    text: str
    source: str  # the document's or file's name, for the prompt and the review table


@dataclass(frozen=True)
class QAPair:
    question: str
    answer: str
    chunk_id: str  # the SourceChunk it was written from
    system: str = ""  # a table's system column; "" for generated pairs


@dataclass(frozen=True)
class MakeOptions:
    pairs_per_chunk: int = 3
    max_chunks: int = 200  # a big document is sampled evenly down to this many chunks
    chunk_tokens: int = 768  # at most this much of the source in one request (smaller: more grounded pairs)
    temperature: float = 0.4
    system_prompt: str = ""  # written into every example's messages when not empty
    fresh: bool = False  # ignore what an earlier, interrupted run of the same source left (no resume)

    def key(self) -> str:
        """What makes two runs the same for resuming: the pairs asked per chunk and how the source was cut."""
        return f"{self.pairs_per_chunk}/{self.max_chunks}/{self.chunk_tokens}"


@dataclass(frozen=True)
class MakeProgress:
    done: int  # chunks answered (including those reused from an interrupted run)
    total: int
    pairs: int  # pairs so far
    failed: int  # chunks whose reply could not be read twice and were skipped
    eta_s: float | None = None


@dataclass
class MakeResult:
    pairs: list[QAPair] = field(default_factory=list)
    chunks: dict[str, SourceChunk] = field(default_factory=dict)  # by id, for regenerating a pair
    failed_chunks: list[str] = field(default_factory=list)
    resumed_chunks: int = 0  # answered by an earlier, interrupted run of the same source
    structured: bool = True  # the engine was held to the JSON schema (False: free text parsed defensively)
    source: str = ""  # the document's file name or the collection's name (a default name for the dataset)
    journal: str = ""  # the interrupted-run journal, dropped once the dataset is saved


def chat_lines(pairs: Iterable[QAPair], system_prompt: str = "") -> list[str]:
    """The pairs as chat-form JSONL lines; each keeps its source chunk id (training ignores the extra key)."""
    lines = []
    for pair in pairs:
        messages = []
        system = pair.system or system_prompt
        if system.strip():
            messages.append({"role": "system", "content": system})
        messages += [{"role": "user", "content": pair.question}, {"role": "assistant", "content": pair.answer}]
        lines.append(json.dumps({"messages": messages, "source": {"chunk": pair.chunk_id}}, ensure_ascii=False))
    return lines
