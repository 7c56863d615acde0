"""The HTTP side of slots (issue 18): a request for a model loaded with n_parallel > 1 holds the host's lock only
while its prompt is prepared, then runs in the model's SequenceBatcher beside the others."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from desktop_llm.core.sampling import SamplingParams
from desktop_llm.engine.generation import GenerationResult, control_stop_tokens
from desktop_llm.engine.model_host import LoadedModel, ModelHost
from desktop_llm.engine.native_sampler import SamplerChain
from desktop_llm.engine.sequence_state import Ticket
from desktop_llm.ipc.engine_wire import EngineApiError, ErrorCode


class HostLease:
    """The host's lock, taken within `timeout` (else BUSY); `release` may end it early, once."""

    def __init__(self, lock: threading.Lock, timeout: float) -> None:
        if not lock.acquire(timeout=timeout):
            raise EngineApiError(ErrorCode.BUSY, "the engine is busy with another request")
        self._lock: threading.Lock | None = lock

    def release(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> HostLease:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def use_adapters(host: ModelHost, asked: Any) -> None:
    """Apply a request's adapters now, unless the model has slots: its batcher switches them between batches."""
    if host.model.batcher is None:
        host.use_adapters(asked)


def batched_events(
    model: LoadedModel, tokens: list[int], sampling: SamplingParams, cancelled: Callable[[], bool], asked: Any,
    lease: HostLease, grammar: Any = None,
) -> Iterator[str | GenerationResult]:
    """The request's pieces and result from the model's batcher; waits for a slot first (BUSY past the wait).

    What needs the model (its vocab for the sampler chain and the stop tokens) is done under the lease; the lease
    ends before the wait, so other requests prepare theirs meanwhile."""
    assert model.batcher is not None
    text = getattr(grammar, "_grammar", None) if grammar is not None else None  # LlamaGrammar keeps its GBNF there
    chain = SamplerChain(sampling, model.llm._model.vocab, text)
    adapters = model.params.lora if asked is None else tuple((str(path), float(scale)) for path, scale in asked)
    ticket = Ticket(list(tokens), sampling, chain, adapters, cancelled, control_stop_tokens(model.llm, sampling.stop))
    lease.release()
    return model.batcher.submit(ticket)
