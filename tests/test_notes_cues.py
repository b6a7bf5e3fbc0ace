"""Speaker notes as cue lines a presenter can glance at: each cue on its own line, its label
("Do:", "Say:", "Ask:", "If asked:", a step with its minutes) in a bold run."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.render.notes_cues import cue_lines


def test_a_step_is_split_into_its_cues_outside_quotes() -> None:
    lines = cue_lines("Story (3 min): Do: show the stream. Ask: “What would you do? Say: "
                      "no.” Say: “Well done.” Model answer: she tells her dad.\nPlain line.")
    assert lines == [("Story (3 min):", ""), ("Do:", " show the stream."),
                     ("Ask:", " “What would you do? Say: no.”"), ("Say:", " “Well done.”"),
                     ("Model answer:", " she tells her dad."), ("", "Plain line.")]


def test_a_cue_timed_inside_a_step_stays_in_its_line() -> None:
    assert cue_lines("Task (6 min): Sort (3 min): sort the cards. Ask (1 min): “Now?”") == \
        [("Task (6 min):", " Sort (3 min): sort the cards. Ask (1 min): “Now?”")]


def test_a_timed_cue_after_a_route_or_a_second_adults_job_is_the_teachers_again() -> None:
    # The Year 4 teacher's closing question sat on the "Years 5–6:" line, and before that
    # under "Second adult:", both lines a teacher skips.
    notes = ("Task (6 min): Second adult: hand out the cards. Do: give the steps. Sort "
             "(3 min): sort them. Years 3–4: cards. Years 5–6: the sheet. Ask (1 min): “Now?”")
    assert cue_lines(notes) == [
        ("Task (6 min):", ""), ("Second adult:", " hand out the cards."),
        ("Do:", " give the steps. Sort (3 min): sort them."), ("Years 3–4:", " cards."),
        ("Years 5–6:", " the sheet."), ("Ask (1 min):", " “Now?”")]
    assert cue_lines("Second adult (Mrs Evans): hand out. Ask (1 min): “Now?”")[-1] == \
        ("Ask (1 min):", " “Now?”")


def test_the_clock_line_is_bold_whole() -> None:
    line = "Section 0:06–0:20 (14 min; at 0:20 be on slide 15)."
    assert cue_lines(line) == [(line, "")]


def test_built_notes_carry_bold_cue_labels(ks2_pack: Path) -> None:
    deck = Presentation(str(next(ks2_pack.glob("*-slides.pptx"))))
    labels: dict[str, bool] = {}
    for slide in deck.slides:
        for paragraph in slide.notes_slide.notes_text_frame.paragraphs:
            runs = paragraph.runs
            if runs and runs[0].text.strip() in ("Do:", "Say:", "Ask:", "If asked:"):
                labels[runs[0].text.strip()] = bool(runs[0].font.bold)
                # The words after the label are plain.
                assert all(not r.font.bold for r in runs[1:]), paragraph.text
    assert labels == {"Do:": True, "Say:": True, "Ask:": True, "If asked:": True}
