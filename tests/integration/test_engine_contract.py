"""The engine contract (tests/engine_contract.py) against the stand-in worker and the real one (slow)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.services.engine.engine_host import EngineHost
from tests.engine_contract import EngineContract, load_params
from tests.standin_engine import standin_command

pytestmark = pytest.mark.module_engine


@pytest.fixture(scope="module", params=["standin", pytest.param("real", marks=pytest.mark.slow)])
def contract_command(request: pytest.FixtureRequest) -> list[str] | None:
    return standin_command() if request.param == "standin" else None


@pytest.fixture(scope="module")
def contract_engine(
    tmp_path_factory: pytest.TempPathFactory, starter_model: Path, contract_command: list[str] | None
) -> Iterator[EngineHost]:
    host = EngineHost(tmp_path_factory.mktemp("engine-logs"), contract_command)
    host.ensure_loaded(load_params(starter_model))
    yield host
    host.shutdown()


class TestEngineContract(EngineContract):
    pass
