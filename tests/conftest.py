"""Shared fixtures: databases on both engines, a manual clock, settings for a bot under test."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from storage.clock import ManualClock
from storage.db import SessionFactory, create_engine, create_session_factory
from tests.dbutil import PostgresTemplate, SqliteTemplate, postgres_base_url

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplate:
    return SqliteTemplate(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[PostgresTemplate | None]:
    base = postgres_base_url()
    if base is None:
        yield None
        return
    template = PostgresTemplate(base)
    asyncio.run(template.create())
    yield template
    asyncio.run(template.drop())


@pytest.fixture(params=ENGINES)
async def database_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: SqliteTemplate,
    postgres_template: PostgresTemplate | None,
) -> AsyncIterator[str]:
    """A freshly migrated, empty database: each test runs once per engine."""
    if request.param == "sqlite":
        yield sqlite_template.fresh(tmp_path)
        return
    if postgres_template is None:
        pytest.skip("PostgreSQL: set SAFEBOT_TEST_DATABASE_URL to run")
    url = await postgres_template.fresh()
    yield url
    await postgres_template.drop(make_url(url).database)


@pytest.fixture
async def session_factory(database_url: str) -> AsyncIterator[SessionFactory]:
    engine = create_engine(database_url)
    yield create_session_factory(engine)
    await engine.dispose()


@pytest.fixture
def clock() -> ManualClock:
    # A Monday morning in Shanghai (01:00 UTC = 09:00 local).
    return ManualClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))


# End-to-end fixtures (fake Bot API, the real bot polling it); defined in tests/e2e.py.
from tests.e2e import admin_user, bot_api, bot_app, bot_settings  # noqa: E402, F401
