"""Benchmark: the summarize and translate pipelines against the engine's raw generation speed, in one run.

    python benchmarks/document_throughput.py [--model PATH] [--pages 10] [--ctx 4096]

Prints one figure per line: source tokens per second for each pipeline, the engine's own decode and
prompt-processing speeds on the same model in the same run, and ratios. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_llm.core.events import ChatMessage, GenerationFinished
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.services.documents.summarizer import summarize
from desktop_llm.services.documents.translator import translate
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.model_library import starter_model_path
from tests.document_fixtures import MARKDOWN_WITH_CODE, long_report


def raw_speeds(host: EngineHost, run: int) -> tuple[float, float]:
    """Decode tokens/s and prompt tokens/s of the engine itself (one long prompt, 256 tokens out).

    The prompt starts differently on every run, so no cached prefix flatters the prompt speed."""
    opening = f"Story number {run} about {['a lighthouse', 'a harbour', 'a forest'][run % 3]}. "
    prompt = [ChatMessage("user", opening + "The lighthouse keeper climbed the stairs. " * 120)]
    sampling = SamplingParams(temperature=0.0, top_k=1, repeat_penalty=1.0, max_tokens=256)
    final = None
    for event in host.client().chat_stream(prompt, sampling):
        if isinstance(event, GenerationFinished):
            final = event
    assert final is not None
    return final.stats.tokens_per_s, final.stats.prompt_tokens / (final.stats.ttft_ms / 1000)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=str(starter_model_path()))
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--ctx", type=int, default=4096)
    args = parser.parse_args()
    host = EngineHost(Path(tempfile.mkdtemp(prefix="dl-bench-")))
    try:
        host.ensure_loaded(LoadParams(path=args.model, n_ctx=args.ctx))
        raw_speeds(host, 0)  # warm-up
        decode_tps, prompt_tps = raw_speeds(host, 1)
        report = long_report(pages=args.pages)
        started = time.perf_counter()
        summary = summarize(host.client(), args.ctx, report, SummaryOptions(length="short"), lambda p: None,
                            threading.Event())
        summary_s = time.perf_counter() - started
        text = "\n\n".join([MARKDOWN_WITH_CODE] * 3)
        started = time.perf_counter()
        translation = translate(host.client(), args.ctx, text, TranslateOptions("en", "de"), lambda p: None,
                                threading.Event())
        translate_s = time.perf_counter() - started
    finally:
        host.shutdown()
    summary_tps = summary.source_tokens / summary_s
    translate_tps = translation.source_tokens / translate_s
    print(f"model: {Path(args.model).name}  ctx: {args.ctx}  pages: {args.pages}")
    print(f"engine_decode_tokens_per_s: {decode_tps:.1f}")
    print(f"engine_prompt_tokens_per_s: {prompt_tps:.1f}")
    print(f"summary_source_tokens: {summary.source_tokens}")
    print(f"summary_requests: {len(summary.requests)} ({summary.chunks} chunks, {summary.rounds} rounds)")
    print(f"summary_seconds: {summary_s:.1f}")
    print(f"summary_source_tokens_per_s: {summary_tps:.1f}")
    print(f"summary_vs_prompt_speed: {summary_tps / prompt_tps:.3f}")
    print(f"translate_source_tokens: {translation.source_tokens}")
    print(f"translate_requests: {len(translation.requests)}")
    print(f"translate_source_tokens_per_s: {translate_tps:.1f}")
    print(f"translate_vs_decode_speed: {translate_tps / decode_tps:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
