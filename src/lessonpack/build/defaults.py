"""What a build makes unless asked otherwise, declared once for the request model and the
command line (which reads them without importing the models, to start quickly)."""

from __future__ import annotations

from typing import Literal

DEFAULT_TOPIC = "live-streaming"
Format = Literal["pptx", "docx", "pdf"]
# The office files: what a pack has unless asked otherwise, and what a pack renders (a PDF
# is converted from them).
OFFICE_FORMATS: tuple[Format, ...] = ("pptx", "docx")
# The audiences by name, in content.model.Audience's order (tests/test_cli checks they agree).
AUDIENCE_NAMES = ("ks1", "ks2", "ks3", "ks4", "parents")
