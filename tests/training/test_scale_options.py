"""Issue 16's options for bigger models and more GPUs, without a run: the config, the command line, the memory
estimate (per GPU, following a 4-bit base and gradient checkpointing) and the step plan across ranks."""

from __future__ import annotations

import argparse
from dataclasses import replace

import pytest

from desktop_llm.cli import train
from desktop_llm.core.errors import TrainingConfigError
from desktop_llm.core.fit_estimate import ModelShape
from desktop_llm.core.training_config import ATTENTION_MODULES, MLP_MODULES, TrainConfig, plan_steps
from desktop_llm.core.training_memory import estimate_training_memory, fitting_config
from desktop_llm.core.training_plan import DataFacts

GIB = 1024**3
# Llama 3.1 8B as its GGUF header gives it (32 blocks, GQA 32/8, 128k vocabulary, untied head).
LLAMA_8B = ModelShape(n_layers=32, n_embd=4096, n_head=32, n_head_kv=8, key_length=128, value_length=128,
                      n_ff=14336, n_vocab=128256, context_length=131072)
LLAMA_8B_PARAMS = 8_030_261_248
CONFIG = TrainConfig(base_model="m.gguf", data_path="d.jsonl", rank=16, batch_size=2, max_seq_len=2048,
                     target_modules=ATTENTION_MODULES + MLP_MODULES)


def parse(*flags: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    train.add_parser(parser.add_subparsers())
    return parser.parse_args(["train", "--data", "d.jsonl", *flags])


def test_the_command_line_sets_gpus_checkpointing_and_a_4bit_base() -> None:
    facts = DataFacts(40, (40,) * 40)
    plain = train.config_from_args(parse(), "m.gguf", facts, 134_515_008)
    assert (plain.gpus, plain.gradient_checkpointing, plain.quantized_base) == (1, False, False)
    config = train.config_from_args(parse("--gpus", "2", "--gradient-checkpointing", "--qlora"), "m.gguf", facts,
                                    134_515_008)
    assert (config.gpus, config.gradient_checkpointing, config.quantized_base) == (2, True, True)
    with pytest.raises(TrainingConfigError):
        train.config_from_args(parse("--gpus", "0"), "m.gguf", facts, 134_515_008)


def test_the_fields_round_trip_and_older_configs_read_as_one_gpu() -> None:
    config = replace(CONFIG, gpus=4, gradient_checkpointing=True, quantized_base=True)
    assert TrainConfig.from_dict(config.to_dict()) == config
    old = {k: v for k, v in CONFIG.to_dict().items() if k not in ("gpus", "gradient_checkpointing", "quantized_base")}
    assert TrainConfig.from_dict(old) == CONFIG


def test_each_rank_takes_its_own_micro_batches_so_an_epoch_takes_fewer_steps() -> None:
    one = plan_steps(replace(CONFIG, batch_size=4, grad_accum=2), 160)
    two = plan_steps(replace(CONFIG, batch_size=4, grad_accum=2, gpus=2), 160)
    assert (one.steps_per_epoch, two.steps_per_epoch) == (20, 10)
    # Two ranks of grad_accum 1 take the examples of one process of grad_accum 2: the same plan.
    assert plan_steps(replace(CONFIG, grad_accum=2), 50) == plan_steps(replace(CONFIG, gpus=2), 50)


def test_an_8b_model_trains_on_a_24gb_gpu_with_a_4bit_base_and_checkpointing() -> None:
    def total(gradient_checkpointing: bool = False, quantized_base: bool = False) -> float:
        config = replace(CONFIG, gradient_checkpointing=gradient_checkpointing, quantized_base=quantized_base)
        return estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, config, True).total / GIB

    plain, checkpointed = total(), total(gradient_checkpointing=True)
    quantized, both = total(quantized_base=True), total(quantized_base=True, gradient_checkpointing=True)
    assert plain > 40 and quantized > 30  # 16-bit weights alone are 15 GiB; 2 x 2048 tokens of activations, 32
    assert checkpointed < plain / 2 and both < quantized / 2
    assert both < 20  # a 24 GB card, with room for the display and the allocator
    weights = estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, replace(CONFIG, quantized_base=True), True).weights
    assert 5.0 < weights / GIB < 6.0  # NF4 blocks plus the 16-bit embeddings and head (bitsandbytes: ~5.5 GiB)


def test_checkpointing_keeps_one_block_of_activations_and_the_logits() -> None:
    on = estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, replace(CONFIG, gradient_checkpointing=True), True)
    off = estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, True)
    tokens, logits = 2 * 2048, 2 * 2048 * LLAMA_8B.n_vocab * 12
    per_block = (off.activations - logits) // LLAMA_8B.n_layers
    assert on.activations == logits + per_block + tokens * 2 * LLAMA_8B.n_embd * LLAMA_8B.n_layers
    assert (on.weights, on.lora, on.optimizer) == (off.weights, off.lora, off.optimizer)


def test_data_parallel_memory_is_per_gpu_and_cpu_ranks_share_the_ram() -> None:
    one = estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, True)
    two = estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, replace(CONFIG, gpus=2), True)
    # Each GPU holds the whole model and its own micro-batch, plus NCCL's buffers and the gradient bucket.
    assert (two.weights, two.activations) == (one.weights, one.activations)
    assert 0 < two.runtime - one.runtime < GIB
    cpu_one = estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, False)
    cpu_two = estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, replace(CONFIG, gpus=2), False)
    assert cpu_two.total == 2 * cpu_one.total
    # A 4-bit base exists only on CUDA: on the CPU the weights stay as they are.
    assert estimate_training_memory(LLAMA_8B, LLAMA_8B_PARAMS, replace(CONFIG, quantized_base=True), False) == cpu_one


def test_the_fitting_suggestion_checkpoints_first_then_shrinks_then_quantizes() -> None:
    suggested = fitting_config(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, True, 24 * GIB)
    assert suggested is not None and suggested.gradient_checkpointing and not suggested.quantized_base
    assert suggested.batch_size * suggested.grad_accum == 2  # the examples a step are kept
    # 20 GiB: checkpointing and batch 1 are not enough; a 4-bit base is tried before cutting the sequences.
    quantized = fitting_config(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, True, 20 * GIB, can_quantize=True)
    assert quantized is not None and quantized.quantized_base and quantized.gradient_checkpointing
    assert (quantized.batch_size, quantized.grad_accum, quantized.max_seq_len) == (1, 2, 2048)
    shorter = fitting_config(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, True, 20 * GIB)  # no CUDA 4-bit: shorter sequences
    assert shorter is not None and not shorter.quantized_base and shorter.max_seq_len < 2048
    assert fitting_config(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, True, 12 * GIB) is None  # 16-bit weights alone: 15 GiB
    assert fitting_config(LLAMA_8B, LLAMA_8B_PARAMS, CONFIG, True, 12 * GIB, can_quantize=True) is not None
