"""The parents' evening's DSL cover is asked in one row with the lessons' cover on a visit
day's brief: the row is found by the content's mark (``VisitRow.cover``), never by its
"File or job" words, which a school's --content folder may reword."""

from __future__ import annotations

import pytest

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.parents_model import ParentSession
from lessonpack.plan.parents.parents_visit import evening_jobs
from lessonpack.plan.visit_brief.brief_day import taught
from lessonpack.plan.visit_brief.brief_rows import day_rows

EVENING = "Friday 22 January 2027, 6pm"


def _brand() -> Brand:
    return Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Ada Okafor",
                 deputy_dsl_name="Mr Ben Price", delivered_by="Northshire Online Safety",
                 trainer_name="Sam Carter", lesson_date="Friday 22 January 2027",
                 letter_date="Thursday 7 January 2027", parents_session_date=EVENING)


def _session(file: str, cover: bool) -> ParentSession:
    """The built-in parents' session with its evening-cover row named ``file``, and as a
    cover row (``cover``) or a row like any other, asking the same words in its ``what``."""
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession) and session.visit is not None
    rows = [r.model_copy(update={"file": file} if cover else
                         {"file": file, "what": r.says, "cover": None})
            if r.cover else r for r in session.visit.rows]
    assert len(rows) == len(session.visit.rows) and any(r.file == file for r in rows)
    return session.model_copy(update={"visit": session.visit.model_copy(update={"rows": rows})})


def _day(file: str, cover: bool) -> dict[str, tuple[str, str, str, str]]:
    items = load().items
    brand = _brand()
    jobs = evening_jobs(_session(file, cover), brand)
    assert jobs is not None
    lessons = [items[f"live-streaming-{a}"].item for a in ("ks1", "ks2")]
    return {r[1]: r for r in day_rows(taught(lessons, brand), jobs, brand)}


def test_the_marked_row_is_asked_with_the_lessons_cover_whatever_its_name() -> None:
    rows = _day("Safeguarding lead tonight", cover=True)
    assert "Safeguarding lead tonight" not in rows
    assert rows["DSL cover"][3].endswith("that evening, on site until the last family "
                                         "leaves.")


def test_a_row_named_evening_cover_without_the_mark_is_its_own_row() -> None:
    rows = _day("Evening cover", cover=False)
    assert "DSL cover" not in rows and "Lesson cover" in rows
    assert "on site until the last family leaves" in rows["Evening cover"][3]


def test_the_day_brief_asks_the_covered_words_however_the_row_opens() -> None:
    """The lessons' cover row asks the evening's after its own ask: the words come from the
    row's ``covered`` field, so a row whose ask opens otherwise ("By email, confirm: …") is
    not printed whole after "that evening,"."""
    session = _session("Evening cover", cover=True)
    assert session.visit is not None
    rows = [r.model_copy(update={"cover": r.cover.model_copy(
                update={"ask": "By email, confirm: you or {deputy}"})}) if r.cover else r
            for r in session.visit.rows]
    session = session.model_copy(update={"visit": session.visit.model_copy(
        update={"rows": rows})})
    jobs = evening_jobs(session, _brand())
    assert jobs is not None and jobs.cover is not None
    items = load().items
    lessons = [items[f"live-streaming-{a}"].item for a in ("ks1", "ks2")]
    found = {r[1]: r for r in day_rows(taught(lessons, _brand()), jobs, _brand())}
    said = found["DSL cover"][3]
    assert said.endswith("; that evening, on site until the last family leaves."), said
    assert "By email" not in said and said.count("Mr Price") == 1, said


def test_a_cover_row_types_its_ask_and_what_it_covers_once() -> None:
    """The row's words are the ask, then what is covered: typed once each, never the end of
    one field typed again in another."""
    from pydantic import ValidationError

    from lessonpack.content.parents_model import VisitRow

    row = {"when": "replies", "file": "Evening cover", "who": "{dsl}"}
    cover = {"ask": "Confirm in writing: you or {deputy}",
             "covered": "on site until the last family leaves."}
    made = VisitRow.model_validate({**row, "cover": cover})
    assert made.says == ("Confirm in writing: you or {deputy} on site until the last family "
                         "leaves.")
    assert made.cover is not None and made.cover.covered == cover["covered"]
    for wrong in ({}, {"cover": {**cover, "covered": ""}}, {"cover": {"ask": cover["ask"]}},
                  {"cover": cover, "what": "Confirm it."}, {"cover": {**cover, "by": "{x}"}}):
        with pytest.raises(ValidationError):
            VisitRow.model_validate({**row, **wrong})
    assert VisitRow.model_validate({**row, "what": "Confirm it."}).says == "Confirm it."
