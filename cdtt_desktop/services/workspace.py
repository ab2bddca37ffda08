"""One open data folder: the database, its repositories and the settings, wired together.

`Workspace` is what the window and the command line hold. It is created by
`open_workspace()` and owns one connection; background tasks open their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from cdtt_desktop.paths import DataPaths
from cdtt_desktop.settings import Settings
from cdtt_desktop.storage.activities_repo import ActivityRepo
from cdtt_desktop.storage.attachments import AttachmentStore
from cdtt_desktop.storage.database import Database, SchemaTooNewError, open_database
from cdtt_desktop.storage.plans_repo import PlanRepo
from cdtt_desktop.storage.records import RecordWriter
from cdtt_desktop.storage.settings_repo import SettingsRepo
from cdtt_desktop.storage.units_repo import UnitRepo

if TYPE_CHECKING:
    from cdtt_desktop.storage.documents_repo import DocumentRepo
    from cdtt_desktop.storage.housing_repo import HousingRepo
    from cdtt_desktop.storage.stories_repo import StoryRepo

__all__ = ["SchemaTooNewError", "Workspace", "open_workspace"]


@dataclass
class Workspace:
    paths: DataPaths
    db: Database
    settings: Settings
    writer: RecordWriter
    units: UnitRepo
    plans: PlanRepo
    activities: ActivityRepo
    attachments: AttachmentStore

    # Stories and cases are built on first use: their modules are a tenth of the window's start.
    @cached_property
    def stories(self) -> StoryRepo:
        from cdtt_desktop.storage.stories_repo import StoryRepo

        return StoryRepo(self.db, self.writer)

    @cached_property
    def housing(self) -> HousingRepo:
        from cdtt_desktop.storage.housing_repo import HousingRepo

        return HousingRepo(self.db, self.writer)

    @cached_property
    def documents(self) -> DocumentRepo:
        from cdtt_desktop.storage.documents_repo import DocumentRepo

        return DocumentRepo(self.db, self.writer)

    def close(self) -> None:
        self.optimize(quick=True)
        self.db.close()

    def optimize(self, *, quick: bool = False) -> None:
        """Refresh the query planner's statistics: after bulk writes, and (quickly) when closing.

        Without them SQLite may sort 100,000 activities by title instead of walking the index.
        """
        if quick:
            self.db.execute("PRAGMA analysis_limit = 400")
            self.db.execute("PRAGMA optimize")
        else:
            self.db.execute("ANALYZE")

    def officer(self) -> str:
        return str(self.settings["officer_name"]) or "—"

    def execute_scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        return self.db.execute(sql, params or []).fetchone()[0]


def open_workspace(paths: DataPaths) -> Workspace:
    """Open (create, migrate) the data folder. Raises SchemaTooNewError for a newer file."""
    paths.root.mkdir(parents=True, exist_ok=True)
    db = open_database(paths.database, paths.backups)
    settings_repo = SettingsRepo(db)
    settings = Settings(settings_repo.load_all, settings_repo.save)
    writer = RecordWriter(db, lambda: str(settings["officer_name"]) or "—")
    return Workspace(
        paths=paths,
        db=db,
        settings=settings,
        writer=writer,
        units=UnitRepo(db, writer),
        plans=PlanRepo(db, writer),
        activities=ActivityRepo(db, writer),
        attachments=AttachmentStore(db, writer, paths.attachments, paths.thumbnails),
    )
