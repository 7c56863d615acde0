"""`desktop-llm --self-test`: start the engine worker, load the starter model, generate a few tokens, report.

Used by the packaged app's CI check and by people checking an install; prints a report and exits 0 on success.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

from desktop_llm import __version__
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams


def run_self_test() -> int:
    from desktop_llm.services.engine.engine_host import EngineHost
    from desktop_llm.services.models.model_library import starter_model_path

    started = time.perf_counter()
    print(f"desktop-llm {__version__} self-test")
    print(f"python: {platform.python_version()} ({sys.executable}){' [frozen]' if getattr(sys, 'frozen', False) else ''}")
    print(f"platform: {platform.platform()}")
    model = starter_model_path()
    if model is None:
        print("FAIL: the starter model is missing", file=sys.stderr)
        return 1
    print(f"starter model: {model}")
    host = EngineHost(Path(tempfile.mkdtemp(prefix="desktop-llm-selftest-")))
    try:
        status = host.ensure_loaded(LoadParams(path=str(model), n_ctx=1024))
        process, loaded = status.process, status.model
        if process is None or loaded is None:
            raise DesktopLlmError("the engine answered the load without its status")
        print(f"llama.cpp (llama-cpp-python): {process.llama_cpp_version}")
        print(f"backend: {process.backend}")
        print(f"gpu offload supported: {process.gpu_offload_supported}")
        print(f"layers offloaded: {loaded.layers_offloaded}/{loaded.n_layers}")
        print(f"model load: {loaded.load_ms} ms, engine memory {process.rss_bytes // 2**20} MiB")
        text, final = [], None
        sampling = SamplingParams(temperature=0.0, top_k=1, max_tokens=16)
        for event in host.client().chat_stream([ChatMessage("user", "Say hello.")], sampling):
            if isinstance(event, TextDelta):
                text.append(event.text)
            elif isinstance(event, GenerationFinished):
                final = event
        if final is None or not "".join(text).strip():
            print("FAIL: the model produced no text", file=sys.stderr)
            return 1
        print(f"generated: {''.join(text).strip()!r} ({final.stats.completion_tokens} tokens, "
              f"{final.stats.tokens_per_s:.1f} tok/s)")
    except DesktopLlmError as exc:
        print(f"FAIL: {exc}", file=sys.stderr)
        return 1
    finally:
        host.shutdown()
    print(f"OK in {time.perf_counter() - started:.1f} s")
    return 0
