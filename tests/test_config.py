"""Settings and logging: the token is required, explained when missing, and never logged."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import MissingTokenError, Settings
from bot.logs import RedactTokenFilter, configure_logging

SECRET = "123456789:AAH-secret_Value-xyz"


def test_admin_ids_accept_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFEBOT_ADMIN_IDS", "11, 22;33")
    assert Settings(_env_file=None).admin_ids == [11, 22, 33]  # type: ignore[call-arg]


def test_default_database_is_sqlite_in_data_dir(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{tmp_path / 'safebot.db'}"


def test_missing_token_is_explained_in_both_languages() -> None:
    settings = Settings(_env_file=None, telegram_token=None)  # type: ignore[call-arg]
    with pytest.raises(MissingTokenError) as error:
        settings.token_value()
    assert "@BotFather" in str(error.value) and "SAFEBOT_TELEGRAM_TOKEN" in str(error.value)
    assert "未设置" in str(error.value) and "not set" in str(error.value)


def test_run_without_token_stops_at_once(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "SAFEBOT_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "@BotFather" in result.stderr
    assert not (tmp_path / "safebot.db").exists()  # stopped before touching anything


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("restore_logging")
def test_token_never_reaches_the_log(capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(_env_file=None, telegram_token=SECRET)  # type: ignore[call-arg]
    configure_logging(settings)
    logging.getLogger("telegram.ext").warning("POST https://api.telegram.org/bot%s/getUpdates failed", SECRET)
    logging.getLogger("anything").error("token is %s", SECRET)
    logging.getLogger("httpx").info("HTTP Request: POST https://x/bot%s/sendMessage", SECRET)
    err = capsys.readouterr().err
    assert "AAH-secret" not in err
    assert "bot<redacted>" in err
    assert "sendMessage" not in err  # httpx INFO lines are silenced


def test_redaction_filter_handles_any_bot_token_pattern() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "url=/bot42:abc-DEF_1/getMe", None, None)
    RedactTokenFilter(None).filter(record)
    assert record.getMessage() == "url=/bot<redacted>/getMe"
