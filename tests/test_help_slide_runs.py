"""A run of help cards over several slides is shared out evenly: no last slide holding one
card alone, which looked like a layout error on the last slide pupils see."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.common import even_runs
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.pictures import plain

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("count", "most", "sizes"), [
    (0, 3, []), (1, 3, [1]), (4, 3, [2, 2]), (7, 3, [3, 2, 2]), (10, 3, [3, 3, 2, 2])])
def test_even_runs_share_items_out_fuller_first(count: int, most: int,
                                                sizes: list[int]) -> None:
    runs = even_runs(count, most)
    assert [len(r) for r in runs] == sizes
    assert [i for r in runs for i in r] == list(range(count))


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
    """Riverside's nine (KS3: Samaritans and Shout beside Childline) and ten (KS4) cards: the
    school's card and two, then two rows of two a slide shared out evenly (3, 3, 3 and 3, 4, 3),
    no slide left with one card; the school's own service next to its lead, not
    alone at the end; the lead's card named by the role, the lead and the deputy in one
    flowing sentence under it (a line a fact drew "Mr Okafor," alone on a line), and where
    to find them in person: no email, which nobody reads at 10pm when a pupil sends it."""
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
    # The school's card and two more on the first slide: the school's across the top.
    assert len(runs[0].signposts) == 3
    # The school's room drawn as a line icon, as every other card's is on 11-16s' slides.
    assert own.picture is not None and plain(None, own.picture).name == "plain-door"


@pytest.mark.parametrize(("audience", "slides"), [("ks3", 3), ("ks4", 3)])
def test_secondary_help_stands_two_by_two(audience: str, slides: int) -> None:
    """The built-in look's 11-16s' cards stand two a row too (three narrow columns set
    each card as six ragged lines, grey from the back of the room): the school's card and
    two more first, then four a slide, each card's words one short sentence."""
    index = load()
    plan = plan_lesson_deck(index.items[f"live-streaming-{audience}"].item, index.facts, Brand())
    runs = [s.payload for s in plan.slides if isinstance(s.payload, SignpostingSlide)]
    assert len(runs) == slides and all(p.rows == 2 for p in runs)
    assert len(runs[0].signposts) == 3 and all(len(p.signposts) <= 4 for p in runs)
    school = runs[0].signposts[0]
    for card in (c for p in runs for c in p.signposts if c is not school):
        assert len(card.blurb) <= 75, card
