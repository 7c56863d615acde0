"""The Server page: serve the model to other programs (OpenAI- and Anthropic-compatible API) and watch their
requests arrive."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import QT_TR_NOOP, error_text, tr, translated
from desktop_llm.controllers.request_log_model import COLUMNS
from desktop_llm.controllers.server_controller import RUNNING, STARTING, STOPPED, STOPPING, ServerController
from desktop_llm.core.errors import SettingsError
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.server_options import MAX_IDLE_UNLOAD_MINUTES, ServerOptions, parse_cors_origins
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import Banner, EmptyState, PageHeader, page_body, restyle

# English, shown through tr() (a module's constants are made before the translator is installed).
NETWORK_WARNING = QT_TR_NOOP("Anyone on your network with the API key can use the model and read its answers: turn "
                             "this on only on a network you trust, such as your home; never on public Wi-Fi.")
_STATE_TEXT = {STOPPED: QT_TR_NOOP("Stopped"), STARTING: QT_TR_NOOP("Starting…"), RUNNING: QT_TR_NOOP("Running at {url}"),
               STOPPING: QT_TR_NOOP("Stopping…")}
CHAT_MODEL = ""  # the model combo's data for "the chat's model"


class ServerPanel(QWidget):
    """GUI thread only. Every edit goes to the controller at once (it saves, and restarts a running server)."""

    def __init__(self, controller: ServerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("server-panel")

        self.header = PageHeader(tr("Server"), tr("Let other programs (Continue, Open WebUI, scripts using the openai "
                                                  "or anthropic library) use your models through an OpenAI- and "
                                                  "Anthropic-compatible API."), icon_name="server")
        self.state_label = QLabel()
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label.setAccessibleName(tr("Server state"))
        self.start_button = QPushButton(tr("Start server"))
        self.start_button.setObjectName("server-start")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.header.add_action(self.state_label)
        self.header.add_action(self.start_button)
        self.error_label = Banner()
        self.error_label.setObjectName("server-error")
        self.notice_label = QLabel()  # what a button just did (copied, a new key)
        self.notice_label.setProperty("kind", "muted")

        self.url_edit = QLineEdit(readOnly=True)
        self.url_edit.setAccessibleName(tr("Base URL"))
        self.copy_url_button = QPushButton(tr("Copy"))
        self.copy_url_button.setToolTip(tr("Copy the base URL"))
        self.copy_url_button.clicked.connect(lambda: self._copy(self.url_edit.text(), tr("Base URL copied")))
        self.key_edit = QLineEdit(readOnly=True)
        self.key_edit.setAccessibleName(tr("API key"))
        self.copy_key_button = QPushButton(tr("Copy"))
        self.copy_key_button.setToolTip(tr("Copy the API key"))
        self.copy_key_button.clicked.connect(lambda: self._copy(self.key_edit.text(), tr("API key copied")))
        self.regenerate_button = QPushButton(tr("Regenerate"))
        self.regenerate_button.setToolTip(tr("Make a new key; programs using the old one must be given the new one"))
        self.regenerate_button.clicked.connect(self._on_regenerate_clicked)
        self.require_key_box = QCheckBox(tr("Ask for the key on this computer too"))
        self.require_key_box.setToolTip(tr("Beyond this computer the key is always required"))
        self.require_key_box.toggled.connect(lambda on: self._apply(require_key=on))
        self.port_spin = QSpinBox(minimum=1, maximum=65535)
        self.port_spin.setAccessibleName(tr("Port"))
        self.port_spin.editingFinished.connect(lambda: self._apply(port=self.port_spin.value()))
        self.network_box = QCheckBox(tr("Serve on the local network"))
        self.network_box.toggled.connect(lambda on: self._apply(on_network=on))
        self.network_warning = QLabel(translated(NETWORK_WARNING))
        # Under the form, not in a form row: a wrapped label in a form row is sized for its narrowest width and
        # grows tall; here it wraps to the group's width (and a fixed two-line text made the page 900 px wide).
        self.network_warning.setWordWrap(True)
        self.network_warning.setObjectName("server-network-warning")
        self.cors_edit = QLineEdit()
        self.cors_edit.setPlaceholderText(tr("none: web pages cannot call the server (e.g. http://localhost:3000)"))
        self.cors_edit.setToolTip(tr("Web pages allowed to call the server from a browser, separated by commas; "
                                     "* allows every page"))
        self.cors_edit.editingFinished.connect(self._on_cors_edit_finished)
        self.model_combo = QComboBox()
        self.model_combo.setAccessibleName(tr("Model that answers"))
        self.model_combo.activated.connect(lambda _i: self._apply(model=str(self.model_combo.currentData() or "")))
        self.idle_spin = QSpinBox(minimum=0, maximum=MAX_IDLE_UNLOAD_MINUTES, suffix=tr(" min"))
        self.idle_spin.setSpecialValueText(tr("never"))
        self.idle_spin.setToolTip(tr("Unload a model the server loaded for a request after it went unused this long"))
        self.idle_spin.editingFinished.connect(lambda: self._apply(idle_unload_minutes=self.idle_spin.value()))

        form = QFormLayout()
        # A checkbox shares the row of the field it qualifies: the page fits a 640 px high window.
        form.addRow(tr("Base URL"), _row(self.url_edit, self.copy_url_button))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # short numbers stay short
        form.addRow(tr("API key"), _row(self.key_edit, self.copy_key_button, self.regenerate_button))
        form.addRow("", self.require_key_box)  # under the key it is about; the Port row stays narrow
        form.addRow(tr("Port"), _row(self.port_spin, self.network_box, stretch_first=False))
        form.addRow(tr("Allowed web pages (CORS)"), self.cors_edit)
        form.addRow(tr("Model that answers"), self.model_combo)
        form.addRow(tr("Unload idle models after"), self.idle_spin)
        self.usage_label = QLabel()
        self.usage_label.setProperty("kind", "muted")
        self.usage_label.setWordWrap(True)
        self.usage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        settings_box = QGroupBox(tr("Connection"))
        settings_layout = QVBoxLayout(settings_box)
        settings_layout.addLayout(form)
        settings_layout.addWidget(self.network_warning)
        usage_row = QHBoxLayout()
        usage_row.addWidget(self.usage_label, 1)
        usage_row.addWidget(self.notice_label, 0, Qt.AlignmentFlag.AlignBottom)
        settings_layout.addLayout(usage_row)

        self.log_view = QTableView()
        self.log_view.setObjectName("server-request-log")
        self.log_view.setModel(controller.log_model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.verticalHeader().hide()
        self.log_view.setWordWrap(False)  # one line per request; the full text is in the tooltip or a wider column
        self.log_view.setProperty("elided", True)
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("Status"), QHeaderView.ResizeMode.Stretch)  # errors can be long
        header.setStretchLastSection(False)
        # Columns fit what they show as requests arrive (ResizeToContents alone did not follow inserted rows).
        controller.log_model.rowsInserted.connect(self._on_log_rows_inserted)
        self.clear_log_button = QPushButton(tr("Clear"))
        self.clear_log_button.setIcon(icon("trash-2"))
        self.clear_log_button.clicked.connect(controller.log_model.clear)
        # No requests yet: what the log is for, and (stopped) that starting the server is the way to get some.
        self.empty = EmptyState(icon_name="server", title="", text="", compact=True)  # texts: _update_empty
        self.empty.finish()
        log_box = QGroupBox(tr("Requests"))
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.empty)
        log_layout.addWidget(self.log_view, 1)
        log_layout.addStretch(0)
        log_layout.addWidget(self.clear_log_button, 0, Qt.AlignmentFlag.AlignRight)
        self._log_layout = log_layout
        for signal in (controller.log_model.rowsInserted, controller.log_model.rowsRemoved,
                       controller.log_model.modelReset):
            signal.connect(self._update_empty)

        layout = page_body(self, self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(settings_box)
        layout.addWidget(log_box, 1)

        controller.state_changed.connect(self._on_controller_state_changed)
        controller.options_changed.connect(self._on_controller_options_changed)
        controller.failed.connect(self._on_controller_failed)
        controller.started.connect(lambda _url: self._show_error(""))
        self.set_models([])
        self._show_options(controller.options)
        self._on_controller_state_changed(controller.state)

    def set_models(self, models: list[ModelInfo]) -> None:
        """The library's models, offered as the one that answers (besides the chat's model)."""
        chosen = self.controller.options.model
        self.model_combo.clear()
        self.model_combo.addItem(tr("The chat's model"), CHAT_MODEL)
        for model in models:
            if not model.error:
                self.model_combo.addItem(model.name, model.path)
        if chosen and self.model_combo.findData(chosen) < 0:
            self.model_combo.addItem(tr("{name} (not in the library)").format(name=chosen.rsplit("/", 1)[-1]), chosen)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(chosen)))

    # handlers

    def _on_start_button_clicked(self) -> None:
        if self.controller.state in (RUNNING, STARTING):
            self.controller.stop()
        else:
            self._show_error("")
            self.controller.start()

    def _on_log_rows_inserted(self) -> None:
        for column, name in enumerate(COLUMNS):
            if name != "Status":  # it takes the width left (an error's full text is its tooltip)
                self.log_view.resizeColumnToContents(column)

    def _on_regenerate_clicked(self) -> None:
        self.controller.regenerate_key()
        self.notice_label.setText(tr("A new API key was made: the old one no longer works"))

    def _on_cors_edit_finished(self) -> None:
        try:
            origins = parse_cors_origins(self.cors_edit.text())
        except SettingsError as exc:
            self._show_error(error_text(exc))
            return
        self._show_error("")
        self._apply(cors_origins=origins)
        self.cors_edit.setText(", ".join(origins))

    def _on_controller_state_changed(self, state: str) -> None:
        self.state_label.setText(translated(_STATE_TEXT.get(state, state)).format(url=self.controller.base_url))
        running = state in (RUNNING, STARTING)
        self.start_button.setText(tr("Stop server") if running else tr("Start server"))
        # Start is the page's main action; Stop is an ordinary button (a blue Stop would read as "go").
        self.start_button.setProperty("kind", None if running else "primary")
        self.start_button.setIcon(icon("square") if running else icon("play", "on-accent"))
        restyle(self.start_button)
        self.start_button.setEnabled(state != STOPPING)
        self.state_label.setProperty("kind", None if state == RUNNING else "muted")
        restyle(self.state_label)
        self._update_empty()
        self.url_edit.setText(self.controller.base_url)
        self._show_usage()

    def _on_controller_options_changed(self, options: ServerOptions) -> None:
        self._show_options(options)

    def _on_controller_failed(self, message: str) -> None:
        self._show_error(message)

    # helpers

    def _apply(self, **changes: object) -> None:
        options = replace(self.controller.options, **changes)  # type: ignore[arg-type]
        if options != self.controller.options:
            self.controller.set_options(options)

    def _show_options(self, options: ServerOptions) -> None:
        for widget, value in ((self.require_key_box, options.require_key or options.on_network),
                              (self.network_box, options.on_network)):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.require_key_box.setEnabled(not options.on_network)  # beyond loopback the key is not optional
        self.port_spin.setValue(options.port)
        self.idle_spin.setValue(options.idle_unload_minutes)
        self.key_edit.setText(options.api_key)
        if not self.cors_edit.hasFocus():
            self.cors_edit.setText(", ".join(options.cors_origins))
        index = self.model_combo.findData(options.model)
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
        self.network_warning.setEnabled(options.on_network)  # drawn dimmed until it applies
        # Said in the danger colour while it applies; a muted note while the server stays on this computer.
        self.network_warning.setProperty("tone", "error" if options.on_network else None)
        self.network_warning.setProperty("kind", None if options.on_network else "muted")
        restyle(self.network_warning)
        self.url_edit.setText(self.controller.base_url)
        self._show_usage()

    def _show_usage(self) -> None:
        options = self.controller.options
        key = tr("the API key above") if options.key_in_use else tr("any text (no key is asked for on this computer)")
        self.usage_label.setText(
            tr("In a client, set the base URL to {url} and the API key to {key}. Models are named by their file name "
               "without .gguf (GET /v1/models lists them).").format(url=self.controller.base_url, key=key))

    def _show_error(self, message: str) -> None:
        if message:
            self.error_label.show_message(message, tone="danger")
        else:
            self.error_label.clear_message()

    def _update_empty(self) -> None:
        has_rows = self.controller.log_model.rowCount() > 0
        stopped = self.controller.state in (STOPPED, STOPPING)
        if stopped:
            self.empty.title.setText(tr("The server is stopped"))
            self.empty.text.setText(tr("Start it to let other programs use your models; their requests appear here."))
        else:
            self.empty.title.setText(tr("No requests yet"))
            self.empty.text.setText(tr("Point a client at {url}: each request it makes appears here with its model, "
                                       "tokens and time.").format(url=self.controller.base_url))
        self.empty.setVisible(not has_rows)
        self.log_view.setVisible(has_rows)
        self.clear_log_button.setVisible(has_rows)
        self._log_layout.setStretch(self._log_layout.count() - 2, 0 if has_rows else 1)

    def is_empty_shown(self) -> bool:
        return not self.empty.isHidden()

    def _copy(self, text: str, done: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notice_label.setText(done)


def _row(*widgets: QWidget, stretch_first: bool = True) -> QWidget:
    """Widgets side by side in a form row: the first takes the width left, or (stretch_first=False) none does."""
    holder = QWidget()
    if stretch_first:
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == 0 and stretch_first else 0)
    if not stretch_first:
        layout.addStretch(1)
    return holder
