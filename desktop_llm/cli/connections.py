"""`desktop-llm connections add NAME URL | list | rm NAME`, and the `--backend NAME_OR_URL` of chat, summarize and
translate: another OpenAI-compatible server (issue 11, part B)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from desktop_llm.core.connections import Connection, is_url
from desktop_llm.core.errors import ConnectionConfigError
from desktop_llm.core.sampling import LoadParams


def add_parser(commands: Any) -> None:
    connections = commands.add_parser("connections", help="other OpenAI-compatible servers (vLLM, llama-server, ...)")
    actions = connections.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="save a connection (its API key goes to the keychain)")
    add.add_argument("name", help="a short name: letters, digits, '.', '_', '-'")
    add.add_argument("url", help="the server's base URL, e.g. http://gpu-box:8000/v1")
    add.add_argument("--api-key-env", metavar="VAR",
                     help="read the API key from this environment variable (never from the command line, which "
                          "other users can see)")
    add.add_argument("--context", type=int, default=0, help="context length, when the server does not say")
    add.add_argument("--concurrency", type=int, default=0,
                     help="requests it takes at once (default: what the server says, else 1)")
    add.add_argument("--replace", action="store_true", help="replace a connection of that name")
    listing = actions.add_parser("list", help="the saved connections")
    listing.add_argument("--check", action="store_true", help="ask each server whether it answers, and its models")
    remove = actions.add_parser("rm", help="forget a connection and its key")
    remove.add_argument("name")


def add_backend_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", metavar="NAME_OR_URL",
                        help="run on another server: a saved connection's name, or a base URL")
    parser.add_argument("--api-key-env", metavar="VAR", help="with --backend URL: the API key's environment variable")


def _store() -> Any:
    from desktop_llm.services.backends.connection_store import ConnectionStore
    from desktop_llm.services.storage.paths import AppPaths

    return ConnectionStore(AppPaths.default().ensure().config_dir)


def _key_from(variable: str | None) -> str:
    if not variable:
        return ""
    key = os.environ.get(variable, "")
    if not key:
        raise ConnectionConfigError(f"the environment variable {variable} is not set or empty")
    return key


def run(args: argparse.Namespace) -> int:
    store = _store()
    if args.action == "add":
        connection = store.add(Connection(args.name, args.url, args.context, args.concurrency),
                               _key_from(args.api_key_env), replace=args.replace)
        where = f", key in {store.keys.where}" if args.api_key_env else ""
        print(f"added {connection.name}: {connection.base_url}{where}")
        return 0
    if args.action == "rm":
        store.remove(args.name)
        print(f"removed {args.name}")
        return 0
    connections = store.all()
    if not connections:
        print("no connections; add one with `desktop-llm connections add NAME URL`", file=sys.stderr)
        return 0
    statuses = {}
    if args.check:
        from desktop_llm.services.backends.remote_backend import RemoteBackends

        statuses = {s.name: s for s in RemoteBackends(store).statuses()}
    for connection in connections:
        key = "key stored" if store.api_key(connection.name) else "no key"
        line = f"{connection.name}\t{connection.base_url}\t{key}"
        status = statuses.get(connection.name)
        if status is not None:
            line += f"\t{status.label}"
            line += f"\t{', '.join(status.models)}" if status.models else f"\t{status.message}"
        print(line)
    return 0


def remote_backend(args: argparse.Namespace, n_ctx: int = 0, concurrency: int = 0) -> tuple[Any, LoadParams]:
    """(RemoteBackend, LoadParams) for `--backend NAME_OR_URL --model MODEL_ID`: a saved connection by name, or a
    one-off connection to a URL (its key from --api-key-env). Without --model, the server's first model."""
    from desktop_llm.services.backends.remote_backend import RemoteBackend, probe

    spec = args.backend
    if is_url(spec):
        connection = Connection("url", spec, n_ctx, concurrency).validated()
        key = _key_from(getattr(args, "api_key_env", None))
    else:
        store = _store()
        connection = store.get(spec)
        key = _key_from(args.api_key_env) if getattr(args, "api_key_env", None) else store.api_key(spec)
        if n_ctx or concurrency:
            connection = Connection(connection.name, connection.base_url, n_ctx or connection.context_length,
                                    concurrency or connection.concurrency, connection.stall_timeout_s)
    model = args.model or ""
    if not model:
        served = probe(connection.base_url, key, connection.name).models
        if not served:
            raise ConnectionConfigError(f"{connection.name} serves no model")
        model = served[0]
    return RemoteBackend(connection, key), LoadParams(path=model, backend=connection.name)
