"""The line above the first help cards: who to start with, and for parents when to ring
whom."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.plan.contact_text import PHONE
from lessonpack.plan.item_files import Item
from lessonpack.plan.local_help import childrens_number
from lessonpack.plan.named_people import dsl, visitor


def help_lead(item: Item, brand: Brand, *, tonight: bool = False) -> str:
    """The line above the first help cards. A school's staff say "our"; a visiting trainer
    speaks for no school, so the school is named and its DSL offered as help. ``tonight``: an
    evening session, where the DSL or the deputy is asked to be on site (the checklist asks
    it; the presenter says which of them came)."""
    school = brand.named or "your school"
    if item.audience is Audience.PARENTS:
        if visitor(brand):
            # The school's DSL named as help on offer: "hears any concern from us at once"
            # read as a warning that the team reports parents. "Its DSL": the school's, so
            # "we", the visiting team, cannot be read as the school.
            # One line above the cards: two lines ran into them.
            return f"Start with {school}: {_staff_on_site(brand) if tonight else _its_dsl(brand)}"
        if no_phone(brand):
            return _office_or_local(brand, tonight=tonight)
        if tonight and brand.dsl_name.strip():
            return f"Start with the school: {_on_site(brand)}"
        return "Start with the school: we are here to help, and so are these services."
    if visitor(brand):
        return "You can talk to any of these, or put a question in the question box."
    return "You can talk to any of these, or put a question in our question box."


def _office_or_local(brand: Brand, *, tonight: bool) -> str:
    """The first parents' help slide's line where the DSL has no phone of their own: the
    names are on the card under it, so the line says when to ring whom. At an evening
    session with the council's 24-hour line in the school file, that line is named for out
    of hours (the office has shut); "ring the office" is left to the card, for room."""
    words = safeguarding_words().signposting
    local = childrens_number(brand)
    said = f"Talk to us tonight. {fill(words.out_of_hours_local, local=local)}"
    if tonight and local and len(said) <= _LEAD_CHARS:
        return said
    now = "talk to us tonight or ring the office" if tonight else "ring the office"
    return f"Start with the school: {now}. {words.out_of_hours}"


# The longest line above the parents' first help cards kept to one line at 18 pt (it stands
# in a one-line box; a second line ran into the cards).
_LEAD_CHARS = 104


def no_phone(brand: Brand) -> bool:
    """Whether the brand names its DSL and an office phone but gives the DSL no phone of
    their own (Riverside: a room and an email)."""
    return bool(brand.dsl_name.strip() and brand.phone.strip()
                and not PHONE.search(brand.safeguarding_contact))


def _its_dsl(brand: Brand) -> str:
    name = brand.dsl_name.strip()
    return f"its DSL, {name}, is there to help you." if name else \
        "its DSL is there to help you."


def _on_site(brand: Brand) -> str:
    """Whom parents can talk to on the evening: the presenters, and the DSL or deputy by
    name. Printed weeks before, the slide promises no one's presence: if neither came, a
    parent about to disclose would be told someone was there for them who was not (the
    notes have the presenter say which of them is here)."""
    name, deputy = brand.dsl_name.strip(), brand.deputy_dsl_name.strip()
    if name and deputy:
        said = f"talk to us tonight, or to {name} (DSL) or {deputy} (deputy)."
    else:
        said = f"talk to us tonight, or to {name or 'the DSL'} (DSL) or a deputy."
    # The line stands in a one-line box above the cards; long names wrapped it into them.
    # The first card names the DSL and the deputy, so a long line leaves the names to it.
    if len(said) > _ON_SITE_CHARS:
        return "talk to us tonight, or to the DSL or deputy on the first card."
    return said


# The longest "talk to us tonight, ..." line kept whole: with "Start with the school: " it
# fills one line at the deck's smallest body size (18 pt) across a 16:9 slide.
_ON_SITE_CHARS = 78


def _staff_on_site(brand: Brand) -> str:
    """A visiting team's evening: the school's DSL or deputy. "Talk to us" read as the team,
    though every worry goes to the school's DSL. The visit brief asks for one of the two on
    site, not both, and the deck is printed weeks before: the slide promises no one's
    presence, and the notes have the presenter say who is here. Where the school names its
    DSL and deputy, the first card under this line names both with their numbers: the line
    points to it rather than saying both names twice on the evening's densest slide."""
    if brand.dsl_name.strip() and brand.deputy_dsl_name.strip():
        return "talk to its DSL or deputy, named on the first card."
    name, deputy = dsl(brand), brand.deputy_dsl_name.strip()
    role = " (DSL)" if brand.dsl_name.strip() else ""
    if deputy:
        return f"talk to {name}{role} or {deputy} (deputy)."
    return f"talk to {name}{role} or a deputy."
