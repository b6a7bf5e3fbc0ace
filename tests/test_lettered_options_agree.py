"""A question answered by letter (A, B or C) letters its options the same way wherever a pack
prints it: on the slide, on the worksheet, in the plan's answer key and in the speaker
notes. A pupil who writes the slide's letter on a sheet that letters the options otherwise
is marked wrong by the key, and on a check about blame that reads as blaming the victim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation

LETTER = re.compile(r"^[A-D]$")
# "A\tKofi's, because…" (a worksheet's lettered line).
TABBED = re.compile(r"^([A-D])\t(.+)$")
# "Answer: C, “StarFan_J's…”", "Answer: B – Great trick!…", "check: C (StarFan_J's…)".
KEYED = re.compile(r"(?:Answer:|check:)\s+([A-D])\s*(?:,|–|-|\()\s*[“\"]?(.+)")
# "B – Great trick!…" (the answer column of the teacher notes' key).
DASHED = re.compile(r"^([A-D]) – [“\"]?(.+)$")
# Shorter than this, an option's opening words could begin another option too.
AT_LEAST = 12


def _plain(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().strip('"…').rstrip(".").casefold()


def _claims(items: list[str]) -> list[tuple[str, str]]:
    """Every (letter, option words) a run of texts prints: a lone letter then its option
    (slides, tables), a lettered line, or an answer named by letter."""
    found: list[tuple[str, str]] = []
    lines = [line for item in items for line in item.split("\n")]
    for here, after in zip(lines, [*lines[1:], ""], strict=True):
        if LETTER.match(here.strip()) and after.strip():
            found.append((here.strip(), _plain(after)))
        elif m := TABBED.match(here.strip()):
            found.append((m[1], _plain(m[2])))
        elif (m := DASHED.match(here.strip())) or (m := KEYED.search(here)):
            found.append((m[1], _plain(m[2].split("…")[0].split("”")[0])))
    return [(letter, words) for letter, words in found if len(words) >= AT_LEAST]


def _pptx_texts(path: Path) -> dict[str, list[str]]:
    prs = Presentation(str(path))
    slides = [sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame]
    notes = [s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide]
    return {path.name: slides, f"{path.name} notes": notes}


def _docx_texts(path: Path) -> dict[str, list[str]]:
    body = Document(str(path)).element.body
    texts = []
    for p in body.iter(qn("w:p")):
        texts.append("".join("\t" if el.tag == qn("w:tab") else
                             "\n" if el.tag in (qn("w:br"), qn("w:cr")) else el.text or ""
                             for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"))))
    return {path.name: texts}


def _same(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def disagreements(pack: Path) -> list[str]:
    """Each option two of the pack's files (or a deck and its notes) letter differently."""
    claims: list[tuple[str, str, str]] = []
    for path in sorted(pack.iterdir()):
        readers = {".pptx": _pptx_texts, ".docx": _docx_texts}
        if path.suffix not in readers:
            continue
        for where, texts in readers[path.suffix](path).items():
            claims += [(where, letter, words) for letter, words in _claims(texts)]
    return sorted({f"{pack.name}: {w1} letters “{o1[:60]}” {l1}, {w2} letters it {l2}"
                   for w1, l1, o1 in claims for w2, l2, o2 in claims
                   if w1 < w2 and l1 != l2 and _same(o1, o2)})


@pytest.fixture(scope="module")
def oakfield_packs(oakfield_all_dated: Path) -> Path:
    """Oakfield's packs for a dated lesson (conftest builds them once for the session)."""
    return oakfield_all_dated


def test_the_readers_find_a_lettered_option_in_each_place() -> None:
    """The patterns read the four ways a pack letters an option (else the test below could
    pass by finding nothing)."""
    found = _claims(["A", "Kofi's, because he typed",
                     "Check: Whose fault?\nB\tBoth of them, because Kofi said yes",
                     "Answer: C, “StarFan_J’s, because they used a dare”. The person…",
                     "Part 3 check: C (StarFan_J’s, because they used…)",
                     "B – Great trick! Keep practising."])
    assert [letter for letter, _ in found] == ["A", "B", "C", "C", "B"]
    assert found[4][1] == "great trick! keep practising"
    assert found[2][1] == "starfan_j's, because they used a dare"
    assert found[3][1] == "starfan_j's, because they used"
    assert _same(found[2][1], found[3][1]) and not _same(found[0][1], found[2][1])


@pytest.mark.parametrize("look", ["built_packs", "oakfield_packs", "brightpath_at_ashgrove"])
def test_every_place_letters_a_questions_options_alike(look: str,
                                                       request: pytest.FixtureRequest) -> None:
    out: Path = request.getfixturevalue(look)
    packs = sorted(p for p in out.iterdir() if p.is_dir())
    places = {pack.name: _places(pack) for pack in packs}
    # A pack that letters options at all letters them in two places or more (a slide and its
    # notes at least), and the KS2 worksheet's private check is among them: else nothing of
    # what this test guards was compared.
    assert all(len(found) != 1 for found in places.values()), places
    # (A school's class packs name the class in the file: live-streaming-ks2-year-4-….)
    assert any(name.startswith("live-streaming-ks2") and name.endswith("-worksheet.docx")
               for found in places.values() for name in found)
    assert [line for pack in packs for line in disagreements(pack)] == []


def _places(pack: Path) -> set[str]:
    """The files (and decks' notes) in which the readers found a lettered option."""
    places = set()
    for path in pack.iterdir():
        readers = {".pptx": _pptx_texts, ".docx": _docx_texts}
        if path.suffix in readers:
            places |= {w for w, texts in readers[path.suffix](path).items() if _claims(texts)}
    return places
