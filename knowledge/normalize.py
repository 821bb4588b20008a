"""Text normalisation shared by indexing and querying.

Both sides go through the same function, so a transformation only has to be consistent, not
linguistically perfect: full-width → half-width, traditional → simplified (character by character,
OpenCC's table when opencc-python-reimplemented is installed, else a small table of the characters
that matter in this domain), Taiwan's metric unit words (公尺 → 米), Chinese numerals → digits (so 六查
and 6查 meet), two-digit years (26年 → 2026年), punctuation → spaces, lower case.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

# Traditional → simplified for characters common in work-safety text: what is left when OpenCC's
# table is not installed (rare characters then pass through unchanged).
_TRAD = (
    "產生業務災險隱患電氣焊機構單位員僱傭證書執檢查責任負責現場監督辦處報應急預案練習與們個這"
    "對於時間後來會議過還進運輸實際標準規範範圍條例總則節項職營經濟發開關動態問題歸類爲為體專業"
    "設備計劃組織領導區縣鄉鎮廠礦場車輛駕駛員燈燒爆炸煙花藥劑氫氣瓦斯漏電線纜網絡護費資金額"
    "決斷續審批議論說話讀寫學習練訓課程場館園樓層門窗樑鋼鐵銹鎖鑰匙齊整頓顧問題題幹線路橋樣"
    "該從眾滅裝載壓縮鍋爐閥測量儀錶維修復閉環銷號掛牌督導協調聯繫絡傳聞舉獎勵懲罰懲處漢語"
    "數據庫統計報表級別屬於風範圍緊張嚴厲謹慎"
)
_SIMP = (
    "产生业务灾险隐患电气焊机构单位员雇佣证书执检查责任负责现场监督办处报应急预案练习与们个这"
    "对于时间后来会议过还进运输实际标准规范范围条例总则节项职营经济发开关动态问题归类为为体专业"
    "设备计划组织领导区县乡镇厂矿场车辆驾驶员灯烧爆炸烟花药剂氢气瓦斯漏电线缆网络护费资金额"
    "决断续审批议论说话读写学习练训课程场馆园楼层门窗梁钢铁锈锁钥匙齐整顿顾问题题干线路桥样"
    "该从众灭装载压缩锅炉阀测量仪表维修复闭环销号挂牌督导协调联系络传闻举奖励惩罚惩处汉语"
    "数据库统计报表级别属于风范围紧张严厉谨慎"
)
_TRAD += "東勝國無萬億長開當實學書廣將氣燃雲鄉區縣號條擔權獎檢驗據點離屬鬆倉庫層歷"
_SIMP += "东胜国无万亿长开当实学书广将气燃云乡区县号条担权奖检验据点离属松仓库层历"
assert len(_TRAD) == len(_SIMP)


def _opencc_characters() -> dict[int, str]:
    """OpenCC's traditional → simplified character table (its first reading of each character),
    read from the data files of opencc-python-reimplemented without importing the package."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    for line in lines:
        trad, _, readings = line.partition("\t")
        simp = readings.split(" ", 1)[0].strip()
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[ord(trad)] = simp
    return table


TRAD_TO_SIMP = {
    **_opencc_characters(),
    **{ord(t): s for t, s in zip(_TRAD, _SIMP, strict=True) if t != s},
}
# Taiwan's words for metric units, as the mainland writes them.
_MAINLAND_UNIT = {"公尺": "米", "公分": "厘米", "公升": "升"}
_TAIWAN_UNITS = re.compile("|".join(_MAINLAND_UNIT))

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
# A run of numerals, with the Arabic digits written just before it (5千元 is 5000元).
_NUMERAL_RUN = re.compile(r"([0-9]*)([零〇一二两三四五六七八九十百千]+)")
# 千克, 千伏, 千瓦, 千米, 千帕, 百分之, 千分之: a unit or a fraction, not a number.
_UNIT_AFTER_PREFIX = re.compile(r"[克瓦伏米帕卡焦赫]|分之|分比|分点")
_SHORT_YEAR = re.compile(r"(?<![0-9])([12][0-9])年(?!代)")
_SPACE_NEAR_CJK = re.compile(r"(?<=[\u4e00-\u9fff0-9])\s+(?=[\u4e00-\u9fff0-9])")
_PUNCT = re.compile(r"[^\w\u4e00-\u9fff]+")


def chinese_numeral_value(text: str) -> int | None:
    """Value of a well-formed Chinese numeral below 10000 (十五, 二十, 一百零三), else None."""
    if not text:
        return None
    if all(ch in _DIGITS for ch in text):
        if len(text) == 1:
            return _DIGITS[text]
        return None
    total = 0
    current: int | None = None
    for ch in text:
        if ch in _DIGITS:
            if current is not None:
                return None
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (1 if current is None else current) * _UNITS[ch]
            current = None
        else:
            return None
    if current is not None:
        total += current
    return total


def _numeral_to_digits(match: re.Match[str]) -> str:
    digits, run = match.group(1), match.group(2)
    if run in ("千", "百") and _UNIT_AFTER_PREFIX.match(match.string, match.end()):
        return digits + run
    if digits and run in _UNITS:
        return str(int(digits) * _UNITS[run])
    value = chinese_numeral_value(run)
    if value is not None:
        return digits + str(value)
    # 二0三五, 一一九: a digit string written with numerals
    if all(ch in _DIGITS for ch in run):
        return digits + "".join(str(_DIGITS[ch]) for ch in run)
    return digits + run


def to_half_width(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# A temperature said in degrees (五十度的热水) as the rules write it (50℃, which reads °c here).
_DEGREES = re.compile(r"(?<=[0-9])度(?!电)")


def normalise(text: str) -> str:
    """The search form of a text: used for both the corpus and the questions."""
    text = to_half_width(text).translate(TRAD_TO_SIMP).lower()
    text = _SPACE_NEAR_CJK.sub("", text)
    text = _TAIWAN_UNITS.sub(lambda m: _MAINLAND_UNIT[m.group(0)], text)
    text = text.replace("零下", "-")  # (零 is not the numeral 0 here: 零下十八度 is -18℃)
    text = _NUMERAL_RUN.sub(_numeral_to_digits, text)
    text = _DEGREES.sub("°c", text)
    text = _SHORT_YEAR.sub(lambda m: f"20{m.group(1)}年" if int(m.group(1)) >= 20 else m.group(0), text)
    return text


def strip_punctuation(text: str) -> str:
    return _PUNCT.sub(" ", text).strip()


def search_form(text: str) -> str:
    """normalise() and punctuation to spaces: the form that is segmented."""
    return strip_punctuation(normalise(text))
