"""Generate tests/data/rulebook_gangkou.docx, the document of the sealed blind set qa_holdout_gangkou.yaml.

An invented port container terminal's rulebook (《海晟集装箱码头安全生产责任制与操作规程（2024年修订）》 of
东澜港海晟集装箱码头有限公司: quay cranes and RTGs, lashing on board, yard stacking, terminal trucks,
dangerous goods containers, mooring, typhoon response, outsourced lashing teams, penalties) laid out the way
a Word file looks after it was converted from an old WPS .wps document: a red-headed covering notice, then
the rulebook with chapter headings typed as plain bold paragraphs ("第一章 总则", sometimes with an ASCII
space, sometimes a full-width one; no heading styles), articles numbered 第一条 in some chapters and 第1条 in
others (one running count), indents typed as two full-width spaces, "一是……；二是……；" items run together
inside one long paragraph, role responsibilities laid out as two-column tables (岗位 | 安全职责) instead of
text, a wind-speed table (风力级别 / 停止作业的设备), a header and footer with the company name and a PAGE
field, a few paragraphs split into two Word paragraphs mid-sentence (as conversion leaves them), stray empty
paragraphs, and an attachment table of 24-hour duty telephone numbers. Deterministic: fixed core
properties and fixed zip entry timestamps.

    .venv/bin/python tests/data/make_rulebook_gangkou.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("rulebook_gangkou.docx")
COMPANY = "东澜港海晟集装箱码头有限公司"
INDENT = "　　"
STAMP = datetime(2024, 6, 12, 9, 30, 0)
ZIP_TIME = (2024, 6, 12, 9, 30, 0)

ATTACH_LABEL = "附件："
ATTACH_TITLE = "海晟码头24小时值班电话表"
CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    """1..99 as Chinese numerals (十一, 二十, 六十二)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


NOTICE: list[tuple[str, str]] = [
    ("red", COMPANY + "文件"),
    ("docno", "海晟码头安〔2024〕17号"),
    ("title", "关于印发《海晟集装箱码头安全生产责任制与操作规程（2024年修订）》的通知"),
    ("left", "公司各部门、各操作队，驻场各外包单位："),
    (
        "p",
        "为进一步落实全员安全生产责任制，规范岸边集装箱起重机、轮胎式集装箱门式起重机、集卡、绑扎、系解缆"
        "等作业行为，防范起重伤害、车辆伤害、高处坠落、危险货物泄漏和台风灾害等事故，公司对2019年印发的"
        "《安全生产责任制》和《装卸作业安全操作规程》进行了合并修订，形成《海晟集装箱码头安全生产责任制与"
        "操作规程（2024年修订）》，已经2024年5月28日公司安全生产委员会第二次全体会议审议通过，现予印发，"
        "请认真贯彻执行。原海晟码头安〔2019〕5号文件同时废止。",
    ),
    (
        "p",
        "各部门、各操作队要在7月15日前组织全员学习并完成闭卷考试，考试成绩低于80分的人员须补考，补考仍不"
        "合格的不得单独上岗。驻场外包单位的宣贯由商务合同部负责组织。执行中遇到的问题，请及时向安全质量部"
        "反映。",
    ),
    ("blank", ""),
    ("left", "附件：海晟集装箱码头安全生产责任制与操作规程（2024年修订）"),
    ("blank", ""),
    ("right", COMPANY),
    ("right", "2024年6月12日"),
    ("left", "（联系人：安全质量部　钟立航　联系电话：0596-26831175）"),
    ("rule", ""),
    ("left", "抄送：东澜港务集团有限公司安全环保部，东澜港区管委会应急管理局。"),
    ("left", COMPANY + "综合办公室　　　　2024年6月12日印发"),
]

ROLES_LEADERS: list[tuple[str, str]] = [
    (
        "总经理",
        "公司安全生产第一责任人，对本单位安全生产工作全面负责；建立健全并落实全员安全生产责任制；"
        "每季度主持召开安委会全体会议；每月至少带队开展一次现场安全检查；保证安全生产投入的有效实施；"
        "组织制定并实施生产安全事故应急救援预案，及时、如实报告生产安全事故。",
    ),
    (
        "分管安全副总经理",
        "协助总经理抓好安全生产综合监督管理；每月主持召开一次安全生产例会，通报隐患整改和违章处罚情况；"
        "组织事故调查和统计分析；督促驻场外包单位落实安全责任；对重大事故隐患挂牌督办。",
    ),
    (
        "分管生产副总经理",
        "对装卸生产过程中的安全负直接领导责任；审批超限箱、危险货物箱夜间作业等特殊作业方案；"
        "防台三级及以上响应期间坐镇生产指挥中心，统一指挥设备防风锚定和人员撤离。",
    ),
    (
        "总工程师",
        "负责安全技术管理；组织审查新设备、新工艺的安全技术措施；每年汛期前组织一次岸桥、场桥防风锚定"
        "装置的技术评估；台风过后在设备恢复作业确认单上签字。",
    ),
]

ROLES_DEPTS: list[tuple[str, str]] = [
    (
        "安全质量部",
        "公司安全生产综合监督管理部门；每月组织一次全面安全检查，每周开展一次专项检查；建立重大事故隐患"
        "台账；负责新员工公司级安全教育，时间不少于24学时；负责对危险货物集装箱堆存隔离情况的监督检查；"
        "开具违章处罚通知单。",
    ),
    (
        "生产业务部（含生产指挥中心）",
        "科学编排船舶作业计划，不得下达违章指令；生产指挥中心实行24小时值班，接收气象预警后须在15分钟内"
        "传达到各作业单元；负责危险货物箱的场位计划和隔离核对；统一发布码头实测风速。",
    ),
    (
        "设备工程部",
        "负责装卸设备的维护保养和安全装置管理；岸桥、场桥风速仪每月校验一次，每年由有资质的检测机构检测"
        "一次；起重机械定期检验到期前1个月申报检验；负责码头和堆场高杆灯的维护；建立设备安全技术档案。",
    ),
    (
        "人力资源部",
        "负责特种作业人员和特种设备作业人员持证管理，证件到期前60日书面提醒本人复审；组织岗位安全技能"
        "培训，一线操作人员每年再培训时间不少于20学时；落实劳动防护用品配备标准。",
    ),
    (
        "商务合同部",
        "负责外包单位的资质审查，与外包单位签订安全生产管理协议，协议未签订的不得进场；每年12月组织一次"
        "外包单位年度安全评价；负责安全保证金的收取和扣缴。",
    ),
]

ROLES_POSTS: list[tuple[str, str]] = [
    (
        "操作队队长",
        "本队安全生产第一责任人；每班主持班前会，讲评当班安全注意事项，时间不少于10分钟；每周组织一次本队"
        "安全活动；发现违章作业立即制止并报告。",
    ),
    (
        "值班调度（中控员）",
        "掌握各作业线设备与人员动态；收到风速预警后立即通知相关司机做好停机准备；夜班每2小时与各作业线"
        "通话确认一次人员和设备状态，并做好记录。",
    ),
    (
        "岸桥司机",
        "持证上岗；作业前检查制动器、限位器、风速仪和吊具旋锁指示灯；严格按指挥手信号操作；作业中发现"
        "设备异常立即停机并报告值班调度，不得带病运行。",
    ),
    (
        "场桥司机",
        "作业前确认防风楔块已收起、电缆卷盘或供电装置正常；大车行走时鸣铃警示；起吊的集装箱严禁从集卡"
        "驾驶室上方越过；转场须有地面人员监护。",
    ),
    (
        "集卡司机",
        "遵守港区限速规定；在岸桥、场桥下作业时留在驾驶室内；服从理货员、指挥手的指挥；锁销未全部解除"
        "的不得驶离。",
    ),
    (
        "理货员、指挥手",
        "穿戴反光背心和安全帽；站在司机视线范围内的安全位置指挥；核对箱号、铅封；确认锁销状态后方可"
        "发出起吊信号。",
    ),
    (
        "绑扎工",
        "持本公司签发的作业证上船；正确系挂安全带；不在吊具和吊起的集装箱下方停留或通行；绑扎工具用后"
        "清点归位。",
    ),
    (
        "系解缆工",
        "穿戴救生衣、防滑鞋和手套作业；听从带班人员统一指挥；熟悉缆绳受力后的危险区域；发现缆绳磨损、"
        "断股立即报告。",
    ),
]

WIND_TABLE: list[tuple[str, str, str]] = [
    (
        "6级",
        "10.8～13.8",
        "空箱堆高机停止6层以上堆箱作业；正面吊停止吊装超高箱；系解缆作业每组增派1人",
    ),
    (
        "7级",
        "13.9～17.1",
        "场桥停止转场；正面吊、空箱堆高机停止作业；船上绑扎和舱盖板上的高处作业停止",
    ),
    (
        "8级",
        "17.2～20.7",
        "岸桥、场桥全部停止作业并完成锚定；集卡停止码头前沿作业，驶入2号避风停车场",
    ),
    (
        "9级及以上",
        "≥20.8",
        "除应急抢险外码头全部作业停止，人员撤至防台避险室",
    ),
]

PHONES: list[tuple[str, str, str]] = [
    ("生产指挥中心（总调度）", "0596-26831000", "24小时值班，甚高频第09频道"),
    ("安全质量部值班室", "0596-26831175", "夜间转值班手机13905961287"),
    ("设备抢修值班室", "0596-26831260", "岸桥、场桥、高杆灯故障"),
    ("危险货物箱区（F区）值班室", "0596-26831388", "泄漏、冒烟立即报告"),
    ("防台办公室", "0596-26831099", "每年6月1日至10月31日开通"),
    ("港区消防站", "0596-26831119", "同时拨打119"),
    ("港区医务室", "0596-26831120", "夜间值班医生手机13859620716"),
    ("东澜港区派出所", "0596-26831110", "治安、交通事故"),
    ("捷航绑扎服务有限公司现场调度", "13806950472", "外包绑扎队24小时联系人"),
]

# Chapters: (heading as typed, numbering style, blocks). Block kinds: "art" (article text after the number),
# "split" (article cut into two Word paragraphs mid-sentence), "roles" (article lead-in + 岗位 | 安全职责
# table), "wind" (article lead-in + wind table), "plain" (an unnumbered paragraph under an article).
CHAPTERS: list[tuple[str, str, list[tuple[str, object]]]] = [
    (
        "第一章 总则",
        "cn",
        [
            (
                "art",
                "为了加强东澜港海晟集装箱码头有限公司（以下简称“公司”）安全生产工作，明确各层级、各岗位的安全"
                "生产责任，规范装卸生产作业行为，防止和减少生产安全事故，根据《中华人民共和国安全生产法》《中华"
                "人民共和国港口法》《港口危险货物安全管理规定》以及集装箱码头装卸作业安全相关标准，结合公司实际，"
                "制定本规程。",
            ),
            (
                "art",
                "本规程适用于公司所属东澜港区3号至6号集装箱泊位、后方堆场、闸口及维修车间范围内的一切生产经营"
                "活动。公司员工、劳务派遣人员、驻场外包单位人员以及进港提送箱的社会集卡司机均应遵守本规程。",
            ),
            (
                "art",
                "本规程所称社会集卡，是指不属于公司自有、进港提箱或者送箱的外部集装箱运输车辆；所称内集卡，是指"
                "公司自有、仅在港区内码头前沿与堆场之间驳运集装箱的牵引车；所称高处作业，是指在距坠落高度基准面"
                "2米及以上有可能坠落的高处进行的作业；所称锚定，是指起重机停止作业后插入锚定销或者落下防风楔块、"
                "系紧防风拉索，使起重机固定于轨道或者地面的措施。",
            ),
            (
                "art",
                "公司安全生产工作坚持安全第一、预防为主、综合治理的方针，实行“管生产必须管安全、管业务必须管"
                "安全”和“谁发包、谁监管”的原则，做到责任到岗、措施到位、考核到人。",
            ),
            (
                "art",
                "公司安全生产委员会（以下简称“安委会”）是公司安全生产工作的最高议事决策机构，由总经理任主任，"
                "分管安全副总经理任常务副主任，各部门负责人和操作队队长为成员。安委会办公室设在安全质量部。安委会"
                "每季度至少召开一次全体会议，遇有台风、重大事故隐患或者发生生产安全事故时随时召开。",
            ),
            (
                "art",
                "公司按照上年度营业收入的1.5%提取安全生产费用，专款专用，由安全质量部会同财务部编制年度使用"
                "计划，每半年向安委会报告一次使用情况。",
            ),
        ],
    ),
    (
        "第二章　安全生产责任制",
        "cn",
        [
            (
                "art",
                "公司实行全员安全生产责任制。每年1月由人力资源部会同安全质量部组织逐级签订安全生产责任书，"
                "签订率应达到100%。岗位调整的，应在调岗后5个工作日内重新签订。",
            ),
            ("roles", ("公司领导安全生产职责如下：", ROLES_LEADERS)),
            ("roles", ("职能部门安全生产职责如下：", ROLES_DEPTS)),
            ("roles", ("操作队及一线岗位安全生产职责如下：", ROLES_POSTS)),
            (
                "art",
                "新员工上岗前须经公司、部门、班组三级安全教育，部门级教育不少于12学时，班组级教育不少于8学时，"
                "考试合格并跟班实习满1个月后方可独立上岗。转岗或者离岗6个月以上重新上岗的，须重新接受部门级和"
                "班组级安全教育。",
            ),
            (
                "art",
                "各岗位实行当面交接班。交班人应将设备状况、未完成作业和发现的安全隐患写入交接班记录本，接班人"
                "未到岗的，交班人不得离岗。严禁酒后上岗，班前会发现有饮酒迹象的，由队长安排呼气酒精检测，检测"
                "值达到20mg/100ml的当班停止上岗，按旷工处理。",
            ),
            (
                "art",
                "公司为一线作业人员配备安全帽、反光背心、防砸防滑安全鞋和雨具，为绑扎工、系解缆工和高处检修人员"
                "配备全身式安全带，为系解缆工和码头前沿作业人员配备救生衣。安全带每半年由安全质量部抽检一次，"
                "安全带使用满3年或者受过冲击的一律报废。",
            ),
            (
                "art",
                "各级安全生产责任落实情况纳入年度绩效考核，安全考核权重不低于绩效总分的20%。发生负有责任的"
                "一般及以上生产安全事故的，对事故单位实行安全“一票否决”，当年不得评先评优。",
            ),
            (
                "art",
                "各部门、各操作队应当建立安全风险分级管控和隐患排查治理双重预防机制，重点做到：一是每年3月底前"
                "完成本单位岗位风险辨识，更新岗位风险告知卡；二是在岸桥登机口、危险货物箱区、系缆作业区等较大"
                "风险点位设置安全风险公告牌，标明风险等级、管控措施和应急电话；三是一般隐患由责任单位在7日内"
                "整改完毕，不能按期整改的应报安全质量部备案并落实临时管控措施；四是重大事故隐患由分管安全副总"
                "经理挂牌督办，整改完成后经安全质量部验收销号；五是隐患排查治理情况每月25日前录入公司安全信息"
                "平台。",
            ),
        ],
    ),
    (
        "第三章　岸桥与场桥作业",
        "ar",
        [
            (
                "art",
                "岸边集装箱起重机（以下简称“岸桥”）、轮胎式集装箱门式起重机（以下简称“场桥”）司机必须持有效"
                "的特种设备作业人员证，经公司实操考核合格并取得内部准驾证后方可独立操作。新取证司机须在师傅"
                "带领下跟班作业不少于3个月。",
            ),
            (
                "art",
                "岸桥司机接班时应进行交接班检查，重点检查起升、小车、大车制动器，各限位开关，吊具旋锁指示灯和"
                "风速仪显示。接班后第一吊应进行试吊，起升离地不超过300毫米，确认制动可靠后方可正常作业。",
            ),
            (
                "split",
                (
                    "岸桥作业时，船舶舱盖板上、吊具下方及起吊范围内严禁站人。吊具着箱后，旋锁开闭状态以司机室"
                    "指示灯为准；指示灯显示与",
                    "实际不一致或者四个角指示灯未全部点亮时，严禁起升，应通知设备工程部处理。",
                ),
            ),
            (
                "art",
                "岸桥、场桥司机在司机室内连续操作不得超过3小时，交接休息时间不少于30分钟；夜班（22:00至次日"
                "6:00）期间，连续操作不得超过2小时。司机身体不适或者精神状态不佳的，应主动向队长报告，队长应"
                "当安排替班，不得勉强上机。",
            ),
            (
                "art",
                "场桥大车行走时应鸣铃警示，行走速度不超过额定速度的一半。场桥跨箱区转场须由设备工程部派人全程"
                "监护，转场时风力在6级以下，转场路线上的集卡、人员须提前清空，夜间转场须开启全部照明灯和"
                "警示灯。",
            ),
            (
                "art",
                "场桥吊具下方严禁有人。集卡就位后，场桥吊具须在集卡停稳、司机示意后方可下降；起吊的集装箱离开"
                "集卡车架后，集卡方可驶离。",
            ),
            (
                "art",
                "岸桥、场桥均应装设风速仪并与司机室声光报警联动。瞬时风速达到15米/秒时发出声光预警，司机应做好"
                "停机准备；达到17米/秒时停止起吊新的集装箱，已起吊的集装箱应就近落放；并须在风速达到20米/秒前"
                "完成锚定：岸桥插好锚定销、系好防风拉索，场桥落下防风楔块并系紧地锚。",
            ),
            (
                "wind",
                "各类设备按风力级别停止作业的要求见下表。风力以生产指挥中心发布的码头实测风速为准，实测风速与"
                "气象预报不一致时，按较大者执行。",
            ),
            (
                "art",
                "超限箱、框架箱、平台箱作业须使用专用吊架或者钢丝绳索具，作业方案经分管生产副总经理审批后实施，"
                "作业时安全质量部派员现场监护。双箱吊具作业前，理货员应核对两只20英尺集装箱的箱重，箱重差超过"
                "10吨的不得双箱同吊。",
            ),
            (
                "art",
                "岸桥大臂仰起、俯下前，司机须确认大臂下方及船舶上层建筑无障碍物，并经指挥手确认。大风天气停止"
                "作业后，岸桥大臂应仰起至挂钩位置并挂好安全钩。",
            ),
            (
                "art",
                "司机离开司机室时，应将吊具起升至安全高度，各机构手柄置于零位，切断主电源，关好门窗。设备检修时"
                "应执行挂牌上锁制度，检修人员本人上锁、本人摘牌，严禁他人代为解锁送电。",
            ),
        ],
    ),
    (
        "第四章 船上作业与绑扎",
        "cn",
        [
            (
                "art",
                "船上绑扎、拆绑作业由外包绑扎队承担的，生产业务部负责作业现场的统一协调，安全质量部负责监督检查。"
                "绑扎队每条作业线配备不少于1名专职现场安全员。",
            ),
            (
                "art",
                "绑扎人员上船作业前，带班人员应与船方值班驾驶员确认作业区域，检查舷梯、安全网和照明；舷梯未挂"
                "安全网或者踏步损坏的，不得上下船。",
            ),
            (
                "art",
                "在距离坠落高度基准面2米及以上的舱盖板边缘、绑扎桥以及集装箱顶部作业时，必须系挂全身式安全带，"
                "安全带应高挂低用，挂点应牢固可靠；绑扎桥无护栏或者护栏松动的，须先设置临时生命线。",
            ),
            (
                "art",
                "绑扎人员上集装箱顶部拆装锁销时，必须乘坐经检验合格的专用作业吊笼，吊笼内不得超过2人，严禁"
                "站在吊具上随吊具升降，严禁攀爬集装箱箱体。",
            ),
            (
                "art",
                "绑扎作业应做到：一是绑扎杆、花篮螺丝使用前逐件检查，有弯曲、裂纹、滑丝的立即更换；二是绑扎杆"
                "应手递手传递，严禁抛掷；三是不得在岸桥正在作业的同一贝位内作业，与正在作业的贝位至少间隔一个"
                "贝位；四是舱盖板开启期间，不得在舱口边缘1米范围内停留；五是拆下的锁销集中放入锁销筐，不得随意"
                "放在舱盖板或者箱顶上。",
            ),
            (
                "art",
                "绑扎作业每组不少于2人，互相监护，单人不得上船作业。雨、雪、霜冻天气作业前，应先清除舱盖板和"
                "绑扎桥上的积水、积雪，并采取防滑措施。",
            ),
            (
                "art",
                "进入船舱内作业前，须确认舱内已充分通风。标有熏蒸警告标志的集装箱，未经有资质的机构检测确认残留"
                "熏蒸剂浓度合格前，任何人不得开启箱门；在舱内发现异味、头晕的，立即撤离并报告值班调度。",
            ),
            (
                "art",
                "船舶夜间作业时，绑扎区域照明由船方提供，照明不足的由公司架设临时移动照明灯塔补充；绑扎人员须"
                "佩戴头灯，头灯电量应满足一个班次使用。",
            ),
        ],
    ),
    (
        "第五章　堆场与集卡作业",
        "ar",
        [
            (
                "art",
                "堆场集装箱堆码高度：重箱堆码不超过5层；空箱堆码不超过7层；冷藏箱堆码不超过4层。各箱区靠近通道"
                "一侧的第一列集装箱应呈阶梯状堆放，不得形成孤立高垛。",
            ),
            (
                "art",
                "社会集卡进港须经闸口安全告知，司机签署《进港安全须知》后方可进入。集卡行驶速度：港区主干道限速"
                "30公里/小时；堆场箱区通道限速20公里/小时；码头前沿作业区限速15公里/小时；闸口、转弯处及交叉"
                "路口限速10公里/小时；雾天、雨雪天气能见度低于100米时，全港区限速10公里/小时。",
            ),
            (
                "art",
                "集卡在岸桥、场桥下作业时，司机必须留在驾驶室内，关好车门，不得下车。确需下车的（如车辆故障），"
                "应先通过对讲机报告值班调度，待该设备停止作业后方可下车，并站在距车辆5米以外的安全区域。",
            ),
            (
                "art",
                "进出码头前沿的集卡须在指定锁销拆装区停车，由拆锁工拆装锁销，集卡司机在拆装期间不得移动车辆，"
                "拆锁工完成作业后举手示意并退至安全线外，司机方可起步。",
            ),
            (
                "art",
                "公司内部集卡司机连续驾驶时间不得超过4小时，每次休息不少于20分钟；一个班次累计驾驶时间不得超过"
                "8小时；连续上夜班不得超过4个班次。社会集卡司机在港区内有明显疲劳迹象的，闸口和调度人员有权"
                "要求其到司机之家休息后再作业。",
            ),
            (
                "split",
                (
                    "夜间作业时，码头前沿作业区照度不低于50勒克斯，堆场箱区不低于20勒克斯，锁销拆装区不低于"
                    "30勒克斯。高杆灯由设备工程部每周检查一次，损坏的灯具应在24小时内修复；照度不足的区域",
                    "不得安排作业。夜间进入堆场和码头前沿的所有人员必须穿戴反光背心。",
                ),
            ),
            (
                "art",
                "海关查验区开箱作业时，开启箱门的人员应站在箱门侧面，先开右侧门并用门钩固定，防止箱内货物倒塌"
                "伤人；查验期间查验区通道禁止集卡穿行，正面吊配合掏箱时查验人员须退至警戒线外。",
            ),
            (
                "art",
                "行人不得在箱区内穿行，必须走人行通道。因工作需要进入箱区的，须事先报告值班调度，由调度通知该"
                "箱区场桥停止作业并在箱区入口放置警示锥后方可进入。",
            ),
        ],
    ),
    (
        "第六章　流动机械与维修作业",
        "cn",
        [
            (
                "art",
                "正面吊、空箱堆高机、叉车司机须持有效的场（厂）内专用机动车辆作业证。作业前应检查制动、转向、"
                "灯光、喇叭和倒车报警装置，任何一项失灵的不得出车。",
            ),
            (
                "art",
                "正面吊起吊作业不得超出司机室内载荷曲线表规定的范围，吊箱行驶时集装箱底部离地高度不超过500毫米，"
                "严禁吊箱高速转弯。空箱堆高机在堆垛第6层及以上时，须有专人在地面瞭望，视线受阻时停止作业。",
            ),
            (
                "art",
                "冷藏箱插拔电作业由持有效低压电工作业证的冷箱工实施，插拔前须先断开插座箱开关，严禁带负荷插拔；"
                "雨天作业插头须加装防水护套。冷箱工夜间巡检时须两人同行。",
            ),
            (
                "art",
                "维修车间和码头范围内的动火作业实行分级审批：一般动火由设备工程部审批，岸桥、场桥上的动火以及"
                "油库周边的动火由安全质量部审批；F区边界50米范围内原则上禁止动火，确需动火的须经总经理批准。"
                "动火前须清除周围10米范围内的可燃物，配备灭火器不少于2具，设专人监火，动火结束后监火人应继续"
                "观察30分钟确认无残火后方可离开。",
            ),
            (
                "art",
                "岸桥大梁、机房外部等高处检修作业，风力达到5级时应停止；检修人员须系挂安全带，工具用绳系牢，"
                "下方设置警戒区并派人看守。",
            ),
        ],
    ),
    (
        "第七章　危险货物集装箱",
        "cn",
        [
            (
                "art",
                "第1类爆炸品、第7类放射性物品集装箱一律实行车船直取，不在港区堆存。其他类别危险货物集装箱进港"
                "前，货主或者其代理须提前24小时申报，经生产业务部审核、安全质量部复核后方可进港。",
            ),
            (
                "split",
                (
                    "危险货物集装箱应当堆存在专用危险货物箱区（F区），危险货物集装箱堆码不超过2层。F区与办公楼、"
                    "候工楼等人员密集场所的距离不小于50米，",
                    "区内禁止吸烟和使用非防爆手机、对讲机，禁止无关车辆进入。",
                ),
            ),
            (
                "art",
                "危险货物集装箱在堆场内按《国际海运危险货物规则》的隔离要求堆放：隔离1（远离）的箱与箱之间距离"
                "不小于3米；隔离2（隔离）的箱与箱之间距离不小于6米；隔离3（用一整个舱室或货舱隔离）的箱与箱"
                "之间距离不小于12米；隔离4（用一个介于中间的整个舱室或货舱作纵向隔离）的箱与箱之间距离不小于"
                "24米。生产业务部编排场位时应逐箱核对隔离要求。",
            ),
            (
                "art",
                "F区值班人员每2小时巡查一次，检查箱体有无渗漏、变形，危险货物标志是否齐全；装有危险货物的冷藏箱"
                "每4小时记录一次箱内温度，温度异常的立即报告。巡查记录保存不少于1年。",
            ),
            (
                "art",
                "危险货物集装箱发生泄漏时，现场人员应做到：一是立即停止周边作业，从上风方向撤离，并向F区值班室和"
                "生产指挥中心报告；二是由生产指挥中心划定警戒区，警戒半径不小于100米，禁止无关人员和车辆进入；"
                "三是查明泄漏物品的联合国编号和应急处置要求，未查明前任何人不得靠近；四是堵漏、收集作业由穿戴"
                "相应防护装备的专业应急人员实施；五是处置完毕后经安全质量部检测确认方可解除警戒。",
            ),
            (
                "art",
                "雷雨天气停止装卸第2类、第3类危险货物集装箱。装卸易燃易爆危险货物集装箱时，作业线附近须配备"
                "不少于4具35千克推车式干粉灭火器，并由安全质量部派员现场监护。",
            ),
        ],
    ),
    (
        "第八章 系解缆作业",
        "ar",
        [
            (
                "art",
                "船舶系解缆作业由系解缆班承担，每组不少于3人，其中1人为带班人员，负责与船方和引航员联系并统一"
                "指挥。系解缆人员必须穿戴救生衣、防滑鞋和手套，码头边缘作业时不得背对水面。",
            ),
            (
                "art",
                "缆绳受力时，任何人不得跨越、骑坐缆绳，不得用脚踩踏缆绳。缆绳回弹区内不得站人，缆桩周围的"
                "回弹危险区域应用黄色斑马线标示。",
            ),
            (
                "art",
                "接撇缆时应待撇缆头落地后再拾取，不得用手接抛来的撇缆头。缆绳套上缆桩时，手不得放在缆绳与缆桩"
                "之间；解缆时须得到船方松缆信号后方可摘缆。",
            ),
            (
                "art",
                "船舶靠泊期间，值班调度每4小时组织一次缆绳巡检；风力达到6级时，通知船方加缆，巡检改为每小时"
                "一次；发现缆绳松弛、断股的，立即通知船方调整或者更换。",
            ),
            (
                "art",
                "夜间系解缆作业，泊位照明灯须全部开启，系解缆人员须佩戴头灯。无照明或者照明不足时，不得进行"
                "系解缆作业。",
            ),
        ],
    ),
    (
        "第九章　防台风",
        "cn",
        [
            (
                "art",
                "每年6月1日至10月31日为防台期。防台期内，防台办公室实行24小时值班，各部门负责人手机须保持"
                "24小时畅通。",
            ),
            (
                "art",
                "公司防台风应急响应由低到高分为四级、三级、二级、一级，由防台办公室根据气象台发布的台风预报"
                "提出建议，经总经理批准后启动：",
            ),
            (
                "plain",
                "（一）四级响应（蓝色）：台风预计72小时内影响本港区。生产指挥中心每6小时发布一次台风动态；设备"
                "工程部检查全部锚定销、防风拉索和地锚；各箱区清理散落杂物。",
            ),
            (
                "plain",
                "（二）三级响应（黄色）：台风预计48小时内影响本港区。停止受理危险货物集装箱进港；空箱堆码高度"
                "降至4层，外侧箱用绑扎带串联加固；外包绑扎队全员待命。",
            ),
            (
                "plain",
                "（三）二级响应（橙色）：台风预计24小时内影响本港区。停止集装箱进出闸口；在港船舶按海事部门要求"
                "离泊避风；岸桥大臂仰起并完成锚定，场桥全部返回防风地锚位；非值守人员撤离港区。",
            ),
            (
                "plain",
                "（四）一级响应（红色）：台风预计12小时内影响本港区。码头全部作业停止，停电检查关闭设备电源；"
                "留守人员不超过30人，全部进入防台避险室，不得外出巡查。",
            ),
            (
                "art",
                "台风影响期间，除经防台办公室批准的抢险人员外，严禁任何人员登上岸桥、场桥；抢险人员登机作业须"
                "两人以上，系挂安全带，并与生产指挥中心保持通话。",
            ),
            (
                "art",
                "防台物资由安全质量部统一储备，汛期前储备沙袋不少于2000只、应急发电机2台、防风钢丝绳500米，"
                "每月检查一次，动用后及时补齐。",
            ),
            (
                "art",
                "台风过后恢复作业前，设备工程部应对岸桥、场桥的结构、轨道、锚定装置和电气系统进行全面检查，"
                "填写设备恢复作业确认单，经总工程师签字后方可恢复作业。",
            ),
        ],
    ),
    (
        "第十章　外包单位安全管理",
        "cn",
        [
            (
                "split",
                (
                    "外包绑扎队应具有独立法人资格和健全的安全生产管理制度，与公司签订安全生产管理协议，并向公司",
                    "缴纳安全保证金5万元，保证金在合同期满且未发生安全责任事故后无息退还。",
                ),
            ),
            (
                "art",
                "外包人员进场前须接受公司级安全教育，时间不少于16学时，考试合格后由安全质量部发放海晟码头作业证，"
                "作业证有效期1年，到期须重新培训考核。未持作业证的人员一律不得上船作业。",
            ),
            (
                "art",
                "安全质量部每月对外包单位进行安全考核。一年内累计发生3次严重违章的，或者发生负有责任的人身伤亡"
                "事故的，清退出场，并列入公司承包商黑名单，3年内不得参与公司业务。",
            ),
            (
                "art",
                "外包单位现场安全员负责每日开工前检查本单位人员的劳动防护用品和作业证，组织班前安全交底；外包单位"
                "负责人每月应参加公司安全生产例会，汇报本单位安全工作情况和整改落实情况。",
            ),
            (
                "art",
                "外包单位不得将承揽的绑扎业务转包或者违法分包。外包单位作业人员变动超过原报人数30%的，须提前"
                "3个工作日向商务合同部和安全质量部书面报告，新增人员须补足培训后方可上岗。",
            ),
        ],
    ),
    (
        "第十一章 应急管理与事故报告",
        "ar",
        [
            (
                "art",
                "公司建立生产安全事故应急预案体系，包括综合应急预案和台风、危险货物泄漏、人员落水、起重机械事故、"
                "火灾等专项应急预案。应急预案每3年至少评估修订一次，组织机构或者重大风险发生变化时及时修订。",
            ),
            (
                "art",
                "综合应急预案演练每年至少组织一次，专项应急预案演练每半年至少组织一次，其中防台风演练须在每年"
                "5月底前完成。演练结束后15日内形成演练评估报告。",
            ),
            (
                "art",
                "码头前沿每隔50米设置救生圈1只，每个泊位配备救生软梯和抛绳器各1套。发现人员落水时，发现人应"
                "立即呼救并抛投救生圈，同时报告生产指挥中心，严禁不会游泳的人员下水施救。",
            ),
            (
                "art",
                "发生生产安全事故后，现场人员应立即报告值班调度；值班调度应在5分钟内报告安全质量部和当班领导；"
                "发生人员伤亡的，公司应在1小时内向东澜港区管委会应急管理局和港口行政管理部门报告。事故现场"
                "须妥善保护，因抢救人员需要移动现场物件的，应做出标志并拍照留存。",
            ),
        ],
    ),
    (
        "第十二章 奖励与处罚",
        "ar",
        [
            (
                "art",
                "及时发现并报告重大事故隐患、避免事故发生的，经安委会认定，给予发现人500元至2000元奖励。年度内"
                "无违章、无事故的班组，年终评选为安全标杆班组，奖励班组3000元。",
            ),
            (
                "art",
                "违反本规程的，按下列规定处罚：高处作业未系挂安全带的，每人次罚款200元；集卡超速的，首次罚款"
                "100元，一年内再次超速的罚款500元并停岗培训3天；集卡司机在岸桥、场桥下作业时擅自下车的，罚款"
                "300元；风速超过停止作业规定仍继续作业的，对当班司机罚款1000元并停岗；危险货物集装箱未按规定"
                "隔离堆放的，对场位计划责任人罚款800元；外包人员违章的，从安全保证金中按每人次500元扣缴。",
            ),
            (
                "art",
                "隐瞒不报、谎报或者拖延不报生产安全事故的，对直接责任人解除劳动合同；构成犯罪的，移交司法机关"
                "依法追究刑事责任。",
            ),
            (
                "art",
                "违章处罚由安全质量部开具《违章处罚通知单》，罚款从当月工资中扣除。被处罚人对处罚有异议的，"
                "可在收到通知单之日起3个工作日内向安委会办公室书面申诉。",
            ),
        ],
    ),
    (
        "第十三章　附则",
        "cn",
        [
            ("art", "本规程由公司安全质量部负责解释。"),
            ("art", "本规程自2024年7月1日起施行。"),
        ],
    ),
]


# ---------------------------------------------------------------- text model (used by the must-checker)


def article_number(n: int, style: str) -> str:
    return f"第{n}条 " if style == "ar" else f"第{cn_num(n)}条　"


def text_units() -> list[str]:
    """Every article, item, notice paragraph and table cell as one string (split parts joined)."""
    units = [text for kind, text in NOTICE if text]
    n = 0
    for _heading, style, blocks in CHAPTERS:
        for kind, payload in blocks:
            if kind == "plain":
                units.append(str(payload))
                continue
            n += 1
            num = article_number(n, style)
            if kind == "split":
                first, second = payload  # type: ignore[misc]
                units.append(num + first + second)
            elif kind == "roles":
                lead, rows = payload  # type: ignore[misc]
                units.append(num + lead)
                for post, duty in rows:
                    units.extend([post, duty])
            elif kind == "wind":
                units.append(num + str(payload))
                for row in WIND_TABLE:
                    units.extend(row)
            else:
                units.append(num + str(payload))
    units.extend([ATTACH_LABEL, ATTACH_TITLE])
    for row in PHONES:
        units.extend(row)
    return units


# ---------------------------------------------------------------- docx writing


def set_run_font(run, east_asia: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)
    if color is not None:
        run.font.color.rgb = color


def para(
    doc,
    text: str,
    align=None,
    east_asia: str = "仿宋_GB2312",
    size: float = 16,
    bold: bool = False,
    color=None,
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if text:
        set_run_font(p.add_run(text), east_asia, size, bold, color)
    return p


def bottom_rule(p, color: str = "FF0000", size: int = 18) -> None:
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    borders.append(bottom)
    ppr.append(borders)


def add_field(p, instr: str, east_asia: str, size: float) -> None:
    for kind in ("begin", None, "separate", "text", "end"):
        run = p.add_run()
        set_run_font(run, east_asia, size)
        if kind == "text":
            run.text = "1"
            continue
        if kind is None:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._element.append(el)


def table(doc, header: tuple[str, ...], rows: list[tuple[str, ...]], widths: list[float]) -> None:
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.width = Cm(widths[i])
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run_font(p.add_run(h), "黑体", 12, True)
    for row in rows:
        cells = t.add_row().cells
        for i, value in enumerate(row):
            cells[i].width = Cm(widths[i])
            p = cells[i].paragraphs[0]
            if i == 0 and len(value) <= 12:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(p.add_run(value), "仿宋_GB2312", 12)


def header_footer(section) -> None:
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(hp.add_run(COMPANY + "　安全生产责任制与操作规程"), "宋体", 9)
    bottom_rule(hp, "000000", 6)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(fp.add_run(COMPANY + "　　— "), "宋体", 9)
    add_field(fp, "PAGE", "宋体", 9)
    set_run_font(fp.add_run(" —"), "宋体", 9)


def build() -> bytes:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    header_footer(sec)

    for kind, text in NOTICE:
        if kind == "red":
            para(doc, text, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 36, True, RGBColor(0xFF, 0, 0))
            para(doc, "")
        elif kind == "docno":
            p = para(doc, text, WD_ALIGN_PARAGRAPH.CENTER)
            bottom_rule(p)
            para(doc, "")
        elif kind == "title":
            para(doc, text, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 22)
            para(doc, "")
        elif kind == "p":
            para(doc, INDENT + text)
        elif kind == "right":
            para(doc, text + "　　", WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "rule":
            bottom_rule(para(doc, ""), "000000", 6)
        elif kind == "blank":
            para(doc, "")
        else:
            para(doc, text)

    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.different_first_page_header_footer = False
    para(doc, "附件", east_asia="黑体")
    para(doc, "")
    para(doc, "海晟集装箱码头安全生产责任制与操作规程", WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 22)
    para(doc, "（2024年修订）", WD_ALIGN_PARAGRAPH.CENTER, "楷体_GB2312", 16)
    para(doc, "")

    n = 0
    for heading, style, blocks in CHAPTERS:
        para(doc, heading, WD_ALIGN_PARAGRAPH.CENTER, "黑体", 16, True)
        for kind, payload in blocks:
            if kind == "plain":
                para(doc, INDENT + str(payload))
                continue
            n += 1
            num = article_number(n, style)
            if kind == "split":
                first, second = payload  # type: ignore[misc]
                para(doc, INDENT + num + first)
                para(doc, second)
            elif kind == "roles":
                lead, rows = payload  # type: ignore[misc]
                para(doc, INDENT + num + lead)
                table(doc, ("岗位", "安全职责"), rows, [3.6, 12.0])
            elif kind == "wind":
                para(doc, INDENT + num + str(payload))
                table(doc, ("风力级别", "风速（米/秒）", "停止作业的设备"), WIND_TABLE, [2.6, 3.2, 9.8])
            else:
                para(doc, INDENT + num + str(payload))
        para(doc, "")

    doc.add_page_break()
    para(doc, ATTACH_LABEL, east_asia="黑体")
    para(doc, ATTACH_TITLE, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 22)
    para(doc, "")
    table(doc, ("部门／岗位", "值班电话", "备注"), PHONES, [5.6, 4.2, 5.8])
    para(doc, "")
    para(doc, "（电话如有变更，以生产指挥中心最新公布为准）")

    cp = doc.core_properties
    cp.author = "zhonglh"
    cp.last_modified_by = "zhonglh"
    cp.title = "海晟集装箱码头安全生产责任制与操作规程（2024年修订）"
    cp.created = STAMP
    cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 3
    cp.comments = ""

    raw = io.BytesIO()
    doc.save(raw)
    return raw.getvalue()


def freeze_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry timestamps so the output is byte-for-byte reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    OUT.write_bytes(freeze_zip(build()))
    chars = sum(len(u) for u in text_units())
    print(f"wrote {OUT} ({chars} characters of text)")


if __name__ == "__main__":
    main()
