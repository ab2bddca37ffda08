"""The hub's schema comes from its versioned migrations, applied at start and idempotent on restart."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import inspect

from cdtt_desktop.hub.app import create_app
from cdtt_desktop.hub.auth import add_unit
from cdtt_desktop.hub.database import MIGRATIONS, current_revision, make_engine, upgrade
from cdtt_desktop.hub.schema import metadata
from tests.hub.conftest import LIMITS, bearer


def head() -> str | None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def test_fresh_database_is_migrated_to_head(db_url: str) -> None:
    """upgrade() on an empty database creates every table and records the head revision."""
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head() == "0001"
        assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrations_build_the_tables_the_queries_use(db_url: str) -> None:
    """schema.py and the migrations describe the same tables, columns and indexes."""
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    finally:
        engine.dispose()


def test_restart_keeps_data_and_migrates_nothing(db_url: str, storage: Path) -> None:
    """A second start on the same database applies nothing and keeps units and tokens."""
    app = create_app(db_url, storage, limits=LIMITS)
    token = add_unit(app.state.hub.engine, code="CDP-HK", name="Phường Hoàn Kiếm", parent=None,
                     reviewer=False).token
    app.state.hub.engine.dispose()
    again = create_app(db_url, storage, limits=LIMITS)
    try:
        assert current_revision(again.state.hub.engine) == "0001"
        whoami = TestClient(again).get("/api/v1/whoami", headers=bearer(token))
        assert whoami.json()["name"] == "Phường Hoàn Kiếm"
    finally:
        again.state.hub.engine.dispose()
