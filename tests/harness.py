"""Run the real safebot Application, polling a local Bot API, inside a test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from telegram.ext import Application

from bot.config import Settings
from storage.clock import Clock, ManualClock


@asynccontextmanager
async def running_bot(settings: Settings, clock: Clock | None = None) -> AsyncIterator[Application]:
    """Build, start and poll the real Application; stop and shut it down cleanly on exit.

    This is what `safebot run` does (minus signal handling): initialize → startup (migrations,
    workers) → start → polling; and in reverse on exit.

    A ManualClock runs in real time while the bot runs, as time passes for a real bot: the sender's
    retry after a 429 or a timeout, leases and periodic ticks wait for real seconds, which a frozen
    clock would never let pass. The test still sets or advances it by hand; it freezes again on exit.
    """
    from bot.app import build_application, shutdown, startup

    app = build_application(settings, clock=clock)
    flowing = clock if isinstance(clock, ManualClock) and not clock.running else None
    if flowing is not None:
        flowing.run()
    await app.initialize()
    try:
        await startup(app)
        try:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
            yield app
        finally:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            await shutdown(app)
    finally:
        await app.shutdown()
        if flowing is not None:
            flowing.freeze()
