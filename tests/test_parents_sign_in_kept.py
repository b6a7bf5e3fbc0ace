"""A visiting team's parents' evening: the sign-in sheets leave with the team, but only once
every family has left. Until then the list is the school's fire roll, held by the member of
staff who signed families in; "leave with you … leave none in school" told the trainer to
pack it up while families were still in the building."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.parents_model import SignIn
from lessonpack.content.school import apply_school_file, load_school
from lessonpack.plan.parents import _close
from lessonpack.plan.session_sheet import after_session

ROOT = Path(__file__).resolve().parents[1]


def _trainer_in_school() -> Brand:
    brand = load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand
    return apply_school_file(brand,
                             load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))


def _sign_in() -> SignIn:
    """The session's own words for its sign-in file (parents.yml ``visit.sign_in``)."""
    visit = load().items["live-streaming-parents"].item.visit
    assert visit is not None
    return visit.sign_in


def test_the_sign_in_list_stays_until_every_family_has_left() -> None:
    brand = _trainer_in_school()
    steps = [line for block in after_session(brand, _sign_in())
             for line in getattr(block, "items", ())]
    sign_in = [s for s in steps if "sign-in sheets" in s]
    assert len(sign_in) == 1, steps
    kept, taken = sign_in[0].split("fire roll", 1)
    assert "member of staff who signed families in keeps" in kept and "every family has left" \
        in kept, sign_in
    assert "away with you" in taken and "leave none in school" in taken, sign_in
    close = _close(brand)
    assert "until every family has left (the fire roll)" in close, close
    assert close.index("fire roll") < close.index("leave with you"), close


def test_a_school_s_own_evening_says_nothing_of_taking_sheets_away() -> None:
    brand = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    steps = [line for block in after_session(brand, _sign_in())
             for line in getattr(block, "items", ())]
    assert steps and not [s for s in steps if "sign-in" in s], steps
    assert _close(brand) == ""
