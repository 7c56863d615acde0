"""Documents made for tests: a long report, markdown with code, and pdf/docx/html/rtf files."""

from __future__ import annotations

import random
from pathlib import Path

_TOPICS = ["the harbour", "the railway", "the old mill", "the school", "the market", "the river", "the library"]
_VERBS = ["was rebuilt", "grew quickly", "was closed", "reopened", "was extended", "became famous"]


def long_report(pages: int = 30, seed: int = 1) -> str:
    """A report of about `pages` pages (~350 words each) with headings, paragraphs and lists."""
    rng = random.Random(seed)
    parts = ["# The history of Lakeside town"]
    for page in range(pages):
        parts.append(f"## Chapter {page + 1}")
        for _ in range(3):
            sentences = [
                f"In {1800 + rng.randrange(200)}, {rng.choice(_TOPICS)} {rng.choice(_VERBS)} after a long debate "
                f"among the {rng.randrange(2, 90)} members of the town council."
                for _ in range(6)
            ]
            parts.append(" ".join(sentences))
        parts.append("\n".join(f"- Note {i}: {rng.choice(_TOPICS)} {rng.choice(_VERBS)}." for i in range(3)))
    return "\n\n".join(parts)


MARKDOWN_WITH_CODE = """# Installing the tool

The tool runs on every computer. Install it with the command below.

```bash
pip install acme-tool --upgrade
echo "done"  # do not translate this
```

Then open the settings and choose your language. AcmeSync keeps your files in sync.

- Open the menu
- Choose a folder

```python
def greet(name):
    return f"Hello, {name}"
```

| Setting | Meaning |
|---|---|
| Folder | Where files are kept |

That is all you need to know."""


def write_pdf(path: Path, paragraphs: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for paragraph in paragraphs:
        pdf.add_page()
        pdf.multi_cell(0, 6, paragraph)
    pdf.output(str(path))
    return path


def write_docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("Quarterly report", level=1)
    document.add_paragraph("Sales grew by twelve percent in the third quarter.")
    document.add_paragraph("New office opened", style="List Bullet")
    document.add_paragraph("Hiring continues", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Region", "Growth"
    table.cell(1, 0).text, table.cell(1, 1).text = "North", "15%"
    document.save(str(path))
    return path
