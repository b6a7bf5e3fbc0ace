"""A pack that still has [fields] to fill in opens its lesson plan with one "Fill in first" box
naming every file that carries one, read back from the files themselves; so does a pack built
from an example file (its made-up contacts are on the fill-in tint too); a school's complete
pack has no box. Each school's own plan says what to do at short notice."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.fill_ins import FIELD, field_of
from lessonpack.content.model import Lesson
from lessonpack.plan.fill_in_first import TITLE, file_title
from lessonpack.plan.lesson_plan import SHORT_NOTICE_RSE
from lessonpack.plan.model import Callout
from lessonpack.plan.pack import plan_pack
from lessonpack.render.fill_in_marks import TINT

ROOT = Path(__file__).resolve().parent.parent
OAKFIELD = ROOT / "examples/brands/oakfield-primary/brand.yml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _build(out: Path, audience: str, *brand: str) -> Path:
    assert main(["build", "-a", audience, "--out", str(out), "--quiet", "-j", "1",
                 *brand]) == 0
    return next(out.iterdir())


def _has_field(path: Path) -> bool:
    """Whether a built file shows a [field]: a document's body, or a shown slide's text."""
    with zipfile.ZipFile(path) as z:
        if path.suffix == ".docx":
            body = etree.fromstring(z.read("word/document.xml"))
            paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t"))
                          for p in body.iter(f"{W}p")]
            return any(FIELD.search(p) for p in paragraphs)
        for name in z.namelist():
            if re.fullmatch(r"ppt/slides/slide\d+\.xml", name):
                slide = etree.fromstring(z.read(name))
                words = "".join(t.text or "" for t in slide.iter(f"{A}t"))
                if slide.get("show") == "0":
                    # The hidden "fill these in" slide: it counts only where it asks for
                    # the names a pupils' school card leaves out (no bracket on that card).
                    if "type the names over those words" in words:
                        return True
                    continue
                if any(FIELD.search("".join(t.text or "" for t in p.iter(f"{A}t")))
                       for p in slide.iter(f"{A}p")):
                    return True
    return False


def _box(plan: Path) -> list[str]:
    """The rows of the plan's "Fill in first" box, "Title: what to change" each, or []: a
    one-cell table with the checklist nested under its title, a row a file, each ending
    in a box to tick."""
    doc = Document(str(plan))
    for table in doc.tables:
        cell = table.cell(0, 0)
        if cell.text.startswith(TITLE):
            (checks,) = cell.tables
            rows = [[c.text for c in row.cells] for row in checks.rows]
            assert rows and all(tick == "\u2610" for *_r, tick in rows), rows
            return [f"{title}: {what}" for title, what, _tick in rows]
    return []


def _titles(pack: Path) -> dict[str, str]:
    """Each file of ``pack`` by the plain title the box gives it."""
    return {file_title(p.name, pack.name): p.name for p in pack.iterdir()}


@pytest.mark.parametrize("audience", ["ks3", "parents"])
def test_the_box_names_exactly_the_files_with_a_field(built_packs: Path, audience: str) -> None:
    # A default pack: conftest's session build of every audience holds it.
    pack = built_packs / f"live-streaming-{audience}"
    plan = next(p for p in pack.iterdir()
                if p.name.endswith(("lesson-plan.docx", "facilitator-notes.docx")))
    lines = _box(plan)
    assert lines, "a default pack keeps [DSL's name]: its plan must list where"
    # A row a file, by its plain title ("Letter home (before)"), each title once.
    titles = [line.split(": ", 1)[0] for line in lines]
    assert len(titles) == len(set(titles)), titles
    named = {_titles(pack).get(t, t) for t in titles}
    with_fields = {p.name for p in pack.iterdir() if p != plan and _has_field(p)}
    # A lesson plan's own page-one line of who to reach is in [fields] too, and listed.
    own = {"This plan"} if "DSL: [DSL's name]" in _text(plan) else set()
    assert bool(own) is (audience == "ks3")
    assert named == with_fields | own
    # The box replaces the checklist's general "no [bracketed] field" line.
    assert "[bracketed]" not in _text(plan)
    if audience == "ks3":  # no letter date given: the plan says what to do at short notice
        after = f"{pack.name}-letter-home-after.docx"
        assert SHORT_NOTICE_RSE.format(file=after) in _text(plan)


def _printed_fields(path: Path) -> dict[str, list[str]]:
    """Every [field] a built file prints, by where: "header" and "footer" (a document's
    page furniture), "body", or a shown slide's title ("(1 of 2)" left off, as the box
    names a run of slides); speaker notes and hidden slides are never printed."""
    found: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            part = re.fullmatch(r"ppt/slides/slide\d+\.xml|word/(document|header|footer)\d*"
                                r"\.xml", name)
            if part is None:
                continue
            tree = etree.fromstring(z.read(name))
            if tree.get("show") == "0":
                continue
            ns = A if path.suffix == ".pptx" else W
            fields = [f for p in tree.iter(f"{ns}p")
                      for f in FIELD.findall("".join(t.text or "" for t in p.iter(f"{ns}t")))
                      if f not in ("[field]", "[bracketed]")]  # the plans' own guidance
            if not fields:
                continue
            where = {"document": "body"}.get(part.group(1), part.group(1))
            if where is None:  # a slide: its title
                title = next(("".join(t.text or "" for t in sp.iter(f"{A}t"))
                              for sp in tree.iter(f"{P}sp")
                              for ph in sp.iter(f"{P}ph")
                              if ph.get("type") in ("title", "ctrTitle")), name)
                where = re.sub(r"\s*\(\d+ of \d+\)$", "", " ".join(title.split()))
            found.setdefault(where, []).extend(fields)
    return found


def test_every_field_a_draft_prints_is_in_its_packs_list(built_packs: Path) -> None:
    """Every pack of the draft (no school's details): each file that prints a [field]
    has a line in the plan's "Fill in first" box, and the line names where: a document's
    page header ("header (logo and school name)": the parents' handout went home headed
    "[School logo] [School name]" while the list named only its table) and each slide by
    its title."""
    packs = sorted(p for p in built_packs.iterdir() if p.is_dir())
    assert len(packs) >= 5, packs
    for pack in packs:
        plan = next(p for p in pack.iterdir()
                    if p.name.endswith(("lesson-plan.docx", "facilitator-notes.docx")))
        titles = _titles(pack)
        lines = {titles.get(t, t): line for line in _box(plan)
                 for t in (line.split(": ", 1)[0],)}
        for path in sorted(pack.iterdir()):
            printed = _printed_fields(path) if path != plan else {}
            if not printed:
                continue
            assert path.name in lines, (path.name, printed, list(lines))
            line = lines[path.name].replace("\u201c", "").replace("\u201d", "")
            for where, fields in printed.items():
                if where == "body":  # a document's own headings and parts: named by the
                    continue         # box's other tests
                # The row's first word capitalised ("Header (logo and school name)").
                assert where.casefold() in line.casefold(), (path.name, where, fields, line)
        if pack.name == "live-streaming-parents":
            handout = lines[f"{pack.name}-handout.docx"]
            assert "Header (logo and school name)" in handout, handout


def test_every_persons_field_a_draft_prints_has_its_record(built_packs: Path) -> None:
    """Whose a field is comes from its typed record (content/fill_ins ``FILL_INS``), never
    from its words: every field a draft prints that names someone ("[DSL's name]") has
    one, or the lists would say it apart from that person's other fields."""
    printed = {" ".join(f.split()).replace("\u2019", "'")
               for pack in built_packs.iterdir() if pack.is_dir() for path in pack.iterdir()
               for fields in _printed_fields(path).values() for f in fields}
    persons = {f for f in printed if "'s " in f}
    assert "[DSL's name]" in persons and "[deputy DSL's name]" in persons, printed
    assert not [f for f in persons if not field_of(f).owner], persons


def _text(plan: Path) -> str:
    doc = Document(str(plan))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([*cells, *(p.text for p in doc.paragraphs)]).replace("’", "'")


def _highlighted(path: Path) -> bool:
    """Whether a built file prints anything on the fill-in tint (a shown slide, or a
    document's body, header or footer)."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist()
                 if re.fullmatch(r"ppt/slides/slide\d+\.xml|word/(document|header\d*|footer\d*)"
                                 r"\.xml", n)]
        trees = [etree.fromstring(z.read(n)) for n in parts]
    # A slide marks a fill-in with a:highlight, a document with a run shading of the tint.
    if path.suffix == ".pptx":
        return any(tree.get("show") != "0" and next(tree.iter(f"{A}highlight"), None) is not None
                   for tree in trees)
    return any(shd.get(f"{W}fill") == TINT for tree in trees for shd in tree.iter(f"{W}shd")
               if shd.getparent().tag == f"{W}rPr")


def test_an_example_pack_lists_its_made_up_contacts(oakfield_all: Path) -> None:
    """Oakfield is an example file: every contact prints in yellow, so its plan lists each
    file that carries them, exactly the files with yellow in them."""
    pack = oakfield_all / "live-streaming-ks1"  # conftest's session build of its brand
    plan = pack / "live-streaming-ks1-lesson-plan.docx"
    lines = _box(plan)
    assert lines, "an example pack prints made-up contacts in yellow: its plan must list them"
    # The plan's own made-up contacts (its DSL line, its disclosure box) are its "This
    # plan" row, as a plan's own [fields] are.
    titles = {**_titles(pack), "This plan": plan.name}
    named = {titles[line.split(": ", 1)[0]] for line in lines}
    assert "This plan" in {line.split(": ", 1)[0] for line in lines}, lines
    assert named == {p.name for p in pack.iterdir() if _highlighted(p)}


def _real_school(tmp_path: Path) -> Path:
    """Oakfield's brand file as a real school's: the same contacts, not marked example, and
    no lesson date (each build here gives one, or tests the pack without)."""
    text = OAKFIELD.read_text(encoding="utf-8").replace("example: true\n", "")
    text = "".join(line for line in text.splitlines(keepends=True)
                   if not line.startswith("lesson_date:"))
    assert "example:" not in text and "lesson_date:" not in text
    brand = tmp_path / "brand.yml"
    brand.write_text(text.replace("logo: logo.png", f"logo: {OAKFIELD.parent}/logo.png"),
                     encoding="utf-8")
    return brand


def test_a_complete_school_pack_has_no_box(tmp_path: Path) -> None:
    # Complete: the DSL's photo too (without it the box asks for it, as the build does).
    from PIL import Image

    brand = _real_school(tmp_path)
    Image.new("RGB", (300, 400), (180, 140, 120)).save(tmp_path / "dsl.png")
    brand.write_text(brand.read_text(encoding="utf-8") + "dsl_photo: dsl.png\n",
                     encoding="utf-8")
    # Complete: the lesson's date too (without it the letters print a [lesson date] field,
    # and the box names it).
    pack = _build(tmp_path / "out", "ks1", "--brand", str(brand),
                  "--lesson-date", "Monday 25 January 2027")
    plan = pack / "live-streaming-ks1-lesson-plan.docx"
    assert _box(plan) == []
    # Its letter is dated two weeks ahead (letter_date): no short-notice route to offer.
    assert "At short notice" not in _text(plan)
    undated = _build(tmp_path / "undated", "ks1", "--brand", str(brand))
    box = _box(undated / "live-streaming-ks1-lesson-plan.docx")
    assert [line.split(": ", 1)[0] for line in box] == ["Letter home (before)",
                                                         "Letter home (after)"], box
    # Undated, the letter's own date and reply-by day are fields with its lesson date (the
    # brand's letter date is not printed beside a blank lesson date): the row reaches the slip.
    assert box[0].endswith("Every yellow field, letterhead to reply slip"), box


def test_the_box_goes_in_the_teaching_plan_wherever_the_pack_lists_it() -> None:
    """The box is found a home by the document's kind, not its place in the pack: with a
    visiting trainer's visit brief and handover listed first, it still goes in the lesson
    plan, and in nothing else."""
    import dataclasses

    from lessonpack.content.brand import load_brand
    from lessonpack.content.loader import load_content
    from lessonpack.content.model import Audience, Lesson
    from lessonpack.content.school import apply_school_file, load_school
    from lessonpack.plan.fill_in_first import with_fill_in_first
    from lessonpack.plan.model import Callout
    from lessonpack.plan.pack import _planned

    brand = apply_school_file(
        load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
        load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))
    index = load_content()
    lesson = next(loaded.item for loaded in index.items.values()
                  if isinstance(loaded.item, Lesson) and loaded.item.audience is Audience.KS2)
    pack = _planned(lesson, index.facts, brand, None)
    reordered = dataclasses.replace(pack, documents=pack.documents[::-1])
    assert reordered.documents[0].kind == "handover"
    with_box = with_fill_in_first(reordered, brand)
    boxed = [d.filename for d in with_box.documents
             if any(isinstance(b, Callout) and b.title.startswith(TITLE) for b in d.blocks)]
    assert boxed == ["live-streaming-ks2-lesson-plan.docx"]


def _planned_box(audience: str, brand: Brand) -> str:
    """The "Fill in first" box of ``audience``'s plan as planned with ``brand``."""
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    plan = next(d for d in plan_pack(lesson, load().facts, brand).documents
                if d.kind == "lesson_plan")
    return next((_said(b) for b in plan.blocks
                 if isinstance(b, Callout) and b.title.startswith(TITLE)), "")


def _said(box: Callout) -> str:
    """The box's rows ("Slides: Slides 37–38 “Who can help”; …."), then its lines."""
    rows = "; ".join(f"{r.title}: {r.what}" for r in box.checks)
    return " ".join(filter(None, (f"{rows}." if rows else "", *box.lines)))


@pytest.mark.parametrize("audience", ["ks1", "ks3"])
def test_the_box_lists_the_help_slides_name_fields(audience: str) -> None:
    """The help slide's unnamed card carries a yellow field for each name: the box lists
    the slide and its fields as any other."""
    box = _planned_box(audience, DEFAULT_BRAND).replace("'", "’")
    assert re.search(r"Slides: Slides? [\d–, and]+ “Who can help”(, slide 1’s notes)?[;.]",
                     box), box
    assert "not yellow" not in box, box


def test_the_box_says_how_to_settle_the_letters_rse_choice() -> None:
    rse = "which part of RSHE the lesson is (ask your RSE lead)"
    assert rse in _planned_box("ks3", DEFAULT_BRAND)
    assert rse not in _planned_box("ks1", DEFAULT_BRAND)
    settled = DEFAULT_BRAND.model_copy(update={"rse_lesson": "relationships"})
    assert rse not in _planned_box("ks3", settled)


# What a teacher cannot act on: the brand file's keys and the command line's flags (the
# build's notes name them for whoever builds the pack).
BUILDERS_WORDS = ("parents_session", "rse_policy_url", "rse_lesson", "lesson_date", "--",
                  "brand file", "dsl_photo")


def test_the_box_names_what_the_letters_own_fields_need_in_a_teachers_words() -> None:
    """The letters' workshop line, policy address and dates: the box says what each still
    needs, in plain words, only for what the letters still leave; the keys that fill them
    for good are in the build's notes, not on the teacher's page."""
    box = _planned_box("ks3", DEFAULT_BRAND.model_copy(update={"parents_workshop": True}))
    # In the first letter's row. The dates are yellow fields in the letters, which their
    # rows send the teacher to.
    assert ("Letter home (before): Every yellow field, letterhead to reply slip. Also: the "
            "parents' workshop's date and place (or delete its line), where parents read your "
            "RSHE policy, which part of RSHE the lesson is (ask your RSE lead);"
            ) in box.replace("’", "'"), box
    assert not [w for w in BUILDERS_WORDS if w in box], box
    filled = DEFAULT_BRAND.model_copy(update={
        "parents_workshop": True, "parents_session_date": "Thursday 21 January 2027, 6pm",
        "parents_session_venue": "the hall", "rse_policy_url": "www.example.org/rshe",
        "lesson_date": "Wednesday 20 January 2027", "rse_lesson": "relationships",
        "safeguarding_contact": "01632 960 000", "class_name": "Year 8"})
    assert "Also:" not in _planned_box("ks3", filled)


def test_the_box_names_every_field_of_a_letter_and_the_decks_notes() -> None:
    """A letter of [fields] alone is said short, every yellow field from its first part to
    its last (its one page), and the letter after as the letter before: no "… and 9 more"
    for a teacher to find alone. The deck's places are its slides by number, and the title
    slide's notes ("phone [school phone], ask for the DSL") are a place too."""
    box = _planned_box("ks3", DEFAULT_BRAND)
    assert "more" not in box and "made-up contact" not in box, box
    assert "Letter home (before): Every yellow field, letterhead to reply slip. Also:" in box, box
    assert re.search(r"Letter home \(after\): (As the letter before|Every yellow field, "
                     r"letterhead to reply slip);", box), box
    lesson = load().items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    deck = plan_pack(lesson, load().facts, DEFAULT_BRAND).decks[0]
    # The first of the help slides: the school's card, with its fields, is on it.
    help_at = next(n for n, s in enumerate(deck.slides, 1) if s.title.startswith("Who can help"))
    assert f"Slides: Slide {help_at} “Who can help”, slide 1’s notes;" in box, box


def test_an_examples_made_up_names_are_named_by_the_file_they_print_in() -> None:
    """Ashgrove's letters print made-up staff: each name is in the box, on the row of the
    file it first prints in, not counted ("15 made-up contacts"); a letter's one page is
    said short, its yellow from the letterhead to its last part."""
    from lessonpack.content.brand import load_brand
    from lessonpack.content.school import apply_school_file, load_school

    brand = apply_school_file(
        load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
        load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))
    box = _planned_box("ks1", brand)
    assert "made-up contact" not in box and "more" not in box, box
    letter = box.split("Letter home (before): ", 1)[1].split(";", 1)[0]
    # Its reply slip names the class teacher, as the letter after the lesson's does: named
    # first on slide 1 ("Mrs Evans"), with the trainer in its notes, so only the head is new.
    assert letter.startswith("Every yellow field, letterhead to reply slip "
                             "(Mrs Sarah Whitfield)"), letter
    # The help slide's "Mrs Okafor" is the letter's "Mrs Helen Okafor": named once, first.
    # Only the help slide that prints them: the run's second slide (a trusted grown-up,
    # Childline) has no school details. Slide 1's class line and notes are yellow too.
    assert re.search(r"Slides: Slide 1 \(Mrs Evans\), Slide \d+ “Who can help” "
                     r"\(Mrs Okafor, Mr Price\), slide 1’s notes \(Sam Carter\);", box), box
    # Their places are marked on the slides as the names are, but are not people.
    assert "school hall" not in box and "reception" not in box, box
    assert "Helen Okafor" not in box, box
    # Each name once, where it is first found: the handover's "Sam Carter" is the letter's.
    # (The photos' line after the files' list names the trainer as who puts them in.)
    listed = box.split(" Photos for", 1)[0]
    assert listed.count("Sam Carter") == 1, box
    # The letter after the lesson has the same parts (its paragraph opens otherwise, its
    # reply slip names the same class teacher), and the handover a field in each of its
    # three sections: both said short, so the box keeps to page one.
    assert "Letter home (after): As the letter before;" in box, box
    # Said by what its fields are, so the night before there is something to check.
    # (The disclosure item's fallback names the head, with a phone.)
    assert ("Handover: Every section: DSL’s name and phone, deputy’s name and phone, "
            "trainer’s name, headteacher’s name and phone;") in box, box
    # The plan's own DSL line and disclosure box print the made-up contacts too.
    assert "This plan: The DSL line above the answers, “If a child discloses”" in box, box


def test_a_made_up_place_is_known_by_its_brand_field_not_by_how_it_reads() -> None:
    """A place the school file types for its leads ("Rowan Room", capitalised with no "by"
    or "the", as a person's name is) is marked yellow on the help slide as their names are,
    but the box names only the people: the place is known from the contact fields."""
    from lessonpack.content.brand import load_brand
    from lessonpack.content.school import apply_school_file, load_school

    brand = apply_school_file(
        load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
        load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))
    rooms = brand.model_copy(update={
        "safeguarding_contact": "Rowan Room; 01632 960419",
        "deputy_dsl_contact": "Ash Room, next to reception; 01632 960420"})
    for audience in ("ks1", "ks2"):
        box = _planned_box(audience, rooms)
        assert re.search(r"Slide \d+ “Who can help” \(Mrs Okafor, Mr Price\)[;,]", box), box
        assert "Rowan Room" not in box and "Ash Room" not in box, box


def test_the_box_asks_for_the_dsls_photo_as_the_build_does() -> None:
    """KS1's help slide draws a named DSL for want of a photo: the box asks for it (and the
    deputy's, where one is named), as the build's note does; not once it is given, not for
    older pupils' packs (KS2's page one has no room: the build asks), and not where the
    slide names nobody."""
    audience = "ks1"
    from lessonpack.content.brand import Photo, load_brand

    brand = load_brand(OAKFIELD).brand
    box = _planned_box(audience, brand).replace("’", "'")
    assert "Photos for “Who can help”" in box.replace("'", "’"), box
    # In the teacher's words, as the hidden slide says it: no key, no rebuild.
    assert ("ask the DSL and the deputy, then right-click each drawing, Change "
            "Picture.") in box, box
    assert "dsl_photo" not in box and "build again" not in box, box
    assert "Photos for" not in _planned_box("ks2", brand)
    assert "Photos for" not in _planned_box(audience, DEFAULT_BRAND)
    photo = Photo(OAKFIELD.parent / "logo.png", "0" * 40)
    assert "Photos for" not in _planned_box(audience, brand.model_copy(
        update={"dsl_photo": photo}))


def test_a_visits_box_names_who_puts_the_photos_in_and_by_when() -> None:
    """A visit's plan goes to the school's DSL, who has no school file and no build: the
    box says who sends the photos and who puts them in, by the visit brief's dates, never
    the tool's steps (the build's own notes tell the trainer those)."""
    from lessonpack.content.brand import load_brand
    from lessonpack.content.school import apply_school_file, load_school

    brand = apply_school_file(
        load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
        load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))
    box = _planned_box("ks1", brand).replace("’", "'")
    assert ("Photos for “Who can help” (drawn until given): Mrs Okafor emails Sam Carter "
            "both photos, with consent, by Wed 16 Dec. Sam Carter puts them in and re-sends "
            "the slides by Fri 18 Dec.") in box, box
    assert "school file" not in box and "build" not in box, box
    # KS2's help slide draws the DSL alone: one photo, asked for in its plan too.
    ks2 = _planned_box("ks2", brand).replace("’", "'")
    assert ("Photos for “Who can help” (drawn until given): Mrs Okafor emails Sam Carter "
            "a photo, with consent, by Wed 16 Dec. Sam Carter puts it in and re-sends "
            "the slides by Fri 18 Dec.") in ks2, ks2
    # Undated, the brief's rows say when in words, and so does the box.
    undated = _planned_box("ks1", brand.model_copy(update={"lesson_date": "",
                                                           "letter_date": ""}))
    assert "emails Sam Carter both photos, with consent, with the files. Sam Carter puts " \
        "them in and re-sends the slides a school week after the files." in undated, undated


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_the_box_is_above_every_plans_answers(audience: str) -> None:
    """The box ends page one in every plan: above the answers (read in the lesson, they may
    open page two). Under them, a plan whose running sheet and answers filled page one
    (KS1's, a secondary plan's, KS2's serving every year) had its box open page two, unseen
    by a teacher preparing from page one. Always before the ground rules and the disclosure
    steps, which open page two."""
    from lessonpack.plan.lesson_steps import GROUND_RULES
    from lessonpack.plan.model import Heading, Paragraph, Role
    from lessonpack.plan.plan_crib import ANSWERS

    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    plan = next(d for d in plan_pack(lesson, load().facts, DEFAULT_BRAND).documents
                if d.kind == "lesson_plan")
    at = {b.text: i for i, b in enumerate(plan.blocks) if isinstance(b, Heading)}
    box = next(i for i, b in enumerate(plan.blocks)
               if isinstance(b, Callout) and b.title.startswith(TITLE))
    assert box < at[GROUND_RULES]
    # Right under it, the line of who to reach in [fields] (its last line names it), then
    # the answers.
    who = plan.blocks[box + 1]
    assert isinstance(who, Paragraph) and who.role is Role.WHO_TO_REACH, who
    assert who.text.startswith("DSL: [DSL's name]") and "[school phone]" in who.text, who
    assert box + 2 == at[ANSWERS], audience


def _letters_lines(*docs: tuple[str, str]) -> list[str]:
    """The box's lines for KS1's letter home (it prints fields in the default look) copied
    as each (kind, file name) of ``docs``, in that order."""
    import dataclasses

    from lessonpack.plan.fill_in_first import fill_in_lines
    from lessonpack.plan.model import PackPlan

    lesson = load().items["live-streaming-ks1"].item
    assert isinstance(lesson, Lesson)
    pack = plan_pack(lesson, load().facts, DEFAULT_BRAND)
    letter = next(d for d in pack.documents if d.filename.endswith("-letter-home.docx"))
    copies = tuple(dataclasses.replace(letter, kind=kind, filename=name) for kind, name in docs)
    return list(fill_in_lines(PackPlan("p", documents=copies), "none"))


def test_as_the_letter_before_is_said_of_a_letter_by_its_kind_not_its_file_name() -> None:
    """"as the letter before" compares a letter with the letter before it, found by the
    document's kind: a renamed letter is still one, and files that are not letters (a guide
    to the letter, a handout) are never said to be one, however alike their places."""
    renamed = _letters_lines(("letter", "p-note-home.docx"), ("letter", "p-reply.docx"))
    # A letter of [fields] alone is said short; the next letter, as the letter before.
    assert renamed == ["p-note-home.docx: Every yellow field, letterhead to reply slip",
                       "p-reply.docx: As the letter before"], renamed
    alike = _letters_lines(("handout", "p-letter-guide.docx"),
                           ("handout", "p-letter-notes.docx"),
                           ("letter", "p-letter-home.docx"))
    assert not [line for line in alike if "as the letter before" in line], alike
    # A handout's header names the school (plan/header_fill_ins), then the letter's places.
    assert alike[1].startswith("p-letter-notes.docx: Header (logo and school name), "
                               "letterhead"), alike


def _hidden_lines(deck: Path) -> list[str]:
    """The body lines of the deck's hidden "Before you teach" slide."""
    from pptx import Presentation

    prs = Presentation(str(deck))
    hidden = [s for s in prs.slides if s.element.get("show") == "0"
              and s.shapes.title is not None and s.shapes.title.text.startswith("Before you")]
    assert len(hidden) == 1, deck.name
    return [p.text for sh in hidden[0].placeholders if sh.placeholder_format.idx != 0
            for p in sh.text_frame.paragraphs if p.text.strip()]


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_a_drafts_hidden_list_names_the_logo_its_draft_strip_names(built_packs: Path,
                                                                   audience: str) -> None:
    """The title slide's "Draft" strip asks for the school logo first; the hidden list a
    teacher works through named only the bracketed fields, so the logo was left out."""
    deck = built_packs / f"live-streaming-{audience}" / f"live-streaming-{audience}-slides.pptx"
    # The fields' list, after any note of which classes the deck's stories are for.
    lines = [x for x in _hidden_lines(deck) if not x.startswith("This deck tells")]
    assert lines[0].startswith("Slide 1 · Title slide: your school logo"), lines
    assert sum("logo" in line for line in lines) == 1, lines


def test_a_branded_deck_with_its_logo_is_not_asked_for_one(oakfield_all: Path) -> None:
    pack = oakfield_all / "live-streaming-ks1"  # conftest's session build of its brand
    deck = pack / "live-streaming-ks1-slides.pptx"
    from pptx import Presentation

    hidden = [s for s in Presentation(str(deck)).slides if s.element.get("show") == "0"]
    said = " ".join(sh.text_frame.text for s in hidden for sh in s.shapes if sh.has_text_frame)
    assert "school logo" not in said.lower()


@pytest.mark.parametrize(("audience", "where"), [("ks1", "([where to find them])"),
                                                 ("ks3", "both: [DSL's room]")])
def test_a_plan_with_no_school_file_gives_who_to_reach_in_fields(audience: str,
                                                                 where: str) -> None:
    """Page one names whom to call in the lesson: a school's real people from its file, and
    with none, the same line in [fields] (yellow in the plan: ``STAFF_FIELDS``), which the
    box above it lists as this plan's."""
    from lessonpack.content.fill_ins import fill_in_pattern
    from lessonpack.plan.model import Paragraph, Role

    def who(brand: Brand) -> tuple[str, str]:
        lesson = load().items[f"live-streaming-{audience}"].item
        assert isinstance(lesson, Lesson)
        plan = next(d for d in plan_pack(lesson, load().facts, brand).documents
                    if d.kind == "lesson_plan")
        line = next(b.text for b in plan.blocks
                    if isinstance(b, Paragraph) and b.role is Role.WHO_TO_REACH)
        box = next(b for b in plan.blocks if isinstance(b, Callout)
                   and b.title.startswith(TITLE))
        return line, _said(box)

    line, box = who(DEFAULT_BRAND)
    assert line.startswith("DSL: [DSL's name]") and "deputy [deputy DSL's name]" in line
    assert where in line and line.endswith("phone [school phone], ask for the DSL"), line
    staff = fill_in_pattern(DEFAULT_BRAND, brackets=False)
    assert staff is not None
    assert "[" not in staff.sub("", line), line  # every field yellow
    assert "This plan: The DSL line above the answers" in box
    school = DEFAULT_BRAND.model_copy(update={
        "org_name": "Real School", "dsl_name": "Mrs Jo Real", "deputy_dsl_name": "Mr Al Two",
        "safeguarding_contact": "school office", "phone": "0113 222 4000"})
    line, box = who(school)
    assert line.startswith("DSL: Mrs Jo Real (school office), deputy Mr Al Two"), line
    assert "[" not in line and "The DSL line" not in box
    # The disclosure box's fallback when neither lead is free (the head and the council's
    # line this school file leaves out): its row names the box they print in.
    assert "This plan: \u201cIf a child discloses\u201d" in box, box


def _slide_numbers(line: str) -> set[int]:
    """The slides a "Slides" row names: "Slide 1 (…), Slides 35–36 “…”, slide 1’s notes"
    gives 1, 35 and 36 (the notes are read apart: ``_notes_named``)."""
    numbers: set[int] = set()
    for said in re.findall(r"\bSlides? (\d+(?:(?:–|, | and )\d+)*)", line):
        for part in re.split(r", | and ", said):
            first, _, last = part.partition("–")
            numbers.update(range(int(first), int(last or first) + 1))
    return numbers


def _notes_named(line: str) -> set[int]:
    return {int(n) for n in re.findall(r"slide (\d+)’s notes", line)}


def _yellow_slides(deck: Path) -> tuple[set[int], set[int]]:
    """The numbers of the slides with a run on the fill-in tint, and of those whose notes
    have one, leaving out the deck's own hidden list of what to fill in ("Before you
    teach", which repeats the box)."""
    on_slide: set[int] = set()
    in_notes: set[int] = set()
    with zipfile.ZipFile(deck) as z:
        for name in z.namelist():
            found = re.fullmatch(r"ppt/(slides|notesSlides)/(?:slide|notesSlide)(\d+)\.xml", name)
            if found is None:
                continue
            tree = etree.fromstring(z.read(name))
            if next(tree.iter(f"{A}highlight"), None) is None:
                continue
            if found[1] == "notesSlides":
                # A notes part's number is not its slide's: its slide is its relationship's.
                rels = z.read(f"ppt/notesSlides/_rels/notesSlide{found[2]}.xml.rels").decode()
                in_notes.add(int(re.search(r"slides/slide(\d+)\.xml", rels)[1]))
                continue
            words = "".join(t.text or "" for t in tree.iter(f"{A}t"))
            if tree.get("show") == "0" and "Before you teach" in words:
                continue
            on_slide.add(int(found[2]))
    return on_slide, in_notes


def test_an_example_class_pack_names_every_yellow_slide_and_notes(oakfield_all: Path) -> None:
    """Every slide of a named class's deck with anything yellow on it is in the box's
    Slides row, and every slide whose notes have: Oakfield Year 4's box named only slide
    35, while slide 1 showed the class teacher ("Year 4 (Mr Okoro)") in yellow and its
    notes gave a made-up DSL and phone to ring mid-lesson."""
    for folder in ("live-streaming-ks1", "live-streaming-ks2-year-4",
                   "live-streaming-ks2-year-6"):
        pack = oakfield_all / folder
        (deck,) = pack.glob("*-slides.pptx")
        (row,) = [line for line in _box(next(pack.glob("*-lesson-plan.docx")))
                  if line.startswith("Slides: ")]
        on_slide, in_notes = _yellow_slides(deck)
        assert 1 in on_slide and 1 in in_notes, (folder, on_slide, in_notes)
        assert _slide_numbers(row) == on_slide, (folder, row, on_slide)
        assert _notes_named(row) == in_notes, (folder, row, in_notes)
