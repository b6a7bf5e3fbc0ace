"""``lessonpack check FILE...``: accessibility and legibility checks of any .pptx/.docx.

Findings print one per line on stdout (``--json``: a JSON list), the summary on stderr.
Exit 1 when an error is found (warnings are reported and do not fail, as in validate and
build), 2 for usage errors (unknown file types).
Folders are searched for .pptx and .docx files.
"""

from __future__ import annotations

from pathlib import Path

import click

from lessonpack.cli.options import json_option


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@json_option("Print findings as a JSON list.")
@click.option("--min-slide-pt", type=click.FloatRange(min=1), default=18.0, show_default=True,
              help="Smallest font size allowed on slides (footers exempt).")
@click.option("--min-doc-pt", type=click.FloatRange(min=1), default=12.0, show_default=True,
              help="Smallest font size allowed in documents (headers/footers exempt).")
def check(files: tuple[Path, ...], as_json: bool, min_slide_pt: float,
          min_doc_pt: float) -> int:
    """Check .pptx/.docx files (or folders of them) for accessibility and legibility problems.

    \b
    Alt text, slide titles, reading order, table header rows, contrast,
    font sizes, overflowing text, empty placeholders, title and language.
    Exit code 1 when an error is found; warnings do not fail.
    """
    from lessonpack import api

    report = api.check(files, min_slide_pt=min_slide_pt, min_doc_pt=min_doc_pt)
    if as_json:
        click.echo(report.as_json())
    else:
        for line in report.lines():
            click.echo(line)
    click.echo(report.summary(), err=True)
    return report.exit_code
