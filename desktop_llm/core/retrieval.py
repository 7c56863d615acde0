"""Retrieval for Knowledge (issue 12), the pure part: fusing ranked lists, deciding whether a search found anything
relevant, the numbered passages that go into the prompt, the instruction that asks for citations, and the
citations read back from a reply.

The retriever (services/knowledge/retriever.py) runs the searches; the chat and the CLI use the rest. The text
the model reads stays English whatever the UI language: small models follow English instructions best.
`with_passages` and KNOWLEDGE_SHARE (where the block goes in a prompt, how much of it) live here, so the window
(controllers/chat_knowledge.py) and `desktop-llm ask` build the same prompt without the CLI importing Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from desktop_llm.core.chunking import _split_sentences  # the chunker's own sentence ends (CJK included)
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.knowledge_types import Passage

RRF_K = 60  # Cormack et al. 2009: k = 60 damps the head of each list; the usual choice in hybrid search
# In a hybrid search, a BM25 hit joins the fusion only when it holds at least this share of the query's content
# words (terms_matched; the same rule passage_relevant applies to BM25 hits). Measured with benchmarks/retrieval.py
# (all-MiniLM, 26 questions over a 24-section manual with the README and the coffee corpus as noise; recall@5 / MRR):
# BM25 alone 0.73, vectors alone 1.00, plain RRF k=60 over 20 candidates a list 0.88 / 0.82: a question shares one
# common word ("station", "battery") with many noise chunks, BM25 ranks them high on that word alone, and their
# RRF votes push out the answer the vectors ranked first. Variants: 50 candidates a list 0.88; 10 candidates 1.00 /
# 0.83; k=10 0.96, k=20 0.92; vector weight 1.5 or 2 0.96 / 0.86, 3 0.96 / 0.89, 4 1.00 / 0.90; the top 1 or 2 of
# each list kept first 1.00 / 0.97-0.98 (but the part number of tests/knowledge/test_retriever.py falls to rank
# 2-3); this coverage rule 1.00 / 0.97 (r@1 0.96), at 0.34 1.00 / 0.94, at 0.67 0.96; with a vector weight of 1.5-2
# on top nothing changes. The rule keeps what BM25 is for (an exact code, a rare name: a one-word query is fully
# covered by its hit) and drops what it is bad at (matches on one word of a long question), without weights that
# would have to be tuned per model; both halves of test_retriever's hybrid test stay in the top 5 (ranks 1 and 2).
# A collection without vectors keeps every BM25 hit: there is nothing better to rank them against.
KEYWORD_COVERAGE = 0.5
DOCUMENTS_DO_NOT_SAY = "The documents do not say."
KNOWLEDGE_SHARE = 0.5  # of the prompt's room (the context less the reply's reserve) the passages may take

# Cosine similarity a passage must reach to count as relevant, by embedding model family (matched in the GGUF's
# file name). all-MiniLM-L6-v2 was measured on tests/fixtures/knowledge: passages that answer the question scored
# 0.42-0.74, the best passage for unrelated questions 0.10-0.31 (the worst case: "how long do roasted beans stay
# fresh" against the descaling schedule). e5 models score everything in 0.7-1.0 (their card says so: a low
# training temperature); that value is taken from the card, and the others (nomic-embed, bge, the default for
# any other model) are first guesses: none of them was measured here.
_THRESHOLDS: tuple[tuple[str, float], ...] = (("minilm", 0.36), ("e5", 0.82), ("nomic-embed", 0.45), ("bge", 0.55))
_DEFAULT_THRESHOLD = 0.36
# English-only models put any two CJK texts close together (MiniLM: an unrelated Chinese question scored 0.60
# against the Chinese document, its tokenizer knows few CJK pieces): for CJK queries their similarity says nothing.
_ENGLISH_ONLY = ("all-minilm", "all_minilm", "minilm-l6", "minilm-l12", "bge-small-en", "bge-base-en", "nomic-embed-text")
# What e5, nomic-embed and EmbeddingGemma (its model card's retrieval prompts) were trained with before the query
# and the passage; others (MiniLM, bge-m3) take the text as it is.
_PREFIXES: tuple[tuple[str, str, str], ...] = (
    ("embeddinggemma", "task: search result | query: ", "title: none | text: "),
    ("e5", "query: ", "passage: "),
    ("nomic-embed", "search_query: ", "search_document: "),
)

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af"
_LATIN_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_STOPWORDS = frozenset(
    "a an and are as at be but by can could did do does doing for from had has have how i if in into is it its me my "
    "no not of on or our please should so than that the their them then there these they this to was we were what "
    "when where which who why will with would you your".split()
)
_CJK_STOPWORDS = frozenset("什么 怎么 为什 么是 如何 哪些 是否 可以 的是 我的 请问 是什".split())
# [1], [1, 2], [1-3], [1][3] and the full-width 【1】 some models write.
_CITATION = re.compile(r"[\[【]\s*(\d{1,4}(?:\s*(?:[,，、;]|[-–])\s*\d{1,4})*)\s*[\]】]")


def fuse(ranked: Sequence[Sequence[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: each id scores the sum of 1 / (k + rank) over the lists that hold it (rank from 1;
    an id repeated in one list counts once, at its best place). Best first; equal scores keep the order in which
    the ids were first seen, reading the lists one after another."""
    scores: dict[int, float] = {}
    for items in ranked:
        seen: set[int] = set()
        for rank, item in enumerate(items, start=1):
            if item in seen:
                continue
            seen.add(item)
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    order = {item: index for index, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda pair: (-pair[1], order[pair[0]]))


def _family(model: str, table: Sequence[tuple[str, ...]]) -> tuple[str, ...] | None:
    name = re.split(r"[\\/]", model)[-1].lower()
    return next((row for row in table if row[0] in name), None)


def query_text(model: str, query: str) -> str:
    """The query as the embedding model wants it: e5 models were trained with "query: " before it."""
    row = _family(model, _PREFIXES)
    return f"{row[1]}{query}" if row else query


def document_text(model: str, text: str) -> str:
    """A passage as the embedding model wants it when it is indexed ("passage: " for e5)."""
    row = _family(model, _PREFIXES)
    return f"{row[2]}{text}" if row else text


def similarity_threshold(model: str, query: str) -> float | None:
    """The cosine similarity that makes a passage relevant for this model, or None where its similarity means
    nothing for this query (an English-only model asked in Chinese or Japanese)."""
    name = re.split(r"[\\/]", model)[-1].lower()
    if _CJK_RUN.search(query) and any(tag in name for tag in _ENGLISH_ONLY):
        return None
    return next((value for tag, value in _THRESHOLDS if tag in name), _DEFAULT_THRESHOLD)


def content_words(text: str) -> set[str]:
    """The words of a text that carry meaning: Latin words (and codes like XR-7734) without stopwords, and for
    CJK text, which has no spaces, its character pairs (a single character where a run has one)."""
    lowered = text.lower()
    words = {word for word in _LATIN_WORD.findall(_CJK_RUN.sub(" ", lowered)) if word not in _STOPWORDS}
    for run in _CJK_RUN.findall(lowered):
        pairs = {run[i : i + 2] for i in range(len(run) - 1)} or {run}
        words |= pairs - _CJK_STOPWORDS
    return words


def terms_matched(query: str, text: str) -> float:
    """The share of the query's content words that the text contains (0.0 when the query has none)."""
    wanted = content_words(query)
    if not wanted:
        return 0.0
    return len(wanted & content_words(text)) / len(wanted)


def strong_keyword_hits(query: str, hits: Sequence[tuple[int, str]]) -> list[int]:
    """The ids of the BM25 hits (id, text; best first) that hold at least KEYWORD_COVERAGE of the query's content
    words, in their order: the BM25 list a hybrid search fuses (see KEYWORD_COVERAGE for why)."""
    wanted = content_words(query)
    if not wanted:
        return [chunk_id for chunk_id, _ in hits]
    return [chunk_id for chunk_id, text in hits if len(wanted & content_words(text)) >= KEYWORD_COVERAGE * len(wanted)]


def passage_relevant(passage: Passage, query: str, threshold: float | None) -> bool:
    """Relevant when its similarity clears the model's threshold, or, for a BM25 hit, when it contains at least
    half of the query's content words (BM25 scores are not comparable across queries, the words are)."""
    if threshold is not None and passage.similarity is not None and passage.similarity >= threshold:
        return True
    return passage.bm25_rank is not None and terms_matched(query, passage.text) >= 0.5


def source_label(passage: Passage) -> str:
    """"manual.pdf, p. 4 · Setup" — the file name and the place, as the prompt and the sources show it."""
    name = re.split(r"[\\/]", passage.path)[-1]
    place = passage.place.label()
    return f"{name}, {place}" if place else name


def _entry(number: int, passage: Passage, text: str) -> str:
    return f"[{number}] {source_label(passage)}\n{text.strip()}"


def passages_block(
    passages: Sequence[Passage], budget_tokens: int, count: Callable[[str], int]
) -> tuple[str, tuple[Passage, ...]]:
    """The numbered passages for the prompt, "[1] file.pdf, p. 4 · Heading\\n<text>", blank lines between them,
    within `budget_tokens` (counted with `count` on the whole block). Passages are taken best first; one that does
    not fit whole is cut after its last sentence that fits, or left out when not even one sentence fits (then a
    later, shorter one may still fit). Returns the block and the passages used, numbered 1.. in that order, each
    with the text that went in."""
    entries: list[str] = []
    used: list[Passage] = []
    for passage in passages:
        number = len(used) + 1
        head = "\n\n".join(entries)

        def block(text: str, head: str = head, number: int = number, passage: Passage = passage) -> str:
            entry = _entry(number, passage, text)
            return f"{head}\n\n{entry}" if head else entry

        text = passage.text.strip()
        if not text:
            continue
        if count(block(text)) <= budget_tokens:
            entries.append(_entry(number, passage, text))
            used.append(passage)
            continue
        sentences = _split_sentences(text)
        low, high, best = 1, len(sentences) - 1, 0  # the whole passage (all sentences) did not fit
        while low <= high:
            middle = (low + high) // 2
            if count(block("".join(sentences[:middle]))) <= budget_tokens:
                best, low = middle, middle + 1
            else:
                high = middle - 1
        if best:
            trimmed = "".join(sentences[:best]).strip()
            entries.append(_entry(number, passage, trimmed))
            used.append(replace(passage, text=trimmed))
    return "\n\n".join(entries), tuple(used)


def with_passages(messages: Sequence[ChatMessage], instructions: str, block: str) -> tuple[ChatMessage, ...]:
    """The messages with the instructions and the numbered passages in front of the last user message (next to
    the question small models follow them best; the stored message stays as the user typed it)."""
    last = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    if last < 0:
        return tuple(messages)
    asked = messages[last]
    content = f"{instructions.strip()}\n\n{block.strip()}\n\nQuestion: {asked.content}"
    return (*messages[:last], replace(asked, content=content), *messages[last + 1:])


def knowledge_instructions(only_documents: bool) -> str:
    """What the model is told about the numbered passages. With `only_documents` it may answer from them alone."""
    cite = (
        "Numbered passages from the user's documents follow. When a sentence of your answer uses a passage, cite it "
        "with its number in square brackets, like [1] or [2][3]. Cite only the numbers shown; do not invent sources."
    )
    if only_documents:
        return (
            f"{cite} Answer only from these passages, never from your own knowledge. If they do not contain the "
            f'answer, say plainly: "{DOCUMENTS_DO_NOT_SAY}"'
        )
    return f"{cite} If the passages do not help with the question, answer from what you know and say so."


def cited(reply: str, count: int) -> list[int]:
    """The passage numbers a reply cites ([1], [1, 2], [1-3], [1][3], 【1】), in order of first appearance; numbers
    outside 1..count are ignored (a model may invent them), and a range is read only when it is short."""
    found: list[int] = []
    for match in _CITATION.finditer(reply):
        for part in re.split(r"\s*[,，、;]\s*", match.group(1)):
            ends = [int(n) for n in re.split(r"\s*[-–]\s*", part)]
            numbers = range(ends[0], ends[-1] + 1) if len(ends) == 2 and 0 <= ends[1] - ends[0] <= count else ends[:1]
            found.extend(n for n in numbers if 1 <= n <= count and n not in found)
    return found
