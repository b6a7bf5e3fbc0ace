"""What a check reports: findings with a stable code, a location and a fix hint; the options."""

from __future__ import annotations

from dataclasses import dataclass, field

# code -> (severity, what it means). Stable: never renumber, only add.
CODES: dict[str, tuple[str, str]] = {
    "LPC001": ("error", "file cannot be read as a .pptx or .docx"),
    "LPC101": ("error", "picture, chart or drawing without meaningful alt text"),
    "LPC102": ("error", "slide without a title"),
    "LPC103": ("warning", "slide title used on another slide too"),
    "LPC104": ("warning", "reading order differs from the visual order"),
    "LPC105": ("error", "table without a header row"),
    "LPC106": ("error", "document title missing"),
    "LPC107": ("error", "document language missing"),
    "LPC201": ("error", "text contrast below WCAG AA"),
    "LPC202": ("error", "font size below the minimum"),
    "LPC301": ("error", "text overflows its box"),
    "LPC302": ("warning", "empty placeholder left on a slide"),
    "LPC401": ("warning", "heading can be left alone at the foot of a page"),
}

SEVERITY = {code: severity for code, (severity, _) in CODES.items()}


@dataclass(frozen=True)
class Options:
    min_slide_pt: float = 18.0
    min_doc_pt: float = 12.0


@dataclass(frozen=True)
class Finding:
    file: str
    location: str  # "slide 3", "paragraph 12", "table 2", "header 1"; "" for the whole file
    code: str
    message: str
    hint: str
    # Where the location sits in the file (slide number, block index), so findings can be
    # listed in document order; not part of the output.
    position: int = field(default=0, compare=False, repr=False)

    @property
    def severity(self) -> str:
        return SEVERITY[self.code]

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}:" if self.location else f"{self.file}:"
        return f"{where} {self.severity}[{self.code}] {self.message} (fix: {self.hint})"

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "location": self.location, "code": self.code,
                "severity": self.severity, "message": self.message, "hint": self.hint}

    def sort_key(self) -> tuple[str, int, str]:
        return (self.file, self.position, self.code)


def finding(file: str, location: str, code: str, message: str, hint: str,
            position: int = 0) -> Finding:
    if code not in CODES:
        raise ValueError(f"unknown check code {code}")
    return Finding(file, location, code, message, hint, position)


def metadata_findings(path: str, noun: str, title: str, has_language: bool) -> list[Finding]:
    """The file-level rules both formats share: a document title and a text language."""
    found = []
    if not title:
        found.append(finding(path, "", "LPC106", f"the {noun} has no title",
                             "set File > Info > Properties > Title (core property title)"))
    if not has_language:
        found.append(finding(path, "", "LPC107", "no language is set for the text",
                             "set the proofing language (Review > Language), e.g. en-GB"))
    return found


def quote(text: str, limit: int = 40) -> str:
    """A short quoted excerpt of text for messages, on one line."""
    text = " ".join(text.split())
    return '"' + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + '"'
