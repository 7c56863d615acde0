"""Discover: search Hugging Face, read a model's card, see which file fits this machine, download it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.hub_controller import HubController
from desktop_llm.core.fit_estimate import FitEstimate, ModelShape, estimate_fit
from desktop_llm.core.hub_types import GGUFChoice, ModelPage, RepoSummary
from desktop_llm.core.model_info import human_size
from desktop_llm.core.sampling import KV_CACHE_TYPES
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import Banner, PageHeader, is_dark, page_body

# Each verdict in the design system's tone for it, so the column reads in light and dark alike.
_FIT_TONES = {"fits on GPU": "success_text", "partial offload": "warning_text", "CPU only": "info_text",
              "won't fit": "danger_text"}
FILE_COLUMNS = ("Quantization", "File", "Size", "Fit", "Needs", "")


class HubPanel(QWidget):
    """GUI thread only."""

    download_requested = Signal(str, object)  # repo id, GGUFChoice

    def __init__(self, hub: HubController, recommended: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._page: ModelPage | None = None
        self._shape: ModelShape | None = None
        self._opening = ""  # the repo whose page was asked for last
        self._query = ""  # the newest search's words
        self._retry_action: tuple[str, str] = ("", "")  # ("search" | "page", query or repo id) to try again
        self.header = PageHeader("Discover", "Find models on Hugging Face and see which file fits this computer.",
                                 "compass")
        layout = page_body(self, self.header)
        bar = QHBoxLayout()
        bar.setSpacing(design.SPACE["s"])
        self.query = QLineEdit()
        self.query.setPlaceholderText("Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)")
        self.query.setAccessibleName("Search models")
        self.query.returnPressed.connect(self._search)
        self.sort = QComboBox()
        self.sort.addItems(["downloads", "likes", "recently updated", "trending"])
        self.sort.setToolTip("Sort results by")
        self.sort.setAccessibleName("Sort by")
        self.search_button = QPushButton("Search")
        self.search_button.setProperty("kind", "primary")
        self.search_button.setIcon(icon("search", "on-accent"))
        self.search_button.clicked.connect(self._search)
        bar.addWidget(self.query, 1)
        bar.addWidget(QLabel("Sort"))
        bar.addWidget(self.sort)
        bar.addWidget(self.search_button)
        layout.addLayout(bar)
        # Where the models come from: Hugging Face or the mirror chosen in Settings (issue 21).
        self.source = QLabel(f"Models from {hub.endpoint}")
        self.source.setProperty("kind", "muted")
        self.source.setAccessibleName("Model source")
        hub.endpoint_changed.connect(lambda url: self.source.setText(f"Models from {url}"))
        layout.addWidget(self.source)
        self.banner = Banner()
        self.banner.setAccessibleName("Hub status")
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        # Offline, a failed request is retried only when asked: nothing polls the network behind the user's back.
        self.retry_button = QPushButton("Try again")
        self.retry_button.setIcon(icon("refresh-cw"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self._retry)
        banner_row.addWidget(self.retry_button)
        layout.addLayout(banner_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.results = QListWidget()
        self.results.setAccessibleName("Search results")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.setSpacing(2)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        splitter.addWidget(self.results)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(design.SPACE["s"], 0, 0, 0)
        page_layout.setSpacing(design.SPACE["s"])
        self.title = QLabel("Recommended to start")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a repo id comes from the hub: untrusted
        self.title.setProperty("kind", "title")
        self.title.setWordWrap(True)
        page_layout.addWidget(self.title)
        self.card = QLabel("Pick a model on the left to see its files and whether they fit this computer.")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.PlainText)  # card text comes from the hub: untrusted
        self.card.setAccessibleName("Model card")
        page_layout.addWidget(self.card)
        fit_bar = QHBoxLayout()
        fit_bar.addWidget(QLabel("Fit for context length"))
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(512, 1_048_576)
        self.n_ctx.setSingleStep(2048)
        self.n_ctx.setValue(4096)
        self.n_ctx.setAccessibleName("Context length for the fit estimate")
        self.n_ctx.valueChanged.connect(self._fill_files)
        fit_bar.addWidget(self.n_ctx)
        fit_bar.addWidget(QLabel("KV cache"))
        self.kv_type = QComboBox()
        self.kv_type.addItems(list(KV_CACHE_TYPES))
        self.kv_type.currentTextChanged.connect(self._fill_files)
        fit_bar.addWidget(self.kv_type)
        fit_bar.addStretch(1)
        self.machine = QLabel(self._machine_text())
        self.machine.setProperty("kind", "muted")
        fit_bar.addWidget(self.machine)
        page_layout.addLayout(fit_bar)
        self.files = QTableWidget(0, len(FILE_COLUMNS))
        self.files.setHorizontalHeaderLabels(list(FILE_COLUMNS))
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().setVisible(False)
        self.files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.files.setAccessibleName("Model files")
        page_layout.addWidget(self.files, 1)
        splitter.addWidget(page)
        splitter.setSizes([320, 880])
        layout.addWidget(splitter, 1)

        hub.search_finished.connect(self._on_hub_search_finished)
        hub.search_failed.connect(self._on_hub_search_failed)
        hub.page_loaded.connect(self._on_hub_page_loaded)
        hub.page_failed.connect(self._on_hub_page_failed)
        self.show_repos([RepoSummary(r) for r in recommended], recommended=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark: the fit column's colours follow
            self._fill_files()

    def _machine_text(self) -> str:
        budget = self._hub.budget
        gpu = f", {budget.gpu_name} {human_size(budget.vram_bytes)}" if budget.vram_bytes else ", no GPU found"
        return f"This computer: {human_size(budget.ram_bytes)} RAM{gpu}"

    def _search(self) -> None:
        # The list keeps what it shows until the answer is in: a failed search (offline) must not leave it empty.
        self._hide_banner()
        self.search_button.setEnabled(False)
        self.search_button.setText("Searching…")
        self._retry_action = ("search", self.query.text())
        self._query = self.query.text()
        self._hub.search(self.query.text(), self.sort.currentText())

    def _hide_banner(self) -> None:
        self.banner.clear_message()
        self.retry_button.setVisible(False)

    def _show_banner(self, message: str) -> None:
        offline = self._hub.offline
        self.banner.show_message(message + (" Your downloaded models keep working." if offline else ""), "warning")
        self.retry_button.setVisible(True)

    def _retry(self) -> None:
        kind, target = self._retry_action
        if kind == "page":
            self.open_repo(target)
        elif kind == "search":
            self.query.setText(target)
            self._search()

    def show_repos(self, repos: list[RepoSummary], recommended: bool = False) -> None:
        self.results.clear()
        for repo in repos:
            owner, _, name = repo.repo_id.partition("/")
            stats = "" if recommended else f"   ↓ {repo.downloads:,}   ♥ {repo.likes:,}"
            gated = "   gated: needs a token" if repo.gated else ""
            item = QListWidgetItem(f"{name}\n{owner}{stats}{gated}")
            item.setToolTip(repo.repo_id)
            item.setData(Qt.ItemDataRole.UserRole, repo.repo_id)
            self.results.addItem(item)
        if not repos:
            query = self._query.strip()
            matching = f" match “{query}”" if query else " were found"
            self.results.addItem(f"No GGUF models{matching}. Try other or fewer words.")

    def _on_hub_search_finished(self, repos: list[RepoSummary]) -> None:
        self._search_done()
        self.title.setText("Search results")
        self.show_repos(repos)

    def _search_done(self) -> None:
        self.search_button.setEnabled(True)
        self.search_button.setText("Search")

    def _on_hub_search_failed(self, message: str) -> None:
        self._search_done()
        kept = " The list shows what was there before." if self.results.count() else ""
        self._show_banner(f"The search failed: {message}{kept}")

    def _on_hub_page_failed(self, repo_id: str, message: str) -> None:
        if repo_id != self._opening:
            return
        self._show_banner(message)
        offline = self._hub.offline
        self.card.setText(
            f"The page of {repo_id} cannot be shown: "
            + ("Hugging Face cannot be reached from this computer. Press Try again once you are online."
               if offline else message)
        )

    def _open_item(self, item: QListWidgetItem) -> None:
        repo_id = item.data(Qt.ItemDataRole.UserRole)
        if repo_id:
            self.open_repo(str(repo_id))

    def open_repo(self, repo_id: str) -> None:
        self._hide_banner()
        self._opening = repo_id
        self._retry_action = ("page", repo_id)
        self._page, self._shape = None, None
        self.title.setText(repo_id)
        self.card.setText("Loading…")
        self.files.setRowCount(0)
        self._hub.open_repo(repo_id)

    def _on_hub_page_loaded(self, page: ModelPage, shape: ModelShape | None) -> None:
        self._page, self._shape = page, shape
        card = page.card
        lines = [
            f"License: {card.license or 'not stated'}    Base model: {card.base_model or 'not stated'}    "
            f"Languages: {', '.join(card.languages) or 'not stated'}",
            f"↓ {card.downloads:,} downloads   ♥ {card.likes:,}" + ("   (gated: needs a token)" if card.gated else ""),
        ]
        if card.summary:
            lines.append("")
            lines.append(card.summary)
        tags = [t for t in card.tags if ":" not in t][:12]
        if tags:
            lines.append("Tags: " + ", ".join(tags))
        if shape is None and page.choices:
            lines.append("(The fit estimate is unavailable: the file header could not be read.)")
        if not page.choices:
            lines.append("This repository has no GGUF files that desktop-llm can run.")
        self.card.setText("\n".join(lines))
        self._fill_files()

    def estimate(self, choice: GGUFChoice) -> FitEstimate | None:
        if self._shape is None:
            return None
        return estimate_fit(self._shape, choice.size, self._hub.budget, self.n_ctx.value(), self.kv_type.currentText())

    def _fill_files(self) -> None:
        page = self._page
        self.files.setRowCount(0)
        if page is None:
            return
        self.files.setRowCount(len(page.choices))
        for row, choice in enumerate(page.choices):
            parts = f" ({len(choice.files)} parts)" if choice.is_split else ""
            cells = [choice.quantization, choice.name + parts, human_size(choice.size)]
            fit = self.estimate(choice)
            cells += [fit.verdict, human_size(fit.total_bytes)] if fit else ["?", "?"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and fit is not None:
                    tones = design.colors(is_dark(self))
                    item.setForeground(QColor(getattr(tones, _FIT_TONES[fit.verdict])))
                    gpu = f"\nGPU layers: {fit.gpu_layers}" if fit.verdict == "partial offload" else ""
                    item.setToolTip(
                        f"Weights {human_size(fit.weights_bytes)} + KV cache {human_size(fit.kv_cache_bytes)} "
                        f"({fit.n_ctx} tokens) + compute {human_size(fit.compute_bytes)}{gpu}"
                    )
                self.files.setItem(row, column, item)
            button = QPushButton("Download")
            button.setIcon(icon("download"))
            button.setAccessibleName(f"Download {choice.name}")
            button.clicked.connect(lambda _=False, c=choice: self.download_requested.emit(page.card.repo_id, c))
            self.files.setCellWidget(row, 5, button)
        self.files.resizeColumnsToContents()
        self.files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
