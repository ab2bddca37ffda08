"""A desktop installation has no hub packages: `cdtt hub …` then says which extra to install."""

from __future__ import annotations

import argparse

import pytest

from cdtt_desktop.hub.cli import _needs_hub


def test_a_missing_hub_package_gives_one_line_naming_the_extra(capsys: pytest.CaptureFixture[str]) -> None:
    """The handler's ModuleNotFoundError becomes exit 1 and a line pointing to cdtt-desktop[hub]."""

    def serve(_args: argparse.Namespace) -> int:
        raise ModuleNotFoundError("No module named 'fastapi'", name="fastapi")

    assert _needs_hub(serve)(argparse.Namespace()) == 1
    error = capsys.readouterr().err
    assert error.startswith("cdtt: ") and "cdtt-desktop[hub]" in error and "fastapi" in error
    assert _needs_hub(lambda _args: 0)(argparse.Namespace()) == 0
