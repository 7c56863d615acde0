"""Training throughput and peak memory: the app's training loop against a plain transformers + PEFT loop,
on the same model, the same LoRA, the same batches, each in its own process (clean peak memory).

    python benchmarks/training_throughput.py [--model PATH] [--steps 20] [--warmup 3] [--batch 8] [--seq-len 512]
        [--rank 16] [--targets all|attention] [--device auto|cuda|cpu] [--compile]

--compile compiles the app's model (torch.compile); the plain loop is always the uncompiled baseline.

--model is a GGUF file or a Hugging Face model folder (default: the starter model). --synthetic NAME makes a
random-weight Hugging Face folder of a known shape instead (smollm2-135m, llama-1b) with the tokenizer from
--tokenizer DIR, for machines that cannot carry the real weights. Prints tokens/s, peak memory and ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SHAPES = {
    "smollm2-135m": {"hidden_size": 576, "intermediate_size": 1536, "num_hidden_layers": 30, "num_attention_heads": 9,
                     "num_key_value_heads": 3, "tie_word_embeddings": True},
    "llama-1b": {"hidden_size": 2048, "intermediate_size": 8192, "num_hidden_layers": 16, "num_attention_heads": 32,
                 "num_key_value_heads": 8, "tie_word_embeddings": True},
}
TEXT = ("The committee met on a grey morning to decide the fate of the old harbour bridge. Engineers described the "
        "corroded girders, historians the ships that once passed beneath, and residents their daily crossings. ")


def synthetic_model(name: str, tokenizer_dir: Path, target: Path) -> Path:
    import shutil

    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    config = LlamaConfig(vocab_size=len(tokenizer), max_position_embeddings=8192, **SHAPES[name])
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(target)
    for item in tokenizer_dir.iterdir():
        shutil.copy(item, target / item.name)
    return target


def batches(tokenizer: Any, args: argparse.Namespace) -> list[list[int]]:
    ids = tokenizer(TEXT * (args.seq_len // 20 + 2), add_special_tokens=False)["input_ids"]
    return [ids[i : i + args.seq_len] for i in range(args.batch)]


def run_plain(args: argparse.Namespace) -> dict[str, float]:
    """What a user would write: load, wrap with PEFT, AdamW, forward with labels, backward, step."""
    import torch
    from peft import LoraConfig, get_peft_model

    from desktop_llm.training.model_loading import load_base, pick_device
    from desktop_llm.training.trainer import peak_memory_bytes

    device, dtype, _ = pick_device(args.device)
    base = load_base(args.model, dtype)
    targets = ["q_proj", "k_proj", "v_proj", "o_proj"] + (["gate_proj", "up_proj", "down_proj"] if args.targets == "all" else [])
    model = get_peft_model(base.model, LoraConfig(r=args.rank, lora_alpha=2 * args.rank, target_modules=targets,
                                                  lora_dropout=0.0, task_type="CAUSAL_LM")).to(device)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    input_ids = torch.tensor(batches(base.tokenizer, args), device=device)
    started = 0.0
    for step in range(args.warmup + args.steps):
        if step == args.warmup:
            if device.type == "cuda":
                torch.cuda.synchronize()
            started = time.perf_counter()
        loss = model(input_ids=input_ids, labels=input_ids).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        loss.item()
    elapsed = time.perf_counter() - started
    return {"tokens_per_s": args.steps * input_ids.numel() / elapsed, "peak_bytes": peak_memory_bytes(device)}


def run_app(args: argparse.Namespace) -> dict[str, float]:
    """The app's Trainer, as the worker runs it (minus loading and export), on the same batches."""
    from desktop_llm.core.events import ChatMessage
    from desktop_llm.core.training_config import ATTENTION_MODULES, MLP_MODULES, TrainConfig
    from desktop_llm.core.training_data import Example
    from desktop_llm.training.model_loading import load_base, pick_device
    from desktop_llm.training.trainer import Trainer, peak_memory_bytes

    device, dtype, _ = pick_device(args.device)
    base = load_base(args.model, dtype)
    texts = [base.tokenizer.decode(ids) for ids in batches(base.tokenizer, args)]
    examples = [Example(i + 1, (ChatMessage("assistant", text),)) for i, text in enumerate(texts)]
    config = TrainConfig(
        base_model=args.model, data_path="", rank=args.rank, alpha=2.0 * args.rank, dropout=0.0,
        target_modules=ATTENTION_MODULES + (MLP_MODULES if args.targets == "all" else ()), learning_rate=1e-4,
        schedule="constant", warmup_ratio=0.0, max_steps=args.warmup + args.steps, batch_size=args.batch,
        max_seq_len=args.seq_len, validation_fraction=0.0, checkpoint_every=10**9, compile=args.compile,
    )
    times: dict[int, float] = {}

    def emit(name: str, /, **data: Any) -> None:
        if name == "progress":
            if device.type == "cuda":
                import torch

                torch.cuda.synchronize()
            times[int(data["step"])] = time.perf_counter()

    with tempfile.TemporaryDirectory() as run_dir:
        trainer = Trainer(config, Path(run_dir), base, device, emit, lambda: False)
        trainer.prepare_data(examples, [], text_format=True)
        trainer.build()
        trainer.run()
    tokens = sum(len(item.input_ids) for item in trainer.train_data.items)
    elapsed = times[args.warmup + args.steps] - times[args.warmup]
    return {"tokens_per_s": args.steps * tokens / elapsed, "peak_bytes": peak_memory_bytes(device)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model")
    parser.add_argument("--synthetic", choices=sorted(SHAPES))
    parser.add_argument("--tokenizer", type=Path)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--seq-len", type=int, default=512)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--targets", choices=("all", "attention"), default="all")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--compile", action="store_true")
    parser.add_argument("--only", choices=("plain", "app"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        result = (run_plain if args.only == "plain" else run_app)(args)
        print(json.dumps(result))
        return 0
    workdir = Path(tempfile.mkdtemp(prefix="train-bench-"))
    if args.synthetic:
        args.model = str(synthetic_model(args.synthetic, args.tokenizer, workdir / args.synthetic))
    elif not args.model:
        from desktop_llm.services.models.model_library import starter_model_path

        args.model = str(starter_model_path())
    forwarded = [a for a in sys.argv[1:] if not a.startswith("--synthetic") and a != args.synthetic]
    forwarded = [a for i, a in enumerate(forwarded) if a != "--tokenizer" and (i == 0 or forwarded[i - 1] != "--tokenizer")]
    results = {}
    for which in ("plain", "app"):
        command = [sys.executable, __file__, *forwarded, "--model", args.model, "--only", which]
        out = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ, TOKENIZERS_PARALLELISM="false"))
        if out.returncode != 0:
            print(out.stderr[-4000:], file=sys.stderr)
            return 1
        results[which] = json.loads(out.stdout.strip().splitlines()[-1])
    plain, app = results["plain"], results["app"]
    print(f"model {Path(args.model).name}, batch {args.batch} x {args.seq_len} tokens, LoRA r{args.rank} on {args.targets}, "
          f"{args.steps} timed steps after {args.warmup}{', app with torch.compile' if args.compile else ''}")
    print(f"plain transformers+PEFT: {plain['tokens_per_s']:10,.0f} tokens/s   peak {plain['peak_bytes'] / 2**30:6.2f} GiB")
    print(f"desktop-llm trainer:     {app['tokens_per_s']:10,.0f} tokens/s   peak {app['peak_bytes'] / 2**30:6.2f} GiB")
    print(f"ratio app/plain: speed {app['tokens_per_s'] / plain['tokens_per_s']:.3f}, "
          f"peak memory {app['peak_bytes'] / plain['peak_bytes']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
