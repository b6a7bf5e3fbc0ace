"""How a web server is set up: limits, the build pool and sign-in, from `lessonpack serve`'s
options or, for ``uvicorn lessonpack.web:app`` and gunicorn, from ``LESSONPACK_WEB_*``
environment variables."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def default_builders() -> int:
    """One build at a time per CPU this process may use, at most 4 (each holds ~100 MB)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4))


@dataclass(frozen=True)
class Settings:
    token: str = ""  # shared secret: ?token=… once (a cookie keeps it) or a Bearer header
    auth_header: str = ""  # a header the school's sign-in proxy sets, e.g. X-Forwarded-User
    builders: int = 0  # build worker processes; 0: default_builders()
    build_timeout: float = 180.0  # seconds per build, LibreOffice included
    queue_limit: int = 100  # requests waiting for a worker before "busy"
    queue_timeout: float = 300.0  # seconds a request waits for a worker before "busy"
    max_body: int = 16_000_000  # bytes per request: a 5 MB logo, sent once more as page data
    allowed_hosts: tuple[str, ...] = ()  # Host headers accepted (empty: any); see serve
    temp_root: Path | None = None  # where per-request folders go (default: the system's)
    max_jobs: int = 200  # builds per worker before a fresh one takes over
    # Every build's stated time (the files' dates; None: none), read from SOURCE_DATE_EPOCH
    # once, where the server starts: each job carries it, and no build reads the environment.
    stated_time: dt.datetime | None = None

    @property
    def pool_size(self) -> int:
        return self.builders or default_builders()

    @classmethod
    def from_env(cls) -> Settings:
        from lessonpack import api

        env = os.environ.get
        hosts = tuple(h.strip() for h in env("LESSONPACK_WEB_ALLOWED_HOSTS", "").split(",")
                      if h.strip())
        root = env("LESSONPACK_WEB_TEMP")
        return cls(token=env("LESSONPACK_WEB_TOKEN", ""),
                   auth_header=env("LESSONPACK_WEB_AUTH_HEADER", ""),
                   builders=int(env("LESSONPACK_WEB_BUILDERS", "0") or 0),
                   build_timeout=float(env("LESSONPACK_WEB_BUILD_TIMEOUT", "180") or 180),
                   allowed_hosts=hosts, temp_root=Path(root) if root else None,
                   stated_time=api.source_date_epoch(os.environ))
