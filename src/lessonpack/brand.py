"""The identity a pack is delivered under: organisation, colours, fonts, footer, contacts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

DEFAULT_ORG = "Your school"
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class LocalHelpline(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    contact: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    what_for: Annotated[str, StringConstraints(min_length=1, max_length=160)]


class Brand(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    org_name: Annotated[str, StringConstraints(min_length=1, max_length=80)] = DEFAULT_ORG
    # Dark colour for headings and title backgrounds; white text sits on it.
    primary: HexColour = "#1B2A4A"
    # Second colour for bars, section slides and table headers; white text sits on it.
    secondary: HexColour = "#2456A6"
    # Highlight colour for the LIVE badge and call-outs; white text sits on it.
    accent: HexColour = "#C8102E"
    # Pale tint for slide and box backgrounds; dark text sits on it.
    light: HexColour = "#EEF2F9"
    heading_font: Annotated[str, StringConstraints(min_length=1, max_length=60)] = "Arial"
    body_font: Annotated[str, StringConstraints(min_length=1, max_length=60)] = "Arial"
    footer: Annotated[str, StringConstraints(max_length=120)] = ""
    website: Annotated[str, StringConstraints(max_length=120)] = ""
    safeguarding_lead: Annotated[str, StringConstraints(max_length=80)] = (
        "your Designated Safeguarding Lead"
    )
    safeguarding_contact: Annotated[str, StringConstraints(max_length=120)] = ""
    logo: Path | None = None
    extra_helplines: list[LocalHelpline] = Field(default=[], max_length=4)

    @property
    def named(self) -> str:
        """The organisation's name, or "" while it is still the placeholder default."""
        return "" if self.org_name == DEFAULT_ORG else self.org_name

    @property
    def author(self) -> str:
        return self.named or "lessonpack"


DEFAULT_BRAND = Brand()
