"""A run of help cards over several slides is shared out evenly: no last slide holding one
card alone, which looked like a layout error on the last slide pupils see."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.kinds.signposting import SignpostingSlide, card_room, holds_email
from lessonpack.plan.deck.help import older_runs
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.pictures import plain
from lessonpack.plan.slide_runs import even_runs

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("count", "most", "sizes"), [
    (0, 3, []), (1, 3, [1]), (4, 3, [2, 2]), (7, 3, [3, 2, 2]), (10, 3, [3, 3, 2, 2]),
    (7, 4, [4, 3]), (8, 4, [4, 4]), (9, 4, [3, 3, 3]), (10, 4, [4, 3, 3]), (11, 4, [4, 4, 3])])
def test_even_runs_share_items_out_fuller_first(count: int, most: int,
                                                sizes: list[int]) -> None:
    runs = even_runs(count, most)
    assert [len(r) for r in runs] == sizes
    assert [i for r in runs for i in r] == list(range(count))


@pytest.mark.parametrize(("count", "sizes"), [
    (7, [3, 4]), (8, [3, 3, 2]), (9, [3, 3, 3]), (10, [3, 4, 3]), (11, [3, 4, 4])])
def test_older_help_runs_take_fewest_slides_none_short(count: int, sizes: list[int]) -> None:
    """11-16s' help cards: the school's card and two on the first slide, then four a slide
    over as few slides as hold the rest, none with fewer than three where the count allows
    (eight cards: 3, 3, 2, the two laid across the width:
    test_two_cards_alone_stand_across_the_width)."""
    runs = older_runs(count)
    assert [len(r) for r in runs] == sizes
    assert [i for r in runs for i in r] == list(range(count))


def test_two_cards_alone_stand_across_the_width() -> None:
    """A run's slide of two cards, two rows a slide: one card a row across the whole
    width at the run's row height, not one narrow column in the middle of the slide."""
    region = (100, 200, 12000, 5000)
    assert card_room(region, 2, 4, rows=2) == (region, 1)
    box, cols = card_room(region, 3, 4, rows=2)
    assert box == region and cols == 2


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_a_secondary_school_s_extra_helpline_is_never_alone_on_a_slide(audience: str) -> None:
    brand = load_brand(ROOT / "examples" / "brands" / "riverside-academy" / "brand.yml").brand
    index = load()
    plan = plan_lesson_deck(index.items[f"live-streaming-{audience}"].item, index.facts, brand)
    counts = [len(s.payload.signposts) for s in plan.slides
              if isinstance(s.payload, SignpostingSlide)]
    assert len(counts) > 1 and min(counts) >= 2, counts
    assert max(counts) - min(counts) <= 1, counts


@pytest.mark.parametrize(("audience", "most_slides"), [("ks3", 3), ("ks4", 3)])
def test_a_long_secondary_run_stands_in_two_rows_the_school_first(audience: str,
                                                                  most_slides: int) -> None:
    """Riverside's nine (KS3: Samaritans and Shout beside Childline) and ten (KS4) cards:
    the school's card and two first, two rows of two a slide shared out evenly (3, 3, 3
    and 3, 4, 3), no slide left with fewer than three cards; the school's own
    service next to its lead, not alone at the end; the lead's card named by the role,
    the lead and the deputy in one flowing sentence under it (a line a fact drew
    "Mr Okafor," alone on a line), and where to find them in person: no email, which
    nobody reads at 10pm when a pupil sends it."""
    brand = load_brand(ROOT / "examples" / "brands" / "riverside-academy" / "brand.yml").brand
    index = load()
    plan = plan_lesson_deck(index.items[f"live-streaming-{audience}"].item, index.facts, brand)
    runs = [s.payload for s in plan.slides if isinstance(s.payload, SignpostingSlide)]
    assert len(runs) <= most_slides and all(p.rows == 2 for p in runs), runs
    assert all(2 <= len(p.signposts) <= 4 for p in runs), [len(p.signposts) for p in runs]
    lead, own, *_rest = runs[0].signposts
    assert lead.name == "Our safeguarding lead" and own.name == "Riverside Student Support"
    lead_name, deputy = (pupil_name(n) for n in (brand.dsl_name, brand.deputy_dsl_name))
    assert "\n" not in lead.blurb and lead.blurb.startswith(f"{lead_name}, or his deputy {deputy}")
    assert lead.contact == "Student Services, room G14", lead.contact
    # Its Student Support is in the same room: the hours beside the lead's card, said as
    # hours (a "where" label before a time told pupils when the lead exists), not the room
    # said twice; and what the service is for, on the card.
    assert own.contact == "Open 8.15am to 4pm", own.contact
    assert own.blurb.startswith("Talk to a trained adult in school"), own.blurb
    # The school's card and two on the first slide even with no email on it (its sentence
    # and where to find the lead take a row; a fourth card beside them lost its words),
    # then four a slide shared out evenly (KS3's nine: 3, 3, 3; KS4's ten: 3, 4, 3).
    assert not holds_email(lead)
    counts = [len(p.signposts) for p in runs]
    assert counts == [len(r) for r in older_runs(sum(counts))], counts
    assert min(counts) >= 3, counts
    # The school's room drawn as a line icon, as every other card's is on 11-16s' slides.
    assert own.picture is not None and plain(None, own.picture).name == "plain-door"


@pytest.mark.parametrize(("audience", "slides"), [("ks3", 3), ("ks4", 3)])
def test_secondary_help_stands_two_by_two(audience: str, slides: int) -> None:
    """The built-in look's 11-16s' cards stand two a row too (three narrow columns set
    each card as six ragged lines, grey from the back of the room): the school's card and
    two, then four a slide (KS3's eight: 3, 3, 2, the last two across the slide), each
    card's words one short sentence."""
    index = load()
    plan = plan_lesson_deck(index.items[f"live-streaming-{audience}"].item, index.facts, Brand())
    runs = [s.payload for s in plan.slides if isinstance(s.payload, SignpostingSlide)]
    assert len(runs) == slides and all(p.rows == 2 for p in runs)
    counts = [len(p.signposts) for p in runs]
    assert counts == [len(r) for r in older_runs(sum(counts))]
    assert all(3 <= n <= 4 for n in counts[:-1]) and counts[-1] >= 2, counts
    school = runs[0].signposts[0]
    for card in (c for p in runs for c in p.signposts if c is not school):
        assert len(card.blurb) <= 75, card
