"""What a class or a hall reads from the back of the room, measured in the built decks:
help cards (text size, cards shared evenly over the slides, a short slide centred at the
full slide's card size), card sorts, and the parents' figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from built_decks import slides_file
from lessonpack.plan.deck.help import older_runs


@pytest.fixture(scope="module")
def oakfield(oakfield_all: Path) -> Path:
    """Oakfield's packs (conftest builds them once for the session)."""
    return oakfield_all


def _decks(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*-slides.pptx"))


def _runs(shape):  # type: ignore[no-untyped-def]
    return [r for p in shape.text_frame.paragraphs for r in p.runs if r.text.strip()]


def _help_slides(deck: Path) -> list[list]:  # type: ignore[type-arg]
    """The cards (their rounded shapes) of each help slide, in slide order."""
    out = []
    for slide in Presentation(str(deck)).slides:
        cards = [sh for sh in slide.shapes if sh.name.startswith("Help card ")
                 and sh.name.split()[-1].isdigit()]
        if cards:
            out.append((slide, cards))
    return out


def _shared_evenly(deck: str, counts: list[int]) -> None:
    """Pupils' (and parents') help slides: at most four cards a slide, never a row of four
    (a fourth in a row squeezed the words): four stand two by two, fewer in one row; 7
    cards are 4 then 3, 6 are 3 and 3; never two cards alone after a slide of four.
    Pupils' decks keep three a slide at most (7: 3, 2, 2), each slide one row."""
    most = 4 if "parents" in deck else 3
    assert max(counts) - min(counts) <= 1 and (len(counts) == 1 or min(counts) >= most - 1
                                               ), (deck, counts)
    assert counts == sorted(counts, reverse=True), (deck, counts)
    assert len(counts) == -(-sum(counts) // most), (deck, counts)  # as few as hold them


def _shared_like_11_16s(deck: str, counts: list[int]) -> None:
    """11-16s' help slides (plan/deck/help ``older_runs``): the school's card and two on
    the first, then at most four a slide (two by two) shared out evenly; two left over are
    laid across the last slide (tests/test_help_slide_runs.py). Their text sizes:
    tests/test_help_slides.py."""
    assert counts == [len(r) for r in older_runs(sum(counts))], (deck, counts)
    assert counts[0] == 3 and max(counts) <= 4, (deck, counts)
    assert min(counts) >= 2, (deck, counts)  # never one card alone


def _rows_of_11_16s(deck: str, cards: list, full: int) -> None:  # type: ignore[type-arg]
    """Wide cards two a row, each pair one width; an odd card out across the whole width
    (its own row: the school's card with its email on top, else the last), never a half
    card alone in a row; two cards left over for a last slide stand one a row across it
    (plan/deck/help ``older_runs``, kinds/signposting ``card_room``)."""
    wide = [c for c in cards if c.width > 0.95 * full]
    half = [c for c in cards if c not in wide]
    across = len(cards) == 2
    assert len(wide) == (2 if across else len(cards) % 2), deck
    assert len({c.width for c in half}) <= 1, deck
    assert all(2 * c.width < full for c in half), deck
    rows = {c.top for c in cards}
    assert len(rows) == (2 if across else -(-len(cards) // 2)), (deck, len(rows))


@pytest.mark.parametrize("which", ["default", "oakfield"])
def test_help_cards_are_shared_evenly_and_read_from_the_back(
        which: str, built_packs: Path, oakfield: Path) -> None:
    folder = built_packs if which == "default" else oakfield
    older = 0
    for deck in _decks(folder):
        # 11-16s' help runs wide cards two a row, the school's card and two first.
        secondary = any(f"-{ks}-" in deck.name for ks in ("ks3", "ks4"))
        older += secondary
        slides = _help_slides(deck)
        assert slides, deck.name
        counts = [len(cards) for _slide, cards in slides]
        (_shared_like_11_16s if secondary else _shared_evenly)(deck.name, counts)
        full = max(c.left + c.width for c in slides[0][1]) - min(c.left for c in slides[0][1])
        for slide, cards in slides:
            # Every row of cards spans the run's full width (two narrow cards centred
            # mid-slide looked unfinished).
            left = min(c.left for c in cards)
            right = max(c.left + c.width for c in cards)
            rows = {c.top for c in cards}
            if secondary:
                _rows_of_11_16s(deck.name, cards, full)
            else:  # one card size a slide, but adults' three may stand two over one
                # Adults' three cards may stand two over one across the
                # width, where a name of the run would wrap in a third of the slide ("Our
                # safeguarding lead" and "CEOP Safety Centre" on two lines beside "NSPCC
                # Helpline"'s one); the last card is then the row's full width.
                last = max(rows)
                two_over_one = ("parents" in deck.name and len(cards) == 3 and len(rows) == 2
                                and sum(c.top == last for c in cards) == 1)
                sized = [c for c in cards if not (two_over_one and c.top == last)]
                assert len({c.width for c in sized}) == 1 and len(rows) <= 2, (deck.name, counts)
                assert len(rows) == 1 or len(cards) == 4 or two_over_one, (deck.name, counts)
            for top in rows:
                row = [c for c in cards if c.top == top]
                span = max(c.left + c.width for c in row) - min(c.left for c in row)
                assert span > 0.95 * full, (deck.name, counts)
            middle = (left + right) / 2
            assert abs(middle - Presentation(str(deck)).slide_width / 2) < Emu(914400 * 0.1), (
                deck.name, "help cards not centred")
            if "parents" not in deck.name:
                # Every pupils' help card has its picture, the school's too (a named
                # adult's figure or photo; the default look's icon).
                icons = [sh for sh in slide.shapes if sh.name.startswith("Help card")
                         and sh.name.endswith(" picture")]
                assert len(icons) == len(cards), (deck.name, len(icons), len(cards))
            for shape in slide.shapes:
                if shape.name.startswith("Help card") and shape.has_text_frame:
                    for run in _runs(shape):
                        assert run.font.size is not None and run.font.size.pt >= 16, (
                            deck.name, shape.name, run.text)
    # The 11-16s' rule read, not skipped: the default build's KS3 and KS4 decks (Oakfield,
    # a primary school, builds none).
    assert older == (2 if which == "default" else 0), older


def _inches(emu: int) -> float:
    return emu / 914400


def test_parents_figures_share_a_bottom_edge_with_their_points(built_packs: Path) -> None:
    """The figures' tiles and the points' panel start and end at one height, the source line under
    them clear of the footer band, the points at 20 pt (tiles 25 px short of
    the panel, the source touching the footer, the points at about 12 pt)."""
    prs = Presentation(str(built_packs / "live-streaming-parents"
                           / slides_file("parents")))
    seen = 0
    for slide in prs.slides:
        tiles = [sh for sh in slide.shapes if sh.name.startswith("Statistic ")
                 and sh.name.split()[-1].isdigit()]
        if not tiles:
            continue
        seen += 1
        panel = next(sh for sh in slide.slide_layout.shapes if sh.name == "Caption panel")
        # The tiles as rows (a figure each): the first starts and the last ends with the
        # panel beside them.
        assert abs(_inches(min(sh.top for sh in tiles) - panel.top)) < 0.02
        bottom = max(sh.top + sh.height for sh in tiles)
        assert abs(_inches(bottom - (panel.top + panel.height))) < 0.02
        source = next(sh for sh in slide.shapes if sh.name == "Statistics source")
        band = next(sh for sh in prs.slide_master.shapes if sh.name == "Footer band")
        # The source line in its own room: a clear gap under the tiles and above the band
        # (0.1 in and 0.2 in read as squeezed between them).
        assert _inches(source.top - (panel.top + panel.height)) >= 0.15
        assert _inches(band.top - (source.top + source.height)) >= 0.2
        # Each figure inside its row with room round it ("153" sat on its tile's foot).
        for tile in tiles:
            figure = next(sh for sh in slide.shapes if sh.name == f"{tile.name} figure")
            assert _inches(figure.top - tile.top) >= 0.05
            assert _inches(tile.top + tile.height - (figure.top + figure.height)) >= 0.1
        caption = next(ph for ph in slide.slide_layout.placeholders
                       if ph.placeholder_format.idx == 14)
        sizes = {r.font.size.pt for p in caption.text_frame.paragraphs for r in p.runs
                 if r.font.size} | {
            int(el.get("sz")) / 100 for el in caption._element.iter(
                "{http://schemas.openxmlformats.org/drawingml/2006/main}defRPr")
            if el.get("sz")}
        assert sizes and min(sizes) >= 20, sizes
    assert seen == 1  # the all-through workshop's one figures slide: the teenagers'


def test_school_crest_is_large_on_the_cover(oakfield: Path) -> None:
    """The cover's logo about twice the area it has on a section slide, above the kicker."""
    prs = Presentation(str(next(iter(_decks(oakfield)))))
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    cover = next(sh for sh in layouts["LP Title"].shapes if sh.name == "Logo")
    section = next(sh for sh in layouts["LP Section"].shapes if sh.name == "Logo")
    kicker = next(sh for sh in layouts["LP Title"].placeholders if sh.name == "Kicker")
    assert cover.width * cover.height >= 2 * section.width * section.height
    assert _inches(cover.height) >= 1.0
    panel = next(sh for sh in layouts["LP Title"].shapes if sh.name == "Logo panel")
    assert panel.top + panel.height <= kicker.top


def test_sort_cards_are_large_enough_to_model_the_task(built_packs: Path) -> None:
    """Word cards to sort are read from the back of the room: 20 pt or more (6-8 cards
    beside the steps came out at 18-19 pt); cards too many to sit beside the steps get a
    slide of their own, the whole width."""
    seen = 0
    for deck in _decks(built_packs):
        for slide in Presentation(str(deck)).slides:
            # The "Check your work" slide after a sort shows the same cards, each with its
            # answer in front ("Kind: Good idea: …"): longer words in the same grid, read
            # while the teacher goes through them, not modelled from the back of the room;
            # the projected floor, 18 pt, holds there (20 pt is for the cards pupils sort).
            title = slide.shapes.title
            checked = title is not None and title.text.startswith("Check your work")
            floor = 18 if checked else 20
            for shape in slide.shapes:
                if shape.name.startswith("Task card") and shape.name.endswith(" text"):
                    seen += 1
                    for run in _runs(shape):
                        assert run.font.size.pt >= floor, (deck.name, shape.name, run.text)
    assert seen >= 30


def test_a_boys_story_shows_a_boy(built_packs: Path) -> None:
    """Kai, Sami and Ravi are boys: their streams show teenage boys, never the neutral figure
    that read as a woman; Leo, eight, in the parents' primary story, a boy."""
    expected = {"ks3": {"teen-boy", "teen-boy-2"}, "ks4": {"teen-boy"}}
    for audience, names in expected.items():
        prs = Presentation(str(built_packs / f"live-streaming-{audience}"
                               / slides_file(audience)))
        shown = {pic.name.rsplit(": ", 1)[-1] for slide in prs.slides for group in slide.shapes
                 if group.shape_type == 6 for pic in group.shapes
                 if pic.shape_type == 13 and pic.name.startswith("In the video")
                 and "on screen" in (pic._element.xpath(".//p:cNvPr/@descr") or [""])[0]}
        assert shown == names, (audience, shown)


def test_ks1_thumbs_are_large_and_beside_their_statement(built_packs: Path) -> None:
    """Each statement's thumbs sit in its row, beside its words, large enough to copy
    from the back of the room; the rows fill the slide's middle, under the title."""
    prs = Presentation(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    seen = 0
    for slide in prs.slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        if "Statement 1 choice: Yes" not in shapes:
            continue
        seen += 1
        for n in (1, 2, 3):
            text, thumb = shapes[f"Statement {n} text"], shapes[f"Statement {n} choice: Yes"]
            assert _inches(thumb.height) >= 0.6, _inches(thumb.height)
            middle = text.top + text.height // 2
            assert thumb.top <= middle <= thumb.top + thumb.height, n
            assert text.text_frame.paragraphs[0].runs[0].font.size.pt >= 24
        above = shapes["Statement 1"].top - (slide.shapes.title.top + slide.shapes.title.height)
        below = Emu(914400 * 6.8) - (shapes["Statement 3"].top + shapes["Statement 3"].height)
        assert _inches(above) < 1.2 and _inches(below) < 1.2, (_inches(above), _inches(below))
    assert seen == 2
