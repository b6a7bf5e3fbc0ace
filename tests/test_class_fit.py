"""At a visit, the notes name the second adult: the class teacher, who stays all lesson."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.plan.class_fit import second_adult


def test_the_second_adult_named_at_the_jobs_the_field_lists() -> None:
    notes = "Read. Second adult: note who. Then the second adult is free."
    assert second_adult(notes, ["note who."], "Mrs Evans") == \
        "Read. Second adult (Mrs Evans): note who. Then the second adult is free."
    assert second_adult(notes, ["note who."], "") == notes


def test_a_job_for_some_years_fitted_to_the_class() -> None:
    notes = "Task. Second adult: with cards (Years 3–4), hand them out.\nFeedback."
    jobs = ["with cards (Years 3–4), hand them out."]
    assert second_adult(notes, jobs, "", 4) == \
        "Task. Second adult: with cards, hand them out.\nFeedback."
    assert second_adult(notes, jobs, "Mr Okoro", 6) == "Task.\nFeedback."


def _notes(deck: Path) -> str:
    return "\n".join(p.text for s in Presentation(str(deck)).slides
                     for p in s.notes_slide.notes_text_frame.paragraphs)


def test_a_visit_names_the_class_teacher(brightpath_at_ashgrove: Path,
                                         built_packs: Path) -> None:
    visit = _notes(next((brightpath_at_ashgrove / "live-streaming-ks1").glob("*-slides.pptx")))
    assert "Second adult (Mrs Evans): quietly note who shows thumbs up" in visit
    assert "Second adult:" not in visit
    # A school's own lesson may have a teaching assistant as its second adult: unnamed.
    own = _notes(next((built_packs / "live-streaming-ks1").glob("*-slides.pptx")))
    assert "Second adult: quietly note who shows thumbs up" in own and "(Mrs Evans)" not in own


def _plan_lines(pack: Path) -> list[str]:
    from docx import Document
    plan = next(pack.glob("*-lesson-plan.docx"))
    return [p.text for p in Document(str(plan)).paragraphs]


def test_a_class_plan_never_points_to_a_list_of_years_it_leaves_out(
        brightpath_at_ashgrove: Path, built_packs: Path) -> None:
    """A plan for all of Years 3–6 lists on page one which parts each year fills in, and its
    resources point there; a Year 4 plan lists no years there (its sheet is Year 4's alone),
    so its resource line says the sheet with no pointer."""
    pointer = "which parts each year fills in: page one"
    every_year = _plan_lines(built_packs / "live-streaming-ks2")
    assert f"Slides, and a printed worksheet per pupil ({pointer})." in every_year
    year_4 = _plan_lines(brightpath_at_ashgrove / "live-streaming-ks2")
    assert "Slides, and a printed worksheet per pupil." in year_4
    assert not [line for line in year_4 if pointer in line]


def test_the_handover_asks_for_blame_answers_only_beside_another_concern() -> None:
    """A pupil who still agrees that a tricked child is partly to blame holds a
    misconception to teach to, not a sign of harm: the class teacher's after-lesson jobs (the
    handover, the plan, the closing notes) pass on such a name only with another worry."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.visit_brief.handover_sheet import plan_handover

    ks2 = load().items["live-streaming-ks2"].item
    visit = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                  delivered_by="Northshire Team", classes=["Year 4, Miss Laura Bennett"])
    sheet = plan_handover(ks2, visit)
    assert sheet is not None
    texts = [t for b in sheet.blocks for t in _block_texts(b)]
    # Said in the sheet's words, not "End row" (a teacher has not seen the table before).
    blame = [t for t in texts if 'ends on Agree with "If someone online tricks a child' in t]
    assert not [t for t in texts if "End row" in t], texts
    assert blame, texts
    for text in blame:
        # Said as a job the class teacher can act on cold, with no trainer there to ask:
        # which answer to look for, teach it again, and the name to the DSL that day
        # beside another worry, the DSL deciding what follows.
        assert "reteach it soon (not a sign of harm)" in text, text
        assert "if anything else worries you, their name goes to Mrs Okafor that " \
            "day" in text, text
        assert "not logged" not in text, text
        assert "names of pupils who agreed" not in text, text


def _block_texts(block: object) -> list[str]:
    """Every string a planned block holds (its text, list items, table cells)."""
    if isinstance(block, str):
        return [block]
    if isinstance(block, (tuple, list)):
        return [t for b in block for t in _block_texts(b)]
    fields = getattr(block, "__dataclass_fields__", {})
    return [t for f in fields for t in _block_texts(getattr(block, f))]


def test_year_4s_hand_out_comes_before_the_sort_and_the_ask_stays_the_teachers() -> None:
    """Year 4's "Private things stay private" task: the second adult hands out the clue
    cards before the sort, on their own line, and the teacher's closing question, with the
    one answer to board, stays in the teacher's "Do:" line (it sat under "Second adult:", a
    line a teacher skips, after the Sort it was needed for)."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.class_fit import for_class
    from lessonpack.render.notes_cues import cue_lines

    ks2 = load().items["live-streaming-ks2"].item
    for who, teacher in (("", "Ms Lee"), ("Northshire Team", "Miss Laura Bennett")):
        brand = Brand(org_name="Ashgrove Primary School", delivered_by=who,
                      classes=[f"Year 4, {teacher}"])
        cycle = next(c for c in for_class(ks2, brand).cycles
                     if c.title == "Private things stay private")
        lines = cue_lines(cycle.notes)
        at = [n for n, (label, _) in enumerate(lines) if label.startswith("Second adult")]
        assert len(at) == 1 and lines[at[0]][1] == (
            " hand each table its clue card set first; collect each set whole."), lines
        label, text = lines[at[0] + 1]
        assert label == "Do:" and text.index("Sort (3 min)") < text.index("Ask (1 min)"), text
        assert "stop and tell a grown-up" in text and "clue card sets" not in cycle.notes
