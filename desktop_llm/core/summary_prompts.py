"""How summaries are asked for: styles, lengths, and the map and reduce prompts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.languages import language_name

Style = Literal["paragraph", "bullets", "detailed", "custom"]
Length = Literal["short", "medium", "long"]

STYLE_LABELS: dict[Style, str] = {
    "paragraph": "Short paragraph",
    "bullets": "Bullet points",
    "detailed": "Detailed, with section headings",
    "custom": "Custom instruction",
}
# Answer sizes in tokens: the reply budget of each request.
LENGTH_TOKENS: dict[Length, int] = {"short": 160, "medium": 320, "long": 640}
_STYLE_TEXT: dict[Style, str] = {
    "paragraph": "Write the summary as one or two plain paragraphs.",
    "bullets": "Write the summary as a list of concise bullet points (start each line with '- ').",
    "detailed": "Write a detailed summary organised under short section headings (markdown '## ').",
    "custom": "",
}
_LENGTH_TEXT: dict[Length, str] = {
    "short": "Keep it short: about 60 words.",
    "medium": "Aim for about 150 words.",
    "long": "Be thorough: up to about 400 words.",
}


@dataclass(frozen=True)
class SummaryOptions:
    style: Style = "paragraph"
    length: Length = "medium"
    language: str = ""  # ISO code; empty: the document's own language
    custom_instruction: str = ""

    @property
    def answer_tokens(self) -> int:
        return LENGTH_TOKENS[self.length]

    def instruction(self) -> str:
        style = self.custom_instruction.strip() if self.style == "custom" else _STYLE_TEXT[self.style]
        language = (f" Write in {language_name(self.language)}." if self.language else
                    " Write in the same language as the text.")
        return f"{style} {_LENGTH_TEXT[self.length]}{language}".strip()


SYSTEM = "You are a careful assistant that summarizes documents faithfully, without adding facts."


def map_messages(chunk: str, options: SummaryOptions, part: int, parts: int) -> list[ChatMessage]:
    where = f" (part {part} of {parts} of a longer document)" if parts > 1 else ""
    # A part's notes feed the next round, so they are always plain and dense; the user's style is applied last.
    instruction = (
        "Summarize the key points of this text in dense plain sentences." if parts > 1 else options.instruction()
    )
    return [
        ChatMessage("system", SYSTEM),
        ChatMessage("user", f"{instruction}\n\nText{where}:\n\n{chunk}"),
    ]


def reduce_messages(summaries: list[str], options: SummaryOptions, final: bool) -> list[ChatMessage]:
    joined = "\n\n".join(f"Section {i + 1}:\n{s}" for i, s in enumerate(summaries))
    if final:
        instruction = f"Combine these section summaries of one document into a single summary. {options.instruction()}"
    else:
        instruction = "Combine these section summaries of one document into one dense summary of the key points."
    return [ChatMessage("system", SYSTEM), ChatMessage("user", f"{instruction}\n\n{joined}")]
