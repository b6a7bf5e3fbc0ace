"""A visiting trainer's two papers for the school: the visit brief (a dated row per file,
who acts on it) and the class teacher's handover sheet. Reopens the built files."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from lessonpack.cli import main
from lessonpack.plan.letter.school import SIGN_LINE

ROOT = Path(__file__).resolve().parent.parent
TEAM_FILE = ROOT / "examples/brands/northshire-online-safety/brand.yml"
SCHOOL_FILE = ROOT / "examples/schools/ashgrove-primary/school.yml"
VISIT = ["--brand", str(TEAM_FILE), "--template",
         str(ROOT / "examples/templates/brightpath-training"), "--school", str(SCHOOL_FILE)]

# Who and where, read from the example files the packs are built from, so a new name there
# changes no test. The days (Wed 6 Jan, Fri 15 Jan) stay written out: they are what the
# brief works out from the school file's dates, and the tests check that arithmetic.
TEAM_YML = yaml.safe_load(TEAM_FILE.read_text(encoding="utf-8"))
SCHOOL_YML = yaml.safe_load(SCHOOL_FILE.read_text(encoding="utf-8"))
TEAM, TRAINER = TEAM_YML["org_name"], SCHOOL_YML["trainer_name"]
DSL, DEPUTY = SCHOOL_YML["dsl_name"], SCHOOL_YML["deputy_dsl_name"]
DSL_PHONE = SCHOOL_YML["safeguarding_contact"].rsplit("; ", 1)[1]
TEACHER, HEAD = SCHOOL_YML["class_teacher"], SCHOOL_YML["letter_signatory"]
KS1_CLASS, KS1_TEACHER = SCHOOL_YML["classes"][0].split(", ")
KS2_CLASS, SIZES = SCHOOL_YML["class_name"], SCHOOL_YML["class_sizes"]
EVENING, VENUE = SCHOOL_YML["parents_session_date"], SCHOOL_YML["parents_session_venue"]
# The team's own office; the school file's replace them as the pack's phone and email.
TEAM_PHONE, TEAM_EMAIL = TEAM_YML["phone"], TEAM_YML["email"]
TRAINER_PHONE, SCHOOL_PHONE = SCHOOL_YML["trainer_phone"], SCHOOL_YML["phone"]


# The day's brief is at the build's root, named by the school and the day.
DAY_BRIEF = "live-streaming-visit-brief-ashgrove-primary-school-2027-01-22.docx"


def _school_file(folder: Path, **changes: object) -> Path:
    """Ashgrove's file with ``changes`` (None drops a field), its crest by full path."""
    data = {**SCHOOL_YML, "logo": str(SCHOOL_FILE.parent / SCHOOL_YML["logo"]), **changes}
    path = folder / "school.yml"
    path.write_text(yaml.safe_dump({k: v for k, v in data.items() if v is not None}),
                    encoding="utf-8")
    return path


def _visiting(school: Path) -> list[str]:
    return [*VISIT[:-1], str(school)]


@pytest.fixture(scope="module")
def one_class(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A visit booked for Year 4 alone, its parents' evening the next Thursday: the brief
    is Year 4's own; the parents' pack keeps a brief of its own."""
    out = tmp_path_factory.mktemp("visit")
    school = _school_file(out, classes=None, class_sizes={KS2_CLASS: SIZES[KS2_CLASS]},
                          lesson_times={KS2_CLASS: SCHOOL_YML["lesson_times"][KS2_CLASS]},
                          parents_session_date="Thursday 28 January 2027, 6pm")
    assert main(["build", "-k", "ks2", "-a", "parents", "-f", "docx", "-q", "--out",
                 str(out / "built"), *_visiting(school)]) == 0
    return out / "built"


@pytest.fixture(scope="module")
def ks2(one_class: Path) -> Path:
    return one_class / "live-streaming-ks2"


def _short(name: str) -> str:
    """A person as the briefs' narrow "Who" column names them: "Mrs Okafor"."""
    words = name.split()
    return f"{words[0]} {words[-1]}"


def _text(path: Path) -> str:
    doc = docx.Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _rows(path: Path) -> list[list[str]]:
    # The table of jobs: the "On the day" box above it is a table too.
    table = next(t for t in docx.Document(str(path)).tables
                 if t.rows[0].cells[0].text == "By")
    return [[c.text for c in r.cells] for r in table.rows]


def test_the_brief_dates_each_file_and_names_who_acts(one_class: Path) -> None:
    rows = _rows(one_class / DAY_BRIEF)
    assert rows[0] == ["By", "File", "Who", "What to do"]
    letter = [r for r in rows[1:] if r[1] == "Letter home"]
    # The school file: letters dated Thursday 7 January, lesson Friday 22 January 2027.
    # The head approves the letter she signs before the holidays, with the rebuilt slides;
    # the school day before it goes is only the last day for a change.
    assert [r[0] for r in letter] == ["Fri 18 Dec", "Thu 7 Jan"]
    # The head by name, as the letters sign (the role alone named nobody).
    assert letter[0][2] == "Mrs Whitfield (Headteacher)"
    # The day the trainer sends the corrected letter back, before the office prints it:
    # with no return date, the office printed the letter it already had.
    assert letter[0][3] == f"Approve the letter you sign; any change to {TRAINER} by " \
        "Tue 5 Jan, who sends the office corrected copies to print by Wed 6 Jan."
    assert letter[1][2] == "School office"
    by_file = {r[1]: r for r in rows[1:]}
    assert by_file["Reply slips"][0] == "Fri 15 Jan"
    assert by_file["Reply slips"][2] == _short(TEACHER)
    # Shown once the slips are in (Fri 15 Jan), by the day parents'
    # questions reach the trainer two school days ahead.
    materials = by_file["Materials, if asked"]
    # The row's date is the questions' deadline, never after it.
    assert materials[0] == "Wed 20 Jan" and materials[2] == f"{_short(DSL)} (DSL)"
    assert materials[3].endswith(f"to {TRAINER} that day.")
    # The DSL has a school week with the files before the sign-off (Tuesday 5 January),
    # the Christmas holidays not counted: the files arrive before the holidays.
    assert by_file["All files and DBS letter, by email"][0] == "Mon 14 Dec"
    signed = by_file["Safeguarding checklist (plan)"]
    # Ashgrove is a maintained school (its file names no trust): filed by the school's own
    # child protection policy, which KCSIE puts first.
    assert signed[0] == "Tue 5 Jan" and "as your child protection policy asks" in signed[3]
    assert "local authority" not in signed[3]
    # Signed that day: the DSL's line. The age rules and numbers are checked nearer the
    # visit, and the row says by whom.
    assert "Sign and date its \u201cDSL:\u201d line" in signed[3]
    # The "Checked by" lines have a dated row of their own, owned by both: folded into the
    # sign-off, an office working down the "By" column missed them. The trainer is not on
    # site: they confirm by email, and the DSL signs and files.
    assert "Checked by" not in signed[3]
    checks = by_file["\u201cChecked by\u201d lines"]
    assert checks[0] == "Mon 18 Jan" and checks[2] == f"{_short(DSL)} (DSL) and {TRAINER}"
    assert checks[3] == (f"{TRAINER} confirms the age rules and helplines by email; you check "
                         "the local numbers, sign and file.")
    dates = [r[1] for r in rows[1:]]
    # In date order: after the slips (Fri 15 Jan), before the materials (Wed 20 Jan).
    assert dates.index("Reply slips") < dates.index("\u201cChecked by\u201d lines") \
        < dates.index("Materials, if asked")
    assert "trust" not in signed[3]
    # Printed two school days ahead and cut the day after: printed and cut on one day, the
    # cutting had the evening left.
    assert by_file["Worksheet and cards"][0] == "Wed 20 Jan"
    cut = by_file["Cards, printed"]
    assert cut[0] == "Thu 21 Jan"
    assert cut[2].startswith(_short(TEACHER)) and "sort and help cards" in cut[3]
    # The evening's workshop is in the day's rows, pointing to its own brief.
    evening = next(r for f, r in by_file.items() if f.endswith("visit brief"))
    assert evening[0] == "Thu 28 Jan" and f"6pm, {VENUE}" in evening[3]
    assert all(r[0] for r in rows[1:]), "every row has its date"
    assert "On the day" in _text(one_class / DAY_BRIEF)


def test_the_handover_names_the_teacher_the_dsl_and_the_sign_off(ks2: Path) -> None:
    text = _text(ks2 / "live-streaming-ks2-handover.docx")
    assert f"({TEACHER})" in text.split("Before the lesson")[0]
    assert f"{TRAINER}, {TEAM}" in text
    for heading in ("Before the lesson", "During the lesson", "After the lesson"):
        assert heading in text
    # The leads by short name and number in the two lines of the disclosure rule, and no
    # pointer to the plan's box: the class teacher is handed no plan.
    assert f"phone {_short(DSL)} ({DSL_PHONE}) or {_short(DEPUTY)} (" in text, text
    assert "If a child discloses" not in text
    # Staying and watching for an upset pupil are one item (the disclosure rule's room).
    assert "ground rules" in text and "Stay in the room all lesson" in text
    assert "A pupil goes quiet, gets upset, leaves or says something worrying?" in text
    # Who hands what to whom: the trainer to the class teacher, who signs for it.
    # The sheets are not handed over: the class teacher collected them as pupils left.
    assert "At the end: collect every sheet as pupils leave" in text
    assert f"Sign-off: {TRAINER} hands you the question box, then photographs" in text, text
    # The rebuilt slides went to the teacher too: the handover says when to delete them,
    # named as its screen check names them (a date there read as a second set).
    assert (f"By Fri 29 Jan: delete the latest slides {TRAINER} sent (they show staff "
            "photos).") in text
    # The office prints one day and the teacher cuts the next.
    assert "By Thu 21 Jan, once the office prints them on Wed 20 Jan: cut out" in text
    # Two labelled blanks, "Received by: ____  Time: ____", not one broken line.
    assert "Received by: \t\tTime: \t" in text, text
    # The sign-off photo names the teacher and leaves with the trainer: when it goes.
    assert "photographs this sheet only (work device; no pupil or pupil’s work in shot; " \
        "deleted within a week of the visit)." in text, text


def test_the_handover_carries_the_lessons_own_after_the_lesson_jobs(ks2: Path) -> None:
    """The class teacher's jobs after the lesson come from the lesson's plenary ("After the
    lesson:"), with the DSL named and without what is said to the visitor."""
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.handover_sheet import lesson_after
    from lessonpack.plan.visiting import as_the_reader

    lesson = load().items["live-streaming-ks2"].item
    jobs = lesson_after(lesson)
    assert jobs and not [j for j in jobs if "visitor" in j.lower()]
    paragraphs = [p.text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
                  for p in docx.Document(
        str(ks2 / "live-streaming-ks2-handover.docx")).paragraphs]
    after = paragraphs[paragraphs.index("After the lesson") + 1:]
    for job in jobs:  # said to its reader, the class teacher: "You read the question box"
        assert as_the_reader(job).replace("the DSL", _short(DSL), 1) in after
    assert not [p for p in after if "class teacher" in p]


def test_the_times_and_meeting_place_print_from_the_school_file(one_class: Path) -> None:
    """Ashgrove's file gives Year 4's lesson time, the trainer's arrival and where they are
    met: the handover's first lines and the brief's "On the day" box print them."""
    lines = [p.text for p in docx.Document(
        str(one_class / "live-streaming-ks2/live-streaming-ks2-handover.docx")).paragraphs][:4]
    # A 10.45am lesson's teacher meets the trainer in their classroom half an hour before,
    # not at the 8.15am arrival (Year 2's lesson, 9.15am, is over an hour before then).
    # Every time in the house style of the letters ("3.30pm"), whatever the file's. The
    # lesson's time beside its date; one class booked, the brief leaves the office no
    # meeting time to change, so the handover's stands alone.
    assert [t for t in lines if t.startswith("Lesson: Friday 22 January 2027, "
                                             "10.45am\u201311.45am  \u00b7  Class: Year 4")]
    assert f"On the day: {TRAINER} meets you in your classroom at 10.15am." in lines, lines
    # The school file's facts printed plain, above the form.
    box = _every_run(one_class / DAY_BRIEF).split("On the day")[1]
    assert "Lesson time: 10.45am\u201311.45am   Trainer arrives: 8.15am" in box
    # What the 8.15am arrival is for: reception checks the DBS letter, the DSL briefs.
    # The DBS letter came with the files: the trainer carries only photo ID.
    assert "Sign in at: main reception (photo ID; DBS letter on file), where Mrs " \
        "Okafor briefs " \
        f"{TRAINER}" in box
    # What the office writes in: a label and a white cell each, and no meeting time (the
    # handover's stands).
    assert _form(one_class / DAY_BRIEF) == [
        ("Classroom", "", True), ("Parking", "", True),
        ("Contact name, phone", "", True)]


def test_times_the_file_leaves_out_are_lines_to_write_on() -> None:
    """No time or place in the file: the same lines, to fill in; a time given for one class
    prints for it alone (Year 2's, not Year 4's)."""
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.brief_on_the_day import on_the_day_box
    from lessonpack.plan.visit_brief.visit_times import times_line

    items = load().items
    ks1, ks2 = (items[f"live-streaming-{a}"].item for a in ("ks1", "ks2"))
    blank = times_line(ks2, _visitor(class_name="Year 4"))
    assert blank.label == "Fill in:" and blank.text == (
        "Lesson time: ________   Trainer arrives: ________   Meet at: ____________________")
    brand = _visitor(class_name="Year 4", classes=["Year 2, Mrs Ruth Evans"],
                     lesson_times={"Year 2": "9:15am"}, trainer_arrives="8:30am")
    assert "Lesson time: ________" in times_line(ks2, brand).text
    # The end from the lesson's length (KS1: 45 minutes), in the house style (an end on the
    # hour as "10am"); the day's first class is met in its room half an hour before, as a
    # later class is, with no meeting place needed.
    assert times_line(ks1, brand).text == (f"{TRAINER} meets you in your classroom at "
                                           "8.45am, or the time the office sends you.")
    from lessonpack.plan.visit_brief.visit_times import lesson_line
    assert lesson_line(ks1, brand).text.startswith(
        f"{brand.lesson_date}, 9.15am\u201310am  \u00b7  "), lesson_line(ks1, brand)
    from lessonpack.plan.model import FormRow
    box = on_the_day_box(brand, (ks1, ks2))
    # The times the file gives, printed; Year 4's, which it leaves out, a cell in the form.
    assert box.lines[0] == "Year 2 lesson: 9.15am\u201310am   Trainer arrives: 8.30am"
    assert box.form[0] == FormRow("Year 4 lesson"), box.form
    # No meeting place in the file: where to sign in is a cell too, beside the classrooms.
    assert box.lines[1].startswith("Sign in with photo ID (DBS letter on file); "), box.lines
    assert box.form[1:4] == (FormRow("Sign in at"), FormRow("Year 2 classroom"),
                             FormRow("Year 4 classroom")), box.form


def test_every_class_s_teacher_is_met_the_same_way() -> None:
    """Year 2's handover said "Trainer arrives: 8.15am   Meet at: main reception" beside Year
    4's "Sam Carter meets you: 10.15am, your classroom": one form for both. The first class
    is met once the trainer has signed in (not at the arrival itself); a trainer who comes
    too late to meet before the lesson, or a class straight after another's, keeps the
    arrival and sign-in place."""
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.visit_times import times_line

    items = load().items
    ks1, ks2 = (items[f"live-streaming-{a}"].item for a in ("ks1", "ks2"))
    times = {"Year 2": "9:15am", "Year 4": "10:45am"}
    day = {"classes": ["Year 2, Mrs Ruth Evans", "Year 4, Miss Laura Bennett"],
           "meeting_place": "main reception"}
    met = {cls: times_line(lesson, _visitor(class_name=cls, lesson_times=times,
                                            trainer_arrives="8:15am", **day)).text
           for cls, lesson in (("Year 2", ks1), ("Year 4", ks2))}
    # The day's first class is met before the doors open (8.45am is registration), as
    # soon as the trainer has signed in.
    assert met["Year 2"] == (f"{TRAINER} meets you in your classroom at 8.30am, before the "
                             "doors open, or the time the office sends you.")
    assert met["Year 4"] == (f"{TRAINER} meets you in your classroom at 10.15am, or the time "
                             "the office sends you.")
    # One class booked: the brief gives the office no time to change, so the handover's
    # time stands alone.
    alone = times_line(ks1, _visitor(class_name="Year 2", lesson_times={"Year 2": "9:15am"},
                                     trainer_arrives="8:15am")).text
    assert alone == (f"{TRAINER} meets you in your classroom at 8.30am, before the doors "
                     "open."), alone
    late = times_line(ks1, _visitor(class_name="Year 2", lesson_times=times,
                                    trainer_arrives="9:05am", **day)).text
    assert late.endswith("Trainer arrives: 9.05am   Meet at: main reception")
    # Arriving at 8:40am: signed in by 8:55am, so met then, not at 8:45am.
    close = times_line(ks1, _visitor(class_name="Year 2", lesson_times=times,
                                     trainer_arrives="8:40am", **day)).text
    assert f"{TRAINER} meets you in your classroom at 8.55am, " in close, close
    after = times_line(ks2, _visitor(class_name="Year 4", trainer_arrives="8:15am", **day,
                                     lesson_times={"Year 2": "9:15am", "Year 4": "10am"})).text
    assert after.endswith("Trainer arrives: 8.15am   Meet at: main reception")


def test_a_lesson_time_for_a_class_not_named_is_refused() -> None:
    from pydantic import ValidationError

    from lessonpack.content.brand import Brand

    with pytest.raises(ValidationError, match="'Year 5' names no class"):
        Brand(class_name="Year 4", lesson_times={"Year 5": "9am"})


def test_the_day_brief_asks_for_the_dsls_photo_only_when_the_file_has_none() -> None:
    """With no photo a primary help slide draws the adults; children meeting a visitor need
    the face of the adult to go to, so a visit asks for it (not as optional), with the
    files; the deputy's too where KS1 draws them. With ``dsl_photo`` nothing is asked."""
    from lessonpack.api import load
    from lessonpack.content.brand import Photo
    from lessonpack.plan.visit_brief.brief_day import taught
    from lessonpack.plan.visit_brief.brief_rows import day_rows, rows

    items = load().items
    lessons = [items[f"live-streaming-{a}"].item for a in ("ks1", "ks2")]
    brand = _visitor(deputy_dsl_name=DEPUTY)
    asked = [r for r in day_rows(taught(lessons, brand), None, brand) if "photo" in r[1]
             and r[1] != "Slides with the photos"]
    assert len(asked) == 1 and asked[0][1] == "DSL's photo (requested)"
    # Two school days before the rebuild (Fri 18 Dec): due the day the files came, the
    # photos came late and squeezed it.
    assert asked[0][0] == "Wed 16 Dec" and asked[0][3].startswith("Email ")
    assert "If you wish" not in asked[0][3] and DEPUTY.split()[-1] in asked[0][3]
    # Which slide takes the deputy's: KS1's help slide gives them a card of their own;
    # KS2's names them on the DSL's card (a DSL sending two saw one on Year 4's slide).
    # What the deputy's photo is for, plainly: "(all slides) … (KS1's)" took a second read
    # to see why the readers' slides show one photo; "(KS1's only)" read as only KS1
    # needing one.
    assert f"your photo and {_short(DEPUTY)}'s (KS1's picture card), with " \
        "consent." in asked[0][3], asked[0][3]
    screens = [r for r in day_rows(taught(lessons, brand), None, brand)
               if r[1] == "Classroom screens"]
    # Without the deck plans, the slide with the DSL's photo by its title (slide 1, the
    # title slide, had no photo to check); the latest set (a photo may never come).
    assert screens[0][3] == ("Each tries the \u201cWho can help\u201d slide of the latest "
                             f"slides on their screen; no HDMI lead? Tell {TRAINER}."), \
        screens[0][3]
    # The rebuilt set replaces the first one: one set signed off and shown. The DSL checks
    # it, and deletes the first, at the sign-off (the photo row asks only the photos).
    # One rule for a photo that never comes: the drawing stays, the leads met in person
    # (both, as the deputy's photo is asked for Year 2's slide too).
    # Staff photos carried off site end somewhere: the trainer deletes every copy (the
    # laptop, the USB copy, email) by a date, and tells the DSL, who reads it where she
    # consents.
    # The school's copies of the rebuilt slides go at the same time.
    assert asked[0][3].endswith(f"with consent. {TRAINER} deletes the photos (laptop, USB, "
                                "email), and the school its own, within a week of the visit "
                                "and tells you by email. No photos? Teachers introduce you "
                                "both."), asked[0][3]
    planned = day_rows(taught(lessons, brand), None, brand)
    rebuilt = next(r for r in planned if r[1] == "Slides with the photos")
    assert rebuilt[:3] == ("Fri 18 Dec", "Slides with the photos", f"{TRAINER} (trainer)")
    # With any file the names check (due with the photos) changed.
    # The first set kept for parents who ask to see the materials: it has no photos.
    assert rebuilt[3] == (f"To the office, {_short(DSL)} and each teacher with any renamed "
                          "file, to teach from; keep the Mon 14 Dec set (no photos) for "
                          f"parents (reprint any renamed plan for {_short(DSL)} to sign)."
                          ), rebuilt
    # The names check between the photos and the rebuild that takes both.
    order = [r[1] for r in planned]
    assert order.index("DSL's photo (requested)") + 2 == order.index("Names check") + 1 \
        == order.index("Slides with the photos")
    signed = next(r for r in planned if r[1] == "Safeguarding checklists")
    assert signed[0] == "Tue 5 Jan" and signed[3].startswith(
        "Check the latest slides. Sign and date the \"DSL:\" line in each plan"), \
        signed[3]
    # The trainer hears the sign-off is done: it is their check before teaching.
    assert f"and email {TRAINER}." in signed[3], signed[3]
    # A class teacher's handover tries the same set, and says who sends it.
    from lessonpack.plan.visit_brief.handover_sheet import before
    # The photo that never comes: the teachers who carry out the brief's rule read it here,
    # the deputy too on the slide that gives them a card (KS1's).
    assert any(line.startswith("By Thu 21 Jan: show the first \u201cWho can help\u201d slide "
                               f"of the latest slides {TRAINER} sent")
               and line.endswith(f"; no HDMI lead? Tell {TRAINER}. No photo? You bring "
                                 f"Mrs Okafor and {_short(DEPUTY)} in to meet the class.")
               for line in before(lessons[0], brand)), before(lessons[0], brand)
    assert not any("second email" in line for line in before(lessons[0], brand))
    # A one-lesson brief fills its page: the build's note asks for the photo there.
    assert not [r for r in rows(lessons[1], brand) if "photo" in r[1]]
    photo = Photo(ROOT / "examples/schools/ashgrove-primary/crest.png", "0")
    with_photo = _visitor(dsl_photo=photo)
    assert not [r for r in day_rows(taught(lessons, with_photo), None, with_photo)
                if "photo" in r[1]]


def test_the_screen_check_names_the_slide_with_the_dsls_photo_by_its_number() -> None:
    """A class teacher tries the rebuilt slides on the slide the DSL's photo is on, numbered
    from the pack's own deck plan (slide 1, the title slide, has no photo to check), and
    the visit brief's screens row names the same slide for each class."""
    from lessonpack.api import load
    from lessonpack.plan.pack import help_slide_of, plan_pack
    from lessonpack.plan.visit_brief.brief_day import Taught
    from lessonpack.plan.visit_brief.brief_rows import day_rows

    index = load()
    brand = _visitor(deputy_dsl_name=DEPUTY)
    classes = []
    for name in ("ks1", "ks2"):
        lesson = index.items[f"live-streaming-{name}"].item
        pack = plan_pack(lesson, index.facts, brand)
        slides = pack.decks[0].slides
        number = next(n for n, slide in enumerate(slides, 1)
                      if slide.title.startswith("Who can help"))
        assert number > 1 and _short(DSL).split()[-1] in repr(slides[number - 1].payload)
        handover = next(d for d in pack.documents if d.kind == "handover")
        # The latest set the trainer sent, undated: a set rebuilt after the names check
        # is later than the brief's photo row.
        assert f"show slide {number} of the latest slides {TRAINER} sent on" in \
            repr(handover.blocks), name
        assert help_slide_of(lesson, index.facts, brand) == f"slide {number}"
        classes.append(Taught(lesson, brand, help_slide=f"slide {number}"))
    row = next(r for r in day_rows(tuple(classes), None, brand) if r[1] == "Classroom screens")
    (one, first), (two, second) = ((c.label, c.help_slide) for c in classes)
    assert f"\u201cWho can help\u201d slide ({one}: {first}; {two}: {second}) of the " \
        "latest slides" in row[3], row[3]


def test_the_dsl_confirms_the_teams_concern_log_with_the_dpo() -> None:
    """A visiting team's own log of a concern needs an information-sharing basis the school
    agrees: the sign-off row asks the DSL to confirm it with the data protection officer,
    and the plans' disclosure box says who sees the log and the lawful basis in the team's
    words (``concern_sharing``); a team that gives none is asked for its agreement."""
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.brief_rows import rows
    from lessonpack.plan.visiting import own_record

    lesson = load().items["live-streaming-ks2"].item
    record, sharing = TEAM_YML["concern_record"], TEAM_YML["concern_sharing"]
    assert "public task" in sharing and "Working Together" in sharing
    team = _visitor(concern_record=record, concern_sharing=sharing)
    said = {r[1]: r for r in rows(lesson, team)}["Safeguarding checklist (plan)"][3]
    # Said in full: "DPO" meant nothing to an office; the disclosure box says who sees the
    # log and its lawful basis.
    # The team's own record: its data protection note goes with the files (the trainer's
    # first row), not left to the school's officer on the first day back.
    assert ("The team's data protection note on its record of any disclosure came with the "
            "files.") in said and "DPO" not in said
    first = {r[1]: r for r in rows(lesson, team)}
    assert any("data protection note on disclosures" in r[3]
               for r in first.values() if r[2] == TRAINER), first
    assert own_record(team) == f"{record} {sharing}"
    silent = _visitor(concern_record=record)
    said = {r[1]: r for r in rows(lesson, silent)}["Safeguarding checklist (plan)"][3]
    assert f"ask {TRAINER} for the team's information-sharing agreement" in said
    assert own_record(silent) == record
    none = _visitor()
    said = {r[1]: r for r in rows(lesson, none)}["Safeguarding checklist (plan)"][3]
    assert "concern log" not in said and "information-sharing" not in said
    assert "notes only that a concern was handed" in own_record(none)


def test_the_sign_off_row_leaves_the_visit_weeks_checks_for_that_week() -> None:
    """The DSL signs the checklists weeks ahead; the age rules and numbers they hold are
    checked nearer the day. A KS1 plan's only such line is the local numbers."""
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.brief_rows import rows

    items = load().items
    team = _visitor()
    said = {r[1]: r[3] for r in rows(items["live-streaming-ks2"].item, team)}
    signed = said["Safeguarding checklist (plan)"]
    assert signed.startswith('Sign and date its "DSL:" line') and "Checked by" not in signed
    # Dated and owned, a row of its own: "wait for the visit's week" gave the job no day.
    dated = {r[1]: r for r in rows(items["live-streaming-ks2"].item, team)}
    assert dated['"Checked by" lines'][0] == "Mon 18 Jan"
    assert said['"Checked by" lines'].startswith(
        f"{TRAINER} confirms the age rules and helplines by email")
    said = {r[1]: r[3] for r in rows(items["live-streaming-ks1"].item, team)}
    assert "Checked by" not in said["Safeguarding checklist (plan)"]
    # KS1's one "Checked by" line is the local numbers: no age rules to confirm.
    line = said['"Checked by" line']
    assert "age rules" not in line and f"Check the local numbers with {TRAINER}" in line


def test_a_days_brief_dates_the_dsls_word_on_pupils_who_need_extra_care() -> None:
    """The plans ask the DSL a week ahead who needs extra care: a day's brief dates it (the
    files' row, weeks earlier, no longer asks it) and the handover gives teachers that date."""
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.brief_day import taught
    from lessonpack.plan.visit_brief.brief_rows import day_rows
    from lessonpack.plan.visit_brief.handover_sheet import before

    items = load().items
    team = _visitor()
    lessons = (items["live-streaming-ks1"].item, items["live-streaming-ks2"].item)
    dated = {r[1]: r for r in day_rows(taught(lessons, team), None, team)}
    care = dated["Pupils' extra care"]
    assert care[0] == "Mon 18 Jan" and "then Mrs Okafor (DSL)" in care[2]
    assert care[3].endswith(f"Mrs Okafor tells {TRAINER} only what they need.")
    assert "extra care" not in dated["All files and DBS letter, by email"][3]
    assert any("by Mon 18 Jan, tell " in line for line in before(lessons[1], team))
    # One lesson's brief has no room for the row: its files' row still asks.
    alone = {r[1]: r[3] for r in day_rows(taught(lessons[1:], team), None, team)}
    assert "Pupils' extra care" not in alone
    assert "extra care" in alone["All files and DBS letter, by email"]


def test_who_sees_a_log_the_team_does_not_keep_is_refused() -> None:
    """``concern_sharing`` without ``concern_record`` would be dropped from the plans
    while the brief asked the DSL about it: the brand is refused at that field."""
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as raised:
        _visitor(concern_sharing=TEAM_YML["concern_sharing"])
    (error,) = raised.value.errors()
    assert error["loc"] == ("concern_sharing",) and "concern_record" in error["msg"]


def test_the_ks1_handover_lists_the_second_adults_jobs_from_the_lesson(
        tmp_path: Path) -> None:
    """The KS1 lesson gives the second adult jobs (the thumbs names, the sheets and crayons,
    names on the hands); at a visit that is the class teacher, so the handover lists each,
    and names one owner for the question box: the trainer brings it, as the plan says."""
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.handover_sheet import second_adult_jobs

    assert main(["build", "-k", "ks1", "-f", "docx", "-q", "--out", str(tmp_path),
                 *VISIT]) == 0
    lesson = load().items["live-streaming-ks1"].item
    jobs = second_adult_jobs(lesson)
    assert len(jobs) >= 3 and not [j for j in jobs if "second adult" in j or ")" in j]
    # In the order they happen: the card bags in the welcome, then the first vote.
    # On the spots before the children come in: handed out in the welcome, the bags
    # clashed with noting the thumbs.
    # Two steps, each a sentence: the bags on the spots, then closed until the game.
    assert jobs[0].startswith("At the start: before they come in, put a bag of light cards, "
                              "or three crayons, on each child's spot.")
    assert jobs[0].endswith(". Keep the bags closed till the game.")
    # The thumbs record for the DSL on a line of its own, both moments named: after the
    # room's setup in one sentence it was easy to miss.
    assert jobs[1] == ('At the start and at the end: quietly note who shows thumbs up to '
                       '"If I tell, I get in trouble".')
    assert "thumbs" not in jobs[0] and not [j for j in jobs[2:] if "thumbs" in j]
    paragraphs = [p.text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
                  for p in docx.Document(str(tmp_path / "live-streaming-ks1" /
                                    "live-streaming-ks1-handover.docx")).paragraphs]
    during = paragraphs[paragraphs.index("During the lesson"):
                        paragraphs.index("After the lesson")]
    for job in jobs:
        assert job.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'") \
            in during
    # A Part with two jobs names each one's moment: "lay out sheets during the ending;
    # write the names" read as one moment.
    for cycle in (c for c in lesson.cycles if len(c.second_adult) > 1):
        assert all(job.startswith(("during ", "while ", "at ", "after ", "before "))
                   for job in cycle.second_adult), cycle.second_adult
    # After the lesson: which names go to the DSL, in words (it said "the thumbs names").
    after = paragraphs[paragraphs.index("After the lesson"):]
    # The box straight after the lesson (a slip can hold a disclosure); the hands once
    # finished, later that day.
    assert [p for p in after if p.startswith("You read the question box straight after the "
                                             "lesson, the hands once finished") and
            f"any concern to {_short(DSL)} at once" in p
            and "Who showed thumbs up to" in p
            # Why these names go when Year 4's blame answers do not (a DSL given both asked),
            # and which show of thumbs: the end's (start answers, before teaching, are noisy).
            and '"If I tell, I get in trouble" at the end (fear of telling is a worry): '
            'names to the DSL that day' in p]
    assert "thumbs names" not in " ".join(paragraphs)
    before = paragraphs[:paragraphs.index("During the lesson")]
    assert [p for p in before if p.startswith("The trainer brings the question box")]
    assert "provided_by: trainer" in (ROOT / "content/live-streaming/ks1.yml").read_text() \
        and not [p for p in before if p.startswith("A question box")]
    # The room the plan's steps use (sit in a circle; move to tables for the helping hand),
    # set up by the class teacher: nothing asked for it.
    assert lesson.room and f"Set up the room: {lesson.room}" in before
    assert "circle" in lesson.room and "tables" in lesson.room


def test_a_schools_own_pack_has_neither(oakfield_all: Path) -> None:
    """Oakfield's own KS2 packs (conftest's session build of its --all)."""
    names = [p.name for p in oakfield_all.glob("live-streaming-ks2*/*.docx")]
    assert names and not [n for n in names if "handover" in n or "visit-brief" in n]
    assert not list(oakfield_all.glob("*.docx"))  # no day's brief at the root


def test_no_reply_slip_row_without_a_slip_and_undated_rows_say_when() -> None:
    """A brand without reply slips has no slip row; a booking without dates says when in
    words ("A school week ahead"), never an empty cell."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.visit_brief.brief_rows import rows

    lesson = load().items["live-streaming-ks2"].item
    brand = Brand(org_name=SCHOOL_YML["name"], dsl_name=DSL, delivered_by=TEAM,
                  reply_slip=False)
    found = rows(lesson, brand)
    assert "Reply slips" not in [r[1] for r in found]
    assert all(r[0] for r in found)
    assert found[0][0] == "Three school weeks ahead"


@pytest.fixture(scope="module")
def parents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("visit-parents")
    assert main(["build", "-a", "parents", "-f", "docx", "-q", "--out", str(out),
                 *VISIT]) == 0
    return out / "live-streaming-parents"


def test_the_parents_brief_gives_the_school_its_jobs_for_the_evening(one_class: Path) -> None:
    """The school is told what only it can do for the evening, each with its day: the
    invitation out and its slips back, the handouts for the families expected, supervised
    play, a member of staff who knows the families, the DSL or deputy confirmed."""
    path = one_class / "live-streaming-parents/live-streaming-parents-visit-brief.docx"
    rows = _rows(path)
    assert rows[0] == ["By", "File or job", "Who", "What to do"]
    text = "\n".join(" ".join(r) for r in rows[1:])
    by_job = {r[1]: r for r in rows[1:]}
    assert by_job["All files, by email"][0] == "Mon 14 Dec"
    invite = [r for r in rows[1:] if r[1] == "Invitation"]
    # Approved with the rebuilt files, before the holidays, as the letters are; the day
    # before it goes is the last day for a change.
    assert [r[0] for r in invite] == ["Fri 18 Dec", "Thu 7 Jan"]
    assert invite[0][2] == "Mrs Whitfield (Headteacher)" and "every year group" in invite[1][3]
    assert invite[0][3].endswith("by Tue 5 Jan, who sends the office corrected copies to "
                                 "print by Wed 6 Jan."), invite[0][3]
    assert by_job["Reply slips"][0] == "Thu 21 Jan"  # a school week before the evening
    # Other families' children in the play room after hours: signed in and out, and a
    # worry heard there goes to the DSL.
    play = by_job["Staff for the evening"][3]
    # Whichever of the DSL and the deputy is on site that evening.
    assert f"they sign each child in and out and tell Mrs Okafor or {_short(DEPUTY)} any " \
        "worry at once." in play, play
    # Until a quarter of an hour after the 6pm to 7pm evening: families who stay to talk
    # collect their children last, and the play staff had no time to plan around. Other
    # families' children after hours: a first aider named, the two play staff never apart.
    assert "a first aider, and two for supervised play until 7.15pm, never apart: " in play, play
    cover = by_job["Evening cover"]
    # Each person by one short name, the DSL's "Who" with "(DSL)", as the day brief says.
    assert cover[2] == f"{_short(DSL)} (DSL)" and _short(DEPUTY) in cover[3]
    assert DSL not in text and DEPUTY not in text
    # On site all evening: a DSL "on call" from home cannot take a parent's disclosure.
    assert "on site until the last family leaves." in cover[3] and "on call" not in text
    assert "one per family coming or asking for the guide, and ten spare" in by_job["Handout"][3]
    # The slip's "guide sent home": counted with the replies, sent home the next school day.
    assert "guides to send home" in by_job["Reply slips"][3]
    sent = by_job["Guides sent home"]
    # The office hands each class teacher the names: a teacher outside the lessons' classes
    # has no handover, and the families were promised the guide.
    assert sent[0] == "Fri 29 Jan" and sent[2] == "Office, then class teachers"
    assert sent[3] == ("The office gives each class teacher the names from the reply slips "
                       "and a handout each, to send home.")
    assert "supervised play" in by_job["Staff for the evening"][3]
    assert "who know the families" in by_job["Staff for the evening"][3]
    # Staff write the names at the door (the sign-in sheet says so): the row gives the job.
    assert "signs them in at the door" in by_job["Staff for the evening"][3]
    assert by_job["Staff for the evening"][2] == "Mrs Whitfield (Headteacher)"
    assert VENUE in by_job["The room"][3] and by_job["The room"][0] == "Thu 28 Jan"
    assert "that evening" in by_job["Question box"][3]
    # The slips and forms cut apart the day before by the office, which printed them: the
    # trainer is back only to set up the hall.
    cut = by_job["Evening slips and forms"]
    assert cut[0] == "Wed 27 Jan" and cut[2] == "School office"
    assert cut[3] == ("Cut apart the sign-in file\u2019s contact slips (page 2) and feedback "
                      "forms (page 3): about 10 minutes."), cut[3]
    assert "{" not in text, "every name filled in"
    assert "Thursday 28 January 2027, 6pm" in _text(path)


def test_the_invitation_goes_to_every_family_with_a_slip_to_count_them(parents: Path) -> None:
    """The invitation is a flyer with parents.yml's own headline, paragraphs, offers and
    slip, the trainer named with the team; the day, time and place large in a panel of
    their own beside a picture, a line each."""
    from lessonpack.api import load

    invitation = load().items["live-streaming-parents"].item.visit.invitation
    path = parents / "live-streaming-parents-invitation.docx"
    # Phone numbers are set with no-break spaces.
    text = _text(path).replace("\u2019", "'").replace("\u00a0", " ")
    document = docx.Document(str(path))
    panel = next(t for t in document.tables if t._tbl.find(
        f".//{qn('w:tblCaption')}") is not None and t._tbl.find(
        f".//{qn('w:tblCaption')}").get(qn("w:val")) == "When and where")
    facts = [p for p in panel.rows[0].cells[-1].paragraphs if p.text]
    # When it ends too: "about an hour" alone left a family (and the hall) guessing.
    assert [p.text for p in facts] == ["DATE", "Friday 22 January 2027", "TIME",
                                       "6pm\u20137pm (about an hour)", "PLACE",
                                       VENUE[0].upper() + VENUE[1:]]
    # Large: the day at 24 pt or more, the time and place at 20 or more.
    assert facts[1].runs[0].font.size.pt >= 24
    assert all(p.runs[0].font.size.pt >= 20 for p in facts[3::2])
    assert panel._tbl.find(f".//{qn('pic:pic')}") is not None  # its picture
    assert invitation.headline in text
    headline = next(p for p in document.paragraphs if p.text == invitation.headline)
    assert headline.style.name.startswith("LP Heading")
    # The team's phone and email beside its name, above the cut: the family keeps them.
    led = f"{TRAINER}, {TEAM} ({TEAM_PHONE}, {TEAM_EMAIL})"
    for paragraph in invitation.paragraphs:
        assert paragraph.replace("{trainer}", led) in text, paragraph
    assert led in text.split("Reply slip")[0] and TRAINER_PHONE not in text
    # Signed as the letters are: a line to sign on above the head's name.
    assert f"{SIGN_LINE}\n{HEAD}" in text
    access = SCHOOL_YML["parents_session_access"]
    # Interpreters asked for by the reply slip's day: two weeks ahead was the day after the
    # invitation went home. Beside it, the letters' line on other languages, with the
    # school's phone.
    by = "by Friday 15 January 2027"
    other = ("This invitation in another language, read aloud or explained? "
             f"Ask us: {SCHOOL_YML['phone']}.")
    for offer in invitation.offers:
        assert offer.text.replace("{access}", access).replace("{interpreters_by}", by) \
            .replace("{other_formats}", other) in text, offer.text
    assert f"Need an interpreter: tell the school office {by}. {other}" in text
    assert f"Reply slip: return to the school office {by}." in text  # the same day
    # How families get in, from the school file (step-free entry, a hearing loop).
    assert f"Getting in: {access}" in text
    # The offers' icons are one family, the line icons of the handout and parents' slides
    # (a 3D teddy, an outline bubble and a brown block did not match), each clear of its
    # words by 4 mm or more.
    assert all(offer.picture.startswith("plain-") for offer in invitation.offers)
    captioned = [t for t in document.tables if t._tbl.find(f".//{qn('w:tblCaption')}")
                 is not None]
    tables = [t for t in captioned if t._tbl.find(f".//{qn('w:tblCaption')}").get(
        qn("w:val")) == "What the evening offers"]
    # An offer a one-row table (a layout box): three rows read as data with no header row.
    assert len(tables) == len(invitation.offers) and all(len(t.rows) == 1 for t in tables)
    # The panel's labels ("DATE") at a document's least size, 12 pt.
    assert all(p.runs[0].font.size.pt >= 12 for p in facts[::2])
    offers = tables[0]
    icon_cell = offers.rows[0].cells[0]
    (drawing,) = icon_cell._tc.iter(qn("wp:extent"))
    assert int(icon_cell.width) - int(drawing.get("cx")) >= docx.shared.Mm(4)
    slip = text.split("Reply slip")[1]
    # To the office, which counts them (not to a dozen class teachers).
    assert "return to the school office by Friday 15 January 2027" in slip
    for line in invitation.reply_slip:
        assert line in slip, line
    # Only what the school can arrange is offered: an interpreter, no translated guide.
    assert "translat" not in text
    assert HEAD in text and "{" not in text
    # Signed as the school's letters are: the role and the school.
    assert f"{SCHOOL_YML['letter_signatory_role']}, {SCHOOL_YML['name']}" in text


def _form(path: Path) -> list[tuple[str, str, bool]]:
    """The "On the day" box's form, in reading order: (label, what its answer cell prints,
    whether it is a white cell to write in), from the table nested in the box."""
    body = docx.Document(str(path)).element.body
    nested = next(t for t in body.iter(qn("w:tbl")) if t.getparent().tag == qn("w:tc"))
    found = []
    for tr in nested.iter(qn("w:tr")):
        cells = [tc for tc in tr.findall(qn("w:tc"))
                 if tc.find(qn("w:tcPr")).find(qn("w:vAlign")) is not None]
        for label, answer in zip(cells[::2], cells[1::2], strict=True):
            said = "".join(t.text or "" for t in label.iter(qn("w:t")))
            if not said:
                continue
            shade = answer.find(qn("w:tcPr")).find(qn("w:shd"))
            found.append((said, "".join(t.text or "" for t in answer.iter(qn("w:t"))),
                          shade is not None and shade.get(qn("w:fill")) == "FFFFFF"))
    return found


def _every_run(path: Path) -> str:
    """All the body's text, boxes and callouts too (python-docx's paragraphs miss some)."""
    body = docx.Document(str(path)).element.body
    return "".join(t.text or "" for t in body.iter(qn("w:t"))).replace("\u00a0", " ")


def _footer(path: Path) -> str:
    return "\n".join(p.text for s in docx.Document(str(path)).sections
                     for p in s.footer.paragraphs).replace("\u00a0", " ")


def test_every_visit_paper_says_how_to_reach_the_visiting_team(
        ks2: Path, one_class: Path, parents: Path) -> None:
    """The school's contacts replace the trainer's under --school: the papers the school
    acts on still say how to reach the team (a change on the day, a trainer not arrived)."""
    for brief, label in ((one_class / DAY_BRIEF, "Team: "),
                         (one_class / "live-streaming-parents/live-streaming-parents-visit-"
                          "brief.docx", "Reach the team: ")):
        text = _every_run(brief)
        # The trainer's own mobile (the school file's booking) first, then the team's.
        assert f"{label}{TRAINER} {TRAINER_PHONE}  ·  {TEAM_PHONE}  ·  " \
            f"{TEAM_EMAIL}" in text, brief.name
        assert SCHOOL_PHONE not in text.split(label)[1], "not the school's"
    handover = _every_run(ks2 / "live-streaming-ks2-handover.docx")
    # Both phones (the email is the briefs', above: on the day a phone is the way).
    assert f"Who is coming: {TRAINER}, {TEAM} ({TRAINER_PHONE}, {TEAM_PHONE})." in handover
    # The invitation's team line is in its text, above the reply slip (the test above):
    # in the footer it went back to the office on the slip.
    invitation = parents / "live-streaming-parents-invitation.docx"
    footer = _footer(invitation)
    assert TEAM_PHONE not in footer and TEAM_EMAIL not in footer
    above = _every_run(invitation).split("Reply slip")[0]
    assert TEAM_PHONE in above and TEAM_EMAIL in above
    assert TRAINER_PHONE not in above, "the trainer's own mobile is not for every family"


def test_a_schools_own_parents_pack_has_no_visit_papers(oakfield_all: Path) -> None:
    names = [p.name for p in (oakfield_all / "live-streaming-parents").glob("*.docx")]
    assert names and not [n for n in names if "invitation" in n or "visit-brief" in n]
    assert not list(oakfield_all.glob("*.docx"))  # no day's brief at the root


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ashgrove's visit: Year 2 and Year 4 taught on Friday 22 January 2027, the parents'
    workshop that evening, built together."""
    out = tmp_path_factory.mktemp("visit-day")
    assert main(["build", "--all", "-f", "docx", "-q", "--out", str(out), *VISIT]) == 0
    return out


def _print_run(path: Path) -> list[list[str]]:
    """The print run's table, its header row first: the brief's last page. Each row less
    its date, (for, file, pages, copies, sides, colour); ``_print_dates`` keeps them."""
    return [row[1:] for row in _print_dates(path)]


def _print_dates(path: Path) -> list[list[str]]:
    """The print run's rows, each file's name as the File column gives it (after the
    topic's part, which the line above the table says once)."""
    table = next(t for t in docx.Document(str(path)).tables
                 if [c.text for c in t.rows[0].cells[:2]] == ["By", "For"])
    return [[c.text.replace("\n", "") for c in r.cells] for r in table.rows]


def test_one_visit_day_has_one_brief_with_each_job_once(day: Path) -> None:
    briefs = sorted(p.relative_to(day).as_posix() for p in day.rglob("*brief*.docx"))
    assert briefs == [DAY_BRIEF]
    assert (day / "live-streaming-parents/live-streaming-parents-invitation.docx").exists()
    path = day / briefs[0]
    # What the day holds, one list: "Year 2 and Year 4 and the parents' workshop" read as two.
    subtitle = next(p.text for p in docx.Document(str(path)).paragraphs
                    if p.style.name.endswith("Subtitle"))
    assert subtitle.endswith("Year 2, Year 4 and the parents’ workshop"), subtitle
    # The file as a shared drive lists it: the school and the day, not Year 2's lesson.
    props = docx.Document(str(path)).core_properties
    assert props.title.startswith("Visit brief: ") and "Key Stage" not in props.subject
    assert props.subject == "Online safety visit: Year 2, Year 4 and the parents’ workshop", \
        props.subject
    # Its keywords name each class and the evening, not the first lesson's "ks1" alone.
    assert props.keywords.replace("\u2019", "'") == (
        "online safety; live streaming; visit brief; Year 2; Year 4; parents' workshop; "
        "lessonpack"), props.keywords
    rows = _rows(path)[1:]
    jobs = [(r[0], r[1], r[2]) for r in rows]
    assert len(jobs) == len(set(jobs)), "each row once"
    files = [r[1] for r in rows]
    for once in ("All files and DBS letter, by email", "Safeguarding checklists",
                 "Slides with the photos"):
        assert files.count(once) == 1, once
    # A day's handovers go with the files, in their row: the row the rebuild took.
    assert "Handover sheets" not in files
    # The Year 4 cards' time from the pieces the print run gives to cut (six tables' two
    # sorts and eight pages of four help cards), with the count beside it as Year 2's bags
    # are: "about 25 minutes" for some 140 cards was not finished by a TA given that.
    cards = next(r for r in rows if r[1] == f"{KS2_CLASS} cards")
    assert cards[3] == ("Cut out the sort and help cards, each sort\u2019s set together "
                        "(146 pieces, about 50 minutes)."), cards[3]
    # The letters and the invitation go home in one row; each class's own count is the
    # print run's (its letters' rows, dated the same day).
    home = [r for r in rows if r[1] == "Letters and invitation"]
    assert [r[2] for r in home] == ["Mrs Whitfield (Headteacher)", "School office"]
    # The invitation's access line is a promise only the school can check, before signing.
    assert "each letter and the invitation (check its access line) you sign" in home[0][3]
    assert home[1][3].startswith("Print the letters; one home with each pupil that day.")
    dated = {(r[1], r[2]): r for r in _print_dates(path)}
    for name, size in SIZES.items():
        [letter] = [r for (who, file), r in dated.items()
                    if who == name and file.replace("\u2011", "-").endswith("-letter-home.docx")]
        assert letter[0] == home[1][0] and letter[4] == str(size), letter
    assert "every year group" in home[1][3]
    # Printing is a line in the timeline; its run is the last page's table.
    assert next(r for r in rows if r[1] == "Printing")[3] == \
        "Print and check the print run\u2019s Wed 20 Jan rows."
    run = _print_run(path)[1:]
    for name, size in SIZES.items():
        [sheet] = [r for r in run if r[0] == name and r[1].endswith("-worksheet.docx")]
        assert sheet[2:] == ["All", str(size), "Double-sided", "B&W"], sheet
    evening = [r[1] for r in run if r[0] == "Evening"]
    # The part every name shares is said once, above the table.
    assert evening[:2] == ["parents-invitation.docx", "parents-handout.docx"]
    assert "file names start \u201clive-streaming-\u201d" in _text(path)
    # The letters home and the invitation by the day they go home; the rest two school days
    # before, a day ahead of the cutting.
    dates = {(r[1], r[2]): r[0] for r in _print_dates(path)[1:]}
    assert dates[("Evening", "parents-invitation.docx")] == "Thu 7 Jan"
    assert dates[(KS1_CLASS, "ks1-letter-home.docx")] == "Thu 7 Jan"
    assert dates[(KS1_CLASS, "ks1-worksheet.docx")] == "Wed 20 Jan"
    assert next(r for r in rows if r[1] == f"{KS1_CLASS} cards")[0] == "Thu 21 Jan"
    # The evening's slips and forms are cut the same day as the classes' cards, by the
    # office, in a row after theirs.
    cut = [r[:3] for r in rows if r[1] == "Evening slips and forms"]
    assert cut == [["Thu 21 Jan", "Evening slips and forms", "School office"]]
    # The day's kit once: a question box for each class and the evening; a bag for each
    # Year 2 child's lights.
    kit = next(r for r in rows if r[1] == "Kit")
    assert kit[2] == TRAINER and "puppets" in kit[3]
    # Each box labelled: three question boxes, and the evening's sealed one by its contents
    # (unlabelled, "the box by the door" on the forms could be either).
    assert "a labelled question box for each class and the evening (three)" in kit[3]
    assert ("a sealed slotted box labelled \u201cContact slips and feedback forms\u201d and "
            "a tamper-evident envelope") in kit[3]
    cut = next(r for r in rows if r[1] == f"{KS1_CLASS} cards")[3]
    assert f"{SIZES[KS1_CLASS]} of the school\u2019s bags" in cut, cut
    # Each class cuts its own cards; the evening's own jobs are in the day's table.
    assert {f"{KS1_CLASS} cards", f"{KS2_CLASS} cards", "Evening: the room",
            "DSL cover"} <= set(files) and "Evening cover" not in files
    # The DSL or deputy free through both lessons and on site that evening, asked in
    # writing a school week ahead: the handovers' disclosure route rests on it.
    cover = next(r for r in rows if r[1] == "DSL cover")
    assert cover[0] == "Fri 15 Jan" and cover[2] == f"{_short(DSL)} (DSL)"
    # Sent to the trainer by name: the plans ask for it before the lesson.
    assert cover[3] == (f"Email {TRAINER}: you or {_short(DEPUTY)} free (not "
                        "teaching) in both lessons, with a number to ring; that evening, on "
                        "site until the last family leaves.")
    # The office confirms the meeting times it may change and tells each teacher (the
    # handovers print theirs "or the time the office sends you"): the box's return line
    # says so, with no row of its own.
    assert not [r for r in rows if r[1] == "Meeting times"], rows
    assert (f"fill in the blanks, send them to {TRAINER}, tell each teacher their "
            "time.") in _every_run(path)
    ks1_handover = _text(day / "live-streaming-ks1" / "live-streaming-ks1-handover.docx")
    assert (f"On the day: {TRAINER} meets you in your classroom at 8.30am, before the doors "
            "open, or the time the "
            "office sends you.") in ks1_handover
    # The parents' contact slips and feedback forms are dated the evening the trainer
    # takes them (a Monday row was missed by a reader going by date on the night), left
    # sealed with a lead on site until the team collects them, with no copy kept, in the
    # words of the facilitator notes (SignIn.slips); the guides asked for on the
    # invitation's slip go home the school day after, last.
    named = {r[1]: r for r in rows}
    slips = named["Evening: contact slips and forms"]
    # The office is shut by the evening's end: the row names who takes the envelope, where
    # it is kept and the day the team collects it.
    assert slips[:3] == ["Fri 22 Jan", "Evening: contact slips and forms",
                         f"{TRAINER}, then Mrs Okafor (DSL)"]
    assert slips[3] == (f"{TRAINER} seals them in an envelope signed across the flap and "
                        "hands it to you or Mr Price at the close; lock it in the school safe "
                        "until the team collects it on Mon 25 Jan. Nobody takes it home or "
                        "keeps a copy."), slips
    assert named["Guides sent home"][:3] == ["Mon 25 Jan", "Guides sent home",
                                             "Office, then class teachers"]
    # What was promised for after the visit, dated the day the after-lesson slips are back:
    # the photos deleted, the materials shown, the questions answered.
    assert named["Photos deleted"][:3] == ["Fri 29 Jan", "Photos deleted", TRAINER]
    shown = named["Parents who asked"]
    assert shown[:3] == ["Fri 29 Jan", "Parents who asked", f"Mrs Okafor, then {TRAINER}"]
    # The set kept for parents, named by its day (the photo set is deleted that day).
    assert shown[3].startswith("Show the Mon 14 Dec slides (no photos) to each parent who "
                               "asked;"), shown
    assert "through the office" in shown[3], shown
    order = [r[1] for r in rows]
    assert order.index("Evening: contact slips and forms") < order.index("Guides sent home") \
        < order.index("Photos deleted"), order
    assert rows[-1][0] == "If called off"  # undated, last: any day
    # The Year 4 letter states the apps' age rules: the trainer checks them on the head's
    # last day for a change, before the office prints the letters, not only in the
    # visit's week.
    files = [r[1] for r in rows]
    rules = rows[files.index(f"Age rules, {KS2_CLASS} letter")]
    printed = next(r for r in rows if r[1] == "Letters and invitation" and
                   r[2] == "School office")
    assert rules[:3] == ["Tue 5 Jan", f"Age rules, {KS2_CLASS} letter", TRAINER], rules
    assert rules[3].endswith("or send corrected copies by Wed 6 Jan."), rules
    assert files.index(rules[1]) < rows.index(printed) and printed[0] == "Thu 7 Jan"
    assert not any(r[1].startswith("Age rules") and "Year 2" in r[1] for r in rows)
    text = _text(path)
    form = _form(path)
    # The trainer's return is the team's to say (45 minutes before a 6pm start), on the
    # evening's line, not a blank for the office; the site's times stay blanks.
    assert "6pm\u20137pm, the school hall; trainer back 5.15pm" in text
    # The doors' time is a default the office may change ("5.45pm, or ______"), a quarter
    # of an hour before the start: blank, the door staff and the sign-in had no time to
    # work to. The hall's, half an hour after the end (families stay to talk).
    assert ("Evening: doors open", "5.45pm, or ______", True) in form, form
    assert ("Hall free until", "7.30pm, or ______", True) in form, form
    # Nobody chased the box's blanks: the trainer does, the school day after the office's
    # date (Fri 15 Jan), worked from the reply date.
    chase = next(r for r in rows if r[1] == "\u201cOn the day\u201d")
    assert chase[0] == "Mon 18 Jan" and chase[2] == TRAINER, chase
    # The print run's counts from the reply slips are blanks due then too: named, on one
    # line (a second pushed the print run a page on).
    assert chase[3] == "Ring the office for any blank, print run (b)\u2013(f) too.", chase
    # Each handover's meeting with the trainer, with a cell for the school's own time:
    # 8.45am is registration in many schools, and the office corrects it by the reply date.
    # The time alone: the rest of the cell is room for the office to write another.
    assert (f"Meets {KS1_CLASS} teacher", "8.30am, before the doors open, or ______",
            True) in form, form
    assert (f"Meets {KS2_CLASS} teacher", "10.15am, or ______", True) in form, form
    assert f"{KS1_CLASS} ({KS1_TEACHER}), {KS2_CLASS} ({TEACHER})" in text
    assert f"{TRAINER}, {TEAM}, teaches {KS1_CLASS} and {KS2_CLASS} and runs" in text
    assert "class of 30" not in text, "the school file gives both classes' sizes"
    assert "{" not in text


def _visitor(**fields: object) -> object:
    from lessonpack.content.brand import Brand

    return Brand(org_name=SCHOOL_YML["name"], dsl_name=DSL, delivered_by=TEAM,
                 trainer_name=TRAINER, lesson_date="Friday 22 January 2027",
                 letter_date="Thursday 7 January 2027", **fields)


def test_a_parents_evening_on_another_day_keeps_its_own_brief() -> None:
    from lessonpack.api import load
    from lessonpack.content.model import Audience
    from lessonpack.plan.visit_brief.visit_day import day_brief, parents_brief

    items = load().items
    ks1, ks2, parents = (items[f"live-streaming-{a}"].item for a in ("ks1", "ks2", "parents"))
    lessons = {Audience.KS1: ks1, Audience.KS2: ks2}
    brand = _visitor(parents_session_date="Thursday 28 January 2027, 6pm",
                     parents_workshop=True)
    own = parents_brief(parents, brand)
    assert own is not None and own.filename == "live-streaming-parents-visit-brief.docx"
    brief = day_brief(lessons, parents, brand)
    assert brief is not None
    table = next(b for b in brief.blocks if type(b).__name__ == "Table" and b.header[0] == "By")
    later = [r for r in table.rows if r[1] == "Parents' visit brief"]
    assert later and later[0][0] == "Thu 28 Jan" and later[0][3].startswith("Then:")
    assert "Evening:" not in " ".join(getattr(b, "text", "") for b in brief.blocks)
    # The same evening said another way ("Fri 22 Jan 2027") is the lesson's day: the
    # dates are compared, not their words.
    that_day = _visitor(parents_session_date="Fri 22 Jan 2027, 6pm", parents_workshop=True)
    assert parents_brief(parents, that_day) is None


def test_the_sign_off_names_a_trust_only_for_a_school_in_one() -> None:
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.brief_rows import rows

    lesson = load().items["live-streaming-ks2"].item
    council = {r[1]: r for r in rows(lesson, _visitor())}
    said = council["Safeguarding checklist (plan)"][3]
    assert "file it as your child protection policy asks" in said and "trust" not in said
    academy = {r[1]: r for r in rows(lesson, _visitor(trust="Northshire Learning Trust"))}
    assert "Northshire Learning Trust's DSL sign-off" in \
        academy["Safeguarding checklist (plan)"][3]


def test_counts_come_from_the_class_size_or_say_30_is_assumed() -> None:
    from lessonpack.api import load
    from lessonpack.plan.visit_brief.brief import plan_visit_brief
    from lessonpack.plan.visit_brief.brief_rows import rows

    lesson = load().items["live-streaming-ks2"].item
    sized = _visitor(class_name="Year 4", class_sizes={"year 4": 27})
    letter = next(r for r in rows(lesson, sized) if r[2] == "School office" and
                  r[1] == "Letter home")
    assert letter[3].startswith("Print 27,")
    printing = next(r for r in rows(lesson, sized) if r[1].startswith("Worksheet"))
    assert printing[3].startswith("Worksheet: 27 copies")
    unsized = plan_visit_brief(lesson, _visitor(class_name="Year 4"))
    assert unsized is not None
    intro = " ".join(getattr(b, "text", "") for b in unsized.blocks)
    assert "Counts are for a class of 30: change them if yours differs." in intro


def test_a_class_size_for_a_class_not_named_is_refused() -> None:
    from pydantic import ValidationError

    from lessonpack.content.brand import Brand

    with pytest.raises(ValidationError, match="'Year 5' names no class"):
        Brand(class_name="Year 4", classes=["Year 2, Mrs Ruth Evans"],
              class_sizes={"Year 5": 20})
    assert Brand(classes=["Year 2, Mrs Ruth Evans"], class_sizes={"Year 2": 26})


def test_the_ks1_cards_print_as_the_cards_say_and_take_their_real_time() -> None:
    """The cards print one side only (a grid on the back of a grid has every cut go through
    both), the traffic lights in colour, as the cards' own page and the plan say;
    thirty children's lights, cut and bagged, take about 45 minutes on their own."""
    from lessonpack.api import load
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.plan.model import Paragraph as Said
    from lessonpack.plan.sort_cards import plan_sort_cards
    from lessonpack.plan.visit_logistics import cut_minutes, prints

    lesson = load().items["live-streaming-ks1"].item
    cards = next(p for p in prints(lesson, 30) if p.startswith("Cards"))
    assert cards.startswith("Cards (one side only): ") and cards.endswith(" in colour"), cards
    page = plan_sort_cards(lesson, DEFAULT_BRAND)
    assert page is not None
    said = " ".join(b.text for b in page.blocks if isinstance(b, Said))
    assert "Print one side only, in colour" in said, said
    assert cut_minutes(lesson, 30) >= 45
    assert cut_minutes(lesson, 20) < cut_minutes(lesson, 30)


def _header_pictures(path: Path) -> list[str]:
    doc = docx.Document(str(path))
    return [el.get("name") for s in doc.sections
            for el in s.header._element.iter(qn("wp:docPr"))]


def test_the_teams_own_papers_carry_its_logo_and_the_schools_letters_do_not(
        day: Path) -> None:
    """The trainer's own papers (brief, handover, the workshop's take-home guide) carry the
    team's logo beside the school's crest; the letters and invitation stay the school's."""
    for own in (DAY_BRIEF,
                "live-streaming-ks2/live-streaming-ks2-handover.docx",
                "live-streaming-parents/live-streaming-parents-handout.docx"):
        assert _header_pictures(day / own) == ["Logo", "Trainer logo"], own
    for school in ("live-streaming-ks2/live-streaming-ks2-letter-home.docx",
                   "live-streaming-parents/live-streaming-parents-invitation.docx"):
        assert "Trainer logo" not in _header_pictures(day / school), school


def test_a_key_stage_rebuilt_alone_leaves_the_days_brief_as_it_was(day: Path) -> None:
    """The visit is the school file's: rebuilding Key Stage 2 alone (the usual "fix one
    thing") writes the same brief, byte for byte, at the same place, and no second one."""
    before = (day / DAY_BRIEF).read_bytes()
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(day), *VISIT]) == 0
    assert (day / DAY_BRIEF).read_bytes() == before
    assert sorted(p.name for p in day.rglob("*brief*.docx")) == [DAY_BRIEF]


def test_a_class_the_school_never_booked_leaves_the_days_brief_as_it_was(
        tmp_path: Path, day: Path) -> None:
    """``--class`` picks the pack's class, not the visit: a class the school file does not
    book gets its pack, and the day's brief keeps the school's classes, byte for byte."""
    before = (day / DAY_BRIEF).read_bytes()
    out = tmp_path / "with-class"
    shutil.copytree(day, out)
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(out), "--force",
                 "--class", "Year 5, Mrs Ann Lee", *VISIT]) == 0
    assert (out / "live-streaming-ks2-year-5").is_dir()
    assert (out / DAY_BRIEF).read_bytes() == before
    assert "Year 5" not in _text(out / DAY_BRIEF)


def test_the_days_brief_waits_for_packs_that_wrote_cleanly(tmp_path: Path, day: Path) -> None:
    """A pack that kept a changed file (no --force) fails the build: the day's brief is not
    written beside it, so the office never gets a brief for packs it does not have."""
    out = tmp_path / "built"
    shutil.copytree(day, out)  # the visit built, as a rebuild of KS2 alone leaves it
    (out / DAY_BRIEF).unlink()
    letter = out / "live-streaming-ks2/live-streaming-ks2-letter-home.docx"
    letter.write_bytes(b"edited by hand")
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(out), *VISIT]) != 0
    assert letter.read_bytes() == b"edited by hand"
    assert not (out / DAY_BRIEF).exists()


def test_the_days_brief_is_reported_as_a_file_not_a_pack(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``build --json`` lists the brief under "briefs", apart from "packs" (each a folder);
    the run manifest's shape: test_a_batch_entry_writes_its_visit_brief_in_its_own_folder."""
    out = tmp_path / "built"
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--json", "--out", str(out),
                 *VISIT]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [p["folder"] for p in shown["packs"]] == [str(out / "live-streaming-ks2")]
    assert [b["file"] for b in shown["briefs"]] == [str(out / DAY_BRIEF)]
    assert len(shown["briefs"][0]["written"]) == 1 and not shown["briefs"][0]["kept"]


def test_the_evening_is_the_lessons_day_by_its_date_not_its_words() -> None:
    from lessonpack.plan.letter_dates import same_day

    assert same_day("Fri 22 Jan 2027, 6pm", "Friday  22 January 2027")
    assert not same_day("Thursday 28 January 2027, 6pm", "Friday 22 January 2027")
    assert same_day("Friday 22 January, 6pm", "friday 22 january")  # no year: the words
    assert not same_day("", "")


def test_two_classes_of_one_key_stage_get_a_pack_each_from_one_command(
        tmp_path: Path) -> None:
    """A Year 4 and a Year 6 class (both Key Stage 2) in the school file: one command
    builds a pack for each, in a folder of its own, each drawn for its class (its teacher,
    its time, its count); the day's brief has a row and a count for each."""
    school = _school_file(tmp_path, classes=[*SCHOOL_YML["classes"], "Year 6, Mr Tom Reed"],
                          class_sizes={**SIZES, "Year 6": 31},
                          lesson_times={**SCHOOL_YML["lesson_times"], "Year 6": "1:15pm"})
    out = tmp_path / "built"
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(out),
                 *_visiting(school)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "live-streaming-ks2-year-4", "live-streaming-ks2-year-6", DAY_BRIEF]
    for folder, teacher, time in (("year-4", TEACHER, "10.45am"),
                                  ("year-6", "Mr Tom Reed", "1.15pm")):
        pack = f"live-streaming-ks2-{folder}"
        handover = _text(out / pack / f"{pack}-handover.docx")
        assert f"({teacher})" in handover and f"2027, {time}\u2013" in handover
        # A job the lesson marks for Years 3–4 (the card sets): Year 4's, unmarked;
        # not Year 6's, who sort on the sheet.
        assert "Years 3–4" not in handover
        assert ("hand each table its card set first" in handover) == \
            (folder == "year-4")
    text = _text(out / DAY_BRIEF)
    assert f"{KS1_CLASS} ({KS1_TEACHER}), {KS2_CLASS} ({TEACHER}), Year 6 (Mr Tom Reed)" \
        in text
    # Each class's letters counted in the print run, by its own size.
    letters = {r[1]: r[4] for r in _print_dates(out / DAY_BRIEF)
               if r[2].replace("\u2011", "-").endswith("-letter-home.docx")}
    assert letters["Year 4"] == "28" and letters["Year 6"] == "31", letters
    assert "Year 6 cards" in text
    # --class picks one of them: that class's pack alone, in its own folder.
    again = tmp_path / "again"
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(again),
                 "--class", "Year 6, Mr Tom Reed", *_visiting(school)]) == 0
    assert sorted(p.name for p in again.iterdir()) == ["live-streaming-ks2-year-6", DAY_BRIEF]
    assert (again / DAY_BRIEF).read_bytes() == (out / DAY_BRIEF).read_bytes()


def test_the_brief_says_who_reads_each_question_box(day: Path) -> None:
    """Three boxes on the day (the Kit row): each class's is read by its teacher that day,
    as their handover says; the evening's by the DSL or deputy before leaving."""
    rows = {r[1]: r for r in _rows(day / DAY_BRIEF)[1:]}
    classes = rows["Class question boxes"]
    assert classes[2] == f"{_short(KS1_TEACHER)} and {_short(TEACHER)}"
    # The deputy too, as the disclosure steps: a slip's concern cannot wait for the DSL.
    assert "that day" in classes[3]
    assert f"to {_short(DSL)} or {_short(DEPUTY)} at once" in classes[3]
    evening = rows["Evening: question box"]
    assert evening[2] == f"{_short(DSL)} (DSL)" and "that evening" in evening[3]
    assert "Evening: the room" in rows and "The room" not in rows
    # The handovers go with the files, in the files' row: their "Before the lesson" jobs
    # fall a week ahead.
    assert "handovers to the teachers" in rows["All files and DBS letter, by email"][3]
    for ks in ("ks1", "ks2"):
        handover = _text(day / f"live-streaming-{ks}/live-streaming-{ks}-handover.docx")
        assert "You read the question box" in handover


def test_the_ks1_cards_count_one_class_in_every_paper(day: Path) -> None:
    """The cards file, the plan's resources and the brief's printing row give one number
    of traffic-light pages, from the school file's class size (26: seven, not eight)."""
    from lessonpack.plan.sort_cards import LIGHT_SETS

    copies = -(-SIZES[KS1_CLASS] // LIGHT_SETS)
    said = {7: "seven"}[copies]
    cards = _text(day / "live-streaming-ks1/live-streaming-ks1-cards.docx")
    assert f"page 3 {said} times" in cards and f"print {copies} copies" in cards
    assert f"a class of {SIZES[KS1_CLASS]} needs {copies} copies" in cards
    plan = _text(day / "live-streaming-ks1/live-streaming-ks1-lesson-plan.docx")
    assert f"page 3 {said} times" in plan and "eight times" not in plan
    lights = [r for r in _print_run(day / DAY_BRIEF)
              if r[0] == KS1_CLASS and r[1] == "ks1-cards.docx"]
    assert [r[2:] for r in lights] == [
        ["1\u20132", "1", "One side", "Colour"],
        ["3", str(copies), "One side", "Colour"]]


def test_a_batch_entry_writes_its_visit_brief_in_its_own_folder(tmp_path: Path) -> None:
    """A manifest entry's brief goes beside its packs, under the entry's out: folder; the
    run manifest lists it under "briefs", apart from the packs (folders), with its bytes."""
    manifest = tmp_path / "packs.yml"
    manifest.write_text(yaml.safe_dump({"out": "out", "packs": [{
        "topic": "live-streaming", "audiences": ["ks2"], "brand": str(TEAM_FILE),
        "template": str(ROOT / "examples/templates/brightpath-training"),
        "school": str(SCHOOL_FILE), "formats": ["docx"], "out": "ashgrove"}]}),
        encoding="utf-8")
    assert main(["batch", str(manifest), "-j", "1", "-q"]) == 0
    assert (tmp_path / "out/ashgrove" / DAY_BRIEF).exists()
    listed = json.loads((tmp_path / "out/manifest.json").read_text(encoding="utf-8"))
    assert listed["packs"] == ["ashgrove/live-streaming-ks2"]
    assert listed["briefs"] == [f"ashgrove/{DAY_BRIEF}"]
    # 2 put "briefs" apart from "packs"; 3 added the page layout's inputs.
    assert listed["format"] == 3
    assert f"ashgrove/{DAY_BRIEF}" in [f["path"] for f in listed["files"]]


def test_a_class_look_is_made_once_for_every_entry_that_draws_that_class(
        tmp_path: Path) -> None:
    """Two entries building Key Stage 2 for one school with a Year 4 and a Year 6 class:
    the plan holds the school's look and one look per class, not one per entry and class,
    and each job is drawn with the look naming its own class first."""
    from lessonpack.build.request import BuildRequest, PackRequest
    from lessonpack.build.run import plan
    from lessonpack.content.model import Audience
    from lessonpack.plan.school_classes import classes_of

    school = _school_file(tmp_path, classes=[*SCHOOL_YML["classes"], "Year 6, Mr Tom Reed"])
    entry = PackRequest(audiences=(Audience.KS2,), school=school, formats=("docx",))
    planned = plan(BuildRequest(packs=(entry, entry.model_copy(update={"out": "again"})),
                                out=tmp_path / "out"))
    assert len(planned.looks) == 3
    firsts = {job.key: classes_of(Audience.KS2, planned.looks[job.look].brand)[0][0]
              for job in planned.jobs}
    assert firsts == {"live-streaming-ks2-year-4": "Year 4",
                      "live-streaming-ks2-year-6": "Year 6",
                      "again/live-streaming-ks2-year-4": "Year 4",
                      "again/live-streaming-ks2-year-6": "Year 6"}


def test_a_library_caller_hears_of_each_brief_apart_from_the_packs(tmp_path: Path) -> None:
    """``api.run``'s ``on_brief`` is told of the day's brief once it is written, and
    ``on_result`` of the packs alone."""
    from lessonpack import api

    packs: list[str] = []
    briefs: list[str] = []
    request = api.BuildRequest(packs=(api.pack(
        audiences=["ks2"], brand=TEAM_FILE, school=SCHOOL_FILE, formats=["docx"],
        template=ROOT / "examples/templates/brightpath-training"),), out=tmp_path)
    report = api.run(request, on_result=lambda p: packs.append(p.folder),
                     on_brief=lambda b: briefs.append(b.name))
    assert report.exit_code == 0
    assert packs == ["live-streaming-ks2"] and briefs == [DAY_BRIEF]
    assert [b.name for b in report.briefs] == briefs and (tmp_path / DAY_BRIEF).is_file()


@pytest.mark.parametrize(("start", "minutes", "end"), [
    ("9:15am", 45, "10am"), ("10:45am", 60, "11.45am"), ("11:30 am", 60, "12.30pm"),
    ("12:15pm", 60, "1.15pm"), ("2pm", 45, "2.45pm"), ("13:30", 45, "14:15"),
    ("9.15am", 60, "10.15am"), ("after lunch", 60, ""), ("25:00", 60, ""), ("0:30pm", 45, ""),
])
def test_a_lessons_end_is_worked_from_its_start_and_length(start: str, minutes: int,
                                                          end: str) -> None:
    from lessonpack.plan.visit_brief.visit_times import ends

    assert ends(start, minutes) == end


def test_the_day_brief_has_end_times_screens_and_its_deadline_on_a_line(
        day: Path, one_class: Path) -> None:
    """Each lesson's end beside its start; the classroom screens tried by both teachers the
    school day before (as each handover asks, the same day); the office's deadline on a bold
    line of its own, not in the box's title; where the checklists and the DBS letter are."""
    path = day / DAY_BRIEF
    rows = _rows(path)[1:]
    screens = next(r for r in rows if r[1] == "Classroom screens")
    assert screens[0] == "Thu 21 Jan"
    assert screens[2] == f"{_short(KS1_TEACHER)} and {_short(TEACHER)}"
    # The trainer by name; their number is the "On the day" box's, on the same brief.
    # The slide with the DSL's photo, each class's by its number in its deck (the handovers
    # say the same), in the latest set.
    said = re.search(r"\u201cWho can help\u201d slide \(Year 2: slide (\d+); Year 4: slide "
                     r"(\d+)\) of the latest slides", screens[3])
    assert said is not None and screens[3].endswith(
        f"; no HDMI lead? Tell {TRAINER}."), screens[3]
    assert f"Team: {TRAINER} {TRAINER_PHONE}" in _text(path)
    # Between two classes the visitor is taken, never left to find the way alone.
    assert (f"Between lessons, staff take {TRAINER} to the next class or a room to wait "
            "in.") in _text(path)
    assert "Between lessons" not in _text(one_class / DAY_BRIEF)
    signed = next(r for r in rows if r[1] == "Safeguarding checklists")[3]
    assert signed.startswith("Check the latest slides. Sign and date the “DSL:” line in "
                             "each plan and the facilitator notes; "), signed
    files = next(r for r in rows if r[1] == "All files and DBS letter, by email")[3]
    # The build cannot attach a letter: the team sends it (the build note reminds the team).
    assert "DBS letter (the team emails it)" in files and "attached" not in files
    document = docx.Document(str(path))
    # In document order, a box drawn in a table cell too.
    paragraphs = [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]
    title = next(i for i, p in enumerate(paragraphs) if p.style.name == "LP Callout Title")
    assert paragraphs[title].text == "On the day"
    box = [p for p in paragraphs[title + 1:] if p.style.name == "LP Callout Text"]
    form = _form(path)
    # The school file's times first, printed; then the form.
    assert box[0].text == ("Year 2 lesson: 9.15am\u201310am   Year 4 lesson: "
                           "10.45am\u201311.45am   Trainer arrives: 8.15am"), box[0].text
    assert box[-1].text == f"Office, by Fri 15 Jan: fill in the blanks, send them to " \
        f"{TRAINER}, tell each teacher their time."
    # Where each class is taught, and when the hall is set out and how long it is needed,
    # are white cells to fill in, two pairs of label | answer to a row, in reading order:
    # the trainer tries the hall's screen once it is set out.
    assert [label for label, _, write in form if write] == [
        "Year 2 classroom", "Year 4 classroom", f"Meets {KS1_CLASS} teacher",
        f"Meets {KS2_CLASS} teacher", "Parking", "Contact name, phone",
        "Evening: doors open", "Hall free until"], form
    # What stays in school, said once for the day, in the box.
    assert "Pupils\u2019 sheets, the question boxes and any note of a concern stay in " \
        "school." in [p.text for p in box], [p.text for p in box]
    assert all(write for _, _, write in form), form
    # The form is a layout table as Word marks one (no column heads to read before each
    # row), so the check asks it for no header row; the brief's jobs table keeps its own.
    from lessonpack.check import Options, check_file
    assert not [f for f in check_file(path, Options()) if f.code == "LPC105"]
    # Every row of cells to write in at least 5.3 mm tall (300 twips), room for a hand.
    nested = next(t for t in docx.Document(str(path)).element.body.iter(qn("w:tbl"))
                  if t.getparent().tag == qn("w:tc"))
    heights = [tr.find(qn("w:trPr")).find(qn("w:trHeight")) for tr in nested.iter(qn("w:tr"))]
    # Label | answer twice across, no empty cell between the pairs for a screen reader to
    # read out as "blank".
    grid = [int(c.get(qn("w:w"))) for c in nested.find(qn("w:tblGrid")).findall(qn("w:gridCol"))]
    assert len(grid) == 4
    # A finished form, as the dated table under it: both pairs the same widths, every cell
    # ruled, the labels on a tint and the answers white (labels bare on the box beside
    # ruled answers, and pairs of two widths, read as half made).
    assert grid[:2] == grid[2:], grid
    for tr in nested.iter(qn("w:tr")):
        for n, tc in enumerate(tr.findall(qn("w:tc"))):
            props = tc.find(qn("w:tcPr"))
            sides = props.find(qn("w:tcBorders"))
            assert sides is not None and len(sides) == 4
            fill = props.find(qn("w:shd")).get(qn("w:fill"))
            assert (fill == "FFFFFF") == (n % 2 == 1), (n, fill)
    assert heights and all(h is not None and h.get(qn("w:hRule")) == "atLeast"
                           and int(h.get(qn("w:val"))) >= 300 for h in heights), heights
    # The evening's end beside its start; the deputy named as the deputy DSL before any
    # row hands them the evening's cover.
    text = _text(path)
    assert "the parents\u2019 and carers\u2019 workshop, 6pm\u20137pm" in text
    assert f"the deputy DSL, {_short(DEPUTY)}." in text
    assert box[-1].runs[0].bold and box[-1].runs[0].text.rstrip() == "Office, by Fri 15 Jan:"
    for name, number in zip(("ks1", "ks2"), said.groups(), strict=True):
        handover = _text(day / f"live-streaming-{name}/live-streaming-{name}-handover.docx")
        # The slides the brief's screens row names: the set rebuilt with the photos, on the
        # slide the row names for the class.
        assert f"By Thu 21 Jan: show slide {number} of the latest slides {TRAINER} sent " \
            "on your screen" in handover, name
        # The trainer by name: their number is the sheet's "Who is coming" line.
        # Year 4's help slide names the deputy with no face, and the deputy may be the one
        # on call: both classes meet both leads.
        intro = ("No photo? You bring Mrs Okafor and Mr Price in to meet the class."
                 if name == "ks1"
                 else "You bring in Mr Price (named on the slide, no photo) to meet the "
                 "class, and Mrs Okafor if no photo.")
        assert f"no HDMI lead? Tell {TRAINER}. {intro}" in handover, (name, handover)
        assert f"({TRAINER_PHONE}, " in handover, name


def test_every_ks2_pupil_is_handed_a_help_card_to_keep(ks2: Path) -> None:
    """The cards file's help cards are given out as the lesson ends: the handover's "At the
    end", the plan's close and its resources say so (printed and cut, they stayed in the
    office pile)."""
    handover = [p.text for p in docx.Document(
        str(ks2 / "live-streaming-ks2-handover.docx")).paragraphs]
    end = [p for p in handover if p.startswith("At the end:")]
    assert end and "help card" in end[0]
    plan = _text(ks2 / "live-streaming-ks2-lesson-plan.docx")
    lines = plan.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("Key messages, then"))
    # The second adult's job is its own line of the close's step, under its label.
    assert any("help card to keep" in line for line in lines[at:at + 4]), lines[at:at + 4]
    assert [line for line in plan.splitlines() if line.startswith("Help cards, one per pupil")]


def test_the_letter_after_the_lesson_is_printed_and_sent(day: Path) -> None:
    """Every pack's letter after the lesson has a printing line, a sender and a day in the
    brief, and a line in each class teacher's handover (built, it went unsent)."""
    rows = _rows(day / DAY_BRIEF)[1:]
    letters = {r[0]: r[2:] for r in _print_run(day / DAY_BRIEF)
               if r[1].endswith("-letter-home-after.docx")}
    assert letters == {name: ["1", str(size), "One side", "B&W"]
                       for name, size in SIZES.items()}
    sent = [r for r in rows if "letter after the lesson home" in r[3]]
    assert [(r[0], r[2]) for r in sent] == [("Fri 22 Jan", f"{_short(KS1_TEACHER)} and "
                                                           f"{_short(TEACHER)}")]
    for stage in ("ks1", "ks2"):
        paragraphs = [p.text for p in docx.Document(
            str(day / f"live-streaming-{stage}/live-streaming-{stage}-handover.docx")).paragraphs]
        after = paragraphs[paragraphs.index("After the lesson") + 1:]
        assert [p for p in after if "letter after the lesson" in p], stage


def test_the_on_the_day_box_opens_the_brief(day: Path) -> None:
    """The box the office fills in and returns comes before the table of jobs."""
    body = docx.Document(str(day / DAY_BRIEF)).element.body
    tags = [el.tag for el in body]
    box = next(i for i, el in enumerate(body) if "On the day" in "".join(
        t.text or "" for t in el.iter(qn("w:t"))))
    jobs = next(i for i, el in enumerate(body) if el.tag == qn("w:tbl") and "What to do" in
                "".join(t.text or "" for t in el.iter(qn("w:t"))))
    assert tags and box < jobs


def test_the_parents_notes_handle_the_teams_sign_in_file() -> None:
    """The office prints a visiting team's sign-in file: the notes list it, set it out at
    the door, hand out and collect the forms at the close; after, the sign-in sheets and the
    play register go to the school's DSL (the school's record of who was on site) and the
    team takes only the slips and forms. A school's own evening has no sign-in file."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents.workshop import plan_facilitator_notes
    from plan_strings import strings_in

    index = load()
    session = index.items["live-streaming-parents"].item
    team = " ".join(strings_in(plan_facilitator_notes(session, index.facts,
                                                        _visitor()).blocks))
    assert "Sign-in file: sign-in sheets, pens, contact slips, feedback forms and the play " \
        "room's register" in team
    # Staff write the names, as the sheet tells families: the pens are on the tables.
    assert "As families arrive: staff sign them in at the door" in team
    assert "pens at the door" not in team
    assert "At the close: hand out feedback forms; forms and contact slips go in the sealed " \
        "box by the door, which only you open" in team
    # The school's member of staff holds the sign-in list until every family has left (the
    # fire roll), then gives it and the play register to the DSL; the team takes only the
    # slips and the forms.
    assert "keeps the sign-in sheets (the fire roll) until every family has left, then " \
        "gives them and the play register to Mrs Okafor or the deputy DSL, whichever is on " \
        "site" in team
    assert "the team keeps only the contact slips and feedback forms. Seal them" in team
    assert "leave none in school" not in team
    own = " ".join(strings_in(plan_facilitator_notes(session, index.facts, Brand()).blocks))
    assert "sign-in" not in own.lower() and "feedback form" not in own


def test_the_day_brief_names_christmas_and_dates_its_footer() -> None:
    """Jobs from December into January: the intro names the Christmas holidays the dates
    skip; the footer gives the visit's date, not "Visit day"."""
    from lessonpack.plan.visit_brief.brief import HOLIDAYS_NOTE, _day_footer, holidays_note

    across = (("Mon 14 Dec", "", "", ""), ("Tue 5 Jan", "", "", ""))
    assert "Christmas" in holidays_note(across)
    assert holidays_note((("Mon 1 Mar", "", "", ""), ("Fri 12 Mar", "", "", ""))) == \
        HOLIDAYS_NOTE
    footer = _day_footer(_visitor())
    assert footer.endswith("22 Jan 2027") and "Visit day" not in footer


def test_every_card_job_has_its_cutting_bags_and_handing_out() -> None:
    """Year 2's prep names the picture cards beside the lights, the school's list has the
    bags the lights go in, and the Year 4 handover hands out and collects both card sorts
    (the clue sort was missing, and its sets went astray)."""
    from lessonpack.api import load
    from lessonpack.plan.sort_cards import picture_cards
    from lessonpack.plan.visit_brief.brief_rows import rows
    from lessonpack.plan.visit_brief.handover_sheet import second_adult_jobs
    from lessonpack.plan.visit_logistics import _provides

    items = load().items
    ks1 = items["live-streaming-ks1"].item
    team = _visitor()
    cut = {r[1]: r[3] for r in rows(ks1, team)}["Cards, printed"]
    assert picture_cards(ks1) == 5
    # Whose bags: the school's, as its list of what it provides says.
    assert cut.startswith("Cut out the five picture cards and the lights; each child's three "
                          "in a bag (30 of the school's bags or envelopes,")
    assert "30 small bags or envelopes (the traffic lights)" in _provides(ks1, team)
    # A reading class's cards go in no bags.
    assert not [p for p in _provides(items["live-streaming-ks2"].item, team) if "bags" in p]
    jobs = second_adult_jobs(items["live-streaming-ks2"].item, 4)
    clues = [j for j in jobs if j.startswith('In "Private things stay private"')]
    # Handed out before the sort, in a Year 4 class's words: its cards are always clue cards.
    assert clues and clues[0].endswith(
        ": hand each table its clue card set first; collect each set whole.")
    # A Year 6 class sorts on its sheet: no card sets to hand out.
    assert not [j for j in second_adult_jobs(items["live-streaming-ks2"].item, 6)
                if j.startswith('In "Private things stay private"')]


def test_the_print_run_is_the_briefs_last_page_and_side_one_says_so(day: Path) -> None:
    """The run the office hands to whoever prints is the last page, after the timeline,
    headed with the school, and the brief's opening says where it is."""
    body = docx.Document(str(day / DAY_BRIEF)).element.body
    blocks = [el for el in body if el.tag in (qn("w:p"), qn("w:tbl"))]

    def said(el: object) -> str:
        return "".join(t.text or "" for t in el.iter(qn("w:t")))  # type: ignore[attr-defined]

    head = next(i for i, el in enumerate(blocks) if said(el) == f"Print run: {SCHOOL_YML['name']}")
    jobs = next(i for i, el in enumerate(blocks) if el.tag == qn("w:tbl") and
                "What to do" in said(el))
    assert jobs < head
    # Kept whole after the timeline, so it is on the last page however the timeline runs
    # (after a break of its own, two rows of a timeline a little over two pages took a
    # fourth page to themselves).
    assert [el.tag for el in blocks[head:]].count(qn("w:tbl")) == 1
    run = next(el for el in blocks[head:] if el.tag == qn("w:tbl"))
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
               for tr in run.findall(qn("w:tr"))[:-1] for p in tr.iter(qn("w:p")))
    assert "back with the office by the row\u2019s date" in said(blocks[head + 1])
    assert "Print run: last page." in _text(day / DAY_BRIEF).split("On the day")[0]


def test_the_brief_says_who_calls_the_visit_off_by_when_and_what_follows(
        one_class: Path, day: Path) -> None:
    """The last row, undated: the head and the trainer decide before the school day, the
    office tells families and teachers their classes, the dated after-lesson letters are
    held, and the new date's checks are redone. No DSL or deputy on site calls off the
    lessons on its own; an evening that day waits ten minutes for one, then is called off
    (who tells the families said)."""
    rows = _rows(one_class / DAY_BRIEF)
    by, job, who, what = rows[-1]
    assert (by, job, who) == ("If called off", "The visit", "Mrs Whitfield (Headteacher) and "
                              "Sam Carter")
    assert what.startswith("Decide by 7.30am on the day; the office tells families at once, "
                           "teachers their classes.")
    assert "No DSL or deputy on site: no lesson." in what and "evening" not in what
    assert "Hold the dated after-lesson letters." in what
    assert what.endswith("Sam Carter offers a new date and redoes the Mon 18 Jan checks.")
    by, job, who, what = _rows(day / DAY_BRIEF)[-1]
    assert what.startswith("Decide by 7.30am on the day (the evening alone by 3pm); the "
                           "office tells families at once")
    assert ("no lessons; the evening waits ten minutes for one, then door staff send "
            "families home.") in what
    assert what.endswith("redoes the Mon 18 Jan checks.")


def test_page_one_lists_the_offices_own_jobs_by_date(one_class: Path) -> None:
    """The office finds its jobs on page one, before the "On the day" box: each row of the
    table whose "Who" names the office, its date and its first step, in the table's order
    (plan/visit_brief/office_jobs: made from the rows, so a date is written once)."""
    doc = docx.Document(str(one_class / DAY_BRIEF))
    summary = next(t for t in doc.tables if t.rows[0].cells[0].text == "Date")
    jobs = [[c.text for c in r.cells] for r in summary.rows[1:]]
    office = [r for r in _rows(one_class / DAY_BRIEF)[1:] if "office" in r[2].lower()]
    assert office and [r[:2] for r in jobs] == [r[:2] for r in office]
    for (_by, _job, step), row in zip(jobs, office, strict=True):
        assert step and row[3].startswith(step), (step, row[3])
    # Read before the box the office fills in and before the table of every job.
    order = [" ".join(t.rows[0].cells[0].text.split()[:3]) for t in doc.tables]
    assert order.index("Date") < order.index("On the day") < order.index("By"), order
    headings = [p.text.replace("\u2019", "'") for p in doc.paragraphs
                if "Heading" in p.style.name]
    assert "The office's jobs, by date" in headings, headings
