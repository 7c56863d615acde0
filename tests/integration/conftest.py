from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.sampling import LoadParams
from desktop_llm.services.engine.engine_host import EngineHost


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Iterator[EngineHost]:
    """One worker per test module (starting one costs about a second), loaded with the starter model."""
    host = EngineHost(tmp_path_factory.mktemp("engine-logs"))
    host.ensure_loaded(starter_params(starter_model))
    yield host
    host.shutdown()


def starter_params(path: Path, **changes: object) -> LoadParams:
    return LoadParams(path=str(path), n_ctx=2048, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def gemma_engine(tmp_path_factory: pytest.TempPathFactory, gemma_model: Path) -> Iterator[EngineHost]:
    """One worker per test module on Gemma 3 270M (issue 13: the second architecture)."""
    host = EngineHost(tmp_path_factory.mktemp("gemma-engine-logs"))
    host.ensure_loaded(starter_params(gemma_model))
    yield host
    host.shutdown()
