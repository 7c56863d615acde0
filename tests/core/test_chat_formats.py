"""The family chat formats (core/chat_formats.py) write what their families' own templates write, and the closest
one is chosen from a model's architecture and vocabulary (issue 13, part 3). No model is loaded here: each real
template is rendered with jinja2 in this process (these templates are ours to trust) next to our own code."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop_llm.core.chat_formats import ALL_MARKERS, BY_NAME, CHATML, FORMATS, closest_format
from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.events import ChatMessage

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "chat_templates"

USER = [{"role": "user", "content": "What is the capital of France?"}]
SYSTEM_USER = [{"role": "system", "content": "Be brief."}, *USER]
MULTI = [*USER, {"role": "assistant", "content": "Paris."}, {"role": "user", "content": " And of Spain? "}]
MULTI_SYSTEM = [SYSTEM_USER[0], *MULTI]
CONVERSATIONS = {"user": USER, "system+user": SYSTEM_USER, "multi-turn": MULTI, "multi-turn+system": MULTI_SYSTEM}
WITH_SYSTEM = ("system+user", "multi-turn+system")
WITHOUT_SYSTEM = ("user", "multi-turn")

# Templates not in tests/fixtures/chat_templates, copied from the models' tokenizer_config.json / chat_template.jinja.
GENERIC_CHATML = (  # transformers' documented ChatML template
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
# google/gemma-3-270m-it (the instruction-tuned sibling of the test model; Gemma 3 folds the system prompt itself)
GEMMA_3 = """{{ bos_token }}
{%- if messages[0]['role'] == 'system' -%}
    {%- if messages[0]['content'] is string -%}
        {%- set first_user_prefix = messages[0]['content'] + '\n\n' -%}
    {%- else -%}
        {%- set first_user_prefix = messages[0]['content'][0]['text'] + '\n\n' -%}
    {%- endif -%}
    {%- set loop_messages = messages[1:] -%}
{%- else -%}
    {%- set first_user_prefix = "" -%}
    {%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}
        {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}
    {%- endif -%}
    {%- if (message['role'] == 'assistant') -%}
        {%- set role = "model" -%}
    {%- else -%}
        {%- set role = message['role'] -%}
    {%- endif -%}
    {{ '<start_of_turn>' + role + '\n' + (first_user_prefix if loop.first else "") }}
    {%- if message['content'] is string -%}
        {{ message['content'] | trim }}
    {%- elif message['content'] is iterable -%}
        {%- for item in message['content'] -%}
            {%- if item['type'] == 'image' -%}
                {{ '<start_of_image>' }}
            {%- elif item['type'] == 'text' -%}
                {{ item['text'] | trim }}
            {%- endif -%}
        {%- endfor -%}
    {%- else -%}
        {{ raise_exception("Invalid content type") }}
    {%- endif -%}
    {{ '<end_of_turn>\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
    {{'<start_of_turn>model\n'}}
{%- endif -%}
"""
LLAMA_2 = (  # meta-llama/Llama-2-7b-chat-hf
    "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
    "{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}"
    "{% set system_message = false %}{% endif %}{% for message in loop_messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "{% if loop.index0 == 0 and system_message != false %}"
    "{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}"
    "{% else %}{% set content = message['content'] %}{% endif %}{% if message['role'] == 'user' %}"
    "{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}"
    "{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}"
)
PHI_4 = (  # microsoft/phi-4
    "{% for message in messages %}{% if (message['role'] == 'system') %}"
    "{{'<|im_start|>system<|im_sep|>' + message['content'] + '<|im_end|>'}}{% elif (message['role'] == 'user') %}"
    "{{'<|im_start|>user<|im_sep|>' + message['content'] + '<|im_end|>'}}{% elif (message['role'] == 'assistant') %}"
    "{{'<|im_start|>assistant<|im_sep|>' + message['content'] + '<|im_end|>'}}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant<|im_sep|>' }}{% endif %}"
)
COMMAND_R = (  # CohereForAI/c4ai-command-r-v01, its "default" template
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
    "{% set system_message = messages[0]['content'] %}{% elif false == true %}{% set loop_messages = messages %}"
    "{% set system_message = 'You are Command-R, a brilliant, sophisticated, AI-assistant trained to assist human users"
    " by providing thorough responses. You are trained by Cohere.' %}{% else %}{% set loop_messages = messages %}"
    "{% set system_message = false %}{% endif %}{% if system_message != false %}"
    "{{ '<|START_OF_TURN_TOKEN|><|SYSTEM_TOKEN|>' + system_message + '<|END_OF_TURN_TOKEN|>' }}{% endif %}"
    "{% for message in loop_messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "{% set content = message['content'] %}{% if message['role'] == 'user' %}"
    "{{ '<|START_OF_TURN_TOKEN|><|USER_TOKEN|>' + content.strip() + '<|END_OF_TURN_TOKEN|>' }}"
    "{% elif message['role'] == 'assistant' %}"
    "{{ '<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>'  + content.strip() + '<|END_OF_TURN_TOKEN|>' }}{% endif %}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>' }}{% endif %}"
)

BOS = {
    "ChatML": ("", ""), "Gemma": ("<bos>", "<eos>"), "Llama 3": ("<|begin_of_text|>", "<|eot_id|>"),
    "Llama 2": ("<s>", "</s>"), "Mistral": ("<s>", "</s>"), "Mistral v7": ("<s>", "</s>"), "Phi-3": ("<s>", "<|endoftext|>"),
    "Phi-4": ("<|endoftext|>", "<|im_end|>"), "Granite": ("<|end_of_text|>", "<|end_of_text|>"),
    "Command R": ("<BOS_TOKEN>", "<|END_OF_TURN_TOKEN|>"), "DeepSeek": ("<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"),
}
# format -> [(the family's real template, the conversations it is compared on)]
REFERENCES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "ChatML": [(GENERIC_CHATML, tuple(CONVERSATIONS)), ("Qwen-Qwen2.5-7B-Instruct.jinja", WITH_SYSTEM)],
    "Gemma": [(GEMMA_3, tuple(CONVERSATIONS)), ("google-gemma-2-2b-it.jinja", WITHOUT_SYSTEM)],
    "Llama 3": [("meta-llama-Llama-3.1-8B-Instruct.jinja", tuple(CONVERSATIONS)),
                ("meta-llama-Llama-3.3-70B-Instruct.jinja", tuple(CONVERSATIONS))],
    "Llama 2": [(LLAMA_2, tuple(CONVERSATIONS))],
    "Mistral": [("mistralai-Mistral-Nemo-Instruct-2407.jinja", tuple(CONVERSATIONS))],
    "Mistral v7": [("Mistral-Small-3.2-24B-Instruct-2506.jinja", WITH_SYSTEM),
                   ("unsloth-mistral-Devstral-Small-2507.jinja", WITH_SYSTEM)],
    "Phi-3": [("microsoft-Phi-3.5-mini-instruct.jinja", tuple(CONVERSATIONS))],
    "Phi-4": [(PHI_4, tuple(CONVERSATIONS))],
    "Granite": [("ibm-granite-granite-3.3-2B-Instruct.jinja", WITH_SYSTEM)],
    "Command R": [(COMMAND_R, tuple(CONVERSATIONS))],
    "DeepSeek": [("deepseek-ai-DeepSeek-R1-Distill-Llama-8B.jinja", tuple(CONVERSATIONS))],
}
CASES = [(name, source, conversation) for name, refs in REFERENCES.items() for source, convs in refs for conversation in convs]


def reference_render(source: str, messages: list[dict[str, Any]], bos: str, eos: str) -> str:
    """The template rendered the way transformers renders it (trim_blocks, lstrip_blocks, loop controls)."""
    if source.endswith(".jinja"):
        source = (CORPUS / source).read_text(encoding="utf-8")

    def raise_exception(message: str) -> None:
        raise ValueError(message)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(source).render(messages=messages, add_generation_prompt=True, bos_token=bos, eos_token=eos)


def test_every_format_is_checked_against_a_real_template() -> None:
    assert set(REFERENCES) == {f.name for f in FORMATS}


@pytest.mark.parametrize(("name", "source", "conversation"), CASES,
                         ids=[f"{n}-{s if s.endswith('.jinja') else 'inline'}-{c}" for n, s, c in CASES])
def test_format_renders_what_the_family_template_renders(name: str, source: str, conversation: str) -> None:
    messages = CONVERSATIONS[conversation]
    bos, eos = BOS[name]
    expected = reference_render(source, messages, bos, eos)
    assert BY_NAME[name].render(messages, True, bos).text == expected


@pytest.mark.parametrize("chat_format", FORMATS, ids=[f.name for f in FORMATS])
@pytest.mark.parametrize("conversation", sorted(CONVERSATIONS))
def test_content_spans_hold_the_messages_text(chat_format: Any, conversation: str) -> None:
    messages = CONVERSATIONS[conversation]
    rendered = chat_format.render(messages, True, BOS[chat_format.name][0])
    shown = [rendered.text[a:b] for a, b in rendered.content_spans]
    assert len(shown) == len(messages) or (len(shown) == len(messages) - 1 and messages[0]["role"] == "system")
    for text in shown:  # each span is one message's text, trimmed, or the system prompt folded into a user turn
        assert any(m["content"].strip() in text for m in messages)
    starts = [a for a, _ in rendered.content_spans]
    assert starts == sorted(starts)
    assert "And of Spain?" in shown[-1] or conversation in ("user", "system+user")


def test_without_a_generation_prompt_the_chat_ends_after_the_last_turn() -> None:
    gemma = BY_NAME["Gemma"].render(MULTI, False, "<bos>").text
    assert gemma.endswith("And of Spain?<end_of_turn>\n")
    assert CHATML.render(MULTI, False).text.endswith("<|im_end|>\n")


def test_stop_strings_end_a_turn_of_their_format() -> None:
    for chat_format in FORMATS:
        turn = chat_format.render(MULTI, False, "").text
        assert chat_format.stop and any(stop in turn for stop in chat_format.stop), chat_format.name
    assert BY_NAME["Gemma"].stop[0] == "<end_of_turn>"


@pytest.mark.parametrize(("architecture", "tokens", "expected", "why"), [
    ("gemma3", {"<bos>", "<start_of_turn>", "<end_of_turn>"}, "Gemma", "vocabulary"),
    ("gemma3", set(), "Gemma", "gemma3 models"),  # a vocabulary read without its specials: the architecture
    ("llama", {"<|im_start|>", "<|im_end|>"}, "ChatML", "vocabulary"),  # SmolLM2
    ("llama", {"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"}, "Llama 3", "vocabulary"),
    ("llama", {"<s>", "</s>"}, "Llama 2", "llama models"),
    ("llama", {"[INST]", "[/INST]"}, "Mistral", "vocabulary"),
    ("llama", {"[INST]", "[/INST]", "[SYSTEM_PROMPT]", "[/SYSTEM_PROMPT]"}, "Mistral v7", "vocabulary"),
    ("qwen2", {"<|im_start|>", "<|im_end|>", "<｜User｜>", "<｜Assistant｜>"}, "DeepSeek", "vocabulary"),  # R1 distill
    ("qwen3", set(), "ChatML", "qwen3 models"),
    ("phi3", {"<|user|>", "<|assistant|>", "<|end|>", "<|system|>"}, "Phi-3", "vocabulary"),
    ("phi3", {"<|im_start|>", "<|im_end|>", "<|im_sep|>"}, "Phi-4", "vocabulary"),
    ("granite", {"<|start_of_role|>", "<|end_of_role|>", "<|end_of_text|>"}, "Granite", "vocabulary"),
    ("command-r", {"<|START_OF_TURN_TOKEN|>", "<|END_OF_TURN_TOKEN|>"}, "Command R", "vocabulary"),
    ("deepseek2", set(), "DeepSeek", "deepseek2 models"),
])
def test_closest_format_reads_the_vocabulary_first_then_the_architecture(
    architecture: str, tokens: set[str], expected: str, why: str
) -> None:
    choice = closest_format(architecture, tokens)
    assert choice.format.name == expected and why in choice.reason


def test_nothing_known_means_chatml_said_plainly() -> None:
    choice = closest_format("rwkv7", {"<s>"})
    assert choice.format is CHATML and choice.using == "using ChatML"
    assert set(ALL_MARKERS) >= {"<start_of_turn>", "<|im_start|>", "<|start_header_id|>", "[INST]"}


def test_a_file_without_a_template_uses_the_closest_format_and_says_why() -> None:
    gemma = closest_format("gemma3", {"<start_of_turn>", "<end_of_turn>"})
    with ChatTemplate(None, "<bos>", "<eos>", fallback=gemma) as template:
        assert template.load_warning == (
            "This model's file has no chat template; using the Gemma format, which its vocabulary uses."
        )
        rendered = template.render([ChatMessage("system", "Be brief."), ChatMessage("user", "Hi there")])
    assert rendered.text == "<bos><start_of_turn>user\nBe brief.\n\nHi there<end_of_turn>\n<start_of_turn>model\n"
    assert rendered.warning == template.load_warning
    assert [rendered.text[a:b] for a, b in rendered.content_spans] == ["Be brief.\n\nHi there"]


@pytest.mark.timeout(60)
def test_an_unusable_template_falls_back_to_the_closest_format_with_its_reason() -> None:
    gemma = closest_format("gemma3", {"<start_of_turn>", "<end_of_turn>"})
    with ChatTemplate("{% for m in messages %}{{ m.content }", "<bos>", fallback=gemma) as template:
        assert template.uses_fallback
        assert template.load_warning.startswith("The model's chat template is invalid (line 1")
        assert template.load_warning.endswith("; using the Gemma format, which its vocabulary uses.")
        rendered = template.render([ChatMessage("user", "Hi")])
    assert rendered.text == "<bos><start_of_turn>user\nHi<end_of_turn>\n<start_of_turn>model\n"
