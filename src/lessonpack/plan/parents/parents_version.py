"""Which version of the parents' workshop a pack holds (all-through, primary, secondary):
its name on the cover and notes, its file name, and the build's line about it."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    ParentSession,
)
from lessonpack.plan import item_files


def version_build_note(session: ParentSession, phase: str) -> str:
    """The build's line for the all-through workshop (the default phase's), or nothing: it
    shows teenage figures and a teenage sextortion story to any audience, so whoever builds
    it is told which version it is and how one phase's is made."""
    version = session.version(phase)
    if phase != "all" or version is None:
        return ""
    return (f"{session.id}: {version.label}; for a primary or a secondary school's parents, "
            "put \"phase: primary\" or \"phase: secondary\" in the brand file (or the --school "
            "file) and build again")


# A version's name as the cover's kicker and the notes' first page say it, by the phase it
# was written for (the content's ``versions`` keys).
VERSION_NAMES = {"all": "All-through", "primary": "Primary", "secondary": "Secondary"}


def version_name(session: ParentSession, phase: str) -> str:
    """"All-through version": which version a deck or its notes are, said where a presenter
    looks first (the default build is the all-through one, with teenage material, and
    nothing on its cover said so); "" for a session without versions."""
    if session.version(phase) is None or phase not in VERSION_NAMES:
        return ""
    return f"{VERSION_NAMES[phase]} version"


def version_note(session: ParentSession, brand: Brand) -> str:
    """What the content says this phase's version is (for whom, and how a school of one
    phase gets its own), or nothing."""
    version = session.version(brand.phase)
    return version.note if version else ""


# How a version's file name says its phase, as its cover says it: an all-through deck and a
# primary one in two schools' folders looked alike until opened.
VERSION_WORDS = {"all": "all-through", "primary": "primary", "secondary": "secondary"}


def deck_filename(session: ParentSession, phase: str) -> str:
    """"live-streaming-parents-primary-slides.pptx": the workshop deck's name with its
    version where the content names one for the phase, else the plain name."""
    word = VERSION_WORDS.get(phase, "") if session.version(phase) is not None else ""
    return item_files.file_stem(session, f"{word}-slides" if word else "slides") + ".pptx"
