"""A lesson's worksheet sides are planned in its content (``sheet_layout``), not in the
planner: KS4's four sides say which Part ends which side in ks4.yml, another lesson may say
its own, a lesson that says none flows, and a layout that leaves out a Part or names one
twice is refused at its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.plan.model import Block, Callout, Heading, PageBreak, Paragraph, Table
from lessonpack.plan.worksheet.sheet import plan_worksheet
from lessonpack.plan.worksheet.sides import CHANGED_MIND

ROOT = Path(__file__).resolve().parents[1]
KS4_FILE = ROOT / "content/live-streaming/ks4.yml"


def _ks4() -> Lesson:
    lesson = load().items["live-streaming-ks4"].item
    assert isinstance(lesson, Lesson)
    return lesson


def _sides(lesson: Lesson) -> list[list[str]]:
    """What opens each stretch of the sheet between its page breaks, by name: the Parts'
    headings, How did I do?, the exit quiz, the End rows question and the help box."""
    plan = plan_worksheet(lesson, load().facts, DEFAULT_BRAND)
    sides: list[list[str]] = [[]]
    for block in plan.blocks:
        if isinstance(block, PageBreak):
            sides.append([])
        elif (said := _named(block)) is not None:
            sides[-1].append(said)
    return sides


def _named(block: Block) -> str | None:
    if isinstance(block, Heading) and block.text.startswith(("Part ", "Exit quiz")):
        return block.text.split(":")[0]
    if isinstance(block, Table) and block.header[0].startswith("How did I do"):
        return "How did I do"
    if isinstance(block, Paragraph) and block.text == CHANGED_MIND:
        return "End rows question"
    if isinstance(block, Callout) and block.tone == "help":
        return "Who can help"
    return None


def test_ks4_sides_are_the_ones_its_content_plans() -> None:
    lesson = _ks4()
    assert lesson.sheet_layout == [["end rows question", "part 1", "part 2"],
                                   ["part 3", "how did I do"],
                                   ["exit quiz", "reflection", "who can help"]]
    # The first list runs on to side two: Part 1's story ends side one at a page break, its
    # sort opens side two under "Part 1 (continued)", then Part 2 (so side two's lines can
    # take its room: render/docx_fill_side).
    assert _sides(lesson) == [["End rows question", "Part 1"], ["Part 1 (continued)", "Part 2"],
                              ["Part 3", "How did I do"],
                              ["Exit quiz", "Who can help"]]


def test_another_layout_in_the_content_moves_the_page_turns() -> None:
    """The same lesson laid out otherwise: a Part a side, How did I do? with the quiz, no End
    rows question. The planner follows the content, not KS4."""
    moved = _ks4().model_copy(update={"sheet_layout": [
        ["part 1"], ["part 2"], ["part 3"],
        ["exit quiz", "how did I do", "reflection", "who can help"]]})
    assert _sides(moved) == [["Part 1"], ["Part 2"], ["Part 3"],
                             ["Exit quiz", "How did I do", "Who can help"]]


def test_a_lesson_that_plans_no_sides_flows() -> None:
    """KS4's lesson with no layout: the help box fills side one under the starter (its Part
    1 story goes overleaf with its sort) and the sheet flows, with no End rows question."""
    flowing = _sides(_ks4().model_copy(update={"sheet_layout": []}))
    assert flowing[0][0] == "Who can help"
    assert all("End rows question" not in side for side in flowing)
    assert flowing != _sides(_ks4())


@pytest.mark.parametrize(("layout", "refused"), [
    ([["part 1", "part 2"], ["exit quiz", "how did I do", "reflection", "who can help"]],
     "names Parts 1, 2; a sheet laid out side by side names each of the lesson's 3 Parts"),
    ([["part 1", "part 3", "part 2"], ["exit quiz", "how did I do", "reflection",
                                       "who can help"]], "names Parts 1, 3, 2"),
    ([["part 1", "part 2", "part 3"], ["exit quiz", "how did I do", "who can help"]],
     "names 'reflection' 0 times"),
    ([["part 1", "part 2", "part 3", "exit quiz"], ["exit quiz", "how did I do",
                                                    "reflection", "who can help"]],
     "names 'exit quiz' 2 times"),
    ([["part 1", "end rows question", "part 2", "part 3"],
      ["exit quiz", "how did I do", "reflection", "who can help"]],
     "'end rows question' goes first on the first side"),
    ([["part 1", "part 2", "part 3", "quiz"]], "Input should be 'part 1'"),
])
def test_a_layout_missing_or_repeating_a_piece_is_refused(layout: list[list[str]],
                                                          refused: str) -> None:
    data = _ks4().model_dump(mode="json")
    with pytest.raises(ValidationError, match=refused.replace("?", r"\?")):
        Lesson.model_validate({**data, "sheet_layout": layout})


def test_validate_names_the_layouts_line(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A layout that forgets Part 3 is one problem at the field, in the file the teacher
    edits, as every content problem is."""
    folder = tmp_path / "own"
    folder.mkdir()
    text = KS4_FILE.read_text(encoding="utf-8")
    wrong = text.replace("  - [part 3, how did I do]\n", "  - [how did I do]\n")
    assert wrong != text
    (folder / "ks4.yml").write_text(wrong, encoding="utf-8")
    line = wrong.splitlines().index("sheet_layout:") + 1
    code = main(["validate", "--content", str(folder)])
    err = capsys.readouterr().err
    assert code == 1, err
    found = [t for t in err.splitlines() if "sheet_layout" in t]
    assert len(found) == 1 and f"ks4.yml:{line}:" in found[0], err
    assert "names Parts 1, 2" in found[0]


def test_the_built_in_lessons_other_than_ks4_plan_no_sides() -> None:
    """KS3's sheet keeps its flow (four lines an answer took five or six sides in a brand's
    larger type when planned), and Years 1 to 6 turn the page for each Part."""
    planned = sorted(item.item.id for item in load().items.values()
                     if isinstance(item.item, Lesson) and item.item.sheet_layout)
    assert planned == ["live-streaming-ks4"]
