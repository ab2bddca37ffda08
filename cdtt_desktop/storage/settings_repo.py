"""Key-value settings in the database, values as JSON."""

from __future__ import annotations

import json
from typing import Any

from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import utc_now


class SettingsRepo:
    def __init__(self, db: Database):
        self.db = db

    def load_all(self) -> dict[str, Any]:
        return {row["key"]: json.loads(row["value"]) for row in self.db.query("SELECT * FROM settings")}

    def save(self, values: dict[str, Any]) -> None:
        with transaction(self.db):
            for key, value in values.items():
                self.db.table("settings").upsert(
                    {"key": key, "value": json.dumps(value, ensure_ascii=False), "updated_at": utc_now()},
                    pk="key",
                )
