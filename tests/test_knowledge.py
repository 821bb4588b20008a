"""Rules Q&A: ingestion of the seed documents and a generated .docx, and dialogue tables.

The seed documents are read from ../shared/seeds (beside the repository); they are never copied in.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest

from knowledge import documents, engine
from knowledge.documents import (
    ParsedPassage,
    UnsupportedDocumentError,
    clean_line,
    parse_file,
    parse_text,
    without_running_lines,
    wrap_width,
)
from knowledge.engine import KnowledgeIndex, Passage, article_references, document_passages
from knowledge.normalize import search_form
from knowledge.pdf_layout import columns_apart, layout_tables
from knowledge.service import KnowledgeService
from storage import knowledge as kb
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
needs_seeds = pytest.mark.skipif(not SEED_FILES, reason="../shared/seeds is not beside the repository")


# --- normalisation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("6查", "六查"),
        ("５必修", "五必修"),
        ("安全生產", "安全生产"),
        ("26年", "2026年"),
        ("第十五条", "第15条"),
        ("五十度的热水", "50℃的热水"),  # degrees said are degrees Celsius written
        ("零下二十五度", "-25℃"),  # 零下 is below zero, not the numeral 0
    ],
)
def test_normalisation_makes_variants_meet(a: str, b: str) -> None:
    assert search_form(a) == search_form(b)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("4千克干粉灭火器", "4千克干粉灭火器"),  # a unit (kilogram), not 4 and 1000
        ("10千伏线路", "10千伏线路"),
        ("百分之二十", "百分之20"),
        ("罚款5千元", "罚款5000元"),  # digits then 千: the same number as 五千元
        ("罚款五千元", "罚款5000元"),
        ("一千二百米", "1200米"),
        ("每月用电3度电", "每月用电3度电"),  # a kilowatt-hour is no temperature
    ],
)
def test_a_numeral_before_a_unit_or_after_digits_reads_as_written(text: str, form: str) -> None:
    assert search_form(text) == form


# --- ingestion -------------------------------------------------------------------------------------


@needs_seeds
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_every_seed_splits_into_sections_with_a_header(path: Path) -> None:
    document = parse_file(path)
    header = document.passages[0]
    assert header.kind == "header"
    assert document.doc_number and document.doc_number in header.text
    assert document.issued_on and document.issued_on in header.text
    body = [p for p in document.passages if p.kind == "body"]
    assert len(body) >= 15
    # Breadcrumbs follow the outline, and no passage carries markup or a bookmark.
    assert all(p.section for p in body)
    assert any(len(p.section) >= 2 for p in body)
    for p in document.passages:
        assert "[bookmark" not in p.text and "**" not in p.text and not p.text.startswith("#")


@needs_seeds
def test_hard_wrapped_sentences_are_joined() -> None:
    document = parse_file(SEED_FILES[0])
    six_checks = next(p for p in document.passages if "六查" in p.text)
    # The list runs over a hard line break in the source; it must be one passage.
    assert "一查" in six_checks.text and "六查外包" in six_checks.text
    assert six_checks.section[-1].startswith("（九）")


def test_articles_and_chapters_of_a_rulebook() -> None:
    text = "\n".join(
        [
            "某某公司安全生产管理制度",
            "第一章 总则",
            "第一条 为加强安全管理，",
            "制定本制度。",
            "第二条 本制度适用于公司全体员工。",
            "第二章 动火作业",
            "第三条 动火作业实行审批制度，动火前必须办理动火作业许可证。",
            "（一）一级动火由主要负责人审批；",
            "（二）二级动火由安全管理部门审批。",
        ]
    )
    document = parse_text(text, "rules.txt")
    assert document.title == "某某公司安全生产管理制度"
    sections = [p.section for p in document.passages if p.kind == "body"]
    assert ("第一章 总则", "第一条 为加强安全管理，制定本制度") in sections or any(
        s[-1].startswith("第一条") for s in sections
    )
    article_one = next(p for p in document.passages if p.section and p.section[-1].startswith("第一条"))
    assert "为加强安全管理，制定本制度。" in article_one.text  # the wrap is joined
    second_level = next(p for p in document.passages if "二级动火" in p.text)
    assert second_level.section[0] == "第二章 动火作业" and second_level.section[1].startswith("第三条")


def test_decimal_clauses_nest_and_short_lists_stay_whole() -> None:
    text = "\n".join(
        [
            "某某港务公司安全奖惩细则",
            "1. 总则",
            "1.1 为落实安全生产责任制，制定本细则。",
            "2. 作业安全",
            "2.1 外协单位",
            "2.1.1 外协单位进港作业前应当与公司签订安全生产管理协议，作业人员须经公司安全监督部组织的入港安全教育，"
            "教育时间不少于4学时，考试合格后发放临时出入证，出入证有效期最长为3个月，期满重新教育；"
            "劳务派遣人员与本公司员工同等参加安全积分管理，同等享受安全奖励。",
            "2.1.2 风速超过",
            "13.8米/秒时停止吊装作业。",
            "3. 应急联系方式",
            "3.1 调度指挥中心：0532-86871110",
            "3.2 安全监督部：0532-86871230",
            "4. 附则",
            "4.1 本细则由安全监督部负责解释。",
        ]
    )
    document = parse_text(text, "rules.txt")
    by_text = {p.text: p for p in document.passages if p.kind == "body"}
    # 2.1.1 sits under 2.1, which sits under 2.
    clause = next(p for t, p in by_text.items() if t.startswith("2.1.1"))
    assert clause.section == ("2. 作业安全", "2.1 外协单位", "2.1.1 外协单位进港作业前应当与公司签订安全…")
    # A figure that starts a wrapped line (13.8米) is not a clause number.
    wind = next(p for t, p in by_text.items() if "风速超过" in t)
    assert "13.8米/秒时停止吊装作业" in wind.text and wind.section[-1] == "2.1.2 风速超过"
    # A short list stays whole under the line that opens it: both phone numbers in one passage.
    contacts = next(p for t, p in by_text.items() if "0532-86871110" in t)
    assert "0532-86871230" in contacts.text and contacts.section == ("3. 应急联系方式",)
    # A short clause with nothing under it is content, not a title.
    assert any(p.section[-1].startswith("4.1") for p in by_text.values())


def test_decimal_chapters_without_a_dot_head_their_clauses() -> None:
    # Rulebooks in the GB/T 1.1 style number chapters "2 高处作业" and clauses "2.1 …".
    text = "\n".join(
        [
            "某某电力安装公司安全管理规定",
            "1 总则",
            "1.1 为加强施工现场安全管理，制定本规定。",
            "2 高处作业",
            "2.1 作业高度在2米及以上时，必须系挂安全带，安全带应高挂低用，挂点牢固可靠，严禁低挂高用。",
            "2.2 六级及以上大风天气停止露天高处作业，雨雪天气后应清除作业面积水积雪并采取防滑措施。",
            "3 临时用电",
            "3.1 开关箱漏电保护器额定漏电动作电流不大于30mA。",
            "5 米以内不得堆放可燃物的规定见附件。",
        ]
    )
    document = parse_text(text, "power.txt")
    body = [p for p in document.passages if p.kind == "body"]
    wind = next(p for p in body if "六级及以上大风" in p.text)
    assert wind.section[0] == "2 高处作业"
    # The chapter line is no longer read as the last line of the clause before it.
    rule = next(p for p in body if "制定本规定" in p.text)
    assert "高处作业" not in rule.text and rule.section[0] == "1 总则"
    power = next(p for p in body if "30mA" in p.text)
    assert power.section[0] == "3 临时用电"
    # A line that starts with a number but heads no clauses is text, not a chapter.
    assert not any(s.startswith("5 米") for p in body for s in p.section)
    assert any("5 米以内不得堆放可燃物" in p.text for p in body)


def test_a_company_standard_in_markdown_with_its_cover_and_chapters() -> None:
    # An enterprise standard laid out like a GB/T one: a cover (code, 发布/实施 dates, issuer), the
    # title as the one top-level Markdown heading, then 1 范围 / 2 … chapters, not all with clauses.
    text = "\n".join(
        [
            "**某某物业服务有限公司企业标准**",
            "Q/MMWY 002—2025　代替 Q/MMWY 002—2021",
            "# 某某大厦消防安全管理规范",
            "2025-01-10 发布　　2025-02-01 实施",
            "某某物业服务有限公司　发布",
            "## 前言",
            "本标准按照GB/T 1.1—2020给出的规则起草，由公司安全管理部提出并归口，起草部门为工程部。",
            "## 1 范围",
            "本标准规定了某某大厦的消防安全管理要求，适用于大厦全体业户、员工和外包服务单位。",
            "## 2 规范性引用文件",
            "GB 25506　消防控制室通用技术要求",
            "## 3 消防控制室",
            "3.1 消防控制室实行24小时值班，每班不少于2人。",
            "3.2 值班人员应持有消防设施操作员证书。",
        ]
    )
    document = parse_text(text, "tower.md")
    assert document.title == "某某大厦消防安全管理规范"
    assert document.doc_number == "Q/MMWY 002—2025" and document.issued_on == "2025年1月10日"
    assert document.issuer == "某某物业服务有限公司"
    header = document.passages[0].text
    assert "施行日期（实施时间）：2025年2月1日" in header and "GB 25506" not in header
    sections = {p.section[0] for p in document.passages if p.kind == "body"}
    assert {"1 范围", "2 规范性引用文件", "3 消防控制室"} <= sections
    scope = next(p for p in document.passages if "适用于大厦全体业户" in p.text)
    assert scope.section == ("1 范围",)


def test_a_company_standard_in_word_with_a_typed_contents_list_and_a_foreword() -> None:
    """A standard's cover (its code, the edition it replaces, its title), a 目次 typed without page
    numbers, then 前　言 and the body. The replaced edition is not part of the title, the contents
    list is not content, and every line of the foreword is kept, short ones too."""
    foreword = [
        "本标准按照GB/T 1.1—2020《标准化工作导则第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准代替Q/YS 2031—2019《生产安全管理规定》，主要技术变化如下：",
        "——增加了切纸机换刀作业程序（见附录A）。",
        "本标准由公司安全环保部提出并归口。",
        "本标准主要起草人：韩立峰、祁婉清。",
    ]
    text = "\n".join(
        [
            "远盛彩印包装有限公司企业标准",
            "Q/YS 2031—2025",
            "代替 Q/YS 2031—2019",
            "印刷包装生产安全管理规范",
            "2025-06-18 发布",
            "2025-07-01 实施",
            "远盛彩印包装有限公司　发布",
            "目　　次",
            "前言",
            "1 范围",
            "2 切纸机",
            "附录A（规范性）切纸机换刀作业程序",
            "前　　言",
            *foreword,
            "印刷包装生产安全管理规范",
            "# 1 范围",
            "本标准规定了公司印刷包装生产的安全要求，适用于各生产车间和外来施工人员。",
            "# 2 切纸机",
            "2.1 切纸机应同时配置双手操纵装置和光电保护装置，两者任一失效时严禁开机。",
            "2.2 双手操纵装置两个按钮的内缘间距不小于260毫米。",
            "附录A（规范性）",
            "切纸机换刀作业程序",
            "A.1 换刀作业应由两名经培训合格的人员进行，其中一人担任监护人。",
        ]
    )
    document = parse_text(text, "yinshua.docx")
    assert document.title == "印刷包装生产安全管理规范"
    assert document.doc_number == "Q/YS 2031—2025"
    preamble = next(p for p in document.passages if p.kind == "preamble")
    assert all(line in preamble.text for line in foreword)
    # The contents list made no passage of its own: each chapter is one passage, with its text.
    scope = [p for p in document.passages if p.section[:1] == ("1 范围",)]
    assert len(scope) == 1 and "适用于各生产车间" in scope[0].text
    assert not any(p.text.strip() in ("1 范围", "2 切纸机", "前言") for p in document.passages)
    assert any("内缘间距不小于260毫米" in p.text for p in document.passages)


def test_a_notice_title_cut_over_two_lines_and_a_list_of_the_rulebooks_it_issues() -> None:
    """关于印发《…》 / 的通知 is one title cut in two; the rulebook issued is the document's title.
    Under 目　录 the notice lists the rulebooks it holds, each of which heads its own part later,
    centred."""
    text = "\n".join(
        [
            "湖州榉源实木家具有限公司文件",
            "榉源安〔2025〕9号",
            "关于印发《湖州榉源实木家具有限公司安全生产管理制度汇编（2025年版）》",
            "的通知",
            "各车间、各部门：",
            "　　为落实企业安全生产主体责任，有效防范木粉尘爆炸和木工机械伤害等事故，现将修订后的制度汇编印发给你们，请认真贯彻执行。",
            "湖州榉源实木家具有限公司",
            "2025年2月26日",
            "目　录",
            "粉尘防爆管理制度",
            "木工机械操作规程",
            "厂内叉车安全管理制度",
            "                粉尘防爆管理制度",
            "一、除尘系统",
            "1.开机时应先启动除尘系统，除尘风机运行不少于3分钟后方可启动木工机械。",
            "二、清扫",
            "1.各车间应坚持每班清扫作业区地面和设备表面积尘。",
            "                木工机械操作规程",
            "一、圆锯",
            "1.锯片有裂纹或连续缺齿2个以上的严禁使用。",
            "二、带锯",
            "1.带锯锯条焊接接头超过3个或有裂纹的应报废更换。",
            "                厂内叉车安全管理制度",
            "一、行驶",
            "1.叉车在厂区道路上行驶速度不得超过10km/h。",
            "二、装卸",
            "1.叉车严禁载人，货叉上严禁站人。",
        ]
    )
    document = parse_text(text, "jiaju.txt")
    assert document.title == "湖州榉源实木家具有限公司安全生产管理制度汇编（2025年版）"
    assert not any(p.kind == "preamble" and "的通知" in p.text for p in document.passages)
    forklift = next(p for p in document.passages if "10km/h" in p.text)
    assert forklift.section[0] == "厂内叉车安全管理制度"
    titles_alone = [p for p in document.passages if p.text.strip() == "木工机械操作规程"]
    assert len(titles_alone) <= 1


def test_articles_typed_as_a_markdown_list_are_articles() -> None:
    """Exported from Feishu or Notion, a rulebook's articles are often items of a bullet list with a
    bold label (- **第十七条** …), and an emoji may mark one. Each is an article of its chapter, with
    its own numbered items under it, not one list making the whole chapter a passage."""
    text = "\n".join(
        [
            "# 禾悦餐饮门店安全生产管理制度",
            "## 第三章　燃气使用安全",
            "- **第十六条** 液化石油气钢瓶应当存放在专用气瓶间，气瓶间内存放的钢瓶不得超过2瓶。",
            "",
            "- **第十七条** 🔥 更换钢瓶应当遵守下列规定：",
            "    1. 由经过培训的厨房员工或者供气企业的送气人员更换；",
            "    2. 新钢瓶接好后，用肥皂水涂抹接口检查是否漏气；",
            "",
            "- **第十八条** 连接钢瓶与灶具的软管长度不得超过2米，每半年更换一次。",
        ]
    )
    document = parse_text(text, "canyin.md")
    body = [p for p in document.passages if p.kind == "body"]
    assert [p.section[-1][:4] for p in body] == ["第十六条", "第十七条", "第十八条"]
    assert all(p.section[0] == "第三章 燃气使用安全" for p in body)
    assert body[1].text.startswith("第十七条 更换钢瓶应当遵守下列规定：")
    assert "用肥皂水涂抹接口检查是否漏气" in body[1].text
    assert body[2].text == "第十八条 连接钢瓶与灶具的软管长度不得超过2米，每半年更换一次。"


def test_a_wiki_page_with_fields_in_a_quote_and_articles_as_headings() -> None:
    """A Confluence or GitLab wiki page: the rulebook's fields in bold in a quote, apart by a full-width
    bar, and each article a ### heading over its text. The fields are the header's (归口管理 names
    who keeps the rulebook, not who issued it); an article reads 第一条 为… as a printed one does."""
    text = "\n".join(
        [
            "# 绿兴材铝业有限公司安全生产管理制度",
            "",
            "> **文号**：绿兴铝安〔2025〕9号　｜　**发布日期**：2025年6月16日　｜　**实施日期**：2025年7月1日",
            ">",
            "> **归口管理**：安全环保部　｜　**适用范围**：公司全体员工",
            "",
            "## 第一章 总则",
            "### 第一条",
            "为防范铝液遇水爆炸、粉尘爆炸等事故，制定本制度。",
            "",
            "### 第二条",
            "熔炼炉周边地面必须保持干燥，严禁积水。",
        ]
    )
    document = parse_text(text, "lvxingcai.md")
    assert document.doc_number == "绿兴铝安〔2025〕9号" and document.issued_on == "2025年6月16日"
    assert document.issuer != "归口管理：安全环保部"
    body = [p for p in document.passages if p.kind == "body"]
    assert [p.text for p in body] == [
        "第一条 为防范铝液遇水爆炸、粉尘爆炸等事故，制定本制度。",
        "第二条 熔炼炉周边地面必须保持干燥，严禁积水。",
    ]
    assert body[1].section == ("第一章 总则", "第二条 熔炼炉周边地面必须保持干燥，严禁积水")


def test_a_cover_table_row_of_several_fields_gives_each_its_own_and_a_caption_is_no_addressee() -> None:
    """A cover's table read as rows (文件编号：…，版本号：B/3。): the number is the number alone and the
    other fields are kept beside it; 文件信息： over the table is its caption, not whom it is sent to."""
    text = "\n".join(
        [
            "# 绿苑物业服务有限公司安全管理手册",
            "文件信息：",
            "文件编号：LYWY-AQ-SC-001，版本号：B/3。",
            "编制部门：安全品质部，批准人：总经理卢振邦。",
            "发布日期：2026年2月16日，实施日期：2026年3月1日。",
            "## 1 总则",
            "1.1 为加强物业服务安全管理，制定本手册。",
        ]
    )
    document = parse_text(text, "lvyuan.md")
    assert document.doc_number == "LYWY-AQ-SC-001" and document.issued_on == "2026年2月16日"
    header = document.passages[0].text
    assert "版本号：B/3" in header and "实施日期：2026年3月1日" in header
    assert "主送" not in header


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a standard's cover: the issuer's 发布 line above the title is not part of it
        (
            ["Q/JL 001—2025", "浙江锦澜纺织印染有限公司发布", "浙江锦澜纺织印染有限公司安全生产管理制度"],
            "浙江锦澜纺织印染有限公司安全生产管理制度",
        ),
        # the month a card was issued, above its title
        (["2025年3月", "冲天炉熔炼岗位安全风险告知卡"], "冲天炉熔炼岗位安全风险告知卡"),
        # the collection a rulebook is bound in, a title of its own
        (
            ["鼎峰建材有限公司管理制度汇编", "鼎峰建材有限公司安全生产管理制度"],
            "鼎峰建材有限公司安全生产管理制度",
        ),
        # a table's heading row and a standard cited are no titles; nor is a page's roman number
        (
            [
                "锦悦汇商业综合体事故隐患排查清单（2025版）",
                "序号    检查类别    检查项目    检查内容及标准    检查频次",
            ],
            "锦悦汇商业综合体事故隐患排查清单（2025版）",
        ),
        (
            ["— II —", "城镇燃气安全生产管理规范", "CJJ 51 城镇燃气设施运行、维护和抢修安全技术规程"],
            "城镇燃气安全生产管理规范",
        ),
    ],
)
def test_the_lines_around_a_title_that_are_not_part_of_it(head: list[str], title: str) -> None:
    document = parse_text(
        "\n".join([*head, "第一条 为加强安全生产管理，制定本制度。", "第二条 本制度自发布之日起施行。"]),
        "t.txt",
    )
    assert document.title == title


def test_fields_a_wiki_or_a_signature_line_runs_together_are_read_apart() -> None:
    """文号：…　｜　发布部门：…　｜　阅读 412 (the page's view count is no part of the issuer); 编制部门：…
    审核：… 批准：… on one line; 发布日期：…日实施日期：… with nothing between; a front matter's
    owner: … is not who issued the rulebook."""
    text = "\n".join(
        [
            "---",
            "owner: 颐康园养老服务中心-综合办公室",
            "---",
            "# 岚溪县第三中学校园安全管理制度汇编",
            "> 文号：岚三中发〔2025〕19号　｜　发布日期：2025-08-25　｜　发布部门：校长办公室　｜　阅读 412",
            "编制部门：安全监察部 审核：戴文渊 批准：韩立群",
            "## 第一章 总则",
            "第一条 为加强校园安全管理，制定本制度。",
        ]
    )
    document = parse_text(text, "school.md")
    assert document.issuer == "校长办公室" and document.issued_on == "2025年8月25日"
    header = document.passages[0].text
    assert "审核：戴文渊" in header and "412" not in header
    signed = parse_text(
        "\n".join(
            [
                "某某供电公司电力安全工作规程实施细则",
                "发布日期：2025年2月18日实施日期：2025年3月1日",
                "第一条 为加强安全管理，制定本细则。",
            ]
        ),
        "power.txt",
    )
    assert signed.issued_on == "2025年2月18日" and "实施日期：2025年3月1日" in signed.passages[0].text


def test_an_oa_page_titles_its_document_by_its_title_field_not_its_breadcrumb() -> None:
    text = "\n".join(
        [
            "桐岭县人民医院协同办公平台 >> 规章制度 >> 安全生产",
            "标题：桐岭县人民医院安全生产管理制度汇编（2025年修订）",
            "文号：桐医发〔2025〕23号",
            "发布日期：2025年3月18日",
            "阅读范围：全院各科室",
            "第一条 为加强医院安全生产管理，制定本制度。",
            "第二条 本制度适用于全院各科室。",
        ]
    )
    document = parse_text(text, "yiyuan.txt")
    assert document.title == "桐岭县人民医院安全生产管理制度汇编（2025年修订）"
    assert document.issuer != "阅读范围：全院各科室"


def test_a_rulebook_copied_out_of_an_oa_page() -> None:
    # Text copied from an OA system's page: breadcrumb, a line of fields, print/close links,
    # clauses numbered 5.1 after a wide gap, a ragged table, download and next/previous links.
    text = "\r\n".join(
        [
            "首页 > 规章制度 > 安全类",
            "发布部门：安全环保部\u3000\u3000发布人：王某\u3000\u3000发布时间：2025-03-02 09:15:00\u3000\u3000阅读次数：311",
            "文件编号：AQ-ZD-003-2025\u3000\u3000版本：A/0",
            "【字体：大 中 小】\u3000【打印本页】\u3000【关闭窗口】",
            "某某建设有限公司安全生产奖惩办法",
            "第五章\u3000违章处罚",
            "5.1\u3000违章实行记分与罚款相结合，记分周期为一年。",
            "5.2\u3000一个周期内累计记满12分的，离岗培训不少于24学时。",
            "附件1\u3000劳保用品发放周期表",
            "序号\u3000\u3000名称\u3000\u3000\u3000发放周期\u3000\u3000备注",
            "1\u3000\u3000安全帽\u3000\u3000\u30002年\u3000\u3000破损随时更换",
            "2\u3000\u3000劳保鞋\u3000\u3000\u30001年",
            "3\u3000\u3000线手套\u3000\u3000\u30001个月",
            "联系人：王某\u3000\u3000联系电话：0510-81276390",
            "附件下载：附件1 劳保用品发放周期表.xlsx（10KB）",
            "上一篇：某某建设有限公司安全生产费用管理办法",
            "下一篇：某某建设有限公司分包管理办法",
        ]
    )
    document = parse_text(text, "oa.txt")
    assert document.title == "某某建设有限公司安全生产奖惩办法"
    assert document.doc_number == "AQ-ZD-003-2025" and document.issued_on == "2025年3月2日"
    assert document.issuer == "安全环保部"
    everything = "\n".join(p.text for p in document.passages)
    for chrome in ("首页", "打印本页", "阅读次数", "下一篇", ".xlsx"):
        assert chrome not in everything, chrome
    clause = next(p for p in document.passages if "记满12分" in p.text)
    assert clause.section[0] == "第五章 违章处罚" and "：" not in clause.text.split("。")[0]
    shoes = next(p for p in document.passages if "劳保鞋" in p.text)
    assert shoes.section == ("附件1 劳保用品发放周期表",)
    assert "名称：劳保鞋，发放周期：1年。" in shoes.text  # the empty 备注 is left out
    assert "名称：安全帽，发放周期：2年，备注：破损随时更换。" in shoes.text
    # A contact line keeps its phone number: it is one contact, not two fields.
    assert "联系人：王某联系电话：0510-81276390" in document.passages[0].text


def test_an_annexed_table_between_numbered_sections_ends_where_they_go_on() -> None:
    text = "\n".join(
        [
            "某某港务公司安全奖惩细则",
            "4. 违章考核",
            "4.1 违章按附表1扣分。",
            "附表1 常见违章行为扣分标准",
            "违章行为    扣分",
            "未戴安全帽    2分",
            "酒后上岗    12分",
            "5. 安全奖励",
            "5.1 全年无违章的班组奖励3000元。",
        ]
    )
    document = parse_text(text, "port.txt")
    reward = next(p for p in document.passages if "3000元" in p.text)
    assert reward.section[0] == "5. 安全奖励"  # not under 附表1
    table = next(p for p in document.passages if "酒后上岗" in p.text)
    assert table.section == ("附表1 常见违章行为扣分标准",)


def test_markers_word_processors_type() -> None:
    # ⑴ and ㈠ are single characters Word inserts; 第一部分 heads parts; full-width digits and 附表.
    text = "\n".join(
        [
            "某某食品公司安全管理制度",
            "第一部分 综合管理",
            "第一条 各车间每班开工前进行安全检查，检查内容如下：",
            "⑴ 设备防护罩是否齐全完好，发现缺失立即停机，报设备部门修复后方可开机，不得带病运行；",
            "⑵ 氨制冷机房每2小时巡检一次，巡检人员应当佩戴便携式氨气检测报警仪，记录压力温度。",
            "第二部分 专项管理",
            "㈠ 粉尘防爆",
            "１．除尘器灰斗每班清灰一次。",
            "２．严禁使用压缩空气吹扫积尘。",
            "附表1 隐患排查检查表",
            "检查项目：消防通道。",
        ]
    )
    document = parse_text(text, "food.txt")
    body = [p for p in document.passages if p.kind == "body"]
    ammonia = next(p for p in body if "氨制冷机房" in p.text)
    assert ammonia.section[0] == "第一部分 综合管理" and ammonia.section[1].startswith("第一条")
    assert "\n⑵ 氨制冷机房" in ammonia.text  # an item on its own line, not run into the one before
    dust = next(p for p in body if "压缩空气" in p.text)
    assert dust.section[:2] == ("第二部分 专项管理", "㈠ 粉尘防爆")
    assert "第二部分" not in ammonia.text and "㈠" not in ammonia.text
    table = next(p for p in body if "消防通道" in p.text)
    assert table.section == ("附表1 隐患排查检查表",)


def test_half_bracket_items_and_bullets() -> None:
    text = "\n".join(
        [
            "某某公司劳动防护用品管理规定",
            "第一条 进入生产现场必须正确佩戴劳动防护用品，具体要求如下：",
            "1）进入车间必须佩戴安全帽；",
            "2）高处作业必须系挂安全带。",
            "第二条 下列人员每年体检一次：",
            "- 接触粉尘的人员",
            "- 接触噪声的人员",
        ]
    )
    document = parse_text(text, "rules.txt")
    first, second = (p for p in document.passages if p.kind == "body")
    assert first.section[0].startswith("第一条") and "1）进入车间必须佩戴安全帽；\n2）高处作业" in first.text
    assert "\n- 接触粉尘的人员\n- 接触噪声的人员" in second.text


def test_a_table_typed_as_text_reads_row_by_row() -> None:
    text = "\n".join(
        [
            "某某港务公司安全奖惩细则",
            "第一条 违章行为按附表扣分和罚款。",
            "附表1\u3000常见违章行为扣分与罚款标准",
            "序号\u3000违章行为\u3000扣分\u3000罚款（元）",
            "1\u3000未按规定佩戴安全帽\u30002\u3000100",
            "2\t酒后上岗\t12\t2000",
            "3    违章指挥、强令冒险作业    12    3000",
            "注：同一年度内第二次发生的，罚款加倍。",
            "",
            "第二条 分包单位违规按下表处罚：",
            "违规行为      处罚对象    罚款标准",
            "无证从事特种作业      分包单位    每起2000元",
            "未经审批擅自动火      分包单位    每起1500元",
            "第三条 组长：张三\u3000局长",
            "副组长：李四\u3000副局长",
            "成员：王五\u3000科长",
        ]
    )
    document = parse_text(text, "rules.txt")
    table = next(p for p in document.passages if "违章行为：" in p.text)
    # The annexed table is a section of its own, named by its title, and ends at the next article.
    assert table.section == ("附表1 常见违章行为扣分与罚款标准",)
    assert table.text.startswith("违章行为：未按规定佩戴安全帽，扣分：2分，罚款：100元。")
    assert "违章行为：酒后上岗，扣分：12分，罚款：2000元。" in table.text
    # The answer quotes the whole row (a row is one sentence: its cells are not cut apart).
    index = KnowledgeIndex.build(document_passages(document))
    assert "酒后上岗，扣分：12分，罚款：2000元。" in (index.answer("酒后上岗扣几分？").answer or "")
    assert "违章行为：违章指挥、强令冒险作业，扣分：12分，罚款：3000元。\n注：" in table.text
    # Spaces between columns, figures written with their words (每起2000元), no 注 line after it.
    fines = next(p for p in document.passages if "无证从事特种作业" in p.text)
    assert fines.section[0].startswith("第二条")
    assert "违规行为：未经审批擅自动火，处罚对象：分包单位，罚款标准：每起1500元。" in fines.text
    # A roster (names and titles, no figures) is not a table.
    roster = next(p for p in document.passages if "张三" in p.text)
    assert "：" not in roster.text.replace("组长：", "").replace("成员：", "")


def test_a_markdown_rulebook_with_a_form_header_pipe_tables_and_cross_references() -> None:
    """As a wiki exports it: the header as a form (发文单位：…), articles in bold, a pipe table read
    row by row under its caption, and an article that says "执行本规定第二条" answered with it."""
    text = "\n".join(
        [
            "# 某某物流公司运输安全管理规定",
            "",
            "**文号**：某物安〔2026〕2号",
            "",
            "**发文单位**：某某物流公司安全管理委员会",
            "",
            "**印发日期**：2026年1月12日",
            "",
            "**主送**：各仓储中心、运输车队",
            "",
            "## 第一章 总则",
            "",
            "**第一条** 为规范运输安全管理，制定本规定。",
            "",
            "**第二条** 公司场所内车辆限速见下表：",
            "",
            "| 区域 | 叉车 | 货车 |",
            "| --- | :---: | --- |",
            "| 库区内通道 | 5公里/小时 | — |",
            "| 园区主干道 | 10公里/小时 | 15公里/小时 |",
            "",
            "**第三条** 重型货车的最高车速执行本规定第二条限速表，雨雾天气减速慢行。",
        ]
    )
    document = parse_text(text, "rules.md")
    assert document.issuer == "某某物流公司安全管理委员会"
    header = next(p for p in document.passages if p.kind == "header")
    assert "主送（发给）：各仓储中心、运输车队" in header.text
    assert "2026年1月12日" in header.text
    speeds = next(p for p in document.passages if p.text.startswith("第二条"))
    assert "限速见下表：\n区域：库区内通道，叉车：5公里/小时。" in speeds.text
    assert "区域：园区主干道，叉车：10公里/小时，货车：15公里/小时。" in speeds.text
    assert "|" not in speeds.text and "---" not in speeds.text

    index = KnowledgeIndex.build(document_passages(document))
    answer = index.answer("重型货车最高车速是多少")
    assert answer.answered and answer.evidence[0].text.startswith("第三条")
    assert [e.text for e in answer.evidence[1:]] == [speeds.text]


def test_an_annex_titled_on_its_own_line_starts_a_new_part() -> None:
    """附件1 违章行为处罚标准 (number and title on one line, as a Word heading) is an annex, not a
    line of the last article: its items are under the annex, not under 第三条's list."""
    text = "\n".join(
        [
            "某某机械公司安全生产管理制度",
            "第一条 为加强安全管理，制定本制度。",
            "第二条 违章行为按附件1处罚。",
            "第三条 本制度自2025年4月1日起施行。",
            "附件：1. 违章行为处罚标准",
            "2. 动火作业分级",
            "附件1　违章行为处罚标准",
            "1. 未按规定穿戴劳动防护用品的，每次罚款50元；",
            "2. 在禁烟区域吸烟的，每次罚款500元。",
            "附件2：动火作业分级",
            "一、一级动火：在喷漆室、油漆库内动火，由分管副总经理审批。",
        ]
    )
    document = parse_text(text, "rules.txt")
    smoking = next(p for p in document.passages if "吸烟的" in p.text)
    assert smoking.section[0] == "附件1 违章行为处罚标准"
    hot_work = next(p for p in document.passages if "一级动火" in p.text)
    assert hot_work.section[0] == "附件2 动火作业分级"
    assert all(not p.section[0].startswith("第三条") for p in (smoking, hot_work))


def test_the_covering_notice_and_a_list_with_closing_words() -> None:
    text = "\n".join(
        [
            "南湖建设工程有限公司文件",
            "南湖建司〔2025〕9号",
            "关于印发《南湖建设工程有限公司施工现场安全生产管理办法》的通知",
            "公司各项目部：",
            "为进一步规范施工现场安全生产管理，公司对原《施工现场安全管理规定》进行了全面修订，现印发",
            "给你们，请认真执行。原《施工现场安全管理规定》（南湖建司〔2021〕14号）同时废",
            "止。",
            "南湖建设工程有限公司",
            "2025年3月12日",
            "南湖建设工程有限公司施工现场安全生产管理办法",
            "第一条 新进场农民工必须接受三级安全教育，时间分别为：",
            "1. 公司级安全教育不少于8学时；",
            "2. 班组级安全教育不少于24学时。",
            "考试合格分数为80分，不合格的须重新培训，补考仍不合格的不得上岗。转换工种或离岗3个月以上重新上岗的，"
            "应重新进行项目部级和班组级安全教育。每月15日为项目部安全活动日，全体农民工参加。",
            "第二条 潮湿场所的照明电压不得大于24V，漏电保护器额定动作电流不大于3",
            "0毫安。",
        ]
    )
    document = parse_text(text, "nanhu.txt")
    header = document.passages[0]
    # The notice's own words, wrapped over lines, are part of the header: what the rules replace.
    assert "原《施工现场安全管理规定》（南湖建司〔2021〕14号）同时废止。" in header.text
    # The list stays whole although its last item is followed by the clause's closing words.
    training = next(p for p in document.passages if "公司级安全教育" in p.text)
    assert "班组级安全教育不少于24学时" in training.text and training.section[0].startswith("第一条")
    # A number wrapped over two lines is one number.
    assert any("不大于30毫安" in p.text for p in document.passages)


def test_a_line_cut_at_the_wrap_width_is_not_a_title() -> None:
    """In a text hard-wrapped at a fixed width, an item's first line cut at that width with no
    comma in it continues on the next line (2. / 5米 is 2.5米), though it looks like a title."""
    paragraphs = [
        "第一条 施工现场临时用电必须采用TN-S接零保护系统，实行三级配电、两级漏电保护，每台用电设备必须有"
        "各自专用的开关箱，严禁用同一个开关箱直接控制两台及以上用电设备。配电箱、开关箱应装设端正牢固，"
        "固定式配电箱的底部与地面的垂直距离宜为1.4米至1.6米。施工现场停止作业1小时以上时，应将动力开关箱"
        "断电上锁，由专职电工负责检查。电工每日巡查一次，发现漏电保护器失灵的应立即更换，并填写巡查记录。",
        "第二条 下列场所的照明应使用安全特低电压供电：",
        "（一）隧道、人防工程、高温场所、有导电灰尘或灯具离地面高度低于2.5米等场所，电源电压不应大于36V；",
        "（二）潮湿和易触及带电体场所，电源电压不得大于24V。",
    ]
    width = paragraphs[2].index("5米")  # the item's first line is cut right after "2."
    wrapped = [p[i : i + width] for p in paragraphs for i in range(0, len(p), width)]
    assert "（一）隧道、人防工程、高温场所、有导电灰尘或灯具离地面高度低于2." in wrapped
    assert wrap_width(wrapped) == width
    document = parse_text("\n".join(["某某建设公司施工现场安全生产管理办法", *wrapped]), "rules.txt")
    assert any("灯具离地面高度低于2.5米等场所，电源电压不应大于36V" in p.text for p in document.passages)


def test_page_numbers_and_running_headers_of_a_pdf_are_not_content() -> None:
    assert [clean_line(x) for x in ("第 3 页 共 10 页", "- 3 -", "3/10", "Page 2 of 9")] == ["", "", "", ""]
    assert clean_line("第3条  规定") == "第3条 规定"  # one space after the label, as printed
    pages = [f"某某公司安全管理制度\n第{n}条 内容{n}。\n第 {n} 页" for n in "一二三四"]
    text = "\n".join(without_running_lines(pages))
    assert text.count("某某公司安全管理制度") == 1  # the title, once, on the first page
    assert all(f"第{n}条 内容{n}。" in text for n in "一二三四")


def test_the_title_after_a_covering_notice_is_kept_though_pages_repeat_it() -> None:
    # Page 1 is the notice that issues the rulebook; the rulebook starts on page 2 under its title,
    # which every later page repeats as its running header.
    title = "某某食品公司安全生产管理制度"
    pages = [
        "某某食品公司文件\n关于印发《某某食品公司安全生产管理制度》的通知\n各车间：现印发给你们。",
        f"{title}\n第一章 总则\n第一条 内容一。",
        f"{title}\n第二条 内容二。",
        f"{title}\n第三条 内容三。",
    ]
    text = "\n".join(without_running_lines(pages))
    assert text.splitlines().count(title) == 1 and text.index(f"\n{title}\n") < text.index("第一章")
    assert parse_text(text, "food.pdf").title == title
    # Without the body's own title line, the title is what the notice issues, not 《…》的通知.
    notice_only = "\n".join([pages[0], "第一章 总则", "第一条 内容一。"])
    assert parse_text(notice_only, "food.pdf").title == title


def test_a_running_head_first_seen_over_a_later_article_is_print_not_the_body_title() -> None:
    # The head repeats the title whose two lines the first page sets apart; the second page begins
    # at 第六条, so the head there is print too, not the title the body starts under.
    head = "某某建设集团有限公司项目部安全生产管理制度"
    pages = [
        "某某建设集团有限公司\n项目部安全生产管理制度\n第一章 总则\n第一条 内容一。\n第五条 内容五",
        f"{head}\n第六条 内容六。",
        f"{head}\n第七条 内容七。",
        f"{head}\n第八条 内容八。",
    ]
    text = "\n".join(without_running_lines(pages))
    assert head not in text
    assert all(f"第{n}条 内容{n}" in text for n in "一五六七八")


def test_an_indented_first_line_cut_at_the_wrap_width_goes_on_though_it_has_no_comma() -> None:
    # Indented by two full-width spaces, an article's first line is two characters short of the
    # others; one without a comma (及所属各分公 / 司承建) is still cut mid-word, not a title line.
    articles = [
        "第一条　为规范集团所属各工程项目部的安全生产管理，落实项目安全生产主体责任，预防和减少高处坠落、"
        "物体打击、坍塌、起重伤害、触电和火灾等事故，结合房屋建筑和市政基础设施工程施工实际，制定本制度。",
        "第二条　本制度适用于某某建设集团有限公司（以下简称集团）及所属各分公司承建工程的项目部。集团作为"
        "施工总承包单位依法分包的工程，专业分包单位和劳务分包队伍的作业活动一并纳入项目部统一管理。",
        "第三条　项目安全生产费用按不低于合同价款中建筑安装工程费的3%提取，单独列支、专款专用，不得挪作"
        "他用。项目商务经理每月建立费用使用台账，于次月5日前报分公司安全管理部备查。",
        "第四条　项目部成立安全生产领导小组，项目经理任组长，项目安全总监、项目总工程师、生产经理任副组长，"
        "各部门负责人和劳务分包队伍负责人为成员。领导小组每月至少召开一次安全生产例会，会议纪要在会后2个"
        "工作日内印发各参会单位。",
    ]
    width = len("　　" + articles[1][: articles[1].index("司承建")])
    lines = ["某某建设集团有限公司安全生产管理制度"]
    for article in articles:
        text = "　　" + article
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    assert "　　第二条　本制度适用于某某建设集团有限公司（以下简称集团）及所属各分公" in lines
    document = parse_text("\n".join(lines), "rules.txt")
    assert any("及所属各分公司承建工程的项目部" in p.text for p in document.passages)


def _write_pdf(path: Path, pages: list[list[str]]) -> None:
    """A PDF with a text layer, as a word processor exports one (matplotlib, TrueType text)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    from storage.charts import cjk_font

    family = cjk_font()
    if family is None:
        pytest.skip("no CJK font to write a Chinese PDF with (scripts/setup.sh installs one)")
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for lines in pages:
            figure = plt.figure(figsize=(8.27, 11.69))
            for n, line in enumerate(lines):
                # A line of cells (a table row) puts each cell in its column.
                cells = line.split("|")
                for column, cell in enumerate(cells):
                    x = 0.08 + column * (0.84 / len(cells))
                    figure.text(x, 0.92 - n * 0.04, cell, fontfamily=family, fontsize=11)
            pdf.savefig(figure)
            plt.close(figure)


def test_a_pdf_with_a_text_layer_is_ingested_without_its_page_furniture(tmp_path: Path) -> None:
    title = "某某化工有限公司动火作业安全管理规定"
    pages = [
        [
            title,
            "第一条 动火作业实行审批制度。",
            "第二条 一级动火由安全管理部审批，",
            "动火证有效期不超过8小时。",
            "第 1 页 共 3 页",
        ],
        [title, "第三条 动火点周围10米范围内的可燃物必须清除。", "第 2 页 共 3 页"],
        [title, "第四条 动火作业必须设专人监火。", "第 3 页 共 3 页"],
    ]
    path = tmp_path / "hot-work.pdf"
    _write_pdf(path, pages)

    parsed = parse_file(path)
    assert parsed.title == title
    body = [p for p in parsed.passages if p.kind == "body"]
    assert [p.section[0][:3] for p in body] == ["第一条", "第二条", "第三条", "第四条"]
    assert "一级动火由安全管理部审批，动火证有效期不超过8小时。" in body[1].text  # the wrap is joined
    everything = "".join(p.text for p in parsed.passages)
    assert "页" not in everything and everything.count(title) <= 2  # the header names it, pages do not


def test_a_table_in_a_pdf_is_read_row_by_row(tmp_path: Path) -> None:
    pages = [
        [
            "某某公司隐患排查制度",
            "第一条 各级检查的组织部门和频次按下表执行。",
            "检查类别|组织部门|检查频次",
            "公司综合检查|安全环保部|每月1次",
            "车间检查|各车间|每周1次",
            "电气专业检查|设备动力部|每季度1次",
            "第二条 检查发现的隐患填入隐患台账。",
        ]
    ]
    path = tmp_path / "checks.pdf"
    _write_pdf(path, pages)
    text = "\n".join(p.text for p in parse_file(path).passages)
    assert "检查类别：车间检查，组织部门：各车间，检查频次：每周1次。" in text
    assert "检查类别：电气专业检查，组织部门：设备动力部，检查频次：每季度1次。" in text


def test_a_pdf_table_of_two_named_columns_with_centred_names_reads_row_by_row() -> None:
    """A ruled table of two columns as a PDF's layout gives it: the first column's cells centred
    (a long one starts left of its name), rows apart by blank lines, the second column's text
    wrapping onto lines of its own, a name cut in two, and the table going on over a page break
    under its repeated heading."""
    page = "\n".join(
        [
            "      检测项目         控制指标及检测要求",
            "",
            "       氧气          按体积计不得低于20%，每班开工前检测1次",
            "",
            "      一氧化碳         不大于30mg/m³；爆破后检查人员进入时不大于100mg/m³，且在",
            "                   掌子面停留不得超过20分钟",
            "",
            "  氮氧化物（换算成NO₂）     不大于5mg/m³，爆破通风后检测",
            "",
            "                          - 6 -",
            "",
            "       检测项目         控制指标及检测要求",
            "",
            "粉尘（游离二氧化硅含量10%及     不大于2mg/m³",
            "       以上）",
            "",
            "                   检测数据当班填写在公示牌上，纸质记录保存至隧道交工",
            "       检测记录         验收后1年",
            "",
            "注：表中浓度限值为工作场所空气中的最高容许浓度。",
        ]
    )
    lines = layout_tables(page).splitlines()
    rows = [line.removeprefix(documents.ROW_MARK) for line in lines if line.startswith(documents.ROW_MARK)]
    assert rows == [
        "检测项目：氧气，控制指标及检测要求：按体积计不得低于20%，每班开工前检测1次。",
        "检测项目：一氧化碳，控制指标及检测要求：不大于30mg/m³；爆破后检查人员进入时不大于100mg/m³，"
        "且在掌子面停留不得超过20分钟。",
        "检测项目：氮氧化物（换算成NO₂），控制指标及检测要求：不大于5mg/m³，爆破通风后检测。",
        "检测项目：粉尘（游离二氧化硅含量10%及以上），控制指标及检测要求：不大于2mg/m³。",
        "检测项目：检测记录，控制指标及检测要求：检测数据当班填写在公示牌上，纸质记录保存至隧道交工验收后1年。",
    ]
    assert lines[-1] == "注：表中浓度限值为工作场所空气中的最高容许浓度。"
    # A card's first row (岗位　who) names no column: the card reader reads it, label by label.
    card = "\n".join(
        [
            "     岗位         门站运行工、门站值班长",
            "",
            "   适用场所       城东门站工艺区",
            "",
            "  风险描述        法兰垫片密封失效会造成天然气泄漏",
            "",
            " 处置步骤         1.立即报告值班长；2.关闭上下游阀门",
        ]
    )
    assert "岗位：适用场所" not in layout_tables(card)


def test_a_pdf_without_a_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    _write_pdf(path, [[]])
    with pytest.raises(UnsupportedDocumentError, match="没有文字层"):
        parse_file(path)


def test_a_password_protected_pdf_is_refused_in_words_the_sender_can_act_on(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    _write_pdf(plain, [["第一条 本制度适用于全公司。"]])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    with pytest.raises(UnsupportedDocumentError, match="打开密码"):
        parse_file(locked)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.docx", b"PK\x03\x04 truncated"),
        ("renamed.docx", "第一条 本制度。".encode()),
        ("broken.pdf", b"%PDF-1.4 x"),
    ],
)
def test_a_damaged_or_renamed_file_is_refused_not_crashed_on(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnsupportedDocumentError, match="文件已损坏"):
        parse_file(path)


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".DOC"])
def test_an_old_word_file_is_refused_with_how_to_save_it_as_docx(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"制度{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0 old word")
    with pytest.raises(UnsupportedDocumentError, match="另存为”? ?\\.docx"):
        parse_file(path)


def test_another_file_type_is_refused_with_the_types_that_work(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(UnsupportedDocumentError, match=r"暂不支持 \.xlsx 文件.*\.docx"):
        parse_file(path)


def test_a_generated_docx_is_ingested(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("安监发〔2025〕3号")
    document.add_paragraph("某某集团有限公司")
    document.add_paragraph("（此件公开发布）")  # a print mark, not the first half of the title
    document.add_paragraph("有限空间作业安全管理办法")
    document.add_paragraph("一、总体要求")
    document.add_paragraph("（一）作业前必须先通风、再检测、后作业，严禁未经检测进入有限空间。")
    document.add_paragraph("（二）作业现场必须设专人监护，监护人员不得离开作业现场。")
    document.add_paragraph("二、应急管理")
    document.add_paragraph("（一）每年至少组织一次有限空间事故应急演练。")
    document.add_paragraph("三、违章处罚")
    document.add_paragraph("表1 违章处罚标准")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("违章行为", "对当事人", "对班组长"),
            ("未经检测进入有限空间", "罚款2000元", "罚款500元"),
            ("监护人离岗", "罚款1000元", "罚款300元"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("（此件公开发布）")
    document.add_paragraph("某某集团有限公司")
    document.add_paragraph("2025年1月8日")
    path = tmp_path / "confined.docx"
    document.save(str(path))

    parsed = parse_file(path)
    assert parsed.title == "有限空间作业安全管理办法"
    assert parsed.doc_number == "安监发〔2025〕3号"
    assert parsed.issued_on == "2025年1月8日"
    # A short list of requirements stays one passage under its heading.
    monitor = next(p for p in parsed.passages if "专人监护" in p.text)
    assert monitor.section == ("一、总体要求",) and "先通风、再检测、后作业" in monitor.text

    # A table row reads as a sentence: each cell under its column heading, apart from the others.
    fines = next(p for p in parsed.passages if "违章处罚标准" in p.text)
    assert "违章行为：监护人离岗，对当事人：罚款1000元，对班组长：罚款300元。" in fines.text
    assert fines.section == ("三、违章处罚",)

    index = KnowledgeIndex.build(document_passages(parsed))
    answer = index.answer("作业现场的监护人员可以离开吗？")
    assert answer.answered and "专人监护" in answer.evidence[0].text


def test_a_docx_table_with_merged_cells_reads_whole_rows(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某某公司危险作业管理规定")
    document.add_paragraph("第一条 危险作业审批权限见下表。")
    table = document.add_table(rows=6, cols=3)
    texts = [
        ("危险作业审批权限表", "", ""),
        ("作业类别", "级别", "审批人"),
        ("动火作业", "特级", "总经理"),
        ("", "一级", "安全总监"),
        ("有限空间作业类", "", ""),
        ("受限空间作业", "", "车间主任"),
    ]
    for row, cells in zip(table.rows, texts, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    table.cell(0, 0).merge(table.cell(0, 2))  # the title across the table
    table.cell(2, 0).merge(table.cell(3, 0))  # 动火作业 down two rows
    table.cell(4, 0).merge(table.cell(4, 2))  # a group's name across the table
    table.cell(5, 0).merge(table.cell(5, 1))  # 受限空间作业 across two columns
    for row, column, text in [(0, 0, "危险作业审批权限表"), (2, 0, "动火作业"), (4, 0, "有限空间作业类")]:
        table.cell(row, column).text = text
    table.cell(5, 0).text = "受限空间作业"
    path = tmp_path / "permits.docx"
    document.save(str(path))

    text = "\n".join(p.text for p in parse_file(path).passages)
    assert "危险作业审批权限表：" in text
    assert "作业类别：动火作业，级别：特级，审批人：总经理。" in text
    # The row under the merged 动火作业 cell still names it.
    assert "作业类别：动火作业，级别：一级，审批人：安全总监。" in text
    # A cell merged across columns is said once; a group's name across the table stands between
    # its groups of rows, and the rows after it are still read under the table's column headings.
    assert "作业类别：受限空间作业，审批人：车间主任。" in text
    assert text.index("安全总监") < text.index("有限空间作业类") < text.index("车间主任")


def test_a_controlled_document_typed_into_word_tables_reads_as_its_clauses(tmp_path: Path) -> None:
    """A controlled procedure whose body is Word tables: a header table (文件名称 | 文件编号 | …), then
    per chapter a table of clause number | text under title rows merged across. Each clause is a
    passage under its chapter and section, as printed; no clause is repeated under the next title."""
    import docx

    document = docx.Document()
    header = document.add_table(rows=2, cols=3)
    for row, cells in zip(
        header.rows,
        [("文件名称", "文件编号", "版本"), ("安全生产管理规定", "LT-EHS-QP-003", "C/0")],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    clauses = document.add_table(rows=6, cols=2)
    rows = [
        ("5　通用安全要求", ""),
        ("5.1　安全教育培训", ""),
        ("5.1.1", "新入职员工须完成三级安全教育，总学时不少于24学时，考试合格后方可上岗。"),
        ("5.1.2", "员工离岗3个月以上重新上岗的，应重新接受车间级和班组级安全教育。"),
        ("5.2　劳动防护用品", ""),
        ("5.2.1", "进入生产车间必须穿着防静电工作服和防静电鞋。"),
    ]
    for row, cells in zip(clauses.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for n in (0, 1, 4):
        clauses.cell(n, 0).merge(clauses.cell(n, 1))
        clauses.cell(n, 0).text = rows[n][0]
    path = tmp_path / "controlled.docx"
    document.save(str(path))

    parsed = parse_file(path)
    assert parsed.title == "安全生产管理规定" and parsed.doc_number == "LT-EHS-QP-003"
    ppe = next(p for p in parsed.passages if "防静电工作服" in p.text)
    assert ppe.section[:2] == ("5 通用安全要求", "5.2 劳动防护用品")
    assert "24学时" not in ppe.text  # (5.1.1 is not repeated under the next title)
    training = next(p for p in parsed.passages if "24学时" in p.text)
    assert "5.1.1 新入职员工须完成三级安全教育" in training.text


def test_a_yuque_page_with_callouts_and_a_note_across_its_tables_foot() -> None:
    """A callout's fences (:::tips … :::) are markup, its text the rule's; a note across a table's
    foot (<td colspan>) is no row, and the column names carried over it say nothing on their own."""
    text = "\n".join(
        [
            "# 鼎晟钢结构工程有限公司安全生产管理制度",
            "## 一、起重吊装",
            "1. 吊索具达到下表所列情形之一的，必须报废。",
            "<table><tr><td>类别</td><td>报废标准</td></tr>",
            "<tr><td>钢丝绳吊索</td><td>直径减小量达到公称直径的7%</td></tr>",
            "<tr><td>卸扣</td><td>本体磨损达原尺寸的10%</td></tr>",
            '<tr><td colspan="2">报废的吊索具应当场剪断，严禁降级使用</td></tr></table>',
            "2. 吊运带锐角的钢构件时，吊装带与棱角接触处必须加护角。",
            ":::tips",
            "本制度所称司索工，指从事吊物捆绑、挂钩和指挥信号的人员。",
            ":::",
        ]
    )
    joined = "\n".join(p.text for p in parse_text(text, "steel.md").passages)
    assert "类别：卸扣，报废标准：本体磨损达原尺寸的10%。" in joined
    assert "报废的吊索具应当场剪断，严禁降级使用" in joined
    assert "类别，报废标准" not in joined
    assert ":::" not in joined and "tips" not in joined and "本制度所称司索工" in joined


def test_a_table_drawn_with_box_drawing_characters_reads_row_by_row() -> None:
    text = "\n".join(
        [
            "澜州市公共交通集团有限公司运营安全管理规程",
            "８．１　营运车辆在场站内的行驶速度执行表８－１的规定。",
            "表８－１　营运车辆限速规定",
            "┌──────────────┬─────┬─────────────┐",
            "│ 场所或路段                 │ 最高车速 │ 备注                     │",
            "├──────────────┼─────┼─────────────┤",
            "│ 场站出入口                 │ 5km/h    │ 出场前一停二看三通过     │",
            "├──────────────┼─────┼─────────────┤",
            "│ 充电区、维修车间、洗车通道 │ 3km/h    │ 须有专人引导             │",
            "└──────────────┴─────┴─────────────┘",
        ]
    )
    joined = "\n".join(p.text for p in parse_text(text, "bus.txt").passages)
    assert "场所或路段：充电区、维修车间、洗车通道，最高车速：3km/h，备注：须有专人引导。" in joined
    assert "┌" not in joined and "│" not in joined


def test_a_docx_with_content_controls_and_soft_line_breaks(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    # A template's title field: a content control holding the title paragraph.
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>某某公司受限空间作业管理规定</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    # Two articles typed into one paragraph with Shift+Enter between them.
    paragraph = document.add_paragraph()
    paragraph.add_run("第一条 进入受限空间前必须先通风、再检测、后作业。").add_break()
    paragraph.add_run("第二条 作业期间每2小时检测一次气体浓度。")

    # A text box saved twice, as Word does: the drawing and a fallback copy for old versions.
    box = (
        f'<w:p {w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>本规定自发布之日起施行。'
        "</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>"
        "本规定自发布之日起施行。</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>"
    )
    document.element.body.insert(len(document.element.body) - 1, parse_xml(box))
    path = tmp_path / "confined.docx"
    document.save(str(path))

    parsed = parse_file(path)
    assert parsed.title == "某某公司受限空间作业管理规定"
    assert "\n".join(p.text for p in parsed.passages).count("本规定自发布之日起施行") == 1
    second = next(p for p in parsed.passages if "每2小时检测" in p.text)
    assert second.section[0].startswith("第二条") and "先通风" not in second.text


# --- dialogue tables, through the database on both engines -----------------------------------------

# (question, a phrase the answer or its quoted passage must contain)
DIALOGUE = [
    ("动火作业六查是什么", "一查电气焊（割）作业人员"),
    ("动火作业6查是什么", "一查电气焊（割）作业人员"),
    ("电焊工没证能干活吗", "辞退或转岗"),
    ("高危行业逃生演练多久一次", "每半年至少"),
    ("宝山区管企业每月几号前报送进展", "每月20日前"),
    ("连州市国资局这个子方案的文号是多少？", "连国资发〔2024〕5号"),
    ("隐患整改的五落实是什么", "整改责任、措施、资金、时限、预案"),
    ("整改难度大的重大隐患要挂派督办吗", "挂牌督办"),  # one wrong character
    ("企业要足额提取安全生成费用吗", "足额提取安全生产费用"),  # one wrong character
    ("東勝區國資委的方案是哪天印發的", "2024年3月25日"),  # traditional characters
]
NO_ANSWER = ["附近有什么好吃的外卖推荐？", "比特币现在多少钱一个？", "怎么办理护照？"]


@pytest.fixture
async def service(session_factory: SessionFactory, tmp_path: Path, clock: ManualClock) -> KnowledgeService:
    service = KnowledgeService(session_factory, cache_dir=tmp_path / "cache", clock=clock)
    for path in SEED_FILES:
        await service.ingest_file(path, refresh=False)
    await service.load()
    return service


@needs_seeds
async def test_dialogue_table(service: KnowledgeService) -> None:
    failures = []
    for question, expected in DIALOGUE:
        answer = await service.ask(question)
        text = (answer.answer or "") + "".join(e.text for e in answer.evidence)
        if not answer.answered or expected not in text:
            failures.append((question, expected, answer.answer))
    assert failures == []


@needs_seeds
async def test_unanswerable_questions_say_so_and_become_gaps(service: KnowledgeService) -> None:
    for question in NO_ANSWER:
        answer = await service.ask(question)
        assert answer.answer is None, question
    await service.ask("比特币现在多少钱一个？")
    # A stray number asks nothing: no rule that happens to hold it, no suggestions, no gap.
    for stray in ("3", "3", "3", "12号"):
        answer = await service.ask(stray)
        assert answer.answer is None and not answer.suggestions
    gaps = await service.gaps()
    assert gaps[0].question == "比特币现在多少钱一个？" and gaps[0].count == 2
    assert all(g.question not in ("3", "12号") for g in gaps)


@needs_seeds
async def test_answers_carry_a_source_and_related_questions(service: KnowledgeService) -> None:
    answer = await service.ask("动火作业六查是什么")
    assert answer.evidence and "连国资发〔2024〕5号" in answer.evidence[0].source
    assert "（九）" in answer.evidence[0].source
    assert 1 <= len(answer.suggestions) <= 3
    followed = service.answer_item(answer.suggestions[0].key)
    assert followed is not None and followed.answered


async def test_curated_rules_answer_before_any_document(
    session_factory: SessionFactory, tmp_path: Path
) -> None:
    service = KnowledgeService(session_factory, cache_dir=tmp_path / "cache")
    await service.load()
    answer = await service.ask("四不两直是什么")
    assert answer.answered and "不打招呼" in (answer.answer or "")
    assert answer.evidence == [] and "盂工信发【2024】16号" in (answer.source or "")


async def test_a_loaded_index_is_left_out_of_full_collections_and_freed_when_replaced(
    session_factory: SessionFactory, tmp_path: Path
) -> None:
    """A full pass of the garbage collector over a big index took ~70 ms of a question now and
    then: the index loaded is exempt from it; the one a reload replaces is not kept."""
    gc.unfreeze()
    service = KnowledgeService(session_factory, cache_dir=tmp_path / "cache")
    await service.ingest_text("某公司动火规定\n第一条 动火点周围10米内不得有可燃物。", "fire.txt")
    assert gc.get_freeze_count() > 0
    replaced = weakref.ref(service.index)
    await service.ingest_text("某公司动火规定\n第一条 动火点周围15米内不得有可燃物。", "fire.txt")
    gc.collect()
    assert replaced() is None
    assert "15米" in " ".join(e.text for e in (await service.ask("动火点周围多大范围不能有可燃物")).evidence)


@needs_seeds
async def test_reingesting_a_changed_file_replaces_it(
    session_factory: SessionFactory, tmp_path: Path, clock: ManualClock
) -> None:
    service = KnowledgeService(session_factory, cache_dir=tmp_path / "cache", clock=clock)
    path = tmp_path / "plan.txt"
    path.write_text("某单位安全方案\n一、要求\n（一）每周五下午开展一次消防检查。\n", encoding="utf-8")
    await service.ingest_file(path)
    assert (await service.ask("消防检查什么时候做")).answered
    path.write_text("某单位安全方案\n一、要求\n（一）每月第一个周一开展一次电梯检查。\n", encoding="utf-8")
    _, _, changed = await service.ingest_file(path)
    assert changed
    async with unit_of_work(session_factory) as session:
        documents = await kb.list_documents(session)
    assert [(d.name, d.passages) for d in documents] == [("plan.txt", 2)]
    answer = await service.ask("电梯检查什么时候做")
    assert answer.answered and "电梯" in answer.evidence[0].text
    async with unit_of_work(session_factory) as session:
        assert await kb.remove_document(session, "plan.txt")
        assert await kb.list_documents(session) == []


async def test_the_same_file_is_split_again_after_the_parser_changed(
    session_factory: SessionFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = KnowledgeService(session_factory, cache_dir=tmp_path / "cache")
    path = tmp_path / "plan.txt"
    path.write_text("某单位安全方案\n一、要求\n（一）每周五下午开展一次消防检查。\n", encoding="utf-8")
    assert (await service.ingest_file(path))[2]
    assert not (await service.ingest_file(path))[2]  # unchanged: nothing to do
    monkeypatch.setattr("knowledge.documents.PARSER_VERSION", documents.PARSER_VERSION + 1)
    assert (await service.ingest_file(path))[2]  # a newer parser replaces the old split


async def test_feedback_is_stored(session_factory: SessionFactory, tmp_path: Path) -> None:
    service = KnowledgeService(session_factory, cache_dir=tmp_path / "cache")
    await service.feedback("四不两直是什么", "kb:four-nots-two-directs", True, 42)
    await service.feedback("四不两直是什么", "kb:four-nots-two-directs", False, 43)
    async with unit_of_work(session_factory) as session:
        assert await kb.feedback_counts(session) == {"kb:four-nots-two-directs": (1, 1)}


def test_an_article_keeps_the_space_after_its_number_and_a_chapter_after_its_own() -> None:
    document = parse_text(
        "\n".join(
            [
                "某某公司冷库安全管理规定",
                "第一章　总　则",
                "第一条　为防止人员被困冷库，制定本规定。",
                "第二条进入冷库作业不得少于2人。",
            ]
        ),
        "cold.txt",
    )
    texts = [p.text for p in document.passages]
    assert any(t.startswith("第一条 为防止人员被困冷库") for t in texts)
    # Written without the space, the article is set off all the same (as the documents print it).
    second = next(p for p in document.passages if "不得少于2人" in p.text)
    assert second.text.startswith("第二条 进入冷库作业")
    assert second.section[0] == "第一章 总则"


def test_a_button_shows_an_untitled_article_as_its_words_and_a_titled_section_as_a_question() -> None:
    document = parse_text(
        "\n".join(
            [
                "某某食品有限公司制冷安全管理规定",
                "一、安全阀校验",
                "（一）氨制冷系统的安全阀每年校验1次，压力表每半年校验1次，校验记录保存3年。",
                "二、加强组织领导",
                "公司成立安全生产委员会，总经理任主任。",
            ]
        ),
        "cold.txt",
    )
    index = KnowledgeIndex.build(document_passages(document))
    labels = {item.label for item in index.items}
    untitled = next(label for label in labels if label.startswith("氨制冷系统的安全阀每年校验1次，"))
    assert "有哪些要求" not in untitled and "是什么" not in untitled
    assert untitled.endswith("…（某某食品公司）")
    assert "加强组织领导有哪些要求？（某某食品公司）" in labels


def _bound_collection_docx(path: Path) -> None:
    """A 制度汇编 as companies bind one: a cover, a typed 目录, then rulebooks that each number their
    articles from 第一条 again under a title of their own, one with chapters, a table after 附则."""
    import docx

    document = docx.Document()
    for line in [
        "某某机械有限公司",
        "安全生产管理制度汇编",
        "编制部门：安全环保部",
        "审　　核：张建国",
        "发布日期：2025年3月18日",
        "版 本 号：B/1",
        "受控状态：受控　　分发号：______",
        "目　　录",
        "一、安全生产责任制度……………………………………1",
        "二、安全教育培训制度……………………………………5",
        "安全生产责任制度",
        "文件编号：MJ/AQ-01",
        "第一条　为明确各级安全生产责任，制定本制度。",
        "第二条　车间主任每周至少组织一次车间级安全检查。",
        "第三条　本制度由安全环保部负责解释。",
        "安全教育培训制度",
        "第一章　总　则",
        "第一条　为规范安全教育培训，制定本制度。",
        "第二章　培训内容",
        "第二条　新员工三级安全教育不少于24学时。",
        "第三章　附　则",
        "第三条　本制度自2025年4月1日起施行。",
        "附表　各类人员安全培训学时要求",
    ]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("培训对象", "每年再培训"), ("班组长", "8学时")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(path))


def test_a_bound_collection_of_rulebooks_keeps_each_rulebook_apart(tmp_path: Path) -> None:
    path = tmp_path / "汇编.docx"
    _bound_collection_docx(path)
    parsed = parse_file(path)
    assert parsed.title == "某某机械有限公司安全生产管理制度汇编"
    # The typed table of contents is not an outline: its 一、/二、 lines would head everything.
    assert not any("……" in p.text for p in parsed.passages)
    checks = next(p for p in parsed.passages if "每周至少组织一次" in p.text)
    assert checks.section[0] == "安全生产责任制度" and checks.section[1].startswith("第二条")
    # 第二条 of the second rulebook is its own, under its chapter, not the first rulebook's.
    hours = next(p for p in parsed.passages if "不少于24学时" in p.text)
    assert hours.section[:2] == ("安全教育培训制度", "第二章 培训内容")
    # A table annexed after 附则 belongs to that rulebook, not to its last article.
    table = next(p for p in parsed.passages if "班组长" in p.text)
    assert table.section == ("安全教育培训制度", "附表 各类人员安全培训学时要求")
    assert "本制度自2025年4月1日起施行" not in table.text
    # The cover's fields are the header's; a blank one (分发号：____) is not a recipient.
    header = parsed.passages[0].text
    assert "版本号：B/1" in header and "审核：张建国" in header
    assert "主送" not in header
    index = KnowledgeIndex.build(document_passages(parsed))
    answer = index.answer("培训制度的第二条讲的是什么")
    assert "不少于24学时" in (answer.answer or "")
    labels = {item.label for item in index.items if "车间级安全检查" in item.label}
    assert labels and all(label.endswith("（某某机械公司）") for label in labels)


def test_a_chapter_after_articles_heads_the_articles_that_follow_it() -> None:
    document = parse_text(
        "\n".join(
            [
                "某某公司安全管理制度",
                "第一条 本制度适用于全公司。",
                "第二条 安全环保部负责解释。",
                "第一章 动火作业",
                "第三条 动火前清除周围10米内的可燃物。",
            ]
        ),
        "rules.txt",
    )
    fire = next(p for p in document.passages if "10米" in p.text)
    assert fire.section[0] == "第一章 动火作业" and fire.section[1].startswith("第三条")


def test_a_reference_to_an_article_means_the_article_of_the_same_rulebook_of_a_collection() -> None:
    document = parse_text(
        "\n".join(
            [
                "某某公司安全生产管理制度汇编",
                "安全生产责任制度",
                "第一条 为明确安全生产责任，制定本制度。",
                "第二条 车间主任每周组织一次车间级安全检查。",
                "设备安全管理制度",
                "第一条 为加强设备管理，制定本制度。",
                "第二条 行车钢丝绳每月由维修班检查一次，检查记录保存一年。",
                "第三条 行车每班使用前由司机点检，发现钢丝绳断丝按本制度第二条处理。",
            ]
        ),
        "汇编.txt",
    )
    passages = document_passages(document)
    check = next(p for p in passages if "司机点检" in p.text)
    ropes = next(p for p in passages if "维修班检查" in p.text)
    assert article_references(passages)[check.key] == (ropes.key,)


def test_a_text_saved_from_a_scan_loses_its_running_title_between_pages() -> None:
    title = "某某港储有限公司安全生产管理规定"
    articles = [
        "第一条 为加强储罐区安全管理，防止火灾爆炸事故，根据有关法律法规，结合公司实际，制定本规定。",
        "第二条 储罐收油作业停止后应静置不少于30分钟，方可进行检尺、测温和采样，检尺使用铜质量油尺。",
        "第三条 储罐区严禁烟火，进入罐区的人员必须交出火种，穿防静电工作服，不得在罐区内使用手机。",
        "第四条 防火堤内严禁堆放可燃物，防火堤雨水排放阀平时保持关闭，降雨时由当班班长确认后开启。",
    ]
    wrapped = [a[i : i + 20] for a in articles for i in range(0, len(a), 20)]
    pages = [wrapped[i : i + 4] for i in range(0, len(wrapped), 4)]  # pages end mid-article
    text = "\n".join("\n".join([title, *lines, f"- {n} -"]) for n, lines in enumerate(pages, 1))
    document = parse_text(text, "scan.txt")
    assert document.title == title
    body = "\n".join(p.text for p in document.passages if p.kind == "body")
    assert title not in body
    for article in articles:  # each whole again, the page breaks inside them closed
        assert article in body


def test_markdown_converted_from_word_reads_as_the_document() -> None:
    text = "\n".join(
        [
            "**永某电力运维有限公司**",
            "",
            "# 安全工器具管理规定 {#安全工器具管理规定}",
            "",
            "## 第一章 总则",
            "",
            "**第一条**&nbsp;安全工器具按下表定期试验，见[附录A](#附录a)。",
            "",
            '![](media/image1.png){width="5in"}',
            "",
            "+--------------+------------+----------------+",
            "| 工器具名称   | 试验周期   | 要求           |",
            "+==============+============+================+",
            "| 绝缘手套     | 6个月      | 试验合格后贴合 |",
            "|              |            | 格证           |",
            "+--------------+------------+----------------+",
            "| 验电器       | 1年        | 启动电压试验   |",
            "+--------------+------------+----------------+",
            "",
            "**第二条** 试验不合格的工器具严禁使用。",
            "",
            "1\\. 试验记录保存3年。",
        ]
    )
    document = parse_text(text, "tools.md")
    body = "\n".join(p.text for p in document.passages if p.kind == "body")
    # A grid table's row is one row, its cell's two lines one cell.
    assert "工器具名称：绝缘手套，试验周期：6个月，要求：试验合格后贴合格证。" in body
    assert "工器具名称：验电器，试验周期：1年，要求：启动电压试验。" in body
    assert "第一条 安全工器具按下表定期试验，见附录A。" in body
    assert "1. 试验记录保存3年。" in body  # (a number the converter escaped: 1\\.)
    for leftover in ("+--", "image1", "&nbsp;", "{#", "](#", "\\", "\n：\n"):
        assert leftover not in body


def test_a_word_table_cell_of_several_paragraphs_reads_as_one_cell(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某某木业有限公司粉尘防爆管理规定")
    document.add_paragraph("第一条 除尘系统按下表检查：")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "部位"
    table.rows[0].cells[1].text = "要求"
    table.rows[1].cells[0].text = "布袋除尘器"
    requirement = table.rows[1].cells[1]
    requirement.text = "1.每班清灰一次"
    requirement.add_paragraph("2.每周检查布袋")
    path = tmp_path / "dust.docx"
    document.save(str(path))
    text = "\n".join(p.text for p in parse_file(path).passages)
    assert "部位：布袋除尘器，要求：1.每班清灰一次；2.每周检查布袋。" in text


@needs_seeds
def test_questions_on_a_collection_find_its_header_and_the_article_asked_by_number(tmp_path: Path) -> None:
    path = tmp_path / "汇编.docx"
    _bound_collection_docx(path)
    passages = [p for seed in SEED_FILES for p in document_passages(parse_file(seed))]
    index = KnowledgeIndex.build([*passages, *document_passages(parse_file(path))])
    issued = index.answer("这本制度汇编是哪天发下来的")
    assert "2025年3月18日" in (issued.answer or "") + "".join(e.text for e in issued.evidence)
    # Each rulebook has a 第三条: the one of the rulebook named.
    third = index.answer("责任制度第三条讲的啥")
    assert "安全环保部负责解释" in "".join(e.text for e in third.evidence)
    effective = index.answer("培训制度从哪天开始执行")
    assert "自2025年4月1日起施行" in "".join(e.text for e in effective.evidence)


def test_a_cover_whose_labels_are_spaced_out_is_read_as_fields_not_as_a_table() -> None:
    document = parse_text(
        "\n".join(
            [
                "某某家具制造有限公司",
                "安全生产规章制度汇编",
                "编\u3000\u3000制：安全环保科",
                "审\u3000\u3000核：郑某某",
                "批\u3000\u3000准：陈某某",
                "版 本 号：LF/AQ-HB-2025\u3000第3版",
                "发布日期：2025年8月12日",
                "第一条 本汇编适用于全公司。",
            ]
        ),
        "cover.txt",
    )
    header = document.passages[0].text
    for field in ("编制：安全环保科", "审核：郑某某", "批准：陈某某", "版本号：LF/AQ-HB-2025 第3版"):
        assert field in header


@needs_seeds
def test_when_this_rulebook_was_issued_is_asked_of_the_document_of_that_kind() -> None:
    # A tank farm's 管理规定 (an OCR'd text) beside the campaign plans, which are 方案 with dates
    # of their own in their headers.
    rules = parse_file(Path(__file__).parent / "data" / "rulebook_haichen.txt")
    seeds = [p for seed in SEED_FILES for p in document_passages(parse_file(seed))]
    index = KnowledgeIndex.build([*seeds, *document_passages(rules)])
    answer = index.answer("这个管理规定是哪天印发的")
    assert "2024年11月20日" in "".join(e.text for e in answer.evidence)


def test_a_word_revision_reads_as_its_changes_accepted(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("某某钢铁有限公司煤气安全管理规定")
    body = document.element.body
    sect = body[-1]  # the section properties stay last
    for xml in (
        # 每月 was struck out and 每周 put in its place
        f'<w:p {w}><w:r><w:t>第一条 煤气管网</w:t></w:r><w:del w:id="1" w:author="审核"><w:r>'
        f'<w:delText>每月</w:delText></w:r></w:del><w:ins w:id="2" w:author="审核"><w:r><w:t>每周</w:t>'
        f"</w:r></w:ins><w:r><w:t>巡检一次。</w:t></w:r></w:p>",
        # a sentence moved from this article to the next one is read there only
        f'<w:p {w}><w:r><w:t>第二条 进入煤气区域必须携带报警仪。</w:t></w:r><w:moveFrom w:id="3" w:author="审核">'
        f"<w:r><w:t>报警仪每半年标定一次。</w:t></w:r></w:moveFrom></w:p>",
        f'<w:p {w}><w:r><w:t>第三条 报警仪由煤防站集中管理。</w:t></w:r><w:moveTo w:id="4" w:author="审核">'
        f"<w:r><w:t>报警仪每半年标定一次。</w:t></w:r></w:moveTo></w:p>",
    ):
        sect.addprevious(parse_xml(xml))
    path = tmp_path / "revision.docx"
    document.save(str(path))
    passages = parse_file(path).passages
    text = "\n".join(p.text for p in passages)
    assert "第一条 煤气管网每周巡检一次。" in text and "每月" not in text
    assert text.count("报警仪每半年标定一次。") == 1
    third = next(p for p in passages if p.text.startswith("第三条"))
    assert "报警仪每半年标定一次。" in third.text


def test_markdown_headings_without_numbers_are_the_outline() -> None:
    text = "\n".join(
        [
            "---",
            "title: 某某物流岗位安全操作规程汇编",
            "---",
            "# 某某物流岗位安全操作规程汇编",
            "> 📌 适用范围：本汇编适用于配送中心全体员工，自2025年10月1日起执行。",
            "## 叉车司机安全操作规程",
            "### 作业前",
            "1. 持证上岗，只能驾驶许可上注明的车型。",
            "1. 电池电量低于30%的叉车不得出车。",
            "### 作业中",
            "1. 载货行驶时货叉离地150～200mm。",
            "1. 叉车作业时，车辆周围5m内不得有人停留。",
            "## 冷库作业安全操作规程",
            "### 作业中",
            "1. 在冷冻库内连续作业不得超过40分钟。",
            "1. 严禁单人进入冷冻库。",
            "### 禁止事项",
            "- 严禁在库内吸烟；",
            "- 严禁关闭库内报警按钮。",
        ]
    )
    document = parse_text(text, "procedures.md")
    assert document.title == "某某物流岗位安全操作规程汇编"
    body = [p for p in document.passages if p.kind == "body"]
    forks = next(p for p in body if "150～200mm" in p.text)
    assert forks.section[:2] == ("叉车司机安全操作规程", "作业中")
    # Under a procedure's heading each rule is a passage of its own, not folded into a list.
    assert "5m内" not in forks.text
    cold = next(p for p in body if "40分钟" in p.text)
    assert cold.section[:2] == ("冷库作业安全操作规程", "作业中") and "单人" not in cold.text
    banned = next(p for p in body if "吸烟" in p.text)
    assert banned.section == ("冷库作业安全操作规程", "禁止事项") and "报警按钮" in banned.text
    front = "\n".join(p.text for p in document.passages if p.kind != "body")
    assert "适用范围" in front and "📌" not in front and "title:" not in front


def test_markdown_letterhead_headings_stay_in_the_header() -> None:
    text = "\n".join(
        [
            "# 某某化工有限公司文件",
            "某化〔2025〕12号",
            "## 关于印发《某某化工有限公司隐患排查治理办法》的通知",
            "各部门：现印发给你们，请遵照执行。",
            "# 某某化工有限公司隐患排查治理办法",
            "一、总则",
            "（一）本办法适用于公司全体员工。",
        ]
    )
    document = parse_text(text, "letterhead.md")
    assert document.title == "某某化工有限公司隐患排查治理办法"
    assert document.doc_number == "某化〔2025〕12号"
    assert all(p.section[0] == "一、总则" for p in document.passages if p.kind == "body")


def test_an_article_pasted_from_wechat() -> None:
    rows = [
        f"{n}｜违章行为第{n}种，未按规定佩戴防护用品且情节较重的｜{n}00｜班组长{n}0" for n in range(1, 16)
    ]
    text = "\n\n".join(
        [
            "点击上方蓝字关注我们",
            "某某水务集团安全生产责任制",
            "某某水务安全 2025-04-16 08:30 发表于江苏",
            "[图片]",
            "编者按：本办法已经集团安委会审议通过，并以某水安〔2025〕9号文件印发。",
            "01 ▍总则",
            "1、本办法适用于集团全体员工。",
            "【第二部分】各岗位安全生产职责",
            "◆ 加氯工",
            "①每班接班后首先检查漏氯报警仪，确认正常后方可作业；",
            "②氯瓶加温只能使用40℃以下的温水；",
            "◆ 化验员",
            "①稀释浓硫酸时必须将酸缓慢倒入水中；",
            "02 ▍处罚",
            "⚠️ 表1 违章处罚标准（单位：元）",
            "序号｜违章行为｜对直接责任人｜对连带责任人",
            *rows,
            "END",
            "往期推荐",
            "👉 有限空间作业“七不准”，一图看懂！",
            "来源：集团安环部",
            "分享 收藏 点赞 在看",
        ]
    )
    document = parse_text(text, "wechat.txt")
    assert document.title == "某某水务集团安全生产责任制"
    assert document.doc_number == "某水安〔2025〕9号"
    everything = "\n".join(p.text for p in document.passages)
    for chrome in ("点击上方", "发表于", "[图片]", "往期推荐", "七不准", "来源", "在看", "⚠️"):
        assert chrome not in everything, chrome
    chlorine = next(p for p in document.passages if "漏氯报警仪" in p.text)
    assert chlorine.section[:2] == ("【第二部分】各岗位安全生产职责", "◆ 加氯工")
    assert "浓硫酸" not in chlorine.text
    acid = next(p for p in document.passages if "浓硫酸" in p.text)
    assert acid.section[1] == "◆ 化验员"
    # A table typed with full-width bars; too long for one passage, so each row is one.
    fine = next(p for p in document.passages if "违章行为第7种" in p.text)
    assert fine.text == (
        "违章行为：违章行为第7种，未按规定佩戴防护用品且情节较重的，对直接责任人：700，对连带责任人：班组长70。"
    )
    assert "02 ▍处罚" in fine.section


def test_a_long_word_table_reads_one_passage_per_row(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某某五金公司隐患排查治理制度")
    document.add_paragraph("第一条 本制度适用于公司各车间。")
    document.add_paragraph("附表")
    document.add_paragraph("隐患排查清单")
    document.add_paragraph("说明：1.“每班”指每个生产班次检查1次。")
    document.add_paragraph("2.责任部门为牵头排查部门。")
    items = [(f"设备{n}号", f"检查项目{n}的内容和标准，间距不小于{n}00mm。", "每周") for n in range(1, 21)]
    table = document.add_table(rows=len(items) + 1, cols=3)
    for row, cells in zip(table.rows, [("排查项目", "排查内容及标准", "排查频次"), *items], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "checklist.docx"
    document.save(str(path))

    parsed = parse_file(path)
    row = next(p for p in parsed.passages if "检查项目7的" in p.text)
    assert (
        row.text
        == "排查项目：设备7号，排查内容及标准：检查项目7的内容和标准，间距不小于700mm，排查频次：每周。"
    )
    assert row.section[0] == "附表 隐患排查清单" and row.section[1].startswith("设备7号")
    assert not any("检查项目8的" in p.text for p in parsed.passages if "检查项目7的" in p.text)


def test_a_word_table_of_contents_with_tabs_is_left_out() -> None:
    text = "\n".join(
        [
            "某某燃气有限公司",
            "生产安全事故应急预案",
            "目　录",
            "1　综合应急预案\t1",
            "1.1　总则\t1",
            "2　专项应急预案\t13",
            "附件1　应急通讯录\t29",
            "1 综合应急预案",
            "1.1 总则",
            "1.1.1 编制目的",
            "为规范应急管理，制定本预案。",
            "附件1 应急通讯录",
            "值班室：0571-12345678。",
        ]
    )
    document = parse_text(text, "plan.docx")
    assert document.title == "某某燃气有限公司生产安全事故应急预案"
    purpose = next(p for p in document.passages if "制定本预案" in p.text)
    assert purpose.section == ("1 综合应急预案", "1.1 总则", "1.1.1 编制目的")
    assert not any("\t" in p.text for p in document.passages)


def test_html_tables_in_markdown_read_as_rows() -> None:
    text = "\n".join(
        [
            "# 某某物业安全管理手册",
            '<table><thead><tr><th colspan="4">文件信息</th></tr></thead><tbody>'
            "<tr><td>文件编号</td><td>WY-AQ-001</td><td>版本号</td><td>B/3</td></tr>"
            "<tr><td>发布日期</td><td>2026年2月16日</td><td>实施日期</td><td>2026年3月1日</td></tr></tbody></table>",
            "## 一、高处作业",
            "停止作业的气象条件：",
            "<table>",
            "  <thead><tr><th>作业方式</th><th>停止作业的条件</th></tr></thead>",
            "  <tbody>",
            '    <tr><td rowspan="2">吊篮作业</td><td>风力达到5级及以上</td></tr>',
            "    <tr><td>雷电、大雨<br />大雾天气</td></tr>",
            "    <tr><td>座板式单人吊具作业</td><td>风力达到4级及以上</td></tr>",
            "  </tbody>",
            "</table>",
        ]
    )
    document = parse_text(text, "manual.md")
    everything = "\n".join(p.text for p in document.passages)
    assert "<t" not in everything
    assert "作业方式：吊篮作业，停止作业的条件：风力达到5级及以上。" in everything
    assert "作业方式：吊篮作业，停止作业的条件：雷电、大雨；大雾天气。" in everything  # rowspan repeats
    assert "作业方式：座板式单人吊具作业，停止作业的条件：风力达到4级及以上。" in everything
    # A form of label–value pairs reads pair by pair, not under its first row as headings.
    assert "实施日期：2026年3月1日" in everything and "文件编号：发布日期" not in everything


def test_a_rulebook_that_lost_its_line_breaks_is_split_at_its_articles() -> None:
    text = "\n".join(
        [
            "某某印刷有限公司安全生产管理制度第一章 总则第一条 为加强安全生产管理，制定本制度。"
            "第二条 本制度适用于公司各车间。",
            "第二章 职责第三条 总经理是安全生产第一责任人，主要职责是：（一）建立健全责任制；"
            "（二）保证安全投入。第四条 车间主任负责本车间安全生产。依照本制度第三条规定履行职责。",
        ]
    )
    document = parse_text(text, "runon.txt")
    assert document.title == "某某印刷有限公司安全生产管理制度"
    duties = next(p for p in document.passages if "保证安全投入" in p.text)
    assert duties.section == ("第二章 职责", "第三条 总经理是安全生产第一责任人，主要职责是")
    assert "车间主任" not in duties.text
    workshop = next(p for p in document.passages if "车间主任" in p.text)
    assert workshop.section[-1].startswith("第四条") and "依照本制度第三条规定" in workshop.text


def test_a_rulebook_in_traditional_characters_answers_simplified_questions() -> None:
    text = "\n".join(
        [
            "台益精密電子（昆山）有限公司",
            "安全衛生管理規章",
            "發文字號：台益昆安字第114037號",
            "第一章 總則",
            "第一條 堆高機在廠區內行駛速度不得超過5公里/小時，承攬商人員入廠前應接受安全教育。",
            "第二條 局限空間作業前應通風，氧氣濃度應在19.5%至23.5%之間。",
            "第三條 爬梯高度超過2公尺時應設護籠。",
        ]
    )
    document = parse_text(text, "taiyi.txt")
    assert document.title == "台益精密電子（昆山）有限公司安全衛生管理規章"
    assert document.doc_number == "台益昆安字第114037號"
    index = KnowledgeIndex.build(document_passages(document))
    answer = index.answer("有限空间里面氧气浓度要在多少之间")
    assert answer.answered and "19.5%至23.5%" in answer.evidence[0].text
    assert search_form("爬梯高度超過2公尺") == search_form("爬梯高度超过2米")


def test_a_span_of_time_answers_only_with_the_action_it_is_asked_of() -> None:
    text = "\n".join(
        [
            "某某物业高处作业安全规定",
            "第一条 吊篮操作人员每日作业前应检查安全锁和限位装置。钢丝绳出现断丝、扭结的应当报废。",
            "第二条 吊篮作业人员不得超过2人，每人系挂独立的安全绳。",
            "第三条 有限空间作业前应先通风，通风时间不少于30分钟。",
        ]
    )
    index = KnowledgeIndex.build(document_passages(parse_text(text, "gondola.txt")))
    # The gondola is checked every day; how often its rope is changed the rule does not say.
    assert not index.answer("吊篮的钢丝绳多长时间必须更换一次？").answered
    ventilation = index.answer("下井前要先通风多长时间？")
    assert ventilation.answered and "不少于30分钟" in ventilation.evidence[0].text


def test_a_citation_names_an_article_by_its_number_and_a_titled_section_by_its_title() -> None:

    def cited(*section: str) -> str:
        return Passage("k", "a.txt", "某厂冷库安全规定", None, None, section, "…").source

    # An article is headed by its own first words; the answer quotes it, so its number is enough.
    assert cited("第三章 监护与救援", "第四条 作业期间必须设专职监护人，监护人不得离开") == (
        "《某厂冷库安全规定》 第三章 监护与救援 > 第四条"
    )
    assert cited("第十六条 动火作业分为特级、一级和二级") == "《某厂冷库安全规定》 第十六条"
    assert cited("三、主要任务", "（十三）提升企业层面应急救援能力") == (
        "《某厂冷库安全规定》 三、主要任务 > （十三）提升企业层面应急救援能力"
    )
    # An untitled item: its number; a long first sentence cut short: its number.
    assert (
        cited("一、要求", "（一）每周五下午开展一次消防检查，检查记录存档。")
        == "《某厂冷库安全规定》 一、要求 > （一）"
    )


CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def chinese_pdf(document: type[Any] | None = None, **options: Any) -> Any:
    """An fpdf2 document that writes Chinese in 9 pt, regular and bold; the test is skipped on a
    machine without the font scripts/setup.sh installs."""
    from fpdf import FPDF

    if not CJK_FONT.is_file():
        pytest.skip("no CJK font to write a Chinese PDF with (scripts/setup.sh installs one)")
    pdf = (document or FPDF)(**options)
    pdf.add_font("cjk", "", str(CJK_FONT))
    pdf.add_font("cjk", "B", str(CJK_FONT))
    pdf.set_font("cjk", size=9)
    return pdf


def titled_page(pdf: Any, title: str) -> None:
    """A new page under a centred 14 pt title, the text after it in 9 pt."""
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=9)


def test_a_pdf_set_in_two_columns_reads_each_column_whole(tmp_path: Path) -> None:
    """A handbook page in two columns: read with its layout, each line holds a line of both columns
    side by side; each column must be read down, the left before the right."""
    columns = [
        (
            [
                "仓库安全手册",
                "第一条 进入仓库的人员必须佩戴安全帽，穿防砸鞋，不得穿拖鞋进入库区。",
                "第二条 叉车在库内行驶速度不得超过每小时5公里，转弯和倒车时必须鸣笛减速。",
                "第三条 货架每层承重不得超过500公斤，超重的货物放在最下层。",
            ],
            [
                "第四条 库区内动火必须办理一级动火证，动火证有效期不超过8小时。",
                "第五条 动火点周围10米内的可燃物必须清理干净，并配备两具灭火器。",
                "第六条 动火结束后监火人要留在现场监火30分钟，确认无火种后方可离开。",
            ],
        ),
        (
            [
                "第七条 危险化学品仓库实行双人双锁管理，领用时两人同时在场。",
                "第八条 库房温度超过35℃时，应当开启通风降温设施。",
            ],
            [
                "第九条 发现火情立即拨打厂内火警电话6119，并组织人员撤离到东门集合点。",
                "第十条 本手册自2025年6月1日起施行。",
            ],
        ),
    ]
    pdf = chinese_pdf(format=(148, 210))
    width = (148 - 20 - 6) / 2
    for left, right in columns:
        pdf.add_page()
        for x, lines in ((10, left), (10 + width + 6, right)):
            pdf.set_xy(x, 15)
            for line in lines:
                pdf.set_x(x)
                pdf.multi_cell(width, 5, line)
                pdf.ln(2)
    path = tmp_path / "handbook.pdf"
    pdf.output(str(path))

    parsed = parse_file(path)
    articles = [p for p in parsed.passages if p.section and p.section[-1].startswith("第")]
    assert [p.section[-1][: p.section[-1].index("条") + 1] for p in articles] == [
        "第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条",
    ]  # fmt: skip
    by_number = {p.section[-1][: p.section[-1].index("条") + 1]: p.text for p in articles}
    assert "叉车在库内行驶速度不得超过每小时5公里，转弯和倒车时必须鸣笛减速。" in by_number["第二条"]
    assert "动火点周围10米内的可燃物必须清理干净，并配备两具灭火器。" in by_number["第五条"]
    assert "动火" not in by_number["第二条"] and "叉车" not in by_number["第五条"]


def test_a_two_column_handbook_keeps_its_title_and_foreword_and_loses_its_running_heads(
    tmp_path: Path,
) -> None:
    """A pocket handbook as shipyards and plants print them: a cover with the handbook's number, a
    contents page with dot leaders, then pages in two narrow columns under a running head that sets
    the handbook's name left and the chapter's right. Every column line is cut at the column's width,
    in mid-word and mid-number, and a sentence runs on from one page to the next."""
    pdf = chinese_pdf(format=(148, 210))
    pdf.add_page()
    for y, line in ((40, "启航船舶有限公司"), (55, "员工安全手册"), (150, "手册编号：QH/AQ-SC-01　第2版")):
        pdf.set_xy(10, y)
        pdf.cell(128, 8, line, align="C")
    pdf.add_page()
    pdf.set_xy(10, 20)
    for title, page in (("写在前面", 1), ("第一章　入厂须知", 1), ("第二章　船舱、双层底等受限空间作业", 2)):
        pdf.set_x(10)
        pdf.cell(128, 8, f"{title}{' ' * 20}{'·' * 30}{page}", new_x="LMARGIN", new_y="NEXT")
    width = (148 - 20 - 6) / 2
    pages = [
        (
            "写在前面",
            "欢迎你来到启航船舶有限公司。造\n船是立体、交叉作业多的行业，任\n何一个环节疏忽都可能造成伤亡。\n"
            "请在入厂教育时领取本手册，作业\n时随身携带。手册遗失的，到安全\n环保部免费补领一次。\n"
            "第一章　入厂须知\n一、吊装分级\n公司分段吊装分为三级：分段重量1\n00吨及以上的为一级吊装，由\n总工程师批准。",
            "二、安全教育\n问：新员工进厂要受哪些教育？\n答：要经过公司级、车间级和班组\n级三级安全教育，每级不少于24\n学时。\n"
            "三、监护\n问：双层底里可以一个人进去吗？\n答：不可以。双层底内作业至少2\n人同时进入，并与舱口监护人约定联",
        ),
        (
            "第二章　船舱、双层底等受限空间作业",
            "络方式，每隔15分钟联络一次。\n第二章　船舱、双层底等受限空间作业\n一、进舱前\n"
            "舱内机械通风不少于30分钟后，\n由气体检测员在舱内上、中、下三\n个部位检测。",
            "二、舱内照明\n双层底内使用的行灯电压不得超\n过12伏，行灯变压器放在舱外。\n"
            "三、出舱休息\n夏季舱内温度超过35℃时，每连续\n作业45分钟要出舱休息15分钟。",
        ),
        (
            "第二章　船舱、双层底等受限空间作业",
            "四、救援\n严禁没有佩戴正压式空气呼吸器\n的人员进舱施救，舱外至少留1\n人拉绳接应。",
            "五、登记\n舱口设置进出舱登记牌，实行挂\n牌进舱、摘牌出舱。",
        ),
    ]
    for chapter, left, right in pages:
        pdf.add_page()
        pdf.set_xy(10, 8)
        pdf.cell(60, 5, "启航重工·员工安全手册")
        pdf.set_xy(78, 8)
        pdf.cell(60, 5, chapter, align="R")
        for x, text in ((10, left), (10 + width + 6, right)):
            pdf.set_xy(x, 20)
            pdf.multi_cell(width, 5, text)
    path = tmp_path / "handbook.pdf"
    pdf.output(str(path))

    parsed = parse_file(path)
    assert parsed.title == "启航船舶有限公司员工安全手册"
    texts = [p.text for p in parsed.passages]
    everything = "\n".join(texts)
    assert "员工安全手册 第" not in everything and "·····" not in everything
    assert "QH/AQ-SC-01" in texts[0]  # the header
    assert any("手册遗失的，到安全环保部免费补领一次。" in t for t in texts), texts
    assert any("分段重量100吨及以上的为一级吊装" in t for t in texts)
    assert any("与舱口监护人约定联络方式，每隔15分钟联络一次。" in t for t in texts)
    venting = next(p for p in parsed.passages if "舱内机械通风不少于30分钟" in p.text)
    assert venting.section[0] == "第二章 船舱、双层底等受限空间作业"


CARDS = [
    ("锅炉房天然气泄漏现场处置卡", "司炉工", "MIDDLE", [
        ("风险描述", "燃气调压撬、燃烧器阀组及炉前管道法兰泄漏，遇明火或电气火花引发爆炸。"),
        ("事故征兆", "闻到臭味；可燃气体报警器报警（一级20%LEL，二级40%LEL）；燃烧器熄火。"),
        ("处置步骤", "1.立即关闭炉前燃气总阀和调压撬进口阀，停止燃烧器运行。\n2.打开门窗自然通风，严禁开关任何电器。\n"
                     "3.向值班长报告，值班长5分钟内到场。\n4.在锅炉房外20米处设置警戒。\n5.检测浓度低于1%LEL后方可进入查找漏点。"),
        ("注意事项", "进入泄漏区必须穿防静电服，使用防爆工具；不得单人处置。"),
        ("应急联系电话", "值班长：8216；安全部：8110；燃气公司抢修：96577"),
    ]),
    ("叉车伤人现场处置卡", "叉车司机", "MIDDLE", [
        ("风险描述", "叉车倒车、转弯时碾压或撞伤行人，货物坠落砸伤。"),
        ("处置步骤", "1.立即停车，拉起手刹，关闭发动机。\n2.不得随意移动伤员，伤员被压时先用千斤顶顶起车体。\n"
                     "3.拨打厂内急救电话8120，同时报告车间主任。\n4.保护现场，等待安全部调查。"),
        ("注意事项", "叉车在库内行驶速度不得超过5km/h；夜间作业必须开启警示灯。"),
        ("应急联系电话", "急救：8120；车间主任：8305"),
    ]),
    ("有限空间中毒窒息现场处置卡", "污水处理工", "MIDDLE", [
        ("风险描述", "污水池、集水井内硫化氢积聚，作业人员中毒窒息。"),
        ("处置步骤", [
            ("发现与报告", "1.监护人发现井下人员晕倒，立即大声呼救。\n2.报告值班长，拨打急救电话8120。"),
            ("救援", "3.救援人员佩戴正压式空气呼吸器、系好安全绳后方可下井。\n4.严禁未佩戴呼吸器的人员盲目施救。"),
        ]),
        ("注意事项", "井口至少留1名监护人，不得离开。"),
        ("应急联系电话", "急救：8120；安全部：8110"),
    ]),
    ("配电室触电现场处置卡", "电工", "TOP", [
        ("风险描述", "配电柜检修时误碰带电部位，造成触电。"),
        ("处置步骤", "1.立即断开电源，不能断电时用干燥木棒挑开电线。\n2.伤员脱离电源后立即进行心肺复苏。\n3.拨打急救电话8120。"),
        ("注意事项", "未断电前严禁直接用手拉拽触电者。"),
        ("应急联系电话", "急救：8120；电气车间：8402"),
    ]),
]  # fmt: skip


def steps_passage(passages: list[ParsedPassage], card: str) -> ParsedPassage:
    return next(p for p in passages if p.section[0] == card and p.text.startswith("处置步骤"))


def test_emergency_cards_in_a_pdf_keep_each_row_whole_under_the_cards_title(tmp_path: Path) -> None:
    """A booklet of 现场应急处置卡 exported to PDF: a card a page, each a table of a label column and a
    text column. Read with its layout, a label stands on one line of its row (the middle one when
    the cell is centred, as most templates set it) and the row's other lines are indented around it."""
    pdf = chinese_pdf()
    for n, (title, post, align, rows) in enumerate(CARDS, 1):
        titled_page(pdf, title)
        pdf.cell(0, 6, f"卡片编号：YJK-0{n}　　适用岗位：{post}", new_x="LMARGIN", new_y="NEXT")
        with pdf.table(
            col_widths=(30, 30, 130), line_height=6, first_row_as_headings=False, v_align=align
        ) as table:
            for label, text in rows:
                if isinstance(text, list):  # a row in stages: 处置步骤 | 发现与报告 | 1.…
                    for n, (stage, steps) in enumerate(text):
                        row = table.row()
                        if n == 0:
                            row.cell(label, rowspan=len(text))
                        row.cell(stage)
                        row.cell(steps)
                    continue
                row = table.row()
                row.cell(label)
                row.cell(text, colspan=2)
        pdf.set_y(-30)
        pdf.cell(0, 6, "编制：安全技术部  2025年8月", align="C")
    path = tmp_path / "cards.pdf"
    pdf.output(str(path))

    parsed = parse_file(path)
    passages = [p for p in parsed.passages if p.kind == "body"]
    rows = {(p.section[0], p.text.split("：", 1)[0]): p.text for p in passages if "：" in p.text}
    # Offered as a related question, a row names its card: 注意事项 alone would be any card's.
    labels = [engine._passage_label(p) for p in document_passages(parsed, "c")]
    assert any(label.startswith("锅炉房天然气泄漏现场处置卡的注意事项是什么？") for label in labels), labels
    steps = rows[("锅炉房天然气泄漏现场处置卡", "处置步骤")]
    assert (
        steps.startswith("处置步骤：1.立即关闭炉前燃气总阀")
        and "5.检测浓度低于1%LEL后方可进入查找漏点。" in steps
    )
    assert (
        rows[("锅炉房天然气泄漏现场处置卡", "注意事项")]
        == "注意事项：进入泄漏区必须穿防静电服，使用防爆工具；不得单人处置。"
    )
    forklift = rows[("叉车伤人现场处置卡", "处置步骤")]
    assert "2.不得随意移动伤员" in forklift and "4.保护现场，等待安全部调查。" in forklift
    assert "3.拨打" not in rows[("叉车伤人现场处置卡", "注意事项")]
    shock = rows[("配电室触电现场处置卡", "处置步骤")]  # labels set at the top of their cells
    assert "1.立即断开电源" in shock and "3.拨打急救电话8120。" in shock
    assert steps_passage(passages, "锅炉房天然气泄漏现场处置卡").section[-1] == "处置步骤"  # its 出处
    rescue = next(p.text for p in passages if "3.救援人员佩戴正压式空气呼吸器" in p.text)
    assert rescue.startswith("处置步骤（发现与报告、救援）：1.监护人发现井下人员晕倒")
    assert "发现与报告" not in rescue.split("：", 1)[1] and "4.严禁未佩戴呼吸器的人员盲目施救。" in rescue
    assert not any("编制：安全技术部" in p.text for p in passages)  # the footer of every page


def test_a_risk_list_printed_to_pdf_is_read_a_row_at_a_time_with_its_wrapped_cells_whole(
    tmp_path: Path,
) -> None:
    """A 安全风险分级管控清单 printed from Excel: a landscape table of seven columns whose long
    cells wrap onto the lines below their row's first line."""
    rows = [
        ("序号", "作业活动", "危险因素", "可能导致的事故", "风险等级", "管控措施", "责任岗位"),
        ("1", "储罐区物料装卸", "装卸软管破裂、静电积聚、罐车未熄火", "火灾、爆炸", "较大风险",
         "装卸前连接静电接地夹，软管每月检查一次，每年更换；罐车熄火并拉手刹，司机离开驾驶室", "装卸工"),
        ("2", "反应釜投料", "投料过快、冷却水中断", "冲料、超压爆炸", "重大风险",
         "投料速度每分钟不超过1袋；冷却水压力低于0.2MPa时联锁停止投料", "操作工"),
        ("3", "有限空间清罐", "缺氧、有毒气体积聚", "中毒窒息", "重大风险",
         "作业前通风30分钟，氧含量19.5%～23.5%方可进入，监护人不得离开", "清罐作业人员、监护人"),
    ]  # fmt: skip
    pdf = chinese_pdf(orientation="L")
    titled_page(pdf, "某某化工有限公司安全风险分级管控清单")
    with pdf.table(col_widths=(10, 30, 45, 35, 20, 90, 30), line_height=5) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "risk.pdf"
    pdf.output(str(path))

    parsed = parse_file(path)
    assert parsed.title == "某某化工有限公司安全风险分级管控清单"
    body = {p.text.split("，", 1)[0]: p.text for p in parsed.passages if p.kind == "body"}
    loading = body["作业活动：储罐区物料装卸"]
    assert "危险因素：装卸软管破裂、静电积聚、罐车未熄火" in loading
    assert (
        "管控措施：装卸前连接静电接地夹，软管每月检查一次，每年更换；罐车熄火并拉手刹，司机离开驾驶室"
        in loading
    )
    assert "责任岗位：清罐作业人员、监护人" in body["作业活动：有限空间清罐"]
    assert "反应釜" not in loading and "风险等级：重大风险" in body["作业活动：反应釜投料"]


def test_a_handbook_of_questions_and_answers_keeps_each_pair_apart_under_its_question() -> None:
    lines = [
        "某某船厂员工安全手册",
        "第一章 入厂须知",
        "二、安全教育",
        "问：新员工进厂要经过哪些安全教育？",
        "答：要经过公司级、车间级和班组级三级安全教育，每一级不少于24学时，合计不少于72学时。三级教育考试均达到80分才算"
        "合格，合格后凭《三级安全教育卡》到保卫部办理出入证；外包队伍人员由安全环保部统一组织入厂教育，不少于32学时。",
        "问：调岗或者请长假回来，要不要重新培训？",
        "答：调换工种，或者离岗6个月以上重新上岗的，要重新接受车间级和班组级安全教育，不少于20学时。采用新工艺、新设备的，"
        "由使用部门在投用前组织专项培训，培训合格后方可操作。",
        "问：每天上班前有没有安全交底？",
        "答：有。各班组每天开工前召开班前会，时间不少于10分钟，由班组长讲清当天的作业内容、危险点和防护措施，参加人员在"
        "《班前会记录》上签名。没有参加班前会的人员不得上岗。",
        "问：外来参观人员要不要培训？",
        "答：要。来厂的船东、船检人员和参观人员由接待部门进行不少于30分钟的安全告知，发放安全帽，全程由接待人员陪同，"
        "不得单独进入船坞、船台和涂装车间。",
        "三、劳动防护用品",
        "●进入生产区域必须正确佩戴安全帽。",
    ]
    parsed = parse_text("\n".join(lines), "handbook.txt")
    pairs = {p.section[-1]: p.text for p in parsed.passages if p.text.startswith("问：")}
    assert set(pairs) == {
        "新员工进厂要经过哪些安全教育？",
        "调岗或者请长假回来，要不要重新培训？",
        "每天上班前有没有安全交底？",
        "外来参观人员要不要培训？",
    }
    back = pairs["调岗或者请长假回来，要不要重新培训？"]
    assert "离岗6个月以上" in back and "班前会" not in back and "72学时" not in back


def test_numbered_questions_of_a_handbook_are_labelled_by_what_they_ask() -> None:
    """12. 问：… / 答：… — a button shows the question asked (12. 劳动防护用品坏了怎么办？), not 12. 问."""
    lines = [
        "某某环保能源公司员工安全手册（问答版）",
        "一、基本要求",
        "1. 问：公司安全生产的第一责任人是谁？",
        "答：总经理是公司安全生产第一责任人，对全厂安全生产工作全面负责；分管生产的副总经理对生产系统的安全负直接领导责任，"
        "分管设备的副总经理对设备设施的安全负直接领导责任；各部门负责人是本部门安全生产第一责任人，班组长对本班组作业安全负责。"
        "全体员工对本岗位的安全生产负直接责任，做到不伤害自己、不伤害他人、不被他人伤害、保护他人不受伤害。",
        "2. 问：劳动防护用品坏了或者到期了怎么办？",
        "答：劳动防护用品由安全环保部统一采购、仓库统一发放，员工不得自行购买不合格产品替代。损坏的凭旧品到仓库以旧换新，"
        "到期的由班组长统一申领更换；安全帽自生产之日起满30个月的必须报废，安全带使用满3年应抽检，抽检不合格的整批报废。",
        "3. 问：交接班有哪些安全要求？",
        "答：接班人员应提前20分钟到岗，按巡检路线对所辖设备进行接班前检查。交班人员应当面交清设备运行方式、缺陷和异常情况，"
        "双方在交接班记录上签字后方可离岗；设备异常未处理完毕或者事故处理过程中不得交接班。",
    ]
    parsed = parse_text("\n".join(lines), "handbook.txt")
    labels = [p.section[-1] for p in parsed.passages if p.kind == "body"]
    assert labels == [
        "1. 公司安全生产的第一责任人是谁？",
        "2. 劳动防护用品坏了或者到期了怎么办？",
        "3. 交接班有哪些安全要求？",
    ]


def test_a_table_whose_narrow_columns_the_layout_sets_a_single_space_apart_is_read_by_column() -> None:
    """A ruled table as a PDF's layout gives it when two columns stand close: 序号 检查类别 and
    组织人/责任人 参加人员 a single space apart in the heading, 12 分公司检查 in a row (as the text
    layer of rulebook_jianzhu.pdf reads)."""
    page = "\n".join(
        [
            "序号 检查类别    检查频次       组织人/责任人 参加人员       检查重点",
            "",
            "1  班前检查    每班作业前      班组长     当班全体作业人员   作业环境、个人防护用",
            "                                         品、机具状态",
            "",
            "3  项目经理带   每周不少于1次    项目经理    生产经理、项目安   危大工程和重大危险源",
            "   班检查                        全总监        管控",
            "",
            "12 分公司检查  每月1次       分公司安全管  项目安全总监    制度执行、隐患整改闭",
            "                     理部                环",
        ]
    )
    rows = [line for line in layout_tables(page).splitlines() if line.strip()]
    assert len(rows) == 3
    assert "检查类别：项目经理带班检查，检查频次：每周不少于1次，组织人/责任人：项目经理" in rows[1]
    assert "参加人员：生产经理、项目安全总监，检查重点：危大工程和重大危险源管控" in rows[1]
    assert "检查类别：分公司检查，检查频次：每月1次，组织人/责任人：分公司安全管理部" in rows[2]


def test_a_procedure_numbered_in_decimals_keeps_its_sections_through_a_table() -> None:
    """An ISO-style 管理程序 (5 工作程序 / 5.1 通用要求 / 5.1.1 … / 5.1.1.1 …): a table under a
    numbered heading stays under it, the next heading (5.2) is not taken into the clause before it,
    the title is the procedure's (程序 is a title's word), and a button does not show 5.2.2 as 2.2."""
    lines = [
        "某某汽车零部件有限公司",
        "危险作业安全管理程序",
        "文件编号：QP-EHS-012",
        "1 目的",
        "为控制危险作业的风险，防止事故，制定本程序。",
        "5 工作程序",
        "5.1 通用要求",
        "5.1.1 作业分级与审批",
        "5.1.1.1 危险作业实行分级管理、分级审批，各类作业的审批人和许可证有效期见表1。",
        "5.1.1.2 审批人必须亲自到作业现场核实安全措施后方可签字，严禁电话审批、代签或补签。",
        "表1 危险作业分级审批表",
        documents.ROW_MARK + "作业类别：动火作业，级别：特级，审批人：总经理审批，许可证有效期：8小时。",
        documents.ROW_MARK + "作业类别：动火作业，级别：一级，审批人：EHS部经理审批，许可证有效期：12小时。",
        "5.1.2 作业前风险分析",
        "5.1.2.1 作业负责人应在申请许可证前组织开展工作安全分析。",
        "5.1.2.2 作业开始前，作业负责人在现场进行安全交底，交底时间不少于10分钟。",
        "5.2 动火作业",
        "5.2.1 在固定动火区以外进行电焊、气割作业，均须办理动火作业许可证。",
        "5.2.2 动火前，动火点周围10米范围内的可燃物应清除。",
    ]
    parsed = parse_text("\n".join(lines), "procedure.pdf")
    assert parsed.title.endswith("危险作业安全管理程序")

    def section_of(words: str) -> tuple[str, ...]:
        return next(p.section for p in document_passages(parsed) if words in p.text)

    assert section_of("级别：特级")[:3] == ("5 工作程序", "5.1 通用要求", "5.1.1 作业分级与审批")
    assert section_of("交底时间不少于10分钟")[:2] == ("5 工作程序", "5.1 通用要求")
    assert section_of("10米范围内") == ("5 工作程序", "5.2 动火作业")
    fire = next(p for p in document_passages(parsed) if "10米范围内" in p.text)
    assert engine._passage_label(fire).startswith("动火作业")


def test_centred_rows_set_apart_by_blank_lines_keep_their_own_lines() -> None:
    """Cells centred in rows that blank lines set apart (as the text layer of rulebook_chengxu.pdf
    reads): the line above a row's first cell is that row's, however full the line before it is."""
    page = "\n".join(
        [
            "作业类别    级别      分级条件               审批人             许可证有效期",
            "",
            "                在调漆间、油漆库、化学品库、天    区域负责人审核，EHS部经",
            "动火作业    特级      然气调压站及其周边15米范围内动   理复核，总经理审批       8小时",
            "                火；在运行中的涂装生产线内动火",
            "",
            "                在涂装车间其他区域、密封胶和结    车间主任审核，EHS部经理",
            "动火作业    一级      构胶存放区、液压站、空压站、污    审批              12小时",
            "                水站内动火",
        ]
    )
    rows = [line for line in layout_tables(page).splitlines() if line.strip()]
    assert len(rows) == 2
    assert (
        "分级条件：在调漆间、油漆库、化学品库、天然气调压站及其周边15米范围内动火；在运行中的涂装生产线内动火，"
        in rows[0]
    )
    assert "审批人：区域负责人审核，EHS部经理复核，总经理审批" in rows[0]
    assert "分级条件：在涂装车间其他区域、密封胶和结构胶存放区、液压站、空压站、污水站内动火，" in rows[1]
    assert "审批人：车间主任审核，EHS部经理审批" in rows[1]


def test_a_checklist_with_centred_cells_and_merged_categories_names_every_row(tmp_path: Path) -> None:
    """A 隐患排查清单 over pages, as Excel prints one: cells centred in their rows (a row's number
    stands mid-way down its wrapped lines), each 检查类别 merged down its rows and centred on them,
    the heading row repeated on every page under a running head that sets the title left and the
    company right."""
    from fpdf import FPDF

    class Checklist(FPDF):
        def header(self) -> None:
            self.set_font("cjk", size=8)
            self.cell(0, 6, "某某酒店事故隐患排查清单（2025版）")
            self.set_x(-80)
            self.cell(70, 6, "某某酒店管理有限公司  安全管理部", align="R", new_x="LMARGIN", new_y="NEXT")

    categories = ["消防设施", "厨房燃气", "电梯", "配电", "客房", "泳池", "停车场", "仓库"]
    pdf = chinese_pdf(Checklist, orientation="L")
    titled_page(pdf, "某某酒店事故隐患排查清单（2025版）")
    heading = ("序号", "检查类别", "检查项目", "检查内容及标准", "检查频次", "责任部门")
    with pdf.table(
        col_widths=(12, 25, 30, 130, 25, 25), line_height=5, v_align="MIDDLE", repeat_headings=1
    ) as table:
        row = table.row()
        for cell in heading:
            row.cell(cell)
        n = 0
        for category in categories:
            for k in range(5):
                n += 1
                row = table.row()
                row.cell(str(n))
                if k == 0:
                    row.cell(category, rowspan=5)
                row.cell(f"{category}项目{k + 1}")
                checks = "".join(
                    f"第{n}号设备第{j}项完好，标识清晰，记录齐全，不得擅自拆除，"
                    for j in range(1 + k % 3 * 2)
                )
                row.cell(f"{checks}发现问题{n}日内整改（第{n}项）")
                row.cell(["每日", "每周", "每月", "每季度", "每年"][k])
                row.cell("工程部")
    path = tmp_path / "checklist.pdf"
    pdf.output(str(path))

    parsed = parse_file(path)
    assert parsed.title == "某某酒店事故隐患排查清单（2025版）"
    rows = [p.text for p in parsed.passages if p.kind == "body"]
    assert len(rows) == 40
    for n, text in enumerate(rows, 1):
        category = categories[(n - 1) // 5]
        assert text.startswith(f"检查类别：{category}，检查项目：{category}项目{(n - 1) % 5 + 1}，"), text
        assert f"发现问题{n}日内整改" in text and f"发现问题{n + 1}日" not in text
    assert (
        "第13号设备第4项完好，标识清晰，记录齐全，不得擅自拆除，发现问题13日内整改" in rows[12]
    )  # five lines
    assert not any("某某酒店管理有限公司" in p.text for p in parsed.passages)


def test_a_tab_separated_table_saved_from_a_spreadsheet_keeps_rows_whose_cells_broke_lines() -> None:
    """A scoring table saved from WPS as text: tabs between cells, and a cell with a line break in
    it cut over two lines, either with the row's tabs kept (\t…\t\t) or with the row going on."""
    text = "\r\n".join(
        [
            "某某物流有限公司安全奖惩细则",
            "第一条　叉车违章按下表处罚：",
            "序号\t违章行为\t扣分\t罚款（元）",
            "1\t叉车超速行驶（库内超过5km/h）\t3\t200",
            "2\t叉车司机离开时未拔钥匙、未落下货叉，\t2\t100",
            "\t或停放在通道上\t\t",
            "3\t叉车载人或用货叉举升人员，\r\n或在货叉下站人\t6\t500",
            "4\t无证驾驶叉车★\t12\t2000",
            "注：标★的为严重违章。",
            "第二条　本细则自发布之日起施行。",
        ]
    )
    rows = "\n".join(p.text for p in parse_text(text, "rules.txt").passages)
    assert "违章行为：叉车司机离开时未拔钥匙、未落下货叉，或停放在通道上，扣分：2分，罚款：100元。" in rows
    assert "违章行为：叉车载人或用货叉举升人员，或在货叉下站人，扣分：6分，罚款：500元。" in rows
    assert "违章行为：无证驾驶叉车★，扣分：12分，罚款：2000元。" in rows and "\t" not in rows


def test_a_page_in_one_column_with_a_table_is_left_as_it_is() -> None:
    page = "\n".join(
        [
            "第五条 各类检查的频次如下表：",
            "检查类别        组织部门        检查频次",
            "综合检查        安全环保部      每季度一次",
            "专项检查        设备部          每月一次",
            "日常检查        车间            每班一次",
            "第六条 检查发现的隐患应当当场登记。",
        ]
    )
    assert columns_apart(page) == page


def test_a_two_column_part_ending_at_a_pages_top_and_a_pushed_right_column_are_read_apart() -> None:
    """The last page of a two-column part: its columns, balanced, fill the page's top, one column runs
    on below. And where a left line is long (ASCII takes one place: 3000r/min), the right column's
    line stands only two spaces after it."""
    page = "\n".join(
        [
            "43. 问：加药间的化学品怎样安全使用？       ，严禁将水倒入浓硫酸。",
            "答：加药间使用的浓硫酸、氢氧化钠等           操作人员应穿戴耐酸碱手套和防酸",
            "化学品应分区存放，酸碱不得混放，次氯酸不得         围裙。洗眼器和紧急喷淋装置每周放水检",
            "与酸类接触。稀释浓硫酸时必须将酸缓慢加入水中         查1次，保证随时可用。",
            "",
            "九、有限空间作业",
            "44. 问：厂内哪些地方属于有限空间？垃圾池、渗滤液调节池、厌氧反应器、沼气柜和污泥池都属于有限空间。",
        ]
    )
    lines = columns_apart(page).splitlines()
    text = "".join(lines)
    assert "次氯酸不得与酸类接触。稀释浓硫酸时必须将酸缓慢加入水中，严禁将水倒入浓硫酸。" in text
    assert "操作人员应穿戴耐酸碱手套和防酸围裙。洗眼器和紧急喷淋装置每周放水检查1次" in text
    assert lines[-1].startswith("44. 问：厂内哪些地方属于有限空间？")
    pushed = "\n".join(
        [
            "25. 问：汽轮机的超速保护有什么规定？            措施后方可开工。在一经合闸即可送电到",
            "答：汽轮机额定转速为3000r/min，转速升至3300r/  佩戴正压式空气呼吸器。",
            "min时危急保安器必须动作，使汽轮机紧急停机。机             六、烟气净化与飞灰稳定化",
            "组大修后、危急保安器解体检修后以及停机备用超    ",
            "过1个月再次启动前，应进行超速试验。              31. 问：石灰浆制备和输送要注意什么？",
            "  严禁在超速保护装置解除的情况下启动或运行          答：消石灰由罐车气力输送进石灰仓，卸料前检查",
            "汽轮机。",
        ]
    )
    text = "".join(columns_apart(pushed).splitlines())
    assert "转速升至3300r/min时危急保安器必须动作" in text and "3300r/佩戴" not in text


PROCEDURES = [
    (
        "溶剂回收岗位安全操作规程",
        [
            ("适用范围", ["本规程适用于溶剂回收车间蒸馏釜和回收塔的操作。"]),
            ("操作前", ["检查蒸馏釜氮封压力保持在0.02MPa至0.05MPa之间。", "确认冷凝器冷却水已开启。"]),
            ("操作中", ["釜温不得超过120℃。", "每30分钟巡检一次并记录。"]),
        ],
    ),
    (
        "氢化岗位安全操作规程",
        [
            ("适用范围", ["本规程适用于氢化釜加氢反应的操作。"]),
            ("操作前", ["用氮气置换釜内空气三次，氧含量低于0.5%方可通氢。", "检查氢气报警仪完好。"]),
            ("操作中", ["加氢压力不得超过1.2MPa。", "反应期间操作人员不得离开控制室。"]),
        ],
    ),
]


def test_risk_cards_in_word_tables_read_each_label_with_its_text_under_the_cards_title(
    tmp_path: Path,
) -> None:
    """岗位安全风险告知卡 typed in Word: a title over a table whose left column labels the right one.
    A heading row over a column of texts (作业方式 | 停止作业的条件) stays a heading."""
    import docx

    document = docx.Document()
    document.add_paragraph("某某铸造有限公司岗位安全风险告知卡")
    cards = {
        "浇注岗位安全风险告知卡": [
            ("岗位名称", "浇注工"),
            ("主要危险有害因素", "高温铁水喷溅、烫伤，行车吊运钢包坠落"),
            ("风险等级", "较大风险（橙色）"),
            ("安全操作要点", "1.浇注前检查钢包耳轴。\n2.钢包铁水不得超过容量的80%。"),
            ("应急电话", "厂内急救：8120"),
        ],
        "抛丸岗位安全风险告知卡": [
            ("岗位名称", "抛丸工"),
            ("主要危险有害因素", "粉尘爆炸、机械伤害、噪声"),
            ("风险等级", "一般风险（黄色）"),
            ("安全操作要点", "1.开机前检查除尘器运行正常。\n2.抛丸机运转时严禁打开检修门。"),
        ],
        "高处作业停止条件表": [
            ("作业方式", "停止作业的条件"),
            ("吊篮作业", "作业处风力达到5级及以上；雷电、大雨、大雾天气。"),
            ("座板式单人吊具作业", "作业处风力达到4级及以上；气温高于35℃的时段。"),
        ],
    }
    for title, rows in cards.items():
        document.add_paragraph(title)
        table = document.add_table(rows=len(rows), cols=2)
        for n, (label, text) in enumerate(rows):
            table.cell(n, 0).text = label
            table.cell(n, 1).text = text
    path = tmp_path / "cards.docx"
    document.save(str(path))

    passages = {p.section[0]: p.text for p in parse_file(path).passages if p.kind == "body"}
    pouring = passages["浇注岗位安全风险告知卡"]
    assert "岗位名称：浇注工。" in pouring and "风险等级：较大风险（橙色）。" in pouring
    assert "安全操作要点：1.浇注前检查钢包耳轴。2.钢包铁水不得超过容量的80%。" in pouring
    assert (
        "抛丸" not in pouring
        and "主要危险有害因素：粉尘爆炸、机械伤害、噪声。" in passages["抛丸岗位安全风险告知卡"]
    )
    assert "作业方式：吊篮作业，停止作业的条件：作业处风力达到5级及以上" in passages["高处作业停止条件表"]


def test_a_docx_outlined_by_heading_styles_alone_keeps_its_procedures_and_sections(tmp_path: Path) -> None:
    """A 规程汇编 typed in Word whose procedures (标题 1) and sections (标题 2: 操作前, 操作中) carry no
    number, only a heading style, and whose steps are Word's automatic list numbering."""
    import docx

    document = docx.Document()
    document.add_paragraph("宏安化工有限公司")
    document.add_paragraph("岗位安全操作规程汇编")
    for title, sections in PROCEDURES:
        document.add_paragraph(title, style="Heading 1")
        for heading, steps in sections:
            document.add_paragraph(heading, style="Heading 2")
            for step in steps:
                document.add_paragraph(step, style="List Number")
        box = document.add_table(rows=1, cols=1)
        box.cell(0, 0).text = "注意：进入防爆区必须穿防静电工作服，严禁携带手机。"
    # A whole rule styled as a heading (some templates number their rules that way) stays a rule.
    document.add_paragraph("本汇编自2025年7月1日起施行，由安全环保部负责解释。", style="Heading 3")
    path = tmp_path / "procedures.docx"
    document.save(str(path))

    parsed = parse_file(path)
    assert parsed.title == "宏安化工有限公司岗位安全操作规程汇编"
    steps = {
        p.text.split("。")[0].split(".", 1)[-1]: p.section[:2] for p in parsed.passages if p.kind == "body"
    }
    assert steps["加氢压力不得超过1.2MPa"] == ("氢化岗位安全操作规程", "操作中")
    assert steps["检查蒸馏釜氮封压力保持在0.02MPa至0.05MPa之间"] == ("溶剂回收岗位安全操作规程", "操作前")
    everything = [p.text for p in parsed.passages]
    assert not any("操作中" in t.splitlines()[-1] for t in everything)  # no heading glued to a step
    assert sum("严禁携带手机。" in t for t in everything) == 2 and not any("。。" in t for t in everything)
    assert any("本汇编自2025年7月1日起施行" in t for t in everything)


def test_procedures_bound_in_one_text_each_number_their_sections_from_one_again() -> None:
    lines = ["宏安化工有限公司岗位安全操作规程汇编"]
    for title, sections in PROCEDURES:
        lines.append(title)
        for number, (heading, steps) in zip("一二三", sections, strict=True):
            lines.append(f"{number}、{heading}")
            lines.extend(f"{n}.{step}" for n, step in enumerate(steps, 1))
    parsed = parse_text("\n".join(lines), "procedures.txt")
    heads = {p.section[:2] for p in parsed.passages if p.kind == "body" and len(p.section) >= 2}
    assert ("氢化岗位安全操作规程", "三、操作中") in heads
    assert ("溶剂回收岗位安全操作规程", "二、操作前") in heads
    hydrogen = next(p for p in parsed.passages if "加氢压力不得超过1.2MPa" in p.text)
    assert hydrogen.section[0] == "氢化岗位安全操作规程"


def test_a_document_number_keeps_the_name_the_document_gives_it() -> None:
    """Asked for its 文件编号, a rulebook answers with the number it calls so, not a 文号 it lacks."""
    lines = ["某某燃气有限公司应急处置卡汇编", "文件编号：AHRQ/AQ-YJ-2025-02", "第一条 本汇编适用于全公司。"]
    header = parse_text("\n".join(lines), "cards.txt").passages[0].text
    assert "文件编号（文号）：AHRQ/AQ-YJ-2025-02" in header
    notice = parse_text(
        "某某公司文件\n某安发〔2025〕3号\n安全生产管理制度\n第一条 本制度适用于全公司。", "n.txt"
    )
    assert "文号（发文字号）：某安发〔2025〕3号" in notice.passages[0].text


def test_a_controlled_procedure_collection_keeps_its_cover_title_number_and_every_procedure() -> None:
    """A 规程汇编 as a document-control office issues it: a cover (company, title, 文件编号), a release
    order with its own 文号, and procedures that each open with their fields (规程编号 / 版本 / 适用部门)
    before 一、."""
    lines = [
        "宏安化工有限公司",
        "岗位安全操作规程汇编",
        "文件编号：HA/AQ-HB-002",
        "版　　本：B/1",
        "发　布　令",
        "宏安安发〔2025〕3号",
        "为规范各岗位的作业行为，防范火灾、爆炸和中毒事故，安全环保部修订形成本汇编，现予发布施行。",
        "本汇编收录的岗位安全操作规程如下：",
        "总经理：王海",
        "2025年6月16日",
    ]
    for n, (title, sections) in enumerate(PROCEDURES, 1):
        lines.append(title)
        lines.append(f"规程编号：HA-SOP-00{n}　　版本：B/1　　适用部门：合成车间")
        for number, (heading, steps) in zip("一二三", sections, strict=True):
            lines.append(f"{number}、{heading}")
            lines.extend(f"{k}.{step}" for k, step in enumerate(steps, 1))
    parsed = parse_text("\n".join(lines), "procedures.txt")
    assert parsed.title == "宏安化工有限公司岗位安全操作规程汇编"
    header = next(p.text for p in parsed.passages if p.kind == "header")
    assert "宏安安发〔2025〕3号" in header and "文件编号：HA/AQ-HB-002" in header
    nitrogen = next(p for p in parsed.passages if "检查蒸馏釜氮封压力" in p.text)
    assert nitrogen.section[0] == "溶剂回收岗位安全操作规程"  # the first procedure is no cover
    hydrogen = next(p for p in parsed.passages if "加氢压力不得超过1.2MPa" in p.text)
    assert hydrogen.section[0] == "氢化岗位安全操作规程"


def test_a_callout_and_a_paragraph_after_a_checklist_are_not_joined_to_the_line_above() -> None:
    text = "\n".join(
        [
            "# 化学实验室安全手册",
            "## 离开实验室前",
            "- [ ] 关闭水、电、气总阀",
            "- [x] 填写实验记录",
            "",
            "夜间22:00以后不得单独进行危险实验",
            "⚠️ 发现气瓶漏气立即关阀并开窗通风",
            "值班电话：8119",
        ]
    )
    body = "\n".join(p.text for p in parse_text(text, "lab.md").passages if p.kind == "body")
    lines = body.splitlines()
    assert "- [x] 填写实验记录" in lines
    assert "夜间22:00以后不得单独进行危险实验" in lines
    assert "发现气瓶漏气立即关阀并开窗通风" in lines


def test_a_controlled_manual_keeps_its_appendix_checklist_and_contacts_apart(tmp_path: Path) -> None:
    """A manual typed in Word with decimal clauses: a cover with a revision table (its caption is not
    who the manual is sent to), and 附录A（规范性附录） styled as headings, whose A.1 checklist items
    (□ 1. …) and A.2 contacts are each a line and a clause of their own."""
    import docx

    document = docx.Document()
    document.add_paragraph("文件编号：QA-AQ-007-2025")
    document.add_paragraph("版 本 号：B/0")
    document.add_paragraph("某某能源有限公司")
    document.add_paragraph("加油站安全管理手册")
    document.add_paragraph("修订记录")
    revisions = document.add_table(rows=2, cols=2)
    for cell, text in zip(revisions.rows[0].cells, ["版本号", "修订日期"], strict=True):
        cell.text = text
    for cell, text in zip(revisions.rows[1].cells, ["B/0", "2025-06-18"], strict=True):
        cell.text = text
    document.add_paragraph("1\t总则", style="Heading 1")
    document.add_paragraph("1.1\t本手册适用于公司所属加油站。")
    document.add_paragraph("1.2\t卸油完毕静置不少于30分钟后方可进行人工计量。")
    document.add_paragraph("附录A", style="Heading 1")
    document.add_paragraph("（规范性附录）")
    document.add_paragraph("卸油作业安全确认表及应急联络方式", style="Heading 1")
    document.add_paragraph("A.1\u3000卸油作业安全确认表")
    document.add_paragraph("站点名称：＿＿＿＿\u3000日期：＿＿＿＿")
    for n, item in enumerate(["油罐车到站静置时间已满15分钟", "静电接地夹已连接", "卸后静置30分钟"], 1):
        document.add_paragraph(f"□ {n}. {item}")
    document.add_paragraph("A.2\u3000应急联络方式")
    document.add_paragraph("公司24小时应急值班电话：0553-58817400")
    path = tmp_path / "manual.docx"
    document.save(str(path))

    parsed = parse_file(path)
    header = next(p for p in parsed.passages if p.kind == "header")
    assert "修订记录" not in header.text
    checklist = next(p for p in parsed.passages if "静电接地夹已连接" in p.text)
    assert checklist.section == ("附录A 卸油作业安全确认表及应急联络方式", "A.1 卸油作业安全确认表")
    assert "□ 2. 静电接地夹已连接\n□ 3. 卸后静置30分钟" in checklist.text
    contacts = next(p for p in parsed.passages if "58817400" in p.text)
    assert contacts.section[-1] == "A.2 应急联络方式" and "静置" not in contacts.text
    rules = next(p for p in parsed.passages if "人工计量" in p.text)
    assert rules.section[0] == "1\t总则" and "附录" not in " ".join(rules.section)


def test_numbered_headings_keep_their_sections_after_a_table_note_and_a_grade_is_no_clause() -> None:
    """A manual whose parts and sections are Word headings typed 三、 and （三） (read as # and ##): a
    table and its note (注：1. … 2. …) do not put the next （三） section under the note's item 2.; a
    grade (3.1.1级工房) is an item's text, not a clause 3.1.1; and a decimal chapter may start with
    Latin letters (9 LNG加气区安全)."""
    manual = parse_text(
        "某某烟花制造有限公司安全生产管理手册\n# 二、组织机构\n## （一）班组长职责\n"
        "1.班组长每天开工前组织班前会。\n2.班组长负责监督本班组执行定员定量。\n"
        "3.1.1级工房集中的作业区各设1名兼职安全监督员，每月发放安全津贴200元。\n"
        "# 三、定员定量管理\n## （一）一般规定\n"
        "1.每栋工房门口均应悬挂定员定量牌，标明工房编号、工房名称、危险等级、定员、定量和安全负责人，任何人不得擅自更改。\n"
        "2.工房内作业人员不得超过定员，药物和含药半成品不得超过定量，临时进入工房的停留时间不得超过5分钟。\n"
        "3.工房内存药量达到定量的80%时，班组长应当通知转运员及时运走，严禁在工房内过夜存放。\n"
        "## （二）工房定员定量表\n表1\u3000主要工房定员定量表：\n"
        f"{documents.ROW_MARK}工房：混药工房，定员：1人，定量：10kg，备注：单人单间单机。\n"
        f"{documents.ROW_MARK}工房：装药工房，定员：2人，定量：6kg，备注：设防护隔板。\n\n"
        "注：1.定量以药物净含量计。\n2.当日最高气温在35℃以上时，按上表定量的50%执行。\n"
        "## （三）超员超量的处理\n1.发现超员的，应当立即责令多余人员退出工房。\n"
        "2.同一工房一个月内发生2次超员超量的，车间主任一并承担管理责任。\n",
        "manual.md",
    )
    overstaffed = next(p for p in manual.passages if "退出工房" in p.text)
    assert overstaffed.section == ("三、定员定量管理", "（三）超员超量的处理")
    assert "承担管理责任" in overstaffed.text
    grade = next(p for p in manual.passages if "兼职安全监督员" in p.text)
    assert grade.section == ("二、组织机构", "（一）班组长职责")

    lng = parse_text(
        "加气站安全管理制度\n8 油气回收\n8.1 站点每季度自检一次油气回收系统。\n"
        "8.2 任何人不得擅自关闭油气回收设施。\n9 LNG加气区安全\n9.1 储罐与卸车\n"
        "9.1.1 LNG储罐的充装量不得超过储罐有效容积的90%。\n",
        "lng.txt",
    )
    tank = next(p for p in lng.passages if "充装量" in p.text)
    assert tank.section[:2] == ("9 LNG加气区安全", "9.1 储罐与卸车")


def test_an_index_loaded_from_its_cache_answers_as_built_without_reading_the_thesaurus_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passages = document_passages(
        parse_text(
            "\n".join(
                [
                    "某某食品公司冷库安全管理规定",
                    "第一条 进入冷库作业不得少于2人，进出库在门口登记。",
                    "第二条 冷冻库内连续作业不得超过40分钟，出库后休息不少于15分钟。",
                    "第三条 储气罐每班排污1次，安全阀每年校验1次。",
                ]
            ),
            "cold.txt",
        )
    )
    built = KnowledgeIndex.load_or_build(passages, tmp_path)
    questions = ["冻库里一口气能干多久", "一个人能进冷库拿货不", "安全阀多久校验一次", "食堂几点开饭"]
    expected = [(a.answer, a.score, [s.key for s in a.suggestions]) for a in map(built.answer, questions)]

    def no_yaml(path: Path) -> None:
        raise AssertionError(f"{path.name} read again: the cache holds the thesaurus as read")

    monkeypatch.setattr("knowledge.analysis.load_synonyms", no_yaml)
    loaded = KnowledgeIndex.load_or_build(passages, tmp_path)
    assert loaded is not built
    assert [
        (a.answer, a.score, [s.key for s in a.suggestions]) for a in map(loaded.answer, questions)
    ] == expected


def test_struck_through_text_is_a_rule_taken_out(tmp_path: Path) -> None:
    import docx

    markdown = parse_text(
        "\n".join(
            [
                "# 某某养老中心夜间巡查制度",
                "## 一、夜间巡查",
                "- 夜班护理员每小时巡视一次失能区。",
                "- ~~夜班护理员每3小时巡视一次~~（2022版旧条款，已废止）",
                "- 值班保安<del>每4小时</del>每2小时巡查一次充电棚。",
            ]
        ),
        "night.md",
    )
    text = "\n".join(p.text for p in markdown.passages)
    assert "每小时巡视一次" in text and "每2小时巡查一次充电棚" in text
    assert "每3小时" not in text and "每4小时" not in text

    document = docx.Document()
    document.add_paragraph("某某公司叉车管理规定")
    paragraph = document.add_paragraph("第一条 叉车在厂区行驶速度不得超过")
    paragraph.add_run("10").font.strike = True
    paragraph.add_run("5公里/小时。")
    path = tmp_path / "forklift.docx"
    document.save(str(path))
    passages = "\n".join(p.text for p in parse_file(path).passages)
    assert "不得超过5公里/小时" in passages and "105" not in passages


def test_a_table_with_names_centred_over_cells_set_flush_left_is_read_by_column() -> None:
    """As a Word table prints (and the text layer of rulebook_gaosu.pdf reads): the names centred
    over their columns, the cells flush left and drifting a place or two, a first cell cut at its
    column's width (一氧化碳检测报警 / 仪), no blank line between rows, the page's number under it."""

    def line(*pieces: tuple[int, str]) -> str:
        text = ""
        for at, piece in pieces:
            text = text.ljust(at) + piece
        return text

    page = "\n".join(
        [
            line((2, "检查项目"), (17, "检查内容和标准"), (37, "频次"), (46, "责任单位")),
            line(
                (0, "桥梁检查车定期检"),
                (11, "由有资质的检验机构全面检测并出具"),
                (36, "每年1次"),
                (46, "养护管理部"),
            ),
            line((4, "验"), (20, "报告")),
            line(
                (2, "隧道风机"),
                (11, "启停正常，无异常振动、异响，吊挂"),
                (34, "每周试运行1次"),
                (46, "隧道管理站"),
            ),
            line((18, "螺栓无松动")),
            line(
                (0, "一氧化碳检测报警"),
                (12, "报警功能正常，在标定有效期内"),
                (34, "每半年送检标定1"),
                (46, "机电管理部"),
            ),
            line((4, "仪"), (38, "次")),
            line(
                (1, "防雷接地装置"), (16, "接地电阻不大于10Ω"), (33, "每年3月31日前1次"), (46, "机电管理部")
            ),
            "",
            line((22, "— 13 —")),
        ]
    )
    rows = [line for line in layout_tables(page).splitlines() if line.startswith(documents.ROW_MARK)]
    assert len(rows) == 4
    assert "检查项目：桥梁检查车定期检验，检查内容和标准：由有资质的检验机构全面检测并出具报告" in rows[0]
    assert (
        "检查项目：一氧化碳检测报警仪" in rows[2]
        and "频次：每半年送检标定1次，责任单位：机电管理部" in rows[2]
    )
    assert "频次：每年3月31日前1次，责任单位：机电管理部" in rows[3]
    assert not any("13" in row for row in rows)
