"""lessonpack: ready-to-deliver online-safety lesson packs."""

__version__ = "0.1.0"
