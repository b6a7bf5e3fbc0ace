"""The lesson plan's step by step as one table (plan/lesson_steps.py, plan/step_lines.py,
render/docx_steps.py): a row per timed step on the lesson's clock, the words said aloud set
apart, and page one naming the pages to print up to the table's end."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.lesson_plan import PRINT_TO_TEACH, plan_lesson_plan
from lessonpack.plan.lesson_steps import END_OF_TEACHING, GROUND_RULES
from lessonpack.plan.model import Heading, PageBreak, Paragraph, StepLine, StepTable
from lessonpack.plan.step_lines import split_spoken


def test_spoken_words_are_set_apart_from_what_the_teacher_does() -> None:
    lines = split_spoken('Do: show the stream. Ask: "What might Zainab enjoy about this?" '
                         '(a skill, cheering). Say: "Being cheered on feels great." '
                         "Model answer: Zainab tells her dad.")
    assert lines == (
        StepLine("Show the stream."),
        StepLine("“What might Zainab enjoy about this?” (a skill, cheering)."
                 if "“" in lines[1].text else
                 '"What might Zainab enjoy about this?" (a skill, cheering).', "say", "Ask:"),
        StepLine(lines[2].text, "say", "Say:"),
        StepLine("Zainab tells her dad.", label="Model answer:"),
    )
    assert "Being cheered on feels great." in lines[2].text


def test_a_quote_inside_a_sentence_stays_in_it() -> None:
    text = 'Quietly note any child showing thumbs up to "If I tell, I get in trouble." Say nothing.'
    assert split_spoken(text) == (StepLine(text),)


def test_a_quoted_sentence_on_its_own_is_spoken() -> None:
    lines = split_spoken('"Live means it is happening right now." Act it out: wave.')
    assert [line.kind for line in lines] == ["say", "do"]


def _plan(ks: str) -> tuple[tuple[object, ...], object]:
    index = load()
    lesson = index.items[f"live-streaming-{ks}"].item
    return plan_lesson_plan(lesson, index.facts, DEFAULT_BRAND).blocks, lesson


@pytest.mark.parametrize("ks", ["ks1", "ks2", "ks3", "ks4"])
def test_the_steps_run_on_the_running_sheets_clock(ks: str) -> None:
    """A stage per running-sheet row; each timed step's time follows on from the last, and
    the stage's steps end by the stage's own end."""
    blocks, lesson = _plan(ks)
    table = next(b for b in blocks if isinstance(b, StepTable))
    assert len(table.stages) == len(lesson.cycles) + 2
    minutes = [lesson.starter.minutes, *(c.minutes for c in lesson.cycles),
               lesson.plenary.minutes]
    start = 0
    for stage, length in zip(table.stages, minutes, strict=True):
        assert f"· {length} min" in stage.title
        clock = start
        timed = [row for row in stage.rows if "–" in row.time]
        assert timed, stage.title
        for row in timed:
            a, b = map(int, row.time.split("–"))
            assert a == clock and b > a, (stage.title, row.time)
            clock = b
        assert clock <= start + length, stage.title
        start += length
    # Every row has words, and none starts mid-sentence ("say the age rules").
    for stage in table.stages:
        for row in stage.rows:
            assert row.lines, (stage.title, row.step)
            first = row.lines[0]
            assert first.label or not first.text[:1].islower(), (row.step, first.text[:30])


@pytest.mark.parametrize("ks", ["ks1", "ks2", "ks3", "ks4"])
def test_page_one_names_the_pages_to_print_and_the_steps_follow_it(ks: str) -> None:
    blocks, _ = _plan(ks)
    rules = next(i for i, b in enumerate(blocks)
                 if isinstance(b, Heading) and b.text == GROUND_RULES)
    # What to print, named by where the steps end: no page number Word would show as stored.
    # Run on after it, what to do before the lesson day (tests/test_before_the_day.py).
    said = [b for b in blocks[:rules] if isinstance(b, Paragraph)
            and b.text.startswith(PRINT_TO_TEACH)]
    assert [b.label for b in said] == ["To teach, print"]
    # The page named by the mark under the last step's time (render/docx_steps), not by
    # a number: an estimate of it was a page long in six of eleven plans.
    assert f"\u201c{END_OF_TEACHING}\u201d" in PRINT_TO_TEACH
    table = next(b for b in blocks if isinstance(b, StepTable))
    assert table.end_line == END_OF_TEACHING
    assert any(isinstance(b, Heading) and b.text == "The lesson, step by step" for b in blocks)
    table_at = next(i for i, b in enumerate(blocks) if isinstance(b, StepTable))
    # After the overview: the ground rules and the disclosure box, then the steps.
    between = [type(b).__name__ for b in blocks[rules:table_at]]
    assert "Callout" in between and len(between) <= 5, between
    assert not any(isinstance(b, PageBreak) for b in blocks[:table_at])


def test_the_plan_prints_the_step_tables_words_apart_and_the_page_to_print_to(
        built_packs: Path) -> None:
    path = built_packs / "live-streaming-ks2" / "live-streaming-ks2-lesson-plan.docx"
    body = Document(str(path)).element.body
    xml = body.xml
    # No field in the body (Word shows a body field's stored value until fields are
    # updated); page one names the mark, and the footer has one page field to the mark's
    # bookmark, where Word works it out as it lays the pages.
    from lessonpack.render.docx_page_ref import BOOKMARK

    assert "w:fldSimple" not in xml and "PAGEREF" not in xml
    assert any("".join(t.text or "" for t in p.iter(qn("w:t"))).startswith(
        "To teach, print up to \u201cPrint to here\u201d (the footer gives its page)")
        for p in body.iter(qn("w:p")))
    foot = Document(str(path)).sections[0].footer._element
    words = "".join(t.text or "" for t in foot.iter(qn("w:t")))
    assert foot.xml.count("PAGEREF") == 1 and f"PAGEREF {BOOKMARK} " in foot.xml, foot.xml
    assert "To teach: 1\u2013" in words and "Page\u00a0" in words, words
    # The print-to mark: the last row's time cell ends on it, in the stage bands' colour
    # over a heavy rule across the row's foot, and that row stays whole (so the mark is on
    # the page the steps end on).
    last = list(next(t for t in body.iter(qn("w:tbl")) if "What you say and do" in "".join(
        x.text or "" for x in t.iter(qn("w:t")))).iter(qn("w:tr")))[-1]
    when = last.findall(qn("w:tc"))[0]
    mark = when.findall(qn("w:p"))[-1]
    assert "".join(t.text or "" for t in mark.iter(qn("w:t"))) == END_OF_TEACHING
    assert [b.get(qn("w:name")) for b in mark.iter(qn("w:bookmarkStart"))] == [BOOKMARK]
    assert mark.find(f"{qn('w:pPr')}/{qn('w:shd')}") is None  # no small white-on-dark label
    rules = [tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}/{qn('w:bottom')}")
             for tc in last.findall(qn("w:tc"))]
    assert all(r is not None and r.get(qn("w:val")) == "dashed"
               and int(r.get(qn("w:sz"))) >= 12 for r in rules), rules
    assert last.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    assert when.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}") is None
    # "After the lesson" once, not under "After" as its time.
    labels = ["".join(t.text or "" for t in p.iter(qn("w:t")))
              for tr in last.getparent().iter(qn("w:tr"))
              for p in tr.findall(qn("w:tc"))[0].findall(qn("w:p"))]
    assert "After the lesson" in labels and not any(t.startswith("AfterAfter") for t in labels)
    # The spoken lines: tinted paragraphs inside the step table, with the brand's bar.
    table = next(t for t in body.iter(qn("w:tbl"))
                 if "What you say and do" in "".join(x.text or "" for x in t.iter(qn("w:t"))))
    said = [p for p in table.iter(qn("w:p"))  # tinted, less the last page's mark
            if p.find(f"{qn('w:pPr')}/{qn('w:shd')}") is not None and p is not mark]
    assert len(said) >= 10
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:left')}") is not None
               for p in said)


def test_a_step_opened_by_a_small_ask_sets_its_question_apart_labelled_as_every_other() -> None:
    lines = split_spoken('ask "What should Pip do?" Read each answer aloud.')
    assert lines[0] == StepLine('"What should Pip do?"', "say", "Ask:")
    # Mid-sentence, the same words stay in the instruction.
    text = 'Pupils then ask "Why?" and you wait.'
    assert split_spoken(text) == (StepLine(text),)


def test_step_rows_keep_whole_unless_near_half_a_page(built_packs: Path) -> None:
    """Every step row is kept whole: a page turning inside one opened the next page on
    words with no time or name beside them. Only a row near half a page (its words'
    measured height at the column's width and the document's own styles) is set as pieces,
    each kept whole and of three lines or more; no plan has one yet."""
    from types import SimpleNamespace

    from lessonpack.render.docx_cards import StyleBook
    from lessonpack.render.docx_steps import STEP_BREAK_LINES, STEP_PIECE_LINES, step_lines
    from lessonpack.render.docx_styles import PARAGRAPH_STYLES, NamedStyles

    doc = Document(str(built_packs / "live-streaming-ks3" / "live-streaming-ks3-lesson-plan.docx"))
    named = NamedStyles(doc)
    writer = SimpleNamespace(
        ids={name: named[name].style_id for name in PARAGRAPH_STYLES},
        styles={name: named[name] for name in PARAGRAPH_STYLES},
        brand=DEFAULT_BRAND)
    book = StyleBook(writer)  # type: ignore[arg-type]
    steps = next(t for t in doc.tables if t.rows[0].cells[0].text == "Time")
    width = int(steps._tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")[-1].get(qn("w:w")))
    merge = f"{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:vMerge')}"
    whole_steps, pieces = 0, []
    last = steps._tbl.tr_lst[-1]
    for tr in steps._tbl.tr_lst[1:]:
        cells = tr.findall(qn("w:tc"))
        if len(cells) != 2:
            continue  # a stage's band
        starts = tr.find(merge)
        whole = tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        if tr is last:  # carries the "Print to here" mark: kept whole, so the mark is on its page
            assert whole
            continue
        if starts is None:  # one row: kept whole unless near half a page
            assert whole == (step_lines(book, tr, width) <= STEP_BREAK_LINES), \
                "".join(t.text or "" for t in tr.iter(qn("w:t")))[:60]
            whole_steps += whole
            continue
        assert whole  # a piece
        if starts.get(qn("w:val")) == "restart":
            pieces.append([step_lines(book, tr, width)])
        else:  # the same step, continued: no rule above it
            pieces[-1].append(step_lines(book, tr, width))
            top = cells[-1].find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}/{qn('w:top')}")
            assert top is not None and top.get(qn("w:val")) == "nil"
    assert whole_steps
    assert all(len(step) > 1 and sum(step) > STEP_BREAK_LINES for step in pieces)
    assert all(lines >= STEP_PIECE_LINES - 0.5 for step in pieces for lines in step), pieces
    # Long steps are kept whole too, not only short ones.
    assert max(step_lines(book, tr, width) for tr in steps._tbl.tr_lst[2:]
               if len(tr.findall(qn("w:tc"))) == 2) > 8


@pytest.fixture(scope="module")
def riverside_plans(riverside_all: Path) -> Path:
    """Riverside's KS3 and KS4 plans (conftest's session build): its longer answers and
    EXAMPLE banner leave page two another room at its foot than the default look's."""
    return riverside_all


@pytest.mark.parametrize("ks", ["ks3", "ks4"])
def test_the_first_step_starts_the_table_whole(built_packs: Path, riverside_plans: Path,
                                               ks: str) -> None:
    """The table's first step is kept whole (or, when long, its first piece), with the
    header row and the first stage's band, under the heading: let break, it cut its own
    time label in half at page two's foot ("Ground" / "rules") and left a Say box
    mid-quote. A pieced step's first piece is at least as tall as its time label (the
    merged cell's label ran on into the next piece, and the page turned inside it)."""
    from types import SimpleNamespace

    from lessonpack.render.docx_cards import StyleBook
    from lessonpack.render.docx_steps import label_lines, step_lines
    from lessonpack.render.docx_styles import PARAGRAPH_STYLES, NamedStyles

    for look in (built_packs, riverside_plans):
        doc = Document(str(look / f"live-streaming-{ks}" /
                           f"live-streaming-{ks}-lesson-plan.docx"))
        named = NamedStyles(doc)
        book = StyleBook(SimpleNamespace(  # type: ignore[arg-type]
            ids={name: named[name].style_id for name in PARAGRAPH_STYLES},
            styles={name: named[name] for name in PARAGRAPH_STYLES}, brand=DEFAULT_BRAND))
        tbl = next(t for t in doc.tables if t.rows[0].cells[0].text == "Time")._tbl
        width = int(tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")[-1].get(qn("w:w")))
        keep = f"{qn('w:trPr')}/{qn('w:cantSplit')}"
        merge = f"{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:vMerge')}"
        header, band, first, after = tbl.tr_lst[:4]
        assert header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        assert len(band.findall(qn("w:tc"))) == 1  # the first stage's band, then its step
        assert all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
                   for p in band.iter(qn("w:p")))
        heading = tbl.getprevious()
        assert heading.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
        assert "step by step" in "".join(t.text or "" for t in heading.iter(qn("w:t")))
        # Straight under the disclosure box, no empty spacer line between: that line was
        # what the kept start lacked to begin on Riverside KS3's page two.
        above = heading.getprevious()
        assert above.tag == qn("w:tbl"), "".join(t.text or "" for t in above.iter(qn("w:t")))
        assert "discloses" in "".join(t.text or "" for t in above.iter(qn("w:t")))
        assert first.find(keep) is not None
        if first.find(merge) is not None:  # pieced: the next row is its continuation
            assert after.find(merge).get(qn("w:val")) is None and after.find(keep) is not None
            assert step_lines(book, first, width) >= label_lines(book, first) - 0.5


def test_the_last_page_mark_keeps_words_xml_would_read_as_markup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mark's words are set as text, not written into XML: "<" and "&" stay words."""
    words = "Last page <Q&A>"
    monkeypatch.setattr("lessonpack.plan.lesson_steps.END_OF_TEACHING", words)
    assert main(["build", "-k", "ks1", "-f", "docx", "-q", "-j", "1",
                 "--out", str(tmp_path)]) == 0
    body = Document(str(tmp_path / "live-streaming-ks1" /
                        "live-streaming-ks1-lesson-plan.docx")).element.body
    table = next(t for t in body.iter(qn("w:tbl")) if "What you say and do" in "".join(
        x.text or "" for x in t.iter(qn("w:t"))))
    mark = list(table.iter(qn("w:tr")))[-1].findall(qn("w:tc"))[0].findall(qn("w:p"))[-1]
    assert "".join(t.text or "" for t in mark.iter(qn("w:t"))) == words
    assert mark.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val"))
