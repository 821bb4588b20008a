"""Generate tests/data/rulebook_yinshua.docx, the document of the sealed blind set qa_holdout_yinshua.yaml.

An invented printing and packaging plant's safety standard (远盛彩印包装有限公司企业标准 Q/YS 2031—2025
《印刷包装生产安全管理规范》: gravure and offset presses, solvent inks with toluene and ethyl acetate, an
activated-carbon solvent recovery unit, dry and solventless laminating, die-cutters and guillotine paper
cutters with two-hand controls, a paper warehouse, an RTO exhaust incinerator and forklifts) laid out the
way a Chinese corporate standard is written in Word: a cover page (ICS line, Q/YS 编号, 代替 line, title,
发布/实施 dates), a 目次 typed as plain paragraphs, a 前言 with dash items, then chapters with DECIMAL
outline numbers typed in the text ("1 范围", "4.1 安全生产责任", "4.1.1 ..."), a)/b) list items, two Word
tables (表1 inspection frequencies, 表2 PPE per post) with 注 lines, and a normative appendix
("附录A（规范性）"). Running header "Q/YS 2031—2025" and a PAGE field footer after the cover. No 第X条
anywhere. Core properties and zip timestamps are fixed, so the output is byte-for-byte reproducible.

At the end it checks every `must` string of qa_holdout_yinshua.yaml against the units of the source text
(cover line, paragraph, clause, list item, note, table cell): all the must strings of a question must be
exact substrings of one and the same unit, and of only one unit. Exits non-zero otherwise.

    .venv/bin/python tests/data/make_rulebook_yinshua.py
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "rulebook_yinshua.docx"
QA = HERE / "qa_holdout_yinshua.yaml"
FIXED = datetime(2025, 6, 18, 9, 0, 0)
ZIP_TIME = (2025, 6, 18, 9, 0, 0)
STD_NO = "Q/YS 2031—2025"

COVER: list[tuple[str, str]] = [
    ("left", "ICS 13.100"),
    ("left", "C 65"),
    ("right_big", "Q/YS"),
    ("huge", "远盛彩印包装有限公司企业标准"),
    ("right", STD_NO),
    ("right", "代替 Q/YS 2031—2019"),
    ("gap", ""),
    ("title", "印刷包装生产安全管理规范"),
    ("sub", "Safety management specification for printing and packaging production"),
    ("gap", ""),
    ("date", "2025-06-18 发布"),
    ("date", "2025-07-01 实施"),
    ("gap", ""),
    ("issuer", "远盛彩印包装有限公司　　发 布"),
]

TOC: list[str] = [
    "前言",
    "1 范围",
    "2 规范性引用文件",
    "3 术语和定义",
    "4 总体要求",
    "5 凹版印刷安全要求",
    "6 胶版印刷安全要求",
    "7 溶剂型油墨及化学品管理",
    "8 溶剂回收装置安全要求",
    "9 复合作业安全要求",
    "10 切纸与模切安全要求",
    "11 纸品仓储安全要求",
    "12 RTO废气处理装置安全要求",
    "13 厂内机动车辆安全要求",
    "14 危险作业管理",
    "15 劳动防护用品",
    "16 应急处置与事故报告",
    "17 考核与奖惩",
    "附录A（规范性）切纸机换刀作业程序",
]

FOREWORD: list[tuple[str, str]] = [
    (
        "p",
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
    ),
    (
        "p",
        "本标准代替Q/YS 2031—2019《生产安全管理规定》。与Q/YS 2031—2019相比，除结构调整和编辑性改动外，"
        "主要技术变化如下：",
    ),
    ("dash", "——增加了RTO废气处理装置的运行、联锁和停炉检修要求（见第12章）；"),
    ("dash", "——增加了切纸机双手操纵装置按钮间距和同步时间的要求（见10.1.2）；"),
    ("dash", "——修改了纸品仓储的堆垛高度和通道宽度（见11.1，2019年版的7.2）；"),
    ("dash", "——增加了各岗位劳动防护用品配备表（见表2）；"),
    ("dash", "——增加了切纸机换刀作业程序（见附录A）。"),
    ("p", "本标准由公司安全环保部提出并归口。"),
    ("p", "本标准起草部门：安全环保部、凹印车间、设备动力部、仓储物流部。"),
    ("p", "本标准主要起草人：韩立峰、祁婉清、鲁成刚、冉晓东。"),
    ("p", "本标准所代替标准的历次版本发布情况为：Q/YS 2031—2012、Q/YS 2031—2019。"),
]

# Body: ("h1", text) chapter heading, ("h2", text) titled subclause, ("p", text) clause or plain
# paragraph, ("item", text) list item, ("note", text) note line, ("table", key) a table from TABLES,
# ("appendix", text) appendix heading line, ("apptitle", text) appendix title.
BODY: list[tuple[str, str]] = [
    ("h1", "1 范围"),
    (
        "p",
        "本标准规定了远盛彩印包装有限公司（以下简称公司）生产安全管理的总体要求，以及凹版印刷、胶版印刷、"
        "溶剂型油墨及化学品、溶剂回收装置、复合、切纸与模切、纸品仓储、RTO废气处理装置、厂内机动车辆、"
        "危险作业、劳动防护用品、应急处置与事故报告等方面的安全要求。",
    ),
    (
        "p",
        "本标准适用于公司本部厂区和南厂区的各生产车间、职能部门，以及在公司厂区内从事施工、维修、装卸"
        "作业的外来单位人员和劳务派遣人员。",
    ),
    ("h1", "2 规范性引用文件"),
    (
        "p",
        "下列文件中的内容通过文中的规范性引用而构成本标准必不可少的条款。其中，注日期的引用文件，仅该日期"
        "对应的版本适用于本标准；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本标准。",
    ),
    ("p", "GB 2894　安全标志及其使用导则"),
    ("p", "GB 15603　危险化学品仓库储存通则"),
    ("p", "GB 30871　危险化学品企业特殊作业安全规范"),
    ("p", "GB 39800.1　个体防护装备配备规范　第1部分：总则"),
    ("p", "GB/T 3608　高处作业分级"),
    ("p", "TSG N0001　场（厂）内专用机动车辆安全技术规程"),
    ("p", "Q/YS 2008　生产安全事故应急预案管理规定"),
    ("p", "Q/YS 2015　安全生产奖惩规定"),
    ("h1", "3 术语和定义"),
    ("p", "下列术语和定义适用于本标准。"),
    ("h2", "3.1 溶剂型油墨 solvent-based ink"),
    (
        "p",
        "以甲苯、乙酸乙酯、丁酮、异丙醇等有机溶剂为主要稀释介质的凹版或柔版印刷油墨，包括与其配套使用的"
        "稀释剂、洗车溶剂和快干剂。",
    ),
    ("h2", "3.2 双手操纵装置 two-hand control device"),
    (
        "p",
        "要求操作者用两只手同时操作两个控制按钮才能启动并维持机器危险动作的控制装置；任何一只手离开按钮，"
        "危险动作即停止或返回。",
    ),
    ("h2", "3.3 RTO废气处理装置 regenerative thermal oxidizer"),
    (
        "p",
        "利用陶瓷蓄热体交替蓄热、放热，将印刷、复合工序排出的含挥发性有机物废气加热后氧化分解为二氧化碳"
        "和水的蓄热式热力焚烧设备，本标准中简称RTO。",
    ),
    ("h2", "3.4 爆炸危险区域 explosive hazardous area"),
    (
        "p",
        "凹印车间、复合车间上胶及烘箱部位、调墨间、油墨库、溶剂回收装置区和RTO装置区等可能出现爆炸性气体"
        "环境的区域，其具体范围以公司《爆炸危险区域划分图》为准。",
    ),
    ("h2", "3.5 危险作业 hazardous work"),
    (
        "p",
        "动火、受限空间、高处、临时用电、吊装以及需要拆开溶剂管线的设备检修等容易发生事故、需要实行作业票"
        "审批管理的作业。",
    ),
    ("h1", "4 总体要求"),
    ("h2", "4.1 安全生产责任"),
    (
        "p",
        "4.1.1 总经理是公司安全生产第一责任人，对本标准的实施全面负责；分管安全的副总经理协助总经理组织"
        "落实本标准，分管生产、设备的副总经理对分管范围内的安全生产负领导责任。",
    ),
    (
        "p",
        "4.1.2 安全环保部是本标准的归口管理部门，负责组织隐患排查、危险作业审批、安全教育培训和事故统计"
        "分析，每月5日前向总经理报送上月安全生产情况报告。",
    ),
    (
        "p",
        "4.1.3 各车间主任对本车间的安全生产负直接管理责任。班组长负责在每班开工前组织班前安全讲话，讲话"
        "时间不少于5分钟，内容包括当班任务、危险点和防范措施，并在《班组安全活动记录》上签字。",
    ),
    (
        "p",
        "4.1.4 设备动力部负责印刷、复合、切纸、模切等设备安全防护装置的维护保养，以及溶剂回收装置、RTO"
        "装置、供配电系统和防雷防静电设施的运行管理。",
    ),
    (
        "p",
        "4.1.5 仓储物流部负责纸库、成品库、油墨库和厂内叉车的安全管理；采购部负责要求供应商对所供油墨、"
        "溶剂、胶黏剂随货提供中文化学品安全技术说明书和安全标签，缺少的不得入库。",
    ),
    (
        "p",
        "4.1.6 外来施工单位对其作业人员的安全负责，应在进厂前与公司项目归口部门签订安全管理协议，明确"
        "双方的安全职责；项目归口部门应指定现场联系人，对外来人员的作业过程进行检查。",
    ),
    ("h2", "4.2 安全教育培训"),
    (
        "p",
        "4.2.1 新入职员工应接受公司、车间、班组三级安全教育，累计不少于24学时，经考试合格后方可上岗；"
        "分配到凹印、复合、调墨等爆炸危险区域岗位的，另加4学时防火防爆专项培训。",
    ),
    (
        "p",
        "4.2.2 员工调换工种或离岗6个月以上重新上岗的，应重新接受车间和班组级安全教育，不少于8学时，"
        "由所在车间组织并考核。",
    ),
    (
        "p",
        "4.2.3 叉车司机、电工、焊工等特种作业人员和特种设备作业人员应持有效证件上岗，人力资源部建立持证"
        "台账，在证件复审到期前30天提醒本人办理复审。",
    ),
    (
        "p",
        "4.2.4 全体员工每年接受安全再培训不少于12学时。外来施工人员进厂作业前，由项目归口部门进行不少于"
        "1学时的入厂安全告知，并由施工人员本人签署《外来人员安全告知书》。",
    ),
    ("h2", "4.3 隐患排查治理"),
    (
        "p",
        "4.3.1 公司实行日常检查、专项检查、季节性检查和综合检查相结合的隐患排查制度，主要检查对象的检查"
        "频次和责任部门按表1执行。",
    ),
    ("table", "t1"),
    (
        "p",
        "4.3.2 检查发现的一般隐患由责任单位在7日内整改完毕；不能立即整改的，应落实临时防范措施，明确"
        "责任人和整改期限。整改完成后由检查部门复查，复查结果记入隐患台账。",
    ),
    (
        "p",
        "4.3.3 员工可通过公司安全微信小程序“随手拍”或直接向班组长报告身边隐患，经核实的有效隐患每条奖励"
        "50元至500元，奖励金额由安全环保部按隐患等级确定。",
    ),
    ("h2", "4.4 变更管理"),
    (
        "p",
        "4.4.1 新建或改造印刷、复合生产线，改变油墨溶剂体系（如由甲苯型改为醇溶型或水性），以及改变排风、"
        "溶剂回收和RTO系统的工艺参数前，应由技术部组织风险评估，安全环保部会签，经分管副总经理批准后实施。",
    ),
    (
        "p",
        "4.4.2 变更实施后，相关车间应修订岗位安全操作规程并对涉及的员工进行培训，培训记录交安全环保部"
        "存档；未经培训的员工不得操作变更后的设备。",
    ),
    ("h1", "5 凹版印刷安全要求"),
    ("h2", "5.1 一般要求"),
    (
        "p",
        "5.1.1 凹印车间属于爆炸危险区域，区域内电气设备、照明灯具和开关应为防爆型。严禁携带火柴、打火机等"
        "火种和非防爆的手机、对讲机进入车间；确需通讯联络的，应使用公司配发的防爆手机或防爆对讲机。",
    ),
    (
        "p",
        "5.1.2 凹印机各色组墨槽、刮刀部位和烘箱应设置局部排风，车间应安装可燃气体报警器。报警器一级报警值"
        "设定为爆炸下限的20%，二级报警值设定为爆炸下限的40%。",
    ),
    (
        "p",
        "5.1.3 可燃气体报警器发生一级报警时，机长应立即检查排风系统运行和溶剂泄漏情况并报告班组长；发生"
        "二级报警时，应立即停机并切断烘箱加热，人员撤离至车间外上风向，由班组长报告车间值班主任。",
    ),
    (
        "p",
        "5.1.4 印刷机墨槽、版辊附近应设置静电消除器，放卷、收卷部位应安装静电刷；机台、墨桶、溶剂桶均应"
        "可靠接地，防静电接地电阻不大于100Ω。",
    ),
    ("h2", "5.2 操作要求"),
    (
        "p",
        "5.2.1 开机前机长应确认各部位防护罩完好、排风机已提前运行5分钟以上、静电消除器工作正常，确认机台"
        "周围人员均已离开危险部位后，按铃示警再启动设备。",
    ),
    (
        "p",
        "5.2.2 设备运转中严禁用手或抹布擦拭版辊、压印辊，严禁跨越运转中的料膜，严禁在运转的导辊之间穿膜"
        "或处理断膜。穿膜、处理断膜应在停机状态下进行，需要点动时由穿膜人本人控制点动按钮。",
    ),
    (
        "p",
        "5.2.3 更换刮刀应佩戴防割手套。新刮刀应放在专用刀具盒内，换下的旧刮刀应折断后放入指定的废刀片桶，"
        "不得随意放置在机台、墨槽边或地面上。",
    ),
    (
        "p",
        "5.2.4 烘箱温度按工艺单设定，最高不得超过85℃；烘箱出现超温报警时，应立即停止加热、保持排风，"
        "查明原因并排除后方可恢复生产。",
    ),
    (
        "p",
        "5.2.5 机台旁暂存的油墨、溶剂应使用带盖的金属容器，每台印刷机机台旁存放量不超过一个班的用量，"
        "且最多不超过50升。",
    ),
    ("h2", "5.3 清洗作业"),
    (
        "p",
        "5.3.1 版辊、墨槽、墨泵的清洗应在停机并切断主电源后进行，使用铜质或其他不产生火花的工具，清洗用"
        "溶剂用完后应立即加盖。",
    ),
    (
        "p",
        "5.3.2 沾有油墨、溶剂的抹布和手套应放入带盖的金属废料桶内，当班清运至危险废物暂存间，严禁随意"
        "丢弃或放置在烘箱、电机等热源附近。",
    ),
    (
        "p",
        "5.3.3 严禁使用甲苯、乙酸乙酯等溶剂洗手、擦洗工作服或清洗地面；手部沾染油墨时应使用车间配备的"
        "专用洗手膏清洗。",
    ),
    ("h1", "6 胶版印刷安全要求"),
    ("h2", "6.1 一般要求"),
    (
        "p",
        "6.1.1 胶印机的护罩、护栏与主机设有安全联锁，打开护罩后机器应不能以生产速度运行。严禁短接、拆除"
        "联锁装置或在联锁失效的情况下开机。",
    ),
    (
        "p",
        "6.1.2 胶印机运转中严禁将手伸入滚筒之间清除纸毛、墨皮或调整纸张。清洗橡皮布、墨辊应在停机状态下"
        "或以点动方式进行，点动时清洗人与按动点动按钮的人应为同一人。",
    ),
    (
        "p",
        "6.1.3 两人以上同机作业时，启动前由机长鸣铃示警，得到其他人员应答后方可启动；非本机台人员不得"
        "操作本机台按钮。",
    ),
    ("h2", "6.2 UV固化与喷粉"),
    (
        "p",
        "6.2.1 UV固化灯箱检修应在断电并冷却15分钟后进行，检修和观察灯管时应佩戴防紫外线护目镜，严禁直视"
        "点亮的UV灯管。",
    ),
    (
        "p",
        "6.2.2 喷粉装置周围的积粉应每班清扫，收纸部位积粉厚度不得超过1毫米，清扫时使用防爆吸尘器，不得用"
        "压缩空气吹扫。",
    ),
    (
        "p",
        "6.2.3 洗车水、润版液应单独存放在车间化学品柜内，胶印车间内洗车水的存放量不超过一天用量。",
    ),
    ("h2", "6.3 印版处理"),
    (
        "p",
        "6.3.1 晒版、冲版作业使用的显影液、定影液等化学品应按其安全技术说明书要求存放和使用，配液时佩戴"
        "防化学品护目镜和耐酸碱手套，废液收集后按危险废物处置。",
    ),
    (
        "p",
        "6.3.2 印版的搬运应双手握持版边，印版边缘锋利，堆放时应平放在专用版架上，不得斜靠在墙边或机台上。",
    ),
    ("h1", "7 溶剂型油墨及化学品管理"),
    ("h2", "7.1 储存"),
    (
        "p",
        "7.1.1 溶剂型油墨、稀释剂、胶黏剂应存放在专用的油墨库（甲类仓库）内，严禁存放在生产车间、办公区、"
        "更衣室和员工宿舍。",
    ),
    (
        "p",
        "7.1.2 油墨库内油墨桶堆码不超过2层，桶与墙的距离不小于0.3米，库内主通道宽度不小于1.5米；不同"
        "性质的化学品应分区存放并设置标识。",
    ),
    (
        "p",
        "7.1.3 油墨库应保持通风，库内温度超过30℃时应开启防爆排风机和喷雾降温设施；库内严禁进行分装、调配"
        "和开桶取样作业。",
    ),
    (
        "p",
        "7.1.4 油墨库实行双人双锁管理，两把钥匙由仓储物流部油墨库管理员和安全环保部值班员各保管一把，"
        "开库时两人同时到场。",
    ),
    ("h2", "7.2 调墨作业"),
    (
        "p",
        "7.2.1 调墨作业应在独立设置的调墨间内进行。调墨间应设置防爆机械排风和可燃气体报警器，排风量应保证"
        "每小时换气不少于15次。",
    ),
    (
        "p",
        "7.2.2 调墨间内溶剂存放量不得超过当班用量。倒灌溶剂应使用防爆泵或带接地线的漏斗，严禁从高处直接"
        "倾倒；倾倒时溶剂桶与接收容器之间应用跨接线导通。",
    ),
    (
        "p",
        "7.2.3 调墨人员应穿防静电工作服和防静电鞋，佩戴防有机蒸气半面罩、防化学品护目镜和耐溶剂手套。",
    ),
    ("h2", "7.3 领用、回收与危险废物"),
    (
        "p",
        "7.3.1 车间领用油墨、溶剂实行限额领料，由机长凭《领料单》领用，搬运应使用防爆手推车，桶盖应拧紧，"
        "不得在地面上滚动铁桶。",
    ),
    (
        "p",
        "7.3.2 用完的空桶应盖好桶盖，当日送回油墨库空桶区，不得在车间内过夜存放；空桶未经清洗不得改作他用。",
    ),
    (
        "p",
        "7.3.3 废溶剂、废油墨、废活性炭、废抹布等危险废物应分类存放于危险废物暂存间，粘贴危险废物标签，"
        "由安全环保部委托有资质的单位处置，暂存时间一般不超过3个月。",
    ),
    ("h2", "7.4 泄漏处置"),
    (
        "p",
        "7.4.1 溶剂泄漏时，现场人员应立即停止周边动火和打磨作业，用防爆开关切断附近非防爆电源，用吸附棉"
        "或黄沙围堵吸收，严禁用水将溶剂冲入雨水或污水管道。",
    ),
    (
        "p",
        "7.4.2 泄漏量超过200升或泄漏引发着火时，现场人员应立即按下就近的手动火灾报警按钮，并拨打公司应急"
        "电话8119报告应急指挥部办公室（设在安全环保部）。",
    ),
    ("h1", "8 溶剂回收装置安全要求"),
    ("h2", "8.1 运行"),
    (
        "p",
        "8.1.1 溶剂回收装置由设备动力部溶剂回收班负责运行。操作工应经专门培训考核合格，持公司内部上岗证"
        "操作，每2小时巡检一次，记录吸附罐床层温度、蒸汽压力、冷凝水温度和回收溶剂储罐液位。",
    ),
    (
        "p",
        "8.1.2 活性炭吸附罐床层温度超过60℃时应报警，超过80℃时应立即切断进气、启动氮气保护，并报告"
        "设备动力部值班人员。",
    ),
    (
        "p",
        "8.1.3 回收溶剂储罐液位不得超过罐容积的85%。向储罐卸料或从储罐装车时，应先连接静电接地夹，"
        "初始流速不超过1米/秒，装卸过程中操作人员不得离开现场。",
    ),
    (
        "p",
        "8.1.4 回收溶剂储罐区围堰内不得堆放杂物，雨后应及时排除积水，围堰排水阀平时保持关闭状态。",
    ),
    ("h2", "8.2 检修"),
    (
        "p",
        "8.2.1 吸附罐检修或更换活性炭属于受限空间作业，应按14.3办理作业票；进罐前应先用氮气置换再用空气"
        "置换，氧含量在19.5%～21%之间且可燃气体浓度低于爆炸下限的10%时方可进入。",
    ),
    (
        "p",
        "8.2.2 卸出的废活性炭应装入密闭容器，当天转移至危险废物暂存间，防止蓄热自燃。",
    ),
    ("h1", "9 复合作业安全要求"),
    ("h2", "9.1 干式复合与无溶剂复合"),
    (
        "p",
        "9.1.1 干式复合机上胶部位和烘箱属于爆炸危险区域。胶盘内的胶黏剂应随用随加，存胶量不超过胶盘容积的"
        "三分之二，停机超过30分钟应将胶盘内胶液回收加盖。",
    ),
    (
        "p",
        "9.1.2 复合机压辊、网纹辊运转中严禁用手清理胶渍或接料；复合辊入料侧应设置紧急停止拉绳，拉绳应在"
        "每班开机前试验一次。",
    ),
    (
        "p",
        "9.1.3 无溶剂复合机混胶机的清洗应使用专用清洗剂，清洗产生的废液应收集后按危险废物处置，不得倒入"
        "地沟。",
    ),
    (
        "p",
        "9.1.4 复合机换卷、上卷应使用气胀轴专用吊具或上卷车，两人以上配合时由一人统一指挥；料卷未放稳前"
        "严禁松开吊具。",
    ),
    ("h2", "9.2 熟化室"),
    (
        "p",
        "9.2.1 复合膜熟化室温度设定不得超过55℃，熟化室应设置独立的超温报警和自动断电装置；室内严禁存放"
        "溶剂和纸箱等可燃杂物。",
    ),
    (
        "p",
        "9.2.2 熟化室的门应能从室内打开。人员进入熟化室取放料卷时，应在门外悬挂“室内有人”标牌，离开后取下。",
    ),
    ("h1", "10 切纸与模切安全要求"),
    ("h2", "10.1 切纸机"),
    (
        "p",
        "10.1.1 切纸机应同时配置双手操纵装置和光电保护装置，两者任一失效时严禁开机。严禁用重物压住、绑扎"
        "按钮或以其他方式使双手操纵装置失去作用。",
    ),
    (
        "p",
        "10.1.2 双手操纵装置两个按钮的内缘间距不小于260毫米，操作者应在0.5秒内同时按下两个按钮才能下刀，"
        "超过该时间应松开按钮重新操作。",
    ),
    (
        "p",
        "10.1.3 切纸机每次只允许一人操作。理纸、取纸和放纸时，操作者应确认刀和压纸器已回到上位，脚应离开"
        "压纸踏板，辅助人员不得将手伸入推纸器前方和刀口区域。",
    ),
    (
        "p",
        "10.1.4 更换切纸刀应由两人配合进行，使用专用换刀螺杆和刀片护套，严禁徒手搬运刀片，换下的刀片应"
        "立即装入刀箱。换刀作业按附录A执行。",
    ),
    (
        "p",
        "10.1.5 切纸机刀条切痕深度超过0.5毫米时应调换使用面或更换；切纸刀的刃磨由设备动力部委托专业单位"
        "进行，不得在车间砂轮机上自行刃磨。",
    ),
    ("h2", "10.2 模切机"),
    (
        "p",
        "10.2.1 平压平模切机进纸、收纸部位的防护门应与主机联锁。调整模切版、清理废料应在停机并断开主电源后"
        "进行，并在操作面板上悬挂“有人作业　禁止启动”警示牌。",
    ),
    (
        "p",
        "10.2.2 立式平压模切机手工续纸时应使用护手装置，护手杆应在每班开机前试验动作是否灵敏；续纸应待"
        "压板完全张开后进行，严禁在压板合压时伸手取纸、整理纸张或拾取掉落的纸片。",
    ),
    (
        "p",
        "10.2.3 模切刀版应存放在专用刀版架上，刀刃朝内；搬运刀版和安装压痕线时应佩戴防割手套。",
    ),
    ("h2", "10.3 烫金机与糊盒机"),
    (
        "p",
        "10.3.1 烫金机加热板通电期间应在机台明显位置挂“高温烫伤”标识，更换烫金版应在断电并降温后进行，"
        "佩戴隔热手套。",
    ),
    (
        "p",
        "10.3.2 糊盒机运转中严禁伸手整理输送带上的纸盒或清理胶轮，处理卡纸时应先按下停止按钮，待输送带"
        "完全停止后进行。",
    ),
    ("h1", "11 纸品仓储安全要求"),
    ("h2", "11.1 堆垛与通道"),
    (
        "p",
        "11.1.1 平板纸托盘堆垛不超过4层，且总高度不超过3.5米；卷筒纸立放堆码不超过3层，卧放时两侧应用"
        "楔木塞牢，防止滚动。",
    ),
    (
        "p",
        "11.1.2 纸库主通道宽度不小于3.5米，垛与垛之间的距离不小于1米，垛与墙、柱的距离不小于0.5米，垛顶与"
        "灯具的距离不小于0.5米。",
    ),
    (
        "p",
        "11.1.3 纸张应放置在托盘上，托盘离地高度不低于10厘米；雨季前库管员应检查屋面、门窗的漏雨情况，"
        "发现问题及时报修。",
    ),
    ("h2", "11.2 防火"),
    (
        "p",
        "11.2.1 纸库内严禁吸烟和使用明火，严禁使用碘钨灯、卤钨灯等高温灯具；下班后由库管员切断库内除消防"
        "和应急照明以外的电源。",
    ),
    (
        "p",
        "11.2.2 纸库内消火栓、灭火器和疏散通道前方不得堆放物品，防火门应保持常闭，严禁用纸卷、托盘"
        "顶住防火门。",
    ),
    (
        "p",
        "11.2.3 叉车在纸库内作业时，非作业人员不得进入作业区域；拣货人员应走人行通道，不得在叉车作业半径"
        "内停留。",
    ),
    ("h2", "11.3 装卸作业"),
    (
        "p",
        "11.3.1 货车进入装卸平台后，驾驶员应熄火、拉紧手制动，并在车轮前后放置止退块；装卸期间驾驶员"
        "不得留在驾驶室内，车钥匙交装卸班长保管。",
    ),
    (
        "p",
        "11.3.2 人工装卸卷筒纸时，严禁从车厢上直接推落纸卷；使用跳板装卸时，跳板应搭设牢固，坡度不大于1:3。",
    ),
    ("h1", "12 RTO废气处理装置安全要求"),
    ("h2", "12.1 运行"),
    (
        "p",
        "12.1.1 RTO由设备动力部环保设施班负责运行，实行24小时值班。中控室值班人员每小时记录一次炉膛温度、"
        "进口废气浓度和各蓄热室压差。",
    ),
    (
        "p",
        "12.1.2 RTO进口废气浓度应控制在爆炸下限的25%以下；达到爆炸下限的25%时系统应自动开大新风阀稀释，"
        "达到爆炸下限的35%时应自动切断废气进气并打开紧急排放阀。",
    ),
    (
        "p",
        "12.1.3 正常运行时炉膛温度控制在800℃～850℃；炉膛温度低于760℃时不得引入废气。",
    ),
    (
        "p",
        "12.1.4 RTO点火前应对炉膛进行吹扫，吹扫风量不少于炉膛容积的4倍，吹扫时间不少于10分钟；点火失败"
        "后应重新吹扫，不得连续点火。",
    ),
    (
        "p",
        "12.1.5 废气总管上的阻火器、泄爆片应保持完好有效，严禁拆除或在其前后加装盲板。",
    ),
    ("p", "12.1.6 RTO出现下列情况之一时，值班人员应立即执行紧急停炉："),
    ("item", "a) 炉膛温度超过950℃；"),
    ("item", "b) 天然气压力低于设定下限或燃烧器熄火；"),
    ("item", "c) 主引风机故障停机；"),
    ("item", "d) 提升阀切换卡涩，进出口压差异常升高；"),
    ("item", "e) 废气总管发生回火或阻火器温度急剧上升。"),
    ("h2", "12.2 联锁与停炉检修"),
    (
        "p",
        "12.2.1 RTO与凹印、复合车间的排风系统设有联锁。RTO故障停炉时，值班人员应立即通知凹印、复合车间"
        "停机；除紧急情况外，不得将未经处理的废气旁通排放，旁通排放后应在2小时内报告安全环保部。",
    ),
    (
        "p",
        "12.2.2 天然气燃烧器检修前，应关闭燃气总阀并在阀后加装盲板，检测燃气浓度合格后方可作业。",
    ),
    (
        "p",
        "12.2.3 RTO停炉后，炉膛温度降至50℃以下，并按14.3办理受限空间作业票后，方可打开检修人孔进入炉膛"
        "或蓄热室作业。",
    ),
    ("h1", "13 厂内机动车辆安全要求"),
    ("h2", "13.1 驾驶人员"),
    (
        "p",
        "13.1.1 叉车司机应持有《特种设备作业人员证》（叉车司机）上岗，严禁无证驾驶，严禁将叉车交给无证人员"
        "驾驶。",
    ),
    (
        "p",
        "13.1.2 叉车司机每日出车前应对制动、转向、喇叭、灯光、货叉、门架链条和轮胎进行检查，填写《叉车日检"
        "表》，发现故障不得出车。",
    ),
    ("h2", "13.2 行驶与作业"),
    (
        "p",
        "13.2.1 叉车在厂区道路上行驶速度不得超过10km/h，在车间、仓库内以及通过大门、转弯处不得超过5km/h。",
    ),
    (
        "p",
        "13.2.2 进入凹印车间、复合车间、油墨库等爆炸危险区域作业的应为防爆叉车，普通叉车严禁驶入上述区域。",
    ),
    (
        "p",
        "13.2.3 叉车载物行驶时货叉离地高度保持在15厘米～30厘米；货物遮挡视线时应倒车行驶或由专人指挥。",
    ),
    (
        "p",
        "13.2.4 严禁货叉载人，严禁人员站在货叉或托盘上登高作业，严禁人员从升起的货叉下方通过。叉车停放时"
        "货叉应落地，关闭电源并拔下钥匙。",
    ),
    (
        "p",
        "13.2.5 叉车行经人行通道、车间出入口和视线不良的路口时应鸣笛示意，与行人交会时应减速让行；"
        "叉车不得牵引、推顶其他车辆。",
    ),
    ("h2", "13.3 充电"),
    (
        "p",
        "13.3.1 电动叉车应在指定充电区充电，充电区应通风良好并配备灭火器，距纸库门口不小于5米；充电时应"
        "打开电池盖板，严禁烟火。",
    ),
    ("h1", "14 危险作业管理"),
    ("h2", "14.1 一般规定"),
    (
        "p",
        "14.1.1 动火、受限空间、高处、临时用电、吊装和需要拆开溶剂管线的设备检修作业实行作业票管理，作业票"
        "由作业单位申请，按规定权限审批。",
    ),
    (
        "p",
        "14.1.2 动火作业票有效期不超过8小时，受限空间作业票有效期不超过24小时；作业中断超过1小时再次作业"
        "的，应重新进行气体检测。",
    ),
    ("h2", "14.2 动火作业"),
    (
        "p",
        "14.2.1 在凹印车间、复合车间、油墨库、调墨间、溶剂回收装置区和RTO装置区内动火为一级动火，由分管"
        "安全的副总经理审批；在其他生产区域动火为二级动火，由安全环保部负责人审批。",
    ),
    (
        "p",
        "14.2.2 动火前应清除动火点周围10米范围内的可燃物，无法清除的应用防火毯覆盖；动火前30分钟内进行"
        "可燃气体检测，浓度低于0.2%（体积分数）方可动火。",
    ),
    (
        "p",
        "14.2.3 动火作业应设专人监火，监火人不得擅离现场。动火结束后监火人应清理现场，确认无遗留火种后"
        "停留观察30分钟方可离开。",
    ),
    ("h2", "14.3 受限空间作业"),
    (
        "p",
        "14.3.1 公司的受限空间包括油墨储罐、回收溶剂储罐、活性炭吸附罐、RTO炉膛和蓄热室、污水调节池及"
        "深度超过1.2米的地坑。",
    ),
    (
        "p",
        "14.3.2 进入受限空间作业前应隔离物料管线、切断电源并上锁挂牌，作业期间应保持强制通风并连续监测"
        "气体浓度，严禁向受限空间内通入纯氧。",
    ),
    (
        "p",
        "14.3.3 受限空间出入口外应设专职监护人，监护人应与作业人员保持联络，不得同时监护两个以上作业点，"
        "不得进入受限空间施救。",
    ),
    ("h2", "14.4 高处作业与临时用电"),
    (
        "p",
        "14.4.1 在凹印机顶部平台、纸库货架、厂房屋面等距坠落高度基准面2米及以上位置作业为高处作业，应"
        "正确系挂安全带，做到高挂低用。",
    ),
    (
        "p",
        "14.4.2 在彩钢瓦屋面上作业应铺设宽度不小于30厘米的走道板，严禁直接踩踏彩钢瓦和采光板；遇6级以上"
        "大风或雷雨天气应停止屋面作业。",
    ),
    (
        "p",
        "14.4.3 临时用电线路使用期限不超过15天，应由持证电工架设并安装漏电保护器；爆炸危险区域内原则上"
        "不得设置临时用电，确需设置的按一级动火管理。",
    ),
    ("h2", "14.5 吊装作业"),
    (
        "p",
        "14.5.1 版辊、卷筒纸和电机等物件的吊装应使用经检验合格的电动葫芦或行车，并使用专用吊具；吊物下方"
        "严禁站人，严禁人员随吊物升降。",
    ),
    (
        "p",
        "14.5.2 起吊前应检查钢丝绳、吊钩和吊带，发现钢丝绳断丝、吊带割伤的应立即停用；吊装作业由持证司索"
        "指挥人员统一指挥。",
    ),
    ("h1", "15 劳动防护用品"),
    (
        "p",
        "15.1 公司按表2为各岗位员工配备劳动防护用品。员工上岗应正确佩戴，班组长负责班前检查和班中监督。",
    ),
    ("table", "t2"),
    (
        "p",
        "15.2 劳动防护用品由安全环保部统一组织采购，应具有产品合格证；员工不得将劳动防护用品转卖或挪作"
        "他用，损坏的凭旧品以旧换新。",
    ),
    (
        "p",
        "15.3 在印刷机、复合机、切纸机和模切机岗位作业的员工，长发应盘入工作帽内，不得穿裙子、拖鞋，不得"
        "佩戴围巾、项链等悬垂饰物。",
    ),
    ("h1", "16 应急处置与事故报告"),
    ("h2", "16.1 应急准备"),
    (
        "p",
        "16.1.1 公司综合应急预案和溶剂泄漏、火灾、机械伤害专项应急预案由安全环保部组织编制。各车间每半年"
        "至少组织一次现场处置方案演练，凹印车间的火灾疏散演练每年不少于2次。",
    ),
    (
        "p",
        "16.1.2 凹印车间、调墨间和油墨库附近应设置洗眼器和紧急喷淋装置，由车间安全员每周启动试验一次，"
        "保证出水正常。",
    ),
    ("h2", "16.2 现场处置"),
    (
        "p",
        "16.2.1 发生机械伤害（卷入、挤压）时，应立即按下急停按钮并切断电源，不得盲目反转设备取出伤者，"
        "应由设备维修人员拆卸相关部件后施救，同时拨打公司应急电话。",
    ),
    (
        "p",
        "16.2.2 溶剂溅入眼睛时，应立即用洗眼器或流动清水冲洗不少于15分钟，然后送医院检查；皮肤大面积沾染"
        "溶剂时应脱去污染衣物，用肥皂和清水彻底冲洗。",
    ),
    (
        "p",
        "16.2.3 凹印机、复合机着火时，机长应立即按下急停按钮，启动机台二氧化碳灭火装置，并组织本机人员使用"
        "灭火器扑救初起火灾；火势无法控制时，人员应按疏散路线撤离，到车间外集合点清点人数。",
    ),
    (
        "p",
        "16.2.4 发现有人因吸入溶剂蒸气出现头晕、恶心或昏迷时，救护人员应佩戴防护面罩后将其转移至空气"
        "新鲜处，保持呼吸道通畅，并立即送医，不得在无防护的情况下进入高浓度区域施救。",
    ),
    ("h2", "16.3 事故报告"),
    (
        "p",
        "16.3.1 发生事故后，现场人员应立即报告班组长和车间主任，车间主任应在15分钟内报告安全环保部；发生"
        "人员重伤、死亡或火灾事故的，安全环保部应在1小时内报告总经理，由总经理按规定向属地应急管理部门"
        "报告。",
    ),
    (
        "p",
        "16.3.2 任何人不得迟报、漏报、谎报或瞒报事故，不得破坏事故现场；因抢救人员需要移动现场物件的，"
        "应做好标记并拍照留存。",
    ),
    ("h1", "17 考核与奖惩"),
    (
        "p",
        "17.1 违反本标准的，按Q/YS 2015处理。在爆炸危险区域内吸烟或携带火种的，每次罚款500元并停岗培训"
        "3天；短接、拆除安全联锁或使双手操纵装置失效的，每次罚款1000元，造成事故的解除劳动合同。",
    ),
    (
        "p",
        "17.2 全年未发生责任事故和违章记录的班组，年终评为“安全班组”，给予一次性奖金3000元。",
    ),
    ("p", "17.3 本标准由公司安全环保部负责解释，自实施之日起，Q/YS 2031—2019同时废止。"),
    ("pagebreak", ""),
    ("appendix", "附录A（规范性）"),
    ("apptitle", "切纸机换刀作业程序"),
    ("h2", "A.1 准备"),
    (
        "p",
        "A.1.1 换刀作业应由两名经设备动力部培训合格的人员进行，其中一人担任监护人，负责确认每一步骤完成"
        "后再进行下一步。",
    ),
    (
        "p",
        "A.1.2 作业前应备好专用换刀螺杆、刀片护套、刀箱和防割手套，并在切纸机操作面板上悬挂“正在换刀　"
        "禁止操作”警示牌。",
    ),
    ("h2", "A.2 拆刀"),
    (
        "p",
        "A.2.1 以点动方式使刀降至下位，关闭主电源，在电源开关上加锁并挂牌，钥匙由换刀人随身保管。",
    ),
    (
        "p",
        "A.2.2 按从两端到中间的顺序逐个拆下刀片紧固螺钉，每拆下一个螺钉即在该孔位拧入一根换刀螺杆。",
    ),
    (
        "p",
        "A.2.3 用换刀螺杆将刀片平稳退出刀架，立即套上刀片护套，由两人抬入刀箱并锁好箱盖。",
    ),
    ("h2", "A.3 装刀与试车"),
    (
        "p",
        "A.3.1 新刀装入刀架后，紧固螺钉应按从中间到两端的顺序拧紧，拧紧力矩按设备说明书的规定执行。",
    ),
    (
        "p",
        "A.3.2 装刀完毕，解除锁定并恢复供电，先以点动方式空刀试运行不少于3次，确认无异响、双手操纵装置和"
        "光电保护功能正常后，方可取下警示牌交付生产。",
    ),
    (
        "p",
        "A.3.3 换下的刀片送刃磨前，应在刀箱外侧标明“已卸刀片　注意锋利”，存放于设备动力部刀具间。",
    ),
]

TABLES: dict[str, dict[str, object]] = {
    "t1": {
        "caption": "表1　主要检查对象的检查频次",
        "header": ["序号", "检查对象", "检查频次", "责任部门（人员）", "检查要点"],
        "widths": [1.2, 4.0, 3.6, 3.2, 4.6],
        "rows": [
            [
                "1",
                "凹印机、复合机静电消除器及接地线",
                "每班开机前",
                "机长",
                "静电消除器指示正常，接地线无松脱",
            ],
            ["2", "可燃气体报警器", "每班查看，每季度标定1次", "设备动力部", "显示正常，标定记录齐全"],
            ["3", "切纸机、模切机双手操纵装置及光电保护", "每班开机前试验", "操作者", "失效立即停机挂牌报修"],
            ["4", "回收溶剂储罐呼吸阀、阻火器", "每半年1次", "设备动力部", "阀盘灵活，阻火网无堵塞"],
            ["5", "RTO燃烧器及废气总管阻火器", "每月清理1次", "环保设施班", "阻火芯无积炭，压差正常"],
            ["6", "叉车", "每日出车前", "叉车司机", "按《叉车日检表》逐项检查"],
            ["7", "灭火器、消火栓等消防器材", "每月1次", "安全环保部", "压力指针在绿区，配件齐全"],
            [
                "8",
                "防雷防静电接地装置",
                "每年雷雨季节前检测1次",
                "设备动力部",
                "委托有资质单位检测，出具报告",
            ],
            ["9", "公司综合安全检查", "每季度1次", "分管安全的副总经理", "覆盖全部车间、仓库和装置区"],
        ],
        "note": "注：节假日前、恢复生产前和发生事故后，由安全环保部组织专项检查，不受上表频次限制。",
    },
    "t2": {
        "caption": "表2　各岗位劳动防护用品配备",
        "header": ["岗位", "配备的劳动防护用品", "使用和更换要求"],
        "widths": [3.2, 7.6, 5.8],
        "rows": [
            [
                "凹印机长、凹印操作工",
                "防静电工作服、防静电鞋、耐溶剂手套、防有机蒸气半面罩、耳塞",
                "滤毒盒累计使用40小时或闻到溶剂气味时更换",
            ],
            [
                "调墨工",
                "防静电工作服、防静电鞋、丁腈手套、防有机蒸气半面罩、防化学品护目镜、防化围裙",
                "丁腈手套每班更换，破损立即更换",
            ],
            [
                "胶印机长、胶印操作工",
                "工作服、劳保鞋、耳塞、清洗用耐溶剂手套",
                "清洗橡皮布和墨辊时戴手套，开机操作时摘下",
            ],
            [
                "复合操作工",
                "防静电工作服、防静电鞋、耐溶剂手套、防有机蒸气半面罩",
                "配胶、清洗胶盘时必须佩戴半面罩",
            ],
            [
                "切纸、模切操作工",
                "袖口收紧的工作服、防砸劳保鞋、防割手套",
                "防割手套仅在换刀、搬运刀版时使用，操作切纸机、模切机时不得佩戴手套",
            ],
            [
                "溶剂回收、RTO操作工",
                "防静电工作服、安全帽、隔热手套、防护眼镜、便携式可燃气体检测仪",
                "检测仪每班开机自检，每半年送检1次",
            ],
            [
                "叉车司机、库管员",
                "工作服、劳保鞋、反光背心，高位货架区加配安全帽",
                "反光背心污损影响反光时更换",
            ],
            [
                "维修电工",
                "绝缘鞋、绝缘手套、防护眼镜，爆炸危险区域作业加配防静电工作服",
                "绝缘手套每6个月进行一次耐压试验",
            ],
        ],
        "note": "注：外来施工人员的劳动防护用品由其所在单位配备，进入爆炸危险区域前由项目归口部门检查。",
    },
}


def set_font(run, size: float, bold: bool = False, east: str = "宋体", color: RGBColor | None = None) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def add_par(
    doc, text: str, size: float = 10.5, bold: bool = False, east: str = "宋体", align=None, indent=None
):
    par = doc.add_paragraph()
    if align is not None:
        par.alignment = align
    if indent is not None:
        par.paragraph_format.first_line_indent = indent
    par.paragraph_format.space_after = Pt(3)
    set_font(par.add_run(text), size, bold, east)
    return par


def add_heading(doc, text: str, level: int) -> None:
    par = doc.add_heading(level=level)
    par.paragraph_format.space_before = Pt(9 if level == 1 else 6)
    par.paragraph_format.space_after = Pt(4)
    set_font(par.add_run(text), 10.5, True, "黑体", RGBColor(0, 0, 0))


def add_page_field(par) -> None:
    run = par.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._element.append(el)


def add_table(doc, spec: dict[str, object]) -> None:
    add_par(doc, str(spec["caption"]), 10.5, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    header = list(spec["header"])  # type: ignore[arg-type]
    rows = list(spec["rows"])  # type: ignore[arg-type]
    widths = list(spec["widths"])  # type: ignore[arg-type]
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            par = cell.paragraphs[0]
            if r == 0 or c == 0:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(par.add_run(value), 9, r == 0, "黑体" if r == 0 else "宋体")
    add_par(doc, str(spec["note"]), 9)


def build() -> list[str]:
    """Write the .docx and return its text units (each paragraph and each table cell)."""
    units: list[str] = []
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    props = doc.core_properties
    props.author = "远盛彩印包装有限公司安全环保部"
    props.last_modified_by = "安全环保部"
    props.title = "印刷包装生产安全管理规范"
    props.identifier = STD_NO
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1

    # Cover page (its own section, no header/footer).
    for kind, text in COVER:
        if kind == "gap":
            for _ in range(3):
                doc.add_paragraph()
            continue
        size, bold, east, align = {
            "left": (10.5, True, "黑体", WD_ALIGN_PARAGRAPH.LEFT),
            "right_big": (26, True, "黑体", WD_ALIGN_PARAGRAPH.RIGHT),
            "huge": (24, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER),
            "right": (12, False, "黑体", WD_ALIGN_PARAGRAPH.RIGHT),
            "title": (22, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER),
            "sub": (12, False, "宋体", WD_ALIGN_PARAGRAPH.CENTER),
            "date": (14, False, "黑体", WD_ALIGN_PARAGRAPH.CENTER),
            "issuer": (16, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER),
        }[kind]
        add_par(doc, text, size, bold, east, align)
        units.append(text)

    # Contents, foreword and body in a new section with a running header and page number.
    body_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body_sec.header.is_linked_to_previous = False
    body_sec.footer.is_linked_to_previous = False
    sec.header.is_linked_to_previous = False
    head = body_sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(head.add_run(STD_NO), 10.5, False, "黑体")
    foot = body_sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(foot)

    add_par(doc, "目　　次", 16, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    for line in TOC:
        add_par(doc, line).paragraph_format.left_indent = Cm(0.7)
        units.append(line)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    add_par(doc, "前　　言", 16, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    for kind, text in FOREWORD:
        par = add_par(doc, text, 10.5, False, "宋体", None, Cm(0.74))
        if kind == "dash":
            par.paragraph_format.first_line_indent = Cm(0.74)
        units.append(text)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    add_par(doc, "印刷包装生产安全管理规范", 18, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    for kind, text in BODY:
        if kind == "h1":
            add_heading(doc, text, 1)
        elif kind == "h2":
            add_heading(doc, text, 2)
        elif kind == "p":
            add_par(doc, text, indent=Cm(0.74))
        elif kind == "item":
            add_par(doc, text).paragraph_format.left_indent = Cm(0.74)
        elif kind == "table":
            spec = TABLES[text]
            add_table(doc, spec)
            units.append(str(spec["caption"]))
            for row in [spec["header"], *spec["rows"]]:  # type: ignore[misc]
                units.extend(row)
            units.append(str(spec["note"]))
            continue
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        elif kind == "appendix":
            add_par(doc, text, 14, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "apptitle":
            add_par(doc, text, 14, True, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
        else:
            raise ValueError(kind)
        units.append(text)

    raw = io.BytesIO()
    doc.save(raw)
    # Rewrite the package with fixed timestamps so that the output is byte-for-byte reproducible.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    OUT.write_bytes(out.getvalue())
    return units


def check(units: list[str]) -> int:
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    errors: list[str] = []
    questions = data["questions"]
    for q in questions:
        must = q.get("must") or []
        if q["kind"] == "negative":
            if must:
                errors.append(f"{q['id']}: a negative question has must strings")
            continue
        if not must:
            errors.append(f"{q['id']}: no must strings")
            continue
        holders = [u for u in units if all(m in u for m in must)]
        if not holders:
            errors.append(f"{q['id']}: {must} not found together in any one unit")
        elif len(holders) > 1:
            errors.append(f"{q['id']}: {must} found in {len(holders)} units, not specific enough")
    if len(questions) != 40:
        errors.append(f"expected 40 questions, found {len(questions)}")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    return 1 if errors else 0


def main() -> int:
    units = build()
    text = "".join(units)
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    print(f"wrote {OUT.name}: {len(text)} characters in {len(units)} units, {cjk} CJK characters")
    return check(units)


if __name__ == "__main__":
    sys.exit(main())
