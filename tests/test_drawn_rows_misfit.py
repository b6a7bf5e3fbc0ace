"""Words in a box with no room for them (no height, or no width inside its insets) overflow
as ``check`` measures them: a drawn row squeezed to a sliver by a trainer's small content
area (the objectives, a task's steps) is seen by the build's re-measure on a trainer's
template and by ``lessonpack check`` alike, and said once (LP131 in the build, LPC301 in the
check), where it used to pass both unseen. No shape is drawn with a negative size."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Emu, Inches

from built_decks import small_area_template
from lessonpack.check import Options, check_file
from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _box_with_words(path: Path, width: int, height: int) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Emu(width), Emu(height))
    box.name = "Row text"
    box.text_frame.word_wrap = True
    box.text_frame.auto_size = MSO_AUTO_SIZE.NONE  # a row's words: the box does not grow
    box.text_frame.text = "Explain why live streams are fun to watch."
    prs.save(str(path))
    return path


@pytest.mark.parametrize("size", [(Inches(3), 0), (Inches(0.1), Inches(3))],
                         ids=["no height", "no width inside its insets"])
def test_a_box_with_no_room_for_its_words_overflows(tmp_path: Path, size: tuple[int, int]
                                                     ) -> None:
    found = check_file(_box_with_words(tmp_path / "row.pptx", *size), Options())
    assert [f.code for f in found if "Row text" in f.message] == ["LPC301"]


@pytest.mark.integration  # builds a deck
def test_rows_squeezed_by_a_small_area_are_said_as_the_check_says_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    small = small_area_template(tmp_path)
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "--template", str(small),
                 "--out", str(out), "-q"]) == 0
    said = {(int(m[1]), m[2]) for m in re.finditer(
        r"slide (\d+): the text of \"(.+?)\" does not fit", capsys.readouterr().err)}
    built = out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"
    # Shown slides: the build says their misfits (the hidden teacher slide is the check's).
    checked = {(int(f.location.split()[1]), re.search(r'"(.+?)"', f.message)[1])  # type: ignore[index]
               for f in check_file(built, Options())
               if f.code == "LPC301" and f.location.startswith("slide ")}
    # The drawn rows' misfits (the objectives' "Check n text", a task's steps, a sort's cards
    # shown again with their answers) said by the build are exactly what the check finds:
    # none unseen, none said twice.
    rows = {(n, name) for n, name in checked
            if re.fullmatch(r"(Check|Task step|Task card|Answer card) \d+ text", name)}
    assert rows and said == checked == rows
    prs = Presentation(str(built))
    for slide in prs.slides:
        for shape in slide.shapes:
            if re.match(r"(Check|Task step) \d+", shape.name):  # a row, its marker, its words
                assert shape.width >= 0 and shape.height >= 0, shape.name
    # Rows the re-measure grew moved what was under them down: no row's words run into the
    # next row's.
    objectives = prs.slides[3]
    texts = sorted((s for s in objectives.shapes if re.fullmatch(r"Check \d+ text", s.name)),
                   key=lambda s: s.top)
    assert len(texts) == 4
    assert all(a.top + a.height <= b.top for a, b in itertools.pairwise(texts))
