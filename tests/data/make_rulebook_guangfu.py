"""Generate tests/data/rulebook_guangfu.docx, the document of the sealed blind set qa_holdout_guangfu.yaml.

An invented photovoltaic module factory's safety rulebook (《晶曜光伏科技有限公司安全生产管理制度》: cell
stringers, laminators, framing and glue dispensing, EL / IV flash / hipot and wet-leakage testing, an EVA and
backsheet store, IPA and alcohol flux, lithium forklifts and AGVs, nitrogen and compressed-air stations, and
rooftop PV installation crews) written as a Word document with python-docx: a covering notice with 文号 and
date, the title, chapters as Heading 1 (第X章), sections as Heading 2 (第X节), 第X条 articles and （一）
items as Normal paragraphs, five 岗位安全操作规程 as three-column Word tables (步骤 | 操作要求 | 危险提示)
whose first column is merged over multi-row steps, one table of PPE per post, and a header and footer with
the company name (the footer with a PAGE field). Dates are fixed and the zip is rewritten with fixed
timestamps, so the output is byte-identical from run to run.

After writing, the script reads the document back and checks that every `must` string of
qa_holdout_guangfu.yaml is an exact substring of exactly one unit (a paragraph or a table cell) that holds
all the must strings of its question; it exits non-zero otherwise.

    .venv/bin/python tests/data/make_rulebook_guangfu.py
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "rulebook_guangfu.docx"
QA = HERE / "qa_holdout_guangfu.yaml"
COMPANY = "晶曜光伏科技有限公司"
TITLE = "晶曜光伏科技有限公司安全生产管理制度"
FIXED = datetime(2025, 6, 18, 9, 0, 0)
ZIP_TIME = (2025, 6, 18, 9, 0, 0)

NOTICE: list[tuple[str, str]] = [
    ("red", "晶曜光伏科技有限公司文件"),
    ("docno", "晶曜安〔2025〕9号"),
    ("title", "关于印发《晶曜光伏科技有限公司安全生产管理制度》的通知"),
    ("left", "各生产车间、各部室，仓储物流部，分布式电站工程部，驻厂各相关方单位："),
    (
        "p",
        "为落实企业安全生产主体责任，防范光伏组件生产过程中的触电、烫伤、机械伤害、火灾爆炸、氮气窒息以及"
        "屋顶光伏安装高处坠落等事故，公司安全生产委员会组织对2022年版《安全生产管理制度》进行了全面修订。"
        "修订稿已经2025年6月10日公司总经理办公会审议通过，现予印发，请各单位组织全员学习，认真贯彻执行。",
    ),
    (
        "p",
        "各车间应于2025年7月25日前完成本车间岗位安全操作规程的对照修订和班组培训，培训签到表和考试记录报"
        "安全环保部备案。执行中遇到的问题，请及时向安全环保部反馈。",
    ),
    ("left", "附件：1.岗位安全操作规程　2.岗位劳动防护用品配备表"),
    ("right", "晶曜光伏科技有限公司"),
    ("right", "2025年6月18日"),
    ("left", "（联系人：安全环保部　顾文涛　联系电话：0515-88326471）"),
    ("left", "抄送：公司领导班子成员，工会委员会。"),
    ("left", "晶曜光伏科技有限公司综合管理部　　　　2025年6月18日印发"),
]

BODY: list[tuple[str, str]] = [
    ("h1", "第一章　总则"),
    (
        "art",
        "为加强公司安全生产管理，防止和减少生产安全事故，保障从业人员生命安全和公司财产安全，依据《中华人民"
        "共和国安全生产法》《中华人民共和国消防法》《中华人民共和国特种设备安全法》等法律法规，结合公司晶硅"
        "光伏组件制造和分布式光伏电站安装的实际，制定本制度。",
    ),
    (
        "art",
        "本制度适用于公司本部各生产车间、仓库、动力站房、实验室，分布式电站工程部的屋顶安装作业现场，以及在"
        "公司区域内作业的承包商、供应商、劳务派遣人员等相关方。",
    ),
    (
        "art",
        "公司安全生产工作坚持安全第一、预防为主、综合治理的方针，坚持“管生产必须管安全、管业务必须管安全”，"
        "建立健全全员安全生产责任制，做到责任到岗、落实到人。",
    ),
    (
        "art",
        "本制度所称高压测试区，是指组件绝缘耐压测试、湿漏电测试以及EL测试工位所在的隔离区域；所称易燃液体，"
        "主要指车间使用的异丙醇（IPA）、酒精型助焊剂及清洗剂；所称动力站房，是指空压站、制氮站和配电房。",
    ),
    (
        "art",
        "公司每年1月发布年度安全生产目标，目标包括：不发生重伤及以上生产安全事故，不发生火灾事故，不发生职业病"
        "新发病例，轻伤事故频率控制在千分之二以下。",
    ),
    ("h1", "第二章　安全生产责任制"),
    ("h2", "第一节　组织机构与职责"),
    (
        "art",
        "公司设立安全生产委员会，总经理任主任，分管生产的副总经理任常务副主任，各部门负责人为成员。安全生产"
        "委员会每季度召开一次全体会议，研究解决安全生产重大问题；遇重大事故隐患或发生事故时，由主任随时召集"
        "专题会议。",
    ),
    (
        "art",
        "安全环保部是安全生产委员会的日常办事机构，负责安全制度制修订、教育培训、隐患排查、作业许可审批监督和"
        "事故统计。公司按照从业人员总数的千分之五配备专职安全管理人员，且不得少于4人；各生产车间至少配备1名"
        "专职安全员，每个班组设兼职安全员1名。",
    ),
    (
        "art",
        "总经理是公司安全生产第一责任人，对本单位安全生产工作全面负责；分管生产的副总经理协助总经理抓好生产"
        "系统的安全工作；设备动力部经理对生产设备、特种设备和动力站房的安全运行负责；分布式电站工程部经理对"
        "屋顶安装项目的施工安全负直接管理责任。",
    ),
    ("h2", "第二节　岗位安全职责"),
    (
        "art",
        "车间主任对本车间安全生产负责，每周组织一次车间安全检查，每月主持召开一次车间安全例会，并负责对新调入"
        "本车间的人员进行车间级安全教育。",
    ),
    (
        "art",
        "班组长是班组安全第一责任人，负责召开班前会，做到“讲任务、讲风险、讲措施”，班前会时间不少于10分钟；"
        "交接班时应当面交接设备运行状态、隐患和未完工作，并在交接班记录上签字。",
    ),
    (
        "art",
        "从业人员有权了解作业场所和工作岗位存在的危险因素及防范措施，有权拒绝违章指挥和强令冒险作业；发现直接"
        "危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所。公司不得因此降低其工资、"
        "福利等待遇或者解除与其订立的劳动合同。",
    ),
    (
        "art",
        "从业人员应遵守本制度和岗位安全操作规程，正确佩戴和使用劳动防护用品；发现事故隐患或者其他不安全因素，"
        "应立即向班组长或车间安全员报告。",
    ),
    (
        "art",
        "车间专职安全员每班对本车间作业现场巡查不少于2次，重点检查安全装置、易燃液体暂存和劳动防护用品佩戴"
        "情况；发现违章作业有权当场制止，发现险情有权责令暂停作业并立即报告车间主任。",
    ),
    ("h1", "第三章　安全教育培训"),
    (
        "art",
        "新入职员工须经公司级、车间级、班组级三级安全教育，培训时间合计不少于24学时，考试合格后方可上岗。其中，"
        "班组级教育由班组长或指定的师傅讲授本岗位操作规程和应急处置措施，并签订师徒协议，带岗期不少于1个月。",
    ),
    (
        "art",
        "在岗员工每年接受再培训的时间不少于8学时。员工调换工种或者离岗6个月以上重新上岗的，应重新进行车间级和"
        "班组级安全教育。",
    ),
    (
        "art",
        "从事电工作业、高处作业、焊接与热切割作业的人员，必须取得应急管理部门颁发的特种作业操作证；叉车司机必须"
        "取得市场监督管理部门颁发的特种设备作业人员证（N1）。证件过期或未按期复审的，不得从事相应作业。",
    ),
    (
        "art",
        "从事绝缘耐压测试、湿漏电测试的人员，除接受岗位培训外，还须经设备动力部组织的高压安全专项培训并考试合格，"
        "由安全环保部发放《高压测试授权卡》，授权卡有效期为2年。未持授权卡的人员不得操作高压测试设备。",
    ),
    (
        "art",
        "相关方人员进入公司作业前，由归口管理部门组织入厂安全告知和培训，培训时间不少于2学时，并佩戴临时出入证。"
        "外来参观人员进入车间应由接待部门人员全程陪同，不得进入高压测试区和动力站房。",
    ),
    ("h1", "第四章　生产现场通用安全管理"),
    ("h2", "第一节　作业环境与设备"),
    (
        "art",
        "车间主安全通道宽度不小于2米，人行通道宽度不小于1.2米，通道内不得堆放物料、周转车和空托盘。消火栓、"
        "灭火器、配电柜和应急疏散门前1米范围内严禁堆放任何物品。",
    ),
    (
        "art",
        "设备的安全防护罩、安全光栅、急停按钮、门禁联锁等安全装置不得擅自拆除、短接或调整；确因检修需要临时解除"
        "的，须经车间主任批准，检修完成后立即恢复，并经班组长确认。",
    ),
    (
        "art",
        "设备检修、清理卡料、更换耗材前必须执行能量隔离，实行“挂牌上锁”：断开电源、关闭气源并泄放余压，由检修"
        "人员本人挂个人锁和“禁止合闸、有人工作”标识牌，钥匙由本人保管。多人检修同一设备时，每人各挂一把锁，"
        "最后一人摘锁前应确认全部人员已撤离。",
    ),
    (
        "art",
        "串焊、返修工位的焊接烟气应经局部排风收集处理，局部排风罩口风速不低于0.5米/秒；排风系统停运时不得进行"
        "焊接作业。车间照明照度和通风换气应满足作业要求。",
    ),
    ("h2", "第二节　易燃液体与化学品"),
    (
        "art",
        "异丙醇、助焊剂等易燃液体由化学品库统一储存，车间只能设置防爆型化学品暂存柜，暂存量不得超过当班用量，"
        "且单个暂存柜存放总量不得超过20升。暂存柜应张贴化学品安全技术说明书（SDS）要点和警示标识，并可靠接地。",
    ),
    (
        "art",
        "易燃液体应使用带盖的专用安全容器分装，分装作业在通风柜或防爆分装间内进行，严禁使用塑料饮料瓶、矿泉水瓶"
        "等非专用容器盛装。分装容器应贴有注明名称和危险特性的标签。",
    ),
    (
        "art",
        "沾有异丙醇、助焊剂的擦拭布和无尘纸应投入带盖的金属废料桶，桶盖保持关闭；废料桶每班清运至危险废物暂存间，"
        "不得与一般垃圾混放。",
    ),
    (
        "art",
        "使用易燃液体的工位周围3米范围内禁止动火、禁止吸烟，禁止使用非防爆电器；擦拭清洗作业时应佩戴防溶剂手套，"
        "防止溶剂长时间接触皮肤。",
    ),
    (
        "art",
        "发生易燃液体洒漏时，应立即切断附近电源和火源，加强通风，用吸附棉收集，收集物按危险废物处置；洒漏量超过"
        "5升时，应立即报告车间主任并启动车间现场处置方案。",
    ),
    ("h2", "第三节　胶膜与背板仓库"),
    (
        "art",
        "EVA胶膜、POE胶膜和背板仓库按丙类仓库管理，库内温度保持在10℃至30℃，相对湿度不高于60%，由仓管员每班"
        "记录一次温湿度。库内严禁吸烟和使用明火，严禁存放易燃液体。",
    ),
    (
        "art",
        "胶膜、背板应离墙不小于0.5米、离灯具不小于0.5米存放，垛与垛之间留出不小于1米的通道；整托货物堆码不超过"
        "2层，人工堆码高度不超过1.8米。",
    ),
    (
        "art",
        "仓库照明应采用冷光源灯具，不得使用碘钨灯、卤素灯等高温灯具；每日下班时由仓管员切断库区非必要电源，并在"
        "《仓库闭库检查表》上签字。",
    ),
    (
        "art",
        "拆包和裁切胶膜时应使用带安全护套的美工刀，裁切方向背离身体；用完的刀片放入专用利器盒，不得随手丢弃。",
    ),
    ("h2", "第四节　用电安全"),
    (
        "art",
        "车间配电箱、开关箱应加锁管理，箱门标明责任人和联系电话；移动电气设备的电源线不得拖地碾压，跨越通道时"
        "应加装护线槽。",
    ),
    (
        "art",
        "手持电动工具使用前应检查外壳、手柄、电源线和插头是否完好；Ⅰ类手持电动工具应在装有漏电保护器的回路中"
        "使用，并可靠接地。",
    ),
    (
        "art",
        "临时用电须办理临时用电作业许可证，由持证电工接线和拆除，临时用电期限一般不超过15日；到期仍需使用的，"
        "应重新办理许可手续。",
    ),
    (
        "art",
        "设备检修完毕送电前，检修负责人应清点人员和工具，确认设备上和设备内无人作业后，方可摘锁并通知送电。",
    ),
    ("h1", "第五章　关键工序安全管理"),
    ("h2", "第一节　串焊与排版"),
    (
        "art",
        "串焊机运行时，严禁将手伸入焊接区、传送带和机械手运动范围内；处理碎片、卡片时必须按下暂停键或急停按钮，"
        "确认设备完全停止后方可操作。",
    ),
    (
        "art",
        "串焊机红外加热灯管和焊接压针温度较高，停机后至少冷却15分钟方可更换灯管或清理压针；更换焊带卷料时应切断"
        "焊带送料机构电源。",
    ),
    (
        "art",
        "碎电池片应使用专用镊子或吸笔夹取，放入带盖的碎片收集盒，不得徒手清理；碎片收集盒装满三分之二时应及时清运。",
    ),
    ("h2", "第二节　层压"),
    (
        "art",
        "层压机工作温度一般为140℃至150℃。层压机上盖开启、合拢时，任何人员不得将头、手伸入上下腔体之间。层压机"
        "进出料两侧须设置安全光栅，光栅失效时必须停机报修。",
    ),
    (
        "art",
        "进入层压机腔体内清理残胶、更换高温布或硅胶板，必须执行挂牌上锁，将加热板温度降至50℃以下，并用机械支撑杆"
        "锁定上盖后方可进行，同时安排专人在外监护。",
    ),
    (
        "art",
        "清理层压机溢胶时应使用铜铲或专用塑料刮板，禁止使用铁器猛力敲击加热板；清理下来的残胶应冷却后放入指定容器。",
    ),
    (
        "art",
        "层压后的组件温度较高，下料时应佩戴隔热手套；组件在冷却台上的冷却时间不少于5分钟，方可进入削边工序。",
    ),
    ("h2", "第三节　装框与打胶"),
    (
        "art",
        "气动装框机应采用双手启动按钮，严禁用胶带、重物等方式固定按钮改为单手操作；装框时双手不得放在边框与压头之间。",
    ),
    (
        "art",
        "打胶机更换胶桶时，应先关闭气源并将压力泄放至零，再升起压盘；压盘升降过程中不得将手放在压盘与胶桶之间。",
    ),
    (
        "art",
        "打胶、装框区产生的硅胶废料和废胶桶应分类存放，废胶桶应加盖，按照公司危险废物管理规定处置。",
    ),
    ("h2", "第四节　EL、IV及耐压测试"),
    (
        "art",
        "高压测试区应设置高度不低于1.2米的硬质隔离围栏和“高压危险”警示标识，入口设门禁联锁，门打开时测试设备应"
        "自动断开高压输出；测试设备运行时，区域上方的红色警示灯应常亮。",
    ),
    (
        "art",
        "绝缘耐压测试电压按产品标准设定，一般为直流3000伏至6000伏。测试过程中，操作人员应站在绝缘垫上，身体任何"
        "部位不得接触组件、测试夹具和引线；测试结束后设备须自动放电，放电时间不少于5秒，操作人员用放电棒确认后"
        "方可拆除测试夹。",
    ),
    (
        "art",
        "湿漏电测试水槽应可靠接地，测试前检查水槽及电极绝缘；测试期间水槽周边1米范围内禁止无关人员停留，严禁单人"
        "进行湿漏电测试作业。",
    ),
    (
        "art",
        "IV测试仪（闪光测试仪）工作时产生瞬间强光，操作人员不得直视光源，调试、校准期间应佩戴滤光护目镜；更换氙灯"
        "或检修灯箱时，须断电并等待储能电容放电不少于10分钟。",
    ),
    (
        "art",
        "EL测试暗箱内的组件通电时，操作人员不得将手伸入暗箱；EL测试电源正负极接线应由授权人员完成，禁止带电更换"
        "接线端子。",
    ),
    ("h2", "第五节　包装与成品存放"),
    (
        "art",
        "成品组件打包时应佩戴手套和防护眼镜；剪断打包带时人员应站在打包带侧面，一手压住带头，防止打包带回弹伤人。",
    ),
    (
        "art",
        "搬运单块组件应两人配合，玻璃面朝上平抬，不得单人竖扛或拖拽；组件玻璃破碎的，应用胶带粘贴破损面后再搬运。",
    ),
    (
        "art",
        "成品组件托盘在库内堆码不超过2层，托盘倾斜、包装破损的不得叠放；成品库内叉车作业区域与人员拣货区域"
        "应以隔离栏分开。",
    ),
    ("h1", "第六章　厂内机动车辆与动力站房"),
    ("h2", "第一节　锂电池叉车"),
    (
        "art",
        "叉车在车间内行驶速度不得超过5公里/小时，在厂区道路行驶速度不得超过10公里/小时；转弯、过门、倒车及通过"
        "交叉路口时应减速鸣笛。",
    ),
    (
        "art",
        "叉车司机每班作业前应对制动、转向、喇叭、灯光、货叉、链条和电池电量进行点检，并填写《叉车日常点检表》；"
        "点检发现问题的，不得使用。",
    ),
    (
        "art",
        "叉车严禁载人，严禁超载、偏载，严禁货叉下站人或通行；载货行驶时货叉离地高度保持在15厘米至30厘米，货物"
        "遮挡视线时应倒车行驶或安排专人引导。",
    ),
    (
        "art",
        "锂电池叉车应在指定充电区使用原厂配套充电器充电，充电区与可燃物的距离不小于3米，并设置烟感报警装置。充电"
        "过程中发现电池外壳鼓胀、冒烟、有异味或者电池温度超过55℃时，应立即停止充电，将车辆转移至室外空旷处，并"
        "报告设备动力部。",
    ),
    (
        "art",
        "叉车司机离开车辆时，应将货叉降至地面，拉紧驻车制动，关闭电源并拔下钥匙。",
    ),
    ("h2", "第二节　AGV搬运车"),
    (
        "art",
        "AGV运行路径应在地面施划黄色边线和行驶方向箭头，路径交叉口设置减速提示。AGV在人车混行区的运行速度不得"
        "超过1米/秒。",
    ),
    (
        "art",
        "人员不得在AGV运行路径上停留、坐卧或堆放物料，不得搭乘AGV或站在AGV上取放物料。AGV激光避障装置失效时"
        "应立即停用。",
    ),
    (
        "art",
        "AGV维修、更换电池前，应将AGV退出调度系统并切断主电源，在车体上悬挂“维修中”标识；维修完成后须经调度员"
        "确认方可重新接入系统。",
    ),
    ("h2", "第三节　动力站房"),
    (
        "art",
        "制氮站、液氮储罐区及氮气管道阀门井属于窒息风险场所。制氮机房应设置氧含量在线监测报警装置，氧含量低于"
        "19.5%时自动报警并联动启动排风；人员进入前须确认报警装置无报警。",
    ),
    (
        "art",
        "液氮储罐区周围5米范围内不得设置地沟、地坑和排水井；充装液氮时，槽车司机和站内值班员应同时在场，操作人员"
        "应佩戴防冻手套和面屏。",
    ),
    (
        "art",
        "空压机储气罐安全阀每年校验一次，压力表每半年检定一次；储气罐底部排污阀每班排污一次，并记录在《空压站"
        "运行记录》中。",
    ),
    (
        "art",
        "严禁使用压缩空气吹扫身体衣物或者对人嬉闹；使用压缩空气清理设备时，压力应调至0.2兆帕以下，并佩戴防护眼镜。",
    ),
    (
        "art",
        "配电房实行专人管理，非电工人员不得进入；倒闸操作必须由两人进行，一人操作、一人监护，并严格执行操作票制度。",
    ),
    ("h1", "第七章　屋顶光伏安装作业"),
    (
        "art",
        "分布式电站工程部承接的屋顶光伏安装项目，开工前应对屋面结构、承载能力、防水层和采光带进行勘察，编制专项"
        "施工方案，经工程部经理审核、公司分管副总经理批准后实施。",
    ),
    (
        "art",
        "在距坠落高度基准面2米及以上的屋面作业属于高处作业，必须办理《高处作业许可证》，许可证有效期不超过1个"
        "作业班次。作业人员应系挂全身式安全带，安全带挂在屋脊生命线或独立锚固点上，做到高挂低用。",
    ),
    (
        "art",
        "彩钢瓦屋面作业时，人员应沿檩条方向行走，并在作业通道上铺设宽度不小于0.6米的防滑走道板；屋面采光带必须"
        "满铺防坠安全网或加设硬质盖板，严禁踩踏采光带。",
    ),
    (
        "art",
        "遇六级及以上大风、雷雨、大雪、浓雾等恶劣天气，应停止屋面作业；屋面结冰、积霜或雨后未干时，不得上屋面"
        "作业。夏季日最高气温达到35℃以上时，11时至15时停止屋面露天作业。",
    ),
    (
        "art",
        "组件吊运上屋面应使用汽车吊或专用提升机，吊运时下方设置警戒区，警戒区半径不小于吊物高度的三分之一，且"
        "不小于5米；屋面上的组件堆放每垛不超过10块，并采取防风固定措施。",
    ),
    (
        "art",
        "光伏组件受光即产生电压。组串接线及接入逆变器前，应使用不透光材料遮盖组件或在低照度时段进行；严禁带负荷"
        "插拔MC4连接器，直流侧接线前应用万用表确认开路电压和极性。",
    ),
    (
        "art",
        "屋面作业班组不得少于2人，并设专职监护人；监护人不得兼做其他工作，不得离开监护岗位。",
    ),
    (
        "art",
        "屋顶安装项目使用的电动工具应通过带漏电保护器的移动配电箱供电，漏电保护器额定动作电流不大于30毫安，"
        "动作时间不大于0.1秒。",
    ),
    (
        "art",
        "屋面作业人员上岗前应接受健康检查，患有高血压、心脏病、癫痫、恐高症等高处作业禁忌症的人员，不得从事"
        "屋面作业；作业人员当天身体不适或饮酒后，班组长应禁止其上屋面。",
    ),
    (
        "art",
        "屋面临边无女儿墙或女儿墙高度低于1.2米的，应设置防护栏杆或在临边挂设安全网；屋面预留孔洞应用盖板封堵并固定。",
    ),
    ("h1", "第八章　危险作业管理"),
    ("h2", "第一节　作业许可"),
    (
        "art",
        "动火作业、受限空间作业、高处作业、临时用电作业、吊装作业和盲板抽堵作业实行作业许可管理。作业许可证由"
        "作业单位申请，车间主任审核，安全环保部审批；一级动火作业还须经分管生产的副总经理批准。",
    ),
    (
        "art",
        "在车间、仓库内动火作业，应清除动火点周围10米范围内的可燃物，无法清除的用防火毯覆盖；动火点周围配备不少于"
        "2具灭火器，并设专人监火。动火作业结束后，监火人应检查现场，确认无残留火种后再观察30分钟方可离开。",
    ),
    (
        "art",
        "动火作业许可证有效期不超过8小时；作业中断超过1小时的，重新作业前应重新进行安全确认。",
    ),
    (
        "art",
        "进入层压机真空泵坑、废水池、储罐等受限空间作业，必须坚持“先通风、再检测、后作业”，氧含量应在19.5%至"
        "21%之间，作业期间每2小时检测一次，并在受限空间外设专人监护。",
    ),
    ("h2", "第二节　相关方安全管理"),
    (
        "art",
        "承包商进入厂区施工前，应与公司签订安全生产管理协议，明确双方安全职责；归口管理部门负责审查其资质、"
        "特种作业人员证件和近三年安全业绩。",
    ),
    (
        "art",
        "承包商施工期间应指定现场安全负责人，接受安全环保部的监督检查；发现严重违章作业的，公司有权责令停工"
        "整改，由此造成的损失由承包商承担。",
    ),
    (
        "art",
        "一年内发生2次严重违章或发生人员受伤事故的承包商，列入不合格承包商名单，三年内不得承接公司项目。",
    ),
    (
        "art",
        "在业主建筑屋面实施光伏安装前，工程部应与业主签订屋面使用安全告知书，明确屋面禁入区域、消防设施位置"
        "和应急联系人。",
    ),
    ("h1", "第九章　职业健康与劳动防护"),
    (
        "art",
        "公司每年委托有资质的机构对车间焊接烟尘、异丙醇蒸气、噪声等职业病危害因素进行检测，检测结果在车间公告栏公布。",
    ),
    (
        "art",
        "接触职业病危害因素的员工应进行上岗前、在岗期间和离岗时职业健康检查，检查结果书面告知本人；发现职业"
        "禁忌的，应及时调离原岗位。",
    ),
    (
        "art",
        "劳动防护用品由安全环保部统一采购，须具有产品合格证；各车间按附件2的标准配发，员工不得擅自改装或以"
        "其他物品替代。",
    ),
    (
        "art",
        "装框、削边等工位作业场所噪声超过85分贝的，应设置噪声警示标识，作业人员必须佩戴耳塞或耳罩。",
    ),
    (
        "art",
        "夏季高温期间，车间应加强通风降温，为一线员工供应含盐清凉饮料，并合理调整层压、串焊等高温岗位的作息时间。",
    ),
    ("h1", "第十章　消防与应急管理"),
    (
        "art",
        "各部门应对责任区内的消防器材每月检查一次，检查后在检查卡上签名并注明日期。灭火器压力指针不在绿区或铅封"
        "损坏的，应在24小时内更换。",
    ),
    (
        "art",
        "公司每年至少组织一次综合应急预案演练，各车间每半年至少组织一次现场处置方案演练；演练结束后应进行评估，"
        "形成书面总结。",
    ),
    (
        "art",
        "发生人员触电时，应立即切断电源或用干燥的绝缘物使触电者脱离电源，严禁直接用手拉触电者；触电者心跳、呼吸"
        "停止的，应立即进行心肺复苏，同时拨打120急救电话。",
    ),
    (
        "art",
        "发生生产安全事故后，现场人员应立即报告班组长和车间主任，车间主任接报后应在15分钟内报告安全环保部；安全"
        "环保部接报后应在1小时内向总经理报告，并按规定向属地应急管理部门报告。",
    ),
    (
        "art",
        "员工发生烫伤时，应立即用流动清水冲洗伤处不少于15分钟，不得涂抹牙膏、酱油等物品，并及时送医。",
    ),
    (
        "art",
        "车间疏散通道和安全出口应保持畅通，生产期间严禁锁闭；应急照明和疏散指示标志由设备动力部每月测试一次。",
    ),
    (
        "art",
        "公司设微型消防站，由保卫人员和各车间义务消防队员组成，夜间至少安排3名队员值守，接警后应在3分钟内"
        "到达厂区内任一着火点。",
    ),
    ("h1", "第十一章　隐患排查治理与奖惩"),
    (
        "art",
        "隐患排查实行班组每班自查、车间每周检查、公司每月综合检查的制度；节假日前、季节转换时及复工复产前应开展"
        "专项检查。",
    ),
    (
        "art",
        "一般隐患由责任车间立即整改或在7日内整改完成；重大事故隐患由总经理组织制定治理方案，落实责任、措施、资金、"
        "时限和应急预案“五到位”，整改完成后由安全环保部组织验收销号。",
    ),
    (
        "art",
        "对举报重大事故隐患并经查实的员工，公司给予500元至2000元奖励；对及时发现并处置险情、避免事故发生的员工，"
        "给予通报表扬和奖励。",
    ),
    (
        "art",
        "员工有下列行为之一的，每次扣罚当月安全绩效200元；情节严重的，调离岗位直至解除劳动合同：",
    ),
    ("item", "（一）未经授权进入高压测试区或动力站房的；"),
    ("item", "（二）擅自拆除、短接设备安全装置的；"),
    ("item", "（三）在易燃液体使用区域吸烟或动火的；"),
    ("item", "（四）屋面作业不系挂安全带的；"),
    ("item", "（五）驾驶叉车载人或酒后驾驶叉车的。"),
    (
        "art",
        "班组一年内发生2次及以上违章被公司通报的，取消该班组当年安全先进班组评选资格。",
    ),
    ("h1", "第十二章　附则"),
    ("art", "本制度由安全环保部负责解释。"),
    (
        "art",
        "本制度自2025年7月1日起施行，公司2022年3月印发的《安全生产管理制度》同时废止。",
    ),
]

Step = tuple[str, list[tuple[str, str]]]

PROCEDURES: list[tuple[str, list[Step]]] = [
    (
        "表1　串焊机操作工安全操作规程",
        [
            (
                "作业前准备",
                [
                    (
                        "穿好防静电工作服，佩戴防切割手套和防护眼镜，长发盘入工作帽内。",
                        "头发、衣袖卷入传送带",
                    ),
                    (
                        "检查急停按钮、安全门联锁和焊接烟气排风是否正常，排风不运行不得开机。",
                        "联锁失效致机械伤害；吸入焊接烟气",
                    ),
                ],
            ),
            (
                "开机与上料",
                [
                    (
                        "按设备规定顺序开机，确认红外灯管预热完成、设备自检无报警后再投料。",
                        "程序紊乱导致机械手误动作",
                    ),
                    ("电池片料盒轻拿轻放，单次搬运料盒不超过3盒。", "料盒跌落，碎片割伤手指"),
                ],
            ),
            (
                "运行监控",
                [
                    ("运行中不得打开安全门，不得将手伸到焊接平台和机械手下方。", "挤压、烫伤"),
                    ("出现断带、虚焊报警时先按暂停键，待机械手回到原点后再处理。", "机械手突然动作致伤"),
                ],
            ),
            (
                "停机与清洁",
                [
                    (
                        "停机冷却后再清理焊接平台，清理时使用毛刷，不得用手直接扫除碎片。",
                        "高温部件烫伤；碎片扎伤",
                    ),
                    (
                        "焊接平台残留助焊剂用无尘纸蘸少量IPA擦拭，用后的无尘纸放入废料桶。",
                        "溶剂挥发遇火源起火",
                    ),
                ],
            ),
        ],
    ),
    (
        "表2　层压机操作工安全操作规程",
        [
            (
                "作业前检查",
                [
                    ("检查真空泵油位、安全光栅、急停按钮和上盖机械支撑杆是否完好。", "上盖意外下落压伤"),
                    (
                        "确认加热板实际温度与设定值偏差不超过5℃，偏差过大时报修。",
                        "温控失灵，胶膜过热冒烟起火",
                    ),
                ],
            ),
            (
                "进料",
                [
                    ("组件随高温布进料时，双手不得越过进料口黄色警示线。", "手部卷入、挤压"),
                ],
            ),
            (
                "层压过程",
                [
                    ("层压过程中不得强行开盖；设备报警时按下急停并通知班组长。", "高温气体喷出烫伤"),
                    ("发现腔体冒烟或有刺激性气味时，立即停止加热并开启排风。", "胶膜过热分解产生刺激性气体"),
                ],
            ),
            (
                "出料",
                [
                    ("戴隔热手套取出组件，平放在冷却台上，不得叠放。", "烫伤；组件玻璃破裂割伤"),
                ],
            ),
            (
                "清腔与保养",
                [
                    (
                        "执行挂牌上锁，待加热板降温达到规定要求、上盖用支撑杆锁定后再进入腔体。",
                        "上盖下落、高温烫伤",
                    ),
                    ("更换高温布或硅胶板由两人配合，一人作业、一人监护。", "单人作业发生意外无人救援"),
                ],
            ),
        ],
    ),
    (
        "表3　装框打胶工安全操作规程",
        [
            (
                "作业前检查",
                [
                    ("检查装框机双手启动按钮、急停按钮和气路压力表是否正常。", "单手误启动压伤手指"),
                    ("检查打胶枪、胶管接头无泄漏，胶桶压盘密封完好。", "胶管爆脱伤人"),
                ],
            ),
            (
                "装框",
                [
                    ("边框角码对准后双手离开压合区域，再同时按下双手按钮。", "手指夹伤、压伤"),
                    ("边框毛刺用锉刀修整，不得徒手抹除。", "毛刺划伤"),
                ],
            ),
            (
                "打胶与换桶",
                [
                    ("胶枪暂停使用时扣上保险并朝下放置，不得对人。", "硅胶喷溅伤眼"),
                    ("换胶桶前关闭气源、泄压至零，压盘升到顶后用定位销锁住。", "压盘意外下落夹手"),
                ],
            ),
            (
                "收尾",
                [
                    ("清理胶枪用的溶剂按易燃液体管理，用后立即盖紧。", "溶剂挥发遇火源起火"),
                ],
            ),
        ],
    ),
    (
        "表4　耐压及湿漏电测试岗位安全操作规程",
        [
            (
                "作业前准备",
                [
                    ("持《高压测试授权卡》上岗，检查绝缘垫、放电棒和接地线完好。", "绝缘失效导致电击"),
                    ("打开围栏门试验门禁联锁，确认高压输出能自动切断。", "联锁失效，误入带电区域"),
                ],
            ),
            (
                "耐压测试",
                [
                    ("夹好测试夹后退出围栏，关门并确认警示灯亮起后方可启动测试。", "高压电击"),
                    ("出现击穿报警时，等待设备放电结束，不得立即触碰组件。", "残余电荷电击"),
                ],
            ),
            (
                "湿漏电测试",
                [
                    ("组件浸入水槽前，检查接线盒及引出线端头密封良好。", "进水导致测试异常放电"),
                    ("水槽溶液的配制和更换在断电状态下进行，地面积水及时清除。", "湿手触电；地面湿滑跌倒"),
                ],
            ),
            (
                "收尾",
                [
                    ("关闭高压输出，用放电棒对测试夹逐一放电后挂回支架。", "残余电荷电击"),
                    ("每班结束填写《测试设备运行记录》，当面交接设备状态。", "设备缺陷未交接"),
                ],
            ),
        ],
    ),
    (
        "表5　锂电池叉车司机安全操作规程",
        [
            (
                "出车前",
                [
                    (
                        "完成日常点检并签字，电池电量低于20%时应先充电，不得继续搬运作业。",
                        "作业途中断电，货物悬空",
                    ),
                ],
            ),
            (
                "行驶",
                [
                    ("通过车间门口、货架通道口时鸣笛，视线受阻时停车确认。", "撞人、撞货架"),
                    ("坡道上不得转向和横向行驶，下坡时不得空挡滑行。", "侧翻"),
                ],
            ),
            (
                "装卸",
                [
                    ("货叉插入托盘的深度不小于货叉长度的三分之二。", "货物滑落砸伤"),
                    ("起升时门架不得前倾，货物离地后将门架后倾再行驶。", "货物倾倒"),
                ],
            ),
            (
                "充电",
                [
                    ("充电前关闭钥匙开关，插拔充电插头时双手保持干燥。", "触电；插头拉弧"),
                    ("充电完成后先断开充电器电源，再拔下充电插头。", "带电拔插产生电弧"),
                ],
            ),
            (
                "停车",
                [
                    ("车辆停放在指定车位，不得停放在消防通道、坡道和路口。", "阻塞疏散通道"),
                ],
            ),
        ],
    ),
    (
        "表6　屋面光伏安装工安全操作规程",
        [
            (
                "上屋面前",
                [
                    ("参加班前安全交底，检查安全带、安全绳和自锁器，确认无破损、无变形。", "防坠器具失效"),
                    ("通过固定爬梯或搭设的上人通道上下屋面，严禁攀爬落水管。", "高处坠落"),
                ],
            ),
            (
                "屋面作业",
                [
                    ("移动时使用双钩交替挂设，确保任何时候至少有一个挂钩挂在生命线上。", "高处坠落"),
                    ("工具放入工具袋，螺栓等零件放入收纳盒，严禁向下抛掷物件。", "物体打击"),
                ],
            ),
            (
                "组件接线",
                [
                    ("接线前确认组串两端断开，连接器插到位后回拉确认锁扣卡紧。", "直流拉弧、灼伤"),
                ],
            ),
            (
                "收工",
                [
                    ("未安装完的组件用压块固定或搬离屋面，清点工具后方可撤离。", "组件被风掀落伤人"),
                ],
            ),
        ],
    ),
]

PPE_HEADER = ("岗位", "劳动防护用品", "配备标准", "更换或检验周期")
PPE_ROWS: list[tuple[str, str, str, str]] = [
    (
        "串焊机操作工",
        "防静电工作服、防切割手套、防护眼镜、工作帽",
        "工作服每人2套",
        "防切割手套每周更换，破损随时更换",
    ),
    ("层压机操作工", "防静电工作服、隔热手套、防护眼镜", "隔热手套每人2副", "隔热手套每月更换"),
    ("装框打胶工", "防静电工作服、耐磨手套、防护眼镜、耳塞", "耳塞每人每周5副", "耐磨手套每周更换"),
    ("耐压及湿漏电测试工", "绝缘手套、绝缘鞋、防护眼镜", "绝缘手套每人1副", "绝缘手套每6个月做一次耐压检验"),
    ("IV及EL测试工", "防静电工作服、滤光护目镜、防静电手套", "滤光护目镜每工位1副", "防静电手套每周更换"),
    ("化学品库管员", "防溶剂手套、防化护目镜、活性炭口罩", "防溶剂手套每人2副", "活性炭口罩滤盒每周更换"),
    ("叉车司机", "安全帽、劳保鞋、反光背心", "反光背心每人1件", "安全帽按使用期限更换"),
    ("制氮站值班员", "防冻手套、面屏、便携式氧含量检测仪", "检测仪每班1台", "检测仪每年检定一次"),
    (
        "屋面光伏安装工",
        "安全帽、全身式安全带、防滑绝缘鞋、防晒服",
        "安全带每人1条",
        "安全帽使用期限不超过30个月",
    ),
]


def chinese_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    if rest == 0:
        return digits[n // 100] + "百"
    if rest < 10:
        return digits[n // 100] + "百零" + digits[rest]
    tail = chinese_number(rest)
    return digits[n // 100] + "百" + (("一" + tail) if rest < 20 else tail)


def set_font(target, latin: str, east_asian: str, size: float | None = None) -> None:
    font = target.font
    font.name = latin
    if size is not None:
        font.size = Pt(size)
    element = target.element
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east_asian)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)


def add_page_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def header_row(table, labels) -> None:
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = label
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9D9D9")


def add_procedure(doc, caption: str, steps: list[Step]) -> None:
    cap = doc.add_paragraph(caption)
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.runs[0].bold = True
    rows = sum(len(lines) for _, lines in steps)
    table = doc.add_table(rows=rows + 1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(table, ("步骤", "操作要求", "危险提示"))
    r = 1
    for step, lines in steps:
        first = table.cell(r, 0)
        if len(lines) > 1:
            first = first.merge(table.cell(r + len(lines) - 1, 0))
        first.text = step
        for requirement, hazard in lines:
            table.cell(r, 1).text = requirement
            table.cell(r, 2).text = hazard
            r += 1


def add_ppe(doc) -> None:
    cap = doc.add_paragraph("表7　岗位劳动防护用品配备表")
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.runs[0].bold = True
    table = doc.add_table(rows=len(PPE_ROWS) + 1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(table, PPE_HEADER)
    for i, row in enumerate(PPE_ROWS, start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = value


def build_document() -> Document:
    doc = Document()
    set_font(doc.styles["Normal"], "Times New Roman", "宋体", 12)
    for name in ("Heading 1", "Heading 2", "Title"):
        style = doc.styles[name]
        size = {"Heading 1": 16, "Heading 2": 14}.get(name, 20)
        set_font(style, "Times New Roman", "黑体", size)
        style.font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    props = doc.core_properties
    props.title = TITLE
    props.author = COMPANY + "安全环保部"
    props.last_modified_by = COMPANY + "安全环保部"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1

    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = COMPANY + "　　安全生产管理制度（2025年修订）"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = section.footer.paragraphs[0]
    foot.text = COMPANY + "　安全环保部编制　　第 "
    add_page_field(foot)
    foot.add_run(" 页")
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for kind, text in NOTICE:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind == "red":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(run, "Times New Roman", "方正小标宋简体", 26)
            run.bold = True
            run.font.color.rgb = RGBColor(0xC0, 0, 0)
        elif kind in ("docno", "title"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = kind == "title"
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "p":
            p.paragraph_format.first_line_indent = Pt(24)
    doc.add_page_break()

    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    article = 0
    for kind, text in BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "art":
            article += 1
            p = doc.add_paragraph()
            label = p.add_run("第" + chinese_number(article) + "条")
            label.bold = True
            p.add_run("　" + text)
            p.paragraph_format.first_line_indent = Pt(24)
        elif kind == "item":
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(24)
        else:
            raise ValueError(kind)

    doc.add_page_break()
    doc.add_heading("附件1　岗位安全操作规程", level=1)
    for caption, steps in PROCEDURES:
        add_procedure(doc, caption, steps)
        doc.add_paragraph()
    doc.add_heading("附件2　岗位劳动防护用品配备表", level=1)
    add_ppe(doc)
    note = doc.add_paragraph("注：劳动防护用品由各车间按月申领，破损、失效的应及时以旧换新。")
    note.paragraph_format.first_line_indent = Pt(24)
    return doc


def save_deterministic(doc: Document, out: Path) -> None:
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    result = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    out.write_bytes(result.getvalue())


def read_units(path: Path) -> list[str]:
    doc = Document(str(path))
    units = [p.text for p in doc.paragraphs if p.text.strip()]
    for table in doc.tables:
        seen: list = []
        for row in table.rows:
            for cell in row.cells:
                if any(cell._tc is tc for tc in seen):
                    continue
                seen.append(cell._tc)
                if cell.text.strip():
                    units.append(cell.text)
    section = doc.sections[0]
    units += [p.text for p in section.header.paragraphs + section.footer.paragraphs if p.text.strip()]
    return units


EXPECTED_KINDS = {
    "colloquial": 17,
    "paraphrase": 5,
    "exact": 3,
    "typo": 3,
    "digits": 1,
    "multi": 1,
    "negative": 10,
}


def check(units: list[str]) -> list[str]:
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    problems: list[str] = []
    if data.get("docs") != [OUT.name]:
        problems.append(f"docs should be [{OUT.name}]")
    questions = data["questions"]
    ids = [q["id"] for q in questions]
    if len(questions) != 40 or len(set(ids)) != 40:
        problems.append(f"expected 40 distinct questions, got {len(questions)} ({len(set(ids))} distinct)")
    kinds = Counter(q["kind"] for q in questions)
    if dict(kinds) != EXPECTED_KINDS:
        problems.append(f"kind counts {dict(kinds)} != {EXPECTED_KINDS}")
    for q in questions:
        must = q.get("must") or []
        if q["kind"] == "negative":
            if must:
                problems.append(f"{q['id']}: a negative has must strings")
            continue
        if not 1 <= len(must) <= 2:
            problems.append(f"{q['id']}: needs one or two must strings")
            continue
        holders = [u for u in units if all(m in u for m in must)]
        if not holders:
            problems.append(f"{q['id']}: no single unit holds {must}")
        for m in must:
            count = sum(m in u for u in units)
            if count != 1:
                problems.append(f"{q['id']}: {m!r} is in {count} units, expected exactly 1")
    return problems


def main() -> int:
    save_deterministic(build_document(), OUT)
    units = read_units(OUT)
    text = "".join(units)
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    print(f"wrote {OUT.name}: {len(units)} units, {len(text)} characters, {cjk} CJK characters")
    if not 8000 <= len(text) <= 15000:
        print(f"size {len(text)} outside 8000-15000", file=sys.stderr)
        return 1
    problems = check(units)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
