"""Datasets from documents (issue 16) against a scripted OpenAI-compatible server: hostile replies (not JSON,
huge, the wrong shape) are retried once then skipped and counted; a cancelled run resumes from its journal; the
saved file is chat JSONL that training accepts; a knowledge collection's chunks are read without its store."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.connections import ServerInfo
from desktop_llm.core.dataset_types import MakeOptions, MakeProgress, QAPair, SourceChunk
from desktop_llm.core.errors import Cancelled, DatasetError
from desktop_llm.core.training_data import read_dataset
from desktop_llm.services.backends.remote import RemoteClient
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
from desktop_llm.services.training import dataset_maker
from desktop_llm.services.training.dataset_maker import DatasetMaker, make_pairs, parse_pairs
from desktop_llm.services.training.dataset_sources import Journal, collection_chunks, save_dataset
from tests.fake_openai import FakeOpenAI, Handler

GOOD = json.dumps({"pairs": [{"question": "Where is the lighthouse?", "answer": "On the island of Quintaro."},
                             {"question": "How tall is the lighthouse?", "answer": "It is 42 metres tall."}]})


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI(models=("tiny",), reply=GOOD)
    yield fake
    fake.close()


def client(fake: FakeOpenAI) -> RemoteClient:
    return RemoteClient(fake.url.removesuffix("/v1"), "", "tiny", ServerInfo(models=("tiny",), n_ctx=4096), "fake")


def reply(text: str) -> Any:
    def answer(handler: Handler, _body: dict[str, Any]) -> bool:
        handler.stream([text])
        return True
    return answer


def chunks(count: int) -> list[SourceChunk]:
    return [SourceChunk(str(i + 1), f"Passage {i + 1}: the lighthouse is 42 metres tall.", "doc.md")
            for i in range(count)]


def make(fake: FakeOpenAI, pieces: list[SourceChunk], journal: Journal | None = None,
         cancel: threading.Event | None = None, **options: Any) -> Any:
    seen: list[MakeProgress] = []
    result = make_pairs(client(fake), 4096, pieces, MakeOptions(pairs_per_chunk=2, **options), seen.append,
                        cancel or threading.Event(), journal)
    return result, seen


def chat_requests(fake: FakeOpenAI) -> list[dict[str, Any]]:
    return [b for b in fake.bodies if b["path"] == "/v1/chat/completions"]


def test_pairs_are_parsed_grounded_and_asked_with_a_json_schema(fake: FakeOpenAI) -> None:
    result, seen = make(fake, chunks(2))
    # the same two questions from both chunks are kept once, each with the chunk it came from
    assert [(p.question, p.chunk_id) for p in result.pairs] == [("Where is the lighthouse?", "1"),
                                                                ("How tall is the lighthouse?", "1")]
    body = chat_requests(fake)[0]
    schema = body["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["pairs"]["minItems"] == 2 and body["model"] == "tiny"
    assert "Passage 1" in body["messages"][1]["content"]
    assert seen[-1] == MakeProgress(2, 2, 2, 0, 0.0) and result.failed_chunks == [] and result.structured


def test_a_reply_that_is_not_json_is_asked_again_then_the_chunk_is_skipped_and_counted(fake: FakeOpenAI) -> None:
    fake.script("/v1/chat/completions", reply("Sure! Here are some questions: what is a lighthouse?"), times=2)
    fake.script("/v1/chat/completions", reply('{"pairs": [{"question": "Who built it?", "answer": "Nobody."}]}'))
    result, seen = make(fake, chunks(2))
    assert result.failed_chunks == ["1"] and seen[-1].failed == 1
    assert [p.question for p in result.pairs] == ["Who built it?"] and result.pairs[0].chunk_id == "2"
    assert len(chat_requests(fake)) == 3
    assert chat_requests(fake)[1]["temperature"] > chat_requests(fake)[0]["temperature"]  # sampled differently


def test_a_huge_reply_is_read_no_further_than_the_bound(fake: FakeOpenAI) -> None:
    flood = ["{\"pairs\": [" + "x" * 1000] * 200  # 200 kB of a reply that never closes
    fake.script("/v1/chat/completions", lambda handler, _body: handler.stream(flood) or True, times=2)
    result, _ = make(fake, chunks(1))
    assert result.failed_chunks == ["1"] and result.pairs == []


def test_an_engine_that_refuses_the_schema_is_read_as_free_text(fake: FakeOpenAI) -> None:
    fake.script("/v1/chat/completions", lambda handler, _body: handler.error(400, "response_format is not supported")
                  or True)
    fake.reply = "Here you go:\n```json\n" + GOOD + "\n```"
    result, _ = make(fake, chunks(1))
    assert len(result.pairs) == 2 and not result.structured
    assert "response_format" not in chat_requests(fake)[1]


@pytest.mark.parametrize(("text", "expected"), [
    ('[{"q": "What colour is it?", "a": "Red."}]', [("What colour is it?", "Red.")]),
    ('{"question": "One pair alone?", "answer": "Yes."}', [("One pair alone?", "Yes.")]),
    ('Text first {"items": [{"prompt": "Prose around it?", "response": "Fine."}]} and after', [("Prose around it?", "Fine.")]),
    ('{"pairs": [{"question": "Same?", "answer": "A"}, {"question": "same?", "answer": "B"}]}', [("Same?", "A")]),
])
def test_replies_of_other_shapes_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert parse_pairs(text, 3) == expected


@pytest.mark.parametrize("text", [
    "", "no json here", "[" * 50_000, '{"pairs": "none"}', '{"pairs": [{"question": 1, "answer": 2}]}',
    '{"pairs": [{"question": "Too long?", "answer": "' + "y" * 5000 + '"}]}', '{"pairs": [["a", "b"]]}',
])
def test_unreadable_replies_are_refused(text: str) -> None:
    with pytest.raises(dataset_maker.UnreadableReply):
        parse_pairs(text, 3)


def test_a_cancelled_run_resumes_from_its_journal(fake: FakeOpenAI, tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.jsonl")
    cancel = threading.Event()

    def progress(step: MakeProgress) -> None:
        if step.done == 2:
            cancel.set()  # after two chunks were answered

    with pytest.raises(Cancelled):
        make_pairs(client(fake), 4096, chunks(4), MakeOptions(pairs_per_chunk=2), progress, cancel, journal)
    assert len(chat_requests(fake)) == 2
    journal.path.write_text(journal.path.read_text() + '{"chunk": "3", "pai')  # a write cut by a crash
    result, _ = make(fake, chunks(4), journal)
    assert result.resumed_chunks == 2 and len(chat_requests(fake)) == 4  # chunks 3 and 4 only
    again, _ = make(fake, chunks(4), journal, fresh=True)
    assert again.resumed_chunks == 0 and len(chat_requests(fake)) == 8


def test_the_saved_dataset_is_chat_jsonl_that_training_reads(tmp_path: Path) -> None:
    pairs = [QAPair("Where is it?", "On Quintaro.", "3"), QAPair("Who kept it?", "Maria Olsen.", "k17")]
    first = save_dataset(tmp_path, "light/house: v1", pairs, system_prompt="You know lighthouses.")
    second = save_dataset(tmp_path, "light/house: v1", pairs)
    assert first.name == "light-house- v1.jsonl" and second.name == "light-house- v1 (2).jsonl"
    dataset = read_dataset(first)
    assert dataset.ok and dataset.format == "chat" and len(dataset.examples) == 2
    assert [m.role for m in dataset.examples[0].messages] == ["system", "user", "assistant"]
    assert json.loads(first.read_text().splitlines()[1])["source"] == {"chunk": "k17"}
    with pytest.raises(DatasetError):
        save_dataset(tmp_path, "empty", [])


def test_a_knowledge_collections_chunks_are_read_read_only(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "manual.md").write_text("\n\n".join(f"# Part {i}\n\n" + f"Part {i} explains topic{i}. " * 30
                                                for i in range(1, 5)), encoding="utf-8")
    base = KnowledgeBase(tmp_path / "data", tmp_path / "logs")
    try:
        collection = base.create("Manuals", [str(docs)])
        base.index(collection.id, lambda _progress: None, threading.Event(), embed=False)
        database = tmp_path / "data" / "knowledge.sqlite3"
        name, found = collection_chunks(database, collection.id, lambda text: len(text.split()), 10_000, 200)
        # the index's small chunks (a heading alone is one) joined into passages, traced to their row ids
        assert name == "Manuals" and len(found) == 1 and found[0].id.startswith("k1-")
        assert found[0].source == "manual.md" and "# Part 1" in found[0].text and "topic4" in found[0].text
        _, small = collection_chunks(database, collection.id, lambda text: len(text.split()), 60, 200)
        assert len(small) > 2 and all(len(c.text.split()) <= 70 for c in small)  # (a carried heading: +3)
        assert "topic1" in small[0].text and all(c.id.startswith("k") for c in small)
        assert DatasetMaker(tmp_path / "data", base).collections() == [(collection.id, "Manuals")]
        base.delete(collection.id)
        with pytest.raises(Exception, match="no longer exists"):
            collection_chunks(tmp_path / "data" / "knowledge.sqlite3", collection.id, len, 100, 10)
    finally:
        base.close()


def test_a_document_is_made_into_a_dataset_and_saved(fake: FakeOpenAI, tmp_path: Path) -> None:
    document = tmp_path / "lighthouse.md"
    document.write_text("# Lighthouse\n\n" + "The lighthouse is 42 metres tall. " * 400, encoding="utf-8")
    maker = DatasetMaker(tmp_path / "data")
    result = maker.from_document(client(fake), 4096, document, MakeOptions(pairs_per_chunk=2, chunk_tokens=300),
                                 lambda _p: None, threading.Event())
    assert len(result.chunks) > 1 and result.source == "lighthouse.md" and Path(result.journal).is_file()
    path = maker.save("lighthouse", result.pairs, journal=result.journal)
    assert path.parent == tmp_path / "data" / "datasets" and read_dataset(path).ok
    assert not Path(result.journal).exists()  # the dataset is saved: nothing left to resume


def test_a_cancel_in_the_middle_of_a_reply_stops_the_request(fake: FakeOpenAI) -> None:
    fake.delay_s = 0.2  # a slow server, still writing
    fake.script("/v1/chat/completions", lambda handler, _body: handler.stream(["word"] * 300) or True)
    cancel = threading.Event()
    timer = threading.Timer(0.5, cancel.set)
    timer.start()
    try:
        with pytest.raises(Cancelled):
            make_pairs(client(fake), 4096, chunks(2), MakeOptions(pairs_per_chunk=2), lambda _p: None, cancel)
    finally:
        timer.cancel()
    assert len(chat_requests(fake)) == 1


def test_a_tables_encoding_is_detected_as_documents_are(tmp_path: Path) -> None:
    from desktop_llm.core.dataset_columns import ColumnMapping, map_rows

    maker = DatasetMaker(tmp_path / "data")
    legacy = tmp_path / "export.csv"
    legacy.write_bytes("frage;antwort\nWas kostet der Kaffee im Café?;Zwei Euro für einen großen Kaffee.\n"
                       .encode("cp1252"))
    pairs = map_rows(maker.read_table(legacy), ColumnMapping("frage", "antwort")).pairs
    assert pairs[0].question == "Was kostet der Kaffee im Café?" and "für" in pairs[0].answer
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    with pytest.raises(Exception, match="binary"):
        maker.read_table(binary)
