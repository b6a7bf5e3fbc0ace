"""How both renderers mark a fill-in (what is one: content/fill_ins).

A fill-in sits on one pale tint in decks and documents alike, and carries its own dark ink:
the run keeps no colour of its own, since white or pale text (a dark card, a table header)
on the tint would be unreadable.
"""

from __future__ import annotations

INK = "1A1A1A"
# A pale yellow tint: not a brand colour (it means "fill this in" in every brand), dark
# text on it reads at well over 4.5:1, and a slide or letter printed before every field is
# filled in shows a light wash behind the words, not the marker-pen bands (Word's fixed
# "yellow" highlight, FFFF00) that a printed page could not be used with. Documents give it
# as a run's shading, since Word's own highlight offers fixed colours only.
TINT = "FFF3C4"
# The same yellow, deeper: a fill-in's tint where the pale one hardly differs from what it
# sits on (a trainer's pale yellow or cream slide: klee2's fields showed only their
# brackets). Dark ink still reads on it at over 10:1.
DEEP_TINT = "FFD966"
# The EXAMPLE mark of a pack built from an example file, on slides and pages alike: a dark
# red that white bold words read on at 7.4:1.
EXAMPLE_RED = "A4161A"
