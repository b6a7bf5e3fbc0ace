"""The people a pack names in its sentences: the school's Designated Safeguarding Lead
and deputy (or the role, where the brand names nobody), and a visiting trainer's
organisation."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import FILL_IN_DEPUTY

DSL_TITLE = "Designated Safeguarding Lead"


def school_deputy(brand: Brand) -> str:
    """The deputy the school's card names ("Deputy: Mr Ben Adeyemi."; children's cards as
    pupils say it, "Mr Adeyemi"): the brand's, or the field to fill in. One decision, read
    by ``school_contact`` and by the parents' help slide, which names the deputy in its own
    sentence (plan/deck/help ``parents_school_card``), never by reading the card's words.
    (Not a field of the card: every string a plan holds is printed, and the Fill in first
    box lists the names it finds in them.)"""
    return brand.deputy_dsl_name.strip() or FILL_IN_DEPUTY


# The DSL where a brand names nobody: the role, spelled out, as parents read some of these
# lines and not every parent knows "DSL". ONE spelling, through dsl() below.
UNNAMED_DSL = "the school's Designated Safeguarding Lead"


def dsl(brand: Brand) -> str:
    """The school's DSL as a sentence names them: by name, or the role where the brand names
    nobody (a printed letter leaves FILL_IN_DSL instead, for the teacher to complete)."""
    return brand.dsl_name.strip() or UNNAMED_DSL


def visitor(brand: Brand) -> str:
    """Who delivers the lesson when it is not the school's own staff: a trainer's
    organisation (``delivered_by``), or "" for a school delivering its own lesson."""
    return brand.delivered_by.strip()
