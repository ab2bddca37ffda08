"""The road through the sync hub: each item's state (`sync_items`), the decisions to post back, and what
was applied of the upper level's published plan and rules.

An item without a `sync_items` row never met the hub. What the hub published and this installation
applied is remembered per (kind, year) as the version and the time it was applied, under the settings key
`hub_published_applied` (JSON), so a later pull can tell a local edit from the hub's own copy.
"""

from __future__ import annotations

import json
from typing import Any

from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import Row, utc_now

APPLIED_KEY = "hub_published_applied"
HUB_BUNDLE = "hub:%"  # inbox rows and outbox rows that travelled through the hub carry a bundle id "hub:…"


class SyncRepo:
    def __init__(self, db: Database):
        self.db = db

    def rows(self) -> dict[tuple[str, int], Row]:
        return {(r["item_id"], int(r["revision"])): r for r in self.db.query("SELECT * FROM sync_items")}

    def get(self, item_id: str, revision: int) -> Row | None:
        rows = list(self.db.query("SELECT * FROM sync_items WHERE item_id = ? AND revision = ?", [item_id, revision]))
        return rows[0] if rows else None

    def put(self, item_id: str, revision: int, *, state: str, attempts: int, last_error: str = "",
            next_attempt_at: str | None = None) -> None:
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO sync_items (item_id, revision, state, attempts, last_error, next_attempt_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id, revision) DO UPDATE SET state = excluded.state, "
                "attempts = excluded.attempts, last_error = excluded.last_error, "
                "next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at",
                [item_id, revision, state, attempts, last_error, next_attempt_at, utc_now()])

    def restore(self, row: Row | None, item_id: str, revision: int) -> None:
        """Put back the row as it was before an attempt that was cancelled (no row: none)."""
        with transaction(self.db):
            if row is None:
                self.db.execute("DELETE FROM sync_items WHERE item_id = ? AND revision = ?", [item_id, revision])
            else:
                self.put(item_id, revision, state=row["state"], attempts=int(row["attempts"]),
                         last_error=row["last_error"], next_attempt_at=row["next_attempt_at"])

    # --- the receiving side --------------------------------------------------------------------------------

    def record_hub_arrival(self, bundle_id: str, sender_id: str, sender_name: str, items: int) -> None:
        """What the inbox needs to hold a unit's items that came through the hub: the unit as a lower sender
        (no key: the hub vouched for it; `fingerprint` says "hub") and a log row for this arrival."""
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO trusted_keys (sender_id, unit_name, role, public_key, fingerprint, pinned_at) "
                "VALUES (?, ?, 'lower', '', 'hub', ?) "
                "ON CONFLICT (sender_id) DO UPDATE SET unit_name = excluded.unit_name",
                [sender_id, sender_name, now])
            self.db.execute(
                "INSERT INTO bundles (bundle_id, kind, direction, sender_id, sender_name, file_sha256, created_at, "
                "handled_at, items) VALUES (?, 'submission', 'in', ?, ?, '', ?, ?, ?)",
                [bundle_id, sender_id, sender_name, now, now, items])

    def hub_pending_decisions(self) -> list[Row]:
        """Decisions on items that came through the hub and that the hub has not been told yet."""
        return list(self.db.query(
            "SELECT item_id, revision, decision, decision_comment, decided_at, decided_by FROM inbox_items "
            "WHERE bundle_id LIKE ? AND decision IS NOT NULL AND receipt_id IS NULL ORDER BY decided_at, item_id",
            [HUB_BUNDLE]))

    # --- the published plan and rules ----------------------------------------------------------------------

    def applied(self) -> dict[str, dict[str, Any]]:
        """{"housing_rules/2026": {"version": 3, "applied_at": "…Z"}, …}"""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [APPLIED_KEY]).fetchone()
        value = json.loads(row[0]) if row else {}
        return value if isinstance(value, dict) else {}

    def mark_applied(self, kind: str, year: int, version: int) -> None:
        applied = self.applied()
        applied[f"{kind}/{year}"] = {"version": version, "applied_at": utc_now()}
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "value = excluded.value, updated_at = excluded.updated_at",
                [APPLIED_KEY, json.dumps(applied, ensure_ascii=False), utc_now()])

    def housing_rules_row(self, year: int, province: str) -> Row | None:
        rows = list(self.db.query(
            "SELECT updated_at, [values] FROM housing_rules WHERE deleted_at IS NULL AND year = ? AND province = ?",
            [year, province]))
        return rows[0] if rows else None

    def plan_changed_at(self, year: int) -> str | None:
        """The latest change to the year's plan or any of its parts (None: no plan for that year)."""
        row = self.db.execute(
            "SELECT max(p.updated_at, coalesce((SELECT max(updated_at) FROM campaigns WHERE plan_id = p.id), ''), "
            "coalesce((SELECT max(updated_at) FROM targets WHERE plan_id = p.id), ''), "
            "coalesce((SELECT max(updated_at) FROM channels WHERE plan_id = p.id), ''), "
            "coalesce((SELECT max(updated_at) FROM content_groups WHERE plan_id = p.id), '')) "
            "FROM plans p WHERE p.year = ? AND p.deleted_at IS NULL", [year]).fetchone()
        return str(row[0]) if row and row[0] else None

    def plan_edited_after_creation(self, year: int) -> bool:
        """Whether any row of the year's plan was changed or removed after it was created."""
        plan = "(SELECT id FROM plans WHERE year = ? AND deleted_at IS NULL)"
        checks = ["SELECT 1 FROM plans WHERE year = ? AND deleted_at IS NULL AND updated_at > created_at"]
        checks += [f"SELECT 1 FROM {t} WHERE plan_id IN {plan} AND (updated_at > created_at OR deleted_at IS NOT NULL)"
                   for t in ("campaigns", "targets", "channels", "content_groups")]
        row = self.db.execute(f"SELECT EXISTS ({' UNION ALL '.join(checks)})", [year] * len(checks)).fetchone()
        return bool(row[0])
