"""The sources that end a plan or the facilitator notes (plan/common.sources_section): one
numbered line an organisation, a part of its site under it when the organisation is cited
too, split from the publisher at its last comma outside brackets."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.plan.common import _owner_and_part, sources_section
from lessonpack.plan.model import BulletList


def test_a_publisher_is_split_at_its_last_comma_outside_brackets() -> None:
    assert _owner_and_part("NCA-CEOP (Thinkuknow, now CEOP Education), parents' pages") == (
        "NCA-CEOP (Thinkuknow, now CEOP Education)", "parents' pages")
    assert _owner_and_part("NCA-CEOP (CEOP Education), parents' pages") == (
        "NCA-CEOP (CEOP Education)", "parents' pages")
    assert _owner_and_part("Ofcom") == ("Ofcom", "")
    assert _owner_and_part("NCA-CEOP (Thinkuknow, now CEOP Education)") == (
        "NCA-CEOP (Thinkuknow, now CEOP Education)", "")


def test_an_organisations_parents_pages_go_under_it_when_it_is_cited() -> None:
    """The parents' notes cite Thinkuknow's professional page (S1) and its parents' page
    (S14): one line for the organisation, not a second headed "NCA-CEOP (Thinkuknow"."""
    index = load()
    item = index.items["live-streaming-parents"].item
    assert {"S1", "S14"} <= set(item.sources)
    listed = next(b for b in sources_section(item, index.facts) if isinstance(b, BulletList))
    labels = list(listed.labels)
    assert len(labels) == len(set(labels))
    assert not any(label.startswith("NCA-CEOP (Thinkuknow, now CEOP Education), ")
                   for label in labels)
    own = listed.items[labels.index("NCA-CEOP (Thinkuknow, now CEOP Education):")]
    assert "A short guide to live streaming (parents' pages), 2019" in own
    assert "Digital Families 2018" in own
