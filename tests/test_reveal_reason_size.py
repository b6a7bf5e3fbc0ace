"""The reason under a quiz reveal's answers is the slide's teaching point: at a projected
body size (22 pt or more where the slide has room), never smaller than the answers it
explains by more than a size step (at 18 pt under 25 pt answers it read as a footnote)."""

from __future__ import annotations

from pathlib import Path

import pytest

from built_decks import built_deck


def _sizes(shape: object) -> set[float]:
    return {r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
            for r in p.runs if r.font.size is not None}


# KS4's checks are three cards across (render/deck_options: cards down to 20 pt before thin
# rows), their longer answers and reasons at 20 pt.
@pytest.mark.parametrize(("audience", "floor"), [("ks1", 22), ("ks2", 22), ("ks3", 22),
                                                 ("ks4", 20), ("parents", 19)])
def test_a_reveals_reason_reads_as_large_as_its_answers(built_packs: Path, audience: str,
                                                         floor: int) -> None:
    reveals = 0
    for slide in built_deck(built_packs, audience).slides:  # the spare ones too
        shapes = {sh.name: sh for sh in slide.shapes}  # type: ignore[attr-defined]
        if "Answer explanation" not in shapes:
            continue
        reveals += 1
        (reason,) = _sizes(shapes["Answer explanation"])
        answers = set().union(*(_sizes(sh) for name, sh in shapes.items()
                                if name.split()[0] == "Answer" and len(name.split()) == 2
                                and name != "Answer explanation"))
        assert reason >= floor, (audience, slide.shapes.title.text, reason)  # type: ignore
        assert reason >= max(answers) - 3 or reason >= 22, (audience, reason, answers)
        assert reason >= min(answers) - 2, (audience, reason, answers)
    assert reveals >= 3, audience
