"""Sizes in characters and lines, scrolling, and Tab order: forms that fit at 200 %."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget


def emphasise(widget: QWidget, scale: float = 1.0, bold: bool = True) -> QWidget:
    """Bold and/or larger type relative to the font in use, so a person's larger
    system font makes headings larger too (a style sheet's fixed points would not),
    and the widget keeps following the palette."""
    font = widget.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)
    return widget


class _FixedColumns(QObject):
    def __init__(self, table, fixed, share: float):
        super().__init__(table)
        self.table, self.fixed, self.share = table, fixed, share
        table.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize:
            header = self.table.horizontalHeader()
            wanted = [max(chars_wide(self.table, chars), header.sectionSizeHint(col))
                      for col, chars in self.fixed]  # never cutting its own heading
            # The table's own new width: its viewport is resized only after this event.
            room = event.size().width() - 2 * self.table.frameWidth()
            fit = min(1.0, room * self.share / max(1, sum(wanted)))
            for (col, _), width in zip(self.fixed, wanted):
                self.table.setColumnWidth(col, int(width * fit))
        return False


def fixed_columns(table, fixed, share: float = 0.5) -> None:
    """``fixed``: (column, characters) of the columns that keep a width in characters
    (the other columns stretch), yet never more than ``share`` of a narrow table
    between them (200 %, a small window): the names keep room to be read."""
    from PySide6.QtWidgets import QHeaderView
    header = table.horizontalHeader()
    for col, chars in fixed:
        header.setSectionResizeMode(col, QHeaderView.Interactive)
        table.setColumnWidth(col, chars_wide(table, chars))
    table._fixed_columns = _FixedColumns(table, fixed, share)


def lines_high(widget: QWidget, lines: float) -> int:
    """Pixels for ``lines`` lines of text in ``widget`` (a text box or a list), so the
    box grows with a larger font instead of clipping its text."""
    frame = widget.frameWidth() if hasattr(widget, "frameWidth") else 0
    return round(widget.fontMetrics().lineSpacing() * lines) + 2 * frame + 10


def chars_wide(widget: QWidget, chars: float) -> int:
    """Pixels for about ``chars`` characters of ``widget``'s font."""
    return round(widget.fontMetrics().averageCharWidth() * chars)


def shrinkable(combo: QComboBox, chars: int = 16) -> QComboBox:
    """A combo box whose longest item does not set the window's minimum width
    (at 200 % a 1080p screen is 960 points wide): it may narrow to ``chars``
    characters, and its list opens wide enough for whole items."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    if not any(isinstance(c, _WidePopup) for c in combo.children()):
        _WidePopup(combo)
    return combo


class _WidePopup(QObject):
    """Widens a combo box's list to its widest item each time it opens."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        combo.view().installEventFilter(self)
        self.combo = combo

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Show:
            view = self.combo.view()
            wide = view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8
            view.window().setMinimumWidth(min(max(wide, self.combo.width()), 900))
        return False


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area: a dialog taller than a 200 % laptop screen
    scrolls instead of hiding its lower fields and buttons off the screen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setFocusPolicy(Qt.NoFocus)  # the fields inside take the focus
    scroll.setWidget(body)
    return scroll


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at about ``width`` × ``height``, but never larger than the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    window.resize(width, height)


def tab_chain(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order (they read in this order on screen)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def show_full_screen(view: QWidget, over: QWidget | None = None) -> None:
    """Show ``view`` over the whole screen ``over`` is on.

    The geometry is set first: full-screen state is a request to the window
    manager, and where there is none (a kiosk session, a remote X display) the
    view would otherwise open small in a corner with the staff screen around it.
    """
    screen = (over.screen() if over is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        view.setGeometry(screen.geometry())
    view.showFullScreen()
