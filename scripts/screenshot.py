"""Open the real window, send a prompt, wait for the reply and save a screenshot (for README and review).

Usage: python scripts/screenshot.py OUT.png ["prompt"]   (run under Xvfb, or with QT_QPA_PLATFORM=offscreen)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_llm.app import build_main_window, build_services
from desktop_llm.services.paths import AppPaths


def main() -> int:
    out = Path(sys.argv[1])
    default = "Write a Python function that reverses a string, with a short explanation."
    prompt = sys.argv[2] if len(sys.argv) > 2 else default
    app = QApplication(sys.argv[:1])
    services = build_services(AppPaths.under(Path(tempfile.mkdtemp(prefix="dl-shot-"))))
    window = build_main_window(services)
    window.resize(1280, 820)
    window.show()
    window.chat.sampling = window.chat.sampling.__class__(seed=7, max_tokens=200, temperature=0.3)

    def send() -> None:
        window.chat_panel.composer.setPlainText(prompt)
        window.chat_panel._on_composer_submitted()

    def finished(*_: object) -> None:
        QTimer.singleShot(400, save)

    def save() -> None:
        window.grab().save(str(out))
        app.quit()

    window.chat.reply_finished.connect(finished)
    window.chat.reply_failed.connect(finished)
    QTimer.singleShot(1500, send)
    QTimer.singleShot(120_000, app.quit)
    try:
        app.exec()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        services.close()
    return 0 if out.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
