"""A visiting trainer's two papers for the school: the visit brief (a dated row per file,
who acts on it) and the class teacher's handover sheet. Reopens the built files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parent.parent
VISIT = ["--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
         "--template", str(ROOT / "examples/templates/brightpath-training"),
         "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")]


@pytest.fixture(scope="module")
def ks2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("visit")
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(out), *VISIT]) == 0
    return out / "live-streaming-ks2"


def _text(path: Path) -> str:
    doc = docx.Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _rows(path: Path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[0]
    return [[c.text for c in r.cells] for r in table.rows]


def test_the_brief_dates_each_file_and_names_who_acts(ks2: Path) -> None:
    rows = _rows(ks2 / "live-streaming-ks2-visit-brief.docx")
    assert rows[0] == ["By", "File", "Who", "What to do"]
    by_file = {r[1]: r for r in rows[1:]}
    # The school file: letters dated Thursday 7 January, lesson Friday 22 January 2027.
    assert by_file["Letter home"][0] == "Thursday 7 January 2027"
    assert by_file["Letter home"][2] == "School office"
    assert by_file["Reply slips"][0] == "Friday 15 January 2027"
    assert by_file["Reply slips"][2] == "Miss Laura Bennett"
    assert "parents who ask" in "".join(by_file)
    asked = next(r for f, r in by_file.items() if "parents who ask" in f)
    assert asked[2] == "Mrs Helen Okafor (DSL)"
    # Files reach the school before the letters go home, printing the school day before.
    assert by_file["All files, by email"][0] == "Wednesday 6 January 2027"
    assert by_file["Worksheet and cards"][0] == "Thursday 21 January 2027"
    cut = by_file["Cards, printed"]
    assert cut[2].startswith("Miss Laura Bennett") and "Cut them out" in cut[3]
    assert all(r[0] for r in rows[1:]), "every row has its date"


def test_the_handover_names_the_teacher_the_dsl_and_the_sign_off(ks2: Path) -> None:
    text = _text(ks2 / "live-streaming-ks2-handover.docx")
    assert "For Miss Laura Bennett" in text
    assert "Sam Carter, Northshire Online Safety Team" in text
    for heading in ("Before the lesson", "During the lesson", "After the lesson"):
        assert heading in text
    assert "Mrs Helen Okafor (01632 960419)" in text and "Mr Daniel Price" in text
    assert "ground rules" in text and "Watch for a pupil" in text
    assert "Handed to (name):" in text and "Time:" in text


def test_the_handover_carries_the_lessons_own_after_the_lesson_jobs(ks2: Path) -> None:
    """The class teacher's jobs after the lesson come from the lesson's plenary ("After the
    lesson:"), with the DSL named and without what is said to the visitor."""
    from lessonpack.api import load
    from lessonpack.plan.handover_sheet import lesson_after
    from lessonpack.plan.visiting import as_the_reader

    lesson = load().items["live-streaming-ks2"].item
    jobs = lesson_after(lesson)
    assert jobs and not [j for j in jobs if "visitor" in j.lower()]
    paragraphs = [p.text.replace("\u2019", "'") for p in docx.Document(
        str(ks2 / "live-streaming-ks2-handover.docx")).paragraphs]
    after = paragraphs[paragraphs.index("After the lesson") + 1:]
    for job in jobs:  # said to its reader, the class teacher: "You read the question box"
        assert as_the_reader(job).replace("the DSL", "Mrs Helen Okafor", 1) in after
    assert not [p for p in after if "class teacher" in p]


def test_both_papers_have_a_line_for_the_time_and_meeting_place(ks2: Path) -> None:
    """Neither file gives the lesson's hour: each paper's first lines ask for it."""
    for name in ("handover", "visit-brief"):
        lines = [p.text for p in docx.Document(
            str(ks2 / f"live-streaming-ks2-{name}.docx")).paragraphs][:4]
        assert [t for t in lines if "Lesson time:" in t and "Trainer arrives:" in t
                and "Meet at:" in t], name


def test_the_ks1_handover_lists_the_second_adults_jobs_from_the_lesson(
        tmp_path: Path) -> None:
    """The KS1 lesson gives the second adult jobs (the thumbs names, the sheets and crayons,
    names on the hands); at a visit that is the class teacher, so the handover lists each,
    and names one owner for the question box: the trainer brings it, as the plan says."""
    from lessonpack.api import load
    from lessonpack.plan.handover_sheet import second_adult_jobs

    assert main(["build", "-k", "ks1", "-f", "docx", "-q", "--out", str(tmp_path),
                 *VISIT]) == 0
    lesson = load().items["live-streaming-ks1"].item
    jobs = second_adult_jobs(lesson)
    assert len(jobs) >= 3 and not [j for j in jobs if "second adult" in j or ")" in j]
    assert jobs[0].startswith("At the start: note who shows thumbs up")
    paragraphs = [p.text.replace("\u201c", '"').replace("\u201d", '"') for p in
                  docx.Document(str(tmp_path / "live-streaming-ks1" /
                                    "live-streaming-ks1-handover.docx")).paragraphs]
    during = paragraphs[paragraphs.index("During the lesson"):
                        paragraphs.index("After the lesson")]
    for job in jobs:
        assert job.replace("\u201c", '"').replace("\u201d", '"') in during
    before = paragraphs[:paragraphs.index("During the lesson")]
    assert [p for p in before if p.startswith("The trainer brings the question box")]
    assert "provided_by: trainer" in (ROOT / "content/live-streaming/ks1.yml").read_text() \
        and not [p for p in before if p.startswith("A question box")]


def test_a_schools_own_pack_has_neither(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(tmp_path), "--brand",
                 str(ROOT / "examples/brands/oakfield-primary/brand.yml")]) == 0
    names = [p.name for p in tmp_path.rglob("*.docx")]
    assert names and not [n for n in names if "handover" in n or "visit-brief" in n]


def test_no_reply_slip_row_without_a_slip_and_undated_rows_say_when() -> None:
    """A brand without reply slips has no slip row; a booking without dates says when in
    words ("A school week ahead"), never an empty cell."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.visit_brief import rows

    lesson = load().items["live-streaming-ks2"].item
    brand = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                  delivered_by="Northshire Online Safety Team", reply_slip=False)
    found = rows(lesson, brand)
    assert "Reply slips" not in [r[1] for r in found]
    assert all(r[0] for r in found)
    assert found[0][0] == "A school week ahead"
