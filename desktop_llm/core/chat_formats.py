"""The chat formats of the big model families, rendered by our own code, and the choice of the closest one.

A GGUF without a chat template (many conversions, every base model) or with one we cannot use still needs its
chats written in markers the model knows: ChatML's `<|im_start|>` means nothing to Gemma, whose turns are
`<start_of_turn>user ... <end_of_turn>` (issue 13, part 3). Each format here writes exactly what its family's
own template writes for an ordinary chat (system, user and assistant turns: tests/core/test_chat_formats.py
renders the real templates next to ours), with no Jinja, so nothing untrusted runs. `closest_format` picks one
from what the file itself says: the special tokens its vocabulary has first (the surest clue: a fine-tune keeps
its family's tokens whatever it is called), its `general.architecture` next, ChatML last.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Message dicts as chat templates read them (ChatMessage.to_dict): only role and content are written here.
Messages = Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class FormattedChat:
    text: str
    content_spans: tuple[tuple[int, int], ...]  # (start, end) of each message's content in `text`, in order


class _Writer:
    """Appends literal markers and message contents, remembering where each content landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int]] = []

    def mark(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def content(self, text: str) -> None:
        self.spans.append((self.size, self.size + len(text)))
        self.mark(text)

    def done(self) -> FormattedChat:
        return FormattedChat("".join(self.parts), tuple(self.spans))


def _split_system(messages: Messages) -> tuple[str | None, list[Mapping[str, Any]]]:
    """The leading system message's content (None without one) and the rest, as most family templates do."""
    if messages and messages[0]["role"] == "system":
        return messages[0]["content"], list(messages[1:])
    return None, list(messages)


def _chatml(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    out = _Writer()
    for message in messages:
        out.mark(f"<|im_start|>{message['role']}\n")
        out.content(message["content"])
        out.mark("<|im_end|>\n")
    if generation:
        out.mark("<|im_start|>assistant\n")
    return out.done()


def _gemma(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # Gemma 3's template: no system role; the system prompt opens the first user turn, then a blank line.
    # https://huggingface.co/google/gemma-3-270m-it/blob/main/chat_template.jinja
    system, rest = _split_system(messages)
    out = _Writer()
    out.mark(bos)
    for index, message in enumerate(rest):
        role = "model" if message["role"] == "assistant" else message["role"]
        out.mark(f"<start_of_turn>{role}\n")
        if index == 0 and system is not None:
            out.content(f"{system}\n\n{message['content'].strip()}")
        else:
            out.content(message["content"].strip())
        out.mark("<end_of_turn>\n")
    if generation:
        out.mark("<start_of_turn>model\n")
    return out.done()


def _llama3(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # Llama 3.1/3.2/3.3's template for a chat without tools: a system turn always, opened by the knowledge
    # cut-off and the template's default date (tests/fixtures/chat_templates/meta-llama-Llama-3.1-8B-Instruct.jinja).
    system, rest = _split_system(messages)
    out = _Writer()
    out.mark(f"{bos}<|start_header_id|>system<|end_header_id|>\n\n")
    out.mark("Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n")
    if system is not None:
        out.content(system.strip())
    out.mark("<|eot_id|>")
    for message in rest:
        out.mark(f"<|start_header_id|>{message['role']}<|end_header_id|>\n\n")
        out.content(message["content"].strip())
        out.mark("<|eot_id|>")
    if generation:
        out.mark("<|start_header_id|>assistant<|end_header_id|>\n\n")
    return out.done()


def _llama2(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # Llama 2 chat: [INST] turns, the system prompt in <<SYS>> inside the first one; the prompt ends with
    # [/INST], so there is no separate generation prompt (meta-llama/Llama-2-7b-chat-hf's template).
    system, rest = _split_system(messages)
    out = _Writer()
    for index, message in enumerate(rest):
        content = message["content"].strip()
        if message["role"] == "user":
            out.mark(f"{bos}[INST] ")
            if index == 0 and system is not None:
                out.content(f"<<SYS>>\n{system}\n<</SYS>>\n\n{content}")
            else:
                out.content(content)
            out.mark(" [/INST]")
        else:
            out.mark(" ")
            out.content(content)
            out.mark(" </s>")
    return out.done()


def _mistral(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # Mistral's v3 (Tekken) template: no system role; the system prompt goes before the last user message
    # (tests/fixtures/chat_templates/mistralai-Mistral-Nemo-Instruct-2407.jinja).
    system, rest = _split_system(messages)
    last_user = max((i for i, m in enumerate(rest) if m["role"] == "user"), default=-1)
    out = _Writer()
    out.mark(bos)
    for index, message in enumerate(rest):
        if message["role"] == "user":
            out.mark("[INST]")
            if index == last_user and system is not None:
                out.content(f"{system}\n\n{message['content']}")
            else:
                out.content(message["content"])
            out.mark("[/INST]")
        else:
            out.content(message["content"])
            out.mark("</s>")
    return out.done()


def _mistral_v7(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # Mistral Small 3.x / Devstral (v7 tokenizer): a system prompt of its own, [INST] user turns.
    out = _Writer()
    out.mark(bos)
    for message in messages:
        if message["role"] == "system":
            out.mark("[SYSTEM_PROMPT]")
            out.content(message["content"])
            out.mark("[/SYSTEM_PROMPT]")
        elif message["role"] == "user":
            out.mark("[INST]")
            out.content(message["content"])
            out.mark("[/INST]")
        else:
            out.content(message["content"])
            out.mark("</s>")
    return out.done()


def _phi3(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # tests/fixtures/chat_templates/microsoft-Phi-3.5-mini-instruct.jinja (an empty system prompt is left out).
    out = _Writer()
    for message in messages:
        if message["role"] == "system" and not message["content"]:
            continue
        out.mark(f"<|{message['role']}|>\n")
        out.content(message["content"])
        out.mark("<|end|>\n")
    if generation:
        out.mark("<|assistant|>\n")
    return out.done()


def _phi4(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # microsoft/phi-4's template: ChatML's markers with <|im_sep|> after the role and no newlines.
    out = _Writer()
    for message in messages:
        out.mark(f"<|im_start|>{message['role']}<|im_sep|>")
        out.content(message["content"])
        out.mark("<|im_end|>")
    if generation:
        out.mark("<|im_start|>assistant<|im_sep|>")
    return out.done()


def _granite(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # IBM Granite 3.x/4.x for a chat with a system prompt (without one, their templates write a dated default
    # of their own, which a fallback has no reason to imitate).
    out = _Writer()
    for message in messages:
        out.mark(f"<|start_of_role|>{message['role']}<|end_of_role|>")
        out.content(message["content"])
        out.mark("<|end_of_text|>\n")
    if generation:
        out.mark("<|start_of_role|>assistant<|end_of_role|>")
    return out.done()


_COHERE_ROLES = {"system": "<|SYSTEM_TOKEN|>", "user": "<|USER_TOKEN|>", "assistant": "<|CHATBOT_TOKEN|>"}


def _command_r(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # CohereForAI/c4ai-command-r-v01's default template.
    out = _Writer()
    out.mark(bos)
    for message in messages:
        out.mark(f"<|START_OF_TURN_TOKEN|>{_COHERE_ROLES.get(message['role'], '<|USER_TOKEN|>')}")
        out.content(message["content"].strip())
        out.mark("<|END_OF_TURN_TOKEN|>")
    if generation:
        out.mark("<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>")
    return out.done()


def _deepseek(messages: Messages, generation: bool, bos: str) -> FormattedChat:
    # DeepSeek V3 / R1 and the R1 distills: the system prompt right after BOS, then <｜User｜>/<｜Assistant｜>
    # turns; past reasoning is dropped from assistant turns and the reply opens with <think>
    # (tests/fixtures/chat_templates/deepseek-ai-DeepSeek-R1-Distill-Llama-8B.jinja).
    system = next((m["content"] for m in reversed(messages) if m["role"] == "system"), "")  # the last one wins
    out = _Writer()
    out.mark(bos)
    if system:
        out.content(system)
    for message in messages:
        if message["role"] == "user":
            out.mark("<｜User｜>")
            out.content(message["content"])
        elif message["role"] == "assistant":
            out.mark("<｜Assistant｜>")
            out.content(message["content"].split("</think>")[-1])
            out.mark("<｜end▁of▁sentence｜>")
    if generation:
        out.mark("<｜Assistant｜><think>\n")
    return out.done()


@dataclass(frozen=True)
class ChatFormat:
    name: str  # as the user reads it: "ChatML", "Gemma", "Llama 3"
    markers: tuple[str, ...]  # special tokens that, all present in a vocabulary, identify the family
    architectures: tuple[str, ...]  # GGUF `general.architecture` values whose models usually use it
    stop: tuple[str, ...]  # text that ends a reply in this format (besides the model's end-of-generation tokens)
    _render: Callable[[Messages, bool, str], FormattedChat]

    @property
    def title(self) -> str:
        return self.name if self.name == "ChatML" else f"the {self.name} format"

    def render(self, messages: Messages, add_generation_prompt: bool = True, bos_token: str = "") -> FormattedChat:
        return self._render(messages, add_generation_prompt, bos_token)


# Most specific first: Phi-4 and DeepSeek vocabularies also hold ChatML's or Llama's tokens.
FORMATS: tuple[ChatFormat, ...] = (
    ChatFormat("Phi-4", ("<|im_start|>", "<|im_sep|>"), (), ("<|im_end|>", "<|im_start|>"), _phi4),
    ChatFormat("DeepSeek", ("<｜User｜>", "<｜Assistant｜>"), ("deepseek2", "deepseek"),
               ("<｜end▁of▁sentence｜>", "<｜User｜>"), _deepseek),
    ChatFormat("Llama 3", ("<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"), (),
               ("<|eot_id|>", "<|start_header_id|>"), _llama3),
    ChatFormat("Gemma", ("<start_of_turn>", "<end_of_turn>"), ("gemma", "gemma2", "gemma3", "gemma3n"),
               ("<end_of_turn>", "<start_of_turn>"), _gemma),
    ChatFormat("Granite", ("<|start_of_role|>", "<|end_of_role|>"), ("granite", "granitemoe", "granitehybrid"),
               ("<|end_of_text|>", "<|start_of_role|>"), _granite),
    ChatFormat("Command R", ("<|START_OF_TURN_TOKEN|>", "<|END_OF_TURN_TOKEN|>"), ("command-r", "cohere2"),
               ("<|END_OF_TURN_TOKEN|>", "<|START_OF_TURN_TOKEN|>"), _command_r),
    ChatFormat("Mistral v7", ("[SYSTEM_PROMPT]", "[INST]"), (), ("</s>", "[INST]"), _mistral_v7),
    ChatFormat("Mistral", ("[INST]", "[/INST]"), (), ("</s>", "[INST]"), _mistral),
    ChatFormat("Phi-3", ("<|user|>", "<|assistant|>", "<|end|>"), ("phi3",), ("<|end|>", "<|user|>"), _phi3),
    ChatFormat("ChatML", ("<|im_start|>", "<|im_end|>"),
               ("qwen2", "qwen2moe", "qwen3", "qwen3moe", "smollm3", "internlm2", "olmo2"),
               ("<|im_end|>", "<|im_start|>"), _chatml),
    # Llama 2's [INST] is plain text in its vocabulary: only the architecture can point to it.
    ChatFormat("Llama 2", (), ("llama",), ("</s>", "[INST]"), _llama2),
)
BY_NAME = {f.name: f for f in FORMATS}
CHATML = BY_NAME["ChatML"]
# Every marker any format is recognised by: what the engine looks up in a model's vocabulary.
ALL_MARKERS: tuple[str, ...] = tuple(dict.fromkeys(m for f in FORMATS for m in f.markers))


@dataclass(frozen=True)
class FormatChoice:
    format: ChatFormat
    reason: str  # why this format: ", which its vocabulary uses"; empty for the plain default

    @property
    def using(self) -> str:
        """'using the Gemma format, which its vocabulary uses' (the notice's second half)."""
        return f"using {self.format.title}{self.reason}"


DEFAULT_CHOICE = FormatChoice(CHATML, "")


def closest_format(architecture: str, special_tokens: Collection[str]) -> FormatChoice:
    """The format a model most probably knows, from its GGUF architecture and its vocabulary's special tokens.

    The vocabulary decides first: a Qwen-based DeepSeek-R1 distill (architecture qwen2) has DeepSeek's tokens
    and was tuned on DeepSeek's format, and SmolLM2 (architecture llama) was tuned on ChatML, whose tokens it has.
    """
    tokens = set(special_tokens)
    for chat_format in FORMATS:
        if chat_format.markers and tokens.issuperset(chat_format.markers):
            return FormatChoice(chat_format, ", which its vocabulary uses")
    for chat_format in FORMATS:
        if architecture in chat_format.architectures:
            return FormatChoice(chat_format, f", the usual one for {architecture} models")
    return DEFAULT_CHOICE
