"""Which picture goes on which slide: what content names (``picture: rabbit``), else a
default chosen by what the slide is for (help-card icons, a thumb for agree-or-disagree),
else one its topic's picture words give it (content/picture_words.py: a ground rule's,
a card's, an answer's words; none for a topic without them).

Content may name any picture of the library (built-in or a school's own); defaults name only
built-in pictures, and a school's own picture of the same name replaces them too.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from lessonpack.content.model import TopicItem
from lessonpack.content.picture_library import Picture, PictureLibrary, builtin_library
from lessonpack.content.picture_words import PictureWords, first
from lessonpack.plan.model import Signpost

# Help services by helpline id (content/facts.yml) -> picture.
HELPLINE_PICTURES = {
    # One picture per service on a slide: the school's safeguarding lead (the school) is
    # not the trusted adult (family, at home or at school), who is not a helpline.
    "dsl": "school",
    # A primary pupils' school card: a friendly grown-up at school, not a building. Children
    # look for a person; the building said nothing about who to go to, and the card drawn
    # with names in the picture's place was the only help card with no picture. A DSL's
    # photo (brand or school file) takes its place. A grown-up with a staff badge on a
    # lanyard, not the teacher at a blackboard: that teacher stands for "a grown-up you
    # trust", and drawn for the lead too it blurred any trusted grown-up with the one
    # named adult.
    "school_adult": "safety-lead",
    # Two warm, different faces, not hugging: trust is not paired with touch (some children
    # dislike touch; for some an adult's hug was part of how they were groomed), and not
    # grey silhouettes (they looked like KS1's "Nobody" picture).
    "trusted_adult": "trusted-grown-ups",
    "childline": "phone",
    "nspcc_helpline": "phone",
    "ceop": "shield",
    "samaritans": "phone",
    # Websites that take an image down: a lock (kept private), a broken chain (sharing
    # stopped); a text line a speech bubble: a phone handset means "ring".
    "report_remove": "locked",
    "take_it_down": "broken-chain",
    "shout": "speech-bubble",
    "police": "police-officer",
    "posh": "phone",
}

def _a(word: str) -> str:
    """"An" before a vowel sound ("An amber light"), else "A": alt text is read aloud."""
    return "An" if word[:1].lower() in "aeiou" else "A"


def for_item(library: PictureLibrary | None, item: TopicItem) -> PictureLibrary:
    """The library a planner of ``item`` chooses from: with the picture words of its topic."""
    return (library or builtin_library()).with_words(item.picture_words)


def words(library: PictureLibrary | None) -> PictureWords:
    """The picture words planning reads (those of the item being planned: ``for_item``)."""
    return (library or builtin_library()).words


def point_pictures(library: PictureLibrary | None, points: tuple[str, ...]
                   ) -> tuple[Picture, ...]:
    """A picture per point, each a different one, or none at all when a point has no
    fitting picture (pictures on some points and not others would mark those)."""
    found: list[Picture] = []
    rows = words(library).points
    for point in points:
        name = first(rows, point)
        picture = get(library, name) if name else None  # its own alt: the words are beside it
        if picture is None or any(p.name == picture.name for p in found):
            return ()
        found.append(picture)
    return tuple(found)


def option_pictures(library: PictureLibrary | None, options: tuple[str, ...],
                    question: str = "", family: dict[str, str] | None = None
                    ) -> tuple[Picture, ...]:
    """A picture per answer option, or none at all when one option has no fitting picture
    (pictures on some answers and not others would point children at those). ``family``:
    story children who are animals, by name (plan/scenes.animals): in a question about one,
    their Mum or Dad is drawn as that animal, as in the story."""
    from lessonpack.plan.scenes import kin_picture

    animal = next((a for name, a in (family or {}).items()
                   if re.search(rf"\b{re.escape(name)}\b", question)), "")
    found = []
    rows = words(library).options
    for option in options:
        name = first(rows, option)
        if name and animal:
            name = kin_picture(animal, name)
        picture = get(library, name, option) if name else None
        if picture is None:
            return ()
        found.append(picture)
    return tuple(found)


# A sort column named after a traffic light gets the light.
LIGHTS = {"green": "green-light", "amber": "amber-light", "red": "red-light"}


def card_picture(library: PictureLibrary | None, text: str) -> Picture | None:
    return get(library, first(words(library).cards, text), text)


def light(library: PictureLibrary | None, column: str) -> Picture | None:
    first = column.split(":")[0].strip().lower()
    return get(library, LIGHTS[first], f"{_a(first)} {first} light") if first in LIGHTS else None


def get(library: PictureLibrary | None, name: str | None, alt: str = "") -> Picture | None:
    if not name:
        return None
    return (library or builtin_library()).get(name, alt)


def by_words(library: PictureLibrary | None, text: str, alt: str = "") -> Picture | None:
    """The picture for a rule or key word, from its words; None when nothing matches."""
    return get(library, first(words(library).words, text), alt)


def helpline(library: PictureLibrary | None, helpline_id: str, contact: str = ""
             ) -> Picture | None:
    """A help card's icon: by service, else by how it is reached (a brand's own services)."""
    if helpline_id in HELPLINE_PICTURES:
        return get(library, HELPLINE_PICTURES[helpline_id])
    return get(library, contact_picture(contact))


def contact_picture(contact: str) -> str:
    """A room to go to gets a door, a phone number a handset, an email an envelope, a
    website a globe, a text line a speech bubble."""
    lowered = contact.lower()
    if re.search(r"\btext\b|\bsms\b", lowered):
        return "speech-bubble"
    if re.search(r"\d{3,}[\d ]{4,}", contact):
        return "phone"
    if re.search(r"\broom\b|\boffice\b|\bg\d+\b|\bdrop in\b|\bdrop-in\b", lowered):
        return "door"
    if "@" in contact:
        return "envelope"
    if re.search(r"\b[a-z0-9-]+\.(?:org|com|uk|gov|net)\b", lowered):
        return "globe"
    return "phone"


def characters(library: PictureLibrary | None, text: str, family: dict[str, str]
               ) -> Picture | None:
    """The first story child ``text`` names who is an animal (``family``: name -> animal,
    from the scenarios' ``animal``, plan/scenes.animals), drawn as it: "Pip the rabbit"."""
    for name, animal in family.items():
        if re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE):
            return get(library, animal, f"{name} the {animal}")
    return None


# A second picture for a service whose usual one another card already has (a brand's own
# phone lines beside Childline's phone): tried in order, the first not yet used.
OTHER_HELP_PICTURES = ("helping-hand", "people", "handshake", "home", "heart-hands")


def distinct_help(given: tuple[Signpost, ...], extra: tuple[Signpost, ...],
                  library: PictureLibrary | None) -> tuple[Signpost, ...]:
    """A school's or trainer's own services (``extra``, listed after the national ones) each
    with a picture no other card has: where one would repeat another's (three phones on one
    slide), it gets the first unused of OTHER_HELP_PICTURES. National services keep theirs."""
    used = {s.picture.name for s in given if s.picture is not None}
    out = []
    for sign in extra:
        picture = sign.picture
        if picture is not None and picture.name in used:
            spare = next((n for n in OTHER_HELP_PICTURES if n not in used), None)
            picture = (get(library, spare) if spare else None) or picture
            sign = replace(sign, picture=picture)
        if picture is not None:
            used.add(picture.name)
        out.append(sign)
    return (*given, *out)


def plain(library: PictureLibrary | None, picture: Picture) -> Picture:
    """KS3-KS4's one-colour line icon for a built-in emoji (its ``plain-`` twin in the
    library), keeping an alt text given for this use; a school's own picture of the name,
    or one with no twin, is kept as it is."""
    builtin = builtin_library().get(picture.name)
    if builtin is None or builtin.sha1 != picture.sha1:
        return picture
    twin = (library or builtin_library()).get(f"plain-{picture.name}")
    if twin is None:
        return picture
    return twin if picture.alt == builtin.alt else replace(twin, alt=picture.alt)


def plain_icons(value: Any, library: PictureLibrary | None) -> Any:
    """``value`` (a slide, its payload, anything in it) with every icon made plain, except
    inside a live stream's screen (its props and streamer are the story's scene) and a field
    marked ``plain: False`` (the answer tick, one style in every deck)."""
    from lessonpack.kinds.payloads import StreamScreen

    if isinstance(value, Picture):
        return plain(library, value)
    if isinstance(value, StreamScreen):
        return value
    if isinstance(value, tuple):
        items = tuple(plain_icons(v, library) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: new for f in fields(value) if f.init and f.metadata.get("plain", True)
                   if (new := plain_icons(getattr(value, f.name), library))
                   is not getattr(value, f.name)}
        return replace(value, **changed) if changed else value
    return value
