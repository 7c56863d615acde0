"""The pure half of retrieval (issue 12): rank fusion, relevance, the numbered passages within a token budget, the
instructions and the citations read back from a reply."""

from __future__ import annotations

import pytest

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.knowledge_types import Passage, Place
from desktop_llm.core.retrieval import (
    DOCUMENTS_DO_NOT_SAY,
    cited,
    content_words,
    document_text,
    fuse,
    knowledge_instructions,
    passage_relevant,
    passages_block,
    query_text,
    similarity_threshold,
    source_label,
    strong_keyword_hits,
    terms_matched,
    with_passages,
)


def words(text: str) -> int:
    """A token count for the budget tests: whitespace-separated words, CJK characters one each."""
    return len(text.split()) + sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


def passage(chunk_id: int, text: str, path: str = "/docs/manual.pdf", page: int | None = None,
            heading: tuple[str, ...] = (), **scores: object) -> Passage:
    return Passage(chunk_id, "Manuals", path, text, Place(page, heading), 0.0, **scores)  # type: ignore[arg-type]


# fuse ---------------------------------------------------------------------------------------------------------------
def test_fuse_sums_reciprocal_ranks_across_lists() -> None:
    fused = dict(fuse([[1, 2, 3], [3, 4]]))
    assert fused[3] == pytest.approx(1 / 63 + 1 / 61)
    assert fused[1] == pytest.approx(1 / 61)
    assert fused[4] == pytest.approx(1 / 62)
    assert [item for item, _ in fuse([[1, 2, 3], [3, 4]])] == [3, 1, 2, 4]  # in both lists: first


def test_fuse_ties_keep_the_order_first_seen() -> None:
    assert [item for item, _ in fuse([[10, 20], [30, 40]])] == [10, 30, 20, 40]
    assert [item for item, _ in fuse([[30, 40], [10, 20]])] == [30, 10, 40, 20]


def test_fuse_counts_a_repeat_in_one_list_once_and_takes_k() -> None:
    assert dict(fuse([[5, 5, 6]]))[5] == pytest.approx(1 / 61)
    assert dict(fuse([[5]], k=1))[5] == pytest.approx(0.5)
    assert fuse([]) == [] and fuse([[], []]) == []


# relevance ----------------------------------------------------------------------------------------------------------
def test_content_words_drop_stopwords_keep_codes_and_pair_cjk() -> None:
    assert content_words("How do I replace the XR-7734 valve?") == {"replace", "xr-7734", "valve"}
    assert content_words("咖啡豆怎么保存") == {"咖啡", "啡豆", "豆怎", "么保", "保存"}  # 怎么 is a stop pair
    assert content_words("the of and") == set()


def test_terms_matched_is_the_share_of_query_words_found() -> None:
    assert terms_matched("replace the XR-7734 valve", "Replace the valve (part XR-7734).") == 1.0
    assert terms_matched("replace the XR-7734 valve", "The valve opens at 1.8 bar.") == pytest.approx(1 / 3)
    assert terms_matched("the of", "anything") == 0.0


def test_a_bm25_hit_is_relevant_when_half_the_query_words_are_in_it() -> None:
    hit = passage(1, "Replace the valve (part XR-7734) and its washer.", bm25_rank=1)
    assert passage_relevant(hit, "XR-7734 valve", None)
    assert not passage_relevant(hit, "pump motor noise valve", None)  # 1 of 4
    not_a_hit = passage(2, "Replace the valve (part XR-7734).")  # found by vectors only: the words do not count
    assert not passage_relevant(not_a_hit, "XR-7734 valve", None)


def test_a_hybrid_search_fuses_only_the_bm25_hits_strong_on_the_query_words() -> None:
    hits = [(1, "The station keeps its clock."), (2, "Hold RESET on the station for ten seconds to restore the "
            "factory settings."), (3, "Factory settings: hold RESET."), (4, "尽快恢复出厂设置")]
    # "restore factory settings station": 1 has one word of four, 2 all four, 3 two (half: kept)
    assert strong_keyword_hits("How do I restore the station to factory settings?", hits) == [2, 3]
    assert strong_keyword_hits("XR-7734", [(5, "Gasket XR-7734 for the boiler."), (6, "XR-7735")]) == [5]
    assert strong_keyword_hits("恢复出厂设置", hits) == [4]
    assert strong_keyword_hits("what is it", hits) == [1, 2, 3, 4]  # no content word: nothing to judge by


def test_similarity_clears_the_threshold_or_not() -> None:
    assert passage_relevant(passage(1, "x", similarity=0.5), "question", 0.36)
    assert not passage_relevant(passage(1, "x", similarity=0.2), "question", 0.36)
    assert not passage_relevant(passage(1, "x", similarity=0.9), "question", None)  # similarity means nothing here


def test_thresholds_by_family_and_none_for_cjk_on_an_english_only_model() -> None:
    minilm = "/models/all-MiniLM-L6-v2-f16.gguf"
    assert similarity_threshold(minilm, "how to descale") == pytest.approx(0.36)
    assert similarity_threshold(minilm, "咖啡豆怎么保存") is None
    assert similarity_threshold("/m/multilingual-e5-small-q8_0.gguf", "咖啡豆怎么保存") == pytest.approx(0.82)
    assert similarity_threshold("C:\\m\\bge-m3-Q8_0.gguf", "x") == pytest.approx(0.55)


def test_query_and_document_prefixes_for_the_models_that_want_them() -> None:
    assert query_text("/m/multilingual-e5-small.gguf", "q") == "query: q"
    assert document_text("/m/multilingual-e5-small.gguf", "t") == "passage: t"
    assert query_text("/m/nomic-embed-text-v1.5.Q8_0.gguf", "q") == "search_query: q"
    assert query_text("/m/all-MiniLM-L6-v2.gguf", "q") == "q"
    assert document_text("/m/bge-m3-Q8_0.gguf", "t") == "t"


# passages_block -----------------------------------------------------------------------------------------------------
def test_block_numbers_passages_with_file_and_place() -> None:
    first = passage(1, "The valve opens at 1.8 bar.", page=4, heading=("Boiler", "Safety"))
    second = passage(2, "Descale every two months.", path="C:\\docs\\care.md")
    block, used = passages_block([first, second], 1000, words)
    assert block == ("[1] manual.pdf, p. 4 · Boiler › Safety\nThe valve opens at 1.8 bar.\n\n"
                     "[2] care.md\nDescale every two months.")
    assert used == (first, second)
    assert source_label(second) == "care.md"


def test_block_stays_within_the_budget_and_trims_at_a_sentence_end() -> None:
    first = passage(1, "One two three four five.")
    second = passage(2, "Alpha beta gamma. Delta epsilon zeta. Eta theta iota.")
    whole = words(passages_block([first, second], 1000, words)[0])
    block, used = passages_block([first, second], whole - 3, words)
    assert words(block) <= whole - 3
    assert used[0] == first
    assert used[1].text == "Alpha beta gamma. Delta epsilon zeta."  # the last sentence left out, never half of one
    assert block.endswith("[2] manual.pdf\nAlpha beta gamma. Delta epsilon zeta.")


def test_a_passage_that_does_not_fit_at_all_is_left_out_and_a_later_one_may_fit() -> None:
    big = passage(1, "A single long sentence with many many words in it that goes on and on without an end")
    small = passage(2, "Short one.")
    block, used = passages_block([big, small], 6, words)
    assert used == (small,)
    assert block == "[1] manual.pdf\nShort one."  # numbered by what went in
    assert words(block) <= 6


def test_chinese_passage_is_trimmed_after_a_full_stop() -> None:
    text = "咖啡豆烘焙后最好在两到四周内用完。请把咖啡豆放在不透光的密封罐里。不要放进冰箱。"
    block, used = passages_block([passage(1, text, path="/d/豆.md")], 3 + 17 + 16, words)
    assert used[0].text == "咖啡豆烘焙后最好在两到四周内用完。请把咖啡豆放在不透光的密封罐里。"
    assert words(block) <= 36


def test_empty_budget_or_no_passages_give_an_empty_block() -> None:
    assert passages_block([], 100, words) == ("", ())
    assert passages_block([passage(1, "Some text.")], 0, words) == ("", ())
    assert passages_block([passage(1, "   ")], 100, words) == ("", ())


# instructions and citations -----------------------------------------------------------------------------------------
def test_instructions_ask_for_citations_and_only_documents_adds_the_honest_answer() -> None:
    free = knowledge_instructions(only_documents=False)
    strict = knowledge_instructions(only_documents=True)
    assert "[1]" in free and DOCUMENTS_DO_NOT_SAY not in free
    assert "[1]" in strict and DOCUMENTS_DO_NOT_SAY in strict and "only from these passages" in strict


@pytest.mark.parametrize(
    ("reply", "count", "expected"),
    [
        ("The valve opens at 1.8 bar [2]. Descale monthly [1].", 3, [2, 1]),
        ("Both say so [1, 2], see also [1][3].", 3, [1, 2, 3]),
        ("见【2】和【1】。", 2, [2, 1]),
        ("Steps [1-3] then [2].", 4, [1, 2, 3]),
        ("Made up [7] and [0] and [2].", 3, [2]),
        ("No citations here, only [brackets] and a list [a].", 3, []),
        ("Wide range [1-9999].", 3, [1]),
        ("Spaces [ 2 ,3 ].", 3, [2, 3]),
    ],
)
def test_cited_reads_valid_numbers_in_order_of_first_appearance(reply: str, count: int, expected: list[int]) -> None:
    assert cited(reply, count) == expected


def test_with_passages_puts_instructions_and_block_before_the_last_question_only() -> None:
    messages = (ChatMessage("system", "Be brief."), ChatMessage("user", "First?"), ChatMessage("assistant", "One."),
                ChatMessage("user", "Second?"))
    out = with_passages(messages, "Cite [n].", "[1] a.md\nText.")
    assert out[:3] == messages[:3] and out[3].role == "user"
    assert out[3].content == "Cite [n].\n\n[1] a.md\nText.\n\nQuestion: Second?"
    no_user = (ChatMessage("system", "Be brief."),)
    assert with_passages(no_user, "Cite [n].", "[1] a.md\nText.") == no_user
