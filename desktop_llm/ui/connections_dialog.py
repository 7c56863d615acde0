"""File → Connections…: add, test and remove connections to other OpenAI-compatible servers (issue 11, part B)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.connections_controller import ConnectionsController, status_label
from desktop_llm.controllers.i18n import error_text, tr
from desktop_llm.core.connections import Connection, ConnectionStatus
from desktop_llm.core.errors import ConnectionConfigError

_COLUMNS = ("Name", "Address", "Status", "Models")


class ConnectionsDialog(QDialog):
    """GUI thread only. Every network call goes through the controller; its answers fill the table and the note."""

    def __init__(self, controller: ConnectionsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connections"))
        self.setMinimumWidth(720)
        self._controller = controller
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Other OpenAI-compatible servers: vLLM, llama.cpp's llama-server, Ollama (…/v1), "
                          "LM Studio, another desktop-llm, a hosted provider. Their models appear in the model "
                          "list. API keys are kept in the system keychain, or a file only you can read."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Address"), tr("Status"), tr("Models")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(tr("Saved connections"))
        layout.addWidget(self.table)
        form = QFormLayout()
        self.name_edit = QLineEdit(placeholderText="gpu-box")
        self.url_edit = QLineEdit(placeholderText="http://gpu-box:8000/v1")
        self.key_edit = QLineEdit(placeholderText=tr("optional"), echoMode=QLineEdit.EchoMode.Password)
        self.context_spin = QSpinBox()
        self.context_spin.setRange(0, 1 << 24)
        self.context_spin.setSpecialValueText(tr("ask the server"))
        self.context_spin.setSingleStep(1024)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Address"), self.url_edit)
        form.addRow(tr("API key"), self.key_edit)
        form.addRow(tr("Context length"), self.context_spin)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(tr("&Test"))
        self.add_button = QPushButton(tr("&Add"))
        self.remove_button = QPushButton(tr("&Remove selected"))
        self.refresh_button = QPushButton(tr("Re&fresh"))
        for button in (self.test_button, self.add_button, self.remove_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.note = QLabel(wordWrap=True)
        self.note.setAccessibleName(tr("Connection status"))
        layout.addWidget(self.note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.refresh_button.clicked.connect(controller.refresh)
        controller.statuses_listed.connect(self.show_statuses)
        controller.tested.connect(self._on_controller_tested)
        controller.failed.connect(self._on_controller_failed)
        controller.refresh()

    @classmethod
    def open_for(cls, controller: ConnectionsController, parent: QWidget) -> ConnectionsDialog:
        """Open the dialog (non-modal) over `parent`: File → Connections…."""
        dialog = cls(controller, parent)
        dialog.open()
        return dialog

    def show_statuses(self, statuses: list[ConnectionStatus]) -> None:
        self.table.setRowCount(len(statuses))
        for row, status in enumerate(statuses):
            cells = (status.name, status.base_url, status_label(status), ", ".join(status.models) or status.message)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(status.message or text)
                self.table.setItem(row, column, item)

    def _connection(self) -> Connection | None:
        try:
            return Connection(self.name_edit.text().strip(), self.url_edit.text(), self.context_spin.value()).validated()
        except ConnectionConfigError as exc:
            self.note.setText(error_text(exc))
            return None

    def _on_test_clicked(self) -> None:
        connection = self._connection()
        if connection is not None:
            self.note.setText(tr("Asking {address}…").format(address=connection.base_url))
            self._controller.test(connection, self.key_edit.text().strip())

    def _on_add_clicked(self) -> None:
        connection = self._connection()
        if connection is not None:
            self.note.setText(tr("Saved {name}; asking it for its models…").format(name=connection.name))
            self._controller.add(connection, self.key_edit.text().strip())
            self.key_edit.clear()

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self._controller.remove(item.text())

    def _on_controller_tested(self, status: ConnectionStatus) -> None:
        if status.state == "reachable":
            models = ", ".join(status.models) or tr("no models listed")
            self.note.setText(tr("{name} answers: {models}").format(name=status.name, models=models))
        else:
            self.note.setText(tr("{name}: {status}. {message}").format(name=status.name, status=status_label(status),
                                                                       message=status.message))

    def _on_controller_failed(self, message: str) -> None:
        self.note.setText(message)
