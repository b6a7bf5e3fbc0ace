"""Help slides laid out as one set: every card says what its service is for, at one size
across the run's slides (Brightpath parents' Childline and Report
Remove cards showed a name, a hole and a contact); icon, name and words from the card's
top, contacts on its foot; a person's name never broken across lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from built_decks import slides_file
from lessonpack.plan.contact_text import NBSP
from lessonpack.render.deck_help_words import hold_names

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def brightpath_parents(brightpath_at_ashgrove: Path) -> Path:
    return brightpath_at_ashgrove / "live-streaming-parents" / slides_file("parents", "primary")


def _help_slides(path: Path) -> list:
    return [s for s in Presentation(str(path)).slides
            if any(sh.name == "Help card 1" for sh in s.shapes)]


def _cards(slide) -> dict[str, dict[str, list]]:
    """Each card's parts by role (heading, text, contact, picture)."""
    cards: dict[str, dict[str, list]] = {}
    for sh in slide.shapes:
        parts = sh.name.split(" ")
        if sh.name.startswith("Help card ") and len(parts) == 3:
            cards.setdefault(sh.name, {})["card"] = [sh]
        elif sh.name.startswith("Help card ") and len(parts) == 4:
            cards.setdefault(" ".join(parts[:3]), {}).setdefault(parts[3], []).append(sh)
    return cards


def _sizes(shapes: list) -> set[float]:
    return {r.font.size.pt for sh in shapes for p in sh.text_frame.paragraphs for r in p.runs
            if r.font.size is not None}


def test_every_help_card_says_what_it_is_for_at_one_size_across_the_run(
        brightpath_parents: Path) -> None:
    slides = _help_slides(brightpath_parents)
    assert len(slides) >= 3
    text_sizes: set[float] = set()
    name_sizes: set[float] = set()
    for slide in slides:
        for name, parts in _cards(slide).items():
            assert parts.get("text"), f"{name} shows no words under its name"
            assert parts.get("contact"), name
            text_sizes |= _sizes(parts["text"] + parts["contact"])
            name_sizes |= _sizes(parts["heading"])
        assert "Say what each is for" not in slide.notes_slide.notes_text_frame.text
    assert len(text_sizes) == 1 and len(name_sizes) == 1, (text_sizes, name_sizes)
    assert min(text_sizes) >= 20 and min(name_sizes) >= min(text_sizes) + 2


def test_icons_names_and_contacts_line_up_across_the_run(brightpath_parents: Path) -> None:
    """Icon, name and words from each card's top, so the icons sit at one height on every
    slide of the run; each contact straight under its own card's words (on the card's foot a
    short card's words and its number stood across a hole), inside its card."""
    tops, sides = set(), set()
    for slide in _help_slides(brightpath_parents):
        for name, parts in _cards(slide).items():
            card = parts["card"][0]
            picture = parts["picture"][0]
            # Centred on one line: each icon is sized and centred by what it draws
            # (render/deck_pictures.ink_box), so its frame's top varies with its shape.
            tops.add(picture.top + picture.height // 2 - card.top)
            # One size: the drawn part's area, that of one square (a long drawing capped by
            # its box: its long side that square's at least).
            sides.add((picture.width, picture.height))
            foot = max(sh.top + sh.height for sh in parts["contact"])
            assert foot <= card.top + card.height, name
            if parts.get("text"):
                gap = min(sh.top for sh in parts["contact"]) - max(
                    sh.top + sh.height for sh in parts["text"])
                assert 0 <= gap <= 0.15 * 914400, (name, gap)
    assert max(tops) - min(tops) <= 2 * 12700, tops
    square = max(round((w * h) ** 0.5) for w, h in sides)
    for w, h in sides:
        area_side = (w * h) ** 0.5
        assert abs(area_side - square) <= 2 * 12700 or max(w, h) >= square, (w, h, square)


def test_a_persons_name_is_held_on_one_line() -> None:
    held = hold_names("Ask your teacher to take you to Mrs Shah. Or ask Mr Daniel Price, "
                      "or [deputy DSL's name]. Free, any time.")
    assert f"Mrs{NBSP}Shah" in held and f"Mr{NBSP}Daniel{NBSP}Price" in held
    # Decided again: a field is held too. Its ordinary spaces were kept so
    # Find would match it as typed, but the yellow field then broke over two lines
    # ("[deputy" / "DSL's name]", read as two fields: designer), and the hidden "Before
    # you teach" slide tells the teacher to type over each field, not to Find it.
    assert f"[deputy{NBSP}DSL's{NBSP}name]" in held
    assert hold_names("Ask [DSL's name].") == f"Ask [DSL's{NBSP}name]."
    assert "Free, any time." in held  # no other words are joined


def test_the_story_slides_title_is_top_left_above_the_stream(built_packs: Path) -> None:
    """Kicker and title top-left across the width on every story slide, the stream under
    them (in the right-hand column the title moved to a new x)."""
    seen = 0
    for deck in built_packs.glob("*/*-slides.pptx"):
        prs = Presentation(str(deck))
        for slide in prs.slides:
            shapes = {sh.name: sh for sh in slide.shapes}
            stream = shapes.get("Mock live stream")
            if stream is None or slide.shapes.title is None:
                continue
            title = slide.shapes.title
            assert title.left == stream.left, deck.name
            assert title.top + title.height <= stream.top, deck.name
            assert title.width > prs.slide_width * 0.8, deck.name
            seen += 1
    assert seen >= 8


def test_card_names_take_two_lines_at_most(brightpath_parents: Path,
                                           built_packs: Path) -> None:
    """A name of three lines beside its icon ("Northshire Children's Services", the unnamed
    KS1 lead's card) started its words below its neighbours': two lines at most, the row's
    names at one size."""
    from lessonpack.check.measure import count_lines

    paths = [brightpath_parents, *(built_packs / f"live-streaming-{a}" /
                                   slides_file(a) for a in ("ks1", "ks2"))]
    for path in paths:
        for slide in _help_slides(path):
            names = [parts["heading"][0] for parts in _cards(slide).values()]
            assert len(set().union(*(_sizes([n]) for n in names))) == 1, path.name
            for name in names:
                pt = max(_sizes([name]))
                font = name.text_frame.paragraphs[0].runs[0].font.name or "Carlito"
                width = (name.width - name.text_frame.margin_left
                         - name.text_frame.margin_right) / 12700
                lines = count_lines(name.text_frame.text.replace(NBSP, "i"), font, pt,
                                    width, True)
                assert lines <= 2, (path.name, name.text_frame.text, lines)


def test_a_slide_of_fewer_cards_keeps_the_runs_card_width_centred() -> None:
    from lessonpack.geometry import CARD_GAP
    from lessonpack.kinds.signposting import card_room

    region = (100, 200, 9000, 3000)
    (full, cols) = card_room(region, 3, 3)
    assert (full, cols) == (region, 3)
    (x, y, w, h), cols = card_room(region, 2, 3)
    card = (9000 - 2 * CARD_GAP) // 3
    # Two cards of the three-a-row card width, with the row's gap, in the middle.
    assert cols == 2 and (y, h) == (200, 3000)
    assert w == 2 * card + CARD_GAP
    assert abs((x - 100) - (100 + 9000 - (x + w))) <= 1


def test_words_under_the_names_start_at_one_height_across_the_run(
        brightpath_parents: Path, built_packs: Path) -> None:
    """A two-line name on one slide of a run ("CEOP Safety Centre") gives every slide's
    names two lines' room: the words under them start at one height on every slide (KS4's
    third help slide, where no name wraps, started its words a line higher). 11-16s' wide
    cards, two a row, start their words at one height from every card's top."""
    ks4 = built_packs / "live-streaming-ks4" / slides_file("ks4")
    for path in (brightpath_parents, ks4):
        starts = set()
        for slide in _help_slides(path):
            for parts in _cards(slide).values():
                if parts.get("text") and (path == ks4 or parts["card"][0].height > 2.5 * 914400):
                    starts.add(min(sh.top for sh in parts["text"]) - parts["card"][0].top)
        assert len(starts) >= 1
        assert max(starts) - min(starts) <= 2 * 12700, (path.name, starts)
