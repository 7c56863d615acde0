"""A finished run's held-out evaluation: its validation prompts answered by the base model and by the adapter
through the real engine (the adapter applied per request, as the Compare dialog does: no reload), then, if a
judge is chosen, each pair scored against the reference by that model (the loaded one or a connected server).

The table is saved in the run folder after every row (a stop or a crash keeps what was done) and read back
with the run; exports are Markdown and CSV. Generation is greedy with a fixed seed, so an evaluation is
repeatable and a difference between the columns is the adapter's.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_llm.core.errors import TrainingError
from desktop_llm.core.events import ChatMessage, TextDelta
from desktop_llm.core.protocols import ChatEngine, EngineSupervisor
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams
from desktop_llm.core.training_data import read_dataset, split
from desktop_llm.core.training_eval import (
    EVAL_FILE,
    MAX_CELL_CHARS,
    EvalPrompt,
    EvalRow,
    EvalTable,
    eval_prompts,
    judge_messages,
    parse_verdict,
    to_csv,
    to_markdown,
)
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.services.storage.atomic_file import write_atomic

EVAL_SAMPLING = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0, seed=1234,
                               max_tokens=256)
JUDGE_SAMPLING = replace(EVAL_SAMPLING, max_tokens=16)
DEFAULT_LIMIT = 50  # prompts: a large validation split would take hours on a CPU


@dataclass(frozen=True)
class Judge:
    """Who scores: a backend (the local engine or a connection), what to load on it, and its name for the table.
    `local` says the judge is the local engine's base model, so its requests carry no adapter."""

    backend: EngineSupervisor
    load: LoadParams
    label: str
    local: bool = True


def validation_prompts(run: TrainingRun, limit: int = DEFAULT_LIMIT) -> tuple[list[EvalPrompt], list[str]]:
    """The run's validation prompts (the worker's split, redone from the data file and the run's seed) and notes."""
    path = Path(run.config.data_path)
    try:
        dataset = read_dataset(path)
    except OSError as exc:
        raise TrainingError(QT_TR_NOOP("cannot read the run's data file {path}: {reason}"), path=path,
                            reason=exc.strerror or exc) from exc
    if not dataset.examples:
        raise TrainingError(QT_TR_NOOP("the run's data file {path} has no usable examples any more"), path=path)
    notes: list[str] = []
    if path.stat().st_mtime > run.created_at:
        notes.append("the data file changed after the run started: the prompts may not be the ones held out")
    _, validation = split(dataset.examples, run.config.validation_fraction, run.config.seed)
    prompts = eval_prompts(validation, limit)
    if not prompts:
        raise TrainingError(QT_TR_NOOP("the run held out no prompts to ask (no validation split, or plain-text "
                                       "data with no questions)"))
    return prompts, notes


def _answer(client: ChatEngine, messages: tuple[ChatMessage, ...] | list[ChatMessage], sampling: SamplingParams,
            cancelled: Callable[[], bool], adapters: Adapters | None) -> str:
    parts: list[str] = []
    size = 0
    for event in client.chat_stream(list(messages), sampling, cancelled, f"eval-{uuid.uuid4().hex[:10]}",
                                    adapters=adapters):
        if isinstance(event, TextDelta) and size < MAX_CELL_CHARS:
            parts.append(event.text)
            size += len(event.text)
    return "".join(parts)[:MAX_CELL_CHARS].strip()


def evaluate(
    run: TrainingRun, engine: EngineSupervisor, load: LoadParams, judge: Judge | None = None,
    cancelled: Callable[[], bool] = lambda: False, report: Callable[[EvalTable, int], None] = lambda t, n: None,
    limit: int = DEFAULT_LIMIT, sampling: SamplingParams = EVAL_SAMPLING,
) -> EvalTable:
    """Run the evaluation (blocking: call it off the GUI thread); `report(table, total)` after each step. The
    table is saved in the run folder as it grows; a cancel returns it marked incomplete."""
    if not run.has_adapter:
        raise TrainingError(QT_TR_NOOP("run {name} has no adapter to evaluate (it did not finish)"), name=run.name)
    prompts, notes = validation_prompts(run, limit)
    table = EvalTable(run.id, run.name, run.base_model, run.adapter_gguf, judge.label if judge else "",
                      run.val_loss_before, run.val_loss_after, complete=False, created_at=time.time(),
                      notes=tuple(notes))
    total = len(prompts) * (2 if judge else 1)
    adapters: Adapters = ((run.adapter_gguf, 1.0),)
    engine.ensure_loaded(load)
    client = engine.client()
    for prompt in prompts:
        if cancelled():
            return _saved(run, table)
        base = _answer(client, prompt.messages, sampling, cancelled, ())
        tuned = _answer(client, prompt.messages, sampling, cancelled, adapters)
        table = table.with_row(EvalRow(prompt.question, prompt.reference, base, tuned))
        _saved(run, table)
        report(table, total)
    if judge is not None:
        table = _judged(run, table, prompts, judge, cancelled, report, total)
        if cancelled():
            return _saved(run, table)
    return _saved(run, replace(table, complete=True))


def _judged(run: TrainingRun, table: EvalTable, prompts: list[EvalPrompt], judge: Judge,
            cancelled: Callable[[], bool], report: Callable[[EvalTable, int], None], total: int) -> EvalTable:
    judge.backend.ensure_loaded(judge.load)
    client = judge.backend.client()
    rows = list(table.rows)
    for index, (prompt, row) in enumerate(zip(prompts, rows, strict=True)):
        if cancelled():
            break
        reply = _answer(client, judge_messages(prompt, row.base, row.adapter, index), JUDGE_SAMPLING, cancelled,
                        () if judge.local else None)
        rows[index] = replace(row, verdict=parse_verdict(reply, index), judge_reply=reply[:400])
        table = replace(table, rows=tuple(rows))
        _saved(run, table)
        report(table, total)
    return table


def _saved(run: TrainingRun, table: EvalTable) -> EvalTable:
    save_table(run.run_dir, table)
    return table


def save_table(run_dir: Path, table: EvalTable) -> None:
    write_atomic(run_dir / EVAL_FILE, json.dumps(table.to_dict(), ensure_ascii=False, indent=1).encode("utf-8"))


def load_table(run_dir: Path) -> EvalTable | None:
    """The run's saved evaluation, or None (never evaluated, or a file this version cannot read)."""
    try:
        return EvalTable.from_dict(json.loads((run_dir / EVAL_FILE).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def export_table(table: EvalTable, target: Path) -> Path:
    """Write the table as Markdown (.md) or CSV (.csv, by the suffix); returns the path written."""
    text = to_csv(table) if target.suffix.lower() == ".csv" else to_markdown(table)
    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise TrainingError(QT_TR_NOOP("cannot write {path}: {reason}"), path=target,
                            reason=exc.strerror or exc) from exc
    return target
