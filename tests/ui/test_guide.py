"""帮助 → 使用说明 (F1): the guide opens offline in the window, every page and image is there."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from minutes_app.ui.guide import FIRST_PAGE, guide_folder

LINK = re.compile(r"\]\(([^)#\s]+)\)")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def pages_linked(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    images = set(IMAGE.findall(text))
    return [t for t in LINK.findall(text) if t not in images and "://" not in t]


def test_f1_opens_the_guide_at_its_contents(qtbot: Any, ctx: Any) -> None:
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(object, "guideDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading() == "使用说明"
    assert "目录" in dialog.browser.toPlainText()
    names = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert any("User guide" in n or "使用说明" in n for n in names)


def test_a_link_in_the_contents_opens_that_page(qtbot: Any, qapp: Any) -> None:
    from minutes_app.ui.guide import GuideDialog

    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show_page("start.md")
    assert dialog.heading() == "开始使用"
    dialog.browser.backward()
    assert dialog.heading() == "使用说明"


def test_every_page_the_contents_links_exists_and_links_back() -> None:
    folder = guide_folder()
    linked = pages_linked(folder / FIRST_PAGE)
    assert len(linked) >= 10
    for name in linked:
        page = folder / name
        assert page.is_file(), f"the contents links {name}, which is missing"
        assert page.read_text(encoding="utf-8").startswith("# "), name
        for target in pages_linked(page):
            assert (folder / target).is_file(), f"{name} links {target}, which is missing"


def test_every_image_the_pages_show_is_in_the_package_data() -> None:
    folder = guide_folder()
    shown = [img for page in folder.glob("*.md")
             for img in IMAGE.findall(page.read_text(encoding="utf-8"))]  # fmt: skip
    assert shown, "the guide shows screenshots"
    for image in shown:
        assert (folder / image).is_file(), f"{image} is missing"
    sizes = [p.stat().st_size for p in (folder / "images").glob("*.png")]
    assert sum(sizes) < 3_000_000
