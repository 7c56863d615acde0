"""`desktop-llm bench`: the app's full generation path against llama-cpp-python's raw loop, and GUI stalls.

Prints one figure per line. raw_tokens_per_s is llama-cpp-python's own generate loop in a bare process;
app_tokens_per_s is measured at the client: worker + HTTP + SSE + client parsing. Runs alternate between the
two so that a noisy machine hurts both alike; medians are reported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
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


def _app_run(host: EngineHost, tokens: int) -> tuple[int, float, float]:
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
    return count, speed, (first - started) * 1000


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
    bench = commands.add_parser("bench", help="measure generation speed and GUI responsiveness")
    bench.add_argument("--model", help="GGUF file (default: the starter model)")
    bench.add_argument("--tokens", type=int, default=256)
    bench.add_argument("--runs", type=int, default=3)
    bench.add_argument("--gpu-layers", type=int, default=-1)
    bench.add_argument("--no-gui", action="store_true", help="skip the GUI stall measurement")


def run_bench(args: argparse.Namespace) -> int:
    model = args.model or (str(starter_model_path()) if starter_model_path() else "")
    if not model or not Path(model).is_file():
        raise DesktopLlmError("no model to benchmark: pass --model PATH")
    raw = subprocess.Popen(
        [sys.executable, "-m", "desktop_llm.engine.raw_bench", "--model", model, "--prompt", PROMPT,
         "--tokens", str(args.tokens), "--n-ctx", str(N_CTX), "--gpu-layers", str(args.gpu_layers)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert raw.stdin is not None and raw.stdout is not None
    ready = json.loads(raw.stdout.readline() or "{}")
    if not ready.get("ready"):
        raise DesktopLlmError("the raw llama-cpp-python baseline did not start")
    host = EngineHost(Path(tempfile.mkdtemp(prefix="dl-bench-logs-")))
    raw_speeds: list[float] = []
    app_speeds: list[float] = []
    ttfts: list[float] = []
    try:
        status = host.ensure_loaded(LoadParams(path=model, n_ctx=N_CTX, n_gpu_layers=args.gpu_layers))
        _app_run(host, 16)  # warm-up: first-token caches, page faults
        raw.stdin.write("go\n")
        raw.stdin.flush()
        raw.stdout.readline()
        for _ in range(args.runs):
            raw.stdin.write("go\n")
            raw.stdin.flush()
            raw_speeds.append(float(json.loads(raw.stdout.readline())["tokens_per_s"]))
            _, speed, ttft = _app_run(host, args.tokens)
            app_speeds.append(speed)
            ttfts.append(ttft)
    finally:
        raw.stdin.close()
        raw.wait(timeout=30)
        host.shutdown()
    raw_tps = statistics.median(raw_speeds)
    app_tps = statistics.median(app_speeds)
    print(f"model: {Path(model).name}")
    loaded = status.model
    offload = f"{loaded.layers_offloaded}/{loaded.n_layers}" if loaded else "None/None"
    print(f"backend: {status.process.backend if status.process else None} ({offload} layers offloaded)")
    print(f"tokens_per_run: {args.tokens}")
    print(f"runs: {args.runs}")
    print(f"raw_tokens_per_s: {raw_tps:.1f}")
    print(f"app_tokens_per_s: {app_tps:.1f}")
    print(f"ratio: {app_tps / raw_tps if raw_tps else 0.0:.3f}")
    print(f"ttft_ms: {statistics.median(ttfts):.1f}")
    if not args.no_gui:
        print(f"max_gui_stall_ms: {_gui_stall(model, args.tokens):.1f}")
    return 0
