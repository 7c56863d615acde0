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
from desktop_llm.controllers.i18n import number_text, size_text, tr
from desktop_llm.core.fit_estimate import FitEstimate, ModelShape, estimate_fit
from desktop_llm.core.hub_types import GGUFChoice, ModelPage, RemoteFile, RepoSummary
from desktop_llm.core.sampling import KV_CACHE_TYPES
from desktop_llm.core.vision_projector import default_projector, with_projector
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon
from desktop_llm.ui.page_chrome import Banner, PageHeader, is_dark, page_body

# Each verdict in the design system's tone for it, so the column reads in light and dark alike.
_FIT_TONES = {"fits on GPU": "success_text", "partial offload": "warning_text", "CPU only": "info_text",
              "won't fit": "danger_text"}
FILE_COLUMNS = ("Quantization", "File", "Size", "Fit", "Needs", "")
_AUTO, _NONE = "auto", ""  # the projector combo's data besides a projector's path: the matching one, or none


def fit_label(verdict: str) -> str:
    """A fit verdict (core.fit_estimate.Verdict) in the user's language."""
    return {"fits on GPU": tr("fits on GPU"), "partial offload": tr("partial offload"), "CPU only": tr("CPU only"),
            "won't fit": tr("won't fit")}.get(verdict, verdict)


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
        self.header = PageHeader(tr("Discover"), tr("Find models on Hugging Face and see which file fits this computer."),
                                 icon_name="compass")
        layout = page_body(self, self.header)
        bar = QHBoxLayout()
        bar.setSpacing(design.SPACE["s"])
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Search GGUF models on Hugging Face (e.g. llama 3.2, qwen, gemma)"))
        self.query.setAccessibleName(tr("Search models"))
        self.query.returnPressed.connect(self._search)
        self.sort = QComboBox()
        # The hub's sort keys (hub_client.SORTS) as item data, each shown in the user's language.
        for key, label in (("downloads", tr("downloads")), ("likes", tr("likes")),
                           ("recently updated", tr("recently updated")), ("trending", tr("trending"))):
            self.sort.addItem(label, key)
        self.sort.setToolTip(tr("Sort results by"))
        self.sort.setAccessibleName(tr("Sort by"))
        self.search_button = QPushButton(tr("Search"))
        self.search_button.setProperty("kind", "primary")
        self.search_button.setIcon(icon("search", "on-accent"))
        self.search_button.clicked.connect(self._search)
        bar.addWidget(self.query, 1)
        bar.addWidget(QLabel(tr("Sort")))
        bar.addWidget(self.sort)
        bar.addWidget(self.search_button)
        layout.addLayout(bar)
        # Where the models come from: Hugging Face or the mirror chosen in Settings (issue 21).
        self.source = QLabel(tr("Models from {url}").format(url=hub.endpoint))
        self.source.setProperty("kind", "muted")
        self.source.setAccessibleName(tr("Model source"))
        hub.endpoint_changed.connect(lambda url: self.source.setText(tr("Models from {url}").format(url=url)))
        layout.addWidget(self.source)
        self.banner = Banner()
        self.banner.setAccessibleName(tr("Hub status"))
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        # Offline, a failed request is retried only when asked: nothing polls the network behind the user's back.
        self.retry_button = QPushButton(tr("Try again"))
        self.retry_button.setIcon(icon("refresh-cw"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self._retry)
        banner_row.addWidget(self.retry_button)
        layout.addLayout(banner_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.results = QListWidget()
        self.results.setAccessibleName(tr("Search results"))
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
        self.title = QLabel(tr("Recommended to start"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a repo id comes from the hub: untrusted
        self.title.setProperty("kind", "title")
        self.title.setWordWrap(True)
        page_layout.addWidget(self.title)
        self.card = QLabel(tr("Pick a model on the left to see its files and whether they fit this computer."))
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.PlainText)  # card text comes from the hub: untrusted
        self.card.setAccessibleName(tr("Model card"))
        page_layout.addWidget(self.card)
        # A vision repo (issue 17): its badge, and which projector each download brings (the matching one by default).
        vision_bar = QHBoxLayout()
        self.vision_badge = QLabel(tr("Vision"))
        # Drawn from the palette, so the badge follows light and dark themes without a theme rule of its own.
        self.vision_badge.setStyleSheet("QLabel { border: 1px solid palette(highlight); border-radius: 6px; "
                                        "padding: 1px 8px; color: palette(highlight); font-weight: 600; }")
        self.vision_badge.setToolTip(tr("This repository has a vision projector (mmproj): its models can read images."))
        self.vision_badge.setAccessibleName(tr("Vision model"))
        vision_bar.addWidget(self.vision_badge)
        self.projector_label = QLabel(tr("Projector"))
        vision_bar.addWidget(self.projector_label)
        self.projector = QComboBox()
        self.projector.setAccessibleName(tr("Vision projector to download with the model"))
        self.projector.setToolTip(tr("Downloaded with the model file, in the same download: it lets the model see "
                                     "images. The matching one is chosen by its name, else F16 or Q8_0."))
        self.projector.currentIndexChanged.connect(self._fill_files)
        self.projector_label.setBuddy(self.projector)
        vision_bar.addWidget(self.projector, 1)
        self._vision_widgets = (self.vision_badge, self.projector_label, self.projector)
        for widget in self._vision_widgets:
            widget.setVisible(False)
        page_layout.addLayout(vision_bar)
        fit_bar = QHBoxLayout()
        fit_bar.addWidget(QLabel(tr("Fit for context length")))
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(512, 1_048_576)
        self.n_ctx.setSingleStep(2048)
        self.n_ctx.setValue(4096)
        self.n_ctx.setAccessibleName(tr("Context length for the fit estimate"))
        self.n_ctx.valueChanged.connect(self._fill_files)
        fit_bar.addWidget(self.n_ctx)
        fit_bar.addWidget(QLabel(tr("KV cache")))
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
        self.files.setHorizontalHeaderLabels([tr("Quantization"), tr("File"), tr("Size"), tr("Fit"), tr("Needs"), ""])
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().setVisible(False)
        self.files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.files.setAccessibleName(tr("Model files"))
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
        ram = size_text(budget.ram_bytes)
        if budget.vram_bytes:
            return tr("This computer: {ram} RAM, {gpu} {vram}").format(ram=ram, gpu=budget.gpu_name,
                                                                       vram=size_text(budget.vram_bytes))
        return tr("This computer: {ram} RAM, no GPU found").format(ram=ram)

    def _search(self) -> None:
        # The list keeps what it shows until the answer is in: a failed search (offline) must not leave it empty.
        self._hide_banner()
        self.search_button.setEnabled(False)
        self.search_button.setText(tr("Searching…"))
        self._retry_action = ("search", self.query.text())
        self._query = self.query.text()
        self._hub.search(self.query.text(), str(self.sort.currentData()))

    def _hide_banner(self) -> None:
        self.banner.clear_message()
        self.retry_button.setVisible(False)

    def _show_banner(self, message: str) -> None:
        offline = self._hub.offline
        if offline:
            message = tr("{message} Your downloaded models keep working.").format(message=message)
        self.banner.show_message(message, tone="warning")
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
            stats = "" if recommended else f"   ↓ {number_text(repo.downloads)}   ♥ {number_text(repo.likes)}"
            gated = "   " + tr("gated: needs a token") if repo.gated else ""
            item = QListWidgetItem(f"{name}\n{owner}{stats}{gated}")
            item.setToolTip(repo.repo_id)
            item.setData(Qt.ItemDataRole.UserRole, repo.repo_id)
            self.results.addItem(item)
        if not repos:
            query = self._query.strip()
            self.results.addItem(tr("No GGUF models match “{query}”. Try other or fewer words.").format(query=query)
                                 if query else tr("No GGUF models were found. Try other or fewer words."))

    def _on_hub_search_finished(self, repos: list[RepoSummary]) -> None:
        self._search_done()
        self.title.setText(tr("Search results"))
        self.show_repos(repos)

    def _search_done(self) -> None:
        self.search_button.setEnabled(True)
        self.search_button.setText(tr("Search"))

    def _on_hub_search_failed(self, message: str) -> None:
        self._search_done()
        self._show_banner(tr("The search failed: {message} The list shows what was there before.").format(message=message)
                          if self.results.count() else tr("The search failed: {message}").format(message=message))

    def _on_hub_page_failed(self, repo_id: str, message: str) -> None:
        if repo_id != self._opening:
            return
        self._show_banner(message)
        offline = self._hub.offline
        reason = (tr("Hugging Face cannot be reached from this computer. Press Try again once you are online.")
                  if offline else message)
        self.card.setText(tr("The page of {repo} cannot be shown: {reason}").format(repo=repo_id, reason=reason))

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
        self.card.setText(tr("Loading…"))
        self.files.setRowCount(0)
        self._show_projectors(())
        self._hub.open_repo(repo_id)

    def _on_hub_page_loaded(self, page: ModelPage, shape: ModelShape | None) -> None:
        self._page, self._shape = page, shape
        card = page.card
        unstated = tr("not stated")
        lines = [
            tr("License: {license}    Base model: {base}    Languages: {languages}").format(
                license=card.license or unstated, base=card.base_model or unstated,
                languages=", ".join(card.languages) or unstated),
            tr("↓ %Ln download(s)", None, card.downloads) + f"   ♥ {number_text(card.likes)}"
            + ("   " + tr("(gated: needs a token)") if card.gated else ""),
        ]
        if card.summary:
            lines.append("")
            lines.append(card.summary)
        tags = [t for t in card.tags if ":" not in t][:12]
        if tags:
            lines.append(tr("Tags: {tags}").format(tags=", ".join(tags)))
        if shape is None and page.choices:
            lines.append(tr("(The fit estimate is unavailable: the file header could not be read.)"))
        if not page.choices:
            lines.append(tr("This repository has no GGUF files that desktop-llm can run."))
        self.card.setText("\n".join(lines))
        self._show_projectors(page.projectors)
        self._fill_files()

    def _show_projectors(self, projectors: tuple[RemoteFile, ...]) -> None:
        self.projector.blockSignals(True)
        self.projector.clear()
        if projectors:
            self.projector.addItem(tr("The matching projector (chosen for each file)"), _AUTO)
            for file in projectors:
                self.projector.addItem(f"{file.path} · {size_text(file.size)}", file.path)
            self.projector.addItem(tr("None: text only"), _NONE)
        self.projector.blockSignals(False)
        for widget in self._vision_widgets:
            widget.setVisible(bool(projectors))

    def projector_for(self, choice: GGUFChoice) -> RemoteFile | None:
        """The projector downloaded with `choice`: the user's pick, or the matching one, or None."""
        page = self._page
        if page is None or not page.projectors:
            return None
        picked = self.projector.currentData()
        if picked == _NONE:
            return None
        if picked == _AUTO or picked is None:
            return default_projector(choice.first.path, page.projectors)
        return next((f for f in page.projectors if f.path == picked), None)

    def estimate(self, choice: GGUFChoice) -> FitEstimate | None:
        if self._shape is None:
            return None
        projector = self.projector_for(choice)
        return estimate_fit(self._shape, choice.size, self._hub.budget, self.n_ctx.value(), self.kv_type.currentText(),
                            projector_file_bytes=projector.size if projector else 0)

    def _fill_files(self) -> None:
        page = self._page
        self.files.setRowCount(0)
        if page is None:
            return
        self.files.setRowCount(len(page.choices))
        for row, choice in enumerate(page.choices):
            parts = " " + tr("(%n part(s))", None, len(choice.files)) if choice.is_split else ""
            projector = self.projector_for(choice)
            size = size_text(choice.size) if projector is None else tr("{model} + projector {projector}").format(
                model=size_text(choice.size), projector=size_text(projector.size))
            cells = [choice.quantization, choice.name + parts, size]
            fit = self.estimate(choice)
            cells += [fit_label(fit.verdict), size_text(fit.total_bytes)] if fit else ["?", "?"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and fit is not None:
                    tones = design.colors(is_dark(self))
                    item.setForeground(QColor(getattr(tones, _FIT_TONES[fit.verdict])))
                    gpu = ("\n" + tr("GPU layers: {layers}").format(layers=fit.gpu_layers)
                           if fit.verdict == "partial offload" else "")
                    # n_ctx is at least 512: no plural needed.
                    vision = ("\n" + tr("Vision projector and its image buffer {projector}").format(
                        projector=size_text(fit.projector_bytes)) if fit.projector_bytes else "")
                    item.setToolTip(tr("Weights {weights} + KV cache {kv} ({tokens} tokens) + compute {compute}").format(
                        weights=size_text(fit.weights_bytes), kv=size_text(fit.kv_cache_bytes),
                        tokens=number_text(fit.n_ctx), compute=size_text(fit.compute_bytes)) + vision + gpu)
                self.files.setItem(row, column, item)
            button = QPushButton(tr("Download"))
            button.setIcon(icon("download"))
            button.setAccessibleName(tr("Download {name}").format(name=choice.name))
            download = with_projector(choice, projector)  # one download, one progress: the model and its projector
            button.clicked.connect(lambda _=False, c=download: self.download_requested.emit(page.card.repo_id, c))
            self.files.setCellWidget(row, 5, button)
        self.files.resizeColumnsToContents()
        self.files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
