"""Units form a tree with validity windows and successors (units merged in 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from cdtt_desktop.domain.units import UnitDraft, UnitKind
from cdtt_desktop.services.setup import add_grassroots, current_setup
from cdtt_desktop.services.units import grassroots_units, own_unit, retire_unit, unit_on
from cdtt_desktop.services.workspace import Workspace


def test_setup_builds_the_tree(ready_ws: Workspace) -> None:
    """Parent body → own unit → grassroots unions, each pointing to its parent."""
    own = own_unit(ready_ws)
    assert own is not None
    parent = ready_ws.units.get(own["parent_id"])
    assert parent["kind"] == "parent" and parent["name"] == "Liên đoàn Lao động thành phố Hà Nội"
    assert {u["parent_id"] for u in grassroots_units(ready_ws)} == {own["id"]}
    setup = current_setup(ready_ws)
    assert setup is not None and setup.abbreviation == "CĐP" and setup.officer_name == "Nguyễn Thị Hoa"


def test_grassroots_list_is_in_vietnamese_order(ready_ws: Workspace) -> None:
    """CĐCS names sort the Vietnamese way (Bệnh viện, Công ty, Trường)."""
    names = [u["name"] for u in grassroots_units(ready_ws)]
    assert names == ["CĐCS Bệnh viện Đa khoa Ba Đình", "CĐCS Công ty May 10", "CĐCS Trường Tiểu học Đống Đa"]


def test_retired_unit_points_to_its_successor(ready_ws: Workspace) -> None:
    """After a merger, the old unit's records resolve to the successor from the day after it ended."""
    add_grassroots(ready_ws, [UnitDraft("CĐCS Công ty Dệt kim Đông Xuân", UnitKind.GRASSROOTS, member_count=90)])
    units = {u["name"]: u["id"] for u in grassroots_units(ready_ws)}
    old, new = units["CĐCS Công ty Dệt kim Đông Xuân"], units["CĐCS Công ty May 10"]
    retire_unit(ready_ws, old, valid_to=dt.date(2025, 6, 30), successor_id=new)
    assert unit_on(ready_ws, old, dt.date(2025, 6, 1))["id"] == old
    assert unit_on(ready_ws, old, dt.date(2025, 7, 1))["id"] == new
    with pytest.raises(ValueError):
        retire_unit(ready_ws, new, valid_to=dt.date(2025, 6, 30), successor_id=new)


def test_same_name_typed_differently_is_one_unit(ready_ws: Workspace) -> None:
    """Adding a CĐCS whose name differs only by accents/case updates it instead of duplicating."""
    add_grassroots(ready_ws, [UnitDraft("cđcs công ty may 10", UnitKind.GRASSROOTS, member_count=1300)])
    assert len(grassroots_units(ready_ws)) == 3
