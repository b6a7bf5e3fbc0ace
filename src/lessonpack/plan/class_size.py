"""How many pupils a key stage's class has, for the copies the visit papers ask for.

The school file's ``class_sizes`` gives each class's size by its name; a class it leaves
out is counted as 30 (a typical primary class), and the papers say that 30 is an
assumption rather than print it as though the school had said so.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.plan.class_line import class_and_teacher

T = TypeVar("T")
ASSUMED = 30  # a typical primary class: counted when the school file gives no size


def for_class(by_class: Mapping[str, T], audience: Audience, brand: Brand) -> T | None:
    """This key stage's class's entry in a mapping by class name (``class_sizes``,
    ``lesson_times``), spaces and case aside; None when the file gives none."""
    name, _ = class_and_teacher(audience, brand)
    wanted = " ".join(name.split()).lower()
    if not wanted:
        return None
    for key, value in by_class.items():
        if " ".join(key.split()).lower() == wanted:
            return value
    return None


def class_size(audience: Audience, brand: Brand) -> int | None:
    """The size the school file gives for this key stage's class; None when it gives none."""
    return for_class(brand.class_sizes, audience, brand)


def pupils(audience: Audience, brand: Brand) -> int:
    """The pupils to print for: the class's size, else the assumed 30."""
    size = class_size(audience, brand)
    return ASSUMED if size is None else size


def assumption(audiences: list[Audience], brand: Brand) -> str:
    """"Counts are for a class of 30: change them if yours differs." when any of these
    classes has no size in the school file; "" when every one has."""
    if all(class_size(a, brand) is not None for a in audiences):
        return ""
    return f"Counts are for a class of {ASSUMED}: change them if yours differs."
