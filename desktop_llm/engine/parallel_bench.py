"""Aggregate tokens/s of n sequences decoded together through the engine's own slots path (issue 18's benchmark).

The model is loaded by ModelHost with n slots (at least 2, so that one sequence too runs through the batcher and
the three figures compare one path) and n requests go through its SequenceBatcher at once, as the HTTP server runs
them; each generates `tokens` tokens (end-of-generation ignored, so every run does the same work).
The figure is all generated tokens over the wall time from the first request to the last result, prompts included
(they are a few tokens each).
"""

from __future__ import annotations

import threading
import time

from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.engine.generation import GenerationResult
from desktop_llm.engine.log_capture import LlamaLogCapture
from desktop_llm.engine.model_host import ModelHost
from desktop_llm.engine.native_sampler import SamplerChain
from desktop_llm.engine.sequence_state import Ticket

PROMPTS = ("The history of the printing press", "A recipe for bread", "How rivers shape valleys",
           "The rules of chess", "Why the sky is blue", "A letter to a friend", "The life of bees", "Tides")


def parallel_throughput(model_path: str, n_seqs: int, tokens: int, n_gpu_layers: int = -1, n_threads: int = 0) -> float:
    """Tokens per second of `n_seqs` sequences of `tokens` tokens each, generated together (greedy)."""
    host = ModelHost(LlamaLogCapture(echo_errors=False))
    try:
        model = host.load(LoadParams(path=model_path, n_ctx=max(256, tokens + 64), n_gpu_layers=n_gpu_layers,
                                     n_threads=n_threads, n_parallel=max(2, n_seqs)))
        assert model.batcher is not None
        sampling = SamplingParams(temperature=0.0, repeat_penalty=1.0, max_tokens=tokens)
        tickets = [Ticket(host.tokenize(PROMPTS[i % len(PROMPTS)]), sampling,
                          SamplerChain(sampling, model.llm._model.vocab), model.params.lora, lambda: False,
                          ignore_eos=True) for i in range(n_seqs)]
        produced = [0] * n_seqs
        errors: list[BaseException] = []

        def run(index: int) -> None:
            try:
                for event in model.batcher.submit(tickets[index]):  # type: ignore[union-attr]
                    if isinstance(event, GenerationResult):
                        produced[index] = event.completion_tokens
            except BaseException as exc:  # reported below, on the caller's thread
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(i,), name=f"bench-seq-{i}") for i in range(n_seqs)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        if errors:
            raise errors[0]
        return sum(produced) / elapsed if elapsed > 0 else 0.0
    finally:
        host.unload()
