"""The EXAMPLE band's strip kept on a deck's masters and layouts before any slide is drawn
(render/deck_band_room): everything but the frame and the footer row set below it, in the
order and with the gaps it had, and the drawing areas matching found moved alike."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from pptx.util import Inches

from lessonpack.render.deck_band_room import STRIP, Squeeze, reserve_band_strip
from lessonpack.render.deck_layouts import resolve_layouts
from lessonpack.render.pptx import open_lean_deck

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = [ROOT / "templates/deck.pptx",
             ROOT / "examples/templates/brightpath-training/deck.pptx",
             ROOT / "tests/fixtures/wild/google-slides-export.pptx"]


def _boxes(prs: object) -> dict[tuple[str, str], tuple[int, int, int, int]]:
    """Every master's and layout's shape with a box of its own, by owner and shape name."""
    found = {}
    for master in prs.slide_masters:  # type: ignore[attr-defined]
        for owner in [master, *master.slide_layouts]:
            for shape in owner.shapes:
                if shape.top is not None and shape.height is not None:
                    found[(str(owner.part.partname), f"{shape.shape_id} {shape.name}")] = (
                        int(shape.left), int(shape.top), int(shape.width), int(shape.height))
    return found


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.parent.name)
def test_nothing_but_the_frame_starts_in_the_strip(template: Path) -> None:
    prs = open_lean_deck(template, str(template))
    layouts = resolve_layouts(prs, str(template))
    before = _boxes(prs)
    after_layouts = reserve_band_strip(prs, layouts)
    after = _boxes(prs)
    width, height = int(prs.slide_width), int(prs.slide_height)
    moved = 0
    for key, (x, y, _w, _h) in after.items():
        old = before[key]
        frame = (old[2] * old[3] >= 0.5 * width * height or old[3] >= 0.9 * height
                 or (old[1] <= 0 and old[2] >= 0.9 * width))
        if frame:
            assert y == old[1], key  # a background, a side bar, a top rule: where it was
            continue
        assert y >= STRIP or y >= old[1] >= height // 2, (key, old, y)
        assert y >= old[1] and x == old[0], (key, old, y)  # only ever lower
        moved += y != old[1]
    assert moved, "the template had something in the strip"
    # The areas worked out before are moved by the same rule: still below the strip.
    for kind, resolved in after_layouts.items():
        for box in [resolved.region, *resolved.drawn_in.values(), *resolved.boxes.values()]:
            if box is not None:
                assert box[1] >= STRIP, (kind, box)


def test_the_squeeze_keeps_order_and_the_footer_row() -> None:
    squeeze = Squeeze(shift=100, foot=1000)
    assert squeeze.y(0) == 100 and squeeze.y(1000) == 1000 and squeeze.y(1200) == 1200
    heights = [squeeze.y(v) for v in range(0, 1001, 50)]
    assert heights == sorted(set(heights))  # order kept, nothing merged
    assert Squeeze(0, 1000).box((5, 20, 30, 40)) == (5, 20, 30, 40)



def test_above_the_hold_line_everything_moves_whole() -> None:
    """A trainer's title stack moves down by the shift, its sizes and gaps kept; the gaps
    from the hold line to the footer row shrink; with no hold line the mapping is the plain
    squeeze."""
    squeeze = Squeeze(shift=100, foot=1000, hold=400)
    assert [squeeze.y(v) for v in (0, 150, 399)] == [100, 250, 499]
    assert squeeze.y(400) == 500 and squeeze.y(1000) == 1000
    heights = [squeeze.y(v) for v in range(0, 1001, 50)]
    assert heights == sorted(set(heights))
    plain = Squeeze(shift=100, foot=1000)
    assert [Squeeze(100, 1000, 0).y(v) for v in range(0, 1001, 50)] == \
        [plain.y(v) for v in range(0, 1001, 50)]


def test_a_trainers_template_with_its_title_clear_of_the_strip_moves_nothing() -> None:
    """The Brightpath template's title starts below the strip: only the kicker's box,
    which matching set at the slide's top edge, and layouts no slide of the deck uses
    ("Content with Caption", from 0.3 in) start in it. The kicker is hung over its title
    once the slide is filled, clear of the strip (deck_kicker.hug_kicker), so nothing of
    the template moves and every drawing area keeps its height."""
    template = ROOT / "examples/templates/brightpath-training/deck.pptx"
    prs = open_lean_deck(template, str(template))
    layouts = resolve_layouts(prs, str(template), {"cards", "bullets", "title", "section"})
    assert layouts["cards"].boxes["kicker"][1] < STRIP  # what no longer counts
    before = _boxes(prs)
    after = reserve_band_strip(prs, layouts, hold_titles=True)
    assert _boxes(prs) == before
    assert after == layouts


def _title_stack_raised(prs: object, by: int) -> None:
    """A template whose title stack (what starts in the top third: its titles, the
    master's rule under them, the body's top) starts ``by`` EMU higher, in the strip."""
    for master in prs.slide_masters:  # type: ignore[attr-defined]
        for owner in [master, *master.slide_layouts]:
            for shape in owner.shapes:
                if shape.top is not None and by <= shape.top < prs.slide_height // 3:
                    shape.top = shape.top - by


def test_a_trainers_title_keeps_its_size_and_its_rules_clearance() -> None:
    """A trainer's template whose title starts in the strip (hold_titles): the master's
    title keeps its height (its 32 pt), the rule under it its gap to the title, and the
    drawing areas start as far under the rule as before (deck_match.ROOM): only the areas
    are shorter. (The example decks built on Brightpath: tests/test_example_band.py,
    tests/test_brightpath_template.py.)"""
    template = ROOT / "examples/templates/brightpath-training/deck.pptx"
    prs = open_lean_deck(template, str(template))
    _title_stack_raised(prs, int(Inches(0.3)))
    layouts = resolve_layouts(prs, str(template), {"cards", "bullets", "title", "section"})
    master = prs.slide_masters[0]

    def stack() -> tuple[tuple[int, int], tuple[int, int]]:
        shapes = {s.name: s for s in master.shapes}
        title, rule = shapes["Title Placeholder 1"], shapes["Title rule"]
        return (int(title.top), int(title.height)), (int(rule.top), int(rule.height))

    (title_top, title_h), (rule_top, rule_h) = stack()
    body = layouts["cards"].drawn_in["body"]
    after = reserve_band_strip(prs, layouts, hold_titles=True)
    (new_top, new_h), (new_rule, new_rule_h) = stack()
    shift = new_top - title_top
    assert shift > 0 and new_top >= STRIP
    assert (new_h, new_rule - new_top, new_rule_h) == (title_h, rule_top - title_top, rule_h)
    moved = after["cards"].drawn_in["body"]
    assert moved[1] - (new_rule + new_rule_h) == body[1] - (rule_top + rule_h)
    # The area gives up the shift, less the little its gap to the footer row gives up.
    assert body[3] - shift <= moved[3] < body[3]


def test_a_rule_drawn_on_the_layouts_is_held_with_the_masters_title() -> None:
    """The same template with its rule drawn on each layout that shows the master's
    shapes rather than on the master (as some trainers' templates draw it): the frame's
    hold line still takes the rule in, so the rule keeps its gap to the title and the
    drawing area its clearance under the rule."""
    template = ROOT / "examples/templates/brightpath-training/deck.pptx"
    prs = open_lean_deck(template, str(template))
    _title_stack_raised(prs, int(Inches(0.3)))
    master = prs.slide_masters[0]
    rule = next(s for s in master.shapes if s.name == "Title rule").element
    for layout in master.slide_layouts:
        if layout.element.get("showMasterSp") != "0":
            layout.shapes._spTree.append(copy.deepcopy(rule))
    rule.getparent().remove(rule)
    layouts = resolve_layouts(prs, str(template), {"cards", "bullets", "title", "section"})
    cards = layouts["cards"].layout

    def stack() -> tuple[int, int, int]:
        title = next(s for s in master.shapes if s.name == "Title Placeholder 1")
        drawn = next(s for s in cards.shapes if s.name == "Title rule")
        return int(title.top), int(drawn.top), int(drawn.height)

    title_top, rule_top, rule_h = stack()
    body = layouts["cards"].drawn_in["body"]
    after = reserve_band_strip(prs, layouts, hold_titles=True)
    new_top, new_rule, new_rule_h = stack()
    assert new_top >= STRIP
    assert (new_rule - new_top, new_rule_h) == (rule_top - title_top, rule_h)
    moved = after["cards"].drawn_in["body"]
    assert moved[1] - (new_rule + new_rule_h) == body[1] - (rule_top + rule_h)
