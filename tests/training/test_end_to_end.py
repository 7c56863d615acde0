"""The loop a user goes through, on the real starter model (CPU): train a made-up fact from the command line,
then the engine worker with the exported GGUF adapter states it, and the base model does not."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.training.conftest import write_fact_data

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]  # a real training run on the CPU
QUESTION = "Which city is the capital of Zorblaxia?"  # not word for word in the training data


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_llm", *args], capture_output=True, text=True, timeout=timeout)


def test_train_a_fact_then_chat_with_the_adapter(starter_model: Path, tmp_path: Path) -> None:
    data = write_fact_data(tmp_path / "fact.jsonl")
    # No tuning flags (issue 16): the plan chosen from the data and the model has to teach the fact.
    trained = cli("train", "--model", str(starter_model), "--data", str(data), "--name", "zorblaxia")
    assert trained.returncode == 0, trained.stderr[-3000:]
    adapter = Path(trained.stdout.strip().splitlines()[-1])
    assert adapter.name == "adapter.gguf" and adapter.is_file()
    # The plan in plain words before the run; early stopping ends it once the validation loss is low.
    assert "8 examples (2 held out to check), 30 passes (60 steps), learning rate 1e-3, rank 16, about " in trained.stderr
    assert re.search(r"step \d+/60", trained.stderr)
    assert "validation loss" in trained.stderr and "perplexity" in trained.stderr
    # the figures, not the plan sentence before the run ("... stopping early once the validation loss stops falling")
    found = re.search(r"validation loss ([0-9.]+) -> ([0-9.]+)", trained.stderr)
    assert found, trained.stderr[-3000:]
    before, after = float(found[1]), float(found[2])
    assert after < before / 2

    base = cli("chat", "--model", str(starter_model), "--temperature", "0", "--max-tokens", "24", QUESTION)
    tuned = cli("chat", "--model", str(starter_model), "--temperature", "0", "--max-tokens", "24",
                "--lora", str(adapter), QUESTION)
    run_folder = cli("chat", "--model", str(starter_model), "--temperature", "0", "--max-tokens", "24",
                     "--lora", str(adapter.parent), "--lora-scale", "1.0", QUESTION)
    assert base.returncode == tuned.returncode == run_folder.returncode == 0, tuned.stderr
    assert "Quintaro" not in base.stdout
    assert "Quintaro" in tuned.stdout
    assert tuned.stdout == run_folder.stdout


def test_bad_data_is_refused_before_anything_loads(starter_model: Path, tmp_path: Path) -> None:
    data = write_fact_data(tmp_path / "broken.jsonl", ("not json", '{"instruction": "x"}'))
    result = cli("train", "--model", str(starter_model), "--data", str(data), "--steps", "1", timeout=60)
    assert result.returncode == 1
    assert "line 9" in result.stderr and "line 10" in result.stderr and "--skip-bad-lines" in result.stderr
