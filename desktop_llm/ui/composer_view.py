"""The chat's composer: a rounded box whose text field grows with what is typed, with Send inside it that turns
into Stop while a reply is written (issue 15, "Chat"); images are attached by its button, dropped or pasted, and
shown as thumbnails above the text (issue 17; prepared off the GUI thread by controllers/chat_images.py)."""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QKeyEvent, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.export_dialog import remember_folder, start_folder
from desktop_llm.ui.icons import icon
from desktop_llm.ui.image_strip import ImageStripView, StripItem
from desktop_llm.ui.image_viewer import ImageViewerDialog

MAX_LINES = 8  # past this the field scrolls instead of pushing the conversation up
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")  # what services/media/image_intake reads
# Encoded formats a paste may carry as they are (a browser's "Copy image" gives PNG): taken without re-encoding.
PASTED_FORMATS = ("image/png", "image/jpeg", "image/webp", "image/gif")


def local_files(mime: QMimeData) -> list[str]:
    """The local files (not folders) a drag carries."""
    urls = mime.urls() if mime.hasUrls() else []
    return [path for u in urls if u.isLocalFile() and os.path.isfile(path := u.toLocalFile())]


def image_files(mime: QMimeData) -> list[str]:
    """The local image files a drag or a paste carries (by name: the intake checks what they really are)."""
    return image_files_of(local_files(mime))


def image_files_of(paths: list[str]) -> list[str]:
    return [path for path in paths if path.lower().endswith(IMAGE_SUFFIXES)]


def pasted_image(mime: QMimeData) -> bytes:
    """An image pasted as data (a screenshot, a browser's Copy image): its encoded bytes as the clipboard holds
    them, or the clipboard's picture as PNG (fast, lightly compressed: the intake re-encodes it); b"" if none."""
    for kind in PASTED_FORMATS:
        if mime.hasFormat(kind):
            data = bytes(mime.data(kind).data())
            if data:
                return data
    picture = mime.imageData() if mime.hasImage() else None
    if not isinstance(picture, QImage) or picture.isNull():
        return b""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG", quality=90)  # type: ignore[call-overload]  # PySide takes str; PNG "quality" is the compression effort: little, so the GUI does not wait
    return bytes(buffer.data().data())


class GrowingTextEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line; as tall as its text from one line up to MAX_LINES, then it
    scrolls. GUI thread only."""

    submitted = Signal()  # Enter pressed (the text is read from the field)
    files_dropped = Signal(list)  # list[str]: local files dropped on the field, while `takes_files`
    images_dropped = Signal(list)  # list[str]: image files dropped or pasted (always taken, issue 17)
    image_pasted = Signal(bytes)  # an image pasted as data (a screenshot)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.takes_files = False  # a dropped file goes to the chat (files_dropped), not its path into the text
        # Tab leaves the field (keyboard users reach Send and the rest); a tab character is rarely wanted in chat.
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The plain-text layout reports its height in lines, wrapped lines included, and says when that changes
        # (typing, pasting, or a narrower window re-wrapping the text).
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def _takes(self, mime: QMimeData) -> bool:
        return bool(image_files(mime) or (self.takes_files and local_files(mime)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._takes(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._takes(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Images are attached to the message; other files go to the chat (knowledge) while `takes_files`."""
        mime = event.mimeData()
        images = image_files(mime)
        others = [f for f in local_files(mime) if f not in images] if self.takes_files else []
        if images or others:
            event.acceptProposedAction()
            if images:
                self.images_dropped.emit(images)
            if others:
                self.files_dropped.emit(others)
            return
        super().dropEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(image_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """A pasted image (data, or copied image files) is attached, not inserted as text."""
        files = image_files(source)
        if files:
            self.images_dropped.emit(files)
            return
        # Text wins where the clipboard holds both (a word processor copies a picture of its text too).
        if not source.text().strip() and (source.hasImage() or any(source.hasFormat(k) for k in PASTED_FORMATS)):
            data = pasted_image(source)
            if data:
                self.image_pasted.emit(data)
                return
        super().insertFromMimeData(source)

    def visible_lines(self) -> int:
        """The lines the field is tall enough to show now (1 to MAX_LINES)."""
        return max(1, min(MAX_LINES, math.ceil(self.document().documentLayout().documentSize().height())))

    def height_for_lines(self, lines: int) -> int:
        margins = self.contentsMargins()
        chrome = 2 * self.frameWidth() + margins.top() + margins.bottom()
        text = lines * self.line_height() + 2 * self.document().documentMargin()
        return math.ceil(text + chrome)

    def line_height(self) -> int:
        """A line as tall as it is drawn: Chinese or Japanese comes from a fallback font whose lines can be taller
        than the UI font's (QFontMetrics knows only the UI font; a text layout merges the fallbacks)."""
        layout = QTextLayout("Ag中文あ한" + self.placeholderText(), self.font())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return max(self.fontMetrics().lineSpacing(), math.ceil(line.height()))

    def _fit(self) -> None:
        lines = math.ceil(self.document().documentLayout().documentSize().height())
        # Up to MAX_LINES the field shows every line, so a scroll bar would only take room (QPlainTextEdit counts
        # its range in lines and offers one even when the last line fits exactly).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines > MAX_LINES
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.height_for_lines(self.visible_lines())
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fit()  # a font change (system font size, a theme's stylesheet) changes the line height


def _round_button(name: str, tip: str, accessible: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(name, "on-accent"))
    button.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
    button.setProperty("kind", "send")
    button.setToolTip(tip)
    button.setAccessibleName(accessible)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ComposerView(QFrame):
    """The rounded box (QFrame#composer): the images attached (thumbnails, each with a remove button) and a line
    about them, then the attach button, the text field and, at its lower right, Send or, while a reply is
    written, Stop. GUI thread only."""

    send_clicked = Signal()  # Send clicked or Enter pressed (the text is in `editor`)
    stop_clicked = Signal()
    image_files_chosen = Signal(list)  # list[str]: image files attached (the button's dialog, a drop, a paste)
    image_pasted = Signal(bytes)  # an image pasted as data
    image_removed = Signal(int)  # the attachment's ticket, its remove (x) clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        box = QVBoxLayout(self)
        s = design.SPACE
        box.setContentsMargins(s["m"], s["s"], s["s"], s["s"])
        box.setSpacing(s["xs"])
        self.images = ImageStripView()
        self.images.setAccessibleName(tr("Attached images"))
        self.images.remove_requested.connect(self.image_removed)
        self.images.open_requested.connect(lambda item: ImageViewerDialog.open_for(item, self))
        box.addWidget(self.images)
        self.image_notice = QLabel()  # why an image was refused, or why these images cannot be sent
        self.image_notice.setProperty("kind", "muted")
        self.image_notice.setWordWrap(True)
        self.image_notice.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is shown as it is, never as HTML
        self.image_notice.setAccessibleName(tr("About the images"))
        self.image_notice.setVisible(False)
        box.addWidget(self.image_notice)
        row = QHBoxLayout()
        row.setSpacing(s["s"])
        box.addLayout(row)
        self.attach_button = QToolButton()
        self.attach_button.setIcon(icon("image-plus"))
        self.attach_button.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
        self.attach_button.setProperty("kind", "icon")
        self.attach_button.setToolTip(tr("Attach images (or drop or paste them here)"))
        self.attach_button.setAccessibleName(tr("Attach images"))
        self.attach_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.attach_button.clicked.connect(self._choose_images)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.editor = GrowingTextEdit()
        self.editor.setPlaceholderText(tr("Message the model (Shift+Enter: new line)"))
        self.editor.setAccessibleName(tr("Message"))
        self.editor.setAccessibleDescription(tr("Enter sends; Shift+Enter starts a new line"))
        self.editor.submitted.connect(self.send_clicked)
        self.editor.images_dropped.connect(self.image_files_chosen)
        self.editor.image_pasted.connect(self.image_pasted)
        row.addWidget(self.editor, 1, Qt.AlignmentFlag.AlignVCenter)
        buttons = QVBoxLayout()
        buttons.addStretch(1)  # the button stays at the bottom as the text grows, where the eye ends a message
        self.send_button = _round_button("send", tr("Send (Enter)"), tr("Send"))
        self.send_button.clicked.connect(self.send_clicked)
        self.stop_button = _round_button("square", tr("Stop the reply (Esc)"), tr("Stop"))
        self.stop_button.clicked.connect(self.stop_clicked)
        for button in (self.send_button, self.stop_button):
            buttons.addWidget(button)
        row.addLayout(buttons)
        self._busy = False
        self._images_ready = False  # at least one image attached, none still being prepared
        self._images_pending = False
        self._blocked = ""  # why the attached images cannot go to the chosen model ("" when they can)
        self._problem = ""  # why the last image was refused
        self.editor.textChanged.connect(self._update_buttons)
        self._update_buttons()

    @property
    def has_images(self) -> bool:
        """Images are attached and ready: a message may be only them."""
        return self._images_ready

    def show_attachments(self, items: list[StripItem]) -> None:
        """The attached images as tiles (source None: still being prepared, Send waits for it)."""
        self.images.show_items(items)
        self._images_pending = any(item.source is None for item in items)
        self._images_ready = bool(items) and not self._images_pending
        if items:
            self._problem = ""
        self._update_buttons()

    def show_image_problem(self, text: str) -> None:
        """Why an image was refused (not an image, damaged, too large): shown until the next image is attached."""
        self._problem = text
        self._update_buttons()

    def set_images_blocked(self, reason: str) -> None:
        """The chosen model cannot take the attached images: Send stays off and `reason` says why."""
        self._blocked = reason
        self._update_buttons()

    def _choose_images(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Attach images"), str(start_folder(self)),
            tr("Images") + " (" + " ".join("*" + suffix for suffix in IMAGE_SUFFIXES) + ")")
        if paths:
            remember_folder(self, paths[0])
            self.image_files_chosen.emit(list(paths))

    def set_busy(self, busy: bool) -> None:
        """While a reply is written Stop takes Send's place."""
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        blocked = bool(self._blocked) and (self._images_ready or self._images_pending)
        notice = self._blocked if blocked else self._problem
        self.image_notice.setText(notice)
        self.image_notice.setVisible(bool(notice))
        content = bool(self.editor.toPlainText().strip()) or self._images_ready
        # Send is off for an empty message as well, so it reads as "nothing to send yet"; and while an image is
        # still being prepared, or the model cannot see the images.
        self.send_button.setEnabled(not self._busy and content and not self._images_pending and not blocked)
        self.send_button.setVisible(not self._busy)
        self.stop_button.setEnabled(self._busy)
        self.stop_button.setVisible(self._busy)
