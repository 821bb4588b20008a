"""End to end through the local Bot API: how people join, and how strangers are kept out."""

from __future__ import annotations

import re

from telegram.ext import Application

from tests.botapi import FakeBotApi, FakeUser

LINK = re.compile(r"https://t\.me/(\w+)\?start=([\w-]+)")


async def _admin_ready(admin: FakeUser) -> None:
    await admin.send("/start")
    await admin.wait_reply(contains="欢迎")
    await admin.send("/units add 焊接班")
    await admin.wait_reply(contains="已添加单位：焊接班")


async def test_invite_link_registers_with_only_a_name(
    bot_api: FakeBotApi, bot_app: Application, admin_user: FakeUser
) -> None:
    await _admin_ready(admin_user)
    await admin_user.send("/invite")
    menu = await admin_user.wait_reply(contains="请选择被邀请人所在的单位")
    await admin_user.press(menu, "焊接班")
    roles = await admin_user.wait_reply(contains="请选择身份")
    await admin_user.press(roles, "职工")
    uses = await admin_user.wait_reply(contains="给几个人用")
    await admin_user.press(uses, "一人一次（单次有效）")
    done = await admin_user.wait_reply(contains="邀请链接（焊接班")
    match = LINK.search(done.text or "")
    assert match is not None and match.group(1) == "safebot_test_bot"
    code = match.group(2)

    worker = bot_api.user(5001, "Li")
    await worker.send(f"/start {code}")
    await worker.wait_reply(contains="请输入您的真实姓名")
    await worker.send("李四")
    welcome = await worker.wait_reply(contains="欢迎，李四")
    assert "焊接班" in (welcome.text or "") and "职工" in (welcome.text or "")
    await worker.send("/me")
    me = await worker.wait_reply(contains="姓名：李四")
    # the same word as the invite (身份：职工) and /help (您的身份：职工)
    assert me.text == "姓名：李四\n单位：焊接班\n身份：职工"
    # the command menu was set for the worker's chat, without admin commands
    commands = [c["command"] for c in bot_api.my_commands({"type": "chat", "chat_id": 5001})]
    assert "help" in commands and "invite" not in commands

    # single use: the second person is turned away with a clear reason
    other = bot_api.user(5002, "Zhao")
    await other.send(f"/start {code}")
    await other.wait_reply(contains="邀请链接已被使用")


async def test_join_request_approved_by_safety_officer(
    bot_api: FakeBotApi, bot_app: Application, admin_user: FakeUser
) -> None:
    await _admin_ready(admin_user)
    stranger = bot_api.user(6001, "Wang", "wangwu")
    await stranger.send("/start")
    await stranger.wait_reply(contains="请输入您的真实姓名")
    await stranger.send("王五")
    units = await stranger.wait_reply(contains="请选择您所在的单位")
    await stranger.press(units, "焊接班")
    await stranger.wait_reply(contains="申请已提交")

    request = await admin_user.wait_reply(contains="新的注册申请")
    assert "王五" in (request.text or "") and "@wangwu" in (request.text or "")
    assert request.button_texts == ["✅ 批准", "❌ 拒绝"]
    await admin_user.press(request, "✅ 批准")
    approved = await admin_user.wait_reply(lambda m: "已批准" in (m.text or ""))
    assert (approved.text or "").startswith("✅ 已批准：王五的注册申请（审核人：")

    await stranger.wait_reply(contains="注册申请已通过")
    await stranger.send("/me")
    await stranger.wait_reply(contains="单位：焊接班")


async def test_strangers_and_unlinked_groups_learn_nothing(
    bot_api: FakeBotApi, bot_app: Application, admin_user: FakeUser
) -> None:
    await _admin_ready(admin_user)
    stranger = bot_api.user(7001, "Nobody")
    for text in ("/me", "/help", "/invite", "车间有隐患", "/units"):
        await stranger.send(text)
        reply = await stranger.wait_reply()
        assert "还没有在本单位注册" in (reply.text or ""), text
        assert "焊接班" not in (reply.text or "")
    group = bot_api.group(-100200, "一车间群")
    await admin_user.send("/me", chat=group)
    reply = await group.wait_reply()
    assert "尚未关联单位" in (reply.text or "")


async def test_worker_is_refused_admin_commands(
    bot_api: FakeBotApi, bot_app: Application, admin_user: FakeUser
) -> None:
    await _admin_ready(admin_user)
    await admin_user.send("/invite")
    menu = await admin_user.wait_reply(contains="请选择被邀请人所在的单位")
    await admin_user.press(menu, "焊接班")
    roles = await admin_user.wait_reply(contains="请选择身份")
    await admin_user.press(roles, "职工")
    uses = await admin_user.wait_reply(contains="给几个人用")
    await admin_user.press(uses, "多人可用（群发）")
    done = await admin_user.wait_reply(contains="邀请链接")
    match = LINK.search(done.text or "")
    assert match is not None
    worker = bot_api.user(8001, "Sun")
    await worker.send(f"/start {match.group(2)}")
    await worker.wait_reply(contains="姓名")
    await worker.send("孙七")
    await worker.wait_reply(contains="欢迎")

    await worker.send("/invite")
    await worker.wait_reply(contains="没有权限")
    await worker.send("/units add 黑客班")
    await worker.wait_reply(contains="没有权限")
    # a forged invite button is re-checked against the presser's role
    welcome = worker.replies()[-1]
    query_id = await worker.press_data(welcome.message_id, "inv:n:1:admin:0")
    answer = await bot_api.wait_callback_answer(query_id)
    assert "没有权限" in (answer.get("text") or "")
    assert not any("邀请链接" in (m.text or "") for m in worker.replies())
