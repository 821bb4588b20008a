"""Generate tests/data/rulebook_beikao.pdf, the document of the blind set qa_holdout_beikao.yaml.

An invented industrial bakery's safety rulebook (《江苏贝考食品有限公司安全生产管理规定》: bread, toast,
puff pastry and fried doughnuts; flour silos and flour dust, dough mixers, dividers and sheeters, proofers,
gas-fired tunnel ovens, fryers, slicers and packaging lines, ammonia and CO2 spiral freezers, a cold store,
forklifts, cleaning chemicals and night shifts). Laid out as a single-column A4 portrait PDF: a title
block with the 文号, an outline of 一、/（一）/1. headings and items (no 第X条 articles), a running header
with the company name, a "第 N 页" footer, one ruled three-column table, and two footnotes marked ① and ②
printed at the bottom of the page that carries both markers, each explaining a figure given in the text.
Needs fpdf2 (dev extra) and the WenQuanYi Micro Hei font that scripts/setup.sh installs.

    .venv/bin/python tests/data/make_rulebook_beikao.py

At the end the script checks that every `must` string of qa_holdout_beikao.yaml lies in exactly one unit
of the text (a paragraph, item, table cell or footnote, as written here before line wrapping) and exits
non-zero otherwise.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, WrapMode, XPos, YPos
from fpdf.fonts import FontFace

HERE = Path(__file__).parent
OUT = HERE / "rulebook_beikao.pdf"
QA = HERE / "qa_holdout_beikao.yaml"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
COMPANY = "江苏贝考食品有限公司"
INDENT = "　　"

LEFT, RIGHT, TOP = 22.0, 22.0, 24.0
BOTTOM = 22.0
LINE_H = 6.4
FN_LINE_H = 4.6

FOOTNOTES: dict[str, str] = {
    "①": "① 积尘厚度1mm，大致相当于用手指在深色设备表面划过后留下清晰痕迹、且已看不清设备底色的程度。"
    "班组长巡查时以此目测判断，达到这一程度的区域应在当班内清理完毕，不得留给下一班。",
    "②": "② 1500Pa是公司袋式除尘器设定的压差上限，正常运行时压差一般在600Pa至1200Pa之间。压差突然降到"
    "300Pa以下，通常说明滤袋破损或者脱落，同样应停机检查，不得继续投料。",
}

TABLE_CAPTION = "表1　主要设备设施安全检查频次"
TABLE: list[tuple[str, str, str]] = [
    ("检查对象", "检查内容", "频次及责任部门"),
    ("面粉筒仓及泄爆装置", "泄爆片完好无变形，料位计、高料位报警和仓顶除尘器工作正常", "每周一次，原料车间"),
    ("袋式除尘器", "压差读数、灰斗卸灰情况、静电接地跨接", "每班一次，原料车间当班班组"),
    ("隧道炉燃烧系统", "熄火保护、燃气阀组密封、预吹扫程序", "每月一次，设备动力部"),
    ("可燃气体报警装置", "报警功能测试及与燃气紧急切断阀的联锁", "每季度测试一次，每年检定一次，设备动力部"),
    ("油炸机", "超温保护装置、温控器、排烟罩油网", "每周一次，油炸车间"),
    ("氨气、二氧化碳浓度报警装置", "报警设定值、与事故排风机的联锁", "每月测试一次，设备动力部制冷班"),
    ("正压式空气呼吸器", "气瓶压力、面罩气密性、背架和供气阀", "每月一次，制冷班"),
    ("冷库内开门装置及呼救按钮", "内开门装置开启灵活、呼救按钮声光报警有效", "每周一次，物流部冷库保管员"),
    ("叉车", "制动、转向、喇叭、灯光、货叉和链条", "每班作业前一次，叉车司机"),
    ("洗眼器及紧急喷淋装置", "出水正常、水质清洁、周围无遮挡", "每周放水一次，使用车间"),
]

BODY: list[tuple[str, str]] = [
    ("title", "江苏贝考食品有限公司安全生产管理规定"),
    ("sub", "（2025年修订　贝考司〔2025〕23号　2025年11月3日印发）"),
    (
        "p",
        "为适应公司海门生产基地新建吐司线、油炸甜甜圈线和二氧化碳螺旋速冻机投入使用后的安全管理需要，公司"
        "安全生产委员会对原《安全生产管理制度》进行了修订，形成本规定，经2025年10月28日总经理办公会审议"
        "通过，现予印发，请各车间、各部门组织全体员工认真学习，严格执行。",
    ),
    ("h1", "一、总则"),
    (
        "p",
        "（一）为落实安全生产主体责任，防范面粉粉尘爆炸、燃气泄漏爆炸、液氨和二氧化碳泄漏、机械伤害、冻伤、"
        "烫伤和厂内车辆伤害等事故，保障员工生命安全和身体健康，依据《中华人民共和国安全生产法》《中华人民共和国"
        "职业病防治法》《工贸企业粉尘防爆安全规定》以及冷库、燃气相关标准，结合公司面包、吐司、起酥类和油炸类"
        "焙烤食品生产实际，制定本规定。",
    ),
    (
        "p",
        "（二）本规定适用于公司海门生产基地的原料仓储、面粉筒仓、和面成型、醒发、烘烤、油炸、冷却切片、包装、"
        "速冻、冷库和厂内物流等全部生产经营活动，也适用于在厂区内作业的劳务派遣人员、实习学生以及外来施工、"
        "维保和运输单位人员。",
    ),
    (
        "p",
        "（三）公司安全生产坚持安全第一、预防为主、综合治理的方针，落实管生产必须管安全、管业务必须管安全的"
        "要求。每个班次均应明确当班安全负责人，夜班与白班执行同一安全标准，不得因当班人员减少而降低要求。",
    ),
    ("h1", "二、安全生产责任"),
    (
        "p",
        "（一）总经理是公司安全生产第一责任人，对本规定的落实全面负责，每季度至少主持召开一次安全生产委员会"
        "会议，研究解决安全投入、重大事故隐患整改和应急能力建设等问题。",
    ),
    (
        "p",
        "（二）分管生产的副总经理协助总经理抓好生产过程安全，每月至少带队开展一次全厂综合安全检查，每季度"
        "至少有一次检查安排在夜班时段进行，检查发现的问题由安全环保部跟踪督办。",
    ),
    (
        "p",
        "（三）安全环保部是公司安全生产综合监督管理部门，配备专职安全管理人员不少于4名，负责本规定的修订、"
        "教育培训、作业许可审核、隐患排查治理、事故统计报告和相关方安全管理。夜班由值班安全员在岗，值班安全员"
        "的手机应保持24小时畅通。",
    ),
    (
        "p",
        "（四）设备动力部负责和面机、隧道炉、油炸机、螺旋速冻机、制冷机组、空压机、燃气调压装置和供配电系统"
        "等设备设施的安全技术管理，建立设备台账和检修记录，组织安全阀、压力表、报警仪等安全附件和仪表的定期"
        "校验。",
    ),
    (
        "p",
        "（五）各车间主任对本车间安全生产负直接管理责任，每周组织一次车间级安全检查，检查记录和整改记录"
        "保存不少于3年。",
    ),
    (
        "p",
        "（六）班组长是本班组安全生产的第一责任人。每班开工前，班组长应组织召开不少于10分钟的班前会，讲清"
        "当班任务、危险点和防范措施，检查员工劳动防护用品佩戴情况；交接班时应与接班班组长当面交接设备运行"
        "状态和尚未处理的隐患。",
    ),
    (
        "p",
        "（七）岗位员工应遵守本规定和岗位安全操作规程，正确佩戴劳动防护用品。员工发现直接危及人身安全的紧急"
        "情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所，公司不得因此降低其工资、福利等待遇或者"
        "解除与其订立的劳动合同。",
    ),
    ("h1", "三、教育培训与持证上岗"),
    (
        "p",
        "（一）新入职员工（含劳务派遣人员和实习学生）上岗前应接受公司、车间、班组三级安全教育，其中公司级"
        "不少于16学时，车间级不少于12学时，班组级不少于8学时，考试合格后方可在师傅带领下上岗，带岗期不少于"
        "1个月，带岗期满经班组长确认后方可独立操作。",
    ),
    (
        "p",
        "（二）员工调换工种、车间采用新工艺新设备，或者员工离岗6个月以上重新上岗的，应重新接受车间级和班组级"
        "安全教育，经考核合格后上岗。",
    ),
    (
        "p",
        "（三）全体员工每年接受安全再培训不少于20学时。夜班员工的集中培训应安排在白天或者交接班前后进行，"
        "不得占用夜班员工下班后的正常休息时间。",
    ),
    (
        "p",
        "（四）叉车司机、电工、焊工、制冷与空调作业人员等特种作业和特种设备作业人员，应取得相应资格证书后"
        "持证上岗，证书复印件由安全环保部统一建档管理，证书过期未复审的人员不得安排上岗。",
    ),
    (
        "p",
        "（五）外来施工、维保人员进厂作业前，由安全环保部进行入厂安全告知，讲明作业区域存在的粉尘、燃气、氨和"
        "二氧化碳等危险，考核合格后发放临时出入证，临时出入证有效期最长不超过30天。",
    ),
    ("h1", "四、面粉筒仓与粉尘防爆"),
    ("h2", "（一）散装面粉卸料"),
    (
        "item",
        "1. 面粉罐车进厂后应停放在卸料区指定车位，拉紧手刹并放置止轮器。卸料软管连接前应先夹好静电接地夹，"
        "接地报警指示正常后方可开始气力输送。",
    ),
    (
        "item",
        "2. 卸料过程中罐车压力表读数不得超过0.2MPa，卸料人员应在罐车旁全程监护，不得离开去做其他工作；发现"
        "软管鼓包、接口漏粉时应立即关闭罐车出料阀。",
    ),
    ("item", "3. 雷雨天气或者风力达到6级以上时，应停止罐车卸料和筒仓顶部作业。"),
    ("h2", "（二）筒仓日常管理"),
    (
        "item",
        "1. 面粉筒仓仓顶设置泄爆装置和仓顶除尘器，泄爆口正前方不得设置通道和休息区，也不得堆放物品。",
    ),
    ("item", "2. 筒仓料位计、高料位报警和温度监测装置应保持完好，高料位报警失效时不得向筒仓进料。"),
    (
        "item",
        "3. 筒仓内部属于有限空间，任何人不得未经审批进入。处理筒仓内面粉结拱、挂壁时，应优先使用仓外振动器"
        "或者空气炮，严禁人员进入仓内站在物料上捅料。",
    ),
    (
        "item",
        "4. 确需进仓清理的，应先将筒仓内面粉排空，按照本规定十一（四）办理有限空间作业审批，进仓人员系全身式"
        "安全带并连接救生绳，仓外监护人员不少于2名。",
    ),
    ("h2", "（三）粉尘清扫与除尘"),
    (
        "item",
        "1. 投料间、小料间、筛粉机周围和和面区域实行每班清扫制度，地面、设备表面和梁架上的面粉积尘厚度不得"
        "超过1mm①。",
    ),
    (
        "item",
        "2. 清扫积尘应使用防爆吸尘器或者软毛扫帚，严禁使用压缩空气吹扫积尘，严禁用水直接冲洗筛粉机电机和"
        "电气箱。",
    ),
    (
        "item",
        "3. 袋式除尘器应设置压差监测，压差超过1500Pa②时应停机检查滤袋堵塞情况；除尘器灰斗每班至少卸灰一次，"
        "不得把灰斗当作储料仓使用。",
    ),
    (
        "item",
        "4. 除尘器、筛粉机、提升机和输送管道应采取防静电接地和跨接措施；粉尘爆炸危险区域内的电气设备、照明"
        "灯具和开关应采用防爆型，不得私接临时插座。",
    ),
    ("item", "5. 粉尘爆炸危险区域内严禁吸烟，严禁携带打火机、火柴等火种进入。"),
    ("h2", "（四）原料仓库与糖粉间"),
    (
        "item",
        "1. 袋装面粉、白砂糖等原料堆垛高度不超过12层，垛与垛之间留出不少于0.8m的通道，堆垛与照明灯具的距离"
        "不少于0.5m。",
    ),
    (
        "item",
        "2. 糖粉粉碎机应设在独立房间内，运行时房门保持关闭；粉碎机出料口堵塞时应停机断电后用专用工具疏通，"
        "严禁用手掏挖。",
    ),
    (
        "item",
        "3. 原料仓库内拆下的包装袋、托盘缠绕膜应当班清运，不得堆放在配电箱、筛粉机和除尘器周围。",
    ),
    ("h1", "五、和面、分割与成型"),
    ("h2", "（一）和面机"),
    (
        "item",
        "1. 和面机（包括螺旋和面机和双速和面机）料缸防护盖应与主电机联锁，防护盖打开时搅拌钩必须停止转动，"
        "任何人不得拆除或者短接联锁开关。",
    ),
    (
        "item",
        "2. 和面过程中严禁将手、刮板或者其他工具伸入料缸。需要刮缸、取样或者清理粘缸面团时，必须先按下停止"
        "按钮，待搅拌钩完全停止转动后方可打开防护盖。",
    ),
    (
        "item",
        "3. 使用翻缸机倒面时，提升斗、料缸下方和翻转半径内严禁站人；操作人员应站在操作位按住按钮直至倒料"
        "完成，不得用重物压住按钮代替人工操作。",
    ),
    (
        "item",
        "4. 人工向和面机投料时，投料口高度超过1.2m的应使用固定投料平台；投料口格栅不得随意拆除，拆袋后的"
        "空袋应及时收走，防止卷入设备。",
    ),
    ("h2", "（二）分割机、滚圆机与压面机"),
    (
        "item",
        "1. 面团分割机、滚圆机运行中发生卡料、粘料时，应停机并断开电源，使用专用工具清理，严禁在设备运转时"
        "用手直接掏取面团。",
    ),
    (
        "item",
        "2. 压面机、开酥机喂料时，手与压辊之间应保持不少于15cm的距离，喂入小块面片应使用推板；压辊防护栏和"
        "急停拉绳应在每班开机前试验一次。",
    ),
    (
        "item",
        "3. 成型线输送带清理和刮刀更换应执行挂牌上锁，上锁钥匙由操作者本人随身保管。",
    ),
    ("h2", "（三）醒发室"),
    (
        "item",
        "1. 醒发室温度一般控制在32℃至38℃，相对湿度75%至85%。进入醒发室推送烤盘车时应穿防滑鞋，地面积水"
        "应随时清除。",
    ),
    (
        "item",
        "2. 醒发室门应能从内部打开，室内设置照明和呼叫按钮。人员在醒发室内连续作业不超过20分钟，出来后应在"
        "常温区休息适应后再继续作业。",
    ),
    (
        "item",
        "3. 推行烤盘车时每人每次只推一辆，推行速度不得快于正常步行速度，禁止拉着烤盘车倒退行走。",
    ),
    ("h1", "六、烘烤与油炸"),
    ("h2", "（一）隧道炉"),
    (
        "item",
        "1. 隧道炉以天然气为燃料。点火前应确认可燃气体报警装置和排烟风机工作正常，燃烧室和炉膛应进行预吹扫，"
        "预吹扫时间不少于5分钟；点火失败后应重新吹扫方可再次点火，连续两次点火失败的，应停止点火并报告设备"
        "动力部。",
    ),
    (
        "item",
        "2. 隧道炉运行时，炉体表面、排烟管和出炉端属于高温区域，操作人员应佩戴耐高温手套，穿长袖工作服，严禁"
        "在炉顶和排烟管上放置物品或者烘烤衣物。",
    ),
    (
        "item",
        "3. 网带跑偏或者烤盘卡住需要处理时，应先降低网带速度，在出炉端进行处理，严禁人员爬上炉顶或者将身体"
        "探入炉口。",
    ),
    (
        "item",
        "4. 进入炉膛内部检修或者清理时，应关闭并锁定燃气总阀，待炉膛温度降至40℃以下，并办理有限空间作业"
        "审批后方可进入。",
    ),
    (
        "item",
        "5. 隧道炉停炉时应先关闭燃烧器，待炉温降至150℃以下后方可停止网带和排烟风机，防止网带受热变形和炉内"
        "积聚燃气。",
    ),
    ("h2", "（二）燃气管道与调压"),
    ("item", "1. 燃气调压柜周围5m范围内严禁烟火，不得堆放杂物；调压柜钥匙由设备动力部专人保管。"),
    (
        "item",
        "2. 烘烤车间和燃气调压间设置可燃气体报警装置，一级报警设定值为爆炸下限的20%，二级报警设定值为爆炸"
        "下限的25%，二级报警时联锁关闭燃气紧急切断阀。",
    ),
    (
        "item",
        "3. 闻到燃气异味或者可燃气体报警时，现场人员应立即停止作业，关闭燃气阀门，严禁开关电器、使用手机和"
        "动用明火，打开门窗通风，撤到安全地点后报告值班安全员。",
    ),
    (
        "item",
        "4. 燃气管道的动火和改造应由具有相应资质的单位实施，公司内部人员不得自行拆卸燃气管道、阀门和调压器。",
    ),
    ("h2", "（三）油炸机"),
    (
        "item",
        "1. 油炸机油温设定不得超过185℃，温控器和超温保护装置应分别独立设置，油温达到200℃时超温保护装置应"
        "自动切断加热。",
    ),
    (
        "item",
        "2. 加油、补油时油位不得超过油槽最高油位线，严禁将水或者带冰的物料带入油槽，油槽附近不得放置盛水"
        "容器。",
    ),
    (
        "item",
        "3. 油炸机着火时，应立即按下急停按钮切断加热，用灭火毯覆盖或者使用专用的K类灭火器扑救，严禁用水"
        "扑救，严禁搬动油槽。",
    ),
    (
        "item",
        "4. 更换炸油和清理油槽应在油温降至50℃以下后进行；废油应装入带盖的金属容器，放到指定区域，不得倒入"
        "下水道。",
    ),
    (
        "item",
        "5. 油炸机排烟罩油网每周清洗一次，排烟管道每季度由专业清洗单位清洗一次，清洗记录交安全环保部备查。",
    ),
    ("h2", "（四）出炉与高温物品搬运"),
    (
        "item",
        "1. 出炉和取盘人员应佩戴耐高温手套。未冷却的烤盘应放在专用冷却架上，不得直接放在地面或者通道上。",
    ),
    (
        "item",
        "2. 搬运热糖浆、热油脂等高温物料应使用带盖容器，容器盛装量不超过容积的三分之二，行走路线应避开人员"
        "密集处。",
    ),
    ("h1", "七、冷却、切片与包装"),
    ("h2", "（一）螺旋冷却塔"),
    (
        "item",
        "1. 螺旋冷却塔运行中禁止人员进入塔内，塔门应保持关闭；网带故障处理和塔内清洁必须停机并挂牌上锁。",
    ),
    (
        "item",
        "2. 进入冷却塔内部作业的人员不少于2人，其中1人在塔外监护，塔内作业人员应佩戴安全帽，防止碰撞网带"
        "支架。",
    ),
    ("h2", "（二）切片机"),
    (
        "item",
        "1. 切片机刀片防护罩打开时设备应自动停止运行，防护罩联锁应在每班开机前试验一次，联锁失效的切片机"
        "不得使用。",
    ),
    (
        "item",
        "2. 更换、调整和清洗刀片时必须停机断电并挂牌上锁，佩戴防割等级不低于5级的防割手套；拆下的刀片应放入"
        "专用刀盒，不得随手放在台面或者输送带上。",
    ),
    ("item", "3. 切片机出口发生面包卡堵时，严禁在刀片运转时用手拉拽面包。"),
    ("h2", "（三）包装与码垛"),
    (
        "item",
        "1. 枕式包装机、封口机的封切刀温度较高，处理包装膜缠绕时应停机，等待封切刀回到原位后再处理。",
    ),
    ("item", "2. 金属检测机剔除装置动作区域严禁伸手，调试剔除装置时应使用专用测试卡。"),
    (
        "item",
        "3. 码垛机器人工作区域设置安全围栏和带联锁的安全门。人员进入围栏前必须将机器人切换至停止状态，取下"
        "钥匙随身携带，防止他人误启动。",
    ),
    ("h2", "（四）成品仓库与货架"),
    (
        "item",
        "1. 成品仓库货架应标明每层最大承重，货物不得超载存放，严禁人员攀爬货架取货。",
    ),
    (
        "item",
        "2. 高位货架取放货物应使用叉车或者登高车，破损、变形的托盘不得上架，货架立柱被叉车撞击变形的应立即"
        "卸货停用并报设备动力部修复。",
    ),
    ("h1", "八、速冻与制冷系统"),
    ("h2", "（一）螺旋速冻机"),
    (
        "item",
        "1. 公司螺旋速冻机分为氨制冷和二氧化碳制冷两类。速冻机库体门应能从内部开启，库内设置紧急呼叫按钮和"
        "声光报警，库门外设置人员进出登记牌。",
    ),
    (
        "item",
        "2. 进入速冻机内部清理冰霜或者处理网带故障时，应停机并由制冷操作人员关闭蒸发器供液阀，执行挂牌上锁；"
        "进入人员不少于2人并有专人在门外监护，每次在库体内停留不超过15分钟。",
    ),
    ("item", "3. 速冻机冲霜期间，严禁任何人员进入库体内部。"),
    ("h2", "（二）氨制冷机房"),
    (
        "item",
        "1. 氨制冷机房实行24小时值班，值班制冷工每隔3小时对压缩机、储液器、油分离器和管道阀门巡检一次并"
        "填写运行记录。",
    ),
    (
        "item",
        "2. 机房设置氨气浓度报警装置：氨气浓度达到35ppm时发出一级报警并自动启动事故排风机；达到150ppm时"
        "发出二级报警，并切断机房内非防爆电源。",
    ),
    (
        "item",
        "3. 机房门口应存放正压式空气呼吸器不少于2套、重型防化服不少于2套，气瓶压力低于额定压力的80%时"
        "应及时充气。",
    ),
    (
        "item",
        "4. 氨系统放油、加氨、更换阀门等作业应由持证制冷工进行，现场不少于2人，作业人员佩戴防毒面具和防护"
        "手套，现场备好清水和应急器材。",
    ),
    (
        "item",
        "5. 发生氨泄漏时，现场人员应向上风向撤离，用湿毛巾捂住口鼻；未佩戴正压式空气呼吸器的人员，不得进入"
        "泄漏区域关阀。",
    ),
    ("h2", "（三）二氧化碳制冷系统"),
    (
        "item",
        "1. 二氧化碳速冻机所在车间和机房设置二氧化碳浓度报警装置，浓度达到5000ppm时报警并启动通风，浓度"
        "达到10000ppm时所有人员必须立即撤离。",
    ),
    (
        "item",
        "2. 二氧化碳无色无味，泄漏后容易积聚在地坑、地沟等低洼处。人员进入速冻机地坑前，应先检测二氧化碳"
        "浓度和氧含量。",
    ),
    (
        "item",
        "3. 二氧化碳系统安全阀每年校验一次，安全阀排放管应引至室外安全处，排放口不得朝向人员通道。",
    ),
    (
        "item",
        "4. 二氧化碳管道和阀门检修前，应确认检修管段已隔离且管内压力已泄放至零，严禁带压拆卸法兰和阀门。",
    ),
    ("h1", "九、冷库与低温作业"),
    (
        "p",
        "（一）公司成品冷库冷藏间温度设定为-20℃。冷库门应安装内开门装置，库内设置呼救按钮和应急照明，库门"
        "外设置人员进出登记牌。每天下班锁门前，冷库保管员应进库巡查，确认库内无人后方可锁门。",
    ),
    (
        "p",
        "（二）进入冷藏间作业的人员应穿戴防寒服、防寒手套和防寒鞋，连续作业时间不得超过40分钟，之后应到"
        "缓冲间或者休息室取暖休息，休息时间不少于15分钟。",
    ),
    (
        "p",
        "（三）冷藏间内不得安排一人单独作业；确因工作需要单人进库取货的，应在登记牌上登记并告知库外人员，"
        "库外人员确认其出库后方可离开。",
    ),
    (
        "p",
        "（四）冷藏间内货物堆垛与冷风机之间的距离不少于0.5m，堆垛顶部与顶排管之间的距离不少于0.3m，货物"
        "不得堵塞库内通道和内开门装置。",
    ),
    (
        "p",
        "（五）冷库电动门运行期间，任何人不得从门下钻过，叉车通过冷库门时应等门完全打开后再通行。",
    ),
    (
        "p",
        "（六）冷库和缓冲间内禁止使用明火取暖，休息室取暖设备由设备动力部统一配置，任何人不得私接电暖器、"
        "电热毯等电热器具。",
    ),
    ("h1", "十、厂内运输与叉车"),
    ("h2", "（一）叉车"),
    (
        "item",
        "1. 叉车司机每班作业前应检查制动、转向、喇叭、灯光、货叉和链条，检查结果记入点检表，发现故障的叉车"
        "不得带病使用。",
    ),
    (
        "item",
        "2. 叉车在厂区道路上行驶速度不得超过10km/h；在车间、仓库和冷库内行驶，以及转弯、过门时，速度不得超过"
        "5km/h。",
    ),
    (
        "item",
        "3. 叉车严禁载人，严禁用货叉托举人员进行高处作业，严禁任何人在货叉下站立或者通行。",
    ),
    (
        "item",
        "4. 叉车载货时货物遮挡前方视线的，应倒车行驶或者安排专人引导；叉车在坡道上不得转弯，载货下坡时应倒车"
        "行驶。",
    ),
    (
        "item",
        "5. 电动叉车应在指定充电区充电，充电区保持通风，严禁烟火；铅酸蓄电池补加蒸馏水时应佩戴护目镜和耐酸"
        "手套。",
    ),
    (
        "item",
        "6. 叉车停放时货叉应降落至地面，司机离开叉车时应拉紧手刹并拔下钥匙，钥匙由司机本人保管，不得插在"
        "车上。",
    ),
    ("h2", "（二）行人与货车"),
    (
        "item",
        "1. 厂区实行人车分流，行人应走人行通道，不得在叉车作业区内逗留或者边走边看手机。",
    ),
    (
        "item",
        "2. 外来货车进入厂区后行驶速度不得超过15km/h，应按照指定路线行驶，在指定位置停放。",
    ),
    (
        "item",
        "3. 货车在装卸月台装卸期间，驾驶员应将车钥匙交给月台管理员保管，装卸完毕确认叉车已退出车厢后方可"
        "取回，防止货车意外驶离导致叉车坠落。",
    ),
    ("h1", "十一、危险作业管理"),
    ("h2", "（一）作业许可"),
    (
        "item",
        "1. 动火、有限空间、高处、临时用电、吊装和盲板抽堵等危险作业实行作业许可管理，作业许可证由安全环保部"
        "审核。",
    ),
    (
        "item",
        "2. 作业许可证只在一个班次内有效，作业跨班次的应重新办理；作业条件发生变化时，原许可证自动失效。",
    ),
    ("h2", "（二）挂牌上锁"),
    (
        "item",
        "1. 设备检修、清理、调整和排除故障前，应切断电源、气源、蒸汽和物料等全部能量并执行挂牌上锁，每名作业"
        "人员使用本人的个人安全锁，一人一锁一钥匙。",
    ),
    (
        "item",
        "2. 解锁应由上锁人本人进行。上锁人不在场需要强制解锁的，须经车间主任和设备动力部负责人共同现场确认，"
        "并在上锁人返岗时当面告知本人。",
    ),
    ("h2", "（三）动火作业"),
    (
        "item",
        "1. 在粉尘爆炸危险区域、燃气调压间、油炸间和氨制冷机房内动火的，按一级动火管理，由分管生产的副总经理"
        "审批。",
    ),
    (
        "item",
        "2. 动火前应清理动火点周围10m范围内的面粉积尘和可燃物，停止相关除尘和输送设备，对动火点周边进行覆盖"
        "保护。动火期间设专人监火，动火结束后监火人应继续观察30分钟以上方可离开。",
    ),
    ("h2", "（四）有限空间作业"),
    (
        "item",
        "1. 公司有限空间包括面粉筒仓、除尘器灰斗、隧道炉炉膛、螺旋速冻机地坑、油脂储罐、污水池和化粪池等，"
        "各车间应建立有限空间清单，在入口设置警示标志。",
    ),
    (
        "item",
        "2. 有限空间作业应坚持先通风、再检测、后作业，氧含量应在19.5%至23.5%之间，作业期间应连续监测。",
    ),
    (
        "item",
        "3. 有限空间作业应设专人监护，监护人员不得离开作业现场，也不得进入有限空间施救；发生事故时应先呼救"
        "和报告，严禁盲目施救。",
    ),
    ("h2", "（五）高处作业与临时用电"),
    (
        "item",
        "1. 在坠落高度基准面2m以上作业属于高处作业。筒仓顶部、除尘器平台和冷却塔顶部作业应系安全带，安全带"
        "应高挂低用。",
    ),
    (
        "item",
        "2. 临时用电线路架设时间一般不超过15天，期满确需继续使用的应重新办理审批；粉尘爆炸危险区域内不得架设"
        "临时用电线路。",
    ),
    ("h2", "（六）相关方作业"),
    (
        "item",
        "1. 外来单位在厂区施工前，应与公司签订安全管理协议，明确双方安全责任，公司指定现场联系人负责协调和"
        "监督。",
    ),
    (
        "item",
        "2. 外来单位人员在粉尘爆炸危险区域、燃气调压间和氨制冷机房作业的，设备动力部应派人全程陪同，陪同人员"
        "不得中途离开。",
    ),
    ("h1", "十二、电气与压缩空气"),
    ("h2", "（一）电气安全"),
    (
        "item",
        "1. 车间配电箱、控制柜应保持关闭上锁，箱前0.8m范围内不得堆放物品；非电工不得打开配电箱拆装线路或者"
        "更换熔断器。",
    ),
    (
        "item",
        "2. 移动式电动工具和清洗间、醒发室等潮湿场所的插座回路应安装漏电保护器，使用部门每月按动试验按钮"
        "检查一次，动作不正常的应停止使用。",
    ),
    (
        "item",
        "3. 筒仓、炉膛、速冻机库体等有限空间和金属容器内使用的行灯电压不得超过12V，行灯变压器应放在有限空间"
        "外部。",
    ),
    ("h2", "（二）空压机与压缩空气"),
    (
        "item",
        "1. 空压机储气罐每班排放一次冷凝水，储气罐安全阀和压力表按检定周期校验，储气罐不得超压运行。",
    ),
    (
        "item",
        "2. 压缩空气管道接头和软管应连接牢固，严禁用压缩空气对人吹扫，严禁用压缩空气吹掉工作服上的面粉，"
        "严禁用压缩空气互相嬉闹。",
    ),
    ("h1", "十三、清洗消毒与化学品"),
    (
        "p",
        "（一）公司使用的清洗消毒化学品主要有氢氧化钠碱液、酸性清洗剂、次氯酸钠消毒液、过氧乙酸和食用酒精，"
        "由安全环保部建立化学品清单和安全技术说明书档案。",
    ),
    (
        "p",
        "（二）化学品应存放在专用化学品库，分类分区存放。酸性清洗剂与含氯消毒液必须分开存放，严禁混合使用，"
        "防止产生氯气。",
    ),
    (
        "p",
        "（三）配制碱液和酸液时应佩戴护目镜、耐酸碱手套和防护围裙；稀释时应将药剂缓慢加入水中，严禁将水倒入"
        "浓药剂中。",
    ),
    (
        "p",
        "（四）分装化学品应使用原包装或者贴有标签的专用容器，严禁使用饮料瓶、食品周转桶盛装化学品。",
    ),
    (
        "p",
        "（五）清洗消毒区域和化学品库设置洗眼器和紧急喷淋装置。化学品溅入眼睛时，应立即用流动清水冲洗不少于"
        "15分钟，然后送医。",
    ),
    (
        "p",
        "（六）设备湿式清洗前应先断电，严禁用水枪直接冲洗电机、电控箱和插座；泡沫清洗作业时地面应设置防滑"
        "警示。",
    ),
    (
        "p",
        "（七）紫外线消毒灯开启期间人员不得进入消毒区域；使用臭氧消毒的房间，消毒结束后应通风30分钟以上方可"
        "进入。",
    ),
    ("h1", "十四、夜班、职业健康与劳动防护"),
    ("h2", "（一）夜班作业"),
    (
        "item",
        "1. 夜班时段为22:00至次日6:00。夜班由当班车间主任或者其指定的夜班值班长统一负责安全，值班长名单每周"
        "公布一次。",
    ),
    (
        "item",
        "2. 夜班原则上不安排单人独立作业；确需单人到冷库、筒仓区等偏僻场所巡检的，应携带对讲机，每隔30分钟"
        "向值班长报告一次位置和状态，超过规定时间未报告的，值班长应立即派人查找。",
    ),
    ("item", "3. 员工连续上夜班原则上不超过6个班次，两次夜班轮换之间应保证员工有完整的休息日。"),
    (
        "item",
        "4. 夜班期间严禁饮酒，严禁在设备旁、醒发室和冷库缓冲间内睡觉，休息应到指定休息室。",
    ),
    ("h2", "（二）职业健康"),
    (
        "item",
        "1. 作业场所噪声超过85dB(A)的岗位应佩戴耳塞或者耳罩；投料、筛粉岗位应佩戴防尘口罩。",
    ),
    (
        "item",
        "2. 接触面粉粉尘、噪声和高温的员工，应在上岗前、在岗期间和离岗时进行职业健康检查，检查结果书面告知"
        "本人。",
    ),
    ("h2", "（三）劳动防护用品配备"),
    ("item", "1. 投料、筛粉岗位：防尘口罩、护目镜、防静电工作服。"),
    ("item", "2. 烘烤、出炉岗位：耐高温手套、长袖工作服、防滑鞋。"),
    ("item", "3. 油炸岗位：耐高温手套、防油围裙、防护面罩、防滑鞋。"),
    ("item", "4. 冷库、速冻岗位：防寒服、防寒手套、防寒鞋、防寒帽。"),
    ("item", "5. 切片、换刀岗位：防割手套。"),
    ("item", "6. 清洗消毒岗位：护目镜、耐酸碱手套、防护围裙、胶靴。"),
    ("h1", "十五、消防与应急管理"),
    (
        "p",
        "（一）各区域灭火器每月检查一次，消防通道和安全出口保持畅通，防火门保持常闭，任何人不得在消防通道上"
        "停放叉车或者堆放托盘。",
    ),
    (
        "p",
        "（二）公司每年至少组织一次综合应急演练；氨泄漏、燃气泄漏、粉尘爆炸和冷库人员被困专项应急演练每半年"
        "至少组织一次。",
    ),
    (
        "p",
        "（三）发生事故后，现场人员应立即报告班组长，班组长立即报告车间主任和值班安全员；安全环保部接报后应在"
        "1小时内报告总经理。任何人不得迟报、漏报、谎报或者瞒报。",
    ),
    (
        "p",
        "（四）员工被烫伤时，应立即用流动冷水冲洗烫伤部位不少于20分钟；发生冻伤时，不得用雪搓或者用火烤，"
        "应移至温暖处用接近体温的温水复温后送医。",
    ),
    (
        "p",
        "（五）各车间配备急救箱，急救箱内药品和敷料由车间兼职安全员每月检查补充，过期药品应及时更换；烘烤、"
        "油炸车间的急救箱内应配备烫伤敷料。",
    ),
    ("h1", "十六、隐患排查治理与奖惩"),
    (
        "p",
        "（一）公司实行班组每班、车间每周、公司每月的隐患排查制度。主要设备设施的检查内容和频次见表1。",
    ),
    ("table", ""),
    (
        "p",
        "（二）一般事故隐患由责任车间立即整改或者限期整改，整改期限一般不超过7天；重大事故隐患由总经理组织"
        "制定治理方案，落实治理措施、资金、时限和责任人。",
    ),
    (
        "p",
        "（三）员工发现并及时报告重大事故隐患的，经安全环保部核实后给予500元至2000元奖励。",
    ),
    ("p", "（四）员工有下列行为之一的，视为严重违反公司规章制度，公司可以依法解除劳动合同："),
    ("item", "1. 在粉尘爆炸危险区域、燃气区域吸烟或者使用明火的；"),
    ("item", "2. 擅自拆除、短接安全联锁装置的；"),
    ("item", "3. 酒后上岗或者酒后驾驶叉车的；"),
    ("item", "4. 擅自解开他人安全锁的。"),
    ("h1", "十七、附则"),
    ("p", "（一）本规定由安全环保部负责解释。"),
    (
        "p",
        "（二）本规定自2025年12月1日起施行，公司2022年印发的《安全生产管理制度》（贝考司〔2022〕9号）同时"
        "废止。",
    ),
]


class RulebookPDF(FPDF):
    """A4 page with a running header, a "第 N 页" footer and room for footnotes at the page foot."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.page_notes: dict[int, list[str]] = {}

    def header(self) -> None:
        # A new page starts without the footnote reserve that an earlier page may have needed.
        self.set_auto_page_break(True, margin=BOTTOM)
        self.set_font("wqy", size=9)
        self.set_text_color(90, 90, 90)
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 6, COMPANY, align="L")
        self.set_xy(LEFT, 10)
        self.cell(self.w - LEFT - RIGHT, 6, "安全生产管理规定", align="R")
        self.set_draw_color(90, 90, 90)
        self.set_line_width(0.3)
        self.line(LEFT, 17, self.w - RIGHT, 17)
        self.set_text_color(0, 0, 0)
        self.set_xy(LEFT, TOP)

    def footer(self) -> None:
        notes = self.page_notes.get(self.page_no(), [])
        if notes:
            self.set_font("wqy", size=9)
            y = self.h - BOTTOM - self.notes_height(notes) + 2
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.line(LEFT, y - 1.5, LEFT + 50, y - 1.5)
            self.set_xy(LEFT, y)
            for note in notes:
                self.multi_cell(
                    self.w - LEFT - RIGHT,
                    FN_LINE_H,
                    note,
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                    wrapmode=WrapMode.CHAR,
                )
        self.set_font("wqy", size=9)
        self.set_y(-14)
        self.cell(0, 6, f"第 {self.page_no()} 页", align="C")

    def notes_height(self, notes: list[str]) -> float:
        self.set_font("wqy", size=9)
        lines = 0
        for note in notes:
            lines += len(
                self.multi_cell(
                    self.w - LEFT - RIGHT,
                    FN_LINE_H,
                    note,
                    dry_run=True,
                    output=MethodReturnValue.LINES,
                    wrapmode=WrapMode.CHAR,
                )
            )
        return lines * FN_LINE_H + 4


def text_height(pdf: RulebookPDF, text: str, size: float, indent: str = INDENT) -> float:
    pdf.set_font("wqy", size=size)
    lines = pdf.multi_cell(
        pdf.epw, LINE_H, indent + text, dry_run=True, output=MethodReturnValue.LINES, wrapmode=WrapMode.CHAR
    )
    return len(lines) * LINE_H + 1.2


def write_para(pdf: RulebookPDF, text: str, size: float = 11, indent: str = INDENT) -> None:
    pdf.set_font("wqy", size=size)
    pdf.multi_cell(
        pdf.epw, LINE_H, indent + text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, wrapmode=WrapMode.CHAR
    )
    pdf.ln(1.2)


def write_table(pdf: RulebookPDF) -> None:
    pdf.set_font("wqy", size=10)
    if pdf.y + 40 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.cell(pdf.epw, 8, TABLE_CAPTION, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("wqy", size=9.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    with pdf.table(
        col_widths=(44, 76, 46),
        borders_layout="ALL",
        line_height=5.6,
        text_align=("LEFT", "LEFT", "LEFT"),
        first_row_as_headings=True,
        wrapmode=WrapMode.CHAR,
        headings_style=FontFace(emphasis="", fill_color=(228, 228, 228)),
        repeat_headings=1,
    ) as table:
        for row in TABLE:
            r = table.row()
            for cell_text in row:
                r.cell(cell_text)
    pdf.ln(3)


def marker_of(text: str) -> str | None:
    for mark in FOOTNOTES:
        if mark in text:
            return mark
    return None


def build() -> None:
    pdf = RulebookPDF()
    pdf.add_font("wqy", "", str(FONT))
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, margin=BOTTOM)
    pdf.set_creation_date(datetime(2025, 11, 3, 9, 0, tzinfo=UTC))
    pdf.set_title("江苏贝考食品有限公司安全生产管理规定")
    pdf.set_author(COMPANY)
    pdf.add_page()

    for i, (kind, text) in enumerate(BODY):
        if kind == "title":
            pdf.set_font("wqy", size=18)
            pdf.ln(4)
            pdf.multi_cell(
                pdf.epw, 10, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT, wrapmode=WrapMode.CHAR
            )
        elif kind == "sub":
            pdf.set_font("wqy", size=11)
            pdf.multi_cell(
                pdf.epw, 7, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT, wrapmode=WrapMode.CHAR
            )
            pdf.ln(4)
        elif kind == "h1":
            if pdf.y + 24 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("wqy", size=13)
            pdf.cell(pdf.epw, 8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "h2":
            if pdf.y + 18 > pdf.page_break_trigger:
                pdf.add_page()
            write_para(pdf, text, size=11.5)
        elif kind == "table":
            write_table(pdf)
        else:
            mark = marker_of(text)
            if mark == "①":
                # Both footnotes must sit at the foot of the page that carries both markers, so the block
                # from ① to ② has to fit above the reserved footnote area or move whole to a new page.
                j = next(k for k in range(i, len(BODY)) if "②" in BODY[k][1])
                block = sum(text_height(pdf, BODY[k][1], 11) for k in range(i, j + 1))
                reserve = pdf.notes_height(list(FOOTNOTES.values()))
                if pdf.y + block > pdf.h - BOTTOM - reserve:
                    pdf.add_page()
                pdf.set_auto_page_break(True, margin=BOTTOM + reserve)
                pdf.page_notes[pdf.page_no()] = list(FOOTNOTES.values())
            write_para(pdf, text)
            if mark is not None and pdf.page_no() not in pdf.page_notes:
                sys.exit(f"footnote marker {mark} did not land on the footnoted page")
    pdf.output(str(OUT))


def units() -> list[str]:
    """Every paragraph, item, table cell and footnote as written before line wrapping."""
    out = [text for kind, text in BODY if text]
    out.append(TABLE_CAPTION)
    out.extend(cell for row in TABLE for cell in row)
    out.extend(FOOTNOTES.values())
    return out


def check() -> int:
    all_units = units()
    text = "".join(all_units)
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    print(f"{OUT.name}: {len(text)} characters in {len(all_units)} units, {cjk} of them CJK ideographs")
    failures = 0
    if not 8000 <= len(text) <= 15000:
        print(f"document size {len(text)} outside 8,000–15,000 characters")
        failures += 1
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    for q in data["questions"]:
        must = q.get("must") or []
        if q["kind"] == "negative":
            if must:
                print(f"{q['id']}: a negative question has must strings")
                failures += 1
            continue
        if not must:
            print(f"{q['id']}: no must strings")
            failures += 1
            continue
        hits = [u for u in all_units if all(m in u for m in must)]
        if len(hits) != 1:
            print(f"{q['id']}: must {must} found in {len(hits)} units, expected exactly one")
            failures += 1
    return failures


def main() -> None:
    build()
    failures = check()
    if failures:
        sys.exit(f"{failures} check(s) failed")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
