"""Fresh, migrated databases for tests: SQLite always, PostgreSQL when SAFEBOT_TEST_DATABASE_URL is set.

Each test gets its own database copied from a template that was migrated once per session, so a
test never sees another's rows and the migrations themselves are exercised on both engines.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from storage.db import normalise_url, upgrade_database

PG_ENV = "SAFEBOT_TEST_DATABASE_URL"


def postgres_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _asyncpg_dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(normalise_url(url))
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


class SqliteTemplate:
    def __init__(self, directory: Path) -> None:
        self.path = directory / "template.db"
        upgrade_database(f"sqlite+aiosqlite:///{self.path}")

    def fresh(self, directory: Path) -> str:
        target = directory / f"safebot-{uuid.uuid4().hex[:8]}.db"
        shutil.copyfile(self.path, target)
        return f"sqlite+aiosqlite:///{target}"


class PostgresTemplate:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.template = f"safebot_tmpl_{uuid.uuid4().hex[:8]}"
        self.created: list[str] = []

    async def create(self) -> None:
        connection = await asyncpg.connect(_asyncpg_dsn(self.base_url))
        try:
            await connection.execute(f'CREATE DATABASE "{self.template}"')
        finally:
            await connection.close()
        url = make_url(normalise_url(self.base_url)).set(database=self.template)
        import asyncio

        await asyncio.to_thread(upgrade_database, url.render_as_string(hide_password=False))

    async def fresh(self) -> str:
        name = f"safebot_t_{uuid.uuid4().hex[:10]}"
        connection = await asyncpg.connect(_asyncpg_dsn(self.base_url))
        try:
            await connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        finally:
            await connection.close()
        self.created.append(name)
        return make_url(normalise_url(self.base_url)).set(database=name).render_as_string(hide_password=False)

    async def drop(self, name: str | None = None) -> None:
        names = [name] if name else [*self.created, self.template]
        connection = await asyncpg.connect(_asyncpg_dsn(self.base_url))
        try:
            for db in names:
                await connection.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        finally:
            await connection.close()
