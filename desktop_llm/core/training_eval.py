"""The held-out evaluation of a training run: validation prompts answered by the base model and by the adapter,
side by side, with an optional judge's verdict, kept with the run and exported as Markdown or CSV.

The judge is a model, so its answer is untrusted text: it is asked for exactly "A", "B" or "tie", and anything
else is counted as "unparsed" (never guessed at). The two answers are shown to it in alternating order (base as A
on even rows, as B on odd ones) so a judge that prefers the first answer does not favour one side.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.training_data import Example

Verdict = Literal["base", "adapter", "tie", "unparsed", ""]  # "" = not judged
EVAL_FILE = "evaluation.json"  # in the run folder
MAX_CELL_CHARS = 4000  # a generated answer or a judge's reply kept in the table (a runaway reply is cut)
_VERDICT = re.compile(r"^[\s\"'*`(\[]*(?:answer\s+)?(a|b|tie)[\s\"'*`)\].!]*$", re.IGNORECASE)
JUDGE_SYSTEM = (
    "You compare two answers to a question against a reference answer. Reply with exactly one word: "
    "A if answer A is closer in meaning to the reference, B if answer B is closer, tie if they are equally close. "
    "Write nothing else."
)


@dataclass(frozen=True)
class EvalPrompt:
    messages: tuple[ChatMessage, ...]  # the conversation up to the answer
    reference: str  # the dataset's answer

    @property
    def question(self) -> str:
        """The last user turn, as the table shows it."""
        return next((m.content for m in reversed(self.messages) if m.role == "user"), "")


@dataclass(frozen=True)
class EvalRow:
    prompt: str
    reference: str
    base: str
    adapter: str
    verdict: Verdict = ""
    judge_reply: str = ""  # what the judge wrote (kept so an "unparsed" verdict can be looked at)


@dataclass(frozen=True)
class EvalTable:
    run_id: int
    run_name: str
    base_model: str
    adapter: str
    judge: str  # who judged ("" = nobody)
    val_loss_before: float | None
    val_loss_after: float | None
    rows: tuple[EvalRow, ...] = ()
    complete: bool = True  # False when the evaluation was stopped part way
    created_at: float = 0.0
    notes: tuple[str, ...] = field(default=())  # e.g. "the data file changed since training"

    def counts(self) -> dict[str, int]:
        """How many rows each verdict got (judged rows only)."""
        result = {"adapter": 0, "base": 0, "tie": 0, "unparsed": 0}
        for row in self.rows:
            if row.verdict:
                result[row.verdict] += 1
        return result

    def with_row(self, row: EvalRow) -> EvalTable:
        return replace(self, rows=(*self.rows, row))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rows"] = [asdict(row) for row in self.rows]
        data["notes"] = list(self.notes)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EvalTable:
        rows = tuple(
            EvalRow(str(r["prompt"]), str(r["reference"]), str(r["base"]), str(r["adapter"]),
                    r.get("verdict", "") if r.get("verdict", "") in ("base", "adapter", "tie", "unparsed", "") else "",
                    str(r.get("judge_reply", "")))
            for r in data.get("rows", [])
        )
        before, after = data.get("val_loss_before"), data.get("val_loss_after")
        return cls(
            run_id=int(data["run_id"]), run_name=str(data["run_name"]), base_model=str(data["base_model"]),
            adapter=str(data["adapter"]), judge=str(data.get("judge", "")),
            val_loss_before=None if before is None else float(before),
            val_loss_after=None if after is None else float(after), rows=rows, complete=bool(data.get("complete", True)),
            created_at=float(data.get("created_at", 0.0)), notes=tuple(str(n) for n in data.get("notes", [])),
        )


def eval_prompts(examples: Sequence[Example], limit: int = 0) -> list[EvalPrompt]:
    """The validation examples that can be asked: a conversation that ends with an assistant turn after a user
    turn; the prompt is everything before that last answer. Plain-text examples (one assistant block) have none."""
    prompts: list[EvalPrompt] = []
    for example in examples:
        messages = example.messages
        if len(messages) < 2 or messages[-1].role != "assistant" or not any(m.role == "user" for m in messages[:-1]):
            continue
        prompts.append(EvalPrompt(tuple(messages[:-1]), messages[-1].content))
        if limit and len(prompts) >= limit:
            break
    return prompts


def base_is_a(index: int) -> bool:
    """Whether the base answer is shown to the judge as A on this row (alternating against position bias)."""
    return index % 2 == 0


def judge_messages(prompt: EvalPrompt, base: str, adapter: str, index: int) -> list[ChatMessage]:
    first, second = (base, adapter) if base_is_a(index) else (adapter, base)
    question = "\n\n".join(f"[{m.role}] {m.content}" for m in prompt.messages if m.role != "system")
    body = (f"Question:\n{question}\n\nReference answer:\n{prompt.reference}\n\n"
            f"Answer A:\n{first[:MAX_CELL_CHARS]}\n\nAnswer B:\n{second[:MAX_CELL_CHARS]}\n\n"
            "Which answer is closer to the reference? Reply with exactly one of: A, B, tie.")
    return [ChatMessage("system", JUDGE_SYSTEM), ChatMessage("user", body)]


def parse_verdict(reply: str, index: int) -> Verdict:
    """The judge's reply as a verdict on base vs adapter: only a bare A, B or tie counts (quotes, bold, a final
    period and "Answer A" allowed); anything else, a reasoning paragraph included, is "unparsed"."""
    match = _VERDICT.match(reply.strip())
    if match is None:
        return "unparsed"
    word = match.group(1).lower()
    if word == "tie":
        return "tie"
    return "base" if (word == "a") == base_is_a(index) else "adapter"


def _loss_lines(table: EvalTable) -> list[tuple[str, str]]:
    if table.val_loss_before is None or table.val_loss_after is None:
        return []
    before, after = math.exp(min(table.val_loss_before, 50.0)), math.exp(min(table.val_loss_after, 50.0))
    return [("validation loss", f"{table.val_loss_before:.4f} → {table.val_loss_after:.4f}"),
            ("perplexity", f"{before:.2f} → {after:.2f}")]


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def to_markdown(table: EvalTable) -> str:
    lines = [f"# Evaluation of {table.run_name}", "",
             f"- base model: {table.base_model}", f"- adapter: {table.adapter}"]
    lines += [f"- {name}: {value}" for name, value in _loss_lines(table)]
    if table.judge:
        counts = table.counts()
        lines.append(f"- judge: {table.judge} — adapter closer {counts['adapter']}, base closer {counts['base']}, "
                     f"tie {counts['tie']}, unparsed {counts['unparsed']}")
    if not table.complete:
        lines.append(f"- stopped after {len(table.rows)} prompt(s)")
    lines += [f"- note: {note}" for note in table.notes]
    lines += ["", "| # | prompt | reference | base | adapter | verdict |", "|---|---|---|---|---|---|"]
    for number, row in enumerate(table.rows, 1):
        cells = (row.prompt, row.reference, row.base, row.adapter, row.verdict or "—")
        lines.append(f"| {number} | " + " | ".join(_md_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def to_csv(table: EvalTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["prompt", "reference", "base", "adapter", "verdict", "judge_reply"])
    for row in table.rows:
        # A cell starting with = + - @ is a formula to a spreadsheet: model output must never run as one.
        writer.writerow([_no_formula(cell) for cell in
                         (row.prompt, row.reference, row.base, row.adapter, row.verdict, row.judge_reply)])
    return out.getvalue()


def _no_formula(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
