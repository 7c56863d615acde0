"""`desktop-llm chat`: one streamed reply to stdout, with the same engine the window uses."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop_llm.cli.engine import default_model_path, loaded_engine
from desktop_llm.cli.projector import projector_for
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.model_defaults import ModelSettings
from desktop_llm.core.sampling import LoadParams, SamplingParams

T = TypeVar("T")


def add_parser(commands: Any) -> None:
    chat = commands.add_parser("chat", help="stream one reply to stdout")
    chat.add_argument("prompt")
    chat.add_argument("--model", help="GGUF file (default: the default model); with --backend, the server's model id")
    chat.add_argument("--system", default="", help="system prompt")
    # Unset options take the model's own settings, as the window does: the user's changes for this model, else
    # what its file or its family recommends, else the settings for all models (issue 13, part 4).
    for option, kind in (("--max-tokens", int), ("--temperature", float), ("--top-k", int), ("--top-p", float),
                         ("--min-p", float), ("--repeat-penalty", float), ("--seed", int)):
        chat.add_argument(option, type=kind, default=None, help="default: the model's own setting")
    chat.add_argument("--ctx", type=int, default=None, help="context length (default: the model's own setting)")
    chat.add_argument("--gpu-layers", type=int, default=None)
    chat.add_argument("--stats", action="store_true",
                      help="print tokens/s and usage, and the settings used with their sources, to stderr")
    chat.add_argument("--lora", action="append", default=[], metavar="ADAPTER",
                      help="a GGUF LoRA adapter (or a training run folder) to apply; may be repeated")
    chat.add_argument("--lora-scale", type=float, default=1.0, help="strength of the adapters (default 1.0)")
    chat.add_argument("--image", action="append", default=[], metavar="FILE",
                      help="an image to show the model (PNG, JPEG, WebP, GIF, BMP); may be repeated; needs a vision "
                           "model's projector")
    chat.add_argument("--mmproj", metavar="FILE",
                      help="the model's vision projector (default with --image: an mmproj*.gguf beside the model)")
    from desktop_llm.cli.chat_tools import add_tool_options
    from desktop_llm.cli.connections import add_backend_options

    add_tool_options(chat)
    add_backend_options(chat)


def _adapter_file(path: str) -> str:
    """A GGUF adapter path; a training run folder stands for its adapter.gguf."""
    candidate = Path(path)
    if candidate.is_dir():
        from desktop_llm.ipc.training_run import ADAPTER_FILE

        candidate = candidate / ADAPTER_FILE
    if not candidate.is_file():
        raise DesktopLlmError(f"LoRA adapter not found: {candidate}")
    return str(candidate.resolve())


def _images(paths: list[str]) -> tuple[str, ...]:
    """The --image files, checked and downscaled as the window does (services/media/image_intake.py)."""
    from desktop_llm.services.media.image_intake import MAX_FILE_BYTES, prepare_image

    urls = []
    for path in paths:
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise DesktopLlmError(f"cannot read the image {path}: {exc.strerror or exc}") from exc
        try:
            urls.append(prepare_image(data).data_url)
        except DesktopLlmError as exc:
            raise DesktopLlmError(f"{Path(path).name}: {exc}") from exc
    return tuple(urls)


_SAMPLING_OPTIONS = {"temperature": "--temperature", "top_k": "--top-k", "top_p": "--top-p", "min_p": "--min-p",
                     "repeat_penalty": "--repeat-penalty", "seed": "--seed", "max_tokens": "--max-tokens"}
_OPTION_NAMES = {**_SAMPLING_OPTIONS, "n_ctx": "--ctx", "n_gpu_layers": "--gpu-layers", "lora scale": "--lora-scale"}


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


def _given(args: argparse.Namespace, names: dict[str, str]) -> dict[str, Any]:
    """The options the user gave, by field name."""
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _model_settings(model: str) -> ModelSettings:
    """The model's own settings, as the window would use them (a header the engine then refuses recommends
    nothing here: the load says what is wrong)."""
    from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
    from desktop_llm.core.model_defaults import ModelDefaults, defaults_from_header, model_settings
    from desktop_llm.services.storage.paths import AppPaths
    from desktop_llm.services.storage.settings_store import SettingsStore

    settings = SettingsStore(AppPaths.default().settings_file).load()
    try:
        defaults = defaults_from_header(read_file_header(model, require_complete=False), Path(model).name)
    except (GGUFFormatError, OSError):
        defaults = ModelDefaults()
    overrides = settings.overrides_for(model, Path(model).stat().st_size)
    return model_settings(defaults, overrides, settings.sampling, settings.load)


def run(args: argparse.Namespace) -> int:
    # Every option is checked before anything starts: a bad value is one line and exit 1, not a traceback.
    given = _given(args, _SAMPLING_OPTIONS)
    _checked(lambda: SamplingParams(**given).validated())
    loads = _given(args, {"ctx": "n_ctx", "gpu_layers": "n_gpu_layers"})
    _checked(lambda: LoadParams(path=args.model or "model.gguf", n_ctx=loads.get("ctx", 4096),
                                n_gpu_layers=loads.get("gpu_layers", -1),
                                lora=tuple((path, args.lora_scale) for path in args.lora or ["adapter.gguf"])).validated())
    from desktop_llm.cli.chat_tools import parse_tools, wants_tools

    request = parse_tools(args.tools) if wants_tools(args) else None
    images = _images(args.image)  # read and checked before anything loads
    if args.backend:  # another server: its model's own settings are its business; the options given apply
        if request is not None:
            raise DesktopLlmError("--tools and --mcp apply to a local model only")
        return _run_remote(args, SamplingParams(**{**SamplingParams().to_dict(), "stop": (), **given}).validated(),
                           images)
    model = args.model or default_model_path()
    if not Path(model).is_file():
        raise DesktopLlmError(f"model file not found: {model}")
    chosen = _model_settings(model)
    sampling = SamplingParams(**{**chosen.sampling.to_dict(), "stop": (), **given}).validated()
    n_ctx, gpu_layers = loads.get("ctx", chosen.load.n_ctx), loads.get("gpu_layers", chosen.load.n_gpu_layers)
    if args.stats:
        used = ", ".join(f"{name} {getattr(sampling, name)} "
                         f"({'your option' if name in given else chosen.label(name)})" for name in _SAMPLING_OPTIONS)
        print(f"[{used}; context {n_ctx} ({'your option' if 'ctx' in loads else chosen.label('n_ctx')})]",
              file=sys.stderr)
    messages = [ChatMessage("system", args.system)] if args.system else []
    messages.append(ChatMessage("user", args.prompt, images=images))
    lora = tuple((_adapter_file(path), args.lora_scale) for path in args.lora)
    load = chosen.load.params_for(model, n_ctx=n_ctx, n_gpu_layers=gpu_layers, lora=lora,
                                  mmproj=projector_for(model, args.mmproj, bool(images)))
    if request is not None:
        return _run_with_tools(args, load, messages, sampling, request)
    with loaded_engine(load) as (host, _):
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


def _run_with_tools(args: argparse.Namespace, load: LoadParams, messages: list[ChatMessage], sampling: SamplingParams,
                    request: Any) -> int:
    """The reply with tools (cli/chat_tools.py): checked and opened before the model loads, a model whose template
    cannot write tools refused by name, the calls on stderr, the answer on stdout."""
    from desktop_llm.cli.chat_tools import choice_name, offered, run_tools_reply, tool_session

    choice = choice_name(args.tool_choice)
    with tool_session(request, args.mcp) as session, loaded_engine(load) as (host, status):
        if choice != "none" and status.model is not None and status.model.reads_tools is False:
            raise DesktopLlmError(f"{Path(load.path).name} cannot call tools: its chat template does not write them "
                                  "into the prompt; use a model whose template supports tools")
        specs = offered(session, choice)
        where = f" (python's scratch folder: {session.scratch}, removed at exit)" if session.scratch else ""
        print(f"[tools: {', '.join(spec.name for spec in specs) or 'none'}{where}]", file=sys.stderr)
        result = run_tools_reply(host.client(), messages, sampling, session, choice, args.yes)
        sys.stdout.write("\n")
        if args.stats:
            s = result.stats
            print(f"[{s.completion_tokens} tokens, {s.tokens_per_s:.1f} tok/s, ttft {s.ttft_ms:.0f} ms, "
                  f"{result.rounds} round(s) of calls, finish: {result.finish_reason}]", file=sys.stderr)
    return 0


def _run_remote(args: argparse.Namespace, sampling: SamplingParams, images: tuple[str, ...] = ()) -> int:
    """The reply from another server (`--backend`, issue 11 part B); a reply cut by a fault keeps what was printed,
    and the error that cut it follows on stderr."""
    from desktop_llm.cli.connections import remote_backend

    if args.lora:
        raise DesktopLlmError("--lora applies to a local model only")
    backend, params = remote_backend(args, args.ctx or 0)
    backend.ensure_loaded(params)
    messages = [ChatMessage("system", args.system)] if args.system else []
    messages.append(ChatMessage("user", args.prompt, images=images))
    try:
        for event in backend.client().chat_stream(messages, sampling):
            if isinstance(event, TextDelta):
                sys.stdout.write(event.text)
                sys.stdout.flush()
            elif args.stats:
                s = event.stats
                print(f"\n[{s.completion_tokens} tokens, {s.tokens_per_s:.1f} tok/s, ttft {s.ttft_ms:.0f} ms, "
                      f"finish: {event.finish_reason}]", file=sys.stderr)
    finally:
        sys.stdout.write("\n")
    return 0
