"""Generate tests/data/rulebook_jiuchang.docx, the document of the sealed blind set qa_holdout_jiuchang.yaml.

An invented baijiu distillery's safety rulebook (《宜宾裕隆酒业有限公司安全生产管理制度》: solid-state
fermentation in 1,860 pit cellars, steam-heated 甑桶 stills, three 酒库 with 146 stainless tanks of
high-proof base liquor, gas-fired steam boilers, grain milling dust, a bottling hall and forklifts), written
with python-docx as a real Word document. The first pages hold the covering notice (red 文件 head, 文号,
title, 主送, body, 附件 line, signature and date, 联系人/电话, 抄送 and 印发 line); a page break follows,
then the rulebook: a centred title, chapters in the built-in "Heading 1" style and sections (第X节) in
"Heading 2", articles as Normal paragraphs starting with a bold 第X条, items （一）（二）… as separate Normal
paragraphs inside an article, table 1 (隐患排查检查频次表) with its header row marked to repeat on every
page (w:tblHeader), table 2 (违章行为处罚标准) whose 违章类别 cells are vertically merged over several rows
(w:vMerge), and a small-print 注： paragraph under table 2. A page-number field sits in the footer. Zip
entry times and core properties are fixed, so the output is byte-for-byte deterministic.

    .venv/bin/python tests/data/make_rulebook_jiuchang.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "rulebook_jiuchang.docx"
QA = HERE / "qa_holdout_jiuchang.yaml"
STAMP = datetime(2025, 6, 16, 9, 30, tzinfo=UTC)
ZIP_TIME = (2025, 6, 16, 9, 30, 0)
RED = RGBColor(0xC0, 0x00, 0x00)
BLACK = RGBColor(0, 0, 0)
DIGITS = "零一二三四五六七八九"
ITEM_NUMBERS = "一二三四五六七八九十"

NOTICE: list[tuple[str, str]] = [
    ("red", "宜宾裕隆酒业有限公司文件"),
    ("docno", "裕隆酒安〔2025〕12号"),
    ("title", "关于印发《宜宾裕隆酒业有限公司安全生产管理制度》的通知"),
    ("left", "各车间、各部室，勾储中心，驻厂各承包商单位："),
    (
        "p",
        "为深入落实企业安全生产主体责任，有效防范酒库火灾爆炸、窖池窒息、粉尘爆炸、锅炉爆"
        "炸、机械伤害和厂内车辆伤害等事故，公司安全生产委员会在2021年版《安全生产管理"
        "制度汇编》的基础上，结合三号酒库投用、包装车间B线灌装设备改造和2024年度隐患"
        "排查中发现的问题，组织对安全生产管理制度进行了全面修订。修订后的《宜宾裕隆酒业有"
        "限公司安全生产管理制度》已经2025年6月9日公司总经理办公会审议通过，现印发给"
        "你们，自2025年7月1日起施行。",
    ),
    (
        "p",
        "请各单位认真组织全员学习，于2025年7月31日前完成本单位全员宣贯和考试，并对"
        "照本制度修订本单位岗位安全操作规程，报安全环保部备案。执行中遇到的问题，请及时向"
        "安全环保部反馈。",
    ),
    ("gap", ""),
    ("left", "附件：宜宾裕隆酒业有限公司安全生产管理制度"),
    ("gap", ""),
    ("right", "宜宾裕隆酒业有限公司"),
    ("right", "2025年6月16日"),
    (
        "left",
        "（联系人：安全环保部　罗志强　联系电话：0831-6782453　手机：13908315276）",
    ),
    ("gap", ""),
    ("small", "抄送：公司董事长、监事会，公司工会，叙州区应急管理局。"),
    ("small", "宜宾裕隆酒业有限公司综合办公室　　　　　　2025年6月16日印发"),
]

# ("h1" | "h2" | "art" | "item" | "table1" | "table2", text); articles and items are numbered on output.
BODY: list[tuple[str, str]] = [
    ("h1", "第一章　总　　则"),
    (
        "art",
        "为加强公司安全生产管理，防止和减少生产安全事故，保障员工生命安全和公司财产安全，"
        "依据《中华人民共和国安全生产法》《中华人民共和国消防法》《中华人民共和国特种设备"
        "安全法》《工贸企业有限空间作业安全规定》《粉尘防爆安全规程》《危险化学品企业特殊"
        "作业安全规范》等法律法规和标准，结合公司固态法白酒酿造、原酒贮存勾调和成品包装的"
        "生产实际，制定本制度。",
    ),
    (
        "art",
        "本制度适用于公司各车间、各部室，以及在公司厂区内从事施工、检修、装卸、清洁等作业"
        "的承包商人员、劳务派遣人员、季节性用工和实习人员。",
    ),
    (
        "art",
        "公司位于宜宾市叙州区柏溪镇裕隆路18号，主要生产场所包括原料粉碎车间、制曲车间、"
        "酿造一车间、酿造二车间（共有窖池1860口）、勾储中心（一号、二号、三号酒库，不"
        "锈钢储罐146个，单罐容积50立方米至500立方米）、包装车间、动力车间（燃气蒸"
        "汽锅炉房、空压站、配电房）和成品库。一号、二号、三号酒库和包装车间灌装间为公司重"
        "点防火部位。",
    ),
    (
        "art",
        "公司安全生产工作坚持“安全第一、预防为主、综合治理”的方针，实行“管生产必须管安"
        "全、管业务必须管安全”和“谁主管、谁负责”的原则，建立全员安全生产责任制。",
    ),
    (
        "art",
        "酒精度为38%vol及以上的原酒、基酒和成品酒，其贮存、输送、勾调和灌装场所一律"
        "按甲类火灾危险性场所管理，场所内的电气设备、照明、通风设施和工具必须符合防爆要求"
        "。",
    ),
    ("h1", "第二章　安全生产责任"),
    ("h2", "第一节　组织机构"),
    (
        "art",
        "公司成立安全生产委员会（以下简称安委会），总经理任主任，分管生产的副总经理任常务"
        "副主任，各部门负责人为成员。安委会每季度召开一次全体会议，研究解决安全生产重大问"
        "题；遇重大隐患或发生事故时由主任临时召集。",
    ),
    (
        "art",
        "安委会下设办公室，设在安全环保部，负责安委会日常工作。公司按从业人员总数的千分之"
        "五配备专职安全管理人员，且不少于6人；各车间设兼职安全员1至2名，每个生产班组设"
        "班组安全员1名。",
    ),
    (
        "art",
        "公司按规定比例足额提取安全生产费用，专户核算、专款专用，由安全环保部会同财务部编"
        "制年度使用计划。单项支出5万元以下的由安全环保部经理审核、分管生产的副总经理批准"
        "；5万元及以上的报总经理审批。",
    ),
    ("h2", "第二节　岗位安全职责"),
    (
        "art",
        "总经理是公司安全生产第一责任人，对公司安全生产工作全面负责，每月至少主持召开一次"
        "安全生产例会，每季度至少带队开展一次全厂安全检查。",
    ),
    (
        "art",
        "分管生产的副总经理协助总经理抓好安全生产工作，对生产系统的安全生产负直接领导责任"
        "，负责审批特级动火作业和重大事故隐患整改方案。",
    ),
    ("art", "安全环保部是公司安全生产综合管理部门，履行下列职责："),
    ("item", "组织制定、修订安全生产规章制度和岗位安全操作规程，组织编制生产安全事故应急预案；"),
    ("item", "组织安全教育培训和考核，建立员工安全培训档案；"),
    ("item", "负责一级动火、受限空间等危险作业许可证的审核和现场监督抽查；"),
    ("item", "组织开展综合检查和专项检查，督促隐患整改并实行闭环销号；"),
    ("item", "负责可燃气体检测报警系统、便携式气体检测仪等安全设施的台账管理；"),
    ("item", "组织事故调查处理和安全奖惩的考核兑现。"),
    (
        "art",
        "设备动力部负责全厂设备设施、特种设备、电气线路和防雷防静电设施的安全管理，建立特"
        "种设备安全技术档案，按期申报定期检验；动力车间负责锅炉、空压机和配电房的运行管理"
        "。",
    ),
    (
        "art",
        "各车间主任是本车间安全生产第一责任人，负责组织班组开展岗位风险辨识和隐患自查，每"
        "周至少组织一次车间安全检查。",
    ),
    (
        "art",
        "班组长每班召开班前会不少于10分钟，讲清当班作业风险和防范措施；当班作业结束后检"
        "查设备、水、电、汽和火源，确认安全后方可离岗。",
    ),
    (
        "art",
        "岗位员工应当严格遵守安全操作规程，正确佩戴和使用劳动防护用品。发现直接危及人身安"
        "全的紧急情况时，员工有权停止作业或者在采取可能的应急措施后撤离作业场所，公司不因"
        "此降低其工资、福利等待遇。",
    ),
    ("h1", "第三章　安全教育培训"),
    (
        "art",
        "新入厂员工（含劳务派遣人员）必须经公司级、车间级、班组级三级安全教育，累计不少于"
        "32学时，其中公司级8学时、车间级16学时、班组级8学时，考试合格后方可上岗。",
    ),
    (
        "art",
        "酿造季节性用工上岗前，由酿造车间集中培训不少于16学时，重点讲授窖池作业、上甑蒸"
        "馏、行车吊运和烫伤防范知识，考试合格并由老员工“一带一”跟班作业不少于5个工作日"
        "后，方可独立上岗。",
    ),
    (
        "art",
        "在岗员工每年接受安全再培训不少于20学时。公司主要负责人和安全管理人员初次安全培"
        "训不少于32学时，每年再培训不少于12学时。",
    ),
    (
        "art",
        "员工调换工种或离岗6个月以上重新上岗的，应重新接受车间级和班组级安全教育，时间不"
        "少于12学时。采用新工艺、新技术、新材料或者使用新设备时，由使用车间对有关员工进"
        "行专门的安全教育。",
    ),
    (
        "art",
        "司炉工、叉车司机、行车司机、电工、焊工等特种设备作业人员和特种作业人员，必须取得"
        "相应资格证书，持证上岗。证书复审到期前3个月，由人力资源部书面提醒本人及所在部门"
        "办理复审。",
    ),
    (
        "art",
        "承包商作业人员入厂前，由安全环保部进行入厂安全教育不少于4学时，考试合格后发放临"
        "时出入证；承包商人员每次进入酒库区域作业前，由勾储中心再进行现场安全技术交底。",
    ),
    (
        "art",
        "安全培训考试满分为100分，80分及以上为合格。培训记录、试卷和签到表由安全环保"
        "部归档保存，保存期限不少于3年。",
    ),
    ("h1", "第四章　危险作业管理"),
    ("h2", "第一节　一般规定"),
    (
        "art",
        "公司实行危险作业许可制度。动火作业、受限空间作业（含窖池、储罐、地坑、污水池）、"
        "高处作业、临时用电作业、吊装作业、盲板抽堵作业和断路作业，必须办理相应的作业许可"
        "证，未办证一律不得作业。",
    ),
    (
        "art",
        "作业许可证实行“一事一证一地”，不得涂改、代签，不得超范围、超期限使用。作业结束"
        "后，许可证由作业单位保存1年备查。",
    ),
    ("h2", "第二节　动火作业"),
    ("art", "动火作业按危险程度分为三级："),
    ("item", "特级动火：在酒库、灌装间、储罐及输酒管道上以及距其15米范围内的动火作业；"),
    (
        "item",
        "一级动火：在酿造车间、原料粉碎车间、制曲车间、锅炉房燃气管道及配电房内的动火作业；",
    ),
    ("item", "二级动火：除特级、一级动火以外的厂区其他区域的动火作业。"),
    (
        "art",
        "特级动火由作业单位提出，安全环保部审核，分管生产的副总经理审批，安全环保部派人全"
        "过程现场监督；一级动火由安全环保部经理审批；二级动火由所在车间主任审批。",
    ),
    (
        "art",
        "特级、一级动火许可证有效期不超过8小时，二级动火许可证有效期不超过72小时。超过"
        "有效期或者作业内容、地点发生变化的，应重新办理。",
    ),
    (
        "art",
        "动火作业前应进行可燃气体分析，取样时间与动火开始时间间隔不超过30分钟；动火点及"
        "周围可燃气体浓度不得高于0.2%（体积分数）。作业中断超过30分钟的，应重新取样"
        "分析；特级动火期间应连续检测。",
    ),
    (
        "art",
        "动火点周围15米范围内的可燃物应清除干净，不能清除的用阻燃布覆盖；附近的地漏、排"
        "水沟用湿沙封堵；动火点附近配备不少于2具8公斤干粉灭火器。",
    ),
    (
        "art",
        "储罐、输酒管道动火前，必须将设备内酒液排空，用清水冲洗不少于3遍，并通入蒸汽蒸煮"
        "不少于2小时，加装盲板与系统隔离，经分析合格后方可动火。严禁在盛有酒液或未经置换"
        "的储罐、管道上动火。",
    ),
    (
        "art",
        "动火作业必须设专人监火，监火人不得兼做其他工作，不得擅离现场。动火结束后，监火人"
        "应检查清理现场，确认无遗留火种，并继续观察不少于30分钟后方可离开。",
    ),
    ("h2", "第三节　受限空间作业"),
    (
        "art",
        "进入储罐、地坑、污水池、沼气池、曲房地沟等受限空间作业，必须坚持“先通风、再检测"
        "、后作业”的原则，未经通风和检测合格的，严禁作业。窖池作业按本制度第五章第四节执"
        "行。",
    ),
    (
        "art",
        "受限空间内氧气含量应为19.5%至23.5%，可燃气体浓度低于爆炸下限的10%，"
        "硫化氢浓度不超过10毫克/立方米。检测应在作业前30分钟内进行，作业期间每隔2小"
        "时复测一次。",
    ),
    (
        "art",
        "受限空间作业必须在入口处设专职监护人，监护人与作业人员每隔5分钟联络一次；作业人"
        "员应系好安全带和救生绳，作业现场配备正压式空气呼吸器不少于2套。",
    ),
    (
        "art",
        "储罐内作业只能使用电压不超过12伏的防爆安全行灯和铜质防爆工具，严禁穿带铁钉的鞋和化纤衣服进入罐内。",
    ),
    ("h2", "第四节　高处作业与临时用电"),
    (
        "art",
        "在坠落高度基准面2米及以上有可能坠落的高处进行作业，必须办理高处作业许可证，系挂"
        "安全带并做到高挂低用。酒库储罐顶部作业、行车检修和灌装线高位罐检查均按高处作业管"
        "理。",
    ),
    ("art", "遇6级及以上大风、暴雨、雷电等恶劣天气，应停止露天高处作业和吊装作业。"),
    (
        "art",
        "临时用电线路由持证电工安装，使用期限一般不超过15天，确需延长的应重新办证。临时"
        "用电线路必须装设漏电保护器，漏电动作电流不大于30毫安。酒库、灌装间内严禁接设非"
        "防爆临时用电设备。",
    ),
    ("h1", "第五章　重点场所与设备安全"),
    ("h2", "第一节　原料粉碎"),
    (
        "art",
        "原料粉碎车间负责高粱、大米、糯米、小麦、玉米等原料的粉碎，属粉尘爆炸危险场所。车"
        "间内严禁吸烟和携带火种，电气设备应符合粉尘防爆要求。",
    ),
    (
        "art",
        "粉碎机进料口前端应设除铁装置（磁选器），每班清理吸附的铁杂物不少于1次并做好记录"
        "，防止金属异物进入粉碎机撞击产生火花。",
    ),
    (
        "art",
        "开机时先启动除尘系统，再启动粉碎机；停机时先停粉碎机，除尘系统延时运行不少于5分"
        "钟后再停机。除尘系统故障时，粉碎机不得运行。",
    ),
    (
        "art",
        "车间地面、设备外表面、梁架和管道上的积尘应及时清扫，每班清扫不少于1次，每周全面"
        "清扫1次，任何部位积尘厚度不得超过1毫米。清扫应采用负压吸尘或湿式清扫，严禁使用"
        "压缩空气吹扫。",
    ),
    (
        "art",
        "袋式除尘器应设置在室外并装有泄爆装置，灰斗内粉尘每班清卸；除尘器进出口压差超过1"
        "500帕时，应停机检查。",
    ),
    ("h2", "第二节　酿造与蒸馏"),
    (
        "art",
        "酿造车间上甑、蒸馏、摘酒、出甑、打量水、摊晾、入窖等工序由当班班组长统一指挥。甑"
        "桶采用蒸汽加热，进甑蒸汽压力不得超过0.15MPa，蒸汽阀门应缓慢开启。",
    ),
    (
        "art",
        "蒸馏前应先开启冷凝器冷却水，确认冷却水畅通后再通汽。流酒温度应控制在25℃至35"
        "℃之间，超过40℃时应立即加大冷却水量或减小进汽量，防止酒精蒸气大量逸散。",
    ),
    (
        "art",
        "摘酒区、酒尾暂存区属于酒精蒸气聚集区域，应保持通风良好。接酒桶盛装量不得超过桶容"
        "积的80%，接满的酒桶应在当班结束前交勾储中心入库，车间内暂存原酒不得超过2吨。",
    ),
    (
        "art",
        "出甑、起吊甑盖和吊运酒醅使用行车时，行车司机必须持证操作，吊物下方和运行路线上严"
        "禁站人；甑盖吊起后不得在空中长时间停留。",
    ),
    (
        "art",
        "出甑作业人员应穿戴防烫工作服、防护手套和防滑靴；晾堂和甑边地面应随时清除积水和散"
        "落的酒醅，防止滑倒、烫伤。",
    ),
    ("h2", "第三节　制曲车间"),
    (
        "art",
        "制曲车间负责中高温大曲的生产，包括原料润粮、压曲、入房培菌、翻曲、拆曲和成品曲储"
        "存。压曲机运行时严禁将手伸入压模区域，清理模具或排除故障必须停机断电。",
    ),
    (
        "art",
        "曲房培菌期间品温可达60℃以上，室内湿热。进入曲房翻曲、拆曲前应先开启排潮风机通"
        "风不少于10分钟，每人每次在曲房内连续作业不得超过40分钟，出曲房后应在阴凉处休"
        "息。",
    ),
    (
        "art",
        "曲块堆码高度不得超过10层且不超过1.8米，堆码应整齐稳固，防止倒塌伤人。成品曲"
        "库内严禁存放汽油、柴油等易燃物品。",
    ),
    ("art", "曲药粉碎和曲粉储存执行本章第一节关于粉尘防爆的规定。"),
    ("h2", "第四节　窖池作业"),
    (
        "art",
        "窖池发酵过程中产生大量二氧化碳，公司窖池深度在1.8米至2.5米之间。起窖、清窖"
        "、修窖、踩窖等下窖作业一律按受限空间作业管理，由酿造车间办理《窖池作业许可证》，"
        "车间主任审批。",
    ),
    (
        "art",
        "下窖作业前必须揭开窖皮，用移动式轴流风机向窖底强制通风不少于20分钟，并用四合一"
        "气体检测仪在窖底检测，氧气含量不低于19.5%、二氧化碳浓度不高于0.5%时方可"
        "下窖。",
    ),
    (
        "art",
        "下窖人员必须系挂安全绳，每个作业窖池窖口至少设1名监护人。窖内作业期间风机不得停"
        "止，每隔30分钟复测一次；单人连续在窖内作业不得超过1小时。",
    ),
    (
        "art",
        "发现窖内人员出现头晕、胸闷、呼吸困难或晕倒时，监护人应立即呼救并报告，严禁未佩戴"
        "正压式空气呼吸器的人员下窖施救。",
    ),
    (
        "art",
        "空窖池、待修窖池应加盖或设置高度不低于1.2米的防护栏和警示标志，夜间设置警示灯"
        "。严禁在窖池边缘打闹或跨越窖池。",
    ),
    ("h2", "第五节　酒库与储罐"),
    (
        "art",
        "勾储中心负责一号、二号、三号酒库的安全管理。酒库实行封闭管理，无关人员不得入内；"
        "外来人员进入须经勾储中心负责人同意并登记，由库管员全程陪同。",
    ),
    (
        "art",
        "进入酒库的人员必须在入口处触摸人体静电释放器，交出手机、打火机等火种，穿防静电工"
        "作服和不带铁钉的工作鞋。库内严禁使用非防爆的对讲机、手电筒等电子电器设备。",
    ),
    (
        "art",
        "酒库安装的可燃气体检测报警器，一级报警值设定为乙醇爆炸下限的20%，二级报警值设"
        "定为爆炸下限的40%。一级报警时自动启动事故排风机，二级报警时联锁切断输酒泵电源"
        "，并向中控室和消防控制室报警。事故排风机的换气次数每小时不少于12次。",
    ),
    (
        "art",
        "储罐进酒量不得超过罐体安全容积的90%，库管员进酒前应核对液位计读数并与中控系统"
        "比对。储罐呼吸阀和阻火器每月检查1次，每年清洗1次。",
    ),
    (
        "art",
        "输酒作业开始时管道内流速不得超过1米/秒，待进酒管口浸没后流速不得超过3米/秒；"
        "严禁用压缩空气输酒或搅拌酒液。输酒管道、储罐和输酒泵必须可靠接地，防静电接地电阻"
        "不大于100欧姆。",
    ),
    (
        "art",
        "倒罐、勾调、输酒作业必须2人以上进行，一人操作、一人监护。作业期间操作人员不得离"
        "开现场，作业结束后立即关闭罐底阀门并上锁。",
    ),
    (
        "art",
        "酒库库内温度超过30℃时应开启通风降温设施；夏季每日11时至16时高温时段，原则上不安排大批量输酒作业。",
    ),
    (
        "art",
        "每座酒库四周的防火堤应保持完好，防火堤排水阀平时处于关闭状态，雨水排放后立即关闭"
        "；防火堤内严禁堆放杂物。",
    ),
    ("h2", "第六节　锅炉房"),
    (
        "art",
        "动力车间锅炉房现有2台燃气蒸汽锅炉，单台额定蒸发量10吨/小时，额定工作压力1."
        "25MPa，日常运行压力不得超过1.0MPa。锅炉必须在定期检验合格的有效期内使"
        "用。",
    ),
    (
        "art",
        "司炉工必须持有特种设备作业人员证（G1）上岗，每班不少于2人。当班司炉工每1小时"
        "巡检一次并填写运行记录，严禁脱岗、睡岗。",
    ),
    (
        "art",
        "锅炉安全阀每年至少校验1次，压力表每半年至少检定1次；低水位联锁保护和超压联锁保"
        "护每月试验1次，试验情况记入锅炉运行记录。",
    ),
    (
        "art",
        "锅炉房内设燃气泄漏报警装置，报警后自动切断燃气总阀。锅炉点火前必须对炉膛进行吹扫"
        "，吹扫时间不少于5分钟。",
    ),
    ("art", "锅炉发生严重缺水时，严禁向锅炉内进水，司炉工应立即停炉并报告动力车间主任。"),
    ("h2", "第七节　包装车间"),
    (
        "art",
        "包装车间灌装间设A、B两条灌装线，灌装间电气设备必须为防爆型。灌装间高位罐内储存"
        "的成品酒不得超过当班用量，且最多不超过5吨。",
    ),
    (
        "art",
        "洗瓶、灌装、压盖、贴标、装箱等设备运行中出现卡瓶、倒瓶时，必须按下急停按钮停机后"
        "处理，严禁用手直接伸入运行中的设备取瓶。",
    ),
    ("art", "清理碎玻璃必须戴防割手套，使用专用工具，碎玻璃放入专用容器，不得混入生活垃圾。"),
    (
        "art",
        "设备检修、清洁时必须执行“挂牌上锁”，在电源开关处挂“有人作业，禁止合闸”警示牌"
        "并上锁，钥匙由检修人员本人保管，作业完毕由本人摘牌开锁。",
    ),
    (
        "art",
        "包装材料库纸箱、瓶盒堆垛高度不得超过3米，垛与垛间距不小于1米，垛与墙间距不小于"
        "0.5米，垛与照明灯具的距离不小于0.5米。",
    ),
    ("h2", "第八节　叉车与厂内运输"),
    (
        "art",
        "厂内叉车由储运部统一管理，实行定人定车。叉车司机必须持有特种设备作业人员证（N1"
        "），严禁无证驾驶或将叉车交给他人驾驶。",
    ),
    (
        "art",
        "叉车在厂区道路行驶速度不得超过10公里/小时，在车间、库房内以及转弯、交叉路口处不得超过5公里/小时。",
    ),
    (
        "art",
        "进入酒库、灌装间和成品库的叉车必须为防爆型电动叉车，燃油叉车一律不得进入上述区域。",
    ),
    (
        "art",
        "叉车严禁载人，严禁用货叉顶升人员进行高处作业；货物遮挡视线时应倒车行驶或由专人引导。",
    ),
    (
        "art",
        "叉车司机每班作业前应对制动、转向、喇叭、灯光、货叉和链条进行点检；停车时货叉落地"
        "，拉紧手制动，拔下钥匙。",
    ),
    ("h1", "第六章　消防安全"),
    (
        "art",
        "公司设微型消防站1个，配备专职消防员6名，实行24小时值班。消防控制室实行24小"
        "时双人值班，值班人员必须持有消防设施操作员证书。",
    ),
    (
        "art",
        "酒库、灌装间配备抗溶性泡沫灭火系统。扑救酒类火灾应使用抗溶性泡沫灭火剂，不得使用"
        "普通蛋白泡沫，不得用直流水直接冲击燃烧的酒液。",
    ),
    (
        "art",
        "厂区内除经批准的指定吸烟点外全面禁烟。酒库、灌装间和原料粉碎车间周围30米范围内严禁设置吸烟点。",
    ),
    (
        "art",
        "厂区消防车通道宽度不小于4米，严禁占用、堵塞。灭火器、消火栓由保卫部每月检查1次并填写检查卡。",
    ),
    (
        "art",
        "厂区消防水池有效储水量为1200立方米，消防水泵每周试运行1次，消防水池的水严禁挪作生产用水。",
    ),
    ("h1", "第七章　相关方管理与劳动防护用品"),
    (
        "art",
        "承包商进厂施工前，应与公司签订安全生产管理协议，明确双方安全责任，并按合同金额的"
        "5%缴纳安全保证金，最低不少于5000元，工程竣工且未发生安全事故的，保证金全额"
        "退还。",
    ),
    (
        "art",
        "承包商在酒库、灌装间等甲类场所作业，必须由勾储中心或包装车间指定专人全程现场监护"
        "；承包商自带的电动工具和临时用电设备，进厂前须经设备动力部检查合格并贴检验标签。",
    ),
    (
        "art",
        "公司对承包商实行安全积分管理，每个承包商单位年度初始积分为12分，发生一次违章扣"
        "2分至6分，积分扣完的清退出厂，1年内不得再承接公司工程。",
    ),
    (
        "art",
        "劳动防护用品由安全环保部按岗位制定配备标准，采购的劳动防护用品必须具有产品合格证"
        "和检验报告，不得以货币或者其他物品替代应当配备的劳动防护用品。",
    ),
    (
        "art",
        "酒库、灌装间作业人员每年配发防静电工作服2套；酿造车间出甑人员配发防烫工作服、防"
        "护手套和防滑靴；原料粉碎车间人员配发防尘口罩，每班更换1只。劳动防护用品损坏的，"
        "员工可以旧换新。",
    ),
    ("h1", "第八章　隐患排查治理"),
    (
        "art",
        "公司每年组织一次全面的安全风险辨识评估，将酒库、灌装间、窖池作业和锅炉房确定为重"
        "大风险区域，在区域入口设置安全风险告知牌，标明主要风险、防范措施和应急电话。",
    ),
    (
        "art",
        "公司隐患排查实行公司、车间、班组三级排查，检查类别、内容、频次和责任部门按表1执行。",
    ),
    ("table1", ""),
    (
        "art",
        "隐患实行分级治理。一般隐患由责任车间立即或限期整改，整改期限一般不超过7天；重大"
        "隐患由分管生产的副总经理组织制定整改方案，落实整改措施、责任、资金、时限和预案，"
        "整改完成后由安全环保部组织验收销号。",
    ),
    (
        "art",
        "隐患整改完成前，责任单位应采取临时防范措施；危及人身安全的，应立即停止作业并撤出人员。",
    ),
    ("h1", "第九章　应急管理"),
    (
        "art",
        "公司设应急值班电话0831-6782110（内线8110），24小时有人值守；消"
        "防控制室内线8119。员工发现火灾、酒液泄漏、人员中毒窒息等险情，应立即拨打应急"
        "值班电话报告。",
    ),
    (
        "art",
        "公司综合应急预案每年至少演练1次，专项应急预案每半年至少演练1次，现场处置方案每"
        "季度至少演练1次。酒库火灾和窖池窒息两项现场处置方案每年必须各演练1次以上。",
    ),
    (
        "art",
        "勾储中心应急物资库储备沙袋不少于200只、抗溶性泡沫液不少于2吨、防爆对讲机6台"
        "、正压式空气呼吸器4套；酿造车间每个班组配备正压式空气呼吸器2套。应急物资每月检"
        "查1次，动用后24小时内补齐。",
    ),
    ("art", "酒库储罐或管道发生酒液泄漏时，按下列程序处置："),
    ("item", "现场人员立即关闭泄漏点上游阀门，停止输酒泵，并拨打应急值班电话报告；"),
    ("item", "严禁开关非防爆电器，严禁启动燃油车辆，疏散库内无关人员；"),
    ("item", "关闭防火堤排水阀，用沙袋围堵，防止酒液流入雨水管网；"),
    ("item", "开启事故排风机，用抗溶性泡沫覆盖泄漏的酒液，减少挥发；"),
    ("item", "泄漏酒液用防爆泵回收，严禁用铁质工具刮扫。"),
    ("art", "窖池内发生人员窒息时，按下列程序处置："),
    ("item", "监护人立即呼救，拨打应急值班电话和120，加大风机通风量；"),
    ("item", "救援人员必须佩戴正压式空气呼吸器、系好安全绳后方可下窖；"),
    ("item", "将伤员移至空气新鲜处，呼吸心跳停止的立即进行心肺复苏。"),
    (
        "art",
        "发生蒸汽或热水烫伤时，应立即用流动冷水冲洗烫伤部位15至20分钟，不得涂抹牙膏、"
        "酱油等，烫伤严重的立即送医。",
    ),
    (
        "art",
        "原料粉碎车间发生粉尘燃爆或除尘器着火时，应立即停止粉碎机和输送设备，关闭除尘风机"
        "，疏散人员；扑救时不得用高压水枪直接冲击积尘，防止扬尘引发二次爆炸。",
    ),
    ("h1", "第十章　事故报告与调查"),
    (
        "art",
        "发生事故后，现场人员应立即报告班组长，班组长应在5分钟内报告车间主任和安全环保部"
        "；安全环保部接报后应立即报告分管生产的副总经理和总经理。",
    ),
    (
        "art",
        "发生死亡、重伤或者3人以上轻伤事故的，总经理应在1小时内报告叙州区应急管理局等有"
        "关部门，不得迟报、漏报、谎报或者瞒报。",
    ),
    (
        "art",
        "轻伤事故由所在车间在24小时内填报事故快报，安全环保部组织调查，在15日内形成调"
        "查报告。事故调查处理坚持“四不放过”原则。",
    ),
    ("h1", "第十一章　奖励与处罚"),
    (
        "art",
        "公司每年评选安全生产先进班组和先进个人，先进班组每个奖励3000元，先进个人每人奖励1000元。",
    ),
    (
        "art",
        "员工发现并及时报告重大事故隐患，经核实的奖励2000元；发现并报告一般隐患的，按"
        "隐患等级奖励50元至200元；及时制止违章作业或处置险情避免事故发生的，视情奖励"
        "500元至5000元。",
    ),
    (
        "art",
        "对违反本制度的行为，按表2给予处罚；造成事故的，依照事故调查结论另行追究责任，涉"
        "嫌犯罪的移送司法机关。",
    ),
    ("table2", ""),
    (
        "art",
        "被处罚员工对处罚有异议的，可以在收到处罚通知单之日起5个工作日内向安委会办公室书"
        "面申诉，安委会办公室应在10个工作日内作出答复。",
    ),
    ("h1", "第十二章　附　　则"),
    (
        "art",
        "本制度由安全环保部负责解释。各车间、部室可依据本制度制定本单位的实施细则和岗位安"
        "全操作规程，但不得低于本制度的要求。",
    ),
    (
        "art",
        "本制度自2025年7月1日起施行。公司2021年3月印发的《安全生产管理制度汇编》同时废止。",
    ),
]

TABLE1_CAPTION = "表1　隐患排查检查频次表"
TABLE1_HEADER = ("序号", "检查类别", "检查内容", "检查频次", "组织或责任部门")
TABLE1_ROWS: list[tuple[str, str, str, str]] = [
    ("综合检查", "全厂安全生产综合检查", "每季度1次", "总经理带队，安全环保部组织"),
    ("日常检查", "安全环保部日常巡查", "每个工作日1次", "安全环保部"),
    ("日常检查", "车间安全检查", "每周1次", "各车间主任"),
    ("日常检查", "班前、班中、班后检查", "每班", "班组长、班组安全员"),
    ("专项检查", "酒库可燃气体检测报警器功能测试", "每月1次", "勾储中心、设备动力部"),
    ("专项检查", "储罐呼吸阀、阻火器、液位计", "每月1次", "勾储中心"),
    ("专项检查", "储罐、输酒管道防静电接地电阻测试", "每半年1次", "设备动力部"),
    ("专项检查", "酒库防火堤及排水阀", "每周1次", "勾储中心"),
    ("专项检查", "粉碎车间积尘、除尘器及泄爆装置", "每周1次", "原料粉碎车间"),
    ("专项检查", "窖池防护栏、盖板及警示标志", "每周1次", "酿造一车间、酿造二车间"),
    ("专项检查", "锅炉本体、燃气管道及报警装置", "每日1次", "动力车间"),
    ("专项检查", "电气线路、配电房及防爆电气设备", "每月1次", "设备动力部"),
    ("专项检查", "叉车及厂内机动车辆", "每月1次", "储运部"),
    ("专项检查", "消防设施、灭火器、消火栓", "每月1次", "保卫部"),
    ("专项检查", "危险作业许可证执行情况抽查", "每周不少于2次", "安全环保部"),
    ("季节性检查", "汛期防汛及排水设施检查", "每年5月底前", "设备动力部"),
    ("季节性检查", "夏季防暑降温及酒库降温设施", "6月至9月每月1次", "安全环保部、勾储中心"),
    ("季节性检查", "冬季防冻、防滑检查", "每年11月底前", "设备动力部"),
    ("节假日检查", "节前安全检查", "春节、国庆节放假前5日内", "安全环保部"),
    ("节假日检查", "节日期间值班及巡查", "每日不少于2次", "值班领导、保卫部"),
]

TABLE2_CAPTION = "表2　违章行为处罚标准"
TABLE2_HEADER = ("违章类别", "违章行为", "对当事人的处罚", "对管理人员的连带处罚")
TABLE2_GROUPS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "一般违章",
        [
            ("未按规定穿戴劳动防护用品", "罚款50元", "班组长罚款20元"),
            ("无故不参加班前会或不签字确认", "罚款50元", "—"),
            ("作业现场物料乱堆乱放、占用安全通道", "罚款100元", "班组长罚款50元"),
            ("叉车作业前未进行点检", "罚款100元", "—"),
        ],
    ),
    (
        "较重违章",
        [
            ("特种作业证书过期仍上岗作业", "罚款300元，停岗培训", "车间主任罚款200元"),
            ("叉车超速行驶或用货叉载人", "罚款300元", "储运部负责人罚款100元"),
            ("设备卡瓶时未停机即用手取瓶", "罚款300元", "班组长罚款100元"),
            ("擅自拆除、屏蔽可燃气体报警器或安全防护装置", "罚款500元", "车间主任罚款300元"),
        ],
    ),
    (
        "严重违章",
        [
            (
                "在酒库、灌装间、原料粉碎车间吸烟或携带火种进入",
                "罚款2000元，解除劳动合同",
                "车间主任罚款500元",
            ),
            ("未办理动火许可证擅自动火", "罚款1000元", "车间主任罚款500元"),
            ("未经通风检测下窖或进入受限空间", "罚款1000元", "监护人罚款500元"),
            ("无证驾驶叉车、操作锅炉或行车", "罚款1000元", "部门负责人罚款500元"),
            ("司炉工脱岗、睡岗", "罚款800元", "动力车间主任罚款300元"),
        ],
    ),
]
TABLE2_NOTE = (
    "注：1.同一人一年内累计3次一般违章的，按较重违章处罚；累计2次较重违章的，按严重违章处罚。"
    "2.承包商人员违章的，处罚对象为承包商单位，罚款从其合同款中扣除，违章人员清退出厂。"
    "3.罚款由安全环保部开具处罚通知单，财务部从当月工资中扣缴，全部纳入公司安全奖励基金。"
)


def cn_number(n: int) -> str:
    """1..199 in Chinese numerals as used in 第X条 (十、十一、二十、一百零一 …)."""
    if n < 10:
        return DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        head = "" if tens == 1 else DIGITS[tens]
        return head + "十" + (DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return DIGITS[hundreds] + "百"
    if rest < 10:
        return DIGITS[hundreds] + "百零" + DIGITS[rest]
    tail = cn_number(rest)
    return DIGITS[hundreds] + "百" + ("一" + tail if rest < 20 else tail)


def set_east_asian(style_or_run, name: str) -> None:
    """Set both the Latin and the East Asian font of a style or run."""
    font = style_or_run.font
    font.name = name
    rpr = style_or_run.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def setup_styles(doc: Document) -> None:
    normal = doc.styles["Normal"]
    set_east_asian(normal, "仿宋_GB2312")
    normal.font.size = Pt(14)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    for name, font, size in (("Heading 1", "黑体", 16), ("Heading 2", "楷体_GB2312", 15)):
        style = doc.styles[name]
        set_east_asian(style, font)
        style.font.size = Pt(size)
        style.font.bold = name == "Heading 2"
        style.font.color.rgb = BLACK
        fmt = style.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.space_before = Pt(12)
        fmt.space_after = Pt(6)
        fmt.keep_with_next = True


def add_page_number_footer(section) -> None:
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("— ")
    run = para.add_run()
    for tag, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), tag)
            run._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
    para.add_run(" —")


def para(doc: Document, text: str, *, align=None, size=None, bold=False, color=None, font=None, indent=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(28)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    if font:
        set_east_asian(run, font)
    return p


def add_red_rule(doc: Document) -> None:
    """A red horizontal rule under the 文号, drawn as a paragraph bottom border."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "C00000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def write_notice(doc: Document) -> None:
    for kind, text in NOTICE:
        if kind == "red":
            para(
                doc,
                text,
                align=WD_ALIGN_PARAGRAPH.CENTER,
                size=30,
                bold=True,
                color=RED,
                font="方正小标宋简体",
            )
        elif kind == "docno":
            para(doc, "", size=14)
            para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
            add_red_rule(doc)
        elif kind == "title":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, size=20, font="方正小标宋简体")
            para(doc, "")
        elif kind == "left":
            para(doc, text, size=16)
        elif kind == "p":
            para(doc, text, size=16, indent=True)
        elif kind == "right":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, size=16)
        elif kind == "gap":
            para(doc, "")
        elif kind == "small":
            para(doc, text, size=14)
        else:
            raise ValueError(kind)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def fill_cell(cell, text: str, *, bold=False, center=False) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(20)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(11)


def caption(doc: Document, text: str) -> None:
    p = para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, bold=True, font="黑体")
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(6)


def write_table1(doc: Document) -> None:
    caption(doc, TABLE1_CAPTION)
    table = doc.add_table(rows=1 + len(TABLE1_ROWS), cols=len(TABLE1_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    trpr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    trpr.append(repeat)
    for cell, text in zip(header.cells, TABLE1_HEADER, strict=True):
        fill_cell(cell, text, bold=True, center=True)
        shade(cell, "D9D9D9")
    for i, row in enumerate(TABLE1_ROWS, start=1):
        cells = table.rows[i].cells
        fill_cell(cells[0], str(i), center=True)
        for cell, text in zip(cells[1:], row, strict=True):
            fill_cell(cell, text)
    for row in table.rows:
        for cell, width in zip(row.cells, (1.2, 2.4, 5.6, 3.4, 3.4), strict=True):
            cell.width = Cm(width)


def write_table2(doc: Document) -> None:
    caption(doc, TABLE2_CAPTION)
    n_rows = 1 + sum(len(rows) for _, rows in TABLE2_GROUPS)
    table = doc.add_table(rows=n_rows, cols=len(TABLE2_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, TABLE2_HEADER, strict=True):
        fill_cell(cell, text, bold=True, center=True)
        shade(cell, "D9D9D9")
    r = 1
    for category, rows in TABLE2_GROUPS:
        first, last = r, r + len(rows) - 1
        for behaviour, own, chained in rows:
            cells = table.rows[r].cells
            fill_cell(cells[1], behaviour)
            fill_cell(cells[2], own)
            fill_cell(cells[3], chained)
            r += 1
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        fill_cell(merged, category, bold=True, center=True)
    for row in table.rows:
        for cell, width in zip(row.cells, (2.2, 7.0, 3.8, 3.0), strict=True):
            cell.width = Cm(width)
    note = para(doc, TABLE2_NOTE, size=10.5)
    note.paragraph_format.line_spacing = Pt(18)
    note.paragraph_format.space_before = Pt(4)


def write_body(doc: Document) -> None:
    title = para(doc, "宜宾裕隆酒业有限公司安全生产管理制度", align=WD_ALIGN_PARAGRAPH.CENTER, size=22)
    set_east_asian(title.runs[0], "方正小标宋简体")
    para(doc, "（2025年修订）", align=WD_ALIGN_PARAGRAPH.CENTER, size=14, font="楷体_GB2312")
    article = 0
    item = 0
    for kind, text in BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "art":
            article += 1
            item = 0
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            head = p.add_run(f"第{cn_number(article)}条")
            head.bold = True
            set_east_asian(head, "黑体")
            p.add_run("　" + text)
        elif kind == "item":
            item += 1
            para(doc, f"（{ITEM_NUMBERS[item - 1]}）{text}", indent=True)
        elif kind == "table1":
            write_table1(doc)
        elif kind == "table2":
            write_table2(doc)
        else:
            raise ValueError(kind)


def set_properties(doc: Document) -> None:
    props = doc.core_properties
    props.title = "宜宾裕隆酒业有限公司安全生产管理制度"
    props.subject = "安全生产管理制度（2025年修订）"
    props.author = "宜宾裕隆酒业有限公司安全环保部"
    props.last_modified_by = "罗志强"
    props.comments = "裕隆酒安〔2025〕12号附件"
    props.keywords = "安全生产;管理制度;白酒"
    props.category = "规章制度"
    props.revision = 3
    props.created = STAMP
    props.modified = STAMP
    props.last_printed = STAMP


def deterministic_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed zip entry times so repeated runs give identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return buf.getvalue()


def build() -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    setup_styles(doc)
    set_properties(doc)
    add_page_number_footer(section)
    write_notice(doc)
    doc.add_page_break()
    write_body(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return deterministic_zip(buf.getvalue())


def document_blocks(path: Path) -> list[str]:
    """Every paragraph and every table cell of the written file, as a reader would see them."""
    doc = Document(str(path))
    blocks = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            blocks.extend(cell.text for cell in row.cells)
    return blocks


def check_must_strings(path: Path) -> None:
    blocks = document_blocks(path)
    questions = yaml.safe_load(QA.read_text(encoding="utf-8"))["questions"]
    missing = [
        (q["id"], must)
        for q in questions
        for must in q.get("must") or []
        if not any(must in block for block in blocks)
    ]
    if missing:
        raise SystemExit(f"must strings not found in {path.name}: {missing}")


def main() -> None:
    OUT.write_bytes(build())
    check_must_strings(OUT)
    text = "".join(document_blocks(OUT))
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    print(f"wrote {OUT} ({len(text)} characters, {cjk} CJK)")


if __name__ == "__main__":
    main()
