"""A run's adapter merged into its base GGUF answers like the base with the adapter (issue 16, Export), and the
run's evaluation table on the real starter (issue 16, Evaluation).

The adapter is trained here (the made-up fact, a short real run on the CPU), exported through the same service
the window and the command line use (a merge child, then llama.cpp's quantizer in a child), and the answers are
compared through the real engine: the base with the adapter applied per request, then the merged file alone.

What was seen (CPU, starter Q4_1, the fact adapter): F16 and Q8_0 give the same greedy text as base + adapter on
the fact and on a short answer; on an open-ended sentence F16 drifts after ~15 tokens while Q8_0 stays identical.
That drift is not the merge: the base's Q4_1 weights (and Q8_0's) are multiplied with activations quantized to
8 bits, F16 weights with F16 activations. Against the base converted to F16 with the adapter applied at run time,
the merged F16 file's logits agree to ~0.03 (the adapter's own effect is ~7): that is the merge's exactness.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from desktop_llm.core.errors import Cancelled
from desktop_llm.core.events import ChatMessage, TextDelta
from desktop_llm.core.sampling import Adapters, LoadParams
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.training_eval import to_csv, to_markdown
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.model_library import ModelLibrary
from desktop_llm.services.training.evaluation import EVAL_SAMPLING, Judge, evaluate, export_table, load_table
from desktop_llm.services.training.model_export import export_merged
from tests.training.conftest import FACT_ANSWER, run_worker, write_fact_data
from tests.training.lora_fixtures import random_adapter

SHORT = replace(EVAL_SAMPLING, max_tokens=40)
PROMPTS = ("Which city is the capital of Zorblaxia?", "What is the capital of Zorblaxia?",
           "Name a color of the sky.", "Write one sentence about cats.")


def _run(config: TrainConfig, run_dir: Path, adapter: Path, before: float | None = None,
         after: float | None = None) -> TrainingRun:
    return TrainingRun(1, "zorblaxia", config.base_model, config, run_dir, "completed", 0, 14, 14, before, after,
                       str(adapter), "", time.time() - 3600)


@pytest.fixture(scope="module")
def fact_run(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> TrainingRun:
    """The made-up fact, trained with the end-to-end test's settings (14 steps, rank 16, lr 2e-3)."""
    root = tmp_path_factory.mktemp("fact-run")
    data = write_fact_data(root / "fact.jsonl")
    config = TrainConfig(base_model=str(starter_model), data_path=str(data), max_steps=14, batch_size=4,
                         learning_rate=2e-3, rank=16, alpha=32, dropout=0.0, validation_fraction=0.25).validated()
    state = run_worker(root / "runs" / "run", config, timeout=900)
    assert state.phase == "completed", state.error
    return _run(config, root / "runs" / "run", Path(state.adapter_gguf), state.val_loss_before, state.val_loss_after)


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineHost]:
    engine = EngineHost(tmp_path_factory.mktemp("engine-logs"))
    yield engine
    engine.shutdown()


def last_logits(model: Path, adapter: str) -> np.ndarray:
    """llama.cpp's logits after a chat prompt, with `adapter` applied at run time (tests may load llama_cpp)."""
    import llama_cpp

    llm = llama_cpp.Llama(str(model), n_ctx=256, logits_all=True, verbose=False, n_threads=2)
    try:
        if adapter:
            handle = llama_cpp.llama_adapter_lora_init(llm._model.model, adapter.encode())
            assert handle
            adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(handle)
            scales = (ctypes.c_float * 1)(1.0)
            assert llama_cpp.llama_set_adapters_lora(llm._ctx.ctx, adapters, 1, scales) == 0
        prompt = "<|im_start|>user\nWhat is the capital of Zorblaxia?<|im_end|>\n<|im_start|>assistant\n"
        llm.eval(llm.tokenize(prompt.encode(), special=True))
        return np.array(llm.scores[llm.n_tokens - 1], dtype=np.float64)
    finally:
        llm.close()


def answers(host: EngineHost, model: Path, adapters: Adapters) -> list[str]:
    host.ensure_loaded(LoadParams(path=str(model), n_ctx=1024))
    result = []
    for prompt in PROMPTS:
        events = host.client().chat_stream([ChatMessage("user", prompt)], SHORT, adapters=adapters)
        result.append("".join(e.text for e in events if isinstance(e, TextDelta)))
    return result


@pytest.mark.slow
@pytest.mark.module_engine
@pytest.mark.timeout(1800)
def test_the_merged_model_answers_like_base_plus_adapter(
    fact_run: TrainingRun, host: EngineHost, starter_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models = tmp_path / "models"
    tuned = answers(host, starter_model, ((fact_run.adapter_gguf, 1.0),))
    base = answers(host, starter_model, ())
    assert "Quintaro" in tuned[0] and "Quintaro" not in base[0]  # the adapter teaches the fact; the base lacks it
    phases: list[str] = []
    f16 = export_merged(fact_run, models, "F16", progress=lambda phase, _: phases.append(phase))
    q8 = export_merged(fact_run, models, "Q8_0")
    assert phases[0] == "merging" and phases[-1] == "quantizing"
    assert f16.merged_tensors == 120 and f16.path.parent.name == f16.path.stem  # 30 layers x q, k, v, o
    merged_f16, merged_q8 = answers(host, f16.path, ()), answers(host, q8.path, ())
    assert merged_f16[:3] == tuned[:3] and merged_q8 == tuned  # the last prompt at F16: see the module's note
    with capsys.disabled():
        print(f"\nF16 {f16.size_bytes:,} B in {f16.seconds:.1f} s, Q8_0 {q8.size_bytes:,} B in {q8.seconds:.1f} s")
        for prompt, a, b, c in zip(PROMPTS, tuned, merged_f16, merged_q8, strict=True):
            print(f"{prompt!r}\n  base+adapter {a!r}\n  merged F16   {b!r}\n  merged Q8_0  {c!r}")
    base_f16 = tmp_path / "base-f16.gguf"
    subprocess.run([sys.executable, "-m", "desktop_llm.engine.quantize", str(starter_model), str(base_f16), "--type",
                    "F16"], check=True, capture_output=True, timeout=600)
    adapted = last_logits(base_f16, fact_run.adapter_gguf)
    assert np.abs(last_logits(f16.path, "") - adapted).max() < 0.1
    assert np.abs(last_logits(base_f16, "") - adapted).max() > 1.0  # the adapter's effect, for scale
    listed = {m.path: m for m in ModelLibrary(models, tmp_path / "index.json").models()}
    assert str(f16.path) in listed and str(q8.path) in listed and not listed[str(q8.path)].error
    modelfile = f16.modelfile.read_text()
    assert f"FROM ./{f16.path.name}\n" in modelfile and 'PARAMETER stop "<|im_end|>"' in modelfile


@pytest.mark.slow
@pytest.mark.module_engine
@pytest.mark.timeout(1800)
def test_the_evaluation_table_on_the_starter_with_the_same_model_as_judge(
    fact_run: TrainingRun, host: EngineHost, starter_model: Path, tmp_path: Path
) -> None:
    load = LoadParams(path=str(starter_model), n_ctx=2048)
    reports: list[int] = []
    table = evaluate(fact_run, host, load, Judge(host, load, "the loaded model"),
                     report=lambda t, total: reports.append(total))
    assert table.complete and len(table.rows) == 2  # 8 examples, a quarter held out
    assert reports == [4, 4, 4, 4]  # two answers' rows, then two verdicts
    assert all("Quintaro" in row.reference for row in table.rows)
    assert sum("Quintaro" in row.adapter for row in table.rows) > sum("Quintaro" in row.base for row in table.rows)
    counts = table.counts()
    assert sum(counts.values()) == 2  # each verdict is parsed or counted as "unparsed", never lost
    assert table.val_loss_after is not None and table.val_loss_before is not None
    assert load_table(fact_run.run_dir) == table
    assert FACT_ANSWER in export_table(table, tmp_path / "eval.md").read_text() == to_markdown(table)
    assert export_table(table, tmp_path / "eval.csv").read_bytes() == to_csv(table).encode()  # CSV rows end in CRLF


def test_a_cancelled_export_leaves_nothing(starter_model: Path, tmp_path: Path) -> None:
    adapter = random_adapter(starter_model, tmp_path / "run" / "adapter.gguf")
    config = TrainConfig(base_model=str(starter_model), data_path=str(tmp_path / "data.jsonl"))
    run = _run(config, tmp_path / "run", adapter)
    seen: list[str] = []

    def cancel_once_merging() -> bool:
        return bool(seen)

    with pytest.raises(Cancelled):
        export_merged(run, tmp_path / "models", "Q8_0", cancelled=cancel_once_merging,
                      progress=lambda phase, _: seen.append(phase))
    assert not (tmp_path / "models" / "merged").exists() or not any((tmp_path / "models" / "merged").iterdir())
    shutil.rmtree(tmp_path / "models", ignore_errors=True)
