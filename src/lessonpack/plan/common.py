"""Pieces every plan builder needs: file names, metadata, footers, signposts."""

from __future__ import annotations

from lessonpack.brand import Brand
from lessonpack.content.model import (
    AUDIENCE_LABELS,
    Audience,
    FactsFile,
    Lesson,
    ParentSession,
)
from lessonpack.plan.model import DocMeta, Signpost

Item = Lesson | ParentSession


def pack_folder(item: Item) -> str:
    return f"{item.topic}-{item.audience.value}"


def file_stem(item: Item, what: str) -> str:
    return f"{item.topic}-{item.audience.value}-{what}"


def meta(item: Item, brand: Brand, what: str) -> DocMeta:
    return DocMeta(
        title=f"{item.title}: {what}",
        subject=f"{item.topic_title} — {AUDIENCE_LABELS[item.audience]}",
        author=brand.author,
        keywords=f"online safety; {item.topic_title.lower()}; {item.audience.value}; lessonpack",
    )


def footer(item: Item, brand: Brand) -> str:
    parts = [brand.footer or brand.named,
             f"{item.topic_title} · {AUDIENCE_LABELS[item.audience]}"]
    return "  ·  ".join(p for p in parts if p)


def _contact(contact: str, web: str | None, *, with_web: bool) -> str:
    # "ceop.police.uk/Safety-Centre" adds nothing to a contact that already names the site.
    if with_web and web and web.split("/")[0] not in contact:
        return f"{contact} · {web}"
    return contact


def signposts(item: Item, facts: FactsFile, brand: Brand) -> tuple[Signpost, ...]:
    """The lesson's own helplines, worded for its audience."""
    by_id = {h.id: h for h in facts.helplines}
    chosen = [by_id[ref] for ref in item.signposting]
    if item.audience in (Audience.KS1, Audience.KS2):
        out = [Signpost(h.name, h.child_friendly, h.contact) for h in chosen]
    elif item.audience in (Audience.KS3, Audience.KS4):
        out = [Signpost(h.name, h.young_people, h.contact) for h in chosen]
    else:
        out = [Signpost(h.name, h.what_for, _contact(h.contact, h.web, with_web=True))
               for h in chosen]
    out += [Signpost(h.name, h.what_for, h.contact) for h in brand.extra_helplines]
    return tuple(out)


# Services every letter home names for parents, whatever the pupils' lesson signposted.
PARENT_HELPLINES = ("nspcc_helpline", "ceop")


def adult_signposts(item: Item, facts: FactsFile, brand: Brand) -> tuple[Signpost, ...]:
    """Help for parents and carers: the NSPCC Helpline and CEOP first, then the lesson's own."""
    by_id = {h.id: h for h in facts.helplines}
    ids = [i for i in dict.fromkeys((*PARENT_HELPLINES, *item.signposting))
           if i in by_id and i != "trusted_adult"]
    out = [Signpost(by_id[i].name, by_id[i].what_for,
                    _contact(by_id[i].contact, by_id[i].web, with_web=True)) for i in ids]
    out += [Signpost(h.name, h.what_for, h.contact) for h in brand.extra_helplines]
    return tuple(out)


def source_lines(item: Item, facts: FactsFile) -> tuple[str, ...]:
    by_id = {s.id: s for s in facts.sources}
    lines = []
    for ref in sorted(item.sources, key=_source_order):
        s = by_id[ref]
        date = f" ({s.date})" if s.date else ""
        # Where a copy was read, it is named as such: the owner stays the authority.
        read = f" Read at: {'; '.join(s.read_at)}." if s.read_at else ""
        checked = f" Checked {s.checked.isoformat()}." if s.checked else ""
        lines.append(f"[{s.id}] {s.publisher}, “{s.title}”{date}. {s.url}{read}{checked}")
    return tuple(lines)


def _source_order(ref: str) -> tuple[int, str]:
    """S2 before S10; named sources (S-IM) after the numbered ones."""
    digits = "".join(ch for ch in ref[1:] if ch.isdigit())
    return (int(digits) if digits and ref[1:2].isdigit() else 10_000, ref)


def continued(title: str, n: int, items: int, per_slide: int) -> str:
    """Unique titles when a list runs over several slides: "Who can help (2 of 3)"."""
    slides = -(-items // per_slide)
    return title if slides == 1 else f"{title} ({n + 1} of {slides})"


def minutes(n: int) -> str:
    return f"{n} min"
