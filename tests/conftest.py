"""Shared fixtures: every test gets a fresh data folder; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from cdtt_desktop.domain.units import OwnUnitSetup, UnitDraft, UnitKind  # noqa: E402
from cdtt_desktop.paths import ENV_DATA_DIR, DataPaths  # noqa: E402
from cdtt_desktop.services.setup import save_setup  # noqa: E402
from cdtt_desktop.services.workspace import Workspace, open_workspace  # noqa: E402

TODAY = dt.date(2026, 5, 12)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder per test, also as CDTT_DATA_DIR so that nothing touches the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    """An open, empty (not set up) workspace."""
    workspace = open_workspace(DataPaths(data_dir))
    yield workspace
    workspace.close()


SETUP = OwnUnitSetup(
    unit_name="Công đoàn phường Ba Đình",
    parent_name="Liên đoàn Lao động thành phố Hà Nội",
    abbreviation="CĐP",
    place_name="Hà Nội",
    address="Số 1 phố Đội Cấn, phường Ba Đình, Hà Nội",
    officer_name="Nguyễn Thị Hoa",
    signer_name="Trần Văn Bình",
)


@pytest.fixture
def ready_ws(ws: Workspace) -> Workspace:
    """A workspace set up with a unit, three grassroots unions and the 2026 plan."""
    save_setup(
        ws,
        SETUP,
        [
            UnitDraft("CĐCS Công ty May 10", UnitKind.GRASSROOTS, member_count=1200),
            UnitDraft("CĐCS Trường Tiểu học Đống Đa", UnitKind.GRASSROOTS, member_count=45),
            UnitDraft("CĐCS Bệnh viện Đa khoa Ba Đình", UnitKind.GRASSROOTS, member_count=310),
        ],
        today=TODAY,
    )
    return ws
