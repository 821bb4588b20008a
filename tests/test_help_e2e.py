"""What a person is told they can do: the welcome, /help per role, the command menu, /cancel."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application

from bot.config import Settings
from storage.clock import ManualClock
from storage.db import SessionFactory
from storage.models import Person
from tests.botapi import FakeBotApi, FakeUser, Limits
from tests.harness import running_bot
from tests.hazard_fixtures import Org, make_org


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


@pytest.fixture
async def app(
    bot_api: FakeBotApi, bot_settings: Settings, org: Org, clock: ManualClock
) -> AsyncIterator[Application]:
    bot_api.set_limits(Limits(private_burst=30))
    async with running_bot(bot_settings, clock=clock) as application:
        yield application


def user(api: FakeBotApi, person: Person) -> FakeUser:
    assert person.telegram_user_id is not None
    return api.user(person.telegram_user_id, person.name)


def commands_in(text: str) -> set[str]:
    return {line.split()[0][1:] for line in text.splitlines() if line.startswith("/")}


async def test_help_lists_what_each_role_can_do_grouped(
    bot_api: FakeBotApi, app: Application, org: Org
) -> None:
    worker = user(bot_api, org.reporter)
    await worker.send("/start")
    welcome = await worker.wait_reply(contains="欢迎")
    # the welcome says what to do next: the 随手拍 button, asking, /help
    assert "随手拍" in (welcome.text or "") and "/help" in (welcome.text or "")

    await worker.send("/help")
    text = (await worker.wait_reply(contains="您的身份：职工")).text or ""
    assert "随手拍" in text and "【隐患】" in text and "【任务】" in text
    assert {"report", "my", "list", "hazard", "points", "tasks", "done", "me"} <= commands_in(text)
    assert not {"export", "stats", "overdue", "broadcast", "invite", "task_add", "kb_add"} & commands_in(text)
    menu = [
        c["command"] for c in bot_api.my_commands({"type": "chat", "chat_id": org.reporter.telegram_user_id})
    ]
    assert menu[0] == "help" and "report" in menu and "export" not in menu

    manager = user(bot_api, org.manager)
    await manager.send("/help")
    text = (await manager.wait_reply(contains="您的身份：部门负责人")).text or ""
    assert "【台账统计】" in text and {"overdue", "stats", "export"} <= commands_in(text)
    assert not {"broadcast", "invite", "task_add"} & commands_in(text)

    officer = user(bot_api, org.officer)
    await officer.send("/help")
    text = (await officer.wait_reply(contains="您的身份：安全员")).text or ""
    assert "【安全宣传】" in text and {"broadcast", "invite", "kb_add", "export"} <= commands_in(text)
    assert "task_add" not in commands_in(text)


async def test_cancel_with_nothing_to_cancel(bot_api: FakeBotApi, app: Application, org: Org) -> None:
    worker = user(bot_api, org.reporter)
    await worker.send("/cancel")
    await worker.wait_reply(contains="当前没有进行中的操作")
    await worker.send("/frobnicate")
    reply = await worker.wait_reply(contains="这个命令")
    assert "/frobnicate" in (reply.text or "") and "/help" in (reply.text or "")
