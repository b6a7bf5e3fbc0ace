"""A 4:3 trainer's template in a wide serif face (Times New Roman) had no room for KS4's
seven-step timeline or its reply task at 18 pt on one slide (Apache POI "45541_Header" and
python-pptx "lyt-shapes" warned LP131 on each box): the build plans each of them over two
slides (the timeline's stages, then the rest; the reply task's steps, then the message),
and the slide numbers, notes and the lesson plan's slide ranges follow. With its content
areas narrower still (three quarters of the default's width) the timeline's stages go two
and one. Once this template's text layouts were 0 in wide (see
squeezed_template.squeezed_default) and the deck was built on "Vertical Title and Text",
where the timeline seemed to fit one slide; on "Title and Content" it does not.
The template is python-pptx's own default (10 x 7.5 in, MIT) with Times New Roman as its
theme's heading and body fonts, made in the test."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from lessonpack.check import Options, check_file
from lessonpack.cli import main
from squeezed_template import squeezed_default

PACK = "live-streaming-ks4"


def _times_template(folder: Path, width: float = 0.9) -> Path:
    """python-pptx's default deck in Times New Roman, its content areas ``width`` of the
    default's (0.9: 8.1 in wide; the real decks' are 7 to 8 in, a logo or picture beside
    them)."""
    prs = Presentation(str(squeezed_default(folder / "default.pptx")))
    for layout in prs.slide_layouts:
        for shape in layout.placeholders:
            if shape.placeholder_format.idx == 1 and shape.width is not None:
                # Its whole box written: one it inherits from the master reads as 0 wide
                # once only its width is set (squeezed_template.squeezed_default).
                left, top, height = shape.left, shape.top, shape.height
                shape.left, shape.top, shape.height = left, top, height
                shape.width = int(shape.width * width)
    plain = folder / "plain.pptx"
    prs.save(str(plain))
    out = folder / "times-4x3.pptx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("ppt/theme/theme"):
                data = re.sub(rb'(<a:(?:major|minor)Font><a:latin typeface=")[^"]*"',
                              rb'\g<1>Times New Roman"', data)
            dst.writestr(item, data)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("split")
    out = folder / "out"
    code = main(["build", "-k", "ks4", "-q", "-j", "1", "--out", str(out),
                 "--template", str(_times_template(folder))])
    assert code == 0
    return out / PACK


@pytest.fixture(scope="module")
def narrow(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """KS4 built on the Times template with content areas 6.75 in wide: no room for the
    timeline's seven cards on one slide."""
    folder = tmp_path_factory.mktemp("split-narrow")
    out = folder / "out"
    code = main(["build", "-k", "ks4", "-q", "-j", "1", "--out", str(out),
                 "--template", str(_times_template(folder, 0.75))])
    assert code == 0
    return out / PACK


def _titles(deck: Path) -> list[str]:
    prs = Presentation(str(deck))
    return [s.shapes.title.text_frame.text if s.shapes.title is not None else ""
            for s in prs.slides]


def test_timeline_goes_over_two_slides_and_the_reply_fits_one(built: Path) -> None:
    deck = built / f"{PACK}-slides.pptx"
    titles = [" ".join(t.split()) for t in _titles(deck)]
    timeline = [n for n, t in enumerate(titles, 1) if t.startswith("How it escalated")]
    assert [titles[n - 1][-8:] for n in timeline] == ["(1 of 2)", "(2 of 2)"], titles
    reply = [n for n, t in enumerate(titles, 1) if t.startswith("Amara’s reply")]
    # Narrow here: the timer a band over the steps, so the steps and the message share one
    # slide rather than going over two.
    assert titles[reply[0] - 1] == "Amara’s reply"
    assert "Amara’s reply: the message" not in titles
    prs = Presentation(str(deck))
    names = [{s.name for s in prs.slides[n - 1].shapes} for n in (*timeline, reply[0])]
    # Every stage once across the timeline's two slides; the steps beside the message.
    assert sum(1 for slide in names[:2] for name in slide
               if re.fullmatch(r"Stage \d name", name)) == 3
    assert {"Message text", "Task step 1 text", "Task timer tile"} <= names[2]


def test_split_slides_fit_and_their_notes_follow(built: Path) -> None:
    deck = built / f"{PACK}-slides.pptx"
    findings = [f"{f.code} {f.location} {f.message}" for f in check_file(deck, Options())
                if f.code in ("LPC301", "LPC305", "LPC306", "LPC307")]
    titles = _titles(deck)
    split = {n for n, t in enumerate(titles, 1)
             if t.startswith(("How it escalated", "Amara’s reply"))}
    assert not [f for f in findings if any(f"slide {n}:" in f for n in split)], findings
    prs = Presentation(str(deck))
    notes = {n: prs.slides[n - 1].notes_slide.notes_text_frame.text for n in split}
    assert any("the next slide" in text for text in notes.values())
    assert any("no extra time" in text for text in notes.values())


def test_lesson_plan_ranges_count_the_added_slides(built: Path) -> None:
    deck = built / f"{PACK}-slides.pptx"
    titles = _titles(deck)
    added = [n for n, t in enumerate(titles, 1)
             if t.startswith("Amara’s reply") or t.startswith("How it escalated")]
    plan = Document(str(built / f"{PACK}-lesson-plan.docx"))
    text = "\n".join([p.text for p in plan.paragraphs]
                      + [c.text for t in plan.tables for r in t.rows for c in r.cells])
    ranges = sorted({(int(a), int(b)) for a, b in re.findall(r"slides (\d+)–(\d+)", text)})
    # The parts' ranges run on from each other to the deck's last lesson slide (a hidden
    # "before you teach" slide may follow it), each split pair inside one part.
    assert all(b + 1 == c for (_, b), (c, _) in itertools.pairwise(ranges)), ranges
    assert ranges[-1][1] in (len(titles), len(titles) - 1), (ranges, len(titles))
    assert len(added) == 2 + 2
    for first, second in (added[:2], added[2:]):
        assert any(a <= first and second <= b for a, b in ranges), (added, ranges)


def test_a_timeline_with_no_room_goes_over_two_slides(narrow: Path) -> None:
    deck = narrow / f"{PACK}-slides.pptx"
    titles = [" ".join(t.split()) for t in _titles(deck)]
    parts = [n for n, t in enumerate(titles, 1) if t.startswith("How it escalated")]
    assert [titles[n - 1][-8:] for n in parts] == ["(1 of 2)", "(2 of 2)"], titles
    assert parts[1] == parts[0] + 1
    prs = Presentation(str(deck))
    stages, steps = [], []
    for n in parts:
        shapes = list(prs.slides[n - 1].shapes)
        stages.append(sum(1 for s in shapes if re.fullmatch(r"Stage \d name", s.name)))
        steps += [s.text_frame.text for s in shapes if re.fullmatch(r"Step \d+ text", s.name)]
    # The first stages on the first slide, the rest on the second; every card once, in the
    # story's time order across the two ("8.05pm: ..." to "9.06pm: ...").
    assert stages == [2, 1], stages
    assert len(set(steps)) == len(steps) == 7, steps
    assert steps == sorted(steps, key=lambda t: float(t.split("pm")[0])), steps
    findings = [f"{f.code} {f.location} {f.message}" for f in check_file(deck, Options())
                if f.code in ("LPC301", "LPC305", "LPC306", "LPC307")]
    assert not [f for f in findings if any(f"slide {n}:" in f for n in parts)], findings
    notes = [prs.slides[n - 1].notes_slide.notes_text_frame.text for n in parts]
    assert "the next slide" in notes[0] and notes[1].startswith("The timeline goes on")
