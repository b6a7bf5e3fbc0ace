"""A visiting team's parents' evening has a sign-in sheet and feedback forms in the pack (the
trainer made their own for every evening), and each lesson's handover ends with the class
teacher's two-question feedback. Reopens the built files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from lessonpack.cli import main
from lessonpack.plan import visiting
from lessonpack.plan.parents.parents_sign_in import PLAY_ROWS, SIGN_IN_ROWS, SLIPS_A_PAGE

ROOT = Path(__file__).resolve().parent.parent
VISIT = ["--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
         "--template", str(ROOT / "examples/templates/brightpath-training"),
         "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")]
SIGN_IN = "live-streaming-parents-sign-in.docx"
TEAM_YML = yaml.safe_load((ROOT / "examples/brands/northshire-online-safety/brand.yml")
                          .read_text(encoding="utf-8"))
TRAINER = yaml.safe_load((ROOT / "examples/schools/ashgrove-primary/school.yml")
                         .read_text(encoding="utf-8"))["trainer_name"]


@pytest.fixture(scope="module")
def visit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sign-in")
    assert main(["build", "-a", "parents", "-a", "ks2", "-f", "docx", "-q", "--out",
                 str(out), *VISIT]) == 0
    return out


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_sign_in_asks_little_and_says_what_happens_to_it(visit: Path) -> None:
    document = docx.Document(str(visit / "live-streaming-parents" / SIGN_IN))
    sheet = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    header = [c.text for c in sheet.rows[0].cells]
    # Staff write the names: no email, and no "Your ..." for a family to fill in.
    assert header == ["Name", "Child\u2019s class (optional)"]
    # Every row, an example team's sheet too: its EXAMPLE mark sits above the header.
    assert len(sheet.rows) - 1 == SIGN_IN_ROWS
    assert not any(c.text for r in sheet.rows[1:] for c in r.cells)
    text = _text(visit / "live-streaming-parents" / SIGN_IN)
    # Plain words: why the names are taken, where the team's privacy notice is (the brand's
    # field, never a promise of its own), how to change your mind.
    assert "No email here" in text
    # The school keeps the sheet, its own record of who was on site; the team a number.
    # Under the school's notice, and the school says what it keeps: no promise to take a
    # name off a record of who was on site. The team's notice and contact are for the slips.
    assert "Ashgrove Primary School keeps this sheet, as its record of who was on site " \
        "tonight, under the school’s privacy notice; the Northshire Online Safety Team " \
        "notes only how many came. To ask what it keeps, and for how long, ask the school " \
        "office: " \
        "01632 960418." in text
    assert "taken off" not in text
    # Held at the door, not left open: a family arriving later never reads who came.
    assert "Staff at the door write each adult\u2019s name as they arrive." in text
    notice = TEAM_YML["privacy_notice"]
    assert f"is in its privacy notice: {notice}." in text
    assert "shares it with no one else" not in text
    assert "Slips: how the team keeps them" in text
    assert "To have your slip removed, tell the Northshire Online Safety Team" in text \
        and "0306\u00a0999\u00a00100" in text
    # Read before signing: the notice comes above the table.
    body = document.element.body
    notice = next(p for p in body.iter() if p.tag.endswith("}t")
                  and (p.text or "").startswith("What happens to this sheet"))
    order = list(body.iter())
    assert order.index(notice) < order.index(sheet._tbl)


def test_contact_details_go_on_a_slip_of_each_familys_own(visit: Path) -> None:
    text = _text(visit / "live-streaming-parents" / SIGN_IN)
    assert text.count("Hear about more sessions for families") == SLIPS_A_PAGE
    assert text.count("Email:") == SLIPS_A_PAGE
    # Posted in the sealed box by the door, which only the trainer opens: collecting at
    # the door left the trainer no time for a private word.
    assert f"Fold this slip and post it in the sealed box by the door: only {TRAINER} " \
        "opens it" in text


def test_the_brief_prints_the_sheet_for_the_adults_coming(visit: Path) -> None:
    """Staff write one name per adult: a page per 15 families ran out when two carers came
    from one family, so the pages go by the reply slips' count of adults."""
    (brief,) = visit.glob("*visit-brief*.docx")
    # The brief's print run, its last page: a row for each of the file's pages.
    run = next(t for t in docx.Document(str(brief)).tables
               if [c.text for c in t.rows[0].cells[:2]] == ["By", "For"])
    # The file's name after the part every file shares (said once above the table), on one
    # line, never broken at a hyphen: what the office searches the folder for.
    pages = {r.cells[3].text: r.cells[4].text for r in run.rows
             if r.cells[2].text == SIGN_IN.removeprefix("live-streaming-")}
    held = [r.cells[2]._tc for r in run.rows if "sign-in" in r.cells[2].text]
    assert held and all(tc.xpath(".//w:noBreakHyphen") and not tc.xpath(".//w:br")
                        for tc in held)
    # A count to write in, not a sum to do at the copier: its rule is in small print under
    # the run, from the reply slips' count of adults.
    assert set(pages) == {"1", "2", "3", "4"}
    assert pages["1"] == "____ (c)" and pages["4"] == "____ (f)", pages
    rules = next(p.text for p in docx.Document(str(brief)).paragraphs
                 if p.text.startswith("____: write in the count."))
    assert f"(c) one per {SIGN_IN_ROWS} adults, and 1 spare" in rules
    assert f"(f) one per {PLAY_ROWS} children in supervised play, and 1 spare" in rules
    assert "+ 1" not in " ".join(pages.values())
    # The office counts the adults from the slips ("Number of adults"), in its own row.
    assert "Count adults coming" in _text(brief)
    sheet = _text(visit / "live-streaming-parents" / SIGN_IN)
    assert "write each adult's name" in sheet.replace("\u2019", "'")


@pytest.mark.parametrize("team", ["Northshire Council Online Safety", "eSafety Training Ltd",
                                  "Northshire Online Safety Team"])
def test_the_teams_name_is_printed_as_the_brand_writes_it(team: str) -> None:
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents.parents_sign_in import plan_sign_in

    session = load().items["live-streaming-parents"].item
    brand = Brand(org_name="Ashgrove Primary School", delivered_by=team,
                  trainer_name="Sam Carter")
    plan = plan_sign_in(session, brand)
    assert plan is not None and plan.kind == "team_form"
    said = " ".join(line for b in plan.blocks for line in getattr(b, "lines", ()))
    assert f"removed, tell {visiting.from_visitor(brand)}" in said
    assert team in said and team.lower() not in said.replace(team, "")
    # No privacy notice in the brand: no promise, and the trainer to ask.
    assert "its privacy notice" not in said and "speak to Sam Carter tonight" in said


def test_the_feedback_forms_ask_four_questions_two_to_a_page(visit: Path) -> None:
    text = _text(visit / "live-streaming-parents" / SIGN_IN)
    assert text.count("Your views on tonight") == 2 and "No name needed" in text
    assert text.count("How useful was tonight?") == 2
    assert text.count("What one thing would you change") == 2
    # Anonymous, read after families have gone: no tick asks a parent to stay behind.
    assert "\u2610 Not yet" in text and "before you go" not in text
    # The sealed box, as the contact slips say: "the box by the door" could be the
    # question box too.
    assert "Post it in the sealed box by the door" in text


def test_the_handover_ends_with_the_class_teachers_feedback(visit: Path) -> None:
    text = _text(visit / "live-streaming-ks2" / "live-streaming-ks2-handover.docx")
    last = [line for line in text.splitlines() if line.strip()][-1]
    assert "Right for your class?" in last and "What should we change?" in last
    assert "\u2610 Yes" in last and "\u2610 Partly" in last


def test_a_schools_own_evening_has_no_sign_in(tmp_path: Path) -> None:
    assert main(["build", "-a", "parents", "-f", "docx", "-q", "--out", str(tmp_path),
                 "--brand", str(ROOT / "examples/brands/oakfield-primary/brand.yml")]) == 0
    names = [p.name for p in tmp_path.rglob("*.docx")]
    assert names and SIGN_IN not in names


def test_the_feedback_form_says_where_to_hand_it_in_not_to_whom() -> None:
    """Printed before anyone knows who stands at the door, the form names the door (where
    the presenter's notes collect it), not the trainer's name."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents.parents_sign_in import plan_sign_in

    session = load().items["live-streaming-parents"].item
    brand = Brand(org_name="Ashgrove Primary School", delivered_by="Northshire Online Safety",
                  trainer_name="Sam Carter")
    plan = plan_sign_in(session, brand)
    assert plan is not None
    texts = [line for b in plan.blocks for line in
             (getattr(b, "text", ""), *getattr(b, "lines", ())) if isinstance(line, str)]
    start = texts.index("Your views on tonight")
    form = " ".join(texts[start:start + 3])
    assert "Post it in the sealed box by the door" in form and "Sam Carter" not in form
    assert "chair" not in form  # forms left on chairs were scattered


def test_the_last_help_slide_closes_a_visit_and_only_a_visit() -> None:
    """The help slides are on screen as families leave: the last one's notes hand out and
    collect the forms and slips, and send the sign-in file away with the team."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents.workshop import plan_parents_deck

    index = load()
    session = index.items["live-streaming-parents"].item
    visit = Brand(org_name="Ashgrove Primary School", delivered_by="Northshire Online Safety",
                  trainer_name="Sam Carter", phase="primary")
    own = Brand(org_name="Ashgrove Primary School", phase="primary")
    for brand, closes in ((visit, True), (own, False)):
        shown = [s for s in plan_parents_deck(session, index.facts, brand).slides
                 if not s.hidden]
        help_slides = [s for s in shown if s.title.startswith("Where to get help")]
        assert help_slides[-1] is shown[-1]
        said = help_slides[-1].notes
        assert ("feedback forms" in said and "contact slips" in said) is closes, said
        assert all("feedback forms" not in s.notes for s in shown[:-1])


def test_the_handout_gives_the_teams_phone_never_the_trainers_own() -> None:
    """The handout goes home with every family: its footer gives the team that ran the
    evening by website and office phone, for another session or a word about this one."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents.workshop import plan_handout

    index = load()
    session = index.items["live-streaming-parents"].item
    brand = Brand(org_name="Ashgrove Primary School", delivered_by="Northshire Online Safety "
                  "Team", trainer_name="Sam Carter", trainer_phone="07700 900123",
                  delivered_by_website="www.northshire.example.gov.uk/onlinesafety",
                  delivered_by_phone="0306 999 0100", phase="primary")
    footer = plan_handout(session, index.facts, brand).footer
    assert "Session delivered by Northshire Online Safety Team" in footer
    assert "0306 999 0100" in footer and "onlinesafety" in footer
    assert "07700" not in footer
    assert all(len(line) <= 66 for line in footer.split("\n")), footer


def test_the_play_room_has_a_register_the_school_keeps(visit: Path) -> None:
    """The brief asks two staff to sign each child in supervised play in and out: the file's
    last page is that register (child, age, who brought them and when, who collected them
    and when), with what staff do if nobody comes, and the notes' "school provides" line
    says where it is."""
    from lessonpack.api import load
    from lessonpack.content.brand import load_brand
    from lessonpack.content.school import apply_school_file, load_school
    from lessonpack.plan.visit_logistics import session_logistics

    document = docx.Document(str(visit / "live-streaming-parents" / SIGN_IN))
    register = document.tables[-1]
    # A full name and a class (two children share a first name) and a need staff should
    # know (siblings not at the school are children staff do not know).
    assert [c.text for c in register.rows[0].cells] == [
        "Child\u2019s full name", "Class or age", "Needs staff should know", "Brought by",
        "Time in", "Collected by", "Time out"]
    assert len(register.rows) == PLAY_ROWS + 1
    assert not any(c.text for r in register.rows[1:] for c in r.cells)
    text = _text(visit / "live-streaming-parents" / SIGN_IN)
    assert "Supervised play: children in and out" in text
    assert "with any need the adult tells you (allergy, medicine, toilet)" in text
    assert "Not collected when the session ends? One of you stays with the child and tells " \
        "Mrs Okafor or Mr Price" in text
    assert "give it to Mrs Okafor or Mr Price, whichever is on site (the fire roll)" in text
    assert "anything a child says: tell Mrs Okafor or Mr Price, whichever is on site, at " \
        "once." in text
    brand = apply_school_file(
        load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
        load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))
    session = load().items["live-streaming-parents"].item
    cells = [c for b in session_logistics(session, brand)
             for row in getattr(b, "rows", ()) for c in row]
    assert any("they sign each child in and out (sign-in file, page 4), tell Mrs Okafor or "
               "Mr Price (whichever is on site) any worry at once and give them the register "
               "to keep" in c
               for c in cells), cells
    assert any(f"page 4 (play register) one per {PLAY_ROWS} children" in c
               for c in cells), cells


def test_the_play_register_names_a_first_aider_and_keeps_two_staff_together(
        visit: Path) -> None:
    """Other families' children after hours: the register's page asks for the night's first
    aider by name, who alone gives first aid and medicine, and keeps its two staff together
    (toilets by the school's own practice)."""
    text = _text(visit / "live-streaming-parents" / SIGN_IN).replace("\u2019", "'")
    assert "First aid and medicine only from tonight's first aider: ____" in text
    assert "Two staff, always together (toilets by the school's usual practice)" in text
    # The invitation says whose children the play room takes.
    invitation = next((visit / "live-streaming-parents").glob("*invitation*.docx"))
    said = _text(invitation).replace("\u2019", "'")
    assert "school-age children play in another room with two school staff" in said
    assert "under-5s stay with you" in said
