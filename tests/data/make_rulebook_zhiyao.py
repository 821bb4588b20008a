"""Generate tests/data/rulebook_zhiyao.docx, the document of the sealed blind set qa_holdout_zhiyao.yaml.

An invented pharmaceutical company's 《岗位安全操作规程汇编》 (瑞康制药股份有限公司, 文件编号 RK/EHS-HB-003,
版本 A/2) kept the way an EHS department keeps it in Word: a cover page with a sign-off table, a short 发布令
with a table of the 规程 it contains, then eight separate 岗位安全操作规程 (溶剂回收, 反应釜投料, 氢化, 离心与
干燥, 洁净区消毒, 冷冻站, 危化品库管理员, 污水处理站), each starting on a new page with a "Heading 1" title
and typed section headings 一、适用范围 … 六、应急处置 ("Heading 2"). The steps under each section are a Word
automatic numbered list (style "List Number" with a numbering definition this script adds to numbering.xml,
restarted at 1 for every section), so the numbers "1." "2." are NOT in the paragraph text. Every 规程 has
one boxed warning (a single-cell shaded table whose text starts with "注意：") and one small table. A running
header from page 2 and a "第 N 页 共 M 页" footer built from PAGE/NUMPAGES fields.

Deterministic: fixed core properties and fixed zip timestamps, so the same bytes every run.

    .venv/bin/python tests/data/make_rulebook_zhiyao.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("rulebook_zhiyao.docx")
COMPANY = "瑞康制药股份有限公司"
DOC_TITLE = "岗位安全操作规程汇编"
DOC_NO = "RK/EHS-HB-003"
VERSION = "A/2"
EFFECTIVE = "2025年7月1日"
ISSUED = "2025年6月16日"
FIXED_TIME = datetime(2025, 6, 16, 9, 0, 0)

SIGN_OFF = [
    ("", "部门/职务", "姓名", "日期"),
    ("编制", "EHS部安全工程师", "周立新", "2025年5月26日"),
    ("审核", "EHS部经理", "唐慧敏", "2025年6月5日"),
    ("审核", "生产副总经理", "贾文涛", "2025年6月9日"),
    ("批准", "总经理", "陆启航", "2025年6月16日"),
]

DECREE = [
    "为规范各生产岗位的作业行为，有效防范火灾、爆炸、中毒窒息、化学灼伤和机械伤害等事故，EHS部会同生产部、"
    "设备工程部、物流部和质量保证部，对A/1版《岗位安全操作规程汇编》（2022年3月发布）进行了全面修订，形成A/2版。"
    "本版新增离心与干燥岗位安全操作规程，修订了氢化岗位的氮气置换和氢气检测要求，调整了危化品库的储存限量。",
    "本汇编已经2025年6月12日公司安全生产委员会第二季度会议审议通过，现予发布，自2025年7月1日起施行，"
    "A/1版同时作废。",
    "各车间、部门应在生效日期前组织本岗位人员学习并进行闭卷考试，考试成绩不低于80分方可独立上岗；"
    "考试不合格的，补考一次，补考仍不合格的调离本岗位。规程纸质受控本由EHS部统一编号发放至各岗位，"
    "任何人不得自行复印、涂改或撤换。执行中发现的问题，请及时反馈至EHS部（内线6205）。",
]

# Each 规程: code, title, department, scope, then the five numbered sections, the warning (placed after the
# section named) and one table (placed after the section named, with a caption).
SOPS: list[dict] = [
    {
        "code": "RK-EHS-SOP-001",
        "title": "溶剂回收岗位安全操作规程",
        "dept": "合成一车间溶剂回收工段",
        "scope": "本规程适用于合成一车间溶剂回收工段的常压蒸馏、减压蒸馏和精馏操作，回收溶剂包括乙醇、甲醇、丙酮、"
        "乙酸乙酯、二氯甲烷和甲苯。回收工段厂房按爆炸性气体环境1区设计，区内电气设备防爆等级不低于Ex d IIB T4。",
        "risks": [
            "溶剂蒸气与空气混合形成爆炸性混合物，遇明火、静电火花或高温表面引发火灾爆炸；",
            "蒸馏釜超温、超压或冷凝器断水，导致溶剂蒸气大量外逸；",
            "吸入二氯甲烷、甲苯、甲醇蒸气引起中毒，甲醇经皮肤吸收或溅入眼睛；",
            "夹套蒸汽管道和釜体表面高温，接触造成烫伤；",
            "接收罐满罐溢料，溶剂流入地沟。",
        ],
        "before": [
            "穿戴防静电工作服和防静电鞋，进入回收区前触摸人体静电释放器不少于3秒；手机、打火机、非防爆手电"
            "一律存放在更衣柜内，不得带入1区。",
            "查看固定式可燃气体检测报警仪显示正常，现场读数应低于10%LEL；读数达到或超过10%LEL时不得开车，"
            "报告班长查明原因。",
            "检查釜、罐和管道的静电接地与法兰跨接线无断开、锈蚀，接地电阻不大于10Ω。",
            "确认主冷凝器和尾气冷凝器已通冷却介质：循环冷却水进口温度不高于32℃，冷冻盐水进口温度不高于-10℃。",
            "蒸馏釜进料前用氮气置换，釜内氧含量不大于5%，取样分析合格并在《氮气置换记录》上签字后方可进料。",
            "核对待回收溶剂的品名和来源批号，不同品种的废溶剂不得混合回收；乙醚、四氢呋喃等易生成过氧化物的"
            "溶剂，须经QC检测过氧化物合格后方可蒸馏。",
        ],
        "during": [
            "用防爆隔膜泵进料，初始流速不超过1m/s，液面淹没进料管口后方可提速，最高不超过3m/s；进料量不超过"
            "蒸馏釜容积的70%。",
            "先开冷凝器冷却水，确认回水正常后再缓慢开启夹套蒸汽阀，蒸汽压力不得超过0.3MPa；蒸馏二氯甲烷时"
            "只准用热水加热，热水温度不超过60℃。",
            "减压蒸馏时真空度控制在-0.08MPa至-0.095MPa；蒸馏结束破真空必须用氮气，严禁直接放入空气。",
            "每30分钟巡检一次釜温、塔顶温度、真空度和接收罐液位，并填写运行记录；接收罐液位不得超过80%，"
            "达到80%时切换接收罐。",
            "蒸馏运行中操作人员不得离岗；确需离开的，由班长指定持有本岗位上岗证的人员顶岗并当面交接。",
            "回收区内检修、紧固使用铜质防爆工具，严禁用铁器敲击设备和管道。",
        ],
        "after": [
            "停止加热后继续通冷却水，待釜温降至40℃以下方可关闭冷却水。",
            "釜内残液冷却至常温后放入专用残液桶，装量不超过桶容积的80%，贴危险废物标签后当班送危废暂存间。",
            "回收溶剂经QC取样检测合格后方可转入回收溶剂储罐；不合格的重新精馏或按危险废物处置。",
            "清点防爆工具，关闭蒸汽总阀和真空泵，填写交接班记录。",
        ],
        "emergency": [
            "少量溶剂泄漏：立即停泵、关闭相关阀门，用吸附棉或干砂吸收，收集物装入密闭桶按危险废物处理，"
            "严禁用水冲入雨水沟。",
            "可燃气体报警达到25%LEL：立即停止加热和进料，开启事故排风，撤离无关人员，向总调度室（内线6119）报告。",
            "着火：初起火灾用干粉或二氧化碳灭火器扑救，釜体周围着火时开启水喷淋冷却；火势无法控制时立即撤离"
            "至东门应急集合点，拨打119。",
            "吸入中毒：迅速将中毒人员移至上风向空气新鲜处，解开衣领，注意保暖；呼吸心跳停止的立即实施心肺复苏，"
            "同时拨打厂内急救电话6120。",
        ],
        "warning_after": "during",
        "warning": "注意：冷凝器断水或冷却水出口温度超过40℃时，必须立即关闭加热蒸汽阀，严禁在冷却不足的情况下继续"
        "蒸馏；回收区内严禁敞口接料和敞口倾倒溶剂。",
        "table_after": "before",
        "table_caption": "表1-1　溶剂回收岗位个体防护用品配备",
        "table": [
            ("作业", "防护用品", "更换周期"),
            ("日常巡检", "防静电工作服、防静电鞋、安全帽", "工作服每年2套，防静电鞋每年1双"),
            ("取样、接料", "丁腈防化手套、防化护目镜", "手套每周1副，破损即换"),
            ("二氯甲烷出料", "半面罩配有机蒸气滤毒盒", "滤毒盒累计使用40小时或闻到异味即换"),
            ("泄漏处置", "全面罩配综合滤毒罐、防化服", "每次使用后检查，滤毒罐用后即换"),
        ],
    },
    {
        "code": "RK-EHS-SOP-002",
        "title": "反应釜投料岗位安全操作规程",
        "dept": "合成一车间、合成二车间",
        "scope": "本规程适用于合成一车间、合成二车间500L至5000L搪玻璃反应釜和不锈钢反应釜的固体投料、液体投料和"
        "真空抽料作业。投料涉及的工艺条件以批生产指令和工艺规程为准，本规程只规定安全要求。",
        "risks": [
            "向盛有易燃溶剂的反应釜投加固体粉料时，粉料摩擦产生静电，点燃釜口溶剂蒸气发生闪爆；",
            "投料顺序错误、投料过快或冷却不及时引起剧烈放热，造成冲料和超压；",
            "投加氢氧化钠、甲醇钠、氯化亚砜等腐蚀性物料时发生化学灼伤；",
            "搬运料袋、料桶造成扭伤、砸伤，开启人孔时物料喷溅。",
        ],
        "before": [
            "核对批生产指令上的物料名称、批号、数量和投料顺序，由操作工和复核人双人核对并签字。",
            "检查搅拌、温度计、压力表、安全阀或爆破片完好，压力表在检定有效期内，搅拌运转无异响。",
            "釜内已有易燃溶剂时，先用氮气置换，釜内氧含量不大于8%方可打开投料口。",
            "打开釜顶尾气阀，确认尾气吸收塔循环泵运行正常、吸收液液位正常。",
            "投料人员佩戴防尘口罩、防化护目镜和防静电手套；投加腐蚀性物料时另加防化围裙和防护面屏。",
        ],
        "during": [
            "固体物料一律经投料漏斗或密闭投料站加入，禁止从人孔直接倾倒；投料期间釜内保持微正压氮气保护，"
            "氮气流量控制在2～5m³/h。",
            "人工投加袋装固体，速度每分钟不超过1袋（每袋25kg），塑料内衬袋不得整袋伸入釜口抖料；吨袋须使用"
            "C型防静电吨袋，卸料前先连接接地夹。",
            "液体物料用氮气压料或防爆泵输送；高位槽滴加时按工艺规程控制流量，釜温超过工艺上限2℃时立即停止滴加。",
            "放热反应投料期间，釜温每5分钟记录一次；冷却水或冷冻盐水中断时立即停止投料。",
            "投料结束立即关闭投料口，用氮气吹扫投料管线不少于3分钟。",
            "釜内带压时严禁打开人孔或投料口；开启前压力表须回零，并打开放空阀确认无压。",
        ],
        "after": [
            "清理投料口及周边散落物料，散落粉料用防爆吸尘器收集，不得用压缩空气吹扫。",
            "清点空料袋、空料桶数量并与批记录核对；沾有物料的空袋装入专用收集袋送危废暂存间。",
            "关闭投料站除尘系统，在批记录上记录投料起止时间、釜温和操作人。",
        ],
        "emergency": [
            "冲料：立即停止投料和加热，开大冷却，撤离釜口周边人员，在上风向操作阀门。",
            "釜口闪燃：立即盖上投料口盖，加大氮气流量窒息，同时用二氧化碳灭火器扑救。",
            "化学灼伤：立即用大量流动清水冲洗不少于15分钟，眼睛溅入时用洗眼器冲洗，冲洗后送医务室。",
            "釜压升高超过设计压力的80%：立即停止投料、开大冷却并报告班长，必要时按工艺规程加入终止剂。",
        ],
        "warning_after": "during",
        "warning": "注意：严禁将料袋、手套和工具放在釜口边缘；投料口打开期间，釜口1米范围内不得进行任何可能产生火花的"
        "作业，非投料人员不得停留。",
        "table_after": "before",
        "table_caption": "表2-1　常用投料物料防护要求",
        "table": [
            ("物料", "主要危险", "防护要求"),
            ("氢氧化钠（片碱）", "强腐蚀，溶解大量放热", "面屏、防化围裙、耐碱手套，分批缓慢加入"),
            ("甲醇钠", "遇水剧烈反应，强腐蚀", "氮气保护下投料，投料器具必须干燥"),
            ("活性炭", "粉尘飞扬，易产生静电", "防尘口罩，投料前后触摸接地法兰"),
            ("氯化亚砜", "遇水放出氯化氢和二氧化硫", "全面罩，尾气吸收系统先开启"),
        ],
    },
    {
        "code": "RK-EHS-SOP-003",
        "title": "氢化岗位安全操作规程",
        "dept": "合成二车间氢化工段",
        "scope": "本规程适用于合成二车间氢化工段1000L和2000L氢化釜的催化加氢作业，催化剂为5%钯碳（含水约50%）和"
        "雷尼镍，氢气由厂房外的氢气汇流排供给。氢化厂房为独立的甲类厂房，按爆炸性气体环境1区设计，电气设备防爆等级为"
        "Ex d IIC T4。",
        "risks": [
            "氢气的爆炸极限为4.0%～75.6%（体积分数），最小点火能仅0.019mJ，泄漏后极易引发火灾爆炸；",
            "钯碳、雷尼镍干燥后在空气中能自燃，过滤和转移时引燃溶剂；",
            "氢化釜超温、超压，造成法兰和机械密封泄漏甚至容器破裂；",
            "氮气置换不彻底，釜内形成氢氧混合气。",
        ],
        "before": [
            "确认厂房内氢气检测报警仪工作正常：一级报警值为0.4%（10%LEL），二级报警值为1.0%（25%LEL），"
            "二级报警与事故排风机、氢气进气紧急切断阀联锁。",
            "开启厂房机械通风，换气次数不少于每小时12次，事故排风机试运转正常。",
            "检查氢化釜压力表、安全阀、爆破片、温度计和紧急切断阀完好，氢气管路阻火器完好。",
            "催化剂用溶剂或水润湿后在氮气保护下加入，严禁在釜口敞开抖撒干催化剂。",
            "加料完毕用氮气置换釜内空气：充氮至0.3MPa后泄压至0.02MPa，重复不少于3次，取样分析氧含量不大于"
            "0.5%为合格。",
            "用氢气置换氮气：充氢至0.2MPa后泄压，重复3次；泄压尾气经阻火器排至高出屋面2米的放空管。",
        ],
        "during": [
            "缓慢通入氢气，升压速率不超过0.1MPa/min，反应压力控制在0.5MPa～0.8MPa，不得超过0.8MPa。",
            "反应温度控制在40℃～60℃，釜温达到65℃时联锁切断氢气进气，同时开大冷却水。",
            "每15分钟记录一次釜温、釜压、氢气流量和氢气累计用量。",
            "运行中每小时用便携式氢气检测仪检查一次法兰、阀门、机械密封等部位。",
            "氢化釜运行期间厂房内禁止一切动火作业和非防爆电器的使用，厂房内作业人员不得超过3人。",
            "氢气汇流排出口压力不超过1.0MPa；钢瓶使用至余压0.05MPa时即停止使用，不得用尽，防止空气倒入。",
        ],
        "after": [
            "关闭氢气进气阀和汇流排总阀，将釜内泄压至0.02MPa。",
            "用氮气置换釜内氢气不少于3次，取样检测釜内氢含量不大于0.5%。",
            "在氮气保护下将反应液压入密闭过滤器回收催化剂，滤饼表面始终保持液层覆盖。",
            "回收的废催化剂装入盛水的密闭不锈钢桶，水面高出催化剂不少于5cm，贴“废钯碳，易自燃”标签，"
            "存放于催化剂专用柜。",
            "记录氢气用量、反应时间和每次置换的分析结果。",
        ],
        "emergency": [
            "氢气一级报警：查找泄漏点，关闭相关阀门，开启事故排风；二级报警：联锁切断氢气，立即停止反应，"
            "全体人员撤离至厂房外上风向并报告总调度室。",
            "氢气泄漏着火：不得直接扑灭泄漏口火焰，先关闭氢气阀门切断气源，再用水喷淋冷却釜体和周边设备。",
            "催化剂自燃：用湿砂或大量水覆盖，不得用二氧化碳灭火器正对催化剂喷射，防止吹散。",
            "釜压超过0.9MPa且继续上升：打开紧急泄放阀，撤离人员，报告车间主任。",
        ],
        "warning_after": "during",
        "warning": "注意：反应结束后，必须先用氮气置换釜内氢气至氢含量不大于0.5%，方可打开釜盖或放料过滤；含催化剂"
        "的滤饼任何时候都不得抽干，必须保持湿润。",
        "table_after": "during",
        "table_caption": "表3-1　氢化工艺安全控制参数",
        "table": [
            ("参数", "控制范围", "报警/联锁值"),
            ("反应压力", "0.5～0.8MPa", "0.85MPa报警，0.9MPa切断氢气"),
            ("反应温度", "40～60℃", "65℃切断氢气"),
            ("置换后釜内氧含量", "不大于0.5%", "不合格不得通氢"),
            ("厂房空气中氢气浓度", "低于0.4%", "0.4%一级报警，1.0%二级联锁"),
        ],
    },
    {
        "code": "RK-EHS-SOP-004",
        "title": "离心与干燥岗位安全操作规程",
        "dept": "合成一车间、合成二车间",
        "scope": "本规程适用于合成一车间、合成二车间三足式平板下卸料离心机和双锥回转真空干燥机的离心分离与干燥作业，"
        "湿物料中所含溶剂主要为乙醇、丙酮和乙酸乙酯。",
        "risks": [
            "离心机高速运转时，转鼓内溶剂蒸气与空气混合，遇静电火花发生闪爆；",
            "物料偏载造成离心机剧烈振动，严重时转鼓破裂；",
            "干燥温度过高导致物料分解，热敏物料自燃；",
            "卸料时被旋转部件卷入、挤压手部，吸入药物粉尘。",
        ],
        "before": [
            "检查离心机接地、制动和盖板联锁完好，盖板未盖好时离心机不能启动。",
            "离心机通氮气保护，机壳内氧含量低于6%方可启动；在线氧含量分析仪故障时不得开机。",
            "检查干燥机真空泵、冷凝器、温控仪完好，热水温度按工艺规程设定，最高不超过80℃。",
            "清理离心机周围杂物，确认操作区内无关人员已离开。",
        ],
        "during": [
            "进料时离心机低速运行，转速不超过300r/min，物料分布均匀后再升至工作转速，工作转速不得超过铭牌额定"
            "转速1000r/min。",
            "装料量不得超过转鼓额定装料量，1250型离心机每次装料不超过150kg湿料。",
            "离心机运转中严禁打开盖板，严禁伸手或用工具接触转鼓；振动明显增大时立即停机。",
            "离心机停机后须等转鼓完全静止，在控制箱上挂“禁止合闸”牌后方可人工卸料。",
            "双锥干燥机装料量不超过容积的50%，装料口密封垫完好；干燥机旋转时周围1.5米范围设置护栏，禁止人员进入。",
            "干燥过程中每30分钟记录一次真空度、热水温度和物料温度；真空度达不到-0.085MPa时不得升温，"
            "应先查找泄漏点。",
        ],
        "after": [
            "干燥结束先停热水，待物料温度降至40℃以下再破真空，破真空使用氮气。",
            "出料时开启局部排风，佩戴防尘口罩或动力送风呼吸器。",
            "清洗离心机滤布和转鼓，清洗废液收集后送溶剂回收岗位。",
            "切断设备电源，填写设备运行记录。",
        ],
        "emergency": [
            "离心机闪爆或着火：立即按下急停按钮，关闭进料阀，加大氮气流量，用二氧化碳灭火器扑救。",
            "离心机剧烈振动或有异响：按下急停按钮，人员撤离至离心机3米以外，待完全停止后再检查。",
            "卷入、夹伤：立即按下急停按钮并切断电源，不得反转设备取出肢体，拨打厂内急救电话6120。",
        ],
        "warning_after": "during",
        "warning": "注意：离心机转鼓未完全停止前，严禁打开盖板，严禁用手或工具强行刹车；卸料必须使用专用聚四氟乙烯铲，"
        "严禁使用铁器。",
        "table_after": "after",
        "table_caption": "表4-1　离心与干燥岗位个体防护用品配备",
        "table": [
            ("作业", "防护用品", "更换周期"),
            ("离心进料", "防静电工作服、防化护目镜、丁腈手套", "手套每班1副"),
            ("卸料、出料", "KN95防尘口罩或动力送风呼吸器", "口罩每班更换，送风头罩滤芯每月更换"),
            ("清洗滤布", "防化围裙、长筒防化手套", "每季度更换，破损即换"),
        ],
    },
    {
        "code": "RK-EHS-SOP-005",
        "title": "洁净区消毒岗位安全操作规程",
        "dept": "固体制剂车间、小容量注射剂车间",
        "scope": "本规程适用于固体制剂车间和小容量注射剂车间D级、C级、B级洁净区的日常擦拭消毒、过氧化氢蒸汽（VHP）"
        "灭菌和臭氧消毒作业中的安全控制；消毒效果的确认按质量保证部的相关SOP执行。",
        "risks": [
            "75%乙醇属易燃液体，在洁净区内大面积喷洒或擦拭时，蒸气积聚遇电气火花燃烧；",
            "35%过氧化氢接触皮肤、眼睛造成灼伤，VHP灭菌期间误入房间吸入中毒；",
            "臭氧浓度过高刺激呼吸道，长时间吸入损伤肺部；",
            "紫外灯照射灼伤眼睛和皮肤；",
            "配制消毒剂时溅出，地面湿滑造成滑倒。",
        ],
        "before": [
            "消毒剂在洁净区外的消毒剂配制间配制，75%乙醇每次配制量不超过5L，配好后装入带盖不锈钢桶或专用喷壶，"
            "标明名称、浓度、配制时间和配制人。",
            "洁净区内乙醇暂存量每个房间不超过2L，全车间不超过20L。",
            "实施VHP灭菌前，确认房间内无人，关闭送回风阀，门口张贴“正在灭菌　禁止入内”警示牌并安排专人值守。",
            "臭氧消毒前确认臭氧浓度检测仪完好，房间内人员全部撤出。",
        ],
        "during": [
            "用乙醇消毒时，不得对通电运行的电气设备、电机、开关插座直接喷洒，应先断电或改用擦拭。",
            "擦拭消毒按由洁到污、由上到下的顺序进行，单人连续擦拭不超过30分钟，期间保持房间正常送风。",
            "VHP灭菌期间房间内过氧化氢浓度在控制室在线显示，灭菌期间任何人不得进入。",
            "臭氧消毒时间为60分钟，消毒结束后继续送风不少于30分钟，检测臭氧浓度低于0.16mg/m³后人员方可进入。",
            "紫外灯开启期间人员不得在房间内停留，确需进入时先关闭紫外灯。",
            "配制过氧化氢溶液时必须佩戴护目镜和耐化学品手套，先加水后加过氧化氢。",
        ],
        "after": [
            "剩余乙醇当班退回配制间，不得在洁净区内过夜存放。",
            "用过的擦布、拖把头装入密闭袋带出洁净区，浸有乙醇的擦布不得堆放在电气设备旁。",
            "清洗消毒器具，填写消毒记录和消毒剂领用台账。",
        ],
        "emergency": [
            "乙醇着火：用二氧化碳灭火器扑救，关闭房间电源，报告车间值班长。",
            "过氧化氢溅入眼睛：立即用洗眼器冲洗至少15分钟，送医务室。",
            "误入VHP灭菌或臭氧消毒房间，感到刺激、胸闷：立即撤离至空气新鲜处安静休息，症状不缓解的送医。",
        ],
        "warning_after": "during",
        "warning": "注意：VHP灭菌结束后，必须经通风降解并用便携式检测仪确认房间内过氧化氢浓度低于1ppm，由QA人员签字"
        "解除警示后，其他人员方可进入。",
        "table_after": "before",
        "table_caption": "表5-1　洁净区常用消毒剂",
        "table": [
            ("消毒剂", "使用浓度", "使用范围", "配制后使用期限"),
            ("乙醇", "75%", "D级、C级、B级区设备表面和手部", "7天"),
            ("苯扎溴铵（新洁尔灭）", "0.1%", "D级区地面、墙面", "24小时"),
            ("过氧化氢", "3%", "C级、B级区擦拭，与苯扎溴铵每月轮换", "24小时"),
            ("过氧化氢（VHP）", "35%", "B级区房间灭菌", "原液按有效期使用"),
        ],
    },
    {
        "code": "RK-EHS-SOP-006",
        "title": "冷冻站岗位安全操作规程",
        "dept": "动力车间冷冻站",
        "scope": "本规程适用于动力车间冷冻站3台螺杆式冷水机组和2台低温盐水机组（制冷剂R507A）及配套乙二醇冷冻盐水"
        "系统的运行操作。冷冻盐水供液温度为-15℃，冷冻水供水温度为7℃。",
        "risks": [
            "制冷剂泄漏后在地沟、地坑等低洼处积聚，浓度过高造成缺氧窒息；制冷剂遇明火或高温表面分解产生有毒气体；",
            "液态制冷剂接触皮肤造成冻伤；",
            "压缩机排气超压，油分离器、冷凝器等压力容器破裂；",
            "乙二醇盐水泄漏造成地面湿滑；",
            "联轴器等转动部件伤人，高压配电柜触电。",
        ],
        "before": [
            "检查机房制冷剂泄漏报警仪工作正常，报警值设定为1000ppm，并与机房事故排风机联锁。",
            "检查冷冻盐水罐液位不低于1/2；乙二醇浓度每月检测一次，应保持在40%～45%。",
            "确认冷却塔风机和冷却水泵运行正常后方可开启冷水机组。",
            "检查压缩机油位在视镜1/2至2/3之间；长时间停机后开机，油加热器须提前通电不少于8小时。",
            "检查各压力表、温度计完好，安全阀铅封完好。",
        ],
        "during": [
            "开机按“冷却水泵—冷冻盐水泵—机组”的顺序进行，停机顺序相反。",
            "每2小时巡检一次，记录吸气压力、排气压力、排气温度、油压差和供回液温度；排气温度不得超过90℃，"
            "排气压力不得超过2.1MPa。",
            "机组因同一故障停机后，未查明原因不得连续启动超过2次。",
            "向系统充注制冷剂必须在设备工程部技术员监护下进行，使用专用充注管，佩戴防冻手套和防护面屏。",
            "冷冻站内不得存放易燃物品；站内动火须办理动火作业票，动火部位的制冷剂须先回收或可靠隔离。",
            "配电柜的操作由持证电工进行，值班人员不得擅自打开柜门。",
        ],
        "after": [
            "机组停机后，冷冻盐水泵继续运行不少于15分钟。",
            "冬季长期停机时，排净冷却水管路和冷凝器内的存水，防止冻裂。",
            "做好交接班记录，异常情况写明发现时间和处理经过。",
        ],
        "emergency": [
            "制冷剂大量泄漏：开启事故排风，关闭泄漏点前后阀门，人员撤离至上风向，报告总调度室。",
            "冻伤：用40℃左右的温水浸泡复温，不得揉搓，复温后送医。",
            "盐水管道破裂：关闭对应分支阀门，泄漏区域设警戒，用吸附材料清理地面，乙二醇废液收集后送污水处理站。",
        ],
        "warning_after": "during",
        "warning": "注意：制冷剂泄漏报警时，严禁进入机房地沟、地坑；确需进入机房处置的，必须先开启事故排风不少于10分钟，"
        "佩戴正压式空气呼吸器，两人同行，一人在门外监护。",
        "table_after": "during",
        "table_caption": "表6-1　冷冻站主要运行参数",
        "table": [
            ("参数", "正常范围", "报警值"),
            ("冷冻盐水供液温度", "-15℃～-12℃", "高于-8℃"),
            ("压缩机排气温度", "60～85℃", "90℃"),
            ("压缩机排气压力", "1.3～1.8MPa", "2.1MPa"),
            ("油压差", "0.15～0.3MPa", "低于0.1MPa"),
        ],
    },
    {
        "code": "RK-EHS-SOP-007",
        "title": "危化品库管理员岗位安全操作规程",
        "dept": "物流部危化品库",
        "scope": "本规程适用于物流部危化品库区的收发、储存和日常管理，库区包括1号库（易燃液体）、2号库（遇湿易燃物品和"
        "自燃物品）、3号库（氧化剂和有机过氧化物）和腐蚀品库。1号库至3号库为甲类库房。",
        "risks": [
            "易燃液体挥发积聚，遇点火源引发火灾爆炸；",
            "禁忌物料混存，如氧化剂与还原剂、酸与碱混存，发生剧烈反应；",
            "氢化钠等遇湿易燃物品受潮放热燃烧；",
            "搬运和堆垛过高造成垛位倒塌砸伤；",
            "易制毒、易制爆化学品流失、被盗。",
        ],
        "before": [
            "每日上班先开启库房机械通风不少于15分钟后再进入，查看可燃气体报警仪和温湿度计读数。",
            "1号库库温不超过30℃，2号库相对湿度不超过75%，超标时开启防爆空调或防爆除湿机并记录。",
            "检查库区人体静电释放器、防爆灯具和灭火器材完好。",
            "物料入库时核对化学品安全技术说明书（SDS）和安全标签，包装破损、标签不清的不得入库。",
        ],
        "during": [
            "物料按“分区、分类、分库”储存，禁忌物料不得同库存放，执行库房门口张贴的禁忌物料配存表。",
            "桶装易燃液体堆码不超过2层且高度不超过1.5m，袋装固体堆垛高度不超过1.8m；墙距不小于0.5m，垛距不小于"
            "1m，主通道宽度不小于2m，与灯具的距离不小于0.5m。",
            "1号库最大储存量不超过8吨，单个包装容积不超过200L。",
            "易制毒、易制爆化学品实行双人收发、双人保管、双锁管理，出入库当日登记，并与系统台账核对。",
            "发料执行“先进先出”，领料人凭车间主任签字的领料单领取，每次领料不超过一个班的用量。",
            "库内严禁分装和开桶取样；确需分装的，在库外分装间进行，分装时使用防爆泵并连接接地夹。",
            "搬运使用防爆叉车或防爆手推车，库区内严禁使用内燃叉车。",
        ],
        "after": [
            "下班前巡查各库房，确认无泄漏、无异味，关闭库内照明电源并锁门。",
            "当日出入库数据在下班前录入系统；每月末盘点一次，账物不符的报EHS部和物流部。",
            "库房钥匙交物流部值班室保管，不得带出厂外。",
        ],
        "emergency": [
            "易燃液体泄漏：切断库区非防爆电源，用吸附棉、围堵袋围堵，收集物装入防爆废液桶。",
            "遇湿易燃物品着火：严禁用水和泡沫扑救，用干砂或D类灭火剂覆盖。",
            "库房火灾：立即报警（厂内6119，外线119），启动库区喷淋，切断库区电源，疏散人员至北门应急集合点。",
            "发现易制毒、易制爆化学品丢失：立即保护现场，2小时内报告EHS部和保卫部，由保卫部报告属地公安机关。",
        ],
        "warning_after": "during",
        "warning": "注意：库区内严禁吸烟和携带火种，进库人员必须穿防静电工作服，不得穿带铁钉的鞋；非库管人员进库须登记"
        "并由库管员全程陪同，每次进入不超过3人。",
        "table_after": "during",
        "table_caption": "表7-1　危化品库储存限量",
        "table": [
            ("库房", "储存类别", "最大储存量"),
            ("1号库", "易燃液体（乙醇、丙酮、甲苯等）", "8吨"),
            ("2号库", "遇湿易燃、自燃物品（钯碳、雷尼镍、氢化钠等）", "0.5吨"),
            ("3号库", "氧化剂、有机过氧化物", "1吨"),
            ("腐蚀品库", "酸、碱", "6吨"),
        ],
    },
    {
        "code": "RK-EHS-SOP-008",
        "title": "污水处理站岗位安全操作规程",
        "dept": "EHS部污水处理站",
        "scope": "本规程适用于污水处理站格栅井、集水井、调节池、水解酸化池、UASB厌氧反应器、好氧池、污泥脱水间和加药间的"
        "运行操作。污水处理站设计处理能力为800m³/d。",
        "risks": [
            "集水井、调节池、厌氧池等有限空间内硫化氢、甲烷积聚，造成中毒窒息或爆炸；",
            "加药时硫酸、液碱、次氯酸钠溅出造成灼伤，次氯酸钠与酸混合放出氯气；",
            "池边作业失足落水淹溺；",
            "污泥脱水机、提升泵等转动部件伤人。",
        ],
        "before": [
            "巡检池体必须两人同行，携带便携式四合一气体检测仪（硫化氢、一氧化碳、氧气、可燃气体）。",
            "检查池边防护栏杆（高度不低于1.2m）、救生圈和井口盖板完好。",
            "进入有限空间作业前必须办理有限空间作业票，执行“先通风、再检测、后作业”，机械通风不少于30分钟。",
            "检测合格标准：氧含量19.5%～23.5%，硫化氢浓度低于10mg/m³，可燃气体浓度低于10%LEL。",
        ],
        "during": [
            "有限空间作业期间持续通风，每30分钟检测一次并记录；监护人在入口处全程监护，不得离开。",
            "稀释硫酸时先加水后加酸；次氯酸钠与硫酸、盐酸的加药管线和储桶严禁混用。",
            "取样或清理格栅时禁止翻越栏杆，距池边1m以内作业必须穿救生衣。",
            "厌氧反应器顶部及沼气管线周边10m范围内严禁烟火；沼气火炬长明灯由当班人员每班检查一次。",
            "污泥脱水机运行时不得清理滤带，清理前停机断电并挂牌。",
            "夜间巡检须携带防爆手电，不得一人下到池底检修平台。",
        ],
        "after": [
            "关闭加药泵，冲洗加药管线，剩余药剂退回加药间。",
            "记录进出水COD、pH值和流量；出水pH值应在6～9之间，COD不超过500mg/L（纳管标准）。",
            "有限空间作业结束后清点人员和工具，确认无人留在池内后方可关闭人孔。",
        ],
        "emergency": [
            "硫化氢报警：立即撤离至上风向，佩戴正压式空气呼吸器后方可进入处置。",
            "人员落水：立即抛掷救生圈，不得盲目下水，报告后用救生杆施救。",
            "出水超标：关闭总排口阀门，将废水切入事故池（容积600m³），报告EHS部经理。",
            "酸碱灼伤：用大量流动清水冲洗不少于15分钟后送医务室。",
        ],
        "warning_after": "during",
        "warning": "注意：严禁未经检测进入集水井、调节池、厌氧池等有限空间；发现有人在有限空间内昏倒，严禁未佩戴正压式"
        "空气呼吸器盲目施救，应立即呼救并报告总调度室。",
        "table_after": "before",
        "table_caption": "表8-1　污水处理站个体防护用品配备",
        "table": [
            ("作业", "防护用品", "更换周期"),
            ("日常巡检", "四合一气体检测仪、救生衣、安全帽", "检测仪每半年标定一次"),
            ("加药", "防酸碱面屏、耐酸碱手套、防化围裙", "手套每月更换，破损即换"),
            ("有限空间作业", "正压式空气呼吸器、全身式安全带、三脚架", "气瓶每3年检验一次"),
            ("污泥脱水", "防水手套、防滑雨靴、防尘口罩", "每季度更换"),
        ],
    },
]

SECTIONS = [
    ("before", "三、操作前"),
    ("during", "四、操作中"),
    ("after", "五、操作后"),
    ("emergency", "六、应急处置"),
]


def set_font(run_or_style, east_asia: str, size: float | None = None, bold: bool | None = None) -> None:
    """Set a run's or style's font, East Asian font included (python-docx sets only the Latin one)."""
    font = run_or_style.font
    font.name = "Times New Roman"
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    element = run_or_style.element
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    set_font(normal, "宋体", 10.5)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.25
    for name, size in (("Heading 1", 16), ("Heading 2", 12)):
        style = doc.styles[name]
        set_font(style, "黑体", size, True)
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False
        style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
        style.paragraph_format.space_after = Pt(6 if name == "Heading 1" else 3)
    doc.styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(doc.styles["List Number"], "宋体", 10.5)


class Numbering:
    """A decimal "1." numbering definition in numbering.xml and one w:num per list, each restarting at 1."""

    def __init__(self, doc) -> None:
        self.numbering = doc.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.numbering.findall(qn("w:abstractNum"))]
        self.abstract_id = max(ids, default=0) + 1
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self.abstract_id}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr></w:lvl>'
            "</w:abstractNum>"
        )
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)

    def new_list(self) -> int:
        num = self.numbering.add_num(self.abstract_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId


def add_numbered(doc, num_id: int, text: str) -> None:
    p = doc.add_paragraph(text, style="List Number")
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def add_field(paragraph, instr: str) -> None:
    """A PAGE / NUMPAGES field, as Word writes it (begin, instrText, separate, a cached 1, end)."""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {nsdecls('w')}><w:t>1</w:t></w:r>",
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_table(doc, rows: list[tuple[str, ...]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                shade(cell, "D9D9D9")


def add_warning(doc, text: str) -> None:
    table = doc.add_table(rows=1, cols=1)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = table.cell(0, 0)
    shade(cell, "FFF2CC")
    p = cell.paragraphs[0]
    head, rest = text.split("：", 1)
    run = p.add_run(head + "：")
    run.bold = True
    p.add_run(rest)
    doc.add_paragraph()


def cover(doc) -> None:
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(COMPANY), "黑体", 22, True)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(DOC_TITLE), "黑体", 26, True)
    for _ in range(2):
        doc.add_paragraph()
    for label, value in (("文件编号：", DOC_NO), ("版　　本：", VERSION), ("生效日期：", EFFECTIVE)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(label + value), "宋体", 14)
    for _ in range(3):
        doc.add_paragraph()
    add_table(doc, SIGN_OFF)
    for _ in range(2):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("受控状态：受控　　　　发放号：__________"), "宋体", 12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(f"{COMPANY}EHS部　编制"), "宋体", 12)
    p.add_run().add_break(WD_BREAK.PAGE)


def decree(doc) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("发　布　令"), "黑体", 18, True)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("瑞康安发〔2025〕14号")
    for text in DECREE:
        p = doc.add_paragraph(text)
        p.paragraph_format.first_line_indent = Cm(0.74)
    p = doc.add_paragraph("本汇编收录的岗位安全操作规程如下：")
    p.paragraph_format.first_line_indent = Cm(0.74)
    rows = [("序号", "规程编号", "规程名称", "适用部门")]
    rows += [(str(i), s["code"], s["title"], s["dept"]) for i, s in enumerate(SOPS, 1)]
    add_table(doc, rows)
    doc.add_paragraph()
    for text in ("总经理：陆启航", ISSUED):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def sop(doc, numbering: Numbering, s: dict) -> None:
    h = doc.add_paragraph(s["title"], style="Heading 1")
    h.paragraph_format.page_break_before = True
    p = doc.add_paragraph(f"规程编号：{s['code']}　　版本：{VERSION}　　适用部门：{s['dept']}")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("一、适用范围", style="Heading 2")
    p = doc.add_paragraph(s["scope"])
    p.paragraph_format.first_line_indent = Cm(0.74)
    doc.add_paragraph("二、岗位风险", style="Heading 2")
    num_id = numbering.new_list()
    for item in s["risks"]:
        add_numbered(doc, num_id, item)
    for key, heading in SECTIONS:
        doc.add_paragraph(heading, style="Heading 2")
        num_id = numbering.new_list()
        for item in s[key]:
            add_numbered(doc, num_id, item)
        if s["table_after"] == key:
            p = doc.add_paragraph(s["table_caption"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_table(doc, s["table"])
            doc.add_paragraph()
        if s["warning_after"] == key:
            add_warning(doc, s["warning"])


def header_footer(doc) -> None:
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = f"{COMPANY}　{DOC_TITLE}　　{DOC_NO}　版本{VERSION}"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    add_field(fp, "PAGE")
    fp.add_run(" 页 共 ")
    add_field(fp, "NUMPAGES")
    fp.add_run(" 页")


def build() -> bytes:
    doc = Document()
    setup_styles(doc)
    header_footer(doc)
    cp = doc.core_properties
    cp.title = f"{COMPANY}{DOC_TITLE}"
    cp.author = "周立新"
    cp.last_modified_by = "唐慧敏"
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 7
    cp.subject = f"{DOC_NO} {VERSION}"
    cover(doc)
    decree(doc)
    numbering = Numbering(doc)
    for s in SOPS:
        sop(doc, numbering, s)
    buf = io.BytesIO()
    doc.save(buf)
    # Re-pack with fixed timestamps so that every run writes the same bytes.
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    OUT.write_bytes(build())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
