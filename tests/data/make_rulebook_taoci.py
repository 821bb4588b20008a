"""Generate tests/data/rulebook_taoci.pdf, the document of the sealed blind set qa_holdout_taoci.yaml.

An invented ceramic tile factory's safety rulebook (《江西锦窑陶瓷有限公司安全生产管理制度汇编》: raw-material
yard and loaders, ball mills and slip pits, spray dryers with gas-fired hot-air furnaces, hydraulic tile
presses, roller kilns on natural gas and the gas pressure-regulating station, glazing with lead frits,
polishing lines, silica dust and occupational health, forklifts, packing and loading) laid out the way WPS
exports a company notice to PDF: A4 portrait, a red-headed covering notice page (文件 head, 文号, title, 主送,
body, signature, contact, 抄送/印发 block), then the rulebook with centred 第X章 chapter titles and 第X条
articles indented two full-width spaces, typed （一） items, body text hard-wrapped at the page width and
justified by character spacing (every printed line is its own text line in the PDF, sentences cut
mid-way). One page in LANDSCAPE orientation (a section break in WPS) holds a wide 6-column ruled table
(重点部位安全检查一览表), after which the document returns to portrait. Two articles carry footnote marks
① and ② whose notes sit at the bottom of that page above a short separator rule. From page 2 a running
header with the company name and a rule; every page has a centred footer "第 N 页". Output is
deterministic (fixed metadata and dates). At the end every `must` string of qa_holdout_taoci.yaml is checked
against the source strings (articles, items, table cells, footnotes, notice lines) before wrapping.
Needs fpdf2, PyYAML, the WenQuanYi Micro Hei font and DejaVu Sans (for the ℃ sign only).

    .venv/bin/python tests/data/make_rulebook_taoci.py
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import yaml
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).parent
OUT = HERE / "rulebook_taoci.pdf"
QA = HERE / "qa_holdout_taoci.yaml"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
# WenQuanYi Micro Hei maps ℃ to an empty glyph; like WPS's font substitution, ℃ alone comes from DejaVu Sans.
FALLBACK_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
COMPANY = "江西锦窑陶瓷有限公司"
INDENT = "　　"

# WPS default A4 page: 2.54 cm top/bottom, 3.18 cm left/right.
MARGIN_LR = 31.8
MARGIN_TOP = 25.4
MARGIN_BOTTOM = 25.4
BODY_SIZE = 12
LINE_H = 7.2
FN_SIZE = 9
FN_LINE_H = 4.8

NOTICE: list[tuple[str, str]] = [
    ("red", "江西锦窑陶瓷有限公司文件"),
    ("docno", "锦窑司发〔2025〕14号"),
    ("title", "关于印发《江西锦窑陶瓷有限公司安全生产管理制度汇编》的通知"),
    ("left", "各车间、各部门，驻厂各承包商单位："),
    (
        "p",
        "今年以来，建筑陶瓷行业接连发生窑炉燃气爆燃、球磨机内检修人员被困、压机挤压伤人等事故，教训十分深刻。"
        "为进一步落实企业安全生产主体责任，公司安全生产委员会组织安全环保部、生产技术部和各车间，对2022年版"
        "《安全生产管理制度》和各岗位安全操作规程进行了全面修订与合并，形成《江西锦窑陶瓷有限公司安全生产管理"
        "制度汇编》，已经2025年6月9日公司总经理办公会审议通过，现予印发，自2025年7月1日起施行。",
    ),
    (
        "p",
        "各车间、各部门要在7月31日前组织本单位全体员工完成一次集中学习和闭卷考试，考试成绩纳入个人安全档案；"
        "学习中发现制度条款与现场实际不符的，请以书面形式报安全环保部，公司将在年度修订时统一研究。",
    ),
    ("left", "附件：江西锦窑陶瓷有限公司安全生产管理制度汇编"),
    ("right", "江西锦窑陶瓷有限公司"),
    ("right", "2025年6月16日"),
    ("left", "（联系人：安全环保部　胡晓岚　电话：0795-5276318　手机：13879512046）"),
    ("cc", "抄送：高安市应急管理局，高安市建筑陶瓷产业基地管委会安全监管科，公司工会。"),
    ("issued", "江西锦窑陶瓷有限公司综合办公室　　　　　　　2025年6月16日印发"),
]

FOOTNOTES: list[str] = [
    "①　可燃气体报警器由动力车间每季度自行标定一次，每年委托有资质的计量检定机构检定一次；报警控制主机"
    "设在烧成车间中控室，中控室值班人员接到报警后应立即通知调压站值班人员。",
    "②　本制度所称熄火保护装置，指烧嘴上安装的离子火焰检测器或紫外火焰检测器。熄火保护装置每月由动力车间"
    "进行一次熄火切断试验，试验记录保存不少于1年。",
]

TABLE_TITLE = "附表　重点部位安全检查一览表"
TABLE_HEAD = ["序号", "检查部位", "检查内容", "检查频次", "责任单位", "标准及要求"]
TABLE_ROWS: list[list[str]] = [
    [
        "1",
        "天然气调压站",
        "进出口压力、过滤器压差、安全放散阀、紧急切断阀、可燃气体报警器",
        "每2小时巡检；每月全面检查1次",
        "动力车间",
        "出站压力8kPa至15kPa；过滤器压差超过10kPa时清洗滤芯",
    ],
    [
        "2",
        "辊道窑燃气系统",
        "烧嘴、熄火保护装置、燃气阀组、燃气软管",
        "每班检查",
        "烧成车间",
        "燃气软管每2年更换一次，发现老化龟裂立即更换",
    ],
    [
        "3",
        "喷雾干燥塔及热风炉",
        "热风温度、塔体及防爆门、燃烧器、排风机",
        "每班检查",
        "原料车间",
        "防爆门每半年开启试验一次，不得堆物、焊死",
    ],
    [
        "4",
        "球磨机",
        "筒体螺栓、人孔盖、传动防护罩、制动器",
        "每周检查",
        "原料车间",
        "传动防护罩缺失或松动不得开机",
    ],
    [
        "5",
        "全自动液压压机",
        "双手操作按钮、安全光栅、急停按钮、防护门联锁、液压系统",
        "每班开机前",
        "成型车间",
        "安全光栅每周做一次遮挡停机试验",
    ],
    [
        "6",
        "抛光线及磨边机",
        "防护罩、漏电保护器、急停拉绳",
        "每日检查",
        "抛光车间",
        "漏电保护器每月按试验按钮试跳1次",
    ],
    [
        "7",
        "叉车、装载机",
        "制动、转向、货叉链条、灯光、喇叭、倒车报警器",
        "每班点检",
        "成品仓储部、原料车间",
        "叉车每年由特种设备检验机构定期检验，检验合格标志贴于车身",
    ],
    [
        "8",
        "行车及吊具",
        "上升限位器、钢丝绳、吊钩防脱装置",
        "每日检查",
        "各使用车间",
        "钢丝绳断丝数超标或出现断股的，立即报废更换",
    ],
    [
        "9",
        "空压机及储气罐",
        "安全阀、压力表、排污阀",
        "每日检查",
        "动力车间",
        "储气罐每班排污1次；安全阀每年校验1次，压力表每半年校验1次",
    ],
    [
        "10",
        "消防设施",
        "灭火器、室内外消火栓、应急照明、疏散指示",
        "每月检查",
        "安全环保部",
        "灭火器压力指针在绿区，消防通道宽度不小于4米",
    ],
]

# ("title"|"chapter"|"art"|"item", text), ("keep", n): keep the next n blocks on one page, leaving room
# for the footnotes; ("table", ""): the landscape table page.
BODY: list[tuple[str, object]] = [
    ("title", "江西锦窑陶瓷有限公司安全生产管理制度汇编"),
    ("chapter", "第一章　总　　则"),
    (
        "art",
        "为加强公司安全生产管理，防止和减少生产安全事故和职业病危害，保障职工生命安全和身体健康，依据"
        "《中华人民共和国安全生产法》《中华人民共和国职业病防治法》《城镇燃气管理条例》《工贸企业有限空间"
        "作业安全规定》等法律法规和标准，结合公司建筑陶瓷生产实际，制定本制度汇编。",
    ),
    (
        "art",
        "本制度适用于公司原料车间、成型车间、烧成车间、抛光车间、动力车间、成品仓储部及各职能部门。驻厂"
        "承包商、劳务派遣人员、实习人员和来访人员在厂区内的活动，同样适用本制度。",
    ),
    (
        "art",
        "公司位于高安市建筑陶瓷产业基地锦窑大道18号，现有瓷质抛光砖和仿古砖生产线4条，辊道窑2条（1号窑"
        "长336米，2号窑长298米），喷雾干燥塔3座，球磨机14台，全自动液压压机12台，天然气调压站1座。燃气"
        "系统、喷雾干燥塔、辊道窑、有限空间和粉尘作业场所为公司重点监管部位。",
    ),
    (
        "art",
        "安全生产工作坚持安全第一、预防为主、综合治理的方针，实行“管生产必须管安全、管业务必须管安全”"
        "和“谁主管、谁负责”的原则，建立全员安全生产责任制。",
    ),
    (
        "art",
        "公司安全生产委员会（以下简称安委会）由总经理任主任，分管安全的副总经理任常务副主任，成员由各部门、"
        "各车间负责人组成。安委会每季度召开一次全体会议，研究解决安全生产重大问题；安委会办公室设在安全"
        "环保部。",
    ),
    ("chapter", "第二章　安全生产责任"),
    (
        "art",
        "总经理是公司安全生产第一责任人，对安全生产工作全面负责，组织制定并实施安全生产规章制度和操作规程，"
        "保证安全生产投入。公司每年按规定足额提取安全生产费用，年度安全投入不低于400万元。",
    ),
    (
        "art",
        "分管安全的副总经理协助总经理抓好安全生产工作，每月至少带队开展一次全厂综合安全检查，每季度至少"
        "参加一次车间夜班检查。",
    ),
    (
        "art",
        "安全环保部是公司安全生产综合管理部门，配备专职安全管理人员6名，其中注册安全工程师不少于2名。安全"
        "环保部负责制度修订、教育培训、危险作业审批备案、隐患排查治理、事故调查统计和职业卫生管理，对违章"
        "行为有权当场制止并开具处罚通知单。",
    ),
    (
        "art",
        "各车间主任是本车间安全生产第一责任人。车间设兼职安全员1名，每班至少巡查本车间2次，巡查情况记入"
        "《车间安全巡查记录》。",
    ),
    (
        "art",
        "班组长每班开工前组织召开班前会，时间不少于10分钟，讲清当班任务、危险点和防范措施，检查员工劳动"
        "防护用品佩戴情况；员工未参加班前会的，不得上岗作业。",
    ),
    (
        "art",
        "岗位员工应严格遵守本岗位安全操作规程，正确佩戴劳动防护用品，有权拒绝违章指挥和强令冒险作业；发现"
        "事故隐患或者其他不安全因素，应立即向班组长或车间安全员报告。员工发现直接危及人身安全的紧急情况时，"
        "有权停止作业或者在采取可能的应急措施后撤离作业场所。",
    ),
    (
        "art",
        "驻厂承包商（窑炉维修、设备安装、清塔清池等）进场前须与公司签订安全管理协议，交纳安全保证金5000元；"
        "承包商作业人员须经安全环保部进厂安全培训不少于4学时并考试合格，佩戴公司发放的黄色临时工作证方可"
        "进入生产区域。",
    ),
    (
        "art",
        "公司每月第一周召开一次安全生产例会，由分管安全的副总经理主持，通报上月安全检查、隐患整改和违章处罚"
        "情况，部署当月安全工作；各车间每周召开一次安全会议，会议记录保存备查。",
    ),
    (
        "art",
        "公司每年组织一次全面的安全风险辨识评估，按重大风险、较大风险、一般风险和低风险四个等级，分别用红、橙、"
        "黄、蓝四种颜色标示，在车间入口和重点部位设置安全风险告知牌，注明主要危险因素、管控措施和应急电话。",
    ),
    (
        "art",
        "外来参观、办事人员进入生产区域，须由接待部门人员全程陪同，佩戴安全帽，不得进入调压站、窑炉燃气区域和"
        "有限空间，不得触碰运转中的设备。",
    ),
    ("chapter", "第三章　教育培训与持证上岗"),
    (
        "art",
        "新入厂员工必须经过公司、车间、班组三级安全教育，累计不少于72学时，其中公司级、车间级、班组级各"
        "不少于24学时；三级教育考试合格并由师傅带岗满1个月后，方可独立上岗。",
    ),
    (
        "art",
        "在岗员工每年接受再培训的时间不少于20学时。烧成车间看火工、燃气操作工及调压站值班人员每年另行参加"
        "燃气安全专项培训，不少于8学时。",
    ),
    (
        "art",
        "员工调换工种或者离岗6个月以上重新上岗的，须重新接受车间级和班组级安全教育，时间不少于16学时。采用"
        "新工艺、新技术、新材料或者使用新设备时，由生产技术部组织对有关人员进行专门的安全培训。",
    ),
    (
        "art",
        "电工、焊工、叉车司机、行车司机、压力容器操作人员等特种作业人员和特种设备作业人员，必须取得相应资格"
        "证书，持证上岗；证件复审由安全环保部统一登记提醒。无证人员一经发现立即停止作业，对安排其作业的班组长"
        "罚款800元。",
    ),
    (
        "art",
        "辊道窑点火、停窑及燃气管道送气作业，只能由取得公司《窑炉点火操作合格证》的人员进行。合格证由生产"
        "技术部会同安全环保部考核发放，有效期2年。",
    ),
    ("art", "安全环保部建立员工安全培训档案，一人一档，培训记录保存期限不少于3年。"),
    (
        "art",
        "劳动防护用品由安全环保部按岗位配备标准统一采购，由各车间按月领用发放，不得以货币或者其他物品替代。"
        "窑炉、热风炉岗位每人每年发放阻燃工作服2套；压机、抛光岗位每人每年发放防砸安全鞋1双；粉尘岗位防尘"
        "口罩由班组按需发放。",
    ),
    ("chapter", "第四章　原料堆场与球磨制浆"),
    (
        "art",
        "原料堆场实行分区堆放，料堆高度不得超过6米，严禁在料堆坡脚掏挖取料。装载机作业时，作业半径5米范围内"
        "禁止人员停留和通行。",
    ),
    (
        "art",
        "装载机在堆场内行驶速度不得超过10公里/小时，倒车时必须鸣笛并安排专人指挥；铲斗严禁载人，严禁在举升"
        "的铲斗下方站人或进行检修。装载机司机每班作业前检查制动、转向、灯光和倒车报警器，检查结果记入点检表。",
    ),
    (
        "art",
        "向球磨机加料时，球磨机必须处于停机状态。加料平台边缘应设置高度不低于1.2米的防护栏杆，加料完毕后"
        "立即盖好加料口盖板。",
    ),
    (
        "art",
        "球磨机运转时，严禁任何人进入磨机两侧1.5米警戒线以内，严禁在运转中紧固筒体螺栓或清理筒体附着物。"
        "球磨机停机检修时，必须切断主电源，挂“有人工作，禁止合闸”警示牌并上锁，钥匙由检修负责人随身保管。",
    ),
    (
        "art",
        "进入球磨机筒体内部作业属于有限空间作业，应办理《有限空间作业票》，打开人孔盖自然通风不少于30分钟，"
        "并用气体检测仪检测，氧含量在19.5%至23.5%之间方可进入；作业期间外部设专人监护，监护人不得离开"
        "人孔。筒体内照明必须使用12伏安全电压行灯。",
    ),
    (
        "art",
        "泥浆池、釉浆池周边应设置防护栏杆，池口盖板应完好牢固，搅拌机检修时必须断电挂牌。泥浆池清池作业"
        "必须抽净泥浆、强制通风，作业人员系好安全绳。",
    ),
    (
        "art",
        "柱塞泵出口压力表每半年校验一次；柱塞泵运行压力不得超过2.8MPa，超压时应立即停泵检查，严禁带压"
        "拆卸管路和阀门。",
    ),
    ("chapter", "第五章　喷雾干燥塔与热风炉"),
    (
        "art",
        "喷雾干燥塔热风炉使用天然气为燃料，由原料车间负责运行管理。热风炉出口热风温度控制在550℃至620℃"
        "之间，塔顶排风温度控制在80℃至95℃之间；热风温度超过650℃时，应立即降低燃气供给量并查明原因。",
    ),
    (
        "art",
        "热风炉点火前必须先启动排风机和助燃风机对炉膛进行吹扫，吹扫时间不少于10分钟；点火应遵循“先点火、"
        "后开气”的原则，点火不成功应立即关闭燃气阀门，重新吹扫后方可再次点火。",
    ),
    (
        "art",
        "喷雾干燥塔停塔清理或检修，必须关闭燃气总阀并加装盲板，塔内温度降至40℃以下，经通风和气体检测合格后，"
        "方可办理有限空间作业票进塔。进塔人员必须系安全带，塔壁积料应自上而下清理，严禁在塔下锥部同时进行"
        "其他作业。",
    ),
    (
        "art",
        "塔顶雾化喷枪更换和塔顶平台作业属于高处作业，作业人员必须系挂安全带；遇6级以上大风或雷雨天气，停止"
        "塔顶露天作业。",
    ),
    (
        "art",
        "粉料仓堵料时，应优先使用仓壁振动器或在仓外用长杆处理，严禁人员站在粉料表面踩踏捅料。确需进仓处理的，"
        "必须关闭下料闸门、切断给料机电源并上锁，作业人员系好安全绳，由仓外2人监护。",
    ),
    ("chapter", "第六章　压制成型"),
    (
        "art",
        "压机操作工每班开机前须检查双手操作按钮、安全光栅、急停按钮和防护门联锁是否完好，任一安全装置失效时"
        "不得开机。",
    ),
    (
        "art",
        "严禁短接、屏蔽或者拆除压机双手操作按钮和安全光栅，严禁用重物压住一侧按钮代替双手操作。违反本条规定的，"
        "对当事人罚款2000元，对所在班组长罚款500元；情节严重的，予以辞退。",
    ),
    (
        "art",
        "压机运行中严禁将手或身体任何部位伸入模腔、布料格栅和上下模之间；清理模具表面粉料，必须在压机停止"
        "并锁定滑块后使用专用工具进行。",
    ),
    ("art", "更换模具按下列程序进行："),
    ("item", "（一）更换模具由当班机修工负责，操作人员不少于2人，并指定1人统一指挥；"),
    ("item", "（二）停机后切断主电机电源，将液压系统泄压至零，在活动横梁下方放置安全支撑块；"),
    ("item", "（三）模具吊装使用行车和专用吊具，吊装前检查钢丝绳和吊钩，模具下方严禁站人；"),
    ("item", "（四）模具安装完毕，先以低压点动试压不少于3次，确认无异常后方可恢复正常生产。"),
    (
        "art",
        "压机液压油温度应控制在25℃至55℃之间，油温超过60℃时应停机检查冷却系统。压机泵房和蓄能器区域严禁"
        "烟火，蓄能器充氮压力每季度检测一次。",
    ),
    ("art", "压机出砖端至干燥窑之间的输送线严禁人员跨越，需要通过的，必须走人行过桥。"),
    ("chapter", "第七章　辊道窑与天然气安全"),
    (
        "art",
        "天然气调压站由动力车间负责管理，实行24小时值班，值班人员每2小时巡检一次，检查进出口压力、过滤器"
        "压差、放散管和报警器工况，并填写《调压站运行记录》。调压站进站压力不超过0.4MPa，出站压力控制在"
        "8kPa至15kPa之间。",
    ),
    (
        "art",
        "调压站围墙外10米范围内严禁烟火，严禁堆放易燃物品和停放机动车辆。进入调压站的人员必须交出火种和手机，"
        "穿防静电工作服，进站前触摸人体静电释放器。",
    ),
    ("keep", 8),
    (
        "art",
        "调压站、窑头燃气阀组区域和热风炉燃气阀组区域均设置可燃气体报警器①，报警浓度分两级设定：一级报警为"
        "爆炸下限的20%，二级报警为爆炸下限的40%。二级报警时，紧急切断阀自动关闭，同时启动事故排风机。",
    ),
    ("art", "辊道窑点火前，必须完成下列工作："),
    ("item", "（一）检查燃气管道、阀门、烧嘴和软管连接处，用检漏仪或肥皂水检漏，严禁用明火检漏；"),
    ("item", "（二）启动排烟风机和助燃风机对窑内进行吹扫，吹扫时间不少于15分钟；"),
    ("item", "（三）确认熄火保护装置、燃气压力高低限报警和紧急切断阀试验合格；"),
    (
        "item",
        "（四）点火由持证看火工操作，按照“先点火、后开气”的顺序逐支点燃烧嘴，每次只能点燃1支烧嘴。",
    ),
    (
        "art",
        "单支烧嘴点火不成功时，必须立即关闭该烧嘴燃气阀门，间隔不少于5分钟，待窑内残余燃气排净后方可重新点火，"
        "严禁连续打火。",
    ),
    (
        "art",
        "每支烧嘴均应安装熄火保护装置②，火焰熄灭后3秒内自动切断该烧嘴燃气。严禁擅自拆除、短接熄火保护装置"
        "或者将其置于旁路状态；违者对当事人罚款3000元，并调离燃气相关岗位。",
    ),
    (
        "art",
        "窑炉运行中，看火工每小时巡检一次窑头燃气压力、各温区温度和烧嘴燃烧情况。最高烧成温度按工艺控制在"
        "1180℃至1220℃之间，严禁超温运行。",
    ),
    (
        "art",
        "更换辊棒时，操作人员必须戴隔热手套和防护面罩，穿阻燃工作服；抽出的高温辊棒应放在专用辊棒架上，严禁"
        "随地放置或者用水急冷。处理窑内卡砖、堆砖时，严禁将头部或身体探入窑体检修孔内。",
    ),
    (
        "art",
        "窑炉突然停电时，值班长应立即关闭窑头燃气总阀，并在3分钟内启动备用柴油发电机，优先保证排烟风机和急冷"
        "风机运行，防止燃气积聚和辊棒弯曲断裂。",
    ),
    (
        "art",
        "春节等长假停窑保温期间，烧成车间每班至少安排2人值守，窑头燃气总阀关闭并上锁，钥匙交动力车间值班室；"
        "恢复生产前，按本章规定的点火程序重新吹扫、检漏和点火。",
    ),
    ("art", "燃气管道及阀组需要动火或者检修的，按本制度第十二章规定执行，动火前必须用氮气置换合格。"),
    ("chapter", "第八章　施釉与抛光"),
    (
        "art",
        "釉料库由生产技术部管理。含铅熔块和含铅色料应在专用库房单独存放，实行双人双锁管理，领用时由领料人"
        "和库管员共同称量、登记，当班未用完的余料当日退库。",
    ),
    (
        "art",
        "施釉线、釉料配料岗位严禁饮食和吸烟，工作服不得穿出车间。接触含铅釉料的人员下班前必须洗手、漱口，"
        "更换工作服；工作服由公司统一清洗，严禁带回家中清洗。",
    ),
    (
        "art",
        "喷釉柜排风系统与喷釉泵联锁，排风机未开启时不得喷釉。釉料配料时必须佩戴KN95及以上防尘口罩和防护眼镜。",
    ),
    (
        "art",
        "抛光线刮平机、磨边机、抛光机运行中严禁打开防护罩，更换磨头、磨块和刀轮时必须停机断电并挂牌。",
    ),
    (
        "art",
        "抛光车间作业场所噪声超过85分贝，员工进入车间必须佩戴耳塞，耳塞由班组每周发放；公司每年对抛光车间"
        "噪声进行一次检测。",
    ),
    (
        "art",
        "抛光车间地面潮湿，所有移动电气设备和手持电动工具必须安装动作电流不大于30毫安、动作时间不大于0.1秒"
        "的漏电保护器，员工穿防滑绝缘雨靴。",
    ),
    (
        "art",
        "抛光废水沉淀池周边设置防护栏杆和救生圈。沉淀池清淤属于有限空间作业，须办理作业票；清淤机械故障时，"
        "严禁人员下池处理。",
    ),
    ("chapter", "第九章　职业健康管理"),
    (
        "art",
        "原料、成型、施釉、抛光等岗位存在矽尘（游离二氧化硅含量10%以上的粉尘）危害。安全环保部每季度对粉尘"
        "作业点进行一次自检，每年委托有资质的职业卫生技术服务机构检测一次，检测结果在车间公告栏公示不少于7天。",
    ),
    (
        "art",
        "粉尘作业岗位员工必须佩戴防尘口罩，口罩滤棉每班更换一次；除尘设备应与生产设备同时开启，生产设备停机后"
        "除尘设备延时运行不少于10分钟。",
    ),
    (
        "art",
        "公司组织接触职业病危害因素的员工进行上岗前、在岗期间和离岗时的职业健康检查，费用由公司承担。接触矽尘"
        "员工在岗期间每年体检1次，接触含铅釉料的员工每年检测血铅1次。",
    ),
    (
        "art",
        "职业健康检查发现有职业禁忌证或者疑似职业病的员工，公司应在30日内将其调离原岗位并妥善安置，不得因此"
        "解除或者终止劳动合同。",
    ),
    (
        "art",
        "每年6月至9月，公司向窑炉、热风炉等高温岗位员工发放高温津贴，标准为每人每月300元，并在窑炉操作区"
        "设置休息室，供应含盐清凉饮料。",
    ),
    ("art", "员工离职时，公司应如实、无偿提供本人职业健康监护档案复印件。"),
    ("chapter", "第十章　厂内运输与成品包装"),
    (
        "art",
        "叉车司机必须持证驾驶，每班作业前进行点检，检查制动、转向、货叉、链条、喇叭和灯光，点检不合格不得使用。",
    ),
    (
        "art",
        "叉车在车间内行驶速度不得超过5公里/小时，在厂区道路行驶不得超过15公里/小时；通过车间门口、转弯处和"
        "人员密集处必须减速鸣笛。严禁货叉载人，严禁用货叉顶推车辆，严禁酒后驾驶。",
    ),
    (
        "art",
        "叉车司机离开叉车时，必须将货叉降至地面，拉好手制动，拔下钥匙。下班后叉车钥匙统一交成品仓储部值班室保管。",
    ),
    (
        "art",
        "成品砖垛应码放在平整地面上，同一垛托盘叠放不得超过3层，垛高不得超过2.2米，垛与垛之间留出不小于1米"
        "的通道。",
    ),
    (
        "art",
        "自动打包机运行时，严禁用手拉拽打包带或者将手伸入捆扎区域；打包带断裂、卡带时必须停机处理。打包区周边"
        "设置防护围栏，非操作人员不得进入。",
    ),
    (
        "art",
        "货车装车时，司机必须离开驾驶室到指定等候区，车轮前后放置止轮块；叉车上车装货前，应确认车厢底板完好，"
        "严禁叉车在未固定的跳板上行驶。",
    ),
    ("chapter", "第十一章　电气、特种设备与消防安全"),
    (
        "art",
        "高低压配电房由动力车间管理，实行24小时值班。高压停送电作业必须执行工作票和操作票制度，一人操作、"
        "一人监护；配电房门口设置高度不低于50厘米的挡鼠板，室内严禁堆放杂物。",
    ),
    (
        "art",
        "设备检修必须执行上锁挂牌制度，每名检修人员使用本人专用锁具，检修完毕由本人摘锁，严禁他人代为摘锁，"
        "严禁约时停送电。检修结束后，检修负责人应清点人数和工具，恢复安全防护装置，经车间验收后方可试车。",
    ),
    (
        "art",
        "临时用电须办理临时用电作业票，使用期限一般不超过15天；临时线路在车间内架空高度不低于2.5米，穿越"
        "厂区道路时不低于5米，严禁将电线直接挂在钢构件或者设备上。",
    ),
    (
        "art",
        "行车司机作业前应空载试车，检查上升限位器和制动器；起吊重物离地200毫米时应停车检查制动是否可靠，"
        "严禁吊物从人员头顶上方通过，严禁超载起吊和斜拉斜吊。",
    ),
    (
        "art",
        "公司叉车、行车、压力容器和压力管道等特种设备由动力车间建立台账，定期检验到期前1个月向特种设备检验"
        "机构申请检验；未经检验或者检验不合格的，一律不得使用。",
    ),
    (
        "art",
        "纸箱、包装膜、木托盘等包装材料仓库为防火重点部位，库内严禁吸烟和使用明火，照明灯具与堆垛的距离"
        "不小于0.5米，库房内严禁设置办公室、休息室和员工宿舍。",
    ),
    (
        "art",
        "每月15日为公司消防检查日，由安全环保部组织对消防设施和防火重点部位进行检查。各车间组建义务消防队，"
        "每季度开展一次灭火器和室内消火栓实操训练。",
    ),
    ("chapter", "第十二章　危险作业管理"),
    (
        "art",
        "动火作业、有限空间作业、高处作业、临时用电作业、吊装作业和盲板抽堵作业实行作业票管理，未办理作业票的，"
        "一律不得作业。",
    ),
    (
        "art",
        "动火作业分为一级动火和二级动火。天然气调压站、燃气管道及阀组、窑炉燃气区域的动火为一级动火，由作业"
        "单位申请，安全环保部审核，分管安全的副总经理审批；其他区域动火为二级动火，由车间主任审批，报安全环保部"
        "备案。一级动火作业票有效期不超过8小时，二级动火作业票有效期不超过72小时。",
    ),
    (
        "art",
        "动火作业前30分钟内进行可燃气体检测，检测点不少于2处，可燃气体浓度不大于0.5%（体积分数）方可动火；"
        "动火作业中断超过30分钟的，应重新检测。动火现场配备灭火器不少于2具，并设专人监火。",
    ),
    (
        "art",
        "有限空间作业必须坚持“先通风、再检测、后作业”。公司有限空间清单包括球磨机筒体、泥浆池、釉浆池、"
        "喷雾干燥塔、粉料仓、抛光废水沉淀池、窑炉烟道和污水井，清单由安全环保部每年更新一次。",
    ),
    (
        "art",
        "有限空间作业期间，应对氧含量、可燃气体和一氧化碳浓度进行连续监测；监护人与作业人员每5分钟联系一次，"
        "发现异常立即组织撤离。",
    ),
    (
        "art",
        "在距坠落高度基准面2米及以上有可能坠落的高处作业，必须系挂安全带，高挂低用；窑顶、塔顶和厂房屋面作业，"
        "应报安全环保部备案。在彩钢瓦屋面作业必须铺设走道板，严禁直接踩踏采光板。",
    ),
    ("chapter", "第十三章　应急管理"),
    (
        "art",
        "公司应急值班电话为0795-5276110（厂内短号8110），24小时有人值守。发生事故时，现场人员应立即报告"
        "班组长和应急值班室，值班室接报后5分钟内报告分管安全的副总经理。",
    ),
    (
        "art",
        "发生生产安全事故后，公司主要负责人接到报告后应迅速组织救援，并于1小时内向高安市应急管理局报告，"
        "不得迟报、漏报、谎报或者瞒报；事故现场需要移动物件的，应作出标志、拍照记录，妥善保护现场。",
    ),
    ("art", "天然气泄漏应急处置按下列步骤进行："),
    ("item", "（一）发现泄漏或者报警器报警，现场人员立即停止作业，严禁开关电器、拨打手机和启动车辆；"),
    ("item", "（二）关闭泄漏点上游阀门，情况紧急时由调压站值班人员关闭调压站进口总阀；"),
    ("item", "（三）打开门窗自然通风，疏散无关人员，在泄漏点周围50米范围设置警戒；"),
    (
        "item",
        "（四）用便携式检测仪复测，可燃气体浓度降至爆炸下限的10%以下，并查明原因、修复完毕后方可恢复供气；",
    ),
    ("item", "（五）泄漏燃气已着火的，在切断气源前不得扑灭稳定燃烧的火焰，同时拨打119报警。"),
    (
        "art",
        "员工被高温物料、热风或者蒸汽烫伤时，应立即用流动清水冲洗伤处，冲洗时间不少于15分钟，不得涂抹牙膏、"
        "酱油等物，严重烫伤的立即送医。公司定点救治医院为高安市人民医院，距厂区约12公里。",
    ),
    (
        "art",
        "有人员被困或者晕倒在有限空间内时，监护人应立即呼救并报告，严禁无防护措施进入施救；救援人员必须佩戴"
        "正压式空气呼吸器。公司应急救援队由动力车间和安全环保部共18人组成。",
    ),
    (
        "art",
        "公司综合应急预案每年组织演练1次，燃气泄漏、有限空间、火灾等专项应急预案每半年演练1次，车间现场处置"
        "方案每季度演练1次。紧急疏散集合点设在办公楼前广场。",
    ),
    ("chapter", "第十四章　隐患排查治理"),
    (
        "art",
        "公司实行公司、车间、班组三级隐患排查。一般隐患由责任单位立即整改，不能立即整改的，整改期限不超过7天；"
        "重大事故隐患由总经理组织制定治理方案，挂牌督办，整改完成后由安全环保部组织验收销号。",
    ),
    (
        "art",
        "各责任单位按《重点部位安全检查一览表》（见附表）开展日常检查，检查记录保存不少于1年；安全环保部每月"
        "抽查一次检查记录。",
    ),
    ("table", ""),
    ("chapter", "第十五章　奖励与处罚"),
    ("art", "有下列情形之一的，公司给予奖励："),
    ("item", "（一）及时发现并报告重大事故隐患、避免事故发生的，奖励报告人1000元至5000元；"),
    ("item", "（二）员工举报违章作业，经查属实的，每次奖励举报人100元；"),
    ("item", "（三）年度内未发生轻伤及以上事故的班组，评为安全先进班组，奖励6000元；"),
    ("item", "（四）在事故抢险中表现突出的，给予通报表彰并奖励2000元。"),
    ("art", "有下列行为之一的，对当事人处以罚款："),
    ("item", "（一）未按规定佩戴劳动防护用品的，每次罚款100元；"),
    ("item", "（二）在禁烟区域吸烟的，每次罚款1000元；"),
    (
        "item",
        "（三）未办理作业票擅自进行动火、有限空间作业的，罚款2000元，并对现场负责人罚款1000元；",
    ),
    ("item", "（四）擅自挪用、损坏消防器材和安全设施的，照价赔偿并罚款500元；"),
    ("item", "（五）酒后上岗的，罚款1000元并停岗学习3天。"),
    (
        "art",
        "员工一年内累计违章3次的，予以待岗培训1个月，待岗期间只发放基本生活费；发生生产安全事故的，按照事故"
        "调查结论追究有关人员责任，构成犯罪的，移交司法机关处理。",
    ),
    ("art", "罚款收入全部纳入安全奖励基金，专款专用，由安全环保部建立台账，每半年在厂区公示一次。"),
    ("chapter", "第十六章　附　　则"),
    ("art", "本制度汇编由安全环保部负责解释。"),
    (
        "art",
        "本制度汇编自2025年7月1日起施行，2022年3月印发的《安全生产管理制度》（锦窑司发〔2022〕5号）同时废止。",
    ),
]

DIGITS = "零一二三四五六七八九"
OPENING_BAN = "，。、；：！？）》」』”’%℃"


def cn_number(n: int) -> str:
    """1..99 as Chinese numerals (十一, 二十, 三十五)."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else DIGITS[tens] + "十"
    return head + (DIGITS[ones] if ones else "")


def tokens(text: str) -> list[str]:
    """Split into wrap units: one CJK character each, ASCII runs (figures, units) kept whole."""
    out: list[str] = []
    for ch in text:
        if ch.isascii() and ch != " " and out and out[-1][-1].isascii() and out[-1][-1] != " ":
            out[-1] += ch
        else:
            out.append(ch)
    return out


class Doc(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("wqy", "", str(FONT), unicode_range="U+0000-20FF, U+2104-10FFFF")
        self.add_font("dejavu", "", str(FALLBACK_FONT), unicode_range="U+2103")
        self.set_fallback_fonts(["dejavu"])
        self.set_margins(MARGIN_LR, MARGIN_TOP, MARGIN_LR)
        self.set_auto_page_break(True, MARGIN_BOTTOM)
        self.c_margin = 0
        self.fn_page = 0
        self.fn_height = 0.0

    # ---- wrapping -------------------------------------------------------------------------------
    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        cur = ""
        for tok in tokens(text):
            if cur and self.get_string_width(cur + tok) > width + 0.01:
                if tok[0] in OPENING_BAN:
                    cur += tok  # hang closing punctuation, compressed by justification
                    continue
                lines.append(cur)
                cur = tok
            else:
                cur += tok
        if cur:
            lines.append(cur)
        return lines

    def justified(self, text: str, size: float, line_h: float, first: str = INDENT) -> None:
        self.set_font("wqy", size=size)
        width = self.w - self.l_margin - self.r_margin
        lines = self.wrap(first + text, width)
        for i, line in enumerate(lines):
            if self.y + line_h > self.page_break_trigger:
                self.add_page()
                self.set_font("wqy", size=size)
            last = i == len(lines) - 1
            spacing = 0.0
            if not last and len(line) > 1:
                spacing = (width - self.get_string_width(line)) * self.k / (len(line) - 1)
            self.set_char_spacing(spacing)
            self.set_x(self.l_margin)
            self.cell(width, line_h, line)
            self.set_char_spacing(0)
            self.ln(line_h)

    def height_of(self, kind: str, text: str) -> float:
        self.set_font("wqy", size=BODY_SIZE)
        width = self.w - self.l_margin - self.r_margin
        return len(self.wrap(INDENT + text, width)) * LINE_H + (1.5 if kind == "art" else 0.0)

    # ---- page furniture -------------------------------------------------------------------------
    def header(self) -> None:
        self.set_auto_page_break(True, MARGIN_BOTTOM)
        if self.page < 2:
            return
        self.set_font("wqy", size=9)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 14)
        self.cell(self.w - self.l_margin - self.r_margin, 5, COMPANY, align="C")
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.3)
        self.line(self.l_margin, 19.6, self.w - self.r_margin, 19.6)
        self.set_xy(self.l_margin, MARGIN_TOP + 2)

    def footer(self) -> None:
        if self.page == self.fn_page:
            self.draw_footnotes()
        self.set_font("wqy", size=9)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.h - 16)
        self.cell(self.w - self.l_margin - self.r_margin, 5, f"第 {self.page} 页", align="C")

    def footnote_height(self) -> float:
        self.set_font("wqy", size=FN_SIZE)
        width = self.w - self.l_margin - self.r_margin
        return 4.0 + sum(len(self.wrap(fn, width)) * FN_LINE_H for fn in FOOTNOTES)

    def draw_footnotes(self) -> None:
        top = self.h - MARGIN_BOTTOM - self.fn_height
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(self.l_margin, top + 1.5, self.l_margin + 50, top + 1.5)
        self.set_xy(self.l_margin, top + 3)
        self.set_auto_page_break(False)
        for fn in FOOTNOTES:
            self.justified(fn, FN_SIZE, FN_LINE_H, first="")

    # ---- parts ----------------------------------------------------------------------------------
    def notice(self) -> None:
        self.add_page()
        width = self.w - self.l_margin - self.r_margin
        for kind, text in NOTICE:
            if kind == "red":
                self.set_font("wqy", size=30)
                self.set_text_color(200, 0, 0)
                self.set_char_spacing(2)
                self.set_y(38)
                self.cell(width, 16, text, align="C")
                self.set_char_spacing(0)
                self.ln(24)
            elif kind == "docno":
                self.set_font("wqy", size=BODY_SIZE + 1)
                self.set_text_color(0, 0, 0)
                self.cell(width, 8, text, align="C")
                self.ln(10)
                self.set_draw_color(200, 0, 0)
                self.set_line_width(0.8)
                self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
                self.ln(10)
            elif kind == "title":
                self.set_font("wqy", size=16)
                for line in self.wrap(text, width - 20):
                    self.cell(width, 10, line, align="C")
                    self.ln(10)
                self.ln(6)
            elif kind == "left":
                self.set_font("wqy", size=BODY_SIZE)
                for line in self.wrap(text, width):
                    self.cell(width, LINE_H, line)
                    self.ln(LINE_H)
                self.ln(2)
            elif kind == "p":
                self.justified(text, BODY_SIZE, LINE_H)
                self.ln(1)
            elif kind == "right":
                self.set_font("wqy", size=BODY_SIZE)
                if text.startswith("江西"):
                    self.ln(10)
                self.cell(width - 12, LINE_H, text, align="R")
                self.ln(LINE_H)
                if not text.startswith("江西"):
                    self.ln(8)
            elif kind in ("cc", "issued"):
                if kind == "cc":
                    self.set_y(self.h - MARGIN_BOTTOM - 34)
                self.set_font("wqy", size=11)
                self.set_draw_color(0, 0, 0)
                self.set_line_width(0.3)
                self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
                self.ln(1.5)
                for line in self.wrap(text, width):
                    self.cell(width, LINE_H, line)
                    self.ln(LINE_H)
                self.ln(0.5)
                if kind == "issued":
                    self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)

    def rulebook(self) -> None:
        self.add_page()
        width = self.w - self.l_margin - self.r_margin
        number = 0
        for index, (kind, value) in enumerate(BODY):
            text = str(value)
            if kind == "keep":
                assert isinstance(value, int)
                self.start_footnote_page(BODY[index + 1 : index + 1 + value], number)
                continue
            if kind == "title":
                self.set_font("wqy", size=18)
                self.set_y(self.y + 4)
                self.cell(width, 12, text, align="C")
                self.ln(18)
            elif kind == "chapter":
                if self.y + 3 * LINE_H + 8 > self.page_break_trigger:
                    self.add_page()
                self.set_font("wqy", size=14)
                self.ln(3)
                self.cell(width, 9, text, align="C")
                self.ln(12)
            elif kind == "art":
                number += 1
                self.justified(f"第{cn_number(number)}条　{text}", BODY_SIZE, LINE_H)
                self.ln(1.5)
            elif kind == "item":
                self.justified(text, BODY_SIZE, LINE_H)
            elif kind == "table":
                self.landscape_table()

    def start_footnote_page(self, blocks: list[tuple[str, object]], number: int) -> None:
        """Make sure the next blocks (which hold the footnote marks) fit on one page above the notes."""
        self.fn_height = self.footnote_height()
        need = 0.0
        for kind, value in blocks:
            if kind == "art":
                number += 1
                need += self.height_of(kind, f"第{cn_number(number)}条　{value}")
            else:
                need += self.height_of(kind, str(value))
        if self.y + need > self.h - MARGIN_BOTTOM - self.fn_height:
            self.add_page()
        self.fn_page = self.page
        self.set_auto_page_break(True, MARGIN_BOTTOM + self.fn_height)

    def landscape_table(self) -> None:
        self.add_page(orientation="L")
        width = self.w - self.l_margin - self.r_margin
        self.set_font("wqy", size=14)
        self.cell(width, 9, TABLE_TITLE, align="C")
        self.ln(11)
        self.set_font("wqy", size=9.5)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.3)
        head_style = FontFace(emphasis="", fill_color=(230, 230, 230))
        with self.table(
            width=width,
            col_widths=(12, 34, 62, 38, 30, 58),
            line_height=4.8,
            text_align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"),
            headings_style=head_style,
            padding=1.2,
        ) as table:
            row = table.row()
            for cell in TABLE_HEAD:
                row.cell(cell)
            for data in TABLE_ROWS:
                row = table.row()
                for cell in data:
                    row.cell(cell)
        self.add_page(orientation="P")


def source_units() -> list[str]:
    """Every article, item, table cell, footnote and notice line as written (before wrapping)."""
    units = [text for _, text in NOTICE]
    number = 0
    for kind, value in BODY:
        if kind == "art":
            number += 1
            units.append(f"第{cn_number(number)}条　{value}")
        elif kind in ("item", "title", "chapter"):
            units.append(str(value))
    units.extend(FOOTNOTES)
    units.append(TABLE_TITLE)
    units.extend(TABLE_HEAD)
    for row in TABLE_ROWS:
        units.extend(row)
    return units


def check_must(units: list[str]) -> None:
    questions = yaml.safe_load(QA.read_text(encoding="utf-8"))["questions"]
    missing = [
        (q["id"], must)
        for q in questions
        for must in q.get("must") or []
        if not any(must in u for u in units)
    ]
    if missing:
        raise SystemExit(f"must strings not found in {OUT.name}: {missing}")


def main() -> None:
    pdf = Doc()
    pdf.set_title("江西锦窑陶瓷有限公司安全生产管理制度汇编")
    pdf.set_author("江西锦窑陶瓷有限公司安全环保部")
    pdf.set_subject("安全生产管理制度汇编")
    pdf.set_creator("WPS 文字")
    pdf.set_producer("WPS 文字")
    pdf.set_creation_date(datetime(2025, 6, 16, 9, 30, 0, tzinfo=UTC))
    pdf.notice()
    pdf.rulebook()
    pdf.output(str(OUT))
    units = source_units()
    check_must(units)
    chars = sum(len(u) for u in units)
    print(f"wrote {OUT} ({pdf.page} pages, {chars} characters of source text)")


if __name__ == "__main__":
    main()
