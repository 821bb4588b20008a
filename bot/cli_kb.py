"""`safebot kb ingest|list|remove|gaps|taught|forget` and `safebot ask`: the rules knowledge base from the shell."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.config import Settings
from knowledge.documents import SUPPORTED_SUFFIXES, UnsupportedDocumentError
from knowledge.engine import Answer
from knowledge.service import KnowledgeService
from storage import knowledge as kb
from storage.db import create_engine, create_session_factory, unit_of_work, upgrade_database


def add_commands(subparsers: Any) -> None:
    kb_parser = subparsers.add_parser("kb", help="规章制度知识库 knowledge base")
    kb_sub = kb_parser.add_subparsers(dest="kb_command", metavar="ACTION", required=True)

    ingest = kb_sub.add_parser("ingest", help="导入文件（.txt .md .docx .pdf；同名文件重新导入即替换）")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="文件或目录")
    ingest.set_defaults(handler=_ingest)

    listing = kb_sub.add_parser("list", help="列出已导入的文件")
    listing.set_defaults(handler=_list)

    remove = kb_sub.add_parser("remove", help="删除已导入的文件（按文件名或编号）")
    remove.add_argument("names", nargs="+", metavar="NAME_OR_ID")
    remove.set_defaults(handler=_remove)

    gaps = kb_sub.add_parser("gaps", help="最常见的未答出或低把握的问题")
    gaps.add_argument("--limit", type=int, default=20)
    gaps.set_defaults(handler=_gaps)

    taught = kb_sub.add_parser("taught", help="列出管理员在 /kb_gaps 里教过的问题和答案")
    taught.set_defaults(handler=_taught)

    forget = kb_sub.add_parser("forget", help="撤销教过的答案（按编号或问题原文）")
    forget.add_argument("items", nargs="+", metavar="ID_OR_QUESTION")
    forget.set_defaults(handler=_forget)

    ask = subparsers.add_parser("ask", help="提问；不带问题时从标准输入逐行读取")
    ask.add_argument("question", nargs="?", help="问题，例如 “动火作业六查是什么”")
    ask.add_argument("--json", action="store_true", help="每个问题输出一行 JSON")
    ask.set_defaults(handler=_ask)


def _with_service(settings: Settings, work: Callable[[KnowledgeService], Awaitable[int]]) -> int:
    """Run one command's work on the knowledge service of a migrated database; its exit status."""

    async def run() -> int:
        engine = create_engine(settings.resolved_database_url)
        service = KnowledgeService(create_session_factory(engine), cache_dir=settings.data_dir / "cache")
        try:
            return await work(service)
        finally:
            await engine.dispose()

    upgrade_database(settings.resolved_database_url)
    return asyncio.run(run())


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            files.append(path)
    return files


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    async def work(service: KnowledgeService) -> int:
        status = 0
        for path in _expand(args.paths):
            if not path.is_file():
                print(f"找不到文件 / not found: {path}", file=sys.stderr)
                status = 1
                continue
            try:
                title, count, changed = await service.ingest_file(path, refresh=False)
            except UnsupportedDocumentError as exc:
                print(f"无法导入 / cannot ingest {path}: {exc}", file=sys.stderr)
                status = 1
                continue
            state = "已导入" if changed else "未变化"
            print(f"{state} {path.name}：《{title}》 {count} 段")
        await service.load()  # builds the index cache the bot and `ask` start from
        return status

    return _with_service(settings, work)


def _list(args: argparse.Namespace, settings: Settings) -> int:
    async def work(service: KnowledgeService) -> int:
        async with unit_of_work(service.session_factory) as session:
            documents = await kb.list_documents(session)
        if not documents:
            print("知识库中还没有文件。用 safebot kb ingest PATH 导入。")
        for d in documents:
            number = f"（{d.doc_number}）" if d.doc_number else ""
            print(
                f"{d.id}\t{d.name}\t《{d.title}》{number}\t{d.passages} 段\t{d.ingested_at:%Y-%m-%d %H:%M} UTC"
            )
        return 0

    return _with_service(settings, work)


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    async def work(service: KnowledgeService) -> int:
        status = 0
        for name in args.names:
            async with unit_of_work(service.session_factory) as session:
                removed = await kb.remove_document(session, name)
            print(f"已删除 {name}" if removed else f"没有这个文件：{name}")
            status = status if removed else 1
        return status

    return _with_service(settings, work)


def _gaps(args: argparse.Namespace, settings: Settings) -> int:
    async def work(service: KnowledgeService) -> int:
        gaps = await service.gaps(args.limit)
        if not gaps:
            print("暂无未答出的问题。")
        for gap in gaps:
            print(f"{gap.count}\t{gap.best_score:.2f}\t{gap.question}")
        return 0

    return _with_service(settings, work)


def _taught(args: argparse.Namespace, settings: Settings) -> int:
    async def work(service: KnowledgeService) -> int:
        taught = await service.taught()
        if not taught:
            print("还没有教过的问题。管理员在机器人里发送 /kb_gaps，点「教第N条」来教。")
        for t, label in taught:
            answered_by = label or "（这一条已不在知识库里，问题重新算作答不上来）"
            print(f"{t.id}\t{t.taught_at:%Y-%m-%d %H:%M} UTC\t{t.question}\t→ {answered_by}")
        return 0

    return _with_service(settings, work)


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    async def work(service: KnowledgeService) -> int:
        status = 0
        for item in args.items:
            forgotten = await service.forget(item)
            print(f"已撤销：{item}" if forgotten else f"没有教过这个问题：{item}")
            status = status if forgotten else 1
        return status

    return _with_service(settings, work)


def format_answer(answer: Answer) -> str:
    if answer.answer is None:
        lines = ["没有在知识库中找到可靠的答案。"]
        if answer.suggestions:
            lines.append("你是不是想问：")
            lines.extend(f"  · {s.text}" for s in answer.suggestions)
        return "\n".join(lines)
    lines = [answer.answer]
    for evidence in answer.evidence:
        lines.append(f"原文：{evidence.text}")
        lines.append(f"出处：{evidence.source}")
    if not answer.evidence and answer.source:
        lines.append(f"出处：{answer.source}")
    if answer.suggestions:
        lines.append("相关问题：" + "；".join(s.text for s in answer.suggestions))
    return "\n".join(lines)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    async def work(service: KnowledgeService) -> int:
        await service.load()
        questions = [args.question] if args.question else (line.strip() for line in sys.stdin)
        for question in questions:
            if not question:
                continue
            answer = await service.ask(question, log_it=False)
            if args.json:
                print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
            else:
                print(format_answer(answer), flush=True)
                if not args.question:
                    print()
        return 0

    return _with_service(settings, work)
