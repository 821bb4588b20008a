"""Generate tests/data/rulebook_dianzichang.docx, the document of the sealed blind set qa_holdout_dianzichang.yaml.

An invented electronics SMT/assembly plant's safety rulebook (《澜拓电子科技有限公司安全生产管理规定》: reflow and
wave soldering, solder paste and flux, IPA cleaning, ESD protection, a nitrogen generator, a conformal coating
booth, a lithium battery test and ageing room, cleanroom gowning, forklifts in the warehouse, hazardous waste)
laid out the way a controlled FORM document is kept in Word: the whole body is tables. A header table
(文件名称 | 文件编号 | 版本 | 生效日期 | 页次, the 页次 cell holding PAGE / NUMPAGES fields), an approval table,
then one two-column table per chapter whose first column holds the clause number (5.3.2) and whose second column
holds the clause text, with merged rows spanning both columns for chapter and section titles (some clause cells
hold several paragraphs, one per list item), and a revision history table at the end. Only a handful of Normal
paragraphs sit outside the tables (spacers and a closing line). The zip entries carry a fixed timestamp, so the
output is byte-for-byte reproducible.

At the end the script checks that every `must` string of qa_holdout_dianzichang.yaml lies inside exactly one
table cell (a unit) of the written file, read back with python-docx, and exits non-zero otherwise.

    .venv/bin/python tests/data/make_rulebook_dianzichang.py
"""

from __future__ import annotations

import io
import re
import sys
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

OUT = Path(__file__).with_name("rulebook_dianzichang.docx")
QA = Path(__file__).with_name("qa_holdout_dianzichang.yaml")
FIXED = datetime(2025, 6, 20, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2025, 6, 20, 9, 0, 0)

COMPANY = "澜拓电子科技有限公司"
DOC_NAME = "安全生产管理规定"
DOC_NO = "LT-EHS-QP-003"
VERSION = "C/0"
EFFECTIVE = "2025-07-01"

APPROVAL: list[tuple[str, str, str]] = [
    ("编制", "钟文涛（EHS工程师）", "2025-06-10"),
    ("审核", "许丽萍（EHS部经理）", "2025-06-16"),
    ("批准", "贺建新（总经理）", "2025-06-20"),
]

# A chapter: (number, title, rows). A row is ("H", text) for a merged section heading or (clause, text);
# "\n" inside a clause text starts a new paragraph in the same cell (list items).
Row = tuple[str, str]
CHAPTERS: list[tuple[str, str, list[Row]]] = [
    (
        "1",
        "目的",
        [
            (
                "1.1",
                "为规范公司SMT贴片、插件波峰焊、三防涂覆、组装测试及仓储物流等环节的安全生产管理，预防火灾、爆炸、"
                "中毒窒息、触电、机械伤害、灼烫、车辆伤害和锂电池热失控等事故，保障员工生命安全和公司财产安全，"
                "依据国家安全生产法律法规和公司职业健康安全管理体系的要求，特制定本规定。",
            ),
            (
                "1.2",
                "本规定是公司EHS管理体系的二级程序文件，与《职业健康安全管理手册》和各岗位作业指导书（SOP）配套使用；"
                "岗位SOP中的安全要求低于本规定的，以本规定为准，编写部门应在发现后一个月内完成SOP修订。",
            ),
        ],
    ),
    (
        "2",
        "适用范围",
        [
            (
                "2.1",
                "本规定适用于公司一厂、二厂的全部生产车间、可靠性实验室、仓库、动力站房和办公区域，适用于公司正式员工、"
                "劳务派遣人员、实习生，以及在厂区内作业的承包商和供应商驻厂人员。",
            ),
            (
                "2.2",
                "客户审核、参观等来访人员进入生产区域，由接待部门负责告知本规定中与其相关的安全要求，发放参观证和防静电"
                "鞋套，并全程陪同；来访人员不得操作任何生产设备。",
            ),
            (
                "2.3",
                "承包商进厂施工前须与公司签订安全管理协议，由项目发起部门组织入厂安全告知；承包商作业的安全监督由项目"
                "发起部门负责，EHS部进行抽查。",
            ),
        ],
    ),
    (
        "3",
        "术语和定义",
        [
            (
                "3.1",
                "ESD保护区（EPA）：采取静电防护措施、能将静电敏感元器件受损风险控制在可接受水平的区域，地面以黄黑相间"
                "的警示线标识，入口设有EPA标志牌。",
            ),
            (
                "3.2",
                "回温：锡膏从冷藏柜取出后，在密封状态下于室温中放置、使其温度与环境温度一致的过程，目的是防止锡膏吸入"
                "冷凝水造成焊接飞溅和锡珠。",
            ),
            ("3.3", "锡渣：波峰焊锡炉液面氧化形成的金属氧化物与焊料的混合物，按可回收金属物料管理。"),
            (
                "3.4",
                "老化房：对锂电池组或含锂电池的整机进行长时间充放电循环、高温带电运行考核的专用房间，包括常温老化房和"
                "高温老化房。",
            ),
            (
                "3.5",
                "危险废物：列入国家危险废物名录或经鉴别具有危险特性的废弃物。本公司产生的危险废物主要包括废锡膏、废助"
                "焊剂、含IPA废擦拭布、废三防漆及其包装物、废锂电池、废活性炭和废矿物油等。",
            ),
            (
                "3.6",
                "上锁挂牌（LOTO）：在设备检修、清洁、调试前，对设备的能量源进行隔离，并用个人安全锁和警示牌加以锁定，"
                "防止设备意外启动或能量意外释放的管理程序。",
            ),
            (
                "3.7",
                "受限空间：进出口受限、通风不良、可能存在有毒有害或缺氧气体，不是为人员长期工作设计的封闭或半封闭"
                "空间，本公司主要包括氮气缓冲罐、储气罐、排风管道内部和污水池等。",
            ),
            (
                "3.8",
                "荷电状态（SOC）：电池剩余电量与额定容量的百分比，用于描述锂电池储存和运输时的充电程度。",
            ),
        ],
    ),
    (
        "4",
        "职责",
        [
            (
                "4.1",
                "总经理是公司安全生产第一责任人，负责批准本规定，保证安全生产投入，每年主持一次安全生产委员会年度会议，"
                "对本规定的执行情况进行评审。",
            ),
            (
                "4.2",
                "EHS部是本规定的归口管理部门，负责制度修订、安全教育培训、日常安全检查、事故调查统计、化学品准入审核"
                "和危险废物管理；EHS部经理为公司危险废物管理责任人。",
            ),
            (
                "4.3",
                "生产部各车间主任对本车间安全生产负直接管理责任；班组长每班开班前召开不少于5分钟的班前会，讲解当班"
                "安全注意事项，检查员工劳动防护用品穿戴情况。",
            ),
            (
                "4.4",
                "设备部负责回流焊炉、波峰焊机、氮气发生器、空压机、局部排风系统等设备设施的维护保养和定期检测，建立"
                "设备安全档案，组织上锁挂牌程序的实施。",
            ),
            (
                "4.5",
                "仓储部负责化学品仓、原材料仓和成品仓的安全管理，负责叉车、电动搬运车等场内机动车辆的日常管理和司机"
                "档案管理。",
            ),
            (
                "4.6",
                "品质部负责ESD防护的日常稽核，每周对EPA内的腕带、台垫和防静电椅进行一次抽检，抽检结果每月通报。",
            ),
            (
                "4.7",
                "测试工程部负责老化房的日常管理，部门经理为老化房负责人，负责老化房准入人员名单的审批和老化程序的"
                "安全评审。",
            ),
            (
                "4.8",
                "员工应遵守本规定和岗位SOP，正确佩戴劳动防护用品；有权拒绝违章指挥和强令冒险作业，发现事故隐患或"
                "不安全因素应立即向班组长报告。",
            ),
            (
                "4.9",
                "各车间设兼职安全员1名，由车间主任提名、EHS部备案，协助车间主任开展日常安全检查、班前会抽查和新员工"
                "班组级安全教育。",
            ),
        ],
    ),
    (
        "5",
        "通用安全要求",
        [
            ("H", "5.1　安全教育培训"),
            (
                "5.1.1",
                "新入职员工须完成公司级、车间级、班组级三级安全教育，总学时不少于24学时，考试合格后方可上岗；劳务派遣"
                "人员和实习生执行相同标准。",
            ),
            (
                "5.1.2",
                "员工调换工种或离岗3个月以上重新上岗的，应重新接受车间级和班组级安全教育；采用新工艺、新设备、新材料"
                "时，由工程部对相关员工进行专项培训。",
            ),
            (
                "5.1.3",
                "电工、焊工、叉车司机、压力容器操作人员等特种作业和特种设备作业人员必须持有效证件上岗；证件到期前，"
                "由人力资源部提前30天书面提醒本人及所在部门安排复审。",
            ),
            (
                "5.1.4",
                "全体员工每年接受再培训不少于8学时，内容包括本岗位风险、应急处置和典型事故案例；培训记录由EHS部"
                "归档。",
            ),
            ("H", "5.2　劳动防护用品"),
            ("5.2.1", "进入生产车间必须穿着防静电工作服和防静电鞋，扣好衣扣；长发须全部盘入防静电帽内。"),
            ("5.2.2", "从事锡炉打捞锡渣、添加锡条作业时，必须佩戴全面防护面罩、耐高温手套和防护围裙。"),
            (
                "5.2.3",
                "从事IPA擦拭、三防漆调配、助焊剂更换等化学品作业时，须佩戴丁腈手套和防化学飞溅护目镜；喷涂作业还须"
                "佩戴配有机蒸气滤毒盒的半面罩，滤毒盒累计使用40小时或闻到异味时立即更换。",
            ),
            (
                "5.2.4",
                "劳动防护用品由EHS部统一选型，各部门按发放标准申领；个人不得擅自更换为非标准产品，损坏的应以旧换新。",
            ),
            ("H", "5.3　劳动纪律与现场管理"),
            (
                "5.3.1",
                "厂区内除指定吸烟亭外一律禁止吸烟，严禁携带打火机、火柴进入生产车间和仓库；吸烟亭设在一厂东北角"
                "停车场旁。",
            ),
            ("5.3.2", "车间内禁止饮食和嚼口香糖；水杯须放置在车间入口处的饮水区，不得放在工作台或设备上。"),
            (
                "5.3.3",
                "车间安全通道宽度保持不小于1.2米，通道标线清晰；消防栓、灭火器和配电柜前方1米范围内禁止堆放物料。",
            ),
            (
                "5.3.4",
                "设备运行中禁止将手伸入传送轨道、贴片头、插件机等运动部位；处理卡板、掉料必须先按下急停按钮或将设备"
                "切换到维修模式，禁止设备运行中戴手套处理。",
            ),
            (
                "5.3.5",
                "员工不得擅自拆除、短接设备的安全门联锁、光栅和急停装置；确因调试需要临时屏蔽的，须经设备部主管书面"
                "批准，调试结束立即恢复。",
            ),
            (
                "5.3.6",
                "夜班作业时，同一区域作业人员不得少于2人；独自在实验室或老化房加班的，须事先向当班值班长报告并每"
                "小时电话联络一次。",
            ),
            ("H", "5.4　职业卫生与女职工保护"),
            (
                "5.4.1",
                "波峰焊、回流焊、手工焊接、涂覆等产生烟尘和有机蒸气的岗位，须在岗位醒目位置设置职业病危害告知卡，"
                "告知危害因素、防护措施和应急处置方法。",
            ),
            (
                "5.4.2",
                "空压站、制氮机房等噪声较大的场所，进入人员须佩戴耳塞；工作场所职业病危害因素由EHS部每年委托有资质的"
                "机构检测一次，检测结果在车间公告栏公布。",
            ),
            (
                "5.4.3",
                "女职工在孕期和哺乳期内，不得安排从事三防漆喷涂、含铅焊料手工焊接和接触有机溶剂的作业，由车间主任负责"
                "调整岗位。",
            ),
        ],
    ),
    (
        "6",
        "静电防护（ESD）",
        [
            (
                "6.1",
                "EPA入口设置人体综合静电测试仪，员工每次进入EPA前须同时测试腕带和防静电鞋，测试合格方可通过闸机，"
                "测试结果由系统自动记录并保存。",
            ),
            (
                "6.2",
                "防静电腕带系统对地电阻应在1MΩ～35MΩ之间；防静电台垫、防静电地面对地电阻应在1×10⁶Ω～1×10⁹Ω之间。",
            ),
            (
                "6.3",
                "EPA内相对湿度应控制在40%～60%；湿度低于30%时，车间主任应暂停静电敏感等级为Class 0的元器件的拆包"
                "和手工作业，并通知设备部开启加湿。",
            ),
            (
                "6.4",
                "EPA内禁止使用普通塑料袋、泡沫、普通透明胶带等非防静电材料；个人手机须放入防静电袋后方可带入，"
                "不得在工作台上使用。",
            ),
            (
                "6.5",
                "离子风机每月由设备部进行一次平衡电压和衰减时间检测，平衡电压应在±35V以内，不合格的挂停用牌并报修。",
            ),
            (
                "6.6",
                "防静电接地线应单独接至ESD专用接地排，严禁接在电源零线、自来水管、消防管道或设备外壳的紧固螺丝上；"
                "专用接地排的接地电阻每年检测一次，不大于4Ω。",
            ),
            (
                "6.7",
                "静电敏感元器件须在EPA内拆包，转运时使用防静电周转箱或屏蔽袋；发现包装破损的，应隔离后交品质部判定。",
            ),
            (
                "6.8",
                "防静电椅、防静电推车须通过导电轮或拖链接地；EPA内的设备、工作台和货架须连接至同一ESD接地系统，"
                "禁止各自单独接地。",
            ),
            (
                "6.9",
                "新员工进入EPA前须完成ESD基础知识培训；外来人员进入EPA须穿戴防静电鞋套和防静电外套，并在陪同人员"
                "指导下完成静电测试。",
            ),
        ],
    ),
    (
        "7",
        "锡膏、助焊剂与焊接作业",
        [
            (
                "7.1",
                "锡膏应存放在2℃～10℃的专用冷藏柜中，按先进先出原则使用；冷藏柜内不得存放食品、饮料和其他物品，"
                "冷藏柜故障时由物料员转移锡膏并报设备部。",
            ),
            (
                "7.2",
                "锡膏使用前须在密封状态下回温不少于4小时，回温期间严禁打开瓶盖，严禁用烘箱、热风枪等加热方式加速回温；"
                "回温起止时间填入锡膏回温记录。",
            ),
            (
                "7.3",
                "锡膏开封后应在24小时内用完；钢网上的锡膏连续暴露超过8小时的，应刮入专用回收罐按废锡膏处理，"
                "不得刮回原瓶混用。",
            ),
            (
                "7.4",
                "锡膏搅拌机运行中不得打开防护盖；擦拭钢网使用的无尘纸和溶剂按含IPA废擦拭布收集。",
            ),
            (
                "7.5",
                "助焊剂属于易燃液体，产线旁只允许存放当班使用的1桶（不超过5升），其余助焊剂应存放在化学品仓的防爆柜内；"
                "更换助焊剂时禁止使用铁制工具敲击桶盖。",
            ),
            (
                "7.6",
                "手工焊接工位应配置烟雾净化器，吸风口与焊点的距离不大于15厘米；滤芯按设备标识周期更换，更换下的滤芯"
                "按危险废物处理。",
            ),
            (
                "7.7",
                "电烙铁不用时必须放回烙铁架，严禁将烙铁放在工作台面或线缆上；严禁甩动烙铁头上的焊锡；下班或离开工位"
                "超过30分钟应关闭电源。",
            ),
            ("7.8", "接触锡膏、焊锡后须用洗手液洗手，方可饮水、进食；含铅焊料作业区应设置明显标识。"),
            (
                "7.9",
                "有铅与无铅焊料、锡膏须分区存放并使用不同颜色的标签，烙铁头和锡炉不得混用；含铅废料单独收集。",
            ),
            (
                "7.10",
                "印刷机、钢网清洗机的清洗剂更换由物料员按标准量加注，严禁在设备运行中添加；加注时关闭设备加热功能。",
            ),
        ],
    ),
    (
        "8",
        "回流焊与波峰焊",
        [
            ("H", "8.1　回流焊"),
            (
                "8.1.1",
                "回流焊炉开机前，操作员应确认排风系统运行正常、排风风压显示不低于设备铭牌设定值；排风异常时不得开机"
                "升温，并立即通知设备部。",
            ),
            (
                "8.1.2",
                "回流焊炉运行中严禁打开炉盖；炉内卡板时，应先停止加热并启动冷却，待炉膛温度降至60℃以下后方可开盖"
                "处理，处理时佩戴耐高温手套。",
            ),
            (
                "8.1.3",
                "炉盖开启后必须插入机械安全撑杆，防止炉盖意外下落夹伤；严禁仅依靠气弹簧支撑炉盖进行作业。",
            ),
            (
                "8.1.4",
                "回流焊炉助焊剂回收装置每周清理一次，由设备部技术员执行；清出的助焊剂残留物装入专用容器，按危险废物"
                "收集。",
            ),
            (
                "8.1.5",
                "使用氮气保护的回流焊炉，在炉体进出口附近设置氧含量检测探头；停炉后应继续通风10分钟再关闭排风。",
            ),
            (
                "8.1.6",
                "回流焊炉冷却区的冷却水或冷却风机故障报警时，操作员应停止进板并通知设备部，严禁在报警状态下继续生产。",
            ),
            ("H", "8.2　波峰焊"),
            (
                "8.2.1",
                "波峰焊锡炉工作温度一般设定为255℃～265℃，操作员不得擅自修改温度参数；工艺参数变更须经工程部工艺"
                "工程师书面批准并记录。",
            ),
            (
                "8.2.2",
                "锡炉打捞锡渣每班不少于2次；打捞时须先停止波峰，用专用不锈钢勺缓慢舀出，锡渣倒入带盖铁桶，铁桶内"
                "严禁有水和潮湿物品。",
            ),
            (
                "8.2.3",
                "向锡炉添加锡条前，锡条必须完全干燥；受潮的锡条应在炉边预热架上烘烤不少于10分钟后方可缓慢放入，"
                "防止锡液爆溅伤人。",
            ),
            (
                "8.2.4",
                "助焊剂喷雾区及预热区3米范围内禁止明火和产生火花的作业；喷雾区排风管道内积存的助焊剂每月由设备部"
                "清理一次。",
            ),
            (
                "8.2.5",
                "波峰焊机发生着火时，应立即按下急停按钮，关闭助焊剂供给和预热器，使用二氧化碳灭火器扑救；严禁用水"
                "扑救锡炉火灾。",
            ),
            (
                "8.2.6",
                "需要排空锡液、更换锡槽或加热器的维修作业，须由设备部制定专项作业方案，经EHS部会签后实施。",
            ),
            (
                "8.2.7",
                "波峰焊过炉治具（载具）须定期清洗，清洗下来的助焊剂残渣和废清洗液按危险废物收集；治具清洗在专用清洗间"
                "进行，不得在产线旁用溶剂浸泡。",
            ),
            (
                "8.2.8",
                "停产超过24小时的波峰焊机重新开机时，须由当班班组长确认锡炉液位、排风和灭火器配置后方可升温。",
            ),
        ],
    ),
    (
        "9",
        "IPA清洗与化学品管理",
        [
            (
                "9.1",
                "新化学品采购前，使用部门须向EHS部提交化学品安全技术说明书（SDS），经审核登记纳入化学品清单后方可"
                "采购；无中文SDS的化学品不得入厂。",
            ),
            (
                "9.2",
                "IPA（异丙醇）在使用点应使用按压式防爆分装瓶，单个工位存量不得超过500毫升，单条产线现场总存量不得"
                "超过当班用量。",
            ),
            (
                "9.3",
                "使用IPA擦拭过的废擦拭布应立即投入带自闭盖的金属废料桶，每班结束时清运至危废暂存间，严禁丢入普通"
                "垃圾桶或堆放在工位上。",
            ),
            (
                "9.4",
                "超声波清洗机使用IPA等易燃溶剂时，清洗槽液温不得超过40℃，开机前须确认局部排风已开启；清洗机周边"
                "禁止使用热风枪。",
            ),
            (
                "9.5",
                "化学品分装容器须张贴标签，注明化学品名称、危险性和分装日期；严禁用饮料瓶、水杯等生活容器盛装化学品。",
            ),
            (
                "9.6",
                "化学品仓内化学品应按性质分区存放，易燃液体与氧化剂、酸碱不得同柜存放；化学品仓配备防泄漏托盘、吸附"
                "棉和洗眼器。",
            ),
            (
                "9.8",
                "防爆柜柜门须保持关闭，柜内不得存放纸箱等可燃包装物；防爆柜两侧的通风口严禁堵塞，柜体须可靠接地。",
            ),
            (
                "9.9",
                "洗眼器和紧急喷淋装置每周由使用部门放水测试一次，出水不畅的立即报修；洗眼器周边1米内不得堆放物品。",
            ),
            (
                "9.10",
                "化学品在厂内搬运须使用防泄漏托盘或手推车，瓶装化学品不得用手抱运；化学品仓与车间之间的领用由物料员"
                "按当班需求配送，员工不得自行到仓库领取易燃液体。",
            ),
            (
                "9.7",
                "化学品溅入眼睛时，应立即用洗眼器冲洗不少于15分钟，然后送医；化学品少量泄漏用吸附棉吸收，大量泄漏"
                "应立即疏散人员、切断火源并报告EHS部。",
            ),
        ],
    ),
    (
        "10",
        "氮气发生器与压缩气体",
        [
            (
                "10.1",
                "制氮机房、空压站属于动力站房，实行挂牌管理；非值班人员未经设备部同意不得进入，进入人员须登记。",
            ),
            (
                "10.2",
                "氮气缓冲罐、压缩空气储罐属于压力容器，须办理使用登记；安全阀每年校验一次，压力表每半年校验一次，"
                "校验合格标识须在有效期内。",
            ),
            (
                "10.3",
                "制氮机房和使用氮气的回流焊区域应设置固定式氧含量检测报警仪，氧含量低于19.5%时发出声光报警，并"
                "联动开启应急排风机。",
            ),
            (
                "10.4",
                "氧含量报警时，区域内人员应立即撤离至上风向并报告值班长；严禁未佩戴正压式空气呼吸器进入报警区域"
                "施救。",
            ),
            (
                "10.5",
                "进入氮气管道检修、储罐内部检查等受限空间作业，须办理受限空间作业许可证，作业前30分钟内进行气体检测，"
                "作业期间监护人不得离开现场。",
            ),
            (
                "10.6",
                "气瓶应直立存放并用链条固定，空瓶与实瓶分区存放并有明显标识；严禁用压缩空气或氮气吹扫身体和衣物。",
            ),
            (
                "10.7",
                "空压机和制氮机检修前须关闭进出口阀门，泄放管路和储罐内的压力至零并上锁挂牌，严禁带压拆卸管件和"
                "阀门。",
            ),
            (
                "10.8",
                "氮气管道应涂黄色并标注介质名称和流向，严禁将氮气管道与压缩空气管道互相连接或串用。",
            ),
        ],
    ),
    (
        "11",
        "三防漆涂覆房",
        [
            (
                "11.1",
                "三防漆涂覆房按爆炸危险区域管理，房内照明灯具、开关、插座和排风机电机等电气设备须为防爆型，严禁带入"
                "非防爆电器。",
            ),
            (
                "11.2",
                "涂覆房排风系统须与喷涂设备联锁，排风停止时喷涂设备自动停机；涂覆房门口控制断面风速不得低于0.5米/秒。",
            ),
            (
                "11.3",
                "涂覆房内三防漆及稀释剂的存量不得超过当班用量，且合计最多不超过20升；下班前剩余漆料须密封后退回化学品"
                "仓。",
            ),
            (
                "11.4",
                "进入涂覆房须穿戴防静电连体服，进入前触摸门口的人体静电释放球；涂覆房内禁止使用手机等非防爆电子设备。",
            ),
            (
                "11.5",
                "UV固化炉运行中严禁打开观察窗直视紫外光源；更换UV灯管须断电并冷却15分钟以上，佩戴防紫外线护目镜。",
            ),
            (
                "11.6",
                "涂覆房排风管道每季度清理一次，清理前须上锁挂牌；清理记录由设备部保存。喷枪清洗产生的废稀释剂倒入"
                "专用废液桶。",
            ),
            (
                "11.7",
                "涂覆房内发生漆料着火时，立即停止喷涂、关闭排风并使用干粉或二氧化碳灭火器扑救；涂覆房内禁止存放"
                "废抹布过夜。",
            ),
            (
                "11.8",
                "三防漆桶开启、调配须在涂覆房内的专用调漆台上进行，调漆台设有局部排风；空漆桶须加盖后按危险废物交"
                "危废暂存间，不得在车间内敞口放置。",
            ),
        ],
    ),
    (
        "12",
        "锂电池测试与老化房",
        [
            (
                "12.1",
                "老化房实行准入管理，仅经培训考核合格并列入准入名单的人员可以进入；其他人员进入须由老化房负责人或"
                "其指定人员陪同。",
            ),
            (
                "12.2",
                "电池上架前须经外观检查，发现鼓包、漏液、破损、变形的电池不得上架，应立即放入隔离桶并通知测试工程师"
                "判定。",
            ),
            (
                "12.3",
                "老化架层间距不少于30厘米，架体须可靠接地；每个老化通道应具有独立的过流、过压和温度保护，保护参数"
                "由测试工程师设定，操作员不得修改。",
            ),
            (
                "12.4",
                "常温老化房室温应保持在20℃～30℃；高温老化房的温度设定不得超过55℃，温控器须设置独立的超温断电保护。",
            ),
            (
                "12.5",
                "老化房应设置感烟火灾探测器、感温火灾探测器和视频监控，报警信号和监控画面接入一厂中控室，由中控室"
                "24小时值守。",
            ),
            (
                "12.6",
                "老化过程中，值班人员每1小时巡检一次并记录电池表面温度；电池表面温度超过60℃时，应立即停止该通道"
                "充放电并将电池隔离。",
            ),
            (
                "12.7",
                "老化房门口应配置消防沙箱、防火毯和锂电池专用灭火器，并设置电池隔离桶，桶内干沙或蛭石不少于桶"
                "容积的三分之二。",
            ),
            (
                "12.8",
                "待测和已测锂电池入库储存时，荷电状态应控制在30%～50%，电池电极须用绝缘胶带包覆，严禁与金属物品"
                "混放。",
            ),
            (
                "12.9",
                "锂电池在老化中发生冒烟、起火时，按下列顺序处置：\n"
                "（1）立即按下老化架总急停，切断该架充放电电源；\n"
                "（2）现场人员用防火毯覆盖，或用专用长柄夹具将电池移入隔离桶；\n"
                "（3）火势无法控制时立即撤离，关闭老化房防火门并拨打厂内应急电话；\n"
                "（4）事故电池在隔离桶内冷却观察24小时后，方可按危险废物交EHS部处理。",
            ),
            (
                "12.10",
                "老化房防火门须保持常闭，严禁用物品顶住；老化房内严禁堆放纸箱、泡沫等包装材料，电池包装物须在门外"
                "拆除。",
            ),
            (
                "12.11",
                "夜间和节假日不安排人员值守时，老化房不得开启新的充放电程序；已在运行的老化程序由中控室通过视频"
                "监控。",
            ),
            (
                "12.12",
                "锂电池在厂内转运须使用带盖的防火周转箱，单箱装载不得超过箱体标识数量；严禁用普通纸箱堆叠转运裸电芯。",
            ),
            (
                "12.13",
                "成品仓内含锂电池的成品应集中存放在划定的锂电池产品储存区，与其他可燃物料保持不少于2米的间距，储存区"
                "上方不得设置照明灯具以外的电气设备。",
            ),
        ],
    ),
    (
        "13",
        "洁净室与更衣",
        [
            (
                "13.1",
                "进入洁净室须按“换鞋—脱外衣—洗手—穿洁净服—戴口罩和手套—风淋”的顺序更衣，严禁跳过风淋直接进入。",
            ),
            (
                "13.2",
                "风淋时间不少于15秒，风淋过程中应转身并举起双臂；风淋室两门互锁，严禁强行同时打开两道门。",
            ),
            (
                "13.3",
                "洁净服每周清洗不少于2次，由公司指定的洁净洗衣房统一清洗，严禁带回家中洗涤；破损的洁净服应及时更换。",
            ),
            (
                "13.4",
                "洁净室内严禁奔跑和打闹，严禁携带普通纸张（无尘纸除外）、化妆品和食品；进入洁净室前不得使用粉底、"
                "香水等化妆品。",
            ),
            (
                "13.5",
                "洁净室的安全出口和逃生门平时保持关闭但严禁上锁；紧急情况下员工可直接推开逃生门撤离，不受更衣和风淋"
                "流程的限制。",
            ),
            ("13.6", "洁净室内使用的IPA等溶剂同样执行本规定9.2的存量要求，溶剂瓶用后须立即盖紧。"),
            (
                "13.7",
                "洁净室内作业人员连续作业2小时后应安排一次室外休息；出现头晕、胸闷等不适时，应立即报告"
                "班组长离开洁净室。",
            ),
        ],
    ),
    (
        "14",
        "仓库与场内机动车辆",
        [
            (
                "14.1",
                "叉车司机须持有效的特种设备作业人员证（N1）并经公司内部考核，由仓储部登记后方可驾驶；严禁无证驾驶，"
                "严禁非指定司机开动叉车。",
            ),
            (
                "14.2",
                "叉车每班使用前须按点检表检查制动、转向、喇叭、灯光、货叉、链条和蓄电池，点检不合格的挂停用牌，"
                "不得使用。",
            ),
            (
                "14.3",
                "叉车在厂区道路行驶速度不得超过10公里/小时，在仓库内和车间通道内不得超过5公里/小时；转弯、倒车、"
                "通过门口时须鸣笛减速。",
            ),
            (
                "14.4",
                "叉车严禁载人，严禁人员站在货叉或托盘上被举升作业；货叉举升的货物下方严禁站人和通行。",
            ),
            (
                "14.5",
                "叉车离开时，货叉须落地，挂空挡、拉手刹并拔下钥匙交仓库值班员保管，钥匙严禁留在车上。",
            ),
            (
                "14.6",
                "电动叉车须在指定充电区充电，充电区禁止烟火并保持通风，充电区与货架之间的距离不少于3米；铅酸蓄电池"
                "加注蒸馏水时须佩戴护目镜。",
            ),
            (
                "14.7",
                "仓库货架须标明每层最大承重，严禁超载；货架顶层只存放轻型纸箱货物，单件不超过15千克；货架立柱被撞"
                "变形的，应立即卸货并报修。",
            ),
            (
                "14.8",
                "货车在装卸平台装卸货物时，须熄火、拉手刹并放置车轮止动块；装卸完毕经仓库人员确认后方可驶离。",
            ),
            (
                "14.9",
                "仓库内禁止使用电热器具，照明灯具下方0.5米内不得堆放货物；仓库下班断电由仓库值班员负责。",
            ),
            (
                "14.10",
                "从货架高处取放物料须使用带护栏的移动登高梯，严禁攀爬货架；登高作业高度超过2米时须有第二人扶梯监护。",
            ),
            (
                "14.11",
                "仓库人行通道与叉车通道须用标线分开，行人须走人行通道；在叉车作业区内行走的员工须穿反光背心。",
            ),
        ],
    ),
    (
        "15",
        "设备维修、电气与动火作业",
        [
            (
                "15.1",
                "设备检修、清洁、调试需要进入危险区域或拆除防护装置时，必须执行上锁挂牌（LOTO）程序，每名作业人员"
                "使用本人专用的安全锁，一人一锁一钥匙。",
            ),
            (
                "15.2",
                "安全锁钥匙由上锁人本人保管；作业结束后由上锁人本人解锁，上锁人不在现场而确需解锁的，须经设备部经理"
                "批准，并确认上锁人已离开危险区域。",
            ),
            (
                "15.3",
                "电气作业须由持证电工进行，严禁带电作业；配电柜前须铺设绝缘胶垫，配电房内不得存放杂物和易燃物。",
            ),
            (
                "15.4",
                "移动电气设备和临时用电须使用带漏电保护器的插座；临时用电须办理审批，使用期限不得超过15天，到期须"
                "拆除或重新审批。",
            ),
            (
                "15.5",
                "车间内的焊接、切割、打磨等动火作业（电烙铁焊接除外）须办理动火作业许可证，动火点周围10米内的易燃物"
                "须清除或覆盖，并设专人监火。",
            ),
            (
                "15.6",
                "动火作业结束后，监火人须在现场继续观察不少于30分钟，确认无遗留火种后在许可证上签字关闭。",
            ),
            (
                "15.7",
                "高处作业（距坠落基准面2米及以上）须办理高处作业许可证，正确系挂安全带；在吊顶内检修排风管道的，须有"
                "专人在下方监护。",
            ),
            (
                "15.8",
                "车间消防栓、灭火器、应急照明和疏散指示标志由EHS部每月检查一次，检查结果记录在检查卡上；任何人不得"
                "挪用消防器材。",
            ),
            (
                "15.9",
                "承包商在车间内施工，须由项目发起部门办理施工许可，施工区域用围挡隔离；承包商使用的电动工具须经设备部"
                "检查合格并粘贴检验标签。",
            ),
        ],
    ),
    (
        "16",
        "组装、电性能测试与实验室",
        [
            ("H", "16.1　组装作业"),
            (
                "16.1.1",
                "电动螺丝刀（电批）须悬挂在平衡器上使用，电源线和气管不得拖地；更换批头时须先断电或关闭气源。",
            ),
            (
                "16.1.2",
                "热熔胶枪和点胶机加热部件表面温度可达180℃，使用时佩戴隔热指套；热熔胶枪暂停使用时须放在专用支架上，"
                "下班时拔下插头。",
            ),
            (
                "16.1.3",
                "剪脚机、切板机（分板机）的防护罩和光栅不得拆除；分板机刀片更换由设备部技术员进行，操作员只负责"
                "上下料。",
            ),
            (
                "16.1.4",
                "激光打标机属于4类激光设备，须在封闭的防护罩内工作，防护门打开时激光自动停止出光；严禁屏蔽门联锁或"
                "直视激光束。",
            ),
            ("H", "16.2　电性能测试"),
            (
                "16.2.1",
                "耐压测试（Hi-pot）工位须设置在独立的隔离区域，地面铺设绝缘胶垫，周边设置“高压危险”警示标识，非测试"
                "人员不得进入。",
            ),
            (
                "16.2.2",
                "耐压测试仪须使用双手启动按钮或带安全联锁的测试罩，测试电压超过1500V的产品必须在测试罩内进行；测试中"
                "严禁触碰被测产品和测试夹具。",
            ),
            (
                "16.2.3",
                "耐压测试结束后，须待测试仪放电指示灯熄灭再取下产品；耐压测试员须经专项培训并由测试工程部书面授权。",
            ),
            (
                "16.2.4",
                "通电老化、功能测试时，被测产品的外壳未装配完整的，不得在测试线上接通市电，确需通电调试的须在隔离变压器"
                "后进行。",
            ),
            ("H", "16.3　可靠性实验室"),
            (
                "16.3.1",
                "高低温试验箱运行中严禁在低温状态下徒手取放样品，取放低温样品须佩戴防冻手套；高温状态下开门须侧身，"
                "防止热气灼伤面部。",
            ),
            (
                "16.3.2",
                "振动台、跌落试验机运行时，试验区域须拉设警戒线，人员与设备保持1米以上距离；试验样品须可靠夹紧。",
            ),
            (
                "16.3.3",
                "含锂电池样品进行高温、过充、挤压等滥用试验时，须在防爆试验箱内进行，并由实验室主管在场监督。",
            ),
        ],
    ),
    (
        "17",
        "危险废物管理",
        [
            (
                "17.1",
                "危险废物应分类收集至危废暂存间；暂存间须防雨、防渗、防流失，设置危险废物标识、泄漏收集沟和视频监控。",
            ),
            (
                "17.2",
                "危险废物容器须粘贴危险废物标签，注明废物名称、废物代码、危险特性、产生部门和产生日期；不同类别的"
                "危险废物不得混装。",
            ),
            (
                "17.3",
                "锡渣由仓储部称重登记后，交由有资质的回收单位回收；任何人不得私自出售锡渣、废锡条等含锡物料。",
            ),
            (
                "17.4",
                "废锂电池须单独存放于防火柜或装有干沙的金属容器内，电极做绝缘处理，不得与其他危险废物混放。",
            ),
            (
                "17.5",
                "危险废物在暂存间的贮存时间不得超过90天；EHS部每月汇总一次危险废物台账，每年向生态环境部门申报"
                "管理计划。",
            ),
            (
                "17.6",
                "危险废物转移须委托持有危险废物经营许可证的单位，按规定办理电子转移联单；严禁将危险废物交给无资质的"
                "单位或个人，严禁倒入下水道或混入生活垃圾。",
            ),
            ("17.7", "危废暂存间钥匙由EHS部指定专人保管，废物出入库实行双人登记。"),
            (
                "17.8",
                "各车间危废收集点只作临时存放，每班结束前由产废班组送至危废暂存间，车间内不得过夜存放含溶剂危险废物。",
            ),
        ],
    ),
    (
        "18",
        "应急管理与事故报告",
        [
            (
                "18.1",
                "公司应急指挥中心设在一厂中控室，厂内应急电话为8119，24小时有人值守；各车间、仓库和站房的电话旁须"
                "张贴应急电话。",
            ),
            (
                "18.2",
                "员工发现火灾、化学品泄漏、人员受伤等情况，应立即向班组长报告并拨打厂内应急电话；班组长应在15分钟内"
                "报告车间主任和EHS部。",
            ),
            (
                "18.3",
                "发生人员重伤、死亡或火灾事故，EHS部须在1小时内报告总经理，由总经理决定是否启动公司级应急预案并按"
                "规定向政府有关部门报告。",
            ),
            (
                "18.4",
                "公司每年至少组织2次全员消防疏散演练；老化房、化学品仓和涂覆房每半年组织1次专项应急演练，演练后"
                "进行评估并记录。",
            ),
            (
                "18.5",
                "应急疏散时，员工不得返回工位取个人物品，应沿疏散指示到达集合点，由班组长清点人数；一厂集合点位于"
                "南门外广场。",
            ),
            (
                "18.6",
                "事故调查按“四不放过”原则进行，由EHS部牵头组成调查组，一般事故在7日内提交事故调查报告。",
            ),
            (
                "18.7",
                "各车间、仓库配置急救箱，由班组长每月检查补充一次；一厂中控室和二厂门卫室配置自动体外除颤器（AED）。",
            ),
            (
                "18.8",
                "发生触电事故时，应先切断电源或用绝缘物使触电者脱离电源，严禁直接用手拉拽触电者；触电者无呼吸心跳时"
                "立即实施心肺复苏，并通知中控室取用AED。",
            ),
            (
                "18.9",
                "发生烫伤时，应立即用流动清水冲洗烫伤部位降温，不得涂抹牙膏、酱油等物品；被熔融焊锡烫伤的，不得强行"
                "剥离粘在皮肤上的焊锡，由医务人员处理。",
            ),
        ],
    ),
    (
        "19",
        "检查与考核",
        [
            (
                "19.1",
                "班组长每班进行一次班组安全检查；车间主任每周进行一次车间安全检查；EHS部每月组织一次综合安全检查；"
                "法定节假日前组织专项检查。",
            ),
            (
                "19.2",
                "检查发现的隐患按“定责任人、定措施、定期限”整改，一般隐患的整改期限不超过7天；重大隐患由总经理"
                "挂牌督办。",
            ),
            ("19.3", "在吸烟亭以外的厂区吸烟的，每次处罚200元；在生产车间、仓库内吸烟的，予以辞退。"),
            ("19.4", "无证驾驶叉车或叉车载人的，每次处罚500元，并在全厂通报。"),
            (
                "19.5",
                "擅自拆除、短接安全联锁装置的，每次处罚300元，造成事故的依法追究责任。",
            ),
            (
                "19.6",
                "未按规定进行锡膏回温、IPA超量存放或危险废物混入生活垃圾的，每次处罚100元，并对当班班组长处罚50元。",
            ),
            (
                "19.7",
                "员工举报事故隐患经查属实的，给予100元～1000元奖励；避免重大事故的，由安全生产委员会另行嘉奖。",
            ),
        ],
    ),
    (
        "20",
        "附则",
        [
            ("20.1", "本规定由EHS部负责解释。"),
            ("20.2", "本规定自生效日期起施行，原B/1版同时废止。"),
            (
                "20.3",
                "本规定执行中形成的安全培训记录、ESD点检表、锡膏回温记录、老化房巡检记录、叉车点检表、危险废物台账"
                "等记录，保存期限不少于3年。",
            ),
        ],
    ),
]

REVISIONS: list[tuple[str, str, str, str]] = [
    ("A/0", "2019-03-01", "首次发布。", "邓家明"),
    ("B/0", "2021-08-15", "新增锂电池测试与老化房章节；修订锡膏管理要求。", "钟文涛"),
    ("B/1", "2023-04-10", "修订叉车限速和危险废物管理要求；增加洁净室更衣要求。", "钟文涛"),
    (
        "C/0",
        "2025-06-20",
        "全面修订：新增三防漆涂覆房、制氮机房氧含量报警、上锁挂牌和考核条款；调整章节编号。",
        "钟文涛",
    ),
]


def set_font(run, size: float = 10.5, bold: bool = False) -> None:
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), "宋体")


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def write_cell(cell, text: str, bold: bool = False, center: bool = False, size: float = 10.5) -> None:
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        para = first if i == 0 else cell.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(para.add_run(part), size=size, bold=bold)


def add_field(para, instr: str, cached: str) -> None:
    """A complex field (begin / instrText / separate / cached result / end), the way Word saves PAGE fields."""

    def fld_char(kind: str):
        run = OxmlElement("w:r")
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
        return run

    para._p.append(fld_char("begin"))
    instr_run = OxmlElement("w:r")
    instr_text = OxmlElement("w:instrText")
    instr_text.set(qn("xml:space"), "preserve")
    instr_text.text = f" {instr} "
    instr_run.append(instr_text)
    para._p.append(instr_run)
    para._p.append(fld_char("separate"))
    set_font(para.add_run(cached))
    para._p.append(fld_char("end"))


def spacer(doc) -> None:
    para = doc.add_paragraph()
    para.paragraph_format.space_after = Pt(0)
    set_font(para.add_run(""), size=6)


def set_widths(table, widths: list[float]) -> None:
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Cm(width)


def header_table(doc) -> None:
    table = doc.add_table(rows=3, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = table.rows[0].cells[0].merge(table.rows[0].cells[4])
    write_cell(top, f"{COMPANY}　受控文件", bold=True, center=True, size=14)
    labels = ["文件名称", "文件编号", "版本", "生效日期", "页次"]
    for cell, label in zip(table.rows[1].cells, labels, strict=True):
        write_cell(cell, label, bold=True, center=True)
        shade(cell, "D9D9D9")
    values = [DOC_NAME, DOC_NO, VERSION, EFFECTIVE]
    for cell, value in zip(table.rows[2].cells[:4], values, strict=True):
        write_cell(cell, value, center=True)
    page_cell = table.rows[2].cells[4]
    para = page_cell.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(para.add_run("第"))
    add_field(para, "PAGE", "1")
    set_font(para.add_run("页 共"))
    add_field(para, "NUMPAGES", "14")
    set_font(para.add_run("页"))
    set_widths(table, [4.6, 3.6, 2.0, 3.0, 3.0])


def approval_table(doc) -> None:
    table = doc.add_table(rows=2, cols=len(APPROVAL) * 2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (role, person, date) in enumerate(APPROVAL):
        write_cell(table.rows[0].cells[2 * i], role, bold=True, center=True)
        shade(table.rows[0].cells[2 * i], "D9D9D9")
        write_cell(table.rows[0].cells[2 * i + 1], person, center=True)
        write_cell(table.rows[1].cells[2 * i], "日期", bold=True, center=True)
        shade(table.rows[1].cells[2 * i], "D9D9D9")
        write_cell(table.rows[1].cells[2 * i + 1], date, center=True)


def chapter_table(doc, number: str, title: str, rows: list[Row]) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    write_cell(head, f"{number}　{title}", bold=True, size=12)
    shade(head, "BFBFBF")
    for clause, text in rows:
        cells = table.add_row().cells
        if clause == "H":
            merged = cells[0].merge(cells[1])
            write_cell(merged, text, bold=True)
            shade(merged, "EDEDED")
        else:
            write_cell(cells[0], clause, center=True)
            write_cell(cells[1], text)
    set_widths(table, [1.8, 14.4])


def revision_table(doc) -> None:
    table = doc.add_table(rows=2, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0].cells[0].merge(table.rows[0].cells[3])
    write_cell(head, "文件修订履历", bold=True, center=True, size=12)
    shade(head, "BFBFBF")
    for cell, label in zip(table.rows[1].cells, ["版本", "修订日期", "修订内容摘要", "修订人"], strict=True):
        write_cell(cell, label, bold=True, center=True)
        shade(cell, "D9D9D9")
    for version, date, summary, person in REVISIONS:
        cells = table.add_row().cells
        write_cell(cells[0], version, center=True)
        write_cell(cells[1], date, center=True)
        write_cell(cells[2], summary)
        write_cell(cells[3], person, center=True)
    set_widths(table, [1.8, 2.8, 9.4, 2.2])


def footer(doc) -> None:
    section = doc.sections[0]
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run("本文件为受控文件，未经EHS部许可不得复印、外传")
    set_font(run, size=8)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def build() -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    props = doc.core_properties
    props.title = COMPANY + DOC_NAME
    props.author = "钟文涛"
    props.last_modified_by = "钟文涛"
    props.identifier = DOC_NO
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 4

    header_table(doc)
    spacer(doc)
    approval_table(doc)
    for number, title, rows in CHAPTERS:
        spacer(doc)
        chapter_table(doc, number, title, rows)
    spacer(doc)
    revision_table(doc)
    closing = doc.add_paragraph()
    closing.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(closing.add_run("（以下空白）"), size=9)
    footer(doc)

    raw = io.BytesIO()
    doc.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return fixed.getvalue()


def units(path: Path) -> list[str]:
    """Every table cell (merged cells once) and every non-empty paragraph outside tables."""
    doc = Document(str(path))
    out: list[str] = [p.text for p in doc.paragraphs if p.text.strip()]
    for table in doc.tables:
        seen: list = []  # the <w:tc> elements themselves: id() of short-lived lxml proxies is not stable
        for row in table.rows:
            for cell in row.cells:
                if any(cell._tc is tc for tc in seen):
                    continue
                seen.append(cell._tc)
                out.append(cell.text)
    return out


def check(path: Path) -> int:
    texts = units(path)
    whole = "".join(texts)
    cjk = len(re.findall(r"[\u4e00-\u9fff]", whole))
    print(f"{path.name}: {len(whole)} characters, {cjk} CJK, {len(texts)} units")
    errors: list[str] = []
    if not 8000 <= cjk <= 15000:
        errors.append(f"CJK character count {cjk} outside 8000-15000")
    questions = yaml.safe_load(QA.read_text(encoding="utf-8"))["questions"]
    for q in questions:
        musts = q.get("must") or []
        if q["kind"] == "negative":
            if musts:
                errors.append(f"{q['id']}: negative question with must strings")
            continue
        if not musts:
            errors.append(f"{q['id']}: positive question without must strings")
            continue
        hits = [t for t in texts if all(m in t for m in musts)]
        if len(hits) != 1:
            errors.append(f"{q['id']}: {len(hits)} units contain all of {musts}")
        for m in musts:
            if sum(m in t for t in texts) != 1:
                errors.append(f"{q['id']}: '{m}' is in {sum(m in t for t in texts)} units, expected 1")
    for err in errors:
        print("ERROR", err)
    return 1 if errors else 0


def main() -> int:
    OUT.write_bytes(build())
    return check(OUT)


if __name__ == "__main__":
    sys.exit(main())
