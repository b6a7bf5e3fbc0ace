"""`lessonpack preview`: PNG pictures of decks and documents through LibreOffice."""

from __future__ import annotations

from pathlib import Path

import click

from lessonpack.io.paths import display_path


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the PNGs (default: a preview/ folder beside each file).")
@click.option("--dpi", default=60, show_default=True, type=click.IntRange(20, 300))
def preview(paths: tuple[Path, ...], out_dir: Path | None, dpi: int) -> int:
    """PNG per slide or page, plus contact sheets, for .pptx/.docx files or pack folders."""
    from lessonpack import api

    result = api.preview(paths, out_dir, dpi=dpi)
    for source, pages in result.pages.items():
        click.echo(f"{display_path(source)}: {len(pages)} page(s)", err=True)
    for sheet in result.sheets:
        click.echo(f"contact sheet {display_path(sheet)}", err=True)
    return 0
