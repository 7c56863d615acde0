"""The dialog shown, before any window, when the app cannot start on its data as it is (issue 10, item 15)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_llm.controllers.i18n import QT_TR_NOOP, tr

MOVE_ASIDE = "move_aside"
RETRY = "retry"
QUIT = "quit"

# The buttons' English texts (tests click by them); shown through tr().
MOVE_ASIDE_TEXT = QT_TR_NOOP("Move it aside and start fresh")
RETRY_TEXT = QT_TR_NOOP("Try again")
QUIT_TEXT = QT_TR_NOOP("Quit")


def _exec(box: QMessageBox) -> None:
    box.exec()


def ask_startup_choice(
    message: str,
    can_move_aside: bool,
    can_retry: bool,
    log_file: str = "",
    parent: QWidget | None = None,
    run: Callable[[QMessageBox], object] = _exec,
) -> str:
    """Say what is wrong and return the user's way out: MOVE_ASIDE, RETRY or QUIT (also for closing the box).

    `run` shows the box and returns when a button was clicked; tests pass one that clicks a button offscreen."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("desktop-llm cannot start"))
    box.setText(message[:1].upper() + message[1:] + ".")
    informative = []
    if can_move_aside:
        informative.append(tr("Moving it aside keeps the file, renamed with “.broken-” and the date, next to the new "
                              "one."))
    if log_file:
        informative.append(tr("Details are in {file}.").format(file=log_file))
    box.setInformativeText("\n".join(informative))
    choices: dict[object, str] = {}
    if can_move_aside:
        choices[box.addButton(tr(MOVE_ASIDE_TEXT), QMessageBox.ButtonRole.AcceptRole)] = MOVE_ASIDE
    if can_retry:
        choices[box.addButton(tr(RETRY_TEXT), QMessageBox.ButtonRole.AcceptRole)] = RETRY
    quit_button = box.addButton(tr(QUIT_TEXT), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(quit_button)
    box.setDefaultButton(quit_button)  # nothing is renamed by a stray Enter
    run(box)
    return choices.get(box.clickedButton(), QUIT)
