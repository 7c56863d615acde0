"""The chat-template sandbox, piece by piece (issue 19, item 7): the budgeted environment in this process, the
sandbox process's request loop over in-memory pipes, and the parent's TemplateSandbox against a real child
(limits, timeouts, memory, typed errors with their line)."""

from __future__ import annotations

import io
import json
import signal
import time

import pytest
from jinja2.exceptions import SecurityError, TemplateSyntaxError

from desktop_llm.core import template_worker
from desktop_llm.core.template_context import template_context, template_messages
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


def render(source: str, messages: list[dict[str, str]] = MESSAGES, **variables: object) -> str:
    env = BudgetedEnvironment()
    context = {"messages": messages, "add_generation_prompt": True, **variables}
    return env.render_untrusted(env.compile_untrusted(source), context)


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


# transformers' environment inside the budgets (issue 13, part 1)

def test_loop_controls_work_and_stay_inside_the_loop_budget() -> None:
    assert render("{% for i in range(10) %}{% if i == 3 %}{% break %}{% endif %}"
                  "{% if i == 1 %}{% continue %}{% endif %}{{ i }}{% endfor %}") == "02"
    with pytest.raises(TemplateBudgetError, match="loops too much"):
        render("{% set s = 'x' * 3000 %}{% for a in s %}{% for b in s %}{% for c in s %}{% continue %}"
               "{% endfor %}{% endfor %}{% endfor %}")


def test_the_generation_tag_renders_its_body_and_must_be_closed() -> None:
    assert render("{% for m in messages %}{% generation %}[{{ m.content }}]{% endgeneration %}{% endfor %}") == "[Be brief.][Hi]"
    with pytest.raises(TemplateSyntaxError):
        render("{% generation %}unclosed")


def test_tojson_is_transformers_own_without_html_escaping() -> None:
    value = {"b": "<tag> & 'é'", "a": [1, 2]}
    assert render("{{ v|tojson }}", v=value) == json.dumps(value, ensure_ascii=False)
    assert render("{{ v|tojson(ensure_ascii=True, sort_keys=True) }}", v=value) == json.dumps(
        value, ensure_ascii=True, sort_keys=True)
    assert render("{{ v|tojson(indent=2, separators=(',', ': ')) }}", v=value) == json.dumps(
        value, ensure_ascii=False, indent=2, separators=(",", ": "))


@pytest.mark.parametrize("source", [
    "{{ [1]|tojson(indent=1000000000) }}",  # json would build ' ' * indent first
    "{% set s = 'x' * 1000000 %}{{ [s, s, s, s, s, s, s, s, s]|tojson }}",  # 9 MB from one 1 MB string
    "{% set s = 'é' * 2000000 %}{{ s|tojson(ensure_ascii=True) }}",  # six characters each when escaped
])
def test_tojson_stops_at_the_size_budget(source: str) -> None:
    started = time.perf_counter()
    with pytest.raises(TemplateBudgetError, match="too large"):
        render(source)
    assert time.perf_counter() - started < 5


def test_namespace_refuses_underscore_names_and_dict_only_builds_dicts() -> None:
    assert render("{% set ns = namespace(found=false) %}{% set ns.found = true %}{{ ns.found }}") == "True"
    for source in ("{% set ns = namespace(_x=1) %}", "{% set ns = namespace() %}{% set ns._x = 1 %}",
                   "{{ dict.__class__.__name__ }}", "{{ dict.__call__.__globals__ }}"):
        with pytest.raises(SecurityError):
            render(source)
    assert render("{{ dict(a=1, b=2)|tojson }}|{{ dict.fromkeys(['x'], 0) }}") == '{"a": 1, "b": 2}|{\'x\': 0}'


def test_template_messages_are_prepared_as_transformers_prepares_them() -> None:
    from transformers.utils.chat_template_utils import _alias_reasoning_fields

    for name in ("reasoning_content", "thinking", "reasoning"):
        message = {"role": "assistant", "content": "Paris.", name: "France's capital.", "tool_calls": None}
        assert template_messages([message]) == _alias_reasoning_fields([{"role": "assistant", "content": "Paris.",
                                                                          name: "France's capital."}])
    assert template_messages([{"role": "user", "content": "Hi", "name": None}]) == [{"role": "user", "content": "Hi"}]


def test_extra_template_variables_cannot_replace_the_renderers_own() -> None:
    context = template_context([], True, {"bos_token": "<s>"}, extra={"enable_thinking": False, "bos_token": "<b>"})
    assert context == {"bos_token": "<b>", "enable_thinking": False, "messages": [], "tools": None, "documents": None,
                       "add_generation_prompt": True}
    with pytest.raises(ValueError, match="messages"):
        template_context([], True, {}, extra={"messages": []})


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


def test_a_render_request_carries_tools_documents_and_template_kwargs() -> None:
    source = "{{ tools|tojson }}|{{ documents }}|{{ enable_thinking }}|{{ messages[0].thinking }}"
    render_request: dict[str, object] = {
        "op": "render", "messages": [{"role": "assistant", "content": "", "reasoning_content": "hm"}],
        "tools": [{"type": "function"}], "kwargs": {"enable_thinking": False},
    }
    _, rendered = answer({"op": "compile", "source": source}, render_request)
    assert rendered == {"ok": True, "text": '[{"type": "function"}]|None|False|hm'}
    _, clashing = answer({"op": "compile", "source": source}, {**render_request, "kwargs": {"tools": []}})
    assert clashing["kind"] == "error" and "tools" in str(clashing["message"])


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
