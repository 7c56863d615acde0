"""ChatTemplate: good templates render as before; hostile ones (issue 10, items 6-9) cost a notice and ChatML,
never a hang, whether they fail a budget or only the sandbox process's limits."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop_llm.core.chat_template import ChatTemplate, locate_contents, render_chatml
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.template_process import TemplateLimits, sandbox_command
from tests.hostile.templates import HARD_LIMIT, HOSTILE, INJECTED_CONTENT, REFUSES_THEN_FAILS, REFUSES_THEN_HANGS

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

SMOL_TEMPLATE = (
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\nYou are a helpful AI assistant<|im_end|>\n' }}{% endif %}"
    "{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
GEMMA_LIKE = (
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}"
    "{% endif %}{% for message in messages %}{{ '<start_of_turn>' + message['role'] + '\n' }}"
    "{{ message['content'] | trim }}{{ '<end_of_turn>\n' }}{% endfor %}"
    "{% if add_generation_prompt %}{{'<start_of_turn>model\n'}}{% endif %}"
)
CHAT = [ChatMessage("system", "Be brief."), ChatMessage("user", "What is the capital of France?")]
# Wide enough that a loaded machine never makes a budget test fail on time instead.
PATIENT = TemplateLimits(seconds=20)


def test_good_template_renders_as_jinja_does_with_the_content_located() -> None:
    expected = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True).from_string(SMOL_TEMPLATE).render(
        messages=[m.to_dict() for m in CHAT], add_generation_prompt=True
    )
    with ChatTemplate(SMOL_TEMPLATE) as template:
        rendered = template.render(CHAT)
        assert not template.uses_fallback and template.load_warning == ""
    assert rendered.text == expected and rendered.warning == ""
    assert [rendered.text[a:b] for a, b in rendered.content_spans] == [m.content for m in CHAT]


def test_system_refusal_is_folded_into_the_first_user_turn() -> None:
    with ChatTemplate(GEMMA_LIKE, bos_token="<bos>") as template:
        rendered = template.render(CHAT)
    assert rendered.warning == ""
    assert rendered.text.startswith("<bos><start_of_turn>user\nBe brief.\n\nWhat is the capital of France?")
    assert [rendered.text[a:b] for a, b in rendered.content_spans] == ["Be brief.\n\nWhat is the capital of France?"]


def test_no_template_and_fallback_render_chatml_with_exact_spans() -> None:
    with ChatTemplate(None) as template:
        rendered = template.render(CHAT)
        assert template.uses_fallback and "no chat template" in template.load_warning
    assert rendered.text == (
        "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nWhat is the capital of France?<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    assert [rendered.text[a:b] for a, b in rendered.content_spans] == [m.content for m in CHAT]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_template_fails_fast_with_chatml_and_a_notice(name: str) -> None:
    source, phrase = HOSTILE[name]
    with ChatTemplate(source, limits=PATIENT) as template:  # item 7: the constructor returns
        rendered = template.render(CHAT)
        notice = rendered.warning or template.load_warning
    assert phrase in notice and "using ChatML" in notice, notice
    assert rendered.text == render_chatml([m.to_dict() for m in CHAT], True).text


@pytest.mark.timeout(60)
def test_template_over_the_time_limit_is_killed_and_not_run_again() -> None:
    source, phrase = HARD_LIMIT["slow body"]
    with ChatTemplate(source, limits=TemplateLimits(seconds=1)) as template:
        rendered = template.render(CHAT)
        assert phrase in rendered.warning and "ChatML" in rendered.warning
        # The model keeps ChatML, and says why, instead of paying the timeout on every message.
        assert template.uses_fallback and phrase in template.load_warning
        again = template.render([*CHAT, ChatMessage("assistant", "Paris."), ChatMessage("user", "And Spain?")])
        assert phrase in again.warning and again.text.endswith("And Spain?<|im_end|>\n<|im_start|>assistant\n")


def test_a_template_slower_than_the_slow_limit_renders_once_then_is_not_run_again() -> None:
    # A template tuned to stay just under the hard limit would still cost seconds per render, several renders
    # per message; here the slow limit is set to nothing so that the starter's own template counts as slow.
    with ChatTemplate(SMOL_TEMPLATE, limits=TemplateLimits(slow_seconds=0.0)) as template:
        first = template.render(CHAT)
        assert not first.warning  # that render was good: it is used
        assert template.uses_fallback and "took too long" in template.load_warning
        again = template.render([*CHAT, ChatMessage("assistant", "Paris.")])
        assert "took too long" in again.warning and "ChatML" in again.warning


@pytest.mark.skipif(resource is None, reason="no address-space limit without the resource module")
@pytest.mark.timeout(120)
def test_template_over_the_memory_limit_is_stopped() -> None:
    source, phrase = HARD_LIMIT["many strings"]
    with ChatTemplate(source, limits=TemplateLimits(seconds=60, memory_bytes=256 * 1024 * 1024)) as template:
        rendered = template.render(CHAT)
        assert phrase in rendered.warning and "ChatML" in rendered.warning
        assert template.uses_fallback


@pytest.mark.timeout(60)
def test_any_failure_on_the_system_prompt_retry_falls_back_to_chatml() -> None:
    """Item 9: the retry without a system prompt may fail in any way; the chat still gets ChatML."""
    with ChatTemplate(REFUSES_THEN_FAILS, limits=PATIENT) as template:
        rendered = template.render(CHAT)
    assert "System role not supported" in rendered.warning and "ChatML" in rendered.warning
    with ChatTemplate(REFUSES_THEN_HANGS, limits=TemplateLimits(seconds=1)) as template:
        rendered = template.render(CHAT)
        assert "ChatML" in rendered.warning and "<|im_start|>system\nBe brief." in rendered.text
        assert template.uses_fallback and "took too long" in template.load_warning


@pytest.mark.timeout(60)
def test_a_sandbox_that_died_between_renders_is_started_again() -> None:
    with ChatTemplate(SMOL_TEMPLATE) as template:
        first = template.render(CHAT).text
        child = template._sandbox._child  # type: ignore[union-attr]
        assert child is not None
        child.process.kill()
        child.process.wait()
        rendered = template.render([*CHAT, ChatMessage("assistant", "Paris.")], add_generation_prompt=False)
        assert rendered.warning == "" and rendered.text.startswith(first[: first.index("<|im_start|>assistant")])
        assert not template.uses_fallback


def test_renders_are_cached() -> None:
    with ChatTemplate(SMOL_TEMPLATE) as template:
        first = template.render(CHAT)
        assert template.render(list(CHAT)) is first
        assert template.render(CHAT, add_generation_prompt=False) is not first


THINKING_SWITCH = (
    "{% for m in messages %}<{{ m.role }}>{{ m.content }}{% if m.reasoning_content %}[{{ m.reasoning_content }}]"
    "{% endif %}{% if m.tool_calls %}{{ m.tool_calls|tojson }}{% endif %}{% endfor %}"
    "{% if tools %}{{ tools|length }} tools{% endif %}{% if enable_thinking is false %}/no_think{% endif %}"
)


def test_tools_kwargs_and_message_fields_reach_the_template_and_key_the_cache() -> None:
    chat = [ChatMessage("user", "Hi"), ChatMessage("assistant", "Hello", reasoning_content="greet back",
                                                   tool_calls=({"id": "1", "type": "function"},))]
    with ChatTemplate(THINKING_SWITCH) as template:
        plain = template.render(chat, add_generation_prompt=False)
        switched = template.render(chat, add_generation_prompt=False, tools=[{"type": "function"}],
                                   template_kwargs={"enable_thinking": False})
        no_tools = template.render(chat, add_generation_prompt=False, tools=[])
    assert plain.text == '<user>Hi<assistant>Hello[greet back][{"id": "1", "type": "function"}]'
    assert switched.text == plain.text + "1 tools/no_think"
    assert no_tools is plain  # no tools reach the template as None, as when none are given
    assert [plain.text[a:b] for a, b in plain.content_spans] == ["Hi", "Hello"]


def test_template_kwargs_cannot_replace_renders_own_arguments() -> None:
    with ChatTemplate(THINKING_SWITCH) as template, pytest.raises(ValueError, match="add_generation_prompt"):
        template.render(CHAT, template_kwargs={"add_generation_prompt": False})


def test_the_system_fold_keeps_the_other_messages_fields() -> None:
    source = GEMMA_LIKE.replace("{{ message['content'] | trim }}", "{{ message['content'] | trim }}{{ message.name }}")
    chat = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hi", name="ann")]
    with ChatTemplate(source) as template:
        rendered = template.render(chat)
    assert rendered.warning == "" and "<start_of_turn>user\nBe brief.\n\nHiann<end_of_turn>" in rendered.text


def test_message_dicts_carry_only_the_fields_set() -> None:
    assert ChatMessage("user", "Hi").to_dict() == {"role": "user", "content": "Hi"}
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": {}}}
    assert ChatMessage("assistant", "", reasoning_content="r", tool_calls=(call,)).to_dict() == {
        "role": "assistant", "content": "", "reasoning_content": "r", "tool_calls": [call]}
    assert ChatMessage("tool", "18", tool_call_id="c1", name="f").to_dict() == {
        "role": "tool", "content": "18", "tool_call_id": "c1", "name": "f"}


def test_a_template_transformers_renders_but_we_did_not_now_renders_without_a_notice() -> None:
    """Before issue 13, `{% break %}` did not compile here, and the model got ChatML with a notice."""
    source = "{% for m in messages %}{{ m.content }}{% if loop.index == 1 %}{% break %}{% endif %}{% endfor %}"
    with ChatTemplate(source) as template:
        assert template.render(CHAT).text == "Be brief." and template.load_warning == ""


def test_close_ends_the_sandbox_process_and_a_later_render_starts_it_again() -> None:
    template = ChatTemplate(SMOL_TEMPLATE)
    process = template._sandbox._child.process  # type: ignore[union-attr]
    template.close()
    assert process.poll() is not None
    assert template.render(CHAT).warning == ""
    template.close()


@pytest.mark.skipif(resource is None, reason="RLIMIT_CPU is POSIX")
@pytest.mark.timeout(60)
def test_an_orphaned_sandbox_cannot_spin_for_long() -> None:
    """The parent's timeout cannot stop a sandbox whose parent died; its own CPU limit does."""
    process = subprocess.Popen([*sandbox_command(TemplateLimits(seconds=0.5))], stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL)
    assert process.stdin is not None
    for request in ({"op": "compile", "source": HARD_LIMIT["slow body"][0]},
                    {"op": "render", "messages": [], "add_generation_prompt": True}):
        process.stdin.write(json.dumps(request).encode() + b"\n")
    process.stdin.close()  # the parent is gone: nobody will kill it
    assert process.wait(timeout=50) == -signal.SIGXCPU


def test_frozen_app_runs_the_sandbox_through_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert sandbox_command(TemplateLimits())[1:3] == ["--worker", "template"]


@pytest.mark.parametrize(
    ("text", "contents", "expected"),
    [
        ("<s>[INST]hi[/INST]", [" hi "], ["hi"]),  # trimmed by the template
        ("A: x\nB: x\n", ["x", "x"], ["x", "x"]),  # in order, not the first hit twice
        ("assistant\nkept line\n", ["<think>\ncut\n</think>\nkept line"], ["kept line"]),  # partly dropped
        ("user: " + INJECTED_CONTENT, [INJECTED_CONTENT], [INJECTED_CONTENT]),
    ],
)
def test_contents_are_located_in_order(text: str, contents: list[str], expected: list[str]) -> None:
    assert [text[a:b] for a, b in locate_contents(text, contents)] == expected
