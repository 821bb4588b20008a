"""Ledger export benchmark: our streaming writers against a naive load-everything openpyxl export.

    python benchmarks/export.py [--hazards 100000] [--events-per-hazard 3] [--keep DIR]

Builds a SQLite ledger of N hazards (with units, people, an anonymous share and an audit trail of
a few events per hazard) through bulk inserts, then runs each export in a fresh process so that
its peak resident memory (ru_maxrss) is its own:

- streaming xlsx: storage.export.export_ledger (keyset batches, xlsxwriter constant_memory)
- streaming csv:  the same, to CSV
- naive xlsx:     every hazard and event loaded as ORM objects, an openpyxl Workbook in normal
                  mode filled in memory, then saved (what one writes first)
- stats:          /stats over the whole ledger (two years by month) with the ranking and the chart

For each: wall time, peak RSS of the process, and peak RSS above the process's baseline after
imports and opening the database (what the export itself added). The last line of output is one
JSON object with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine as create_sync_engine  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from storage.db import upgrade_database  # noqa: E402
from storage.models import (  # noqa: E402
    Hazard,
    HazardCategory,
    HazardEvent,
    HazardSource,
    HazardStatus,
    Person,
    Unit,
)

ZONE_NAME = "Asia/Shanghai"
VARIANTS = ("streaming-xlsx", "streaming-csv", "naive-openpyxl", "stats-2-years")


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except OSError:
        return rss_mb()


# ---------------------------------------------------------------- building the ledger


def build(db: Path, hazards: int, events_per_hazard: int, seed: int = 7) -> dict[str, float]:
    started = time.perf_counter()
    url = f"sqlite:///{db}"
    upgrade_database(url)
    engine = create_sync_engine(url)
    rng = random.Random(seed)
    statuses = [s.value for s in HazardStatus]
    categories = [c.value for c in HazardCategory]
    sources = [s.value for s in HazardSource]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(insert(Unit), [{"id": 1, "name": "示例集团", "parent_id": None, "active": True}])
        units = [{"id": i, "name": f"第{i - 1}车间", "parent_id": 1, "active": True} for i in range(2, 22)]
        teams = [
            {"id": 100 + i, "name": f"班组{i}", "parent_id": 2 + i % 20, "active": True} for i in range(60)
        ]
        conn.execute(insert(Unit), units + teams)
        unit_ids = [u["id"] for u in units + teams]
        people = [
            {
                "id": i,
                "name": f"职工{i:04d}",
                "role": "worker" if i > 20 else "safety_officer",
                "unit_id": rng.choice(unit_ids),
                "active": True,
                "blocked_bot": False,
                "created_at": start,
            }
            for i in range(1, 2001)
        ]
        conn.execute(insert(Person), people)
        batch: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        description = "二号厂房配电箱柜门损坏，电线裸露，存在触电风险；现场无警示标识，需立即整改并加强巡查。"
        for i in range(1, hazards + 1):
            created = start + timedelta(minutes=i * 7 + rng.randint(0, 5))
            status = rng.choice(statuses)
            closed = created + timedelta(days=rng.randint(1, 40)) if status == "closed" else None
            rectified = (closed - timedelta(hours=12)) if closed else None
            level = rng.choice(["general", "general", "general", "major", None])
            batch.append(
                {
                    "id": i,
                    "number": f"YH-{created.year}-{i:06d}",
                    "status": status,
                    "level": level,
                    "source": rng.choice(sources),
                    "category": rng.choice(categories),
                    "description": description,
                    "location_text": f"{rng.randint(1, 9)}号厂房{rng.randint(1, 4)}层东侧",
                    "unit_id": rng.choice(unit_ids),
                    "reporter_id": rng.randint(21, 2000),
                    "anonymous": rng.random() < 0.15,
                    "owner_id": rng.randint(21, 2000) if status != "reported" else None,
                    "verifier_id": rng.randint(1, 20),
                    "deadline": (created + timedelta(days=rng.randint(3, 30))).date(),
                    "measures": "更换柜门并加锁，线路穿管敷设" if level else None,
                    "funds": "5000元" if level == "major" else None,
                    "contingency_plan": "设置警戒区，专人看护，配备灭火器" if level == "major" else None,
                    "supervised": level == "major" and rng.random() < 0.3,
                    "extension_count": 0,
                    "rectified_at": rectified,
                    "closed_at": closed,
                    "closed_by_id": rng.randint(1, 20) if closed else None,
                    "created_at": created,
                    "updated_at": closed or created,
                }
            )
            for k in range(events_per_hazard):
                events.append(
                    {
                        "hazard_id": i,
                        "actor_id": batch[-1]["reporter_id"] if k == 0 else rng.randint(1, 20),
                        "action": ["report", "assign", "submit_rectification", "close"][k % 4],
                        "from_status": None if k == 0 else "reported",
                        "to_status": "reported" if k == 0 else "assigned",
                        "note": None if k == 0 else "请按期整改",
                        "created_at": created + timedelta(hours=k),
                    }
                )
            if len(batch) >= 5000:
                conn.execute(insert(Hazard), batch)
                conn.execute(insert(HazardEvent), events)
                batch, events = [], []
        if batch:
            conn.execute(insert(Hazard), batch)
            conn.execute(insert(HazardEvent), events)
    engine.dispose()
    return {"build_seconds": time.perf_counter() - started, "db_mb": db.stat().st_size / (1024 * 1024)}


# ---------------------------------------------------------------- one export, in its own process


async def run_streaming(db: Path, out: Path) -> dict[str, Any]:
    from zoneinfo import ZoneInfo

    from storage.db import create_engine, create_session_factory, unit_of_work
    from storage.export import export_ledger

    engine = create_engine(f"sqlite+aiosqlite:///{db}")
    factory = create_session_factory(engine)
    async with unit_of_work(factory) as session:
        await session.connection()  # open the database before the baseline
        baseline = current_rss_mb()
        started = time.perf_counter()
        result = await export_ledger(session, out, zone=ZoneInfo(ZONE_NAME), today=date(2026, 3, 20))
        seconds = time.perf_counter() - started
    await engine.dispose()
    return {"seconds": seconds, "baseline_mb": baseline, "hazards": result.hazards, "events": result.events}


async def run_naive(db: Path, out: Path) -> dict[str, Any]:
    """The first thing one writes: load everything, fill an openpyxl workbook, save."""
    from zoneinfo import ZoneInfo

    import openpyxl
    from sqlalchemy import select

    from storage.db import create_engine, create_session_factory, unit_of_work
    from storage.export import EVENT_COLUMNS, LEDGER_COLUMNS
    from storage.models import (
        HAZARD_CATEGORY_LABELS,
        HAZARD_LEVEL_LABELS,
        HAZARD_SOURCE_LABELS,
        HAZARD_STATUS_LABELS,
    )

    zone = ZoneInfo(ZONE_NAME)
    engine = create_engine(f"sqlite+aiosqlite:///{db}")
    factory = create_session_factory(engine)
    async with unit_of_work(factory) as session:
        await session.connection()
        baseline = current_rss_mb()
        started = time.perf_counter()
        hazards = list((await session.scalars(select(Hazard).order_by(Hazard.id))).all())
        events = list((await session.scalars(select(HazardEvent).order_by(HazardEvent.id))).all())
        people = {p.id: p.name for p in (await session.scalars(select(Person))).all()}
        units = {u.id: u.name for u in (await session.scalars(select(Unit))).all()}
        anonymous = {h.id: (h.anonymous, h.reporter_id) for h in hazards}
        numbers = {h.id: h.number for h in hazards}
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "隐患台账"
        sheet.append(list(LEDGER_COLUMNS))
        for index, h in enumerate(hazards, 1):
            sheet.append(
                [
                    index,
                    h.number,
                    h.created_at.astimezone(zone).date(),
                    HAZARD_SOURCE_LABELS.get(h.source, h.source),  # type: ignore[call-overload]
                    units.get(h.unit_id or 0, ""),
                    h.location_text,
                    HAZARD_CATEGORY_LABELS.get(h.category, h.category),  # type: ignore[call-overload]
                    h.description,
                    HAZARD_LEVEL_LABELS.get(h.level, "未定级"),  # type: ignore[call-overload]
                    people.get(h.owner_id or 0, ""),
                    h.measures,
                    h.funds,
                    h.deadline,
                    h.contingency_plan,
                    HAZARD_STATUS_LABELS.get(h.status, h.status),  # type: ignore[call-overload]
                    h.rectified_at.astimezone(zone).date() if h.rectified_at else None,
                    people.get(h.closed_by_id or h.verifier_id or 0, ""),
                    h.closed_at.astimezone(zone).date() if h.closed_at else None,
                    "是" if h.supervised else "否",
                    "否",
                ]
            )
        events_sheet = book.create_sheet("处理记录")
        events_sheet.append(list(EVENT_COLUMNS))
        for index, e in enumerate(events, 1):
            is_anonymous, reporter = anonymous[e.hazard_id]
            actor = "匿名" if is_anonymous and e.actor_id == reporter else people.get(e.actor_id or 0, "系统")
            events_sheet.append(
                [
                    index,
                    numbers[e.hazard_id],
                    e.created_at.astimezone(zone).replace(tzinfo=None),
                    e.action,
                    actor,
                    e.from_status,
                    e.to_status,
                    e.note,
                ]
            )
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        book.save(out)
        seconds = time.perf_counter() - started
    await engine.dispose()
    return {"seconds": seconds, "baseline_mb": baseline, "hazards": len(hazards), "events": len(events)}


async def run_stats(db: Path, out: Path) -> dict[str, Any]:
    """/stats over the whole generated ledger: two years, monthly buckets, plus the chart."""
    from zoneinfo import ZoneInfo

    from storage.charts import trend_chart
    from storage.db import create_engine, create_session_factory, unit_of_work
    from storage.stats import Scope, compute_stats, parse_period, reporter_ranking

    zone = ZoneInfo(ZONE_NAME)
    engine = create_engine(f"sqlite+aiosqlite:///{db}")
    factory = create_session_factory(engine)
    period = parse_period("2024-01-01~2025-12-31", date(2026, 3, 20))
    async with unit_of_work(factory) as session:
        await session.connection()
        baseline = current_rss_mb()
        started = time.perf_counter()
        stats = await compute_stats(
            session, period, zone=zone, now=datetime(2026, 3, 20, tzinfo=UTC), scope=Scope("示例集团")
        )
        await reporter_ranking(session, period, zone=zone, scope=Scope("示例集团"))
        chart = trend_chart(stats)
        seconds = time.perf_counter() - started
    await asyncio.to_thread(out.write_bytes, chart)
    await engine.dispose()
    return {"seconds": seconds, "baseline_mb": baseline, "hazards": stats.reported, "events": 0}


def child(variant: str, db: Path, out_dir: Path) -> None:
    suffix = {"streaming-csv": "csv", "stats-2-years": "png"}.get(variant, "xlsx")
    out = out_dir / f"{variant}.{suffix}"
    runner = {"naive-openpyxl": run_naive, "stats-2-years": run_stats}.get(variant, run_streaming)
    result = asyncio.run(runner(db, out))
    result.update(
        variant=variant,
        peak_rss_mb=rss_mb(),
        file_mb=out.stat().st_size / (1024 * 1024),
    )
    result["export_rss_mb"] = result["peak_rss_mb"] - result["baseline_mb"]
    print(json.dumps(result))


def measure(variant: str, db: Path, out_dir: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, __file__, "--child", variant, "--db", str(db), "--out-dir", str(out_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(f"{variant} failed:\n{completed.stderr[-3000:]}")
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hazards", type=int, default=100_000)
    parser.add_argument("--events-per-hazard", type=int, default=3)
    parser.add_argument(
        "--variants", default=",".join(VARIANTS), help="comma-separated subset of " + ", ".join(VARIANTS)
    )
    parser.add_argument("--keep", type=Path, help="keep the database and the files in this folder")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.out_dir)
        return

    with tempfile.TemporaryDirectory(prefix="safebot-export-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "ledger.db"
        db.unlink(missing_ok=True)
        print(
            f"building a ledger of {args.hazards:,} hazards × {args.events_per_hazard} events …", flush=True
        )
        built = build(db, args.hazards, args.events_per_hazard)
        print(f"  built in {built['build_seconds']:.1f} s, database {built['db_mb']:.0f} MiB", flush=True)
        results = []
        for variant in args.variants.split(","):
            print(f"exporting: {variant} …", flush=True)
            results.append(measure(variant.strip(), db, folder))

    header = f"{'variant':<16} {'hazards':>8} {'events':>8} {'time s':>8} {'peak RSS MiB':>13} {'export +MiB':>12} {'file MiB':>9}"
    print()
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r['variant']:<16} {r['hazards']:>8,} {r['events']:>8,} {r['seconds']:>8.1f} "
            f"{r['peak_rss_mb']:>13.0f} {r['export_rss_mb']:>12.0f} {r['file_mb']:>9.1f}"
        )
    print(
        json.dumps(
            {
                "benchmark": "ledger_export",
                "hazards": args.hazards,
                "events_per_hazard": args.events_per_hazard,
                **{k: round(v, 2) for k, v in built.items()},
                "results": [
                    {k: round(v, 2) if isinstance(v, float) else v for k, v in r.items()} for r in results
                ],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
