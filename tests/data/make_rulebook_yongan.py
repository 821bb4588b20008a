"""Generate tests/data/rulebook_yongan.md, the document of the blind set qa_holdout_yongan.yaml.

An invented power operation-and-maintenance company's rulebook (《永安电力运维有限公司电力安全工作规程实施
细则》: 110kV/35kV/10kV substations, 10kV overhead lines and cable tunnels serving industrial parks) as
pandoc writes it when converting the Word original to Markdown: a bold company name, the title as the
only `# ` heading, a 文号 line ended by a hard break (two trailing spaces) and dates separated by
`&nbsp;` entities, `## 第一章 总则` chapter headings (some carrying Word's `[]{#_Toc… .anchor}`
bookmarks), articles as paragraphs opening with a bold `**第一条**` marker (a few with the full-width
space inside the bold), （一） items as paragraphs, pandoc-style ordered lists (`1.  `) that restart in
every article, a nested bullet list, two pipe tables with their captions as plain paragraphs, one grid
table with `+---+` borders whose cells wrap over several lines, a `> ` blockquote for a 注, hard line
breaks inside paragraphs, backslash escapes, a superscript, an image with pandoc's size attributes, and
two 附录 at the end.

Running it also checks qa_holdout_yongan.yaml: every `must` string has to occur in the reader's text
(markup stripped) of the article, table cell, note or item named for its question in EXPECT, and every
negative's absent facts (ABSENT) must indeed be absent from the whole document.

    .venv/bin/python tests/data/make_rulebook_yongan.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import yaml

OUT = Path(__file__).with_name("rulebook_yongan.md")
QA = Path(__file__).with_name("qa_holdout_yongan.yaml")
NB = "&nbsp;"

CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..99 as Chinese numerals, the way article numbers are written (第二十一条)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    head = "十" if tens == 1 else CN_DIGITS[tens] + "十"
    return head + (CN_DIGITS[ones] if ones else "")


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cols: int) -> str:
    return text + " " * (cols - width(text))


# ---------------------------------------------------------------------------------------------------
# Document content. Blocks: ("h2", text), ("art", text), ("p", text), ("items", [..]) for （一） paragraphs,
# ("ol", [..]) for a pandoc ordered list, ("ul2", [(item, [subitems])]) for a nested bullet list,
# ("pipe", caption, header, rows), ("grid", caption, header, rows), ("quote", text), ("raw", text).
# An "art" block is numbered automatically; a text starting with "!" keeps the full-width space inside
# the bold marker (**第十二条　**), as Word-to-pandoc conversions often do.
# ---------------------------------------------------------------------------------------------------

HEADER = (
    "**永安电力运维有限公司**\n\n"
    "# 电力安全工作规程实施细则\n\n"
    "永电运〔2025〕4号  \n"
    f"发布日期：2025年2月18日{NB * 4}实施日期：2025年3月1日\n\n"
    f"编制部门：安全监察部{NB * 4}审核：戴文渊{NB * 4}批准：韩立群\n"
)

BODY: list[tuple] = [
    ("h2", "第一章 总则"),
    (
        "art",
        "为规范公司所属变电站、开关站和配电线路的运行维护、检修、试验及施工作业，防止人身触电、高处坠落、"
        "有限空间中毒窒息和设备损坏事故，依据国家和电力行业有关安全工作的规定，结合公司为工业园区提供"
        "110kV、35kV、10kV供配电运维服务的实际，制定本细则。",
    ),
    (
        "art",
        "本细则适用于公司本部、各运维分公司及所属变电运维班、配电线路班、电缆班、高压试验班，以及进入公司"
        "运维设备区域作业的外包单位人员。公司代维的客户产权设备按本细则执行；客户另有更严格规定的，"
        "从严执行。",
    ),
    (
        "art",
        "公司安全工作坚持“安全第一、预防为主、综合治理”的方针，全面落实“两票三制”。本细则所称“两票”，"
        "是指工作票和操作票；“三制”，是指交接班制度、巡回检查制度和设备定期试验轮换制度。",
    ),
    ("art", "从事电气作业的人员应当同时具备下列条件："),
    (
        "items",
        [
            "（一）经医疗机构体检合格，无妨碍电气工作的病症，体检至少每两年进行一次；",
            "（二）具备必要的电气知识和业务技能，熟悉本细则中与本岗位有关的部分，并经考试合格；",
            "（三）掌握触电急救方法，会正确使触电者脱离电源，会进行心肺复苏；",
            "（四）特种作业人员持有效证件上岗，证件过期的不得从事相应作业。",
        ],
    ),
    (
        "art",
        "作业人员每年应参加一次本细则考试，考试不合格的停岗培训，补考仍不合格的调离运维岗位。因故中断电气"
        "工作连续60天以上的人员，应重新学习本细则，经考试合格后方可恢复工作。",
    ),
    (
        "art",
        "新入职人员、实习人员和临时用工人员，经安全知识教育后，可在有经验的人员带领下参加指定的工作，"
        "不得单独工作。外包单位人员进场作业前，由设备主人单位进行安全技术交底并双方签字确认，交底记录"
        "保存不少于1年。",
    ),
    ("h2", "[]{#_Toc190423311 .anchor}第二章 安全职责"),
    (
        "art",
        "总经理是公司安全生产第一责任人，对本细则的贯彻执行全面负责。分管生产的副总经理协助总经理"
        "组织落实，各运维分公司经理对本单位执行本细则负责。",
    ),
    (
        "art",
        "安全监察部负责本细则的解释、宣贯、监督检查和违章考核；运维检修部负责本细则中技术措施的制定和"
        "审核；各运维分公司负责组织本单位人员培训考试，并落实现场安全措施。",
    ),
    (
        "art",
        "工作票签发人、工作负责人（监护人）、工作许可人和专责监护人的名单，由各运维分公司每年1月底前"
        "提出，经安全监察部审核、分管副总经理批准后书面公布。未列入名单的人员不得担任上述职务。",
    ),
    ("art", "工作负责人对工作全过程的安全负责，主要职责是："),
    (
        "ol",
        [
            "正确组织工作，合理安排工作班成员的分工；",
            "核对工作票所列安全措施是否正确完备、是否符合现场实际，必要时予以补充；",
            "开工前向全体工作班成员交代工作任务、安全措施和危险点，确认每个成员都已知晓并签名；",
            "始终在工作现场，监督工作班成员遵守本细则，正确使用安全工器具和劳动防护用品；",
            "留意工作班成员的身体和精神状态，发现异常的及时调整工作。",
        ],
    ),
    ("art", "专责监护人的主要职责是："),
    (
        "ol",
        [
            "明确被监护人员和监护范围；",
            "工作前向被监护人员交代监护范围内的安全措施和危险点；",
            "监督被监护人员遵守本细则和现场安全措施，发现不安全行为立即制止。",
        ],
    ),
    (
        "p",
        "专责监护人不得兼做其他工作。专责监护人临时离开时，应通知被监护人员停止工作或撤离工作地点，"
        "待其回到现场后方可恢复工作。",
    ),
    (
        "art",
        "!工作许可人负责审查工作票所列安全措施是否正确完备，确认现场安全措施已全部完成，并向工作负责人"
        "当面交代带电设备的位置和注意事项。工作许可人不得擅自变更工作票所列安全措施。",
    ),
    ("h2", "[]{#_Toc190423312 .anchor}第三章 工作票制度"),
    (
        "art",
        "在公司运维的电气设备上及其附近工作，应按表1的规定填用工作票、事故紧急抢修单，或者执行口头、"
        "电话命令。",
    ),
    (
        "pipe",
        "表1　工作票种类及适用范围",
        ["票种", "适用范围", "签发（填写）人", "有效期及延期"],
        [
            [
                "变电站第一种工作票",
                "高压设备上需要全部停电或部分停电的工作；需将高压设备停电或做安全措施的二次系统工作",
                "运维分公司批准的工作票签发人",
                "以批准的检修期为限，延期只能办理一次",
            ],
            [
                "变电站第二种工作票",
                "控制盘、低压配电盘和配电箱上的工作；无需高压设备停电的二次回路和照明回路工作",
                "运维分公司批准的工作票签发人",
                "以批准的工作时间为限，不办理延期",
            ],
            [
                "线路第一种工作票",
                "停电的10kV～110kV架空线路和电缆线路上的工作",
                "运维分公司批准的工作票签发人；外包单位作业实行“双签发”",
                "以批准的检修期为限，延期只能办理一次",
            ],
            [
                "带电作业工作票",
                "10kV配电线路带电作业；与邻近带电设备距离小于表2规定的工作",
                "带电作业专业工作票签发人",
                "当日有效",
            ],
            [
                "事故紧急抢修单",
                "设备故障后需紧急处理、预计6小时内能完成的抢修工作",
                "工作负责人填写，当值调度许可",
                "超过6小时仍未完成的，改填工作票",
            ],
            [
                "口头或电话命令",
                "测量接地电阻、涂写杆塔号、悬挂警告牌、修剪树枝等无须停电的简单工作",
                "—",
                "发令人和受令人分别做好记录",
            ],
        ],
    ),
    (
        "art",
        "工作票由工作负责人填写，也可以由工作票签发人填写。工作票一式两份，使用统一格式，用钢笔、签字笔"
        "填写或由安全生产管理系统打印，字迹应清楚。个别错漏字需要修改的，应在修改处签名，每张工作票涂改"
        "不得超过2处。",
    ),
    (
        "art",
        "第一种工作票最迟应在工作前一日16时前送达变电运维班；临时工作可在工作开始前直接交给工作许可人。"
        "第二种工作票和带电作业工作票可在工作当日预先交给工作许可人。",
    ),
    (
        "art",
        "一个工作负责人同一时间只能持有一张工作票。同一张工作票中，工作票签发人、工作负责人和工作许可人"
        "不得相互兼任。",
    ),
    (
        "art",
        "第一种工作票需要延期的，工作负责人最迟应在批准的工作结束时间前3小时向运维负责人提出申请，由运维"
        "负责人通知工作许可人办理延期手续。",
    ),
    (
        "art",
        "工作负责人只允许变更一次，须经工作票签发人同意并通知工作许可人，原、现工作负责人应在现场做好"
        "交接。工作班成员变更须经工作负责人同意，并在工作票上注明变更人员的姓名和时间。",
    ),
    (
        "art",
        "工作许可人在完成现场安全措施后，应会同工作负责人到现场再次检查安全措施，以手背触试证明检修设备"
        "确无电压，指明带电设备的位置和注意事项，双方在工作票上签名后，工作班方可开工。",
    ),
    (
        "art",
        "工作间断时，工作班人员应从工作现场撤出，所有安全措施保持不动。当日收工后次日复工的，工作负责人"
        "应重新检查安全措施，并经工作许可人许可后方可复工。无工作负责人或专责监护人带领，作业人员不得"
        "进入工作地点。",
    ),
    (
        "art",
        "全部工作完毕后，工作班应清扫、整理现场，工作负责人检查确认无遗留物件后，向运维人员交待检修"
        "情况，双方共同检查设备状况，在工作票上填明工作结束时间并签名，工作票方告终结。已终结的工作票、"
        "事故紧急抢修单由运维班按月装订，至少保存两年。",
    ),
    (
        "art",
        "各运维分公司每月对已执行的工作票进行检查评价，工作票合格率应达到100%，并于每月5日前将上月"
        "“两票”统计分析报安全监察部。",
    ),
    ("h2", "第四章 操作票与倒闸操作"),
    (
        "art",
        "倒闸操作应根据值班调控人员或运维负责人的指令进行。发令人和受令人应先互报单位和姓名，使用录音"
        "电话和规范的调度术语，指令中应使用设备双重名称。受令人应将指令复诵一遍，经发令人确认无误后执行。",
    ),
    ("art", "倒闸操作分为以下三类："),
    (
        "ol",
        [
            "监护操作：由两人完成同一项操作，其中对设备较为熟悉的一人担任监护；特别重要和复杂的操作，"
            "由熟练的运维人员操作，运维负责人监护；",
            "单人操作：由一人完成的操作，仅限于10kV开关站和箱式变电站内的单一操作，操作人应持有公司颁发的"
            "单人操作资格证；",
            "检修人员操作：由检修人员完成的操作，仅限于35kV及以下设备，并须经运维分公司批准。",
        ],
    ),
    ("art", "下列操作可不填用操作票，但应在操作完成后记入运行日志："),
    (
        "ol",
        [
            "事故紧急处理；",
            "拉开或合上断路器的单一操作；",
            "拆除全站仅有的一组接地线或拉开仅有的一组接地刀闸。",
        ],
    ),
    (
        "art",
        "每张操作票只能填写一个操作任务。操作票应按编号顺序使用，作废的操作票注明“作废”字样，未执行的"
        "注明“未执行”，已操作的注明“已执行”。操作票中带\\*号的项目为关键步骤，执行时监护人应重点核对。",
    ),
    ("art", "倒闸操作按下列程序进行："),
    (
        "ol",
        [
            "接受调度预令，由操作人填写操作票；",
            "审核操作票，操作人、监护人和运维负责人分别签名；",
            "在模拟图或微机防误系统上进行核对性模拟预演；",
            "接受正式操作指令，记录发令人姓名和发令时间；",
            "到达现场后核对设备名称、编号和位置，监护人逐项唱票，操作人手指设备高声复诵，监护人确认无误"
            "后发出“对，执行”的口令，操作人方可操作；",
            "每完成一项，监护人在该项前打“√”，全部完成后进行复查；",
            "向发令人汇报操作结束时间，并做好记录。",
        ],
    ),
    (
        "art",
        "操作中发生疑问时，应立即停止操作，向发令人报告，弄清问题后再继续操作。不准擅自更改操作票，"
        "不准随意解除防误闭锁装置。解锁钥匙应封存管理，确需使用的，须经运维分公司分管领导批准，并由"
        "运维负责人到现场监护。",
    ),
    (
        "art",
        "用绝缘棒拉合隔离开关、高压熔断器，或经传动机构拉合断路器和隔离开关，均应戴绝缘手套。雨天操作"
        "室外高压设备时，绝缘棒应装有防雨罩，操作人还应穿绝缘靴。雷电时，禁止进行就地倒闸操作。",
    ),
    (
        "art",
        "除事故处理外，计划倒闸操作应避开交接班时间和负荷高峰时段，交接班前30分钟内不宜开始新的操作任务。",
    ),
    (
        "art",
        "装卸高压熔断器时，应戴护目眼镜和绝缘手套，必要时使用绝缘夹钳，并站在绝缘垫或绝缘台上。",
    ),
    ("h2", "第五章 交接班、巡回检查和设备定期试验轮换"),
    (
        "art",
        "有人值班的变电站和集控站实行24小时值班，交接班时间为每日8时30分和20时30分。交班人员应提前15"
        "分钟做好交班准备，接班人员应提前到岗。",
    ),
    ("art", "交接班应交清下列内容："),
    (
        "items",
        [
            "（一）系统运行方式及设备变更情况；",
            "（二）设备缺陷、异常及其处理情况；",
            "（三）“两票”执行情况，现场接地线、接地刀闸的装设位置和数量；",
            "（四）继电保护及自动装置的投退情况；",
            "（五）上级指令、当班工作任务和注意事项；",
            "（六）工器具、钥匙、备品备件和图纸资料。",
        ],
    ),
    (
        "art",
        "正在处理事故或进行倒闸操作时，不得进行交接班，由交班人员继续处理，接班人员协助，待处理告一"
        "段落或操作完毕后再行交接。接班人员未到岗的，交班人员不得离岗；接班人员有饮酒或精神状态不佳等"
        "情况的，交班人员应拒绝交班并报告运维负责人。",
    ),
    ("art", "设备巡视按下列周期进行："),
    (
        "ol",
        [
            "有人值班的变电站每日巡视不少于2次，每周进行1次夜间熄灯巡视；",
            "无人值守的110kV变电站每周至少巡视2次，35kV变电站每周至少巡视1次；",
            "10kV开关站、环网柜和箱式变电站每月至少巡视1次；",
            "10kV架空线路每月至少巡视1次，电缆线路通道每半月巡视1次。",
        ],
    ),
    ("art", "遇有下列情况之一的，应进行特殊巡视："),
    (
        "raw",
        "-   大风、雷雨、冰雪、高温、大雾等恶劣天气过后；\n"
        "-   新投运或大修后的设备投运72小时内；\n"
        "-   设备过负荷或带缺陷运行；\n"
        "-   重要保电任务期间。",
    ),
    (
        "art",
        "雷雨天气需要巡视室外高压设备时，应穿绝缘靴，并不得靠近避雷器和避雷针。高压设备发生接地时，室内"
        "人员不得接近故障点5米以内，室外人员不得接近故障点10米以内；进入上述范围的人员应穿绝缘靴，接触"
        "设备外壳和构架时应戴绝缘手套。",
    ),
    ("art", "设备定期试验轮换按下列要求执行："),
    (
        "ol",
        [
            "主变压器备用冷却器每月轮换运行一次；",
            "站用变压器每季度切换一次；",
            "事故照明每月试验一次；",
            "备用电源自动投入装置和UPS装置每半年进行一次切换试验；",
            "直流系统蓄电池每年进行一次核对性充放电试验。",
        ],
    ),
    ("h2", "[]{#_Toc190423315 .anchor}第六章 停电、验电、接地和悬挂标示牌"),
    (
        "art",
        "在全部停电或部分停电的电气设备上工作，应完成停电、验电、接地、悬挂标示牌和装设遮栏（围栏）等技术"
        "措施。上述措施由运维人员或有权执行操作的人员执行，并在工作票上逐项记录。",
    ),
    (
        "art",
        "检修设备停电，应把各方面的电源完全断开，禁止在只经断路器断开电源的设备上工作。应拉开隔离开关，"
        "手车开关应拉至“试验”或“检修”位置，使各方面至少有一个明显的断开点。与停电设备有关的变压器和电压"
        "互感器，应从高、低压两侧断开，防止向停电设备反送电。",
    ),
    (
        "art",
        "验电应使用相应电压等级、试验合格的接触式验电器。验电前，应先在有电设备上进行试验，确认验电器"
        "良好；无法在有电设备上试验时，可用工频高压发生器确认。验电时应戴绝缘手套，验电器的伸缩式绝缘棒"
        "应全部拉开，手握部位不得超过护环。10kV验电器的绝缘有效长度不得小于0.8米，35kV不得小于1.0米，"
        "110kV不得小于1.3米。雨雪天气不得进行室外直接验电。",
    ),
    (
        "art",
        "对无法直接验电的设备，可采用间接验电，即通过设备的机械位置指示、电气指示、带电显示装置、仪表及"
        "各种遥测、遥信等信号的变化来判断，应有两个及以上非同样原理或非同源的指示发生对应变化。",
    ),
    (
        "art",
        "验明设备确已无电压后，应立即将检修设备接地并三相短路。电缆及电容器接地前应逐相充分放电。  \n"
        "装设接地线应先接接地端、后接导体端，接地线应接触良好、连接可靠；拆接地线的顺序与此相反。  \n"
        "装、拆接地线均应使用绝缘棒并戴绝缘手套，人体不得碰触接地线或未接地的导线。  \n"
        "成套接地线应由有透明护套的多股软铜线和专用线夹组成，截面积不得小于35mm^2^，禁止用缠绕的方法"
        "进行接地或短路。",
    ),
    (
        "art",
        "每组接地线及其存放位置均应编号，接地线号码与存放位置号码应一致。装、拆接地线应做好记录，交接班"
        "时交待清楚。10kV出线间隔停电检修时接地线的装设位置见图1。",
    ),
    (
        "raw",
        '![](media/image1.png){width="5.1in" height="3.2in"}\n\n图1　10kV出线间隔停电检修接线图',
    ),
    (
        "art",
        "工作地段有邻近、平行、交叉跨越或同杆塔架设线路的，为防止感应电压伤人，作业人员在接触或接近导线"
        "前应使用个人保安线。个人保安线由作业人员自行装拆，装设时接地端在先、导线端在后，作业结束脱离"
        "导线后方可拆除。",
    ),
    ("art", "标示牌和遮栏按下列要求设置："),
    (
        "items",
        [
            "（一）在一经合闸即可送电到工作地点的断路器和隔离开关的操作把手上，悬挂“禁止合闸，有人工作！”"
            "标示牌；",
            "（二）线路上有人工作时，在线路断路器和隔离开关的操作把手上，悬挂“禁止合闸，线路有人工作！”"
            "标示牌；",
            "（三）在室外高压设备上工作，在工作地点四周装设围栏，出入口设在邻近道路的一侧，并悬挂"
            "“从此进出！”标示牌；围栏上悬挂适当数量的“止步，高压危险！”标示牌，字面朝向围栏里面；",
            "（四）在工作地点悬挂“在此工作！”标示牌；",
            "（五）在工作人员上下的铁架或梯子上，悬挂“从此上下！”标示牌。",
        ],
    ),
    ("p", "标示牌的式样见附录A。"),
    (
        "art",
        "部分停电的工作，与未停电设备之间的距离小于表2规定的，应装设临时遮栏。临时遮栏可用干燥木材、"
        "橡胶或其他坚韧绝缘材料制成，装设应牢固，并悬挂“止步，高压危险！”标示牌。禁止作业人员擅自移动"
        "或拆除遮栏（围栏）和标示牌。",
    ),
    ("h2", "第七章 安全距离"),
    (
        "art",
        "作业人员、机械与带电设备之间的安全距离不得小于表2的规定。运维人员巡视和设备不停电时的工作，执行"
        "表2第2列；部分停电检修时作业人员与邻近带电设备的距离，执行第3列；吊车、斗臂车等机械和车辆在"
        "带电设备附近作业，执行第4列。",
    ),
    (
        "pipe",
        "表2　安全距离",
        [
            "电压等级",
            "设备不停电时的安全距离",
            "工作人员工作中正常活动范围与带电设备的安全距离",
            "起重机械及车辆与带电体的最小距离",
        ],
        [
            ["10kV及以下", "0.75米", "0.40米", "1.80米"],
            ["35kV", "1.10米", "0.65米", "2.80米"],
            ["110kV", "1.60米", "1.60米", "4.20米"],
        ],
    ),
    (
        "quote",
        "**注：**表中数值适用于海拔1000米及以下地区。表中未列出的电压等级，按高一档电压等级的安全距离执行；"
        "带电作业的其他要求见第十一章。",
    ),
    (
        "art",
        "在变电站内搬动梯子、管子等长物，应两人放倒搬运，并与带电部分保持足够的安全距离。在户外变电站和"
        "高压室内禁止使用金属梯子和金属卷尺。",
    ),
    (
        "art",
        "吊车、斗臂车在带电设备附近作业时，车身应可靠接地，并设专人监护；起重臂和吊物下方严禁站人。",
    ),
    (
        "art",
        "邻近带电设备无法满足表2安全距离要求的，应将其停电或采取绝缘隔离措施，并经运维分公司技术负责人批准。",
    ),
    ("h2", "第八章 线路作业和高处作业"),
    (
        "art",
        "登杆塔前，应先核对线路名称和杆号，检查杆根、基础和拉线是否牢固，检查脚扣、安全带是否完好。新立"
        "杆塔在杆基未完全牢固或未做好临时拉线前，严禁攀登。",
    ),
    (
        "art",
        "在坠落高度基准面2米及以上有可能坠落的高处进行作业，均为高处作业。高处作业人员应使用全身式安全带，"
        "安全带应挂在结实牢固的构件上，高挂低用；在杆塔上转移作业位置时，不得失去安全保护。",
    ),
    (
        "art",
        "遇有6级及以上大风、暴雨、雷电、冰雹、大雾等恶劣天气，应停止露天高处作业。风力达到5级及以上时，"
        "不得进行组立杆塔和放线、紧线作业。特殊情况下确需抢修的，应制定专项安全措施，经分管副总经理"
        "批准后进行。",
    ),
    (
        "art",
        "梯子应坚固完整，有防滑措施，梯子与地面的倾斜角宜为60°左右。人在梯子上时禁止移动梯子，梯子上"
        "作业应有专人扶持。使用梯子登高时，梯子的最高两档不得站人；人字梯应有限制开度的拉链。",
    ),
    (
        "art",
        "高处作业应使用工具袋，较大的工具应用绳拴在牢固的构件上。上下传递物件应用绳索拴牢传递，严禁"
        "上下抛掷。作业点下方应按坠落半径设置围栏，禁止无关人员通行或逗留。",
    ),
    (
        "art",
        "放线、紧线需跨越公路、铁路、通信线或其他电力线路的，应事先取得主管部门同意，搭设可靠的跨越架，"
        "在路口设专人持信号旗看守。",
    ),
    (
        "art",
        "砍剪靠近带电线路的树木时，工作负责人应在开工前向全体人员说明线路有电，人员、树木和绳索应与导线"
        "保持安全距离。树枝接触或接近带电导线时，应将线路停电或用绝缘工具使树枝远离导线。",
    ),
    ("h2", "第九章 有限空间作业"),
    (
        "art",
        "本章所称有限空间，是指公司运维范围内的电缆隧道、电缆沟、电缆井（工作井）、排管井和地下配电室电缆"
        "夹层等封闭或部分封闭、进出口受限、自然通风不良的空间。",
    ),
    (
        "art",
        "有限空间作业必须坚持“先通风、再检测、后作业”。作业前应打开至少两个相邻的井盖或通风口进行自然"
        "通风，通风时间不少于30分钟；采用机械通风的，通风时间不少于20分钟。严禁用纯氧进行通风换气。",
    ),
    (
        "art",
        "进入有限空间前，应使用检定合格的多功能气体检测仪，从出入口逐步向内、自上而下分层检测。检测结果"
        "同时满足下列要求的方可进入：",
    ),
    (
        "ol",
        [
            "氧气含量为19.5%～23.5%；",
            "可燃气体浓度低于爆炸下限的10%；",
            "硫化氢浓度不超过10mg/m³；",
            "一氧化碳浓度不超过20mg/m³。",
        ],
    ),
    (
        "p",
        "作业过程中，检测仪应随作业人员携带，连续监测。作业中断超过1小时的，重新进入前应重新检测。",
    ),
    (
        "art",
        "进入电缆隧道作业的人员不得少于2人。有限空间外应设专人监护，监护人员不得进入有限空间，并应与作业"
        "人员保持联络，每隔10分钟联络一次。发生人员中毒、窒息时，监护人员应立即呼救，严禁未采取防护措施"
        "盲目施救。",
    ),
    (
        "art",
        "电缆隧道内临时照明应使用电压不超过24V的安全电压，潮湿或有积水的部位不超过12V。",
    ),
    (
        "art",
        "开启电缆井井盖、电缆沟盖板和隧道人孔盖时应使用专用工具。开启后应设置标准路栏围起，并有人看守，"
        "夜间应设置警示灯。作业人员全部撤离后，应立即将井盖盖好。",
    ),
    ("h2", "第十章 动火作业"),
    (
        "art",
        "在运行中的变电站、电缆隧道、电缆夹层、蓄电池室、油区等场所进行电焊、气割、喷灯、砂轮切割等可能"
        "产生明火、火花或高温表面的作业，均属动火作业，应办理动火工作票。",
    ),
    ("art", "动火作业按场所危险程度分为两级："),
    (
        "items",
        [
            "（一）一级动火：在油浸变压器及其油系统、蓄电池室、电缆隧道和电缆夹层、油罐区等部位动火；",
            "（二）二级动火：一级动火范围以外的其他部位动火。",
        ],
    ),
    (
        "p",
        "一级动火工作票由分管副总经理批准，有效期为12小时；二级动火工作票由运维分公司经理批准，有效期为"
        "72小时。超过有效期的，应重新办理动火工作票。",
    ),
    (
        "art",
        "动火前应清除现场及周围的易燃物品，无法清除的应采取隔离措施。动火现场应配备不少于2具灭火器，设专人"
        "进行消防监护。一级动火在首次动火前应测定可燃气体含量，动火过程中每隔2小时复测一次。",
    ),
    ("art", "有下列情况之一的，禁止动火："),
    (
        "ol",
        [
            "压力容器或管道未泄压前；",
            "存放易燃易爆物品的容器未清洗干净或未进行有效置换前；",
            "风力达5级以上的露天作业；",
            "附近有喷漆等作业的；",
            "遇有火险异常情况未查明原因和消除前。",
        ],
    ),
    (
        "art",
        "动火工作完毕，动火执行人应清理现场，确认无残留火种。消防监护人应在动火结束后继续留在现场观察不少于"
        "30分钟，确认安全后方可离开。",
    ),
    ("h2", "第十一章 带电作业"),
    (
        "art",
        "本细则所称带电作业，是指在公司10kV配电线路上采用绝缘杆作业法或绝缘手套作业法进行的不停电作业。"
        "35kV及以上电压等级的带电作业，委托具备资质的专业单位承担。",
    ),
    (
        "art",
        "带电作业人员应经专门培训、考试合格并取得资格证书，经公司书面批准后方可上岗。带电作业工作负责人和"
        "专责监护人应从事带电作业累计3年以上。",
    ),
    (
        "art",
        "带电作业应在良好天气下进行。遇有雷电（听见雷声、看见闪电）、雪、雹、雨、雾等天气，不得进行带电"
        "作业；风力大于4级或空气相对湿度大于75%时，不宜进行带电作业。  \n"
        "在特殊情况下必须于恶劣天气进行带电抢修的，应组织有关人员充分讨论并制定可靠的安全措施，经公司"
        "总工程师批准后方可进行。",
    ),
    (
        "art",
        "带电作业有下列情况之一的，应停用线路重合闸，并不得强送电：中性点有效接地系统中可能引起单相接地"
        "的作业；工作票签发人或工作负责人认为需要停用重合闸的作业。",
    ),
    (
        "art",
        "采用绝缘手套作业法时，作业人员应穿戴全套绝缘防护用具，包括绝缘安全帽、绝缘衣（披肩）、绝缘袖套、"
        "绝缘手套和绝缘靴。绝缘斗臂车绝缘臂的有效绝缘长度不得小于1.0米。作业中设备突然停电的，作业人员"
        "应视设备仍然带电。",
    ),
    ("h2", "第十二章 安全工器具管理"),
    ("art", "安全工器具按用途分为以下几类："),
    (
        "ul2",
        [
            (
                "绝缘安全工器具：",
                [
                    "基本绝缘安全工器具：验电器、绝缘操作杆、携带型短路接地线；",
                    "辅助绝缘安全工器具：绝缘手套、绝缘靴、绝缘胶垫。",
                ],
            ),
            ("一般防护用具：", ["安全帽、安全带、护目镜；", "脚扣、升降板、梯子。"]),
            ("安全围栏（网）和标示牌。", []),
        ],
    ),
    (
        "art",
        "安全工器具应按表3规定的项目和周期进行预防性试验。试验合格的，粘贴合格证，注明试验日期和下次"
        "试验日期；超过试验周期或试验不合格的，禁止使用。",
    ),
    (
        "grid",
        "表3　安全工器具试验周期",
        ["序号", "工器具名称", "试验项目", "试验周期", "备注"],
        [
            ["1", "绝缘手套", ["工频耐压试验、", "泄漏电流试验"], "每6个月", ["每次使用前进行", "充气检查"]],
            ["2", "绝缘靴", ["工频耐压试验、", "泄漏电流试验"], "每半年", ["—"]],
            ["3", "高压验电器", ["起动电压试验、", "工频耐压试验"], "每12个月", ["使用前自检"]],
            ["4", "绝缘操作杆", ["工频耐压试验"], "每12个月", ["—"]],
            ["5", ["携带型短路", "接地线"], ["成组直流电阻", "试验"], "每4年", ["线夹松动或", "断股的报废"]],
            ["6", "个人保安线", ["成组直流电阻", "试验"], "每5年", ["—"]],
            ["7", "安全带", ["静负荷试验"], "每12个月", ["—"]],
            ["8", "脚扣", ["静负荷试验"], "每12个月", ["—"]],
            ["9", "安全帽", ["冲击性能、", "耐穿刺性能试验"], ["出厂满30个月", "后每年抽检"], ["—"]],
        ],
    ),
    (
        "art",
        "绝缘手套使用前应进行外观检查，并用卷曲法或充气法检查有无漏气；验电器使用前应进行自检；安全带"
        "使用前应检查组件完整、无破损。",
    ),
    (
        "art",
        "安全工器具应存放在专用的安全工器具室或工具柜内，室内温度保持在5℃～30℃，相对湿度不大于70%。"
        "绝缘手套应存放在专用箱内，不得与油类、酸碱和尖锐物品混放。",
    ),
    ("h2", "第十三章 事故报告和应急处置"),
    ("art", "发生人身伤害、设备损坏或者电网停电事故时，按下列时限逐级报告："),
    (
        "ol",
        [
            "现场人员立即报告工作负责人；",
            "工作负责人在10分钟内电话报告运维分公司负责人和公司生产调度；",
            "公司生产调度在30分钟内报告安全监察部和分管副总经理；",
            "发生人员死亡或重伤事故的，公司总经理应在1小时内向事故发生地县级以上应急管理部门和电力监管"
            "机构报告。",
        ],
    ),
    (
        "art",
        "事故报告应包括：事故发生的单位、时间、地点和设备名称，事故简要经过，伤亡人数和直接经济损失初步"
        "估计，已采取的措施。情况发生变化的，应及时续报。",
    ),
    (
        "art",
        "事故和险情报告使用以下电话：  \n"
        "公司生产调度（24小时）：0512-65832110  \n"
        "安全监察部：0512-65832016  \n"
        "运维一分公司值班室：0512-65832231  \n"
        f"医疗急救：120{NB * 2}火警：119",
    ),
    (
        "art",
        "发现有人触电，应立即切断电源，使触电者脱离电源，并就地进行心肺复苏。触电者在高处的，抢救时应采取"
        "防止高处坠落的措施。事故现场应予保护，因抢救需要移动现场物件的，应做出标志、拍照并详细记录。",
    ),
    ("h2", "第十四章 违章考核"),
    ("art", "违章分为严重违章和一般违章。下列行为属于严重违章："),
    (
        "ol",
        [
            "无票作业，或未办理工作许可手续擅自开工；",
            "未经验电即装设接地线；",
            "擅自解除防误闭锁装置进行操作；",
            "擅自扩大工作范围，或擅自移动、拆除遮栏和标示牌；",
            "高处作业不使用安全带；",
            "有限空间作业未通风、未检测即进入；",
            "酒后作业。",
        ],
    ),
    ("p", "严重违章以外的其他违反本细则的行为，属于一般违章。"),
    ("art", "违章考核标准如下："),
    (
        "ul2",
        [
            (
                "严重违章：",
                [
                    "对违章责任人每次考核2000元，并停岗培训7天；",
                    "对工作负责人（监护人）每次考核1000元；",
                    "对所在班组长每次考核500元。",
                ],
            ),
            (
                "一般违章：",
                [
                    "对违章责任人每次考核200元；",
                    "同一人一年内一般违章累计3次的，按严重违章考核。",
                ],
            ),
        ],
    ),
    (
        "art",
        "外包单位人员发生严重违章的，每次对外包单位考核5000元，从工程款中扣除；一年内累计发生严重违章2次的，"
        "清退出场，并列入公司承包商黑名单。",
    ),
    (
        "art",
        "对及时制止违章、避免事故发生的人员，经安全监察部核实后给予500元至2000元奖励。",
    ),
    ("h2", "第十五章 附则"),
    ("art", "本细则由安全监察部负责解释。"),
    (
        "art",
        "本细则自2025年3月1日起施行。公司2021年3月发布的《电力安全工作规程实施细则（试行）》"
        "（永电运\\[2021\\]7号）同时废止。",
    ),
    ("h2", "附录A　标示牌式样"),
    (
        "ol",
        [
            "“禁止合闸，有人工作！”：白底红字，尺寸240mm×180mm或80mm×65mm，悬挂在一经合闸即可送电到"
            "工作地点的断路器和隔离开关的操作把手上；",
            "“禁止合闸，线路有人工作！”：白底红字，尺寸与前项相同；",
            "“止步，高压危险！”：白底黑字，有红色箭头和红边，尺寸300mm×240mm；",
            "“在此工作！”：绿底，中间有直径210mm的白色圆圈，黑字写于白圆圈中，尺寸250mm×250mm；",
            "“从此上下！”：绿底，中间有直径210mm的白色圆圈，黑字写于白圆圈中，尺寸250mm×250mm；",
            "“禁止攀登，高压危险！”：白底红边黑字，尺寸500mm×400mm，悬挂在变电站构架爬梯和变压器的爬梯上。",
        ],
    ),
    ("h2", "附录B　术语"),
    ("p", "**设备双重名称**：设备名称和设备编号。"),
    ("p", "**运维负责人**：变电运维班当值负责人，负责组织本班次的倒闸操作和工作许可。"),
    (
        "p",
        "**明显断开点**：断路器、隔离开关等在分闸位置时，能够直接看到或通过可靠指示判断的电气断开点。",
    ),
    ("p", "**双签发**：外包单位作业的工作票，由外包单位和公司双方的工作票签发人共同签名签发。"),
]


def render_pipe(caption: str, header: list[str], rows: list[list[str]]) -> str:
    lines = [caption, ""]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join([":---"] * len(header)) + "|")
    for row in rows:
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def render_grid(caption: str, header: list[str], rows: list[list]) -> str:
    """A pandoc grid table; a cell given as a list is written over several lines (wrapped in Word)."""
    norm = [[c if isinstance(c, list) else [c] for c in row] for row in rows]
    ncol = len(header)
    cols = [
        max([width(header[i])] + [width(line) for row in norm for line in row[i]]) + 2 for i in range(ncol)
    ]

    def border(ch: str) -> str:
        return "+" + "+".join(ch * (w + 0) for w in cols) + "+"

    def line(cells: list[str]) -> str:
        return "|" + "|".join(" " + pad(c, w - 1) for c, w in zip(cells, cols, strict=True)) + "|"

    out = [caption, "", border("-"), line(header), border("=")]
    for row in norm:
        height = max(len(c) for c in row)
        for k in range(height):
            out.append(line([c[k] if k < len(c) else "" for c in row]))
        out.append(border("-"))
    return "\n".join(out)


def render() -> tuple[str, int]:
    parts = [HEADER]
    n = 0
    for block in BODY:
        kind = block[0]
        if kind == "h2":
            parts.append(f"## {block[1]}")
        elif kind == "art":
            n += 1
            text = block[1]
            if text.startswith("!"):
                parts.append(f"**第{cn_number(n)}条　**{text[1:]}")
            else:
                parts.append(f"**第{cn_number(n)}条**　{text}")
        elif kind == "p":
            parts.append(block[1])
        elif kind == "items":
            parts.extend(block[1])
        elif kind == "ol":
            parts.append("\n".join(f"{i}.  {t}" for i, t in enumerate(block[1], start=1)))
        elif kind == "ul2":
            lines = []
            for item, subs in block[1]:
                lines.append(f"-   {item}")
                if subs:
                    lines.append("")
                    lines.extend(f"    -   {s}" for s in subs)
                    lines.append("")
            parts.append("\n".join(lines).strip())
        elif kind == "pipe":
            parts.append(render_pipe(*block[1:]))
        elif kind == "grid":
            parts.append(render_grid(*block[1:]))
        elif kind == "quote":
            parts.append("> " + block[1])
        elif kind == "raw":
            parts.append(block[1])
        else:
            raise ValueError(kind)
    return "\n\n".join(p.rstrip("\n") if not p.endswith("  ") else p for p in parts) + "\n", n


# ---------------------------------------------------------------------------------------------------
# Checking the question set against the document as a reader sees it.
# ---------------------------------------------------------------------------------------------------


def strip_inline(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?", "", text)
    text = re.sub(r"\[\]\{#[^}]*\}", "", text)
    text = text.replace("**", "").replace("`", "")
    text = re.sub(r"\^([^^]*)\^", r"\1", text)
    text = text.replace(NB, " ")
    text = re.sub(r"\\(.)", r"\1", text)
    return text


def reader_line(line: str) -> str:
    line = line.rstrip()
    line = re.sub(r"^\s*(?:\d+\.\s+|-\s+|>\s?|#+\s+)", "", line)
    return strip_inline(line)


def units(md: str) -> dict[tuple, str]:
    """Reader's text of each unit: ("header",), ("art", "第十五条"), ("cell", "表2", row, col), ("quote", i),
    ("item", n) for every line of a paragraph or list (a list item, a （一） item, a hard-broken line)."""
    out: dict[tuple, str] = {}
    head, _, body = md.partition("\n## ")
    out[("header",)] = "\n".join(reader_line(x) for x in head.splitlines() if x.strip())
    blocks = re.split(r"\n\s*\n", "## " + body)
    current: tuple | None = None
    caption = ""
    quotes = 0
    i = 0
    while i < len(blocks):
        blk = blocks[i].strip("\n")
        i += 1
        if not blk.strip():
            continue
        first = blk.lstrip()
        if first.startswith("## "):
            current = None
            continue
        if first.startswith("表") and "\n" not in blk:
            caption = first.split("　")[0]
            current = None
            continue
        if first.startswith("|"):
            rows = [r.strip().strip("|").split("|") for r in blk.splitlines()]
            header = [c.strip() for c in rows[0]]
            for r in rows[2:]:
                cells = [c.strip() for c in r]
                for ci, c in enumerate(cells):
                    out[("cell", caption, cells[0], header[ci])] = strip_inline(c)
            continue
        if first.startswith("+"):
            lines = blk.splitlines()
            seps = [k for k, ln in enumerate(lines) if ln.startswith("+")]
            bounds = [m.start() for m in re.finditer(r"\+", lines[0])]
            groups = []
            for a, b in zip(seps, seps[1:], strict=False):
                cells = ["" for _ in bounds[:-1]]
                for ln in lines[a + 1 : b]:
                    # slice by display columns
                    col = 0
                    pos = []
                    for ch in ln:
                        pos.append(col)
                        col += width(ch)
                    for ci in range(len(bounds) - 1):
                        seg = "".join(
                            ch for ch, p in zip(ln, pos, strict=True) if bounds[ci] < p < bounds[ci + 1]
                        )
                        cells[ci] += seg.strip()
                groups.append(cells)
            header = groups[0]
            for cells in groups[1:]:
                for ci, c in enumerate(cells):
                    out[("cell", caption, cells[1], header[ci])] = c
            continue
        if first.startswith(">"):
            quotes += 1
            out[("quote", quotes)] = " ".join(reader_line(x) for x in blk.splitlines())
            current = None
            continue
        text = "\n".join(reader_line(x) for x in blk.splitlines())
        m = re.match(r"\*\*(第[一二三四五六七八九十]+条)", first)
        if m:
            current = ("art", m.group(1))
            out[current] = text
        elif current is not None:
            out[current] += "\n" + text
        for x in blk.splitlines():
            if x.strip():
                out[("item", len(out))] = reader_line(x)
    return out


def find_unit(us: dict[tuple, str], loc: tuple) -> str:
    if loc[0] == "item":
        hits = [v for k, v in us.items() if k[0] == "item" and v.startswith(loc[1])]
        if len(hits) != 1:
            raise SystemExit(f"item locator {loc} matched {len(hits)} units")
        return hits[0]
    if loc not in us:
        raise SystemExit(f"no unit {loc}")
    return us[loc]


# question id -> where its must strings are (each must occur in that one unit's reader text)
EXPECT: dict[str, tuple] = {
    "y001": ("header",),
    "y002": ("header",),
    "y003": ("cell", "表1", "事故紧急抢修单", "有效期及延期"),
    "y004": ("art", "第十四条"),
    "y005": ("art", "第十五条"),
    "y006": ("art", "第十七条"),
    "y007": ("item", "单人操作"),
    "y008": ("item", "到达现场后"),
    "y009": ("art", "第二十八条"),
    "y010": ("item", "无人值守的110kV"),
    "y011": ("art", "第三十七条"),
    "y012": ("item", "站用变压器"),
    "y013": ("art", "第四十一条"),
    "y014": ("item", "装设接地线应先接"),
    "y015": ("item", "（二）线路上有人工作时"),
    "y016": ("cell", "表2", "35kV", "设备不停电时的安全距离"),
    "y017": ("cell", "表2", "110kV", "起重机械及车辆与带电体的最小距离"),
    "y018": ("quote", 1),
    "y019": ("art", "第五十三条"),
    "y020": ("art", "第五十四条"),
    "y021": ("item", "氧气含量"),
    "y022": ("art", "第六十条"),
    "y023": ("art", "第六十六条"),
    "y024": ("cell", "表3", "携带型短路接地线", "试验周期"),
    "y025": ("cell", "表3", "绝缘手套", "试验周期"),
    "y026": ("item", "工作负责人在10分钟内"),
    "y027": ("item", "公司生产调度（24小时）"),
    "y028": ("item", "对违章责任人每次考核2000元"),
    "y029": ("item", "“止步，高压危险！”："),
    "y030": ("art", "第五条"),
}

# negatives: wordings of the asked fact that must be absent from the whole document (reader's text)
ABSENT: dict[str, list[str]] = {
    "y031": ["千伏", "耐压值", "试验电压", "kV电压"],
    "y032": ["操作票保存", "操作票应保存", "操作票至少保存", "操作票由运维班"],
    "y033": ["交接班记录", "值班记录", "日志保存"],
    "y034": ["斗臂车每", "斗臂车试验", "斗臂车的试验", "斗臂车预防性"],
    "y035": ["气温", "低温", "零下", "℃以下"],
    "y036": ["隧道内温度", "隧道温度", "温度超过", "温度高于"],
    "y037": ["色谱", "油样", "取样", "绝缘油"],
    "y038": ["熄灯巡视应", "巡视不得少于", "两人巡视", "巡视人员"],
    "y039": ["电热毯", "宿舍"],
    "y040": ["工作服", "每年发放", "劳保"],
}


def check(md: str, n_articles: int) -> None:
    us = units(md)
    doc = "\n".join(us.values())
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    assert data["docs"] == [OUT.name], data["docs"]
    qs = data["questions"]
    ids = [q["id"] for q in qs]
    assert len(ids) == len(set(ids)) == 40, "need 40 questions with distinct ids"
    assert sum(q["kind"] == "negative" for q in qs) == 10, "need 10 negatives"
    problems = []
    for q in qs:
        if q["kind"] == "negative":
            if q["must"]:
                problems.append(f"{q['id']}: negative with must")
            for s in ABSENT.get(q["id"], []):
                if s in doc:
                    problems.append(f"{q['id']}: {s!r} is in the document")
            if q["id"] not in ABSENT:
                problems.append(f"{q['id']}: negative without ABSENT entry")
            continue
        if q["id"] not in EXPECT:
            problems.append(f"{q['id']}: no EXPECT entry")
            continue
        text = find_unit(us, EXPECT[q["id"]])
        for s in q["must"]:
            if s not in text:
                problems.append(f"{q['id']}: {s!r} not in {EXPECT[q['id']]}: {text[:80]}")
            if any(mark in s for mark in ("**", "`", "|", "&nbsp;", "\\")):
                problems.append(f"{q['id']}: markup in must {s!r}")
            where = [k for k, v in us.items() if s in v and k[0] != "item"]
            if len(where) > 1:
                print(f"  note {q['id']}: {s!r} occurs in {len(where)} units: {where}")
    kinds: dict[str, int] = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print(f"{n_articles} articles; {len(qs)} questions; kinds {kinds}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("all must strings found in their units; all negatives' facts absent")


def main() -> None:
    md, n = render()
    OUT.write_text(md, encoding="utf-8")
    print(f"wrote {OUT} ({len(md)} characters)")
    if QA.exists():
        check(md, n)
    elif "--no-check" not in sys.argv:
        print("qa_holdout_yongan.yaml not written yet")


if __name__ == "__main__":
    main()
