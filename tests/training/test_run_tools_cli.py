"""`desktop-llm export RUN --merged --quant Q8_0` and `export RUN --modelfile` (cli/run_tools.py), in-process
with the app's own paths, on a finished run whose adapter is a random one of the starter's shapes."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop_llm.cli.run_tools import add_evaluate_option, add_parsers, run
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.training.training_runs import TrainingRuns
from tests.training.lora_fixtures import random_adapter


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def _finished_run(app_paths: AppPaths, starter_model: Path, tmp_path: Path) -> int:
    runs = TrainingRuns(app_paths.database_file)
    record = runs.add("zorb", TrainConfig(base_model=str(starter_model), data_path=str(tmp_path / "d.jsonl")),
                      tmp_path / "run")
    adapter = random_adapter(starter_model, tmp_path / "run" / "adapter.gguf")
    runs.update(record.id, status="completed", adapter_gguf=str(adapter))
    runs.close()
    return record.id


def test_export_merged_prints_the_file_in_the_library(
    app_paths: AppPaths, starter_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id = _finished_run(app_paths, starter_model, tmp_path)
    assert run(_parse("export", str(run_id), "--merged", "--quant", "Q8_0")) == 0
    out, err = capsys.readouterr()
    merged = Path(out.strip())
    assert app_paths.models_dir in merged.parents and merged.name.endswith("-Q8_0.gguf")
    assert read_file_header(str(merged)).metadata["general.file_type"] == 7  # LLAMA_FTYPE_MOSTLY_Q8_0
    assert "90 weights merged" in err and (merged.parent / "Modelfile").is_file()
    adapter_modelfile = (tmp_path / "run" / "Modelfile").read_text()  # the adapter export's, beside it
    assert f"FROM {starter_model}\nADAPTER ./adapter.gguf\n" in adapter_modelfile
    with pytest.raises(DesktopLlmError, match="already exists"):
        run(_parse("export", str(run_id), "--merged", "--quant", "Q8_0"))


def test_export_needs_a_kind_and_modelfile_alone_writes_one(
    app_paths: AppPaths, starter_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id = _finished_run(app_paths, starter_model, tmp_path)
    with pytest.raises(DesktopLlmError, match="--merged"):
        run(_parse("export", str(run_id)))
    assert run(_parse("export", str(run_id), "--modelfile")) == 0
    assert Path(capsys.readouterr().out.strip()) == tmp_path / "run" / "Modelfile"
    assert not any(app_paths.models_dir.rglob("*.gguf"))
    train = argparse.ArgumentParser()
    add_evaluate_option(train)
    assert train.parse_args(["--evaluate", "--judge", "local"]).judge == "local"
