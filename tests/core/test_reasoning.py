"""The reasoning splitter and the per-model reasoning format (core/reasoning.py), on real templates' markers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from desktop_llm.core.reasoning import (
    FAMILIES,
    THINK_TAGS,
    ReasoningFormat,
    ReasoningMarkers,
    ReasoningPart,
    ReasoningSplitter,
    probe_format,
    reasoning_format,
    split_reasoning,
    strip_reasoning,
    with_thinking_off,
)

TEMPLATES = Path("/tmp/templates")
FAMILY = {f.name: f for f in FAMILIES}


def stream(text: str, fmt: ReasoningFormat, sizes: Sequence[int] = (1,)) -> tuple[str, str, list[ReasoningPart]]:
    """Feed `text` in pieces of the given sizes (cycled); returns (reasoning, answer, parts) as the splitter saw it."""
    splitter = ReasoningSplitter(fmt)
    parts: list[ReasoningPart] = []
    at, index = 0, 0
    while at < len(text):
        size = sizes[index % len(sizes)]
        parts += splitter.feed(text[at:at + size])
        at += size
        index += 1
    parts += splitter.finish()
    reasoning = "".join(p.text for p in parts if p.kind == "reasoning")
    answer = "".join(p.text for p in parts if p.kind == "answer")
    assert reasoning.strip() == splitter.reasoning  # what was streamed is what is saved
    assert answer == splitter.answer
    return splitter.reasoning, answer, parts


@pytest.mark.parametrize("sizes", [(1,), (2,), (3, 1), (7,), (1000,)])
def test_think_tags_split_across_any_pieces(sizes: Sequence[int]) -> None:
    text = "<think>\nThe user greets me. I should greet back.\n</think>\n\nHello! How can I help?"
    reasoning, answer, parts = stream(text, ReasoningFormat(), sizes)
    assert reasoning == "The user greets me. I should greet back."
    assert answer == "Hello! How can I help?"
    assert parts[0].kind == "reasoning" and parts[-1].kind == "answer"
    assert all("<" not in p.text or p.kind == "answer" for p in parts)


def test_every_split_point_of_the_markers_gives_the_same_split() -> None:
    text = "<think>a < b and </thin is not a close</think>x </think> stays in the answer"
    for cut in range(1, len(text)):
        splitter = ReasoningSplitter()
        parts = splitter.feed(text[:cut]) + splitter.feed(text[cut:]) + splitter.finish()
        assert splitter.reasoning == "a < b and </thin is not a close", cut
        assert splitter.answer == "x </think> stays in the answer", cut
        assert "".join(p.text for p in parts if p.kind == "answer") == splitter.answer


def test_prompt_opened_block_holds_only_the_closing_marker() -> None:
    """DeepSeek-R1's template ends the prompt with `<｜Assistant｜><think>\\n`: the reply starts inside the block."""
    fmt = ReasoningFormat(THINK_TAGS, named_by_template=True, opened_by_prompt=True)
    reasoning, answer, _ = stream("Okay, 2 + 2 is 4.\n</think>\n\nThe answer is 4.", fmt, (3,))
    assert (reasoning, answer) == ("Okay, 2 + 2 is 4.", "The answer is 4.")
    # Some quantizations write the opening marker again: it is not reasoning text.
    assert split_reasoning("<think>\nSure.</think>Yes.", fmt) == ("Sure.", "Yes.")


def test_no_closing_marker_is_all_reasoning_so_far() -> None:
    splitter = ReasoningSplitter()
    parts = splitter.feed("<think>Still weighing the options, the cut-off reply ends </th")
    assert [p.kind for p in parts] == ["reasoning"] and splitter.in_reasoning and not splitter.answer_started
    assert parts[0].text.endswith("reply ends ")  # "</th" may be a marker's start: held back
    splitter.finish()
    assert splitter.reasoning == "Still weighing the options, the cut-off reply ends </th" and splitter.answer == ""
    opened = ReasoningFormat(opened_by_prompt=True)
    assert split_reasoning("Thinking with no end", opened) == ("Thinking with no end", "")


def test_a_reply_without_reasoning_is_all_answer_and_code_markers_stay() -> None:
    code = "Use this:\n```html\n<think>not reasoning</think>\n```"
    assert split_reasoning(code, ReasoningFormat(THINK_TAGS, named_by_template=True)) == ("", code)
    # A reply that merely starts like a marker is answer once it cannot be one.
    assert split_reasoning("<thinking about it> no", ReasoningFormat()) == ("", "<thinking about it> no")
    assert split_reasoning("<thi", ReasoningFormat()) == ("", "<thi")
    # Once the answer started, a later reasoning block is answer text (a model quoting its own format).
    text = "<think>r</think>Here is how R1 writes: <think>x</think>"
    assert split_reasoning(text) == ("r", "Here is how R1 writes: <think>x</think>")


def test_harmony_analysis_then_final_channel() -> None:
    fmt = ReasoningFormat(FAMILY["GPT-OSS harmony"], named_by_template=True)
    text = ("<|channel|>analysis<|message|>User asks for 2+2. Simple.<|end|>"
            "<|start|>assistant<|channel|>final<|message|>2 + 2 = 4.<|return|>")
    assert stream(text, fmt, (4,))[:2] == ("User asks for 2+2. Simple.", "2 + 2 = 4.")
    # The final channel alone (reasoning effort low, or a template that skips analysis).
    assert split_reasoning("<|channel|>final<|message|>Hi.", fmt) == ("", "Hi.")


@pytest.mark.parametrize(("family", "text"), [
    ("Command", "<|START_THINKING|>Plan: answer briefly.<|END_THINKING|><|START_RESPONSE|>Paris.<|END_RESPONSE|>"),
    ("Seed", "<seed:think>Plan: answer briefly.</seed:think>Paris."),
    ("Kimi", "◁think▷Plan: answer briefly.◁/think▷Paris."),
    ("Magistral", "[THINK]Plan: answer briefly.[/THINK]Paris."),
    ("Granite", "<think>Plan: answer briefly.</think><response>Paris.</response>"),
    ("think tags", "<think>\nPlan: answer briefly.\n</think>\n\nParis."),
])
def test_each_family(family: str, text: str) -> None:
    fmt = ReasoningFormat(FAMILY[family], named_by_template=True)
    for sizes in ((1,), (5, 2), (len(text),)):
        assert stream(text, fmt, sizes)[:2] == ("Plan: answer briefly.", "Paris."), (family, sizes)


def test_families_are_read_from_real_templates() -> None:
    if not TEMPLATES.is_dir():
        pytest.skip("the template corpus is not on this machine")
    expected = {
        "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja": "think tags", "Qwen-Qwen3-0.6B.jinja": "think tags",
        "openai-gpt-oss-120b.jinja": "GPT-OSS harmony", "Cohere2MoE.jinja": "Command",
        "ByteDance-Seed-OSS.jinja": "Seed", "mistralai-Ministral-3-14B-Reasoning-2512.jinja": "Magistral",
        "ibm-granite-granite-3.3-2B-Instruct.jinja": "Granite",
    }
    for name, family in expected.items():
        fmt = reasoning_format((TEMPLATES / name).read_text())
        assert fmt.named_by_template and fmt.markers.name == family, name
    plain = reasoning_format((TEMPLATES / "meta-llama-Llama-3.1-8B-Instruct.jinja").read_text())
    assert not plain.is_reasoning_model and plain.markers == THINK_TAGS
    assert reasoning_format(None) == ReasoningFormat()


def fake_render(opening: str, switch_closes: bool, keeps: bool) -> object:
    """A template as the probe sees it: its generation prompt, what enable_thinking=false does, past reasoning."""
    def render(messages: Sequence[Mapping[str, str]], generation: bool, kwargs: Mapping[str, object]) -> str:
        text = "".join(f"<{m['role']}>{m.get('reasoning_content', '') if keeps else ''}{m['content']}"
                       for m in messages)
        if generation:
            text += "<assistant>" + opening
            if switch_closes and kwargs.get("enable_thinking") is False:
                text += "\n\n</think>\n\n" if opening else "<think>\n\n</think>\n\n"
        return text
    return render


def test_probe_learns_what_the_template_writes() -> None:
    named = ReasoningFormat(THINK_TAGS, named_by_template=True)
    r1 = probe_format(named, fake_render("<think>\n", switch_closes=False, keeps=False))  # type: ignore[arg-type]
    assert r1.opened_by_prompt and not r1.reads_enable_thinking and not r1.keeps_reasoning
    qwen3 = probe_format(named, fake_render("", switch_closes=True, keeps=False))  # type: ignore[arg-type]
    assert not qwen3.opened_by_prompt and qwen3.reads_enable_thinking
    off = with_thinking_off(qwen3, fake_render("", switch_closes=True, keeps=False))  # type: ignore[arg-type]
    assert not off.opened_by_prompt and split_reasoning("<think>\n\n</think>\n\nHi", off) == ("", "Hi")
    kimi = probe_format(named, fake_render("", switch_closes=False, keeps=True))  # type: ignore[arg-type]
    assert kimi.keeps_reasoning
    assert probe_format(named, lambda *_: None) == named  # a template that cannot render: nothing learned


def test_strip_reasoning_for_summaries_and_translations() -> None:
    assert strip_reasoning("<think>\nplan\n</think>\n\nThe summary.") == "The summary."
    assert strip_reasoning("plan, then\n</think>\n\nThe summary.") == "The summary."  # prompt opened it
    assert strip_reasoning("<|channel|>analysis<|message|>x<|end|><|start|>assistant<|channel|>final<|message|>"
                           "Résumé.") == "Résumé."
    assert strip_reasoning("<think>never finished") == ""
    assert strip_reasoning("A plain summary with <think> in the middle.") == (
        "A plain summary with <think> in the middle.")
    assert strip_reasoning("") == ""


def test_custom_markers() -> None:
    fmt = ReasoningFormat(ReasoningMarkers("custom", "<<", ">>"), named_by_template=True)
    assert split_reasoning("<<why>>what", fmt) == ("why", "what")
