"""What families of teenagers are told to do about a threat: the handout's family agreement
speaks as the family ("we"), says not to pay and that a photo already sent changes nothing,
and puts the blame on whoever asked; the KS4 letter after the lesson says what to do when
a young person talks of self-harm, beside the services the lesson teaches them."""

from __future__ import annotations

from lessonpack.api import load

INDEX = load()
PARENTS = INDEX.items["live-streaming-parents"].item
KS4 = INDEX.items["live-streaming-ks4"].item


def test_the_agreement_line_on_a_threat_is_the_familys_own_promise() -> None:
    line = next(x for x in PARENTS.handout.family_agreement if "nude" in x)
    assert line.startswith("If anyone asks for a nude or makes a threat, we stop replying")
    assert "don't pay" in line and "even if a photo was sent" in line
    assert "The blame is theirs, never ours." in line
    assert "your fault" not in line  # "we" all through: no one singled out as "you"


def test_the_ks4_letter_after_says_what_to_do_in_distress() -> None:
    # Where a parent looks that night: stay with them. The services are a line above it.
    # 999 where their life is in danger: the box ended at "stay with them".
    assert "Talk of self-harm? Stay with them; 999 if their life is in danger." \
        in KS4.letter.after.if_told[1]
    learned = " ".join(KS4.letter.after.learned)
    # Named where the class's learning is told; their numbers in the letter's "Where to get
    # help" box, where a parent looks for a number (tests/test_crisis_line.py).
    assert "Childline, Samaritans and Shout" in learned and "numbers below" in learned
