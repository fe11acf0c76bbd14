"""Colours that keep their contrast on every palette, and states never told by colour alone.

:func:`state_colour`, :func:`state_background` and :func:`set_state_colour` give
the colour of a state (overdue, error, warning, ok) from the palette in use --
light, dark or high contrast -- so text keeps a 4.5:1 contrast (WCAG 1.4.3);
the text or an icon (:func:`state_icon`) always says the state too.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QWidget


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
