"""``lessonpack check FILE...``: accessibility and legibility checks of any .pptx/.docx.

Findings print one per line on stdout (``--json``: a JSON list), the summary on stderr.
Exit 1 when an error is found (warnings are reported and do not fail, as in validate and
build), 2 for usage errors (unknown file types).
Folders are searched for .pptx and .docx files.
"""

from __future__ import annotations

from pathlib import Path

import click

from lessonpack.errors import UsageError, exit_code_for


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    from lessonpack.check import SUFFIXES

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            # "~$" files are Office's lock files, not documents.
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES
                            and p.is_file() and not p.name.startswith("~$"))
        elif path.suffix.lower() in SUFFIXES:
            files.append(path)
        else:
            raise UsageError(f"{path}: can only check .pptx and .docx files")
    if not files:
        raise UsageError("no .pptx or .docx files found in " + ", ".join(map(str, paths)))
    return files


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print findings as a JSON list.")
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
    from lessonpack.check import Options, check_file
    from lessonpack.check.report import as_json as to_json
    from lessonpack.check.report import lines, relative, summary

    paths = _expand(files)
    options = Options(min_slide_pt=min_slide_pt, min_doc_pt=min_doc_pt)
    findings = [f for path in paths for f in check_file(path, options, relative(str(path)))]
    if as_json:
        click.echo(to_json(findings))
    else:
        for line in lines(findings):
            click.echo(line)
    click.echo(summary(findings, len(paths)), err=True)
    return exit_code_for(findings)
