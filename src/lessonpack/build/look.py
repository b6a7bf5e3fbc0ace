"""How a pack looks (brand and templates, checked together) and rendering a planned pack
with it: the build's middle step, between planning and writing (api only delegates here).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from lessonpack.build.report import Report
from lessonpack.caches import TEMPLATE_BYTES, kept
from lessonpack.content.brand import DEFAULT_BRAND, Brand, load_brand
from lessonpack.errors import Problem, UserError, problem_at
from lessonpack.io.paths import display_path
from lessonpack.io.templates import (
    Templates,
    builtin,
    resolve_templates,
    template_bytes,
    trainers_template,
)
from lessonpack.io.zipnorm import build_time
from lessonpack.plan.model import PackPlan


@dataclass(frozen=True)
class PackLook:
    """How the pack looks: the brand to draw with, the templates, and what to write into them.

    ``brand_in_template`` is False only for a trainer's template used without a brand file:
    its theme and styles are then kept as they are, and ``brand`` carries its colours.
    """

    brand: Brand
    templates: Templates
    brand_in_template: bool = True

    @classmethod
    def of(cls, brand: Brand, templates: Path | None = None) -> PackLook:
        """``brand`` with the built-in templates, or with deck.pptx and document.docx of the
        folder ``templates``, unchecked (``prepare_look`` checks them)."""
        return cls(brand, resolve_templates(None) if templates is None else Templates(
            templates / "deck.pptx", templates / "document.docx"))


def render_pack(plan: PackPlan, look: PackLook, *,
                warnings: list[Problem] | None = None) -> list[tuple[str, bytes]]:
    """Render every file of a pack to bytes (nothing is written here).

    Text or drawings that cannot be made to fit a trainer's layout are added to ``warnings``.
    """
    from lessonpack.render.docx import render_docx
    from lessonpack.render.pptx import render_pptx

    t, when = look.templates, build_time()
    deck_branded = look.brand_in_template or not t.custom_deck
    doc_branded = look.brand_in_template or not t.custom_document
    files = []
    for deck in plan.decks:
        misfits: list[str] = []
        with trainers_template(t.deck, t.custom_deck, filling=True):
            files.append((f"{plan.folder}/{deck.filename}",
                          render_pptx(deck, look.brand, t.deck, when, custom=t.custom_deck,
                                      brand_theme=deck_branded, misfits=misfits)))
        if warnings is not None:
            warnings += [problem_at(f"{plan.folder}/{deck.filename}", "LP131", m)
                         for m in misfits]
    with trainers_template(t.document, t.custom_document, filling=True):
        files += [(f"{plan.folder}/{doc.filename}",
                   render_docx(doc, look.brand, t.document, when, custom=t.custom_document,
                               brand_styles=doc_branded)) for doc in plan.documents]
    return files  # each renderer zips reproducibly (zipnorm.package_bytes)


def prepare_look(*, brand: Brand | None = None, brand_file: Path | None = None,
                 template: Path | None = None, allow_low_contrast: bool = False,
                 report: Report | None = None) -> PackLook:
    """Load the brand and templates and check them together; one UserError lists every
    problem (brand values, contrast, what a template lacks)."""
    from lessonpack.render.pptx import inspect_deck

    report = report if report is not None else Report()
    problems: list[Problem] = []
    if brand_file is not None:
        try:
            loaded = load_brand(brand_file, allow_low_contrast=allow_low_contrast)
            brand = loaded.brand
            report.warnings.extend(loaded.warnings)
        except UserError as exc:
            problems.extend(exc.problems)
    templates = resolve_templates(template)
    deck_shown = display_path(templates.deck)
    theme_brand = None
    try:
        with trainers_template(templates.deck, templates.custom_deck):
            layouts, theme_brand, notes = inspect_deck(templates.deck, deck_shown, brand)
        report.layouts.extend(f"{deck_shown}: {r.describe()}" for r in layouts.values())
        report.notes.extend(notes)
    except UserError as exc:
        problems.extend(exc.problems)
    problems.extend(_check_document(templates, report))
    explicit = brand is not None or brand_file is not None
    if not explicit and templates.custom_deck and theme_brand is not None:
        # A trainer's deck without a brand file keeps its own theme. Its slots say little
        # about what is drawn (Google Slides maps them the other way round): text colours on
        # its slides are chosen by what they sit on (render.deck_contrast), and the colours
        # the documents take from it are readable ones (deck_theme.brand_from_theme).
        brand = theme_brand.model_copy(update={"logo": None})
    if problems:
        raise UserError(problems)
    if not (brand or DEFAULT_BRAND).dsl_name.strip():
        # A pack that names no safeguarding lead cannot go out as it is: say so once, with
        # the first step that fixes it.
        report.notes.append(UNNAMED_DSL_NOTE)
    return PackLook(brand or DEFAULT_BRAND, templates, explicit or not templates.custom)


UNNAMED_DSL_NOTE = ("no Designated Safeguarding Lead named: help slides, worksheets and "
                    "letters keep [bracketed] fields to fill in before printing; make your "
                    "school's brand file with `lessonpack new brand`, then build with --brand")


def _check_document(templates: Templates, report: Report) -> list[Problem]:
    shown = display_path(templates.document)
    try:
        data = template_bytes(templates.document)
    except UserError as exc:
        return exc.problems
    problems, notes = _document_findings(data, templates.document, shown,
                                         templates.custom_document)
    report.notes.extend(notes)
    return list(problems)


@kept(16, max_bytes=TEMPLATE_BYTES)
def _document_findings(data: bytes, path: Path, shown: str, custom: bool
                       ) -> tuple[tuple[Problem, ...], tuple[str, ...]]:
    """Problems with a Word template, and notes on what was added to it; once per template
    (keyed by its bytes too: a file changed in place is checked again)."""
    import docx

    from lessonpack.render.docx_styles import check_template
    from lessonpack.render.docx_template import adopt_lp_styles

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        return (problem_at(shown, "LP130", "cannot be opened as a Word file "
                           f"({type(exc).__name__}: {exc})"),), ()
    notes: list[str] = []
    try:
        with trainers_template(path, custom):
            if custom:
                added = adopt_lp_styles(document, builtin().document)
                if added:
                    notes.append(
                        f"{shown}: added {len(added)} lessonpack styles it lacked "
                        f"({', '.join(added)}), in its own Normal and Heading 1 fonts; the "
                        "file itself is unchanged")
            check_template(document, shown)
    except UserError as exc:
        return tuple(exc.problems), ()
    return (), tuple(notes)
