"""Benchmark: rendering the starter model's chat template in this process vs through the sandbox process.

    python benchmarks/template_render.py [--rounds 200]

Prints the median time per render for chats of 2, 20 and 200 messages: jinja in this process (what the app
did before issue 10), through ChatTemplate's sandbox process (a new chat each time, so no cache hit), and a
cache hit; plus the time to construct a ChatTemplate (starting the sandbox and compiling). Then the same for a
larger real template, Qwen3's (tests/fixtures/chat_templates), rendered with a tool and `enable_thinking` as
transformers renders it (issue 13), in this process through transformers' own environment. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jinja2 import Template
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.events import ChatMessage, Role
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.services.models.model_library import starter_model_path


def median_ms(run: Callable[[int], object], rounds: int) -> float:
    times = []
    for index in range(rounds):
        started = time.perf_counter()
        run(index)
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def chat(size: int, salt: int) -> list[ChatMessage]:
    roles: tuple[Role, ...] = ("user", "assistant")
    return [ChatMessage("system", f"Be brief. ({salt})")] + [
        ChatMessage(roles[i % 2], f"Message {i} about lighthouses and harbours. " * 8) for i in range(size - 1)
    ]


def measure(in_process: Template, template: ChatTemplate, size: int, rounds: int) -> str:
    local = median_ms(lambda i: in_process.render(messages=[m.to_dict() for m in chat(size, i)],
                                                  add_generation_prompt=True), rounds)
    sandboxed = median_ms(lambda i: template.render(chat(size, i)), rounds)
    fixed = chat(size, -1)
    template.render(fixed)
    cached = median_ms(lambda i: template.render(fixed), rounds)
    return f"in-process {local:.3f} ms, sandbox {sandboxed:.3f} ms, cache hit {cached:.4f} ms"


QWEN3 = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "chat_templates" / "Qwen-Qwen3-0.6B.jinja"
WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city.",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


def measure_qwen3(rounds: int) -> None:
    from transformers.utils.chat_template_utils import render_jinja_template

    source = QWEN3.read_text(encoding="utf-8")
    template = ChatTemplate(source, "", "<|im_end|>")

    def in_process(size: int, salt: int) -> object:
        return render_jinja_template([[m.to_dict() for m in chat(size, salt)]], tools=[WEATHER], chat_template=source,
                                     add_generation_prompt=True, eos_token="<|im_end|>", enable_thinking=False)

    def sandboxed(size: int, salt: int) -> object:
        return template.render(chat(size, salt), tools=[WEATHER], template_kwargs={"enable_thinking": False})

    try:
        for size in (2, 20, 200):
            local = median_ms(functools.partial(in_process, size), rounds)
            remote = median_ms(functools.partial(sandboxed, size), rounds)
            print(f"{size:4} messages, Qwen3 + a tool: transformers in-process {local:.3f} ms, sandbox {remote:.3f} ms")
    finally:
        template.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    path = starter_model_path()
    if path is None:
        print("the starter model is not installed", file=sys.stderr)
        return 1
    source = read_file_header(str(path)).chat_template
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    in_process = env.from_string(source)
    started = time.perf_counter()
    template = ChatTemplate(source)
    print(f"construct (start sandbox + compile): {(time.perf_counter() - started) * 1000:.1f} ms")
    try:
        for size in (2, 20, 200):
            print(f"{size:4} messages: " + measure(in_process, template, size, args.rounds))
    finally:
        template.close()
    measure_qwen3(args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
