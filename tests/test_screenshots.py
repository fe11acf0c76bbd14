"""The README's screenshots come from tools/screenshots.py: it must keep producing real images."""
from PySide6.QtGui import QImage

from tests.tool_scripts import load_tool


def load_script():
    return load_tool("screenshots")


def distinct_colours(image: QImage, step: int = 16) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_screenshot_script_produces_non_empty_images(qapp, tmp_path):
    shots = load_script().main(tmp_path / "shots", clients=20)  # conftest restores the language
    names = {p.stem for p in shots}
    assert {"01-setup", "10-home", "10-clients", "20-client", "30-locked", "50-nurse-admin"} <= names
    for path in shots:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() >= 300 and image.height() >= 150, path
        # a blank or single-colour grab would mean nothing was drawn
        assert distinct_colours(image) > 3, path
