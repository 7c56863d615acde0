"""The native generation loop (issue 18) on the real starter model: the same tokens as llama-cpp-python's loop,
seeds, grammars, cancel in the prompt and in the reply, KV prefix reuse, stop strings across tokens, and the
Llama object's bookkeeping left exact for its own paths."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import llama_cpp
import pytest

from desktop_llm.core.sampling import SamplingParams
from desktop_llm.engine.generation import GenerationResult, generate_text
from desktop_llm.engine.native_loop import perf
from desktop_llm.engine.structured_output import grammar_from

pytestmark = pytest.mark.slow

PROMPT = "<|im_start|>user\nWrite a short story about a lighthouse keeper.<|im_end|>\n<|im_start|>assistant\n"
GREEDY = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.1, max_tokens=48)


@pytest.fixture(scope="module")
def llm(starter_model: Path) -> Iterator[llama_cpp.Llama]:
    model = llama_cpp.Llama(str(starter_model), n_ctx=2048, n_batch=512, n_threads=2, n_threads_batch=2,
                            verbose=False)
    yield model
    model.close()


def _tokens(llm: llama_cpp.Llama, text: str = PROMPT) -> list[int]:
    return llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)


def _run(llm: llama_cpp.Llama, tokens: list[int], sampling: SamplingParams,
         cancelled: Callable[[], bool] = lambda: False, **kwargs: object) -> tuple[str, GenerationResult]:
    parts: list[str] = []
    result: GenerationResult | None = None
    for event in generate_text(llm, tokens, sampling, cancelled, **kwargs):  # type: ignore[arg-type]
        if isinstance(event, GenerationResult):
            result = event
        else:
            parts.append(event)
    assert result is not None
    return "".join(parts), result


def _generated(llm: llama_cpp.Llama, start: int) -> list[int]:
    return [int(t) for t in llm.input_ids[start : llm.n_tokens]]


def test_greedy_tokens_equal_llama_cpp_python(llm: llama_cpp.Llama) -> None:
    tokens = _tokens(llm)
    llm.reset()  # type: ignore[no-untyped-call]
    reference: list[int] = []
    for token in llm.generate(tokens, top_k=1, top_p=1.0, min_p=0.0, temp=0.0, repeat_penalty=1.1):
        if llama_cpp.llama_vocab_is_eog(llm._model.vocab, token) or len(reference) == GREEDY.max_tokens:
            break
        reference.append(token)
    llm.reset()  # type: ignore[no-untyped-call]
    text, result = _run(llm, tokens, GREEDY)
    assert result.completion_tokens == len(reference)
    # The KV cache holds every generated token but the last (sampled, never decoded); the bookkeeping says so.
    assert llm.n_tokens == len(tokens) + result.completion_tokens - 1
    assert _generated(llm, len(tokens)) == reference[:-1]
    assert text == llm.detokenize(reference).decode("utf-8", errors="replace").lstrip()


def test_seed_reproduces_and_matches_llama_cpp_python(llm: llama_cpp.Llama) -> None:
    tokens = _tokens(llm)
    sampling = SamplingParams(temperature=0.9, top_k=40, top_p=0.95, min_p=0.05, repeat_penalty=1.1, seed=1234,
                              max_tokens=32)
    # Each run from an empty cache: a prompt's last token decoded alone (prefix reuse) gives logits a rounding
    # apart from the same token decoded in the prompt's batch, enough to move a random draw (llama-cpp-python too).
    llm.reset()  # type: ignore[no-untyped-call]
    first, _ = _run(llm, tokens, sampling)
    generated = _generated(llm, len(tokens))
    llm.reset()  # type: ignore[no-untyped-call]
    again, _ = _run(llm, tokens, sampling)
    other, _ = _run(llm, tokens, SamplingParams(**{**sampling.to_dict(), "seed": 99, "stop": ()}))
    assert first == again and first
    assert other != first
    llm.reset()  # type: ignore[no-untyped-call]
    llm.set_seed(1234)
    reference = []
    for token in llm.generate(tokens, top_k=40, top_p=0.95, min_p=0.05, temp=0.9, repeat_penalty=1.1):
        reference.append(token)
        if len(reference) == len(generated):
            break
    assert reference == generated  # the same chain in the same order: the same tokens for the same seed


def test_grammar_constrains_the_reply(llm: llama_cpp.Llama) -> None:
    schema = {"type": "object", "properties": {"mood": {"type": "string", "enum": ["calm", "stormy"]},
                                                "hours": {"type": "integer"}}, "required": ["mood", "hours"]}
    grammar = grammar_from({"response_format": {"type": "json_schema", "json_schema": {"schema": schema}}}, llm)
    sampling = SamplingParams(temperature=0.8, seed=7, max_tokens=200)
    text, result = _run(llm, _tokens(llm), sampling, grammar=grammar)
    assert result.finish_reason == "stop"
    answer = json.loads(text)
    assert answer["mood"] in ("calm", "stormy") and isinstance(answer["hours"], int)
    # GBNF text works as well as a LlamaGrammar
    plain, _ = _run(llm, _tokens(llm), sampling, grammar='root ::= "yes" | "no"')
    assert plain in ("yes", "no")


def test_cancel_mid_prefill_keeps_the_decoded_chunks(llm: llama_cpp.Llama) -> None:
    long_prompt = _tokens(llm, "<|im_start|>user\n" + "The sea was calm that night. " * 150 + "<|im_end|>\n")
    assert len(long_prompt) > 2 * llm.n_batch
    llm.reset()  # type: ignore[no-untyped-call]
    calls = [0]

    def cancel_after_one_chunk() -> bool:
        calls[0] += 1
        return calls[0] > 1

    text, result = _run(llm, long_prompt, GREEDY, cancel_after_one_chunk)
    assert (text, result.finish_reason, result.completion_tokens) == ("", "cancelled", 0)
    assert llm.n_tokens == llm.n_batch  # exactly the one chunk decoded before the cancel
    assert _generated(llm, 0) == long_prompt[: llm.n_batch]
    llama_cpp.llama_synchronize(llm._ctx.ctx)  # llama.cpp adds a decode to its timings at the next synchronize
    llama_cpp.llama_perf_context_reset(llm._ctx.ctx)
    _, again = _run(llm, long_prompt, GREEDY.__class__(**{**GREEDY.to_dict(), "max_tokens": 1, "stop": ()}))
    assert again.prompt_evaluated == len(long_prompt) - llm.n_batch  # the next request starts from that chunk
    assert perf(llm._ctx.ctx)[1] == again.prompt_evaluated


def test_cancel_mid_stream(llm: llama_cpp.Llama) -> None:
    seen: list[str] = []
    events = generate_text(llm, _tokens(llm), GREEDY, lambda: len(seen) >= 5)
    result = None
    for event in events:
        if isinstance(event, GenerationResult):
            result = event
        else:
            seen.append(event)
    assert result is not None and result.finish_reason == "cancelled"
    assert len(seen) == 5 and result.completion_tokens >= 5


def test_second_turn_evaluates_only_new_tokens(llm: llama_cpp.Llama) -> None:
    tokens = _tokens(llm)
    _, first = _run(llm, tokens, GREEDY)
    assert first.completion_tokens > 2
    turn = tokens + _generated(llm, len(tokens)) + _tokens(llm, "<|im_end|>\n<|im_start|>user\nAnd then?<|im_end|>\n")
    llama_cpp.llama_synchronize(llm._ctx.ctx)
    llama_cpp.llama_perf_context_reset(llm._ctx.ctx)
    _, second = _run(llm, turn, GREEDY)
    new = len(turn) - len(tokens) - (first.completion_tokens - 1)
    assert second.prompt_evaluated == new
    assert perf(llm._ctx.ctx)[1] == new  # llama.cpp itself decoded only the new tokens as prompt
    # The same prompt again: all but its last token come from the cache.
    _, third = _run(llm, turn, GREEDY)
    assert third.prompt_evaluated == 1


def test_stop_string_across_tokens(llm: llama_cpp.Llama) -> None:
    tokens = _tokens(llm)
    text, _ = _run(llm, tokens, GREEDY)
    pieces = [llm.detokenize([t]).decode("utf-8", errors="replace") for t in _generated(llm, len(tokens))]
    boundary = len("".join(pieces[:3]).lstrip())  # where the third token's text ends in the reply
    assert boundary >= 3 and text.startswith("".join(pieces[:3]).lstrip())
    stop = text[boundary - 3 : boundary + 3]  # three characters of one token, three of the next ones
    cut = text.index(stop)
    stopped, result = _run(llm, tokens, SamplingParams(**{**GREEDY.to_dict(), "stop": (stop,)}))
    assert result.finish_reason == "stop"
    assert stopped == text[:cut]


def test_llama_object_still_works_after_native_generation(llm: llama_cpp.Llama) -> None:
    tokens = _tokens(llm)
    _run(llm, tokens, GREEDY)
    cached = llm.n_tokens
    # llama-cpp-python's own generate finds our cache consistent and continues from it
    reference = next(iter(llm.generate(tokens, top_k=1, temp=0.0, repeat_penalty=1.1)))
    assert llm.n_tokens == len(tokens) and cached > len(tokens)
    llm.reset()  # type: ignore[no-untyped-call]
    assert reference == next(iter(llm.generate(tokens, top_k=1, temp=0.0, repeat_penalty=1.1)))
