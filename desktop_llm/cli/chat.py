"""`desktop-llm chat`: one streamed reply to stdout, with the same engine the window uses."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop_llm.cli.engine import default_model_path, loaded_engine
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams

T = TypeVar("T")


def add_parser(commands: Any) -> None:
    chat = commands.add_parser("chat", help="stream one reply to stdout")
    chat.add_argument("prompt")
    chat.add_argument("--model", help="GGUF file (default: the default model)")
    chat.add_argument("--system", default="", help="system prompt")
    chat.add_argument("--max-tokens", type=int, default=512)
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=-1)
    chat.add_argument("--ctx", type=int, default=4096, help="context length")
    chat.add_argument("--gpu-layers", type=int, default=-1)
    chat.add_argument("--stats", action="store_true", help="print tokens/s and usage to stderr")
    chat.add_argument("--lora", action="append", default=[], metavar="ADAPTER",
                      help="a GGUF LoRA adapter (or a training run folder) to apply; may be repeated")
    chat.add_argument("--lora-scale", type=float, default=1.0, help="strength of the adapters (default 1.0)")


def _adapter_file(path: str) -> str:
    """A GGUF adapter path; a training run folder stands for its adapter.gguf."""
    candidate = Path(path)
    if candidate.is_dir():
        from desktop_llm.ipc.training_run import ADAPTER_FILE

        candidate = candidate / ADAPTER_FILE
    if not candidate.is_file():
        raise DesktopLlmError(f"LoRA adapter not found: {candidate}")
    return str(candidate.resolve())


_OPTION_NAMES = {"temperature": "--temperature", "seed": "--seed", "max_tokens": "--max-tokens", "n_ctx": "--ctx",
                 "n_gpu_layers": "--gpu-layers", "lora scale": "--lora-scale"}


def _checked(build: Callable[[], T]) -> T:
    """`build()`, with the ValueError of a bad option turned into a one-line error naming the option."""
    try:
        return build()
    except ValueError as exc:
        message = str(exc)
        for field, option in _OPTION_NAMES.items():
            if message.startswith(field + " "):
                message = option + message[len(field):]
                break
        raise DesktopLlmError(message) from None


def run(args: argparse.Namespace) -> int:
    # Every option is checked before anything starts: a bad value is one line and exit 1, not a traceback.
    sampling = _checked(lambda: SamplingParams(
        temperature=args.temperature, seed=args.seed, max_tokens=args.max_tokens).validated())
    _checked(lambda: LoadParams(path=args.model or "model.gguf", n_ctx=args.ctx, n_gpu_layers=args.gpu_layers,
                                lora=tuple((path, args.lora_scale) for path in args.lora or ["adapter.gguf"])).validated())
    model = args.model or default_model_path()
    if not Path(model).is_file():
        raise DesktopLlmError(f"model file not found: {model}")
    messages = [ChatMessage("system", args.system)] if args.system else []
    messages.append(ChatMessage("user", args.prompt))
    lora = tuple((_adapter_file(path), args.lora_scale) for path in args.lora)
    with loaded_engine(LoadParams(path=model, n_ctx=args.ctx, n_gpu_layers=args.gpu_layers, lora=lora)) as (host, _):
        for event in host.client().chat_stream(messages, sampling):
            if isinstance(event, TextDelta):
                sys.stdout.write(event.text)
                sys.stdout.flush()
            elif isinstance(event, GenerationFinished):
                sys.stdout.write("\n")
                if args.stats:
                    s = event.stats
                    print(f"[{s.completion_tokens} tokens, {s.tokens_per_s:.1f} tok/s, ttft {s.ttft_ms:.0f} ms, "
                          f"finish: {event.finish_reason}]", file=sys.stderr)
                if event.warning:
                    print(f"desktop-llm: warning: {event.warning}", file=sys.stderr)
    return 0
