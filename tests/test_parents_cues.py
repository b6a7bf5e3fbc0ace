"""A parents' Part's cues are fields, not "Name (N min): text" lines: the steps' minutes must
make the Part's, at the field that gives them (a typo printed a Part running into the next,
or a step that vanished), and the steps where the story is read and tables talk are marked,
never found by their names. The facilitator notes' clock runs on the minutes as numbers."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.check.measure import font_path, text_width
from lessonpack.content.brand import Brand
from lessonpack.content.parents_cues import (
    _BOLD_WIDTHS,
    Cue,
    CueKind,
    CuePoint,
    too_wide_name,
)
from lessonpack.content.parents_model import ParentSession, Phase, WorkshopSection
from lessonpack.plan.model import StepStage, StepTable
from lessonpack.plan.parents import session_steps
from lessonpack.plan.parents.facilitator_notes import plan_facilitator_notes

ROOT = Path(__file__).resolve().parents[1]


def _section(title: str) -> dict[str, Any]:
    """A shipped Part as its YAML gives it."""
    data = yaml.safe_load((ROOT / "content/live-streaming/parents.yml").read_text("utf-8"))
    return copy.deepcopy(next(s for s in data["sections"] if s["title"] == title))


def _refused(section: dict[str, Any]) -> dict[str, Any]:
    with pytest.raises(ValidationError) as caught:
        WorkshopSection.model_validate(section)
    (error,) = caught.value.errors()
    return dict(error)


def test_the_shipped_parts_give_minutes_that_make_each_part() -> None:
    data = yaml.safe_load((ROOT / "content/live-streaming/parents.yml").read_text("utf-8"))
    for raw in data["sections"]:
        section = WorkshopSection.model_validate(raw)
        for phase in ("primary", "secondary", "all"):
            cues = section.for_phase(phase).cues or []
            assert sum(c.minutes or 0 for c in cues) == section.minutes, section.title


def test_a_typo_in_a_steps_minutes_is_refused_at_the_cues() -> None:
    section = _section("Spotting the tactics")
    assert section["minutes"] == 7 and section["cues"][0]["minutes"] == 3
    section["cues"][0]["minutes"] = 13
    error = _refused(section)
    assert error["loc"] == ("cues",)
    assert error["msg"].startswith("the steps' minutes add up to 17, but the Part is 7 minutes")


def test_a_variants_cues_are_refused_at_the_variant() -> None:
    section = _section("Spotting the tactics")
    at = next(i for i, v in enumerate(section["variants"]) if "cues" in v)
    section["variants"][at]["cues"][-1]["minutes"] = 2
    error = _refused(section)
    assert error["loc"] == ("variants", at, "cues")
    assert "add up to 5, but the Part is 7 minutes" in error["msg"]


def test_a_minutes_word_the_clock_cannot_read_is_refused() -> None:
    section = _section("Spotting the tactics")
    section["cues"][1]["minutes"] = "eleven"
    error = _refused(section)
    assert error["loc"] == ("cues", 1, "minutes")


def test_table_questions_need_a_step_marked_where_tables_talk() -> None:
    section = _section("Practical steps at home")
    assert section["discussion"]
    for cue in section["cues"]:
        cue.pop("kind", None)
    assert "kind: at_tables" in _refused(section)["msg"]


@pytest.mark.parametrize(("cue", "says"), [
    ({"name": "Say", "text": "a.", "kind": "step"}, "a step gives its minutes"),
    ({"name": "Note", "text": "a.", "kind": "note", "minutes": 1}, "give it no minutes"),
])
def test_only_a_note_is_off_the_clock(cue: dict[str, Any], says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        Cue.model_validate(cue)


def _stage(section: dict[str, Any], start: int = 10) -> StepStage:
    return session_steps._part(3, WorkshopSection.model_validate(section), start, None, ())


def test_the_clock_runs_on_the_steps_minutes_and_a_note_takes_none() -> None:
    section = _section("What the figures show: IWF 2024 and 2025, NCA 2025")
    (every,) = [v for v in section["variants"] if v["phases"] == ["all"]]
    section["cues"] = every["cues"]
    assert section["cues"][0].get("kind") == CueKind.NOTE.value
    rows = _stage(section, 12).rows
    assert [(r.time, r.step) for r in rows] == [
        ("12", "Note"), ("12–14", "Younger children"), ("14–17", "Teens")]


def test_the_story_goes_where_the_step_that_reads_it_is_marked() -> None:
    section = _section("Spotting the tactics")
    kinds = {c["name"]: c.get("kind") for c in section["cues"]}
    assert kinds == {"Say": None, "Table discussion": CueKind.AT_TABLES.value}

    def row_of(stage: StepStage, label: str) -> str:
        return next(r.step for r in stage.rows if any(x.label == label for x in r.lines))

    who = section["scenario"]["name"]  # Mia, whom the story names; not her username
    stage = _stage(section)
    assert row_of(stage, f"Read aloud ({who}):") == "Tables"
    assert row_of(stage, "Table questions:") == "Tables"
    # Marked on the first step instead, the story is read there; the questions stay.
    section["cues"][0]["kind"] = CueKind.READ_ALOUD.value
    stage = _stage(section)
    assert row_of(stage, f"Read aloud ({who}):") == "Say"
    assert row_of(stage, "Table questions:") == "Tables"


def test_the_time_column_prints_the_short_name() -> None:
    section = _section("Spotting the tactics")
    names = [r.step for r in _stage(section).rows if r.time]
    assert names == ["Say", "Tables"]


def test_a_step_name_too_wide_for_the_time_column_needs_a_short_one() -> None:
    cue = {"name": "Safeguarding", "minutes": 5, "text": "introduce this with care."}
    with pytest.raises(ValidationError, match="“Safeguarding” is too long a word"):
        Cue.model_validate(cue)
    assert Cue.model_validate({**cue, "short": "Before the figures"}).label == \
        "Before the figures"
    # Nine letters, as "Questions", but wider: it broke as "agreemen / t" in Arial.
    with pytest.raises(ValidationError, match="“agreement” is too long a word"):
        Cue.model_validate({**cue, "name": "Family agreement"})
    assert Cue.model_validate({**cue, "name": "Questions"}).label == "Questions"


def test_a_points_short_name_gives_it_a_row_where_its_label_is_too_wide() -> None:
    """A labelled point is a row of its own, named by its label in the time column; a label
    with a word the column breaks mid-word stays a bold lead-in in the row before, unless
    the point gives its row a short name (short:), which must fit the column itself."""
    section = _section("Spotting the tactics")
    point = section["cues"][0]["points"][1]
    point["label"] = "Safeguarding needs"
    rows = _stage(section).rows
    assert [r.step for r in rows] == ["Say", "Anyone", "Tables", "Model answer"]
    assert "Safeguarding needs:" in [x.label for x in rows[1].lines]
    point["short"] = "Needs"
    rows = _stage(section).rows
    assert [r.step for r in rows] == ["Say", "Anyone", "Needs", "Tables", "Model answer"]
    assert rows[2].lines[0].text.startswith("Children who are lonely"), rows[2]
    with pytest.raises(ValidationError, match="“Safeguarding” is too long a word"):
        CuePoint.model_validate({"label": "Care", "short": "Safeguarding", "text": "t"})
    with pytest.raises(ValidationError, match="give the point a label"):
        CuePoint.model_validate({"short": "Needs", "text": "t"})


@pytest.mark.skipif(font_path("Arial", True) is None,
                    reason="no Arial Bold (nor its twin Liberation Sans Bold) to measure with")
def test_the_time_columns_width_table_is_arial_bolds() -> None:
    """The time column's widths are typed by hand (content measures no font, so every
    machine gives one answer): each must be Arial Bold's advance as the font measure reads
    it from the font file, or a typo lets a name through that breaks mid-word."""
    measured = {c: text_width(c, "Arial", 1000, bold=True) for c in _BOLD_WIDTHS}
    wrong = {c: (typed, round(measured[c])) for c, typed in _BOLD_WIDTHS.items()
             if abs(measured[c] - typed) > 0.5}
    assert wrong == {}


@pytest.mark.skipif(font_path("Calibri", True) is None or font_path("Arial", True) is None,
                    reason="no Calibri Bold (nor Carlito Bold) or Arial Bold to measure with")
def test_arial_bold_is_the_wider_of_the_body_fonts_for_every_row_name() -> None:
    """The table measures in Arial Bold because a brand file's body font is Arial or
    Calibri, and Arial is the wider: every word of every row name is no wider in Calibri
    Bold, so a name that fits by the table fits in either."""
    index = load(())
    session = index.items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    words = {w for phase in ("all", "primary", "secondary")
             for b in plan_facilitator_notes(session, index.facts, Brand(phase=phase)).blocks
             if isinstance(b, StepTable) for stage in b.stages for row in stage.rows
             for w in row.step.replace("-", " ").split()}
    wider = [w for w in words
             if text_width(w, "Calibri", 12, bold=True) > text_width(w, "Arial", 12, bold=True)]
    assert len(words) > 20 and wider == [], wider


@pytest.mark.parametrize("phase", ["all", "primary", "secondary"])
def test_every_row_name_fits_the_time_column(phase: Phase) -> None:
    """"Safeguarding" broke after "Safeguar" in the secondary notes' time column."""
    index = load(())
    session = index.items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    plan = plan_facilitator_notes(session, index.facts, Brand(phase=phase))
    (table,) = [b for b in plan.blocks if isinstance(b, StepTable)]
    names = [row.step for stage in table.stages for row in stage.rows]
    assert len(names) > 20
    too_long = [n for n in names if too_wide_name(n)]
    assert too_long == [], phase
