"""``lessonpack list``: topics, audiences, templates and slide layouts (api.catalogue)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from lessonpack.cli.options import CONTENT_OPTION, json_option
from lessonpack.errors import EXIT_OK


@click.command(name="list")
@CONTENT_OPTION
@json_option()
def list_command(content_dirs: tuple[Path, ...], as_json: bool) -> int:
    """List topics, audiences and templates."""
    from lessonpack import api

    catalogue = api.catalogue(content_dirs)
    if as_json:
        click.echo(json.dumps(catalogue.as_dict(), indent=2))
        return EXIT_OK
    click.echo("Topics:")
    for topic, audiences in catalogue.topics.items():
        click.echo(f"  {topic}: {', '.join(audiences)}")
    click.echo("Audiences:")
    for key, label in catalogue.audiences.items():
        click.echo(f"  {key:8} {label}")
    click.echo("Templates: " + ", ".join(catalogue.templates))
    click.echo("Slide layouts: " + ", ".join(catalogue.slide_layouts))
    return EXIT_OK
