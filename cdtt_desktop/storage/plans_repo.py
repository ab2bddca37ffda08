"""The year's plan in the database: created from a template, copied to a new year."""

from __future__ import annotations

from cdtt_desktop.domain.plan import PlanTemplate
from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import RecordWriter, Row


class PlanExistsError(ValueError):
    """There is already a plan for that year."""


class PlanRepo:
    def __init__(self, db: Database, writer: RecordWriter):
        self.db = db
        self.writer = writer

    def years(self) -> list[int]:
        return [r["year"] for r in self.db.query(
            "SELECT year FROM plans WHERE deleted_at IS NULL ORDER BY year")]

    def plan_for_year(self, year: int) -> Row | None:
        rows = list(self.db.query("SELECT * FROM plans WHERE year = ? AND deleted_at IS NULL", [year]))
        return rows[0] if rows else None

    def create_from_template(self, template: PlanTemplate, *, source: str = "") -> str:
        """Store `template` as the plan of its year, with every part as its own record."""
        if self.plan_for_year(template.year):
            raise PlanExistsError(str(template.year))
        with transaction(self.db):
            plan_id = self.writer.insert(
                "plans",
                {"year": template.year, "title": template.title, "theme": template.theme,
                 "message": template.message, "source": source},
            )
            groups = {
                g.code: self.writer.insert(
                    "content_groups", {"plan_id": plan_id, "code": g.code, "name": g.name, "position": i})
                for i, g in enumerate(template.content_groups)
            }
            channels = {
                c.code: self.writer.insert(
                    "channels",
                    {"plan_id": plan_id, "code": c.code, "name": c.name, "examples": c.examples,
                     "position": i})
                for i, c in enumerate(template.channels)
            }
            for c in template.campaigns:
                self.writer.insert(
                    "campaigns",
                    {"plan_id": plan_id, "name": c.name, "theme": c.theme,
                     "starts_on": c.starts_on.isoformat(), "ends_on": c.ends_on.isoformat()},
                )
            for t in template.targets:
                self.writer.insert(
                    "targets",
                    {"plan_id": plan_id, "description": t.description, "quantity": t.quantity,
                     "period": t.period.value, "channel_id": channels.get(t.channel_code or ""),
                     "content_group_id": groups.get(t.content_group_code or ""), "outlet": t.outlet},
                )
        return plan_id

    def parts(self, table: str, plan_id: str | None = None) -> list[Row]:
        """Live rows of one part table (channels, content_groups, campaigns, targets)."""
        order = {"campaigns": "starts_on, name", "targets": "rowid"}.get(table, "position, name")
        if plan_id is None:
            sql = (f"SELECT t.*, p.year AS plan_year FROM [{table}] t JOIN plans p ON p.id = t.plan_id "
                   f"WHERE t.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.year DESC, {order}")
            return list(self.db.query(sql))
        return list(self.db.query(
            f"SELECT * FROM [{table}] WHERE plan_id = ? AND deleted_at IS NULL ORDER BY {order}",
            [plan_id]))

    def update_part(self, table: str, record_id: str, values: dict[str, object]) -> None:
        self.writer.update(table, record_id, values)

    def add_part(self, table: str, values: dict[str, object]) -> str:
        return self.writer.insert(table, values)

    def delete_part(self, table: str, record_id: str) -> None:
        self.writer.tombstone(table, record_id)
