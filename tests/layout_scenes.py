"""The real main window, filled as a user's would be, walked page by page at a window size and theme for the
layout check (tests/layout_fit.py). Shared by tests/qt/test_layout_fit.py and its 200 % child process:

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 python -m tests.layout_scenes 1280x800:light 1024x640:dark

prints one JSON line: the offenders' descriptions (exit code 0 either way; the parent test judges)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from tests.knowledge_scenes import open_cited_chat, show_search
from tests.layout_fit import Offender, describe, offenders
from tests.tools_scenes import add_server_form, close_tool_chat, open_chip_menu, open_tool_chat, tools_dialog

if TYPE_CHECKING:  # the app is imported when a window is built, not when the rules are
    from desktop_llm.app import Services
    from desktop_llm.services.storage.paths import AppPaths

SIZES = ((1024, 640), (1280, 800), (1920, 1080))

# A reply as the app shows them most: prose with a list, inline code, a link, a fenced code block with a long
# line (which scrolls inside its block, never the page) and an unbroken token that prose must wrap or break.
ASSISTANT_REPLY = """Here is a function that reverses a string, with a short explanation.

```python
def reverse(text: str) -> str:
    \"\"\"Return text reversed; slicing with a step of -1 walks the string from its end.\"\"\"
    return text[::-1]  # a deliberately long comment so that this line is wider than the column on a small window
```

- `text[::-1]` makes a **new** string (strings are immutable).
- For a list, `reversed(items)` returns an iterator instead.

See https://docs.python.org/3/library/stdtypes.html#common-sequence-operations for the details:
averyveryverylongidentifierwithoutanyspacesthatmustnotpushthecolumnwiderthanthewindowcanshow_indeed.
"""


def seed_conversations(store: object) -> None:
    """Two chats in the database before the window opens: an older short one and the one the window opens."""
    older = store.create_conversation("Packing list for a weekend")  # type: ignore[attr-defined]
    store.add_message(older.id, None, "user", "What should I pack for two days of hiking?")  # type: ignore[attr-defined]
    chat = store.create_conversation("Reverse a string in Python")  # type: ignore[attr-defined]
    question = store.add_message(  # type: ignore[attr-defined]
        chat.id, None, "user", "Write a Python function that reverses a string, with a short explanation.")
    store.add_message(chat.id, question.id, "assistant", ASSISTANT_REPLY)  # type: ignore[attr-defined]


def seed_documents(history: object) -> None:
    """An earlier summary and translation, so the pages show their history lists as a returning user sees them
    (a row as long as a summary's first line is what made the list scroll sideways)."""
    source = "# The history of Lakeside town\n\nIn 1834, the market was rebuilt after a long debate.\n"
    summary = ("The history of Lakeside town is marked by a mix of historical events and significant changes: the "
               "railway was extended after a long debate among the 72 members of the town council.")
    history.add("summary", "lakeside-history.md", source, {"style": "bullets", "length": "short"}, summary)  # type: ignore[attr-defined]
    history.add("translation", "install.md", source, {"target_language": "fr"},  # type: ignore[attr-defined]
                "# L'histoire de la ville de Lakeside\n\nEn 1834, le marché a été reconstruit après un long débat.\n")


def seed_models(paths: object) -> None:
    """A second model beside the starter, with a long file name as Hugging Face's often are: the Library's
    columns and the picker's list then hold what a user's do."""
    from tests.gguf_fixtures import tiny_gguf

    models = paths.models_dir  # type: ignore[attr-defined]
    models.mkdir(parents=True, exist_ok=True)
    tiny_gguf(models / "Meta-Llama-3.1-8B-Instruct-abliterated.Q4_K_M.gguf")


def seed_training_run(paths: object) -> None:
    """A finished training run with its adapter, as the Train page lists it after a run (its loss and figures)."""
    from desktop_llm.core.training_config import TrainConfig
    from desktop_llm.services.models.model_library import starter_model_path
    from desktop_llm.services.training.training_runs import TrainingRuns

    folder = paths.data_dir / "training" / "0001-zorblaxia-facts"  # type: ignore[attr-defined]
    folder.mkdir(parents=True)
    adapter = folder / "adapter.gguf"
    adapter.write_bytes(b"GGUF")  # listed, never loaded
    runs = TrainingRuns(paths.database_file)  # type: ignore[attr-defined]
    config = TrainConfig(base_model=str(starter_model_path()), data_path=str(folder / "zorblaxia-facts.jsonl"), rank=8)
    run = runs.add("zorblaxia-facts", config, folder)
    runs.update(run.id, status="completed", step=16, total_steps=16, adapter_gguf=str(adapter))
    runs.close()


def seeded_services(paths: AppPaths) -> Services:
    """The services on `paths` with the stand-in engine and what a user's window holds (chats with code, earlier
    summaries, a training run, a model with a long name)."""
    from desktop_llm.app import build_services
    from tests.knowledge_scenes import seed_knowledge
    from tests.standin_engine import standin_command
    from tests.tools_scenes import seed_tools

    services = build_services(paths, standin_command())
    seed_knowledge(paths, services.store)  # before the chat with code: that one stays the newest, opened first
    seed_tools(paths, services.store)  # a tool model, mcp.json and a chat whose replies call tools
    seed_conversations(services.store)
    seed_documents(services.history)
    seed_training_run(paths)
    seed_models(paths)
    return services


def pump(seconds: float = 0.05, until: Callable[[], bool] | None = None) -> None:
    """Let layouts, deferred deletes and queued resizes settle (outside app.exec())."""
    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents()  # type: ignore[union-attr]
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # type: ignore[union-attr]
        if (until is not None and until()) or time.monotonic() >= deadline:
            return
        time.sleep(0.005)


def settle(window: QWidget, limit: float = 5.0) -> None:
    """Pump until no visible widget moves or resizes between two rounds: a layout change can take several
    passes of the event loop to reach nested widgets (more on a loaded machine), and a picture of the window
    mid-way would report problems a user never sees."""
    def shape() -> list[tuple[int, int, int, int]]:
        return [w.geometry().getRect() for w in [window, *window.findChildren(QWidget)] if w.isVisible()]

    deadline = time.monotonic() + limit
    before = shape()
    while time.monotonic() < deadline:
        pump(0.05)
        now = shape()
        if now == before:
            return
        before = now


def page_names(window: object) -> list[str]:
    tabs = window.tabs  # type: ignore[attr-defined]
    return [tabs.tabText(i) if hasattr(tabs, "tabText") else tabs.widget(i).objectName() for i in range(tabs.count())]


def scenes(window: object, size: tuple[int, int]) -> Iterator[str]:
    """Shows each page in turn (the Chat page with and without the Settings dock, a reply citing sources, a chat
    with tool calls and an approval card, its tools menu open; the Knowledge page empty and with a search, the
    Train page with a run) at `size` and yields its name. The size is asked again for each: a page that made the
    window grow is reported there, not blamed on the pages after it."""
    tabs = window.tabs  # type: ignore[attr-defined]
    dock = window.settings_dock  # type: ignore[attr-defined]

    def show() -> None:
        # Settled first: a dock just hidden lowers the window's minimum only once its layout has run, and a
        # resize before that is clamped to the old minimum.
        settle(window)  # type: ignore[arg-type]
        window.resize(*size)  # type: ignore[attr-defined]
        settle(window)  # type: ignore[arg-type]

    for index, name in enumerate(page_names(window)):
        tabs.setCurrentIndex(index)
        if index == 0:
            for shown in (False, True):
                dock.setVisible(shown)
                show()
                yield f"{name}+settings" if shown else name
            dock.setVisible(False)
            before = open_cited_chat(window, pump)
            if before is not None:
                show()
                yield f"{name} (sources)"
                window.chat.open_conversation(before)  # type: ignore[attr-defined]
            back = open_tool_chat(window, pump)
            if back is not None:
                show()
                yield f"{name} (tools)"
                menu = open_chip_menu(window)
                settle(menu)
                yield f"{name} (tools menu)"
                menu.close()
                close_tool_chat(window, back, pump)
        elif hasattr(page := tabs.widget(index), "collection_list"):  # Knowledge: its empty state, then in use
            if not page.detail.results.count():
                show_search(page, pump)
            page.stack.setCurrentIndex(0)
            show()
            yield f"{name} (empty)"
            page.stack.setCurrentIndex(1)
            show()
            yield name
        else:
            show()
            yield name
            runs = getattr(tabs.widget(index), "run_list", None)  # the Train page: a finished run's page too
            if runs is not None and runs.count():
                runs.setCurrentRow(0)
                show()
                yield f"{name} (a finished run)"
                tabs.widget(index).show_form()
    tabs.setCurrentIndex(0)
    show()


def check_window(window: QWidget, runs: Sequence[tuple[tuple[int, int], str]], first_run: bool = True) -> list[Offender]:
    """The layout check at each (size, theme): every page, and the first-run welcome once per theme. A page
    whose minimum is larger than the size makes the window grow past it (off the user's screen): reported,
    with the widget that holds it large."""
    found: list[Offender] = []
    themes_seen: set[str] = set()
    for (width, height), theme in runs:
        window.app_menus.apply_theme(theme)  # type: ignore[attr-defined]
        where = f"{width}x{height} {theme}"
        for page in scenes(window, (width, height)):
            if (window.width(), window.height()) != (width, height):
                found.append(window_size_offender(window, (width, height), f"{where} {page}"))
            found.extend(offenders(window, f"{where} {page}"))
            found.extend(popup_offenders(window, f"{where} {page}"))
        found.extend(check_model_picker(window, f"{where} model-picker"))
        if first_run and theme not in themes_seen:
            themes_seen.add(theme)
            found.extend(check_first_run(window, f"{where} first-run"))
            found.extend(check_dialogs(window, where))
    return found


def window_size_offender(window: QWidget, size: tuple[int, int], where: str) -> Offender:
    width, height = size
    minimum = window.minimumSizeHint()
    culprits = [f"the widest: {widest_minimum(window)}"] if window.width() != width else []
    if window.height() != height:
        culprits.append(f"the tallest: {widest_minimum(window, vertical=True)}")
    return Offender(where, "MainWindow", f"cannot be {width}x{height}: it is {window.width()}x{window.height()} "
                    f"(its layout's minimum is {minimum.width()}x{minimum.height()}; {'; '.join(culprits)})")


def widest_minimum(widget: QWidget, vertical: bool = False) -> str:
    """What holds a window wide (or tall): follows the child with the largest minimum (hidden pages too: a stack
    is as large as its largest page) down to the widget whose own content sets it, e.g. an unwrapped label."""
    def minimum(w: QWidget) -> int:
        return max(w.minimumHeight(), w.minimumSizeHint().height()) if vertical else max(
            w.minimumWidth(), w.minimumSizeHint().width())

    node = widget
    while True:
        children = [c for c in node.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if (not c.isWindow() and not c.isHidden()) or isinstance(node, QStackedWidget)]
        best = max(children, key=minimum, default=None)
        if best is None or minimum(best) < 0.7 * minimum(node):
            # No one child sets it: a row (or column) of them does; name the largest few.
            largest = sorted(children, key=minimum, reverse=True)[:3]
            row = ", ".join(f"{describe(c)} {minimum(c)} px" for c in largest)
            return f"{describe(node)} needs {minimum(node)} px" + (f"; its largest children: {row}" if row else "")
        node = best


def check_model_picker(window: object, where: str) -> list[Offender]:
    """The model picker's popup, opened over the chat as a click opens it: each window it shows is checked."""
    combo = window.model_combo  # type: ignore[attr-defined]
    combo.showPopup()
    pump(0.1)
    found = popup_offenders(window, where)
    combo.hidePopup()
    pump()
    return found


def popup_offenders(window: object, where: str) -> list[Offender]:
    """Each popup or dialog open over the window (a menu, a picker's list), checked as it is shown."""
    found = []
    for top in QApplication.topLevelWidgets():
        owner = top.parentWidget()
        if top.isVisible() and top is not window and owner is not None and owner.window() is window:
            settle(top)
            found.extend(offenders(top, where))
    return found


def check_dialogs(window: object, where: str) -> list[Offender]:
    """The window's dialogs at the size they open at (their own, not the window's): Settings, Connections,
    About. Each is closed without applying anything."""
    menus = window.app_menus  # type: ignore[attr-defined]
    found: list[Offender] = []
    for name in ("settings", "connections", "about"):
        dialog = getattr(menus, f"open_{name}")()
        if not isinstance(dialog, QWidget):
            continue
        settle(dialog)
        found.extend(offenders(dialog, f"{where} {name} dialog"))
        dialog.close()  # rejected: nothing applied
        pump()
    if getattr(window, "tools_settings", None) is not None:  # Tools and MCP servers, then its Add server form
        dialog = tools_dialog(window, pump)
        settle(dialog)
        found.extend(offenders(dialog, f"{where} tools dialog"))
        form = add_server_form(dialog)
        if form is not None:
            settle(form)
            found.extend(offenders(form, f"{where} add-server form"))
            form.close()
        dialog.close()
        pump()
    return found


def check_first_run(window: object, where: str) -> list[Offender]:
    """The first-run welcome (a dialog today; issue 15 may make it a page, then the pages cover it)."""
    menus = window.app_menus  # type: ignore[attr-defined]
    settings = window.settings  # type: ignore[attr-defined]
    if settings.first_run_done or not hasattr(menus, "show_first_run_if_needed"):
        return []
    dialog = menus.show_first_run_if_needed()
    if dialog is None or not isinstance(dialog, QWidget):
        return []
    settle(dialog)
    found = offenders(dialog, where)
    dialog.hide()  # hidden, not finished: finishing it would record the first run as done
    dialog.deleteLater()
    pump()
    return found


def parse_runs(args: Sequence[str]) -> list[tuple[tuple[int, int], str]]:
    runs = []
    for arg in args:
        size, _, theme = arg.partition(":")
        width, height = (int(n) for n in size.split("x"))
        runs.append(((width, height), theme or "light"))
    return runs


def main(args: Sequence[str]) -> int:
    """The child process of the 200 %, Chinese and pseudo-locale checks: the same window and scenes, on a fresh
    home of its own (--language=CODE starts it in that language, --qm=FILE installs a translation first)."""
    from dataclasses import replace

    from PySide6.QtCore import QTranslator

    from desktop_llm.app import build_main_window
    from desktop_llm.services.storage.paths import HOME_ENV, AppPaths
    from desktop_llm.services.storage.settings_store import SettingsStore

    options = dict(a[2:].split("=", 1) for a in args if a.startswith("--"))
    app = QApplication(["layout-check"])
    home = Path(os.environ.get(HOME_ENV) or tempfile.mkdtemp(prefix="dl-layout-")) / "scaled"
    paths = AppPaths.under(home)
    if "language" in options:  # the UI language the window starts in (issue 21)
        store = SettingsStore(paths.ensure().settings_file)
        store.save(replace(store.load(), ui_language=options["language"]))
    pseudo = QTranslator(app)
    if "qm" in options:  # a pseudo-locale: every string longer than English (scripts/i18n.py pseudo)
        assert pseudo.load(options["qm"]), options["qm"]
        app.installTranslator(pseudo)
    services = seeded_services(paths)
    window = build_main_window(services)
    window.show()
    pump(60, lambda: window.model_status.text().startswith("Ready"))
    found = check_window(window, parse_runs([a for a in args if not a.startswith("--")]))
    print(json.dumps({"ratio": window.devicePixelRatio(), "offenders": [str(o) for o in found],
                      "pages": page_names(window)}, ensure_ascii=False))
    window.close()
    services.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
