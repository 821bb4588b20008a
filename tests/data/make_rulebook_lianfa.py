"""Generate tests/data/rulebook_lianfa.pdf, the document of the blind set qa_holdout_lianfa.yaml.

An invented furniture factory's bound collection of safety rules (《联发家具制造有限公司安全生产规章制度
汇编》: woodworking machines, wood dust and its bag filters, a spray booth and coating line, a paint store,
a drying room, forklifts, an air compressor, saw blades and planers, solvent glue) printed the way a
company binds its rules into one PDF: a cover page (company, title, 编制/审核/批准, 版本号, 发布日期,
实施日期), a typed 目录 with dot leaders and page numbers, then four separate 制度, each on a new page
under its own centred title and document code, each numbering its articles from 第一条 again (the first
with 第一章 chapters, the other three without), each ending with an 附则 article; two annexed ruled tables
(除尘系统检查周期表, 劳动防护用品发放周期表) drawn with fpdf2's table; a running header with the
collection's title and a footer "第 N 页" from page 2. Every line is hard-wrapped at the page width, so the
PDF text layer gives one line per printed line (sentences and figures cut mid-way). Needs fpdf2 (dev extra)
and the WenQuanYi Micro Hei font that scripts/setup.sh installs.

    .venv/bin/python tests/data/make_rulebook_lianfa.py

After writing the PDF it checks that every `must` string of qa_holdout_lianfa.yaml occurs in the
unwrapped text of the article, item or table cell it was written for (TARGETS), that the attributes the
negatives ask about are absent, and that pypdf reads a text layer back.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import yaml
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).parent
OUT = HERE / "rulebook_lianfa.pdf"
QA = HERE / "qa_holdout_lianfa.yaml"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
COMPANY = "联发家具制造有限公司"
RUNNING_HEAD = "联发家具制造有限公司安全生产规章制度汇编"
INDENT = "　　"
NO_LINE_START = "，。、；：？！”）》〕】％%"
NO_LINE_END = "“（《〔【"

COVER: list[tuple[str, str]] = [
    ("company", COMPANY),
    ("title", "安全生产规章制度汇编"),
    ("field", "编　　制：安全环保科"),
    ("field", "审　　核：郑国梁"),
    ("field", "批　　准：陈立新"),
    ("field", "版 本 号：LF/AQ-HB-2025　第3版"),
    ("field", "受控状态：受控　　分发号：________"),
    ("field", "发布日期：2025年8月12日"),
    ("field", "实施日期：2025年9月1日"),
    ("issuer", "联发家具制造有限公司　发布"),
]

# A 制度 is (title, document code, body); a body entry is ("chapter", title), ("art", text),
# ("art", [lead, item, item, ..., (optional) closing sentence]) or ("table", caption, rows).
Zhidu = tuple[str, str, list[tuple[object, ...]]]

ZEREN: Zhidu = (
    "安全生产责任制",
    "文件编号：LF/AQ-ZD-01",
    [
        ("chapter", "第一章　总　　则"),
        (
            "art",
            "为明确公司各级负责人、各职能科室、各车间班组和全体从业人员的安全生产职责，使安全生产工作做到层层"
            "有人管、事事有人抓，依据《中华人民共和国安全生产法》等法律法规，结合本公司实木家具和板式家具生产的"
            "实际情况，制定本制度。",
        ),
        (
            "art",
            "本制度适用于公司开料车间、机加工车间、砂光车间、涂装车间、组装包装车间、油漆仓库、成品仓库、"
            "空压机房及各职能科室。在厂区内从事设备检修、除尘管道安装、废漆渣清运等作业的外来单位人员，执行"
            "本制度中与其作业有关的条款。",
        ),
        (
            "art",
            "公司安全生产工作坚持“安全第一、预防为主、综合治理”的方针，按照“管行业必须管安全、管业务必须管"
            "安全、管生产经营必须管安全”的要求，建立横向到边、纵向到底的责任体系。总经理是公司安全生产第一"
            "责任人，其他负责人在各自分管范围内对安全生产工作负领导责任。",
        ),
        (
            "art",
            "公司每年1月与各车间主任、科室负责人签订年度安全生产目标责任书，车间主任再与班组长、班组长再与"
            "本班组员工逐级签订，全部签订工作应当于每年1月31日前完成；年中新入职的员工在上岗前补签。",
        ),
        ("chapter", "第二章　公司负责人的职责"),
        (
            "art",
            [
                "总经理对本公司安全生产工作负有下列职责：",
                "（一）建立健全并落实全员安全生产责任制，加强安全生产标准化建设；",
                "（二）组织制定并实施公司安全生产规章制度和操作规程；",
                "（三）组织制定并实施年度安全生产教育和培训计划；",
                "（四）保证安全生产投入的有效实施，审批年度安全生产费用计划；",
                "（五）每季度至少主持召开1次安全生产委员会会议，研究解决安全生产中的重大问题；",
                "（六）组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制；",
                "（七）组织制定并实施生产安全事故应急救援预案，每年至少参加1次综合应急演练；",
                "（八）及时、如实报告生产安全事故。",
            ],
        ),
        (
            "art",
            "分管安全生产的副总经理协助总经理抓好安全生产工作，具体负责：组织落实安全生产委员会的决议；每月"
            "带队对全厂开展1次综合安全检查，对查出的重大事故隐患挂牌督办；审核安全环保科提出的安全生产费用"
            "计划；组织或者参与生产安全事故的调查处理。",
        ),
        (
            "art",
            "生产副总经理在布置生产任务时，应当同时布置安全工作；组织设备大修、除尘系统改造、涂装线改造等"
            "项目时，应当保证安全设施与主体工程同时设计、同时施工、同时投入生产和使用。",
        ),
        (
            "art",
            "技术负责人负责组织编写和修订木工机械、喷涂设备、烘干设备、空压机、叉车等设备的安全操作规程，"
            "操作规程每3年至少全面修订1次；引进新设备、新工艺或者改用新的油漆、胶粘剂品种前，组织开展安全"
            "技术论证，并提出相应的防范措施。",
        ),
        ("chapter", "第三章　职能科室的职责"),
        (
            "art",
            [
                "安全环保科是公司安全生产的综合管理部门，履行下列职责：",
                "（一）组织起草本公司安全生产规章制度、操作规程和生产安全事故应急救援预案；",
                "（二）组织或者参与安全生产教育和培训，如实记录培训情况；",
                "（三）每周至少组织1次专项安全检查，建立隐患排查治理台账，对一般隐患下达整改通知并跟踪验收；",
                "（四）制止和纠正违章指挥、强令冒险作业和违反操作规程的行为；",
                "（五）督促落实劳动防护用品的采购、发放和使用管理。",
                "安全环保科配备专职安全管理人员不少于3名。",
            ],
        ),
        (
            "art",
            "生产设备科负责木工机械、除尘系统、喷涂设备、烘干房、空压机、叉车等设备设施的日常维护和定期检修，"
            "建立设备台账和检修记录。空压机储气罐的安全阀每年校验1次，压力表每半年检定1次；叉车每年由特种"
            "设备检验机构定期检验1次，检验合格后方可继续使用。",
        ),
        (
            "art",
            "人力资源科负责组织新入职员工的公司级安全教育，配合各车间完成车间级和班组级安全教育。新入职员工"
            "的三级安全教育时间累计不得少于24学时；全体从业人员每年接受安全生产再培训的时间不得少于12学时。"
            "员工调换工种或者离岗6个月以上重新上岗的，应当重新接受车间级和班组级安全教育。",
        ),
        (
            "art",
            "采购仓储科负责按照安全要求采购油漆、稀释剂、固化剂、胶粘剂等危险化学品和劳动防护用品，向供货"
            "单位索取安全技术说明书和安全标签，不得采购无合格证的产品；负责油漆仓库和成品仓库的日常安全管理。",
        ),
        (
            "art",
            "财务科负责按照年度安全生产费用计划足额保障资金。安全生产费用实行专款专用，单独建账核算，不得"
            "挪作他用。",
        ),
        ("chapter", "第四章　车间和班组的职责"),
        (
            "art",
            "车间主任是本车间安全生产第一责任人，负责：组织落实本车间的安全生产责任制和各项安全管理制度；"
            "每周组织1次车间安全检查；组织车间级安全教育，时间不少于8学时；发生事故或者险情时立即组织人员"
            "撤离并向公司报告。",
        ),
        (
            "art",
            "各车间设兼职安全员1名，协助车间主任开展安全管理工作。安全员每班对本车间巡查不少于2次，重点检查"
            "木工机械防护装置、除尘设施运行、消防器材和疏散通道的情况，巡查情况记入安全巡查记录。",
        ),
        (
            "art",
            "班组长对本班组的安全生产负直接管理责任，每班上班前召开不超过10分钟的班前安全会，讲明当班作业的"
            "危险点和防范措施；检查本班组人员劳动防护用品的佩戴情况；组织本班组人员在下班前清扫设备和作业"
            "场所；认真填写交接班记录。",
        ),
        (
            "art",
            "叉车司机、电工、焊工等特种作业人员必须持有效的特种作业操作证或者特种设备作业人员证上岗，证件"
            "到期前3个月由所在部门提出复审申请。严禁无证人员驾驶叉车或者从事电气作业。",
        ),
        ("chapter", "第五章　从业人员的职责"),
        (
            "art",
            "从业人员在作业过程中应当严格遵守本公司的安全生产规章制度和操作规程，服从管理，正确佩戴和使用"
            "劳动防护用品；接受安全生产教育和培训，掌握本岗位所需的安全知识；发现事故隐患或者其他不安全因素，"
            "应当立即向现场安全员或者班组长报告。",
        ),
        (
            "art",
            "从业人员有权对本公司安全生产工作中存在的问题提出批评、检举、控告，有权拒绝违章指挥和强令冒险"
            "作业。发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所，"
            "公司不因此降低其工资、福利等待遇。",
        ),
        ("chapter", "第六章　考核与责任追究"),
        (
            "art",
            "公司对各级人员安全生产责任制的落实情况每半年考核1次，由安全环保科组织实施，考核结果在公司内部"
            "公示，并与绩效工资挂钩。安全考核在员工月度绩效考核中所占的权重为20%。",
        ),
        (
            "art",
            [
                "有下列情形之一的，依照公司奖惩规定追究有关人员的责任：",
                "（一）未履行本制度规定的职责，导致发生生产安全事故的；",
                "（二）对检查发现的事故隐患未按期整改的；",
                "（三）发生事故后隐瞒不报、谎报或者迟报的；",
                "（四）违章指挥或者强令他人冒险作业的。",
            ],
        ),
        ("chapter", "第七章　附　　则"),
        (
            "art",
            "本制度由安全环保科负责解释，自2025年9月1日起施行。2021年3月印发的《安全生产责任制（试行）》"
            "同时废止。",
        ),
    ],
)

DUST_TABLE = [
    ["序号", "检查部位", "检查内容", "检查周期", "责任人"],
    ["1", "灰斗及卸灰阀", "积灰情况，卸灰是否通畅", "每班1次", "岗位操作工"],
    ["2", "除尘风机", "振动、异响、轴承温度", "每班1次", "岗位操作工"],
    ["3", "除尘器滤袋", "有无破损、堵塞，进出口压差是否正常", "每周1次", "设备科维修工"],
    ["4", "火花探测和自动熄灭装置", "报警及喷水熄灭功能测试", "每周1次", "设备科维修工"],
    ["5", "除尘风管及支管", "管内积尘、接口漏风、支管风速", "每月1次", "设备科维修工"],
    ["6", "泄爆片", "有无变形、破裂、锈蚀，泄爆口前方有无障碍物", "每季度1次", "设备科主管"],
    ["7", "防静电接地", "法兰跨接是否完好，测试接地电阻", "每半年1次", "电工"],
]

DUST: Zhidu = (
    "粉尘防爆安全管理制度",
    "文件编号：LF/AQ-ZD-02",
    [
        (
            "art",
            "为防范木粉尘火灾和爆炸事故，保障员工生命安全和公司财产安全，依据《工贸企业粉尘防爆安全规定》"
            "和《粉尘防爆安全规程》等规定，结合公司木制品加工的实际，制定本制度。",
        ),
        (
            "art",
            "本制度适用于公司开料、刨削、铣型、开榫、钻孔、砂光、打磨等产生木粉尘的作业岗位，以及与之相连的"
            "除尘系统、粉尘收集仓和锯末打包间。",
        ),
        (
            "art",
            "安全环保科是粉尘防爆的归口管理部门，负责组织粉尘爆炸风险辨识、监督检查和专项培训；生产设备科"
            "负责除尘系统、防爆电气和木工机械的维护保养；各车间负责本车间的粉尘清扫和岗位日常检查。",
        ),
        (
            "art",
            "开料车间、机加工车间、砂光车间以及除尘器周边10米范围内划为粉尘涉爆区域。各区域入口处应当设置"
            "“粉尘爆炸危险　严禁烟火”警示标志，并张贴本区域的安全风险告知卡。",
        ),
        (
            "art",
            "粉尘涉爆区域内严禁吸烟，严禁携带打火机、火柴等火种进入。外来人员进入前，由接待部门负责告知并"
            "代为收存其火种。",
        ),
        (
            "art",
            "粉尘涉爆区域内的电气设备和照明灯具应当符合防爆要求，外壳防护等级不低于IP65。严禁私拉乱接临时"
            "电线，严禁在区域内使用电炉、电暖器、电热水壶等电热器具。",
        ),
        (
            "art",
            "木工机械应当与除尘系统联锁，除尘风机启动运行后方可启动木工机械；木工机械全部停机后，除尘风机"
            "应当继续运行不少于5分钟再停机。除尘支管内的风速不得低于20m/s。",
        ),
        (
            "art",
            "袋式除尘器应当布置在厂房外的独立区域，与厂房外墙的距离不小于6米。除尘器的泄爆口应当朝向无人"
            "通行的安全方向，泄爆口正前方20米范围内不得设置休息室、更衣室和人员通道。",
        ),
        (
            "art",
            "砂光机和宽带砂光生产线的除尘管道上应当安装火花探测和自动熄灭装置。加工回收的旧木料时，必须先用"
            "金属探测仪检查并清除钉子、螺钉等金属杂物，防止锯片、刨刀撞击金属产生火花。",
        ),
        (
            "art",
            "锯片、刨刀、铣刀应当保持锋利，不得使用有裂纹的锯片；圆锯片缺齿超过2个或者运转中摆动明显的，"
            "应当立即停用更换。更换锯片、刨刀时必须切断电源，并在开关处悬挂“有人作业　禁止合闸”标示牌。",
        ),
        (
            "art",
            "作业场所应当及时清扫积尘，每班下班前停机清扫1次，设备表面、地面、管道和梁柱上的积尘厚度不得"
            "超过1mm。清扫应当使用防爆吸尘器或者软毛扫帚，严禁使用压缩空气吹扫积尘。",
        ),
        (
            "art",
            "除尘器灰斗收集的木粉尘应当每班卸灰，装袋扎口后当日运至粉尘收集仓。粉尘收集仓内的粉尘存放量"
            "不得超过3吨，超过时应当及时联系回收单位清运。",
        ),
        (
            "art",
            "除尘系统的风管和设备应当采取防静电措施，法兰连接处应当做跨接，防静电接地电阻不得大于100Ω。",
        ),
        (
            "art",
            "除尘系统按照本制度所附《除尘系统检查周期表》开展检查，检查结果记入设备检查记录。发现滤袋破损、"
            "灰斗堵塞、火花探测装置失灵等情况的，应当停止相应的木工机械作业，修复后方可恢复生产。",
        ),
        (
            "art",
            "粉尘涉爆区域内确需动火的，应当办理动火作业许可证。动火前停止周边的粉尘作业，清除动火点周围"
            "10米范围内的积尘，并对地面喷水湿润；动火作业结束后，监护人应当在现场观察不少于30分钟，确认无"
            "阴燃后方可离开。",
        ),
        (
            "art",
            "进入除尘器内部检修，应当按照有限空间作业办理审批，切断风机电源并上锁挂牌，通风并检测合格后方可"
            "进入，作业时外部设专人监护。",
        ),
        (
            "art",
            "粉尘涉爆岗位员工每年接受粉尘防爆专项培训不少于8学时，培训内容包括粉尘爆炸原理、积尘清扫方法和"
            "初期火灾处置。",
        ),
        (
            "art",
            "发现除尘器冒烟、温度异常升高或者火花探测装置报警时，岗位人员应当立即停止木工机械，关闭除尘风机，"
            "报告班组长和安全环保科。扑救木粉尘着火应当使用雾状水，严禁用高压水枪直接冲击堆积的粉尘，防止"
            "粉尘扬起引发二次爆炸。",
        ),
        (
            "art",
            "公司每年组织1次粉尘爆炸事故专项应急演练，由安全环保科制定演练方案，演练结束后进行总结评估。",
        ),
        (
            "art",
            "违反本制度在粉尘涉爆区域内吸烟的，每次罚款500元；使用压缩空气吹扫积尘的，每次罚款200元；造成"
            "事故的，依照公司奖惩规定从重处理。",
        ),
        ("art", "本制度由安全环保科负责解释，自发布之日起施行。"),
        ("table", "附表：除尘系统检查周期表", DUST_TABLE),
    ],
)

COATING: Zhidu = (
    "涂装作业安全管理制度",
    "文件编号：LF/AQ-ZD-03",
    [
        (
            "art",
            "为规范喷漆、调漆、烘干和涂胶作业的安全管理，预防火灾、爆炸和职业中毒事故，依据国家有关法律法规"
            "和标准，结合公司涂装生产的实际，制定本制度。",
        ),
        (
            "art",
            "本制度适用于公司喷漆房、底漆和面漆涂装线、调漆间、烘干房、油漆仓库、危险废物暂存间，以及使用"
            "胶粘剂进行贴面、封边和组装的作业岗位。",
        ),
        (
            "art",
            "涂装车间主任对本车间涂装作业的安全负责；安全环保科负责监督检查；采购仓储科负责油漆仓库的管理；"
            "生产设备科负责通风、烘干、空压机和防爆电气设备的维护。",
        ),
        (
            "art",
            "油漆仓库应当为独立的单层建筑，库内油漆、稀释剂和固化剂的总储存量不得超过2吨。桶装油漆堆垛高度"
            "不得超过1.5米，垛与垛之间的距离不小于0.8米，垛与墙之间的距离不小于0.5米。库内温度超过30℃时，"
            "应当开启防爆排风机降温。",
        ),
        (
            "art",
            "油漆仓库实行双人保管，出入库逐桶登记。车间按照当班用量领用油漆和稀释剂，调漆间内的存放量不得"
            "超过1天的用量，剩余的应当在下班前退回仓库或者存入防爆储存柜。",
        ),
        (
            "art",
            "调漆作业应当在调漆间内进行。开启油漆桶必须使用铜质等不产生火花的工具，严禁用铁器敲击桶盖；倒料"
            "时桶体应当接地，倾倒速度不宜过快。",
        ),
        (
            "art",
            "喷漆作业前应当先开启排风系统，排风运行正常后方可开启喷枪；停止喷漆后，排风系统应当继续运行"
            "不少于15分钟，将室内残留的漆雾和溶剂蒸气排净后方可关闭。",
        ),
        (
            "art",
            "喷漆房和调漆间应当安装可燃气体检测报警装置，报警设定值不高于爆炸下限的25%，报警信号与排风机"
            "联锁。可燃气体检测报警装置每年检定1次。",
        ),
        (
            "art",
            "喷漆房的水帘和过滤棉应当保持完好。水帘水槽内的漆渣每天清捞1次，干式过滤棉每周更换1次；清出的"
            "漆渣和废过滤棉按照危险废物处置。",
        ),
        (
            "art",
            "喷漆作业人员应当穿防静电工作服和防静电鞋，严禁在喷漆房内穿脱衣物。工件挂具、喷枪和输漆管应当"
            "可靠接地。",
        ),
        (
            "art",
            "涂装用空压机应当设置在独立的空压机房内，储气罐每班排污1次，工作压力不得超过0.8MPa。空压机房内"
            "不得堆放油漆桶、稀释剂和抹布等可燃物。",
        ),
        (
            "art",
            "烘干房的温度不得超过55℃，并应当设置温度自动控制和超温报警装置。工件喷涂后应当在流平区静置不少于"
            "20分钟再送入烘干房；人员进入烘干房前，应当先开启排风不少于10分钟。",
        ),
        (
            "art",
            "使用溶剂型胶粘剂的贴面、封边岗位应当保持良好通风，胶水桶用后随即盖严。涂胶作业区域5米范围内不得"
            "有明火和高温热源，溶剂型胶粘剂在车间内的存放量不得超过当班用量。",
        ),
        (
            "art",
            "沾有油漆、稀释剂和胶水的废抹布、废手套应当放入带盖的金属桶内，每班下班前清出车间，送危险废物"
            "暂存间集中存放，严禁随意丢弃或者与生活垃圾混放。",
        ),
        (
            "art",
            "涂装区域内严禁动火。确需动火的，应当停止涂装作业，清除动火点周围的油漆和可燃物，经可燃气体检测"
            "合格并办理动火作业许可证后方可作业；动火作业结束后，监护人应当在现场留守不少于1小时。",
        ),
        (
            "art",
            "进入油漆仓库和涂装车间的叉车必须为防爆型叉车，严禁内燃叉车驶入。搬运油漆桶时应当轻装轻卸，严禁"
            "抛掷、滚动和拖拽。",
        ),
        (
            "art",
            "喷漆工、调漆工上岗前应当经过专项安全培训，每年接受涂装作业专项培训不少于16学时，并每年进行1次"
            "职业健康检查。",
        ),
        (
            "art",
            "喷漆房、调漆间和油漆仓库内严禁吸烟、饮食和存放食品，严禁使用手机等非防爆电子设备。",
        ),
        (
            "art",
            "发生油漆泄漏时，应当立即切断附近电源，用沙土或者吸附棉围堵吸收，严禁用水冲洗。喷漆房起火时，"
            "应当使用干粉或者二氧化碳灭火器扑救，并立即关闭输漆泵和压缩空气阀门。",
        ),
        (
            "art",
            "涂装车间班组长每班对排风系统、报警装置、接地和消防器材检查1次；安全环保科每月对涂装区域检查1次。",
        ),
        (
            "art",
            "违反本制度在涂装区域内吸烟或者违章动火的，每次罚款1000元；未按规定退回剩余油漆的，每次罚款"
            "100元。",
        ),
        (
            "art",
            "本制度由安全环保科负责解释，自2025年9月1日起施行，原《喷漆房安全管理规定》同时废止。",
        ),
    ],
)

PPE_TABLE = [
    ["岗位", "防护用品", "发放周期", "备注"],
    ["开料、机加工、砂光", "防尘口罩（KN95）", "每班1只", "受潮或变形时随时更换"],
    ["开料、机加工、砂光", "耳塞", "每月2副", "噪声超过85dB的岗位"],
    ["喷漆、调漆", "防毒面具", "每2年1套", "面罩损坏的以旧换新"],
    ["喷漆、调漆", "滤毒盒", "每周1对", "闻到溶剂气味立即更换"],
    ["喷漆、调漆", "防静电工作服", "每年2套", "与防静电鞋配套使用"],
    ["涂胶、封边", "丁腈手套", "每周3双", "破损时以旧换新"],
    ["全体生产人员", "防砸劳保鞋", "每年1双", ""],
    ["叉车司机、仓管员", "安全帽", "每2年1顶", "受过重击的立即更换"],
]

PPE: Zhidu = (
    "劳动防护用品管理制度",
    "文件编号：LF/AQ-ZD-04",
    [
        (
            "art",
            "为加强劳动防护用品的配备、发放和使用管理，保护从业人员在生产过程中的安全和健康，依据《用人单位"
            "劳动防护用品管理规范》，制定本制度。",
        ),
        (
            "art",
            "本制度适用于公司全体从业人员，以及在公司厂区内作业的劳务派遣人员和实习学生。",
        ),
        (
            "art",
            "安全环保科负责确定各岗位劳动防护用品的配备标准并监督使用；采购仓储科负责采购、验收、保管和发放；"
            "各车间负责督促本车间人员正确佩戴和使用。",
        ),
        (
            "art",
            "公司采购的劳动防护用品必须有产品合格证和检验报告，安全环保科参与到货验收。不得以发放钱物替代"
            "劳动防护用品。",
        ),
        (
            "art",
            "劳动防护用品按照本制度所附《劳动防护用品发放周期表》发放。新入职员工在上岗当日领取，领用时本人"
            "签字确认，采购仓储科为每人建立领用台账。",
        ),
        (
            "art",
            "劳动防护用品在规定周期内损坏的，凭损坏的旧品以旧换新；在规定周期内丢失的，由本人按照采购价格的"
            "50%赔偿后补发。",
        ),
        (
            "art",
            "操作圆锯机、平刨床、压刨床、铣床、钻床等旋转类木工机械时，严禁戴手套作业，严禁穿宽松衣服，长发"
            "必须盘入工作帽内。",
        ),
        (
            "art",
            "进入开料、机加工和砂光车间的人员必须佩戴防尘口罩；作业场所噪声超过85dB的岗位必须佩戴耳塞或者"
            "耳罩。",
        ),
        (
            "art",
            "喷漆、调漆作业人员必须佩戴防有机蒸气的防毒面具。滤毒盒按照发放周期更换，使用中闻到溶剂气味或者"
            "呼吸阻力明显增大时，应当立即更换。",
        ),
        (
            "art",
            "搬运板材和油漆桶的人员应当穿防砸劳保鞋；使用溶剂型胶粘剂的岗位应当佩戴耐溶剂的丁腈手套和防护"
            "眼镜。",
        ),
        (
            "art",
            "叉车司机和仓管员在仓库作业时应当佩戴安全帽。安全帽受过重击或者出现裂纹的，应当立即更换。",
        ),
        (
            "art",
            "班组长每班检查本班组人员劳动防护用品的佩戴情况；安全环保科每月抽查1次，抽查情况在安全例会上"
            "通报。",
        ),
        (
            "art",
            "劳动防护用品应当存放在干燥通风的库房内，防毒面具的滤毒盒应当密封保存，超过有效期的不得发放。",
        ),
        (
            "art",
            "报废的滤毒盒和沾染油漆、胶水的劳动防护用品按照危险废物处置，不得与生活垃圾混放。",
        ),
        (
            "art",
            "未按规定佩戴劳动防护用品上岗的，第一次由班组长批评教育并责令改正，第二次起每次罚款50元。",
        ),
        ("art", "本制度由安全环保科负责解释，自发布之日起施行。"),
        ("table", "附表：劳动防护用品发放周期表", PPE_TABLE),
    ],
)

ZHIDU: list[Zhidu] = [ZEREN, DUST, COATING, PPE]
SERIAL = ["一", "二", "三", "四"]

# Where each `must` of the question set is written: ("cover",), ("art", 制度 index, article number)
# or ("cell", 制度 index, row, column) of that 制度's annexed table.
TARGETS: dict[str, tuple[object, ...]] = {
    "l01": ("cover",),
    "l02": ("cover",),
    "l03": ("art", 3, 7),
    "l04": ("art", 1, 11),
    "l05": ("art", 2, 12),
    "l06": ("art", 0, 17),
    "l07": ("art", 1, 8),
    "l08": ("cell", 1, 6, 3),
    "l09": ("cell", 3, 1, 2),
    "l10": ("cell", 3, 3, 2),
    "l11": ("art", 3, 6),
    "l12": ("art", 1, 4),
    "l13": ("art", 0, 4),
    "l14": ("art", 2, 7),
    "l15": ("art", 2, 15),
    "l16": ("art", 1, 15),
    "l17": ("art", 2, 17),
    "l18": ("art", 2, 21),
    "l19": ("art", 1, 20),
    "l20": ("art", 0, 11),
    "l21": ("art", 2, 11),
    "l22": ("art", 1, 10),
    "l23": ("art", 2, 8),
    "l24": ("art", 1, 12),
    "l25": ("art", 0, 22),
    "l26": ("art", 2, 16),
    "l27": ("art", 2, 14),
    "l28": ("art", 2, 9),
    "l29": ("art", 0, 16),
    "l30": ("art", 1, 21),
}

# What the negatives ask about, which the document must not state anywhere.
ABSENT = [
    "风量",  # 喷漆房排风机的风量
    "限速",  # 叉车在厂区的速度
    "km/h",
    "公里",
    "转速",  # 锯片的转速
    "几具",  # 油漆仓库灭火器的数量
    "配备灭火器",
    "机油",  # 空压机换油
    "材质",  # 滤袋的材质
    "电热毯",  # 宿舍
    "宿舍",
    "保安",  # 夜间巡逻
    "巡逻",
    "胶水开封",  # 胶水开封后的存放期限
    "保质期",
    "装载量",  # 烘干房一次能放多少
    "几车",
]


def cn_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def article_text(body: object) -> str:
    return "".join(body) if isinstance(body, list) else str(body)


def articles(zhidu: Zhidu) -> list[str]:
    return [article_text(entry[1]) for entry in zhidu[2] if entry[0] == "art"]


def table_of(zhidu: Zhidu) -> list[list[str]]:
    for entry in zhidu[2]:
        if entry[0] == "table":
            return cast(list[list[str]], entry[2])
    return []


class Rulebook(FPDF):
    def header(self) -> None:
        if self.page_no() < 2:
            return
        self.set_font("wqy", size=9)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 5, RUNNING_HEAD, align="C")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        if self.page_no() < 2:
            return
        self.set_y(-15)
        self.set_font("wqy", size=9)
        self.cell(0, 6, f"第 {self.page_no()} 页", align="C")


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Cut text into lines no wider than width, as a word processor does (no line starts with 。，
    nor ends with “（)."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if line and pdf.get_string_width(line + ch) > width and ch not in NO_LINE_START:
            carried = ""
            while line and line[-1] in NO_LINE_END:
                carried, line = line[-1] + carried, line[:-1]
            lines.append(line)
            line = carried
        line += ch
    if line:
        lines.append(line)
    return lines


def paragraph(pdf: FPDF, text: str, size: float = 11.5, lh: float = 7.2) -> None:
    pdf.set_font("wqy", size=size)
    for line in wrap(pdf, text, pdf.epw):
        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")


def centred(pdf: FPDF, text: str, size: float, lh: float) -> None:
    pdf.set_font("wqy", size=size)
    pdf.cell(0, lh, text, align="C", new_x="LMARGIN", new_y="NEXT")


def draw_table(pdf: FPDF, caption: str, rows: list[list[str]]) -> None:
    pdf.ln(4)
    centred(pdf, caption, 12, 9)
    pdf.set_font("wqy", size=10)
    widths = (12, 36, 56, 26, 30) if len(rows[0]) == 5 else (40, 40, 28, 52)
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        line_height=6.5,
        text_align="CENTER",
        headings_style=FontFace(emphasis="", fill_color=(225, 225, 225)),
        first_row_as_headings=True,
    ) as table:
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(cell)


def build(toc_pages: dict[str, int]) -> tuple[Rulebook, dict[str, int]]:
    pdf = Rulebook(format="A4")
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(datetime(2025, 8, 12, 9, 0, tzinfo=UTC))
    pdf.set_title(RUNNING_HEAD)
    pdf.set_author("联发家具制造有限公司安全环保科")
    starts: dict[str, int] = {}

    # Cover
    pdf.add_page()
    pdf.set_y(55)
    for kind, text in COVER:
        if kind == "company":
            centred(pdf, text, 22, 14)
            pdf.ln(6)
        elif kind == "title":
            centred(pdf, text, 28, 16)
            pdf.ln(40)
        elif kind == "field":
            pdf.set_font("wqy", size=13)
            pdf.set_x(60)
            pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_y(245)
            centred(pdf, text, 14, 10)

    # 目录
    pdf.add_page()
    centred(pdf, "目　　录", 18, 14)
    pdf.ln(6)
    pdf.set_font("wqy", size=12)
    entries: list[tuple[str, str]] = []
    for serial, (title, _code, body) in zip(SERIAL, ZHIDU, strict=True):
        entries.append((f"{serial}、{title}", title))
        for entry in body:
            if entry[0] == "table":
                caption = str(entry[1]).replace("附表：", "")
                entries.append((f"{INDENT}附表　{caption}", caption))
    for label, key in entries:
        num = str(toc_pages.get(key, 0))
        room = pdf.epw - pdf.get_string_width(label) - pdf.get_string_width(num) - 2
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.cell(0, 11, f"{label}{dots}{num}", new_x="LMARGIN", new_y="NEXT")

    # The four 制度
    for title, code, body in ZHIDU:
        pdf.add_page()
        starts[title] = pdf.page_no()
        centred(pdf, title, 17, 11)
        centred(pdf, code, 10, 7)
        pdf.ln(3)
        number = 0
        for entry in body:
            kind = str(entry[0])
            if kind == "chapter":
                pdf.ln(2)
                centred(pdf, str(entry[1]), 13, 9)
            elif kind == "art":
                number += 1
                head = f"第{cn_number(number)}条　"
                content = entry[1]
                if isinstance(content, list):
                    paragraph(pdf, INDENT + head + content[0])
                    for item in content[1:]:
                        paragraph(pdf, INDENT + item)
                else:
                    paragraph(pdf, INDENT + head + str(content))
            else:
                caption = str(entry[1])
                if pdf.get_y() > 200:
                    pdf.add_page()
                starts[caption.replace("附表：", "")] = pdf.page_no()
                draw_table(pdf, caption, cast(list[list[str]], entry[2]))
    return pdf, starts


def check_questions() -> None:
    if not QA.exists():
        print("no question set yet")
        return
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    cover = "".join(text for _kind, text in COVER)
    full = cover + "".join(
        "".join(articles(z)) + "".join("".join(row) for row in table_of(z)) + z[0] + z[1] for z in ZHIDU
    )
    for term in ABSENT:
        assert term not in full, f"negative's attribute is stated: {term}"
    positives = negatives = 0
    for q in data["questions"]:
        if q["kind"] == "negative":
            assert q["must"] == [], q["id"]
            negatives += 1
            continue
        positives += 1
        target = TARGETS[q["id"]]
        if target[0] == "cover":
            text = cover
        elif target[0] == "art":
            text = articles(ZHIDU[int(target[1])])[int(target[2]) - 1]  # type: ignore[call-overload]
        else:
            text = table_of(ZHIDU[int(target[1])])[int(target[2])][int(target[3])]  # type: ignore[call-overload]
        for must in q["must"]:
            assert must in text, f"{q['id']}: {must!r} not in {text!r}"
    assert set(TARGETS) == {q["id"] for q in data["questions"] if q["kind"] != "negative"}
    print(f"{positives} positives and {negatives} negatives checked against the unwritten text")


def check_pdf() -> None:
    from pypdf import PdfReader

    reader = PdfReader(OUT)
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(pages)
    assert "版本号" in pages[0].replace(" ", "") and "目" in pages[1]
    for n in range(2, len(pages) + 1):
        assert f"第 {n} 页" in pages[n - 1], n
    for title, _code, _body in ZHIDU:
        assert title in text, title
    assert text.count("第一条") == 4, text.count("第一条")
    body = [
        line for line in text.split("\n") if line != RUNNING_HEAD and not re.fullmatch(r"第 \d+ 页", line)
    ]
    flat = "".join(body)
    data = yaml.safe_load(QA.read_text(encoding="utf-8")) if QA.exists() else {"questions": []}
    musts = [m for q in data["questions"] for m in q["must"]]
    cut = [m for m in musts if m not in text and m in flat]
    lost = [m for m in musts if m not in flat]
    print(
        f"{len(pages)} pages; {len(text)} characters in the text layer; {len(cut)} of {len(musts)} musts cut by a line end; not found even unwrapped: {lost}"
    )


def main() -> None:
    _, starts = build({})
    pdf, starts2 = build(starts)
    assert starts == starts2
    pdf.output(str(OUT))
    print(f"wrote {OUT} ({starts})")
    check_questions()
    check_pdf()


if __name__ == "__main__":
    main()
