"""Parents' figures slides: the source line names every source the slide uses, a point's own
"(Ofcom, 2022)" too, and the figures' tiles round their corners as much as the points' panel
beside them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx.oxml.ns import qn
from pptx.util import Inches

from built_decks import built_deck
from lessonpack.cli import main

BRIGHTPATH = str(Path(__file__).resolve().parents[1] / "examples/templates/brightpath-training")


@pytest.fixture(scope="module")
def primary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default look: an all-through school's workshop, whose teenagers' slide has figures
    (a primary school's has none)."""
    out = tmp_path_factory.mktemp("primary")
    assert main(["build", "-a", "parents", "--out", str(out), "--quiet", "-j", "1"]) == 0
    return out


@pytest.fixture(scope="module")
def on_brightpath(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("brightpath")
    assert main(["build", "-a", "parents", "--template", BRIGHTPATH, "--out", str(out),
                 "--quiet", "-j", "1"]) == 0
    return out


def _corner(shape: object) -> float:
    gd = shape.element.find(f".//{qn('a:prstGeom')}/{qn('a:avLst')}/{qn('a:gd')}")  # type: ignore[attr-defined]
    share = int(gd.get("fmla").split()[-1]) / 100_000
    return share * min(int(shape.width), int(shape.height))  # type: ignore[attr-defined]


def test_source_line_names_each_cited_source(primary: Path) -> None:
    checked = 0
    for slide in built_deck(primary, "parents").slides:
        shapes = {s.name: s for s in slide.shapes}
        if "Statistics source" not in shapes:
            continue
        line = shapes["Statistics source"].text_frame.text.replace("\v", " ")
        points = " ".join(p.text_frame.text for p in slide.placeholders
                          if p.placeholder_format.idx not in (0,)).replace("\v", " ")
        # A point citing its own source ("(Ofcom, 2022)") has it named on the line too.
        for publisher, year in re.findall(r"\(([^()]+?), (\d{4})\)", points):
            assert f"{publisher}, {year}" in line, (line, publisher, year)
        # The chart's own source is named with its year (the IWF's report for 2024).
        tiles = " ".join(sh.text_frame.text for sh in slide.shapes
                         if sh.has_text_frame and sh.name.startswith("Statistic "))
        if "175 reports" in tiles:
            assert "IWF" in line and "2024" in line, line
            checked += 1
    assert checked


def test_the_teenagers_figures_have_room(primary: Path) -> None:
    """The teenagers' figures slide crammed four bullets (a newer release's numbers among
    them) beside two tiles, its source tight against both: the newer release is a tile of
    its own, short points beside the tiles, and one source line naming both releases,
    on one line, clear of the tiles and of the footer."""
    slide = next(s for s in built_deck(primary, "parents").slides
                 if any("175 reports" in sh.text_frame.text for sh in s.shapes
                        if sh.has_text_frame and sh.name.startswith("Statistic ")))
    shapes = {sh.name: sh for sh in slide.shapes}
    tiles = [sh for name, sh in shapes.items() if re.fullmatch(r"Statistic \d+", name)]
    assert len(tiles) == 3
    assert any("153" in sh.text_frame.text for sh in slide.shapes
               if sh.has_text_frame and sh.name.startswith("Statistic "))
    points = [p for sh in slide.placeholders if sh.placeholder_format.idx != 0
              and sh.top > slide.shapes.title.top + slide.shapes.title.height
              for p in sh.text_frame.paragraphs if p.text.strip()]
    # Two short points and the caveat on what was counted (reports found, not a child's
    # odds): three lines of a panel as tall as the tiles.
    assert len(points) <= 3, [p.text for p in points]
    source = shapes["Statistics source"]
    line = source.text_frame.text
    assert line.startswith("Sources: ") and "2024" in line and "2025" in line, line
    size = max(r.font.size.pt for p in source.text_frame.paragraphs for r in p.runs)
    assert source.height <= Inches(size * 1.3 / 72) + Inches(0.1), line  # one line
    assert source.top >= max(t.top + t.height for t in tiles)


def test_tiles_round_like_the_points_panel(primary: Path) -> None:
    slide = next(s for s in built_deck(primary, "parents").slides
                 if any(sh.name == "Statistics source" for sh in s.shapes))
    panel = next(s for s in slide.slide_layout.shapes if s.name == "Caption panel")
    tiles = [s for s in slide.shapes if re.fullmatch(r"Statistic \d+", s.name)]
    assert len(tiles) >= 2
    for tile in tiles:
        assert abs(_corner(tile) - _corner(panel)) < 2000  # EMU: under 0.003 in


def test_a_trainers_points_panel_rounds_like_the_tiles(on_brightpath: Path) -> None:
    """On a trainer's layout the points beside the figures sit in a stand-in panel ("Side"):
    square-cornered beside rounded tiles it read as a different object. It
    rounds as much as the tiles, and ends where they end."""
    seen = 0
    for slide in built_deck(on_brightpath, "parents").slides:
        shapes = {s.name: s for s in slide.shapes}
        if "Statistic 1" not in shapes or "Side" not in shapes:
            continue
        seen += 1
        side, tile = shapes["Side"], shapes["Statistic 1"]
        assert abs(_corner(side) - _corner(tile)) < 2000  # EMU: under 0.003 in
        tiles = [s for s in slide.shapes if re.fullmatch(r"Statistic \d+", s.name)]
        assert abs(side.top + side.height - max(t.top + t.height for t in tiles)) < 2000
    assert seen
