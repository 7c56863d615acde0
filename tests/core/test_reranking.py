"""The pure half of re-ranking (issue 12): pairs built as llama-server builds them, the /v1/rerank request checked,
the answer's order and top_n, and ties kept in the given (fused) order."""

from __future__ import annotations

import math

import pytest

from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.reranking import (
    MAX_DOCUMENTS,
    TOKEN_NULL,
    PairTokens,
    best_first,
    rerank_answer,
    rerank_request,
    templated_pair,
)


def test_pairs_follow_llama_servers_layout() -> None:
    bert = PairTokens(bos=101, eos=102, sep=102, add_bos=True, add_eos=True, add_sep=False)
    assert bert.pair([7, 8], [9]) == [101, 7, 8, 102, 9, 102]  # [CLS] q [SEP] d [SEP]
    roberta = PairTokens(bos=0, eos=2, sep=2, add_bos=True, add_eos=True, add_sep=True)
    assert roberta.pair([7], [9]) == [0, 7, 2, 2, 9, 2]  # <s> q </s></s> d </s>, as bge-reranker-v2-m3 reads it
    no_eos = PairTokens(bos=1, eos=TOKEN_NULL, sep=5, add_bos=True, add_eos=True, add_sep=True)
    assert no_eos.pair([7], [9]) == [1, 7, 5, 5, 9, 5]  # EOS falls back to SEP
    bare = PairTokens(bos=TOKEN_NULL, eos=TOKEN_NULL, sep=TOKEN_NULL, add_bos=True, add_eos=True, add_sep=True)
    assert bare.pair([7], [9]) == [7, 9]  # a missing token is never written as -1
    assert templated_pair("<q>{query}</q><d>{document}</d>", "a", "b") == "<q>a</q><d>b</d>"


def test_requests_are_checked() -> None:
    asked = rerank_request({"query": "kettle", "documents": ["a", "b", "c"], "top_n": 2})
    assert asked.query == "kettle" and asked.documents == ("a", "b", "c") and asked.top_n == 2
    assert rerank_request({"query": "q", "documents": ["a"], "top_n": 50}).top_n == 1  # bounded by the documents
    assert rerank_request({"query": "q", "documents": ["a", "b"]}).top_n == 2
    for bad in ({"documents": ["a"]}, {"query": " ", "documents": ["a"]}, {"query": "q", "documents": []},
                {"query": "q", "documents": "a"}, {"query": "q", "documents": ["a", 3]},
                {"query": "q", "documents": ["a"], "top_n": 0}, {"query": "q", "documents": ["a"], "top_n": True},
                {"query": "q", "documents": ["a"] * (MAX_DOCUMENTS + 1)}, {"query": "q" * 20_000, "documents": ["a"]}):
        with pytest.raises(RequestInvalidError):
            rerank_request(bad)


def test_best_first_keeps_the_given_order_on_ties_and_puts_nan_last() -> None:
    assert best_first([0.1, 0.9, 0.5]) == [1, 2, 0]
    assert best_first([0.5, 0.7, 0.5, 0.7]) == [1, 3, 0, 2]
    assert best_first([math.nan, 0.2, -math.inf, 0.1]) == [1, 3, 0, 2]


def test_the_answer_is_best_first_and_cut_to_top_n() -> None:
    answer = rerank_answer([0.1, 0.9, 0.5], top_n=2, tokens=30, model="r.gguf")
    assert answer["results"] == [{"index": 1, "relevance_score": 0.9}, {"index": 2, "relevance_score": 0.5}]
    assert answer["usage"] == {"prompt_tokens": 30, "total_tokens": 30} and answer["model"] == "r.gguf"
