"""A change chart's title is read whole: the verdict on its own line (one line was
elided at the chart's width), no change is "0" not "+0", and a screen reader hears
the words, not the markup."""
from __future__ import annotations

from tyokykytiimi.models.instruments import change, score
from tyokykytiimi.ui import i18n
from tyokykytiimi.ui.measures import charts


def test_no_change_reads_as_zero_with_its_verdict_on_a_line_of_its_own(qtbot):
    i18n.install("fi")
    view = charts.change_chart("was", 7, 7, change("was", score("was", [7]), score("was", [7])))
    qtbot.addWidget(view)
    assert view.chart().title() == "WAS: muutos 0<br>ei selvää muutosta"
    assert view.accessibleName() == "WAS: muutos 0 – ei selvää muutosta"


def test_a_gain_keeps_its_sign(qtbot):
    i18n.install("fi")
    view = charts.change_chart("was", 4, 7, change("was", score("was", [4]), score("was", [7])))
    qtbot.addWidget(view)
    assert view.chart().title().startswith("WAS: muutos +3<br>")
