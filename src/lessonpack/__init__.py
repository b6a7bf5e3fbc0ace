"""lessonpack: ready-to-deliver online-safety lesson packs.

The package is laid out as its pipeline: content/ (what a user gives: lessons, facts, brand,
pictures) -> plan/ (format-neutral plans; kinds/ holds one module per slide kind) -> render/
(.pptx and .docx bytes) -> io/ (files written atomically, reproducible zips). build/ runs it
(request -> run -> report); api.py is the one entry point, and cli/ and web/ are doors onto
it; check/ inspects any .pptx/.docx; rules.py lists every problem code.
"""

__version__ = "0.1.0"
