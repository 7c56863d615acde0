"""Training on bigger models and more GPUs (issue 16): tokens/s on 1 vs N GPUs, and the peak memory of gradient
checkpointing and of a 4-bit base (QLoRA), each measured by the real training worker on a random-weight model of
a real shape, beside the app's memory estimate for the same settings.

    python benchmarks/training_gpus.py [--shape llama-8b] [--gpus 1,2] [--steps 12] [--batch 2] [--seq-len 1024]
        [--runs plain,checkpointing,qlora,qlora+checkpointing] [--device cuda] [--keep DIR]

Each run is a fresh worker process (`python -m desktop_llm.training RUN_DIR`), so each peak is its own. tokens/s is
the worker's own figure (all ranks' tokens over the wall time from the first step) at the last step; memory is
rank 0's peak allocated CUDA memory (the CPU's peak RSS on a CPU run). The model is a Hugging Face folder with
random bf16 weights and the starter model's tokenizer (--vocab keeps the shape's real vocabulary size, so the
logits cost what they would). `--shape tiny --device cpu --gpus 1,2` checks the script on any machine (2 CPU
ranks over gloo). Figures are printed, never asserted; `--json FILE` also writes them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_llm.core.fit_estimate import ModelShape
from desktop_llm.core.training_config import ATTENTION_MODULES, MLP_MODULES, TrainConfig
from desktop_llm.core.training_memory import ExampleLengths, estimate_training_memory

SHAPES: dict[str, dict[str, int]] = {
    "llama-8b": {"hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32,
                 "num_key_value_heads": 8, "vocab_size": 128256},
    "llama-1b": {"hidden_size": 2048, "intermediate_size": 8192, "num_hidden_layers": 16, "num_attention_heads": 32,
                 "num_key_value_heads": 8, "vocab_size": 128256},
    "tiny": {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
             "num_key_value_heads": 2, "vocab_size": 0},  # 0: the tokenizer's own
}
RUNS = {
    "plain": {},
    "checkpointing": {"gradient_checkpointing": True},
    "qlora": {"quantized_base": True},
    "qlora+checkpointing": {"quantized_base": True, "gradient_checkpointing": True},
}
WORDS = ("the committee met on a grey morning to decide the fate of the old harbour bridge engineers described "
         "corroded girders historians the ships that once passed beneath and residents their daily crossings").split()


def make_model(shape: str, target: Path) -> tuple[Path, int, int]:
    """A random-weight llama folder with the starter model's tokenizer; (folder, parameters, vocabulary)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from desktop_llm.services.models.model_library import starter_model_path
    from desktop_llm.training.model_loading import load_base

    starter = starter_model_path()
    if starter is None:
        raise SystemExit("the starter model is missing: python dev.py setup")
    tokenizer = load_base(str(starter), torch.float32).tokenizer
    dims: dict[str, Any] = dict(SHAPES[shape])
    dims["vocab_size"] = max(dims["vocab_size"], len(tokenizer))
    config = LlamaConfig(max_position_embeddings=8192, tie_word_embeddings=False, **dims)
    torch.manual_seed(0)
    with torch.device("meta"):
        counted = LlamaForCausalLM(config)
    parameters = sum(p.numel() for p in counted.parameters())
    if not (target / "config.json").is_file():
        started = time.perf_counter()
        torch.set_default_dtype(torch.bfloat16)  # 16 GB for 8B instead of 32 while it is built
        model = LlamaForCausalLM(config)
        torch.set_default_dtype(torch.float32)
        model.save_pretrained(target)
        tokenizer.save_pretrained(target)
        print(f"model {shape}: {parameters / 1e9:.2f} B parameters written in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    return target, parameters, dims["vocab_size"]


def write_data(path: Path, examples: int, words: int) -> Path:
    lines = []
    for i in range(examples):
        answer = " ".join(WORDS[(i + j) % len(WORDS)] for j in range(words))
        lines.append(json.dumps({"messages": [{"role": "user", "content": f"Tell me story {i}."},
                                              {"role": "assistant", "content": answer}]}))
    path.write_text("\n".join(lines) + "\n")
    return path


def run_worker(run_dir: Path, config: TrainConfig, timeout: float) -> dict[str, Any]:
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "config.json").write_text(json.dumps(config.to_dict()))
    started = time.perf_counter()
    with open(run_dir / "worker.log", "w") as log:
        done = subprocess.run([sys.executable, "-m", "desktop_llm.training", str(run_dir)], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=log, text=True, timeout=timeout,
                              env=dict(os.environ, TOKENIZERS_PARALLELISM="false", HF_HUB_OFFLINE="1"))
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    progress = [e for e in events if e["event"] == "progress"]
    errors = [e["message"] for e in events if e["event"] == "error"]
    return {
        "ok": not errors and bool(progress), "error": "; ".join(errors), "wall_s": time.perf_counter() - started,
        "tokens_per_s": progress[-1]["tokens_per_s"] if progress else 0.0,
        "peak_bytes": max((e["memory_bytes"] for e in progress), default=0), "steps": len(progress),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="llama-8b")
    parser.add_argument("--gpus", default="1,2", help="data-parallel sizes to compare, for the plain run")
    parser.add_argument("--runs", default="plain,checkpointing,qlora,qlora+checkpointing")
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--batch", type=int, default=2)
    parser.add_argument("--seq-len", type=int, default=1024)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--device", default="cuda", choices=("cuda", "cpu", "auto"))
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--keep", type=Path, help="a folder to keep the model and runs in (default: temporary)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        model, parameters, vocab = make_model(args.shape, root / f"model-{args.shape}")
        sizes = [int(n) for n in args.gpus.split(",") if n.strip()]
        # Examples as long as the sequence, enough for every rank's micro-batches of every step (no evaluation).
        examples = args.steps * args.batch * max(sizes) + 1
        data = write_data(root / "data.jsonl", examples, args.seq_len // 2)
        base = TrainConfig(base_model=str(model), data_path=str(data), rank=args.rank, alpha=2.0 * args.rank,
                           dropout=0.0, target_modules=ATTENTION_MODULES + MLP_MODULES, batch_size=args.batch,
                           max_seq_len=args.seq_len, max_steps=args.steps, eval_every=10**6, checkpoint_every=10**6,
                           validation_fraction=0.0, device=args.device, early_stopping=False)
        shape = ModelShape(n_layers=SHAPES[args.shape]["num_hidden_layers"], n_embd=SHAPES[args.shape]["hidden_size"],
                           n_head=SHAPES[args.shape]["num_attention_heads"],
                           n_head_kv=SHAPES[args.shape]["num_key_value_heads"],
                           key_length=SHAPES[args.shape]["hidden_size"] // SHAPES[args.shape]["num_attention_heads"],
                           value_length=SHAPES[args.shape]["hidden_size"] // SHAPES[args.shape]["num_attention_heads"],
                           n_ff=SHAPES[args.shape]["intermediate_size"], n_vocab=vocab, context_length=8192)
        lengths = ExampleLengths((args.seq_len,) * examples, estimated=False)
        plan = [(f"plain x{n}", replace(base, gpus=n)) for n in sizes if "plain" in args.runs.split(",")]
        plan += [(name, replace(base, **RUNS[name])) for name in args.runs.split(",") if name != "plain"]  # type: ignore[arg-type]
        results = []
        for label, config in plan:
            estimate = estimate_training_memory(shape, parameters, config, args.device != "cpu", lengths)
            figures = run_worker(root / "runs" / label.replace(" ", "_").replace("+", "_"), config, args.timeout)
            figures.update(label=label, estimate_bytes=estimate.total)
            results.append(figures)
            status = "" if figures["ok"] else f"  FAILED: {figures['error'][:300]}"
            print(f"{label:24s} {figures['tokens_per_s']:10,.0f} tok/s  peak {figures['peak_bytes'] / 1024**3:6.2f} GiB"
                  f"  estimate {estimate.total / 1024**3:6.2f} GiB  wall {figures['wall_s']:6.0f} s{status}", flush=True)
        one = next((r for r in results if r["label"] == "plain x1" and r["ok"]), None)
        for result in results:
            if one and result["label"].startswith("plain x") and result is not one and result["ok"]:
                print(f"{result['label']}: {result['tokens_per_s'] / one['tokens_per_s']:.2f}x the tokens/s of one")
        if args.json:
            args.json.write_text(json.dumps({"shape": args.shape, "parameters": parameters, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
