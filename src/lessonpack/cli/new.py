"""``lessonpack new brand``: start a file from a commented example."""

from __future__ import annotations

import os
from pathlib import Path

import click

from lessonpack.cli.options import err
from lessonpack.errors import EXIT_OK


@click.group()
def new() -> None:
    """Start a new file from a commented example (lessonpack new brand)."""


@new.command(name="brand")
@click.argument("folder", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing brand.yml.")
def new_brand(folder: Path, force: bool) -> int:
    """Write a commented brand.yml into FOLDER (default: here) to fill in."""
    from lessonpack.content.scaffold import write_brand_scaffold

    path = write_brand_scaffold(folder, force=force)
    err(f"wrote {os.path.relpath(path)}: fill it in, then build with "
        f"lessonpack build --brand {os.path.relpath(path)} -k ks2")
    return EXIT_OK
