"""The baselines of `desktop-llm bench`, in a bare process on the same llama.cpp library and the same GGUF.

`native`: llama.cpp's own benchmark routine (llama-bench's): pp = the context cleared, n_prompt random tokens
decoded as one prompt (n_batch chunks, logits for the last token only), tg = the context cleared, one token at a
time n_gen times, no sampling. The figures are llama.cpp's own timings of those decodes (llama_perf_context's
t_p_eval / t_eval), so no Python time is counted in them. `lcp`: llama-cpp-python's own `generate` loop, the path
the app used before issue 18. The model is loaded by the app's ModelHost, so threads and batch sizes are the app's.

Protocol: one JSON line {"ready": ...} after loading, then per stdin line `pp N`, `tg N` or `lcp N` one JSON line.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import random
import sys
import time
from typing import Any

import llama_cpp

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.sampling import LoadParams
from desktop_llm.engine.log_capture import LlamaLogCapture
from desktop_llm.engine.model_host import ModelHost


class NativeBench:
    """llama-bench's test_prompt and test_gen on a loaded context."""

    def __init__(self, llm: llama_cpp.Llama) -> None:
        self.llm = llm
        self.ctx = llm._ctx.ctx
        self.vocab = llm._model.vocab
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self.n_batch = int(llm.n_batch)
        self.random = random.Random(0)

    def _clear(self) -> None:
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(self.ctx), True)
        self.llm.n_tokens = 0  # the Llama object must not believe its old tokens are still cached
        llama_cpp.llama_perf_context_reset(self.ctx)

    def _decode(self, tokens: Any, count: int) -> None:
        if llama_cpp.llama_decode(self.ctx, llama_cpp.llama_batch_get_one(tokens, count)) != 0:
            raise RuntimeError("llama_decode failed")

    def pp(self, n_prompt: int) -> dict[str, float]:
        self._clear()
        tokens = (llama_cpp.llama_token * n_prompt)(*(self.random.randrange(self.n_vocab) for _ in range(n_prompt)))
        if llama_cpp.llama_vocab_get_add_bos(self.vocab):
            tokens[0] = llama_cpp.llama_vocab_bos(self.vocab)
        started = time.perf_counter()
        size = ctypes.sizeof(llama_cpp.llama_token)
        for first in range(0, n_prompt, self.n_batch):
            count = min(self.n_batch, n_prompt - first)
            chunk = ctypes.cast(ctypes.addressof(tokens) + first * size, ctypes.POINTER(llama_cpp.llama_token))
            self._decode(chunk, count)
        llama_cpp.llama_synchronize(self.ctx)
        wall = time.perf_counter() - started
        data = llama_cpp.llama_perf_context(self.ctx)
        ms = float(data.t_p_eval_ms)
        return {"tokens": int(data.n_p_eval), "ms": ms, "tokens_per_s": n_prompt / (ms / 1000.0) if ms > 0 else 0.0,
                "wall_tokens_per_s": n_prompt / wall if wall > 0 else 0.0}

    def tg(self, n_gen: int) -> dict[str, float]:
        self._clear()
        token = (llama_cpp.llama_token * 1)()
        add_bos = llama_cpp.llama_vocab_get_add_bos(self.vocab)
        token[0] = llama_cpp.llama_vocab_bos(self.vocab) if add_bos else self.random.randrange(self.n_vocab)
        started = time.perf_counter()
        for _ in range(n_gen):
            self._decode(token, 1)
            llama_cpp.llama_synchronize(self.ctx)
            token[0] = self.random.randrange(self.n_vocab)
        wall = time.perf_counter() - started
        data = llama_cpp.llama_perf_context(self.ctx)
        ms = float(data.t_eval_ms)
        return {"tokens": int(data.n_eval), "ms": ms, "tokens_per_s": n_gen / (ms / 1000.0) if ms > 0 else 0.0,
                "wall_tokens_per_s": n_gen / wall if wall > 0 else 0.0}


def lcp_generate(llm: llama_cpp.Llama, tokens: list[int], n_gen: int) -> dict[str, float]:
    """llama-cpp-python's generate loop, greedy (the app's loop before issue 18), measured as the app measures."""
    vocab = llm._model.vocab
    llm.reset()  # type: ignore[no-untyped-call]
    first = last = 0.0
    count = 0
    for token in llm.generate(tokens, top_k=1, top_p=1.0, min_p=0.0, temp=0.0, repeat_penalty=1.0):
        now = time.perf_counter()
        if llama_cpp.llama_vocab_is_eog(vocab, token):
            break
        count += 1
        if count == 1:
            first = now
        last = now
        if count >= n_gen:
            break
    return {"tokens": count, "tokens_per_s": (count - 1) / (last - first) if count > 1 and last > first else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--prompt", required=True)
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--gpu-layers", type=int, default=-1)
    args = parser.parse_args(argv)
    host = ModelHost(LlamaLogCapture(echo_errors=False))
    model = host.load(LoadParams(path=args.model, n_ctx=args.n_ctx, n_gpu_layers=args.gpu_layers))
    tokens, _, _ = host.chat_prompt([ChatMessage("user", args.prompt)], 16)
    bench = NativeBench(model.llm)
    print(json.dumps({"ready": True, "layers_offloaded": model.layers_offloaded, "backend": host.backend,
                      "n_threads": int(model.llm.context_params.n_threads), "n_batch": int(model.llm.n_batch),
                      "n_ubatch": int(model.llm.context_params.n_ubatch)}), flush=True)
    for line in sys.stdin:
        kind, _, count = line.strip().partition(" ")
        size = int(count or "128")
        if kind == "pp":
            answer: dict[str, Any] = bench.pp(size)
        elif kind == "tg":
            answer = bench.tg(size)
        elif kind == "lcp":
            answer = lcp_generate(model.llm, tokens, size)
        else:
            answer = {"error": f"unknown command {kind!r}"}
        print(json.dumps(answer), flush=True)
    host.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main())
