"""What a plan is made for (a lesson or a parents' session) and what its files are
called: the pack's folder, each file's stem, and a document's metadata."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import AUDIENCE_LABELS, Lesson, ParentSession
from lessonpack.plan.model import DocMeta

Item = Lesson | ParentSession


def pack_folder(item: Item) -> str:
    return f"{item.topic}-{item.audience.value}"


def file_stem(item: Item, what: str) -> str:
    return f"{item.topic}-{item.audience.value}-{what}"


def meta(item: Item, brand: Brand, what: str, schools: bool = False) -> DocMeta:
    """``schools``: a document the school sends (a letter, the parents' handout), authored by
    the school; every other file of a visiting trainer's pack is the trainer's own work and
    says so in its metadata (naming the school on every file hid who wrote them)."""
    return DocMeta(
        title=f"{item.title}: {what}",
        subject=f"{item.topic_title} — {AUDIENCE_LABELS[item.audience]}",
        author=brand.author if schools or not brand.delivered_by else brand.delivered_by,
        keywords=f"online safety; {item.topic_title.lower()}; {item.audience.value}; lessonpack",
    )
