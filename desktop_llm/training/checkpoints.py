"""Checkpoints of a run: the LoRA weights, the optimizer, the RNG states and the step, written atomically.

A checkpoint is a folder `checkpoints/step-000040/` written under a temporary name, flushed to disk (files,
then folders) and renamed when complete; only then does `checkpoints/latest.json` (replaced atomically and
flushed too) name it. A crash or a power cut mid-write leaves the previous checkpoint in place, never a
pointer to a half-written one, and only the newest two are kept.

`trainer.pt` holds only tensors, numbers, strings and containers (the optimizer's state dict and the RNG
states), so it loads with `torch.load(weights_only=True)`: a checkpoint folder cannot run code in the worker
(issue 10, item 19).
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from peft import get_peft_model_state_dict, set_peft_model_state_dict
from safetensors.torch import load_file, save_file

KEEP = 2


class CheckpointError(Exception):
    """A checkpoint that cannot be loaded (damaged, or holding more than tensors and plain values)."""


@dataclass(frozen=True)
class Checkpoint:
    step: int
    path: Path


def _rng_state() -> dict[str, Any]:
    state: dict[str, Any] = {"cpu": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def save_checkpoint(run_dir: Path, step: int, model: Any, optimizer: torch.optim.Optimizer) -> Checkpoint:
    root = run_dir / "checkpoints"
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"step-{step:06d}"
    temporary = root / f".step-{step:06d}.partial"
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    weights = {k: v.detach().contiguous().cpu() for k, v in get_peft_model_state_dict(model, save_embedding_layers=False).items()}
    save_file(weights, str(temporary / "adapter.safetensors"))
    torch.save({"optimizer": optimizer.state_dict(), "rng": _rng_state()}, temporary / "trainer.pt")
    (temporary / "state.json").write_text(json.dumps({"step": step}))
    for written in ("adapter.safetensors", "trainer.pt", "state.json"):
        fsync_path(temporary / written)
    fsync_path(temporary)
    shutil.rmtree(final, ignore_errors=True)
    temporary.rename(final)
    fsync_path(root)  # the rename is durable before anything points at the new name
    pointer = root / "latest.json.partial"
    pointer.write_text(json.dumps({"step": step, "dir": final.name}))
    fsync_path(pointer)
    os.replace(pointer, root / "latest.json")
    fsync_path(root)
    for old in sorted(p for p in root.glob("step-*") if p.is_dir())[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)
    return Checkpoint(step, final)


def fsync_path(path: Path) -> None:
    """Flush a file's or a folder's contents to disk. Folders cannot be opened on Windows, where NTFS journals
    renames itself; there a folder is skipped."""
    folder = path.is_dir()
    if folder and os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)  # Windows' fsync (_commit) needs write access
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def latest_checkpoint(run_dir: Path) -> Checkpoint | None:
    pointer = run_dir / "checkpoints" / "latest.json"
    try:
        data = json.loads(pointer.read_text())
        path = run_dir / "checkpoints" / str(data["dir"])
        step = int(data["step"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Checkpoint(step, path) if (path / "adapter.safetensors").is_file() else None


def load_checkpoint(checkpoint: Checkpoint, model: Any, optimizer: torch.optim.Optimizer, device: torch.device) -> None:
    set_peft_model_state_dict(model, load_file(str(checkpoint.path / "adapter.safetensors"), device=str(device)))
    try:
        bundle = torch.load(checkpoint.path / "trainer.pt", map_location="cpu", weights_only=True)
    except (pickle.UnpicklingError, RuntimeError, EOFError, OSError) as exc:
        raise CheckpointError(
            f"the checkpoint {checkpoint.path.name} cannot be loaded ({exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'damaged'}); delete its folder to resume from the one before"
        ) from exc
    optimizer.load_state_dict(bundle["optimizer"])
    torch.set_rng_state(bundle["rng"]["cpu"])
    if "cuda" in bundle["rng"] and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(bundle["rng"]["cuda"])


# The best evaluation's adapter (issue 16): `checkpoints/best/` holds its LoRA weights and `best.json` its step
# and validation loss. It is what the run exports, and where a run that continues this one (Train longer)
# starts. Written like a checkpoint: a complete folder under a temporary name, flushed, then renamed.
BEST_DIR = "best"


@dataclass(frozen=True)
class BestAdapter:
    step: int
    val_loss: float
    path: Path  # the folder holding adapter.safetensors


def save_best(run_dir: Path, step: int, val_loss: float, model: Any) -> BestAdapter:
    root = run_dir / "checkpoints"
    root.mkdir(parents=True, exist_ok=True)
    temporary, final = root / ".best.partial", root / BEST_DIR
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    weights = {k: v.detach().contiguous().cpu() for k, v in get_peft_model_state_dict(model, save_embedding_layers=False).items()}
    save_file(weights, str(temporary / "adapter.safetensors"))
    (temporary / "best.json").write_text(json.dumps({"step": step, "val_loss": val_loss}))
    for written in ("adapter.safetensors", "best.json"):
        fsync_path(temporary / written)
    fsync_path(temporary)
    # The old best goes first: a crash between the two renames leaves no best (the last checkpoint then
    # serves), never a half-written one.
    old = root / ".best.old"
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    temporary.rename(final)
    fsync_path(root)
    shutil.rmtree(old, ignore_errors=True)
    return BestAdapter(step, val_loss, final)


def best_adapter(run_dir: Path) -> BestAdapter | None:
    folder = run_dir / "checkpoints" / BEST_DIR
    try:
        data = json.loads((folder / "best.json").read_text())
        step, loss = int(data["step"]), float(data["val_loss"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return BestAdapter(step, loss, folder) if (folder / "adapter.safetensors").is_file() else None


def load_adapter_weights(folder: Path, model: Any, device: torch.device) -> None:
    """Put the LoRA weights of a checkpoint or best folder into `model` (a safetensors file: no code runs)."""
    try:
        weights = load_file(str(folder / "adapter.safetensors"), device=str(device))
    except (OSError, RuntimeError, ValueError) as exc:  # safetensors raises its own error, a RuntimeError/ValueError
        raise CheckpointError(f"the adapter in {folder} cannot be loaded ({exc.__class__.__name__}: {exc})") from exc
    try:
        result = set_peft_model_state_dict(model, weights)
    except RuntimeError as exc:  # a tensor of another shape: another rank
        raise CheckpointError(f"the adapter in {folder} does not fit this model's LoRA (another rank?): "
                              f"{str(exc).splitlines()[0]}") from exc
    unexpected = getattr(result, "unexpected_keys", None)
    if unexpected:
        raise CheckpointError(f"the adapter in {folder} does not fit this model's LoRA (rank or target modules "
                              f"differ): {', '.join(sorted(unexpected)[:3])}")
