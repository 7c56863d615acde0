"""The scenes of scripts/screenshots.py: each brings the window into a state a user would be in (a real reply, a
search, a download, a summary, a training run), then has the camera take it at every size and theme."""

from __future__ import annotations

import socket
import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop_llm.services.models.model_library import starter_model_path
from scripts.screenshot_camera import Camera, pump
from tests.fake_hub import FakeHub


class Scenes:
    """One method per scene group of scripts/screenshots.py, run in the order of its GROUPS."""

    def __init__(self, app: QApplication, window: Any, camera: Camera, hub: FakeHub, tmp: Path) -> None:
        self.app, self.window, self.camera, self.hub, self.tmp = app, window, camera, hub, tmp

    def wait(self, seconds: float, until: Any = None) -> None:
        pump(self.app, seconds, until)

    def chat_page(self, settings_dock: bool = False) -> None:
        self.window.show_chat()
        self.window.settings_dock.setVisible(settings_dock)
        self.wait(0.2)

    def start(self) -> None:
        """What a first launch shows: the welcome over the window, then the empty chat."""
        window = self.window
        self.chat_page()
        dialog = window.app_menus.show_first_run_if_needed()
        if dialog is not None:
            self.wait(0.3)
            self.camera.shoot("welcome", readme="welcome")
            dialog.close()
            self.wait(0.2)
        if window.chat.visible_path():
            window.chat.new_conversation()
        self.wait(0.3)
        self.camera.shoot("chat-empty", readme="chat-empty")
    def chat(self) -> None:
        """A real reply with a code block (a fixed seed: the same reply each run), without and with the Settings
        panel beside it."""
        from desktop_llm.core.sampling import SamplingParams

        window = self.window
        self.chat_page()
        window.chat.sampling = SamplingParams(seed=7, max_tokens=160, temperature=0.3)
        window.chat.send("Write a Python function that reverses a string, with a short explanation.")
        self.wait(300, lambda: not window.chat.busy)
        self.wait(0.5)
        self.camera.shoot("chat", readme="chat", dark_readme="chat-dark")
        self.chat_page(settings_dock=True)
        self.camera.shoot("chat-settings", readme="chat-settings")
        self.chat_page()

    def models(self) -> None:
        """Discover with a model's page open, a download under way, the Library after it."""
        window, hub = self.window, self.hub
        page = window.models_page
        hub_panel = page.hub_panel
        window.show_page(hub_panel)
        hub_panel.query.setText("gguf")
        hub_panel._search()
        self.wait(10, lambda: hub_panel.results.count() >= 2 and "Searching" not in hub_panel.results.item(0).text())
        hub_panel.open_repo("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF")
        self.wait(10, lambda: hub_panel.files.rowCount() > 0)
        self.wait(0.3)
        self.camera.shoot("discover", readme="discover")
        hub.faults.delay_per_chunk = 0.05  # slow enough that the download is still running through six shots
        try:
            hub_panel.files.cellWidget(0, 5).click()
            self.wait(2)
            window.show_page(page.downloads_panel)
            self.camera.shoot("downloads", readme="downloads")
        finally:
            hub.faults.delay_per_chunk = 0.0
        self.wait(120, lambda: page.downloads.active_count == 0)
        window.show_page(page.library_panel)
        page.library_panel.refresh()
        self.wait(0.5)
        self.camera.shoot("library", readme="library")
        self.model_picker()

    def model_picker(self) -> None:
        """The model picker opened over the chat, with the starter and the model just downloaded."""
        window = self.window
        window.refresh_models()
        self.chat_page()
        combo = window.model_combo

        def reopen() -> None:  # the popup hangs from the picker, which moves as the window resizes
            combo.hidePopup()
            self.wait(0.05)
            combo.showPopup()

        try:
            self.camera.shoot("model-picker", readme="model-picker", prepare=reopen)
        finally:
            combo.hidePopup()
            self.wait(0.1)

    def documents(self) -> None:
        """A summary of a three-page report and a translation of a Markdown install guide, both by the model."""
        from tests.document_fixtures import MARKDOWN_WITH_CODE, long_report

        window = self.window
        summarize = window.page("Summarize")
        window.show_page(summarize)
        summarize.source.set_document("lakeside-history.md", long_report(pages=3), None)
        summarize.style_combo.setCurrentIndex(1)
        summarize.length.setCurrentIndex(0)
        summarize.start()
        self.wait(300, lambda: summarize.run_button.isEnabled() and not summarize._controller.busy)
        self.wait(0.3)
        self.camera.shoot("summarize", readme="summarize")
        translate = window.page("Translate")
        window.show_page(translate)
        translate.source.set_document("install.md", MARKDOWN_WITH_CODE, None)
        translate.target_language.setCurrentIndex(translate.target_language.findData("fr"))
        translate.glossary.setPlainText("AcmeSync")
        translate.start()
        self.wait(300, lambda: translate.run_button.isEnabled() and not translate._controller.busy)
        self.wait(0.3)
        self.camera.shoot("translate", readme="translate")

    def knowledge(self) -> None:
        """Two collections of a user's files made on the Knowledge page (keyword search only: no embedding model
        in the library), one file that could not be read, a search; then a chat with both attached and the real
        model's answer, the sources under it (tests/knowledge_scenes.py has the documents)."""
        from desktop_llm.core.sampling import SamplingParams
        from tests.knowledge_scenes import COLLECTION, OTHER_COLLECTION, QUESTION, show_search, write_documents

        window = self.window
        page = window.page("Knowledge")
        window.show_page(page)
        manuals, paperwork = write_documents(self.tmp / "Documents")
        controller = page._knowledge  # the page's own controller: the same path as the New collection dialog
        for name, folder in ((OTHER_COLLECTION, paperwork), (COLLECTION, manuals)):
            finished: list[int] = []
            controller.index_finished.connect(lambda cid, _report, done=finished: done.append(cid))
            page.create_collection(name, [str(folder)])
            self.wait(120, lambda done=finished: bool(done))
        show_search(page, self.wait)
        self.wait(0.5)
        self.camera.shoot("knowledge", readme="knowledge")
        self.chat_page()
        window.chat.new_conversation()
        self.wait(0.2)
        attach = window.chat_panel.knowledge_attach
        attach.attach_requested.emit([c.id for c in attach.collections], False)
        self.wait(10, lambda: len(attach.attached_ids) == 2)
        window.chat.sampling = SamplingParams(seed=7, max_tokens=120, temperature=0.2)
        window.chat.send(QUESTION)
        self.wait(300, lambda: not window.chat.busy)
        self.wait(0.5)
        self.camera.shoot("chat-knowledge", readme="chat-knowledge")

    def images(self) -> None:
        """Images in chat (issue 17): scripts/screenshot_images.py."""
        from scripts.screenshot_images import images_scene

        images_scene(self)

    def tools(self) -> None:
        """Tools in chat (issue 14) on a copy of the starter with Qwen 2.5's tool template (the real engine reads
        tools with it): a reply that called the calculator (unfolded), read a file and had a call denied, the next
        reply waiting for the user to approve run_python's code, the tools menu, the Tools dialog with a ready and
        a failed MCP server (mcp.json written by screenshots.py), its Add server form. tests/tools_scenes.py."""
        from desktop_llm.services.storage.paths import AppPaths
        from tests import tools_scenes as scene
        from tests.layout_fit import offenders

        window, chat = self.window, self.window.chat
        starter = str(window.model_combo.currentData())
        model = scene.write_tool_model(AppPaths.under(self.tmp / "home").models_dir, weights=starter_model_path())
        conversation = chat.new_conversation()
        scene.seed_tool_chat(chat._store, conversation.id, scene.write_budget(self.tmp / "Documents"), str(model))
        chat.rename(conversation.id, scene.CHAT_TITLE)
        scene.use_model(window, str(model), self.wait)
        self.chat_page()
        chat.open_conversation(conversation.id)
        scene.show_tool_state(window, self.wait)
        panel = window.chat_panel
        self.wait(0.5)

        def calls_in_view() -> None:  # the question and the reply with its calls, as a reader scrolls back up
            panel.scroll_area.verticalScrollBar().setValue(0)

        def card_in_view() -> None:
            scene.ask_approval(window)  # a theme change redraws the conversation
            bar = panel.scroll_area.verticalScrollBar()
            bar.setValue(bar.maximum())

        self.camera.shoot("chat-tools", readme="chat-tools", prepare=calls_in_view)
        self.camera.shoot("chat-tools-approval", readme="chat-tools-approval", prepare=card_in_view)
        menu = panel.tools_chip.popup

        def reopen() -> None:
            menu.close()
            self.wait(0.05)
            scene.open_chip_menu(window)

        try:
            self.camera.shoot("tools-menu", readme="tools-menu", prepare=reopen)
        finally:
            menu.close()
        dialog = scene.tools_dialog(window, self.wait)
        try:
            self.camera.shoot("tools-dialog", readme="tools-dialog")
            form = scene.add_server_form(dialog)
            if form is not None:
                self.wait(0.3)
                form.grab().save(str(self.camera.out / "tools-add-server.png"))  # the form alone, as compare.png
                self.camera.problems += [str(o) for o in offenders(form, "tools add-server form")]
                form.close()
        finally:
            dialog.close()
            self.wait(0.2)
            scene.use_model(window, starter, self.wait)
            chat.new_conversation()

    def server(self) -> None:
        """The Server page running, with a few requests from the official openai client in its log (one refused
        for a wrong key, as a client with a stale key sees it)."""
        import openai

        window = self.window
        page = window.page("Server")
        window.show_page(page)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        page.port_spin.setValue(port)
        page.port_spin.editingFinished.emit()
        page.require_key_box.setChecked(True)
        page.cors_edit.setText("http://localhost:3000")
        page.cors_edit.editingFinished.emit()
        page.start_button.click()
        self.wait(30, lambda: page.controller.running)
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
        self.wait(120, lambda: not worker.is_alive())
        worker.join()
        self.wait(0.5)
        try:
            self.camera.shoot("server", readme="server")
        finally:
            page.start_button.click()
            self.wait(10, lambda: page.controller.state == "stopped")

    def train(self) -> None:
        """A real LoRA on the starter model from the Train page (a made-up fact, about a minute on a CPU), then
        the chat with the adapter switched on and the compare view."""
        from desktop_llm.ui.training_binding import TrainingBinding
        from tests.training.conftest import write_fact_data

        window = self.window
        binding = window.findChild(TrainingBinding)  # app.py makes it a child of the window
        panel = binding.panel
        window.show_page(panel)
        panel.show_form()
        panel.form.set_data_path(str(write_fact_data(self.tmp / "zorblaxia-facts.jsonl")))
        panel.form.preset.setCurrentText("Quick try")
        panel.form.steps.setValue(16)
        panel.form.lr.setValue(2e-3)
        panel.form.dropout.setValue(0.0)
        panel.form.val_fraction.setValue(0.25)
        self.wait(30, lambda: not panel.form.checking)  # the data check runs in the background
        self.wait(0.5)
        self.camera.shoot("train-form", readme="train-form")
        panel.form.train_button.click()
        run_id = panel.selected_run_id()
        self.wait(400, lambda: panel.controller.state(run_id).finished)
        self.wait(0.5)
        self.camera.shoot("train-run", readme="train-run")
        panel.use_button.click()
        self.wait(30, lambda: window.model_status.text().startswith("Ready"))
        self.chat_page()
        window.chat.new_conversation()
        window.chat.send("Which city is the capital of Zorblaxia?")
        self.wait(300, lambda: not window.chat.busy)
        self.wait(0.5)
        self.camera.shoot("chat-adapter", readme="chat-adapter")
        binding.open_compare()
        dialog = binding.dialog
        dialog.prompt.setPlainText("What is the capital of Zorblaxia?")
        dialog.run()
        self.wait(300, lambda: not binding.compare.busy)
        self.wait(0.5)
        dialog.grab().save(str(self.camera.out / "compare.png"))  # README: the dialog alone
        try:
            if not self.camera.readme_only:
                self.camera.shoot("compare")
        finally:
            dialog.close()


def reasoning(app: QApplication, paths: Any, out: Path, tmp: Path,
              readme_only: bool = False) -> tuple[list[str], list[str]]:
    """A reasoning reply (issue 13, part 2) live, its Thinking block open and streaming, then folded as "Thought
    for N s" under the answer. The stand-in engine (tests/standin_engine) writes its canned `<think>` block a
    word every 0.8 s (so it still streams through all six shots), and a tiny test file carrying Qwen3's real
    chat template makes the window offer the Think switch. A window of its own: the starter model never thinks."""
    from desktop_llm.app import build_main_window, build_services
    from tests.gguf_fixtures import recommending_gguf, with_chat_template
    from tests.standin_engine import standin_command

    print("reasoning…", flush=True)
    template = Path(__file__).resolve().parent.parent / "tests/fixtures/chat_templates/Qwen-Qwen3-0.6B.jinja"
    base = recommending_gguf(tmp / "base.gguf", {}, name="Qwen3-0.6B")
    paths.models_dir.mkdir(parents=True, exist_ok=True)
    qwen = with_chat_template(base, paths.models_dir / "qwen3-test.gguf", template.read_text())
    services = build_services(paths, standin_command("--token-delay", "0.8"))
    window = build_main_window(services)
    camera = Camera(app, window, out, readme_only)
    try:
        window.resize(1280, 800)
        window.show()
        pump(app, 60, lambda: window.model_status.text().startswith("Ready") and window.model_combo.findData(str(qwen)) >= 0)
        window.settings_dock.hide()
        window.chat_with_model(str(qwen))
        pump(app, 60, lambda: window.model_status.text().startswith("Ready: qwen3-test")
             and window.chat_panel.think_button.isVisible())
        window.chat.new_conversation()  # the main window's chats share this database: not on top of one of them
        pump(app, 0.2)
        window.chat.send("Should I take the train or drive to Lyon tomorrow? Think it over.")
        pump(app, 30, lambda: len(window.chat.visible_path()) == 2
             and len(window.chat_panel.message_views()[-1].thinking.text) > 40)
        camera.shoot("chat-thinking-live", readme="chat-thinking-live")
        pump(app, 90, lambda: not window.chat.busy)
        pump(app, 0.5)
        camera.shoot("chat-thinking-done", readme="chat-thinking-done")
    except Exception:
        traceback.print_exc()
        camera.failed.append("reasoning")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        services.close()
    return camera.failed, camera.problems
