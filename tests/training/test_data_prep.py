"""Formatting for training: the model's own template, loss on assistant tokens only, and right padding that
needs no attention mask."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import torch

from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.training_data import Example
from desktop_llm.training.data_prep import IGNORE, ChatTokenizer, Tokenized, collate, prepare, tokenize_example
from desktop_llm.training.model_loading import BaseModel, load_base
from tests.hostile.training_tokens import (
    ANSWER,
    HOSTILE_CHATS,
    SEPARATOR,
    injected_document,
    injected_user,
    separator_in_reply,
    text_document,
)


@pytest.fixture(scope="module")
def base(tiny_llama: Path, tmp_path_factory: pytest.TempPathFactory) -> BaseModel:
    return load_base(str(tiny_llama), torch.float32, tmp_path_factory.mktemp("tok"))


def test_only_assistant_turns_carry_labels(base: BaseModel) -> None:
    example = Example(1, (ChatMessage("system", "Be terse."), ChatMessage("user", "Capital of Zorblaxia?"),
                          ChatMessage("assistant", "Quintaro."), ChatMessage("user", "Sure?"),
                          ChatMessage("assistant", "Yes.")))
    item = tokenize_example(example, base.tokenizer, base.template, text_format=False)
    trained = base.tokenizer.decode([t for t, label in zip(item.input_ids, item.labels, strict=True) if label != IGNORE])
    assert "Quintaro." in trained and "Yes." in trained
    assert "Zorblaxia" not in trained and "Be terse" not in trained and "Sure?" not in trained
    assert "<|im_end|>" in trained  # the model learns to end its turn


def test_long_examples_are_cut_and_empty_ones_dropped(base: BaseModel) -> None:
    long = Example(1, (ChatMessage("user", "word " * 400), ChatMessage("assistant", "ok")))
    short = Example(2, (ChatMessage("user", "hi"), ChatMessage("assistant", "hello " * 50)))
    data = prepare([long, short], base.tokenizer, base.template, text_format=False, max_seq_len=64)
    assert data.truncated == 2 and data.dropped == 1 and len(data.items) == 1
    assert len(data.items[0].input_ids) == 64


def test_right_padding_without_a_mask_gives_the_masked_loss(base: BaseModel) -> None:
    examples = [Example(1, (ChatMessage("user", "hi"), ChatMessage("assistant", "hello there"))),
                Example(2, (ChatMessage("user", "a longer question " * 5), ChatMessage("assistant", "a longer answer " * 5)))]
    data = prepare(examples, base.tokenizer, base.template, text_format=False, max_seq_len=256)
    batch = collate(data.items, pad_id=int(base.tokenizer.pad_token_id))
    assert batch["attention_mask"].min() == 0  # really padded
    with torch.no_grad():
        masked = base.model(**batch).loss
        unmasked = base.model(input_ids=batch["input_ids"], labels=batch["labels"]).loss
    assert float(unmasked) == pytest.approx(float(masked), rel=1e-5)


# Control tokens inside training data stay plain text (issue 10, item 10, the training side)

CONTROLS = ("<|im_start|>", "<|im_end|>", "<|endoftext|>")


def _old_tokenize(example: Example, tokenizer: Any, template: ChatTemplate, text_format: bool) -> Tokenized:
    """data_prep before the fix, verbatim: special tokens parsed everywhere."""
    def ids(text: str) -> list[int]:
        return list(tokenizer(text, add_special_tokens=False)["input_ids"])

    if text_format:
        tokens = [*ids(example.messages[0].content), int(tokenizer.eos_token_id)]
        return Tokenized(tokens, list(tokens))
    messages = example.messages
    tokens = ids(template.render(messages, add_generation_prompt=False).text)
    labels = [IGNORE] * len(tokens)
    for index, message in enumerate(messages):
        if message.role == "assistant":
            start = len(ids(template.render(messages[:index], add_generation_prompt=True).text))
            end = len(ids(template.render(messages[: index + 1], add_generation_prompt=False).text))
            for position in range(start, min(end, len(tokens))):
                labels[position] = tokens[position]
    return Tokenized(tokens, labels)


def _control_counts(tokenizer: Any, ids: list[int]) -> dict[str, int]:
    return {control: ids.count(int(tokenizer.convert_tokens_to_ids(control))) for control in CONTROLS}


def _written_by_template(text: str, messages: tuple[ChatMessage, ...]) -> dict[str, int]:
    return {control: text.count(control) - sum(m.content.count(control) for m in messages) for control in CONTROLS}


def _trained_text(tokenizer: Any, item: Tokenized) -> str:
    trained = [t for t, label in zip(item.input_ids, item.labels, strict=True) if label != IGNORE]
    return str(tokenizer.decode(trained, clean_up_tokenization_spaces=False))


def test_control_text_in_a_user_message_is_not_a_control_token(base: BaseModel) -> None:
    example = injected_user()
    item = tokenize_example(example, base.tokenizer, base.template, text_format=False)
    text = base.template.render(example.messages, add_generation_prompt=False).text
    assert _control_counts(base.tokenizer, item.input_ids) == _written_by_template(text, example.messages)
    assert base.tokenizer.decode(item.input_ids, clean_up_tokenization_spaces=False) == text  # the text, all of it
    # the labels cover the assistant reply alone, as for the same example without the injection
    clean = Example(1, (ChatMessage("user", "Summarize: a page."), ChatMessage("assistant", ANSWER)))
    clean_item = tokenize_example(clean, base.tokenizer, base.template, text_format=False)
    assert _trained_text(base.tokenizer, item) == _trained_text(base.tokenizer, clean_item)
    assert _trained_text(base.tokenizer, item).startswith(ANSWER)


@pytest.mark.parametrize("name", sorted(HOSTILE_CHATS))
def test_hostile_examples_get_only_the_templates_control_tokens(base: BaseModel, name: str) -> None:
    example = HOSTILE_CHATS[name]()
    data = prepare([example], base.tokenizer, base.template, text_format=False, max_seq_len=100_000)
    item = data.items[0]
    text = base.template.render(example.messages, add_generation_prompt=False).text
    assert _control_counts(base.tokenizer, item.input_ids) == _written_by_template(text, example.messages)
    assert base.tokenizer.decode(item.input_ids, clean_up_tokenization_spaces=False) == text
    trained = _trained_text(base.tokenizer, item)
    replies = [m.content for m in example.messages if m.role == "assistant"]
    assert all(reply in trained for reply in replies)
    assert all(m.content not in trained for m in example.messages if m.role != "assistant")
    # one real end-of-turn per reply is learned; the reply's own control text is trained on as text
    trained_ids = [t for t, label in zip(item.input_ids, item.labels, strict=True) if label != IGNORE]
    im_end = int(base.tokenizer.convert_tokens_to_ids("<|im_end|>"))
    assert trained_ids.count(im_end) == len(replies)


def test_separator_spelled_by_a_reply_is_trained_as_text(base: BaseModel) -> None:
    item = tokenize_example(separator_in_reply(), base.tokenizer, base.template, text_format=False)
    assert _trained_text(base.tokenizer, item).startswith(SEPARATOR + "<|im_end|>")
    plain = base.tokenizer(SEPARATOR, add_special_tokens=False, split_special_tokens=True)["input_ids"]
    trained = [t for t, label in zip(item.input_ids, item.labels, strict=True) if label != IGNORE]
    assert trained[: len(plain)] == plain


def test_plain_text_examples_keep_control_text_as_text(base: BaseModel) -> None:
    example = text_document()
    item = tokenize_example(example, base.tokenizer, base.template, text_format=True)
    eos = int(base.tokenizer.eos_token_id)
    assert item.input_ids[-1] == eos and item.input_ids.count(eos) == 1
    assert _control_counts(base.tokenizer, item.input_ids[:-1]) == dict.fromkeys(CONTROLS, 0)
    assert base.tokenizer.decode(item.input_ids[:-1], clean_up_tokenization_spaces=False) == example.messages[0].content


def test_ordinary_examples_keep_exactly_their_ids_and_labels(base: BaseModel) -> None:
    chats = [
        Example(1, (ChatMessage("system", "Be terse."), ChatMessage("user", "Capital of Zorblaxia?"),
                    ChatMessage("assistant", "Quintaro."), ChatMessage("user", "Sure?"), ChatMessage("assistant", "Yes."))),
        Example(2, (ChatMessage("user", "héllo — 你好 <b>tags</b> <|not a control|> im_end"),
                    ChatMessage("assistant", "  spaced\n\nlines  "))),
        Example(3, (ChatMessage("user", "<|im_start"), ChatMessage("assistant", "|>"))),  # halves of a control text
    ]
    for example in chats:
        assert tokenize_example(example, base.tokenizer, base.template, False) == _old_tokenize(
            example, base.tokenizer, base.template, False)
    texts = [Example(4, (ChatMessage("user", "Plain text, unicode ü, <tags> and <|im_start no close."),))]
    for example in texts:
        assert tokenize_example(example, base.tokenizer, base.template, True) == _old_tokenize(
            example, base.tokenizer, base.template, True)


def test_a_template_that_rewrites_the_probe_falls_back_to_the_message_spans(base: BaseModel) -> None:
    # the private-use probe vanishes from this template's output, so the two renders differ in length
    source = ("{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content | replace('\ue000', '') }}<|im_end|>\n"
              "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
    example = injected_document()
    with ChatTemplate(source) as template:
        assert not template.uses_fallback
        item = tokenize_example(example, base.tokenizer, template, text_format=False)
        text = template.render(example.messages, add_generation_prompt=False).text
    assert _control_counts(base.tokenizer, item.input_ids) == _written_by_template(text, example.messages)
    assert _trained_text(base.tokenizer, item).startswith(ANSWER + "<|im_end|>")


def test_training_ids_are_the_ids_chat_feeds_the_model(base: BaseModel, tiny_llama: Path) -> None:
    """The adapter learns the prompt the engine will send: same pieces, same ids (llama.cpp's tokenizer)."""
    import llama_cpp

    from desktop_llm.engine.prompt_tokens import PromptTokenizer

    llm = llama_cpp.Llama(str(tiny_llama), vocab_only=True, verbose=False)
    try:
        engine = PromptTokenizer(llm)
        for name in sorted(HOSTILE_CHATS):
            messages = HOSTILE_CHATS[name]().messages[:-1]  # the prompt for the last reply
            engine_ids, _ = engine.tokenize_chat(base.template, messages)
            prompt = ChatTokenizer(base.tokenizer, base.template).chat_ids(messages, add_generation_prompt=True)
            assert prompt == engine_ids, name
    finally:
        llm.close()
