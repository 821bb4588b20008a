"""Generate tests/data/rulebook_jinggong.docx, the document of the blind set qa_holdout_jinggong.yaml.

An invented metal-products plant's hidden-hazard rules and checklist (《精工五金制品有限公司事故隐患排查
治理制度及隐患排查清单》: stamping presses, CNC machining, welding, an electroplating line with acids and
cyanide-free zinc, a spray-painting booth, aluminium polishing dust, a natural-gas curing oven, overhead
cranes, a hazardous-chemicals store). The Word file is laid out the way such checklists usually are:

* a covering notice (文号, 主送, signature) and a short 制度 of sixteen articles typed as ordinary paragraphs
  ("第一条　…", no Word numbering), with typed （一）… sub-paragraphs;
* the bulk of the text is ONE large table (89 rows, in a landscape section) with the columns
  序号 | 排查类别 | 排查项目 | 排查内容及标准 | 排查频次 | 责任部门, where 排查类别 is a vertically merged cell
  (w:vMerge restart/continue) spanning all rows of its category, the header row repeats on every page
  (w:tblHeader), many cells hold two paragraphs, and 序号 restarts per category as "1.1, 1.2 …";
* 附件1, a 隐患整改通知单 form table with blank fields (underscores, □ tick boxes, horizontally merged
  cells), and 附件2, a 重大事故隐患判定 list in typed numbered paragraphs;
* a running header and a "第 N 页 共 M 页" footer made of PAGE / NUMPAGES fields.

The output is byte-for-byte the same on every run: fixed core properties and fixed zip entry dates.

    .venv/bin/python tests/data/make_rulebook_jinggong.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

OUT = Path(__file__).with_name("rulebook_jinggong.docx")
FIXED = datetime(2026, 3, 9, 9, 30, 0)
ZIP_DATE = (2026, 3, 9, 9, 30, 0)
TITLE = "精工五金制品有限公司事故隐患排查治理制度及隐患排查清单"
INDENT = "　　"

NOTICE: list[tuple[str, str]] = [
    ("red", "精工五金制品有限公司文件"),
    ("center", "精工安字〔2026〕3号"),
    ("title", "关于印发《精工五金制品有限公司事故隐患排查治理制度》及隐患排查清单的通知"),
    ("left", "各车间、各部室："),
    (
        "p",
        "为推动事故隐患排查治理常态化、清单化，公司安全环保部会同设备动力部和各车间，对2022年印发的隐患排查"
        "管理办法进行了修订，并逐台设备、逐个岗位编制了事故隐患排查清单。修订稿已经2026年3月5日公司安全生产"
        "委员会会议审议通过，现印发给你们，请组织全体员工认真学习。各车间应于2026年3月31日前依据本清单编制"
        "本车间的班组级岗位排查表，报安全环保部审核后执行。",
    ),
    ("left", "附件：1.隐患整改通知单　2.重大事故隐患判定清单"),
    ("right", "精工五金制品有限公司"),
    ("right", "2026年3月9日"),
    ("left", "（联系人：安全环保部　葛文涛　联系电话：0579-87236650）"),
]

ARTICLES: list[tuple[str, list[str]]] = [
    (
        "第一条",
        [
            "为建立健全事故隐患排查治理长效机制，及时发现并消除生产过程中的各类事故隐患，防止和减少生产安全"
            "事故，依据《中华人民共和国安全生产法》《工贸企业重大事故隐患判定标准》《工贸企业粉尘防爆安全规定》"
            "等法律法规和标准，结合公司冲压、机加工、焊接、电镀、喷涂和抛光生产的实际，制定本制度。"
        ],
    ),
    (
        "第二条",
        [
            "本制度适用于公司冲压车间、机加工车间、焊装车间、电镀车间、涂装车间、抛光车间、危险化学品库、"
            "成品仓库、配电室、空压站及办公区域。驻厂承包商和外来施工单位在公司区域内的作业活动，一并纳入"
            "排查范围。"
        ],
    ),
    (
        "第三条",
        [
            "本制度所称事故隐患，是指违反安全生产法律法规、标准、规程和公司安全管理制度的规定，或者因其他"
            "因素在生产经营活动中存在的可能导致事故发生的物的危险状态、人的不安全行为和管理上的缺陷。"
        ],
    ),
    (
        "第四条",
        [
            "隐患排查治理坚持“谁主管、谁负责，谁检查、谁签字”的原则，各级职责如下：",
            "（一）总经理是公司事故隐患排查治理的第一责任人，对重大事故隐患治理负总责，保证治理所需资金投入。",
            "（二）分管安全的副总经理组织公司级隐患排查，审定重大事故隐患治理方案。",
            "（三）安全环保部是隐患排查治理的归口管理部门，负责编制和修订排查清单，组织综合排查和专项排查，"
            "开具《隐患整改通知单》，建立隐患台账并跟踪复查验收。",
            "（四）设备动力部负责压力机、特种设备、燃气系统、除尘系统和电气设施的专业排查和维修整改。",
            "（五）各车间主任是本车间隐患排查治理的第一责任人，组织车间级排查；班组长组织班组级排查。",
            "（六）岗位员工每班上岗前检查本岗位设备、工具和作业环境，发现隐患立即报告班组长。",
        ],
    ),
    (
        "第五条",
        [
            "隐患排查分公司级、车间级和班组级三个层级，排查频次如下：",
            "（一）公司级综合排查每月不少于1次，由分管安全的副总经理带队，安全环保部、设备动力部负责人和"
            "各车间主任参加，原则上安排在每月第二周进行。",
            "（二）车间级排查每周不少于1次，由车间主任带队，车间兼职安全员负责记录。",
            "（三）班组级排查每班进行，由班组长在班前会后30分钟内完成，并在《班组隐患排查记录》上签字。",
            "（四）专业排查按附表《事故隐患排查清单》规定的频次执行；清单频次高于本条规定的，按清单执行。",
        ],
    ),
    (
        "第六条",
        [
            "除日常排查外，公司还应开展季节性、节假日和专项排查：每年5月底前完成防汛、防雷、防暑降温检查；"
            "11月底前完成防冻、防火检查；元旦、春节、五一、国庆等节假日前3天内开展节前安全检查；新建、改建、"
            "扩建项目投入使用前，工艺、设备或主要原料变更后，以及本公司或同行业发生事故后7日内，开展专项排查。"
        ],
    ),
    (
        "第七条",
        [
            "事故隐患分为一般事故隐患和重大事故隐患。一般事故隐患是指危害和整改难度较小，发现后能够立即或者"
            "在较短时间内整改排除的隐患。重大事故隐患是指危害和整改难度较大，需要全部或者局部停产停业，并经过"
            "一定时间整改治理方能排除的隐患，或者因外部因素影响致使公司自身难以排除的隐患。重大事故隐患按附件2"
            "判定。"
        ],
    ),
    (
        "第八条",
        [
            "事故隐患按下列时限整改：",
            "（一）能够立即整改的，由发现人或者所在班组当场整改。",
            "（二）班组级排查发现、班组不能当场整改的一般事故隐患，由车间在3个工作日内整改完毕。",
            "（三）公司级、车间级排查发现的一般事故隐患，整改期限一般不超过7日；需要采购备件或者外委施工的，"
            "经安全环保部同意可以延期，但最长不超过30日。",
            "（四）重大事故隐患由总经理组织制定治理方案，明确治理目标和任务、方法和措施、经费和物资、负责的"
            "机构和人员、治理时限和要求、安全措施和应急预案。治理前或者治理过程中无法保证安全的，应当局部或者"
            "全部停产停用，撤出作业人员，设置警戒标志。",
        ],
    ),
    (
        "第九条",
        [
            "对无法当场整改的事故隐患，安全环保部开具《隐患整改通知单》（附件1），责任单位负责人应当在24小时内"
            "签收。整改完成后，责任单位填写整改完成情况并附整改前后照片报安全环保部，安全环保部在接到报告后"
            "2个工作日内组织复查验收，验收合格的在台账中销号，实现“排查—登记—整改—验收—销号”闭环管理。"
        ],
    ),
    (
        "第十条",
        [
            "发现重大事故隐患的，安全环保部应当在1小时内报告总经理，公司在24小时内向属地应急管理局书面报告。"
            "重大事故隐患治理完成后，公司委托具备相应能力的技术服务机构或者组织不少于3名专家进行评估，评估"
            "合格后方可恢复生产或者使用。"
        ],
    ),
    (
        "第十一条",
        [
            "安全环保部建立隐患排查治理台账，记录隐患内容、发现时间、等级、整改责任人、整改期限和验收情况，"
            "台账和《隐患整改通知单》保存不少于3年。每月5日前，安全环保部对上月隐患排查治理情况进行统计分析，"
            "在月度安全例会上通报。"
        ],
    ),
    (
        "第十二条",
        [
            "公司鼓励全体员工报告事故隐患。员工主动报告的隐患经核实属实的，一般事故隐患每条奖励50元至200元，"
            "重大事故隐患每条奖励2000元；及时报告避免了事故发生的，由安全生产委员会另行给予奖励。每季度评选"
            "“隐患排查之星”3名，每人奖励500元。员工可以通过厂区“隐患随手拍”小程序或者安全环保部举报电话"
            "0579-87236651报告隐患。"
        ],
    ),
    (
        "第十三条",
        [
            "有下列情形之一的，按公司安全生产奖惩规定考核：未按规定频次开展排查的，对车间主任考核200元；"
            "事故隐患逾期未整改的，每逾期1日对责任单位考核100元；瞒报、谎报重大事故隐患的，对直接责任人"
            "考核2000元并调离岗位；因隐患未整改导致事故的，依法依规追究责任。"
        ],
    ),
    (
        "第十四条",
        [
            "承包商作业区域内的事故隐患由承包商自查自改，发包车间每日巡查。发现隐患的，发包车间责令其停工"
            "整改；拒不整改的，清退出场并列入公司承包商黑名单，两年内不得承接公司工程。"
        ],
    ),
    (
        "第十五条",
        [
            "参加公司级排查的人员每年接受不少于8学时的隐患排查专项培训。排查人员应当佩戴“安全检查”袖标，"
            "进入涉爆粉尘、电镀和燃气区域时遵守该区域的安全规定，不得在排查中擅自操作设备。"
        ],
    ),
    (
        "第十六条",
        [
            "本制度由安全环保部负责解释，自2026年4月1日起施行。2022年印发的《隐患排查治理管理办法》"
            "（精工安字〔2022〕11号）同时废止。"
        ],
    ),
]

CHECK_NOTE = [
    "说明：1.“每班”指每个生产班次开工前或者作业过程中检查1次；“每次作业前”“每次换模”等按作业次数检查。",
    "2.责任部门为该项目的牵头排查部门，相关车间和班组配合；清单由安全环保部每年修订一次。",
]

# (排查类别, [(排查项目, [排查内容及标准 paragraphs], [排查频次 paragraphs], 责任部门), ...])
Row = tuple[str, list[str], list[str], str]
CHECKLIST: list[tuple[str, list[Row]]] = [
    (
        "基础管理",
        [
            (
                "安全生产责任制",
                [
                    "全员安全生产责任制覆盖各部门、各岗位，每年1月31日前逐级签订安全生产责任书。",
                    "新入职、调岗人员在上岗当月补签岗位安全责任书。",
                ],
                ["每年"],
                "安全环保部",
            ),
            (
                "专职安全管理人员",
                [
                    "按从业人员每100人不少于1名配备专职安全管理人员；主要负责人和安全管理人员取得安全生产知识和"
                    "管理能力考核合格证明。"
                ],
                ["每半年"],
                "人力资源部",
            ),
            (
                "三级安全教育",
                [
                    "新员工上岗前接受公司、车间、班组三级安全教育，累计不少于24学时，考试合格方可上岗。",
                    "离岗6个月以上或者转岗的，重新接受车间级和班组级安全教育。",
                ],
                ["每季度"],
                "人力资源部",
            ),
            (
                "特种作业人员持证",
                [
                    "电工、焊工、叉车司机、起重机司机持有效证件上岗，证件复审到期前60日由人力资源部书面提醒本人。"
                ],
                ["每月"],
                "人力资源部",
            ),
            (
                "劳动防护用品",
                [
                    "按岗位配发并正确佩戴劳动防护用品：冲压工配防砸安全鞋和耳塞；电镀工配耐酸碱手套、防护面屏和"
                    "耐酸围裙；抛光工配KN95及以上防尘口罩和防静电工作服。"
                ],
                ["每周"],
                "各车间",
            ),
            (
                "危险作业审批",
                [
                    "动火、有限空间、高处、吊装、临时用电等危险作业办理作业票，现场设专人监护。",
                    "一级动火作业票有效期不超过8小时，二级动火作业票有效期不超过72小时。",
                ],
                ["每次作业前"],
                "安全环保部",
            ),
            (
                "相关方管理",
                [
                    "外来施工单位签订安全管理协议，入厂人员接受不少于2学时的入厂安全告知，由发包车间指定现场"
                    "联系人。"
                ],
                ["每月"],
                "安全环保部",
            ),
            (
                "应急预案与演练",
                [
                    "综合应急预案每3年评估一次；公司综合演练每年不少于1次，车间现场处置方案演练每半年不少于1次，"
                    "演练结束后5日内完成评估总结。"
                ],
                ["每季度"],
                "安全环保部",
            ),
        ],
    ),
    (
        "冲压设备",
        [
            (
                "双手操作装置",
                [
                    "双手操作按钮两钮内侧间距不小于300mm，须在0.5秒内同时按下滑块才能下行，松开任一按钮滑块"
                    "即停止。",
                    "按钮设防护圈，严禁用胶带、重物压住按钮代替双手操作。",
                ],
                ["每班开机前试验"],
                "冲压车间",
            ),
            (
                "光电保护装置",
                [
                    "光幕保护高度覆盖操作危险区，遮挡任一光束滑块立即停止；光幕与模具危险线的安全距离按压力机"
                    "停机时间计算并在机身标明。"
                ],
                ["每班开机前用试棒检测", "设备动力部每月校验"],
                "冲压车间",
            ),
            (
                "离合器和制动器",
                [
                    "离合器、制动器动作灵敏可靠，不得出现连冲；滑块停在上死点时制动角不大于15°，超出时停机调整。"
                ],
                ["每周"],
                "设备动力部",
            ),
            (
                "安全垫块",
                [
                    "换模、调模、修模时，切断主电源并上锁挂牌，在上下模之间放置安全垫块（安全栓），作业完毕后"
                    "方可取出。"
                ],
                ["每次换模"],
                "冲压车间",
            ),
            (
                "传动部件防护",
                [
                    "飞轮、皮带轮、齿轮等外露旋转部件设置固定式防护罩，罩体采用网孔不大于12mm的钢板网，牢固无破损。"
                ],
                ["每周"],
                "冲压车间",
            ),
            (
                "脚踏开关",
                [
                    "脚踏开关上部和两侧设置防护罩，防止物料坠落或者误踩启动；使用脚踏开关的压力机必须同时配备"
                    "光电保护装置。"
                ],
                ["每班"],
                "冲压车间",
            ),
            (
                "手用工具",
                ["小件冲压使用电磁吸盘、专用镊子或者钩子等手用工具送料取件，严禁手伸入上下模之间。"],
                ["每班"],
                "冲压车间",
            ),
            (
                "压力机安全性能检测",
                [
                    "压力机每年委托有能力的机构进行一次安全性能检测，检测报告存入设备档案；检测不合格的停止使用。"
                ],
                ["每年"],
                "设备动力部",
            ),
            (
                "作业场所噪声",
                ["冲压区作业岗位噪声8小时等效声级超过85dB(A)的，设置警示标识并配发耳塞；噪声每年检测一次。"],
                ["每年"],
                "安全环保部",
            ),
        ],
    ),
    (
        "机加工设备",
        [
            (
                "防护门联锁",
                [
                    "数控车床、加工中心防护门与主轴联锁，防护门打开时主轴不能启动，运行中打开防护门主轴立即停止。"
                ],
                ["每班"],
                "机加工车间",
            ),
            (
                "卡盘扳手",
                ["卡盘扳手使用后立即取下放回工具架，严禁插在卡盘上；卡盘、夹具紧固螺栓无松动。"],
                ["每班"],
                "机加工车间",
            ),
            (
                "切屑清理",
                ["清理切屑使用铁钩、毛刷，严禁用手直接清理或者用压缩空气吹向人员；长切屑缠绕时停机处理。"],
                ["每班"],
                "机加工车间",
            ),
            (
                "旋转设备个人防护",
                ["操作车床、钻床等旋转设备严禁戴手套，长发盘入工作帽，袖口扎紧。"],
                ["每班"],
                "机加工车间",
            ),
            (
                "砂轮机",
                [
                    "砂轮机安装在专用房间或者设置防护挡板，不得正对人员通道；托架与砂轮间距不大于3mm，防护罩"
                    "开口角度不大于90°。",
                    "砂轮有裂纹、受潮或者磨损到距法兰盘外缘10mm时更换。",
                ],
                ["每周"],
                "机加工车间",
            ),
            (
                "切削液和油雾",
                ["切削液每周检测浓度和pH值，变质及时更换；加工中心配油雾收集器，滤芯每季度更换。"],
                ["每周"],
                "机加工车间",
            ),
        ],
    ),
    (
        "焊接作业",
        [
            (
                "焊机接线",
                [
                    "焊机外壳可靠接地，一次侧电源线长度不超过5m，二次线长度不超过30m且接头不超过3个，绝缘层"
                    "无破损。"
                ],
                ["每日"],
                "焊装车间",
            ),
            (
                "焊接烟尘",
                ["固定焊接工位设置烟尘净化装置，吸气罩口距焊点不大于300mm，净化装置滤筒每月清灰。"],
                ["每日"],
                "焊装车间",
            ),
            (
                "气瓶使用",
                [
                    "氧气瓶与乙炔瓶使用时间距不小于5m，与明火间距不小于10m；乙炔瓶直立使用并有防倾倒措施。",
                    "氧气瓶、乙炔瓶出口均安装回火防止器。",
                ],
                ["每班"],
                "焊装车间",
            ),
            (
                "气瓶存放",
                [
                    "车间内气瓶存放量不超过2天的使用量，空瓶与实瓶分开存放并挂牌标识；存放点设置防晒棚和"
                    "固定链条。"
                ],
                ["每周"],
                "仓储物流部",
            ),
            (
                "弧光防护",
                [
                    "焊接工位之间设置阻燃防弧光挡屏，屏高不低于1.8m；焊工佩戴焊接面罩、焊工手套，穿阻燃工作服。"
                ],
                ["每日"],
                "焊装车间",
            ),
            (
                "焊接机器人工作站",
                [
                    "工作站设置安全围栏，检修门与机器人急停联锁；人员进入示教时使用示教器低速模式，速度不超过"
                    "250mm/s。"
                ],
                ["每班"],
                "焊装车间",
            ),
            (
                "工位外动火",
                [
                    "在固定焊接工位以外区域焊割须办理动火作业票，动火点周围可燃物清理干净，无法清理的用阻燃布"
                    "覆盖，配备2具灭火器。",
                    "动火结束后监护30分钟，确认无残火方可离开。",
                ],
                ["每次动火"],
                "安全环保部",
            ),
        ],
    ),
    (
        "电镀线",
        [
            (
                "镀槽和酸洗槽",
                ["槽体无渗漏、无腐蚀穿孔，槽液液面距槽口不小于150mm；槽区地面防腐完好，设置导流沟和围堰。"],
                ["每日"],
                "电镀车间",
            ),
            (
                "槽边抽风和酸雾处理",
                [
                    "盐酸酸洗槽、除油槽设置槽边抽风，酸雾经碱液喷淋塔处理后排放。",
                    "喷淋塔循环液pH值低于7时及时补碱。",
                ],
                ["每日"],
                "电镀车间",
            ),
            (
                "配酸作业",
                [
                    "稀释浓硫酸时将酸缓慢加入水中并不断搅拌，严禁将水加入酸中；配酸由2人进行，穿戴耐酸碱服、"
                    "防护面屏和耐酸碱手套。"
                ],
                ["每次配酸"],
                "电镀车间",
            ),
            (
                "洗眼器和紧急淋浴器",
                [
                    "酸洗、配液区域设置紧急洗眼器和淋浴器，从作业点到达时间不超过10秒，水源为饮用水。",
                    "每周放水试验1次并记录，冬季采取防冻措施。",
                ],
                ["每周"],
                "电镀车间",
            ),
            (
                "无氰镀锌槽",
                ["碱性无氰镀锌槽液温度控制在18～35℃；氢氧化钠先在溶解槽中溶解后再加入镀槽，防止溅出。"],
                ["每日"],
                "电镀车间",
            ),
            (
                "槽内电加热器",
                [
                    "槽内电加热器设液位低限保护和超温断电保护，液位低于加热管时自动断电；加热管外套钛管或者"
                    "聚四氟乙烯管，无破损漏电。"
                ],
                ["每周"],
                "设备动力部",
            ),
            (
                "整流器和导电排",
                ["整流器柜体接地可靠，导电排与槽体绝缘良好，极杆连接处无发热变色；整流器室保持干燥、通风。"],
                ["每月"],
                "设备动力部",
            ),
            (
                "钝化液和酸类暂存",
                [
                    "三价铬钝化液、硝酸等原料按日领用，车间暂存量不超过24小时用量，存放在专用耐腐蚀柜内并上锁。"
                ],
                ["每班"],
                "电镀车间",
            ),
            (
                "电镀自动线行车",
                [
                    "自动线行车设置前后限位、防碰撞装置和急停按钮。",
                    "线体两侧检修通道宽度不小于1.2m，槽边设置高度不低于1.05m的防护栏杆。",
                ],
                ["每周"],
                "电镀车间",
            ),
            (
                "废水处理",
                [
                    "酸碱废水经废水处理站中和后排放，排放口pH在线监测，控制在6～9；加药间硫酸、液碱储罐设置"
                    "围堰。"
                ],
                ["每日"],
                "安全环保部",
            ),
        ],
    ),
    (
        "喷涂",
        [
            (
                "喷漆室通风",
                [
                    "作业前先开启排风系统，排风运行后方可开启喷枪；作业停止后排风继续运行不少于15分钟。",
                    "喷漆室断面平均风速不低于0.4m/s。",
                ],
                ["每班"],
                "涂装车间",
            ),
            (
                "可燃气体报警",
                [
                    "喷漆室和调漆间设置可燃气体报警器，一级报警设定值不高于爆炸下限的25%，报警时联锁启动强制"
                    "排风并停止供漆。"
                ],
                ["每班查看", "每年检定1次"],
                "涂装车间",
            ),
            (
                "防爆电气",
                [
                    "喷漆室、调漆间内电机、照明灯具、开关和插座均采用防爆型，防爆等级不低于ExdⅡBT4，不得私拉"
                    "电线。"
                ],
                ["每月"],
                "设备动力部",
            ),
            (
                "防静电接地",
                [
                    "喷枪、供漆管、工件挂具、漆桶和输送链可靠接地，防静电接地电阻不大于100Ω。",
                    "操作人员穿防静电工作服和防静电鞋，不得在喷漆室内穿脱衣服。",
                ],
                ["每月"],
                "涂装车间",
            ),
            (
                "调漆间",
                ["调漆间油漆、稀释剂存放量不超过当班用量，桶盖随开随盖；门口设置人体静电释放装置。"],
                ["每班"],
                "涂装车间",
            ),
            (
                "漆渣和废抹布",
                ["沾有油漆、稀释剂的废抹布和废过滤棉放入带盖金属桶，每班下班前清运至危险废物暂存间。"],
                ["每班"],
                "涂装车间",
            ),
            (
                "干式过滤",
                ["干式喷漆室过滤棉压差超过设定值时更换，且每周至少更换1次；严禁在喷漆室内堆放杂物。"],
                ["每周"],
                "涂装车间",
            ),
        ],
    ),
    (
        "粉尘防爆",
        [
            (
                "除尘方式",
                [
                    "铝制品抛光、打磨粉尘采用湿式除尘器收集，不得与其他车间的除尘系统互联互通；除尘器布置在"
                    "室外或者独立房间。"
                ],
                ["每月"],
                "设备动力部",
            ),
            (
                "抛光机吸尘罩",
                ["每台抛光机设置吸尘罩，罩口与抛光轮边缘的间隙保持在50mm以内，吸尘罩不得拆除或者移位。"],
                ["每班"],
                "抛光车间",
            ),
            (
                "除尘管道",
                ["除尘管道采用金属材质并可靠接地，管道内风速不低于23m/s；水平管道每隔6m设置一个清扫口。"],
                ["每周"],
                "设备动力部",
            ),
            (
                "湿式除尘器联锁",
                [
                    "湿式除尘器水位、水流量与抛光设备联锁，水位低于设定值时报警并停止抛光作业。",
                    "水箱上部设置氢气排放口，保持通风，不得密闭。",
                ],
                ["每班"],
                "抛光车间",
            ),
            (
                "铝泥清理",
                [
                    "湿式除尘器水箱内的铝泥每天清理1次，清出的铝泥装入有盖容器，存放在通风干燥的指定地点，"
                    "不得与酸类物质混存。"
                ],
                ["每日"],
                "抛光车间",
            ),
            (
                "积尘清扫",
                [
                    "作业岗位、设备表面和地面积尘每班清扫，积尘厚度不超过1mm。",
                    "清扫采用防爆吸尘器或者湿式清扫，严禁使用压缩空气吹扫。",
                ],
                ["每班"],
                "抛光车间",
            ),
            (
                "点火源控制",
                [
                    "抛光车间内严禁吸烟和未经审批的动火作业；电气设备采用粉尘防爆型，抛光机传动皮带设置防护罩，"
                    "防止摩擦起火。"
                ],
                ["每周"],
                "安全环保部",
            ),
            (
                "粉尘防爆培训",
                ["涉爆粉尘作业人员每年接受不少于4学时的粉尘防爆专项培训，考试不合格的不得上岗。"],
                ["每半年"],
                "人力资源部",
            ),
        ],
    ),
    (
        "燃气固化炉",
        [
            (
                "熄火保护装置",
                ["固化炉燃烧器设置熄火保护装置，火焰熄灭后3秒内自动切断燃气供应并发出声光报警。"],
                ["每月测试1次"],
                "设备动力部仪表班",
            ),
            (
                "燃气泄漏报警",
                [
                    "固化炉燃气管路和调压撬区域设置甲烷检测报警器，报警设定值为爆炸下限的20%，与燃气紧急切断阀"
                    "联锁。",
                    "报警器每年由有资质的单位检定。",
                ],
                ["每日巡检"],
                "设备动力部",
            ),
            (
                "点火前吹扫",
                [
                    "点火前先启动风机对炉膛进行吹扫，吹扫时间不少于5分钟；点火失败时重新吹扫后方可再次点火，"
                    "严禁连续点火。"
                ],
                ["每次点火前"],
                "涂装车间",
            ),
            (
                "风机联锁",
                [
                    "循环风机、排风机与燃烧器联锁，风机未运行时燃烧器不能点火；炉内有机挥发物浓度控制在爆炸"
                    "下限的25%以下。"
                ],
                ["每周"],
                "设备动力部",
            ),
            (
                "燃气管道和阀门",
                [
                    "燃气管道涂黄色并标明介质和流向，法兰跨接和接地完好；用检漏仪检查阀门和接头。",
                    "每年委托检测单位进行1次燃气管道泄漏检测。",
                ],
                ["每日巡检"],
                "设备动力部",
            ),
            (
                "泄爆口",
                ["炉体顶部设置泄爆口，泄爆方向朝向无人员通行的安全区域，泄爆口不得堵塞或者加固。"],
                ["每季度"],
                "设备动力部",
            ),
            (
                "超温保护",
                ["固化炉设独立超温保护，炉温超过设定上限220℃时自动切断燃气；炉温记录保存不少于1年。"],
                ["每班"],
                "涂装车间",
            ),
        ],
    ),
    (
        "起重设备",
        [
            (
                "定期检验",
                [
                    "桥式起重机、电动葫芦每2年进行一次定期检验，检验合格标志张贴在司机室或者操作按钮盒附近；"
                    "超期未检的停止使用。"
                ],
                ["每月核查"],
                "设备动力部",
            ),
            (
                "钢丝绳",
                [
                    "钢丝绳无扭结、压扁和笼状畸变；一个捻距内断丝数达到总丝数的10%或者直径减小7%时报废。",
                    "吊钩放到最低位置时卷筒上保留不少于3圈钢丝绳。",
                ],
                ["每日"],
                "各使用车间",
            ),
            (
                "吊钩",
                [
                    "吊钩设置防脱钩装置；出现裂纹，危险断面磨损达原尺寸的10%，或者开口度比原尺寸增加15%时报废，"
                    "严禁焊补。"
                ],
                ["每周"],
                "设备动力部",
            ),
            (
                "限位和急停",
                ["起升高度限位、大车和小车行程限位、急停按钮动作可靠，作业前空载试验。"],
                ["每班"],
                "各使用车间",
            ),
            (
                "制动器",
                ["起升机构制动器制动可靠，吊重停止后无下滑；制动衬垫磨损达原厚度50%时更换。"],
                ["每周"],
                "设备动力部",
            ),
            (
                "吊索具",
                [
                    "吊带、钢丝绳吊索和卸扣标明额定载荷；吊带出现割口、断股或者标签缺失即报废。",
                    "吊索具存放在专用架上，不得随地堆放。",
                ],
                ["每月"],
                "各使用车间",
            ),
            (
                "地面操作",
                [
                    "地面操纵的起重机由培训考核合格的人员操作，操作者跟随吊物行走，吊物下方和运行路线上严禁站人。"
                ],
                ["每班"],
                "各使用车间",
            ),
            (
                "轨道和滑触线",
                [
                    "大车轨道压板螺栓无松动，车挡完好；滑触线设置防护板和指示灯，靠近检修平台处加装防触电保护网。"
                ],
                ["每季度"],
                "设备动力部",
            ),
        ],
    ),
    (
        "危险化学品",
        [
            (
                "分区分类储存",
                [
                    "盐酸、硫酸、硝酸与氢氧化钠等碱类分区存放，间距不小于2m或者用隔墙隔开。",
                    "油漆、稀释剂存放在独立的甲类仓间，不得与酸碱同库。",
                ],
                ["每日"],
                "仓储物流部",
            ),
            (
                "储存限量和堆垛",
                ["储存量不超过核定最大储存量；库内堆垛高度不超过1.5m，墙距不小于0.5m，垛距不小于1m。"],
                ["每周"],
                "仓储物流部",
            ),
            (
                "库房温度和通风",
                ["库房温度不超过30℃，设置温湿度计，每日上午、下午各记录1次；超温时开启通风降温设施。"],
                ["每日"],
                "仓储物流部",
            ),
            (
                "防泄漏设施",
                [
                    "库房地面防腐防渗，门口设置高度不低于200mm的漫坡或者挡板；配备吸附棉、碳酸氢钠等中和剂和"
                    "防护用品。"
                ],
                ["每月"],
                "仓储物流部",
            ),
            (
                "出入库管理",
                ["实行双人收发、双人保管；领用凭车间主任签字的领料单，出入库逐笔登记，做到账物相符。"],
                ["每次出入库"],
                "仓储物流部",
            ),
            (
                "安全技术说明书和标签",
                ["库内和使用点放置中文安全技术说明书，包装容器粘贴安全标签；分装容器同样粘贴标签。"],
                ["每月"],
                "安全环保部",
            ),
            (
                "甲类仓间防爆",
                ["甲类仓间电气设备为防爆型，门口设置人体静电释放器，库区30m范围内严禁烟火。"],
                ["每周"],
                "仓储物流部",
            ),
        ],
    ),
    (
        "电气安全",
        [
            (
                "配电室",
                [
                    "配电室门向外开启，设置高度不低于500mm的挡鼠板；配电柜前操作通道铺设绝缘胶垫，室内配备"
                    "二氧化碳灭火器。"
                ],
                ["每月"],
                "设备动力部",
            ),
            (
                "漏电保护器",
                [
                    "手持电动工具、移动式设备和潮湿场所用电设备安装漏电保护器，额定动作电流不大于30mA，动作"
                    "时间不大于0.1s。",
                    "使用单位每月按试验按钮试跳1次。",
                ],
                ["每月"],
                "设备动力部",
            ),
            (
                "临时用电",
                ["临时用电须办理审批，使用期限一般不超过15天；线路架空或者穿管保护，不得拖地。"],
                ["每周"],
                "安全环保部",
            ),
            (
                "手持电动工具",
                [
                    "Ⅰ类手持电动工具绝缘电阻不低于2MΩ；电镀车间等潮湿场所使用Ⅱ类或者Ⅲ类工具，电源线不得接长使用。"
                ],
                ["每季度"],
                "设备动力部",
            ),
            (
                "行灯",
                ["行灯电压不超过36V，在金属容器内或者潮湿狭窄场所作业时不超过12V；行灯变压器采用双绕组型。"],
                ["每次使用前"],
                "各车间",
            ),
            (
                "防雷接地",
                ["厂房、危险化学品库和燃气调压撬的防雷装置每年检测，接地电阻不大于10Ω。"],
                ["每年雷雨季节前"],
                "设备动力部",
            ),
        ],
    ),
    (
        "消防安全",
        [
            (
                "灭火器",
                ["灭火器按场所配置，压力指针在绿区，瓶体无锈蚀，铅封完好；检查后在检查卡上签字。"],
                ["每月"],
                "安全环保部",
            ),
            (
                "室内消火栓",
                ["消火栓箱内水带、水枪齐全，箱门前不得堆放物品；消防水泵每月手动启动试验1次。"],
                ["每月"],
                "安全环保部",
            ),
            (
                "安全出口和疏散通道",
                ["每个车间安全出口不少于2个，疏散通道宽度不小于1.4m并保持畅通，生产期间安全出口不得上锁。"],
                ["每日"],
                "各车间",
            ),
            (
                "应急照明和疏散指示",
                ["应急照明和疏散指示标志完好，断电后持续供电时间不少于30min。"],
                ["每月"],
                "安全环保部",
            ),
            (
                "消防控制室",
                ["消防控制室24小时值班，每班不少于2人，值班人员持消防设施操作员证书上岗。"],
                ["每日"],
                "安全环保部",
            ),
            (
                "电动自行车充电",
                [
                    "电动自行车在厂区集中充电棚充电，严禁推入车间、宿舍或者楼道内充电；充电桩充满或者充电满"
                    "6小时自动断电。"
                ],
                ["每日"],
                "综合办公室",
            ),
        ],
    ),
]

MAJOR_INTRO = "存在下列情形之一的，判定为重大事故隐患："
MAJOR: list[tuple[str, list[str]]] = [
    (
        "（一）基础管理",
        [
            "1.未对承包单位在公司区域内的作业进行统一协调管理，或者未定期进行安全检查的。",
            "2.特种作业人员未经专门的安全作业培训、未取得相应资格即上岗作业的。",
        ],
    ),
    (
        "（二）冲压与机加工",
        [
            "3.压力机未安装双手操作装置或者光电保护装置，或者保护装置被拆除、短接、失效后仍继续生产的。",
        ],
    ),
    (
        "（三）粉尘防爆",
        [
            "4.铝粉尘湿式除尘系统未设置水位、水流量与抛光设备的联锁，或者联锁失效的。",
            "5.铝泥收集、存放未采取防止氢气积聚措施的。",
            "6.除尘系统采用正压吹送粉尘，且未采取可靠的防范点燃源措施的。",
            "7.未制定粉尘清扫制度，作业现场积尘未及时规范清理的。",
        ],
    ),
    (
        "（四）喷涂与燃气",
        [
            "8.喷漆室、调漆间未安装可燃气体报警装置，或者报警装置与排风设施不能联锁的。",
            "9.天然气固化炉未设置熄火保护和燃气紧急切断装置，或者上述装置失效的。",
            "10.涂装作业场所和固化炉区的电气设备未按规定采用防爆型的。",
        ],
    ),
    (
        "（五）电镀与危险化学品",
        [
            "11.危险化学品库与员工宿舍设在同一座建筑物内的。",
            "12.酸与碱、氧化剂与可燃物在同一仓间混存的。",
        ],
    ),
    (
        "（六）起重与消防",
        [
            "13.起重机械超过定期检验有效期仍继续使用，或者吊钩、钢丝绳已达到报废标准仍在使用的。",
            "14.车间、仓库的安全出口被封堵、锁闭，或者员工宿舍设在车间、仓库内的。",
        ],
    ),
]
MAJOR_END = (
    "对照本清单难以判定的，由安全环保部组织设备、工艺和安全专业人员会商判定；公司无法判定的，报请属地"
    "应急管理局协助认定。"
)


def _east_asian(run_or_style_element: object, name: str) -> None:
    rpr = run_or_style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _run(paragraph: Paragraph, text: str, size: float, font: str = "宋体", bold: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    _east_asian(run._r, font)


def _para(doc: Document, text: str, kind: str = "p") -> Paragraph:
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(26)
    if kind == "red":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.font.size = Pt(26)
        run.bold = True
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        _east_asian(run._r, "方正小标宋简体")
        fmt.line_spacing = Pt(40)
        return p
    if kind in ("title", "h1"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.space_before = Pt(12)
        fmt.space_after = Pt(12)
        fmt.line_spacing = Pt(30)
        _run(p, text, 18 if kind == "title" else 16, "方正小标宋简体")
        return p
    if kind == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif kind == "p":
        text = INDENT + text
    _run(p, text, 14, "仿宋_GB2312")
    return p


def _article(doc: Document, label: str, paragraphs: list[str]) -> None:
    first = doc.add_paragraph()
    first.paragraph_format.line_spacing = Pt(26)
    first.paragraph_format.space_after = Pt(0)
    _run(first, INDENT + label, 14, "黑体")
    _run(first, "　" + paragraphs[0], 14, "仿宋_GB2312")
    for text in paragraphs[1:]:
        _para(doc, text)


def _cell_text(
    cell: _Cell, paragraphs: list[str], size: float = 9, center: bool = False, bold: bool = False
) -> None:
    for i, text in enumerate(paragraphs):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, text, size, "宋体", bold)


def _set_widths(table: object, widths: list[float]) -> None:
    tbl = table._tbl  # type: ignore[attr-defined]
    grid = tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:  # type: ignore[attr-defined]
        idx = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[idx : idx + span]))
            idx += span


def _row_flags(row: object, header: bool = False) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    cant = OxmlElement("w:cantSplit")
    trpr.append(cant)
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def _field(paragraph: Paragraph, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _header_footer(section: object) -> None:
    header = section.header.paragraphs[0]  # type: ignore[attr-defined]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(header, "精工五金制品有限公司事故隐患排查治理制度", 9)
    footer = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(footer, "第 ", 9)
    _field(footer, " PAGE ")
    _run(footer, " 页 共 ", 9)
    _field(footer, " NUMPAGES ")
    _run(footer, " 页", 9)


def _checklist(doc: Document) -> None:
    widths = [1.3, 2.0, 3.2, 12.6, 3.1, 2.9]
    n_rows = 1 + sum(len(rows) for _, rows in CHECKLIST)
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    head = ["序号", "排查类别", "排查项目", "排查内容及标准", "排查频次", "责任部门"]
    for i, text in enumerate(head):
        _cell_text(table.cell(0, i), [text], 10, center=True, bold=True)
    _row_flags(table.rows[0], header=True)
    r = 1
    for k, (category, rows) in enumerate(CHECKLIST, start=1):
        first = r
        for j, (item, content, freq, dept) in enumerate(rows, start=1):
            _row_flags(table.rows[r])
            _cell_text(table.cell(r, 0), [f"{k}.{j}"], center=True)
            _cell_text(table.cell(r, 2), [item])
            _cell_text(table.cell(r, 3), content)
            _cell_text(table.cell(r, 4), freq, center=True)
            _cell_text(table.cell(r, 5), [dept], center=True)
            r += 1
        top = table.cell(first, 1)
        _cell_text(top, [category], center=True)
        if r - 1 > first:
            top.merge(table.cell(r - 1, 1))
    _set_widths(table, widths)


def _form(doc: Document) -> None:
    widths = [3.2, 5.0, 3.2, 4.6]
    table = doc.add_table(rows=9, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    blank = "＿＿＿＿＿＿＿＿"

    def pair(row: int, a: str, b: str, c: str, d: str) -> None:
        _cell_text(table.cell(row, 0), [a], 10.5, center=True)
        _cell_text(table.cell(row, 1), [b], 10.5)
        _cell_text(table.cell(row, 2), [c], 10.5, center=True)
        _cell_text(table.cell(row, 3), [d], 10.5)

    def wide(row: int, label: str, lines: list[str]) -> None:
        _cell_text(table.cell(row, 0), [label], 10.5, center=True)
        merged = table.cell(row, 1).merge(table.cell(row, 3))
        _cell_text(merged, lines, 10.5)

    pair(0, "受检单位", blank, "检查日期", "＿＿＿＿年＿＿月＿＿日")
    wide(1, "检查类别", ["□公司级　□车间级　□班组级　□专项排查　□季节性排查"])
    pair(2, "隐患部位", blank, "隐患等级", "□一般事故隐患　□重大事故隐患")
    wide(3, "隐患内容", ["＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", "", ""])
    wide(4, "整改要求", ["＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", "", ""])
    pair(5, "整改期限", "＿＿＿＿年＿＿月＿＿日前", "整改责任人", blank)
    pair(6, "签发人", blank, "签收人及签收时间", blank)
    wide(
        7,
        "整改完成情况",
        ["（由责任单位填写，附整改前后照片）", "", "责任单位负责人：＿＿＿＿＿＿　日期：＿＿＿＿＿＿"],
    )
    wide(
        8,
        "复查验收意见",
        ["□验收合格，同意销号　□验收不合格，继续整改", "", "验收人：＿＿＿＿＿＿　日期：＿＿＿＿＿＿"],
    )
    for row in table.rows:
        _row_flags(row)
    _set_widths(table, widths)


def build() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    _east_asian(normal.element, "宋体")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    _header_footer(sec)

    for kind, text in NOTICE:
        _para(doc, text, kind)

    doc.add_page_break()
    _para(doc, "精工五金制品有限公司事故隐患排查治理制度", "title")
    for label, paragraphs in ARTICLES:
        _article(doc, label, paragraphs)

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21.0)
    land.top_margin, land.bottom_margin = Cm(2.0), Cm(2.0)
    land.left_margin, land.right_margin = Cm(2.0), Cm(2.0)
    _para(doc, "附表", "left")
    _para(doc, "精工五金制品有限公司事故隐患排查清单", "h1")
    for text in CHECK_NOTE:
        note = doc.add_paragraph()
        note.paragraph_format.space_after = Pt(0)
        _run(note, text, 10.5)
    _checklist(doc)

    port = doc.add_section(WD_SECTION.NEW_PAGE)
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = Cm(21.0), Cm(29.7)
    port.top_margin, port.bottom_margin = Cm(3.7), Cm(3.5)
    port.left_margin, port.right_margin = Cm(2.8), Cm(2.6)
    _para(doc, "附件1", "left")
    _para(doc, "隐患整改通知单", "h1")
    _para(doc, "编号：精工隐改〔2026〕第＿＿＿＿号", "right")
    _form(doc)
    _para(
        doc,
        "注：本通知单一式三联，第一联由安全环保部存档，第二联由责任单位留存，第三联在整改完成后连同整改资料"
        "交回安全环保部。",
        "left",
    )

    doc.add_page_break()
    _para(doc, "附件2", "left")
    _para(doc, "重大事故隐患判定清单", "h1")
    _para(doc, MAJOR_INTRO)
    for group, items in MAJOR:
        _para(doc, group)
        for item in items:
            _para(doc, item)
    _para(doc, MAJOR_END)

    props = doc.core_properties
    props.title = TITLE
    props.author = "安全环保部"
    props.last_modified_by = "葛文涛"
    props.subject = "事故隐患排查治理"
    props.keywords = "隐患排查;排查清单"
    props.comments = ""
    props.category = ""
    props.revision = 3
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    return doc


def main() -> None:
    buffer = io.BytesIO()
    build().save(buffer)
    buffer.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    OUT.write_bytes(out.getvalue())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
