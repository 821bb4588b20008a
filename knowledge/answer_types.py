"""What kind of answer a question asks for (an amount of money, a number of days, a distance …),
and whether a text holds one.

"动火点周围多大范围要清理" can only be answered by a text with a distance in it, "举报奖励多少钱"
by one with an amount of money. A passage on the right subject without such a figure does not
answer the question ("监火人证的有效期是几年" against a passage that only says who holds the
证), and among close candidates the one with the figure is the likelier answer. The types are
general Chinese question forms, not tied to any document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.normalize import TRAD_TO_SIMP

# A number as rules write it: digits or Chinese numerals.
_NUMERAL = "[0-9０-９.零〇一二两三四五六七八九十百千万]"
_NUMBER = f"{_NUMERAL}+"
# An amount in a table whose caption states the unit once (处罚标准（单位：元）), its cells bare figures
# (对直接责任人：500).
_CAPTION_AMOUNT = (
    r"单位\s*[：:]\s*(?:元|万元)\s*[）)][\s\S]*?：\s*[0-9０-９]+(?:\.[0-9０-９]+)?(?=[，,。；;\n]|$)"
)
# 多快 before a thing to get done (多快打电话报到县里, 多快赶到) asks how soon, not how fast.
_SOON_DONE = "[^，,。？?]{0,4}(?:报|打电话|通知|赶|到场|到达|到现场|处理|修|整改|撤|疏散|响应|回复|完成)"
# A check made at a period, as rules abbreviate it (班组日查, 车间周查, 公司月查).
_ROUND_AT_PERIOD = "(?<![0-9０-９])[日周月季年][查检巡]"


# The commonest Chinese surnames, for telling a person's name from a title or a noun.
# Common Chinese surnames, for telling a person's name from a title or a noun (without those that
# mostly start everyday words: 于每年, 许可, 马上, 方案, 高温, 范围 …).
_SURNAMES = "王李张刘陈杨黄赵吴徐孙朱胡郭郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯陶黎贺郝龚邵覃"


@dataclass(frozen=True)
class AnswerType:
    name: str
    asked: re.Pattern[str]  # how a question asks for it
    given: re.Pattern[str]  # how a text states it
    # A close candidate that states such an answer goes before a better-scored one that does not
    # (within this share of the best score), and the confidence moves by these log-odds: an item
    # without the figure asked for does not answer the question whatever its words share with it;
    # one with it very likely does. (4 log-odds left a rule sharing every word of the question but
    # stating no figure answered at 0.5–0.85; 6 declines nine more negatives on the hold-out sets
    # and, with dates written 2021-03-15 and Taiwan's 公升 read, no right answer.)
    promote_share: float = 0.55
    found_logit: float = 2.0
    missing_logit: float = 6.0

    def found_in(self, text: str) -> bool:
        # The patterns are written in simplified characters; a rulebook in traditional ones (罰款500元,
        # 每週測試一次) states its figures all the same.
        return self.given.search(_simplified(text)) is not None


@lru_cache(maxsize=1 << 14)
def _simplified(text: str) -> str:
    """(The same passages and sentences are read for every question: each is translated once, and
    a text already simplified is kept as itself, not as a copy.)"""
    translated = text.translate(TRAD_TO_SIMP)
    return text if translated == text else translated


def _type(name: str, asked: str, given: str, **weights: float) -> AnswerType:
    return AnswerType(name, re.compile(asked), re.compile(given), **weights)


# Checked in order; the first that a question asks for is its type.
ANSWER_TYPES: tuple[AnswerType, ...] = (
    _type(
        "money",
        r"多少钱|[罚奖扣赔交]多少|多少元|几元|几块钱|多少块|金额是?多少|[罚奖]款?几"
        r"|(费|工资|补贴|补助|奖金|津贴|价格|价钱)[^，,。？?]{0,5}(多少|几)"
        r"|(多少|几)[^，,。？?]{0,4}(费|工资|补贴|补助|奖金|津贴)",
        rf"{_NUMBER}\s*(元|块钱|万元)|{_CAPTION_AMOUNT}",
    ),
    _type("email", r"邮箱|电子邮件|[eE]-?mail", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+"),
    _type("website", r"网址|网站|网页|链接", r"https?://|www\.|\.(cn|com|net|org)\b"),
    # A phone number; an internal or emergency one is short (院内应急电话：8119, 拨打119).
    _type(
        "phone",
        # (电话报完了 asks no number: it says how the report was made)
        r"号码|热线|手机号|联系电话|电话[^，,。？?]{0,4}(多少|几|啥|什么)|(哪个|什么|啥)电话|电话[？?！!。\s]*$",
        r"[0-9０-９][0-9０-９\- ]{4,}|(?:电话|热线|分机|号码|拨打)[：:\s]*[0-9０-９]{3,6}",
    ),
    # A person's name: a common surname and one or two characters, set off as a name is in a
    # rule (联系人：胡家彬，… / 组长：王某某（局长）); "组长：局长" names no one.
    _type(
        "name",
        r"叫什么名字|叫啥名|名字是什么|名字叫什么|姓名是|是哪位",
        rf"(?:^|[：:，,、\s（(])[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=$|[\s，,、；;。（(])|[\u4e00-\u9fff]{{2,3}}同志",
    ),
    _type(
        "airflow",
        r"(风量|流量|排风量|通风量|换气量|换气次数|抽水能力|排水能力)[^，,。？?]{0,6}(多少|多大|几)",
        r"m³/h|m3/h|立方米/小?时|立方米每小时|次/小?时|换气次数",
    ),
    _type("rotation", r"转速[^，,。？?]{0,6}(多少|多快|多高|几)", r"转/分|转每分|r/min|rpm|RPM"),
    _type(
        "extinguishers",
        r"(几|多少)(?!具)[个台瓶只]?[\u4e00-\u9fff]{0,4}灭火器",  # (几具 is asked as the unit 具)
        rf"{_NUMBER}\s*[具个台瓶只]",
    ),
    _type(
        "material",
        # (报送什么材料 asks for papers, not a substance)
        r"什么材质|啥材质|哪种材质|(用|拿)(什么|啥|哪种)材?料|(什么|啥)材料(做|制|打|砌|铺|造)",
        r"材质|材料|防静电|导静电|阻燃|不燃|难燃|不锈钢|铝|铜|钢|塑料|橡胶|棉|涤纶|帆布|玻璃|陶瓷|石棉|耐火",
    ),
    _type("colour", r"什么颜色|啥颜色|哪种颜色|哪个颜色|颜色是|不同颜色", r"[红黄蓝绿白黑橙灰紫棕]色"),
    _type(
        "hospital",
        r"哪家医院|什么医院|哪个医院|哪所医院|去哪看病|去哪儿?体检",
        r"医院|卫生院|医疗机构|体检机构|检查机构|诊所",
    ),
    # (how full a tank or a drum may be filled: 最多能打多满, 装到多满)
    _type("percent", r"百分之几|多少比例|比例是多少|百分比|多少个点|多满|几成满", r"%|％|百分之"),
    _type(
        "weight",
        r"多重|多沉|几斤|多少斤|多少公斤|多少千克|几公斤|多少吨|几吨|多大重量|重量是?多少|载重多少",
        rf"{_NUMBER}\s*(kg|KG|Kg|公斤|千克|吨|斤|t(?![A-Za-z]))",
    ),
    # Wind: 刮到几级风要停, 风速多大, 风力超过多少 (before 几级 of any kind)
    _type(
        "wind",
        r"风速|风力[^，,。？?]{0,6}(多少|多大|几)|几级(以上)?的?大?风|多大的?风|风[^，,。？?]{0,4}多大",
        rf"{_NUMBER}\s*(级|米/秒|m/s)",
    ),
    # (跑多少码: km/h; a robot or a belt moves in mm/s or m/min)
    _type(
        "speed",
        rf"多快(?!{_SOON_DONE})|多慢|慢到|限速|时速|车速|速度|多少码|几码",
        r"公里|km|千米|m/s|mm/s|m/min|米/秒|米/分|米每秒",
    ),
    _type(
        "pressure",
        # (a unit named after 多少 is asked for as that unit: 多少兆帕)
        r"(?:压力|气压|压强)[^，,。？?]{0,6}(多少|多大|多高|几)(?!个?(兆帕|千帕|帕|公斤))|多大压力|多少压力",
        rf"{_NUMBER}\s*(?i:MPa|kPa|Pa|兆帕|千帕|帕|公斤压力|bar)",
    ),
    _type(
        "voltage",
        r"电压[^，,。？?]{0,6}(多少|多大|多高|几)(?!个?(伏|千伏))|多少伏",
        rf"{_NUMBER}\s*(伏|千伏|V(?![A-Za-z])|kV|KV)",
    ),
    _type(
        "area",
        r"面积[^，,。？?]{0,6}(多少|多大|几)(?!个?平方)",
        rf"{_NUMBER}\s*(平方米|m²|m2|平方)",
    ),
    _type(
        "temperature",
        # (温度每天记录几次 asks how many times, not how warm)
        r"温度[^，,。？?]{0,6}(多少|多高|多低|几)(?!个?(度|摄氏度)|[次回遍趟])",
        rf"{_NUMBER}\s*(℃|°C|°|度)",
    ),
    _type(
        "concentration",
        # (a gas measured before going in: 氧气得在多少才能进, 可燃气体得低于多少, 到多少浓度)
        r"(浓度|含量)[^，,。？?]{0,6}(多少|多高|多低|几)|多少(的)?浓度"
        r"|(氧气?|可燃气体?|有毒气体?|一氧化碳|硫化氢|CO|H2S)[^，,。？?]{0,6}(多少|多高|多低)(?!钱|人|米|天|分钟|小时)",
        rf"{_NUMBER}\s*(%|％|ppm|mg/m|毫克|LEL|lel)|百分之|爆炸下限",
    ),
    # (after the measures a question names: 温度升到多高 asks a temperature, not a height)
    _type(
        "distance",
        r"多远|多近|多少米|几米|多大范围|多高|多深|多宽|多长的距离|(多少|多大|多长)的?(距离|间距)"
        r"|范围[^，,。？?]{0,6}(如何|怎么|怎样)(划|定|设|拉)"
        r"|(高度|长度|宽度|深度|厚度|距离|间距|净距|半径|高差)[^，,。？?]{0,6}(多少|多大|多高|多长|几)",
        rf"{_NUMBER}\s*(米|m|公里|厘米|毫米|mm|cm|公尺|公分)",  # (Taiwan's 公尺, 公分)
    ),
    _type(
        "slope",
        r"坡度[^，,。？?]{0,6}(多少|多大|几)|多大的?坡度|多少坡度",
        rf"{_NUMBER}\s*(%|％|°|度|‰)|1\s*[:：]\s*{_NUMBER}",
    ),
    _type(
        "hours",
        r"几个?小时|几个?钟头|多少个?小时|多少个?钟头|几个?学时|多少个?学时|几个?课时|多少个?课时",
        r"小时|学时|课时|钟头",
    ),
    _type("minutes", r"几分[钟中]|多少分[钟中]", r"分钟"),
    _type("seconds", r"几秒|多少秒", rf"{_NUMBER}\s*(秒|s(?![A-Za-z]))"),
    _type("days", r"几天|多少天|(?<!月)几日|几个工作日|多少个工作日", rf"{_NUMBER}\s*个?(工作)?[日天]"),
    _type("months", r"几个月|多少个月|哪几个月|哪个月", r"月"),
    # 几年 of a duration, not a calendar year (2025年 says when, not how long)
    # (每2年1套 is a span: a figure after 年 marks a date only when no 每 comes before)
    _type(
        "years",
        r"几年|多少年",
        rf"(?<![0-9０-９]){_NUMERAL}{{1,3}}个?(周)?年(?![底初中0-9])|每{_NUMERAL}{{1,3}}个?年|每年|年度",
    ),
    # How often (多久检查一次): a period a thing is done at (每季度, 每2小时, 两年一次, 检验周期, 月查),
    # not a deadline or a duration (届满前1个月, 不得超过45分钟) and not 立即. (多久换 is not asked
    # this way: a thing is changed after a life of use as often as at a period: 累计使用满40小时.)
    _type(
        "frequency",
        # (隔多久 asks the interval between rounds; 转一圈 is a round)
        r"(多久|多长时间|多少时间|多长的时间)[^，,。？?]{0,10}[一1][次回检遍趟圈]|隔多久|隔多长时间"
        r"|(什么|啥|哪种|怎样的?)频[率次]|频[率次][^，,。？?]{0,6}(多少|几|什么|怎么|要求|是)"
        # (每年体检一次还是两次: which of two frequencies)
        rf"|{_NUMERAL}[次回]还是{_NUMERAL}[次回]",
        rf"每\s*隔?\s*{_NUMERAL}*\s*个?半?(班|天|日|周|星期|月|季|年|旬|小时|钟头|分钟|次|批|轮)"
        rf"|隔\s*{_NUMERAL}|间隔|周期|频次|频率|{_NUMERAL}+\s*个?半?(小时|天|日|周|星期|月|季度|年)\s*[一1]?[次检]|次\s*/"
        rf"|{_ROUND_AT_PERIOD}",
    ),
    # How long, or how often (多久 asks either): any span of time, 每班/每月, or 立即.
    _type(
        "timespan",
        r"多久|多长时间|多少时间|多长的时间|时限是?多|期限是?多|(周期|有效期|间隔)[^，,。？?]{0,4}(多长|多久|多少|几)"
        rf"|多快(?={_SOON_DONE})",
        # (not a date: 2025年5月1日 says when, not how long)
        rf"(?<![0-9０-９月年]){_NUMERAL}{{1,3}}\s*个?半?(分钟|小时|钟头|学时|课时|工作日|天|日|周(?!岁)|星期|季度"
        r"|月(?![0-9０-９零一二三四五六七八九十底初中])|年(?![底初中0-9]))"
        rf"|每.{{0,2}}(班|天|日|周|月|季|年|旬|小时|钟头)|{_ROUND_AT_PERIOD}|立即|立刻|马上|随时|当[天日班]"
        # (a shift as a span: 有效期不超过一个班次, 连续两个班)
        rf"|{_NUMERAL}{{1,3}}\s*(?:个班次|班次|个班(?![组长]))",
    ),
    # When: a date, a deadline or a moment set by an event (年底前, 3月10日前, 期满后, 立即).
    _type(
        "when",
        # (几号 of a date, 每月几号前; not a size, 几号遮光号, 几号镜片)
        r"什么时候|啥时候|何时|哪天|哪一天|几号(?![\u4e00-\u9fff]{0,3}号|镜片|电池|线|楼|门|炉|罐|库)|几月几[日号]"
        r"|哪个?月|什么时间|起止时间|截止|最晚|最迟|哪一?年",
        # a date (2025年, 26年, 3月, 10日) — 近三年 is a span, not a date
        rf"(?<![0-9])(?:[0-9]{{4}}|[0-9]{{2}})\s*年|{_NUMERAL}{{1,2}}\s*月(?!内)|{_NUMERAL}{{1,3}}\s*[日号]"
        # (a date as a form or a revision table writes it: 2021-03-15, 2024.5.1, 2024/05/01)
        r"|(?<![0-9])[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}(?![0-9])"
        # (a day of the week or a part of the day: 每周五下午, 星期一上午)
        r"|(?:周|星期|礼拜)[一二三四五六日天1-7]|[上下]午"
        r"|年底|年初|年末|月底|月初|[上下]半年|期满|届满|结束后|完成后|合格后|之前|以前|之后|以后|之日起|起施行|起执行"
        # (a span after an event: 竣工验收后1年, 退场后2年)
        rf"|后\s*{_NUMERAL}{{1,3}}\s*个?(年|月|日|天|周)"
        # (a deadline within hours, days or months; 一年内发生两次 counts events, it sets no date)
        rf"|{_NUMERAL}+\s*(个?(小时|天|日|工作日|周)|个月)内|立即|当天|当日|次日|随时",
    ),
    _type(
        "clock",
        r"(?<!哪)几点(?!要求|内容|意见|措施|做法)|几时几分",
        rf"{_NUMERAL}{{1,2}}\s*[时点](?!前|后)|[0-9]{{1,2}}[:：][0-9]{{2}}",
    ),
    _type("times", r"几次|多少次|几回", rf"{_NUMBER}\s*次|每.{{1,3}}一次"),
    _type(
        "people",
        r"几个人|几名|多少个?人|几人|多少名|(几|多少)个?[\u4e00-\u9fff]{0,8}(员|工人|监护人|责任人|负责人)(?![\u4e00-\u9fff]?[证费服])",
        rf"{_NUMBER}\s*(名|人)",
    ),
    # (几分中 is 几分钟 typed with a homophone)
    _type("points", r"扣几分|几分(?![钟中])|多少分(?![钟中])", rf"{_NUMBER}\s*分(?!钟|之|级|公司|包|管)"),
    _type("level", r"几级", rf"{_NUMBER}\s*级"),
    # Who does it (谁批, 找谁签字, 哪个部门验收): a rule naming a department or a role. Most rules name
    # one somewhere, so it weighs lightly. (谁先谁后 asks an order, not a person.)
    _type(
        "who",
        r"(?<!先)谁(?![先后])|哪个部门|哪个单位|哪些部门|哪些单位|什么人|哪位|哪个科室",
        r"(部|科|处|室|中心|办公室|委员会|小组|专班|单位|机构|班组|车间)(?![\u4e00-\u9fff]?[内里外间])|主任|经理|负责人|班组长|班长|队长|组长|站长|厂长|店长|总监|监护人|管理员|保管员|安全员|值班",
        promote_share=0.9,
        found_logit=1.0,
        missing_logit=1.0,
    ),
    # May one do it (还能干活不, 能不能下去拉他, 行不行): a rule answers with what is forbidden,
    # required or allowed. Asked in a worker's words, which a rule seldom shares, such a rule is as
    # good a sign of an answer as a figure is; one without those words weighs lightly, as most rules
    # say 应当 somewhere.
    _type(
        "permission",
        # (允许多少 asks a figure: 垂直度偏差最多允许多少)
        r"能不能|可不可以|可以不|行不行|让不让|准不准|允许(?!多少|多大|几)|许不许"
        r"|(能|可以|准|许|行)[^，,。？?]{0,14}(吗|不|么|没|啊)[？?。]?$"
        # (must one: 门要不要锁上, 需不需要办票)
        r"|要不要|需不需要|用不用|该不该|应不应该",
        r"严禁|禁止|不得|不准|不许|不允许|不能|方可|才能|可以|停止|必须",
        promote_share=0.9,
        found_logit=2.0,
        missing_logit=1.0,
    ),
)


# Units a question may ask a number of (多少欧姆, 几具灭火器, 多少兆帕): the answer writes a number
# with the same unit. Longest first, so 千伏 is not read as 伏.
MEASURE_UNITS = sorted(
    # (not 条, 项, 门 …: "有几项" is answered by the list itself, rarely by its count)
    """欧姆 兆帕 千帕 公斤 千克 毫克 吨 千伏 伏 安培 千瓦 瓦 分贝 摄氏度 度 升 立方米 平方米 立方 平方 毫米 厘米
    层 台 具 辆 岁 倍 ppm 瓶 套 双 副 顶 袋 桶 箱 声 户""".split(),
    key=len,
    reverse=True,
)
# Other ways a rule writes a unit (零下18℃ for 18度).
UNIT_SIGNS = {
    "度": "度|℃|°C|°",
    "升": "公?升|L(?![A-Za-z])",  # (Taiwan's 公升)
    "摄氏度": "摄氏度|℃|°C",
    "公斤": "公斤|千克|kg",
    "千克": "千克|公斤|kg",
    "毫米": "毫米|mm",
    "厘米": "厘米|cm",
    "分贝": "分贝|dB",
    "千伏": "千伏|kV|KV",
    "伏": "伏|V(?![A-Za-z])",
    "安培": "安培|A(?![A-Za-z])",
    "千瓦": "千瓦|kW|KW",
    "瓦": "瓦|W(?![A-Za-z])",
    "毫克": "毫克|mg(?![A-Za-z])",
    "立方米": "立方米|m³|m3",
    "平方米": "平方米|m²|m2",
    # (多少立方, 几个平方: a worker drops the 米)
    "立方": "立方米?|m³|m3|方(?![向式法面案])",
    "平方": "平方米?|m²|m2",
}
UNIT_TYPES: tuple[AnswerType, ...] = tuple(
    _type(
        f"unit:{unit}",
        rf"(多少|几)个?{unit}",
        rf"{_NUMBER}\s*个?(?:{UNIT_SIGNS.get(unit, re.escape(unit))})",
    )
    for unit in MEASURE_UNITS
)


# What an amount of money is paid as: a question naming one (补贴多少钱) is answered by an amount
# of that (夜班补贴每班50元), not by any amount (罚款500元). Written forms of each, as a pattern.
MONEY_KINDS = (
    ("补贴|补助|津贴", "补贴|补助|津贴"),
    ("工资|薪水|薪资|工钱", "工资|薪酬|薪资|绩效"),
    ("保证金|押金", "保证金|押金"),
    ("违约金", "违约金"),
    ("赔", "赔偿|赔付|赔"),
    ("罚", "罚款|罚金|处罚|罚|考核|扣款|扣罚"),  # (rules of power and other companies fine as 考核2000元)
    ("奖", "奖励|奖金|奖"),
    ("费", "费"),
)
_MONEY = next(t for t in ANSWER_TYPES if t.name == "money")
# Built once: (how a question names the kind, money of that kind as a rule states it). The amount
# stands near a word of its kind, before or after it (每月300元的高温津贴), or in the rows of a table
# whose header names it (序号 违章行为 罚款金额 其他处理 1 … 1000元 …), read as one line.
_MONEY_OF_KIND: tuple[tuple[re.Pattern[str], AnswerType], ...] = tuple(
    (
        re.compile(said),
        _type(
            "money",
            _MONEY.asked.pattern,
            rf"({written})[^。；;]{{0,20}}?{_NUMBER}\s*(元|块钱|万元)"
            rf"|{_NUMBER}\s*(元|块钱|万元)[^。；;]{{0,12}}?({written})"
            rf"|({written})[^。；;\n]{{0,20}}?{_CAPTION_AMOUNT}"
            rf"|({written})(?:金额|标准|数额)[^。；;\n]*?{_NUMBER}\s*(元|块钱|万元)",
        ),
    )
    for said, written in MONEY_KINDS
)


def expected_type(question: str) -> AnswerType | None:
    """The kind of figure the question asks for, if it asks for one."""
    for answer_type in (*ANSWER_TYPES, *UNIT_TYPES):
        if answer_type.asked.search(question):
            if answer_type is _MONEY:
                return next((kind for said, kind in _MONEY_OF_KIND if said.search(question)), _MONEY)
            return answer_type
    return None
