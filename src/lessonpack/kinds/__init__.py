"""Slide kinds: one module (or package) each, found by ``kinds.registry``.

A kind holds everything one kind of slide is: the payload dataclass the planners put on a
``Slide``, the layout it needs in a deck template (and what to use when a trainer's template
has none), how its slide is filled, the drawing of its own (supplied to its slots, found by
render/kind_drawings.py; a package's ``drawing.py``) and its document counterpart. Adding a
kind is one new module here, the content that feeds it and its tests: see
docs/adding-a-slide-kind.md.
"""
