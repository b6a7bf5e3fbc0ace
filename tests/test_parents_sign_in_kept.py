"""A visiting team's parents' evening: the sign-in sheets are the school's fire roll until
every family has left, held by the member of staff who signed families in, and then the
school's own record of who was on site, kept by its DSL with the play room's register. The
team takes away only the contact slips and the feedback forms, and the number who came."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.model import ParentSession
from lessonpack.content.parents_model import SignIn
from lessonpack.content.school import apply_school_file, load_school
from lessonpack.plan.parents.parents_help_slides import _close
from lessonpack.plan.parents.session_sheet import after_session

ROOT = Path(__file__).resolve().parents[1]


def _trainer_in_school() -> Brand:
    brand = load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand
    return apply_school_file(brand,
                             load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))


def _session() -> ParentSession:
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    return session


def _sign_in() -> SignIn:
    """The session's own words for its sign-in file (parents.yml ``visit.sign_in``)."""
    visit = _session().visit
    assert visit is not None
    return visit.sign_in


def test_the_sign_in_list_stays_until_every_family_has_left() -> None:
    brand = _trainer_in_school()
    steps = [line for block in after_session(brand, _sign_in())
             for line in getattr(block, "items", ())]
    sign_in = [s for s in steps if "sign-in sheets" in s]
    assert len(sign_in) == 1, steps
    kept, taken = sign_in[0].split("then gives", 1)
    assert "member of staff who signed families in keeps" in kept and "every family has left" \
        in kept, sign_in
    # The school keeps its own record of who was on site: the sheets and the play register
    # go to its DSL; the team takes only the contact slips and the forms, and a number.
    assert "fire roll" in kept and taken.startswith(" them and the play register to Mrs "
                                                    "Okafor or Mr Price, whichever is on "
                                                    "site."), sign_in
    # Parents' names leave the school in the trainer's bag: how they are held until they
    # reach the team, and that no copy stays with the trainer, in the one sentence the
    # visit brief's row and the last help slide's notes say too.
    slips = _sign_in().slips
    assert sign_in[0].endswith("Note only how many signed in; the team keeps only the contact "
                               f"slips and feedback forms. {slips}"), sign_in
    # Left sealed with a lead on site for the team (the office is shut by the evening's
    # end), never at the trainer's home overnight.
    assert slips.startswith("Seal them in an envelope signed across the flap for the DSL or "
                            "deputy on site") and "never take it home" in slips \
        and slips.endswith("copy it."), slips
    assert "leave none in school" not in taken, sign_in
    close = _close(brand, _session())
    assert "until every family has left (the fire roll)" in close, close
    # Two kinds of slip: the question box's stay in school, with the DSL or deputy.
    assert "then give them to Mrs Helen Okafor; question-box slips to the DSL or Mr Daniel " \
        f"Price. Contact slips and forms: {slips}" in close, close


def test_a_school_s_own_evening_says_nothing_of_taking_sheets_away() -> None:
    brand = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    steps = [line for block in after_session(brand, _sign_in())
             for line in getattr(block, "items", ())]
    assert steps and not [s for s in steps if "sign-in" in s], steps
    assert _close(brand, _session()) == ""
