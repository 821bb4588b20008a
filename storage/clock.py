"""One injectable clock: the only place the code asks what time it is."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as TimeOfDay
from typing import Protocol
from zoneinfo import ZoneInfo


def utcnow() -> datetime:
    return datetime.now(UTC)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return utcnow()


class ManualClock:
    """A clock that tests move by hand.

    Frozen unless `run()` was called: then it also moves on in real time (as it does for a bot
    that is running: retry delays, leases and ticks need time to pass), and `set()` / `advance()`
    still jump it. `freeze()` stops it where it is.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._running_since: float | None = None  # time.monotonic() when _now was last read off

    def now(self) -> datetime:
        if self._running_since is None:
            return self._now
        return self._now + timedelta(seconds=time.monotonic() - self._running_since)

    def set(self, when: datetime) -> None:
        self._now = when.astimezone(UTC)
        if self._running_since is not None:
            self._running_since = time.monotonic()

    def advance(self, delta: timedelta) -> None:
        self.set(self.now() + delta)

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def run(self) -> None:
        """From now on, move on in real time as well."""
        if self._running_since is None:
            self._running_since = time.monotonic()

    def freeze(self) -> None:
        """Stop moving on by itself, at the current instant."""
        self._now = self.now()
        self._running_since = None


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()


def in_quiet_hours(local: TimeOfDay, start: TimeOfDay | None, end: TimeOfDay | None) -> bool:
    """Whether a local time of day falls in quiet hours [start, end), which may span midnight."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end
