"""Word's automatic list numbering (第一章 / 第一条 / （一） drawn by Word, not typed) is ingested."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents import parse_file
from knowledge.docx_numbering import chinese_number, format_number


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (54, "五十四"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
    ],
)
def test_chinese_numbers_as_rules_write_them(n: int, text: str) -> None:
    assert chinese_number(n) == text


def test_other_number_formats() -> None:
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(4, "lowerRoman") == "iv"
    assert format_number(12, "decimal") == "12"


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# A multi-level list as a rulebook template defines it: 第X章, then 第X条 counting on across
# chapters (lvlRestart 0), then （X） items restarting under each article.
ABSTRACT = f"""
<w:abstractNum {W_NS} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/>
    <w:lvlText w:val="第%2条"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%3）"/></w:lvl>
</w:abstractNum>
"""
NUM = f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _numbered(document, text: str, level: int):  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
    )
    return paragraph


def _numbered_document(abstract: str):  # type: ignore[no-untyped-def]
    """A new Word document whose numbering part holds the list definition `abstract` as numId 90."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(abstract))
    numbering.append(parse_xml(NUM))
    return document


def test_auto_numbered_chapters_articles_and_items_become_the_outline(tmp_path: Path) -> None:
    document = _numbered_document(ABSTRACT)
    document.add_paragraph("某某食品有限公司安全生产管理规定")
    _numbered(document, "总则", 0)
    _numbered(document, "为规范公司安全生产管理，制定本规定。", 1)
    _numbered(document, "本规定适用于公司全体员工和驻厂外包单位。", 1)
    _numbered(document, "冷库作业", 0)
    _numbered(document, "在冻结物冷藏间内连续作业不得超过45分钟，每次出库后回暖不少于15分钟。", 1)
    _numbered(document, "冷库作业实行进库确认，确认以下事项：", 1)
    _numbered(document, "库门内侧应急开门装置灵活有效；", 2)
    _numbered(document, "库内呼救按钮和照明正常。", 2)
    path = tmp_path / "numbered.docx"
    document.save(str(path))

    parsed = parse_file(path)
    assert parsed.title == "某某食品有限公司安全生产管理规定"
    sections = [p.section[:2] for p in parsed.passages if p.kind == "body"]
    assert [(chapter, article[:3]) for chapter, article in sections] == [
        ("第一章 总则", "第一条"),
        ("第一章 总则", "第二条"),
        # 第三条 counts on after the chapter break: articles are numbered across the rulebook.
        ("第二章 冷库作业", "第三条"),
        ("第二章 冷库作业", "第四条"),
    ]
    confirm = next(p for p in parsed.passages if "应急开门装置" in p.text)
    assert "（一）库门内侧应急开门装置灵活有效；\n（二）库内呼救按钮和照明正常。" in confirm.text


def test_a_level_that_names_only_an_outer_number_counts_its_own_items(tmp_path: Path) -> None:
    # Word would draw （一）（一） for （%2） on the items' level: every item the article's number.
    # Nobody means that, so the items are counted by their own level.
    document = _numbered_document(ABSTRACT.replace("（%3）", "（%2）"))
    document.add_paragraph("某某医院安全生产管理制度")
    _numbered(document, "总则", 0)
    _numbered(document, "医院年度安全生产目标是：", 1)
    _numbered(document, "不发生人员死亡事故；", 2)
    _numbered(document, "不发生火灾和医用气体中断事故。", 2)
    path = tmp_path / "outer.docx"
    document.save(str(path))

    goals = next(p for p in parse_file(path).passages if "死亡事故" in p.text)
    assert "（一）不发生人员死亡事故；\n（二）不发生火灾和医用气体中断事故。" in goals.text
