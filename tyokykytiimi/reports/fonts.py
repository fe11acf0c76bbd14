"""TrueType fonts for every PDF the program writes.

ReportLab's built-in Helvetica has no glyphs outside Latin-1 (no š, ž) and is
not embedded; DejaVu covers Finnish, Swedish and Sámi letters and is embedded
(as a subset) in every PDF, so the paper looks the same on every printer.

``register_fonts()`` is idempotent and cheap after the first call; the names
below are what styles and canvas code use.
"""
from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tyokykytiimi.paths import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) as a family, and DejaVu Sans Mono.

    The family mapping makes ``<b>`` work inside Paragraph markup. We ship no
    oblique face, so ``<i>`` falls back to the upright face rather than to
    Helvetica (which would lose letters such as š and ž).
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name in registered:
                continue
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"Font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
        )
        # No bold mono face is shipped: <b> in a mono paragraph stays mono.
        pdfmetrics.registerFontFamily(
            MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO
        )
        _registered = True
