"""`lessonpack serve`: the web page for teachers, on this computer or the school's network."""

from __future__ import annotations

import os

import click

from lessonpack.errors import UserError, problem_at


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 for every network (then sign-in is on).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@click.option("--token", envvar="LESSONPACK_WEB_TOKEN", metavar="SECRET",
              help="Require this shared secret (the printed address carries it). Made up "
                   "for you when --host is not this computer, unless --no-auth.")
@click.option("--auth-header", envvar="LESSONPACK_WEB_AUTH_HEADER", metavar="NAME",
              help="Require this header from the school's sign-in proxy, e.g. X-Forwarded-User.")
@click.option("--no-auth", is_flag=True, help="No sign-in, even on a network address.")
@click.option("--builders", type=click.IntRange(1, 64),
              help="Packs built at once (default: one per CPU, at most 4).")
@click.option("--build-timeout", default=180, show_default=True, type=click.IntRange(5, 3600),
              help="Seconds a build may take (PDFs and pictures included) before it is stopped.")
def serve(host: str, port: int, open_browser: bool, token: str | None, auth_header: str | None,
          no_auth: bool, builders: int | None, build_timeout: int) -> int:
    """Serve the lessonpack page: choose an audience, add the school's details, preview and
    download the pack. Needs the web extra: pip install 'lessonpack[web]'."""
    try:
        import uvicorn

        from lessonpack.web.server import create_app
    except ImportError as exc:
        raise UserError(problem_at("lessonpack serve", "LP180", f"the web page needs the web "
                                   f"extra ({exc.name} is missing): pip install "
                                   "'lessonpack[web]'")) from None
    import secrets
    import threading
    import webbrowser

    from lessonpack import api
    from lessonpack.web.settings import LOOPBACK_HOSTS, Settings

    loopback = host in LOOPBACK_HOSTS
    if not loopback and not token and not auth_header and not no_auth:
        token = secrets.token_urlsafe(18)
    settings = Settings(token=token or "", auth_header=auth_header or "", builders=builders or 0,
                        build_timeout=float(build_timeout),
                        # On this computer only: refuse other Host names (DNS rebinding).
                        allowed_hosts=("127.0.0.1", "localhost", "::1") if loopback else (),
                        stated_time=api.source_date_epoch(os.environ))
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    address = f"http://{shown_host if ':' not in shown_host else f'[{shown_host}]'}:{port}/"
    if token:
        address += f"?token={token}"
    click.echo(f"lessonpack: serving on {address}  (Ctrl-C to stop)", err=True)
    if not loopback and not token and not auth_header:
        click.echo("lessonpack: no sign-in (--no-auth): anyone who can reach this address can "
                   "use the page", err=True)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(address,)).start()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning",
                proxy_headers=not loopback, timeout_graceful_shutdown=5,
                limit_concurrency=256)  # connections beyond this get 503 at once
    return 0
