"""Reopen the generated KS2 deck and check it the way a teacher and a screen reader would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from built_decks import slides_file
from lessonpack.render.deck_layouts import layout_specs

LAYOUT_NAMES = {spec.name for spec in layout_specs().values()}


@pytest.fixture(scope="module")
def deck(ks2_pack: Path) -> Presentation:
    return Presentation(str(ks2_pack / "live-streaming-ks2-slides.pptx"))


def test_deck_is_16_9_with_enough_slides(deck: Presentation) -> None:
    assert (deck.slide_width, deck.slide_height) == (Emu(12192000), Emu(6858000))
    assert len(deck.slides) >= 10


def test_every_slide_has_title_and_notes(deck: Presentation) -> None:
    for number, slide in enumerate(deck.slides, 1):
        assert slide.shapes.title is not None, f"slide {number} has no title"
        assert slide.shapes.title.text_frame.text.strip(), f"slide {number} title empty"
        assert slide.has_notes_slide, f"slide {number} has no notes"
        assert len(slide.notes_slide.notes_text_frame.text.strip()) > 20, f"slide {number}"


def test_slides_use_named_layouts(deck: Presentation) -> None:
    used = [slide.slide_layout.name for slide in deck.slides]
    assert set(used) <= LAYOUT_NAMES
    assert used[0] == "LP Title"
    assert {"LP Scenario", "LP Quiz Question", "LP Quiz Answers", "LP Signposting",
            "LP Key Messages", "LP Section", "LP Bullets"} <= set(used)


def test_no_empty_placeholders(deck: Presentation) -> None:
    for number, slide in enumerate(deck.slides, 1):
        for ph in slide.placeholders:
            assert ph.has_text_frame and ph.text_frame.text.strip(), (
                f"slide {number}: empty placeholder {ph.name}")


def test_titles_are_unique_in_every_deck(built_packs: Path) -> None:
    decks = sorted(built_packs.rglob("*.pptx"))
    assert len(decks) == 5
    for path in decks:
        titles = [s.shapes.title.text_frame.text for s in Presentation(str(path)).slides]
        assert len(titles) == len(set(titles)), (path.name, [t for t in titles
                                                             if titles.count(t) > 1])


def test_scenario_is_editable_shapes_with_alt_text(deck: Presentation) -> None:
    scenario = [s for s in deck.slides if s.slide_layout.name == "LP Scenario"]
    assert len(scenario) == 3
    for slide in scenario:
        groups = [sh for sh in slide.shapes if sh.shape_type == 6]  # GROUP
        assert len(groups) == 1
        group = groups[0]
        alt = group._element.nvGrpSpPr.cNvPr.get("descr")
        assert alt and len(alt) > 30 and not alt.lower().endswith((".png", ".jpg"))
        texts = [sh.text_frame.text for sh in group.shapes if sh.has_text_frame]
        assert "LIVE" in texts
        assert any("watching" in t for t in texts)
        assert sum(1 for sh in group.shapes if sh.name.startswith("Comment ")) >= 3


def _straight(text: str) -> str:
    """The deck sets typographic quotes; the content is written with straight ones."""
    return text.replace("’", "'").replace("‘", "'")


def test_quiz_and_signposting_content(deck: Presentation) -> None:
    # Phone numbers keep their groups together with no-break spaces (contact_text.unbroken).
    text = "\n".join(sh.text_frame.text for s in deck.slides for sh in s.shapes
                     if sh.has_text_frame).replace("\u00a0", " ")
    assert "Childline" in text and "0800 1111" in text
    assert "CEOP" in text
    assert "Stop, Tell, Save, Report" in text
    answers = next(s for s in deck.slides if s.shapes.title is not None
                   and s.shapes.title.text == "Exit quiz answers")
    rows = {sh.name: sh.text_frame.text for sh in answers.shapes if sh.has_text_frame}
    from lessonpack.api import load

    count = len(load().items["live-streaming-ks2"].item.exit_quiz)
    assert count == 4  # cut from six: the hour, and a worksheet of four sides
    assert all(rows[f"Answer {n}"] for n in range(1, count + 1))
    assert f"Answer {count + 1}" not in rows
    # The right answer's letter, as on its question slide, beside each answer.
    letters = [rows[f"Answer {n} letter"] for n in range(1, count + 1)]
    assert set(letters) <= {"A", "B", "C", "D"}
    # Each answer row gives the right option's words, as the question lists them.
    quiz = load().items["live-streaming-ks2"].item.exit_quiz
    for n, question in enumerate(quiz, 1):
        right = next(o.text for o in question.options if o.correct)
        assert _straight(rows[f"Answer {n}"]) == right, (n, rows[f"Answer {n}"])
    asked = [s for s in deck.slides if s.shapes.title is not None
             and s.shapes.title.text.startswith("Exit quiz:")]
    shown = " ".join(sh.text_frame.text for s in asked for sh in s.shapes if sh.has_text_frame)
    assert all(q.question in _straight(shown) for q in quiz), shown


def test_core_properties_and_language(deck: Presentation) -> None:
    core = deck.core_properties
    assert core.title.startswith("Live streams: watching safely")
    assert core.language == "en-GB"
    assert core.author == "lessonpack"
    xml = deck.slides[1].shapes.title._element.xml
    assert 'lang="en-GB"' in xml


def test_theme_carries_the_default_brand(ks2_pack: Path) -> None:
    import zipfile

    with zipfile.ZipFile(ks2_pack / "live-streaming-ks2-slides.pptx") as z:
        theme = z.read("ppt/theme/theme1.xml").decode()
    assert '<a:srgbClr val="1B2A4A"/>' in theme  # primary (dk2)
    assert '<a:srgbClr val="2456A6"/>' in theme  # secondary (accent1)
    assert 'typeface="Arial"' in theme


def test_parents_deck_shows_each_figure_large_with_its_source_and_year(built_packs: Path
                                                                      ) -> None:
    from lessonpack.api import load
    from lessonpack.content.brand import DEFAULT_BRAND

    # The default brand's phase ("all") picks the sections' variants.
    session = load().items["live-streaming-parents"].item.for_phase(DEFAULT_BRAND.phase)
    expected = [b.shown or f"{b.value:g}%" for section in session.sections
                for chart in section.charts for b in chart.bars]
    deck = Presentation(str(built_packs / "live-streaming-parents"
                            / slides_file("parents")))
    tiles = []
    for slide in deck.slides:
        shapes = {sh.name: sh.text_frame.text.replace("\v", " ")
                  for sh in slide.shapes if sh.has_text_frame}
        n = 1
        while f"Statistic {n} figure" in shapes:
            # Figures from one source share one source line under the tiles.
            tiles.append((shapes[f"Statistic {n} figure"], shapes[f"Statistic {n} label"],
                          shapes.get(f"Statistic {n} source", shapes.get("Statistics source"))))
            assert ("Statistics source" in shapes) != (f"Statistic {n} source" in shapes)
            n += 1
    assert [t[0] for t in tiles] == expected and len(expected) >= 2
    labels = [b.label for section in session.sections for chart in section.charts
              for b in chart.bars]
    assert [t[1] for t in tiles] == labels
    # Each figure names where it comes from, with the year, on the slide; an annual report by
    # the year it reports on, then when it came out ("2024 report, published April 2024"), so
    # nobody can present a report two editions old as the newest.
    # Several sources on one line, each publisher by its short name: "IWF, 2024 report,
    # published 2025; IWF and Childline, 2025".
    one = r".+, (19|20)\d\d( report(, published ([A-Z][a-z]+ )?(19|20)\d\d)?)?"
    assert all(re.fullmatch(rf"Source: {one}|Sources: {one}(; {one})+", t[2])
               for t in tiles), tiles
    assert any(t[2].startswith("Sources: IWF, 2024 report, published 2025; ")
               for t in tiles), tiles
    assert not any("newest" in t[2].lower() for t in tiles)
