"""Slides keep "grown-up", "live-streamed" and "13–15" whole on a line (designer s10start
F17/F14: "Tell a grown-/up.", "Instagram 13–/15", "live-/streamed"): a word joiner (U+2060)
follows the mark on the slides; notes, [fields] and addresses keep their text as written."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

from conftest import need_libreoffice, need_tool
from lessonpack.render.deck_nobreak import JOINER, keep_whole


def test_compounds_and_ranges_get_a_joiner() -> None:
    assert keep_whole("Tell a grown-up.") == f"Tell a grown-{JOINER}up."
    assert keep_whole("Instagram 13–15") == f"Instagram 13–{JOINER}15"
    assert keep_whole("Pause - then tell") == "Pause - then tell"  # a dash between spaces
    assert keep_whole("[DSL's name-here] and a grown-up") == \
        f"[DSL's name-here] and a grown-{JOINER}up"
    assert keep_whole("ceop.police.uk/safety-centre") == "ceop.police.uk/safety-centre"
    assert keep_whole(f"grown-{JOINER}up") == f"grown-{JOINER}up"  # never twice


def test_built_slides_join_and_notes_do_not(built_packs: Path) -> None:
    deck = built_packs / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"
    with zipfile.ZipFile(deck) as z:
        slides = [z.read(n).decode() for n in z.namelist()
                  if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        notes = [z.read(n).decode() for n in z.namelist()
                 if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", n)]
    texts = [t for xml in slides for t in re.findall(r"<a:t>([^<]*)</a:t>", xml)]
    assert any(f"grown-{JOINER}up" in t for t in texts)
    bare = [t for t in texts if re.search(r"[^\W\d_]-[^\W\d_]", t)
            and keep_whole(t) != t]
    assert not bare, bare[:3]
    assert notes and not any(JOINER in xml for xml in notes)


def test_libreoffice_keeps_the_joined_word_on_one_line(tmp_path: Path) -> None:
    """A box just wide enough for "Tell a grown-": LibreOffice broke after the hyphen; with
    the joiner "grown-up." moves to the next line whole."""
    soffice = need_libreoffice()
    pdftotext = need_tool("pdftotext", "poppler-utils")
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for n, text in enumerate(("Tell a grown-up.", keep_whole("Tell a grown-up."))):
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5 + 1.5 * n), Inches(2.05),
                                       Inches(1.2))
        box.text_frame.word_wrap = True
        run = box.text_frame.paragraphs[0].add_run()
        run.text = text
        run.font.size = Pt(22)
        run.font.name = "Liberation Sans"
    prs.save(str(tmp_path / "words.pptx"))
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "words.pptx")],
                   check=True, capture_output=True, timeout=120)
    lines = subprocess.run([pdftotext, "-layout", str(tmp_path / "words.pdf"), "-"],
                           check=True, capture_output=True, text=True).stdout
    lines = [line.strip().replace(JOINER, "") for line in lines.splitlines() if line.strip()]
    assert "grown-" in lines[:2] or any(line.endswith("grown-") for line in lines[:2]), lines
    assert "grown-up." in lines[2:], lines
