"""The meaning still read from content's prose (docs/architecture.md, "Meaning still read
from content's prose"): each convention an author must keep, held here where no other test
holds it, so a change to one reader shows up as a failure, not as a plan that quietly
drops a line."""

from __future__ import annotations

from docx import Document
from docx.oxml.ns import qn

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.lint.timings import steps
from lessonpack.content.model import Audience
from lessonpack.content.routes import for_the_class
from lessonpack.plan.deck.help import first_sentence, said_aloud, school_adults
from lessonpack.plan.lesson_plan import _with_self_check
from lessonpack.plan.lesson_steps import _label_minutes
from lessonpack.plan.model import Paragraph, Signpost, Who, reach
from lessonpack.render.docx_panel import write_lines
from lessons import lesson_for


def test_a_steps_minutes_are_read_alike_by_validate_and_the_plan() -> None:
    """The spellings validate adds up are the ones the plan's step table puts on its clock:
    a step validate counted and the table left untimed would join the step before it."""
    for label, minutes in (("Story (2 min):", 2), ("Story (2 mins):", 2),
                           ("Story (1 minute):", 1), ("Story (3 minutes):", 3)):
        assert steps(f"{label} read it aloud.") == [("Story", minutes)]
        assert _label_minutes(label) == ("Story", minutes)
    assert _label_minutes("Watch for:") == ("Watch for", None)


def _plenary(*labels: str) -> list[Paragraph]:
    return [Paragraph("Words.", label=label) for label in labels]


def test_the_plenary_gets_the_sheets_self_check_unless_its_notes_have_one() -> None:
    lesson = lesson_for(Audience.KS2)
    own = _plenary("Exit quiz (5 min):", "How did I do? (1 min):", "After the lesson:")
    assert _with_self_check(lesson, DEFAULT_BRAND, own) == own
    added = _with_self_check(lesson, DEFAULT_BRAND,
                             _plenary("Exit quiz (5 min):", "After the lesson:"))
    # Once, before what happens after the bell.
    assert [p.label.split(" (")[0] for p in added] == [
        "Exit quiz", "How did I do?", "After the lesson:"]


def test_a_job_marked_for_some_years_is_known_by_its_bracket() -> None:
    job = "With card sets, hand one to each table (Years 3–4)."
    assert for_the_class(job, 4) == "With card sets, hand one to each table."
    assert for_the_class(job, 6) == ""
    assert for_the_class(job, None) == job  # the class's year unknown: as written
    assert for_the_class("Note who answers (Year 5).", 5) == "Note who answers."
    assert for_the_class("Note who answers.", 6) == "Note who answers."


def test_what_a_help_card_is_for_is_its_first_sentence() -> None:
    assert first_sentence("Our safety grown-up. Tell them anything.") == "Our safety grown-up."
    assert first_sentence("Free and private? Yes, always.") == "Free and private?"
    assert first_sentence("No full stop here") == "No full stop here"
    assert first_sentence("  ") == ""
    card = Signpost("Childline", "Free and private, any time. Ring or chat online.",
                    reach("0800"))
    assert said_aloud(card) == "Childline: Free and private, any time."
    brand = DEFAULT_BRAND.model_copy(update={
        "dsl_name": "Mrs Helen Okafor", "deputy_dsl_name": "Mr Tom Price",
        "safeguarding_contact": "Room 12", "deputy_dsl_contact": "the library"})
    school = Signpost("Mrs Okafor", "Keeps children safe at school. Tell her anything.",
                      reach("Room 12", Who.LEAD))
    lead, deputy = school_adults(school, brand)
    assert lead.blurb == "Keeps children safe at school."
    assert deputy.blurb == "He helps Mrs Okafor keep children safe."  # Mr Tom Price


def _bold_runs(text: str) -> list[str]:
    p = Document().add_paragraph()._p
    write_lines(p, "", text)
    return ["".join(t.text or "" for t in r.iter(qn("w:t"))) for r in p.iter(qn("w:r"))
            if r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None]


def test_a_short_run_before_a_colon_in_a_panel_prints_as_a_services_name() -> None:
    """Why the letter's ``if_told`` steps hold no colon (docs/content-authoring.md): from
    a panel's second line, a few words before ": " are set bold as a service's name."""
    assert _bold_runs("Where to get help\nNSPCC Helpline: 0808 800 5000") == [
        "NSPCC Helpline:"]
    assert _bold_runs("Steps\nStay calm: listen to them.") == ["Stay calm:"]
    # A sentence's colon after a full stop or question, or a long run, is left alone.
    assert _bold_runs("Steps\nListen. Then: tell the DSL.") == []
    assert _bold_runs("Steps\n" + "word " * 10 + ": more") == []
