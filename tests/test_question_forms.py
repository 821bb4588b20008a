"""Questions asked otherwise than the rules say it: the figure a question asks for, abbreviations."""

from __future__ import annotations

import pytest

from knowledge.answer_types import expected_type
from knowledge.documents import parse_text
from knowledge.engine import Candidate, KnowledgeIndex, Passage, document_passages, short_document_name


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("举报一个重大隐患能奖多少钱", "money"),
        ("没办证就动火了罚多少", "money"),
        ("冷库每个月的电费大概是多少", "money"),
        ("夜班补贴每个班发多少", "money"),
        ("动火前周边易燃物要清掉多大范围", "distance"),
        ("新来的要培训几个钟头才能上岗", "hours"),
        ("要提前几天申请延期", "days"),
        ("灭火器的有效期是几年", "years"),
        ("调度中心的电话是多少", "phone"),
        ("叉车在厂区能开多快", "speed"),
        ("我们有80来号人，要配几个专职的安全管理员", "people"),
        ("厂里要是炸了，老板得多快打电话报到县里去", "timespan"),
        ("电梯困人了维保的多快赶到", "timespan"),
        ("货车在园区主干道上最高能开到多少速度", "speed"),
        ("女的一个人最多能搬多重的箱子", "weight"),
        ("手动液压搬运车一次能拉几吨", "weight"),
        ("罐里干活一次能待多久", "timespan"),
        ("叉车多长时间要送检一次", "frequency"),
        ("灭火器多久检查一次", "frequency"),
        ("留样冰箱的温度每天要记录几次", "times"),
        ("值夜班的隔多久得起来转一圈看看", "frequency"),
        ("每隔多长时间巡查仓库", "frequency"),
        ("滤毒盒用多久得换", "timespan"),  # changed after a life of use as often as at a period
        ("外包的人进厂要接受多长时间的安全教育", "timespan"),
        ("冷藏间的温度是多少度", "unit:度"),
        ("冷藏间的温度要控制在多少", "temperature"),
        ("罐区防火堤的高度要求是多少", "distance"),
        ("注水泵出口压力要多大", "pressure"),
        ("病理科甲醛浓度超过多少算超标", "concentration"),
        ("爬架刮到几级风要停", "wind"),
        ("码头上风刮多大就不让船靠泊了", "wind"),
        ("安全阀的校验周期是多少", "timespan"),
        ("动火证有效期多长", "timespan"),
        ("一台消防车要配几个消防员", "people"),
        ("有限空间作业需要几个监护人", "people"),
        ("劳保鞋和工作服一年发多少件", None),
        ("外单位的人戴什么颜色的安全帽", "colour"),
        ("职业病体检是在哪家医院做的", "hospital"),
        ("喷漆房排风机的风量要达到多少", "airflow"),
        ("圆锯片转速最高不能超过多少", "rotation"),
        ("油漆仓库里要放几个灭火器", "extinguishers"),
        ("除尘器的滤袋要用什么材质的", "material"),
        ("炉衬一般用什么材料打结", "material"),
        ("隐患整改完要报送什么材料", None),
        ("报警值设定为多少ppm", "unit:ppm"),
        ("联系人的电子邮箱是多少", "email"),
        ("工作专班的组长叫什么名字", "name"),
        ("承包商的保证金什么时候退还", "when"),
        ("每月几号前报送进展", "when"),
        ("实施方案要在几月几日前报送", "when"),
        ("夜班是从几点到几点", "clock"),
        ("动火作业有哪几点要求", None),
        ("动火作业六查是什么", None),
        ("电焊工没证能干活吗", "permission"),
        ("我爸今年61了，还能来工地干活不", "permission"),
        ("罐子里有人晕倒了，我能下去拉他吗", "permission"),
        ("把车间租给没资质的小老板，行不行？", "permission"),
        ("报个隐患能拿多少钱", "money"),
        ("动火作业要办什么手续", None),
        # forms a worker asks a figure in that name no unit the usual way
        ("进污水池之前氧气要测到多少才行", "concentration"),
        ("可燃气体得低于多少才让人下去", "concentration"),
        ("报警器到多少浓度会联锁停车", "concentration"),
        ("叉车前后要拉开多少距离", "distance"),
        ("小车离人多近会自己停", "distance"),
        ("机械臂要慢到什么程度人才能进去", "speed"),
        ("气体灭火放气前给几秒钟撤离", "seconds"),
        ("新员工要上多少个钟头的课", "hours"),
        ("电梯一次能上多少个人", "people"),
        ("安委会开会按什么频率", "frequency"),
        ("应急预案演练频次有什么要求", "frequency"),
        ("堆场的边坡坡度多少合适", "slope"),
        ("起爆前鸣笛响几声", "unit:声"),
        ("停气影响多少户要上报", "unit:户"),
        ("烘箱温度升到多高会自动断电", "temperature"),
        ("管道压力升到多高要泄压", "pressure"),
        ("货架最多能堆多高", "distance"),
        ("沼气柜边上动火谁批", "who"),
        ("隐患整改完由哪个部门验收", "who"),
        ("吸尘器和机器开机关机谁先谁后", None),
        ("收费亭上岗的时候门要不要锁上", "permission"),
        ("进罐子需不需要办票", "permission"),
        ("泄漏了警戒范围怎么划定", "distance"),
        ("硫酸罐子最多能打多满", "percent"),
        ("固化炉点火前要吹扫几分中", "minutes"),  # 分中: 分钟 typed with a homophone
        ("每月几号前报送进展", "when"),
        ("电焊面罩的护目镜片应该选几号遮光号", None),  # a shade number, not a date
        ("导轨架垂直度偏差最多允许多少", None),  # a figure, not whether it is allowed
        ("宿舍允许用电热毯吗", "permission"),
        ("职工每年体检一次还是两次", "frequency"),
    ],
)
def test_the_figure_a_question_asks_for(question: str, kind: str | None) -> None:
    found = expected_type(question)
    assert (found.name if found else None) == kind


@pytest.mark.parametrize(
    ("question", "text", "states"),
    [
        ("罚多少", "第一次给予警告并罚款100元", True),
        ("罚多少", "罚款二千元至五千元", True),
        ("罚多少", "违反规定的给予通报批评", False),
        ("夜班补贴每个班发多少钱", "夜班带班人员每班补贴50元", True),
        ("夜班补贴每个班发多少钱", "夜班脱岗的罚款500元", False),  # an amount, but not of a 补贴
        ("严重违章罚多少钱", "严重违章对违章责任人每次考核2000元", True),  # 考核 is how a rule fines
        ("油漆仓库里要放几个灭火器", "油漆仓库配备不少于4个35千克推车式灭火器", True),
        ("油漆仓库里要放几个灭火器", "起火时使用干粉或者二氧化碳灭火器扑救", False),
        ("除尘器的滤袋要用什么材质的", "滤袋应当采用防静电材质", True),
        ("除尘器的滤袋要用什么材质的", "除尘器滤袋每周检查一次有无破损", False),
        ("报个隐患能奖多少钱", "经核实的一般隐患每条奖励五十元", True),
        ("给工人发多少取暖补贴", "按每人每月300元的标准发放高温津贴", True),
        ("给工人发多少取暖补贴", "宿舍取暖统一使用项目部配发的电暖器", False),
        ("积尘能用压缩空气吹掉吗", "面粉投料间的积尘严禁使用压缩空气吹扫", True),
        ("焊完了人能直接走不", "确认无残留火种后方可离开", True),
        ("积尘能用压缩空气吹掉吗", "除尘器滤袋每月检查一次", False),
        ("劳保鞋多久发一次", "叉车司机必须年满18周岁", False),  # an age, not 18 weeks
        ("劳保鞋多久发一次", "劳保鞋每6个月发放一双", True),
        ("女工最多能搬多重", "女职工单人搬运单件货物不超过20kg", True),
        ("女工最多能搬多重", "搬运货物应量力而行", False),
        ("照明电压最多多少伏", "电源电压不应大于36V", True),
        ("多大范围", "动火点周围10米范围内的可燃物应当清除", True),
        ("多大范围", "动火点周围的可燃物应当清除", False),
        ("几年", "证件每3年复审一次", True),
        ("几年", "本办法自2025年3月1日起施行", False),  # a date says when, not how long
        ("几年", "防毒面具发放周期：每2年1套", True),
        ("几个小时", "岗前培训时间不少于24学时", True),
        ("多久", "连续作业不得超过四十分钟", True),
        ("多久检查一次", "排烟罩每季度清洗1次", True),
        ("多久检查一次", "车间周查、公司月查", True),
        ("多久检查一次", "压力容器两年检验一次", True),
        ("多久检查一次", "检验周期：6个月", True),
        ("多久检查一次", "每次使用前检查", True),
        ("多久检查一次", "在定期检验有效期届满前1个月提出申请", False),  # a deadline
        ("多久检查一次", "连续作业不得超过45分钟", False),  # a duration
        ("多久检查一次", "发现泄漏立即停车", False),
        ("多久", "车间周查、公司月查", True),
        ("多久", "应急物资每季度检查一次", True),
        ("多久", "本规定自2025年5月1日起施行", False),
        ("多久", "监护人不得离开作业现场", False),
        ("多少度", "冻结物冷藏间（-18℃至-25℃）", True),
        ("电子邮箱是多少", "联系人：胡某，电话：0763-1234567", False),
        ("电子邮箱是多少", "邮箱：safety@example.cn", True),
        ("组长叫什么名字", "联系人：胡家彬，电话：0763-1234567", True),
        ("组长叫什么名字", "组长：王建国（局长）", True),
        ("组长叫什么名字", "成立工作专班，组长：局长，副组长：分管副局长", False),
        ("什么时候退还", "协议期满且未发生安全事故的，保证金全额退还", True),
        ("什么时候完成", "2025年底前完成更新", True),
        ("什么时候报送", "每月5日前报送", True),
        ("什么时候报告", "三个月内报告", True),
        ("要留到什么时候", "交底记录保存至工程竣工验收后1年", True),  # a span after an event
        ("什么时候退还", "审查近三年安全业绩，缴纳保证金", False),  # a span, not a date
        ("什么时候退还", "每次违约从安全保证金中扣除", False),
        ("什么时候退还", "一年内发生两次严重违章的清退出场", False),
        ("几点开饭", "夜班时间为当日20时至次日8时", True),
        ("几点开饭", "每两小时巡查一次", False),
        # An internal or emergency number is short; a short figure elsewhere is no phone number.
        ("出了事打哪个电话", "立即报告保卫科（院内应急电话：8119）", True),
        ("着火了打什么电话", "立即拨打119报警", True),
        ("出了事打哪个电话", "每班不少于2人，2025年起执行", False),
        ("防火堤的高度是多少", "防火堤高度不低于1.0米，且不高于2.2米", True),
        ("防火堤的高度是多少", "防火堤内严禁堆放可燃物，雨水排放阀平时关闭", False),
        ("注水泵出口压力要多大", "注水泵出口压力不低于1.2MPa", True),
        ("注水泵出口压力要多大", "由中控室远程启动注水泵向罐内注水", False),
        ("甲醛浓度超过多少算超标", "甲醛浓度超过0.5mg/m³时停止取材", True),
        ("可燃气体浓度超过多少要报警", "一级报警为爆炸下限的20%", True),
        ("刮到几级风要停", "风力达到5级及以上时停止升降", True),
        ("风速多大要停止吊装", "风速超过13.8米/秒时停止起重作业", True),
        ("风速多大要停止吊装", "吊装作业必须设专人指挥", False),
        ("外单位的人戴什么颜色的安全帽", "外来施工人员佩戴黄色安全帽", True),
        ("不同颜色的安全帽分别给谁戴", "进入生产区域必须佩戴安全帽", False),
        ("职业病体检在哪家医院做", "由公司委托具有资质的职业健康检查机构进行体检", True),
        ("职业病体检在哪家医院做", "公司组织在岗期间的职业健康检查，费用由公司承担", False),
        ("职业病体检在哪家医院做", "体检统一在市第二人民医院进行", True),
        ("值夜班的多长时间要巡查", "值班人员每小时巡检一次化成柜", True),
        # a rulebook written in traditional characters states its figures all the same
        ("在禁烟区抽烟罚多少钱", "違規行為：在禁菸區吸菸，當事人罰款：罰款500元", True),
        ("洗眼器多久测试一次", "由廢水站操作員每週測試一次並記錄", True),
        ("承包商要交多少押金", "承攬商應繳納安全保證金人民幣5000元", True),
        # a fines table read as one line: its header names the fine, its rows give the amounts
        (
            "没证开叉车被抓到罚多少",
            "违章行为处罚标准序号违章行为罚款金额其他处理 1 在禁烟区域吸烟或者携带火种进入生产区 1000元停岗培训3天 6 无证驾驶叉车 1500元通报批评",
            True,
        ),
        (
            "没证开叉车被抓到罚多少",
            "无证驾驶叉车的，由安全环保部责令停止作业。叉车每年检验一次，检验费800元",
            False,
        ),
        ("进污水池之前氧气要测到多少才行", "氧含量应在19.5%～23.5%之间", True),
        ("进污水池之前氧气要测到多少才行", "进入前必须进行气体检测并做好记录", False),
        ("气体灭火放气前给几秒钟撤离", "声光报警后延时30s喷放", True),
        ("气体灭火放气前给几秒钟撤离", "防护区人员应立即撤离", False),
        ("堆场的边坡坡度多少合适", "排土场平台应保持2%～3%的反坡", True),
        ("堆场的边坡坡度多少合适", "排土场应设置安全车挡", False),
        ("安委会开会按什么频率", "安全卫生委员会每季度召开一次例会", True),
        ("安委会开会按什么频率", "安全卫生委员会由总经理担任主任", False),
        ("一级动火谁批", "一级动火作业票由生产副总经理审批", True),
        ("一级动火谁批", "动火点周围严禁存放可燃物", False),
        ("硫酸罐子最多能打多满", "储罐充装量不得超过罐容积的85%", True),
        ("硫酸罐子最多能打多满", "储罐区设置围堰和事故池", False),
        ("这本汇编是哪天修订的", "版本：V2.0，日期：2023-06-20，修订人：韩立新", True),
        ("无尘室里异丙醇最多能放几升", "易燃溶剂总量不超过20公升", True),
        ("两个储罐之间隔多远", "储罐之间的防火间距不小于15公尺", True),
        ("消防检查什么时候做", "每周五下午开展一次消防检查", True),
        ("消防检查什么时候做", "消防检查由安全环保部组织", False),
        ("动火票办下来能管用多长时间", "审批单有效期不超过一个班次", True),
        ("夜班能连着上多久", "夜班连续不得超过两个班", True),
        ("硫酸储罐容积是多少立方", "硫酸储罐容积为20m³，设置围堰", True),
        ("硫酸储罐容积是多少立方", "事故池有效容积不小于30立方米", True),
        ("硫酸储罐容积是多少立方", "硫酸储罐应设置围堰和防腐地面", False),
        ("仓库每个防火分区最大多少平方", "每个防火分区面积不超过500平方米", True),
        ("电池间的浮充电压应该设多少", "浮充电压设定为2.25V/单体", True),
        ("电池间的浮充电压应该设多少", "电池间应保持通风良好", False),
        ("泄爆口面积得开多大", "泄爆口面积不小于0.5m²", True),
        ("泄爆口面积得开多大", "提升机应设置泄爆口", False),
        ("轮胎气压要打到多少", "轮胎气压保持0.8MPa", True),
        ("氧气间的换气次数要达到多少", "每小时换气次数不少于12次/h", True),
        ("加臭量是每立方米多少毫克", "四氢噻吩加臭量不低于20mg/m³", True),
        ("加臭量是每立方米多少毫克", "加臭剂由专人管理", False),
        ("夜班能连着上多久", "夜班由班组长负责安排", False),
    ],
)
def test_whether_a_text_states_that_figure(question: str, text: str, states: bool) -> None:
    found = expected_type(question)
    assert found is not None
    assert found.found_in(text) is states


RULES = "\n".join(
    [
        "某某机械公司安全生产奖惩办法",
        "第一章 奖励",
        "第一条 员工报告重大事故隐患的，经核实给予奖励，并在年度评优中优先考虑。",
        "第二条 奖励标准：一般隐患每条200元，重大事故隐患每条3000元。",
        "第二章 动火",
        "第三条 动火作业必须办理动火作业许可证，监火人必须持有监火人证，全程在场监护。",
        "第四条 动火点周围10米范围内的可燃物必须清除干净。",
    ]
)


def _rulebook_index(name: str, *lines: str, prefix: str | None = None) -> KnowledgeIndex:
    """An index of one small rulebook written out line by line."""
    return KnowledgeIndex.build(document_passages(parse_text("\n".join(lines), name), prefix))


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    parsed = parse_text(RULES, "rules.txt")
    return KnowledgeIndex.build(document_passages(parsed))


def test_the_passage_with_the_figure_answers(index: KnowledgeIndex) -> None:
    answer = index.answer("报告重大事故隐患奖励多少钱？")
    assert answer.answered
    assert "3000元" in " ".join(e.text for e in answer.evidence)


def test_asking_for_a_figure_no_passage_states_gets_no_answer(index: KnowledgeIndex) -> None:
    """The subject is in the rules (监火人证), the figure asked for (its validity in years) is not."""
    answer = index.answer("监火人证的有效期是几年？")
    assert not answer.answered
    assert answer.suggestions  # the passage on the subject is still offered


def test_an_abbreviated_phrase_counts_as_half_said() -> None:
    """办公区/生活区 are written 办公生产、生活等区域 in the rules: the question is still answered."""
    index = _rulebook_index(
        "drills.txt",
        "某某公司应急演练制度",
        "第一条 各车间每年至少组织一次综合应急演练。",
        "第二条 在厂区范围内，针对办公生产、生活等区域，每年分别至少开展一次疏散逃生演练。",
        "第三条 演练结束后应当进行评估总结。",
        prefix="d",
    )
    answer = index.answer("厂里办公区和生活区都得搞逃生演练?")
    assert answer.answered
    assert "针对办公生产、生活等区域" in answer.evidence[0].text


@pytest.mark.parametrize(
    ("question", "text", "states"),
    [
        ("接地电阻不能超过多少欧姆", "接地电阻不大于10欧姆", True),
        ("接地电阻不能超过多少欧姆", "防雷防静电设施每年检测一次", False),
        ("动火点要配几具灭火器", "动火点配备灭火器不少于两具", True),
        ("气瓶压力低于多少兆帕要充装", "气瓶压力低于25兆帕的应当及时充装", True),
        ("劳保鞋一年发几双", "高帮隔热防砸劳保鞋每6个月发放1双", True),
        ("防暑饮料每人每天发几瓶", "防暑降温期内为高温岗位员工发放防暑降温饮料和药品", False),
    ],
)
def test_a_number_of_units_asked_for(question: str, text: str, states: bool) -> None:
    found = expected_type(question)
    assert found is not None and found.name.startswith("unit:")
    assert found.found_in(text) is states


def test_the_clause_that_says_the_question_in_one_sentence_goes_first() -> None:
    """Of two candidates scoring alike, a passage that meets the question's words here and there
    goes after the clause that says them together."""
    index = _rulebook_index(
        "tanks.txt",
        "某某储运公司有限空间作业规定",
        "第一条 罐区出入口应当设置登记台，外来人员一律登记。"
        "作业人员应当持证上岗，作业记录保存不少于三年，每次检查结果一并归档。",
        "第二条 作业人员每次在罐内连续作业不超过四十分钟，轮换休息不少于十五分钟。",
        prefix="t",
    )
    question = "罐里干活一次能待多久"
    view = index._view(question)
    assert view is not None
    by_text = {
        passage.text[:3]: c for c in index.candidates(question) if (passage := index.items[c.item].passage)
    }
    spread, together = by_text["第一条"], by_text["第二条"]
    assert index._focus(together.item, view) >= index._focus(spread.item, view) + 0.2
    # Scoring alike (the spread one a little higher), the clause goes first; far apart, it does not.
    spread.score, together.score = 10.0, 9.5
    assert index._prefer_focused([spread, together], view)[0] is together
    spread.score, together.score = 10.0, 5.0
    assert index._prefer_focused([spread, together], view)[0] is spread


def test_may_i_questions_prefer_the_rule_that_forbids_or_allows() -> None:
    """还能…不 / 能不能…: of two candidates scoring alike, the one that says 严禁, 不得 or 方可 goes
    first and is the more confident; a clear lead is kept."""
    index = _rulebook_index(
        "dust.txt",
        "某某食品公司粉尘防爆管理规定",
        "第一条 投料间的灰尘和除尘气管每班由班组长检查，吹扫情况记入台账。",
        "第二条 面粉投料间的积尘严禁使用压缩空气吹扫。",
        prefix="d",
    )
    question = "投料间的灰尘能用气管吹吗"
    view = index._view(question)
    assert view is not None and view.answer_type is not None and view.answer_type.name == "permission"
    by_text = {
        passage.text[:3]: c for c in index.candidates(question) if (passage := index.items[c.item].passage)
    }
    silent, forbids = by_text["第一条"], by_text["第二条"]
    silent.score, forbids.score = 10.0, 9.5
    assert index._prefer_typed([silent, forbids], view.answer_type)[0] is forbids
    silent.score, forbids.score = 10.0, 8.0
    assert index._prefer_typed([silent, forbids], view.answer_type)[0] is silent


def test_when_a_rule_takes_effect_is_its_own_article_not_the_date_it_was_issued() -> None:
    """从哪天开始执行 asks for 自…起施行; 哪天印发 and the 文号 are the header's."""
    index = _rulebook_index(
        "rules.txt",
        "某某化工有限公司文件",
        "某化安〔2025〕8号",
        "关于印发《某某化工有限公司安全生产管理制度》的通知",
        "各部门、各车间：",
        "现将《某某化工有限公司安全生产管理制度》印发给你们，请认真贯彻执行。",
        "某某化工有限公司安全环保部",
        "2025年3月18日",
        "某某化工有限公司安全生产管理制度",
        "第一条 为加强安全生产管理，制定本制度。",
        "第二条 动火作业前应当进行气体分析。",
        "第三条 本制度自2025年4月1日起施行。",
    )
    for question in ("新版安全制度从哪天开始执行？", "这个制度什么时候开始实施"):
        answer = index.answer(question)
        assert answer.answered and "2025年4月1日起施行" in answer.evidence[0].text
    for question in ("这份文件是哪天印发的", "文号是多少"):
        answer = index.answer(question)
        assert answer.answered and "某化安〔2025〕8号" in answer.evidence[0].text


def test_a_question_on_what_the_document_says_goes_past_its_header() -> None:
    """The header shares the title's words with every question on the document: when it scores
    alike with a passage of the body, the body answers, unless the question asks about the
    document itself (its 文号, who issued it, its contact)."""
    index = _rulebook_index(
        "plan.txt",
        "某某化工有限公司文件",
        "某化安〔2025〕8号",
        "关于印发《某某化工有限公司隐患整改实施方案》的通知",
        "各部门、各车间：",
        "现将《某某化工有限公司隐患整改实施方案》印发给你们，请认真贯彻执行。",
        "某某化工有限公司安全环保部",
        "2025年3月18日",
        "某某化工有限公司隐患整改实施方案",
        "一、各车间应当于4月30日前制定本车间的整改实施方案，报送安全环保部。",
        "二、动火作业前应当进行气体分析。",
        prefix="p",
    )

    def header_and_body(question: str) -> tuple[Candidate, Candidate]:
        found = index.candidates(question)
        header = next(c for c in found if (p := index.items[c.item].passage) and p.kind == "header")
        body = next(c for c in found if (p := index.items[c.item].passage) and p.text.startswith("一、"))
        header.score, body.score = 10.0, 9.5
        return header, body

    question = "各车间要在几月几日前把整改实施方案报送安全环保部？"
    view = index._view(question)
    assert view is not None
    header, body = header_and_body(question)
    assert index._prefer_body_to_header([header, body], view)[0] is body
    body.score = 5.0  # far behind: the header keeps its place
    assert index._prefer_body_to_header([header, body], view)[0] is header

    for question in ("这个整改实施方案的文号是多少？", "这个整改实施方案的文件编号是什么？"):
        view = index._view(question)
        assert view is not None
        header, body = header_and_body(question)
        assert index._prefer_body_to_header([header, body], view)[0] is header


@pytest.mark.parametrize(
    ("issuer", "short"),
    [
        ("远通物流股份有限公司安全管理委员会", "远通物流公司"),
        ("鑫和化工有限公司安全环保部", "鑫和化工公司"),
        ("青岛北港国际集装箱码头股份有限公司", "青岛北港公司"),
        ("上海市宝山区国有资产监督管理委员会", "上海市宝山区国资委"),
    ],
)
def test_a_button_names_the_document_by_its_issuer_in_short(issuer: str, short: str) -> None:
    passage = Passage("k#1", "k.txt", "安全生产管理规定", None, issuer, ("第一条",), "第一条 …")
    assert short_document_name(passage) == short


def test_a_figure_in_a_rule_that_says_nothing_of_what_it_is_asked_of_is_no_answer() -> None:
    """喷漆室的过滤棉多长时间更换: the rule on the 喷漆室's fan states a time (15分钟) but says nothing
    of the 过滤棉, so that time is no sign of an answer; asked of the fan, it is the answer."""
    index = _rulebook_index(
        "paint.txt",
        "某某机械公司涂装作业安全规定",
        "第一条 喷漆室排风系统应在喷漆作业开始前开启，作业结束后继续运行不少于15分钟。",
        "第二条 喷漆室、调漆间为爆炸危险区域，电气设备必须为防爆型。",
        "第三条 涂装车间每半年委托有资质的检测机构对作业场所漆雾浓度检测1次。",
    )
    filters = index._view("喷漆室的过滤棉多长时间更换一次？")
    assert filters is not None and {"过滤", "更换"} <= filters.asked_of
    assert not index.answer("喷漆室的过滤棉多长时间更换一次？").answered
    fan = index.answer("喷漆作业结束后排风机还要开多长时间？")
    assert fan.answered and "不少于15分钟" in fan.evidence[0].text
    assert index.answer("漆雾浓度多久检测一次").answered
    # A may-I question asks of the whole question, not of a figure.
    may_i = index._view("喷漆室里能用手机吗")
    assert may_i is not None and may_i.asked_of == frozenset()


def test_how_often_is_answered_by_a_period_of_the_thing_asked_of() -> None:
    """多久…一次 asks for a period. 立即, or a period of something else (排烟罩每季度清洗) in a rule
    that names the thing asked of, is no answer; 多久检查 → 每季度 is a way to ask, not to say 检查."""
    index = _rulebook_index(
        "fire.txt",
        "某某食品公司消防安全规定",
        "第一条 每条油炸线旁配备灭火毯2块和灭火器。排烟罩和排油烟管道每季度清洗1次。",
        "第二条 设备部负责叉车等特种设备的管理，在定期检验有效期届满前1个月提出定期检验申请。",
        "第三条 发现燃气泄漏，立即关闭阀门并报告。",
        "第四条 消防水泵每月启动试运行1次。",
    )
    assert not index.answer("油炸线旁边的灭火器多久检查一次？").answered
    assert not index.answer("燃气阀门多长时间检查一次？").answered
    pump = index.answer("消防水泵多久试运行一次？")
    assert pump.answered and "每月" in pump.evidence[0].text
    # 才能, 以后 and 下去 say how a figure is asked, not what of; they take no room between the two.
    vent = index._view("仓房散气以后几个钟头之内才能下去")
    assert vent is not None and "仓房" in vent.asked_of
    assert not vent.asked_of & {"以后", "之内", "才能", "下去"}
    # The unit a figure is asked in is not what it is asked of (课时 in 多少课时).
    hours = index._view("消防培训要上多少课时")
    assert hours is not None and "课时" not in hours.asked_of and "培训" in hours.asked_of
    # Nor are the words asking it (几天 in 连着上几天).
    nights = index._view("夜班能连上几天？")
    assert nights is not None and "夜班" in nights.asked_of and "几天" not in nights.asked_of


def test_a_site_workers_words_find_the_rule_written_otherwise() -> None:
    """防触电开关 is a 漏电保护器 and 跳闸电流 its 动作电流; 管用 asks how long a thing is valid;
    没戴帽子 is not wearing a 安全帽; 签字单子 are the signed records and 留到 how long they are kept."""
    index = _rulebook_index(
        "site.txt",
        "某某建设公司项目部安全生产管理制度",
        "第一条 开关箱内漏电保护器的额定漏电动作电流不大于30mA，额定漏电动作时间不大于0.1秒。",
        "第二条 施工升降机的防坠安全器应在有效标定期内使用，有效标定期限不超过1年。",
        "第三条 进入施工现场不戴安全帽的，每次罚款100元。",
        "第四条 安全技术交底由交底人和被交底人签字确认，交底记录保存至工程竣工验收后1年。",
        "第五条 塔式起重机每月进行一次全面检查。",
    )
    for question, rule in [
        ("末级电箱里的防触电开关，跳闸电流最大能设到多少？", "30mA"),
        ("施工电梯上防坠器校验一次，管用多长时间？", "不超过1年"),
        ("被安全员抓到没戴帽子，要扣多少钱？", "罚款100元"),
        ("安全交底的签字单子归档后要留到什么时候？", "竣工验收后1年"),
    ]:
        answer = index.answer(question)
        assert answer.answered and rule in answer.evidence[0].text, question


def test_a_may_i_question_in_a_workers_words_is_answered_by_the_rule_that_forbids_it() -> None:
    index = _rulebook_index(
        "warehouse.txt",
        "某某物流公司仓储安全管理规定",
        "第一条 叉车司机必须持证上岗，每班作业前检查制动、转向、喇叭和灯光。",
        "第二条 叉车严禁载人，严禁用货叉托举人员登高作业；货物遮挡视线时应倒车行驶。",
        "第三条 货架每季度检查一次立柱和横梁，发现变形立即卸货停用。",
        "第四条 临时用电线路的接引和拆除必须由持证电工实施，使用单位人员严禁私自接线或在配电柜内取电。",
        "第五条 仓库内严禁吸烟，严禁使用明火。",
        "第六条 有限空间发生人员中毒或晕倒时，监护人严禁在未佩戴呼吸器的情况下进入施救，应立即报警。",
    )
    lift = index.answer("货架太高够不着，能让叉车司机用货叉把我举上去吗？")
    assert lift.answered and "严禁用货叉托举人员" in lift.evidence[0].text


def test_a_workers_own_figure_set_against_the_rules_limit_does_not_count_against_it() -> None:
    """我今年56岁了: the rule writes its limit (不超过55周岁), never the worker's own figure."""
    index = _rulebook_index(
        "site.txt",
        "某某建设公司项目部安全生产管理制度",
        "第一条 进入施工现场的作业人员应年满18周岁，从事高处作业、起重作业的男性不超过55周岁。",
        "第二条 施工现场的围挡高度不低于2.5米。",
        "第三条 塔式起重机每月进行一次全面检查。",
        "第四条 进入施工现场不戴安全帽的，每次罚款100元。",
    )
    old = index.answer("我今年56岁了，还能去工地干登高或者吊装的活吗？")
    assert old.answered and "不超过55周岁" in old.evidence[0].text


def test_two_questions_in_one_message_are_answered_by_both_rules() -> None:
    index = _rulebook_index(
        "cylinders.txt",
        "某某机械公司气瓶管理规定",
        "第一条 氧气瓶与乙炔瓶存放的间距不得小于5米，距明火不得小于10米。",
        "第二条 焊接车间现场存放的氧气瓶、乙炔瓶各不得超过5瓶，超出部分存入气瓶库。",
        "第三条 气瓶库每周检查一次。",
    )
    answer = index.answer("氧气瓶和乙炔瓶存放要隔多远？焊接车间现场最多能放几瓶？")
    assert answer.answered
    said = (answer.answer or "") + "".join(e.text for e in answer.evidence)
    assert "不得小于5米" in said and "各不得超过5瓶" in said
    # What the answer already quotes is not offered again as a related question.
    quoted = {e.key for e in answer.evidence}
    assert not quoted & {s.key for s in answer.suggestions}
    # One question, one rule.
    single = index.answer("氧气瓶和乙炔瓶存放要隔多远？")
    assert [e.text[:3] for e in single.evidence] == ["第一条"]


def test_a_figure_is_bound_to_what_the_heading_above_it_names() -> None:
    """A procedure titled 制冷机房值班安全操作规程 speaks of the on-duty round in every item, though
    its items never repeat the words; a rule that names the thing in another sentence does not."""
    index = _rulebook_index(
        "cold.txt",
        "某某冷链公司岗位安全操作规程",
        "一、制冷机房值班安全操作规程",
        "1. 每2小时巡检一次机房全部设备，记录运行参数。",
        "2. 发现异常立即报告制冷主管。",
        "二、吊篮安全操作规程",
        "1. 操作人员每日作业前检查安全锁。钢丝绳出现断丝、扭结的应当报废。",
    )
    rounds = index.answer("制冷机房值班多久巡一遍？")
    assert rounds.answered and "每2小时" in rounds.evidence[0].text
    assert not index.answer("吊篮的钢丝绳多长时间更换一次？").answered


def test_a_fuel_station_workers_words_find_the_rule_written_otherwise() -> None:
    """洗油罐 is 清罐 and 下尺子 the 人工计量 by dipstick; a manager 出门 is 外出 and whoever 顶着 his
    post is his 代理人; a taxi's 客人 are its 乘客."""
    index = _rulebook_index(
        "station.txt",
        "某某能源公司加油站安全管理手册",
        "第一条 站长外出超过1天的，应书面指定代理人并报片区经理备案。",
        "第二条 为出租车加油时，应请乘客下车至安全区域等候。",
        "第三条 卸油完毕静置不少于30分钟后方可进行人工计量。",
        "第四条 清罐作业属于受限空间作业，罐内人员每次作业不超过1小时。",
        "第五条 加油机每日班前检查一次。",
    )
    for question, rule in [
        ("站长要出门几天以上就得找个人顶着", "超过1天"),
        ("拉客的出租车来加油，后座客人用不用下来", "请乘客下车"),
        ("卸完油等多久才能下尺子量", "不少于30分钟"),
        ("洗油罐的人下到罐里一次最多干多久就得出来", "不超过1小时"),
    ]:
        answer = index.answer(question)
        assert answer.answered and rule in answer.evidence[0].text, question


def test_an_amount_whose_unit_only_the_table_caption_states_answers_how_much() -> None:
    """处罚标准（单位：元） over rows of bare figures (对直接责任人：500) states amounts of money."""
    index = _rulebook_index(
        "fines.txt",
        "某某水务公司安全生产奖惩办法",
        "第一条 有限空间作业必须设专人监护，监护人不得离开作业点。",
        "第二条 违反本办法的，按表2处罚。",
        "表2 常见违章行为处罚标准（单位：元）",
        "违章行为：监护人擅自离开监护岗位，对直接责任人：500，对连带责任人：班组长200。",
        "违章行为：加氯间漏巡，对直接责任人：100，对连带责任人：班组长50。",
    )
    fine = index.answer("有限空间监护的人跑开了罚多少？")
    assert fine.answered and "对直接责任人：500" in fine.evidence[0].text


def test_a_rulebook_in_traditional_characters_answers_how_much_and_how_often() -> None:
    index = _rulebook_index(
        "taiwan.txt",
        "某某電子公司安全衛生管理規章",
        "第一條 廠區內除指定吸菸區外全面禁菸。",
        "第二條 違規罰款標準：在禁菸區吸菸或攜帶火種，當事人罰款500元，並予書面警告。",
        "第三條 加藥區應設置緊急洗眼沖淋器，由廢水站操作員每週測試一次並記錄。",
        "第四條 承攬商應繳納安全保證金人民幣5000元，工程結束且無違規者全額退還。",
        "第五條 承攬商人員違規者，罰款自保證金中扣除。",
    )
    fine = index.answer("在厂里禁烟的地方抽烟被逮到罚多少钱？")
    assert fine.answered and "罰款500元" in fine.evidence[0].text
    test = index.answer("加药区的洗眼器多久测试一次？")
    assert test.answered and "每週測試一次" in test.evidence[0].text
    deposit = index.answer("外面承包商进厂干活要交多少押金？")
    assert deposit.answered and "5000元" in deposit.evidence[0].text


def test_how_workers_ask_how_many_uses_who_keeps_a_key_how_fast_and_whether_an_old_rule_counts() -> None:
    """用几回 asks a 使用次数, 收着 who 保管s a thing, 赶到 how soon one 到达s, and whether an old
    version 还算不算数 asks whether it was 废止."""
    index = _rulebook_index(
        "yard.txt",
        "某某船舶公司安全生产管理制度",
        "第一条 吊码重复使用不得超过3次，每次使用前应检查焊缝。",
        "第二条 上锁挂牌的个人安全锁钥匙由本人随身保管，不得交由他人。",
        "第三条 义务消防队员接到火警后应在3分钟内到达现场。",
        "第四条 本制度自2025年9月1日起施行，原《安全生产责任制（试行）》同时废止。",
        "第五条 船坞排水前应清点坞内人员。",
        # Rules that name the same things but do not answer (a close match the words alone pick).
        "第六条 吊码焊接由持证焊工施工，焊后由班组长检查确认。",
        "第七条 钥匙箱由当班班长管理，交接班时清点。",
        "第八条 安全生产责任制由安全环保部每年修订一次。",
        "第九条 消防控制室实行24小时值班。",
    )
    for question, rule in [
        ("吊码能反复用几回", "不得超过3次"),
        ("我自己那把锁的钥匙能不能交给班长统一收着？", "随身保管"),
        ("义务消防队员听到火警要多快赶到？", "3分钟内到达现场"),
        ("以前那个试行版的责任制还算不算数", "同时废止"),
    ]:
        answer = index.answer(question)
        assert answer.answered and rule in answer.evidence[0].text, question


def test_how_long_a_thing_lasts_before_a_new_one_is_answered_only_by_a_rule_that_renews_it() -> None:
    """防寒服多久能领一套新的 asks a renewal period: the rule that has workers wear the suit for 45
    minutes at a time does not answer it; a rule that issues or replaces it on a period does."""
    index = _rulebook_index(
        "cold.txt",
        "某某冷链公司冷库作业安全规定",
        "第一条 在冷藏间内作业应穿戴防寒服、防寒鞋和防寒手套，连续作业时间不得超过45分钟。",
        "第二条 除尘器灰斗每班卸灰不少于1次，除尘器泄爆口必须朝向安全区域。",
        "第三条 防静电工作服每2年发放一套，破损的以旧换新。",
        "第四条 叉车蓄电池每月检查1次电解液液位。",
    )
    assert not index.answer("冷库的防寒服多久能领一套新的？").answered
    assert not index.answer("除尘器的布袋多长时间换一次？").answered
    suits = index.answer("防静电工作服穿多久能换一套新的？")
    assert suits.answered and "每2年发放一套" in suits.evidence[0].text
    # Not a renewal question: how often a thing is checked is bound as before.
    assert index.answer("叉车蓄电池多久检查一次电解液").answered


def test_a_number_of_hours_answers_only_with_the_action_it_is_asked_of() -> None:
    """几个小时 is bound like 多长时间: the rule that names the battery and states a driver's 4 hours
    in another sentence does not say how long a battery charges."""
    index = _rulebook_index(
        "forklift.txt",
        "某某仓储公司叉车安全规定",
        "第一条 叉车蓄电池应在专用充电区充电，严禁在库内充电。叉车司机每班连续驾驶不超过4小时。",
        "第二条 叉车每日出车前检查制动和喇叭。",
    )
    assert expected_type("叉车蓄电池充电要充几个小时") is not None
    assert not index.answer("叉车蓄电池充电要充几个小时").answered
    assert index.answer("叉车司机一个班连续驾驶最多几个小时").answered


@pytest.mark.parametrize(
    ("rules", "unanswered", "answered", "answer"),
    [
        (
            # the rule on carrying the detector and reading it every 30 minutes does not say how
            # often it is calibrated; the one that has it calibrated every half year does
            (
                "第一条 舱内作业人员要随身佩戴四合一气体检测仪，监护人每30分钟记录一次读数。",
                "第二条 便携式一氧化碳报警仪每半年标定一次。",
            ),
            "四合一检测仪多久要送去校准一次？",
            "一氧化碳报警仪多久要校准一次？",
            "每半年标定一次",
        ),
        (
            # the rule naming the pool's silt and its pump's monthly run does not say how often it
            # is cleaned; the one that cleans the hood every quarter does
            (
                "第一条 事故应急池池底淤泥由环保部负责处置，应急池提升泵每月试运行一次。",
                "第二条 厨房排烟罩和排油烟管道每季度清洗1次。",
            ),
            "事故应急池多久清一次池底的淤泥？",
            "排烟罩多久清洗一次？",
            "每季度清洗1次",
        ),
        (
            # a years question goes through the same check of the act as a span of time: the yearly
            # check of the harness is no renewal; the helmet's 2-year life is
            (
                "第一条 安全带每年进行一次外观检查，使用时高挂低用。",
                "第二条 安全帽的使用期限为2年，到期报废。",
            ),
            "安全带用几年就得换新的？",
            "安全帽用几年就得换新的？",
            "使用期限为2年",
        ),
        (
            # the lift manager's yearly training does not say how often his certificate is
            # reviewed; the welder's certificate reviewed every 3 years does
            (
                "第一条 电梯安全管理员每年参加一次安全培训，持证上岗。",
                "第二条 焊工的特种作业操作证每3年复审一次。",
            ),
            "电梯安全管理员的证书几年复审一次？",
            "焊工的操作证几年复审一次？",
            "每3年复审一次",
        ),
    ],
    ids=["calibrated", "cleaned", "renewed-in-years", "reviewed"],
)
def test_how_often_a_thing_is_calibrated_cleaned_renewed_or_reviewed_is_answered_only_by_a_rule_that_does_it(
    rules: tuple[str, ...], unanswered: str, answered: str, answer: str
) -> None:
    index = _rulebook_index("rules.txt", "某某公司设备安全规定", *rules)
    assert not index.answer(unanswered).answered
    found = index.answer(answered)
    assert found.answered and answer in found.evidence[0].text


def test_how_long_before_a_rest_and_how_often_an_exam_are_answered_only_by_rules_that_say_so() -> None:
    """连续开车多长时间要休息 and 多长时间要体检一次 are not answered by a crane rule that names the
    driver and states how often the rope is checked; a rule on rests, or a table of health checks
    under its caption, answers."""
    crane = _rulebook_index(
        "crane.txt",
        "某某铸造公司起重机械安全规定",
        "第一条 桥式起重机司机每班作业前点检制动器，维修人员每周对钢丝绳进行一次检查。",
        "第二条 起重机司机须持证上岗。",
    )
    assert not crane.answer("行车司机连续开车多长时间要换班休息一下？").answered
    assert not crane.answer("开行车的司机多长时间要体检一次？").answered
    index = _rulebook_index(
        "health.txt",
        "某某铸造公司职业健康管理规定",
        "第一条 桥式起重机司机每班作业前点检制动器。",
        "第二条 叉车司机连续驾驶2小时应休息不少于15分钟。",
        "第三条 职业健康检查周期按下表执行：",
        "\u2063岗位：喷漆工，在岗期间检查周期：每半年1次，检查项目：血常规。",
        "\u2063岗位：落砂工，在岗期间检查周期：每年1次，检查项目：纯音听阈测试。",
    )
    rest = index.answer("叉车司机连续开多长时间要休息一下？")
    assert rest.answered and "休息不少于15分钟" in rest.evidence[0].text
    exam = index.answer("喷漆工多久做一次职业病体检？")
    assert exam.answered and "每半年1次" in exam.evidence[0].text


def test_a_word_typed_with_a_homophone_is_read_as_the_rules_word() -> None:
    """厚渡 is no word: typed with pinyin for 厚度, it is read as the corpus's 厚度. 底下 is a word of its
    own and is left as it is, though the rules write only 地下."""
    index = _rulebook_index(
        "dust.txt",
        "某某面粉厂粉尘防爆安全规定",
        "第一条 投料间地面积尘厚度不得超过1毫米，每班清扫不少于1次。",
        "第二条 地下料仓进人作业前必须通风。",
    )
    dust = index.answer("面粉投料间地面积尘厚渡不能超过多少？")
    assert dust.answered and "不得超过1毫米" in dust.evidence[0].text
    assert index._homophone_repairs("投料间地面积尘厚渡") == [("厚渡", "厚度")]
    assert index._homophone_repairs("料仓底下能进人吗") == []


def test_a_temperature_the_worker_adds_does_not_count_against_the_rule_without_it() -> None:
    """零下二十五度 reads as 25°c: the unit's letter says little the number does not, so a rule that
    never gives the temperature (it only names the freezer) still answers how long one may work."""
    index = _rulebook_index(
        "cold.txt",
        "某冷链公司冷库作业规程",
        "第一条 冷库区包括1号、2号冷冻库和3号冷藏库，冷冻库设计温度-25℃，冷藏库0～4℃。",
        "第二条 在冷冻库内连续作业不得超过40分钟，出库后应在暖房休息不少于15分钟。",
        "第三条 叉车进入冷库前应检查灯光、喇叭和制动，冷库内限速8km/h。",
        "第四条 冷库门应装设内开门装置和求救报警按钮，每月测试一次。",
    )
    for question in ("零下二十五度的冷冻库里一口气最多能干多久", "冷冻库零下二十五度能连续干多久"):
        answer = index.answer(question)
        assert answer.answered, question
        assert "不得超过40分钟" in answer.evidence[0].text


def test_a_measure_of_an_attribute_the_rule_never_names_is_no_answer() -> None:
    """额定起重量 is what the figure is asked of: a rule giving the 额定载荷 of a dock plate, in tonnes,
    does not say how much the forklift lifts."""
    index = _rulebook_index(
        "dock.txt",
        "某物流公司装卸作业规程",
        "第一条 叉车在库区内行驶限速5km/h，转弯和倒车时鸣笛。",
        "第二条 装卸平台调节板额定载荷为8t，叉车连同货物的总重不得超过额定载荷。",
        "第三条 叉车司机必须持证上岗，每班作业前检查制动和货叉。",
    )
    assert not index.answer("叉车的额定起重量是多少吨").answered
    answered = index.answer("装卸平台调节板的额定载荷是多少吨")
    assert answered.answered and "8t" in answered.evidence[0].text


def test_who_signs_is_answered_by_the_rule_that_names_a_role() -> None:
    """谁签 asks for a person or a department: of two rules on the permit, the one naming who signs
    it answers, not the one that only says a permit is needed."""
    index = _rulebook_index(
        "confined.txt",
        "某水务公司有限空间作业规定",
        "第一条 进入污水井、化粪池、沉淀池等有限空间作业，必须先办理《有限空间作业审批单》，未经审批严禁作业。",
        "第二条 有限空间作业审批单填写作业内容、气体检测结果和监护人，经作业部门负责人签字同意，报安全环保部备案。",
        "第三条 作业前应当先通风、再检测、后作业，机械通风时间不少于30分钟。",
        "第四条 有限空间作业审批单只限当次作业使用，作业结束后交回安全环保部存档一年。",
    )
    answer = index.answer("下污水井的审批单找谁签")
    assert answer.answered
    assert "作业部门负责人签字" in answer.evidence[0].text


def test_a_question_asked_in_south_western_words_is_answered() -> None:
    """好久之内 asks how soon and 得不得行 whether one may, as a worker in 四川 asks them."""
    index = _rulebook_index(
        "pit.txt",
        "某酒业公司窖池作业规定",
        "第一条 窖池清理前必须强制通风，作业前检测窖内二氧化碳浓度，低于0.5%方可进入。",
        "第二条 窖池作业必须两人以上，池上设专人监护，监护人不得离开。",
        "第三条 发生人员受伤的，班组长应在30分钟内报告车间主任，车间主任在1小时内报告安全环保部。",
        "第四条 粉碎车间积尘应采用负压吸尘清扫，严禁使用压缩空气吹扫。",
    )
    for question, rule in (
        ("手被夹了班长要好久之内报上去", "30分钟内报告车间主任"),
        ("粉碎机那边的灰拿气管吹一下得不得行", "严禁使用压缩空气吹扫"),
    ):
        answer = index.answer(question)
        assert answer.answered, question
        assert rule in answer.evidence[0].text


def test_an_everyday_question_is_not_answered_by_a_rule_that_happens_to_share_a_word() -> None:
    """今天天气怎么样 shares 天气 with a rule on bad weather, 快递到了吗 快递 with one on parcel
    points: a bot in a works' chat hears such things, and answers neither with a rule nor with
    buttons of rules. A short question that names a rule (三不动火) is still answered."""
    index = _rulebook_index(
        "site.txt",
        "某建设公司安全管理规定",
        "第一条 遇大风、暴雨等恶劣天气，应停止室外高处作业，严密防范极端天气。",
        "第二条 作业人员不得在塔吊回转半径内使用手机。",
        "第三条 快递和外卖人员不得进入施工现场。",
        "第四条 三不动火：没有动火证不动火，防火措施不落实不动火，监火人不在现场不动火。",
    )
    for question in ("今天天气怎么样", "快递到了吗", "手机没电了怎么办"):
        answer = index.answer(question)
        assert not answer.answered and not answer.suggestions, question
    named = index.answer("三不动火是哪三条")
    assert named.answered and "监火人不在现场不动火" in named.evidence[0].text


def test_a_rule_that_states_no_period_is_no_confident_answer_to_how_often() -> None:
    """叉车…定期检验合格 shares every word of 叉车多久做一次定期检验 and states no period: however
    close the words, it is at best a coin toss, while the rule that states one is sure."""
    index = _rulebook_index(
        "equipment.txt",
        "某新能源公司设备安全管理规定",
        "第一条 叉车等场内机动车辆必须经特种设备检验机构定期检验合格，司机持证上岗，实行一人一车一钥匙管理。",
        "第二条 空压机储气罐每班排水一次，安全阀每年校验一次。",
        "第三条 配电室每月检查一次，绝缘工具每半年试验一次。",
        "第四条 叉车司机每班作业前检查制动、转向、喇叭和灯光。",
        "第五条 起重机械每年由检验机构检验一次，吊索具每月检查一次。",
    )
    assert index.answer("厂里的叉车多久要做一次定期检验？").score < 0.5
    stated = index.answer("起重机多久检验一次")
    assert stated.answered and stated.score > 0.9 and "每年由检验机构检验一次" in stated.evidence[0].text


def test_a_period_bound_to_another_thing_past_a_semicolon_is_no_answer() -> None:
    """A rule's clauses apart by ；are rules of their own: the 紧急切断阀 is named in the clause after
    安全阀每月手动排放试验1次, so that period says nothing of how often the valve is tested."""
    index = _rulebook_index(
        "boiler.txt",
        "某某食品公司锅炉房安全管理规定",
        "第一条 锅炉安全阀每月手动排放试验1次；燃气紧急切断阀由设备部负责维护，锅炉房内严禁堆放杂物。",
        "第二条 司炉工必须持证上岗，每班巡检不少于2次。",
    )
    assert not index.answer("锅炉房的燃气紧急切断阀多久要做一次动作测试？").answered
    valve = index.answer("锅炉安全阀多久做一次排放试验？")
    assert valve.answered and "每月手动排放试验1次" in valve.evidence[0].text
