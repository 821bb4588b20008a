"""Generate tests/data/rulebook_saomiao.txt, the document of the sealed blind set qa_holdout_saomiao.yaml.

An invented cement plant's safety rulebook (《鼎峰建材有限公司安全生产管理制度》: a 5000t/d clinker line with a
rotary kiln, preheater and grate cooler, raw-meal and coal vertical mills, cement tube mills, clinker and cement
silos, belt conveyors, a waste-heat power station, a 10kV switch room, loaders and bulk cement trucks) as it
comes out when a company scans the printed pages of its 管理制度汇编 and runs OCR over them: plain text, one
line per printed line (sentences, figures and items cut mid-way, no line starting with a closing mark), the
running head "鼎峰建材有限公司管理制度汇编" and a page number "- 23 -" on every page (the rulebook starts on
page 23 of the compilation), centred chapter titles 第X章 with leading spaces, articles 第X条 with a two-space
first-line indent, items （一） and 1., and two ruled tables read as rows whose cells are separated by
irregular runs of spaces, a cell too wide for its column going on in a line of its own.

OCR noise is added deterministically (a random.Random with a fixed seed, drawn in a fixed order): 己/已/巳
confusion, O for 0 and l/I for 1 in figures and codes, 。 read as ， or dropped, full-width marks read as
half-width ones, look-alike characters (末/未, 入/人, 没/设, 杳/查, エ/工 ...), characters split into their
parts (明 → 日月, 料 → 米斗), a few dropped characters, and a few lines with spaces between the characters.
The hold-out's `must` strings are listed in KEEP: the noise leaves them alone and no line break falls inside
them, so each stays findable in the text; everything around them is noisy as usual.

    .venv/bin/python tests/data/make_rulebook_saomiao.py
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).with_name("rulebook_saomiao.txt")
RUNNING_HEAD = "鼎峰建材有限公司管理制度汇编"
FIRST_PAGE = 23
LINE_UNITS = 70  # 35 full-width characters on a printed line
LINES_PER_PAGE = 37
SEED = 20240618

# Strings of the hold-out set: never split by a line break, never touched by the OCR noise.
KEEP: tuple[str, ...] = (
    "DFJC-AQ-001-2024",
    "从业人员总数1%",
    "时间不少于10分钟",
    "跟班实习不少于3个月",
    "公司级综合检查每月一次",
    "500元至2000元",
    "72小时",
    "留守不少于30分钟",
    "作焊接回路",
    "五级以上强风",
    "19.5%至23.5%",
    "站在捅料孔的侧面",
    "磨内温度降至40℃以下",
    "作业人数不得超过3人",
    "不得超过1小时",
    "超过65℃",
    "煤粉烧空",
    "间距不大于30米",
    "预警时间不少于10秒",
    "压力表每半年校验一次",
    "严禁向锅炉上水",
    "一人操作，一人监护",
    "不得超过10千米/小时",
    "散装平台的专用挂点",
    "30个月",
    "立即撤离至安全区域",
    "冲洗降温不少于15分钟",
    "1小时内",
    "时间不少于4学时",
    "不系帽带",
    "每次罚款50元",
    "每半年进行一次耐压试验",
)

# ---------------------------------------------------------------------------------------------------------
# The printed text. ("h1", title) a chapter; ("art", text) an article, numbered 第X条; ("item", text) an item
# of the article, numbered （一）; ("num", text) an item numbered 1.; ("plain", text) an unnumbered
# paragraph; ("table", caption, widths, rows) a ruled table, widths in half-width units.
# ---------------------------------------------------------------------------------------------------------

FRONT: list[tuple[str, str]] = [
    ("center", "鼎峰建材有限公司安全生产管理制度"),
    ("center", "（2024年修订）"),
    ("blank", ""),
    ("left", "制度编号：DFJC-AQ-001-2024　　　　　　　　　　版　　次：第3版"),
    ("left", "编制部门：安全环保部　　审核：李振国　　批准：周志强"),
    ("left", "发布日期：2024年6月18日　　　　　　　　　　实施日期：2024年7月1日"),
    ("blank", ""),
]

BODY: list[tuple] = [
    ("h1", "总则"),
    (
        "art",
        "为贯彻“安全第一、预防为主、综合治理”的方针，落实企业安全生产主体责任，防止和减少生产安全事故，"
        "保障员工生命安全和身体健康，根据《中华人民共和国安全生产法》《中华人民共和国职业病防治法》"
        "《中华人民共和国特种设备安全法》《工贸企业有限空间作业安全规定》《工贸企业粉尘防爆安全规定》"
        "等法律法规，结合公司熟料生产线、水泥粉磨系统和余热发电站的实际，制定本制度。",
    ),
    (
        "art",
        "本制度适用于公司原料、烧成、制成、包装发运、余热发电、机电维修等车间和各职能部室，以及在公司"
        "厂区内从事施工、检修、运输、装卸等活动的相关方单位及其人员。",
    ),
    (
        "art",
        "公司安全生产工作坚持“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”和“谁主管、"
        "谁负责”的原则，实行全员安全生产责任制，做到横向到边、纵向到底。",
    ),
    ("art", "公司年度安全生产控制目标："),
    ("item", "杜绝生产安全死亡事故和重伤事故；"),
    ("item", "杜绝一次直接经济损失10万元以上的火灾事故和设备事故；"),
    ("item", "员工轻伤事故频率控制在千分之三以下；"),
    ("item", "新发职业病病例为零；"),
    ("item", "一般事故隐患和重大事故隐患整改率均达到100%。"),
    ("h1", "组织机构与安全职责"),
    (
        "art",
        "公司成立安全生产委员会（以下简称安委会），总经理任主任，分管安全的副总经理任常务副主任，其他"
        "班子成员任副主任，各部室、车间负责人为成员。安委会办公室设在安全环保部，负责日常工作。安委会"
        "每季度召开一次全体会议，分析安全生产形势，研究解决安全生产重大问题；遇有重大事故隐患或者发生"
        "事故时，由主任随时召集。",
    ),
    ("art", "总经理是公司安全生产第一责任人，对公司安全生产工作全面负责，履行下列职责："),
    ("item", "建立健全并落实全员安全生产责任制，加强安全生产标准化建设；"),
    ("item", "组织制定并实施公司安全生产规章制度和操作规程；"),
    ("item", "组织制定并实施安全生产教育和培训计划；"),
    ("item", "保证安全生产投入的有效实施，安全生产费用按规定足额提取、专款专用；"),
    (
        "item",
        "组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制，督促、检查安全生产工作，"
        "及时消除生产安全事故隐患；",
    ),
    ("item", "组织制定并实施生产安全事故应急救援预案；"),
    ("item", "及时、如实报告生产安全事故。"),
    (
        "art",
        "分管安全的副总经理协助总经理抓好安全生产工作，对安全生产负直接领导责任；分管生产、设备、销售的"
        "副总经理按照“一岗双责”的要求，对分管业务范围内的安全生产工作负领导责任。",
    ),
    (
        "art",
        "安全环保部是公司安全生产综合监督管理部门，按不低于从业人员总数1%的比例配备专职安全管理人员，且"
        "不得少于3人。主要职责是：组织拟订安全生产规章制度和应急救援预案；组织安全教育培训和应急演练；"
        "审核危险作业票并监督现场安全措施落实；组织安全检查，督促事故隐患整改；制止和纠正违章指挥、强令"
        "冒险作业和违反操作规程的行为；负责事故统计上报，参与事故调查处理。",
    ),
    (
        "art",
        "公司安全生产费用由财务部按照国家规定的标准提取，专户核算，主要用于完善和改造安全防护设施、配备"
        "劳动防护用品、开展安全教育培训和应急演练、排查治理事故隐患等，任何部门不得挪作他用。",
    ),
    (
        "art",
        "车间主任对本车间安全生产工作全面负责，每周至少深入现场检查一次，组织本车间危险作业的风险辨识和"
        "安全措施交底，对本车间设备停送电、上锁挂牌和检修作业的安全负责。",
    ),
    (
        "art",
        "班组长是本班组安全生产的直接责任人。每班开工前组织召开班前会，时间不少于10分钟，讲清当班作业"
        "内容、危险点和防范措施，检查员工劳动防护用品佩戴情况和精神状态；发现员工酒后上岗或者身体不适的，"
        "不得安排其上岗作业。",
    ),
    (
        "art",
        "岗位员工应当严格遵守本制度和岗位安全操作规程，正确佩戴和使用劳动防护用品，做到不伤害自己、"
        "不伤害他人、不被他人伤害、保护他人不受伤害。员工有权拒绝违章指挥和强令冒险作业；发现直接危及"
        "人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所。",
    ),
    ("h1", "安全教育培训"),
    (
        "art",
        "新入厂员工（含劳务派遣人员、实习学生）必须接受公司级、车间级、班组级三级安全教育，岗前安全培训"
        "时间不少于24学时，经考试合格后方可上岗。其中公司级教育由安全环保部组织，车间级教育由车间主任"
        "组织，班组级教育由班组长组织，每级均不少于8学时。",
    ),
    (
        "art",
        "新员工三级安全教育合格后，由车间指定具有3年以上本岗位工作经验的员工担任师傅，签订师徒合同，"
        "跟班实习不少于3个月，经车间考核合格后方可独立顶岗。",
    ),
    ("art", "全体员工每年接受安全再培训的时间不少于8学时，培训和考试情况记入个人安全培训档案。"),
    (
        "art",
        "员工调整工作岗位或者离岗6个月以上重新上岗的，应当重新接受车间级和班组级安全教育。公司采用新工艺、"
        "新技术、新材料或者使用新设备的，由使用车间对有关人员进行专门的安全培训。",
    ),
    (
        "art",
        "电工、焊接与热切割作业人员、高处作业人员等特种作业人员，以及锅炉司炉、起重机械司机、场（厂）内"
        "专用机动车辆司机等特种设备作业人员，必须取得相应资格证书，持证上岗。安全环保部建立持证人员台账，"
        "在证件有效期届满前3个月通知本人和所在车间办理复审或者换证；证件已经过期的，不得上岗作业。",
    ),
    (
        "art",
        "外来参观、检查、学习人员进入生产区域前，由接待部门进行安全告知，发放安全帽，并安排专人全程陪同；"
        "未经允许，不得进入窑头、窑尾、煤粉制备和余热发电等区域。",
    ),
    ("h1", "安全检查与隐患排查治理"),
    (
        "art",
        "公司每年组织一次全面的安全风险辨识评估。安全风险从高到低分为重大风险、较大风险、一般风险和低风险"
        "四个等级，分别用红、橙、黄、蓝四种颜色标示，并在作业现场设置岗位安全风险告知卡。重大风险由公司"
        "负责管控，较大风险由车间负责管控，一般风险和低风险由班组和岗位负责管控。",
    ),
    ("art", "公司实行公司、车间、班组、岗位四级安全检查："),
    ("item", "公司级综合检查每月一次，由分管安全的副总经理带队，安全环保部、生产技术部、机电设备部参加；"),
    ("item", "车间级检查每周一次，由车间主任组织；"),
    (
        "item",
        "班组级检查每班进行，交接班时由交班人和接班人共同检查设备运行状况和安全防护设施，并在交接班"
        "记录上签字；",
    ),
    (
        "item",
        "岗位员工按照巡检路线和点检标准进行班中巡检，窑头、窑尾、煤磨、余热锅炉等重点部位每2小时巡检"
        "一次，巡检情况记入巡检记录。",
    ),
    ("art", "除日常检查外，公司在下列时段组织专项检查："),
    ("num", "每年5月底前开展防汛、防雷、防坍塌的雨季“三防”检查；"),
    ("num", "每年11月中旬前开展防冻、防火、防滑、防中毒的冬季“四防”检查；"),
    ("num", "元旦、春节、五一、国庆等节假日前组织节前安全检查；"),
    ("num", "电气设备专业检查每季度一次，由机电设备部组织。"),
    (
        "art",
        "事故隐患分为一般事故隐患和重大事故隐患。一般事故隐患由所在车间立即组织整改；不能立即整改的，"
        "按照定措施、定责任人、定资金、定时限、定预案的“五定”要求限期整改，整改期限原则上不超过15天。"
        "重大事故隐患由总经理组织制定治理方案，按规定报告属地应急管理部门，治理期间采取可靠的防范措施，"
        "必要时局部停产停用；治理完成后由公司组织评估验收，合格后方可销号。已经整改的一般事故隐患，由检查人"
        "复查确认。",
    ),
    (
        "art",
        "公司鼓励员工报告事故隐患和违章行为。员工报告的事故隐患经安全环保部核实后，一般事故隐患每条奖励"
        "50元至200元，重大事故隐患每条奖励500元至2000元。",
    ),
    ("h1", "危险作业许可管理"),
    (
        "art",
        "动火作业、有限空间作业、高处作业、吊装作业、临时用电作业、清库作业以及进入回转窑、预热器、篦冷机"
        "和磨机内部的作业，实行作业许可管理。未办理作业票，或者作业票审批手续不全的，严禁作业。",
    ),
    (
        "art",
        "作业票由作业负责人提出申请，作业所在车间负责辨识风险、落实安全措施，审批人到现场核查确认后签发。"
        "作业期间监护人必须在现场全程监护，不得擅离职守；作业内容、地点或者人员发生变化的，应当重新办理"
        "作业票。作业结束后，作业负责人与监护人共同检查现场，确认无遗留火种和工具后方可离开。已签发的作业票不得涂改、转借。危险作业的"
        "分级审批和作业票有效期见表1。",
    ),
    (
        "table",
        "表1　危险作业分级审批表",
        (14, 26, 20, 12),
        [
            ("作业类别", "作业级别", "审批人", "作业票有效期"),
            ("动火作业", "特级（煤粉仓、煤磨袋式收尘器、油库）", "分管安全的副总经理", "8小时"),
            ("动火作业", "一级（煤粉制备区域、电缆夹层、配电室）", "安全环保部负责人", "8小时"),
            ("动火作业", "二级（特级、一级以外的区域）", "车间主任", "72小时"),
            ("有限空间作业", "—", "车间主任审批，安全环保部会签", "不超过24小时"),
            ("高处作业", "坠落高度30米及以上", "安全环保部负责人", "7天"),
            ("高处作业", "坠落高度2米至30米", "车间主任", "7天"),
            ("吊装作业", "吊物质量40吨以上", "分管设备的副总经理", "单次作业"),
            ("清库作业", "—", "分管生产的副总经理", "单次作业"),
        ],
    ),
    ("art", "动火作业应当遵守下列规定："),
    ("item", "动火点周围10米范围内的可燃物必须清除，不能清除的应当采取覆盖、隔离措施；"),
    (
        "item",
        "在煤粉制备系统、油库等部位动火，动火前30分钟内必须进行可燃气体和一氧化碳检测，合格后方可动火；"
        "动火部位及其附近积存的煤粉必须清理干净；",
    ),
    ("item", "电焊机二次线必须直接接到焊件上，严禁利用设备、管道、钢结构或者轨道作焊接回路；"),
    ("item", "高处动火必须采取防止火花溅落的措施，并在下方设置警戒区；"),
    ("item", "动火结束后，监护人应当在现场留守不少于30分钟，确认无火种后方可离开。"),
    ("art", "高处作业应当遵守下列规定："),
    ("item", "在坠落高度基准面2米及以上有可能坠落的高处作业，必须系挂全身式安全带，做到高挂低用；"),
    ("item", "预热器塔架、圆库库顶等部位严禁上下垂直交叉作业，确需交叉作业的，必须设置隔离防护棚；"),
    ("item", "遇有五级以上强风、雷电、暴雨、大雾等恶劣天气，应当停止露天高处作业；"),
    ("item", "高处作业使用的工具应当放在工具袋内，严禁上下抛掷工具和材料。"),
    (
        "art",
        "吊装作业时，起重机械司机和指挥人员必须持证，指挥信号统一明确；吊物下方和起重臂回转范围内严禁站人，"
        "严禁吊物从人员头顶越过；遇有六级以上大风时应当停止露天吊装作业。",
    ),
    (
        "art",
        "临时用电必须办理临时用电作业票，由持证电工接线，使用期限一般不超过15天；临时用电线路必须安装"
        "漏电保护器，做到“一机一闸一保护”。在磨机、库内、窑内等金属容器内或者潮湿场所作业时，照明电压"
        "不得超过12伏，行灯变压器严禁带入容器内。",
    ),
    (
        "art",
        "设备检修必须执行能量隔离和上锁挂牌制度，做到“一人一锁一钥匙”。检修人员切断电源、气源和物料后，"
        "在隔离点上锁并悬挂本人签名的标示牌；检修结束后由上锁人本人解锁，严禁他人代为解锁或者使用备用"
        "钥匙开锁。多个班组同时检修同一设备的，每个班组均应当上锁。",
    ),
    ("h1", "有限空间和清库作业"),
    (
        "art",
        "公司的有限空间包括：熟料库、水泥库、生料均化库、煤粉仓、窑尾预热器旋风筒、分解炉、增湿塔、"
        "袋式收尘器、立磨和管磨磨内、余热锅炉炉膛、污水井和化粪池等。安全环保部建立有限空间管理台账，"
        "在各有限空间出入口设置明显的安全警示标志和告知牌。",
    ),
    ("art", "有限空间作业必须坚持“先通风、再检测、后作业”的原则："),
    (
        "item",
        "作业前30分钟内对有限空间内的气体进行检测，氧含量应当在19.5%至23.5%之间，一氧化碳浓度不得超过"
        "30mg/m³，可燃气体浓度不得超过爆炸下限的10%；",
    ),
    (
        "item",
        "作业过程中必须持续机械通风，并对气体进行连续监测；作业中断超过30分钟的，重新作业前必须重新检测；",
    ),
    ("item", "严禁用纯氧进行通风换气；"),
    ("item", "作业人员与监护人之间应当保持有效联络，监护人不得进入有限空间；"),
    ("item", "发生中毒窒息、人员被困等意外时，严禁盲目施救，救援人员必须佩戴正压式空气呼吸器等防护装备。"),
    (
        "art",
        "进入回转窑、预热器、分解炉和篦冷机内部作业前，必须停止喂料和喂煤，切断相关设备电源并上锁挂牌，"
        "经强制通风冷却，作业区域温度降至50℃以下方可进入。进入预热器旋风筒作业前，必须自上而下清理干净"
        "内筒和锥体上的结皮和积料，防止高温物料塌落伤人。",
    ),
    ("art", "预热器旋风筒堵料时的清堵作业，应当遵守下列规定："),
    ("item", "清堵前必须通知中控室，由中控操作员确认系统处于负压状态后方可打开捅料孔；"),
    (
        "item",
        "清堵人员必须穿戴隔热服、防护面罩和隔热手套，站在捅料孔的侧面操作，严禁正对捅料孔；",
    ),
    ("item", "清堵时严禁上下层同时作业，窑头、篦冷机和下料区域必须设置警戒，严禁人员停留；"),
    ("item", "使用压缩空气或者高压水枪清堵时，应当由有经验的人员操作，每组作业人员不少于2人。"),
    (
        "art",
        "进入立磨、管磨内部作业前，必须切断主电机和辅助传动电源，在中控室和现场控制箱同时悬挂“有人工作，"
        "禁止合闸”标示牌并上锁，关闭热风阀门和进出料闸板，磨内温度降至40℃以下方可进入。管磨检修时，"
        "应当先用辅助传动将磨门转至便于进出的位置，并采取防止磨体转动的措施；磨内有人时严禁启动辅助传动。",
    ),
    ("art", "熟料库、水泥库、生料库和煤粉仓的清库作业，必须遵守下列规定："),
    (
        "item",
        "清库作业由分管生产的副总经理审批，车间编制专项作业方案，由车间主任现场指挥，安全环保部全程监督；",
    ),
    ("item", "作业前停止库内进料和卸料，切断库顶输送设备和库底卸料设备电源，并上锁挂牌；"),
    ("item", "清库必须自上而下分层清理，严禁从库底或者库壁下部掏挖，严禁在悬空积料的下方作业；"),
    (
        "item",
        "进库人员必须系挂全身式安全带，安全绳固定在库顶牢固的结构上，由库顶专人控制，并保持适度张紧；",
    ),
    (
        "item",
        "库内作业人员应当站在吊篮或者固定作业平台上，严禁站在松散料面上作业，防止物料塌陷造成人员掩埋；",
    ),
    ("item", "库顶人孔和库底出料口各设1名监护人，配备对讲机，保持联络畅通；"),
    ("item", "库内同时作业人数不得超过3人，每人每次在库内连续作业时间不得超过1小时；"),
    ("item", "夜间和雷雨、大风天气禁止进行清库作业。"),
    ("h1", "主要生产设备设施安全管理"),
    ("art", "回转窑及烧成系统应当遵守下列规定："),
    (
        "item",
        "窑头、窑尾、三次风管、篦冷机等高温部位必须设置隔热防护和警示标志，严禁在窑头罩、篦冷机周围和"
        "窑筒体下方停留、休息或者烘烤衣物；",
    ),
    (
        "item",
        "中控操作员应当严密监视窑筒体扫描温度，筒体局部温度超过380℃时应当查明原因，发现红窑必须立即"
        "止料停窑；",
    ),
    (
        "item",
        "窑头出现正压时，严禁打开看火门、人孔门；观察窑内情况必须佩戴防护面罩，站在看火孔侧面；",
    ),
    ("item", "停窑检修需要慢转窑时，必须确认窑内和窑体周围无人，鸣铃示警后方可启动辅助传动；"),
    ("item", "窑点火升温时，必须先启动窑尾高温风机通风，排净窑内可燃气体后方可喷煤点火。"),
    ("art", "煤粉制备系统应当遵守下列规定："),
    (
        "item",
        "煤磨、煤粉仓和煤磨袋式收尘器是公司防火防爆重点部位，必须设置温度和一氧化碳在线监测装置，并与"
        "中控室报警联锁；",
    ),
    (
        "item",
        "煤磨出口气体温度应当控制在75℃以下；煤粉仓内温度超过65℃或者一氧化碳浓度超过1000ppm时，应当立即"
        "报警，停止进料，并向仓内充入二氧化碳等惰性气体；",
    ),
    ("item", "停窑3天以上的，应当将煤粉仓内的煤粉烧空；"),
    ("item", "防爆阀每月检查一次，防爆膜破损、变形的应当立即更换；"),
    ("item", "煤磨区域严禁吸烟和使用明火，清扫积尘时严禁使用压缩空气吹扫。"),
    ("art", "生料立磨、煤立磨和水泥管磨应当遵守下列规定："),
    ("item", "立磨运行中严禁打开磨门和检修门，磨辊翻出检修时严禁在磨辊下方停留；"),
    (
        "item",
        "立磨液压站、稀油站的压力表和温度计必须完好，油管接头漏油应当及时处理，周围严禁堆放易燃物；",
    ),
    ("item", "管磨运行中严禁进入磨体两侧1米范围以内，严禁在运转的磨体上行走或者打扫卫生；"),
    ("item", "磨机启动前，岗位工必须检查确认磨内无人、磨门已经紧固，并与中控室联系确认后方可启动。"),
    ("art", "带式输送机和斗式提升机应当遵守下列规定："),
    (
        "item",
        "带式输送机沿线必须设置全线拉绳开关，间距不大于30米，并设置跑偏、打滑保护装置；头轮、尾轮、"
        "改向滚筒、拉紧装置等部位必须设置防护罩；",
    ),
    ("item", "设备启动前必须发出预警铃声，预警时间不少于10秒；"),
    ("item", "严禁跨越、钻越运行中的输送带，人员必须经过桥通行；严禁乘坐输送带；"),
    (
        "item",
        "运行中严禁清理滚筒和托辊粘料、更换托辊或者用手、脚处理跑偏，上述工作必须停机、断电、挂牌后进行；",
    ),
    ("item", "斗式提升机检修前必须确认逆止器可靠，严禁在斗提机运行中打开检修门处理故障。"),
    ("art", "余热发电系统应当遵守下列规定："),
    (
        "item",
        "窑头AQC锅炉和窑尾SP锅炉的司炉人员、汽轮机值班员必须持证上岗，严格执行交接班和巡回检查制度，"
        "每小时记录一次运行参数；",
    ),
    (
        "item",
        "锅炉安全阀每年校验一次，压力表每半年校验一次，水位计每班冲洗一次；安全阀和压力表由具备资质的"
        "单位校验；",
    ),
    ("item", "锅炉发生严重缺水时，必须立即紧急停炉，严禁向锅炉上水；"),
    ("item", "SP锅炉人工清灰时，必须停止振打装置，清灰人员穿戴隔热防护用品，严禁正对清灰孔；"),
    (
        "item",
        "化学水处理间储存盐酸和氢氧化钠，卸酸、加碱时必须佩戴防酸碱手套和面罩，现场设置洗眼器和应急喷淋"
        "装置。",
    ),
    ("art", "配电室及电气安全应当遵守下列规定："),
    ("item", "10kV高压配电室实行工作票、操作票制度，倒闸操作必须由两人进行，一人操作，一人监护；"),
    (
        "item",
        "配电室门口设置挡鼠板，高度不低于50厘米；配电室门应当向外开启，室内严禁存放杂物和易燃物品，严禁"
        "在配电室内住宿或者烧水做饭；",
    ),
    (
        "item",
        "停电检修必须执行停电、验电、装设接地线、悬挂标示牌和装设遮栏的安全技术措施，严禁约时停送电；",
    ),
    ("item", "绝缘手套、绝缘靴每半年进行一次耐压试验，试验不合格或者超过试验周期的严禁使用；"),
    ("item", "值班电工每2小时巡视一次配电室，雷雨天气后应当增加巡视次数；"),
    ("item", "非电工严禁拆装、修理电气设备和线路。"),
    ("art", "水泥包装和袋装发运应当遵守下列规定："),
    ("item", "包装机运行中严禁用手或者工具清理出灰嘴和拨袋机构，清理必须停机进行；"),
    ("item", "插袋工应当站在防护栏外侧作业，扎紧袖口，严禁戴手套插袋；"),
    ("item", "袋装水泥装车时，装车机机头下方严禁站人，车厢内码袋高度不得超过车厢栏板0.5米；"),
    ("item", "破包和散落的水泥应当及时清理，严禁将清扫的水泥直接倒入运行中的包装机。"),
    (
        "art",
        "行车、电动葫芦等起重机械的上升极限位置限制器、制动器等安全装置，每班使用前必须试验，失灵的严禁"
        "使用；严禁用起重机械载运人员。",
    ),
    ("h1", "厂内交通运输安全"),
    (
        "art",
        "厂区机动车辆行驶速度，主干道不得超过20千米/小时，生产区、装车区和过磅区不得超过5千米/小时；进出"
        "厂门、转弯、倒车和雨雪雾天气应当减速慢行。厂区内严禁无证驾驶和酒后驾驶。",
    ),
    ("art", "装载机作业应当遵守下列规定："),
    (
        "item",
        "装载机司机必须取得场（厂）内专用机动车辆作业人员证书，严禁无证驾驶或者将车辆交给他人驾驶；",
    ),
    ("item", "铲斗内严禁载人，严禁用铲斗举升人员进行登高作业；"),
    (
        "item",
        "在原料堆棚、熟料堆场作业时，行驶速度不得超过10千米/小时，作业区域10米范围内严禁无关人员停留；",
    ),
    (
        "item",
        "铲装物料时严禁掏挖料堆底部形成“伞檐”，料堆高度超过铲斗最大举升高度时应当自上而下分层铲装；",
    ),
    ("item", "倒车时必须鸣笛并观察后方，视线不良时应当有专人指挥；"),
    ("item", "停车时必须将铲斗平放地面，拉紧驻车制动，取下钥匙。"),
    ("art", "散装水泥车装车应当遵守下列规定："),
    (
        "item",
        "外来散装水泥车进厂须登记，驾驶员接受入厂安全告知后，按指定路线行驶，在待装区排队等候，服从现场"
        "人员指挥；",
    ),
    ("item", "车辆驶入散装库下装车位后必须熄火、拉紧手刹，装车过程中严禁移动车辆；"),
    (
        "item",
        "驾驶员上罐顶开启、关闭罐口时，必须系挂安全带，安全带挂在散装平台的专用挂点上，严禁在罐顶行走、"
        "跳跃；",
    ),
    ("item", "散装头未提升到位前，严禁驾驶员启动车辆；已经装满的车辆应当立即驶离装车位；"),
    ("item", "严禁超载装车，装车完毕后必须过磅确认；"),
    ("item", "雷雨天气严禁上罐顶作业。"),
    ("h1", "职业健康与劳动防护"),
    (
        "art",
        "公司每年委托有资质的技术服务机构对作业场所粉尘、噪声、高温等职业病危害因素进行一次检测，每三年"
        "进行一次现状评价；安全环保部每季度组织一次日常监测，检测结果在作业场所公告栏公布。",
    ),
    ("art", "粉尘防护应当遵守下列规定："),
    ("item", "收尘设备必须与主机同步运行，收尘器故障时应当停止主机运行并及时修复；"),
    ("item", "接触粉尘的作业人员必须佩戴KN95级及以上防尘口罩；"),
    ("item", "清扫地面和设备积灰应当采用洒水或者真空吸尘的方式，严禁用压缩空气吹扫积灰和衣物；"),
    ("item", "包装、散装等扬尘岗位应当设置局部密闭和抽风除尘设施。"),
    (
        "art",
        "噪声超过85分贝的磨机房、风机房、空压机房等区域，必须设置噪声警示标识，进入人员必须佩戴耳塞或者"
        "耳罩。",
    ),
    (
        "art",
        "日最高气温达到35℃以上时，应当调整窑头、篦冷机等高温岗位的作业时间，避开午后高温时段安排户外"
        "重体力作业，并为高温作业人员发放防暑降温饮品和药品。",
    ),
    (
        "art",
        "公司组织接触职业病危害因素的员工进行上岗前、在岗期间和离岗时的职业健康检查，在岗期间职业健康"
        "检查每年一次。不得安排未经上岗前职业健康检查的员工从事接触职业病危害的作业；发现有职业禁忌的，"
        "应当及时调离原岗位。",
    ),
    (
        "art",
        "劳动防护用品按表2的标准配备，员工必须正确佩戴，严禁以发放现金或者其他物品代替。已经损坏或者超过"
        "使用期限的劳动防护用品，应当及时更换。",
    ),
    (
        "table",
        "表2　主要劳动防护用品配备标准",
        (22, 34, 16),
        [
            ("防护用品", "配发岗位", "使用期限"),
            ("安全帽", "全体员工", "30个月"),
            ("防尘口罩（KN95）", "原料、制成、包装发运岗位", "每班1只"),
            ("防噪声耳塞", "磨机、风机、空压机岗位", "每月2副"),
            ("隔热服", "窑头、篦冷机、预热器岗位", "24个月"),
            ("全身式安全带", "机电维修、清库及高处作业人员", "3年"),
            ("绝缘手套、绝缘靴", "电工", "按试验结果更换"),
            ("防砸劳保鞋", "生产岗位员工", "12个月"),
        ],
    ),
    ("h1", "消防与应急管理"),
    (
        "art",
        "煤粉制备区域、油库、配电室、电缆夹层和中控室是公司消防重点部位，由所在车间指定防火责任人。"
        "灭火器每月检查一次，室外消火栓每季度试水一次；消防通道和安全出口严禁堵塞、占用。",
    ),
    (
        "art",
        "公司制定综合应急预案、专项应急预案和现场处置方案。综合应急预案或者专项应急预案每年至少组织一次"
        "演练，现场处置方案每半年至少组织一次演练；应急预案每三年至少评估一次。",
    ),
    (
        "art",
        "中控室、窑头、煤磨和余热发电等重点岗位设置应急物资柜，存放正压式空气呼吸器、担架、急救药箱和"
        "应急照明灯等物资，由安全环保部每月检查一次，发现缺失或者失效的应当及时补充。",
    ),
    (
        "art",
        "发生生产安全事故后，现场人员应当立即向班组长和车间主任报告，车间主任接报后应当立即报告安全"
        "环保部和公司总经理；公司主要负责人接到报告后，应当在1小时内向属地应急管理部门和有关部门报告，"
        "不得迟报、漏报、谎报或者瞒报。",
    ),
    ("art", "典型事故的现场应急处置："),
    (
        "item",
        "篦冷机出现“红河”或者窑头冲料时，窑头周围人员必须立即撤离至安全区域，中控室立即止料、减风，"
        "严禁人员靠近看火门观察；",
    ),
    (
        "item",
        "发生人员被物料掩埋时，应当立即停止库内和库底设备运行，救援时严禁从库底放料，救援人员在系挂"
        "安全绳的前提下自上而下清理；",
    ),
    ("item", "煤粉仓着火时，严禁打开仓门或者人孔，应当立即关闭进出料阀门，向仓内充入二氧化碳灭火；"),
    ("item", "人员被高温熟料烫伤时，应当立即用流动清水冲洗降温不少于15分钟，再送医院治疗；"),
    ("item", "发生触电时，应当首先切断电源或者用绝缘物使触电者脱离电源，严禁直接用手拉拽触电者。"),
    ("h1", "相关方安全管理"),
    (
        "art",
        "承揽公司工程、检修、运输业务的相关方单位必须具备相应资质和安全生产条件，开工前与公司签订安全"
        "生产管理协议，明确双方安全管理职责；业务主管部门是相关方安全管理的责任部门。",
    ),
    (
        "art",
        "相关方作业人员入厂前，必须接受公司组织的入厂安全教育，时间不少于4学时，考试合格后由安全环保部"
        "办理临时出入证；特种作业人员须提交资格证书复印件备案。",
    ),
    (
        "art",
        "相关方在公司厂区内进行危险作业的，执行本制度规定的作业许可管理，作业票由相关方作业负责人申请，"
        "业务主管部门和安全环保部审核。相关方人员违反本制度的，按照本制度第十二章的规定处罚；情节严重的，"
        "清退出厂，并列入公司相关方“黑名单”。",
    ),
    ("h1", "奖励与处罚"),
    (
        "art",
        "公司每年对安全生产工作成绩突出的集体和个人进行表彰奖励；全年未发生轻伤及以上事故的班组，每个"
        "班组奖励3000元。",
    ),
    ("art", "员工有下列违章行为之一的，按照以下标准处罚："),
    ("item", "进入生产现场不戴安全帽或者不系帽带的，每次罚款50元；"),
    ("item", "高处作业不系挂安全带的，每次罚款200元；"),
    ("item", "跨越、钻越运行中的输送带或者乘坐输送带的，每次罚款200元；"),
    ("item", "在禁烟区域吸烟的，每次罚款500元；"),
    (
        "item",
        "未办理作业票擅自进行动火、有限空间、清库等危险作业的，对作业负责人罚款1000元，对作业人员每人"
        "罚款300元，并停岗培训；",
    ),
    ("item", "酒后上岗的，立即停止其工作，罚款500元；一年内累计两次的，解除劳动合同；"),
    ("item", "擅自拆除、停用安全防护装置和报警联锁装置的，每次罚款500元。"),
    (
        "art",
        "员工发生违章行为的，对其所在班组的班组长按照员工罚款金额的50%给予连带处罚；同一车间一个月内"
        "被查出同类违章3次以上的，对车间主任罚款500元。",
    ),
    (
        "art",
        "发生生产安全事故的，按照“四不放过”的原则进行调查处理，对负有责任的人员给予经济处罚和纪律处分；"
        "构成犯罪的，依法移送司法机关追究刑事责任。",
    ),
    ("h1", "附则"),
    ("art", "各车间应当依据本制度，结合本车间实际修订岗位安全操作规程，报安全环保部审核备案。"),
    ("art", "本制度由安全环保部负责解释。"),
    (
        "art",
        "本制度自2024年7月1日起施行。2019年3月印发的《鼎峰建材有限公司安全管理制度》同时废止。",
    ),
]

# ---------------------------------------------------------------------------------------------------------
# Layout: numbering and hard line breaks as on the printed page.
# ---------------------------------------------------------------------------------------------------------

CN_DIGITS = "零一二三四五六七八九"
CLOSING = "，。、；：？！）》”’%℃"
OPENING = "（《“‘"


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十, 63 → 六十三."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def units(ch: str) -> int:
    return 1 if ord(ch) < 0x2000 or ch in "³" else 2


def keep_mask(text: str) -> list[bool]:
    mask = [False] * len(text)
    for word in KEEP:
        start = text.find(word)
        while start != -1:
            for k in range(start, start + len(word)):
                mask[k] = True
            start = text.find(word, start + 1)
    return mask


def wrap(text: str, first_units: int, width: int = LINE_UNITS) -> list[tuple[str, list[bool]]]:
    """Break text into printed lines; no line begins with a closing mark, an ASCII figure is never cut, and a
    KEEP string is never cut either (the line takes up to three more characters, or breaks before it)."""
    mask = keep_mask(text)
    lines: list[tuple[str, list[bool]]] = []
    start, avail = 0, width - first_units
    while start < len(text):
        used, i = 0, start
        while i < len(text) and used + units(text[i]) <= avail:
            used += units(text[i])
            i += 1
        if i < len(text):
            while i < len(text) and text[i] in CLOSING:
                i += 1
            while i - 1 > start and text[i - 1] in OPENING:
                i -= 1
            if i < len(text) and text[i].isascii() and text[i - 1].isascii():
                j = i
                while j > start and text[j - 1].isascii():
                    j -= 1
                if j > start:
                    i = j
            if i < len(text) and mask[i] and mask[i - 1]:
                j, k = i, i
                while j > start and mask[j - 1]:
                    j -= 1
                while k < len(text) and mask[k]:
                    k += 1
                if k - i <= 3:
                    i = k
                    while i < len(text) and text[i] in CLOSING:
                        i += 1
                elif j > start:
                    i = j
        lines.append((text[start:i], mask[start:i]))
        start, avail = i, width
    return lines


Line = tuple[str, str, list[bool]]  # (kind, text, protected positions)


def table_lines(
    caption: str, widths: tuple[int, ...], rows: list[tuple[str, ...]], rng: random.Random
) -> list[Line]:
    """A ruled table as OCR reads it: each printed row a line, cells apart by irregular runs of spaces; a cell
    wrapped inside its column goes on in a line of its own, shifted to about where its column starts."""
    out: list[Line] = [("blank", "", []), ("caption", " " * 22 + caption, [False] * (22 + len(caption)))]
    for row in rows:
        pieces = [wrap(cell, 0, width) for cell, width in zip(row, widths, strict=True)]
        for level in range(max(len(p) for p in pieces)):
            text, mask = "", []
            for col, piece in enumerate(pieces):
                if level >= len(piece):
                    continue
                cell, cell_mask = piece[level]
                if level == 0:
                    gap = 2 + int(rng.random() * 5) if text else 0
                else:
                    gap = max(sum(widths[:col]) // 2 + 2 * col - len(text), 2 if text else 0)
                text += " " * gap + cell
                mask += [False] * gap + cell_mask
            out.append(("table", text, mask))
    out.append(("blank", "", []))
    return out


def layout(rng: random.Random) -> list[Line]:
    """All printed lines of the rulebook in order, before pagination."""
    lines: list[Line] = []
    for kind, text in FRONT:
        if kind == "center":
            pad = max(0, (LINE_UNITS - sum(units(c) for c in text)) // 2)
            lines.append(("title", " " * pad + text, [False] * pad + keep_mask(text)))
        elif kind == "blank":
            lines.append(("blank", "", []))
        else:
            lines.append(("meta", text, keep_mask(text)))
    chapter = article = item = 0
    for block in BODY:
        kind = block[0]
        if kind == "h1":
            chapter += 1
            name = block[1]
            if len(name) <= 3:
                name = "  ".join(name)
            heading = f"第{cn_number(chapter)}章  {name}"
            pad = max(0, (LINE_UNITS - sum(units(c) for c in heading)) // 2)
            # Large bold chapter titles come through the OCR clean.
            lines += [("blank", "", []), ("heading", " " * pad + heading, [True] * (pad + len(heading)))]
            lines.append(("blank", "", []))
            continue
        if kind == "table":
            lines += table_lines(block[1], block[2], block[3], rng)
            continue
        if kind == "art":
            article += 1
            item = 0
            text = f"第{cn_number(article)}条　{block[1]}"
        elif kind == "item":
            item += 1
            text = f"（{cn_number(item)}）{block[1]}"
        elif kind == "num":
            item += 1
            text = f"{item}.{block[1]}"
        else:
            text = block[1]
        for n, (piece, mask) in enumerate(wrap(text, 4)):
            if n == 0:
                lines.append(("first", "  " + piece, [False, False] + mask))
            else:
                lines.append(("body", piece, mask))
    return lines


# ---------------------------------------------------------------------------------------------------------
# OCR noise
# ---------------------------------------------------------------------------------------------------------

SPLIT = {  # character: (its parts, chance)
    "明": ("日月", 0.05),
    "料": ("米斗", 0.02),
    "粉": ("米分", 0.02),
    "期": ("其月", 0.05),
    "好": ("女子", 0.05),
    "加": ("力口", 0.04),
    "如": ("女口", 0.05),
    "时": ("日寸", 0.02),
    "规": ("夫见", 0.025),
    "别": ("另刂", 0.05),
    "防": ("阝方", 0.012),
    "林": ("木木", 0.05),
}
LOOKALIKE = {
    "未": ("末", 0.05),
    "末": ("未", 0.05),
    "设": ("没", 0.012),
    "查": ("杳", 0.02),
    "土": ("士", 0.05),
    "候": ("侯", 0.08),
    "戴": ("载", 0.04),
    "检": ("捡", 0.006),
    "理": ("埋", 0.008),
    "拆": ("折", 0.08),
    "责": ("贵", 0.01),
    "人": ("入", 0.004),
    "入": ("人", 0.02),
    "工": ("エ", 0.006),
    "力": ("カ", 0.02),
    "二": ("ニ", 0.03),
    "日": ("曰", 0.02),
    "天": ("夭", 0.02),
    "干": ("千", 0.03),
    "准": ("淮", 0.05),
    "冷": ("泠", 0.01),
    "备": ("各", 0.004),
}
HALF = {"（": "(", "）": ")", "：": ":", "；": ";", "，": ",", "％": "%"}
HALF_RATE = {"（": 0.06, "）": 0.06, "：": 0.05, "；": 0.03, "，": 0.012}


def ocr_noise(text: str, mask: list[bool], rng: random.Random, tally: dict[str, int]) -> str:
    out: list[str] = []
    for pos, ch in enumerate(text):
        r = rng.random()
        if mask[pos]:
            out.append(ch)
            continue
        new = ch
        if ch == "已":
            if r < 0.45:
                new = "己" if r < 0.3 else "巳"
        elif ch == "己":
            if r < 0.6:
                new = "已"
        elif ch == "0" and pos and text[pos - 1].isdigit():
            if r < 0.12:
                new = "O"
        elif ch == "0":
            if r < 0.05:
                new = "O"
        elif ch == "1":
            if r < 0.07:
                new = "l" if r < 0.05 else "I"
        elif ch == "。":
            if r < 0.06:
                new = "，"
            elif r < 0.09:
                new = ""
            elif r < 0.1:
                new = "."
        elif ch in HALF_RATE:
            if r < HALF_RATE[ch]:
                new = HALF[ch]
        elif ch in SPLIT:
            if r < SPLIT[ch][1]:
                new = SPLIT[ch][0]
        elif ch in LOOKALIKE:
            if r < LOOKALIKE[ch][1]:
                new = LOOKALIKE[ch][0]
        elif "\u4e00" <= ch <= "\u9fff":
            if r < 0.0018:
                new = ""
        if new != ch:
            tally["errors"] = tally.get("errors", 0) + 1
        out.append(new)
    return "".join(out)


def spaced(text: str, rng: random.Random) -> str:
    """A line the OCR read with gaps between the characters."""
    out = [text[0]]
    for ch in text[1:]:
        r = rng.random()
        out.append(("" if r < 0.15 else "  " if r > 0.85 else " ") + ch)
    return "".join(out)


def page_number(n: int, rng: random.Random) -> str:
    r = rng.random()
    form = f"-{n}-" if r < 0.12 else f"— {n} —" if r < 0.2 else f"- {n} -"
    return " " * 32 + form


def build() -> tuple[str, dict[str, int]]:
    rng = random.Random(SEED)
    lines = layout(rng)
    tally: dict[str, int] = {}
    # Pagination: a chapter heading is never left at the foot of a page.
    pages: list[list[Line]] = [[]]
    for idx, line in enumerate(lines):
        page = pages[-1]
        if line[0] == "blank" and not page:
            continue
        room = LINES_PER_PAGE - len(page)
        heading_next = any(x[0] in ("heading", "caption") for x in lines[idx : idx + 2])
        if room <= 0 or (heading_next and line[0] == "blank" and room < 6):
            pages.append([])
            if line[0] == "blank":
                continue
        pages[-1].append(line)
    out: list[str] = []
    spaced_done = 0
    for number, page in enumerate(pages, start=FIRST_PAGE):
        head = RUNNING_HEAD
        if number == FIRST_PAGE + 4:
            head = "鼎峰建材有限公司管理制度 汇编"
        out += [head, ""]
        for kind, text, mask in page:
            if kind == "blank":
                out.append("")
                continue
            noisy = ocr_noise(text, mask, rng, tally)
            if (
                kind == "body"
                and not any(mask)
                and len(text) > 20
                and spaced_done < 6
                and rng.random() < 0.03
            ):
                noisy = spaced(noisy, rng)
                spaced_done += 1
                tally["spaced lines"] = spaced_done
            out.append(noisy.rstrip())
        out += ["", page_number(number, rng), "", ""]
    tally["pages"] = len(pages)
    return "\n".join(out).rstrip("\n") + "\n", tally


def main() -> None:
    text, tally = build()
    OUT.write_text(text, encoding="utf-8")
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    print(f"wrote {OUT.name}: {len(text.splitlines())} lines, {cjk} Chinese characters, {tally}")


if __name__ == "__main__":
    main()
