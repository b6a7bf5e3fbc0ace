"""A help card's lines are counted in a little less than their box's width, so a renderer
that breaks a line a shade early still keeps them clear of the contact under them.

On the klee2 template (KS2's second help slide) "Asked online for pictures" fitted its
3.963 in box with 0.6 pt to spare; the box was sized to three lines, LibreOffice broke
before "pictures", and the fourth line, "report it.", printed over "Online report form
at". Each deck is reopened and each card's boxes measured; the slow test renders the help
slides with LibreOffice and looks for words printed over words.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pptx import Presentation

from conftest import need_libreoffice, need_tool
from lessonpack.check.measure import LINE, count_lines, wrap_width
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT

pytestmark = pytest.mark.integration

WILD = Path(__file__).parent / "fixtures" / "wild"
CARD_BOX = re.compile(r"Help card \d+ (heading|text)")


def _klee2_ks2(out: Path) -> Path:
    assert main(["build", "-a", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(WILD / "klee2-libreoffice.pptx")]) == 0
    return next(out.glob("*/*-slides.pptx"))


def test_each_card_line_box_holds_its_words_wrapped_a_shade_early(tmp_path: Path) -> None:
    deck = Presentation(str(_klee2_ks2(tmp_path)))
    checked = 0
    for number, slide in enumerate(deck.slides, 1):
        shapes = [s for s in slide.shapes if CARD_BOX.fullmatch(s.name)]
        for shape in shapes:
            frame = shape.text_frame
            run = frame.paragraphs[0].runs[0]
            pt = run.font.size.pt
            words = frame.text.replace("\u00a0", "i").replace("-", "- ")
            lines = count_lines(words, run.font.name or "Arial", pt,
                                wrap_width(shape.width / EMU_PT), bool(run.font.bold))
            assert shape.height >= int(lines * pt * LINE * EMU_PT) - 1, (number, frame.text)
            below = [s for s in slide.shapes if s.name.startswith(shape.name.rsplit(" ", 1)[0])
                     and s.top > shape.top and s.has_text_frame and s.text_frame.text]
            assert all(s.top >= shape.top + shape.height for s in below), (number, frame.text)
            checked += 1
    assert checked >= 8  # two help slides of two cards, each a heading and words


def _overprints(html: str) -> list[tuple[int, str, str]]:
    """Words on a page's different lines whose boxes overlap (pdftotext -bbox)."""
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>|xmlns=\"[^\"]*\"", "", html))
    found = []
    for number, page in enumerate(root.iter("page"), 1):
        lines = [[(float(w.get("xMin", 0)), float(w.get("yMin", 0)), float(w.get("xMax", 0)),
                   float(w.get("yMax", 0)), w.text or "") for w in line.iter("word")]
                 for line in page.iter("line")]
        for i, line in enumerate(lines):
            for other in lines[i + 1:]:
                for a in line:
                    for b in other:
                        across = min(a[2], b[2]) - max(a[0], b[0])
                        down = min(a[3], b[3]) - max(a[1], b[1])
                        if across > 1 and down > 0.35 * min(a[3] - a[1], b[3] - b[1]):
                            found.append((number, a[4], b[4]))
    return found


@pytest.mark.slow
def test_no_help_card_word_prints_over_another_in_libreoffice(tmp_path: Path) -> None:
    soffice = need_libreoffice()
    pdftotext = need_tool("pdftotext", "poppler-utils")
    deck = _klee2_ks2(tmp_path / "out")
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(deck)], check=True,
                   capture_output=True, timeout=900)
    pdf = tmp_path / f"{deck.stem}.pdf"
    subprocess.run([pdftotext, "-bbox", str(pdf), str(tmp_path / "words.html")], check=True)
    html = (tmp_path / "words.html").read_text(encoding="utf-8")
    assert "ceop.police.uk" in html
    assert _overprints(html) == []
