"""``lessonpack new brand`` and ``lessonpack new school``: start a file from a commented
example."""

from __future__ import annotations

from pathlib import Path

import click

from lessonpack.cli.options import err
from lessonpack.errors import EXIT_OK
from lessonpack.io.paths import display_path


@click.group()
def new() -> None:
    """Start a new file from a commented example (lessonpack new brand, new school)."""


@new.command(name="brand")
@click.argument("folder", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing brand.yml.")
def new_brand(folder: Path, force: bool) -> int:
    """Write a commented brand.yml into FOLDER (default: here) to fill in."""
    from lessonpack import doors

    path = doors.write_scaffold(folder, "brand", force=force)
    err(f"wrote {display_path(path)}: fill it in, then build with "
        f"lessonpack build --brand {display_path(path)} -k ks2")
    return EXIT_OK


@new.command(name="school")
@click.argument("folder", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing school.yml.")
def new_school(folder: Path, force: bool) -> int:
    """Write a commented school.yml into FOLDER (default: here): the host school of a
    trainer's lesson (name, crest, DSL, contacts), for build --school."""
    from lessonpack import doors

    path = doors.write_scaffold(folder, "school", force=force)
    err(f"wrote {display_path(path)}: fill in name and dsl_name at least, then build with "
        f"lessonpack build --brand TRAINER/brand.yml --school {display_path(path)} --all")
    return EXIT_OK
