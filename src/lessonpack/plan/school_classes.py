"""Every class a brand or school file names, by key stage, and the pack each class gets.

A primary school may book a trainer for a Year 4 and a Year 6 class: both are Key Stage 2,
and each needs its own pack (its own route through the lesson, its teacher on the plan and
letter, its own counts). The file lists them all in ``classes`` (and ``class_name``); the
plans still read "this key stage's class" as the first one named (``class_line``), so a
class's pack is drawn with a brand that names that class first (``for_class``), as
``build --class`` does for one build. Where a key stage has two classes, each pack's folder
carries its class ("live-streaming-ks2-year-6"), and so does each of its files
("live-streaming-ks2-year-6-slides.pptx"), so neither overwrites the other, even copied
into one folder.
"""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.content.school import with_classes
from lessonpack.plan.class_line import YEAR, key_stage_of, split_class
from lessonpack.plan.item_files import Item, pack_folder


def named_classes(brand: Brand) -> list[tuple[str, str]]:
    """("Year 2", "Mrs Ruth Evans"), …: every class the file names (``classes`` in order,
    then ``class_name``), each once by its name, spaces and case aside."""
    found: dict[str, tuple[str, str]] = {}
    pairs = [split_class(c) for c in brand.classes]
    if brand.class_name:
        pairs.append((brand.class_name.strip(), brand.class_teacher.strip()))
    for name, teacher in pairs:
        key = " ".join(name.split()).lower()
        if key and key not in found:
            found[key] = (name, teacher)
        elif key and teacher and not found[key][1]:
            found[key] = (found[key][0], teacher)
    return list(found.values())


def classes_of(audience: Audience, brand: Brand) -> list[tuple[str, str]]:
    """The classes of one key stage, by their year, in the file's order."""
    return [c for c in named_classes(brand) if key_stage_of(c[0]) is audience]


def by_year(classes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Year 4 before Year 6 whichever the file names first (the brief's and the build's
    order); classes of one year keep the file's order."""
    def year(pair: tuple[str, str]) -> int:
        found = YEAR.search(pair[0])
        return int(found[1]) if found else 0
    return sorted(classes, key=year)


def entry(name: str, teacher: str) -> str:
    """"Year 6, Mr Tom Reed": a class as ``classes`` and ``--class`` write it."""
    return f"{name}, {teacher}" if teacher else name


def for_class(brand: Brand, name: str, teacher: str) -> Brand:
    """``brand`` with this class first: its key stage's plan, letter, counts and times are
    this class's."""
    return with_classes(brand, (entry(name, teacher),))


_NOT_A_NAME = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """"Year 6 Owls" -> "year-6-owls": a class's or a school's name in a file name."""
    return _NOT_A_NAME.sub("-", text.lower()).strip("-")


def class_file(item: Item, brand: Brand, what: str) -> str:
    """"live-streaming-ks2-year-6-worksheet": a pack's file named as its folder is, so two
    classes' files copied into one folder (a USB stick) never overwrite each other."""
    return f"{class_folder(item, brand)}-{what}"


def class_folder(item: Item, brand: Brand) -> str:
    """The pack's folder: "live-streaming-ks2", or "live-streaming-ks2-year-6" when the file
    names two classes of the key stage (this pack is the first-named one's)."""
    folder = pack_folder(item)
    ours = classes_of(item.audience, brand)
    if len(ours) < 2:
        return folder
    # The class this pack is drawn for: the key stage's first, as the plans read it.
    return f"{folder}-{slug(ours[0][0])}"
