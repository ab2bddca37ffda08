"""What the activity filters and form offer: one entry per channel code across years, campaigns by year."""

from __future__ import annotations

from cdtt_desktop.services.activity_choices import filter_choices, part_codes
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.workspace import Workspace


def test_channels_and_groups_are_listed_once_per_code_across_years(ready_ws: Workspace) -> None:
    """With plans for 2025 and 2026, each channel and group code appears once; campaigns show both years."""
    plan = choices_for_year(ready_ws, 2026)
    choices_for_year(ready_ws, 2025)
    choices = filter_choices(ready_ws)
    codes_2026 = part_codes(ready_ws, plan.plan_id)
    assert [code for code, _name in choices.channels] == [codes_2026[cid] for cid, _name in plan.channels]
    assert choices.channels[0] == ("union_press", "Báo chí Công đoàn")
    assert [code for code, _name in choices.content_groups] == ["1.1", "1.2", "1.3", "1.4"]
    years = [year for _id, _name, year in choices.campaigns]
    assert years == sorted(years, reverse=True) and set(years) == {2025, 2026}
    assert [name for _id, name in choices.units] == ["CĐCS Bệnh viện Đa khoa Ba Đình", "CĐCS Công ty May 10",
                                                     "CĐCS Trường Tiểu học Đống Đa"]


def test_part_codes_map_each_id_of_a_plan_to_its_code(ready_ws: Workspace) -> None:
    """Ids differ between years' plans, codes do not: the form keeps a choice across years by code."""
    plan_2026, plan_2025 = choices_for_year(ready_ws, 2026), choices_for_year(ready_ws, 2025)
    codes_2026, codes_2025 = part_codes(ready_ws, plan_2026.plan_id), part_codes(ready_ws, plan_2025.plan_id)
    assert set(codes_2026).isdisjoint(codes_2025)
    assert sorted(codes_2026.values()) == sorted(codes_2025.values())
