"""`lessonpack serve`: what it starts with which settings, and what it says without the extra."""

from __future__ import annotations

import sys

import pytest

from lessonpack.cli import main


def test_serve_without_the_web_extra_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now fails
    assert main(["serve"]) == 1
    err = capsys.readouterr().err
    assert "pip install 'lessonpack[web]'" in err and "uvicorn is missing" in err


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict:
    uvicorn = pytest.importorskip("uvicorn")
    seen: dict = {}

    def fake_run(app: object, **kwargs: object) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return seen


def test_serve_on_this_computer_needs_no_sign_in_and_checks_the_host(
        started: dict, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--port", "8123"]) == 0
    settings = started["app"].state.web.settings
    assert (started["host"], started["port"]) == ("127.0.0.1", 8123)
    assert settings.token == "" and "localhost" in settings.allowed_hosts
    assert "serving on http://127.0.0.1:8123/ " in capsys.readouterr().err


def test_serve_on_a_network_makes_up_a_token_unless_told_otherwise(
        started: dict, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--host", "0.0.0.0"]) == 0
    token = started["app"].state.web.settings.token
    assert len(token) >= 20 and f"?token={token}" in capsys.readouterr().err
    assert main(["serve", "--host", "0.0.0.0", "--auth-header", "X-Forwarded-User"]) == 0
    settings = started["app"].state.web.settings
    assert settings.token == "" and settings.auth_header == "X-Forwarded-User"
    assert main(["serve", "--host", "0.0.0.0", "--no-auth"]) == 0
    assert "anyone who can reach this address" in capsys.readouterr().err
