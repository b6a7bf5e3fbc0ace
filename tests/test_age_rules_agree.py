"""Every age rule the content states agrees with content/facts.yml.

"TikTok, YouTube, Instagram: 16 or 18 to go live alone" was on KS2 slide 17, in its exit
quiz's notes and in every KS2 letter, and KS3 slide 10 said "16+ or 18+" for all three a line
above "Instagram: 13–15 can go Live only with a parent's permission". Instagram has no age to
go live alone: under 16 it needs a parent's permission. So each app named with an age must
give that app's own ages: the number after an app's name (up to the next app named, or the
sentence's end) is one the facts allow for it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CONTENT = sorted((ROOT / "content" / "live-streaming").glob("*.yml"))
APPS = re.compile(r"\b(TikTok|YouTube|Instagram)\b")
AGE = re.compile(r"\b1[0-9]\b")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# What stands between apps named as one list: "TikTok, YouTube and Instagram", "TikTok or YouTube".
LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*")

# The ages each app may be named with: its account age (13) and its rule for going live in
# facts.yml (TikTok 18; YouTube 16 alone, 13–15 with an adult; Instagram 13–15 with a
# parent's permission, so "under 16" and never an age to go live alone).
ALLOWED = {"TikTok": {13, 18}, "YouTube": {13, 15, 16}, "Instagram": {13, 15, 16}}


def _facts_rules() -> dict[str, str]:
    facts = yaml.safe_load((ROOT / "content" / "facts.yml").read_text(encoding="utf-8"))
    return {r["id"]: r["rule"] for r in facts["platform_rules"]}


def test_the_allowed_ages_are_the_facts_own() -> None:
    """The table above is read from facts.yml's rules: change a rule there and this fails,
    pointing here."""
    rules = _facts_rules()
    assert "18 or over to go LIVE" in rules["tiktok_live"]
    assert "16 or over to live stream alone" in rules["youtube_live"]
    assert "13–15" in rules["youtube_live"]
    assert re.search(r"Under-16s .* cannot go Live without a parent's permission",
                     rules["instagram_live"])


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield " ".join(value.split())
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _said(text: str) -> Iterator[tuple[str, set[int], str]]:
    """(app, the ages said after it, the words) for each app named in ``text``.

    Apps named in a list ("TikTok and YouTube let nobody under 16 ...") share the words after
    the list's last app: reading only up to the next app gave TikTok no words at all, so the
    KS2 letter's "TikTok and YouTube ... under 16 go live alone" passed while slide 17 said
    TikTok 18."""
    found = list(APPS.finditer(text))
    for i, m in enumerate(found):
        last = i
        while last + 1 < len(found) and LIST_JOIN.fullmatch(
                text[found[last].end():found[last + 1].start()]):
            last += 1
        after = found[last]
        stop = found[last + 1].start() if last + 1 < len(found) else len(text)
        end = SENTENCE_END.search(text, after.end(), stop)
        words = text[m.end():end.start() if end else stop]
        ages_words = text[after.end():end.start() if end else stop]
        yield m[1], {int(n) for n in AGE.findall(ages_words)}, words


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: p.name)
def test_each_app_is_named_with_its_own_ages(path: Path) -> None:
    wrong = []
    for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
        for app, ages, words in _said(text):
            if ages - ALLOWED[app]:
                wrong.append(f"{app}{words[:80]!r} in {text[:120]!r}")
            if app == "Instagram" and 16 in ages and "parent" not in words:
                wrong.append(f"Instagram under 16 without a parent's permission: {text[:120]!r}")
    assert not wrong, "\n".join(wrong)


def test_no_app_is_lumped_into_16_or_18() -> None:
    """"16 or 18" (or "16+ or 18+") for a group of apps is always wrong for Instagram."""
    lumped = re.compile(r"\b16\+? or 18\+?", re.IGNORECASE)
    hits = [f"{p.name}: {t[:120]!r}" for p in CONTENT
            for t in _strings(yaml.safe_load(p.read_text(encoding="utf-8")))
            if lumped.search(t) and APPS.search(t)]
    assert not hits, "\n".join(hits)


def test_the_check_catches_the_old_wording() -> None:
    """The wordings the DSL found fail the check (a check that cannot fail proves nothing)."""
    for old in ("TikTok, YouTube, Instagram: 16 or 18 to go live alone.",
                "TikTok and YouTube let nobody under 16 go live alone, and Instagram lets "
                "13–15s go live only with a parent's permission.",
                "On TikTok, YouTube and Instagram: no account under 13; going live alone, "
                "16+ or 18+."):
        assert any(ages - ALLOWED[app] for app, ages, _ in _said(old)), old
