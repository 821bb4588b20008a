"""Helpers for CLI commands: one migrated database session per command."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from storage.db import create_engine, create_session_factory, unit_of_work, upgrade_database_async


@asynccontextmanager
async def cli_session(settings: Settings) -> AsyncIterator[AsyncSession]:
    """Migrate if needed, then one transaction for the whole command (all or nothing)."""
    url = settings.resolved_database_url
    await upgrade_database_async(url)
    engine = create_engine(url)
    try:
        async with unit_of_work(create_session_factory(engine)) as session:
            yield session
    finally:
        await engine.dispose()
