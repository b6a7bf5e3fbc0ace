"""How both renderers mark a fill-in (what is one: content/fill_ins).

A fill-in's own ink, on its yellow in decks and documents alike: the run keeps no colour of
its own, since white or pale text (a dark card, a table header) on yellow is unreadable.
"""

from __future__ import annotations

INK = "1A1A1A"
