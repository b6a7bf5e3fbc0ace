"""The statements pupils vote on, at the start of a lesson and again at its end."""

from __future__ import annotations

from lessonpack.content.model import Lesson
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.kinds.vote_rows import VoteRowsSlide
from lessonpack.plan import pictures as pics
from lessonpack.plan.model import Slide
from lessonpack.plan.notes import join_notes


def vote_word(agree: bool, readers: bool) -> str:
    """A statement's key as its voters say it: readers agree or disagree; children who
    cannot read yet answer yes or no with their thumbs ("Disagree" and "Agree" are not
    five-year-olds' words)."""
    if readers:
        return "Agree" if agree else "Disagree"
    return "Yes" if agree else "No"


def _votes(library: PictureLibrary | None) -> tuple[Picture, ...]:
    """Yes, no and not sure, shown equally: one thumbs-up beside statements pupils should
    say no to reads as the answer to a child who cannot read them. Only children who cannot
    read yet vote with thumbs, so the alt text says their words."""
    found = (pics.get(library, "thumbs-up", "A thumbs up: yes"),
             pics.get(library, "thumbs-down", "A thumbs down: no"),
             # Its own picture and action (a hand on the chin): a flat hand is also
             # "No!" in the sayings, one sign with two meanings for 5-year-olds.
             pics.get(library, "thinking", "A thinking face: not sure"))
    return tuple(p for p in found if p is not None)


def votes_slides(lesson: Lesson, title: str, kicker: str, notes: str, answers: str,
                 library: PictureLibrary | None, caption: str = "") -> list[Slide]:
    """The starter's statements to vote on, all on one slide, a row each. Readers (KS2-KS4)
    tick them privately on their sheet: each row with the sheet's boxes under ``caption``
    and no hand signals (a show of thumbs on "partly the child's fault" would let a tricked
    child see classmates blame them; six thumbs slides were a fifth of a deck).
    Five-to-seven-year-olds vote with thumbs: each row with the thumbs to copy, the teacher
    reading one sentence at a time (three slides alike, twice over, were a tenth of their
    deck and read as the same slide again)."""
    st = lesson.starter
    texts = [s.text for s in st.statements]
    if lesson.readers:
        return [Slide(title, kicker=kicker, payload=VoteRowsSlide(tuple(texts), caption),
                      notes=join_notes(notes, answers))]
    thumbs = _votes(library)
    again = "Read the sentence aloud. Thumbs up, thumbs down or a hand on the chin."
    # Each sentence's own script, one after another, as the three slides had them.
    scripts = [f"Sentence {n}: “{text}” {again}"
        # The teacher reads the slide aloud to non-readers, so the key says plainly it is
        # not part of the script.
        + (" Answer (don't read this aloud): "
           f"{vote_word(st.statements[n - 1].agree, False)}: {st.statements[n - 1].why}"
           if answers else "")
        for n, text in enumerate(texts, 1)]
    return [Slide(title, kicker=kicker,
                  payload=VoteRowsSlide(tuple(texts), "Thumbs up, thumbs down or not sure?",
                                        thumbs if len(thumbs) == 3 else ()),
                  notes=join_notes(notes, *scripts))]
