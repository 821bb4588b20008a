"""`safebot kb ingest|list|remove|gaps|taught|forget` and `safebot ask [--json]` from the shell, on both
engines.

The documents are an enterprise rulebook written here (not the seeds), as a .txt and a .docx.
"""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.service import KnowledgeService
from storage.db import SessionFactory

RULEBOOK = "\n".join(
    [
        "某某化工有限公司文件",
        "某化安〔2025〕8号",
        "某某化工有限公司有限空间作业安全管理制度",
        "第一章 总则",
        "第一条 为防止有限空间作业发生中毒窒息事故，",
        "制定本制度。",
        "第二章 作业审批",
        "第二条 进入有限空间作业前必须办理有限空间作业审批单，由车间主任签字批准。",
        "第三条 作业前必须坚持先通风、再检测、后作业，检测不合格严禁作业。",
        "第三章 监护与救援",
        "第四条 作业期间必须设专职监护人，监护人不得离开作业现场。",
        "第五条 公司每半年至少组织一次有限空间事故应急救援演练。",
        "某某化工有限公司",
        "2025年2月10日",
    ]
)


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    for line in [
        "某某化工有限公司动火作业安全管理规定",
        "一、动火分级",
        "（一）特级动火由公司总经理审批。",
        "（二）一级动火由安全管理部审批，动火证有效期不超过8小时。",
        "二、现场要求",
        "（一）动火点周围10米内的可燃物必须清理干净，并配备两具灭火器。",
    ]:
        document.add_paragraph(line)
    document.save(str(path))


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SAFEBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("SAFEBOT_DATA_DIR", str(tmp_path / "data"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "confined.txt").write_text(RULEBOOK, encoding="utf-8")
    write_docx(docs / "hot-work.docx")
    return docs


async def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None
) -> tuple[int, str]:
    if stdin is not None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO(stdin))
            status = await asyncio.to_thread(main, argv)
    else:
        status = await asyncio.to_thread(main, argv)
    return status, capsys.readouterr().out


async def test_ingest_list_reingest_and_remove(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = await run(["kb", "ingest", str(cli_env)], capsys)
    assert status == 0
    assert "已导入 confined.txt：《某某化工有限公司有限空间作业安全管理制度》" in out
    assert "已导入 hot-work.docx：《某某化工有限公司动火作业安全管理规定》" in out

    status, out = await run(["kb", "list"], capsys)
    assert status == 0 and "confined.txt" in out and "hot-work.docx" in out and "某化安〔2025〕8号" in out

    # The same file again changes nothing; a changed one replaces the old version.
    status, out = await run(["kb", "ingest", str(cli_env / "confined.txt")], capsys)
    assert status == 0 and "未变化 confined.txt" in out
    (cli_env / "confined.txt").write_text(RULEBOOK.replace("每半年", "每季度"), encoding="utf-8")
    status, out = await run(["kb", "ingest", str(cli_env / "confined.txt")], capsys)
    assert status == 0 and "已导入 confined.txt" in out
    status, out = await run(["ask", "有限空间应急救援演练多久一次", "--json"], capsys)
    reply = json.loads(out)
    assert "每季度" in reply["answer"] and "每半年" not in reply["answer"]

    status, out = await run(["kb", "remove", "hot-work.docx"], capsys)
    assert status == 0 and "已删除 hot-work.docx" in out
    status, out = await run(["kb", "list"], capsys)
    assert "hot-work.docx" not in out and "confined.txt" in out
    status, out = await run(["kb", "remove", "nothing.txt"], capsys)
    assert status == 1 and "没有这个文件" in out

    # Unreadable and missing files are reported, and the command fails.
    (cli_env / "table.xls").write_bytes(b"\x00\x01")
    status, _ = await run(["kb", "ingest", str(cli_env / "table.xls"), str(cli_env / "missing.txt")], capsys)
    assert status == 1


async def test_ask_json_one_question_and_stdin(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (await run(["kb", "ingest", str(cli_env)], capsys))[0] == 0

    status, out = await run(["ask", "动火证的有效期是多长时间？", "--json"], capsys)
    assert status == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    reply = json.loads(lines[0])
    assert set(reply) == {"answer", "evidence", "score", "suggestions"}
    assert reply["answer"] and "不超过8小时" in reply["answer"]
    # a short list stays one passage with its heading: the evidence quotes it whole
    assert "（二）一级动火由安全管理部审批，动火证有效期不超过8小时。" in reply["evidence"][0]["text"]
    assert "《某某化工有限公司动火作业安全管理规定》" in reply["evidence"][0]["source"]
    assert "一、动火分级" in reply["evidence"][0]["source"]
    assert 0.0 <= reply["score"] <= 1.0 and isinstance(reply["suggestions"], list)

    questions = "进有限空间前要先做什么\n\n比特币现在多少钱一个？\n有限空间作业的监护人能走开吗\n"
    status, out = await run(["ask", "--json"], capsys, stdin=questions)
    assert status == 0
    replies = [json.loads(line) for line in out.strip().splitlines()]
    assert len(replies) == 3  # the blank line is skipped
    assert "先通风、再检测、后作业" in replies[0]["answer"]
    assert replies[1]["answer"] is None and replies[1]["evidence"] == []
    assert "不得离开作业现场" in replies[2]["answer"]

    # Without --json: the answer, its quoted passage and its source, for people.
    status, out = await run(["ask", "有限空间作业审批单由谁签字"], capsys)
    assert status == 0 and "车间主任签字批准" in out and "原文：" in out and "出处：" in out


async def test_gaps_lists_the_most_asked_unanswered_questions(
    cli_env: Path, session_factory: SessionFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = await run(["kb", "gaps"], capsys)
    assert status == 0 and "暂无未答出的问题" in out
    service = KnowledgeService(session_factory)
    for question in ["比特币现在多少钱一个？", "比特币现在多少钱一个？", "怎么办理护照？"]:
        await service.ask(question)
    status, out = await run(["kb", "gaps"], capsys)
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert status == 0
    assert [(r[0], r[2]) for r in rows[:2]] == [("2", "比特币现在多少钱一个？"), ("1", "怎么办理护照？")]


async def test_taught_lists_what_admins_taught_and_forget_undoes_it(
    cli_env: Path, session_factory: SessionFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (await run(["kb", "ingest", str(cli_env)], capsys))[0] == 0
    status, out = await run(["kb", "taught"], capsys)
    assert status == 0 and "还没有教过的问题" in out and "/kb_gaps" in out

    # What /kb_gaps does when an admin picks the answer to a gap.
    question = "下面有人上面的能去抽根烟吗"
    service = KnowledgeService(session_factory, cache_dir=tmp_path / "data" / "cache")
    first = await service.ask(question)
    assert not first.answered, "the engine answers this by itself: the test needs a question it cannot"
    gap = next(g for g in await service.gaps() if g.question == question)
    guard = next(c for c in service.choices(question) if "专职监护人" in c.text)
    assert await service.teach(gap.question_id, guard.key, telegram_user_id=7) is not None

    status, out = await run(["kb", "taught"], capsys)
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert status == 0 and len(rows) == 1
    assert rows[0][2] == question and "专职监护人" in rows[0][3]
    status, out = await run(["ask", question, "--json"], capsys)
    assert "不得离开作业现场" in json.loads(out)["answer"]
    status, out = await run(["kb", "gaps"], capsys)
    assert question not in out

    status, out = await run(["kb", "forget", rows[0][0]], capsys)
    assert status == 0 and "已撤销" in out
    status, out = await run(["ask", question, "--json"], capsys)
    assert json.loads(out)["answer"] is None
    status, out = await run(["kb", "gaps"], capsys)
    assert question in out
    status, out = await run(["kb", "forget", question], capsys)
    assert status == 1 and "没有教过这个问题" in out
