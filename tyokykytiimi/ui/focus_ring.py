"""A focus ring that shows where the keyboard is, on every control and palette.

:func:`apply_accessible_look` gives the application its style (Fusion through a
small proxy that draws field edges at 3:1 contrast) and the ring.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QFocusFrame, QMenu,
                               QMenuBar, QPlainTextEdit,
                               QProxyStyle, QStyle, QStyleFactory,
                               QTextEdit, QWidget)

from .colours import MIN_UI_CONTRAST, contrast_ratio, mix


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring's colour: the highlight, or the text colour where that is too faint."""
    window = palette.color(QPalette.Active, QPalette.Window)
    for candidate in (palette.color(QPalette.Active, QPalette.Highlight),
                      palette.color(QPalette.Active, QPalette.WindowText)):
        if contrast_ratio(candidate, window) >= MIN_UI_CONTRAST:
            return candidate
    return palette.color(QPalette.Active, QPalette.WindowText)


class FocusRing(QFocusFrame):
    """A 2 px ring around the control that has the keyboard focus, in every style.

    Qt's Fusion marks focus with a 1 px line on some controls and only after
    Tab on others; this ring is drawn just outside the control (QFocusFrame
    follows it through moves, scrolling and hiding) and takes no mouse clicks.
    """

    WIDTH = 2

    def paintEvent(self, event) -> None:
        if self.widget() is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        pen = QPen(focus_colour(self.widget().palette()), self.WIDTH)
        painter.setPen(pen)
        half = self.WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)


def focus_target(w: QWidget | None) -> QWidget | None:
    """The control the ring goes round: a combo or spin box for its inner line edit."""
    if w is None or isinstance(w, (QMenu, QMenuBar)) or w.isWindow():
        return None
    p = w
    while p.parentWidget() is not None and isinstance(p.parentWidget(),
                                                      (QComboBox, QAbstractSpinBox)):
        p = p.parentWidget()
    return p


_MARK = "tyokykytiimiFocusRing"


class _FocusRingKeeper(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring = FocusRing()
        app.focusChanged.connect(self._moved)

    def _moved(self, _old, new) -> None:
        target = focus_target(new)
        try:
            self.ring.setWidget(target)
        except RuntimeError:  # the ring went with a closed window: start a new one
            self.ring = FocusRing()
            self.ring.setWidget(target)
        if target is None:
            self.ring.hide()


def edge_colour(palette: QPalette) -> QColor:
    """A control's edge that stands out (≥ 3:1) from both the field and the window."""
    base = palette.color(QPalette.Active, QPalette.Base)
    window = palette.color(QPalette.Active, QPalette.Window)
    text = palette.color(QPalette.Active, QPalette.Text)
    for step in range(5, 11):
        c = mix(base, text, step / 10)
        if contrast_ratio(c, base) >= MIN_UI_CONTRAST and \
                contrast_ratio(c, window) >= MIN_UI_CONTRAST:
            return c
    return text


class AccessibleStyle(QProxyStyle):
    """Fusion, with edges that can be seen on check boxes, radio buttons and fields.

    Fusion draws an unticked box's or an empty field's edge barely darker than
    the background (about 1.3:1 on a dark palette, 2:1 on a light one, nothing
    on a black high-contrast one); a control's edge must stand out 3:1. A
    focused field keeps Fusion's highlight (and the focus ring).
    """

    _INDICATORS = (QStyle.PE_IndicatorCheckBox, QStyle.PE_IndicatorItemViewItemCheck,
                   QStyle.PE_IndicatorRadioButton)
    _FIELDS = (QStyle.CC_ComboBox, QStyle.CC_SpinBox)

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))

    @staticmethod
    def _edge(painter, option, ellipse: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(edge_colour(option.palette), 1))
        painter.setBrush(Qt.NoBrush)
        r = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if ellipse:
            painter.drawEllipse(r)
        else:
            painter.drawRoundedRect(r, 2, 2)
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._INDICATORS:
            self._edge(painter, option, element == QStyle.PE_IndicatorRadioButton)
        elif element == QStyle.PE_FrameLineEdit and not option.state & QStyle.State_HasFocus \
                and not isinstance(widget, (QComboBox, QAbstractSpinBox)) \
                and not isinstance(getattr(widget, "parentWidget", lambda: None)(),
                                   (QComboBox, QAbstractSpinBox)):
            self._edge(painter, option)
        elif element == QStyle.PE_Frame and isinstance(widget, (QTextEdit, QPlainTextEdit)) \
                and not option.state & QStyle.State_HasFocus:
            self._edge(painter, option)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self._FIELDS and not option.state & QStyle.State_HasFocus:
            self._edge(painter, option)


def apply_accessible_look(app: QApplication) -> None:
    """Fusion (it follows the system palette, dark and high-contrast included, on every
    platform) with visible check-box edges, and the focus ring. Called from ``make_app``."""
    if not isinstance(app.style(), AccessibleStyle):
        app.setStyle(AccessibleStyle())
    if not app.property(_MARK):  # see tab_keys.install_tab_keys: not app.children()
        _FocusRingKeeper(app)
        app.setProperty(_MARK, True)
