"""What a user sees as a broken layout, found by walking a window's visible widgets (issue 15, "Done when"):
text cut off, a horizontal scroll bar, widgets on top of each other.

Each rule is precise on purpose (a false alarm teaches people to ignore the check); what it deliberately lets
pass is said next to it. Three widget properties opt out, each for a reason the widget's author states:

- `elided` (QLabel or QTableView, True): the text is shortened with an ellipsis on purpose (a long file name
  in a fixed column, an error in a log's last column); the full text is in the tooltip.
- `allowHorizontalScroll` (a QAbstractScrollArea or an ancestor, True): sideways scrolling is the content's
  nature (a log of long lines, a wide table the user pans). Code blocks (ancestor named "code-block") need no
  property: a long code line scrolls inside its block, never the page.
- `overlay` (any widget, True): it floats over its siblings on purpose (a "jump to latest" button, a toast).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QFocusFrame,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QRubberBand,
    QScrollBar,
    QSizeGrip,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

# QLineEdit keeps 2 px on each side of its text area (QLineEditPrivate::horizontalMargin), not exposed.
LINE_EDIT_INNER_MARGIN = 2
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


@dataclass(frozen=True)
class Offender:
    where: str  # the page/size/theme the check ran on, e.g. "1024x640 light Chat+settings"
    widget: str  # the widget and its nearest named ancestors, e.g. "SettingsPanel > QLabel'Temperature'"
    problem: str  # what is wrong, with the numbers, e.g. "text needs 131 px, has 96"

    def __str__(self) -> str:
        return f"[{self.where}] {self.widget}: {self.problem}"


def describe(widget: QWidget) -> str:
    """The widget with a readable trail up to three named ancestors: enough to find it in the code."""
    parts = [_name(widget)]
    node = widget.parentWidget()
    while node is not None and len(parts) < 4:
        if (node.objectName() and not node.objectName().startswith("qt_")) or type(node).__module__ != "PySide6.QtWidgets":
            parts.append(_name(node))
        node = node.parentWidget()
    g = widget.geometry()
    return " < ".join(parts) + f" @({g.x()},{g.y()} {g.width()}x{g.height()})"


def _name(widget: QWidget) -> str:
    label = type(widget).__name__
    if widget.objectName():
        label += f"#{widget.objectName()}"
    text = widget.accessibleName() or _text(widget)
    if text:
        label += f" {text[:40]!r}"
    return label


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """root and its descendants that are shown and belong to root's window (popups and dialogs are their own)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and widget.window() is root.window():
            yield widget


def offenders(root: QWidget, where: str) -> list[Offender]:
    found: list[Offender] = []
    for widget in visible_widgets(root):
        for problem in _problems(widget):
            found.append(Offender(where, describe(widget), problem))
    found.extend(_overlaps(root, where))
    return found


def _problems(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield from _label(widget)
    elif isinstance(widget, QAbstractButton):
        yield from _button(widget)
    elif isinstance(widget, QComboBox):
        yield from _combo(widget)
    elif isinstance(widget, QLineEdit):
        yield from _line_edit(widget)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield from _text_edit_placeholder(widget)
    elif isinstance(widget, QTabBar):
        # The tab bar shows its scroll arrows when its tabs do not fit: some tabs are out of sight.
        if any(b.isVisible() for b in widget.findChildren(QToolButton)):
            yield f"its tabs do not fit (scroll arrows shown): needs {widget.sizeHint().width()} px, has {widget.width()}"
    elif isinstance(widget, (QToolBar, QMenuBar)):
        # The » extension button means some actions or menus are hidden behind it.
        extension = next((c for c in widget.findChildren(QToolButton) if c.objectName().endswith("_ext_button")), None)
        if extension is not None and extension.isVisible():
            yield (f"overflows: some of its items are hidden behind the » button "
                   f"(needs {widget.sizeHint().width()} px, has {widget.width()})")
    elif isinstance(widget, QDockWidget):
        yield from _dock_title(widget)
    if isinstance(widget, QTableView):
        yield from _table_cells(widget)
    if isinstance(widget, QAbstractScrollArea):
        yield from _scroll_area(widget)
    yield from _cut_off(widget)


def _label(label: QLabel) -> Iterator[str]:
    """QLabel's minimumSizeHint width is exactly what its text needs (for a wrapping label: its longest word,
    which cannot wrap); its heightForWidth is the height the wrapped text takes at its width. Both include the
    label's margins, indent and style padding. A label without text (a picture) is the picture's business."""
    if not label.text().strip() or label.property("elided") is True:
        return
    needed = label.minimumSizeHint().width()
    if needed > label.width():
        what = "its longest word" if label.wordWrap() else "its text"
        yield f"{what} needs {needed} px, has {label.width()}"
    elif label.wordWrap() and (tall := label.heightForWidth(label.width())) > label.height():
        yield f"wrapped text needs {tall} px of height at width {label.width()}, has {label.height()}"


def _button(button: QAbstractButton) -> Iterator[str]:
    """A push/tool button, check box or radio button narrower than its sizeHint cuts its text or icon. The tab
    bar's own arrows and close buttons are sized by the tab bar, not by a layout (the tab bar rule covers them),
    a line edit's action icons by the line edit; Qt's internal buttons (dock title, extension) likewise."""
    parent = button.parentWidget()
    if isinstance(parent, (QTabBar, QLineEdit)) or button.objectName().startswith("qt_"):
        return  # a line edit places its action icons itself (the _line_edit rule counts their room)
    hint = button.sizeHint()
    if hint.width() > button.width():
        yield f"needs {hint.width()} px wide, has {button.width()}"
    elif hint.height() > button.height():
        yield f"needs {hint.height()} px high, has {button.height()}"


def _combo(combo: QComboBox) -> Iterator[str]:
    """What matters is the text it shows now: a combo narrower than its longest item is fine while the chosen
    one fits (its popup list is as wide as it needs). The text and icon are those of the style option the combo
    paints from (initStyleOption, so a subclass that shows a shorter name there is judged by that name), and the
    room is the style's edit field less the icon, as CE_ComboBoxLabel draws it. A subclass that paints itself
    without overriding initStyleOption cannot be judged and is left alone. An editable combo is a line edit."""
    if combo.isEditable():
        return
    cls = type(combo)
    if cls.paintEvent is not QComboBox.paintEvent and cls.initStyleOption is QComboBox.initStyleOption:
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width() - 2  # CE_ComboBoxLabel draws in the field less a pixel each side
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    needed = combo.fontMetrics().horizontalAdvance(option.currentText)
    if needed > room:
        yield f"its current text {option.currentText!r} needs {needed} px, has {room}"


def _line_edit(edit: QLineEdit) -> Iterator[str]:
    """A typed text longer than its field is fine (it scrolls, as every text field does). The placeholder is
    not: a hint cut mid-word tells the user nothing. In a spin box the line edit is the value: a value that does
    not fit is cut (a spin box's text does not scroll into view until edited)."""
    spin = edit.parentWidget()
    is_spin = isinstance(spin, QAbstractSpinBox)
    text = edit.text() if is_spin else ("" if edit.text() else edit.placeholderText())
    if not text:
        return
    margins = edit.textMargins()
    side_widgets = sum(c.width() for c in edit.findChildren(QToolButton) if c.isVisible())  # clear button, actions
    framed = edit.hasFrame() and not is_spin
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit) if framed else 0
    room = edit.width() - 2 * frame - margins.left() - margins.right() - side_widgets - 2 * LINE_EDIT_INNER_MARGIN
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > room:
        what = "its value" if is_spin else "its placeholder"
        yield f"{what} {text[:40]!r} needs {needed} px, has {room}"


def _dock_title(dock: QDockWidget) -> Iterator[str]:
    """A dock's title is painted by the dock, elided when the dock is narrow ("Se…" for Settings): the title
    needs its text, the style's margins on both sides and the float/close buttons beside it."""
    if dock.titleBarWidget() is not None or not dock.windowTitle():
        return
    margin = dock.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetTitleMargin, None, dock)
    buttons = sum(b.width() for b in dock.findChildren(QAbstractButton, options=_DIRECT)
                  if b.isVisible() and b.objectName().startswith("qt_dockwidget_"))
    needed = dock.fontMetrics().horizontalAdvance(dock.windowTitle()) + 2 * margin + buttons
    if needed > dock.width():
        yield f"its title {dock.windowTitle()!r} needs {needed} px with its buttons, has {dock.width()}"


def _table_cells(table: QTableView) -> Iterator[str]:
    """A table column too narrow for its text shows "SmolL…" where the user needs the name. The room is the
    column less the item delegate's text margins (and the cell's icon); with word wrap on, only a word wider than
    the column is cut. A cell holding a widget is that widget's business. A table that elides on purpose (long
    paths, the full text in a tooltip) says so with the `elided` property. One line per column: its worst cell."""
    model = table.model()
    if model is None or table.property("elided") is True:
        return
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    header = model.headerData
    for column in range(model.columnCount()):
        if table.isColumnHidden(column) or not table.columnWidth(column):
            continue
        worst: tuple[int, int, str] | None = None
        for row in range(min(model.rowCount(), 100)):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if table.isRowHidden(row) or table.indexWidget(index) is not None or not isinstance(text, str) or not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else table.fontMetrics()
            parts = text.split() if table.wordWrap() else text.splitlines()
            needed = max((metrics.horizontalAdvance(part) for part in parts), default=0)
            room = table.columnWidth(column) - margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                room -= table.iconSize().width() + 4
            if needed > room and (worst is None or needed - room > worst[0] - worst[1]):
                worst = (needed, room, text)
        if worst is not None:
            name = header(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            yield f"column {name!r} cuts {worst[2][:40]!r}: it needs {worst[0]} px, has {worst[1]}"


def _text_edit_placeholder(edit: QPlainTextEdit | QTextEdit) -> Iterator[str]:
    """A multi-line field's placeholder wraps inside its viewport (less the document margin); a field one line
    high cuts the second line of a hint that wraps (a composer's "Enter to send, Shift+Enter for a new line").
    What the user types is the field's business: it grows or scrolls."""
    text = edit.placeholderText()
    if not text or edit.toPlainText():
        return
    viewport = edit.viewport()
    margin = int(edit.document().documentMargin())
    box = edit.fontMetrics().boundingRect(QRect(0, 0, max(viewport.width() - 2 * margin, 1), 100_000),
                                          int(Qt.TextFlag.TextWordWrap), text)
    if box.height() + 2 * margin > viewport.height():
        yield (f"its placeholder {text[:40]!r} needs {box.height() + 2 * margin} px of height at width "
               f"{viewport.width()}, has {viewport.height()}")


def _scroll_area(area: QAbstractScrollArea) -> Iterator[str]:
    if not area.horizontalScrollBar().isVisible() or _allows_horizontal_scroll(area):
        return
    bar = area.horizontalScrollBar()
    yield f"shows a horizontal scroll bar (content {bar.maximum() + bar.pageStep()} px in {area.viewport().width()})"


def _allows_horizontal_scroll(widget: QWidget) -> bool:
    node: QWidget | None = widget
    while node is not None:
        if node.objectName() == "code-block" or node.property("allowHorizontalScroll") is True:
            return True
        node = node.parentWidget()
    return False


def _exempt_from_geometry(widget: QWidget) -> bool:
    """Widgets placed by Qt itself or floating on purpose; not the layout's business."""
    return (
        widget.isWindow()
        or widget.objectName().startswith("qt_")
        or widget.property("overlay") is True
        or isinstance(widget, (QScrollBar, QSizeGrip, QRubberBand, QFocusFrame))
    )


def _cut_off(widget: QWidget) -> Iterator[str]:
    """A widget reaching outside its parent is cut by it (a layout squeezed below its minimum does this), unless
    the parent is a scroll area's viewport, whose content is meant to be larger and scrolled."""
    parent = widget.parentWidget()
    if parent is None or _exempt_from_geometry(widget) or parent.objectName() == "qt_scrollarea_viewport":
        return
    if isinstance(parent, QAbstractScrollArea) or not widget.width() or not widget.height():
        return
    outside = widget.geometry().united(parent.rect())
    if outside != parent.rect():
        yield f"reaches outside its parent {_name(parent)} ({_rect(widget.geometry())} in {_rect(parent.rect())})"


def _overlaps(root: QWidget, where: str) -> Iterator[Offender]:
    """Two visible siblings sharing pixels. Pages of a stack are exempt (only one is shown), as are Qt's own
    children and `overlay` widgets."""
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible() or isinstance(parent, QStackedWidget):
            continue
        children = [c for c in parent.findChildren(QWidget, options=_DIRECT)
                    if c.isVisible() and not _exempt_from_geometry(c) and c.width() and c.height()]
        for i, first in enumerate(children):
            for second in children[i + 1:]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 0 and shared.height() > 0:
                    yield Offender(where, describe(first), f"overlaps its sibling {describe(second)} by {_rect(shared)}")


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"

