"""The engine for one command-line run: started, loaded, explained if it dies, always stopped."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.model_info import default_model
from desktop_llm.core.sampling import LoadParams
from desktop_llm.ipc.engine_wire import EngineStatus


@contextmanager
def loaded_engine(params: LoadParams) -> Iterator[tuple[Any, EngineStatus]]:
    """Yields (EngineHost, status). A worker that dies mid-run surfaces as its crash report, not a broken pipe."""
    from desktop_llm.services.engine.engine_host import EngineHost
    from desktop_llm.services.storage.paths import AppPaths

    host = EngineHost(AppPaths.default().ensure().log_dir)
    try:
        yield host, host.ensure_loaded(params)
    except EngineUnavailableError as exc:
        raise host.explain(exc) from None
    finally:
        host.shutdown()


def default_model_path() -> str:
    """The library's default model, for a command run without --model."""
    from desktop_llm.app import build_services
    from desktop_llm.services.storage.paths import AppPaths

    services = build_services(AppPaths.default())
    try:
        chosen = default_model(services.library.models(), services.settings.load().default_model_path)
        if chosen is not None:
            return chosen.path
    finally:
        services.close()
    raise DesktopLlmError("no model in the library; pass --model PATH")
