"""Build tests/data/rulebook_dongsheng.docx — an invented safety rulebook for a
food-processing plant (东晟食品有限公司), used by the blind holdout question set
tests/data/qa_holdout_dongsheng.yaml.

All text below is invented for testing; the company, document number, phone
number and figures are fictional.

Run:  .venv/bin/python tests/data/make_rulebook_dongsheng.py
It writes the .docx next to this script and, when the question file exists,
checks that every `must` string occurs inside one paragraph or one table cell.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "rulebook_dongsheng.docx"
QA = HERE / "qa_holdout_dongsheng.yaml"

COMPANY = "东晟食品有限公司"
TITLE = "东晟食品有限公司安全生产管理规定"

# ---------------------------------------------------------------- red header
HEADER_NUMBER = "东晟安〔2025〕12号"
NOTICE_TITLE = f"关于印发《{TITLE}》的通知"
NOTICE_TO = "公司各部门、各车间，各驻厂相关方单位："
NOTICE_BODY = [
    "为进一步落实全员安全生产责任制，有效防范液氨泄漏、粉尘爆炸、有限空间中毒窒息等较大风险，"
    "公司对原《安全生产管理规定》进行了全面修订，经2025年3月28日公司安全生产委员会第一次全体会议"
    "审议通过，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向安全管理部反馈。",
    f"附件：{TITLE}",
]
NOTICE_DATE = "2025年4月8日"
NOTICE_NOTE = "（此件公开发布至班组）"

# ------------------------------------------------------------- rulebook body
# ("h", text)      chapter title, Word style Heading 1
# ("p", text)      article paragraph (Normal)
# ("i", text)      item （一）… (Normal, indented)
# ("s", text)      sub-item 1. … (Normal, indented further)
# ("cap", text)    table caption (Normal, centred, bold)
# ("t", rows)      table; first row is the header row
BODY: list[tuple[str, object]] = [
    ("h", "第一章 总则"),
    (
        "p",
        "第一条 为规范公司安全生产管理，预防和减少生产安全事故，保障员工生命安全和公司财产安全，"
        "根据《中华人民共和国安全生产法》《工贸企业粉尘防爆安全规定》《工贸企业有限空间作业安全规定》"
        "等法律法规和标准，结合本公司速冻食品、烘焙制品生产实际，制定本规定。",
    ),
    (
        "p",
        "第二条 本规定适用于公司本部、城南冷链物流中心及所属各车间、班组，以及在公司厂区内从事清洁、"
        "维修、装卸、施工等活动的外包单位和人员。",
    ),
    (
        "p",
        "第三条 公司安全生产工作坚持“安全第一、预防为主、综合治理”的方针，按照“管行业必须管安全、"
        "管业务必须管安全、管生产经营必须管安全”的要求，落实全员安全生产责任制。",
    ),
    (
        "p",
        "第四条 本规定所称重点部位，是指液氨制冷机房、低温冷库、燃气锅炉房、面粉和白糖投料间、"
        "糖浆储罐区、污水处理站及厂区配电室。",
    ),
    ("h", "第二章 组织机构与职责"),
    (
        "p",
        "第五条 公司成立安全生产委员会（以下简称安委会），总经理任主任，分管生产的副总经理和分管安全的"
        "副总经理任副主任，各部门、车间负责人为委员。安委会每季度召开一次全体会议，遇重大问题随时召开。",
    ),
    (
        "p",
        "第六条 安全管理部是安委会的日常办事机构，负责安全生产的综合监督管理。公司按照从业人员总数的"
        "千分之五配备专职安全管理人员，且不得少于4人；制冷、锅炉、冷库等重点部位所在车间各配备1名专职安全员。",
    ),
    ("p", "第七条 各级人员的主要安全职责："),
    ("i", "（一）总经理是公司安全生产第一责任人，对安全生产工作全面负责，每月至少主持一次安全生产专题会议；"),
    ("i", "（二）分管安全的副总经理协助总经理抓好日常安全管理，每月至少带队开展一次综合检查；"),
    ("i", "（三）车间主任对本车间安全生产负直接管理责任，每周组织一次车间级检查；"),
    ("i", "（四）班组长每班开展班前“一会一查”，即班前安全讲话会和岗位安全检查，并在交接班记录上签字；"),
    ("i", "（五）岗位员工严格遵守操作规程，正确佩戴劳动防护用品，发现隐患立即报告。"),
    (
        "p",
        "第八条 员工有权拒绝违章指挥和强令冒险作业；在发现直接危及人身安全的紧急情况时，有权停止作业"
        "或者在采取可能的应急措施后撤离作业场所。公司不得因此降低其工资、福利待遇或者解除劳动合同。",
    ),
    ("h", "第三章 教育培训"),
    (
        "p",
        "第九条 新入职员工必须经过公司级、车间级、班组级三级安全教育，岗前培训时间不少于24学时，"
        "其中制冷、冷库、锅炉岗位不少于32学时，考试合格后方可上岗，并由老员工“一带一”跟班作业满15个工作日。",
    ),
    (
        "p",
        "第十条 全体员工每年再培训时间不少于8学时。员工转岗或者离岗3个月以上重新上岗的，"
        "须重新接受车间级和班组级安全教育。",
    ),
    (
        "p",
        "第十一条 制冷工、司炉工、叉车司机、电工、焊工等特种作业和特种设备作业人员，必须年满18周岁，"
        "持有效证件上岗；证件到期前60日内由人力资源部统一组织复审。",
    ),
    (
        "p",
        "第十二条 公司倡导“四不伤害”，即：不伤害自己、不伤害他人、不被他人伤害、保护他人不受伤害。"
        "各班组每月至少组织一次“四不伤害”案例讨论。",
    ),
    ("h", "第四章 液氨制冷系统"),
    (
        "p",
        "第十三条 液氨制冷机房实行24小时专人值班，值班制冷工每2小时巡检一次，记录排气压力、油压、液位"
        "及氨浓度读数。非本岗位人员进入机房须经当班班长同意并登记。",
    ),
    ("p", "第十四条 机房及氨阀门集中区域应当设置氨气浓度报警装置，报警值分两级设定："),
    ("i", "（一）一级报警设定为25ppm，发出声光报警，值班人员立即查找泄漏点；"),
    (
        "i",
        "（二）二级报警设定为150ppm，自动联锁启动事故排风机并切断非防爆电源，值班人员立即报告并启动应急预案。",
    ),
    (
        "p",
        "第十五条 机房门口显著位置应当配备正压式空气呼吸器不少于2套、重型防化服不少于2套；机房出口外"
        "15米范围内应当设置应急喷淋和洗眼器，冬季应当采取防冻措施。",
    ),
    (
        "p",
        "第十六条 严禁在液氨管道、阀门及容器上进行带压维修作业。需要检修的，应当先将氨液抽回贮液器，"
        "关闭相关阀门，并经氨浓度检测合格。",
    ),
    (
        "p",
        "第十七条 氨制冷系统的安全阀每年校验一次，压力表每半年检定一次；氨浓度报警装置每季度进行一次"
        "功能测试，测试记录保存不少于3年。",
    ),
    ("h", "第五章 冷库作业"),
    (
        "p",
        "第十八条 冷库分为冷藏间（0℃至4℃）和冻结物冷藏间（-18℃至-25℃）。进入冻结物冷藏间作业，"
        "必须穿戴防寒服、防寒手套和防滑防寒鞋。",
    ),
    (
        "p",
        "第十九条 在冻结物冷藏间内连续作业不得超过45分钟，每次出库后应当在缓冲间或休息室回暖不少于15分钟；"
        "每班在库内累计作业时间不得超过4小时。",
    ),
    (
        "p",
        "第二十条 女职工在孕期和哺乳期内、未满18周岁的员工以及患有高血压、心脏病等不宜低温作业疾病的人员，"
        "不得安排进入冻结物冷藏间作业。",
    ),
    ("p", "第二十一条 冷库作业实行“进库三确认”："),
    ("s", "1. 确认库门内侧应急开门装置灵活有效；"),
    ("s", "2. 确认库内呼救按钮和照明正常；"),
    ("s", "3. 确认已在库门外登记牌上登记姓名、进库时间和人数。"),
    (
        "p",
        "第二十二条 冷库内严禁单人作业，至少2人同时进出。库管员在每班结束锁门前，必须逐间巡视、"
        "呼喊确认库内无人，方可锁门。",
    ),
    (
        "p",
        "第二十三条 冷库门口应当设置明显的“库内有人”提示牌，作业期间翻转至“有人”一面；库内呼救按钮"
        "应当连通至值班室，值班室接警后应当在3分钟内到达现场。",
    ),
    ("h", "第六章 锅炉与压力容器"),
    (
        "p",
        "第二十四条 公司燃气蒸汽锅炉由持证司炉工操作，运行期间司炉工不得离开锅炉房。每班至少冲洗一次"
        "水位表，每班进行一次排污。",
    ),
    (
        "p",
        "第二十五条 锅炉房应当设置可燃气体报警装置，报警时自动切断燃气总阀。锅炉房内严禁存放易燃物品，"
        "严禁吸烟和使用明火。",
    ),
    (
        "p",
        "第二十六条 锅炉安全阀每年至少校验一次，锅炉每年进行一次内部检验。蒸汽压力不得超过额定压力，"
        "安全阀起跳后必须查明原因方可恢复运行。",
    ),
    (
        "p",
        "第二十七条 杀菌釜、夹层锅等压力容器应当张贴设备编号和定期检验合格标志，操作前必须确认泄压完毕"
        "方可打开釜门。",
    ),
    ("h", "第七章 叉车及厂内车辆"),
    ("p", "第二十八条 叉车司机须持《特种设备作业人员证》上岗，严禁无证驾驶或者将叉车交给他人驾驶。"),
    (
        "p",
        "第二十九条 叉车出车前执行“五必查”：一查制动，二查转向，三查喇叭和灯光，四查货叉及链条，"
        "五查轮胎和液压油。发现异常的不得出车，并报告班长。",
    ),
    (
        "p",
        "第三十条 叉车在厂区道路行驶速度不得超过10公里/小时，进入车间、冷库和转弯时不得超过5公里/小时。"
        "严禁用叉车载人、严禁货叉下站人、严禁超载或偏载。",
    ),
    (
        "p",
        "第三十一条 严禁酒后驾驶叉车。当班前8小时内不得饮酒。班长发现司机有饮酒迹象的，应当立即停止其作业，"
        "收回钥匙，报安全管理部进行酒精检测，并按本规定第十三章处理。",
    ),
    (
        "p",
        "第三十二条 电动叉车应当在指定充电区充电，充电区距离面粉、白糖投料间不得小于10米，并配备干粉灭火器。",
    ),
    ("h", "第八章 粉尘防爆"),
    (
        "p",
        "第三十三条 面粉、白糖投料间和粉碎间属于粉尘爆炸危险场所，应当使用防爆型电气设备，除尘系统应当"
        "与生产设备联锁，先开除尘、后开设备，先停设备、后停除尘。",
    ),
    (
        "p",
        "第三十四条 粉尘清扫实行每班清扫制度，地面、设备表面及管道积尘厚度不得超过1毫米。清扫应当采用"
        "防爆吸尘器或者湿式清扫，严禁使用压缩空气吹扫。",
    ),
    (
        "p",
        "第三十五条 除尘器灰斗每班清灰一次，滤袋每月检查一次；粉尘爆炸危险场所严禁动火，确需动火的，"
        "应当停产、清除积尘，并办理特级动火作业许可。",
    ),
    ("h", "第九章 有限空间作业"),
    (
        "p",
        "第三十六条 公司有限空间包括糖浆储罐、发酵罐、污水处理站调节池、化粪池、速冻隧道地坑和排水窨井。"
        "安全管理部建立有限空间台账，并在入口设置警示标志。",
    ),
    (
        "p",
        "第三十七条 有限空间作业必须执行“先通风、再检测、后作业”的原则，并由车间主任审批《有限空间作业票》，"
        "作业票有效期不超过一个班次。",
    ),
    ("p", "第三十八条 作业前和作业中应当进行气体检测，合格标准为："),
    ("i", "（一）氧含量为19.5%至23.5%；"),
    ("i", "（二）硫化氢浓度低于10mg/m³；"),
    ("i", "（三）可燃气体浓度低于爆炸下限的10%。"),
    ("p", "作业过程中每隔30分钟检测一次，检测不合格的立即撤离。"),
    (
        "p",
        "第三十九条 有限空间作业必须设专职监护人，监护人不得离开作业现场，不得进入有限空间施救。"
        "发生事故时，严禁盲目施救，应当立即拨打公司应急电话并使用三脚架、安全绳等救援设备实施救援。",
    ),
    ("h", "第十章 外包作业管理"),
    (
        "p",
        "第四十条 外包清洁、维修等单位进厂前，应当与公司签订安全管理协议，并缴纳安全保证金5000元。"
        "协议期满且未发生安全事故的，保证金全额退还。",
    ),
    (
        "p",
        "第四十一条 外包作业人员须年满18周岁且不超过60周岁，进厂前接受公司组织的入厂安全教育不少于4学时，"
        "考试合格后发放临时出入证，出入证有效期最长为3个月。",
    ),
    (
        "p",
        "第四十二条 外包清洁人员不得进入液氨制冷机房和配电室；夜间对生产线和冷库进行清洗消毒的，"
        "须由本公司当班班长指定专人陪同。外包单位不得将有限空间作业再分包。",
    ),
    ("h", "第十一章 隐患排查治理"),
    ("p", "第四十三条 公司实行分级检查制度，各重点部位检查频次和责任部门按表1执行。"),
    ("cap", "表1 重点部位检查频次表"),
    (
        "t",
        [
            ["部位", "检查频次", "责任部门", "检查重点"],
            ["液氨制冷机房", "每2小时巡检，每周专项检查", "动力车间", "氨浓度、系统压力、阀门泄漏"],
            ["低温冷库", "每班", "仓储物流部", "应急开门装置、呼救按钮、库内无人"],
            ["燃气锅炉房", "每班", "动力车间", "水位、蒸汽压力、燃气报警"],
            ["面粉白糖投料间", "每班", "烘焙车间", "积尘厚度、除尘器、防爆电器"],
            ["有限空间", "作业前及每月", "安全管理部", "台账、警示标志、救援器材"],
            ["叉车", "每日出车前", "仓储物流部", "“五必查”项目"],
            ["厂区配电室", "每周", "设备部", "绝缘用具、接地、温升"],
        ],
    ),
    (
        "p",
        "第四十四条 一般隐患由责任车间立即整改，整改期限不超过7日；重大隐患由安全管理部挂牌督办，"
        "制定整改方案，落实治理措施、责任、资金、时限和预案，整改完成后经安委会验收销号。",
    ),
    ("p", "第四十五条 鼓励员工报告隐患。经核实的一般隐患每条奖励50元，重大隐患每条奖励500元至2000元。"),
    ("h", "第十二章 应急管理"),
    (
        "p",
        "第四十六条 公司应急值班电话为0539-8276110（24小时），厂内短号为6110。任何人员发现火灾、氨泄漏、"
        "人员中毒窒息等险情，应当立即拨打应急值班电话报告。",
    ),
    (
        "p",
        "第四十七条 发生氨泄漏时，现场人员应当用湿毛巾捂住口鼻，向上风向或侧风向撤离，到东门停车场"
        "应急集合点集合清点人数。",
    ),
    (
        "p",
        "第四十八条 公司综合应急预案演练每年至少一次，氨泄漏、冷库困人、有限空间中毒窒息专项应急演练"
        "每半年至少一次。",
    ),
    ("p", "第四十九条 应急物资由安全管理部统一管理，每月检查一次，过期或损坏的应当在5日内补充更换。"),
    ("h", "第十三章 奖励与处罚"),
    ("p", "第五十条 对在安全生产工作中做出突出贡献的集体和个人，公司在年终评选“安全标兵”，每人奖励3000元。"),
    ("p", "第五十一条 对违反本规定的行为，按表2进行经济处罚；造成事故的，依法追究责任。"),
    ("cap", "表2 常见违章行为处罚标准"),
    (
        "t",
        [
            ["违章行为", "对当事人处罚", "对所在班组长处罚"],
            ["未正确佩戴劳动防护用品", "罚款100元", "罚款50元"],
            ["叉车超速或载人", "罚款300元", "罚款100元"],
            ["酒后驾驶叉车", "罚款1000元并调离岗位", "罚款300元"],
            ["冷库单人作业或未登记进库", "罚款200元", "罚款100元"],
            ["使用压缩空气吹扫粉尘", "罚款500元", "罚款200元"],
            ["未办理作业票进入有限空间", "罚款2000元并停岗培训", "罚款500元"],
            ["在禁烟区吸烟", "罚款500元", "罚款200元"],
        ],
    ),
    (
        "p",
        "第五十二条 一年内同一员工受到违章处罚累计3次的，调离原岗位并重新培训；外包人员违章的，"
        "从其单位安全保证金中扣除相应款项，情节严重的清退出厂。",
    ),
    ("h", "第十四章 附则"),
    ("p", "第五十三条 本规定由安全管理部负责解释。"),
    (
        "p",
        "第五十四条 本规定自2025年5月1日起施行，原《东晟食品有限公司安全生产管理规定》（东晟安〔2021〕7号）"
        "同时废止。",
    ),
]

RED = RGBColor(0xC0, 0x00, 0x00)


def _east_asian(run_or_style, font: str) -> None:
    """Set the East Asian font (python-docx only sets the Latin one)."""
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)


def _red_rule(paragraph) -> None:
    """The red line under a 红头 header: a bottom border on the paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "4")
    bottom.set(qn("w:color"), "C00000")
    borders.append(bottom)
    ppr.append(borders)


def _line(
    doc,
    text,
    *,
    size=None,
    bold=False,
    color=None,
    align=None,
    font=None,
    first_indent=None,
    left_indent=None,
    style=None,
):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    if font:
        run.font.name = font
        _east_asian(run, font)
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        p.paragraph_format.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        p.paragraph_format.left_indent = Pt(left_indent)
    return p


def build() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋"
    normal.font.size = Pt(14)
    _east_asian(normal, "仿宋_GB2312")
    for name in ("Heading 1", "Title"):
        st = doc.styles[name]
        st.font.name = "黑体"
        st.font.color.rgb = RGBColor(0, 0, 0)
        _east_asian(st, "黑体")
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Title"].font.size = Pt(20)

    # 红头
    _line(
        doc,
        f"{COMPANY}文件",
        size=36,
        bold=True,
        color=RED,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        font="方正小标宋简体",
    )
    num = _line(doc, HEADER_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER)
    _red_rule(num)
    _line(doc, NOTICE_TITLE, size=20, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体")
    _line(doc, NOTICE_TO)
    for text in NOTICE_BODY:
        _line(doc, text, first_indent=28)
    _line(doc, COMPANY, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _line(doc, NOTICE_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _line(doc, NOTICE_NOTE, first_indent=28)
    doc.add_page_break()

    # the rulebook itself
    doc.add_heading(TITLE, level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, content in BODY:
        if kind == "h":
            doc.add_heading(content, level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "p":
            _line(doc, content, first_indent=28)
        elif kind == "i":
            _line(doc, content, left_indent=28)
        elif kind == "s":
            _line(doc, content, left_indent=56)
        elif kind == "cap":
            _line(doc, content, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "t":
            rows = content
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)

    # fixed metadata so that re-running gives the same document properties
    props = doc.core_properties
    props.author = "东晟食品有限公司安全管理部"
    props.title = TITLE
    props.created = props.modified = datetime.datetime(2025, 4, 8, 9, 0, 0)
    props.last_modified_by = "安全管理部"
    props.revision = 1
    return doc


def passages(path: Path) -> list[str]:
    """Paragraph texts and table cell texts, as a reader of the .docx sees them."""
    doc = Document(str(path))
    out = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            out.extend(cell.text for cell in row.cells)
    return out


def check_questions(path: Path, qa: Path) -> int:
    import yaml

    texts = passages(path)
    data = yaml.safe_load(qa.read_text(encoding="utf-8"))
    assert data["docs"] == [path.name], data["docs"]
    bad = 0
    ids = set()
    for q in data["questions"]:
        assert q["id"] not in ids, q["id"]
        ids.add(q["id"])
        for m in q["must"]:
            if not 4 <= len(m) <= 15:
                print(f"{q['id']}: must {m!r} is {len(m)} chars (want 4-15)")
                bad += 1
            if not any(m in t for t in texts):
                print(f"{q['id']}: must {m!r} not inside any paragraph or table cell")
                bad += 1
    return bad


def save_reproducibly(doc: Document, path: Path) -> None:
    """Save with fixed zip timestamps so that re-running gives identical bytes."""
    import io
    import zipfile

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 4, 8, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def main() -> int:
    save_reproducibly(build(), OUT)
    texts = passages(OUT)
    han = sum(1 for t in texts for ch in t if "\u4e00" <= ch <= "\u9fff")
    print(f"wrote {OUT.name}: {len(texts)} passages, {han} Chinese characters")
    if QA.exists():
        bad = check_questions(OUT, QA)
        print(f"checked {QA.name}: {'OK' if not bad else f'{bad} problem(s)'}")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
