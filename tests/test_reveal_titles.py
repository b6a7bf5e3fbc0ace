"""A question slide and its answer slide ("Answer: " + the question) show their titles at one
size, in a deck made fresh and in one made again from kept slides (render/deck_reveal_titles)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack import api
from lessonpack.content.model import Audience


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _title_sizes(slide: object) -> tuple[str, set[int | None]]:
    title = slide.shapes.title  # type: ignore[attr-defined]
    if title is None:
        return "", set()
    runs = list(title.element.iter(qn("a:r")))
    sizes = {int(r.find(qn("a:rPr")).get("sz")) if r.find(qn("a:rPr")) is not None
             and r.find(qn("a:rPr")).get("sz") else None for r in runs}
    return _letters(title.text_frame.text), sizes


def _pairs(deck: Path) -> list[tuple[int, set[int | None], set[int | None]]]:
    slides = list(Presentation(str(deck)).slides)
    found = []
    for n in range(1, len(slides)):
        (question, q_sizes), (answer, a_sizes) = (_title_sizes(slides[n - 1]),
                                                  _title_sizes(slides[n]))
        if question and answer == "Answer" + question:
            found.append((n + 1, q_sizes, a_sizes))
    return found


def test_question_and_answer_titles_share_one_size(tmp_path: Path) -> None:
    # Built twice in one process: the second deck is made of kept slides.
    for round_ in ("fresh", "kept"):
        out = tmp_path / round_
        assert api.build(api.pack(audiences=[Audience.KS3, Audience.KS4]), out=out).ok
        pairs = [pair for deck in sorted(out.rglob("*-slides.pptx")) for pair in _pairs(deck)]
        assert len(pairs) >= 4, pairs  # the quizzes' and checks' reveals
        for number, q_sizes, a_sizes in pairs:
            assert len(q_sizes) == 1 and q_sizes == a_sizes, (round_, number, q_sizes, a_sizes)
