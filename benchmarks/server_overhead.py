"""Benchmark: tokens/s through `desktop-llm serve` with the official `openai` client against the app's own chat
path (EngineHost's client, as the Chat page streams), on the same model, in one run.

    python benchmarks/server_overhead.py [--model PATH] [--tokens 128] [--runs 5] [--gpu-layers -1]

Both sides generate the same greedy reply to the same prompt, each from its own engine worker, one request at a
time: the runs alternate (app, server, app, ...) so a noisy machine hurts both alike, and medians are reported.
tokens/s is measured at the client, from the first streamed piece to the last (decode speed as the user sees
it); ttft and the whole request are printed beside it. The goal is server/app >= 0.95. Printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.model_library import starter_model_path
from desktop_llm.services.storage.paths import HOME_ENV

PROMPT = "Write a long, detailed story about a lighthouse keeper who finds a message in a bottle."
N_CTX = 2048
Run = tuple[int, float, float, float]  # completion tokens, decode tokens/s, ttft ms, whole request s


def _speed(count: int, first: float, last: float) -> float:
    """Tokens after the first over the time from the first piece to the last, as the client saw them."""
    return (count - 1) / (last - first) if count > 1 and last > first else 0.0


def app_run(host: EngineHost, tokens: int) -> Run:
    sampling = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0, seed=0,
                              max_tokens=tokens)
    started = time.perf_counter()
    first = last = 0.0
    final: GenerationFinished | None = None
    for event in host.client().chat_stream([ChatMessage("user", PROMPT)], sampling):
        now = time.perf_counter()
        if isinstance(event, TextDelta) and event.text:
            first = first or now
            last = now
        elif isinstance(event, GenerationFinished):
            final = event
    assert final is not None
    count = final.stats.completion_tokens
    return count, _speed(count, first, last), (first - started) * 1000, time.perf_counter() - started


def server_run(api: Any, model: str, tokens: int) -> Run:
    started = time.perf_counter()
    first = last = 0.0
    count = 0
    stream = api.chat.completions.create(
        model=model, messages=[{"role": "user", "content": PROMPT}], max_tokens=tokens, temperature=0.0, top_p=1.0,
        seed=0, stream=True, stream_options={"include_usage": True}, extra_body={"top_k": 1, "repeat_penalty": 1.0})
    for chunk in stream:
        now = time.perf_counter()
        if chunk.choices and chunk.choices[0].delta.content:
            first = first or now
            last = now
        if chunk.usage is not None:
            count = chunk.usage.completion_tokens
    return count, _speed(count, first, last), (first - started) * 1000, time.perf_counter() - started


class Serve:
    """`desktop-llm serve` as a child process on a free port, in a throwaway home folder."""

    def __init__(self, model: str, gpu_layers: int) -> None:
        home = tempfile.mkdtemp(prefix="dl-serve-bench-")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop_llm", "serve", "--model", model, "--port", "0", "--ctx", str(N_CTX),
             "--gpu-layers", str(gpu_layers), "--quiet"],
            env={**os.environ, HOME_ENV: home}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.base_url = ""
        ready = threading.Event()

        def read() -> None:
            assert self.process.stdout is not None
            for line in self.process.stdout:
                self.lines.append(line)
                if " at http://" in line:
                    self.base_url = line.rsplit(" at ", 1)[1].strip()
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(300) or not self.base_url:
            self.stop()
            raise SystemExit("desktop-llm serve did not start:\n" + "".join(self.lines))

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: the server and its engine stop cleanly
        return self.process.wait(60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--model", help="GGUF file (default: the starter model)")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--gpu-layers", type=int, default=-1)
    args = parser.parse_args(argv)
    starter = starter_model_path()
    model = str(Path(args.model or (str(starter) if starter else "")).resolve())
    if not Path(model).is_file():
        raise SystemExit("no model to benchmark: pass --model PATH")
    import openai

    from desktop_llm.core.server_types import model_id

    host = EngineHost(Path(tempfile.mkdtemp(prefix="dl-bench-logs-")))
    serve = Serve(model, args.gpu_layers)
    try:
        host.ensure_loaded(LoadParams(path=model, n_ctx=N_CTX, n_gpu_layers=args.gpu_layers))
        api = openai.OpenAI(base_url=serve.base_url, api_key="not-needed-on-loopback", max_retries=0, timeout=600)
        served = model_id(model)
        app_run(host, 16)  # warm-up: the first request of each side pays for caches and connections
        server_run(api, served, 16)
        apps: list[Run] = []
        servers: list[Run] = []
        for run in range(args.runs):
            apps.append(app_run(host, args.tokens))
            servers.append(server_run(api, served, args.tokens))
            print(f"run {run + 1}/{args.runs}: app {apps[-1][1]:.1f} tok/s, server {servers[-1][1]:.1f} tok/s",
                  file=sys.stderr, flush=True)
    finally:
        host.shutdown()
        code = serve.stop()
    app_speed = statistics.median(r[1] for r in apps)
    server_speed = statistics.median(r[1] for r in servers)
    print(f"model: {Path(model).name}  tokens: {args.tokens}  runs: {args.runs}  gpu_layers: {args.gpu_layers}")
    print(f"completion_tokens app={[r[0] for r in apps]} server={[r[0] for r in servers]}")
    print(f"app_tokens_per_s: {app_speed:.1f}  (runs: {', '.join(f'{r[1]:.1f}' for r in apps)})")
    print(f"server_tokens_per_s: {server_speed:.1f}  (runs: {', '.join(f'{r[1]:.1f}' for r in servers)})")
    print(f"ratio_server_over_app: {server_speed / app_speed:.3f}  (goal >= 0.95)")
    # On a shared machine other work only ever slows a run down: each side's best run and the ratio of each
    # back-to-back pair are steadier figures than the medians alone.
    best_app, best_server = max(r[1] for r in apps), max(r[1] for r in servers)
    pairs = [s[1] / a[1] for a, s in zip(apps, servers, strict=True) if a[1]]
    print(f"best_app_tokens_per_s: {best_app:.1f}  best_server_tokens_per_s: {best_server:.1f}  "
          f"ratio_of_bests: {best_server / best_app:.3f}")
    print(f"pair_ratios: {', '.join(f'{r:.3f}' for r in pairs)}  median_pair_ratio: {statistics.median(pairs):.3f}")
    print(f"app_ttft_ms: {statistics.median(r[2] for r in apps):.1f}  "
          f"server_ttft_ms: {statistics.median(r[2] for r in servers):.1f}")
    print(f"app_request_s: {statistics.median(r[3] for r in apps):.3f}  "
          f"server_request_s: {statistics.median(r[3] for r in servers):.3f}")
    print(f"serve_exit_code_on_sigterm: {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
