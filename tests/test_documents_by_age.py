"""The documents a teacher prints: answers kept back, lettered quizzes, a picture-led KS1
sheet, a lesson plan that opens on its overview, letters that look like a school's."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from built_decks import pack_file
from lessonpack.api import load
from lessonpack.check.measure import text_width
from lessonpack.content.brand import Brand, audiences_for_phase, load_brand
from lessonpack.content.model import Audience
from lessonpack.plan.notes_script import script
from lessonpack.plan.quotes import typographic
from lessonpack.plan.source_codes import strip_codes
from lessonpack.render.fill_in_marks import TINT
from printed import document_text

WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(path: Path) -> str:
    return document_text(Document(str(path)))


def _lesson(audience: str):
    return next(i.item for i in load(()).items.values() if i.item.audience.value == audience
                and i.item.kind == "lesson")


def test_no_pupil_sheet_carries_an_answer(built_packs: Path) -> None:
    for ks in ("ks1", "ks2", "ks3", "ks4"):
        lesson = _lesson(ks)
        sheet = _text(built_packs / f"live-streaming-{ks}" / f"live-streaming-{ks}-worksheet.docx")
        plan = _text(built_packs / f"live-streaming-{ks}" /
                     f"live-streaming-{ks}-teacher-notes.docx")
        assert "Check your work" not in sheet and "Model answer" not in sheet
        for cycle in lesson.cycles:
            for criterion in cycle.feedback:  # success criteria give the answers away
                assert criterion not in sheet, criterion
            # The teacher notes' answer key holds the model answers (the criteria are on the
            # feedback slides, shown after the task).
            for prompt in cycle.task.prompts:
                assert prompt.model_answer not in sheet
                assert typographic(" ".join(prompt.model_answer.split()))[:50] in plan, \
                    prompt.model_answer
        for q in lesson.exit_quiz:
            assert q.explanation not in sheet


def test_quiz_options_are_a_lettered_list_and_the_key_uses_the_letters(built_packs: Path
                                                                      ) -> None:
    pack = built_packs / "live-streaming-ks3"
    doc = Document(str(pack / "live-streaming-ks3-worksheet.docx"))
    # The quiz is set two questions to a row, in a table: every paragraph of the body.
    every = [DocxParagraph(p, doc) for p in doc.element.body.iter(qn("w:p"))]
    options = [p for p in every if p.style.name == "LP Option"]
    assert options and all(p._p.pPr.numPr is not None for p in options)
    numbering = doc.part.numbering_part.element
    num_id = options[0]._p.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    fmt = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl/w:numFmt')
    assert fmt[0].get(qn("w:val")) == "upperLetter"
    # Each question restarts at A: one list instance per question.
    questions = [p.text for p in every if p.style.name == "LP Question"]
    assert len({p._p.pPr.numPr.numId.val for p in options}) == len(questions) == 4  # KS3's quiz
    assert questions[0].startswith("1.\t") and questions[1].startswith("2.\t")  # read across
    lesson = _lesson("ks3")
    plan = _text(pack / "live-streaming-ks3-teacher-notes.docx")  # its answer key
    for q in lesson.exit_quiz:
        _shown, correct = q.arranged
        # "B – …" in the key table's answer column (never "…? B: …", read as a
        # question B).
        assert f"{chr(65 + correct)} – {typographic(q.correct_text)}" in plan


def test_tick_boxes_are_a_real_list(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" /
                       "live-streaming-ks2-lesson-plan.docx"))
    # The safeguarding checklist sits beside the resources, in the running sheet's table.
    every = [DocxParagraph(p, doc) for p in doc.element.body.iter(qn("w:p"))]
    boxes = [p for p in every if p.style.name == "LP Checkbox"]
    assert boxes and not any(p.text.startswith("\u2610") for p in boxes)
    assert doc.styles["LP Checkbox"].element.pPr.numPr is not None


def test_key_stage_1_sheet_is_drawn_for_children_who_cannot_read(built_packs: Path) -> None:
    path = built_packs / "live-streaming-ks1" / "live-streaming-ks1-worksheet.docx"
    doc = Document(str(path))
    body = doc.element.body
    lesson = _lesson("ks1")
    items = [i for c in lesson.cycles if c.task.sort for i in c.task.sort.items]
    # Lights are outlines to colour: white inside, the rim in the light's colour, nothing
    # drawn in them; only row 1's answer is coloured in, a worked example.
    # (The column headings' signs are grouped drawings, not lights to colour.)
    circles = [s for s in body.iter(WPS)
               if s.find(f".//{A}prstGeom[@prst='ellipse']") is not None
               and "wordprocessingGroup" not in s.getparent().tag]
    # Row 1's answer is the worked example: a green light with its tick drawn in it (a
    # grouped drawing, read in grey too) and "green: done" under it; the rest are empty.
    assert len(circles) == 3 * len(items) - 1
    fills = {c.find(f"{WPS[:-3]}spPr/{A}solidFill/{A}srgbClr").get("val") for c in circles}
    assert fills == {"FFFFFF"} and items[0].answer.startswith("Green")
    alts = [d.get("descr") for d in body.iter(f"{WP}docPr")]
    assert sum("(done for you)" in a for a in alts) == 1
    text_all = _text(path)
    assert "Row 1 is done for you" in text_all and "green: done" in text_all
    rims = {c.find(f".//{A}ln//{A}srgbClr").get("val") for c in circles}
    assert rims == {"2E9E4F", "F2A900", "D62828"}
    # Each light is named under it, for a class set printed in black and white.
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    for word in ("green", "amber", "red"):
        assert sum(c.endswith((word, f"{word}: done")) for c in cells) == len(items), word
    # A picture on each card's row, described by the card's words.
    pictures = [d.get("descr") for d in body.iter(f"{WP}docPr")
                if d.getparent().find(f".//{A}graphic//{PIC}pic") is not None]
    assert pictures[:len(items)] == [i.text for i in items]
    # "How did I do?" in the same colour emoji set, each face named by its label, and only
    # the paper step read aloud for the sort (no "hold up a card" at a table later).
    assert [p.rsplit(": ", 1)[-1] for p in pictures[len(items):]] == [
        "Not yet", "Getting there", "Yes!"]
    assert "Read aloud: Colour one light in each row. Row 1 is done for you." in text_all \
        and "Hold up" not in text_all
    # A frame big enough to draw round a Year 2 hand (12-13 cm from wrist to fingertip), on
    # page two: 17 cm with nothing printed inside it (its own text left 11 cm
    # clear), the words read aloud above it and a ruled place for each place the slide
    # frames ("At school", "At home or another place") on the line under it.
    frame = next(t for t in doc.tables if t._tbl.find(f".//{W}tblCaption") is not None
                 and "hand" in t._tbl.find(f".//{W}tblCaption").get(f"{W}val"))
    (hand_row,) = [int(h.get(f"{W}val")) for h in frame._tbl.iter(f"{W}trHeight")]
    assert hand_row >= 17 * 567 and not frame.rows[0].cells[0].text.strip()
    under = frame._tbl.getnext().getnext()  # past the spacer
    line = "".join(t.text or "" for t in under.iter(f"{W}t"))
    assert line.startswith("Who did I draw?")
    assert "At school:" in line and "At home or another place:" in line
    above = "".join(t.text or "" for t in frame._tbl.getprevious().iter(f"{W}t"))
    assert above.startswith("Read aloud: Draw round your hand")
    text = _text(path)
    assert "For the adult" in text and "Read aloud:" in text
    # The adult is asked for what the task asks (not a name on every finger).
    hand = next(c.task for c in lesson.cycles if not c.task.sort)
    assert " ".join(hand.instructions) in text
    # No line for the grown-ups at home: the sheet stays in school.
    assert not any(p.text.startswith("Grown-ups,") for p in doc.paragraphs)
    assert "Exit quiz" not in text  # done aloud with thumbs and fingers


def test_key_stage_1_cards_file_holds_the_picture_and_light_cards(built_packs: Path) -> None:
    """Key Stage 1's cards to print are a file of their own (as every key stage's), not
    pages at the end of the plan; the plan's resources say to print it."""
    plan = Document(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-cards.docx"))
    boxes = [t for t in plan.tables if t._tbl.find(f".//{W}tblCaption") is not None
             and t._tbl.find(f".//{W}tblCaption").get(f"{W}val") == "Cards to cut out"]
    # A grid of cards a page (layout, not data): the picture strips, then the light cards.
    cards = [c for t in boxes if t._tbl.find(f".//{PIC}pic") is not None
             for r in t.rows for c in r.cells]
    lights = [t for t in boxes if t._tbl.find(f".//{PIC}pic") is None]
    items = [i for c in _lesson("ks1").cycles if c.task.sort for i in c.task.sort.items]
    assert [c.text.strip() for c in cards if c.text.strip()] == [typographic(i.text)
                                                                 for i in items]
    assert sum(len(list(c._tc.iter(f"{PIC}pic"))) for c in cards) == len(items)
    # A red, an amber and a green card for every child: four children's sets a page, solid.
    assert [c.text.strip() for t in lights for r in t.rows for c in r.cells] == [
        "Green\nOK", "Amber\nStop and ask", "Red\nStop and tell"] * 4  # what each means
    shapes = [(s.find(f"{WPS[:-3]}cNvPr").get("name"),
               s.find(f"{WPS[:-3]}spPr/{A}solidFill/{A}srgbClr").get("val"))
              for t in lights for s in t._tbl.iter(WPS)]
    fills = [fill for name, fill in shapes if name == "Light"]
    assert fills == ["2E9E4F", "F2A900", "D62828"] * 4
    # Not by colour alone (colour-blind children, a black-and-white copier): each light
    # card has its sign drawn in it, white on the colour.
    assert [(name, fill) for name, fill in shapes if name != "Light"] == [
        ("Sign: green", "FFFFFF"), ("Sign: amber", "FFFFFF"), ("Sign: red", "FFFFFF")] * 4
    headings = [p.text for p in plan.paragraphs if p.style.name.startswith("LP Heading")]
    # Each page's heading says how many copies of it to print (a once-only page and a
    # page for the class in one file).
    assert headings == ["Picture cards: print 1 copy", "Traffic-light cards: print 8 copies"]
    assert plan.paragraphs[[p.text for p in plan.paragraphs].index(
        "Traffic-light cards: print 8 copies")].paragraph_format.page_break_before
    lesson_plan = Document(str(built_packs / "live-streaming-ks1" /
                               "live-streaming-ks1-lesson-plan.docx"))
    text = "\n".join(p.text for p in lesson_plan.paragraphs)  # the resources' list
    assert "print live-streaming-ks1-cards.docx" in text
    assert not lesson_plan.element.body.xpath(".//w:tblCaption[@w:val='Cards to cut out']")


def test_lesson_plan_opens_on_its_overview_and_labels_its_script(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" /
                       "live-streaming-ks2-lesson-plan.docx"))
    paragraphs = doc.paragraphs
    # What is taught from: everything in the body before "Before you teach", tables
    # included: the overview, the disclosure steps and the step table, and no preparation.
    overview = []
    for el in doc.element.body:
        text = "".join(t.text or "" for t in el.iter(qn("w:t")))
        if text == "Before you teach":
            break
        overview.append(text)
    overview = "\n".join(overview)
    for part in ("Outcome:", "To teach, print up to", "If short of time, cut these:",
                 "Running sheet", "Mins", "Slides", "Pupils’ sheet", "If a child discloses",
                 "The lesson, step by step", "What you say and do"):
        assert part in overview, part
    assert "Safeguarding checklist" not in overview
    # The preparation flows on after the steps: no page left half empty before it.
    before = next(p for p in paragraphs if p.text == "Before you teach")
    assert not before.paragraph_format.page_break_before
    # Bold step names and labels, in the step table's cells too.
    labels = {"".join(t.text or "" for t in r.iter(qn("w:t"))).strip()
              for r in doc.element.body.iter(qn("w:r"))
              if r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None}
    assert any(label.startswith("Task") for label in labels)
    assert any(label.startswith("Watch for") for label in labels)
    codes = re.compile(r"\bS\d{1,3}[a-z]?\b")
    assert not [p.text for p in paragraphs if codes.search(p.text)]


def test_headings_are_built_on_words_own_heading_styles(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" /
                       "live-streaming-ks2-lesson-plan.docx"))
    title = doc.paragraphs[0]
    assert title.style.name == "LP Title" and title.style.base_style.name == "Heading 1"
    for n in (1, 2, 3):
        assert doc.styles[f"LP Heading {n}"].base_style.name == f"Heading {n}"


def test_letter_is_a_school_letter(tmp_path: Path, built_packs: Path) -> None:
    from lessonpack.cli import main

    brand = Path(__file__).parent.parent / "examples/brands/oakfield-primary/brand.yml"
    assert main(["build", "-k", "ks2", "--brand", str(brand), "--out", str(tmp_path), "-q",
                 "-j", "1"]) == 0
    # Oakfield's Year 4 pack (it names a Year 6 class too, whose folder sorts after).
    path = pack_file(tmp_path, "ks2", "letter-home.docx")
    doc = Document(str(path))
    text = _text(path)
    # The school's details as its brand file gives them (read from it: renaming an example
    # school changes no test), and the letter's own parts.
    school = load_brand(brand).brand
    for part in (school.org_name, school.address.split(",")[0], school.phone, school.dsl_name,
                 school.deputy_dsl_name, school.letter_signatory, school.letter_signatory_role,
                 "Date:", "Reply slip:", "Lesson date:", "class teacher"):
        assert part and part in text, part
    # Every field filled from the brand, its dates too (the lesson's, the letter's and the
    # reply-by day, a school week before the lesson): an example school's letter is whole.
    assert re.findall(r"\[[^\]]*\]", text) == []
    assert f"Lesson date: {school.lesson_date}" in text and f"Date: {school.letter_date}" in text
    assert re.search(r"Reply slip: .* by \w+day \d+ January 2027\.", text), text
    # The school delivers it: no credit line at the page foot.
    assert not "".join(p.text for p in doc.sections[0].footer.paragraphs).strip()
    default = _text(built_packs / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx")
    # The fill-ins spelt as on the help cards and sheets: one spelling everywhere.
    for placeholder in ("[School name]", "[School address]", "[Phone]", "[Name]",
                        "[DSL's name]", "[deputy DSL's name]", "[school phone]"):
        assert placeholder in default, placeholder
    assert "[name of the" not in default and "[date of the lesson]" not in default


def test_phase_leaves_other_key_stages_out_of_all_only() -> None:
    every = list(Audience)
    keep, out = audiences_for_phase("primary", every)
    assert keep == [Audience.KS1, Audience.KS2, Audience.PARENTS]
    assert out == [Audience.KS3, Audience.KS4]
    assert audiences_for_phase("secondary", every)[1] == [Audience.KS1, Audience.KS2]
    assert audiences_for_phase("all", every) == (every, [])
    assert Brand().phase == "all"


def test_build_all_with_a_primary_brand(tmp_path: Path, capsys) -> None:
    from lessonpack.cli import main

    brand = tmp_path / "brand.yml"
    brand.write_text("org_name: Test Primary\nphase: primary\n")
    assert main(["build", "--all", "--brand", str(brand), "--out", str(tmp_path / "o"),
                 "-j", "1", "-f", "docx"]) == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == [
        "live-streaming-ks1", "live-streaming-ks2", "live-streaming-parents"]
    err = capsys.readouterr().err
    assert err.count("left out") == 1 and "ks3, ks4" in err and "-k ks3" in err
    assert main(["build", "-k", "ks4", "--brand", str(brand), "--out", str(tmp_path / "o"),
                 "-j", "1", "-f", "docx", "-q"]) == 0  # asked for by name: built


def test_source_codes_leave_prose_and_script_labels_are_found() -> None:
    codes = frozenset({"S46", "S48", "S41", "S11"})
    assert strip_codes("privately (PSHE Association, S46, S48).", codes) == \
        "privately (PSHE Association)."
    assert strip_codes("aloud (S46, S48).", codes) == "aloud."
    assert strip_codes("(UKCIS, paraphrased; S41)", codes) == "(UKCIS, paraphrased)"
    assert strip_codes("keep (this, that)", codes) == "keep (this, that)"
    steps = script("Say (3 min): hello.\n\nWatch for: quiet pupils.\n\nA plain sentence.")
    assert [s.label for s in steps] == ["Say (3 min):", "Watch for:", ""]


def test_worksheet_steps_a_written_prompt_repeats_are_printed_once(built_packs: Path) -> None:
    # "Write two tips to help Mei." is step 3 and the prompt with lines: once on the sheet.
    sheet = Document(str(built_packs / "live-streaming-ks2" / "live-streaming-ks2-worksheet.docx"))
    texts = [p.text for p in sheet.paragraphs]
    for cycle in _lesson("ks2").cycles:
        for prompt in cycle.task.prompts:
            assert sum(typographic(prompt.text) in t for t in texts) == 1, prompt.text
    # Steps no prompt repeats stay: the sort is still explained.
    assert any("Each card says where to look" in t for t in texts)


def test_sort_cards_get_the_width_and_tick_columns_only_what_they_need(built_packs: Path
                                                                       ) -> None:
    sheet = Document(str(built_packs / "live-streaming-ks4" / "live-streaming-ks4-worksheet.docx"))
    # Each sort's table is headed by what its rows hold ("Message"), from the content.
    firsts = {c.task.sort.heading for c in _lesson("ks4").cycles if c.task.sort}
    sorts = [t for t in sheet.tables if t.rows[0].cells[0].text in firsts]
    assert len(sorts) == len(firsts), firsts
    for table in sorts:
        widths = [int(tc.get(qn("w:w"))) for tc in table._tbl.iter(qn("w:tcW"))][
            :len(table.columns)]
        card, *ticks = widths
        # The card the widest; each tick column only as wide as its heading needs: its
        # longest word at least, and no wider than the heading on one line (KS4's headings
        # go on three lines so that its cards print on one).
        assert card > max(ticks) * 2, widths
        heads = [c.text for c in table.rows[0].cells[1:]]
        style = sheet.styles["LP Table Header"]
        size = style.font.size.pt if style.font.size else 12.0
        font = style.font.name or "Arial"
        for head, tick in zip(heads, ticks, strict=True):
            words = [text_width(w, font, size, bold=True) for w in head.split()]
            assert max(words) <= tick / 20 <= text_width(head, font, size, bold=True) + 20, \
                (head, tick)


def test_letter_placeholders_are_highlighted_to_fill_in(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx"))
    runs = list(doc.element.body.iter(qn("w:r")))
    marked = ["".join(t.text for t in r.iter(qn("w:t"))) for r in runs
              if r.find(f"{qn('w:rPr')}/{qn('w:shd')}[@{qn('w:fill')}='{TINT}']") is not None]
    assert "[DSL's name]" in marked and "[School name]" in marked
    assert all(m.startswith("[") and m.endswith("]") for m in marked), marked
    # The draft's dates and class are fields like the rest, each in a run of its own: the
    # letter's date in the letterhead, the lesson's and the class under the heading, the
    # day the reply slip comes back by.
    for field in ("[letter date]", "[lesson date]", "[class]", "[reply-by date]"):
        assert field in marked, (field, marked)
    text = _text(built_packs / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx")
    assert "Date: [letter date]" in text and "Lesson date: [lesson date]" in text
    # Ruled lines only where a parent writes (the signature's is the school's signer's).
    assert "Date: ____" not in text and "Lesson date: \t" not in text, text
    assert "by ____" not in text, text
    # The letter after the lesson: its slip's day is the same field, not a ruled blank.
    after = Document(str(built_packs / "live-streaming-ks2"
                         / "live-streaming-ks2-letter-home-after.docx"))
    marked = ["".join(t.text for t in r.iter(qn("w:t")))
              for r in after.element.body.iter(qn("w:r"))
              if r.find(f"{qn('w:rPr')}/{qn('w:shd')}[@{qn('w:fill')}='{TINT}']") is not None]
    assert "[reply-by date]" in marked, marked
    after_text = _text(built_packs / "live-streaming-ks2"
                       / "live-streaming-ks2-letter-home-after.docx")
    assert "by [reply-by date]." in after_text and "by ____" not in after_text, after_text


def test_story_question_is_in_its_box_and_the_box_never_splits(built_packs: Path) -> None:
    sheet = Document(str(built_packs / "live-streaming-ks2" / "live-streaming-ks2-worksheet.docx"))
    lesson = _lesson("ks2")
    for cycle in (c for c in lesson.cycles if c.scenario):
        box = next(t for t in sheet.tables
                   if typographic(cycle.scenario.character) in t.cell(0, 0).text
                   and typographic(cycle.scenario.story) in t.cell(0, 0).text)
        last = box.cell(0, 0).paragraphs[-1]
        assert last.text == typographic(f"Talk with a partner: {cycle.scenario.question}")
        assert last.runs[0].bold
        assert box._tbl.find(f".//{W}cantSplit") is not None


def test_baseline_has_a_start_and_an_end_row_per_statement(built_packs: Path) -> None:
    sheet = Document(str(built_packs / "live-streaming-ks3" / "live-streaming-ks3-worksheet.docx"))
    table = next(t for t in sheet.tables if t.cell(0, 0).text == "Statement")
    statements = _lesson("ks3").starter.statements
    assert [r.cells[1].text for r in table.rows[1:]] == ["Start", "End"] * len(statements)
    # The statement spans its two rows (one merged cell, read once).
    assert [table.cell(2 * i + 1, 0).text for i in range(len(statements))] == [
        s.text for s in statements]
    assert table.cell(1, 0)._tc is table.cell(2, 0)._tc


def test_lesson_plan_timings_give_each_stage_its_slides() -> None:
    from lessonpack.plan.model import Table
    from lessonpack.plan.pack import plan_pack

    index = load(())
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        lesson = _lesson(audience)
        pack = plan_pack(lesson, index.facts, Brand())
        deck, plan = pack.decks[0], pack.documents[1]
        sheet = next(b for b in plan.blocks if isinstance(b, Table) and "Slides" in b.header)
        column = sheet.header.index("Slides")
        # The follow-up row ("Later, 10") is after the lesson and a core route's spare
        # minutes ("Spare if short of time") are no stage: neither has slides.
        timings = [row[column] for row in sheet.rows if not row[0].startswith("Later")
                   and not row[column + 1].startswith("Spare")]
        ranges = [re.fullmatch(r"(\d+)(?:–(\d+))?", t) for t in timings]
        assert all(ranges), timings
        spans = [(int(m[1]), int(m[2] or m[1])) for m in ranges]
        # The stages cover the deck in order, from slide 1 to its last, without gaps.
        assert spans[0][0] == 1 and spans[-1][1] == len(deck.slides), spans
        assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(spans)), spans
        # Each cycle's range holds its own task slide; the plenary's, the exit quiz.
        for (first, last), cycle in zip(spans[1:-1], lesson.cycles, strict=True):
            titles = [s.title for s in deck.slides[first - 1:last]]
            # A sort on the 11-16s' sheet is one slide that says where ("…: on your sheet",
            # "…? On your sheet").
            assert any(t == cycle.task.title or t.startswith(f"{cycle.task.title}: ")
                       or t.startswith(f"{cycle.task.title} On ")
                       for t in titles), (audience, cycle.task.title, titles)
        # The exit quiz is asked in the plenary's range: a slide a question (KS1) or one slide
        # listing them all (readers), so look in each slide's title and what it shows.
        plenary = deck.slides[spans[-1][0] - 1:]
        question = lesson.exit_quiz[0].question
        assert any(question in s.title or question in repr(s.payload) for s in plenary), (
            audience, [s.title for s in plenary])


def test_figures_sharing_an_opening_say_it_once() -> None:
    from lessonpack.plan.parents.parents_figures import _said_once

    boys = "Of the 175 sextortion reports the IWF acted on in 2024, 138 (79%) involved boys."
    girls = "Of the 175 sextortion reports the IWF acted on in 2024, 37 (21%) involved girls."
    assert _said_once([boys, girls]) == (
        "Of the 175 sextortion reports the IWF acted on in 2024, 138 (79%) involved boys; "
        "37 (21%) involved girls.")
    # Different openings are left as they are.
    other = "74% of the boys surveyed did not see a request for images as a warning sign."
    assert _said_once([boys, other]) == f"{boys} {other}"


def test_exit_quiz_is_kept_on_one_page(built_packs: Path) -> None:
    """Each pair of questions is a one-row table that never splits; every pair but the last
    keeps with the next (its paragraphs and the spacer under it)."""
    doc = Document(str(built_packs / "live-streaming-ks4" / "live-streaming-ks4-worksheet.docx"))
    body = list(doc.element.body)
    question = doc.styles["LP Question"].style_id
    tables = [el for el in body if el.tag == qn("w:tbl") and any(
        s.get(qn("w:val")) == question for s in el.iter(qn("w:pStyle")))]
    assert len(tables) == -(-len(_lesson("ks4").exit_quiz) // 2)
    for table in tables:
        assert table.find(f".//{qn('w:cantSplit')}") is not None
    for table in tables[:-1]:
        keeps = [p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") for p in table.iter(qn("w:p"))]
        assert all(k is not None and k.get(qn("w:val")) is None for k in keeps)
        spacer = table.getnext()
        assert spacer.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def test_handout_lists_never_split_over_a_page(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-parents" /
                       "live-streaming-parents-handout.docx"))
    pairs = [t for t in doc.tables if len(t.columns) == 2 and len(t.rows) == 1]
    assert len(pairs) == 2
    for table in pairs:  # LibreOffice splits an item mid-sentence in a row that may split
        assert table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None


def test_trainer_delivered_lesson_keeps_the_schools_letter(tmp_path: Path) -> None:
    """A visiting trainer's lesson (brand.delivered_by): the letter home and the parents'
    handout are the school's (its letterhead and signatory), the trainer credited only at
    the page foot; the plan's first page says who delivers it; an unknown date is a line."""
    from lessonpack.cli import main

    logo = Path(__file__).parent.parent / "examples/brands/oakfield-primary/logo.png"
    brand = tmp_path / "brand.yml"
    brand.write_text(f"org_name: Ashgrove Primary School\nlogo: {logo}\n"
                     "delivered_by: Northshire Online Safety Team\n"
                     "address: Ashgrove Road, Ashford AS4 7QT\nphone: 01632 960 500\n"
                     "dsl_name: Mrs Helen Okafor\nclass_teacher: Mr Daniel Price\n",
                     encoding="utf-8")
    assert main(["build", "-a", "ks2", "-a", "parents", "--brand", str(brand), "--out",
                 str(tmp_path / "o"), "-q", "-j", "1", "-f", "docx"]) == 0
    letter = tmp_path / "o/live-streaming-ks2/live-streaming-ks2-letter-home.docx"
    doc = Document(str(letter))
    text = _text(letter)
    head = doc.tables[0]  # the letterhead: the school's name and address, its crest
    assert "Ashgrove Primary School" in head.rows[0].cells[1].text
    assert "Ashgrove Road" in head.rows[0].cells[1].text
    assert head._tbl.xpath(".//pic:pic")
    # Never from, nor signed by, the trainer: the body names the visiting team only to say
    # who teaches the lesson.
    visiting = ("A visiting trainer from the Northshire Online Safety Team will teach it, "
                "with Mr Daniel Price in the room.")
    assert visiting in text
    assert "Northshire" not in text.replace(visiting, "")
    assert "Mr Daniel Price\nClass teacher, Ashgrove Primary School" in text
    # No credit at the page foot: the body names the team, and a footer printed under the
    # reply slip, cut off with it.
    footer = "".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert "Northshire" not in footer
    # The brand names no local service: every letter asks for the council's 24-hour line.
    assert "[council's 24-hour number] · In danger now: 999" in text
    assert "Lesson date: [lesson date]" in text and "[" not in text.split("Reply slip")[0].replace(
        "[lesson date]", "").replace("[deputy DSL's name]", "").replace(
        "[school phone]", "").replace("[council's 24-hour number]", "")
    handout = Document(str(tmp_path / "o/live-streaming-parents/"
                           "live-streaming-parents-handout.docx"))
    foot = "".join(p.text for p in handout.sections[0].footer.paragraphs)
    assert foot.startswith("Session delivered by Northshire Online Safety Team")
    assert "Ashgrove Primary School" in "".join(
        p.text for p in handout.sections[0].header.paragraphs)
    plan = Document(str(tmp_path / "o/live-streaming-ks2/live-streaming-ks2-lesson-plan.docx"))
    # Page one: the crib, then who is who (the DSL named) above the resources.
    texts = [p.text for p in plan.paragraphs]
    first = "\n".join(texts[:texts.index("Before you teach")])
    # The visiting team is credited in every page's footer (page one names the DSL only).
    assert "Delivered by Northshire Online Safety Team" in "".join(
        p.text for p in plan.sections[0].footer.paragraphs)
    assert "DSL: Mrs Helen Okafor" in first
    assert "Class teacher: Mr Daniel Price" in first and "Date: \t" in first


def test_fill_in_check_gives_way_to_the_fill_in_first_box() -> None:
    """The checklist's "no [bracketed] field is left" item is never printed: a pack with
    fields left lists each file and field in its plan's "Fill in first" box instead
    (tests/test_fill_in_first.py), and one with none has nothing to hunt for."""
    from lessonpack.plan.safeguarding_checks import without_fill_in_check

    checks = ("Before printing, check: no [bracketed] field is left on any page.",
              "Set up the question box.")
    assert without_fill_in_check(checks) == checks[1:]


def test_school_without_a_crest_never_gets_the_trainers_logo_on_its_letter(
        tmp_path: Path) -> None:
    """--school without a crest: the trainer's logo stays on their own documents (a plan's
    header) but not on the school's letter home or handout, which print the school's name
    without a logo (and without a [School logo] slot: the school chose to give none)."""
    from lessonpack.cli import main

    root = Path(__file__).parent.parent
    school = tmp_path / "school.yml"
    school.write_text("name: Beech Hill Primary School\ndsl_name: Mrs A Khan\n",
                      encoding="utf-8")
    assert main(["build", "-a", "ks2", "-a", "parents", "--brand",
                 str(root / "examples/brands/northshire-online-safety/brand.yml"),
                 "--school", str(school), "--out", str(tmp_path / "o"), "-q", "-j", "1",
                 "-f", "docx"]) == 0
    out = tmp_path / "o"
    letter = Document(str(out / "live-streaming-ks2/live-streaming-ks2-letter-home.docx"))
    assert not letter.element.body.xpath(".//pic:pic")
    assert "[School logo]" not in _text(out / "live-streaming-ks2/"
                                        "live-streaming-ks2-letter-home.docx")
    handout = Document(str(out / "live-streaming-parents/live-streaming-parents-handout.docx"))
    assert not handout.sections[0].header._element.xpath(".//pic:pic")
    plan = Document(str(out / "live-streaming-ks2/live-streaming-ks2-lesson-plan.docx"))
    assert plan.sections[0].header._element.xpath(".//pic:pic")  # the trainer's own document


def test_follow_up_after_the_lesson_has_its_own_running_sheet_row() -> None:
    """KS1's sheet work done later the same day is on the running sheet with its minutes,
    after the plenary and outside the lesson's; a lesson without a follow-up has no such row."""
    from lessonpack.plan.model import Table
    from lessonpack.plan.pack import plan_pack

    index = load(())
    for audience in ("ks1", "ks2"):
        lesson = _lesson(audience)
        plan = plan_pack(lesson, index.facts, Brand()).documents[1]
        sheet = next(b for b in plan.blocks if isinstance(b, Table) and "Slides" in b.header)
        later = [row for row in sheet.rows if row[0].startswith("Later")]
        if lesson.follow_up is None:
            assert later == []
            continue
        assert later == [sheet.rows[-1]]
        assert later[0][0] == f"Later, {lesson.follow_up.minutes}"
        assert lesson.follow_up.what in later[0][2]
        # The lesson's own rows still end at its length.
        assert sheet.rows[-2][0].endswith(f"–{lesson.duration_minutes}")
