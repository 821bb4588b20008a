"""The one place that assembles the bot: services, handlers, background workers."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Awaitable, Callable
from types import ModuleType

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ContextTypes,
    PersistenceInput,
    PicklePersistence,
)
from telegram.warnings import PTBUserWarning

from bot.config import Settings
from bot.ledger_jobs import start_ledger_jobs, stop_ledger_jobs
from bot.publicity import start_publicity, stop_publicity
from bot.ratelimit import SharedChatRateLimiter
from bot.sender import OutboxSender
from handlers import (
    ask,
    broadcast,
    fallback,
    groups,
    hazard_actions,
    hazards,
    ledger,
    people,
    reminders,
    report,
    start,
    tasks,
)
from handlers import help as help_handlers
from handlers.common import SERVICES_KEY, Services, is_group
from knowledge.service import KnowledgeService
from storage import hazards as hazard_ledger
from storage.clock import Clock, SystemClock
from storage.db import create_engine, create_session_factory, unit_of_work, upgrade_database_async
from storage.people import root_unit

log = logging.getLogger(__name__)

# Order matters: conversations first (they own the messages of a person mid-dialogue), plain
# commands next, then the catch-all text handlers (questions to the rules Q&A), and `fallback`
# (which answers whatever nobody else took) at the very end.
# `broadcast` (a conversation that takes photos and text while composing) precedes `report`.
HANDLER_MODULES: list[ModuleType] = [
    start,
    help_handlers,
    people,
    groups,
    broadcast,
    hazards,
    hazard_actions,
    ledger,
    reminders,
    tasks,
    report,
    ask,  # private text nobody else took is a question; /ask and mentions in groups
    fallback,
]

ENGINE_KEY = "safebot.engine"
SENDER_KEY = "safebot.sender"


def build_application(settings: Settings, *, clock: Clock | None = None) -> Application:
    """Build the Application with its services installed and every handler module registered."""
    token = settings.token_value()
    base_url, base_file_url = settings.bot_api_base_urls()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    persistence = PicklePersistence(
        filepath=settings.data_dir / "conversations.pickle",
        store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False),
        update_interval=5,
    )
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .persistence(persistence)
        # Direct replies to the person in front of us: paced to Telegram's overall and group limits,
        # and retried after a 429 instead of failing the handler; each one is also counted by the
        # outbox sender (linked in startup) so notifications to that chat keep their distance.
        .rate_limiter(SharedChatRateLimiter(AIORateLimiter(max_retries=3)))
        .post_init(startup)
        .post_shutdown(shutdown)
        .build()
    )
    engine = create_engine(settings.resolved_database_url)
    application.bot_data[ENGINE_KEY] = engine
    application.bot_data[SERVICES_KEY] = Services(
        settings=settings,
        session_factory=create_session_factory(engine),
        clock=clock or SystemClock(),
    )
    # Our conversations mix message and button steps on purpose (per_message=False); PTB warns
    # about that for every such conversation, which only adds noise to the log.
    warnings.filterwarnings("ignore", message="If 'per_message=False'", category=PTBUserWarning)
    for module in HANDLER_MODULES:
        module.register(application)
    application.add_error_handler(on_error)
    return application


async def _keep_photo_file_id(session: AsyncSession, path: str, refused: str, file_id: str) -> None:
    """The sender uploaded a hazard photo's stored copy because Telegram refused its file_id."""
    await hazard_ledger.replace_photo_file_id(session, path=path, refused=refused, file_id=file_id)


async def startup(application: Application) -> None:
    """Migrate the schema, make sure the organisation exists, start background workers."""
    svc: Services = application.bot_data[SERVICES_KEY]
    await upgrade_database_async(svc.settings.resolved_database_url)
    async with unit_of_work(svc.session_factory) as session:
        await root_unit(session, svc.settings.organisation_name)
    await help_handlers.set_default_commands(application)
    # The sender paces itself and handles 429s row by row, so it gets a Bot without PTB's limiter.
    base_url, base_file_url = svc.settings.bot_api_base_urls()
    sender_bot = Bot(svc.settings.token_value(), base_url=base_url, base_file_url=base_file_url)
    await sender_bot.initialize()
    sender = OutboxSender.from_settings(
        sender_bot, svc.session_factory, svc.clock, svc.settings, on_file_replaced=_keep_photo_file_id
    )
    application.bot_data[SENDER_KEY] = sender
    if isinstance(application.bot.rate_limiter, SharedChatRateLimiter):
        application.bot.rate_limiter.recorder = sender
    sender.start()
    # The rules Q&A index: built once here (or loaded from its cache), searched in worker threads.
    knowledge = KnowledgeService(
        svc.session_factory, cache_dir=svc.settings.data_dir / "cache", clock=svc.clock
    )
    await knowledge.load()
    svc.extras[ask.KNOWLEDGE_KEY] = knowledge
    for hook in STARTUP_HOOKS:
        await hook(application)
    log.info("safebot started as @%s", application.bot.username)


async def shutdown(application: Application) -> None:
    for hook in reversed(SHUTDOWN_HOOKS):
        try:
            await hook(application)
        except Exception:  # keep shutting the rest down
            log.exception("shutdown hook failed")
    sender: OutboxSender | None = application.bot_data.pop(SENDER_KEY, None)
    if isinstance(application.bot.rate_limiter, SharedChatRateLimiter):
        application.bot.rate_limiter.recorder = None
    if sender is not None:
        await sender.stop()
        await sender.bot.shutdown()
    engine = application.bot_data.get(ENGINE_KEY)
    if engine is not None:
        await engine.dispose()


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and tell the person something went wrong, never a traceback."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None and not is_group(update):
        try:
            if update.callback_query is not None:
                await update.callback_query.answer("抱歉，处理时出错了，请稍后再试。", show_alert=True)
            else:
                await context.bot.send_message(update.effective_chat.id, "抱歉，处理时出错了，请稍后再试。")
        except Exception:
            log.exception("could not tell the user about the error")


# Background workers (outbox sender, reminder sweep, …) hook in here, started in order and
# stopped in reverse order.
Hook = Callable[[Application], Awaitable[None]]
STARTUP_HOOKS: list[Hook] = [start_publicity, start_ledger_jobs, reminders.start_reminders]
SHUTDOWN_HOOKS: list[Hook] = [stop_publicity, stop_ledger_jobs, reminders.stop_reminders]
