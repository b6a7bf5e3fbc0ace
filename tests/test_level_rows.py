"""Cards that stood level across columns (a timeline's help card under each stage) and were
pushed down unevenly when cards above them grew to hold their text are levelled again at the
lowest one, each with its label; where one of them has no room to go lower, all stay put
(Coreoz's 4:3 template, KS4 timeline: the middle help card sat 0.2 in above its neighbours).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import _level_rows, view_of

COLUMNS = (0.5, 3.5, 6.5)  # in: left edge of each column's card
TOP, LABEL_TOP = 5.0, 5.05  # in


def _slide_with_a_help_row(tmp_path: Path, below_middle: float | None = None) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for n, left in enumerate(COLUMNS, 1):
        slide.shapes.add_shape(1, Inches(left), Inches(TOP), Inches(2.8), Inches(0.8)).name = \
            f"Stage {n} help"
        label = slide.shapes.add_textbox(Inches(left + 0.1), Inches(LABEL_TOP), Inches(2.6),
                                         Inches(0.7))
        label.name = f"Stage {n} help text"
        label.text_frame.text = "Say no. Tell someone."
    if below_middle is not None:
        slide.shapes.add_textbox(Inches(3.5), Inches(below_middle), Inches(2.8),
                                 Inches(0.3)).name = "Under the middle card"
    path = tmp_path / "row.pptx"
    prs.save(str(path))
    return path


def _push_down_and_level(path: Path, pushes: dict[int, float]) -> list[tuple[str, float]]:
    """Move column n's card and label down by pushes[n] in (as growing cards above do), level
    the row, save, reopen: (name, top in inches) of every card and label."""
    prs = Presentation(str(path))
    slide = prs.slides[0]
    view = view_of(slide)
    before = {id(i): i.box for i in view.items}
    for item in view.items:
        for n, by in pushes.items():
            if item.name.startswith(f"Stage {n} help"):
                x, y, w, h = item.box
                item.box = (x, y + int(Inches(by)), w, h)
                set_box(item.el, item.box)
    _level_rows(view, before, int(prs.slide_height))
    prs.save(str(path))
    shapes = Presentation(str(path)).slides[0].shapes
    return [(sh.name, round(sh.top / 914400, 3)) for sh in shapes
            if sh.name.startswith("Stage ")]


def test_a_row_pushed_down_unevenly_is_level_again_with_its_labels(tmp_path: Path) -> None:
    tops = dict(_push_down_and_level(_slide_with_a_help_row(tmp_path), {1: 0.2, 3: 0.4}))
    assert [tops[f"Stage {n} help"] for n in (1, 2, 3)] == pytest.approx([TOP + 0.4] * 3)
    assert [tops[f"Stage {n} help text"] for n in (1, 2, 3)] == pytest.approx(
        [LABEL_TOP + 0.4] * 3)


def test_a_row_that_cannot_all_go_lower_stays_where_its_columns_put_it(
        tmp_path: Path) -> None:
    # Something of lessonpack's sits 0.1 in under the middle card: no room for it to drop.
    path = _slide_with_a_help_row(tmp_path, below_middle=TOP + 0.9)
    tops = dict(_push_down_and_level(path, {1: 0.2, 3: 0.4}))
    assert [tops[f"Stage {n} help"] for n in (1, 2, 3)] == pytest.approx(
        [TOP + 0.2, TOP, TOP + 0.4])
    assert [tops[f"Stage {n} help text"] for n in (1, 2, 3)] == pytest.approx(
        [LABEL_TOP + 0.2, LABEL_TOP, LABEL_TOP + 0.4])

