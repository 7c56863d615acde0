"""cli/projector.projector_for (issue 17): the one rule `chat --image` and `summarize --read-scans` share."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_llm.cli.projector import projector_for
from desktop_llm.core.errors import DesktopLlmError
from tests.projector_fixtures import tiny_projector


def test_the_given_file_else_the_best_named_one_beside_the_model(tmp_path: Path) -> None:
    model = tmp_path / "SmolVLM-256M-Instruct-Q8_0.gguf"
    model.write_bytes(b"GGUF")
    assert projector_for(str(model), None, wanted=False) == ""  # no vision asked for: nothing is looked up
    with pytest.raises(DesktopLlmError, match=r"cannot see images.*--mmproj"):
        projector_for(str(model), None, wanted=True)
    tiny_projector(tmp_path / "mmproj-other-model-f16.gguf")
    best = tiny_projector(tmp_path / "mmproj-SmolVLM-256M-Instruct-f16.gguf")
    assert projector_for(str(model), None, wanted=True) == str(best.resolve())
    given = tiny_projector(tmp_path / "elsewhere" / "mine.gguf")
    assert projector_for(str(model), str(given), wanted=False) == str(given.resolve())
    with pytest.raises(DesktopLlmError, match="vision projector not found"):
        projector_for(str(model), str(tmp_path / "missing.gguf"), wanted=True)
