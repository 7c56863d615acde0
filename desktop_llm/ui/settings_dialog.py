"""Settings: model folder, model source (Hugging Face or a mirror), default model, load defaults, theme, the UI's
language; and the promise that nothing is sent anywhere."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.hub_controller import HubController
from desktop_llm.controllers.i18n import LANGUAGES, QT_TR_NOOP, tr
from desktop_llm.core.hub_endpoint import DEFAULT_ENDPOINT, KNOWN_ENDPOINTS, EndpointError, check_endpoint
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.settings_schema import AppSettings, LoadDefaults
from desktop_llm.ui.page_chrome import Banner, restyle
from desktop_llm.ui.theme import THEMES
from desktop_llm.ui.translators import resolve

TEST_TEXT = QT_TR_NOOP("Test")
CANCEL_TEST_TEXT = QT_TR_NOOP("Cancel test")
THEME_NAMES = {"system": QT_TR_NOOP("System"), "light": QT_TR_NOOP("Light"), "dark": QT_TR_NOOP("Dark")}


class SettingsDialog(QDialog):
    """GUI thread only. `result_settings()` gives the edited settings after accept."""

    def __init__(self, settings: AppSettings, models: list[ModelInfo], models_dir: str,
                 parent: QWidget | None = None, hub: HubController | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self._settings = settings
        self._hub = hub
        self._testing = ""  # the address whose test is running ("" when none)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self._models_dir = settings.models_dir
        self.folder = QLabel(models_dir)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setToolTip(tr("Where downloaded models go. A change applies after a restart; models already "
                                  "downloaded stay where they are."))
        folder_row.addWidget(self.folder, 1)
        change = self.change_button = QPushButton(tr("Change…"))
        change.clicked.connect(self._choose_folder)
        folder_row.addWidget(change)
        open_folder = QPushButton(tr("Open"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self._models_dir_shown())))
        folder_row.addWidget(open_folder)
        # The first button in tab order (Change…) took the focus when the dialog opened and wore the focus frame
        # that reads as "default"; neither folder button may take Enter, which saves (issue 20, item 12).
        for button in (change, open_folder):
            button.setAutoDefault(False)
            button.setDefault(False)
        form.addRow(tr("Model folder"), folder_row)
        form.addRow(tr("Model source"), self._model_source_row(settings))
        self.default_model = QComboBox()
        self.default_model.setAccessibleName(tr("Default model"))
        for info in models:
            self.default_model.addItem(info.name, info.path)
        index = self.default_model.findData(settings.default_model_path)
        self.default_model.setCurrentIndex(max(0, index))
        form.addRow(tr("Default model"), self.default_model)
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(256, 1_048_576)
        self.n_ctx.setSingleStep(1024)
        self.n_ctx.setValue(settings.load.n_ctx)
        form.addRow(tr("Context length"), self.n_ctx)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setValue(settings.load.n_gpu_layers)
        self.gpu_layers.setToolTip(tr("-1: every layer that fits on the GPU; 0: CPU only"))
        form.addRow(tr("GPU layers"), self.gpu_layers)
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setValue(settings.load.n_threads)
        self.threads.setToolTip(tr("0: automatic"))
        form.addRow(tr("CPU threads"), self.threads)
        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        for name in THEMES:
            self.theme.addItem(tr(THEME_NAMES[name]) if name in THEME_NAMES else name.capitalize(), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Language"), self._language_row(settings))
        privacy = QLabel(tr("Telemetry: none. desktop-llm sends nothing anywhere; it only contacts the model source "
                            "(Hugging Face or your mirror) when you search or download a model."))
        privacy.setWordWrap(True)
        form.addRow(tr("Privacy"), privacy)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        self.default_model.setFocus()  # the dialog opens on its first setting, not on a folder button
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._on_dialog_finished)
        self._on_endpoint_edited()

    def _language_row(self, settings: AppSettings) -> QVBoxLayout:
        """The UI's language (issue 21): the system's first, then each language by its own name; it applies at the
        next start (every text is taken once, when its widget is made)."""
        column = QVBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        system_name = LANGUAGES[resolve("system")]
        self.language.addItem(tr("System language ({language})").format(language=system_name), userData="system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        column.addWidget(self.language)
        self.language_note = QLabel(tr("A new language applies the next time desktop-llm starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setProperty("kind", "muted")
        self.language.setAccessibleDescription(self.language_note.text())
        column.addWidget(self.language_note)
        return column

    def _model_source_row(self, settings: AppSettings) -> QVBoxLayout:
        """The hub endpoint (issue 21): an editable list of known sources, a Test button, and what they said."""
        column = QVBoxLayout()
        row = QHBoxLayout()
        self.hub_endpoint = QComboBox()
        self.hub_endpoint.setEditable(True)
        self.hub_endpoint.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.hub_endpoint.addItems(list(KNOWN_ENDPOINTS))
        self.hub_endpoint.setAccessibleName(tr("Model source"))
        self.hub_endpoint.setToolTip(tr("Where Discover searches and downloads models: Hugging Face, or a mirror of "
                                        "it (such as https://hf-mirror.com) where huggingface.co cannot be reached."))
        pinned = self._hub.environment_endpoint if self._hub is not None else ""
        self.hub_endpoint.setEditText(pinned or settings.hub_endpoint or DEFAULT_ENDPOINT)
        row.addWidget(self.hub_endpoint, 1)
        self.test_endpoint_button = QPushButton(tr(TEST_TEXT))
        self.test_endpoint_button.setAccessibleName(tr("Test the model source"))
        self.test_endpoint_button.setToolTip(tr("Ask this address for one model, as a search would"))
        self.test_endpoint_button.setAutoDefault(False)  # Enter saves; it never starts a test
        self.test_endpoint_button.setEnabled(self._hub is not None)
        self.test_endpoint_button.clicked.connect(self._on_test_endpoint_clicked)
        row.addWidget(self.test_endpoint_button)
        column.addLayout(row)
        self.endpoint_note = QLabel()
        self.endpoint_note.setWordWrap(True)
        self.endpoint_note.setTextFormat(Qt.TextFormat.PlainText)
        self.endpoint_note.setProperty("kind", "muted")
        if pinned:
            # huggingface_hub's own rule, kept by every hub request the app makes: the variable wins.
            self.hub_endpoint.setEnabled(False)
            self.endpoint_note.setText(tr("HF_ENDPOINT is set in the environment, so every request goes to {address}. "
                                          "Unset it to choose the source here.").format(address=pinned))
        else:
            self.endpoint_note.setText(tr("Hugging Face, or a mirror of it such as https://hf-mirror.com."))
        column.addWidget(self.endpoint_note)
        self.endpoint_error = QLabel()
        self.endpoint_error.setWordWrap(True)
        self.endpoint_error.setTextFormat(Qt.TextFormat.PlainText)
        self.endpoint_error.setProperty("tone", "error")
        self.endpoint_error.setAccessibleName(tr("Model source error"))
        self.endpoint_error.hide()
        column.addWidget(self.endpoint_error)
        self.endpoint_status = Banner()
        self.endpoint_status.setAccessibleName(tr("Model source test"))
        column.addWidget(self.endpoint_status)
        self.hub_endpoint.editTextChanged.connect(lambda _text: self._on_endpoint_edited())
        if self._hub is not None:
            self._hub.endpoint_tested.connect(self._on_hub_endpoint_tested)
        return column

    def endpoint_value(self) -> str:
        """The address in the field, checked; raises EndpointError with the reason."""
        return check_endpoint(self.hub_endpoint.currentText())

    def _on_endpoint_edited(self) -> None:
        """Checked as it is typed: a mistake is said under the field and Save waits for it to be fixed."""
        self._stop_test()
        self.endpoint_status.clear_message()  # what a test said was about the address before this edit
        try:
            self.endpoint_value()
        except EndpointError as exc:
            self.endpoint_error.setText(endpoint_error_text(exc))
            self.endpoint_error.show()
            valid = False
        else:
            self.endpoint_error.hide()
            valid = True
        self._fit_height()
        self.save_button.setEnabled(valid or not self.hub_endpoint.isEnabled())
        self.test_endpoint_button.setEnabled(valid and self._hub is not None)

    def _on_test_endpoint_clicked(self) -> None:
        if self._hub is None:
            return
        if self._testing:
            self._stop_test()
            self.endpoint_status.show_message(tr("Test cancelled."), tone="info")
            return
        try:
            url = self.endpoint_value()
        except EndpointError:
            return  # the error is already shown under the field
        self._testing = url
        self.test_endpoint_button.setText(tr(CANCEL_TEST_TEXT))
        self.endpoint_status.show_message(tr("Asking {address} for a model…").format(address=url), tone="info")
        self._fit_height()
        self._hub.test_endpoint(url)

    def _on_hub_endpoint_tested(self, url: str, ok: bool, message: str) -> None:
        if url != self._testing:
            return  # a test this dialog no longer waits for
        self._testing = ""
        self.test_endpoint_button.setText(tr(TEST_TEXT))
        text = tr("OK: {message}").format(message=message) if ok else message
        self.endpoint_status.show_message(text, tone="success" if ok else "danger")
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show a message that appeared (a test result, an address's error): a top-level window keeps its
        height when a wrapped label in a form row needs more, and the label was squeezed to one clipped line."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _stop_test(self) -> None:
        if self._hub is not None and self._testing:
            self._hub.cancel_endpoint_test()
        self._testing = ""
        self.test_endpoint_button.setText(tr(TEST_TEXT))

    def _on_dialog_finished(self, _result: int) -> None:
        """Closed: a test still running is dropped, and the controller (which outlives the dialog) lets go of it."""
        self._stop_test()
        if self._hub is not None:
            self._hub.endpoint_tested.disconnect(self._on_hub_endpoint_tested)
            self._hub = None

    def accept(self) -> None:
        if self.hub_endpoint.isEnabled():
            try:
                self.endpoint_value()
            except EndpointError as exc:
                self.endpoint_error.setText(endpoint_error_text(exc))
                self.endpoint_error.show()
                restyle(self.endpoint_error)
                return
        super().accept()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Folder for downloaded models"), self._models_dir_shown())
        if chosen:
            self.set_models_dir(chosen)

    def _models_dir_shown(self) -> str:
        return self._models_dir or self.folder.text()

    def set_models_dir(self, path: str) -> None:
        self._models_dir = path
        self.folder.setText(tr("{folder}  (after a restart)").format(folder=path))

    def result_settings(self) -> AppSettings:
        load = replace(self._settings.load, n_ctx=self.n_ctx.value(), n_gpu_layers=self.gpu_layers.value(),
                       n_threads=self.threads.value())
        endpoint = self._settings.hub_endpoint  # kept as saved while HF_ENDPOINT decides (the field is disabled)
        if self.hub_endpoint.isEnabled():
            checked = self.endpoint_value()
            endpoint = "" if checked == DEFAULT_ENDPOINT else checked
        return replace(self._settings, default_model_path=str(self.default_model.currentData() or ""),
                       models_dir=self._models_dir, hub_endpoint=endpoint,
                       load=LoadDefaults(**{**load.__dict__}), theme=str(self.theme.currentData()),
                       ui_language=str(self.language.currentData()))


def endpoint_error_text(error: EndpointError) -> str:
    """Why an address is no model source, in the user's language."""
    return tr(error.template).format(**error.fields)


def show_language_notice(parent: QWidget | None) -> QMessageBox:
    """Said once a changed language is saved: it shows from the next start (the window keeps its texts until
    then). Not blocking: the box is opened, not run."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Language"),
                      tr("The new language will be used the next time you start desktop-llm."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
