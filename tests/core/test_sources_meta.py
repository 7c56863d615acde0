"""A reply's sources in its meta JSON (issue 12): the round trip, damaged meta, and the export's Sources list."""

from __future__ import annotations

import json

from desktop_llm.core.conversation import Conversation, MessageNode
from desktop_llm.core.export import to_markdown
from desktop_llm.core.knowledge_types import Passage, Place
from desktop_llm.core.sources_meta import (
    KnowledgeNote,
    display_order,
    knowledge_from_meta,
    knowledge_to_meta,
    sources_for,
    sources_from_meta,
    sources_to_meta,
    with_cited,
)

PASSAGES = (
    Passage(11, "Manuals", "/docs/machine.pdf", "Descale every two months.", Place(4, ("Care", "Descaling"), 10, 35),
            0.031),
    Passage(12, "Manuals", "/docs/grinder.md", "Finer grind, slower shot.", Place(None, ("Grinder",), 0, 25), 0.02),
    Passage(13, "Notes", "C:\\notes\\milk.txt", "Steam to 60 °C.", Place(), 0.01),
)


def test_sources_survive_the_json_round_trip_with_their_citations() -> None:
    sources = sources_for(PASSAGES, cited=[3, 1])
    meta = json.loads(json.dumps({"model": "m.gguf", "sources": sources_to_meta(sources)}))
    back = sources_from_meta(meta)
    assert back == sources
    assert [(s.n, s.cited) for s in back] == [(1, True), (2, False), (3, True)]
    assert back[0].place.label() == "p. 4 · Care › Descaling" and back[0].file_name == "machine.pdf"
    assert back[2].file_name == "milk.txt" and back[2].page is None
    assert [s.n for s in display_order(back)] == [1, 3, 2]
    assert [s.n for s in with_cited(back, [2]) if s.cited] == [2]


def test_the_knowledge_note_round_trips_and_is_absent_for_plain_replies() -> None:
    note = KnowledgeNote(("Manuals", "Notes"), only_documents=True, relevant=False, mode="hybrid")
    assert knowledge_from_meta(json.loads(json.dumps({"knowledge": knowledge_to_meta(note)}))) == note
    assert knowledge_from_meta({"model": "x"}) is None
    assert knowledge_from_meta({"knowledge": "broken"}) is None
    assert knowledge_from_meta({"knowledge": {"collections": [1, "A", None]}}) == KnowledgeNote(("A",))


def test_damaged_meta_keeps_what_is_readable_and_never_raises() -> None:
    good = sources_to_meta(sources_for(PASSAGES[:1]))[0]
    damaged: list[object] = [
        good,
        "not an object",
        None,
        {"n": "2", "path": "/x"},  # a number as text
        {"n": 3},  # no path
        {"n": True, "path": "/bool"},  # a bool is not a number
        {"n": 0, "path": "/zero"},
        {"n": 4, "path": "/ok", "page": -3, "heading": "not a list", "start": -1, "end": 2.5, "score": "high",
         "text": 42, "cited": "yes"},
        {"n": 5, "path": "/big", "score": 1e308 * 10, "heading": ["A", 7, "B"], "text": "x" * 20_000},
        {**good, "text": "a repeated number is kept once"},
    ]
    back = sources_from_meta({"sources": damaged})
    assert [s.n for s in back] == [1, 4, 5]
    assert back[0] == sources_for(PASSAGES[:1])[0]
    odd = back[1]
    assert (odd.page, odd.heading, odd.start, odd.end, odd.score, odd.text, odd.cited) == (None, (), 0, 0, 0.0, "",
                                                                                           False)
    assert back[2].heading == ("A", "B") and back[2].score == 0.0 and len(back[2].text) == 8_000
    for meta in ({}, {"sources": None}, {"sources": {"n": 1}}, {"sources": "[]"}):
        assert sources_from_meta(meta) == ()


def test_a_hostile_meta_cannot_make_thousands_of_sources() -> None:
    many = [{"n": n, "path": f"/f{n}"} for n in range(1, 5000)]
    assert len(sources_from_meta({"sources": many})) == 64


def test_the_markdown_export_lists_the_sources_under_their_reply() -> None:
    conversation = Conversation(1, "Coffee", "", 0.0, 0.0, 3)
    meta = json.dumps({"sources": sources_to_meta(sources_for(PASSAGES[:2], cited=[1]))})
    branch = [MessageNode(1, 1, None, "user", "How often descale?", 1.0),
              MessageNode(2, 1, 1, "assistant", "Every two months [1].", 2.0, meta=meta),
              MessageNode(3, 1, 2, "user", "Thanks", 3.0)]
    text = to_markdown(conversation, branch)
    reply, after = text.split("Every two months [1].", 1)
    assert "**Sources**" not in reply
    sources, rest = after.split("## You", 1)
    assert "**Sources**" in sources
    assert "1. /docs/machine.pdf, p. 4 · Care › Descaling (cited): “Descale every two months.”" in sources
    assert "2. /docs/grinder.md, Grinder: “Finer grind, slower shot.”" in sources
    assert "Sources" not in rest
