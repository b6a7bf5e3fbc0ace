"""A parent who tells the facilitator of abuse they suffered as a child is given a named
adult service, not "support is available" (which named no support), and the DSL is told without the
parent's agreement only when a child is at risk now. The service is cited to a source in
facts.yml, which says why no phone number is printed (none read on NAPAC's own site)."""

from __future__ import annotations

from lessonpack.api import load

INDEX = load()
SESSION = INDEX.items["live-streaming-parents"].item


def test_a_parents_own_past_abuse_gets_a_named_adult_service() -> None:
    step = next(s for s in SESSION.safeguarding.steps if "as a child" in s)
    assert "NAPAC (napac.org.uk)" in step and "adults abused as children" in step
    assert "A child at risk now? Tell the DSL and say why" in step
    assert "support is available" not in step


def test_the_service_is_cited_and_no_unread_number_is_printed() -> None:
    assert "S-NAPAC" in SESSION.sources
    source = next(s for s in INDEX.facts.sources if s.id == "S-NAPAC")
    assert source.url == "https://napac.org.uk/"
    text = " ".join(SESSION.safeguarding.steps)
    assert "0808 801 0331" not in text and "0800 085 3330" not in text


def test_the_primary_version_is_for_reception_families_too() -> None:
    versions = {str(p): v for p, v in SESSION.versions.items()}
    assert versions["primary"].subtitle.startswith("For families of children aged 4–11")
    assert "from 4 to 16" in versions["all"].label
