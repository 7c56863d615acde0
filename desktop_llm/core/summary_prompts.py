"""How summaries are asked for: styles, lengths, and the map and reduce prompts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.languages import prompt_language_name
from desktop_llm.core.ui_text import QT_TR_NOOP

Style = Literal["paragraph", "bullets", "detailed", "custom"]
Length = Literal["short", "medium", "long"]

# Shown in the Summarize page's Style list, translated there (tr of the value).
STYLE_LABELS: dict[Style, str] = {
    "paragraph": QT_TR_NOOP("Short paragraph"),
    "bullets": QT_TR_NOOP("Bullet points"),
    "detailed": QT_TR_NOOP("Detailed, with section headings"),
    "custom": QT_TR_NOOP("Custom instruction"),
}
# The length the user chose, in words, as the prompt asks for it.
LENGTH_WORDS: dict[Length, int] = {"short": 60, "medium": 150, "long": 400}
# The reply budget of each request, in tokens: room for those words (about 1.3 tokens a word in English, more in
# CJK and other scripts on most tokenizers) with headroom, so a reply of the length asked for is not cut
# (issue 13 part 5: a 160-token budget for "about 60 words" cut summaries mid-sentence).
LENGTH_TOKENS: dict[Length, int] = {length: 2 * words + 80 for length, words in LENGTH_WORDS.items()}
_STYLE_TEXT: dict[Style, str] = {
    "paragraph": "Write the summary as one or two plain paragraphs.",
    "bullets": "Write the summary as a list of concise bullet points (start each line with '- ').",
    "detailed": "Write a detailed summary organised under short section headings (markdown '## ').",
    "custom": "",
}
_LENGTH_TEXT: dict[Length, str] = {
    "short": "Keep it short: about {words} words.",
    "medium": "Aim for about {words} words.",
    "long": "Be thorough: up to about {words} words.",
}


def length_words(length: Length, answer_tokens: int) -> int:
    """The words to ask for: the chosen length, or fewer when the reply budget (capped by the context) is smaller,
    so the prompt never asks for more than the budget leaves room for."""
    return min(LENGTH_WORDS[length], max(20, answer_tokens * 2 // 5))


@dataclass(frozen=True)
class SummaryOptions:
    style: Style = "paragraph"
    length: Length = "medium"
    language: str = ""  # ISO code; empty: the document's own language
    custom_instruction: str = ""

    @property
    def answer_tokens(self) -> int:
        return LENGTH_TOKENS[self.length]

    def instruction(self, words: int | None = None) -> str:
        style = self.custom_instruction.strip() if self.style == "custom" else _STYLE_TEXT[self.style]
        language = (f" Write in {prompt_language_name(self.language)}." if self.language else
                    " Write in the same language as the text.")
        length = _LENGTH_TEXT[self.length].format(words=words or LENGTH_WORDS[self.length])
        # Said because a reply cut at the budget is trimmed to its last full sentence or item (issue 13 part 5).
        ending = " Finish every bullet point." if self.style == "bullets" else " End with a complete sentence."
        return f"{style} {length}{ending}{language}".strip()


SYSTEM = "You are a careful assistant that summarizes documents faithfully, without adding facts."


def map_messages(
    chunk: str, options: SummaryOptions, part: int, parts: int, words: int | None = None,
) -> list[ChatMessage]:
    """`words`: how long to ask for (length_words of the request's reply budget); None: the chosen length."""
    where = f" (part {part} of {parts} of a longer document)" if parts > 1 else ""
    # A part's notes feed the next round, so they are always plain and dense; the user's style is applied last.
    instruction = (
        f"Summarize the key points of this text in dense plain sentences, in at most about "
        f"{words or LENGTH_WORDS[options.length]} words." if parts > 1 else options.instruction(words)
    )
    return [
        ChatMessage("system", SYSTEM),
        ChatMessage("user", f"{instruction}\n\nText{where}:\n\n{chunk}"),
    ]


def reduce_messages(
    summaries: list[str], options: SummaryOptions, final: bool, words: int | None = None,
) -> list[ChatMessage]:
    joined = "\n\n".join(f"Section {i + 1}:\n{s}" for i, s in enumerate(summaries))
    if final:
        instruction = ("Combine these section summaries of one document into a single summary. "
                       f"{options.instruction(words)}")
    else:
        instruction = ("Combine these section summaries of one document into one dense summary of the key points, "
                       f"in at most about {words or LENGTH_WORDS[options.length]} words.")
    return [ChatMessage("system", SYSTEM), ChatMessage("user", f"{instruction}\n\n{joined}")]
