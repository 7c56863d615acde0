"""The bench's native baseline: llama-bench's method through the same library, timed by llama.cpp itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import llama_cpp
import pytest

from desktop_llm.engine.raw_bench import NativeBench

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def llm(starter_model: Path) -> Iterator[llama_cpp.Llama]:
    model = llama_cpp.Llama(str(starter_model), n_ctx=1024, n_batch=256, n_threads=2, n_threads_batch=2,
                            verbose=False)
    yield model
    model.close()


def test_pp_and_tg_count_exactly_their_tokens(llm: llama_cpp.Llama) -> None:
    bench = NativeBench(llm)
    pp = bench.pp(600)  # three n_batch chunks, counted as one prompt
    assert pp["tokens"] == 600 and pp["ms"] > 0 and pp["tokens_per_s"] > 0
    tg = bench.tg(8)
    assert tg["tokens"] == 8 and tg["ms"] > 0 and tg["tokens_per_s"] > 0
    # The Llama object no longer claims a cache the bench cleared.
    assert llm.n_tokens == 0
