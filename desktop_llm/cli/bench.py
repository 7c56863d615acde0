"""`desktop-llm bench`: the app's generation path against llama.cpp's own speed on the same GGUF, and GUI stalls.

Prints one figure per line. native_* are llama.cpp's own benchmark routine (llama-bench's pp and tg, no
sampling) run through the same library in a bare process, timed by llama.cpp itself (engine/raw_bench.py);
llama_cpp_python_tokens_per_s is llama-cpp-python's generate loop (the app's loop before issue 18). app_* are
measured at the client: worker + HTTP + SSE + client parsing; the app's prompt figure is the prompt tokens the
worker decoded over the time from sending the request to its one-token answer. Runs alternate between the
baselines and the app so that a noisy machine hurts both alike; medians are reported, every run's figures too.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.model_library import starter_model_path
from desktop_llm.services.storage.paths import AppPaths

PROMPT = "Write a long, detailed story about a lighthouse keeper who finds a message in a bottle."
N_CTX = 2048
PROMPT_WORDS = 400  # about 500 tokens: llama-bench's pp512
PARALLEL = (1, 2, 4)
WORDS = ("harbor lantern keeper storm ocean bottle message island rock tide wave gull night light ship sail rope "
         "winter summer letter ink paper stair tower glass fog bell captain coast sand shell wind").split()
GREEDY = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0)


def _app_run(host: EngineHost, tokens: int) -> tuple[float, float, float]:
    """(tokens/s at the client, tokens/s the worker measured itself, time to the first chunk in ms)."""
    sampling = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0, max_tokens=tokens)
    started = time.perf_counter()
    first = last = 0.0
    chunks = 0
    final: GenerationFinished | None = None
    for event in host.client().chat_stream([ChatMessage("user", PROMPT)], sampling):
        now = time.perf_counter()
        if isinstance(event, TextDelta):
            chunks += 1
            if chunks == 1:
                first = now
            last = now
        else:
            final = event
    assert final is not None
    count = final.stats.completion_tokens
    # Tokens after the first, over the time from the first chunk to the last, seen by the client.
    speed = (count - 1) / (last - first) if count > 1 and last > first else 0.0
    return speed, final.stats.tokens_per_s, (first - started) * 1000


def _prompt_text(run: int) -> str:
    """A prose-like prompt of PROMPT_WORDS words; its first word differs per run so no run reuses another's cache."""
    rng = random.Random(run)
    return f"Run {run}. " + " ".join(rng.choice(WORDS) for _ in range(PROMPT_WORDS))


def _app_prompt(host: EngineHost, run: int) -> tuple[int, float, float]:
    """(prompt tokens decoded, their tokens/s at the client, the worker's own prompt tokens/s) for a fresh prompt
    answered with one token through /v1/completions."""
    body = {"prompt": _prompt_text(run), **GREEDY.to_dict(), "max_tokens": 1}
    started = time.perf_counter()
    timings: dict[str, Any] = {}
    for chunk in host.client().post_stream("/v1/completions", body, f"bench-prompt-{run}"):
        timings = chunk.get("timings") or timings
    elapsed = time.perf_counter() - started
    evaluated = int(timings.get("prompt_evaluated", 0))
    engine_ms = float(timings.get("prompt_ms", 0.0))
    return evaluated, evaluated / elapsed if elapsed > 0 else 0.0, evaluated / engine_ms * 1000 if engine_ms > 0 else 0.0


def _parallel_function() -> Callable[..., float] | None:
    """Helper S2's `parallel_throughput(model_path, n_seqs, tokens, n_gpu_layers=...) -> float` (engine/parallel_bench.py),
    None where this build lacks it."""
    try:
        module = importlib.import_module("desktop_llm.engine.parallel_bench")
    except ImportError:
        return None
    function = getattr(module, "parallel_throughput", None)
    return function if callable(function) else None


class _Baseline:
    """The bare process of engine/raw_bench.py: one command per line, one JSON answer per line."""

    def __init__(self, model: str, gpu_layers: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop_llm.engine.raw_bench", "--model", model, "--prompt", PROMPT,
             "--n-ctx", str(N_CTX), "--gpu-layers", str(gpu_layers)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        self.ready = self._read()
        if not self.ready.get("ready"):
            self.close()
            raise DesktopLlmError("the native llama.cpp baseline did not start")

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        answer = json.loads(self.process.stdout.readline() or "{}")
        return answer if isinstance(answer, dict) else {}

    def ask(self, command: str, size: int) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{command} {size}\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _gui_stall(model: str, tokens: int) -> float:
    """Largest gap between 2 ms timer ticks of the real main window while a reply streams into it."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_llm.app import build_main_window, build_services

    app = QApplication.instance() or QApplication([])
    services = build_services(AppPaths.under(Path(tempfile.mkdtemp(prefix="dl-bench-"))))
    services.settings.save(services.settings.load().__class__(default_model_path=model))
    window = build_main_window(services)
    window.show()
    stalls: list[float] = []
    clock = QElapsedTimer()
    measuring = [False]

    def tick() -> None:
        if measuring[0]:
            stalls.append(clock.restart())
        else:
            clock.restart()

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    deadline = time.monotonic() + 120
    while not window.model_status.text().startswith("Ready") and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.chat.sampling = SamplingParams(temperature=0.0, top_k=1, repeat_penalty=1.0, max_tokens=tokens)
    done = [False]
    window.chat.reply_finished.connect(lambda *_: done.__setitem__(0, True))
    window.chat.reply_failed.connect(lambda *_: done.__setitem__(0, True))
    window.chat.send(PROMPT)
    window.chat.chunk_received.connect(lambda *_: measuring.__setitem__(0, True))
    while not done[0] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    measuring[0] = False
    timer.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    services.close()
    # The tick interval itself is not a stall.
    return max(0.0, max(stalls, default=0.0) - 2.0)


def add_parser(commands: Any) -> None:
    bench = commands.add_parser("bench", help="measure generation speed against llama.cpp's own, and GUI responsiveness")
    bench.add_argument("--model", help="GGUF file (default: the starter model)")
    bench.add_argument("--tokens", type=int, default=256, help="tokens generated per stream run (native tg too)")
    bench.add_argument("--runs", type=int, default=3)
    bench.add_argument("--gpu-layers", type=int, default=-1)
    bench.add_argument("--no-gui", action="store_true", help="skip the GUI stall measurement")
    bench.add_argument("--no-parallel", action="store_true", help="skip the parallel sequences' throughput")


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _figures(values: list[float]) -> str:
    return " ".join(f"{value:.1f}" for value in values)


def run_bench(args: argparse.Namespace) -> int:
    model = args.model or (str(starter_model_path()) if starter_model_path() else "")
    if not model or not Path(model).is_file():
        raise DesktopLlmError("no model to benchmark: pass --model PATH")
    baseline = _Baseline(model, args.gpu_layers)
    host = EngineHost(Path(tempfile.mkdtemp(prefix="dl-bench-logs-")))
    native_tg: list[float] = []
    native_pp: list[float] = []
    lcp: list[float] = []
    app_tg: list[float] = []
    worker_tg: list[float] = []
    app_pp: list[float] = []
    engine_pp: list[float] = []
    ttfts: list[float] = []
    try:
        status = host.ensure_loaded(LoadParams(path=model, n_ctx=N_CTX, n_gpu_layers=args.gpu_layers))
        # Warm-ups, as llama-bench does: first-use caches, page faults, thread pools.
        _app_run(host, 16)
        n_prompt, _, _ = _app_prompt(host, -1)
        n_prompt = max(n_prompt, 1)
        baseline.ask("pp", n_prompt)
        baseline.ask("tg", 16)
        baseline.ask("lcp", 16)
        for run in range(args.runs):
            native_tg.append(float(baseline.ask("tg", args.tokens)["tokens_per_s"]))
            speed, worker_speed, ttft = _app_run(host, args.tokens)
            app_tg.append(speed)
            worker_tg.append(worker_speed)
            ttfts.append(ttft)
            native_pp.append(float(baseline.ask("pp", n_prompt)["tokens_per_s"]))
            _, client_pp, worker_pp = _app_prompt(host, run)
            app_pp.append(client_pp)
            engine_pp.append(worker_pp)
            lcp.append(float(baseline.ask("lcp", args.tokens)["tokens_per_s"]))
    finally:
        baseline.close()
        host.shutdown()
    tg, pp, app_stream, app_prompt = _median(native_tg), _median(native_pp), _median(app_tg), _median(app_pp)
    ready = baseline.ready
    print(f"model: {Path(model).name}")
    loaded = status.model
    offload = f"{loaded.layers_offloaded}/{loaded.n_layers}" if loaded else "None/None"
    print(f"backend: {status.process.backend if status.process else None} ({offload} layers offloaded)")
    print(f"threads: {ready.get('n_threads')}  n_batch: {ready.get('n_batch')}  n_ubatch: {ready.get('n_ubatch')}")
    print(f"tokens_per_run: {args.tokens}")
    print(f"prompt_tokens: {n_prompt}")
    print(f"runs: {args.runs}")
    print(f"native_tg_tokens_per_s: {tg:.1f}  ({_figures(native_tg)})")
    print(f"native_pp_tokens_per_s: {pp:.1f}  ({_figures(native_pp)})")
    print(f"app_tokens_per_s: {app_stream:.1f}  ({_figures(app_tg)})")
    print(f"app_worker_tokens_per_s: {_median(worker_tg):.1f}  ({_figures(worker_tg)})")
    print(f"app_prompt_tokens_per_s: {app_prompt:.1f}  ({_figures(app_pp)})")
    print(f"app_prompt_worker_tokens_per_s: {_median(engine_pp):.1f}  ({_figures(engine_pp)})")
    print(f"stream_ratio: {app_stream / tg if tg else 0.0:.3f}")
    print(f"prompt_ratio: {app_prompt / pp if pp else 0.0:.3f}")
    print(f"llama_cpp_python_tokens_per_s: {_median(lcp):.1f}  ({_figures(lcp)})")
    print(f"ttft_ms: {_median(ttfts):.1f}")
    parallel = None if args.no_parallel else _parallel_function()
    for n_seqs in PARALLEL:
        value = (f"{parallel(model, n_seqs, args.tokens, n_gpu_layers=args.gpu_layers):.1f}" if parallel is not None
                 else "n/a")
        print(f"parallel_{n_seqs}_tokens_per_s: {value}")
    if not args.no_gui:
        print(f"max_gui_stall_ms: {_gui_stall(model, args.tokens):.1f}")
    return 0
