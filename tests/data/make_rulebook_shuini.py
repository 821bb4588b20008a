"""Generate tests/data/rulebook_shuini.pdf, the document of the sealed blind set qa_holdout_shuini.yaml.

An invented cement plant's pocket employee safety handbook (《鹤岭水泥员工安全生产手册（2025年版）》 of
池州鹤岭水泥有限公司: two 4500t/d clinker lines, a 9MW waste-heat power station, a limestone crushing
station, SNCR denitration with 20% ammonia water; preheater cyclone blockage clearing and hot-meal burns,
coal-mill and coal-powder explosions, the grate cooler, the raw vertical mill, belt conveyors, packing and
loading, silo cleaning, forklifts and wheel loaders, high-temperature work). Made with fpdf2 and the
WenQuanYi Micro Hei font.

Layout: page 1 is a one-column red-headed covering notice (文件 head, 文号, title, 主送, body, 附件,
signature, date, 联系人/电话, 抄送, 印发 line) with no header or footer. The handbook follows on A4
portrait pages set in TWO COLUMNS: a full-width handbook title on its first page, then every block is
wrapped at the column width and written with multi_cell into a half-page-wide box, the left column top to
bottom and then the right column, paragraphs running on from the foot of one column to the head of the
next (and onto the next page). Centred section titles (第X部分) sit inside the column, rules are numbered
"一、" / "（一）" / "1.", a few "注意" notes are boxed and shaded, one small ruled 3-column table sits in one
column, a running header carries the handbook title and the footer is a page number "- N -" counted from
the first handbook page. A PDF text layer therefore gives short column lines, sentences and figures cut
mid-way, and the two columns side by side.

    .venv/bin/python tests/data/make_rulebook_shuini.py

At the end the script checks that every `must` string of qa_holdout_shuini.yaml occurs in one source
string below (as written, before wrapping) and raises if one does not.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import yaml
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = Path(__file__).with_name("rulebook_shuini.pdf")
QA = Path(__file__).with_name("qa_holdout_shuini.yaml")
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
HANDBOOK = "鹤岭水泥员工安全生产手册（2025年版）"
INDENT = "　　"

# Page geometry (mm)
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_L = MARGIN_R = 14.0
GUTTER = 8.0
COL_W = (PAGE_W - MARGIN_L - MARGIN_R - GUTTER) / 2
TOP = 21.0
BOTTOM = PAGE_H - 18.0
BODY_PT, BODY_LH = 9.0, 4.8
NOTICE_PAGES = 1

NOTICE: list[tuple[str, str]] = [
    ("red", "池州鹤岭水泥有限公司文件"),
    ("docno", "鹤岭司安〔2025〕14号"),
    ("title", "关于印发《鹤岭水泥员工安全生产手册（2025年版）》的通知"),
    ("left", "各分厂、车间，各部室，余热发电站，驻厂各协力单位："),
    (
        "p",
        "为进一步落实全员安全生产责任制，防范预热器热生料喷出烫伤、煤粉制备系统燃爆、筒仓清库掩埋、皮带"
        "输送机卷入、氨水泄漏中毒等事故，公司安全环保部在2021年版《员工安全手册》的基础上，结合近三年"
        "事故教训和隐患排查情况，组织编写了《鹤岭水泥员工安全生产手册（2025年版）》。手册已经2025年6月"
        "9日公司安全生产委员会第二次全体会议审议通过，现印发给你们，自2025年7月1日起施行。",
    ),
    (
        "p",
        "手册按口袋本印制，公司员工和驻厂协力单位人员人手一册，上岗时随身携带。各单位要在7月31日前组织"
        "完成手册全员学习和闭卷考试，考试成绩报安全环保部备案；未参加学习考试或考试不合格的人员，不得单"
        "独上岗作业。执行中遇到的问题，请及时反馈安全环保部。",
    ),
    ("left", "附件：鹤岭水泥员工安全生产手册（2025年版）"),
    ("right", "池州鹤岭水泥有限公司"),
    ("right", "2025年6月16日"),
    ("left", "（联系人：安全环保部　詹立军　联系电话：0566-2618473　手机：13805669127）"),
    ("rule", ""),
    ("left", "抄送：公司领导班子成员，工会，各驻厂协力单位负责人。"),
    ("left", "池州鹤岭水泥有限公司综合办公室　　　　　　　　　2025年6月16日印发"),
]

TITLE_LINES = [
    ("big", "鹤岭水泥员工安全生产手册"),
    ("sub", "（2025年版）"),
    ("sub", "池州鹤岭水泥有限公司安全环保部　编印"),
]

TABLE: list[list[str]] = [
    ["岗位", "必须配备", "更换周期"],
    ["窑头看火、篦冷机巡检", "隔热服、防护面罩、隔热手套", "隔热手套每月1副"],
    ["预热器清堵", "铝箔隔热服、隔热面罩、高筒隔热靴", "隔热服每半年1套"],
    ["煤磨巡检", "防静电工作服、防尘口罩", "口罩滤棉每班更换"],
    ["氨水卸车、脱硝巡检", "防化手套、护目镜、全面罩防毒面具", "滤毒罐开封后每3个月更换"],
    ["包装、装车", "防尘口罩、耳塞、护目镜", "耳塞每周1副"],
]

BODY: list[tuple[str, object]] = [
    ("sec", "第一部分　总则与安全责任"),
    ("h", "一、适用范围"),
    (
        "p",
        "本手册依据《中华人民共和国安全生产法》《工贸企业有限空间作业安全规定》等法律法规和标准，结合公司"
        "两条4500t/d熟料水泥生产线、一座9MW纯低温余热电站和鹤岭石灰石矿破碎站的实际编写，适用于公司全体"
        "员工、劳务派遣人员、实习人员和驻厂协力单位人员。外来参观、送货、提货人员的入厂安全告知由接待部门"
        "和门卫负责。",
    ),
    ("h", "二、安全责任"),
    (
        "p",
        "（一）总经理是公司安全生产第一责任人，每月主持召开一次安全生产委员会会议，研究解决重大安全问题，"
        "保证安全投入。",
    ),
    (
        "p",
        "（二）生产副总经理协助总经理分管生产系统安全，负责一级动火、进窑、清库等高风险作业的审批和"
        "重大隐患整改的组织实施。",
    ),
    (
        "p",
        "（三）安全环保部是公司安全生产综合监督管理部门，配备专职安全管理人员7名，实行24小时值班，负责"
        "作业票会签、现场监督检查、违章处罚和事故统计上报。",
    ),
    (
        "p",
        "（四）各分厂（车间）主任是本单位安全第一责任人。班组长负责本班组的班前安全讲话、岗位交接和现场"
        "隐患排查，班前会时间不少于10分钟，讲清当班危险作业和防范措施。",
    ),
    (
        "p",
        "（五）中控室值班长对全线设备的开停机和联锁状态负责。任何岗位检修设备，必须先通知中控室，由中控"
        "操作员在DCS上将该设备置于“检修”状态并做好记录；未经现场挂牌人本人同意，中控室不得启动该设备。",
    ),
    (
        "p",
        "（六）驻厂协力单位必须与公司签订安全生产管理协议，配备专职安全员；驻厂人员在50人以上的，专职"
        "安全员不少于2名。",
    ),
    ("h", "三、员工的权利和义务"),
    (
        "p",
        "（一）员工有权了解作业场所的危险因素和防范措施，有权拒绝违章指挥和强令冒险作业，公司不得因此"
        "降低其工资、福利或者解除劳动合同。员工发现直接危及人身安全的紧急情况时，有权停止作业或者在采取"
        "可能的应急措施后撤离作业场所。",
    ),
    (
        "p",
        "（二）员工必须遵守本手册和岗位安全操作规程，正确佩戴劳动防护用品，发现事故隐患立即报告班组长"
        "或拨打中控室内线电话6110。",
    ),
    ("h", "四、交接班与巡检"),
    (
        "p",
        "（一）生产岗位实行四班三运转。交接班时，交接双方必须共同巡视重点设备，交接内容包括设备运行状况、"
        "检修挂牌、安全隐患和当班未完成的作业票，双方在交接班记录上签字确认。",
    ),
    (
        "p",
        "（二）夜间巡检必须携带防爆手电和对讲机。到预热器塔架、煤磨、库顶等偏僻部位单人巡检时，至少每"
        "30分钟与中控室联系一次，中控室呼叫不应答的，立即派人查看。",
    ),
    (
        "p",
        "（三）严禁酒后上岗、班中睡岗和擅自离岗。班组长发现员工饮酒或者精神状态异常的，不得安排其从事"
        "高处、有限空间、清堵和车辆驾驶等作业。",
    ),
    ("h", "五、相关方与外来人员"),
    (
        "p",
        "（一）协力单位进厂作业前，由业务主管部门进行安全技术交底，交底内容包括作业区域的危险因素、应急"
        "撤离路线和联系电话，交底记录双方签字。",
    ),
    (
        "p",
        "（二）协力单位不得将承揽的作业再分包。协力单位从事清堵、清库、进窑、一级动火等高风险作业的，"
        "业务主管部门必须派人全程旁站监督。",
    ),
    (
        "p",
        "（三）外来参观人员由公司人员全程陪同，进入生产区域前领取安全帽，不得进入预热器塔架、煤磨和"
        "氨水罐区。",
    ),
    (
        "p",
        "（四）提货车辆驾驶员首次进厂，须在门卫室观看入厂安全须知视频，签字确认后方可办理提货手续。",
    ),
    ("sec", "第二部分　教育培训与劳动防护"),
    ("h", "一、三级安全教育"),
    (
        "p",
        "（一）新入厂员工必须接受公司、车间、班组三级安全教育，其中公司级不少于24学时，车间级不少于16"
        "学时，班组级不少于16学时，考试合格后方可在师傅带领下上岗。",
    ),
    (
        "p",
        "（二）新员工实行“师带徒”制度，跟班学习期不少于3个月，期满经车间考核合格后方可独立顶岗。",
    ),
    (
        "p",
        "（三）员工调换工种或者离岗6个月以上重新上岗的，必须重新接受车间级和班组级安全教育。",
    ),
    (
        "p",
        "（四）全体员工每年接受再培训不少于20学时。窑操作员、电工、焊工、叉车和装载机司机等特种作业人员"
        "必须持有效证件上岗，证件到期前30日内由人力资源部统一组织复审。",
    ),
    (
        "p",
        "（五）协力单位人员入厂前由安全环保部进行入厂安全培训，培训不少于8学时，闭卷考试80分及以上为"
        "合格，发给“入厂作业证”，有效期1年。",
    ),
    ("h", "二、劳动防护用品"),
    (
        "p",
        "1. 进入生产区域必须戴安全帽、穿工作服和劳保鞋，女工长发必须盘入帽内。严禁穿短裤、拖鞋、高跟鞋"
        "进入生产区域。",
    ),
    (
        "p",
        "2. 在粉尘岗位作业必须佩戴KN95及以上等级的防尘口罩；在噪声超过85分贝的磨机房、空压机房、罗茨风机"
        "房作业，必须佩戴耳塞或者耳罩。",
    ),
    ("p", "3. 高温岗位和危化品岗位的防护用品按下表配备："),
    ("table", TABLE),
    (
        "p",
        "4. 劳动防护用品损坏的，凭旧品到仓库以旧换新；故意损坏或者丢失的，照价赔偿。",
    ),
    ("h", "三、职业健康"),
    (
        "p",
        "接触粉尘、噪声、高温的员工，上岗前、在岗期间和离岗时均应进行职业健康检查，在岗期间每年检查一次，"
        "费用由公司承担。检查发现职业禁忌证的，人力资源部应在30日内为其调换岗位。",
    ),
    ("h", "四、安全活动"),
    (
        "p",
        "每周一为班组安全活动日，活动时间不少于1小时，内容包括学习事故案例、讲评上周违章、演练岗位应急"
        "处置。每年6月为安全生产月，各车间结合本单位实际开展隐患排查、知识竞赛和应急演练。",
    ),
    ("sec", "第三部分　通用作业安全"),
    ("h", "一、危险作业许可"),
    (
        "p",
        "（一）动火、进入有限空间、高处作业、临时用电、吊装、预热器清堵、进窑、清库等危险作业，必须办理"
        "作业票。作业票一事一票，不得涂改、代签。",
    ),
    (
        "p",
        "（二）动火作业分为一级和二级。在煤磨及煤粉仓、煤粉输送管道、原煤堆棚、氨水罐区周边15米范围内"
        "以及余热电站汽轮机油系统上的动火为一级动火，由生产副总经理审批，作业票有效期不超过8小时；其余"
        "为二级动火，由安全环保部审批，作业票有效期不超过24小时。",
    ),
    (
        "p",
        "（三）动火前必须清除动火点周围的可燃物；在煤粉系统动火前还必须检测CO浓度，CO浓度低于50ppm且"
        "系统内无积存煤粉方可动火。动火现场配备不少于2具8公斤干粉灭火器，设专人监火，动火结束后监火人"
        "留守现场不少于30分钟。",
    ),
    (
        "p",
        "（四）作业票由作业负责人随身携带，作业完毕交回签发部门，保存1年备查。",
    ),
    ("h", "二、停机挂牌"),
    (
        "p",
        "（一）设备检修实行“停机、断电、上锁、挂牌、确认”五步法。检修人员必须到配电室断开设备电源，由电工"
        "拉出抽屉柜并挂“有人工作　禁止合闸”牌，检修人员本人持钥匙上锁。",
    ),
    (
        "p",
        "（二）现场机旁按钮盒转换开关必须打到“检修”位，并试启动，确认设备不能启动。",
    ),
    (
        "p",
        "（三）多人、多工种在同一设备上检修时，每人各挂一把锁，实行“谁挂牌谁摘牌”，严禁他人代摘。挂牌人"
        "离厂前必须摘牌或者办理交接，交接情况记入交接班记录。",
    ),
    (
        "p",
        "（四）检修完毕送电试车前，检修负责人必须清点人员和工具，确认设备内外无人后，方可通知中控室试车。",
    ),
    ("h", "三、高处作业"),
    (
        "p",
        "（一）在距坠落基准面2米及以上有可能坠落的高处作业，必须系挂安全带，安全带应高挂低用。",
    ),
    (
        "p",
        "（二）遇6级及以上大风以及雷雨、大雾天气，停止预热器塔架、库顶、堆棚顶等露天高处作业。",
    ),
    (
        "p",
        "（三）预热器塔架、库顶平台的栏杆和格栅板每月由设备部检查一次，发现腐蚀、松动的，立即设置警示，"
        "并在3日内修复。",
    ),
    ("h", "四、有限空间作业"),
    (
        "p",
        "（一）公司的有限空间包括生料均化库、熟料库、水泥库、粉煤灰库、煤粉仓、磨机内部、收尘器、预热器"
        "旋风筒、回转窑筒体、篦冷机、增湿塔、余热锅炉、氨水储罐、污水池和化粪池等。安全环保部建立有限空间"
        "台账，并在入口设置警示标志。",
    ),
    (
        "p",
        "（二）进入有限空间必须坚持“先通风、再检测、后作业”，氧含量应在19.5%～23.5%之间，CO浓度不超过"
        "24ppm。检测时间不得早于作业开始前30分钟；作业中断超过30分钟再次进入的，必须重新检测。",
    ),
    (
        "p",
        "（三）有限空间作业必须设专职监护人，监护人不得离开作业现场，不得兼做其他工作。",
    ),
    (
        "p",
        "（四）有限空间内照明必须使用安全电压，干燥场所不超过24V，潮湿场所和金属容器内不超过12V。",
    ),
    (
        "note",
        "注意：发生有限空间中毒、窒息、掩埋事故时，严禁盲目施救！监护人应立即呼叫中控室6110，救援人员"
        "必须佩戴正压式空气呼吸器和全身式安全带方可进入。",
    ),
    ("h", "五、厂内交通"),
    (
        "p",
        "（一）厂区主干道机动车限速15公里/小时，进入车间、装车区、磅房等区域限速5公里/小时。",
    ),
    (
        "p",
        "（二）外来提货车辆司机进厂必须佩戴安全帽，除指定位置外不得下车随意走动。",
    ),
    (
        "p",
        "（三）行人必须走人行通道，严禁在装载机、叉车作业半径内穿行。",
    ),
    ("h", "六、临时用电"),
    (
        "p",
        "（一）临时用电必须办理临时用电作业票，由持证电工接线，使用期限一般不超过15天，确需延期的，重新"
        "办理作业票。",
    ),
    (
        "p",
        "（二）临时线路必须使用橡套软电缆，严禁使用花线和破损电缆。架空敷设时室内不低于2.5米，室外不低于"
        "4.5米，跨越道路时不低于6米。",
    ),
    (
        "p",
        "（三）临时用电设备实行“一机一闸一漏保”，漏电保护器动作电流不大于30mA，动作时间不大于0.1秒。",
    ),
    (
        "p",
        "（四）在磨机、筒仓、旋风筒等金属容器内使用的手持电动工具必须为Ⅲ类工具，或者由设在容器外的隔离"
        "变压器供电。",
    ),
    ("h", "七、起重吊装"),
    (
        "p",
        "（一）起重机械司机和司索信号工必须持证上岗，吊装作业严格执行“十不吊”。",
    ),
    (
        "p",
        "（二）吊物重量达到起重机额定起重量90%以上的，吊物重量超过10吨的，以及两台起重机抬吊的，必须编制"
        "吊装方案，由设备部审核后实施。",
    ),
    (
        "p",
        "（三）吊装作业区设警戒线，吊臂和吊物下方严禁站人、通行。更换回转窑轮带、大齿圈、磨辊等大件吊装，"
        "由设备部部长现场指挥。",
    ),
    (
        "p",
        "（四）电动葫芦、桥式起重机每日使用前检查制动器和限位器，钢丝绳断丝、磨损超过报废标准的，立即更换。",
    ),
    ("h", "八、消防安全"),
    (
        "p",
        "（一）公司实行防火责任区管理，车间主任是本责任区的消防安全责任人。员工应当懂本岗位火灾危险性、"
        "懂预防措施、懂扑救方法、懂逃生方法，会报警、会使用灭火器材、会扑救初起火灾、会组织疏散逃生。",
    ),
    (
        "p",
        "（二）灭火器每月检查一次，检查情况记入灭火器检查卡；室内外消火栓每季度试水一次。",
    ),
    (
        "p",
        "（三）中控室、电气室、余热电站控制室等重点部位严禁存放易燃物品；电缆沟、电缆桥架每季度清理积尘"
        "一次。",
    ),
    (
        "p",
        "（四）厂区消防车通道保持畅通，严禁停车、堆料占用。",
    ),
    ("sec", "第四部分　主要岗位安全操作要点"),
    ("h", "一、石灰石破碎"),
    (
        "p",
        "（一）破碎机开机前必须确认机腔内无人、无杂物，鸣铃警示后方可启动。",
    ),
    (
        "p",
        "（二）运行中严禁用手或撬棍拨动卡在进料口的大块石料。大块卡堵时必须停机、断电挂牌，使用液压破碎锤"
        "处理，严禁站在板喂机上或者进料口内作业。",
    ),
    (
        "p",
        "（三）卸料平台设钢筋混凝土车挡，车挡高度不低于自卸车车轮直径的二分之一。自卸车倒车卸料由专人"
        "指挥，同一卸料口一次只允许1辆车卸料。",
    ),
    (
        "p",
        "（四）破碎机检修需要进入机腔时，必须办理有限空间作业票；更换锤头、衬板等起吊作业设专人指挥。",
    ),
    ("h", "二、皮带输送机"),
    (
        "p",
        "（一）皮带机启动前，中控必须启动沿线预警电铃，预警时间不少于30秒，确认无人后方可启动。",
    ),
    (
        "p",
        "（二）严禁跨越、钻越运行中的皮带，必须从过桥通过。长度超过50米的皮带机，每隔50米设一座跨越过桥。",
    ),
    (
        "p",
        "（三）严禁在皮带运行中清理滚筒、托辊粘料，严禁用手或铁锹拨弄运行中的皮带和托辊。",
    ),
    (
        "p",
        "（四）沿线拉绳开关、跑偏开关每周试验一次，试验情况记入点检记录。",
    ),
    (
        "p",
        "（五）清理尾轮、改向滚筒积料，必须停机、断电挂牌后进行。",
    ),
    (
        "p",
        "（六）发现有人被卷入皮带，附近人员应立即拉动拉绳开关停车，严禁倒转皮带拉人，并立即报告中控室。",
    ),
    (
        "note",
        "注意：皮带伤人事故多发生在清料、处理跑偏、更换托辊三个环节。运行中的皮带，哪怕只是“伸手抠一下”，"
        "也必须先拉绳停车！",
    ),
    ("h", "三、生料磨（立磨）"),
    (
        "p",
        "（一）进入立磨检修，必须停磨、断电挂牌，关闭热风阀和循环风阀，打开检修门自然通风，磨内温度降至"
        "40°C以下方可进入。",
    ),
    (
        "p",
        "（二）磨辊翻出、张紧油缸检修时，必须先将蓄能器泄压，压力表显示为零后方可拆卸液压管路。",
    ),
    (
        "p",
        "（三）磨内有人作业时磨盘严禁转动。需要盘磨时，由检修负责人统一指挥，所有人员撤出磨外。",
    ),
    ("h", "四、预热器旋风筒清堵"),
    (
        "p",
        "（一）旋风筒发生堵塞时，中控室应立即止料、减煤，窑速降至最低，并保持窑尾负压。清堵前由窑操作员"
        "通知现场，现场负责人确认后方可开始作业。",
    ),
    (
        "p",
        "（二）清堵作业不得少于3人，其中1人专职监护，由车间主任或者工艺主管现场指挥。清堵人员必须穿戴"
        "铝箔隔热服、隔热面罩和高筒隔热靴。",
    ),
    (
        "p",
        "（三）同一列预热器上下层严禁同时清堵。清堵楼层以下各层及塔架0米地面周围10米范围内拉设警戒线，"
        "禁止人员通行和停留。",
    ),
    (
        "p",
        "（四）捅料应自下而上进行，先清理锥部和下料管。人员必须站在捅料孔的侧面或者上风侧，严禁正对孔口。"
        "打开捅料孔前必须先观察负压表，显示正压时严禁打开。",
    ),
    (
        "p",
        "（五）使用高压风管、压缩空气炮清堵时，风管必须固定牢靠，压缩空气压力不超过0.6MPa。",
    ),
    (
        "p",
        "（六）每名清堵人员连续作业时间不超过20分钟，轮换休息；清堵持续超过2小时的，由车间主任重新组织"
        "风险评估。",
    ),
    (
        "p",
        "（七）清堵结束后，必须关严所有捅料孔、观察孔，清点人员，通知中控室后方可逐步投料。",
    ),
    (
        "note",
        "注意：热生料温度可达800～900°C，流动起来像水一样，喷出时可冲出数米远。清堵时一旦听到旋风筒内有"
        "塌料声响，必须立即向上风侧或者楼梯方向撤离，不得回头观望。",
    ),
    (
        "p",
        "（八）热生料烫伤后，应立即脱离现场，用流动清水冲洗烫伤部位不少于15分钟，严禁涂抹牙膏、酱油，并"
        "立即送医务室或者拨打120。",
    ),
    ("h", "五、回转窑、窑头与窑尾"),
    (
        "p",
        "（一）窑头操作平台、看火门前严禁无关人员停留。窑头罩出现正压时，严禁打开看火门和窑门。",
    ),
    (
        "p",
        "（二）中控室通过筒体扫描仪监测窑筒体温度。筒体温度超过350°C时报警；超过420°C且有扩大趋势时，"
        "值班长必须报告生产副总经理，组织止料降温，防止红窑。",
    ),
    (
        "p",
        "（三）窑尾烟室、缩口清理结皮时，执行预热器清堵的有关规定。",
    ),
    (
        "p",
        "（四）进窑检查窑皮、拆砌耐火砖时，必须在停窑后窑内温度降至50°C以下，窑头、窑尾检修门全部打开"
        "通风，主电机和辅助传动电机均断电上锁，方可进入。窑内作业期间严禁转窑。",
    ),
    (
        "p",
        "（五）窑内作业人员不得少于2人，窑门外设专人监护；窑内上方有松动窑皮时，必须先处理后作业。",
    ),
    (
        "p",
        "（六）用辅助传动转窑时，检修负责人必须确认窑内人员全部撤出，并在窑头、窑尾各设1人看守。",
    ),
    (
        "p",
        "（七）窑头燃烧器点火前，系统必须通风吹扫不少于15分钟，防止煤粉、油气积聚爆燃。",
    ),
    ("h", "六、篦冷机"),
    (
        "p",
        "（一）篦冷机出现“堆雪人”或者大块卡堵时，优先使用空气炮处理；需要人工处理时，必须止料并保持窑头罩"
        "负压，人员站在侧面。",
    ),
    (
        "p",
        "（二）进入篦冷机检修，必须在篦床上方温度降至55°C以下、相关风机和篦床传动断电挂牌后方可进入，"
        "作业时不少于2人。",
    ),
    (
        "p",
        "（三）熟料拉链机、熟料破碎机运行中严禁清理卡料。篦冷机巡检每2小时一次，巡检人员不得在观察孔"
        "正面停留。",
    ),
    ("h", "七、煤磨及煤粉制备"),
    (
        "p",
        "（一）煤磨区域为防火防爆重点区域，严禁吸烟和携带火种，严禁穿带钉鞋进入；设备检修使用铜质防爆工具。",
    ),
    (
        "p",
        "（二）煤磨出口气体温度控制在60～70°C之间；达到75°C时中控报警，并采取减少热风、加大喂煤量等降温"
        "措施；达到80°C时立即停磨。",
    ),
    (
        "p",
        "（三）煤粉仓温度超过70°C或者锥部CO浓度持续上升时，必须立即关闭仓顶收尘器进出口阀门，向仓内充入"
        "二氧化碳惰化，严禁打开仓门观察或者用水灭火。",
    ),
    (
        "p",
        "（四）煤磨袋收尘器出口CO浓度达到800ppm时报警，达到1200ppm时联锁停磨并自动启动CO2灭火系统。",
    ),
    (
        "p",
        "（五）计划停磨超过72小时的，停磨前必须将煤粉仓内煤粉烧空。",
    ),
    (
        "p",
        "（六）煤磨系统泄爆阀每月检查一次，泄爆口正对方向10米内不得设置通道、堆放物品。",
    ),
    (
        "p",
        "（七）原煤堆棚每天测温一次，煤堆内部温度超过60°C时，必须翻堆或者挖出自燃部分。",
    ),
    (
        "note",
        "注意：煤粉着火只能闷、不能扬。煤粉仓、收尘器内着火时，用二氧化碳或者氮气惰化窒息；用水枪、灭火器"
        "直接冲击煤粉会扬起粉尘，极易引发二次爆炸。",
    ),
    ("h", "八、余热发电"),
    (
        "p",
        "（一）余热电站运行、检修人员必须经专业培训取得相应资格。电气倒闸操作必须执行操作票，由两人进行，"
        "一人操作、一人监护。",
    ),
    (
        "p",
        "（二）窑尾SP锅炉、窑头AQC锅炉检修时，必须关严烟气进出口阀门并挂牌，打开人孔通风，炉内温度降至"
        "45°C以下方可进入。",
    ),
    (
        "p",
        "（三）锅炉安全阀每年校验一次，压力表每半年校验一次；运行中严禁解列安全阀。",
    ),
    (
        "p",
        "（四）蒸汽管道、阀门泄漏时，严禁带压紧固，必须隔离泄压后处理。",
    ),
    ("h", "九、氨水脱硝罐区"),
    (
        "p",
        "（一）公司SNCR脱硝系统使用浓度20%的氨水，罐区设2台60立方米储罐。罐区为公司重点防火防毒部位，"
        "非工作人员不得入内。",
    ),
    (
        "p",
        "（二）储罐液位不得超过容积的85%。夏季罐体温度超过35°C时，必须开启喷淋降温。",
    ),
    (
        "p",
        "（三）氨水卸车时，槽车进入罐区必须熄火，拉紧手刹、放置轮挡，连接静电接地线；卸车必须由公司操作员"
        "和槽车押运员两人共同在场，全过程不得离人；雷雨天气禁止卸车。",
    ),
    (
        "p",
        "（四）罐区氨气检测报警仪一级报警值为15ppm，二级报警值为30ppm。二级报警时，操作人员应佩戴防毒面具"
        "关闭相关阀门，并开启喷淋稀释。",
    ),
    (
        "p",
        "（五）罐区紧急洗眼器、淋浴器每周放水检查一次，冬季采取防冻措施。眼睛溅入氨水，立即用洗眼器冲洗"
        "不少于20分钟。",
    ),
    (
        "p",
        "（六）发生氨水大量泄漏时，现场人员应立即向上风向撤离，由中控室通知罐区下风向300米范围内人员疏散。",
    ),
    ("h", "十、库顶、库底清库"),
    (
        "p",
        "（一）各类筒仓清库必须优先采用机械清库设备；确需人员进入库内的，必须由具备资质的专业清库队伍实施，"
        "办理清库作业票，由生产副总经理审批并报总经理备案。",
    ),
    (
        "p",
        "（二）清库前必须停止向库内进料，关闭并锁定库底所有卸料阀门和充气阀门，断开库底卸料设备电源并挂牌。"
        "库顶、库底各设1名监护人，两处监护人用对讲机保持联系。",
    ),
    (
        "p",
        "（三）清库必须自上而下分层进行，每层清理高度不超过1.5米，严禁从库底掏挖形成空洞或者悬空料层。",
    ),
    (
        "p",
        "（四）库内作业人员必须系全身式安全带，安全绳固定在库顶专用吊点上，由库顶绞车专人控制，安全绳始终"
        "处于绷紧状态。库内同时作业人员不超过3人。",
    ),
    (
        "p",
        "（五）库壁结料厚度超过0.5米或者有悬空料时，人员不得在其下方作业，应使用长杆或者高压风从库顶处理。",
    ),
    (
        "p",
        "（六）库顶人孔打开后必须设置围栏，夜间设红灯示警。",
    ),
    (
        "note",
        "注意：严禁人员站在库内物料上向下卸料或者边卸边清。物料一旦塌陷，人会像陷进流沙一样在几秒钟内"
        "被掩埋。",
    ),
    ("h", "十一、包装车间与装车"),
    (
        "p",
        "（一）包装机运行中严禁用手清理插袋嘴和叶轮卡袋，需要清理时必须停机。",
    ),
    (
        "p",
        "（二）袋装装车机伸缩头下方严禁站人。车厢内码包人员不得超过2人，码垛高度不得超过车厢栏板以上1.2米。",
    ),
    (
        "p",
        "（三）提货车辆在装车道内必须熄火，司机下车后到指定等候区等候，严禁坐在驾驶室内，装车期间不得进入"
        "车厢。",
    ),
    (
        "p",
        "（四）散装水泥装车由装车工用遥控器控制散装头升降；司机登上罐车顶部开关罐口时，必须使用装车平台的"
        "防坠器。",
    ),
    (
        "p",
        "（五）包装车间洒落的水泥每班清扫，严禁用压缩空气吹扫；袋装水泥成品库码垛高度不超过20包。",
    ),
    ("h", "十二、叉车与装载机"),
    (
        "p",
        "（一）叉车、装载机司机必须持有特种设备作业人员证，无证人员严禁驾驶，严禁将车辆钥匙交给他人。",
    ),
    (
        "p",
        "（二）每班作业前进行点检，刹车、转向、喇叭、灯光和倒车报警器任何一项失灵，不得出车。",
    ),
    (
        "p",
        "（三）叉车严禁载人，严禁用货叉举升人员登高作业；装载机铲斗内严禁站人，严禁用铲斗托举人员。",
    ),
    (
        "p",
        "（四）装载机在联合储库、原煤堆棚作业时，作业半径内不得有行人；倒车时必须鸣笛，并有专人指挥。",
    ),
    (
        "p",
        "（五）车辆停放时货叉、铲斗必须落地，拉紧手刹并拔下钥匙。叉运货物遮挡视线时，必须倒车行驶。",
    ),
    ("h", "十三、高温作业与防暑降温"),
    (
        "p",
        "（一）每年6月1日至9月30日为防暑降温期。防暑降温期内，公司在窑头、窑尾、余热电站等高温岗位供应"
        "含盐清凉饮料，并按每人每月300元的标准发放高温津贴。",
    ),
    (
        "p",
        "（二）日最高气温达到40°C以上的，停止当日室外露天作业；37°C以上、40°C以下的，室外露天作业累计"
        "不得超过6小时，12时至15时不得安排室外露天作业。",
    ),
    (
        "p",
        "（三）进入高温设备内部作业实行轮换，每次连续作业不超过30分钟。",
    ),
    (
        "p",
        "（四）出现头晕、恶心等中暑先兆时，应立即到阴凉通风处休息，饮用含盐饮料；重症中暑立即拨打120并"
        "报告中控室。",
    ),
    ("h", "十四、化验室与取样"),
    (
        "p",
        "（一）在预热器、出磨斜槽等部位取样时，人员站在取样孔侧面，打开取样孔前先确认负压；热料取样使用"
        "长柄取样勺，戴隔热手套。",
    ),
    (
        "p",
        "（二）化验室使用的盐酸、硝酸、氢氧化钠等危险化学品存放在专用药品柜内，实行双人双锁管理，领用"
        "须登记，用剩的退回药品柜。",
    ),
    (
        "p",
        "（三）高温炉取放样品必须使用坩埚钳，戴隔热手套；高温炉运行期间操作人员不得离开化验室。",
    ),
    ("sec", "第五部分　隐患排查与应急处置"),
    ("h", "一、隐患排查"),
    (
        "p",
        "（一）班组每班巡检，车间每周检查一次，公司每月组织一次综合检查，节假日前、停产检修后复产前进行"
        "专项检查。",
    ),
    (
        "p",
        "（二）一般隐患由车间在7日内整改；重大隐患由安全环保部挂牌督办，落实定责任人、定措施、定资金、"
        "定时限、定预案。",
    ),
    ("p", "（三）隐患整改完毕，由原检查人员复查销号。"),
    ("h", "二、应急电话"),
    ("p", "1. 中控室（24小时）：内线6110，外线0566-2618110。"),
    ("p", "2. 安全环保部值班：内线6120，值班手机13905661188。"),
    ("p", "3. 医务室：内线6130。"),
    ("p", "4. 火警119，急救120。拨打时讲清地点、事故类型、受伤人数，并派人到路口引导。"),
    ("h", "三、事故报告"),
    (
        "p",
        "（一）发生事故后，现场人员必须立即报告班组长和中控室；车间在15分钟内报告安全环保部；发生人员重伤"
        "及以上事故的，公司在1小时内报告池州市贵池区应急管理局。",
    ),
    (
        "p",
        "（二）任何人不得迟报、漏报、谎报或者瞒报事故，不得破坏事故现场。",
    ),
    (
        "p",
        "（三）未遂事件发生后24小时内，当事人或者班组长填写《未遂事件报告单》交安全环保部。",
    ),
    ("h", "四、应急演练"),
    (
        "p",
        "各车间每半年至少组织一次现场处置方案演练，公司每年组织一次综合应急演练。演练项目包括热生料烫伤、"
        "煤粉仓着火、有限空间救援、氨水泄漏等。",
    ),
    ("h", "五、典型事故现场处置"),
    (
        "p",
        "（一）煤粉仓着火：中控室立即停止向仓内送粉，关闭仓顶收尘器进出口阀门，启动CO2灭火系统；现场人员"
        "撤离到仓体20米以外，待仓温持续下降后再由车间组织处理。",
    ),
    (
        "p",
        "（二）氨水泄漏：只有佩戴防毒面具和防化手套的人员方可进入泄漏区关阀；泄漏的氨水用大量清水稀释后"
        "引入事故池，严禁直接排入雨水管网。",
    ),
    (
        "p",
        "（三）清库人员被掩埋：库顶监护人立即通过安全绳向上提拉，同时通知库底停止一切操作；严禁从库底打开"
        "卸料阀放料救人。",
    ),
    (
        "p",
        "（四）触电：立即切断电源；不能切断电源时，用干燥木棍等绝缘物挑开电线，严禁徒手拉拽触电者。触电者"
        "呼吸心跳停止的，立即进行心肺复苏，直至医务人员到达。",
    ),
    (
        "p",
        "（五）高处坠落、机械伤害：不得随意搬动伤员，怀疑脊柱骨折的，用硬质担架平抬；肢体被设备夹住的，"
        "先停机断电，再拆卸设备部件施救，严禁反转设备。",
    ),
    ("sec", "第六部分　奖励与处罚"),
    ("h", "一、奖励"),
    (
        "p",
        "（一）及时发现并报告重大事故隐患、避免事故发生的，视情况奖励500元至3000元。",
    ),
    (
        "p",
        "（二）主动报告未遂事件的，免予处罚；经核实有价值的，奖励200元。",
    ),
    (
        "p",
        "（三）全年无违章、无事故的班组，年终评为“安全班组”，班组成员每人奖励800元。",
    ),
    (
        "p",
        "（四）合理化安全建议被采纳的，每条奖励100元至1000元。",
    ),
    ("h", "二、处罚"),
    (
        "p",
        "1. 未戴安全帽、未按规定穿戴劳动防护用品的，每次罚款100元。",
    ),
    (
        "p",
        "2. 跨越、钻越运行中的皮带的，每次罚款500元。",
    ),
    (
        "p",
        "3. 未办理作业票进行动火、有限空间、清堵、清库作业的，对作业负责人罚款2000元，对批准或者默许的"
        "管理人员罚款1000元。",
    ),
    (
        "p",
        "4. 在煤磨、煤粉仓、氨水罐区等禁烟区域吸烟的，罚款1000元，并待岗培训1个月；再次违反的，解除劳动合同。",
    ),
    (
        "p",
        "5. 擅自摘除他人挂牌或者擅自合闸送电的，罚款2000元；造成后果的，解除劳动合同，构成犯罪的移交司法"
        "机关。",
    ),
    ("p", "6. 无证驾驶叉车、装载机的，罚款1000元。"),
    (
        "p",
        "7. 协力单位人员违章的，按本条标准的2倍对协力单位进行考核，从结算款中扣除。",
    ),
    (
        "p",
        "8. 班组长对本班组人员违章负管理责任，按当事人罚款额的30%进行连带考核。",
    ),
    ("h", "三、申诉"),
    (
        "p",
        "员工对处罚有异议的，可在收到处罚通知之日起7日内向安全环保部书面申诉，安全环保部在10个工作日内答复。",
    ),
    ("sec", "附　　则"),
    (
        "p",
        "本手册由公司安全环保部负责解释，自2025年7月1日起施行，2021年版《员工安全手册》同时废止。本手册"
        "未规定的事项，执行国家、行业标准和公司其他安全管理制度。",
    ),
]

NO_LINE_START = set("，。、；：！？）》」』”’%°～…")
NO_LINE_END = set("（《「『“‘")


class Handbook(FPDF):
    def header(self) -> None:
        if self.page_no() <= NOTICE_PAGES:
            return
        self.set_font("wqy", size=8)
        self.set_text_color(90, 90, 90)
        self.set_xy(MARGIN_L, 9)
        self.cell(PAGE_W - MARGIN_L - MARGIN_R, 5, HANDBOOK, align="C")
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.3)
        self.line(MARGIN_L, 15, PAGE_W - MARGIN_R, 15)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self) -> None:
        if self.page_no() <= NOTICE_PAGES:
            return
        self.set_font("wqy", size=9)
        self.set_xy(MARGIN_L, PAGE_H - 13)
        self.cell(PAGE_W - MARGIN_L - MARGIN_R, 5, f"- {self.page_no() - NOTICE_PAGES} -", align="C")


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Break text into lines no wider than width (current font), keeping simple CJK line-break rules."""
    lines: list[str] = []
    cur = ""
    for ch in text:
        if cur and pdf.get_string_width(cur + ch) > width:
            carry = ""
            if ch in NO_LINE_START and len(cur) > 1:
                carry, cur = cur[-1], cur[:-1]
            while len(cur) > 1 and cur[-1] in NO_LINE_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = carry
        cur += ch
    if cur:
        lines.append(cur)
    return lines


class Columns:
    """Flows blocks into two columns: left column top to bottom, then the right one, then a new page."""

    def __init__(self, pdf: FPDF, top: float) -> None:
        self.pdf = pdf
        self.col = 0
        self.top = top
        self.y = top

    @property
    def x(self) -> float:
        return MARGIN_L + self.col * (COL_W + GUTTER)

    def left(self) -> float:
        return BOTTOM - self.y

    def next_column(self) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.add_page()
            self.col = 0
            self.top = TOP
        self.y = self.top

    def at_top(self) -> bool:
        return self.y <= self.top + 0.01

    def write_lines(self, lines: list[str], lh: float, align: str = "L") -> None:
        pdf = self.pdf
        while lines:
            room = int((self.left() + 0.01) // lh)
            if room <= 0:
                self.next_column()
                continue
            chunk, lines = lines[:room], lines[room:]
            pdf.set_xy(self.x, self.y)
            pdf.multi_cell(COL_W, lh, "\n".join(chunk), align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.y += lh * len(chunk)

    def section(self, text: str) -> None:
        pdf = self.pdf
        pdf.set_font("wqy", size=11.5)
        need = 3 + 8 + 3 * BODY_LH
        if self.left() < need:
            self.next_column()
        if not self.at_top():
            self.y += 3
        pdf.set_xy(self.x, self.y)
        pdf.multi_cell(COL_W, 8, text, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.y += 8 + 1

    def heading(self, text: str) -> None:
        pdf = self.pdf
        pdf.set_font("wqy", size=10)
        if self.left() < 1.5 + 5.5 + 2 * BODY_LH:
            self.next_column()
        if not self.at_top():
            self.y += 1.5
        self.write_lines(wrap(pdf, text, COL_W - 2 * pdf.c_margin - 0.3), 5.5)

    def paragraph(self, text: str) -> None:
        pdf = self.pdf
        pdf.set_font("wqy", size=BODY_PT)
        self.write_lines(wrap(pdf, INDENT + text, COL_W - 2 * pdf.c_margin - 0.3), BODY_LH)

    def note(self, text: str) -> None:
        pdf = self.pdf
        pdf.set_font("wqy", size=BODY_PT)
        pad = 2.0
        lines = wrap(pdf, text, COL_W - 2 * pad - 2 * pdf.c_margin - 0.3)
        height = len(lines) * BODY_LH + 2 * pad
        if self.left() < height + 3:
            self.next_column()
        if not self.at_top():
            self.y += 1.5
        pdf.set_fill_color(238, 238, 238)
        pdf.set_line_width(0.4)
        pdf.rect(self.x, self.y, COL_W, height, style="DF")
        pdf.set_xy(self.x + pad, self.y + pad)
        pdf.multi_cell(COL_W - 2 * pad, BODY_LH, "\n".join(lines), new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.y += height + 1.5

    def table(self, rows: list[list[str]]) -> None:
        pdf = self.pdf
        pdf.set_font("wqy", size=8)
        widths = [COL_W * 0.3, COL_W * 0.4, COL_W * 0.3]
        lh = 4.0
        cells = [
            [wrap(pdf, c, w - 2 * pdf.c_margin - 0.3) for c, w in zip(r, widths, strict=True)] for r in rows
        ]
        heights = [max(len(c) for c in r) * lh + 1.6 for r in cells]
        if self.left() < sum(heights) + 3:
            self.next_column()
        self.y += 1
        pdf.set_line_width(0.25)
        for i, (row, h) in enumerate(zip(cells, heights, strict=True)):
            x = self.x
            for lines, w in zip(row, widths, strict=True):
                if i == 0:
                    pdf.set_fill_color(225, 225, 225)
                    pdf.rect(x, self.y, w, h, style="DF")
                else:
                    pdf.rect(x, self.y, w, h)
                pdf.set_xy(x, self.y + 0.8)
                pdf.multi_cell(w, lh, "\n".join(lines), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
                x += w
            self.y += h
        self.y += 2


def notice_page(pdf: FPDF) -> None:
    pdf.add_page()
    width = PAGE_W - 2 * 25
    x0 = 25.0
    y = 30.0
    for kind, text in NOTICE:
        if kind == "red":
            pdf.set_font("wqy", size=24)
            pdf.set_text_color(200, 16, 16)
            pdf.set_xy(x0, y)
            pdf.cell(width, 14, text, align="C")
            pdf.set_text_color(0, 0, 0)
            y += 22
        elif kind == "docno":
            pdf.set_font("wqy", size=12)
            pdf.set_xy(x0, y)
            pdf.cell(width, 7, text, align="C")
            y += 9
            pdf.set_draw_color(200, 16, 16)
            pdf.set_line_width(0.8)
            pdf.line(x0, y, x0 + width, y)
            pdf.set_draw_color(0, 0, 0)
            y += 8
        elif kind == "title":
            pdf.set_font("wqy", size=15)
            lines = wrap(pdf, text, width - 30)
            pdf.set_xy(x0, y)
            pdf.multi_cell(width, 8, "\n".join(lines), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            y += 8 * len(lines) + 6
        elif kind == "rule":
            y += 4
            pdf.set_line_width(0.3)
            pdf.line(x0, y, x0 + width, y)
            y += 2
        else:
            pdf.set_font("wqy", size=11)
            src = INDENT + text if kind == "p" else text
            lines = wrap(pdf, src, width - 2 * pdf.c_margin - 0.3)
            if kind == "right":
                y += 2 if text[0].isdigit() else 10
                pdf.set_xy(x0, y)
                pdf.cell(width - 12, 6.5, text, align="R")
                y += 6.5
                continue
            if text.startswith("附件") or text.startswith("（联系人"):
                y += 4
            pdf.set_xy(x0, y)
            pdf.multi_cell(width, 6.5, "\n".join(lines), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            y += 6.5 * len(lines) + 1
    if y > PAGE_H - 15:
        raise RuntimeError(f"covering notice overflows its page ({y:.1f} mm)")


def handbook_pages(pdf: FPDF) -> None:
    pdf.add_page()
    y = TOP + 2
    for kind, text in TITLE_LINES:
        pdf.set_font("wqy", size=18 if kind == "big" else 10)
        h = 10 if kind == "big" else 6
        pdf.set_xy(MARGIN_L, y)
        pdf.cell(PAGE_W - MARGIN_L - MARGIN_R, h, text, align="C")
        y += h + 1
    y += 2
    pdf.set_line_width(0.5)
    pdf.line(MARGIN_L, y, PAGE_W - MARGIN_R, y)
    flow = Columns(pdf, y + 4)
    for kind, payload in BODY:
        if kind == "sec":
            flow.section(str(payload))
        elif kind == "h":
            flow.heading(str(payload))
        elif kind == "p":
            flow.paragraph(str(payload))
        elif kind == "note":
            flow.note(str(payload))
        elif kind == "table":
            flow.table(payload)  # type: ignore[arg-type]
        else:
            raise ValueError(kind)


def source_strings() -> list[str]:
    out = [text for _, text in NOTICE if text]
    out += [text for _, text in TITLE_LINES]
    for kind, payload in BODY:
        if kind == "table":
            out += [cell for row in payload for cell in row]  # type: ignore[attr-defined]
        else:
            out.append(str(payload))
    return out


def check_musts() -> None:
    texts = source_strings()
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    missing = [
        (q["id"], m)
        for q in data["questions"]
        for m in (q.get("must") or [])
        if not any(m in t for t in texts)
    ]
    if missing:
        raise SystemExit(f"must strings not in the document: {missing}")


def main() -> None:
    pdf = Handbook(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN_L, TOP, MARGIN_R)
    pdf.add_font("wqy", "", str(FONT))
    pdf.set_title(HANDBOOK)
    pdf.set_author("池州鹤岭水泥有限公司安全环保部")
    pdf.set_subject("员工安全生产手册")
    pdf.set_creator("鹤岭水泥综合办公室")
    pdf.set_creation_date(datetime(2025, 6, 16, 9, 0, 0, tzinfo=UTC))
    notice_page(pdf)
    handbook_pages(pdf)
    pdf.output(str(OUT))
    cjk = sum(1 for t in source_strings() for ch in t if "\u4e00" <= ch <= "\u9fff")
    print(f"wrote {OUT} ({pdf.pages_count} pages, {cjk} CJK characters)")
    check_musts()


if __name__ == "__main__":
    main()
