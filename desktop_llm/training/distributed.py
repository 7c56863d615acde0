"""Data-parallel training over torch.distributed (issue 16): one process ("rank") per GPU.

The training worker is rank 0. When its config asks for `gpus` > 1 it starts ranks 1..N-1 as child processes
(training/rank_worker.py: `python -m desktop_llm.training.rank_worker RUN_DIR --rank R --world N --port P`) that meet it through a
TCPStore on 127.0.0.1 (rank 0 binds a free port, so two runs never race for one). NCCL joins CUDA ranks (one
GPU each, cuda:R), gloo joins CPU ranks (which only tests the path: it is not faster).

Every rank reads the same config, data and checkpoints, so each builds the same batches; an optimizer step's
micro-batches are dealt out round robin, and after the backward passes the LoRA gradients (the only trainable
tensors: a few MB) are summed across ranks. The loss is normalised by the step's trained tokens over all ranks,
so the sum is exactly the gradient one process would get from all the micro-batches. Only rank 0 reports
events, writes checkpoints and exports; it also reads the stop request and tells the others at each step.

A rank that fails reports its error as a JSON line on its stdout, which rank 0 reads: rank 0 then says which rank
failed and why, ends the others and exits (NCCL would otherwise wait in the next collective until its timeout).
A child rank whose stdin reaches its end (rank 0 is gone, however it ended) exits at once.
"""

from __future__ import annotations

import datetime
import functools
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
from torch._C._distributed_c10d import TCPStore

from desktop_llm.core.training_config import TrainConfig

Emit = Callable[..., None]
HOST = "127.0.0.1"
COLLECTIVE_TIMEOUT = datetime.timedelta(minutes=30)  # rank 0 writes checkpoints while the others wait
CHILD_FAILURE_GRACE_S = 10.0  # a failure every rank meets (NaN, bad data) is reported by rank 0 itself
CLOSE_WAIT_S = 120.0  # the other ranks end right after the last step; rank 0 exports meanwhile
BUCKET_ELEMENTS = 16 * 1024 * 1024  # gradients are summed in buckets of at most 64 MB (fp32)


class WorldError(Exception):
    """The ranks cannot be set up (the message says why)."""


@dataclass(frozen=True)
class RankSpec:
    """What a child rank is told on its command line."""

    rank: int
    size: int
    port: int


class World:
    """One rank's view of the data-parallel group; with size 1 every collective is a no-op.

    Lives on the worker's main thread; rank 0's child supervisors run on threads of their own.
    """

    def __init__(self, device: torch.device, rank: int = 0, size: int = 1, backend: str = "",
                 supervisor: _Supervisor | None = None) -> None:
        self.device = device
        self.rank = rank
        self.size = size
        self.backend = backend
        self._supervisor = supervisor
        self._closed = False

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def agree(self, flag: bool) -> bool:
        """Rank 0's `flag` on every rank (the stop request: only rank 0 reads it)."""
        if self.size == 1:
            return flag
        value = torch.tensor([1.0 if flag else 0.0], device=self._comm_device())
        self._collective(lambda: dist.broadcast(value, src=0))
        return bool(value.item() > 0.5)

    def sum(self, value: torch.Tensor) -> torch.Tensor:
        """The sum of `value` over ranks (a new tensor on value's device)."""
        if self.size == 1:
            return value
        staged = value.detach().to(self._comm_device(), dtype=torch.float64 if value.dtype == torch.float64
                                   else torch.float32).clone()
        self._collective(lambda: dist.all_reduce(staged, op=dist.ReduceOp.SUM))
        return staged.to(value.device)

    def sum_gradients(self, params: Sequence[torch.nn.Parameter]) -> None:
        """Each parameter's gradient becomes the sum over ranks, a flat bucket at a time (one collective a bucket,
        not one a tensor). A parameter without a gradient on this rank counts as zeros."""
        if self.size == 1:
            return
        bucket: list[torch.nn.Parameter] = []
        filled = 0
        for param in params:
            if bucket and filled + param.numel() > BUCKET_ELEMENTS:
                self._reduce_bucket(bucket)
                bucket, filled = [], 0
            bucket.append(param)
            filled += param.numel()
        if bucket:
            self._reduce_bucket(bucket)

    def _reduce_bucket(self, params: list[torch.nn.Parameter]) -> None:
        comm = self._comm_device()
        flat = torch.cat([(p.grad if p.grad is not None else torch.zeros_like(p)).detach().reshape(-1)
                          .to(comm, torch.float32) for p in params])
        self._collective(lambda: dist.all_reduce(flat, op=dist.ReduceOp.SUM))
        offset = 0
        for param in params:
            part = flat[offset : offset + param.numel()].view_as(param).to(param.device, param.dtype)
            offset += param.numel()
            if param.grad is None:
                param.grad = part.clone()
            else:
                param.grad.copy_(part)

    def broadcast_parameters(self, params: Sequence[torch.nn.Parameter]) -> None:
        """Rank 0's values everywhere (they are equal already when every rank seeded and loaded the same files;
        this makes it certain)."""
        if self.size == 1:
            return
        with torch.no_grad():
            for param in params:
                value = param.data.to(self._comm_device()).clone()
                self._collective(functools.partial(dist.broadcast, value, src=0))
                param.data.copy_(value.to(param.device))

    def seed_step(self, seed: int, step: int) -> None:
        """Dropout masks as a function of (seed, step, rank), so a resumed rank draws what it would have drawn;
        one process keeps its RNG state in the checkpoint instead."""
        if self.size > 1:
            torch.manual_seed((seed * 1_000_003 + step * self.size + self.rank) % (2**63 - 1))

    def _collective(self, action: Callable[[], object]) -> None:
        """Run a collective; when it breaks because another rank is gone, rank 0 reports that rank's failure (the
        cause) rather than the broken connection (the symptom)."""
        try:
            action()
        except RuntimeError:  # torch.distributed.DistBackendError is one
            if self._supervisor is not None:
                self._supervisor.peer_failed()
            raise

    def _comm_device(self) -> torch.device:
        return self.device if self.backend == "nccl" else torch.device("cpu")

    def close(self, succeeded: bool) -> None:
        """End the group. Rank 0 waits for the other ranks after a success, else ends them."""
        if self._closed:
            return
        self._closed = True
        if self._supervisor is not None:
            self._supervisor.finish(wait=succeeded)
        if self.size > 1 and dist.is_initialized():
            dist.destroy_process_group()


def rank_device(device: torch.device, rank: int) -> torch.device:
    return torch.device("cuda", rank) if device.type == "cuda" else device


def open_world(config: TrainConfig, run_dir: Path, cache_dir: Path | None, device: torch.device, emit: Emit,
               spec: RankSpec | None = None) -> World:
    """Rank 0 (spec None) starts the other ranks when the config asks for several; a child joins with its spec."""
    size = spec.size if spec is not None else config.gpus
    if size == 1:
        return World(device)
    if device.type == "mps":
        raise WorldError("several GPUs need CUDA GPUs (Apple's GPU is one device): set GPUs to 1")
    if device.type == "cuda" and torch.cuda.device_count() < size:
        raise WorldError(f"{size} GPUs were asked for but this machine has {torch.cuda.device_count()}: "
                         f"set GPUs to {max(1, torch.cuda.device_count())} or fewer")
    backend = "nccl" if device.type == "cuda" and dist.is_nccl_available() else "gloo"
    rank = spec.rank if spec is not None else 0
    here = rank_device(device, rank)
    if here.type == "cuda":
        torch.cuda.set_device(here)
    else:
        torch.set_num_threads(max(1, (os.cpu_count() or 1) // size))  # the ranks share the cores
    if spec is None:
        if device.type == "cpu":
            emit("log", phase="loading", warning=True, message=(
                f"{size} processes on the CPU: this checks data-parallel training, it is not faster than one"))
        store = TCPStore(HOST, 0, size, True, timeout=COLLECTIVE_TIMEOUT, wait_for_workers=False)
        supervisor = _Supervisor(_start_ranks(run_dir, cache_dir, size, store.port), emit)
    else:
        store = TCPStore(HOST, spec.port, size, False, timeout=COLLECTIVE_TIMEOUT)
        supervisor = None
    dist.init_process_group(backend, store=store, rank=rank, world_size=size, timeout=COLLECTIVE_TIMEOUT)
    return World(here, rank, size, backend, supervisor)


def _start_ranks(run_dir: Path, cache_dir: Path | None, size: int, port: int) -> list[subprocess.Popen[str]]:
    children = []
    for rank in range(1, size):
        command = [sys.executable, "-m", "desktop_llm.training.rank_worker", str(run_dir), "--rank", str(rank),
                   "--world", str(size), "--port", str(port)]
        if cache_dir is not None:
            command += ["--cache", str(cache_dir)]
        # stdin: its end tells the child rank 0 is gone; stdout: its error line; stderr: the worker's log.
        children.append(subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                         encoding="utf-8"))
    return children


class _Supervisor:
    """Rank 0's watch over the other ranks: one thread a child reads its error line and waits for its end. A child
    that fails is reported by whichever comes first: its watch thread (after a grace for rank 0 to close by itself,
    as it does for a failure all ranks meet), or rank 0's main thread when a collective breaks (`peer_failed`)."""

    def __init__(self, children: list[subprocess.Popen[str]], emit: Emit) -> None:
        self.children = children
        self._emit = emit
        self._closing = threading.Event()
        self._abort = threading.Lock()
        self._failed: dict[int, tuple[int, dict[str, Any]]] = {}  # rank -> (exit code, its error event)
        self._done: set[int] = set()  # ranks that ended well, after the group formed
        self._ended = threading.Condition()
        self._threads = [threading.Thread(target=self._watch, args=(rank, child), daemon=True, name=f"rank-{rank}")
                         for rank, child in enumerate(children, start=1)]
        for thread in self._threads:
            thread.start()

    def _watch(self, rank: int, child: subprocess.Popen[str]) -> None:
        error: dict[str, Any] = {}
        assert child.stdout is not None
        for line in child.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict) and event.get("event") == "error":
                error = event
        code = child.wait()
        if code == 0 and dist.is_initialized():  # a rank that trained to the end (rank 0 may still be exporting)
            with self._ended:
                self._done.add(rank)
            return
        with self._ended:
            self._failed[rank] = (code, error)
            self._ended.notify_all()
        # A failure every rank meets is reported by rank 0 itself, which then closes: give it that chance.
        if not self._closing.wait(CHILD_FAILURE_GRACE_S):
            self._report()

    def peer_failed(self) -> None:
        """A collective broke on rank 0: if a child rank ended, say which and why, and exit; else return."""
        with self._ended:
            self._ended.wait_for(lambda: bool(self._failed or self._done), CHILD_FAILURE_GRACE_S)
            for rank in self._done:  # it ended while rank 0 still needed it: that is a failure too
                self._failed.setdefault(rank, (0, {}))
        self._report()

    def _report(self) -> None:
        with self._abort:
            if self._closing.is_set() or not self._failed:
                return
            self._closing.set()
            rank = min(self._failed)
            code, error = self._failed[rank]
            how = str(error.get("message") or _ended(code))
            self._emit("error", kind=str(error.get("kind") or "crash"), message=f"GPU rank {rank}: {how}")
            self._end_children()
            os._exit(1)  # the main thread may be waiting in a collective that can no longer complete

    def finish(self, wait: bool) -> None:
        with self._abort:
            self._closing.set()
        deadline = time.monotonic() + (CLOSE_WAIT_S if wait else 0.0)
        for child in self.children:
            try:
                child.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
        self._end_children()
        for thread in self._threads:
            thread.join(5)

    def _end_children(self) -> None:
        for child in self.children:
            if child.poll() is None:
                child.kill()
                child.wait()
            if child.stdin is not None:
                child.stdin.close()


def _ended(code: int) -> str:
    if code < 0:
        return f"the process was ended by signal {-code} (out of memory?); see worker.log"
    if code == 0:
        return "the process ended before the other ranks; see worker.log"
    return f"the process ended with code {code}; see worker.log"
