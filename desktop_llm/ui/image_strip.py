"""A row of image thumbnails (issue 17): above the composer's text, each with a remove (x) button, and above a sent
message's bubble; a click (or Enter) opens the image in the viewer (ui/image_viewer.py).

Thumbnails are read scaled (QImageReader.setScaledSize: a JPEG is decoded at the small size) from the prepared
image's bytes or from the stored file; both were checked and downscaled by services/media/image_intake before
they got here, so what is read is never a hostile file. A file that is gone shows as an empty tile, not an error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.message_images import MessageImage
from desktop_llm.ui import design
from desktop_llm.ui.icons import icon

_PADDING = design.SPACE["xs"] + 2  # QToolButton[kind="icon"]'s padding and frame, each side
COMPOSER_THUMB = 56  # px: a row under the text that does not push the conversation far up
MESSAGE_THUMB = 120  # px: big enough to recognise the picture in the sent message


@dataclass(frozen=True)
class StripItem:
    """One tile: `key` says which (an attachment's ticket, an image's position); `source` the encoded bytes or a
    stored file's path, None while the image is still being prepared."""

    key: int
    name: str
    source: bytes | str | None


def read_image(source: bytes | str, size: int = 0) -> QImage:
    """The image from bytes or a file, scaled to fit `size` x `size` (0: as it is); a null QImage if unreadable."""
    if isinstance(source, bytes):
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        reader = QImageReader(source)
    reader.setAutoTransform(True)
    if size > 0:
        natural = reader.size()
        if natural.isValid() and (natural.width() > size or natural.height() > size):
            reader.setScaledSize(natural.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class ThumbnailView(QFrame):
    """One tile (QFrame#thumbnail): the picture as a flat button, and in the composer a small remove button in its
    corner. GUI thread only."""

    def __init__(self, item: StripItem, size: int, removable: bool, on_open: Callable[[StripItem], None],
                 on_remove: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("thumbnail")
        self.setFixedSize(size, size)
        self.button = QToolButton(self)
        self.button.setGeometry(0, 0, size, size)
        self.button.setProperty("kind", "icon")
        self.button.setAccessibleName(tr("Image {name}").format(name=item.name))
        if item.source is None:
            self.button.setText("…")
            self.button.setToolTip(tr("Preparing {name}…").format(name=item.name))
            self.button.setEnabled(False)
        else:
            picture = read_image(item.source, size - 2 * _PADDING)  # inside the flat button's padding
            if not picture.isNull():
                self.button.setIcon(QPixmap.fromImage(picture))
                self.button.setIconSize(picture.size())
            self.button.setToolTip(tr("{name}: click to view").format(name=item.name))
            self.button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.button.clicked.connect(lambda: on_open(item))
        self.remove_button: QToolButton | None = None
        if removable:
            remove = QToolButton(self.button)  # over the picture's corner: a child of it, not a sibling on top
            remove.setIcon(icon("x"))
            remove.setIconSize(QSize(design.ICON["s"] - 4, design.ICON["s"] - 4))
            remove.setProperty("kind", "thumb-remove")
            remove.setToolTip(tr("Remove this image"))
            remove.setAccessibleName(tr("Remove {name}").format(name=item.name))
            remove.setCursor(Qt.CursorShape.PointingHandCursor)
            remove.adjustSize()
            remove.move(size - remove.width() - 2, 2)
            remove.clicked.connect(lambda: on_remove(item.key))
            self.remove_button = remove


class ImageStripView(QWidget):
    """The row of tiles, hidden while empty. GUI thread only; opening the viewer is left to the owner (a signal),
    since the composer's images and a message's come from different places."""

    remove_requested = Signal(int)  # the tile's key (an attachment's ticket)
    open_requested = Signal(object)  # the StripItem clicked

    def __init__(self, size: int = COMPOSER_THUMB, removable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._removable = removable
        self._right = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(design.SPACE["s"])
        self._row.addStretch(1)
        self.tiles: list[ThumbnailView] = []
        self.setVisible(False)

    def align_right(self) -> None:
        """A sent message's images sit on the right, over the user's bubble."""
        self._right = True
        self._row.takeAt(self._row.count() - 1)
        self._row.insertStretch(0, 1)

    def show_items(self, items: list[StripItem]) -> None:
        """Show these tiles; tiles whose item did not change are kept (no re-reading while another is added)."""
        kept = {tile.item: tile for tile in self.tiles if tile.item in items}
        for tile in self.tiles:
            if tile.item not in kept:
                self._row.removeWidget(tile)
                tile.hide()
                tile.deleteLater()
        self.tiles = [kept.get(item) or self._tile(item) for item in items]
        start = 1 if self._right else 0  # after the stretch that pushes the tiles right
        for index, tile in enumerate(self.tiles):
            self._row.insertWidget(start + index, tile)
        self.setVisible(bool(self.tiles))

    def _tile(self, item: StripItem) -> ThumbnailView:
        return ThumbnailView(item, self._size, self._removable, self.open_requested.emit, self.remove_requested.emit)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._size)


def message_strip(images: Sequence[MessageImage], on_open: Callable[[StripItem], object]) -> ImageStripView:
    """A sent message's images, on the right above its bubble; a click calls `on_open`."""
    strip = ImageStripView(MESSAGE_THUMB, removable=False)
    strip.align_right()
    strip.setAccessibleName(tr("Images of this message"))
    strip.show_items([StripItem(n, tr("image {number}").format(number=n + 1), image.path)
                      for n, image in enumerate(images)])
    strip.open_requested.connect(on_open)
    return strip
