"""Small widgets and helpers every form uses.

- :class:`FieldError` — the error shown next to a field;
- :func:`tab_chain` — Tab in reading order;
- :func:`state_colour`, :func:`state_background`, :func:`set_state_colour` —
  colours for states (overdue, error, warning, ok) taken from the palette in
  use, light, dark or high-contrast, so text keeps a 4.5:1 contrast. A state is
  never told by colour alone: the text (or an icon, :func:`state_icon`) says it;
- :func:`apply_accessible_look` — the application's style and a focus ring
  that shows where the keyboard is on every control.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QFocusFrame, QFrame,
                               QLabel, QMenu, QMenuBar, QPlainTextEdit, QProxyStyle, QScrollArea,
                               QStyle, QStyleFactory, QTextEdit, QWidget)

MIN_TEXT_CONTRAST = 4.5  # WCAG 1.4.3, normal-size text
MIN_UI_CONTRAST = 3.0  # WCAG 1.4.11 and 2.4.13, focus ring and other non-text marks

# Each state's colour for a light and for a dark background.
STATE_HUES = {
    "overdue": ("#a40000", "#ff8a80"),
    "error": ("#a40000", "#ff8a80"),
    "warning": ("#7a4a00", "#ffcc66"),
    "ok": ("#1b6e20", "#8fdc94"),
}


# --- colours ------------------------------------------------------------------------------
def relative_luminance(colour) -> float:
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a, b) -> float:
    """WCAG contrast of two colours, 1 … 21."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a, b, amount: float) -> QColor:
    """``a`` moved ``amount`` (0 … 1) of the way towards ``b``."""
    a, b = QColor(a), QColor(b)
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


def high_contrast() -> bool:
    """True when the system asks for high contrast: then only the palette's own colours."""
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
    try:
        return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    except AttributeError:  # before Qt 6.10
        return False


def _text_role(roles) -> QPalette.ColorRole:
    return QPalette.WindowText if QPalette.Window in roles else QPalette.Text


def state_colour(kind: str, palette: QPalette | None = None,
                 roles=(QPalette.Window,)) -> QColor:
    """Text colour for ``kind`` that reads (≥ 4.5:1) on each background role in ``roles``.

    The light or dark variant, whichever contrasts more, moved towards the
    palette's text colour until it is readable; with high contrast asked for,
    the palette's text colour itself.
    """
    palette = palette or QGuiApplication.palette()
    backgrounds = [palette.color(QPalette.Active, r) for r in roles]
    text = palette.color(QPalette.Active, _text_role(roles))
    if high_contrast() or kind not in STATE_HUES:
        return text
    candidates = [QColor(h) for h in STATE_HUES[kind]]
    colour = max(candidates, key=lambda c: min(contrast_ratio(c, bg) for bg in backgrounds))
    for step in range(11):
        c = mix(colour, text, step / 10)
        if all(contrast_ratio(c, bg) >= MIN_TEXT_CONTRAST for bg in backgrounds):
            return c
    return text


def state_background(kind: str, palette: QPalette | None = None,
                     role=QPalette.Window, amount: float = 0.16) -> QColor:
    """A light tint of ``kind`` over the ``role`` background, still readable for text.

    ``kind`` "heading" tints with the palette's highlight colour. The plain
    background is returned when the tint would cost text contrast or high
    contrast is asked for.
    """
    palette = palette or QGuiApplication.palette()
    bg = palette.color(QPalette.Active, role)
    if high_contrast():
        return bg
    if kind == "heading":
        hue = palette.color(QPalette.Active, QPalette.Highlight)
    elif kind in STATE_HUES:
        hue = QColor(STATE_HUES[kind][0])
    else:
        return bg
    tint = mix(bg, hue, amount)
    text = palette.color(QPalette.Active, _text_role((role,)))
    return tint if contrast_ratio(text, tint) >= MIN_TEXT_CONTRAST else bg


def state_icon(kind: str) -> QIcon:
    """The style's own warning sign for overdue, error and warning states."""
    if kind in ("overdue", "error", "warning"):
        return QApplication.style().standardIcon(QStyle.SP_MessageBoxWarning)
    return QIcon()


class _StateTint(QObject):
    """Keeps a widget's text (and optionally background) in a state's colour,
    recomputed whenever the palette around it changes (dark mode switched on)."""

    def __init__(self, widget: QWidget, kind: str, fill: bool):
        super().__init__(widget)
        self.kind, self.fill, self._busy = kind, fill, False
        widget.installEventFilter(self)

    def apply(self) -> None:
        w = self.parent()
        if self._busy or w is None:
            return
        self._busy = True
        try:
            parent = w.parentWidget()
            around = QPalette(parent.palette() if parent is not None
                              else QGuiApplication.palette())
            # Only the roles set here become the widget's own; the rest keep
            # following the palette around it.
            pal = QPalette()
            if self.fill:
                tint = state_background(self.kind, around)
                for group in (QPalette.Active, QPalette.Inactive):
                    pal.setColor(group, QPalette.Window, tint)
                    around.setColor(group, QPalette.Window, tint)
                w.setAutoFillBackground(True)
            colour = state_colour(self.kind, around)
            for group in (QPalette.Active, QPalette.Inactive):
                pal.setColor(group, QPalette.WindowText, colour)
            w.setPalette(pal)
        finally:
            self._busy = False

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.ParentChange, QEvent.PaletteChange,
                            QEvent.ApplicationPaletteChange, QEvent.StyleChange):
            self.apply()
        return False


def set_state_colour(widget: QWidget, kind: str | None, *, fill: bool = False) -> None:
    """Show ``widget``'s text in the colour of ``kind`` (None: back to the palette's own).

    With ``fill`` the background gets the state's tint too (a banner); a frame
    drawn in the text colour then marks its edge.
    """
    tint = next((c for c in widget.children() if isinstance(c, _StateTint)), None)
    if kind is None:
        if tint is not None:
            widget.removeEventFilter(tint)
            tint.setParent(None)
            tint.deleteLater()
        widget.setPalette(QPalette())
        widget.setAutoFillBackground(False)
        return
    if tint is None:
        tint = _StateTint(widget, kind, fill)
    tint.kind, tint.fill = kind, fill
    tint.apply()


# --- the error next to a field -------------------------------------------------------------
class FieldError(QLabel):
    """A message under a field in words a nurse understands; hidden when empty.

    Shown as text with a warning sign, never by colour alone; the colour comes
    from the palette in use (see :func:`state_colour`).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        set_state_colour(self, "error")
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str | None) -> None:
        if text:
            self.setText("⚠ " + text)
            self.setAccessibleName(text)
            self.show()
        else:
            self.clear()
            self.hide()


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


# --- focus that can always be seen ---------------------------------------------------------
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
    if not any(isinstance(c, _FocusRingKeeper) for c in app.children()):
        _FocusRingKeeper(app)
