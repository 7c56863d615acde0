"""Screenshots of every page for README and review, with the fake hub from the tests standing in for
Hugging Face (no network needed).

Usage: xvfb-run -a python scripts/screenshots.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop_llm.services.models.model_library import starter_model_path
from tests.fake_hub import FakeHub, FakeRepo
from tests.gguf_fixtures import tiny_gguf


def pump(app: QApplication, seconds: float, until: object = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        # Outside app.exec() deleteLater() never runs by itself; a real event loop would delete these widgets.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until is not None and until():  # type: ignore[operator]
            return
        time.sleep(0.01)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    starter = starter_model_path()
    assert starter is not None
    tmp = Path(tempfile.mkdtemp(prefix="dl-shots-"))
    tiny = tiny_gguf(tmp / "tiny.gguf").read_bytes()
    hub = FakeHub().start()
    readme = "# SmolLM2\n\nSmolLM2 is a family of compact language models, small enough to run on a phone or laptop.\n"
    hub.add("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", FakeRepo(
        files={"SmolLM2-135M-Instruct.Q4_1.gguf": starter.read_bytes(), "README.md": readme.encode()},
        card={"license": "apache-2.0", "base_model": "HuggingFaceTB/SmolLM2-135M-Instruct", "language": ["en"]},
        downloads=51234, likes=120, tags=("gguf", "text-generation", "conversational"),
    ))
    for quant in ("Q2_K", "Q4_K_M", "Q5_K_M", "Q8_0", "F16"):
        hub.repos.setdefault("example/Tiny-Llama-GGUF", FakeRepo(files={}, downloads=900, likes=12))
        hub.repos["example/Tiny-Llama-GGUF"].files[f"tiny-llama-{quant}.gguf"] = tiny
    os.environ["HF_ENDPOINT"] = hub.url
    os.environ["DESKTOP_LLM_HOME"] = str(tmp / "home")

    from desktop_llm.app import build_main_window, build_services
    from desktop_llm.core.sampling import SamplingParams
    from desktop_llm.services.storage.paths import AppPaths

    app = QApplication(sys.argv[:1])
    paths = AppPaths.under(tmp / "home")
    if sys.argv[2:] == ["reasoning"]:  # only the reasoning reply: `xvfb-run -a python scripts/screenshots.py OUT reasoning`
        return reasoning_screens(app, paths, out, tmp)
    services = build_services(paths)
    window = build_main_window(services)
    window.resize(1280, 820)
    window.show()
    pump(app, 60, lambda: window.model_status.text().startswith("Ready"))
    if sys.argv[2:] == ["server"]:  # only the Server page: `xvfb-run -a python scripts/screenshots.py OUT server`
        server_screen(app, window, out)
        window.close()
        window.deleteLater()
        app.processEvents()
        services.close()
        hub.stop()
        return 0
    window.chat.sampling = SamplingParams(seed=7, max_tokens=160, temperature=0.3)
    window.chat.send("Write a Python function that reverses a string, with a short explanation.")
    pump(app, 120, lambda: not window.chat.busy)
    pump(app, 0.5)
    window.grab().save(str(out / "chat.png"))
    window.app_menus.apply_theme("dark")
    pump(app, 0.3)
    window.grab().save(str(out / "chat-dark.png"))
    window.app_menus.apply_theme("system")
    pump(app, 0.3)

    page = window.models_page
    window.tabs.setCurrentWidget(page.hub_panel)
    page.hub_panel.query.setText("gguf")
    page.hub_panel._search()
    pump(app, 10, lambda: page.hub_panel.results.count() >= 2 and "Searching" not in page.hub_panel.results.item(0).text())
    page.hub_panel.open_repo("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF")
    pump(app, 10, lambda: page.hub_panel.files.rowCount() > 0)
    pump(app, 0.3)
    window.grab().save(str(out / "discover.png"))

    hub.faults.delay_per_chunk = 0.02
    page.hub_panel.files.cellWidget(0, 5).click()
    pump(app, 3)
    window.grab().save(str(out / "downloads.png"))
    hub.faults.delay_per_chunk = 0.0
    pump(app, 60, lambda: page.downloads.active_count == 0)
    window.tabs.setCurrentWidget(page.library_panel)
    page.library_panel.refresh()
    pump(app, 0.3)
    window.grab().save(str(out / "library.png"))

    summarize_page = window.tabs.widget(1)
    window.tabs.setCurrentWidget(summarize_page)
    from tests.document_fixtures import MARKDOWN_WITH_CODE, long_report

    summarize_page.source.set_document("lakeside-history.md", long_report(pages=3), None)
    summarize_page.style_combo.setCurrentIndex(1)
    summarize_page.length.setCurrentIndex(0)
    summarize_page.start()
    pump(app, 300, lambda: summarize_page.run_button.isEnabled() and not window.tabs.widget(1)._controller.busy)
    pump(app, 0.3)
    window.grab().save(str(out / "summarize.png"))

    translate_page = window.tabs.widget(2)
    window.tabs.setCurrentWidget(translate_page)
    translate_page.source.set_document("install.md", MARKDOWN_WITH_CODE, None)
    translate_page.target_language.setCurrentIndex(translate_page.target_language.findData("fr"))
    translate_page.glossary.setPlainText("AcmeSync")
    translate_page.start()
    pump(app, 300, lambda: translate_page.run_button.isEnabled() and not translate_page._controller.busy)
    pump(app, 0.3)
    window.grab().save(str(out / "translate.png"))

    server_screen(app, window, out)
    train_screens(app, window, out, tmp)
    window.close()
    window.deleteLater()
    app.processEvents()
    services.close()
    hub.stop()
    return 0


def reasoning_screens(app: QApplication, paths: object, out: Path, tmp: Path) -> int:
    """A reasoning reply (issue 13, part 2) live, its Thinking block open and streaming, then folded as "Thought for
    N s" under the answer. The test engine (tests/standin_engine) writes its canned `<think>` block a word every
    0.12 s, and a tiny test file carrying Qwen3's real chat template makes the window offer the Think switch."""
    from desktop_llm.app import build_main_window, build_services
    from tests.gguf_fixtures import recommending_gguf, with_chat_template
    from tests.standin_engine import standin_command

    template = Path(__file__).resolve().parent.parent / "tests/fixtures/chat_templates/Qwen-Qwen3-0.6B.jinja"
    base = recommending_gguf(tmp / "base.gguf", {}, name="Qwen3-0.6B")
    paths.models_dir.mkdir(parents=True, exist_ok=True)  # type: ignore[attr-defined]
    qwen = with_chat_template(base, paths.models_dir / "qwen3-test.gguf", template.read_text())  # type: ignore[attr-defined]
    services = build_services(paths, standin_command("--token-delay", "0.12"))  # type: ignore[arg-type]
    window = build_main_window(services)
    window.resize(1100, 640)
    window.show()
    pump(app, 60, lambda: window.model_status.text().startswith("Ready") and window.model_combo.findData(str(qwen)) >= 0)
    window.settings_dock.hide()  # the conversation, at a width the block is read at
    window.chat_with_model(str(qwen))
    pump(app, 60, lambda: window.model_status.text().startswith("Ready: qwen3-test")
         and window.chat_panel.think_button.isVisible())
    window.chat.send("Should I take the train or drive to Lyon tomorrow? Think it over.")
    pump(app, 30, lambda: len(window.chat.visible_path()) == 2 and len(window.chat_panel.message_views()[-1].thinking.text) > 60)
    pump(app, 0.2)
    window.grab().save(str(out / "chat-thinking-live.png"))
    pump(app, 60, lambda: not window.chat.busy)
    pump(app, 0.5)
    window.grab().save(str(out / "chat-thinking-done.png"))
    window.close()
    window.deleteLater()
    app.processEvents()
    services.close()
    return 0


def server_screen(app: QApplication, window: object, out: Path) -> None:
    """The Server page running, with a few requests from the official openai client in its log (one refused for
    a wrong key, as a client with a stale key sees it)."""
    import socket
    import threading

    import openai

    page = window.page("Server")  # type: ignore[attr-defined]
    window.show_page(page)  # type: ignore[attr-defined]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    page.port_spin.setValue(port)
    page.port_spin.editingFinished.emit()
    page.require_key_box.setChecked(True)
    page.cors_edit.setText("http://localhost:3000")
    page.cors_edit.editingFinished.emit()
    page.start_button.click()
    pump(app, 30, lambda: page.controller.running)
    key = page.key_edit.text()

    def clients() -> None:
        api = openai.OpenAI(base_url=page.controller.base_url, api_key=key, max_retries=0)
        model = api.models.list().data[0].id
        for question in ("Name three primary colors.", "What is the capital of France?"):
            api.chat.completions.create(model=model, max_tokens=40, temperature=0.2,
                                        messages=[{"role": "user", "content": question}])
        for _chunk in api.chat.completions.create(model=model, max_tokens=60, stream=True,
                                                  messages=[{"role": "user", "content": "Write a haiku about the sea."}]):
            pass
        try:
            api.embeddings.create(model=model, input=["lighthouse", "harbour"])
        except openai.APIError:
            pass  # a model without embeddings: the log shows the refusal as a client saw it
        try:
            openai.OpenAI(base_url=page.controller.base_url, api_key="stale-key", max_retries=0).models.list()
        except openai.AuthenticationError:
            pass

    worker = threading.Thread(target=clients)
    worker.start()
    pump(app, 120, lambda: not worker.is_alive())
    worker.join()
    pump(app, 0.5)
    window.grab().save(str(out / "server.png"))  # type: ignore[attr-defined]
    page.start_button.click()
    pump(app, 10, lambda: page.controller.state == "stopped")


def train_screens(app: QApplication, window: object, out: Path, tmp: Path) -> None:
    """A real LoRA on the starter model from the Train tab (a made-up fact, about a minute on a CPU), then the
    chat with the adapter switched on and the compare view."""
    from tests.training.conftest import write_fact_data

    binding = window.training_binding  # type: ignore[attr-defined]
    panel = binding.panel
    window.tabs.setCurrentWidget(panel)  # type: ignore[attr-defined]
    panel.show_form()
    panel.form.set_data_path(str(write_fact_data(tmp / "zorblaxia-facts.jsonl")))
    panel.form.preset.setCurrentText("Quick try")
    panel.form.steps.setValue(16)
    panel.form.lr.setValue(2e-3)
    panel.form.dropout.setValue(0.0)
    panel.form.val_fraction.setValue(0.25)
    pump(app, 30, lambda: not panel.form.checking)  # the data check runs in the background
    pump(app, 0.5)
    window.grab().save(str(out / "train-form.png"))  # type: ignore[attr-defined]
    panel.form.train_button.click()
    run_id = panel.selected_run_id()
    pump(app, 400, lambda: panel.controller.state(run_id).finished)
    pump(app, 0.5)
    window.grab().save(str(out / "train-run.png"))  # type: ignore[attr-defined]
    panel.use_button.click()
    pump(app, 30, lambda: window.model_status.text().startswith("Ready"))  # type: ignore[attr-defined]
    window.chat.new_conversation()  # type: ignore[attr-defined]
    window.chat.send("Which city is the capital of Zorblaxia?")  # type: ignore[attr-defined]
    pump(app, 60, lambda: not window.chat.busy)  # type: ignore[attr-defined]
    pump(app, 0.5)
    window.grab().save(str(out / "chat-adapter.png"))  # type: ignore[attr-defined]
    binding.open_compare()
    dialog = binding.dialog
    dialog.prompt.setPlainText("What is the capital of Zorblaxia?")
    dialog.run()
    pump(app, 60, lambda: not binding.compare.busy)
    pump(app, 0.5)
    dialog.grab().save(str(out / "compare.png"))
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
