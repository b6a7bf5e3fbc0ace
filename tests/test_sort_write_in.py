"""A sort's write-in column (SortActivity.write_in): KS3 pupils name each warning sign's
tactic in a "Tactic" column of the sort, not on loose lines under it."""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.model import SortActivity

ROOT = Path(__file__).resolve().parents[1]


def _ks3_sort() -> SortActivity:
    lesson = next(i.item for i in load(()).items.values()
                  if i.item.kind == "lesson" and i.item.audience.value == "ks3")
    return next(c.task.sort for c in lesson.cycles if c.task.sort and c.task.sort.write_in)


def _ks3_docs(tmp_path: Path) -> Path:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["build", "-k", "ks3", "-f", "docx", "--out", str(tmp_path), "--quiet"]) == 0
    finally:
        os.chdir(cwd)
    return tmp_path / "live-streaming-ks3"


def test_ks3_sort_has_a_tactic_column_and_no_loose_lines(tmp_path: Path) -> None:
    sort = _ks3_sort()
    pack = _ks3_docs(tmp_path)
    doc = Document(str(pack / "live-streaming-ks3-worksheet.docx"))
    tables = [t for t in doc.tables if t.rows[0].cells[0].text == sort.heading
              and sort.columns[0] in [c.text for c in t.rows[0].cells]]
    assert len(tables) == 1
    table = tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header == [sort.heading, sort.write_in, *sort.columns]
    # Empty for the pupil to write in, a row a card, and room for a word or two a line.
    assert [row.cells[1].text for row in table.rows[1:]] == [""] * len(sort.items)
    assert table.rows[0].cells[1].width > 2.5 * 360000  # EMU a cm
    # The step above the sort asks for the tactics once; no prompt repeats it under the
    # table, and the Part has no writing-line box of its own after the sort.
    body = list(doc.element.body.iterchildren())
    after = body[body.index(table._tbl) + 1:]
    texts = ["".join(t.text or "" for t in el.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")) for el in after]
    upto = next(i for i, t in enumerate(texts) if t.startswith("Part 3"))
    assert not any("tactic" in t.lower() for t in texts[:upto])
    # (Who can help closes the sort's side: a box, not lines.)
    assert not [el for el, t in zip(after[:upto], texts, strict=False)
                if el.tag.endswith("}tbl") and not t.startswith("Who can help")]


def test_the_tactics_model_answer_stays_in_the_key(tmp_path: Path) -> None:
    pack = _ks3_docs(tmp_path)
    plan = Document(str(pack / "live-streaming-ks3-teacher-notes.docx"))
    text = "\n".join(p.text for p in plan.paragraphs)
    assert "Name each warning sign’s tactic. Model answer:" in text.replace("'", "’")
