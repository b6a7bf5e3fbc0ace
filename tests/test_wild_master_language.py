"""A German or Arabic template's masters and layouts come out in the deck's language: a
slide the trainer adds shows an English prompt and is proofed as English. Each deck is
reopened and every master's and layout's runs and prompts read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.render.deck_master_language import TEXT_PROMPTS, TITLE_PROMPT

pytestmark = pytest.mark.integration

WILD = Path(__file__).parent / "fixtures" / "wild"


@pytest.mark.parametrize("template", ["pptx-blueprint-german", "onlyoffice-ar-SA"])
def test_masters_and_layouts_are_english(template: str, tmp_path: Path) -> None:
    assert main(["build", "-a", "ks2", "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob("live-streaming-ks2/*-slides.pptx"))))
    prompts: set[str] = set()
    for master in deck.slide_masters:
        for part in (master, *master.slide_layouts):
            langs = {el.get("lang") for el in part.element.iter()
                     if el.get("lang") is not None}
            assert langs <= {"en-GB"}, (part.name, langs)
            for shape in part.placeholders:
                text = shape.text_frame.text if shape.has_text_frame else ""
                assert not re.search(r"[\u0600-\u06ff]|bearbeiten|Ebene", text), text
                prompts.update(p.text for p in shape.text_frame.paragraphs
                               if shape.has_text_frame)
    assert TITLE_PROMPT in prompts and TEXT_PROMPTS[0] in prompts
