"""`desktop-llm serve`: the public API server without a window, until Ctrl+C (or SIGTERM)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any

from desktop_llm.core.errors import DesktopLlmError, RequestInvalidError
from desktop_llm.core.model_info import ModelInfo, default_model
from desktop_llm.core.server_options import LOOPBACK_HOST, is_loopback_host, new_api_key, parse_cors_origins
from desktop_llm.core.server_types import RequestRecord, ServerSettings, model_id

KEY_ENV = "DESKTOP_LLM_API_KEY"  # a key in the environment stays out of `ps` and the shell history


def add_parser(commands: Any) -> None:
    serve = commands.add_parser(
        "serve", help="serve a model to other programs (OpenAI- and Anthropic-compatible API) until Ctrl+C",
        description="Serve the library's models on an OpenAI- and Anthropic-compatible API (/v1/chat/completions, "
                    "/v1/completions, /v1/embeddings, /v1/models, /v1/messages) until Ctrl+C.")
    serve.add_argument("--model", metavar="FILE|NAME",
                       help="the model that answers requests naming none: a GGUF file, or a library model's name or id "
                            "(default: the default model)")
    serve.add_argument("--port", type=int, default=None, help="port to listen on (default: the Server page's, 1234; "
                                                              "0: any free port)")
    serve.add_argument("--host", default=LOOPBACK_HOST,
                       help="address to listen on (default 127.0.0.1, this computer only; 0.0.0.0: the network, "
                            "which needs --api-key)")
    serve.add_argument("--api-key", metavar="KEY", default=None,
                       help=f"the key clients must send (default: ${KEY_ENV}); required beyond loopback")
    serve.add_argument("--new-key", action="store_true", help="generate a key, print it and require it")
    serve.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                       help="a web page origin allowed to call the server (e.g. http://localhost:3000); may be repeated")
    serve.add_argument("--ctx", type=int, default=None, help="context length (default: the app's load setting)")
    serve.add_argument("--gpu-layers", type=int, default=None, help="layers on the GPU (default: the app's setting)")
    serve.add_argument("--idle-unload", type=int, default=None, metavar="MINUTES",
                       help="unload a model loaded for a request after this long unused (0: never)")
    serve.add_argument("--quiet", action="store_true", help="do not print a line per request")


def find_model(name: str, models: list[ModelInfo]) -> str:
    """A model file from --model: an existing file, else a library model by file name, id or display name."""
    if Path(name).is_file():
        return str(Path(name).resolve())
    wanted = name.strip().lower()
    usable = [m for m in models if not m.error]
    for model in usable:
        if wanted in (model_id(model.path), Path(model.path).name.lower(), model.name.lower()):
            return model.path
    known = ", ".join(sorted(model_id(m.path) for m in usable)) or "none"
    raise DesktopLlmError(f"no model file or library model named {name!r} (the library has: {known})")


def settings_from_args(args: argparse.Namespace, saved_port: int, saved_idle_minutes: int, model_path: str,
                       n_ctx: int) -> ServerSettings:
    """The server's settings from the options; refuses a listener beyond loopback without a key."""
    key = new_api_key() if args.new_key else (args.api_key if args.api_key is not None else os.environ.get(KEY_ENV, ""))
    if not is_loopback_host(args.host) and not key:
        raise DesktopLlmError(
            f"--host {args.host} lets other computers use the model: give it a key with --api-key KEY, "
            f"${KEY_ENV}, or --new-key")
    idle = saved_idle_minutes if args.idle_unload is None else args.idle_unload
    if idle < 0:
        raise DesktopLlmError("--idle-unload must be 0 (never) or more minutes")
    try:
        cors = parse_cors_origins(" ".join(args.cors))
        return ServerSettings(host=args.host, port=saved_port if args.port is None else args.port, api_key=key,
                              cors_origins=cors, idle_unload_s=60.0 * idle, default_model=model_id(model_path),
                              n_ctx=n_ctx).validated()
    except (RequestInvalidError, DesktopLlmError) as exc:
        raise DesktopLlmError(str(exc)) from None


def _request_line(record: RequestRecord) -> str:
    tokens = f" {record.prompt_tokens}+{record.completion_tokens} tokens" if record.completion_tokens else ""
    speed = f" {record.tokens_per_s:.1f} tok/s" if record.tokens_per_s else ""
    error = f" ({record.error})" if record.error else ""
    return (f"{record.client} {record.method} {record.endpoint} {record.status} {record.model or '-'}"
            f"{tokens}{speed} {record.duration_s:.2f}s{error}")


@contextmanager
def _stop_signals() -> Iterator[threading.Event]:
    """An event set by SIGINT or SIGTERM (the previous handlers come back afterwards)."""
    stop = threading.Event()

    def handler(_number: int, _frame: FrameType | None) -> None:
        stop.set()

    wanted = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    previous = {number: signal.signal(number, handler) for number in wanted}
    try:
        yield stop
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def run(args: argparse.Namespace) -> int:
    from desktop_llm.app import build_services
    from desktop_llm.services.server.public_server import PublicServer
    from desktop_llm.services.storage.paths import AppPaths

    services = build_services(AppPaths.default())
    try:
        settings = services.settings.load()
        models = services.library.models()
        if args.model:
            model_path = find_model(args.model, models)
        else:
            chosen = default_model(models, settings.default_model_path)
            if chosen is None:
                raise DesktopLlmError("no model in the library; pass --model FILE")
            model_path = chosen.path
        load = settings.load
        params = load.params_for(model_path, n_ctx=load.n_ctx if args.ctx is None else args.ctx,
                                 n_gpu_layers=load.n_gpu_layers if args.gpu_layers is None else args.gpu_layers,
                                 mmproj=next((m.mmproj for m in models if m.path == model_path), ""))
        try:
            params = params.validated()
        except RequestInvalidError as exc:
            raise DesktopLlmError(str(exc)) from None
        server_settings = settings_from_args(args, settings.server.port, settings.server.idle_unload_minutes,
                                             model_path, params.n_ctx)
        with _stop_signals() as stop:  # installed before the load: Ctrl+C during a long load stops cleanly too
            print(f"desktop-llm: loading {model_path}", flush=True)
            services.engine.ensure_loaded(params)
            if stop.is_set():
                return 0
            printer = None if args.quiet else (lambda record: print(_request_line(record), flush=True))
            # A model a request names loads as this one did (context, GPU layers), with its own path and the
            # projector the library paired it with (issue 17: it can see images).
            server = PublicServer(services.engine, services.library, server_settings,
                                  on_request=printer or (lambda _record: None),
                                  load_settings=lambda info: replace(params, path=info.path, mmproj=info.mmproj))
            server.start()  # ServerStartError (the port is taken, ...) is one line from the entry point
            try:
                _announce(server.base_url, server_settings, model_id(model_path), args.new_key)
                while not stop.wait(0.5):  # a timeout, so signals are handled promptly on every platform
                    pass
                print("desktop-llm: stopping", flush=True)
            finally:
                server.stop()
    finally:
        services.close()  # stops the engine worker, then closes the databases
    return 0


def _announce(base_url: str, settings: ServerSettings, served: str, new_key: bool) -> None:
    print(f"desktop-llm: serving {served} at {base_url}", flush=True)
    print("  OpenAI API:    GET /v1/models, POST /v1/chat/completions, /v1/completions, /v1/embeddings")
    print("  Anthropic API: POST /v1/messages")
    if settings.api_key:
        shown = settings.api_key if new_key else "the key you gave"
        print(f"  API key: {shown}. Clients send it as 'Authorization: Bearer KEY' (OpenAI) or 'x-api-key: KEY' "
              "(Anthropic); with the openai library: OpenAI(base_url=..., api_key=KEY)")
    else:
        print("  No API key is asked for (this computer only); the openai library wants one: any text will do")
    if not is_loopback_host(settings.host):
        print(f"  Listening on {settings.host}: other computers on the network can reach it with the key")
    print("Press Ctrl+C to stop.", flush=True)
    sys.stdout.flush()
