"""Export a finished run as one merged GGUF in the model library (it then chats without the adapter), with an
Ollama Modelfile beside it; and a Modelfile beside a run's GGUF adapter.

Two child processes, one after the other, each in a process group of its own, bounded in time and killed on the
user's Cancel: the merge (training/merge_gguf.py: gguf + numpy, no torch) and llama.cpp's quantizer
(engine/quantize.py; only the engine layer may load llama_cpp). Their work goes to a `.partial` folder inside the
export's folder (the library skips anything under `.partial`), and the finished file is renamed into place, so a
half-written model is never listed. The export's folder is in the library's models folder, which the library
scans: the file is listed at the next refresh, marked as a folder model.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from desktop_llm.core.errors import Cancelled, TrainingError
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.training_modelfile import MODELFILE, modelfile_text
from desktop_llm.core.training_tools import MERGED_QUANTS, MergedExport
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.process_group import own_group_options, stop_process
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.services.storage.atomic_file import write_atomic
from desktop_llm.services.training.training_runner import EventTail

MERGED_FOLDER = "merged"  # under the models folder
STEP_TIMEOUT_S = 4 * 3600.0  # a 70B merge on a slow disk takes long; a hung child does not take forever
POLL_S = 0.1
Progress = Callable[[str, float], None]  # phase ("merging", "quantizing"), fraction done in 0..1


def export_name(run: TrainingRun, quant: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{Path(run.base_model).stem}-{run.name}").strip("-.")[:80]
    return f"{stem or 'merged'}-{quant}"


def _child_command(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def _run_child(command: list[str], work: Path, label: str, cancelled: Callable[[], bool],
               on_event: Callable[[dict[str, object]], None], timeout_s: float) -> dict[str, object]:
    """Run one step; its JSON lines go to `on_event`; returns its last event. A failed, killed or timed-out step
    raises TrainingError (with the tail of its log), a cancel raises Cancelled."""
    out, err = work / f"{label}.jsonl", work / f"{label}.log"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr,
                                       **own_group_options())
        except OSError as exc:
            raise TrainingError(QT_TR_NOOP("cannot start the {step} step: {reason}"), step=label,
                                reason=exc.strerror or exc) from exc
    tail = EventTail(out)
    last: dict[str, object] = {}
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            ended = process.poll() is not None
            for line in tail.read_new():
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if isinstance(event, dict):
                    last = event
                    on_event(event)
            if ended:
                break
            if cancelled():
                raise Cancelled(QT_TR_NOOP("the export was cancelled"))
            if time.monotonic() > deadline:
                raise TrainingError(QT_TR_NOOP("the {step} step took longer than {hours} hours and was stopped"),
                                    step=label, hours=f"{timeout_s / 3600:.0f}")
            time.sleep(POLL_S)
    finally:
        if process.poll() is None:
            stop_process(process, f"export {label}", grace=2.0)
    if process.returncode != 0 or last.get("event") == "error":
        reason = str(last.get("message") or _log_tail(err) or f"exit status {process.returncode}")
        raise TrainingError(QT_TR_NOOP("the {step} step failed: {reason}"), step=label, reason=reason)
    return last


def _log_tail(path: Path, lines: int = 6) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.strip().splitlines()[-lines:])


def export_merged(
    run: TrainingRun, models_dir: Path, quant: str, cancelled: Callable[[], bool] = lambda: False,
    progress: Progress = lambda phase, fraction: None, name: str = "", timeout_s: float = STEP_TIMEOUT_S,
) -> MergedExport:
    """Merge the run's adapter into its base, quantize to `quant`, and put it with its Modelfile under
    `models_dir/merged/<name>/`. Blocking: call it off the GUI thread."""
    if quant not in MERGED_QUANTS:
        raise TrainingError(QT_TR_NOOP("unknown quantization {quant} (one of {choices})"), quant=quant,
                            choices=", ".join(MERGED_QUANTS))
    if not run.has_adapter:
        raise TrainingError(QT_TR_NOOP("run {name} has no adapter to merge (it did not finish)"), name=run.name)
    base = Path(run.base_model)
    if base.suffix.lower() != ".gguf" or not base.is_file():
        raise TrainingError(QT_TR_NOOP("a merged GGUF needs the base model as a GGUF file; {base} is not one (export "
                                       "the adapter and merge with llama.cpp's tools instead)"), base=base.name)
    started = time.monotonic()
    name = name or export_name(run, quant)
    folder = models_dir / MERGED_FOLDER / name
    target = folder / f"{name}.gguf"
    if target.exists():
        raise TrainingError(QT_TR_NOOP("{path} already exists: delete it in the library or choose another name"),
                            path=target)
    work = folder / ".partial"
    work.mkdir(parents=True, exist_ok=True)
    try:
        merged = work / "merged.gguf"

        def merging(event: dict[str, object]) -> None:
            if event.get("event") == "progress":
                progress("merging", float(event.get("done", 0)) / max(1.0, float(event.get("total", 1))))  # type: ignore[arg-type]

        last = _run_child(_child_command("desktop_llm.training.merge_gguf", str(base), run.adapter_gguf, str(merged)),
                          work, "merge", cancelled, merging, timeout_s)
        progress("quantizing", 0.0)
        quantized = work / f"{name}.gguf"
        _run_child(_child_command("desktop_llm.engine.quantize", str(merged), str(quantized), "--type", quant),
                   work, "quantize", cancelled, lambda event: None, timeout_s)
        try:
            header = read_file_header(str(quantized))
        except (GGUFFormatError, OSError) as exc:
            raise TrainingError(QT_TR_NOOP("the quantized model is not a readable GGUF: {reason}"), reason=exc) from exc
        quantized.replace(target)
        modelfile = write_modelfile(folder, f"./{target.name}", header.chat_template)
        progress("quantizing", 1.0)
        return MergedExport(target, modelfile, quant, target.stat().st_size, int(last.get("tensors", 0)),  # type: ignore[call-overload]
                            time.monotonic() - started)
    except BaseException:
        if not target.exists():
            shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_modelfile(folder: Path, model_file: str, chat_template: str, adapter_file: str = "") -> Path:
    """The Ollama Modelfile in `folder` (replacing one that is there)."""
    path = folder / MODELFILE
    try:
        write_atomic(path, modelfile_text(model_file, chat_template, adapter_file).encode("utf-8"))
    except OSError as exc:
        raise TrainingError(QT_TR_NOOP("cannot write {path}: {reason}"), path=path, reason=exc.strerror or exc) from exc
    return path


def write_adapter_modelfile(run: TrainingRun) -> Path:
    """A Modelfile beside the run's GGUF adapter: FROM the base model's file, ADAPTER ./adapter.gguf."""
    if not run.has_adapter:
        raise TrainingError(QT_TR_NOOP("run {name} has no adapter (it did not finish)"), name=run.name)
    adapter = Path(run.adapter_gguf)
    template = ""
    try:
        template = read_file_header(run.base_model, require_complete=False).chat_template
    except (GGUFFormatError, OSError):
        pass  # a Hugging Face base folder or a moved file: the Modelfile says it converted no template
    return write_modelfile(adapter.parent, run.base_model, template, f"./{adapter.name}")
