"""Who can help, as a pack's help cards list them: the school's card, the national
services the item signposts (worded for its audience) and the brand's own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, FactsFile, Helpline
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.content.sentences import sentences
from lessonpack.plan import pictures as pics
from lessonpack.plan.ages import age_of
from lessonpack.plan.item_files import Item
from lessonpack.plan.local_help import local_helplines, own_helplines
from lessonpack.plan.model import HelplineRef, Keep, Kept, Signpost, reach
from lessonpack.plan.pictures import helpline as helpline_picture
from lessonpack.plan.school_card import school_contact


def _contact(contact: str, web: str | None, *, with_web: bool) -> str:
    # "ceop.police.uk/Safety-Centre" adds nothing to a contact that already names the site.
    if with_web and web and web.split("/")[0] not in contact:
        return f"{contact} · {web}"
    return contact


def _for_five_year_olds(h: Helpline) -> Signpost:
    """KS1 says "grown-up" all lesson long. Childline is for children of any age to ring
    themselves, free, at any time: say so, for the child who cannot tell the grown-ups
    around them (never "a grown-up can help you ring", which shuts that door)."""
    said = safeguarding_words().signposting
    if h.id == "trusted_adult":
        return Signpost(said.ks1_trusted_adult, h.child_friendly, reach(h.contact))
    if h.id == "childline":
        # The number to ring is a field (facts.yml ``call``); a school's own Childline entry
        # that gives none is cut at its first bracket ("0800 1111 (free, 24 hours)").
        number = h.call or h.contact.split("(")[0].strip()
        return Signpost(h.name, h.child_friendly, reach(fill(said.ks1_childline, number=number)))
    return Signpost(h.name, h.child_friendly, reach(h.contact))


def signposts(item: Item, facts: FactsFile, brand: Brand,
              library: PictureLibrary | None = None) -> tuple[Signpost, ...]:
    """Who can help, worded for the item's audience, each with its help-card icon: the
    school's Designated Safeguarding Lead first, then the item's national services, then the
    brand's own services meant for this audience."""
    by_id = {h.id: h for h in facts.helplines}
    chosen = [by_id[ref] for ref in item.signposting]
    if item.audience is Audience.KS1:
        out = [_for_five_year_olds(h) for h in chosen]
    elif item.audience is Audience.KS2:
        out = [Signpost(h.name, h.child_friendly, reach(h.contact)) for h in chosen]
    elif age_of(item.audience).secondary:
        out = [Signpost(h.name, h.young_people, reach(h.contact)) for h in chosen]
    else:
        out = [Signpost(h.name, h.what_for, reach(_contact(h.contact, h.web, with_web=True)))
               for h in chosen]
    out = [replace(s, picture=helpline_picture(library, h.id), helpline=HelplineRef(h.id),
                   kept=with_first(s.blurb, h.keep_with_first))
           for s, h in zip(out, chosen, strict=True)]
    own = tuple(Signpost(h.name, h.what_for, reach(h.contact),
                         helpline_picture(library, "", h.contact))
                for h in local_helplines(brand, pupils=item.audience.is_pupils))
    return pics.distinct_help((school_contact(item, brand, library), *out), own, library)


def with_first(words: str, kept: Sequence[str]) -> tuple[Kept, ...]:
    """The sentences of a helpline's ``words`` a card cut to its first keeps (content/
    facts.yml ``keep_with_first``, the same words), by their place, marked WITH_FIRST."""
    return tuple((n, Keep.WITH_FIRST) for n, said in enumerate(sentences(words))
                 if said in kept)


# Services every letter home names for parents, whatever the pupils' lesson signposted.
PARENT_HELPLINES = ("nspcc_helpline", "ceop")


def adult_signposts(item: Item, facts: FactsFile, brand: Brand) -> tuple[Signpost, ...]:
    """Help for parents and carers: the NSPCC Helpline and CEOP first, then the lesson's own."""
    by_id = {h.id: h for h in facts.helplines}
    ids = [i for i in dict.fromkeys((*PARENT_HELPLINES, *item.signposting))
           if i in by_id and i != "trusted_adult"]
    out = [Signpost(by_id[i].name, by_id[i].what_for,
                    reach(_contact(by_id[i].contact, by_id[i].web, with_web=True)),
                    kept=with_first(by_id[i].what_for, by_id[i].keep_with_first),
                    helpline=HelplineRef(i)) for i in ids]
    out += [Signpost(h.name, h.what_for, reach(h.contact))
            for h in own_helplines(brand, pupils=False)]
    return tuple(out)
