"""Reminder sweep benchmark: the cost of one sweep with many open hazards and obligation occurrences.

    python benchmarks/sweep.py [--database-url postgresql://postgres@127.0.0.1:5432/test]
                               [--sizes 10000,100000] [--occurrences 10000] [--repeat 5]

For each size: a fresh database with that many open hazards (deadlines spread from 30 days
overdue to 30 days ahead, owners among 2,000 workers in 100 units with a manager each, levels
and supervision mixed) and `--occurrences` open obligation occurrences. Then, on one local day:

- `first`: the first sweep after quiet hours (08:00) — a full pass that writes that day's
  reminder items and one merged message per recipient;
- `digest`: the 08:30 sweep — a full pass again, for the digest of every manager and officer;
- `tick`: an ordinary tick later that day (median of --repeat) — incremental: only rows changed
  since the previous tick are read. This is what runs every `sweep_interval_seconds`;
- `next_day`: the next morning's first sweep — a full pass where most items were logged the day
  before (the daily overdue reminders and new points are fresh). The `first` pass above is the
  cold case: nothing logged yet, every escalation ever due goes out at once (a first deployment).

Reported per sweep: seconds, rows examined (hazards + occurrences read), items, messages, and the
longest event-loop stall while it ran: a heartbeat task sleeps HEARTBEAT seconds over and over
beside the sweep, and its worst lateness is how long a person's message would have waited for the
bot to look at it.
The database is a temporary SQLite file unless --database-url names a PostgreSQL server, where a
throwaway database is created and dropped. The last line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from storage.db import (  # noqa: E402
    create_engine,
    create_session_factory,
    normalise_url,
    unit_of_work,
    upgrade_database,
)
from storage.models import Hazard, Person, Role, Unit  # noqa: E402
from storage.obligation_models import Obligation, ObligationOccurrence  # noqa: E402
from storage.reminders import ReminderPolicy, SweepResult, sweep  # noqa: E402

ZONE = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 3, 10)
UNITS = 100
WORKERS = 2000


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, hour, minute, tzinfo=ZONE)


async def populate(url: str, hazards: int, occurrences: int) -> None:
    engine = create_engine(url)
    factory = create_session_factory(engine)
    long_ago = datetime(2026, 1, 1, tzinfo=UTC)
    async with unit_of_work(factory) as session:
        await session.execute(
            insert(Unit), [{"id": 1, "name": "公司", "parent_id": None, "created_at": long_ago}]
        )
        await session.execute(
            insert(Unit),
            [
                {"id": u, "name": f"单位{u}", "parent_id": 1, "created_at": long_ago}
                for u in range(2, UNITS + 2)
            ],
        )
        people: list[dict[str, Any]] = []
        pid = 0

        def person(role: Role, unit: int) -> int:
            nonlocal pid
            pid += 1
            people.append(
                {
                    "id": pid,
                    "name": f"人员{pid}",
                    "role": role.value,
                    "unit_id": unit,
                    "telegram_user_id": 10_000_000 + pid,
                    "active": True,
                    "blocked_bot": False,
                    "created_at": long_ago,
                }
            )
            return pid

        for _ in range(5):
            person(Role.SAFETY_OFFICER, 1)
        person(Role.PRINCIPAL, 1)
        for unit in range(2, UNITS + 2):
            person(Role.MANAGER, unit)
        workers = [person(Role.WORKER, 2 + n % UNITS) for n in range(WORKERS)]
        await session.execute(insert(Person), people)
        unit_of = {p["id"]: p["unit_id"] for p in people}

        rows = []
        for n in range(hazards):
            owner = workers[n % WORKERS]
            rows.append(
                {
                    "number": f"YH-2026-{n + 1:07d}",
                    "status": "assigned",
                    "level": "major" if n % 20 == 0 else "general",
                    "source": "report",
                    "category": "other",
                    "description": f"隐患描述 {n}",
                    "unit_id": unit_of[owner],
                    "owner_id": owner,
                    "anonymous": False,
                    "supervised": n % 50 == 0,
                    "extension_count": 0,
                    "deadline": TODAY + timedelta(days=(n % 61) - 30),
                    "created_at": long_ago,
                    "updated_at": long_ago,
                }
            )
            if len(rows) == 5000:
                await session.execute(insert(Hazard), rows)
                rows = []
        if rows:
            await session.execute(insert(Hazard), rows)

        await session.execute(
            insert(Obligation),
            [
                {
                    "id": o,
                    "key": f"bench-{o}",
                    "title": f"定期任务{o}",
                    "owner_role": Role.WORKER.value,
                    "owner_person_ids": [],
                    "recurrence": "daily",
                    "remind_days_before": 3,
                    "needs_evidence": False,
                    "active": True,
                    "removed": False,
                    "origin": "admin",
                    "starts_on": date(2026, 1, 1),
                    "generated_through": TODAY + timedelta(days=40),  # nothing to materialise
                    "created_at": long_ago,
                    "updated_at": long_ago,
                }
                for o in range(1, 11)
            ],
        )
        occurrence_rows = []
        for n in range(occurrences):
            assignee = workers[n % WORKERS]
            due = TODAY + timedelta(days=(n // WORKERS) % 20 - 10)
            occurrence_rows.append(
                {
                    "obligation_id": 1 + n % 10,
                    "assignee_id": assignee,
                    "unit_id": unit_of[assignee],
                    "due_date": due,
                    "remind_from": due - timedelta(days=3),
                    "status": "open",
                    "created_at": long_ago,
                    "updated_at": long_ago,
                }
            )
        for start in range(0, len(occurrence_rows), 5000):
            await session.execute(insert(ObligationOccurrence), occurrence_rows[start : start + 5000])
    await engine.dispose()


HEARTBEAT = 0.005  # seconds between two heartbeats


class Heartbeat:
    """A task that wakes every HEARTBEAT seconds and records how late it woke (the loop's stall)."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._running = True
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        while self._running:
            started = time.perf_counter()
            await asyncio.sleep(HEARTBEAT)
            self.worst = max(self.worst, time.perf_counter() - started - HEARTBEAT)

    async def __aenter__(self) -> Heartbeat:
        self._task = asyncio.create_task(self._beat())
        await asyncio.sleep(0)  # let it start
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._running = False
        if self._task is not None:
            await self._task


async def timed(url: str, when: datetime, policy: ReminderPolicy) -> tuple[float, float, SweepResult]:
    engine = create_engine(url)
    factory = create_session_factory(engine)
    try:
        async with factory() as session:  # connect first: the pool's first connection is not the sweep's cost
            await session.connection()
        async with Heartbeat() as heartbeat:
            started = time.perf_counter()
            async with unit_of_work(factory) as session:
                result = await sweep(session, now=when, policy=policy)
            seconds = time.perf_counter() - started
        return seconds, heartbeat.worst, result
    finally:
        await engine.dispose()


def describe(seconds: float, stall: float, result: SweepResult) -> dict[str, Any]:
    return {
        "seconds": round(seconds, 3),
        "max_stall_ms": round(stall * 1000, 1),
        "rows_examined": result.hazards_examined + result.tasks_examined,
        "items": result.items,
        "messages": result.messages,
    }


async def run_size(base_url: str | None, hazards: int, occurrences: int, repeat: int) -> dict[str, Any]:
    admin_dsn = None
    name = None
    if base_url is None:
        directory = Path(tempfile.mkdtemp(prefix="sweep-bench-"))
        url = f"sqlite+aiosqlite:///{directory / 'bench.db'}"
    else:
        name = f"sweep_bench_{uuid.uuid4().hex[:8]}"
        parsed = make_url(normalise_url(base_url))
        admin_dsn = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        connection = await asyncpg.connect(admin_dsn)
        await connection.execute(f'CREATE DATABASE "{name}"')
        await connection.close()
        url = parsed.set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(upgrade_database, url)
        started = time.perf_counter()
        await populate(url, hazards, occurrences)
        populate_seconds = time.perf_counter() - started
        policy = ReminderPolicy(zone=ZONE)
        first = await timed(url, at(8, 0), policy)
        digest = await timed(url, at(8, 30), policy)
        ticks = [await timed(url, at(9, minute), policy) for minute in range(repeat)]
        median = statistics.median(seconds for seconds, _, _ in ticks)
        worst_stall = max(stall for _, stall, _ in ticks)
        next_day = await timed(url, at(8, 0) + timedelta(days=1), policy)
        return {
            "engine": "sqlite" if base_url is None else "postgresql",
            "hazards": hazards,
            "occurrences": occurrences,
            "populate_seconds": round(populate_seconds, 1),
            "first": describe(*first),
            "digest": describe(*digest),
            "tick": describe(median, worst_stall, ticks[-1][2]),
            "next_day": describe(*next_day),
        }
    finally:
        if admin_dsn is not None:
            connection = await asyncpg.connect(admin_dsn)
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await connection.close()


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: a temporary SQLite file)")
    parser.add_argument("--sizes", default="10000,100000", help="open hazard counts, comma-separated")
    parser.add_argument("--occurrences", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5, help="ordinary ticks timed (median reported)")
    args = parser.parse_args()
    results = []
    print(TABLE_HEAD, flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        result = await run_size(args.database_url, size, args.occurrences, args.repeat)
        results.append(result)
        for kind in SWEEPS:
            print(table_row(result, kind), flush=True)
    print(json.dumps(results, ensure_ascii=False))


SWEEPS = ("first", "digest", "tick", "next_day")
TABLE_HEAD = (
    f"{'engine':10} {'hazards':>8} {'occurr.':>7} {'sweep':8} {'seconds':>8} {'max event-loop stall':>21}"
    f" {'rows':>7} {'items':>7} {'messages':>8}"
)


def table_row(result: dict[str, Any], kind: str) -> str:
    sweep_ = result[kind]
    return (
        f"{result['engine']:10} {result['hazards']:>8} {result['occurrences']:>7} {kind:8}"
        f" {sweep_['seconds']:>8.3f} {sweep_['max_stall_ms']:>18.1f} ms"
        f" {sweep_['rows_examined']:>7} {sweep_['items']:>7} {sweep_['messages']:>8}"
    )


if __name__ == "__main__":
    asyncio.run(main())
