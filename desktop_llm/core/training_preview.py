"""What the Train form shows about its inputs, computed off the GUI thread: the model's header, the data file
checked line by line, the first examples in the model's chat template, and every example's estimated token
length for the memory estimate (core/training_memory.py says how tokens are estimated without a tokenizer)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_file_header
from desktop_llm.core.training_data import Dataset, read_dataset
from desktop_llm.core.training_memory import TEMPLATE_TOKENS_PER_MESSAGE, ExampleLengths, estimate_tokens
from desktop_llm.core.ui_text import QT_TR_NOOP

PREVIEW_EXAMPLES = 2


@dataclass(frozen=True)
class InputsCheck:
    """What the background check found for one (model, data file) pair."""

    model_path: str
    header: GGUFHeader | None
    data_path: str
    dataset: Dataset | None
    read_error: str  # the data file could not be read
    preview: str
    lengths: ExampleLengths | None


def check_inputs(
    model_path: str, data_path: str, header: GGUFHeader | None, read_header: bool, dataset: Dataset | None,
    check_cancelled: Callable[[], None] = lambda: None, words: Callable[[str], str] = lambda text: text,
) -> InputsCheck:
    """Runs on a background thread. The header is read when `read_header` (else `header` is the model's); a
    given `dataset` is reused, None reads the file. `check_cancelled` raises core.errors.Cancelled when a newer
    check has replaced this one. `words` translates the QT_TR_NOOP-marked text of the preview (the Train tab
    passes controllers.i18n.translated, which is thread-safe; core/ stays free of Qt)."""
    if read_header:
        header = None
        if model_path and Path(model_path).is_file():
            try:
                header = read_file_header(model_path)
            except (GGUFFormatError, OSError, ValueError):
                header = None  # the form says it has no estimate for this model
    check_cancelled()
    read_error = ""
    if dataset is None and data_path:
        try:
            dataset = read_dataset(Path(data_path))
        except OSError as exc:
            read_error = words(QT_TR_NOOP("Cannot read {name}: {reason}")).format(name=Path(data_path).name,
                                                                                  reason=exc.strerror or exc)
    check_cancelled()
    preview, lengths = "", None
    if dataset is not None and dataset.examples:
        preview, lengths = _preview_and_lengths(dataset, header, words)
    return InputsCheck(model_path, header, data_path, dataset, read_error, preview, lengths)


def _preview_and_lengths(dataset: Dataset, header: GGUFHeader | None,
                         words: Callable[[str], str]) -> tuple[str, ExampleLengths]:
    """The first examples in the model's chat template, and every example's estimated token length (what the
    template adds is measured on the previewed examples, beyond a per-message allowance)."""
    texts = [[message.content for message in example.messages] for example in dataset.examples]
    if dataset.format == "text":
        return dataset.examples[0].messages[0].content[:2000], ExampleLengths.of_messages(texts)
    template = ChatTemplate(header.chat_template if header else None)
    parts: list[str] = []
    extra = 0
    for example, contents in zip(dataset.examples[:PREVIEW_EXAMPLES], texts, strict=False):
        rendered = template.render(example.messages, add_generation_prompt=False)
        parts.append(words(QT_TR_NOOP("— line {line} —")).format(line=example.line) + f"\n{rendered.text}")
        counted = sum(estimate_tokens(text) + TEMPLATE_TOKENS_PER_MESSAGE for text in contents)
        extra = max(extra, estimate_tokens(rendered.text) - counted)
    note = words(QT_TR_NOOP("(the loss is taken on the assistant replies only)"))
    warning = template.load_warning
    preview = "\n".join(parts) + f"\n{note}" + (f"\n⚠ {warning}" if warning else "")
    return preview, ExampleLengths.of_messages(texts, extra)
