"""Nothing is told by colour alone, and colours read on light, dark and high-contrast palettes.

Also: the focus ring is drawn round whatever has the keyboard focus, and the
screens take their colours from the palette (no hard-coded light backgrounds).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLineEdit, QWidget

from tyokykytiimi import clock
from tyokykytiimi.ui import colours, focus_ring
from tyokykytiimi.ui.colours import (MIN_TEXT_CONTRAST, MIN_UI_CONTRAST, contrast_ratio,
                                     state_background, state_colour)
from tyokykytiimi.ui.focus_ring import focus_colour

UI = Path(__file__).resolve().parents[2] / "tyokykytiimi" / "ui"


def make_palette(window, text, base=None, alternate=None, highlight="#3d8ee8") -> QPalette:
    p = QPalette()
    for role, colour in ((QPalette.Window, window), (QPalette.WindowText, text),
                         (QPalette.Base, base or window), (QPalette.Text, text),
                         (QPalette.AlternateBase, alternate or base or window),
                         (QPalette.Button, window), (QPalette.ButtonText, text),
                         (QPalette.Highlight, highlight)):
        p.setColor(role, QColor(colour))
    return p


PALETTES = {
    "light (Fusion)": make_palette("#efefef", "#000000", "#ffffff", "#f7f7f7", "#308cc6"),
    "dark": make_palette("#2d2d2d", "#eeeeee", "#1e1e1e", "#2a2a2a"),
    "high contrast black": make_palette("#000000", "#ffffff", highlight="#1aebff"),
    "high contrast white": make_palette("#ffffff", "#000000", highlight="#37006e"),
    "mid grey": make_palette("#808080", "#000000", "#9a9a9a"),
}


@pytest.fixture
def app_palette(qapp):
    old = QPalette(qapp.palette())
    yield lambda p: qapp.setPalette(p)
    qapp.setPalette(old)


# --- the helper's arithmetic -----------------------------------------------------------------
def test_contrast_ratio_matches_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#a40000", "#ffffff") > 7


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", sorted(colours.STATE_HUES))
def test_state_colours_read_on_every_palette(name, kind):
    p = PALETTES[name]
    on_window = state_colour(kind, p)
    assert contrast_ratio(on_window, p.color(QPalette.Window)) >= MIN_TEXT_CONTRAST
    in_table = state_colour(kind, p, (QPalette.Base, QPalette.AlternateBase))
    for role in (QPalette.Base, QPalette.AlternateBase):
        assert contrast_ratio(in_table, p.color(role)) >= MIN_TEXT_CONTRAST
    tint = state_background(kind, p)
    assert contrast_ratio(p.color(QPalette.WindowText), tint) >= MIN_TEXT_CONTRAST
    assert contrast_ratio(state_colour(kind, _with_window(p, tint)), tint) >= MIN_TEXT_CONTRAST
    heading = state_background("heading", p, QPalette.Base)
    assert contrast_ratio(p.color(QPalette.Text), heading) >= MIN_TEXT_CONTRAST


def _with_window(p: QPalette, colour) -> QPalette:
    q = QPalette(p)
    q.setColor(QPalette.Window, colour)
    return q


def test_overdue_is_red_on_light_and_light_red_on_dark():
    light = state_colour("overdue", PALETTES["light (Fusion)"])
    dark = state_colour("overdue", PALETTES["dark"])
    assert light.red() > 2 * light.green() and dark.red() > dark.green()
    assert light.lightness() < 100 < dark.lightness()


@pytest.mark.parametrize("name", PALETTES)
def test_focus_ring_colour_stands_out(name):
    p = PALETTES[name]
    assert contrast_ratio(focus_colour(p), p.color(QPalette.Window)) >= MIN_UI_CONTRAST


def test_high_contrast_uses_the_palettes_own_colours(monkeypatch):
    monkeypatch.setattr(colours, "high_contrast", lambda: True)
    p = PALETTES["high contrast black"]
    assert state_colour("overdue", p) == p.color(QPalette.WindowText)
    assert state_background("error", p) == p.color(QPalette.Window)


# --- the screens ------------------------------------------------------------------------------
def _overdue(store):
    """A client whose baseline PROM is overdue (started long ago, nothing measured)."""
    from tyokykytiimi.store.clients import client_rows, create_client
    create_client(store, first_name="Olli", last_name="Myöhäinen",
                  started_on=clock.today() - timedelta(days=120),
                  referral_date=clock.today() - timedelta(days=125))
    rows = [r for r in client_rows(store) if r.next_due_state == "overdue"]
    assert rows, "the fixture needs an overdue client"
    return rows[0]


def test_overdue_says_so_in_words_and_sign_everywhere(qtbot, store, app_palette):
    from tyokykytiimi.ui.clients.client_page import ClientPage
    from tyokykytiimi.ui.clients.list_page import ClientListPage
    from tyokykytiimi.ui.home import HomePage
    row = _overdue(store)
    for name in ("light (Fusion)", "dark"):
        app_palette(PALETTES[name])
        home = HomePage(store)
        qtbot.addWidget(home)
        qtbot.waitUntil(lambda: not home.loading)  # read off the UI thread
        home.whose.setCurrentIndex(1)
        qtbot.waitUntil(lambda: not home.loading)
        heading = home.headings["overdue"]
        assert heading.text().startswith("⚠ ") and "Overdue" in heading.text()
        fg = heading.palette().color(QPalette.WindowText)
        assert contrast_ratio(fg, heading.palette().color(QPalette.Window)) >= MIN_TEXT_CONTRAST

        page = ClientListPage(store)
        qtbot.addWidget(page)
        col = 5  # "Next due"
        r = next(i for i in range(page.model.rowCount())
                 if page.model.row_at(i).id == row.id)
        index = page.model.index(r, col)
        assert "(overdue)" in index.data()
        assert not index.data(Qt.DecorationRole).isNull()
        colour = index.data(Qt.ForegroundRole)
        for role in (QPalette.Base, QPalette.AlternateBase):
            assert contrast_ratio(colour, PALETTES[name].color(role)) >= MIN_TEXT_CONTRAST

        client = ClientPage(store, row.id)
        qtbot.addWidget(client)
        due = client.due_label
        assert due.text().startswith("⚠ ") and "overdue" in due.text()
        assert contrast_ratio(due.palette().color(QPalette.WindowText),
                              due.palette().color(QPalette.Window)) >= MIN_TEXT_CONTRAST


def test_state_colour_follows_a_palette_switch(qtbot, app_palette):
    """Dark mode switched on while the program runs: the error's colour is worked out again.

    (Offscreen tests have no running event loop, where Qt hands a new application
    palette to every widget; the two ways it arrives are sent here by hand.)"""
    from PySide6.QtCore import QEvent

    from tyokykytiimi.ui.field_error import FieldError
    app_palette(PALETTES["light (Fusion)"])
    host = QWidget()
    qtbot.addWidget(host)
    error = FieldError(host)
    error.show_error("Henkilötunnus on väärin.")
    assert error.text().startswith("⚠ ")
    light = error.palette().color(QPalette.WindowText)
    host.setPalette(PALETTES["dark"])  # reaches the error as its parent's palette
    dark = error.palette().color(QPalette.WindowText)
    assert dark != light
    assert contrast_ratio(dark, error.palette().color(QPalette.Window)) >= MIN_TEXT_CONTRAST
    alone = FieldError()
    qtbot.addWidget(alone)
    app_palette(PALETTES["dark"])
    QApplication.sendEvent(alone, QEvent(QEvent.ApplicationPaletteChange))
    assert alone.palette().color(QPalette.WindowText) == dark


def test_safety_banner_and_entry_grid_read_on_dark(qtbot, store, app_palette, today):
    from tyokykytiimi.models.instruments import definition
    from tyokykytiimi.store import measures as ops
    from tyokykytiimi.store.clients import create_client
    from tyokykytiimi.ui.measures.entry import EntryForm
    from tyokykytiimi.ui.measures.flags import FlagBanner
    app_palette(PALETTES["dark"])
    c = create_client(store, first_name="Bea", last_name="Dee")
    answers = [1 if i.safety_flag else 0 for i in definition("bdi").items]
    ops.save_answer_sets(store, c.id, [ops.Entry("bdi", answers)], time_point="other",
                         answered_on=today)
    banner = FlagBanner(store, c.id)  # in the client header, for every role
    qtbot.addWidget(banner)
    assert not banner.isHidden() and banner.text.text().startswith("⚠ ")
    pal = banner.text.palette()
    assert contrast_ratio(pal.color(QPalette.WindowText),
                          banner.palette().color(QPalette.Window)) >= MIN_TEXT_CONTRAST
    form = EntryForm(store, c.id)
    qtbot.addWidget(form)
    grid = form.grid
    text = grid.palette().color(QPalette.Text)
    head = grid.item(grid.heading_rows[0], 0)
    assert contrast_ratio(text, head.background().color()) >= MIN_TEXT_CONTRAST
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key_Space)  # unanswered: "–" on a tint
    skipped = grid.item(grid.rows[0], 1)
    assert skipped.text() == "–"
    assert contrast_ratio(text, skipped.background().color()) >= MIN_TEXT_CONTRAST


OURS = ["home.py", "clients", "network", "measures", "plan", "setup_wizard.py", "sign_in.py",
        "lock_screen.py", "password_field.py", "colours.py", "field_error.py", "layout.py", "focus_ring.py",
        "admin/users_page.py",
        "admin/audit_page.py"]
HARD_CODED = re.compile(r"(color\s*:|background\s*:|palette\(mid\)|QColor\(\"#|Qt\.dark\w+)")


def test_screens_take_colours_from_the_palette():
    """Charts are figures with their own white card; everything else uses the palette."""
    offenders = []
    for name in OURS:
        path = UI / name
        for f in (sorted(path.rglob("*.py")) if path.is_dir() else [path]):
            if f.name == "charts.py":
                continue
            for n, line in enumerate(f.read_text("utf-8").splitlines(), 1):
                if HARD_CODED.search(line):
                    offenders.append(f"{f.relative_to(UI)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


# --- the focus ring --------------------------------------------------------------------------
@pytest.fixture
def ring(qapp):
    keeper = focus_ring._FocusRingKeeper(qapp)
    yield keeper
    qapp.focusChanged.disconnect(keeper._moved)
    keeper.setParent(None)


def test_focus_ring_goes_round_the_focused_control(qtbot, ring):
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    form.setSpacing(12)
    edit, combo = QLineEdit(), QComboBox()
    combo.setEditable(True)
    form.addRow("Nimi", edit)
    form.addRow("Kunta", combo)
    root.show()
    root.activateWindow()
    qtbot.waitActive(root)
    edit.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: ring.ring.widget() is edit)
    assert ring.ring.isVisible() and ring.ring.geometry().contains(edit.geometry())
    image = root.grab().toImage()
    ratio = image.devicePixelRatio()
    left = edit.geometry().left() - 1
    y = edit.geometry().center().y()
    pixel = image.pixelColor(int(left * ratio), int(y * ratio))
    expected = focus_colour(edit.palette())
    assert abs(pixel.red() - expected.red()) + abs(pixel.blue() - expected.blue()) < 90, pixel.name()
    qtbot.keyClick(edit, Qt.Key_Tab)
    qtbot.waitUntil(lambda: ring.ring.widget() is combo)  # the combo, not its inner line edit


def test_make_app_uses_fusion_and_the_ring(qapp):
    from tyokykytiimi.app import make_app
    before = [c for c in qapp.children() if isinstance(c, focus_ring._FocusRingKeeper)]
    app = make_app()
    keepers = []
    try:
        assert isinstance(app.style(), focus_ring.AccessibleStyle)
        assert app.style().baseStyle().name().lower() == "fusion"
        keepers = [c for c in app.children() if isinstance(c, focus_ring._FocusRingKeeper)]
        assert len(keepers) == 1
    finally:
        for k in keepers:
            if k not in before:
                app.focusChanged.disconnect(k._moved)
                k.setParent(None)
        app.setStyle("Fusion")  # the other tests' plain style


@pytest.mark.parametrize("name", PALETTES)
def test_check_box_edges_stand_out(name):
    p = PALETTES[name]
    edge = focus_ring.edge_colour(p)
    for role in (QPalette.Base, QPalette.Window):
        assert contrast_ratio(edge, p.color(role)) >= MIN_UI_CONTRAST


def test_unticked_box_is_drawn_with_a_visible_edge(qtbot):
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton
    box = QCheckBox("Tarvitsee tulkin")
    style = focus_ring.AccessibleStyle()
    box.setStyle(style)
    box.setPalette(PALETTES["dark"])
    qtbot.addWidget(box)
    box.show()
    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    rect = style.subElementRect(QStyle.SE_CheckBoxIndicator, opt, box)
    image = box.grab().toImage()
    ratio = image.devicePixelRatio()
    edge = image.pixelColor(int(rect.left() * ratio), int(rect.center().y() * ratio))
    inside = image.pixelColor(int(rect.center().x() * ratio), int(rect.center().y() * ratio))
    assert contrast_ratio(edge, inside) >= MIN_UI_CONTRAST, (edge.name(), inside.name())
