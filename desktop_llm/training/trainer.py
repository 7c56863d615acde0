"""The fine-tuning loop: LoRA on the base model, token-weighted loss on assistant tokens, AdamW with warm-up and
a schedule, evaluation, checkpoints, and a stop that lands on a step boundary.

Batches are a pure function of (seed, step): epoch e visits the training set in the order of a permutation
seeded by seed+e, and optimizer step s takes micro-batches s*accum .. s*accum+accum-1. With the optimizer and
RNG states in the checkpoint, a run stopped and resumed takes the same steps as one that was never stopped.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from peft import LoraConfig, get_peft_model

from desktop_llm.core.process_memory import peak_rss_bytes
from desktop_llm.core.training_config import StepPlan, TrainConfig, learning_rate_at, plan_steps
from desktop_llm.core.training_data import Example
from desktop_llm.core.training_plan import EarlyStopper
from desktop_llm.ipc.training_run import ADAPTER_FILE
from desktop_llm.training.checkpoints import (
    BestAdapter,
    CheckpointError,
    best_adapter,
    latest_checkpoint,
    load_adapter_weights,
    load_checkpoint,
    save_best,
    save_checkpoint,
)
from desktop_llm.training.data_prep import IGNORE, PreparedData, Tokenized, collate, prepare
from desktop_llm.training.distributed import World
from desktop_llm.training.gguf_lora import export_gguf_lora
from desktop_llm.training.model_loading import TRAINABLE_ARCHITECTURES, BaseModel

Emit = Callable[..., None]


class NonFiniteLossError(Exception):
    pass


@dataclass
class RunResult:
    status: str  # "completed" or "stopped"
    step: int
    early_stop: str = ""  # why it ended before its last step: "plateau" or "low" (core/training_plan.py)


def peak_memory_bytes(device: torch.device) -> int:
    """Peak GPU memory allocated (CUDA), current (MPS), or the process's peak RSS (CPU)."""
    if device.type == "cuda":
        return int(torch.cuda.max_memory_allocated(device))
    if device.type == "mps":
        return int(torch.mps.current_allocated_memory())
    return peak_rss_bytes()


class Trainer:
    def __init__(
        self, config: TrainConfig, run_dir: Path, base: BaseModel, device: torch.device, emit: Emit,
        stop_requested: Callable[[], bool], world: World | None = None,
    ) -> None:
        self.config = config
        self.world = world or World(device)  # data-parallel ranks (training/distributed.py); one by default
        self.run_dir = run_dir
        self.base = base
        self.device = device
        self.emit = emit
        self.stop_requested = stop_requested
        self.model: Any = None
        self.optimizer: torch.optim.Optimizer | None = None
        self.step = 0
        self._trainable_params: list[torch.nn.Parameter] = []
        self._prefetched: tuple[list[dict[str, torch.Tensor]], int, int] | None = None
        self._order: tuple[int, list[int]] | None = None  # (epoch, its permutation)
        # A run that continues another starts from that run's adapter, which is then a candidate for the best.
        self.stopper = EarlyStopper(config.patience, config.early_stopping, start_is_candidate=bool(config.continue_from))
        self.best: BestAdapter | None = None

    # set-up

    def prepare_data(self, train: list[Example], validation: list[Example], text_format: bool) -> None:
        def run(examples: list[Example]) -> PreparedData:
            return prepare(examples, self.base.tokenizer, self.base.template, text_format, self.config.max_seq_len)

        self.train_data, self.val_data = run(train), run(validation)
        if not self.train_data.items:
            raise ValueError("no training example has an assistant token left within the maximum sequence length")
        self.plan: StepPlan = plan_steps(self.config, len(self.train_data.items))

    def build(self) -> None:
        config = self.config
        torch.manual_seed(config.seed)
        if config.gradient_checkpointing:
            # Each block's activations are recomputed in the backward pass: only its input is kept. Non-reentrant
            # checkpointing works with a frozen base (no input needs a gradient) and keeps dropout's RNG.
            self.base.model.config.use_cache = False
            self.base.model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
            self.base.model.enable_input_require_grads()
        lora = LoraConfig(
            r=config.rank, lora_alpha=config.alpha,  # type: ignore[arg-type]  # a float alpha works; peft annotates int
            lora_dropout=config.dropout,
            target_modules=list(config.target_modules), task_type="CAUSAL_LM", bias="none",
        )
        self.model = get_peft_model(self.base.model, lora).to(self.device)
        if config.compile:
            # Worth it for long GPU runs (about twice the speed after a compile of a minute or two); shapes vary
            # with the padding, so it is compiled for dynamic shapes.
            self.model.base_model.model.compile(dynamic=True)
        params = [p for p in self.model.parameters() if p.requires_grad]
        self._trainable_params = params
        self.trainable = sum(p.numel() for p in params)
        self.optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.0)

    # batches

    def _micro_batch(self, index: int) -> list[Tokenized]:
        items = self.train_data.items
        size = self.config.batch_size
        per_epoch = math.ceil(len(items) / size)
        epoch, position = divmod(index, per_epoch)
        return [items[i] for i in self._epoch_order(epoch)[position * size : (position + 1) * size]]

    def _epoch_order(self, epoch: int) -> list[int]:
        """The epoch's permutation of the training set, drawn once per epoch rather than per micro-batch."""
        if self._order is None or self._order[0] != epoch:
            generator = torch.Generator().manual_seed(self.config.seed + epoch)
            self._order = (epoch, torch.randperm(len(self.train_data.items), generator=generator).tolist())
        return self._order[1]

    def _step_batches(self, step: int) -> tuple[list[dict[str, torch.Tensor]], int, int]:
        """This rank's micro-batches of the step on the device, and the step's trained-target and token counts
        over all ranks (each rank takes every size-th micro-batch of the step's accum x size).

        Both counts come from the token lists, so the step never waits on the GPU (or the other ranks) to learn them.
        """
        pad = int(self.base.tokenizer.pad_token_id or 0)
        per_step = self.config.grad_accum * self.world.size
        micro = [self._micro_batch(m) for m in range(step * per_step, (step + 1) * per_step)]
        # A label counts from an example's second token on: the model predicts token i+1 from 0..i.
        targets = sum(sum(1 for label in item.labels[1:] if label != IGNORE) for batch in micro for item in batch)
        tokens = sum(len(item.input_ids) for batch in micro for item in batch)
        mine = micro[self.world.rank :: self.world.size]
        return [self._to_device(collate(batch, pad)) for batch in mine], targets, tokens

    def _to_device(self, batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """Input ids and labels only. Padding is on the right and attention is causal, so no real token ever
        attends to a pad and pads carry no loss: without a mask, attention takes its fused causal kernel."""
        pin = self.device.type == "cuda"
        return {k: (batch[k].pin_memory() if pin else batch[k]).to(self.device, non_blocking=pin)
                for k in ("input_ids", "labels")}

    # evaluation

    @torch.no_grad()
    def evaluate(self) -> float | None:
        items = self.val_data.items
        if not items:
            return None
        self.model.eval()
        pad = int(self.base.tokenizer.pad_token_id or 0)
        total_loss, total_tokens = 0.0, 0
        size = self.config.batch_size
        for start in range(self.world.rank * size, len(items), size * self.world.size):  # this rank's batches
            cpu = collate(items[start : start + self.config.batch_size], pad)
            tokens = int((cpu["labels"][:, 1:] != IGNORE).sum())
            batch = self._to_device(cpu)
            out = self.model(**batch, num_items_in_batch=tokens)
            total_loss += float(out.loss) * tokens
            total_tokens += tokens
        self.model.train()
        total = self.world.sum(torch.tensor([total_loss, float(total_tokens)], dtype=torch.float64))
        return float(total[0]) / max(1.0, float(total[1]))

    def _eval_event(self) -> None:
        loss = self.evaluate()
        if loss is None:
            return
        improved = self.stopper.observe(self.step, loss)
        if improved and self.world.is_main:  # kept before the event says so: a crash after it still finds it
            self.best = save_best(self.run_dir, self.step, loss, self.model)
        self.emit("eval", step=self.step, val_loss=loss, perplexity=math.exp(min(loss, 50.0)), best=improved)

    # the loop

    def run(self) -> RunResult:
        assert self.optimizer is not None
        checkpoint = latest_checkpoint(self.run_dir)
        if checkpoint is not None:
            load_checkpoint(checkpoint, self.model, self.optimizer, self.device)
            self.step = checkpoint.step
            self.best = best_adapter(self.run_dir)
            if self.best is not None:
                self.stopper.restore(self.best.val_loss, self.best.step)
        elif self.config.continue_from:
            self._start_from(Path(self.config.continue_from))
        self.world.broadcast_parameters(self._trainable_params)
        total = self.plan.total_steps
        self.emit(
            "started", device=self.device.type, total_steps=total, steps_per_epoch=self.plan.steps_per_epoch,
            resumed_from_step=self.step, train_examples=len(self.train_data.items),
            val_examples=len(self.val_data.items), truncated=self.train_data.truncated + self.val_data.truncated,
            dropped=self.train_data.dropped + self.val_data.dropped, trainable_params=self.trainable,
            dtype=str(next(self.model.parameters()).dtype).removeprefix("torch."),
            continued_from=self.config.continue_from, early_stopping=self.config.early_stopping and bool(self.val_data.items),
            gpus=self.world.size, gradient_checkpointing=self.config.gradient_checkpointing,
            quantized_base=self.config.quantized_base,
        )
        self.model.train()
        if self.step == 0:
            self._eval_event()
        started = time.perf_counter()
        first_step = self.step
        tokens_seen = 0
        while self.step < total:
            if self.world.agree(self.stop_requested()):  # rank 0 reads the request; every rank stops
                return self._stop()
            loss, tokens = self._train_step()
            tokens_seen += tokens
            self.step += 1
            now = time.perf_counter()
            elapsed = now - started
            done = self.step - first_step
            at_eval = self.step % self.plan.eval_every == 0 or self.step == total
            self.emit(
                "progress", step=self.step, total_steps=total, epoch=self.step / self.plan.steps_per_epoch,
                loss=loss, lr=learning_rate_at(self.config, self.plan, self.step - 1),
                tokens_per_s=tokens_seen / elapsed if elapsed > 0 else 0.0,
                memory_bytes=peak_memory_bytes(self.device), eta_s=elapsed / done * (total - self.step),
            )
            if at_eval:
                self._eval_event()
            if self.stopper.should_stop and self.step < total:
                self.emit("log", message=f"stopping early at step {self.step}: " + (
                    "the validation loss is low" if self.stopper.reason == "low" else
                    f"the validation loss has not improved for {self.config.patience} evaluations"))
                self._checkpoint()
                return RunResult("completed", self.step, self.stopper.reason)
            if self.step % self.plan.checkpoint_every == 0 and self.step < total:
                self._checkpoint()
        self._checkpoint()
        return RunResult("completed", self.step)

    def _start_from(self, previous: Path) -> None:
        """Train longer: this run's LoRA starts as the previous run's best adapter (else its last checkpoint).
        The optimizer starts afresh, with the warm-up, as the learning rate schedule does."""
        source = best_adapter(previous) or latest_checkpoint(previous)
        if source is None:
            raise CheckpointError(f"the run to continue ({previous}) has no adapter left to start from")
        load_adapter_weights(source.path, self.model, self.device)
        self.emit("log", message=f"starting from {previous.name}'s adapter of step {source.step}")

    def _train_step(self) -> tuple[float, int]:
        assert self.optimizer is not None
        for group in self.optimizer.param_groups:
            group["lr"] = learning_rate_at(self.config, self.plan, self.step)
        batches, targets, tokens = self._prefetched or self._step_batches(self.step)
        self.world.seed_step(self.config.seed, self.step)
        # Token-weighted over the whole step: every trained token counts the same, however the batches split.
        losses = []
        for batch in batches:
            # Only the loss is kept: holding the output would keep its logits alive through the backward pass.
            loss = self.model(**batch, num_items_in_batch=max(1, targets)).loss
            loss.backward()
            losses.append(loss.detach())
        # The next step's batches are prepared while the GPU still works on this one's backward pass.
        self._prefetched = self._step_batches(self.step + 1) if self.step + 1 < self.plan.total_steps else None
        self.world.sum_gradients(self._trainable_params)  # each rank's share of the step: their sum is the step's
        step_loss = float(self.world.sum(torch.stack(losses).sum()))  # the one wait on the GPU per step
        if not math.isfinite(step_loss):
            self.optimizer.zero_grad(set_to_none=True)
            raise NonFiniteLossError(f"the loss became {step_loss} at step {self.step + 1}")
        torch.nn.utils.clip_grad_norm_(self._trainable_params, 1.0)
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        return step_loss, tokens

    def _checkpoint(self) -> None:
        assert self.optimizer is not None
        if not self.world.is_main:  # every rank holds the same weights and optimizer state: rank 0 writes them
            return
        saved = save_checkpoint(self.run_dir, self.step, self.model, self.optimizer)
        self.emit("checkpoint", step=self.step, path=str(saved.path))

    def _stop(self) -> RunResult:
        if self.step > 0:
            self._checkpoint()
        return RunResult("stopped", self.step)

    # the adapter

    def export(self) -> tuple[Path, Path]:
        """The adapter of the best evaluation (early stopping keeps it), else of the last step."""
        if self.best is not None and self.best.step != self.step:
            load_adapter_weights(self.best.path, self.model, self.device)
        peft_dir = self.run_dir / "adapter_peft"
        self.model.save_pretrained(peft_dir, save_embedding_layers=False)  # LoRA only; the base stays the GGUF
        from peft import get_peft_model_state_dict

        gguf_path = export_gguf_lora(
            get_peft_model_state_dict(self.model, save_embedding_layers=False), self.run_dir / ADAPTER_FILE,
            self.base.architecture, self.base.n_layers, self.config.alpha,
            TRAINABLE_ARCHITECTURES.get(self.base.architecture, False), self.base.n_head, self.base.n_head_kv,
            base_name=Path(self.base.source).name,
        )
        return gguf_path, peft_dir
