"""A letter home has a letter's shape, not a form's: a signature space (room to sign above a
short line, the signatory's name and role under it), and the reply slip set at the page's
foot after its scissors line, with at least a centimetre of clear paper above it, in every
look (the Oakfield brand's secondary letters were the fullest)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from conftest import need_libreoffice
from lessonpack.check.measure import drawn_width
from lessonpack.cli import main
from lessonpack.plan.letter.school import SIGN_LINE
from lessonpack.plan.quotes import typographic
from lessonpack.render.docx_flyer import FACT_LEAST_PT, fact_size

sys.path.insert(0, str(Path(__file__).parent))
from pagefill import measure, slip_room, unanchored

ROOT = Path(__file__).resolve().parent.parent
OAKFIELD = ROOT / "examples/brands/oakfield-primary/brand.yml"
# Clear paper between a letter's last line and its reply slip's cut line.
SLIP_ROOM_MM = 10


def _letters(out: Path, *args: str) -> list[Path]:
    assert main(["build", "--out", str(out), "-q", "-f", "docx", "-j", "1", *args]) == 0
    return sorted(out.rglob("*letter-home*.docx"))


def _paragraphs(path: Path) -> list[tuple[str, bool, object]]:
    """Each body paragraph's text, whether it is framed, and its frame (or None)."""
    body = Document(str(path)).element.body
    found = []
    for p in body.iter(qn("w:p")):
        frame = p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
        found.append(("".join(t.text or "" for t in p.iter(qn("w:t"))), frame is not None,
                      frame))
    return found


@pytest.fixture(scope="module")
def oakfield(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("oak")
    return _letters(out, "--brand", str(OAKFIELD), "--lesson-date",
                    "Wednesday 20 January 2027", "-k", "ks2", "-k", "ks3", "-k", "ks4")


def test_the_reply_slip_is_set_at_the_page_foot(oakfield: list[Path]) -> None:
    """From the scissors line on, every paragraph is in one frame anchored to the foot of
    the text area, the text's width; nothing of the letter above it is."""
    # Before and after, at three key stages, Key Stage 2's for Year 4 and for Year 6.
    assert len(oakfield) == 8
    for letter in oakfield:
        paragraphs = _paragraphs(letter)
        cut = next(n for n, (text, _f, _x) in enumerate(paragraphs) if "Reply slip" in text)
        assert "\u2702" in paragraphs[cut][0]
        assert not any(framed for _t, framed, _x in paragraphs[:cut]), letter.name
        slip = paragraphs[cut:]
        assert all(framed for _t, framed, _x in slip), letter.name
        assert any("Signed (parent or carer):" in text for text, _f, _x in slip)
        frames = {tuple(sorted(frame.attrib.items())) for _t, _f, frame in slip}
        assert len(frames) == 1  # one frame: the same properties on each paragraph
        (attrs,) = frames
        got = {k.split("}")[1]: v for k, v in attrs}
        assert got["yAlign"] == "bottom" and got["vAnchor"] == "margin"


def test_the_slip_holds_together_where_frames_are_ignored(tmp_path: Path,
                                                        oakfield: list[Path]) -> None:
    """Google Docs drops frames (Word on the web may show them in the text): the slip then
    flows on under the letter. Each of its paragraphs is kept whole and with the next, so it
    moves as one piece, and with the frames dropped every letter still prints on one page
    with the whole slip on it (the Oakfield brand's secondary letters are the fullest)."""
    for letter in oakfield:
        body = Document(str(letter)).element.body
        slip = [p for p in body.iter(qn("w:p"))
                if p.find(f"{qn('w:pPr')}/{qn('w:framePr')}") is not None]
        assert len(slip) >= 3, letter.name
        kept = [(p.pPr.find(qn("w:keepLines")) is not None,
                 p.pPr.find(qn("w:keepNext")) is not None) for p in slip]
        assert kept == [(True, True)] * (len(slip) - 1) + [(True, False)], letter.name
    soffice = need_libreoffice()
    flowing = [unanchored(f, tmp_path) for f in oakfield if "ks3" in f.name or "ks4" in f.name]
    for name, lay in measure(flowing, soffice).items():
        assert lay.pages == 1, name
        assert "Reply slip" in lay.texts[0] and "Signed (parent or carer):" in lay.texts[0]


def test_the_letter_is_signed_on_a_line_with_name_and_role(oakfield: list[Path]) -> None:
    for letter in oakfield:
        paragraphs = Document(str(letter)).paragraphs  # line breaks read as "\n"
        close = next(n for n, p in enumerate(paragraphs) if p.text == "Yours sincerely,")
        sign = paragraphs[close + 1]
        # The line to sign on, then the signatory and their role, one paragraph.
        line, name, role = sign.text.split("\n")
        assert line == SIGN_LINE and len(line) >= 20
        assert name == "Mr Tom Hughes"
        assert role == typographic("Headteacher, Oakfield Primary School")
        space = sign.paragraph_format.space_before
        assert space is not None and space.pt >= 12  # room to sign above the line


def test_every_letter_leaves_a_centimetre_above_its_slip(tmp_path: Path,
                                                         oakfield: list[Path]) -> None:
    """Printed through LibreOffice: one page each, the Oakfield brand's secondary letters
    (the fullest), the default's and a trainer's at a host school."""
    soffice = need_libreoffice()
    files = [*oakfield, *_letters(tmp_path / "def", "-k", "ks4"),
             *_letters(tmp_path / "bri", "--brand",
                       str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                       "--template", str(ROOT / "examples/templates/brightpath-training"),
                       "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml"),
                       "-k", "ks2")]
    pages = {f.name: lay.pages for f in files for lay in [measure([f], soffice)[f.name]]}
    assert set(pages.values()) == {1}, pages
    room = {}
    for folder in {f.parent for f in files}:
        room.update({f"{folder.parent.name}/{name}": mm for name, mm in
                     slip_room([f for f in files if f.parent == folder], soffice).items()})
    tight = {name: mm for name, mm in room.items() if mm < SLIP_ROOM_MM}
    assert not tight, tight


def test_the_invitation_keeps_one_page_on_the_longest_date(tmp_path: Path) -> None:
    """The longest weekday and month, "Wednesday 29 September 2027", set at the date's full
    30 pt beside the picture wrapped to two lines and sent the reply slip to a second page:
    the date steps down until it holds one line, and the invitation stays one page."""
    school = tmp_path / "school"
    shutil.copytree(ROOT / "examples/schools/ashgrove-primary", school)
    text = (school / "school.yml").read_text(encoding="utf-8")
    longest = text.replace('parents_session_date: "Friday 22 January 2027, 6pm"',
                           'parents_session_date: "Wednesday 29 September 2027, 6pm"')
    assert longest != text
    (school / "school.yml").write_text(longest, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "-q", "-f", "docx", "-j", "1", "-a", "parents",
                 "--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--school", str(school / "school.yml")]) == 0
    (invitation,) = out.rglob("*invitation*.docx")
    texts = [text for text, _f, _x in _paragraphs(invitation)]
    assert "Wednesday 29 September 2027" in texts, texts
    lay = measure([invitation], need_libreoffice())[invitation.name]
    assert lay.pages == 1
    assert "Reply slip" in lay.texts[0] and "Signed (parent or carer):" in lay.texts[0]


def test_a_fact_steps_down_only_to_hold_one_line() -> None:
    """The facts column of an A4 invitation beside its picture, in Calibri, is 345.7 pt: a
    short date keeps 30 pt, the longest steps down to the largest size that holds it (never
    under 20 pt), and words too long for any size keep their own."""
    room = 345.7
    assert fact_size("Friday 22 January 2027", "Calibri", 30, room) == 30
    longest = "Wednesday 29 September 2027"
    size = fact_size(longest, "Calibri", 30, room)
    assert FACT_LEAST_PT <= size < 30
    assert drawn_width(longest, "Calibri", size, bold=True) <= room
    place = "The community room at St Mary's church hall, Ashgrove Road"
    assert fact_size(place, "Calibri", 24, room) == 24
