"""Query expansion: the colloquial ↔ written thesaurus (knowledge/data/synonyms.yaml) and spans
of time said otherwise (半年 / 6个月)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.analysis import (
    DATA_DIR,
    Analyzer,
    SynonymGroup,
    asked_plainly,
    duration_variants,
    load_synonyms,
)
from knowledge.normalize import search_form

TABLE = load_synonyms(DATA_DIR / "synonyms.yaml")


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.default()


def _expansions(analyzer: Analyzer, question: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for span, alternatives, _ in analyzer.query(question).alternatives:
        found.setdefault(span, set()).update(alternatives)
    return found


def test_a_plain_group_works_both_ways() -> None:
    analyzer = Analyzer(synonyms=[SynonymGroup(("危化品", "危险化学品"))])
    assert _expansions(analyzer, "危化品怎么存放") == {"危化品": {"危险化学品"}}
    assert _expansions(analyzer, "危险化学品怎么存放") == {"危险化学品": {"危化品"}}


def test_a_directed_group_leads_from_the_colloquial_to_the_written_only() -> None:
    group = SynonymGroup(terms=("罚款", "处罚", "考核"), said=("罚", "扣钱", "罚款"))
    analyzer = Analyzer(synonyms=[group])
    assert _expansions(analyzer, "不戴安全帽扣钱吗") == {"扣钱": {"罚款", "处罚", "考核"}}
    # A said term that is also written adds the other written forms.
    assert _expansions(analyzer, "罚款多少") == {"罚款": {"处罚", "考核"}}
    # A written form alone adds nothing: the rule's word is already the rule's word.
    assert _expansions(analyzer, "考核办法是什么") == {}
    assert "扣钱" not in analyzer.query("处罚标准").words


def test_directed_entries_load_from_yaml(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_text("- [甲醇, 木醇]\n- said: [一年一次, 年年]\n  written: [每年, 年度]\n", encoding="utf-8")
    plain, directed = load_synonyms(path)
    assert plain == SynonymGroup(("甲醇", "木醇"))
    # Terms are normalised like the questions they are matched in (一年一次 → 1年1次).
    assert directed == SynonymGroup(("每年", "年度"), said=("1年1次", "年年"))


@pytest.mark.parametrize(
    ("question", "span", "variant"),
    [
        ("请了半年假回来还要培训吗", "半年", "6个月"),
        ("离岗六个月以上", "6个月", "半年"),
        ("一年以上没上班", "1年", "12个月"),
        ("十二个月", "12个月", "1年"),
        ("一年半", "1年半", "18个月"),
        ("两周内整改", "2周", "14日"),
        ("两个星期", "2个星期", "14日"),
        ("三天内上报", "3天", "3日"),
        ("一个月内", "1个月", "30日"),
        ("半小时", "半小时", "30分钟"),
        ("24小时内", "24小时", "1日"),
    ],
)
def test_spans_of_time_are_said_otherwise(question: str, span: str, variant: str) -> None:
    found = dict(duration_variants(search_form(question).replace(" ", "")))
    assert variant in found[span]


@pytest.mark.parametrize("question", ["2024年3月印发", "第一年的主题", "上半年完成", "下半年", "每3日"])
def test_dates_and_years_of_a_plan_are_not_spans_of_time(question: str) -> None:
    assert duration_variants(search_form(question).replace(" ", "")) == []


def test_a_span_of_time_expands_the_question(analyzer: Analyzer) -> None:
    terms = analyzer.query("请了半年假回来还要培训吗")
    assert ("半年", ("6个月",), True) in terms.alternatives
    assert terms.words.get("6个月", 0.0) > 0.0


@pytest.mark.parametrize(
    ("question", "said", "written"),
    [
        ("电焊工没证能干活吗", "没证", "未持证"),
        ("电焊工没证能干活吗", "电焊工", "特种作业人员"),
        ("电焊工没证能干活吗", "干活", "作业"),
        ("动火前周边易燃的东西要清多远", "易燃", "可燃物"),
        ("动火前周边易燃的东西要清多远", "多远", "范围"),
        ("请了半年假回来还要培训吗", "回来", "重新上岗"),
        ("进罐清理要注意什么", "进罐", "有限空间作业"),
        ("开叉车要什么证", "叉车", "场内机动车辆"),
        ("老板要参加培训吗", "老板", "主要负责人"),
        ("外包的人进厂谁管", "外包的人", "外来施工人员"),
        ("不戴安全帽罚多少", "罚多少", "金额"),
    ],
)
def test_colloquial_questions_reach_the_written_words(
    analyzer: Analyzer, question: str, said: str, written: str
) -> None:
    assert written in _expansions(analyzer, question).get(said, set())


@pytest.mark.parametrize(
    ("question", "said", "written"),
    [
        ("高处作业没系安全带罚多少", "没系安全带", "未系挂"),
        ("安全帽没戴好算违章吗", "没戴好", "未正确佩戴"),
        ("新来的没培训能上岗吗", "没培训", "未经培训"),
        ("进罐子没人看着行不行", "没人看着", "无人监护"),
        ("修机器没拉闸出了事谁负责", "没拉闸", "未切断电源"),
        ("劳保用品要自己掏钱买吗", "自己掏钱买", "免费提供"),
        ("车间太吵发不发耳塞", "耳塞", "护听器"),
        ("开车床能戴着手套吗", "戴着手套", "严禁戴手套"),
        ("宿舍里能用小太阳吗", "小太阳", "大功率电器"),
        ("化学品能混在一起放吗", "混在1起", "混存"),
        ("剧毒的东西钥匙谁管", "钥匙谁管", "双人双锁"),
        ("吊东西的时候吊物下面能站人吗", "吊物下面", "吊物下方"),
        ("饭馆用的煤气罐谁来查", "煤气罐", "液化石油气"),
        ("老房子的消防设施要换吗", "老房子", "老旧场所"),
        ("上面会不会不打招呼来查", "不打招呼", "明查暗访"),
        ("隐患拖着不改会被关厂吗", "关厂", "关闭取缔"),
        ("出了事瞒着不报会怎样", "瞒着", "瞒报"),
        ("方案最晚什么时候交", "最晚", "时限"),
        ("老板要亲自带队查吗", "亲自带队", "带队检查"),
        ("举报了会不会被报复", "被报复", "打击报复"),
        ("一个闸能接几台机器", "1个闸", "1机1闸1漏1箱"),
        ("两年一次的复审", "2年1次", "每2年"),
        ("面粉车间能拿气枪吹灰吗", "气枪", "压缩空气"),
        ("面粉车间能拿气枪吹灰吗", "吹灰", "吹扫"),
        ("冷库里的货最高能码多高", "码多高", "堆码"),
        ("氨漏了往哪撤", "往哪撤", "撤离"),
        ("着火了到哪集合", "到哪集合", "集合点"),
        ("病人先撤哪些", "病人", "患者"),
        ("用剩的福尔马林怎么处理", "福尔马林", "甲醛"),
        ("能不能直接倒水池里", "倒水池", "倒入下水道"),
        ("中午能打电钻吗", "打电钻", "噪声"),
        ("冷库漏氨了往哪撤", "漏氨", "氨泄漏"),
        ("进冷库干活要穿什么", "进冷库", "低温作业"),
        ("油锅着火能用水浇吗", "油锅着火", "油锅起火"),
        ("做糖粉的车间要防爆吗", "糖粉", "可燃性粉尘"),
        ("浓硫酸溅到眼睛怎么办", "溅到眼睛", "溅入眼内"),
        ("浓硫酸溅到眼睛怎么办", "浓硫酸", "腐蚀品"),
        ("化学品能装饮料瓶吗", "装饮料瓶", "分装"),
        ("腌菜池能直接下去吗", "腌菜池", "有限空间"),
        ("拆脚手架要注意啥", "拆脚手架", "脚手架拆除"),
        ("三级箱怎么配漏保", "3级箱", "总配电箱"),
        ("三级箱怎么配漏保", "漏保", "漏电保护器"),
        ("停电检修怎么验电", "验电", "验电器"),
        ("挂地线先挂哪头", "挂地线", "装设接地线"),
        ("吊车离高压线多远", "高压线", "架空线路"),
        ("插座发烫还能用吗", "插座发烫", "过热"),
        ("叉车带人行不行", "叉车带人", "严禁载人"),
        ("五距里离墙多远", "离墙", "墙距"),
        ("铁水碰到水会炸吗", "碰到水会炸", "遇水爆炸"),
        ("开着机器修行不行", "开着机器修", "停机检修"),
        ("吊钩保险坏了", "吊钩保险", "防脱钩装置"),
        ("乙炔瓶躺着用行不行", "躺着用", "卧放"),
        ("焊油桶前要干什么", "焊油桶", "清洗置换"),
        ("多高算高处作业", "多高算高处", "坠落高度基准面"),
        ("屋顶采光板能踩吗", "采光板", "轻型屋面"),
        ("消控室几个人值班", "消控室", "消防控制室"),
        ("防火门开着行不行", "防火门开着", "常闭式防火门"),
        ("开车打瞌睡", "开车打瞌睡", "疲劳驾驶"),
        ("作业票多久有效", "票多久有效", "有效期"),
        ("隐患报了没人管", "报了没人管", "跟踪督办"),
        ("人没呼吸了怎么办", "没呼吸", "心肺复苏"),
        ("炉子前面那个事故坑要挖多大", "挖多大", "容积"),
        ("煤气漏了周边要隔离多大", "隔离多大", "警戒范围"),
        ("拉地牛走坡道人得站哪边", "站哪边", "侧面"),
        ("往酸里倒水还是往水里倒酸", "往酸里倒水", "加入水中"),
        ("支架旁边的纸箱子要清出去多远", "清出去", "清除"),
        ("吸尘装置和机器开机谁先谁后", "谁先谁后", "先开"),
        ("仓库里焊东西开的那张票能管多长时间", "开的那张票", "作业许可证"),
        ("仓库里焊东西开的那张票能管多长时间", "能管多长时间", "有效期"),
        ("修设备前用不用先把闸拉了", "把闸拉了", "切断电源"),
        ("从配电箱搭根线过来行不", "搭根线", "私自接线"),
        ("工友在池子底下晕过去了能跳下去把他拽上来不", "拽上来", "盲目施救"),
        ("工友在池子底下晕过去了能跳下去把他拽上来不", "池子底下", "有限空间"),
    ],
)
def test_spoken_workplace_words_reach_the_written_words(
    analyzer: Analyzer, question: str, said: str, written: str
) -> None:
    assert written in _expansions(analyzer, question).get(said, set())


@pytest.mark.parametrize(
    ("question", "unwanted"),
    [
        ("食堂食物中毒了怎么办", "窒息"),  # 中毒 of food is not 中毒和窒息
        ("手擦破皮了要报工伤吗", "绝缘破损"),  # 破皮 of skin is not of a wire
        ("民政服务机构的安全谁牵头", "专业技术服务机构"),
        ("受伤了要送医院吗", "医疗卫生机构"),
        ("能帮忙查一下动火的规定吗", "帮扶"),  # a request to the bot, not 指导帮扶
        ("全链条排查整治", "转动部位"),
        ("培训不系统怎么办", "未系挂"),
        ("接班人怎么培养", "交接班"),  # 接班人 is a successor, not a shift handed over
        ("提交班组长签字", "交接班"),
        ("挤伤手指怎么办", "拥挤踩踏"),  # a machine crushing a finger, not a crowd
        ("检测电缆绝缘", "验电器"),
        ("锅炉里着火", "油锅起火"),
        # A term that begins inside one word and ends inside the next is not said (体检 in 气体|检测).
        ("相关气体检测多久一次", "职业健康检查"),
        ("钢丝绳断丝多少报废", "谎报"),
        ("塔吊顶升要注意什么", "装修"),
    ],
)
def test_spoken_words_inside_other_words_do_not_expand(
    analyzer: Analyzer, question: str, unwanted: str
) -> None:
    expanded = {alt for alts in _expansions(analyzer, question).values() for alt in alts}
    assert unwanted not in expanded


def test_rule_words_do_not_pull_in_everyday_words(analyzer: Analyzer) -> None:
    expanded = {
        alt for alts in _expansions(analyzer, "动火作业的作业许可证由谁审批").values() for alt in alts
    }
    assert not expanded & {"干活", "电焊", "明火", "老板"}


# Frequencies are facts: a group that says 每年 must not also say 每月. (A question word — 多久 —
# may lead to every frequency: what it asks for is one of them.)
_FREQUENCY = {"年": "年", "半年": "半年", "季度": "季度", "月": "月", "个月": "月", "周": "周", "星期": "周"}
_FREQUENCY |= {"日": "日", "天": "日", "班": "班"}


def _frequency(term: str) -> str | None:
    return _FREQUENCY.get(term[1:]) if term.startswith("每") else None


@pytest.mark.parametrize("group", TABLE, ids=lambda g: g.terms[0])
def test_no_group_mixes_frequencies(group: SynonymGroup) -> None:
    if any(t in ("多久", "多长时间") or t.startswith("多久") for t in group.said):
        return
    frequencies = {f for t in group.terms + group.said if (f := _frequency(t))}
    assert len(frequencies) <= 1, group


def test_no_trigger_is_a_single_character_but_a_few_unmistakable_ones() -> None:
    single = {t for g in TABLE for t in g.triggers if len(t) == 1}
    assert single <= {"罚", "钱", "岁"}  # (岁 is only ever an age)


def test_an_age_and_an_automatic_cart_are_found_as_rules_write_them(analyzer: Analyzer) -> None:
    assert {"周岁", "年龄"} <= set(analyzer.query("我今年五十六岁了，还能上架子干登高的活吗？").words)
    assert "自动导引车" in analyzer.query("那个自动小车离人多近会停").words


def test_the_most_a_worker_asks_for_is_the_limit_a_rule_writes(analyzer: Analyzer) -> None:
    assert "不得超过" in analyzer.query("叉车在车间里最快能开多快").words
    assert "不宜超过" in analyzer.query("切割机离电箱最远能隔多远").words


def test_a_beer_and_passing_a_test_are_found_as_rules_write_them(analyzer: Analyzer) -> None:
    assert "饮酒" in analyzer.query("中午喝了瓶啤酒，下午还能进场吗").words
    assert "合格" in analyzer.query("那个安全考试考多少分算过关").words


def test_a_broader_written_word_counts_for_less_than_a_synonym() -> None:
    """劳保鞋 asked, 劳动防护用品 written: the item may be about it but does not say it, so it
    covers the question less than the same rule would through a plain synonym (劳保鞋 = 安全鞋)."""
    from knowledge.curated import CuratedSet
    from knowledge.documents import parse_text
    from knowledge.engine import BROADER_WORD_SHARE, KnowledgeIndex, document_passages

    rules = "某某化工公司班组安全管理规定\n第一条 班组长应当在每班开工前检查员工劳动防护用品佩戴情况。"
    passages = document_passages(parse_text(rules, "rules.txt"))
    question = "劳保鞋多久检查一次"

    def key_phrase_share(group: SynonymGroup) -> float:
        index = KnowledgeIndex.build(passages, CuratedSet([]), analyzer=Analyzer(synonyms=[group]))
        found = index.candidates(question)
        assert found and index.items[found[0].item].passage is not None
        return found[0].features[3]  # whether the question's most telling phrase is said

    directed = key_phrase_share(SynonymGroup(("劳动防护用品",), said=("劳保鞋",)))
    plain = key_phrase_share(SynonymGroup(("劳保鞋", "劳动防护用品")))
    assert plain == 1.0
    assert directed == BROADER_WORD_SHARE


def test_only_a_directed_group_marks_its_words_as_broader() -> None:
    analyzer = Analyzer(
        synonyms=[SynonymGroup(("劳动防护用品",), said=("劳保鞋",)), SynonymGroup(("危化品", "危险化学品"))]
    )
    exact = {span: same for span, _, same in analyzer.query("危化品仓库的劳保鞋").alternatives}
    assert exact == {"劳保鞋": False, "危化品": True}


def test_a_term_said_with_a_word_put_in_still_counts() -> None:
    analyzer = Analyzer(
        synonyms=[
            SynonymGroup(("撤离", "疏散"), said=("往哪跑", "赶紧跑")),
            SynonymGroup(("频次", "周期"), said=("多久1次", "多久做")),
        ]
    )
    assert _expansions(analyzer, "闻到氨味儿了往哪边跑") == {"往哪边跑": {"撤离", "疏散"}}
    # Two characters put in at most.
    assert _expansions(analyzer, "往哪个方向上跑") == {}
    # A term of the group said as written wins over a gapped one (多久做, not 多久做1次).
    assert _expansions(analyzer, "体检多久做一次") == {"多久做": {"频次", "周期"}}


@pytest.mark.parametrize(
    ("question", "filler"),
    [
        ("厂里悄悄报了个大隐患能拿奖不", "厂里"),
        ("厂里悄悄报了个大隐患能拿奖不", "悄悄"),
        ("上头老是来查这块", "上头"),
        ("厂里要是炸了，老板得多快打电话报到县里去", "要是"),
        ("刚来的要上够多少个钟头的课才能上岗", "才能"),
        ("送药的进了工房一直待着能待多久", "一直"),
        ("这种地方一个人能进去不", "地方"),
        ("这份制度是从哪天开始执行的", "这份"),
        ("料已经堆了好几天了要不要清", "已经"),
    ],
)
def test_everyday_fillers_are_not_what_a_question_is_about(
    analyzer: Analyzer, question: str, filler: str
) -> None:
    terms = analyzer.query(question)
    assert filler not in terms.words and filler not in terms.phrases
    assert terms.words  # what the question is about is still there


def test_everyday_actions_and_things_are_found_as_rules_write_them(analyzer: Analyzer) -> None:
    assert "停留" in analyzer.query("送药的进了工房能在里面待多久").words
    assert "携带" in analyzer.query("兜里揣着打火机进车间会怎样").words
    assert "带领" in analyzer.query("一个人能领着进去几个亲戚").words
    assert "休息日" in analyzer.query("礼拜天加班要不要审批").words


def test_a_term_that_normalises_to_nothing_is_left_out(tmp_path: Path) -> None:
    table = tmp_path / "synonyms.yaml"
    table.write_text("- said: [零下, 零下几度]\n  written: [低温]\n", encoding="utf-8")
    (group,) = load_synonyms(table)
    assert "" not in group.terms and "" not in group.triggers


def test_no_word_is_read_across_a_comma(analyzer: Analyzer) -> None:
    terms = analyzer.query("进车间门口摸那个铁球球，手要按住多久才算数？")
    assert "球手" not in terms.phrases and "球手" not in terms.words
    assert "按住" in terms.phrases


def test_a_space_typed_between_words_parts_them_like_a_comma(analyzer: Analyzer) -> None:
    terms = analyzer.query("搭个叉车去仓库那头行不 省得走路了")
    assert "省得" in terms.phrases
    assert "不省得" not in terms.phrases and "不省得" not in terms.words


def test_formal_near_synonyms_reach_the_word_the_rule_writes(analyzer: Analyzer) -> None:
    assert "满载" in analyzer.query("储油量要够发电机组满负荷运转多长时间").words
    assert "初次" in analyzer.query("安全管理人员首次培训要多少学时").words


def test_a_store_named_before_its_inside_is_read_as_the_store(analyzer: Analyzer) -> None:
    """酒库里 is 酒库 + 里, not 酒 + 库里 (a name in jieba's dictionary): the question keeps 库."""
    assert "库" in analyzer.phrases("在酒库里抽烟被逮住了会咋样")
    assert "库里" not in analyzer.words("成品库里能堆几层")


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("罐子里氧气到好多以下就不能进了", "罐子里氧气到多少以下就不能进了"),
        ("出了事要好久之内报上去", "出了事要多久之内报上去"),
        ("拿气管吹一下得不得行", "拿气管吹一下行不行"),
        ("那次事故死了好多人", "那次事故死了好多人"),  # "many", not asked
        ("好久没做演练了", "好久没做演练了"),
    ],
)
def test_regional_asking_words_are_read_as_standard_ones(question: str, plain: str) -> None:
    assert asked_plainly(question) == plain


def test_how_many_and_together_are_not_what_a_question_is_about(analyzer: Analyzer) -> None:
    """好几台 and 一块儿 say how many and how: a rule on 铲雪车 spacing need not say them."""
    phrases = analyzer.phrases("好几台铲雪车一块儿推雪，车跟车要隔多远")
    assert "好几" not in phrases and "块儿" not in phrases
    assert "雪车" in phrases or "铲雪车" in phrases


@pytest.mark.parametrize(
    ("question", "words", "not_words"),
    [
        ("事故排风机会自动开启吗", {"风机", "自动"}, {"机会"}),
        ("今天班上人手不够", {"人手"}, {"班上"}),
        ("罐子里一次最多能干多久", {"罐子"}, {"能干"}),
        ("被扣掉6分会怎么处理", {"处理"}, {"分会"}),
        ("叉车载着货物能开多快", {"叉车", "货物"}, {"车载"}),
    ],
)
def test_a_question_is_not_cut_into_words_its_asker_did_not_mean(
    analyzer: Analyzer, question: str, words: set[str], not_words: set[str]
) -> None:
    phrases = set(analyzer.query(question).phrases)
    assert words <= phrases and not (not_words & phrases)
