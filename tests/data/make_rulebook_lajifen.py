"""Generate tests/data/rulebook_lajifen.pdf, the document of the sealed blind set qa_holdout_lajifen.yaml.

An invented waste-to-energy plant's employee safety handbook (《岚江绿源环保能源有限公司员工安全手册（问答版）》:
a municipal solid waste incineration power plant with a waste bunker and grab cranes, grate incinerators and
waste-heat boilers, a steam turbine, semi-dry flue-gas treatment with lime slurry and activated carbon, fly-ash
stabilisation, 20% ammonia water for SNCR, and a leachate station with biogas and hydrogen sulphide) set as a
Q&A booklet with fpdf2: a cover page (title, edition, issuing department), a 编印说明 page with the 文号 and
a contents list, then chapters "一、…" holding numbered questions "N. 问：……" each followed by "答：……"
paragraphs and ①②③ sub-items. Chapters 一–二 and 九–十一 are one column; chapters 三–八 are set in two
columns side by side over four pages (the block starts below the end of chapter 二, questions and answers
run on from the left column into the right one, and it is balanced on its last page, under which the
one-column chapters continue), then a small ruled phone table. A running header from page 2 and a footer
"第N页" (the cover is not numbered). The generator then checks that every `must` string of the question file
is an exact substring of exactly one unit of the source text (a cover line, preface paragraph, question line,
answer paragraph, sub-item or table cell). Needs fpdf2 (dev extra), PyYAML and the WenQuanYi Micro Hei font
that scripts/setup.sh installs.

    .venv/bin/python tests/data/make_rulebook_lajifen.py
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml
from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos
from fpdf.fonts import FontFace

OUT = Path(__file__).with_name("rulebook_lajifen.pdf")
QA = Path(__file__).with_name("qa_holdout_lajifen.yaml")
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
RUNNING_HEAD = "岚江绿源环保能源有限公司员工安全手册（问答版）"
TWO_COLUMN_CHAPTERS = ("三", "四", "五", "六", "七", "八")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

Chapter = tuple[str, list[tuple[str, list[str]]]]

COVER: list[tuple[str, str]] = [
    ("org", "岚江绿源环保能源有限公司"),
    ("title", "员工安全手册"),
    ("subtitle", "（问答版）"),
    ("edition", "2025年版　第三版"),
    ("dept", "安全环保部　编印"),
    ("date", "二〇二五年六月"),
]

PREFACE: list[str] = [
    "《岚江绿源环保能源有限公司员工安全手册（问答版）》（2025年版）经2025年6月12日公司安全生产委员会第二"
    "次全体会议审定，以岚绿安〔2025〕14号文件印发，自2025年7月1日起施行。2021年版《员工安全须知》同时废止。",
    "本手册以问答形式，把公司安全生产责任制、危险作业管理规定和各岗位安全操作规程中与一线员工关系最密切的"
    "内容摘编出来，涵盖垃圾接收与储存、焚烧炉和余热锅炉、汽轮发电机组与电气、烟气净化、飞灰稳定化、氨水储"
    "存与SNCR脱硝、渗滤液处理、有限空间和动火作业、应急处置等方面。手册内容与公司制度、操作规程不一致的，"
    "以制度和规程为准；与法律法规、国家标准不一致的，以法律法规、国家标准为准。",
    "全体员工和长期驻厂的外委单位人员应人手一册，认真学习，对照执行。本手册由安全环保部负责解释，意见和建"
    "议请反馈至安全环保部（内线电话8119）。",
]

CHAPTERS: list[Chapter] = [
    (
        "一、基本要求",
        [
            (
                "公司安全生产的第一责任人是谁？各级人员的安全职责是怎样划分的？",
                [
                    "答：总经理是公司安全生产第一责任人，对全厂安全生产工作全面负责；分管生产的副总经理协"
                    "助总经理负责生产系统的安全工作；各部门负责人、各运行值值长对本部门、本值的安全生产负"
                    "直接管理责任；班组长是本班组安全生产第一责任人；每一名员工对本岗位的安全负直接责任。",
                    "公司实行“管生产必须管安全、管业务必须管安全”。外委单位在厂内作业期间的安全由外委单位"
                    "负责人负责，公司对口管理部门负监督管理责任。",
                ],
            ),
            (
                "员工在安全生产方面享有哪些权利？",
                [
                    "答：员工依法享有以下安全生产权利：",
                    "①知情权：了解岗位存在的危险因素、防范措施和事故应急措施；",
                    "②建议权：对本单位的安全生产工作提出建议；",
                    "③批评、检举、控告权：对安全工作中存在的问题提出批评、检举、控告；",
                    "④拒绝权：拒绝违章指挥和强令冒险作业；",
                    "⑤紧急避险权：发现直接危及人身安全的紧急情况时，停止作业或者在采取可能的应急措施后撤离作业场所。",
                    "公司不因员工行使上述权利而降低其工资、福利等待遇，或者解除与其订立的劳动合同。",
                ],
            ),
            (
                "厂内有哪些“十不准”？",
                [
                    "答：全体员工和进厂人员必须遵守以下“十不准”：",
                    "①不准未经安全教育培训或考试不合格上岗；",
                    "②不准班前8小时内饮酒和班中饮酒，不准酒后进入生产区域；",
                    "③不准在生产区域吸烟，吸烟只能到厂区东门外的指定吸烟亭；",
                    "④不准无证从事特种作业或操作特种设备；",
                    "⑤不准擅自拆除、短接、停用安全防护装置和联锁、报警装置；",
                    "⑥不准在主厂房内边走路边看手机，或戴耳机行走；",
                    "⑦不准未办理作业票进行动火、有限空间、高处、吊装、临时用电等危险作业；",
                    "⑧不准穿拖鞋、凉鞋、高跟鞋、短裤、裙子进入生产区域；",
                    "⑨不准攀爬、跨越垃圾池卸料门、栏杆和运转中的输送设备；",
                    "⑩不准私自带领外来人员进入生产区域。",
                ],
            ),
            (
                "外来人员和外委单位人员进厂有什么要求？",
                [
                    "答：外来参观、检查人员须在门卫登记，由接待部门人员全程陪同，并接受入厂安全告知，不得"
                    "单独进入生产区域。",
                    "外委单位人员进厂作业前，须参加对口管理部门组织的入厂安全教育并考试合格，办理临时出入"
                    "证后方可进厂。外委单位须与公司签订安全管理协议，明确双方的安全责任；外委单位作业人员"
                    "违章的，按本手册违章处罚标准对外委单位执行考核。",
                ],
            ),
            (
                "交接班有哪些安全要求？",
                [
                    "答：接班人员应提前20分钟到岗，按巡检路线对所辖设备进行接班前检查。交班人员应当面交清"
                    "设备运行方式、缺陷和异常情况、正在进行的检修工作及其安全措施、工器具和钥匙等，双方在"
                    "交接班记录上签字。有下列情况之一的，不得交接班：",
                    "①正在处理事故、异常或正在进行重要操作时；",
                    "②接班人员有饮酒迹象或精神状态明显不佳时；",
                    "③交接内容不清、交接记录未填写完整时。",
                ],
            ),
            (
                "发现事故隐患应该怎样报告？有奖励吗？",
                [
                    "答：发现事故隐患，能当场消除的应立即消除；不能当场消除的，应立即报告当班值长或班组长"
                    "，采取临时防护措施，并在公司隐患排查治理系统中登记。",
                    "经安全环保部核实的有效隐患，一般隐患每条奖励50元，重大隐患每条奖励2000元，奖金每月随"
                    "工资发放。对隐瞒不报、拖延上报隐患造成后果的，按公司安全奖惩规定追究责任。",
                ],
            ),
        ],
    ),
    (
        "二、安全教育与劳动防护",
        [
            (
                "新员工入职要接受哪些安全教育？",
                [
                    "答：新入职员工（含劳务派遣人员、实习学生）必须接受公司、部门、班组三级安全教育，累计"
                    "不少于72学时，经考试合格后方可进入生产岗位。",
                    "三级安全教育结束后，运行岗位的新员工还须在指定师傅带领下跟班实习不少于3个月，经部门"
                    "考核合格并由值长签字确认后，方可独立顶岗。",
                ],
            ),
            (
                "调换岗位或者长时间离岗后回来，要重新培训吗？",
                [
                    "答：调换工种或岗位的员工，应接受新岗位所在部门和班组的安全教育，不少于24学时。离岗6"
                    "个月以上重新上岗的，应重新接受部门和班组安全教育，经考试合格后方可上岗。采用新工艺、"
                    "新技术、新材料或者使用新设备前，由使用部门对有关岗位人员进行专门的安全培训。",
                ],
            ),
            (
                "每年还要参加多少安全再培训？",
                [
                    "答：全体员工每年接受安全再培训的时间不少于20学时。公司主要负责人和专职安全管理人员每"
                    "年再培训不少于12学时。特种作业人员和特种设备作业人员应按证书规定的期限参加复审，证书"
                    "过期未复审的不得上岗。",
                ],
            ),
            (
                "进入生产区域要穿戴哪些劳动防护用品？",
                [
                    "答：进入主厂房及各生产区域必须正确佩戴安全帽，穿阻燃工作服和防砸防刺穿安全鞋，衣扣、"
                    "袖口扎紧，长发盘入帽内。各岗位还应按下列要求增配：",
                    "①垃圾池、卸料大厅巡检：佩戴KN95及以上防颗粒物口罩，异味较重时改戴防毒半面罩；",
                    "②烟气净化、飞灰稳定化岗位：佩戴防尘防毒组合面罩、护目镜和耐酸碱手套；",
                    "③锅炉看火、除焦：佩戴防护面屏和隔热手套，穿隔热服；",
                    "④噪声超过85分贝的区域（汽机房、引风机房、空压机房）：佩戴耳塞或耳罩。",
                ],
            ),
            (
                "劳动防护用品坏了或者到期了怎么办？",
                [
                    "答：劳动防护用品由安全环保部统一采购、仓库统一发放，员工不得自行购买不合格产品替代。"
                    "损坏或失效的，凭旧品到仓库以旧换新。",
                    "安全帽自生产之日起使用满30个月必须报废，受过重击或出现裂纹的立即更换。防毒面罩的滤毒"
                    "盒开封后累计使用满40小时，或者使用中闻到异味、感到呼吸阻力明显增大时，必须立即更换。",
                ],
            ),
            (
                "职业健康检查是怎样安排的？",
                [
                    "答：公司为接触粉尘、噪声、高温、硫化氢和氨等职业病危害因素的员工建立职业健康监护档案"
                    "，组织上岗前、在岗期间和离岗时的职业健康检查，检查费用由公司承担，检查结果书面告知本人。",
                    "经检查发现有职业禁忌或者疑似职业病的员工，由人力资源部安排调离原岗位或者复查诊断，不"
                    "得安排其继续从事相关作业。",
                ],
            ),
        ],
    ),
    (
        "三、垃圾接收与垃圾池",
        [
            (
                "垃圾运输车进厂和在栈桥上行驶有什么规定？",
                [
                    "答：垃圾运输车辆进厂须经地磅房称重登记，厂区道路限速15公里/小时，栈桥和卸料大厅内限"
                    "速5公里/小时。车辆在栈桥上不得超车、掉头或停车等候；雨雪天气栈桥路面湿滑时，由卸料大"
                    "厅指挥员控制进车间隔。",
                    "驾驶员在卸料大厅内不得离开驾驶室；确需下车处理故障的，必须穿反光背心，并只能在黄色安"
                    "全线以内活动。",
                ],
            ),
            (
                "倒车卸料时要注意什么？",
                [
                    "答：卸料由卸料大厅指挥员用手势和信号灯统一指挥，每个卸料门同时只允许一辆车卸料。车辆"
                    "倒至车挡停稳后方可开启卸料门；卸料门开启期间，除指挥员外任何人不得进入卸料门前3米范"
                    "围内。车辆卸完驶离后应立即关闭卸料门。",
                    "严禁人员站在车厢内扒料，严禁车辆未停稳即举升车厢。车厢举升后发生倾斜时，驾驶员应立即"
                    "停止举升并降下车厢。",
                ],
            ),
            (
                "垃圾池里能不能下人？有人掉进垃圾池怎么办？",
                [
                    "答：正常生产期间严禁任何人进入垃圾池。确需进入垃圾池处理故障或检修的，必须按有限空间"
                    "作业管理，并经生产副总经理批准；作业人员佩戴正压式空气呼吸器、系全身式安全带，乘专用"
                    "吊篮进出，垃圾吊停止运行，并在操作室挂“有人作业、禁止操作”牌。",
                    "发现有人坠入垃圾池，第一发现人立即按下就近的紧急报警按钮并报告中控室，垃圾吊司机立即"
                    "停止抓料，并将抓斗移离坠落人员所在区域。救援人员不得盲目跳入池内施救，应由垃圾吊吊运"
                    "专用救援吊篮实施救援，同时拨打120。",
                ],
            ),
            (
                "垃圾吊司机作业时要遵守哪些规定？",
                [
                    "答：垃圾吊（抓斗桥式起重机）司机必须持有效的特种设备作业人员证，作业时遵守以下规定：",
                    "①开车前检查制动器、钢丝绳、限位开关和抓斗液压系统，发现制动失灵、限位失效或钢丝绳断"
                    "丝超标时不得开车；",
                    "②抓斗不得从卸料门前的车辆和人员上方通过；",
                    "③抓斗抓料后应提升至高出池内垃圾堆面不少于2米再平移；",
                    "④向给料斗投料时避免长条物、大块物料落入，发现料斗搭桥堵料及时通知焚烧主控；",
                    "⑤司机连续操作满2小时应轮换休息，休息时间不少于15分钟。",
                ],
            ),
            (
                "垃圾池着火了怎么处置？",
                [
                    "答：垃圾池设有红外热成像火灾监测系统，池内垃圾表面温度超过80℃时自动报警。垃圾吊司机"
                    "发现冒烟、明火或接到报警后，应立即用抓斗将着火部位的垃圾翻埋，或抓入给料斗送焚烧炉焚"
                    "烧；火势较大时，立即启动垃圾池消防水炮灭火，同时报告值长并拨打厂内火警电话。",
                    "值长接报后应组织关闭全部卸料门、暂停垃圾车进厂，并保持一次风机从垃圾池抽风，使池内维"
                    "持负压，防止烟气外逸到卸料大厅。",
                ],
            ),
            (
                "停炉期间卸料大厅和渗滤液收集廊道要注意什么？",
                [
                    "答：焚烧炉全部停运期间，一次风机无法从垃圾池抽风，应启动应急除臭风机，关闭全部卸料门"
                    "，减少臭气和有害气体外逸。",
                    "垃圾池底部的渗滤液收集廊道和卸料大厅的渗滤液格栅处容易积聚硫化氢。进入收集廊道前必须"
                    "用便携式气体检测仪检测合格，作业时至少有一人在廊道入口处监护，并保持廊道内的通风机连"
                    "续运行。",
                ],
            ),
        ],
    ),
    (
        "四、焚烧炉与余热锅炉",
        [
            (
                "焚烧炉运行中对炉膛温度和压力有什么要求？",
                [
                    "答：焚烧炉应保持微负压运行，炉膛出口负压一般控制在-30Pa至-80Pa之间。烟气在850℃以上区"
                    "域的停留时间不少于2秒；炉膛温度低于850℃且有下降趋势时，应及时投入辅助燃烧器助燃。",
                    "炉膛出现正压时，严禁打开看火孔、人孔门和检查门，运行人员应立即查明原因并调整引风量。",
                ],
            ),
            (
                "看火、除焦作业怎样防止烫伤？",
                [
                    "答：看火、除焦作业应遵守以下要求：",
                    "①打开看火孔或除焦门前，确认炉膛负压正常，并与焚烧主控联系；",
                    "②人员站在孔门侧面，不得正对孔口，防止火焰和高温烟气喷出伤人；",
                    "③使用专用除焦工具，禁止用手或脚直接触碰渣块；",
                    "④除焦作业至少2人进行，一人操作、一人监护；",
                    "⑤作业完毕立即关闭孔门。",
                ],
            ),
            (
                "焚烧炉点火前要做哪些工作？",
                [
                    "答：点火前应检查燃烧器和燃油（燃气）管路无泄漏，各风门、挡板位置正确，并对炉膛和烟道"
                    "进行吹扫，吹扫时间不少于5分钟，吹扫风量不低于额定风量的30%。",
                    "点火失败后必须重新吹扫合格后方可再次点火，严禁利用炉膛余热强行点火。点火过程中，人员"
                    "不得站在燃烧器观察孔正面。",
                ],
            ),
            (
                "余热锅炉的水位计和安全阀有哪些规定？",
                [
                    "答：锅炉运行中，汽包就地水位计每班至少冲洗1次，并与远传水位表对照，偏差超过30毫米时"
                    "应查明原因。安全阀每年至少由有资质的检验机构校验1次，校验后加装铅封；严禁解列安全阀"
                    "运行，严禁在安全阀上加重物、卡死或擅自提高整定压力。",
                    "锅炉严重缺水时，严禁向锅炉上水，应立即停炉并报告值长。",
                ],
            ),
            (
                "出渣机和渣坑有哪些安全要求？",
                [
                    "答：出渣机检修或清理卡渣前，必须停电并在就地控制箱挂“禁止合闸”牌，关闭液压推杆油源，"
                    "待渣温降至50℃以下方可作业。渣坑四周设防护栏杆和警示标志，渣吊作业时下方严禁站人。炉"
                    "渣坑属于有限空间，人员进入清理须办理有限空间作业票。",
                ],
            ),
            (
                "进入炉膛检修炉排有哪些安全措施？",
                [
                    "答：进入炉膛检修炉排，必须停炉冷却至炉膛温度降至45℃以下，关闭给料斗闸门，将推料器和"
                    "炉排液压系统泄压、停电挂牌，并通知垃圾吊司机不得向该炉给料斗投料。作业按有限空间作业"
                    "办理作业票。",
                    "炉膛内的高处结焦块应先从上往下清理，防止焦块坠落伤人；炉膛内照明使用12V行灯，检修人"
                    "员离开时清点人数和工具，确认无人无物遗留后方可封闭人孔门。",
                ],
            ),
        ],
    ),
    (
        "五、汽轮发电机组与电气",
        [
            (
                "汽轮机的超速保护有什么规定？",
                [
                    "答：汽轮机额定转速为3000r/min，转速升至3300r/min时危急保安器必须动作，使汽轮机紧急停"
                    "机。机组大修后、危急保安器解体检修后以及停机备用超过1个月再次启动前，应进行超速试验。",
                    "严禁在超速保护装置解除的情况下启动或运行汽轮机。",
                ],
            ),
            (
                "汽机房巡检有哪些注意事项？",
                [
                    "答：汽机房巡检应沿规定的巡检路线行走，不得跨越运转设备的联轴器和防护罩，不得在高温蒸"
                    "汽管道、法兰附近长时间停留。发现蒸汽泄漏时，不得靠近泄漏点查看，应立即远离并报告值长"
                    "，待隔离泄压后再处理。",
                    "汽轮机油系统周围禁止动用明火和存放易燃物，油系统漏油应立即擦净，浸油的保温材料必须更换。",
                ],
            ),
            (
                "电气倒闸操作有什么规定？",
                [
                    "答：倒闸操作必须执行操作票制度，由两人进行，一人操作、一人监护，由对设备较为熟悉的人"
                    "担任监护。操作前核对设备名称、编号和位置，操作中逐项唱票、复诵，每操作完一项打“√”。",
                    "雷电天气严禁进行室外倒闸操作和就地操作。操作中发生疑问时应立即停止操作，向值长报告，"
                    "不得擅自更改操作票。",
                ],
            ),
            (
                "电气设备检修怎样做好停电安全措施？",
                [
                    "答：在电气设备上工作，必须按工作票完成停电、验电、装设接地线、悬挂标示牌和装设遮栏等"
                    "安全措施后方可开工。在一经合闸即可送电到工作地点的断路器和隔离开关操作把手上，应悬挂"
                    "“禁止合闸，有人工作”标示牌。",
                    "标示牌实行“谁挂牌、谁摘牌”，工作未全部结束、工作票未终结前，任何人不得擅自摘牌送电。",
                ],
            ),
            (
                "临时用电和手持电动工具有哪些要求？",
                [
                    "答：临时用电必须办理临时用电作业票，由持证电工接线，使用期限一般不超过15天，超期应重"
                    "新办理。临时用电线路和移动式、手持式电动工具必须装设漏电保护器，漏电动作电流不大于30mA。",
                    "在锅炉汽包、烟道、罐体等金属容器内和潮湿场所使用的行灯，电压不得超过12V。",
                ],
            ),
            (
                "电气设备着火了怎样扑救？",
                [
                    "答：电气设备着火时，应立即切断有关设备的电源，然后使用二氧化碳或干粉灭火器灭火；未切"
                    "断电源前，严禁用水或泡沫灭火器扑救。",
                    "汽轮机油系统着火危及机组安全时，应立即打闸停机，并按规程启动事故放油；电缆沟、电缆夹"
                    "层着火时，应防止火势沿电缆蔓延，扑救人员必须佩戴正压式空气呼吸器。",
                ],
            ),
        ],
    ),
    (
        "六、烟气净化与飞灰稳定化",
        [
            (
                "石灰浆制备和输送要注意什么？",
                [
                    "答：消石灰由罐车气力输送进石灰仓，卸料前检查仓顶除尘器运行正常、仓内料位不超过90%，"
                    "卸料时罐车司机不得离开。石灰浆制备、输送系统检修前，必须停运搅拌器并挂牌，放空管道内"
                    "浆液后方可拆卸；管道堵塞时严禁带压拆开法兰疏通。",
                    "石灰浆溅入眼睛时，应立即用洗眼器或大量清水冲洗不少于15分钟，然后送医。",
                ],
            ),
            (
                "活性炭储仓有哪些防火防爆要求？",
                [
                    "答：活性炭属于可燃粉尘物料，活性炭仓及其输送系统的电气设备应为防爆型。仓体设温度监测"
                    "，仓内温度超过60℃时报警，运行人员应立即停止上料，向仓内通入氮气惰化，同时报告值长。",
                    "活性炭仓周围10米范围内动火，必须办理一级动火作业票。清理散落的活性炭粉时，应采用湿式"
                    "清扫或防爆吸尘器，禁止用压缩空气吹扫。",
                ],
            ),
            (
                "布袋除尘器检修有什么要求？",
                [
                    "答：布袋除尘器停运检修，必须关闭进出口挡板并隔离，待仓室内温度降至40℃以下，经通风和"
                    "气体检测合格后方可进入更换滤袋。进入灰斗作业前应先放空积灰，防止积灰塌落掩埋人员。检"
                    "修人员须佩戴防尘面罩，并按有限空间作业管理。",
                ],
            ),
            (
                "半干法反应塔检修和清灰有什么要求？",
                [
                    "答：旋转雾化器拆装必须在反应塔停运、石灰浆和冷却水供给切断后进行，吊装雾化器使用专用"
                    "吊具，吊装区域下方设警戒区。",
                    "进入反应塔清理塔壁积灰时，应自上而下清理，防止大块积灰坠落伤人；清灰期间塔底锥斗出口"
                    "附近不得站人，清出的灰渣按飞灰管理。",
                ],
            ),
            (
                "飞灰稳定化和暂存有哪些规定？",
                [
                    "答：焚烧飞灰属于危险废物，必须经螯合剂稳定化处理后装入吨袋，吨袋上粘贴危险废物标签。"
                    "稳定化后的飞灰在暂存库内养护不少于3天，经取样检测合格后方可运往填埋场。",
                    "暂存库内吨袋堆码不得超过3层，通道宽度不小于1.2米。飞灰外运必须执行危险废物转移联单制"
                    "度，运输车辆应密闭，严禁沿途抛撒。",
                ],
            ),
        ],
    ),
    (
        "七、氨水储存与SNCR脱硝",
        [
            (
                "氨水储罐区有哪些安全规定？",
                [
                    "答：SNCR脱硝系统使用浓度为20%的氨水。氨水储罐区设有围堰、水喷淋装置和氨气检测报警仪"
                    "，报警仪一级报警值为25ppm，二级报警值为50ppm，二级报警时自动启动水喷淋。",
                    "储罐液位不得超过罐容积的85%。储罐区禁止烟火，严禁无关人员进入，进入前应触摸人体静电释放器。",
                ],
            ),
            (
                "氨水卸车怎样操作？",
                [
                    "答：氨水槽车卸车时，供货方押运员和公司当班卸车人员必须同时在场。卸车前车辆熄火、拉好"
                    "手刹、放置轮挡，连接静电接地线并静置不少于10分钟后方可接管卸车。",
                    "卸车过程中卸车人员不得离开现场；遇雷雨天气或储罐区周边有动火作业时禁止卸车。卸车人员"
                    "应穿戴防化服、防毒面具、护目镜和防化手套。",
                ],
            ),
            (
                "氨水泄漏或者溅到身上怎么办？",
                [
                    "答：发生氨水泄漏时，现场人员应立即向上风向撤离并报告值长，启动储罐区水喷淋稀释吸收，"
                    "泄漏物用围堰收集，严禁直接排入雨水管网。抢险人员必须佩戴正压式空气呼吸器、穿重型防化"
                    "服进入泄漏区。",
                    "氨水溅到皮肤上，应立即脱去污染的衣物，用大量流动清水冲洗至少20分钟；溅入眼睛的，应提"
                    "起眼睑用流动清水或生理盐水冲洗至少20分钟，然后送医。",
                ],
            ),
        ],
    ),
    (
        "八、渗滤液处理站与沼气",
        [
            (
                "渗滤液处理站主要有哪些危险？",
                [
                    "答：垃圾渗滤液在调节池、厌氧反应器内会产生硫化氢和沼气。硫化氢是剧毒气体，低浓度时有"
                    "臭鸡蛋味，浓度升高后会麻痹嗅觉，使人闻不到气味而误以为安全；沼气的主要成分是甲烷，与"
                    "空气混合达到爆炸极限时遇火源即发生爆炸。因此，不能凭气味判断现场是否安全。",
                ],
            ),
            (
                "渗滤液站的气体报警值是怎样设定的？",
                [
                    "答：渗滤液站固定式硫化氢检测报警仪一级报警值为10ppm，二级报警值为20ppm；可燃气体检测"
                    "报警仪一级报警值为爆炸下限的20%，二级报警值为爆炸下限的40%。",
                    "一级报警时，现场人员应检查原因、加强通风；二级报警时，现场人员必须立即撤离至安全区域"
                    "并报告值长，由值长组织佩戴正压式空气呼吸器的人员处置。",
                ],
            ),
            (
                "渗滤液站巡检有哪些要求？",
                [
                    "答：巡检渗滤液站地下池区、厌氧罐区和污泥脱水间时，必须两人同行，并随身携带便携式四合"
                    "一气体检测仪，边走边测。严禁单人进入地下池区和污泥脱水间，严禁站在池体盖板、格栅上作"
                    "业或探身向池内张望。",
                    "夜间巡检还应携带防爆手电，巡检结束后在巡检系统中打卡记录。",
                ],
            ),
            (
                "沼气系统区域有什么禁止事项？",
                [
                    "答：沼气柜、沼气管道、脱硫塔和沼气火炬所在区域为防爆区域，区域内禁止使用非防爆电器、"
                    "手机和非防爆对讲机，禁止穿带铁钉的鞋和化纤服装。进入防爆区域前，应在入口处触摸人体静"
                    "电释放器，并把火种交到门卫处存放。",
                    "沼气火炬应保持长明灯常燃；沼气系统检修必须先用氮气置换，经可燃气体检测合格后方可进行。",
                ],
            ),
            (
                "渗滤液站加药间的化学品怎样安全使用？",
                [
                    "答：加药间使用的浓硫酸、氢氧化钠、次氯酸钠等化学品应分区存放，酸碱不得混放，次氯酸钠"
                    "不得与酸类接触。稀释浓硫酸时必须将酸缓慢加入水中，严禁将水倒入浓硫酸。",
                    "操作人员应穿戴耐酸碱手套、防护面屏和防酸围裙。加药间的洗眼器和紧急喷淋装置每周放水检"
                    "查1次，保证随时可用。",
                ],
            ),
        ],
    ),
    (
        "九、有限空间作业",
        [
            (
                "厂内哪些地方属于有限空间？",
                [
                    "答：厂内有限空间主要包括：垃圾池、渗滤液收集池和调节池、厌氧反应器、沼气柜、污泥池、"
                    "锅炉汽包和炉膛、烟道、布袋除尘器仓室和灰斗、石灰浆罐、飞灰仓、活性炭仓、炉渣坑、化粪"
                    "池和各类污水井、电缆沟。安全环保部对每个有限空间设置警示标志并建立台账。",
                ],
            ),
            (
                "有限空间作业要按什么程序进行？",
                [
                    "答：有限空间作业必须坚持“先通风、再检测、后作业”的原则，未经通风和检测严禁作业。具体程序如下：",
                    "①办理有限空间作业票，作业负责人、监护人和作业人员均须经专项培训合格；",
                    "②对作业空间进行隔离，关闭并加盲板隔断相连的物料、气体管道，切断电源并挂牌上锁；",
                    "③采用机械强制通风，通风时间不少于30分钟；",
                    "④作业开始前30分钟内进行气体检测，合格标准为：氧含量19.5%～23.5%，硫化氢浓度小于10mg/"
                    "m³，一氧化碳浓度小于30mg/m³，可燃气体浓度低于爆炸下限的10%；",
                    "⑤作业中进行连续监测，检测结果超标时立即撤出；作业中断后恢复作业前，须重新检测合格。",
                ],
            ),
            (
                "有限空间作业监护人有哪些职责？",
                [
                    "答：监护人应在有限空间外全程监护，不得离开作业现场，不得进入有限空间。监护人负责清点"
                    "出入人员，与作业人员保持联络，发现异常情况时立即命令作业人员撤离。",
                    "作业人员在有限空间内连续作业不得超过40分钟，应轮换出来休息。发生人员中毒窒息时，监护"
                    "人严禁盲目进入施救，应立即呼叫救援，由佩戴正压式空气呼吸器的救援人员实施救援。",
                ],
            ),
        ],
    ),
    (
        "十、动火、高处作业与消防",
        [
            (
                "动火作业怎样分级、由谁审批？",
                [
                    "答：动火作业分为特级、一级和二级：",
                    "①特级动火：在运行中的沼气、氨水系统设备和管道上动火，由总经理审批；",
                    "②一级动火：在活性炭仓、渗滤液站、沼气防爆区、油库、氨水储罐区等区域及其周边10米范围"
                    "内动火，由生产副总经理审批；",
                    "③二级动火：除特级、一级以外的生产区域动火，由安全环保部审批。",
                    "特级和一级动火作业票有效期不超过8小时，二级动火作业票有效期不超过72小时，超过有效期应重新办理。",
                ],
            ),
            (
                "动火作业现场要做好哪些安全措施？",
                [
                    "答：动火前应清除动火点周围的可燃物，不能清除的用阻燃毯覆盖，动火点周围配备不少于2具"
                    "灭火器。在可能存在可燃气体的区域动火，动火前应进行可燃气体分析，分析合格后超过1小时"
                    "未动火的须重新分析。",
                    "高处动火应采取防止火花溅落的措施。动火作业必须设专职监火人，监火人不得兼做其他工作。"
                    "动火结束后，监火人应检查清理现场，确认无残留火种后继续留守不少于30分钟方可离开。",
                ],
            ),
            (
                "高处作业有什么要求？",
                [
                    "答：在坠落高度基准面2米及以上有可能坠落的高处作业，必须系挂全身式安全带，安全带应高"
                    "挂低用，挂在牢固可靠的构件上。高处作业使用的工具应放在工具袋内，严禁上下抛掷工具和材料。",
                    "遇6级及以上大风、暴雨、大雾等恶劣天气，应停止露天高处作业。在锅炉钢架、烟囱平台等处"
                    "作业，还须办理高处作业票。",
                ],
            ),
            (
                "消防器材和消防通道怎样管理？",
                [
                    "答：各岗位对责任区内的灭火器、消火栓每月至少检查1次，并在检查卡上签字。严禁挪用消防"
                    "器材，严禁圈占、遮挡消火栓，严禁占用、堵塞消防车通道和疏散通道。",
                    "主厂房、中控室、电子设备间的火灾自动报警系统和气体灭火系统不得擅自关闭或改为手动；因"
                    "检修确需暂停的，须经安全环保部批准，并落实临时监护措施。",
                ],
            ),
        ],
    ),
    (
        "十一、应急处置与奖惩",
        [
            (
                "发生事故后应当怎样报告？",
                [
                    "答：事故发生后，现场人员应立即报告当班值长，值长接报后应在5分钟内报告生产副总经理和"
                    "安全环保部。发生人员死亡、重伤或者较大财产损失的，公司主要负责人接到报告后应在1小时"
                    "内向属地应急管理部门报告。",
                    "任何人不得迟报、漏报、谎报或者瞒报事故，不得故意破坏事故现场、毁灭有关证据。",
                ],
            ),
            (
                "全厂失电（厂用电中断）时运行人员应怎样处置？",
                [
                    "答：厂用电全部中断时，运行人员应立即确认柴油发电机自动启动并带上保安负荷；柴油发电机"
                    "未自动启动的，应在3分钟内手动启动。焚烧炉立即停止给料，防止炉膛正压；汽轮机按紧急停"
                    "机处理，确认直流事故油泵运行正常，防止汽轮机断油烧瓦。",
                ],
            ),
            (
                "有人触电、中毒或者烧烫伤时，现场怎样急救？",
                [
                    "答：现场急救应先保证救援人员自身安全，再救人，同时通知医务室和值长：",
                    "①触电：先切断电源，或用干燥的木棒、绝缘杆等绝缘工具使触电者脱离电源，严禁直接用手拉"
                    "触电者；触电者心跳、呼吸停止的，立即进行心肺复苏；",
                    "②硫化氢、一氧化碳中毒：救援人员佩戴正压式空气呼吸器后，将中毒者移至空气新鲜处，解开"
                    "衣领，保持呼吸道通畅；",
                    "③烧伤、烫伤：立即用流动的凉水冲淋降温，不要挑破水疱，不要在伤处涂抹牙膏、酱油等物品"
                    "，用干净的布覆盖后送医。",
                ],
            ),
            (
                "公司应急演练多长时间组织一次？",
                [
                    "答：综合应急预案演练每年至少组织1次，专项应急预案演练每半年至少组织1次，现场处置方案"
                    "演练每季度至少组织1次。各运行值每月开展一次岗位应急处置桌面推演。员工必须按通知参加"
                    "演练，无故缺席的按一般违章处理。",
                ],
            ),
            (
                "违反安全规定会受到什么处罚？",
                [
                    "答：违章行为实行记分和经济处罚相结合：",
                    "①一般违章：每次扣罚200元，记2分；",
                    "②严重违章（未办理作业票进行危险作业、擅自拆除安全装置、酒后上岗等）：每次扣罚1000元"
                    "，记6分，并停岗培训；",
                    "③一年内累计记分达到12分的，调离原岗位，经重新培训考试合格后方可上岗。",
                ],
            ),
        ],
    ),
]

PHONES: list[tuple[str, str]] = [
    ("中控室（值长）", "6000"),
    ("厂内火警", "6119"),
    ("医务室", "6120"),
    ("安全环保部", "8119"),
    ("门卫（东门）", "6110"),
]


def numbered() -> list[Chapter]:
    """Chapters with their question lines numbered "N. 问：……" straight through the handbook."""
    out: list[Chapter] = []
    n = 0
    for title, items in CHAPTERS:
        rows = []
        for question, answer in items:
            n += 1
            rows.append((f"{n}. 问：{question}", answer))
        out.append((title, rows))
    return out


def contents() -> list[str]:
    lines = []
    n = 0
    for title, items in CHAPTERS:
        lines.append(f"{title}（第{n + 1}～{n + len(items)}问）")
        n += len(items)
    lines.append("附：厂内应急联系电话")
    return lines


def units() -> list[str]:
    """Every unit of source text, as written before any line wrapping."""
    out = [text for _, text in COVER] + PREFACE + contents()
    for title, items in numbered():
        out.append(title)
        for question, answer in items:
            out.append(question)
            out.extend(answer)
    for name, number in PHONES:
        out.extend([name, number])
    return out


class Handbook(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("wqy", size=8.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 5, RUNNING_HEAD, align="R")
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 20)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("wqy", size=9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 6, f"第{self.page_no() - 1}页", align="C")


def cover(pdf: Handbook) -> None:
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    layout = {
        "org": (48, 18, 12),
        "title": (88, 34, 18),
        "subtitle": (108, 20, 12),
        "edition": (150, 15, 9),
        "dept": (222, 15, 9),
        "date": (234, 14, 9),
    }
    for key, text in COVER:
        y, size, h = layout[key]
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("wqy", size=size)
        pdf.set_text_color(160, 20, 20) if key == "title" else pdf.set_text_color(0, 0, 0)
        pdf.cell(width, h, text, align="C")
    pdf.set_draw_color(160, 20, 20)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin + 20, 128, pdf.w - pdf.r_margin - 20, 128)
    pdf.set_line_width(0.3)
    pdf.line(pdf.l_margin + 20, 130, pdf.w - pdf.r_margin - 20, 130)
    pdf.set_text_color(0, 0, 0)


def block(pdf: Handbook, text: str, size: float, *, indent: float = 0.0, gap: float = 0.0) -> None:
    pdf.set_font("wqy", size=size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(
        pdf.w - pdf.l_margin - pdf.r_margin - indent,
        size * 0.55,
        text,
        wrapmode=WrapMode.CHAR,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    if gap:
        pdf.ln(gap)


def preface(pdf: Handbook) -> None:
    pdf.add_page()
    pdf.set_font("wqy", size=16)
    pdf.cell(0, 12, "编　印　说　明", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for para in PREFACE:
        block(pdf, "　　" + para, 11, gap=2)
    pdf.ln(6)
    pdf.set_font("wqy", size=16)
    pdf.cell(0, 12, "目　　录", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for line in contents():
        block(pdf, line, 11, indent=20, gap=1.5)


def one_column(pdf: Handbook, chapters: list[Chapter], *, new_page: bool) -> None:
    if new_page:
        pdf.add_page()
    for title, items in chapters:
        pdf.ln(2)
        pdf.set_text_color(160, 20, 20)
        block(pdf, title, 14, gap=2)
        for question, answer in items:
            pdf.set_text_color(20, 50, 120)
            block(pdf, question, 11, gap=1)
            pdf.set_text_color(0, 0, 0)
            for part in answer:
                if part[0] in CIRCLED:
                    block(pdf, part, 10.5, indent=7, gap=0.5)
                elif part.startswith("答："):
                    block(pdf, part, 10.5, gap=0.5)
                else:
                    block(pdf, "　　" + part, 10.5, gap=0.5)
            pdf.ln(2)


def two_columns(pdf: Handbook, chapters: list[Chapter]) -> None:
    """Chapters 三–八 in two columns, starting below chapter 二 and balanced on their last page."""
    pdf.ln(3)
    pdf.set_draw_color(160, 20, 20)
    pdf.set_line_width(0.3)
    pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)
    pdf.ln(2)
    cols = pdf.text_columns(
        ncols=2, gutter=8, text_align="LEFT", line_height=1.45, wrapmode=WrapMode.CHAR, balance=True
    )
    with cols:
        for title, items in chapters:
            pdf.set_font("wqy", size=13)
            pdf.set_text_color(160, 20, 20)
            with cols.paragraph(text_align="CENTER", top_margin=3, bottom_margin=2) as par:
                par.write(title)
            for question, answer in items:
                pdf.set_font("wqy", size=10.5)
                pdf.set_text_color(20, 50, 120)
                with cols.paragraph(top_margin=2, bottom_margin=1) as par:
                    par.write(question)
                pdf.set_font("wqy", size=10)
                pdf.set_text_color(0, 0, 0)
                for part in answer:
                    if part[0] in CIRCLED:
                        with cols.paragraph(indent=4) as par:
                            par.write(part)
                    elif part.startswith("答："):
                        with cols.paragraph() as par:
                            par.write(part)
                    else:
                        with cols.paragraph(first_line_indent=7) as par:
                            par.write(part)
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(pdf.l_margin)
    pdf.ln(3)
    pdf.set_draw_color(160, 20, 20)
    pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)
    pdf.ln(2)


def phone_table(pdf: Handbook) -> None:
    pdf.ln(4)
    if pdf.will_page_break(60):
        pdf.add_page()
    pdf.set_text_color(160, 20, 20)
    block(pdf, "附：厂内应急联系电话", 13, gap=2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("wqy", size=10.5)
    with pdf.table(
        col_widths=(60, 40),
        width=100,
        text_align="CENTER",
        line_height=7,
        headings_style=FontFace(emphasis=""),
    ) as table:
        table.row(["部门或岗位", "内线电话"])
        for name, number in PHONES:
            table.row([name, number])


def build() -> None:
    pdf = Handbook(format="A4")
    pdf.set_creation_date(datetime(2025, 6, 18, 9, 0, tzinfo=UTC))
    pdf.set_title("岚江绿源环保能源有限公司员工安全手册（问答版）2025年版")
    pdf.set_author("岚江绿源环保能源有限公司安全环保部")
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, margin=20)
    cover(pdf)
    preface(pdf)
    chapters = numbered()
    two = [c for c in chapters if c[0].split("、")[0] in TWO_COLUMN_CHAPTERS]
    first = [c for c in chapters[: chapters.index(two[0])]]
    last = [c for c in chapters[chapters.index(two[-1]) + 1 :]]
    one_column(pdf, first, new_page=True)
    two_columns(pdf, two)
    one_column(pdf, last, new_page=False)
    phone_table(pdf)
    pdf.output(str(OUT))


def check() -> int:
    text_units = units()
    body = "".join(text_units)
    han = sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff")
    print(f"{OUT.name}: {len(body)} characters ({han} Han) in {len(text_units)} units")
    if not QA.exists():
        print(f"{QA.name} missing")
        return 1
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    bad = 0
    for item in data["questions"]:
        must = item.get("must") or []
        if not must:
            continue
        holders = [u for u in text_units if all(m in u for m in must)]
        for m in must:
            count = sum(1 for u in text_units if m in u)
            if count != 1:
                print(f"{item['id']}: {m!r} occurs in {count} units")
                bad += 1
        if len(holders) != 1:
            print(f"{item['id']}: must strings {must!r} are not together in exactly one unit")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    build()
    sys.exit(check())
