"""The baseline for `desktop-llm bench`: llama-cpp-python's own generate loop, with no HTTP and no app.

Runs as a child process so that the benchmarking process never imports llama_cpp. Reads one line per run on
stdin and answers one JSON line, so runs can alternate with the app path (fairer on a noisy machine).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import llama_cpp

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.sampling import LoadParams
from desktop_llm.engine.log_capture import LlamaLogCapture
from desktop_llm.engine.model_host import ModelHost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--prompt", required=True)
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--gpu-layers", type=int, default=-1)
    args = parser.parse_args(argv)
    host = ModelHost(LlamaLogCapture(echo_errors=False))
    model = host.load(LoadParams(path=args.model, n_ctx=args.n_ctx, n_gpu_layers=args.gpu_layers))
    tokens, _, _ = host.chat_prompt([ChatMessage("user", args.prompt)], args.tokens)
    llm = model.llm
    vocab = llm._model.vocab
    print(json.dumps({"ready": True, "layers_offloaded": model.layers_offloaded, "backend": host.backend}), flush=True)
    for _line in sys.stdin:
        started = time.perf_counter()
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
            if count >= args.tokens:
                break
        speed = (count - 1) / (last - first) if count > 1 and last > first else 0.0
        print(json.dumps({"tokens": count, "tokens_per_s": speed, "ttft_ms": (first - started) * 1000}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
