"""The upper level's plan and Mái ấm rules over a real hub: published once per change, created or merged in
place at the units below, never over a plan edited locally."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.domain.housing import HousingRules
from cdtt_desktop.domain.plan import copy_to_year, template_from_dict
from cdtt_desktop.services import plan_admin as admin
from cdtt_desktop.services.activities import get_activity, save_activity
from cdtt_desktop.services.housing_rules import rules_for, save_rules
from cdtt_desktop.services.plan_publish import (
    NoPlanError,
    plan_document,
    publish_for_lower_units,
    publish_plan_and_rules,
)
from cdtt_desktop.services.plans import seed_template
from cdtt_desktop.services.sync import sync_once
from cdtt_desktop.services.sync_pull import apply_published_plan
from cdtt_desktop.services.workspace import Workspace
from tests.services.hub_fixtures import Accounts, FaultTransport, HubServer, add_accounts, hub  # noqa: F401
from tests.services.test_outbox import set_up_unit

D = dt.date
NOW = dt.datetime(2027, 1, 5, 8, 0, tzinfo=dt.UTC)
MAY_DAY = "Tháng Công nhân"
PODCAST = {"code": "podcast", "name": "Podcast Công đoàn", "examples": "Bản tin âm thanh hằng tuần"}


@pytest.fixture
def accounts(hub: HubServer) -> Accounts:  # noqa: F811
    return add_accounts(hub)


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Workspace]:
    """The province with a 2027 plan of its own: the 2026 plan copied, a podcast channel added, rules set."""
    ws = set_up_unit(tmp_path / "province", "Liên đoàn Lao động thành phố Hà Nội",
                     "Tổng Liên đoàn Lao động Việt Nam", "LĐLĐ")
    plan_id = admin.copy_plan_to_year(ws, 2026, 2027)
    admin.save_channel(ws, plan_id, PODCAST)
    admin.update_plan_header(ws, plan_id, "Kế hoạch truyền thông năm 2027 của Liên đoàn", "Đoàn kết – Đổi mới", "")
    save_rules(ws, HousingRules(year=2027, new_build_amount=70_000_000, min_membership_years=3))
    yield ws
    ws.close()


def _summary(ws: Workspace, year: int = 2027) -> admin.PlanSummary:
    summary = admin.plan_summary(ws, year)
    assert summary is not None
    return summary


def _by(rows: list[dict[str, Any]], key: str, value: str) -> dict[str, Any]:
    return next(r for r in rows if r[key] == value)


def _publish(hub: HubServer, token: str, ws: Workspace, year: int = 2027) -> tuple[list[str], FaultTransport]:  # noqa: F811
    transport = FaultTransport()
    with hub.client(token, transport=transport) as reviewer:
        return publish_plan_and_rules(ws, reviewer, year), transport


def _sync(hub: HubServer, token: str, ws: Workspace) -> Any:  # noqa: F811
    with hub.client(token) as client:
        return sync_once(ws, client, now=NOW)


def _log_activity(ws: Workspace, channel_id: str, campaign_id: str) -> str:
    raw = ActivityInput(occurred_on=D(2027, 5, 5), title="Tin Tháng Công nhân", channel_id=channel_id,
                        campaign_id=campaign_id)
    return save_activity(ws, raw, today=D(2027, 5, 12))


def test_plan_document_reads_back_as_the_same_template(ready_ws: Workspace) -> None:
    """plan_document of the seeded 2026 plan is the seed moved to 2026 once read by template_from_dict."""
    assert template_from_dict(plan_document(ready_ws, 2026)) == copy_to_year(seed_template(), 2026)
    with pytest.raises(NoPlanError):
        plan_document(ready_ws, 2031)


def test_the_province_plan_and_rules_create_the_district_plan(
        hub: HubServer, accounts: Accounts, province: Workspace, ready_ws: Workspace) -> None:  # noqa: F811
    """A district without a 2027 plan gets the province's: same header, groups, channels, campaigns, targets."""
    published, _ = _publish(hub, accounts.reviewer_token, province)
    assert published == ["plan/2027", "housing_rules/2027"]
    assert admin.plan_summary(ready_ws, 2027) is None
    report = _sync(hub, accounts.district_token, ready_ws)
    assert (report.published_applied, report.published_skipped) == (2, [])
    assert plan_document(ready_ws, 2027) == plan_document(province, 2027)
    assert _summary(ready_ws).plan["source"] == "hub"
    assert rules_for(ready_ws, 2027).new_build_amount == 70_000_000
    assert rules_for(ready_ws, 2027).min_membership_years == 3


def test_a_changed_plan_is_merged_in_place_and_activities_keep_their_parts(
        hub: HubServer, accounts: Accounts, province: Workspace, ready_ws: Workspace) -> None:  # noqa: F811
    """New window and target arrive; the used channel and campaign keep their ids; an unused dropped part goes."""
    _publish(hub, accounts.reviewer_token, province)
    _sync(hub, accounts.district_token, ready_ws)
    before = _summary(ready_ws)
    social, may_day = _by(before.channels, "code", "social_media"), _by(before.campaigns, "name", MAY_DAY)
    activity_id = _log_activity(ready_ws, social["id"], may_day["id"])

    plan = _summary(province)
    admin.save_campaign(province, plan.plan_id, {"name": MAY_DAY, "theme": may_day["theme"],
                                                 "starts_on": D(2027, 4, 20), "ends_on": D(2027, 5, 31)},
                        _by(plan.campaigns, "name", MAY_DAY)["id"])
    first = plan.targets[0]
    admin.save_target(province, plan.plan_id, {**first, "quantity": 3}, first["id"])
    social_target = _by(plan.targets, "channel_id", _by(plan.channels, "code", "social_media")["id"])
    admin.delete_part(province, "targets", social_target["id"])
    for code in ("social_media", "web_portal"):  # the district uses social_media, not web_portal
        admin.delete_part(province, "channels", _by(plan.channels, "code", code)["id"])
    published, _ = _publish(hub, accounts.reviewer_token, province)
    assert published == ["plan/2027"]  # the rules did not change

    report = _sync(hub, accounts.district_token, ready_ws)
    assert (report.published_applied, report.published_skipped) == (1, [])
    after = _summary(ready_ws)
    assert after.plan_id == before.plan_id
    campaign = _by(after.campaigns, "name", MAY_DAY)
    assert campaign["id"] == may_day["id"] and (campaign["starts_on"], campaign["ends_on"]) == (
        "2027-04-20", "2027-05-31")
    assert [t["quantity"] for t in after.targets] == [3] + [t["quantity"] for t in _summary(province).targets[1:]]
    assert len(after.targets) == len(before.targets) - 1
    codes = [c["code"] for c in after.channels]
    assert "web_portal" not in codes and codes[-1] == "social_media"  # kept for its activity, after the rest
    assert _by(after.channels, "code", "social_media")["id"] == social["id"]
    activity = get_activity(ready_ws, activity_id)
    assert (activity["channel_id"], activity["campaign_id"]) == (social["id"], may_day["id"])
    district, upper = plan_document(ready_ws, 2027), plan_document(province, 2027)
    assert district["channels"][:-1] == upper["channels"]
    assert {k: v for k, v in district.items() if k != "channels"} == {k: v for k, v in upper.items() if k != "channels"}


def test_a_plan_edited_locally_is_kept_and_the_published_one_skipped(
        hub: HubServer, accounts: Accounts, province: Workspace, ready_ws: Workspace) -> None:  # noqa: F811
    """After the district renames a channel, the province's next version is skipped as local_edit."""
    _publish(hub, accounts.reviewer_token, province)
    _sync(hub, accounts.district_token, ready_ws)
    district = _summary(ready_ws)
    admin.save_channel(ready_ws, district.plan_id, {**PODCAST, "name": "Phát thanh nội bộ"},
                       _by(district.channels, "code", "podcast")["id"])
    mine = plan_document(ready_ws, 2027)

    plan = _summary(province)
    admin.update_plan_header(province, plan.plan_id, "Kế hoạch truyền thông năm 2027 (sửa đổi)", "", "")
    _publish(hub, accounts.reviewer_token, province)
    report = _sync(hub, accounts.district_token, ready_ws)
    assert report.published_skipped == [("plan", 2027, "local_edit")] and report.published_applied == 0
    assert plan_document(ready_ws, 2027) == mine


def test_publishing_again_without_changes_sends_nothing(
        hub: HubServer, accounts: Accounts, province: Workspace) -> None:  # noqa: F811
    """The second publication makes no request to /published; a changed rule sends the rules only."""
    _publish(hub, accounts.reviewer_token, province)
    published, transport = _publish(hub, accounts.reviewer_token, province)
    assert published == [] and not [p for _, p in transport.sent if "/published/" in p]
    save_rules(province, HousingRules(year=2027, new_build_amount=75_000_000))
    published, transport = _publish(hub, accounts.reviewer_token, province)
    assert published == ["housing_rules/2027"]
    sent = [(m, p) for m, p in transport.sent if "/published/" in p]
    assert sent == [("PUT", "/api/v1/published/housing_rules/2027")]


def test_publish_for_lower_units_needs_a_reviewer_and_covers_this_year_and_later_plans(
        hub: HubServer, accounts: Accounts, province: Workspace) -> None:  # noqa: F811
    """A district token publishes nothing; the reviewer publishes 2026 and 2027 (plan and rules)."""
    with hub.client(accounts.district_token) as client:
        assert publish_for_lower_units(province, client, today=D(2026, 12, 2)) == []
    with hub.client(accounts.reviewer_token) as reviewer:
        assert publish_for_lower_units(province, reviewer, today=D(2026, 12, 2)) == [
            "plan/2026", "housing_rules/2026", "plan/2027", "housing_rules/2027"]
        assert publish_for_lower_units(province, reviewer, today=D(2027, 1, 2)) == []


def test_a_published_plan_failing_the_checks_changes_nothing(ready_ws: Workspace) -> None:
    """A campaign outside the year, after valid parts, undoes the whole merge: the plan stays as it was."""
    before = plan_document(ready_ws, 2026)
    bad = {**before, "title": "Kế hoạch khác", "channels": [*before["channels"], PODCAST],
           "campaigns": [*before["campaigns"], {"name": "Sai năm", "starts_on": "2025-01-01",
                                                 "ends_on": "2025-02-01", "theme": ""}]}
    assert apply_published_plan(ready_ws, 2026, bad) == "invalid"
    assert plan_document(ready_ws, 2026) == before
    assert apply_published_plan(ready_ws, 2026, {"title": "Không đủ"}) == "invalid"
    assert apply_published_plan(ready_ws, 2027, before) == "invalid"  # another year's plan
