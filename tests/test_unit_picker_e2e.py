"""End to end through the local Bot API: unit pickers page through more units than fit on one page."""

from __future__ import annotations

from sqlalchemy import select
from telegram.ext import Application

from storage.db import SessionFactory, unit_of_work
from storage.models import ChatGroup, JoinRequest, Unit
from storage.people import add_unit, root_unit
from tests.botapi import FakeBotApi, FakeUser
from tests.botapi.records import SentMessage


async def _units(factory: SessionFactory, admin: FakeUser) -> dict[str, int]:
    """The admin registered, and 45 units in all: the root (#1) and 班组02 … 班组45 (#k is 班组k)."""
    await admin.send("/start")
    await admin.wait_reply(contains="欢迎")
    async with unit_of_work(factory) as session:
        root = await root_unit(session, "本单位")
        for k in range(2, 46):
            await add_unit(session, f"班组{k:02d}", root)
    async with unit_of_work(factory) as session:
        units = list((await session.scalars(select(Unit).order_by(Unit.id))).all())
    assert len(units) == 45
    return {u.name: u.id for u in units}


def _on_page(label: str):  # type: ignore[no-untyped-def]
    return lambda m: label in m.button_texts


def _unit_buttons(message: SentMessage) -> list[str]:
    return [t for t in message.button_texts if t.startswith(("班组", "☐", "☑", "本单位"))]


async def test_registration_pages_to_unit_45(
    bot_api: FakeBotApi, bot_app: Application, admin_user: FakeUser, session_factory: SessionFactory
) -> None:
    ids = await _units(session_factory, admin_user)
    stranger = bot_api.user(6101, "Qian", "qianba")
    await stranger.send("/start")
    await stranger.wait_reply(contains="请输入您的真实姓名")
    await stranger.send("钱八")
    units = await stranger.wait_reply(contains="请选择您所在的单位")
    assert len(_unit_buttons(units)) == 20 and "班组45" not in units.button_texts
    assert units.buttons[-1] == [("第 1/3 页", "joinunit:p:1"), ("下一页 ▶", "joinunit:p:2")]

    await stranger.press(units, "下一页 ▶")
    second = await stranger.wait_reply(_on_page("第 2/3 页"))
    assert second.message_id == units.message_id and "钱八，请选择您所在的单位" in (second.text or "")
    assert _unit_buttons(second) == [f"班组{k}" for k in range(21, 41)]
    # the page shown, pressed again: answered, nothing changes, the person can go on
    query_id = await stranger.press(second, "第 2/3 页")
    await bot_api.wait_callback_answer(query_id)
    await stranger.press(second, "下一页 ▶")
    third = await stranger.wait_reply(_on_page("第 3/3 页"))
    assert _unit_buttons(third) == [f"班组{k}" for k in range(41, 46)]
    assert "下一页 ▶" not in third.button_texts and "◀ 上一页" in third.button_texts
    await stranger.press(third, "班组45")
    await stranger.wait_reply(contains="申请已提交")

    request = await admin_user.wait_reply(contains="新的注册申请")
    assert "钱八" in (request.text or "") and "班组45" in (request.text or "")
    async with unit_of_work(session_factory) as session:
        filed = (await session.scalars(select(JoinRequest))).all()
    assert [(r.name, r.unit_id) for r in filed] == [("钱八", ids["班组45"])]


async def test_group_link_pages_to_unit_45(
    bot_api: FakeBotApi, bot_app: Application, admin_user: FakeUser, session_factory: SessionFactory
) -> None:
    ids = await _units(session_factory, admin_user)
    group = bot_api.group(-100451, "四十五班组群")
    await group.add_bot(admin_user)
    prompt = await group.wait_reply(contains="关联到所属单位")
    assert len(_unit_buttons(prompt)) == 20 and "第 1/3 页" in prompt.button_texts

    # a stranger may not turn the group's prompt
    stranger = bot_api.user(6201, "Nobody")
    answer = await bot_api.wait_callback_answer(await stranger.press(prompt, "下一页 ▶"))
    assert "还没有在本单位注册" in (answer.get("text") or "")
    assert "第 1/3 页" in bot_api.chats[group.id].by_id[prompt.message_id].button_texts

    await admin_user.press(prompt, "下一页 ▶")
    await group.wait_reply(_on_page("第 2/3 页"))
    await admin_user.press(prompt, "下一页 ▶")
    third = await group.wait_reply(_on_page("第 3/3 页"))
    assert third.message_id == prompt.message_id
    assert _unit_buttons(third) == [f"班组{k}" for k in range(41, 46)]
    await admin_user.press(third, "◀ 上一页")
    await group.wait_reply(_on_page("第 2/3 页"))
    await admin_user.press(prompt, "下一页 ▶")
    await group.wait_reply(_on_page("第 3/3 页"))
    await admin_user.press(prompt, "班组45")
    await group.wait_reply(contains="本群已关联到「班组45」")
    async with unit_of_work(session_factory) as session:
        linked = await session.scalar(select(ChatGroup).where(ChatGroup.chat_id == group.id))
    assert linked is not None and linked.unit_id == ids["班组45"]


async def test_invite_and_broadcast_page_through_units(
    bot_api: FakeBotApi, bot_app: Application, admin_user: FakeUser, session_factory: SessionFactory
) -> None:
    await _units(session_factory, admin_user)
    await admin_user.send("/invite")
    menu = await admin_user.wait_reply(contains="请选择被邀请人所在的单位")
    await admin_user.press(menu, "下一页 ▶")
    await admin_user.wait_reply(_on_page("第 2/3 页"))
    await admin_user.press(menu, "下一页 ▶")
    await admin_user.wait_reply(_on_page("第 3/3 页"))
    await admin_user.press(menu, "班组44")
    await admin_user.wait_reply(contains="单位：班组44")

    # the broadcast's multi-select keeps its ticks across pages
    await admin_user.send("/broadcast")
    await admin_user.wait_reply(contains="请发送要群发的内容")
    await admin_user.send("请各班组本周内完成配电箱专项检查。")
    audience = await admin_user.wait_reply(contains="请选择发送对象")
    await admin_user.press(audience, "指定单位的群")
    units = await admin_user.wait_reply(contains="请选择单位")
    await admin_user.press(units, "☐ 班组03")
    await admin_user.wait_reply(_on_page("☑ 班组03"))
    await admin_user.press(units, "下一页 ▶")
    await admin_user.wait_reply(_on_page("第 2/3 页"))
    await admin_user.press(units, "下一页 ▶")
    await admin_user.wait_reply(_on_page("第 3/3 页"))
    await admin_user.press(units, "☐ 班组45")
    ticked = await admin_user.wait_reply(_on_page("☑ 班组45"))
    assert "第 3/3 页" in ticked.button_texts  # a tick keeps the page
    assert ticked.buttons[-1] == [("完成选择", "bcw:units_done"), ("取消", "bcw:cancel")]
    await admin_user.press(units, "◀ 上一页")
    await admin_user.wait_reply(_on_page("第 2/3 页"))
    await admin_user.press(units, "◀ 上一页")
    first = await admin_user.wait_reply(_on_page("第 1/3 页"))
    assert "☑ 班组03" in first.button_texts
    await admin_user.press(units, "完成选择")
    preview = await admin_user.wait_reply(contains="群发预览")
    assert "班组03" in (preview.text or "") and "班组45" in (preview.text or "")
