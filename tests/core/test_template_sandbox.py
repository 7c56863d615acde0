"""The chat-template sandbox, piece by piece (issue 19, item 7): the budgeted environment in this process, the
sandbox process's request loop over in-memory pipes, and the parent's TemplateSandbox against a real child
(limits, timeouts, memory, typed errors with their line)."""

from __future__ import annotations

import io
import json
import signal
import time

import pytest
from jinja2.exceptions import SecurityError

from desktop_llm.core import template_worker
from desktop_llm.core.template_process import SandboxReply, TemplateLimits, TemplateSandbox, _describe_exit, sandbox_command
from desktop_llm.core.template_sandbox import MAX_RENDERED_CHARS, BudgetedEnvironment, TemplateBudgetError
from tests.hostile.templates import HARD_LIMIT, HOSTILE

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
QUICK = TemplateLimits(seconds=20)


def render(source: str, messages: list[dict[str, str]] = MESSAGES) -> str:
    env = BudgetedEnvironment()
    return env.render_untrusted(env.compile_untrusted(source), {"messages": messages, "add_generation_prompt": True})


# the environment (no process)

def test_the_environment_renders_an_ordinary_template() -> None:
    assert render(CHATML) == "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"


@pytest.mark.parametrize("name", [n for n, (_, phrase) in HOSTILE.items() if phrase not in ("invalid", "RecursionError")])
def test_each_hostile_template_fails_fast_in_the_environment(name: str) -> None:
    source, phrase = HOSTILE[name]
    started = time.perf_counter()
    with pytest.raises(SecurityError, match=phrase if phrase != "unsafe" else None) as caught:
        render(source)
    assert time.perf_counter() - started < 5
    if phrase != "unsafe":
        assert isinstance(caught.value, TemplateBudgetError)


def test_compiling_evaluates_nothing() -> None:
    env = BudgetedEnvironment()
    started = time.perf_counter()
    env.compile_untrusted("{{ 7 ** (7 ** 10) }}{{ 'a' * 400000000 }}")  # folded at compile time before item 7
    assert time.perf_counter() - started < 2


def test_the_loop_budget_is_per_render() -> None:
    env = BudgetedEnvironment()
    template = env.compile_untrusted("{% for i in range(150000) %}{% endfor %}ok")
    for _ in range(3):  # 450,000 range items over three renders, 150,000 each: within the budget every time
        assert env.render_untrusted(template, {"messages": []}) == "ok"


def test_the_output_size_is_bounded() -> None:
    per_item = MAX_RENDERED_CHARS // 1000 + 1
    with pytest.raises(TemplateBudgetError, match="oversized prompt"):
        render(f"{{% for i in range(1000) %}}{{{{ 'x' * {per_item} }}}}{{% endfor %}}")


def test_lipsum_is_gone_and_raise_exception_is_a_chat_template_error() -> None:
    assert render("{{ lipsum is defined }}") == "False"
    from desktop_llm.core.errors import ChatTemplateError

    with pytest.raises(ChatTemplateError, match="System role not supported"):
        render("{{ raise_exception('System role not supported') }}")


# the sandbox process's request loop, in this process

def answer(*requests: dict[str, object]) -> list[dict[str, object]]:
    server = template_worker.TemplateServer()
    return [template_worker.answer(server, request) for request in requests]


def test_each_failure_is_a_typed_answer_with_its_line() -> None:
    render_request = {"op": "render", "messages": MESSAGES, "add_generation_prompt": True}
    cases = {
        "{{ messages[0]['content'] }}\n{% if %}": ("syntax", 2),
        "{{ raise_exception('no system role') }}": ("refused", None),
        "{{ ''.__class__.__mro__[1].__subclasses__() }}": ("unsafe", None),
        "{{ 'a' * 400000000 }}": ("budget", None),
        "{{ 1 // 0 }}": ("error", None),
    }
    for source, (kind, line) in cases.items():
        replies = answer({"op": "compile", "source": source}, render_request)
        failed = replies[0] if not replies[0]["ok"] else replies[1]
        assert failed["ok"] is False and failed["kind"] == kind and failed["message"], (source, failed)
        assert failed["line"] == line, source
    assert "ZeroDivisionError" in str(answer({"op": "compile", "source": "{{ 1 // 0 }}"}, render_request)[1]["message"])


def test_requests_out_of_order_or_unknown_are_errors() -> None:
    render_first, unknown = answer({"op": "render", "messages": []}, {"op": "explode"})
    assert render_first == {"ok": False, "kind": "error", "message": "no template was compiled", "line": None}
    assert unknown["kind"] == "error" and "explode" in str(unknown["message"])


def test_the_tokens_given_at_compile_time_reach_the_template() -> None:
    compiled, rendered = answer({"op": "compile", "source": "{{ bos_token }}|{{ eos_token }}|{{ add_generation_prompt }}",
                                 "bos_token": "<s>", "eos_token": "</s>"},
                                {"op": "render", "messages": [], "add_generation_prompt": False})
    assert compiled == {"ok": True} and rendered == {"ok": True, "text": "<s>|</s>|False"}


def test_serve_answers_one_line_per_request_and_says_ready_first() -> None:
    lines = [json.dumps({"op": "compile", "source": CHATML}), "not json",
             json.dumps({"op": "render", "messages": MESSAGES[1:], "add_generation_prompt": False})]
    stdout = io.BytesIO()
    assert template_worker.serve(io.BytesIO("\n".join(lines).encode() + b"\n"), stdout, cpu_seconds=0) == 0
    replies = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert replies[0] == {"ready": True} and replies[1] == {"ok": True}
    assert replies[2]["kind"] == "error" and "not JSON" in replies[2]["message"]
    assert replies[3] == {"ok": True, "text": "<|im_start|>user\nHi<|im_end|>\n"}


def test_serve_ends_with_a_memory_answer_when_the_template_exhausts_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(server: object, request: object) -> dict[str, object]:
        raise MemoryError

    monkeypatch.setattr(template_worker, "answer", exhausted)  # what RLIMIT_AS makes of a greedy template
    stdout = io.BytesIO()
    requests = b'{"op": "compile", "source": "x"}\n{"op": "render", "messages": []}\n'
    assert template_worker.serve(io.BytesIO(requests), stdout, cpu_seconds=0) == template_worker.EXIT_OUT_OF_MEMORY
    replies = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert len(replies) == 2 and replies[1]["kind"] == "memory"  # nothing is answered after it


# the parent's side, against a real sandbox process

def test_a_sandbox_compiles_and_renders_in_its_own_process() -> None:
    sandbox = TemplateSandbox(CHATML, "<s>", "</s>", QUICK)
    try:
        assert sandbox.compile() == SandboxReply("ok")
        child = sandbox._child
        assert child is not None and child.alive()
        reply = sandbox.render(MESSAGES, add_generation_prompt=False)
        assert reply.ok and reply.text.endswith("<|im_start|>user\nHi<|im_end|>\n")
        assert sandbox._child is child  # one process for all requests
    finally:
        sandbox.close()
    assert child.process.poll() is not None


def test_a_syntax_error_comes_back_with_its_line_and_no_process_is_kept() -> None:
    sandbox = TemplateSandbox("line one\n\n{% if %}", "", "", QUICK)
    reply = sandbox.compile()
    assert reply.kind == "syntax" and reply.line == 3 and not reply.ok and not reply.fatal
    assert sandbox._child is None


@pytest.mark.timeout(60)
def test_a_render_over_the_time_limit_is_killed_and_the_next_one_starts_afresh() -> None:
    slow = "{% if messages %}" + HARD_LIMIT["slow body"][0] + "{% endif %}done"
    sandbox = TemplateSandbox(slow, "", "", TemplateLimits(seconds=1))
    try:
        assert sandbox.compile().ok
        process = sandbox._child.process  # type: ignore[union-attr]
        started = time.perf_counter()
        reply = sandbox.render(MESSAGES, add_generation_prompt=True)
        assert reply.kind == "timeout" and reply.fatal and "more than 1 s" in reply.message
        assert time.perf_counter() - started < 10 and process.poll() is not None
        assert sandbox.render([], add_generation_prompt=True) == SandboxReply("ok", text="done")
    finally:
        sandbox.close()


@pytest.mark.skipif(resource is None, reason="no address-space limit without the resource module")
@pytest.mark.timeout(120)
def test_a_render_over_the_memory_limit_ends_the_process() -> None:
    source = "{% if messages %}" + HARD_LIMIT["many strings"][0] + "{% endif %}"
    sandbox = TemplateSandbox(source, "", "", TemplateLimits(seconds=60, memory_bytes=256 * 1024 * 1024))
    try:
        reply = sandbox.render(MESSAGES, add_generation_prompt=True)
        assert reply.kind in ("memory", "crashed") and reply.fatal, reply
        assert sandbox._child is None
    finally:
        sandbox.close()


def test_a_sandbox_that_cannot_start_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_llm.core.template_process as template_process

    monkeypatch.setattr(template_process, "sandbox_command", lambda limits: ["/nonexistent/python"])
    reply = TemplateSandbox(CHATML, "", "", QUICK).render(MESSAGES, add_generation_prompt=True)
    assert reply.kind == "unavailable" and "could not start" in reply.message


def test_the_command_carries_the_limits() -> None:
    command = sandbox_command(TemplateLimits(seconds=3, memory_bytes=1234))
    assert command[1:3] == ["-m", "desktop_llm.core.template_worker"]
    assert command[command.index("--memory-bytes") + 1] == "1234" and command[command.index("--cpu-seconds") + 1] == "6"


def test_exits_are_described_for_the_user() -> None:
    assert "CPU-time limit" in _describe_exit(-signal.SIGXCPU)
    assert "SIGKILL" in _describe_exit(-signal.SIGKILL)
    assert "exited with code 3" in _describe_exit(3) and "memory" in _describe_exit(3)
    assert {kind for kind in ("memory", "timeout", "crashed", "budget", "syntax") if SandboxReply(kind).fatal} == {
        "memory", "timeout", "crashed"}
