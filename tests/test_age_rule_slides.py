"""The lesson plans' checklist names the slides that state the apps' age rules ("check age
rules (slides 9 and 12: …)"), so a teacher can re-check them before every use. Those numbers
must be the real ones in the built deck: every slide that names TikTok, YouTube or Instagram
is listed, and every listed slide is about the age rules. The content names the slides by a
marker (``{slides age_rules}``); the numbers are read from the built plan."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pptx import Presentation

from built_decks import slides_file

PLATFORMS = re.compile(r"\b(TikTok|YouTube|Instagram)\b")
# A slide may state the rule without the ages ("Going live alone is for older teenagers and
# adults (the apps' rules as of December 2026)"), the ages in its notes for Years 5-6.
# An age rule stated: an app named, "age rules", "the apps' rules" or an age limit in years
# ("the big apps say 16 or 18", "at least 13").
ABOUT_RULES = re.compile(r"\b(TikTok|YouTube|Instagram)\b|age rules|\bapps[’'] rules"
                         r"|\bat least 1[0-9]\b|\b1[0-9] or 1[0-9]\b",
                         re.IGNORECASE)
NAMED = re.compile(r"\bslides? ([0-9](?:[0-9–, and]*[0-9])?)")


def _numbers(text: str) -> set[int]:
    out: set[int] = set()
    for part in re.split(r",| and ", text):
        ends = [int(n) for n in re.findall(r"\d+", part)]
        if ends:
            out.update(range(ends[0], ends[-1] + 1))
    return out


def _shown(slide: Any) -> str:
    """What a slide shows (not its speaker notes), groups opened."""
    texts: list[str] = []

    def walk(shapes: Any) -> None:
        for sh in shapes:
            if sh.shape_type == 6:
                walk(sh.shapes)
            elif sh.has_text_frame:
                texts.append(sh.text_frame.text.replace("\v", " "))  # a line break: a space
    walk(slide.shapes)
    return " ".join(texts)


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_checklist_names_the_age_rule_slides(built_packs: Path, audience: str) -> None:
    folder = built_packs / f"live-streaming-{audience}"
    plan = Document(str(folder / f"live-streaming-{audience}-lesson-plan.docx"))
    items = [m for p in plan.paragraphs if "age rules" in p.text
             if (m := NAMED.search(p.text))]
    deck = Presentation(str(folder / slides_file(audience)))
    shown = {n: _shown(s) for n, s in enumerate(deck.slides, 1)}
    platforms = {n for n, t in shown.items() if PLATFORMS.search(t)}
    if not items:
        # KS4's slides show no app's rule (its tiles are about the threat): the checklist
        # sends the teacher to the notes that state them, and no slide names an app.
        assert not platforms, f"slides naming an app's rule, none listed: {sorted(platforms)}"
        assert any("age rules (the notes" in p.text for p in plan.paragraphs), audience
        return
    assert len(items) == 1, "one checklist item names the age-rule slides to re-check"
    named = _numbers(items[0][1])
    assert platforms <= named, f"slides naming an app's rule but not in the checklist: " \
                               f"{sorted(platforms - named)}"
    off_topic = {n for n in named if not ABOUT_RULES.search(shown.get(n, ""))}
    assert not off_topic, f"checklist names slides that state no age rule: {sorted(off_topic)}"
    # When to check: close to the lesson ("Before every use", "a week before").
    assert re.search(r"\bbefore every use\b|\ba week\b", items[0].string, re.IGNORECASE)
