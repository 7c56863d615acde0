"""Benchmark (issue 11, part B): a document's map phase sequential vs `--concurrency N` against a server that
answers N requests at once, printed side by side, with whether the two summaries are the same.

    python benchmarks/fanout.py [--model GGUF] [--slots 4] [--concurrency 4] [--sections 48] [--threads 1]

The server: llama-cpp-python's `llama_cpp.server` serves one request at a time (one lock around its model), so a
server with N slots is N of them behind a round-robin loopback balancer (tests/fault_proxy.py), each with
`--threads` CPU threads: the shape of llama-server `--parallel N` or vLLM's batching, N requests in flight. With a
single llama_cpp.server (--slots 1) the fan-out only queues requests at the server: no speedup, and the benchmark
shows that too. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_llm.core.connections import Connection
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.services.backends.remote_backend import RemoteBackend
from desktop_llm.services.documents.summarizer import summarize
from desktop_llm.services.models.model_library import starter_model_path
from tests.fault_proxy import FaultProxy, wait_for_port

GREEDY = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.1, seed=0)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(starter_model_path() or ""))
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--sections", type=int, default=48)
    parser.add_argument("--threads", type=int, default=1, help="CPU threads per server process")
    parser.add_argument("--ctx", type=int, default=2048)
    args = parser.parse_args()
    ports = [_port() for _ in range(args.slots)]
    servers = [subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", args.model, "--model_alias", "model", "--host",
         "127.0.0.1", "--port", str(port), "--n_ctx", str(args.ctx), "--n_threads", str(args.threads),
         "--interrupt_requests", "false", "--verbose", "false"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for port in ports]
    try:
        for port in ports:
            wait_for_port(port)
        proxy = FaultProxy([("127.0.0.1", port) for port in ports])
        text = "\n\n".join(
            f"Section {i}. The river town of Millbrook grew around a mill built in {1800 + 7 * i}. Its farmers sold "
            f"wheat, its smiths made tools, and its school taught {20 + i} children to read. A flood washed away the "
            "old bridge, and the townspeople rebuilt it in stone within one summer." for i in range(args.sections))
        backend = RemoteBackend(Connection("bench", proxy.url, context_length=args.ctx), "")
        backend.ensure_loaded(LoadParams(path="model", backend="bench"))
        results = {}
        for concurrency in (1, args.concurrency):
            proxy.clear()
            started = time.perf_counter()
            result = summarize(backend.client(), args.ctx, text, SummaryOptions("bullets", "short"), lambda _p: None,
                               threading.Event(), concurrency=concurrency, sampling=GREEDY)
            seconds = time.perf_counter() - started
            map_s = sum(1 for r in result.requests if r.stage == "map")
            results[concurrency] = (seconds, result, proxy.max_in_flight, map_s)
        (seq_s, seq, seq_peak, chunks), (fan_s, fan, fan_peak, _) = results[1], results[args.concurrency]
        print(f"server: {args.slots} x llama_cpp.server (1 request at a time each, {args.threads} thread(s)) behind "
              f"a round-robin balancer; model {Path(args.model).name}; {chunks} map requests")
        print(f"{'':24}{'sequential':>14}{f'concurrency {args.concurrency}':>18}")
        print(f"{'whole job (s)':24}{seq_s:>14.1f}{fan_s:>18.1f}")
        print(f"{'requests in flight':24}{seq_peak:>14}{fan_peak:>18}")
        print(f"speedup: {seq_s / fan_s:.2f}x; same summary: {seq.text == fan.text}")
        proxy.close()
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
