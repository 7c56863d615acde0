"""Knowledge as a user's window holds it (issue 12), for the layout check (tests/layout_scenes.py) and the
screenshots (scripts/screenshot_scenes.py): two collections of the user's files indexed by keywords only (no
embedding model), one file among them that cannot be read, a chat whose reply cites sources, and the Knowledge
page with a search that found passages.

Seeded through the real knowledge base before the window opens (the window's own controller then lists them and
finds them up to date); the page's search runs through the window's controller like a user's."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

COLLECTION = "Espresso machine manuals"
OTHER_COLLECTION = "Household paperwork"
CHAT_TITLE = "Descaling the espresso machine"
QUESTION = "How often should I descale the boiler, and with what?"
SEARCH = "how often to descale the boiler with citric acid"

DOCS = {
    "descaling-the-espresso-machine.md": """# Descaling the espresso machine

## How often

Descale the boiler every two months with citric acid, or every month where the water is hard. Scale on the
heating element makes the machine slower to heat and the coffee taste flat.

## Step by step

Dissolve 30 grams of citric acid in one litre of warm water. Run the solution through the group head and the
steam wand, wait twenty minutes, then rinse with three tanks of fresh water before pulling a shot.
""",
    "grinder-settings.txt": """Grinder settings

A finer grind slows the shot down; a coarser grind speeds it up. Aim for 25 to 30 seconds for a double shot.
The burrs last about 500 kilograms of coffee; replace them when the grind becomes uneven.
""",
    "warranty-and-service-conditions-for-the-espresso-machine-bought-in-2024.html": """<html><body>
<h1>Warranty and service</h1>
<p>The warranty covers the boiler and the pump for two years. Damage from scale is not covered: descale as the
manual says and keep the receipt.</p>
</body></html>
""",
    # A scan without a text layer, as many receipts are: reported under "Couldn't read" with the reason.
    "scan-of-the-receipt.pdf": "%PDF-1.4 a scan without any text layer",
}
PAPERWORK = {"water-bill-2025.txt": "Water hardness reported by the utility: 18 °dH (hard water).\n"}
# The search below numbers the passages: [1] descaling (how often), [2] the water bill, [3] the warranty, [4] the
# descaling steps (not cited: listed after the cited ones).
ANSWER = ("Descale the boiler every two months with citric acid, or every month where the water is hard [1]. "
          "Your water bill reports 18 °dH, which is hard water [2], so once a month is the safer choice. Keep "
          "to it: damage from scale is not covered by the warranty [3].")


def write_documents(root: Path) -> tuple[Path, Path]:
    """The user's two folders of documents under `root`: the machine's manuals and the paperwork."""
    manuals, paperwork = root / "Espresso machine", root / "Paperwork"
    for folder, files in ((manuals, DOCS), (paperwork, PAPERWORK)):
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    return manuals, paperwork


def seed_knowledge(paths: Any, store: Any | None = None) -> None:
    """Both collections indexed by keywords only; with the conversation `store`, a chat whose reply cites the
    manuals (its meta as the chat writes it: core/sources_meta.py) and that has both collections attached."""
    from desktop_llm.core.sources_meta import KnowledgeNote, knowledge_to_meta, sources_for, sources_to_meta
    from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase

    manuals, paperwork = write_documents(paths.data_dir.parent / "Documents")
    base = KnowledgeBase(paths.data_dir, paths.log_dir)
    try:
        ids = []
        for name, folder in ((COLLECTION, manuals), (OTHER_COLLECTION, paperwork)):
            collection = base.create(name, [str(folder)])
            base.index(collection.id, lambda _progress: None, threading.Event())
            ids.append(collection.id)
        if store is None:
            return
        result = base.search(ids, QUESTION + " warranty scale", k=4)
        sources = sources_for(result.passages, cited=(1, 2, 3))
        chat = store.create_conversation(CHAT_TITLE)
        question = store.add_message(chat.id, None, "user", QUESTION)
        meta = {"sources": sources_to_meta(sources),
                "knowledge": knowledge_to_meta(KnowledgeNote((COLLECTION, OTHER_COLLECTION), mode=result.mode))}
        store.add_message(chat.id, question.id, "assistant", ANSWER, meta=meta)
        base.attach(chat.id, ids)
    finally:
        base.close()


def knowledge_page(window: Any) -> Any:
    return window.page("Knowledge")


def knowledge_idle(page: Any) -> bool:
    """The page lists the collections and no index run is going (the start-up pass has checked them all)."""
    controller = page._knowledge
    return len(page._rows) >= 2 and not any(controller.indexing(r.collection.id) for r in page._rows)


def show_search(page: Any, wait: Callable[[float, Callable[[], bool]], None]) -> None:
    """The manuals selected and the page's search run on them, as a user tries one; `wait(seconds, until)` pumps."""
    wait(60, lambda: knowledge_idle(page))
    names = [r.collection.name for r in page._rows]
    if COLLECTION in names:
        page.collection_list.setCurrentRow(names.index(COLLECTION))
    detail = page.detail
    wait(10, lambda: detail.failed.count() >= 1)
    detail.query.setText(SEARCH)
    detail.search()
    wait(30, lambda: detail.results.count() >= 1 and detail.search_button.isEnabled())


def open_cited_chat(window: Any, wait: Callable[[float, Callable[[], bool]], None]) -> int | None:
    """Opens the chat whose reply cites sources; returns the chat open before (to go back to), None when the
    window has no such chat."""
    chat = window.chat
    before = chat.conversation.id if chat.conversation is not None else None
    target = next((c.id for c in chat.conversations() if c.title == CHAT_TITLE), None)
    if target is None:
        return None
    chat.open_conversation(target)
    attach = window.chat_panel.knowledge_attach
    wait(10, lambda: len(attach.attached_ids) == 2 and not attach.isHidden())
    return before
