"""The image viewer (issue 17): a chat image at its size, or fitted to the screen when it is larger; Esc or Close
shuts it. One dialog per window at a time (opening another image replaces it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop_llm.controllers.i18n import tr
from desktop_llm.ui import design
from desktop_llm.ui.image_strip import StripItem, read_image

_OPEN = "_desktop_llm_image_viewer"  # the window's open viewer, an attribute of that window (no module global)


class ImageViewerDialog(QDialog):
    """GUI thread only. The image is read once (already checked and downscaled when it was attached)."""

    def __init__(self, item: StripItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(item.name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(design.SPACE["m"], design.SPACE["m"], design.SPACE["m"], design.SPACE["m"])
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(item.name)
        image = read_image(item.source) if item.source is not None else None
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        if image is None or image.isNull():
            self.picture.setText(tr("This image can no longer be read."))
        else:
            pixmap = QPixmap.fromImage(image)
            fit = screen.size() * 0.8
            if pixmap.width() > fit.width() or pixmap.height() > fit.height():
                pixmap = pixmap.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            self.picture.setPixmap(pixmap)
            self.picture.setToolTip(tr("{width} × {height} pixels").format(width=image.width(), height=image.height()))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        hint = self.picture.sizeHint()
        self.resize(min(hint.width() + 48, screen.width()), min(hint.height() + 96, screen.height()))

    @classmethod
    def open_for(cls, item: StripItem, parent: QWidget) -> ImageViewerDialog:
        """Show `item` in the window's viewer, closing the one already open."""
        window = parent.window()
        previous = getattr(window, _OPEN, None)
        if isinstance(previous, ImageViewerDialog) and isValid(previous):  # closed ones were deleted (DeleteOnClose)
            previous.close()
        dialog = cls(item, window)
        setattr(window, _OPEN, dialog)
        dialog.show()
        return dialog
