"""Rules Q&A end to end through the local Bot API: private questions, group /ask and mentions,
no-answer suggestions, suggestion buttons, feedback, long answers split, /kb_add and /kb_gaps."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram.ext import Application

from bot.config import Settings
from handlers.ask import is_small_talk, split_message
from knowledge.engine import too_short
from storage.db import SessionFactory, create_engine, create_session_factory, unit_of_work
from storage.knowledge_models import KbFeedback
from storage.models import ChatGroup, Person, Role, Unit
from tests.botapi import FakeBotApi, FakeUser
from tests.e2e import ADMIN_ID
from tests.harness import running_bot

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
SEED = SEEDS / "000_97574ae8cfe5e26f.txt"
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="../shared/seeds is not beside the repository")


ASKING_WORKERS = range(700001, 700011)
LINKED_GROUP = -100500


async def enrol_askers(factory: SessionFactory) -> None:
    """Registered workers and a group linked to their unit: only they are answered."""
    async with unit_of_work(factory) as session:
        unit = Unit(name="一车间")
        session.add(unit)
        await session.flush()
        session.add_all(
            Person(name=f"职工{n - 700000}", role=Role.WORKER.value, unit_id=unit.id, telegram_user_id=n)
            for n in ASKING_WORKERS
        )
        session.add(Person(name="管理员", role=Role.ADMIN.value, unit_id=unit.id, telegram_user_id=ADMIN_ID))
        session.add(ChatGroup(chat_id=LINKED_GROUP, title="车间安全群", unit_id=unit.id, active=True))


@pytest.fixture
async def app(bot_settings: Settings, session_factory: SessionFactory) -> AsyncIterator[Application]:
    await enrol_askers(session_factory)
    async with running_bot(bot_settings) as application:
        yield application


async def add_seed(admin: FakeUser) -> None:
    await admin.send("/kb_add")
    await admin.wait_reply(contains="请发送要加入知识库的文件")
    await admin.send_document(SEED.read_bytes(), SEED.name, "text/plain")
    await admin.wait_reply(contains="已加入知识库")


@needs_seed
async def test_private_question_gets_answer_source_and_buttons(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser
) -> None:
    await add_seed(admin_user)
    worker = bot_api.user(700001, "张三")
    await worker.send("动火作业六查是什么")
    reply = await worker.wait_reply(contains="原文")
    assert "一查电气焊（割）作业人员" in (reply.text or "")
    assert "出处：《连州市国有资产监督管理局" in (reply.text or "") and "（九）" in (reply.text or "")
    assert "👍 有用" in reply.button_texts and "👎 没用" in reply.button_texts
    related = [t for t in reply.button_texts if t.startswith("❓")]
    assert 1 <= len(related) <= 3

    # A related question pressed is answered in turn.
    await worker.press(reply, related[0])
    follow = await worker.wait_reply(contains="出处", since=reply.seq)
    assert follow.message_id != reply.message_id

    # Feedback is stored.
    await worker.press(reply, "👍 有用")
    engine = create_engine(app.bot_data["safebot.services"].settings.resolved_database_url)
    try:
        for _ in range(50):
            async with unit_of_work(create_session_factory(engine)) as session:
                rows = (await session.scalars(select(KbFeedback))).all()
            if rows:
                break

            await asyncio.sleep(0.1)
        assert [(r.helpful, r.telegram_user_id) for r in rows] == [(True, 700001)]
    finally:
        await engine.dispose()


async def test_group_ask_and_mention(app: Application, bot_api: FakeBotApi) -> None:
    group = bot_api.group(LINKED_GROUP, "车间安全群")
    worker = bot_api.user(700002, "李四")
    # Curated rules answer even before any document is ingested.
    await worker.send("/ask 四不两直是什么", chat=group)
    reply = await group.wait_reply(contains="不打招呼")
    assert "出处" in (reply.text or "")
    await worker.send(f"@{bot_api.bot_username} 隐患整改的五落实是什么", chat=group)
    reply = await group.wait_reply(contains="资金")
    # Ordinary group chatter does not reach the bot (privacy mode) and gets no reply.
    count = len(group.replies())
    await worker.send("今天食堂吃什么", chat=group)
    await asyncio.sleep(0.5)
    assert len(group.replies()) == count


async def test_no_answer_offers_suggestions_and_becomes_a_gap(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser
) -> None:
    worker = bot_api.user(700003, "王五")
    await worker.send("比特币现在多少钱一个？")
    reply = await worker.wait_reply(contains="没有找到")
    assert "👍 有用" not in reply.button_texts
    # Asked in a worker's words the engine is not sure of: it declines and offers the rule it found
    # first as a button, and pressing it gives that rule with its source.
    await worker.send("举报了隐患多久能拿到钱")
    reply = await worker.wait_reply(contains="您是不是想问", since=reply.seq)
    assert "没有找到" in (reply.text or "")
    assert reply.button_texts[0] == "❓ 员工举报事故隐患有奖励吗？"
    await worker.press(reply, reply.button_texts[0])
    answer = await worker.wait_reply(contains="出处", since=reply.seq)
    assert "奖励" in (answer.text or "") and "👍 有用" in answer.button_texts
    await admin_user.send("/kb_gaps")
    gaps = await admin_user.wait_reply(contains="比特币现在多少钱一个")
    assert "1 次" in (gaps.text or "")


async def test_only_admins_may_add_documents(app: Application, bot_api: FakeBotApi) -> None:
    worker = bot_api.user(700004, "赵六")
    await worker.send("/kb_add")
    await worker.wait_reply(contains="只有管理员")


async def test_long_answer_is_split_under_the_limit(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser, tmp_path: Path
) -> None:
    long_body = "".join(
        f"第{i}项：作业人员必须佩戴安全帽并系好下颌带，高处作业必须系挂安全带。" for i in range(150)
    )
    text = f"高处作业安全规定\n一、总体要求\n（一）高处作业防护。{long_body}\n"
    await admin_user.send("/kb_add")
    await admin_user.wait_reply(contains="请发送要加入知识库的文件")
    await admin_user.send_document(text.encode(), "height.txt", "text/plain")
    await admin_user.wait_reply(contains="已加入知识库")
    worker = bot_api.user(700005, "钱七")
    await worker.send("高处作业防护有什么要求，安全帽和安全带")
    replies = await worker.wait_replies(2, timeout=10)
    assert all(len(r.text or "") <= 4096 for r in replies)
    assert "原文" in "".join(r.text or "" for r in replies)


def test_split_message_keeps_pieces_under_the_limit() -> None:
    text = "\n".join(["甲" * 3000, "乙" * 5000, "丙。" * 100])
    pieces = split_message(text)
    assert all(len(p) <= 4096 for p in pieces)
    assert "".join(pieces).replace("\n", "") == text.replace("\n", "")


async def test_kb_add_a_docx_then_ask_about_it(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser, tmp_path: Path
) -> None:
    import docx

    document = docx.Document()
    for line in [
        "某某建材有限公司文件",
        "某建安〔2025〕2号",
        "某某建材有限公司粉尘防爆安全管理规定",
        "一、除尘系统",
        "（一）除尘器必须每班清灰一次，清灰记录保存一年。",
        "（二）粉尘作业区严禁吸烟和使用明火。",
        "二、检查",
        "（一）安全管理部每月对粉尘涉爆场所检查一次。",
    ]:
        document.add_paragraph(line)
    path = tmp_path / "dust.docx"
    document.save(str(path))
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    # Without /kb_add first a document is not ingested.
    await admin_user.send_document(path.read_bytes(), "dust.docx", mime)
    await admin_user.wait_reply(contains="请先发送 /kb_add")
    await admin_user.send("/kb_add")
    reply = await admin_user.wait_reply(contains="请发送要加入知识库的文件")
    await admin_user.send_document(path.read_bytes(), "dust.docx", mime)
    added = await admin_user.wait_reply(contains="已加入知识库", since=reply.seq)
    assert "《某某建材有限公司粉尘防爆安全管理规定》" in (added.text or "")

    await admin_user.send("除尘器多久清灰一次？")
    answer = await admin_user.wait_reply(contains="原文", since=added.seq)
    assert "每班清灰一次" in (answer.text or "")
    assert "出处：《某某建材有限公司粉尘防爆安全管理规定》" in (answer.text or "")
    assert "一、除尘系统" in (answer.text or "")

    # The same file again leaves the knowledge base as it was.
    await admin_user.send("/kb_add")
    reply = await admin_user.wait_reply(contains="请发送要加入知识库的文件", since=added.seq)
    await admin_user.send_document(path.read_bytes(), "dust.docx", mime)
    await admin_user.wait_reply(contains="内容没有变化", since=reply.seq)


async def test_kb_add_an_old_word_file_or_a_damaged_one_says_what_to_do(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser
) -> None:
    await admin_user.send("/kb_add")
    reply = await admin_user.wait_reply(contains="请发送要加入知识库的文件")
    await admin_user.send_document(b"\xd0\xcf\x11\xe0 old word", "安全制度.doc", "application/msword")
    refused = await admin_user.wait_reply(contains="另存为", since=reply.seq)
    assert ".docx" in (refused.text or "")

    await admin_user.send("/kb_add")
    reply = await admin_user.wait_reply(contains="请发送要加入知识库的文件", since=refused.seq)
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    await admin_user.send_document("第一条 本制度。".encode(), "改了扩展名.docx", mime)
    damaged = await admin_user.wait_reply(contains="无法读取这个文件", since=reply.seq)
    assert "文件已损坏" in (damaged.text or "")
    assert "Error" not in (damaged.text or "") and "zip" not in (damaged.text or "")


@pytest.mark.parametrize("text", ["你好", "您好！", "谢谢", "在吗", "OK"])
def test_greetings_are_small_talk(text: str) -> None:
    assert is_small_talk(text)


@pytest.mark.parametrize("text", ["你好，动火作业六查是什么", "好的隐患怎么报", "电焊工没证能干活吗"])
def test_questions_are_not_small_talk(text: str) -> None:
    assert not is_small_talk(text)


async def test_a_greeting_gets_a_short_pointer_not_a_no_answer(app: Application, bot_api: FakeBotApi) -> None:
    worker = bot_api.user(700006, "孙八")
    await worker.send("你好")
    reply = await worker.wait_reply()
    assert "随手拍" in (reply.text or "") and "/help" in (reply.text or "")
    assert "没有找到" not in (reply.text or "")


async def test_a_bare_number_gets_a_hint_not_a_rule(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser
) -> None:
    worker = bot_api.user(700007, "周九")
    await worker.send("3")
    reply = await worker.wait_reply()
    assert "写完整" in (reply.text or "") and "出处" not in (reply.text or "")
    assert not reply.button_texts
    await worker.send("/ask 12号")
    reply = await worker.wait_reply(contains="写完整", since=reply.seq)
    # A stray number is no gap in the knowledge base.
    await admin_user.send("/kb_gaps")
    gaps = await admin_user.wait_reply()
    assert "12号（" not in (gaps.text or "") and " 3（" not in (gaps.text or "")


@pytest.mark.parametrize("text", ["3", "12", "3号", "啥？", " 5 "])
def test_too_little_to_ask_anything(text: str) -> None:
    assert too_short(text)


@pytest.mark.parametrize("text", ["动火", "PPE是什么", "3级风能吊装吗", "电焊工没证能干活吗"])
def test_short_questions_still_ask_something(text: str) -> None:
    assert not too_short(text)


def test_an_answer_that_is_the_whole_clause_quotes_it_once() -> None:
    from handlers.ask import answer_text
    from knowledge.engine import Answer, Evidence

    clause = "第六十八条 重型货车的最高车速执行本规定第二十七条限速表。"
    table = "第二十七条 公司场所内车辆限速见下表：\n区域：高速公路，货车：80公里/小时。"
    whole = Answer(
        "货车最快开多少",
        clause,
        [Evidence(clause, "《规定》 第六十八条", "k#68"), Evidence(table, "《规定》 第二十七条", "k#27")],
        0.9,
        [],
    )
    text = answer_text(whole)
    assert text.count("重型货车的最高车速") == 1
    assert text.startswith("📖 原文：第六十八条") and "出处：《规定》 第六十八条" in text
    assert "原文：第二十七条" in text and "出处：《规定》 第二十七条" in text

    part = Answer(
        "货车最快开多少",
        "区域：高速公路，货车：80公里/小时。",
        [Evidence(table, "《规定》 第二十七条", "k#27")],
        0.9,
        [],
    )
    text = answer_text(part)
    assert text.startswith("📖 区域：高速公路") and "原文：第二十七条" in text


async def test_an_admin_teaches_the_answer_to_a_gap(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser
) -> None:
    rules = (
        "某厂冷库安全规定\n"
        "第一条 进入冷库作业前，应当打开库内照明，并在库门外挂“库内有人”警示牌。\n"
        "第二条 库门内侧应当装有应急开门装置和求救报警按钮，每月测试一次。\n"
        "第三条 叉车进出冷库应当减速慢行，速度不得超过5公里/小时。\n"
    )
    await admin_user.send("/kb_add")
    await admin_user.wait_reply(contains="请发送要加入知识库的文件")
    await admin_user.send_document(rules.encode(), "cold.txt", "text/plain")
    added = await admin_user.wait_reply(contains="已加入知识库")

    worker = bot_api.user(700008, "吴十")
    await worker.send("被关在冷库里出不来了怎么办")
    unanswered = await worker.wait_reply(contains="没有找到")

    # A worker may not teach; the admin sees the gap with a button to teach it.
    await admin_user.send("/kb_gaps")
    gaps = await admin_user.wait_reply(contains="被关在冷库里出不来了怎么办", since=added.seq)
    assert "✏️ 教第1条" in gaps.button_texts
    query = await worker.press_data(gaps.message_id, gaps.button("✏️ 教第1条")[1])
    refusal = await bot_api.wait_callback_answer(query)
    assert "只有管理员" in str(refusal.get("text"))

    await admin_user.press(gaps, "✏️ 教第1条")
    picker = await admin_user.wait_reply(contains="下面哪一条回答了它", since=gaps.seq)
    assert "问题：“被关在冷库里出不来了怎么办”" in (picker.text or "")
    assert "出处：《某厂冷库安全规定》" in (picker.text or "") and "p:" not in (picker.text or "")
    numbered = [line for line in (picker.text or "").splitlines() if "应急开门装置" in line]
    number = numbered[0].split(".", 1)[0]
    assert f"✅ 用第{number}条回答" in picker.button_texts and "都不对，先不教" in picker.button_texts

    await admin_user.press(picker, f"✅ 用第{number}条回答")
    taught = await admin_user.wait_reply(contains="已记住", since=picker.seq)
    assert "被关在冷库里出不来了怎么办" in (taught.text or "")
    assert not bot_api.chats[picker.chat_id].by_id[picker.message_id].buttons  # not taught twice

    # From now on the worker's question is answered with that article, and it is no gap any more.
    await worker.send("被关在冷库里出不来了咋办")
    answer = await worker.wait_reply(contains="原文", since=unanswered.seq)
    assert "应急开门装置" in (answer.text or "") and "出处：《某厂冷库安全规定》" in (answer.text or "")
    await admin_user.send("/kb_gaps")
    after = await admin_user.wait_reply(since=taught.seq)
    assert "被关在冷库里出不来了怎么办" not in (after.text or "")


async def test_teaching_can_be_declined(app: Application, bot_api: FakeBotApi, admin_user: FakeUser) -> None:
    worker = bot_api.user(700009, "郑十一")
    await worker.send("比特币现在多少钱一个？")
    await worker.wait_reply(contains="没有找到")
    await admin_user.send("/kb_gaps")
    gaps = await admin_user.wait_reply(contains="比特币")
    await admin_user.press(gaps, "✏️ 教第1条")
    picker = await admin_user.wait_reply(contains="下面哪一条回答了它", since=gaps.seq)
    await admin_user.press(picker, "都不对，先不教")
    declined = await admin_user.wait_reply(contains="这次没有教", since=picker.seq)
    assert "/kb_gaps" in (declined.text or "") and not declined.buttons
    await admin_user.send("/kb_gaps")
    still = await admin_user.wait_reply(contains="比特币", since=declined.seq)
    assert "1 次" in (still.text or "")


async def test_a_thumbs_down_in_a_group_puts_the_question_in_the_gaps(
    app: Application, bot_api: FakeBotApi, admin_user: FakeUser
) -> None:
    group = bot_api.group(LINKED_GROUP, "车间安全群")
    worker = bot_api.user(700010, "冯十二")
    await worker.send("/ask 四不两直是什么", chat=group)
    reply = await group.wait_reply(contains="不打招呼")
    await worker.press(reply, "👎 没用")
    await admin_user.send("/kb_gaps")
    gaps = await admin_user.wait_reply(contains="四不两直是什么")
    assert "四不两直是什么（1 次，👎 1）" in (gaps.text or "") and "/ask" not in (gaps.text or "")
    assert "✏️ 教第1条" in gaps.button_texts
