"""Slide kinds: one module each, found by ``kinds.registry``.

A kind module holds everything one kind of slide is: the payload dataclass the planners put
on a ``Slide``, the layout it needs in a deck template (and what to use when a trainer's
template has none), and how its slide is filled. Adding a kind is one new module here, the
content that feeds it and its tests: see docs/adding-a-slide-kind.md.
"""
