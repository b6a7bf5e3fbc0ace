"""Letters home invite parents to the parents' and carers' workshop when the school runs one
with the lesson (nothing in the pack told parents it was on)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.fill_ins import FIELD
from lessonpack.content.school import with_classes
from lessonpack.plan.letter.workshop import (
    ADULTS_ONLY,
    ALL_WELCOME,
    WORKSHOP_FIELD,
    WORKSHOP_LABEL,
    WORKSHOP_WHEN,
    WORKSHOP_WHERE,
    workshop_invitation,
)
from lessonpack.plan.quotes import typographic

ROOT = Path(__file__).resolve().parent.parent
OAKFIELD = ROOT / "examples/brands/oakfield-primary/brand.yml"


def test_a_brand_giving_the_date_invites_parents_to_it(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks1", "--out", str(tmp_path), "-q", "-f", "docx", "-j", "1",
                 "--brand", str(OAKFIELD)]) == 0
    line = next(t for t in _letter(tmp_path) if t.startswith(typographic(WORKSHOP_LABEL)))
    assert "Thursday 21 January 2027, 3.30pm, the school hall." in line
    # A 3.30pm session is at pick-up: the letter says what children who come do.
    assert line.endswith(typographic(ALL_WELCOME)), line


def test_a_secondary_schools_letter_says_the_session_is_for_adults() -> None:
    """Riverside's workshop shows sextortion figures and a teenage story: its letters ask
    families to come without pupils; a primary school's say where children go."""
    for phase, said in (("secondary", ADULTS_ONLY), ("primary", ALL_WELCOME),
                        ("all", ALL_WELCOME)):
        brand = with_classes(DEFAULT_BRAND.model_copy(update={
            "org_name": "Riverside Academy", "phase": phase,
            "parents_session_date": "Wednesday 20 January 2027, 6pm",
            "parents_session_venue": "the main hall"}), ())
        (line,) = workshop_invitation(brand)
        assert f"the main hall. {said}" in line.text, (phase, line.text)
        assert ("All welcome" in line.text) is (phase != "secondary"), line.text


def _letter(out: Path) -> list[str]:
    body = Document(str(next(out.rglob("*-ks1-letter-home.docx")))).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def _build(out: Path, *args: str) -> list[str]:
    # The default brand: no workshop date, so only the build decides.
    assert main(["build", "--out", str(out), "-q", "-f", "docx", "-j", "1", *args]) == 0
    return _letter(out)


def test_a_build_with_the_parents_pack_invites_parents(tmp_path: Path) -> None:
    texts = _build(tmp_path / "with", "-k", "ks1", "-a", "parents")
    line = next(t for t in texts if t.startswith(typographic(WORKSHOP_LABEL)))
    # One fill-in for when and where that says the line goes if there is none: building
    # the parents' pack does not say the school runs a workshop.
    assert WORKSHOP_WHEN not in line and WORKSHOP_WHERE not in line
    assert FIELD.findall(line) == [WORKSHOP_FIELD]
    assert "delete this line" in WORKSHOP_FIELD and "Delete if none" not in line
    alone = _build(tmp_path / "alone", "-k", "ks1")
    assert not any(typographic(WORKSHOP_LABEL) in t for t in alone)


def test_the_brands_date_and_venue_are_printed() -> None:
    brand = DEFAULT_BRAND.model_copy(update={
        "parents_session_date": "Thursday 10 December 2026, 6pm",
        "parents_session_venue": "the school hall"})
    # A date given is a workshop to invite to, whatever the build makes.
    (line,) = workshop_invitation(with_classes(brand, ()))
    assert line.label == WORKSHOP_LABEL
    assert line.text.startswith("Thursday 10 December 2026, 6pm, the school hall.")
    assert not FIELD.findall(line.text)  # a workshop the school runs: nothing optional
    # A date without a place: only the place is asked for.
    (dated,) = workshop_invitation(with_classes(brand.model_copy(
        update={"parents_session_venue": ""}), ()))
    assert FIELD.findall(dated.text) == [WORKSHOP_WHERE]
    assert not workshop_invitation(DEFAULT_BRAND)


def test_a_letter_sent_on_the_workshops_day_says_this_evening() -> None:
    """The letter after a lesson goes home at 3.15pm on the workshop's own day: "Friday 22
    January 2027, 6pm" read as a date weeks away; "This evening, 6pm" says it is tonight. A
    letter sent on another day keeps the date."""
    brand = DEFAULT_BRAND.model_copy(update={
        "parents_session_date": "Friday 22 January 2027, 6pm",
        "parents_session_venue": "the school hall"})
    (tonight,) = workshop_invitation(with_classes(brand, ()), sent="Friday 22 January 2027")
    assert tonight.text.startswith("This evening, 6pm, the school hall."), tonight.text
    assert "22 January" not in tonight.text
    (before,) = workshop_invitation(with_classes(brand, ()), sent="Thursday 7 January 2027")
    assert before.text.startswith("Friday 22 January 2027, 6pm, the school hall.")
