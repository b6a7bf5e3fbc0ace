"""An all-through school's parents' workshop has teenage sextortion figures and a teenage
story: its invitations (the letters' workshop line, a visiting team's invitation) and the slide
before the figures say so first, and a primary school's, which has neither, do not."""

from __future__ import annotations

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience, ParentSession
from lessonpack.content.school import with_classes
from lessonpack.plan.letter.workshop import ALL_WELCOME, workshop_invitation
from lessonpack.plan.model import Paragraph
from lessonpack.plan.parents.parents_visit import plan_invitation
from lessons import content_index

NOTE = "how offenders blackmail teenagers"
DATED = DEFAULT_BRAND.model_copy(update={"parents_session_date": "Friday 22 January 2027, 6pm",
                                         "parents_session_venue": "the school hall"})


def _session() -> ParentSession:
    return next(x.item for x in content_index().items.values()
                if isinstance(x.item, ParentSession))


def test_the_letters_workshop_line_carries_the_note_for_an_all_through_school() -> None:
    (line,) = workshop_invitation(with_classes(DATED, ()))
    assert NOTE in line.text and "no images, nothing graphic" in line.text
    primary = with_classes(DATED.model_copy(update={"phase": "primary"}), ())
    (plain,) = workshop_invitation(primary)
    assert NOTE not in plain.text
    # A secondary school's workshop tells Tobi's sextortion story too: a Year 10 pupil's
    # family is told, as the all-through school's is, that nothing is graphic.
    secondary = with_classes(DATED.model_copy(update={"phase": "secondary"}), ())
    (line,) = workshop_invitation(secondary, Audience.KS4)
    assert NOTE in line.text and "no images, nothing graphic" in line.text


def test_a_primary_age_letter_leaves_the_note_out_unless_all_through_was_asked_for() -> None:
    """With no phase set, "all" is only the default (a primary school should run the primary
    version, as the build says): a KS1 or KS2 letter does not tell families of five-year-olds
    about teenage blackmail. A school that set "phase: all" runs the all-through workshop,
    so its KS1 letter says so; a KS3 letter says so either way."""
    brand = with_classes(DATED, ())
    for audience in (Audience.KS1, Audience.KS2):
        (line,) = workshop_invitation(brand, audience)
        assert NOTE not in line.text and line.text.endswith(ALL_WELCOME), audience
    asked = with_classes(DATED.model_copy(update={"phase": "all"}), ())
    (line,) = workshop_invitation(asked, Audience.KS1)
    assert NOTE in line.text
    (line,) = workshop_invitation(brand, Audience.KS3)
    assert NOTE in line.text


def test_a_visiting_teams_invitation_carries_the_note_for_an_all_through_school() -> None:
    visiting = DATED.model_copy(update={"delivered_by": "Northshire Online Safety Team"})
    for phase, expected in (("all", True), ("primary", False)):
        plan = plan_invitation(_session(), visiting.model_copy(update={"phase": phase}))
        assert plan is not None
        said = " ".join(b.text for b in plan.blocks if isinstance(b, Paragraph))
        assert (NOTE in said) is expected, (phase, said)


def test_the_slide_before_the_teenage_figures_says_what_comes_next() -> None:
    section = next(s for s in _session().sections
                   if any(v.phases == ["all"] and v.charts for v in s.variants))
    version = next(v for v in section.variants if v.phases == ["all"])
    assert version.points is not None and NOTE.replace("teenagers", "them") in version.points[-1]
    assert version.notes is not None and version.notes.startswith("Content note")
