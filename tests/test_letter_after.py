"""The letter home sent after the lesson: in every pupil pack, beside the letter before it
(alone with a brand's or school's ``letter_sent: after``). Both are built from the lesson's
letter fields (``letter.after`` for what was taught), never typed prose, and the letter after
the lesson never asks to see the materials "before the lesson"."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from conftest import need_libreoffice
from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, load_brand
from lessonpack.content.loader import load_content
from lessonpack.content.model import Audience
from lessonpack.plan.letter.home import IF_TOLD_LABEL, LEARNED_LABEL, plan_letters
from lessonpack.plan.letter.workshop import WORKSHOP_LABEL
from lessonpack.plan.quotes import typographic

sys.path.insert(0, str(Path(__file__).parent))
from lessons import lesson_for
from pagefill import measure

ROOT = Path(__file__).resolve().parent.parent
BRANDS = ROOT / "examples/brands"


def _brand(tmp: Path, name: str, letter_sent: str) -> Path:
    """A copy of an example brand (its logo beside it) asking for ``letter_sent``."""
    folder = tmp / f"{name}-{letter_sent}"
    shutil.copytree(BRANDS / name, folder)
    brand = folder / "brand.yml"
    brand.write_text(brand.read_text() + f"\nletter_sent: {letter_sent}\n")
    return brand


def _build(out: Path, brand: Path, *args: str) -> list[Path]:
    assert main(["build", "--out", str(out), "-q", "-f", "docx", "-j", "1",
                 "--brand", str(brand), *args]) == 0
    return sorted(out.rglob("*letter-home*.docx"))


def _texts(path: Path) -> list[str]:
    body = Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]



def _words(text: str) -> str:
    """Spacing evened, marks as printed (the document's quotes are typographic)."""
    return typographic(" ".join(text.split()))


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Both letters of a KS1 pack whose brand sends the letter before the lesson too."""
    tmp = tmp_path_factory.mktemp("both")
    files = _build(tmp / "out", _brand(tmp, "oakfield-primary", "before"), "-k", "ks1",
                   "--lesson-date", "Wednesday 20 January 2027")
    return {f.name.removeprefix("live-streaming-ks1-").removesuffix(".docx"): _texts(f)
            for f in files}


def test_before_builds_the_letter_before_and_the_letter_after(both: dict[str, list[str]]
                                                               ) -> None:
    assert sorted(both) == ["letter-home", "letter-home-after"]


def test_both_is_deprecated_and_builds_what_before_builds(
        tmp_path: Path, both: dict[str, list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    """``letter_sent: both`` still builds, as ``before``, with one warning at its line in
    the brand file or the school file that says it, naming what to write instead."""
    brand = _brand(tmp_path, "oakfield-primary", "both")
    capsys.readouterr()
    files = _build(tmp_path / "out", brand, "-k", "ks1",
                   "--lesson-date", "Wednesday 20 January 2027")
    assert {f.name.removeprefix("live-streaming-ks1-").removesuffix(".docx"): _texts(f)
            for f in files} == both
    line = len(brand.read_text().splitlines())
    (said,) = [s for s in capsys.readouterr().err.splitlines() if "LP149" in s]
    assert said.startswith(f"{brand}:{line}:14: warning[LP149] letter_sent: 'both' is "
                           "deprecated") and said.endswith("write letter_sent: before")
    school = tmp_path / "school" / "school.yml"
    shutil.copytree(ROOT / "examples/schools/ashgrove-primary", school.parent)
    school.write_text(school.read_text() + "\nletter_sent: both\n")
    assert main(["build", "--out", str(tmp_path / "trainer"), "-f", "docx", "-j", "1",
                 "--school", str(school), "-k", "ks1"]) == 0
    warned = [s for s in capsys.readouterr().err.splitlines() if "LP149" in s]
    assert [w.split(": warning")[0] for w in warned] == [
        f"{school}:{len(school.read_text().splitlines())}:14"]


def test_the_letter_after_says_what_was_taught_from_the_lessons_fields(
        both: dict[str, list[str]]) -> None:
    after = lesson_for(Audience.KS1).letter.after
    assert after is not None
    text = _words(" ".join(both["letter-home-after"]))
    for line in (after.opening, *after.learned, *after.conversation_starters, *after.if_told):
        assert _words(line) in text
    # The letter before the lesson keeps its own paragraphs and none of these.
    before = _words(" ".join(both["letter-home"]))
    assert _words(after.opening) not in before and _words(after.if_told[0]) not in before
    assert _words(lesson_for(Audience.KS1).letter.paragraphs[0]) in before


def test_the_letter_after_has_a_letters_parts_in_order(both: dict[str, list[str]]) -> None:
    """Greeting, what was learned beside the questions for home, what to do if a child
    tells, where to get help, the school's sign-off, then the slip; no preview offered."""
    after = both["letter-home-after"]
    text = _words(" ".join(after))
    marks = ["After your child's online safety lesson", "Dear parent or carer,",
             LEARNED_LABEL, "Questions to ask at home", IF_TOLD_LABEL, "Where to get help:",
             "Yours sincerely,", "Reply slip"]
    places = [text.find(_words(m)) for m in marks]
    assert -1 not in places and places == sorted(places), dict(zip(marks, places, strict=True))
    # Signed by the school: its named signatory under "Yours sincerely".
    signatory = load_brand(BRANDS / "oakfield-primary/brand.yml").brand.letter_signatory
    assert signatory and text.find(signatory) > places[marks.index("Yours sincerely,")]
    # The tips belong to the letter before the lesson; nothing asks for a look first.
    assert _words(lesson_for(Audience.KS1).letter.tips[0]) not in text
    assert "before the lesson" not in text
    slip = next(t for t in after if "Reply slip" in t)
    # An owner and a day: the class's teacher by name, a school week after the lesson
    # (Wednesday 20 January), where "at any time" left a worry on a slip with no end.
    assert slip.split("Reply slip", 1)[1].startswith(
        ": return to Miss Amy Cole (class teacher) by Wednesday 27 January 2027."), slip
    assert "I have a question about the lesson; please contact me." in text


@pytest.mark.parametrize("audience", [Audience.KS1, Audience.KS2, Audience.KS3, Audience.KS4])
def test_every_letter_after_says_what_to_do_if_a_child_tells(audience: Audience) -> None:
    """Stay calm, listen, do not blame, tell the school's DSL and report to CEOP: in the
    lesson's own words at every key stage."""
    after = lesson_for(audience).letter.after
    assert after is not None and len(after.learned) == 3
    steps = " ".join(after.if_told).lower()
    for must in ("calm", "listen", "blame", "designated safeguarding lead", "ceop"):
        assert must in steps, (audience, must)


def test_sent_with_the_letter_before_it_is_dated_the_lessons_day(
        both: dict[str, list[str]]) -> None:
    (dated,) = [t for t in both["letter-home-after"] if t.startswith("Date:")]
    assert dated.endswith("Wednesday 20 January 2027")
    (first,) = [t for t in both["letter-home"] if t.startswith("Date:")]
    letter_date = load_brand(BRANDS / "oakfield-primary/brand.yml").brand.letter_date
    assert letter_date and first.endswith(letter_date)  # the brand's own


def test_after_alone_builds_only_the_letter_after(tmp_path: Path) -> None:
    files = _build(tmp_path / "out", _brand(tmp_path, "riverside-academy", "after"),
                   "-k", "ks3")
    assert [f.name for f in files] == ["live-streaming-ks3-letter-home-after.docx"]
    text = " ".join(_texts(files[0]))
    # The right to withdraw is for the letter before: the lesson has been taught.
    assert "withdraw" not in text
    # It says what the class met: the lesson's story characters.
    lesson = load().items["live-streaming-ks3"].item
    assert any(c.scenario.character in text for c in lesson.cycles if c.scenario is not None)


def test_a_word_other_than_the_choices_is_one_clear_line(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    brand = _brand(tmp_path, "oakfield-primary", "after the lesson")
    assert main(["build", "--out", str(tmp_path / "out"), "-q", "-f", "docx", "-j", "1",
                 "--brand", str(brand), "-k", "ks1"]) == 1
    (line,) = [s for s in capsys.readouterr().err.splitlines() if "letter_sent" in s]
    assert "brand.yml:" in line and "error[LP150]" in line
    # The two choices, each said; never the deprecated one.
    assert "before" in line and "after" in line and "both" not in line


def _without_after(tmp: Path) -> tuple[Path, int]:
    """A copy of the test topic whose lesson has no ``letter.after``, and the line of its
    ``letter:`` key."""
    folder = tmp / "content" / "garden-games"
    shutil.copytree(ROOT / "tests/topics/garden-games", folder)
    lesson = folder / "ks1.yml"
    lines = lesson.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("  after:\n")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    lesson.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    return folder.parent, lines.index("letter:\n") + 1


@pytest.mark.parametrize("door", ["validate", "build"])
def test_a_lesson_without_an_after_letter_is_refused_at_its_line(
        door: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every pupil pack holds the letter after the lesson, so the model requires it: validate
    and build refuse the lesson with the same line, at its ``letter:`` key."""
    content, line = _without_after(tmp_path)
    args = ["--content", str(content)]
    if door == "build":
        args += ["--topic", "garden-games", "-k", "ks1", "--out", str(tmp_path / "out")]
    assert main([door, *args]) == 1
    (said,) = [s for s in capsys.readouterr().err.splitlines() if "error[" in s]
    assert f"garden-games/ks1.yml:{line}:" in said
    assert "error[LP102] letter.after: missing required field 'after'" in said
    assert "opening, learned" in said and "if_told" in said
    assert not (tmp_path / "out").exists()


def test_every_default_pupil_pack_holds_the_letter_after(tmp_path: Path) -> None:
    """Built with no brand at all: each key stage's folder has both letters, the one after
    reopened as a letter (its heading, help panel and fill-ins), and ``check`` passes it."""
    assert main(["build", "--out", str(tmp_path), "-q", "-f", "docx", "-j", "1",
                 "--all"]) == 0
    for stage in ("ks1", "ks2", "ks3", "ks4"):
        folder = tmp_path / f"live-streaming-{stage}"
        after = folder / f"live-streaming-{stage}-letter-home-after.docx"
        assert (folder / f"live-streaming-{stage}-letter-home.docx").exists()
        lines = _texts(after)
        assert any(t.startswith(_words("After your child's online safety lesson"))
                   for t in lines)
        assert any(t.startswith(IF_TOLD_LABEL) for t in lines)
        assert "[School name]" in " ".join(lines)  # the same fill-ins as the letter before
    assert not (tmp_path / "live-streaming-parents/live-streaming-parents-letter-home-after"
                ".docx").exists()
    assert main(["check", str(tmp_path)]) == 0


def test_every_letter_after_is_one_page(tmp_path: Path) -> None:
    """Printed through LibreOffice: the primary school's and the secondary academy's (the
    longest contacts) letters after the lesson, each one sheet."""
    soffice = need_libreoffice()
    files = [*_build(tmp_path / "oak", _brand(tmp_path, "oakfield-primary", "after"),
                     "-k", "ks1", "-k", "ks2"),
             *_build(tmp_path / "riv", _brand(tmp_path, "riverside-academy", "after"),
                     "-k", "ks3", "-k", "ks4")]
    # And with no brand: every field a bracket to fill in.
    assert main(["build", "--out", str(tmp_path / "def"), "-q", "-f", "docx", "-j", "1",
                 "-k", "ks3", "-k", "ks4"]) == 0
    files += sorted((tmp_path / "def").rglob("*letter-home-after.docx"))
    assert len(files) == 7  # Oakfield's KS2 letter for Year 4 and for Year 6
    over = {name: lay.pages for name, lay in measure(files, soffice).items() if lay.pages != 1}
    assert not over, over


def test_the_letter_after_invites_to_no_workshop_already_held(tmp_path: Path) -> None:
    lesson = lesson_for(Audience.KS1)
    facts = load_content().facts
    brand = DEFAULT_BRAND.model_copy(update={
        "letter_sent": "before", "lesson_date": "Wednesday 20 January 2027",
        "parents_workshop": True, "parents_session_venue": "the school hall"})

    def invited(session: str) -> list[bool]:
        letters = plan_letters(lesson, facts, brand.model_copy(
            update={"parents_session_date": session}))
        return [any(getattr(b, "label", "") == WORKSHOP_LABEL for b in letter.blocks)
                for letter in letters]

    # Before the lesson: both letters invite; held the evening before: only the first.
    assert invited("Thursday 21 January 2027, 6pm") == [True, True]
    assert invited("Tuesday 19 January 2027, 6pm") == [True, False]


def test_the_ks2_letter_before_says_what_save_means(tmp_path: Path) -> None:
    """The letter before names the lesson's "Stop, Tell, Save, Report", so its tip says
    what a family saves, as the letter after does: the messages, never the image ("never
    save or send on images" beside "Save" read as a contradiction)."""
    files = _build(tmp_path / "out", BRANDS / "oakfield-primary/brand.yml", "-k", "ks2",
                   "--lesson-date", "Wednesday 20 January 2027")
    before = next(f for f in files if f.name.endswith("-letter-home.docx"))
    text = _words(" ".join(_texts(before)))
    assert "Stop, Tell, Save, Report" in text
    assert _words("save the messages, never the image, and send none on; tell us.") in text
    assert "never save" not in text
