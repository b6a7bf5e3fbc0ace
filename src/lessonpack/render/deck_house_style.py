"""Which wins on a trainer's template used with a brand file: the template's palette and
fonts, or the brand's.

The rule: **a template whose theme chose its own colours is the trainer's house style, and
its palette and fonts win, on the decks and on the documents alike; the brand file brings
the identity** (logo, names, contacts, footer, helplines, who signs). A trainer's other
decks are in that template's colours: a pack in the brand file's colours on the template's
shapes matched none of them, and mixed the brand's Arial text with the template's Calibri
headings in one card. Only a theme that is a stock one (Office's,
Google Slides' or LibreOffice's palette: nobody's choice) takes the brand's colours, and
then the brand's fonts per role where the theme names only a stock face (deck_theme).
A brand file with ``palette: brand`` asks for its own colours and fonts on any template
(build/look.py skips this module): the trainer's choice, said in one setting.

A theme colour that would make the documents' text hard to read on white paper (a dark
template's light dk2) gives way to the brand's own colour for that role, as
``deck_theme.brand_from_theme`` gives way to lessonpack's without a brand file.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand, contrast_failures

# A theme as deck_theme.read_theme gives it: slot -> RRGGBB, heading font, body font.
Theme = tuple[dict[str, str], str, str]
# Brand role -> theme slot (as deck_theme.ROLE_SLOTS).
ROLE_SLOTS = {"primary": "dk2", "secondary": "accent1", "accent": "accent2", "light": "lt2"}

# (accent1, accent2) of the palettes a theme gets when nobody picked one: Office 2007-2010,
# Office 2013 and 2013-2022, Office 2023 on, Google Slides' "Simple Light" and "Simple
# Dark", LibreOffice's own. These are the slots the brand's secondary and accent fill.
STOCK_ACCENTS = frozenset({
    ("4F81BD", "C0504D"),
    ("5B9BD5", "ED7D31"),
    ("4472C4", "ED7D31"),
    ("156082", "E97132"),
    ("4285F4", "212121"),
    ("4285F4", "FFFFFF"),
    ("18A303", "0369A3"),
    ("729FCF", "FF6600"),
})


def is_house_style(colours: dict[str, str]) -> bool:
    """A theme's slot -> RRGGBB (deck_theme.read_theme): True when the template chose its
    accent colours, False for a stock palette or a theme naming none."""
    accents = (colours.get("accent1", "").upper(), colours.get("accent2", "").upper())
    return all(accents) and accents not in STOCK_ACCENTS


def in_house_style(brand: Brand, theme: Theme) -> Brand:
    """``brand`` drawn in the template's house style (``theme``: its slot colours, heading
    and body font), or ``brand`` unchanged when the template's palette is a stock one."""
    colours, heading, body = theme
    if not is_house_style(colours):
        return brand
    update = {role: f"#{colours[slot]}" for role, slot in ROLE_SLOTS.items() if slot in colours}
    styled = brand.model_copy(update={**update, "heading_font": heading, "body_font": body})
    for _ in range(2 * len(ROLE_SLOTS)):
        # A pair that fails on paper gives its first template colour back to the brand's.
        theirs = [role for failure in contrast_failures(styled) for role in failure.fields
                  if role in update and getattr(styled, role) != getattr(brand, role)]
        if not theirs:
            break
        styled = styled.model_copy(update={theirs[0]: getattr(brand, theirs[0])})
    return styled


def house_style_note(brand: Brand, styled: Brand, template: str) -> str | None:
    """A build note saying the brand's colours or fonts gave way to the template's house
    style (None when nothing changed): a trainer who gave both should not find out from
    the printed pages."""
    fields = ("primary", "secondary", "accent", "light", "heading_font", "body_font")
    replaced = [f.replace("_", " ") for f in fields if getattr(styled, f) != getattr(brand, f)]
    if not replaced:
        return None
    return (f"{template}: the template chose its own colours, so its house style is used "
            f"on decks and documents ({', '.join(replaced)} from the template, not the brand "
            "file); the brand file still brings the logo, names and contacts. For the "
            "brand's colours and fonts on this template, set palette: brand in the brand "
            "file")
