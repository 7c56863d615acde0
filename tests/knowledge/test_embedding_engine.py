"""K0 (issue 12): the embedding model. Which GGUFs are embedders (fast, on written headers), and the embedding
engine on a real all-MiniLM-L6-v2 GGUF in its own worker process (slow)."""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from pathlib import Path

import gguf
import pytest

from desktop_llm.core.embedding_models import ALTERNATIVES, RECOMMENDED, is_embedding_model, pooling_type
from desktop_llm.core.errors import KnowledgeError
from desktop_llm.core.gguf_header import GGUFHeader, read_file_header
from desktop_llm.services.knowledge.embedding_engine import EmbeddingEngine
from tests.gguf_fixtures import recommending_gguf, tiny_gguf, truncated

RELATED = ("The cat sits on the mat.", "A kitten is resting on a rug.")
UNRELATED = "Quarterly revenue rose by ten percent."


def _header_only(path: Path, arch: str, **keys: object) -> Path:
    """A tensor-less GGUF whose header has `arch` and these `<arch>.<key>` values (ints as uint32, bools as bool)."""
    writer = gguf.GGUFWriter(path, arch=arch)
    for key, value in keys.items():
        name = f"{arch}.{key.replace('__', '.')}"
        if isinstance(value, bool):
            writer.add_bool(name, value)
        elif isinstance(value, int):
            writer.add_uint32(name, value)
        else:
            writer.add_string(name, str(value))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.close()
    return path


def _header(path: Path) -> GGUFHeader:
    return read_file_header(str(path), require_complete=False)  # a header-only file ends before its data offset


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


# Fast: is it an embedding model? -------------------------------------------------------------------------------


def test_chat_models_are_not_embedding_models(tmp_path: Path, starter_model: Path) -> None:
    assert not is_embedding_model(read_file_header(str(tiny_gguf(tmp_path / "tiny.gguf"))))
    assert not is_embedding_model(read_file_header(str(starter_model)))
    assert not is_embedding_model(starter_model)  # a path works too


def test_encoder_architectures_are_embedding_models(tmp_path: Path) -> None:
    for arch in ("bert", "nomic-bert", "jina-bert-v2", "gemma-embedding"):
        path = recommending_gguf(tmp_path / f"{arch}.gguf", {}, arch=arch)
        assert is_embedding_model(read_file_header(str(path))), arch


def test_pooling_or_non_causal_attention_makes_an_embedding_model(tmp_path: Path) -> None:
    # Qwen3-Embedding is a qwen3 file with last-token pooling; some encoders only say their attention is not causal.
    pooled = _header(_header_only(tmp_path / "q.gguf", "qwen3", pooling_type=3))
    assert pooling_type(pooled) == 3 and is_embedding_model(pooled)
    assert is_embedding_model(_header(_header_only(tmp_path / "c.gguf", "llama", attention__causal=False)))
    assert not is_embedding_model(_header(_header_only(tmp_path / "n.gguf", "llama", pooling_type=0)))
    assert not is_embedding_model(_header(_header_only(tmp_path / "k.gguf", "llama",
                                                                    attention__causal=True)))


def test_rerankers_and_adapters_are_not_embedding_models(tmp_path: Path) -> None:
    assert not is_embedding_model(_header(_header_only(tmp_path / "r.gguf", "bert", pooling_type=4)))
    writer = gguf.GGUFWriter(tmp_path / "a.gguf", arch="bert")
    writer.add_type("adapter")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.close()
    assert not is_embedding_model(_header(tmp_path / "a.gguf"))


def test_unreadable_files_are_not_embedding_models(tmp_path: Path, embedding_gguf: Path) -> None:
    assert not is_embedding_model(tmp_path / "missing.gguf")
    (tmp_path / "text.gguf").write_text("not a model")
    assert not is_embedding_model(str(tmp_path / "text.gguf"))
    assert not is_embedding_model(truncated(embedding_gguf, tmp_path / "cut.gguf", 1_000_000))


def test_the_converted_test_model(embedding_gguf: Path) -> None:
    header = read_file_header(str(embedding_gguf))
    assert is_embedding_model(header) and is_embedding_model(embedding_gguf)
    assert header.architecture == "bert" and pooling_type(header) == 1  # mean, as sentence-transformers pools it
    assert header.arch_value("embedding_length") == 384 and header.context_length == 512
    assert header.metadata["tokenizer.ggml.model"] == "bert" and header.quantization == "F16"
    assert not header.chat_template


def test_the_recommended_models_are_complete() -> None:
    for suggestion in (RECOMMENDED, *ALTERNATIVES):
        assert suggestion.repo_id.count("/") == 1 and suggestion.filename.endswith(".gguf")
        assert suggestion.approx_size_bytes > 1_000_000 and suggestion.dimensions > 0 and suggestion.max_tokens > 0
        assert suggestion.reason
    assert RECOMMENDED.languages != "English"  # the first-use model reads the user's language


def test_limits_come_from_the_header_without_a_worker(tmp_path: Path, embedding_gguf: Path) -> None:
    engine = EmbeddingEngine(tmp_path / "logs", str(embedding_gguf))
    try:
        assert engine.max_tokens == 512 and engine.dimensions == 384 and engine.model == str(embedding_gguf)
        assert engine.embed([]) == []
        assert engine.pid is None  # nothing started yet
        assert EmbeddingEngine(tmp_path / "logs", str(embedding_gguf), max_input_tokens=256).max_tokens == 256
    finally:
        engine.close()


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    engine = EmbeddingEngine(tmp_path / "logs", str(tmp_path / "gone.gguf"))
    with pytest.raises(KnowledgeError, match=r"gone\.gguf is missing"):
        engine.embed(["x"])
    assert engine.pid is None
    engine.close()


# Slow: the real worker ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_vectors_are_normalized_and_384_wide(embedding_engine: EmbeddingEngine) -> None:
    vectors = embedding_engine.embed([*RELATED, UNRELATED, "", "東京は日本の首都です。"])
    assert len(vectors) == 5
    for vector in vectors:
        assert len(vector) == 384
        assert math.isclose(math.fsum(x * x for x in vector), 1.0, abs_tol=1e-6)


@pytest.mark.slow
def test_related_sentences_are_closer_than_unrelated_ones(embedding_engine: EmbeddingEngine) -> None:
    cat, kitten, revenue = embedding_engine.embed([*RELATED, UNRELATED])
    related, unrelated = _cosine(cat, kitten), _cosine(cat, revenue)
    # sentence-transformers gives 0.64 and -0.01 for these (checked: the GGUF's vectors match its to 1e-6)
    assert related > 0.5 and unrelated < 0.2, (related, unrelated)
    query = embedding_engine.embed(["how do I remove limescale from the coffee machine"])[0]
    passages = embedding_engine.embed(["Descale the espresso machine monthly with citric acid.",
                                       "The train to Lyon leaves at nine.", UNRELATED])
    assert max(range(3), key=lambda i: _cosine(query, passages[i])) == 0


@pytest.mark.slow
def test_a_batch_gives_what_single_texts_give(tmp_path: Path, embedding_gguf: Path,
                                              embedding_engine: EmbeddingEngine) -> None:
    texts = [*RELATED, UNRELATED, "one more"]
    batch = embedding_engine.embed(texts)
    single = [embedding_engine.embed([text])[0] for text in texts]
    for a, b in zip(batch, single, strict=True):
        assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 1e-6
    # Split over several requests (3 texts each), the order holds.
    small = EmbeddingEngine(tmp_path / "logs", str(embedding_gguf), batch_texts=3)
    try:
        split = small.embed(texts * 2)
        assert len(split) == 8
        for a, b in zip(split, single * 2, strict=True):
            assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 1e-5
    finally:
        small.close()


@pytest.mark.slow
def test_count_is_the_models_own(embedding_engine: EmbeddingEngine) -> None:
    assert embedding_engine.count("hello world") == 4  # [CLS] hello world [SEP]
    assert embedding_engine.count("") == 2
    assert embedding_engine.count("word " * 100) == 102


@pytest.mark.slow
def test_an_input_over_max_tokens_is_refused_not_cut(embedding_engine: EmbeddingEngine) -> None:
    limit = embedding_engine.max_tokens
    longest = "word " * (limit - 2)
    assert embedding_engine.count(longest) == limit
    assert len(embedding_engine.embed([longest])[0]) == 384
    with pytest.raises(KnowledgeError, match=rf"Text 2 has {limit + 1} tokens.*at most {limit}"):
        embedding_engine.embed(["short", longest + " word"])
    assert len(embedding_engine.embed(["still works"])) == 1


@pytest.mark.slow
def test_threads_share_one_engine(embedding_engine: EmbeddingEngine) -> None:
    texts = [f"sentence number {i} about coffee" for i in range(6)]
    expected = embedding_engine.embed(texts)
    results: dict[int, list[list[float]]] = {}

    def work(i: int) -> None:
        results[i] = embedding_engine.embed(texts)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(results) == 4
    for got in results.values():
        for a, b in zip(got, expected, strict=True):
            assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 1e-6


@pytest.mark.slow
@pytest.mark.allow_error_logs  # the engine host logs the dead worker it replaces
def test_a_killed_worker_is_restarted_by_the_next_call(tmp_path: Path, embedding_gguf: Path) -> None:
    engine = EmbeddingEngine(tmp_path / "logs", str(embedding_gguf))
    try:
        before = engine.embed([RELATED[0]])[0]
        pid = engine.pid
        assert pid is not None
        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.05)
        after = engine.embed([RELATED[0]])[0]
        assert engine.pid not in (None, pid)
        assert max(abs(x - y) for x, y in zip(before, after, strict=True)) < 1e-6
    finally:
        engine.close()


@pytest.mark.slow
def test_a_closed_engine_refuses_work(tmp_path: Path, embedding_gguf: Path) -> None:
    engine = EmbeddingEngine(tmp_path / "logs", str(embedding_gguf))
    engine.embed(["x"])
    engine.close()
    with pytest.raises(KnowledgeError, match="closed"):
        engine.embed(["x"])
    with pytest.raises(KnowledgeError, match="closed"):
        engine.count("x")


def _alive(pid: int) -> bool:
    """Whether the worker (this process's child) has not ended yet. A killed multi-threaded process shows "Z" in
    /proc as soon as its main thread is gone, while its other threads still unwind: only waitid says it has ended
    (WNOWAIT: without reaping it, which is the engine host's job)."""
    if os.name == "nt":  # no waitid: give the kill a moment
        time.sleep(1.0)
        return False
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None
    except ChildProcessError:  # already reaped
        return False


@pytest.mark.slow
def test_the_engine_refuses_to_chat_with_an_embedding_model(tmp_path: Path, embedding_gguf: Path) -> None:
    """A user may pick the embedding GGUF as a chat model: a clear 400, not llama.cpp's assertion from deep inside."""
    from desktop_llm.core.errors import EngineRequestError
    from desktop_llm.core.events import ChatMessage
    from desktop_llm.core.sampling import LoadParams, SamplingParams
    from desktop_llm.services.engine.engine_host import EngineHost

    host = EngineHost(tmp_path / "logs")
    try:
        status = host.ensure_loaded(LoadParams(path=str(embedding_gguf), n_ctx=512))
        assert status.model is not None and status.model.architecture == "bert"
        client = host.client()
        with pytest.raises(EngineRequestError, match="is an embedding model") as chat:
            list(client.chat_stream([ChatMessage("user", "hi")], SamplingParams(max_tokens=4)))
        assert chat.value.status == 400
        with pytest.raises(EngineRequestError, match="is an embedding model"):
            list(client.completion_stream("hi", SamplingParams(max_tokens=4)))
        assert client.count("hello world") == 4  # counting and embedding still work
        assert len(client.post_json("/v1/embeddings", {"input": ["hi"]})["data"][0]["embedding"]) == 384
    finally:
        host.shutdown()
