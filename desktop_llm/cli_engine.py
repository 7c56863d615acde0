"""The engine for one command-line run: started, loaded, explained if it dies, always stopped."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.sampling import LoadParams


@contextmanager
def loaded_engine(params: LoadParams) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Yields (EngineHost, status). A worker that dies mid-run surfaces as its crash report, not a broken pipe."""
    from desktop_llm.services.engine_host import EngineHost
    from desktop_llm.services.paths import AppPaths

    host = EngineHost(AppPaths.default().ensure().log_dir)
    try:
        yield host, host.ensure_loaded(params)
    except EngineUnavailableError as exc:
        raise host.explain(exc) from None
    finally:
        host.shutdown()
