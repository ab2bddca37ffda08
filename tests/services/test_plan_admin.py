"""Editing the year's plan: copies to a new year, audited edits, guarded deletes, validation."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import plan_rules as rules
from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.services import plan_admin as admin
from cdtt_desktop.services.activities import delete_activity, save_activity
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import history

D = dt.date


def _plan(ws: Workspace, year: int = 2026) -> admin.PlanSummary:
    summary = admin.plan_summary(ws, year)
    assert summary is not None
    return summary


def _channel(summary: admin.PlanSummary, code: str) -> dict[str, Any]:
    return next(c for c in summary.channels if c["code"] == code)


def _log_activity(ws: Workspace, channel_id: str, campaign_id: str | None = None) -> str:
    raw = ActivityInput(occurred_on=D(2026, 5, 5), title="Tin Tháng Công nhân", channel_id=channel_id,
                        campaign_id=campaign_id)
    return save_activity(ws, raw, today=D(2026, 5, 12))


def test_plan_years_and_summary(ready_ws: Workspace) -> None:
    """The set-up workspace has the 2026 plan, with the seed's parts in plan order."""
    assert admin.plan_years(ready_ws) == [2026]
    summary = _plan(ready_ws)
    assert summary.year == 2026 and summary.plan["title"] == "Kế hoạch truyền thông năm 2026"
    assert [g["code"] for g in summary.content_groups] == ["1.1", "1.2", "1.3", "1.4"]
    assert summary.channels[0]["code"] == "union_press"
    assert [c["starts_on"] for c in summary.campaigns] == sorted(c["starts_on"] for c in summary.campaigns)
    assert admin.plan_summary(ready_ws, 2019) is None


def test_copy_2026_to_2027_shifts_windows_and_keeps_targets(ready_ws: Workspace) -> None:
    """The copy moves every campaign window by one year and keeps targets linked to the new year's parts."""
    new_id = admin.copy_plan_to_year(ready_ws, 2026, "2027")
    old, new = _plan(ready_ws, 2026), _plan(ready_ws, 2027)
    assert new.plan_id == new_id and admin.plan_years(ready_ws) == [2026, 2027]
    assert new.plan["title"] == "Kế hoạch truyền thông năm 2027"
    def next_year(iso: str) -> dt.date:
        day = D.fromisoformat(iso)
        return day.replace(year=day.year + 1)

    shifted = [(c["name"], next_year(c["starts_on"]), next_year(c["ends_on"])) for c in old.campaigns]
    assert [(c["name"], D.fromisoformat(c["starts_on"]), D.fromisoformat(c["ends_on"]))
            for c in new.campaigns] == shifted
    assert [(t["description"], t["quantity"], t["period"]) for t in new.targets] == \
        [(t["description"], t["quantity"], t["period"]) for t in old.targets]
    new_channels = {c["id"] for c in new.channels}
    assert all(t["channel_id"] in new_channels for t in new.targets if t["channel_id"])


def test_copy_keeps_edits_made_to_the_source_year(ready_ws: Workspace) -> None:
    """What the officer changed in 2026 is what 2027 starts from."""
    summary = _plan(ready_ws)
    admin.save_campaign(ready_ws, summary.plan_id, {"name": "Ngày hội công nhân", "starts_on": "10/06/2026",
                                                    "ends_on": "12/06/2026"})
    admin.copy_plan_to_year(ready_ws, 2026, 2027)
    names = {c["name"]: c["starts_on"] for c in _plan(ready_ws, 2027).campaigns}
    assert names["Ngày hội công nhân"] == "2027-06-10"


def test_copy_to_an_existing_or_bad_year_is_refused(ready_ws: Workspace) -> None:
    """Copying onto a year that has a plan, from a year without one, or to a non-year raises clearly."""
    with pytest.raises(m.ValidationError) as caught:
        admin.copy_plan_to_year(ready_ws, 2026, 2026)
    assert caught.value.problems[0].render() == "There is already a plan for 2026."
    with pytest.raises(m.ValidationError) as caught:
        admin.copy_plan_to_year(ready_ws, 2019, 2027)
    assert caught.value.for_field("from_year")[0].message == rules.NO_PLAN
    with pytest.raises(m.ValidationError) as caught:
        admin.copy_plan_to_year(ready_ws, 2026, "năm sau")
    assert caught.value.for_field("year")[0].message == rules.BAD_YEAR
    assert admin.plan_years(ready_ws) == [2026]


def test_edits_are_audited_with_the_officer_name(ready_ws: Workspace) -> None:
    """Changing a campaign, a target and the header each leaves an audit row naming the officer."""
    summary = _plan(ready_ws)
    campaign = summary.campaigns[1]
    admin.save_campaign(ready_ws, summary.plan_id, {"name": campaign["name"], "starts_on": "01/05/2026",
                                                    "ends_on": "31/05/2026", "theme": campaign["theme"]},
                        campaign["id"])
    trail = history(ready_ws.db, "campaigns", campaign["id"])
    assert trail[-1]["action"] == "update" and trail[-1]["actor"] == "Nguyễn Thị Hoa"
    assert json.loads(trail[-1]["changes"]) == {"ends_on": ["2026-05-30", "2026-05-31"]}
    target = summary.targets[1]
    admin.save_target(ready_ws, summary.plan_id, {**target, "quantity": "5"}, target["id"])
    assert json.loads(history(ready_ws.db, "targets", target["id"])[-1]["changes"]) == {"quantity": [4, 5]}
    admin.update_plan_header(ready_ws, summary.plan_id, " Kế hoạch truyền thông năm 2026 của CĐ phường ",
                             summary.plan["theme"], summary.plan["message"])
    trail = history(ready_ws.db, "plans", summary.plan_id)
    assert json.loads(trail[-1]["changes"])["title"][1] == "Kế hoạch truyền thông năm 2026 của CĐ phường"


def test_new_parts_are_added_at_the_end_and_cleaned(ready_ws: Workspace) -> None:
    """A new channel and content group go after the existing ones, with their texts cleaned."""
    summary = _plan(ready_ws)
    channel_id = admin.save_channel(ready_ws, summary.plan_id,
                                    {"code": "zalo_group", "name": " Nhóm Zalo CĐCS\u00a0", "examples": ""})
    group_id = admin.save_content_group(ready_ws, summary.plan_id, {"code": "1.5", "name": "Chuyển đổi số"})
    after = _plan(ready_ws)
    assert after.channels[-1]["id"] == channel_id and after.channels[-1]["name"] == "Nhóm Zalo CĐCS"
    assert after.content_groups[-1]["id"] == group_id
    target_id = admin.save_target(ready_ws, summary.plan_id, {"description": "Bài về chuyển đổi số",
                                                              "quantity": 2, "period": "month",
                                                              "channel_id": channel_id,
                                                              "content_group_id": group_id})
    assert _plan(ready_ws).targets[-1]["id"] == target_id


def test_cannot_delete_a_channel_that_activities_use(ready_ws: Workspace) -> None:
    """Deleting a used channel is refused, naming how many activities use it; unused ones go to the trash."""
    summary = _plan(ready_ws)
    used = _channel(summary, "direct")
    first = _log_activity(ready_ws, used["id"])
    _log_activity(ready_ws, used["id"])
    with pytest.raises(admin.PartInUseError) as caught:
        admin.delete_part(ready_ws, "channels", used["id"])
    assert caught.value.count == 2
    assert caught.value.problems[0].render() == (
        "2 activities use this item, so it cannot be deleted. Move them to another one first.")
    delete_activity(ready_ws, first)
    with pytest.raises(admin.PartInUseError) as caught:
        admin.delete_part(ready_ws, "channels", used["id"])
    assert caught.value.count == 1
    assert used["id"] in {c["id"] for c in _plan(ready_ws).channels}


def test_cannot_delete_a_used_campaign_or_a_channel_a_target_counts(ready_ws: Workspace) -> None:
    """A campaign with activities and a channel that a target counts are both kept."""
    summary = _plan(ready_ws)
    campaign = summary.campaigns[1]
    _log_activity(ready_ws, _channel(summary, "direct")["id"], campaign["id"])
    with pytest.raises(admin.PartInUseError):
        admin.delete_part(ready_ws, "campaigns", campaign["id"])
    with pytest.raises(admin.PartInUseError) as caught:
        admin.delete_part(ready_ws, "channels", _channel(summary, "social_media")["id"])
    assert caught.value.problems[0].message == rules.USED_BY_TARGETS


def test_delete_unused_part_is_a_tombstone(ready_ws: Workspace) -> None:
    """An unused part disappears from the plan but stays in the file, with a delete audit row."""
    summary = _plan(ready_ws)
    channel = _channel(summary, "media_product")
    admin.delete_part(ready_ws, "channels", channel["id"])
    assert channel["id"] not in {c["id"] for c in _plan(ready_ws).channels}
    row = ready_ws.writer.get("channels", channel["id"], include_deleted=True)
    assert row["deleted_at"] is not None
    assert history(ready_ws.db, "channels", channel["id"])[-1]["action"] == "delete"
    with pytest.raises(ValueError):
        admin.delete_part(ready_ws, "activities", "x")


def test_validation_errors_write_nothing(ready_ws: Workspace) -> None:
    """Bad values raise ValidationError with every problem and leave the plan unchanged."""
    summary = _plan(ready_ws)
    before = ready_ws.execute_scalar("SELECT COUNT(*) FROM audit_log")
    with pytest.raises(m.ValidationError) as caught:
        admin.save_campaign(ready_ws, summary.plan_id, {"name": "", "starts_on": "01/12/2026",
                                                        "ends_on": "30/04/2027"})
    assert {p.field for p in caught.value.problems} == {"name", "ends_on"}
    with pytest.raises(m.ValidationError) as caught:
        admin.save_target(ready_ws, summary.plan_id, {"description": "X", "quantity": "0", "period": "day"})
    assert caught.value.for_field("quantity")[0].message == rules.NOT_POSITIVE
    with pytest.raises(m.ValidationError) as caught:
        admin.save_content_group(ready_ws, summary.plan_id, {"code": "1.4", "name": "Trùng"})
    assert caught.value.for_field("code")[0].message == rules.CODE_TAKEN
    with pytest.raises(m.ValidationError):
        admin.save_channel(ready_ws, summary.plan_id, {"code": "new", "name": "mạng xã hội"})
    with pytest.raises(m.ValidationError):
        admin.update_plan_header(ready_ws, summary.plan_id, "  ", "", "")
    assert ready_ws.execute_scalar("SELECT COUNT(*) FROM audit_log") == before


def test_editing_a_part_keeps_its_own_code(ready_ws: Workspace) -> None:
    """Saving a content group or channel unchanged is not a clash with itself."""
    summary = _plan(ready_ws)
    group = summary.content_groups[3]
    admin.save_content_group(ready_ws, summary.plan_id, {"code": "1.4", "name": group["name"]}, group["id"])
    channel = summary.channels[0]
    admin.save_channel(ready_ws, summary.plan_id, channel, channel["id"])
    assert [g["code"] for g in _plan(ready_ws).content_groups] == ["1.1", "1.2", "1.3", "1.4"]


def test_target_cannot_use_another_years_channel(ready_ws: Workspace) -> None:
    """A target of 2027 cannot point to a channel of the 2026 plan."""
    admin.copy_plan_to_year(ready_ws, 2026, 2027)
    old_channel = _plan(ready_ws, 2026).channels[0]["id"]
    with pytest.raises(m.ValidationError) as caught:
        admin.save_target(ready_ws, _plan(ready_ws, 2027).plan_id,
                          {"description": "X", "quantity": 1, "period": "day", "channel_id": old_channel})
    assert caught.value.for_field("channel_id")[0].message == m.UNKNOWN_CHOICE
