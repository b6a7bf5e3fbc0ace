"""The statements pupils vote on, at the start of a lesson and again at its end."""

from __future__ import annotations

from lessonpack.content.model import Lesson
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.vote_rows import VoteRowsSlide
from lessonpack.plan import pictures as pics
from lessonpack.plan import slide_runs
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
    """The starter's statements to vote on. Readers (KS2-KS4) tick them privately on their
    sheet: all three on one slide, a row each with the sheet's boxes under ``caption`` and no
    hand signals (a show of thumbs on "partly the child's fault" would let a tricked child
    see classmates blame them; six thumbs slides were a fifth of a deck). Five-to-seven-
    year-olds vote with thumbs, one statement a slide, large, over a row of thumbs to copy
    (three at once was too much for them)."""
    st = lesson.starter
    texts = [s.text for s in st.statements]
    if lesson.readers:
        return [Slide(title, kicker=kicker, payload=VoteRowsSlide(tuple(texts), caption),
                      notes=join_notes(notes, answers))]
    again = "Read the sentence aloud. Thumbs up, thumbs down or a hand on the chin."
    return [Slide(slide_runs.continued(title, n, len(texts), 1), kicker=kicker,
                  pictures=_votes(library),
                  payload=BulletSlide((text,), scale=True),
                  notes=join_notes(notes if n == 0 else again,
                                   # The teacher reads the slide aloud to non-readers, so the
                                   # key says plainly it is not part of the script.
                                   "Answer (don't read this aloud): "
                                   f"{vote_word(st.statements[n].agree, False)}: "
                                   f"{st.statements[n].why}" if answers else ""))
            for n, text in enumerate(texts)]
