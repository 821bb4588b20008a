"""Names in pinyin: people sort as a phone's contacts do and are found by full pinyin or initials."""

from __future__ import annotations

import pytest

from storage.pinyin import finds, search_text, sort_key, syllables


def test_people_sort_by_the_pinyin_of_their_names_syllable_by_syllable() -> None:
    names = [
        "赵刚",
        "李白",
        "Tom",
        "梁",
        "吕布",
        "李安",
        "曾国藩",
        "连",
        "阿强",
        "李",
        "张小军",
        "张伟",
        "章伟",
    ]
    ordered = sorted(names, key=lambda n: (sort_key(n), n))
    # 李 li < 李安 li an < 李白 li bai < 连 lian < 梁 liang: by syllable, as contacts list them;
    # 曾 as a surname is zeng; Latin names among the letters; 张伟 and 章伟 (both zhang wei) come
    # before 张小军 (zhang xiao), the two of them by character
    contacts = [
        "阿强",
        "李",
        "李安",
        "李白",
        "连",
        "梁",
        "吕布",
        "Tom",
        "曾国藩",
        "张伟",
        "章伟",
        "张小军",
        "赵刚",
    ]
    assert ordered == contacts
    assert sorted(names) != ordered  # code point order is not it


def test_the_sort_key_is_letters_and_digits_only() -> None:
    """A locale's collation (PostgreSQL's en_US) skips spaces and punctuation: the key has none."""
    for name in ["张小军", "Tom Li", "买买提·艾力", "一班工人25", "（空）", "Ａｂｃ"]:
        assert sort_key(name).isalnum() or sort_key(name) == ""
    assert syllables("买买提·艾力") == ["mai", "mai", "ti", "ai", "li"]
    assert syllables("Ａｂｃ 张") == ["abc", "zhang"]
    assert syllables("吕布") == ["lv", "bu"]  # ü is typed v


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("zxj", True),
        ("ZXJ", True),
        ("zhangxiaojun", True),
        ("ZhangXiaoJun", True),
        ("xiaojun", True),  # the given name
        ("xj", True),
        ("zhangx", True),  # a syllable's start
        ("zhang", True),
        ("angxiao", False),  # not from a syllable's start
        ("an", False),
        ("z", False),  # one letter: too many would match
        ("zx1", False),
        ("", False),
    ],
)
def test_a_name_is_found_by_its_pinyin_from_a_syllables_start(typed: str, found: bool) -> None:
    assert finds(search_text("张小军"), typed) is found


def test_a_surname_read_its_own_way_is_found_by_either_reading() -> None:
    text = search_text("曾国藩")
    assert finds(text, "zeng") and finds(text, "zgf") and finds(text, "ceng") and finds(text, "guofan")
    assert sort_key("曾国藩").startswith("zeng")
    assert finds(search_text("Tom Li"), "tomli") and finds(search_text("Tom Li"), "tl")
