"""Hazard loop benchmark: report filing throughput end to end, and /list and /hazard on a big ledger.

    python benchmarks/report_flow.py [--database-url postgresql://postgres@127.0.0.1:5432/test]
                                     [--hazards 100000] [--reports 200] [--concurrency 8] [--queries 30]

1. Filing: `--reports` reports, each with a real JPEG the reporter "sent" to the local Bot API.
   Per report: the photo is downloaded from the Bot API by the running bot's Bot object, checked,
   EXIF-stripped and stored (storage.photos), filed with storage.hazards.report_hazard (hazard,
   photo, event, outbox rows in one transaction), and the triage notice with the photo is
   delivered to the safety officer by the real outbox sender. Throughput = reports whose notice
   reached the officer's chat, per second of wall time.
   Then the same through the conversation a worker uses (随手拍 quick path): `--ui-reports`
   reports by `--concurrency` workers at once, each sending a photo with a caption, answering the
   location question and pressing 确认提交, until the triage notice reached the officer.
2. Ledger: `--hazards` hazards are bulk-inserted, then `list_hazards` (officer, manager scope,
   overdue filter, a deep page) and `view_hazard` + card rendering are timed in-process, and
   `/list` and `/hazard <number>` are timed as a user sees them: command sent → reply received.

Baseline (same run, same database, same rows): what a plant would otherwise use for the same figures.

- Filing: the reports posted as plain messages (photo + caption) that a bot merely stores: one
  INSERT of chat, message id, caption and Telegram file_id per report, `--concurrency` at once —
  no download, no EXIF stripping, no ledger, event or outbox, nobody notified. That is the cheapest
  thing that still "keeps" the reports (a group chat plus a logging bot), so the gap is the price of
  what the ledger does with a report; the 随手拍 conversation has no cheaper twin than this either.
- Ledger: the same hazards copied into one plain table (`CREATE TABLE … AS SELECT`: no primary key,
  no indexes) and read the way one writes it first: `SELECT count(*)` plus `SELECT * … ORDER BY
  created_at DESC LIMIT 10 OFFSET n` with the same filters written as plain WHERE clauses, the card
  as `WHERE number = ?` and a short number as `WHERE number LIKE '%-000123'`. Ours runs on the
  indexed ledger with its query shapes (storage.hazards.list_hazards / view_hazard, which also
  resolve names, photos and the timeline, so ours does more per call, not less).
- `/list` and `/hazard` through the bot (command → reply) have no baseline twin: without the bot
  there is no command; their in-process halves are the ledger rows above.

The database is a temporary SQLite file unless --database-url names a PostgreSQL server, where a
throwaway database is created and dropped. Prints a table of ours against the baseline; the last
line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402
from pydantic import SecretStr  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.config import Settings  # noqa: E402
from storage import hazards as hz  # noqa: E402
from storage.clock import local_date  # noqa: E402
from storage.db import create_engine, create_session_factory, normalise_url, unit_of_work, upgrade_database  # noqa: E402
from storage.hazard_cards import card_text  # noqa: E402
from storage.models import Hazard, HazardStatus  # noqa: E402
from storage.photos import PhotoInput, store_photo  # noqa: E402
from tests.botapi import DEFAULT_TOKEN, FakeBotApi  # noqa: E402
from tests.harness import running_bot  # noqa: E402
from tests.hazard_fixtures import jpeg_bytes, make_org  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def ms(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 0.5) * 1000, 2),
        "p95_ms": round(percentile(values, 0.95) * 1000, 2),
    }


async def timed(runs: int, fn: Callable[[], Awaitable[Any]]) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        await fn()
        out.append(time.perf_counter() - start)
    return out


async def fresh_database(url: str | None, workdir: Path) -> tuple[str, Callable[[], Awaitable[None]]]:
    if url is None:
        path = workdir / "bench.db"
        return f"sqlite+aiosqlite:///{path}", _nothing
    base = make_url(normalise_url(url))
    name = f"safebot_bench_{uuid.uuid4().hex[:8]}"
    admin_dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(admin_dsn)
    await connection.execute(f'CREATE DATABASE "{name}"')
    await connection.close()

    async def drop() -> None:
        conn = await asyncpg.connect(admin_dsn)
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.close()

    return base.set(database=name).render_as_string(hide_password=False), drop


async def _nothing() -> None:
    return None


async def bulk_ledger(factory: Any, org: Any, count: int, today: date) -> None:
    """Insert `count` hazards spread over units, statuses, owners and deadlines."""
    rng = random.Random(7)
    units = [org.team.id, org.office.id, org.workshop.id, org.root.id]
    statuses = [s.value for s in HazardStatus]
    now = datetime.now(UTC)
    batch: list[dict[str, Any]] = []
    for i in range(count):
        status = rng.choice(statuses)
        assigned = status in ("assigned", "rectified", "closed")
        batch.append(
            {
                "number": f"YH-2025-{900000 + i:06d}",
                "status": status,
                "level": rng.choice(["general", "general", "general", "major"]),
                "source": rng.choice(["report", "self_check", "inspection"]),
                "category": "fire",
                "description": f"历史隐患 {i}：消防通道堆放杂物",
                "unit_id": rng.choice(units),
                "reporter_id": org.reporter.id if i % 3 == 0 else org.bystander.id,
                "anonymous": i % 10 == 0,
                "owner_id": org.owner.id if assigned else None,
                "deadline": today + timedelta(days=rng.randint(-30, 30)) if assigned else None,
                "created_at": now - timedelta(minutes=count - i),
                "updated_at": now,
            }
        )
        if len(batch) == 5000:
            async with unit_of_work(factory) as session:
                await session.execute(insert(Hazard), batch)
            batch = []
    if batch:
        async with unit_of_work(factory) as session:
            await session.execute(insert(Hazard), batch)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="safebot-bench-"))
    url, drop = await fresh_database(args.database_url, workdir)
    engine_name = "postgresql" if args.database_url else "sqlite"
    results: dict[str, Any] = {"engine": engine_name, "hazards": args.hazards, "reports": args.reports}
    try:
        await asyncio.to_thread(upgrade_database, url)
        engine = create_engine(url)
        factory = create_session_factory(engine)
        org = await make_org(factory)
        async with FakeBotApi(DEFAULT_TOKEN, enforce_limits=False) as api:
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                telegram_token=SecretStr(DEFAULT_TOKEN),
                bot_api_url=api.root_url,
                data_dir=workdir / "data",
                database_url=url,
                outbox_poll_seconds=0.05,
                rate_global_per_second=1000.0,
                rate_private_per_second=1000.0,
            )
            for person in (
                org.officer,
                org.manager,
                org.reporter,
                org.owner,
                org.principal,
                org.other_manager,
            ):
                api.user(person.telegram_user_id, person.name)
            async with running_bot(settings) as app:
                results["filing"] = await bench_filing(args, api, app, factory, org, settings)
                results["baseline_filing"] = await bench_plain_filing(args, api, factory, org)
                results["filing_ui"] = await bench_ui_filing(args, api, factory, org)
                today = local_date(datetime.now(UTC), settings.zone)
                start = time.perf_counter()
                await bulk_ledger(factory, org, args.hazards, today)
                results["bulk_insert_s"] = round(time.perf_counter() - start, 1)
                await plain_ledger_copy(factory)
                results["queries"] = await bench_queries(args, api, factory, org, today, settings)
                results["baseline_queries"] = await bench_plain_queries(args, factory, org, today)
        await engine.dispose()
    finally:
        await drop()
    return results


async def bench_filing(
    args: argparse.Namespace, api: FakeBotApi, app: Any, factory: Any, org: Any, settings: Settings
) -> dict[str, Any]:
    officer_chat = org.officer.telegram_user_id
    photos = [jpeg_bytes((i % 255, 80, 160), size=640, with_gps=True) for i in range(16)]
    uploads = [
        api.store_file(photos[i % len(photos)], kind="photo", mime_type="image/jpeg")
        for i in range(args.reports)
    ]
    before = len(api.sent(officer_chat))
    semaphore = asyncio.Semaphore(args.concurrency)
    latencies: list[float] = []

    async def one(index: int) -> None:
        async with semaphore:
            start = time.perf_counter()
            upload = uploads[index]
            telegram_file = await app.bot.get_file(upload.file_id)
            data = bytes(await telegram_file.download_as_bytearray())
            stored = await asyncio.to_thread(store_photo, settings.data_dir, data)
            async with unit_of_work(factory) as session:
                actor = await org.actor(session, org.reporter)
                await hz.report_hazard(
                    session,
                    reporter=actor,
                    description=f"压测隐患 {index}：配电箱门未关",
                    category="electrical",
                    unit_id=org.team.id,
                    photos=[PhotoInput(upload.file_id, upload.file_unique_id, stored)],
                    anonymous=index % 5 == 0,
                    now=datetime.now(UTC),
                )
            latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(args.reports)))
    filed = time.perf_counter() - start
    await api.wait_for(
        officer_chat, lambda m: "新隐患待研判" in (m.text or ""), count=args.reports, timeout=600, since=0
    )
    delivered = time.perf_counter() - start
    assert len(api.sent(officer_chat)) - before >= args.reports
    return {
        "filed_per_s": round(args.reports / filed, 1),
        "delivered_per_s": round(args.reports / delivered, 1),
        "file_latency": ms(latencies),
    }


# ---------------------------------------------------------------- the simple baseline


PLAIN_MESSAGES = """CREATE TABLE plain_messages (
    chat_id BIGINT, message_id BIGINT, caption TEXT, file_id TEXT, received_at TIMESTAMP
)"""


async def bench_plain_filing(
    args: argparse.Namespace, api: FakeBotApi, factory: Any, org: Any
) -> dict[str, Any]:
    """The same number of reports, as plain photo messages a bot merely stores (one INSERT each)."""
    async with unit_of_work(factory) as session:
        await session.execute(text(PLAIN_MESSAGES))
    uploads = [
        api.store_file(jpeg_bytes((i % 255, 80, 160), size=640), kind="photo", mime_type="image/jpeg")
        for i in range(min(args.reports, 16))
    ]
    semaphore = asyncio.Semaphore(args.concurrency)
    latencies: list[float] = []

    async def one(index: int) -> None:
        async with semaphore:
            start = time.perf_counter()
            async with unit_of_work(factory) as session:
                await session.execute(
                    text(
                        "INSERT INTO plain_messages (chat_id, message_id, caption, file_id, received_at)"
                        " VALUES (:chat, :message, :caption, :file, :at)"
                    ),
                    {
                        "chat": org.reporter.telegram_user_id,
                        "message": index,
                        "caption": f"压测隐患 {index}：配电箱门未关",
                        "file": uploads[index % len(uploads)].file_id,
                        "at": datetime.now(UTC).replace(tzinfo=None),
                    },
                )
            latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(args.reports)))
    stored = time.perf_counter() - start
    return {"stored_per_s": round(args.reports / stored, 1), "store_latency": ms(latencies)}


async def plain_ledger_copy(factory: Any) -> None:
    """The same hazards in one plain table: no primary key, no indexes."""
    async with unit_of_work(factory) as session:
        await session.execute(text("CREATE TABLE plain_hazards AS SELECT * FROM hazards"))


async def bench_plain_queries(
    args: argparse.Namespace, factory: Any, org: Any, today: date
) -> dict[str, Any]:
    """The ledger figures of bench_queries, read from the plain table the way one writes it first."""
    from storage.people import unit_subtree_ids

    open_statuses = "('reported', 'assigned', 'rectified')"
    out: dict[str, Any] = {}
    async with unit_of_work(factory) as session:
        manager_units = sorted(await unit_subtree_ids(session, org.workshop.id))
        units = ", ".join(str(u) for u in manager_units)

        def page(where: str, params: dict[str, Any], offset: int = 0) -> Callable[[], Awaitable[Any]]:
            async def query() -> None:
                await session.scalar(text(f"SELECT count(*) FROM plain_hazards WHERE {where}"), params)
                rows = await session.execute(
                    text(
                        f"SELECT * FROM plain_hazards WHERE {where} "
                        f"ORDER BY created_at DESC LIMIT 10 OFFSET {offset}"
                    ),
                    params,
                )
                rows.all()

            return query

        sequence = 900000 + args.hazards // 2
        cases: dict[str, Callable[[], Awaitable[Any]]] = {
            "list_officer_all": page("1 = 1", {}),
            "list_officer_overdue": page(
                "status IN ('reported', 'assigned') AND deadline < :today", {"today": today}
            ),
            "list_officer_major_open": page(f"level = 'major' AND status IN {open_statuses}", {}),
            "list_officer_page_5000": page("1 = 1", {}, offset=5000 * 10),
            "list_manager_scope": page(
                f"(unit_id IN ({units}) OR reporter_id = :me OR owner_id = :me)", {"me": org.manager.id}
            ),
            "list_worker_mine": page("(reporter_id = :me OR owner_id = :me)", {"me": org.owner.id}),
            "my_hazards_owner": page(
                "owner_id = :me AND status IN ('assigned', 'rectified')", {"me": org.owner.id}
            ),
            "hazard_card": page("number = :number", {"number": f"YH-2025-{sequence:06d}"}),
            "hazard_card_short": page("number LIKE :pattern", {"pattern": f"%-{sequence:06d}"}),
        }
        for name, fn in cases.items():
            await fn()  # warm
            out[name] = ms(await timed(args.queries, fn))
    return out


async def bench_ui_filing(
    args: argparse.Namespace, api: FakeBotApi, factory: Any, org: Any
) -> dict[str, Any]:
    """Reports filed the way a worker files them, several workers at once."""
    from storage.models import Person, Role

    async with unit_of_work(factory) as session:
        workers = [
            Person(
                name=f"压测职工{i}", role=Role.WORKER.value, unit_id=org.team.id, telegram_user_id=30000 + i
            )
            for i in range(args.concurrency)
        ]
        session.add_all(workers)
    users = [api.user(30000 + i, f"压测职工{i}") for i in range(args.concurrency)]
    officer_chat = org.officer.telegram_user_id
    mark = api.mark()
    latencies: list[float] = []

    async def worker(index: int, count: int) -> None:
        who = users[index]
        for n in range(count):
            start = time.perf_counter()
            await who.send_photo(
                jpeg_bytes((index * 20 % 255, n % 255, 99), size=640), caption="消防通道被货物堵塞"
            )
            await who.wait_reply(contains="隐患在哪里", timeout=60)
            await who.send("三号仓库北门")
            summary = await who.wait_reply(contains="请核对隐患上报内容", timeout=60)
            await api.wait_callback_answer(await who.press(summary, "确认提交"))
            await who.wait_reply(contains="上报成功", timeout=60)
            latencies.append(time.perf_counter() - start)

    per_worker = max(1, args.ui_reports // args.concurrency)
    total = per_worker * args.concurrency
    start = time.perf_counter()
    await asyncio.gather(*(worker(i, per_worker) for i in range(args.concurrency)))
    filed = time.perf_counter() - start
    await api.wait_for(
        officer_chat, lambda m: "新隐患待研判" in (m.text or ""), count=total, timeout=600, since=mark
    )
    delivered = time.perf_counter() - start
    return {
        "reports": total,
        "workers": args.concurrency,
        "filed_per_s": round(total / filed, 2),
        "delivered_per_s": round(total / delivered, 2),
        "report_latency": ms(latencies),
    }


async def bench_queries(
    args: argparse.Namespace, api: FakeBotApi, factory: Any, org: Any, today: date, settings: Settings
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    async with unit_of_work(factory) as session:
        officer = await org.actor(session, org.officer)
        manager = await org.actor(session, org.manager)
        owner = await org.actor(session, org.owner)
        cases: dict[str, Callable[[], Awaitable[Any]]] = {
            "list_officer_all": lambda: hz.list_hazards(session, actor=officer, today=today),
            "list_officer_overdue": lambda: hz.list_hazards(
                session, actor=officer, filters=hz.HazardFilters(overdue=True), today=today
            ),
            "list_officer_major_open": lambda: hz.list_hazards(
                session,
                actor=officer,
                filters=hz.HazardFilters(level=hz.HazardLevel.MAJOR, open_only=True),
                today=today,
            ),
            "list_officer_page_5000": lambda: hz.list_hazards(session, actor=officer, page=5000, today=today),
            "list_manager_scope": lambda: hz.list_hazards(session, actor=manager, today=today),
            "list_worker_mine": lambda: hz.list_hazards(
                session, actor=owner, filters=hz.HazardFilters(mine=True), today=today
            ),
            "my_hazards_owner": lambda: hz.my_hazards(session, org.owner.id),
        }
        number = f"YH-2025-{900000 + args.hazards // 2:06d}"

        async def card() -> None:
            view = await hz.view_hazard(session, actor=officer, number=number)
            card_text(view, today=today, zone=settings.zone)

        async def card_short() -> None:
            # what a safety officer types: the sequence alone (storage.hazard_numbers)
            view = await hz.view_hazard(session, actor=officer, number=number[-6:], today=today)
            card_text(view, today=today, zone=settings.zone)

        cases["hazard_card"] = card
        cases["hazard_card_short"] = card_short
        for name, fn in cases.items():
            await fn()  # warm
            out[name] = ms(await timed(args.queries, fn))

    officer = api.user(org.officer.telegram_user_id)

    async def bot_list() -> None:
        await officer.send("/list")
        await officer.wait_reply(contains="隐患台账", timeout=60)

    async def bot_card() -> None:
        await officer.send(f"/hazard {number}")
        await officer.wait_reply(contains=f"隐患 {number} ｜", timeout=60)

    out["bot_/list"] = ms(await timed(args.queries, bot_list))
    out["bot_/hazard"] = ms(await timed(args.queries, bot_card))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=None, help="PostgreSQL server URL (default: temporary SQLite)"
    )
    parser.add_argument("--hazards", type=int, default=100_000)
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--ui-reports", type=int, default=64, help="reports through the 随手拍 conversation")
    parser.add_argument("--queries", type=int, default=30)
    args = parser.parse_args()
    results = asyncio.run(run(args))
    filing = results["filing"]
    print(f"engine: {results['engine']}")
    print(
        f"filing {args.reports} reports with photos: {filing['filed_per_s']}/s filed, "
        f"{filing['delivered_per_s']}/s with the triage notice delivered; "
        f"per report p50 {filing['file_latency']['p50_ms']} ms"
    )
    ui = results["filing_ui"]
    print(
        f"filing {ui['reports']} reports through the 随手拍 conversation ({ui['workers']} workers at once): "
        f"{ui['filed_per_s']}/s confirmed, {ui['delivered_per_s']}/s with the triage notice delivered; "
        f"per report (photo → location → confirm) p50 {ui['report_latency']['p50_ms']} ms"
    )
    print(f"bulk insert of {args.hazards} hazards: {results['bulk_insert_s']} s")
    print_table(results)
    print(json.dumps(results, ensure_ascii=False))


def print_table(results: dict[str, Any]) -> None:
    """Ours against the simple baseline, side by side (p50; the JSON line has p95 too)."""
    filing, plain = results["filing"], results["baseline_filing"]
    rows = [
        (
            "filing, reports/s (ours: download, EXIF strip, ledger + outbox)",
            f"{filing['filed_per_s']}",
            f"{plain['stored_per_s']}",
        ),
        (
            "filing, per report p50 ms",
            f"{filing['file_latency']['p50_ms']}",
            f"{plain['store_latency']['p50_ms']}",
        ),
    ]
    for name, figures in results["queries"].items():
        base = results["baseline_queries"].get(name)
        rows.append((f"{name}, p50 ms", f"{figures['p50_ms']}", f"{base['p50_ms']}" if base else "—"))
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}s}  {'ours':>10s}  {'baseline':>10s}")
    for name, ours, base in rows:
        print(f"{name:{width}s}  {ours:>10s}  {base:>10s}")


if __name__ == "__main__":
    main()
