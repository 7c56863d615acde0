"""Entry point of the engine worker process.

The parent passes the bearer token in DESKTOP_LLM_ENGINE_TOKEN (not argv, which other users can read),
reads one JSON line `{"event": "listening", "port": N}` from our stdout, and keeps our stdin open: when
it closes (the parent died or asked us to stop), the worker exits, so no orphan keeps a model in memory.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading

TOKEN_ENV = "DESKTOP_LLM_ENGINE_TOKEN"


def _exit_when_stdin_closes(server_shutdown: threading.Event) -> None:
    try:
        while sys.stdin.buffer.read(1024):
            pass
    except (OSError, ValueError):
        pass
    server_shutdown.set()
    os._exit(0)  # the model may be mid-token in another thread; nothing there needs a clean exit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desktop-llm-engine")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--watch-stdin", action="store_true", help="exit when stdin closes")
    parser.add_argument("--max-connections", type=int, default=64, help="open connections at most")
    parser.add_argument("--idle-timeout", type=float, default=15.0,
                        help="seconds a connection may take to send a whole request head")
    args = parser.parse_args(argv)
    token = os.environ.get(TOKEN_ENV, "")
    if len(token) < 16:
        print(f"{TOKEN_ENV} must hold a token of at least 16 characters", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(levelname)s %(message)s")

    # Imported here so that `--help` and argument errors do not pay for loading llama.cpp.
    from desktop_llm.engine.connections import ConnectionLimits
    from desktop_llm.engine.http_api import EngineServer
    from desktop_llm.engine.log_capture import LlamaLogCapture
    from desktop_llm.engine.model_host import ModelHost

    try:
        limits = ConnectionLimits(max_connections=args.max_connections, idle_timeout_s=args.idle_timeout)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    host = ModelHost(LlamaLogCapture())
    server = EngineServer(args.port, token, host, limits)
    stop = threading.Event()
    if args.watch_stdin:
        threading.Thread(target=_exit_when_stdin_closes, args=(stop,), daemon=True, name="stdin-watch").start()
    print(json.dumps({"event": "listening", "port": server.server_address[1], "pid": os.getpid(),
                      "backend": host.backend, "gpu_offload": host.gpu_offload}), flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
