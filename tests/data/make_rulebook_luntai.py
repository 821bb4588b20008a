"""Generate tests/data/rulebook_luntai.docx, the document of the sealed blind set qa_holdout_luntai.yaml.

An invented tyre factory's safety rulebook (《山东澜驰轮胎有限公司安全生产管理制度》, all-steel and
semi-steel radial tyres: internal mixers and their ram (上顶栓), open mills with emergency-stop pull cords,
carbon-black dust and feeding, calenders, extruders, building machines, curing presses with steam and
superheated water, compound storage, solvent-gasoline cement rooms, a thermal-oil heater, forklifts and
AGVs, noise) written the way a company's Word file really looks, with python-docx:

* a covering notice first, in plain unnumbered paragraphs (文件 head, 文号, title, 主送, body, 附件 line,
  signature, date, 联系人/电话, 抄送, 印发 line), then a page break;
* the rulebook, whose chapters and articles are numbered by Word's AUTOMATIC multilevel list: the
  numbering part gets an abstractNum whose level 0 is "第%1章", level 1 "第%2条" (never restarting, so
  articles run on across chapters) and level 2 "（%3）", all chineseCounting. Chapter paragraphs carry
  numPr ilvl 0, article paragraphs ilvl 1 and item paragraphs ilvl 2, so "第五章", "第二十一条" and
  "（三）" are NOT in the paragraph text (Word renders them); chapter titles like "总　　则" are spaced;
* two ruled tables (表1 安全防护装置检查表, 表2 违章行为处罚标准) with a repeating header row; one
  cell of 表1 holds two paragraphs;
* tracked changes left unaccepted: one article carries a tracked insertion (w:ins, new AGV wording) and
  another a tracked deletion (w:del) of old wording that is no longer in force.

Output is deterministic (fixed core properties, fixed zip timestamps). At the end the script reads the
file back and checks that every `must` string of qa_holdout_luntai.yaml occurs in one paragraph or table
cell of the document as written (accepted view: inserted text counts, deleted text does not).

    .venv/bin/python tests/data/make_rulebook_luntai.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("rulebook_luntai.docx")
QA = Path(__file__).with_name("qa_holdout_luntai.yaml")
FIXED = datetime(2025, 6, 16, 9, 0, 0)
ZIP_TIME = (2025, 6, 16, 9, 0, 0)
REV_AUTHOR = "孙立波"
REV_DATE = "2025-06-12T09:30:00Z"
BODY_FONT = "仿宋_GB2312"
HEAD_FONT = "黑体"
TITLE_FONT = "方正小标宋简体"

TABLE1: tuple[tuple[str, ...], list[tuple[object, ...]]] = (
    ("设备", "安全防护装置", "检查要求", "责任人"),
    [
        ("密炼机", "上顶栓机械安全销、加料门联锁", "每班开机前检查一次", "密炼机主机手"),
        ("开炼机", "紧急停车拉绳（拉杆）、制动器", "每班开机前空车试验", "开炼机操作工"),
        ("压延机", "紧急停车拉杆、辊筒安全挡板", "每班开机前检查", "压延机主操"),
        ("成型机", "光电保护装置、双手启动按钮、鼓锁定装置", "每班开机前试验", "成型机操作工"),
        (
            "硫化机",
            "合模区安全光幕、安全杆，换模用机械安全销（安全撑杆）",
            ("安全光幕、安全杆每班开机前试验", "安全撑杆每月由设备员检查一次"),
            "硫化机操作工、设备员",
        ),
        ("导热油炉", "超温联锁、低液位报警、安全阀", "超温联锁每月试验一次", "当班司炉工"),
        ("胶浆配制间", "可燃气体报警器、防静电接地", "报警器每季度标定一次", "车间安全员"),
        ("叉车、AGV", "制动、喇叭、灯光、激光避障装置", "每班作业前点检", "叉车司机、AGV维护员"),
    ],
)

TABLE2: tuple[tuple[str, ...], list[tuple[object, ...]]] = (
    ("违章行为", "对当事人的处罚", "对班组长的处罚"),
    [
        ("密炼机运行中打开加料门或将手伸入加料口", "罚款1000元，停岗培训", "罚款300元"),
        ("开炼机未试验紧急停车装置即开机", "罚款200元", "罚款100元"),
        ("硫化机合模时将身体伸入上下模之间", "罚款1000元，调离岗位", "罚款300元"),
        ("未挂牌上锁进行设备检修", "罚款500元", "罚款200元"),
        ("在胶浆配制间携带火种或使用手机", "罚款500元", "罚款100元"),
        ("叉车载人或超速行驶", "每次罚款300元", "罚款100元"),
        ("作业时未佩戴防尘口罩、耳塞等防护用品", "罚款50元", "—"),
        ("短接、拆除安全联锁或防护装置", "罚款2000元，情节严重的解除劳动合同", "罚款500元"),
    ],
)

NOTICE: list[tuple[str, str]] = [
    ("red", "山东澜驰轮胎有限公司文件"),
    ("docno", "澜驰安〔2025〕9号"),
    ("ntitle", "关于印发《山东澜驰轮胎有限公司安全生产管理制度》的通知"),
    ("left", "各车间、各部室，动力中心，驻厂各相关方单位："),
    (
        "p",
        (
            "为进一步落实企业安全生产主体责任，有效防范密炼机和开炼机机械伤害、硫化机合模挤压、炭黑粉"
            "尘危害、胶浆配制间火灾和导热油泄漏等事故，公司安全生产委员会组织对2022年版《安全生产"
            "管理制度》进行了全面修订，新增了AGV搬运、炼胶车间粉尘治理和硫化机换模作业等内容。修订"
            "后的《山东澜驰轮胎有限公司安全生产管理制度》已经2025年6月10日公司总经理办公会审议"
            "通过，现印发给你们，自2025年7月1日起施行。"
        ),
    ),
    (
        "p",
        (
            "各单位要在7月20日前组织全体员工学习，学习时间不少于4学时，并对照本制度修订本单位岗位"
            "安全操作规程，报安全环保部备案。执行中遇到的问题，请及时向安全环保部反映。"
        ),
    ),
    ("left", "附件：山东澜驰轮胎有限公司安全生产管理制度"),
    ("right", "山东澜驰轮胎有限公司"),
    ("right", "2025年6月16日"),
    ("left", ("（联系人：安全环保部　孙立波　联系电话：0546-6873215　手机：13854631827）")),
    ("left", "抄送：公司领导班子成员，公司工会。"),
    ("left", "山东澜驰轮胎有限公司综合办公室　　　　　　2025年6月16日印发"),
]

BODY: list[tuple[str, object]] = [
    ("title", "山东澜驰轮胎有限公司安全生产管理制度"),
    ("ch", "总　　则"),
    (
        "art",
        (
            "为加强公司安全生产管理，防止和减少生产安全事故，保障员工生命安全和公司财产安全，依据《中"
            "华人民共和国安全生产法》《中华人民共和国特种设备安全法》《中华人民共和国职业病防治法》《"
            "工贸企业重大事故隐患判定标准》等法律法规和标准，结合公司全钢、半钢子午线轮胎生产实际，制"
            "定本制度。"
        ),
    ),
    (
        "art",
        (
            "本制度适用于公司炼胶车间、半制品车间、成型车间、硫化车间、动力中心、原材料仓库、成品胎库"
            "及各职能部室，也适用于在公司厂区内从事施工、检修、装卸、保洁等作业的相关方单位和人员。"
        ),
    ),
    (
        "art",
        (
            "公司安全生产工作坚持安全第一、预防为主、综合治理的方针，按照“管行业必须管安全、管业务必"
            "须管安全、管生产经营必须管安全”的要求，建立健全全员安全生产责任制，做到横向到边、纵向到"
            "底。"
        ),
    ),
    (
        "art",
        (
            "本制度所称重点部位，是指密炼机组、开炼机组、炭黑输送及储存系统、胶浆配制间、硫化车间、导"
            "热油炉房、危险化学品库和变配电室。重点部位实行挂牌管理，由所在单位指定一名班组长以上人员"
            "担任责任人，其姓名和联系电话应标注在部位入口处的安全告知牌上。"
        ),
    ),
    ("ch", "安全生产责任"),
    (
        "art",
        (
            "公司成立安全生产委员会（以下简称安委会），总经理任主任，分管生产的副总经理任常务副主任，"
            "各部室、车间主要负责人为委员。安委会每季度召开一次全体会议，研究解决安全生产重大问题；发"
            "生险情或事故后3日内召开专题会议。安委会办公室设在安全环保部。"
        ),
    ),
    (
        "art",
        (
            "总经理是公司安全生产第一责任人，对公司安全生产工作全面负责，保证安全生产投入的有效实施。"
            "公司按规定提取安全生产费用，专款专用，其中用于粉尘治理和设备安全防护改造的资金不少于当年"
            "安全生产费用的30%。"
        ),
    ),
    (
        "art",
        (
            "公司每年年初由总经理与各车间、部室负责人签订安全生产目标责任书，车间与班组、班组与岗位员"
            "工逐级签订。安全生产责任制考核结果与绩效工资挂钩，月度考核不合格的，扣减责任人当月绩效工"
            "资的20%。"
        ),
    ),
    (
        "art",
        (
            "安全环保部是公司安全生产综合监督管理部门，配备专职安全管理人员不少于8人，其中注册安全工"
            "程师不少于2人；负责组织制定安全管理制度，组织教育培训和应急演练，组织隐患排查治理，监督"
            "检查作业许可执行情况，对违章行为提出处罚意见。"
        ),
    ),
    (
        "art",
        (
            "设备动力部负责全公司设备设施的安全技术管理，负责密炼机、开炼机、压延机、成型机、硫化机等"
            "设备安全联锁和防护装置的完好，负责特种设备的使用登记、定期检验和安全附件校验，负责导热油"
            "炉、空压站和蒸汽管网的运行管理。"
        ),
    ),
    (
        "art",
        (
            "生产技术部负责将安全要求纳入工艺规程和作业指导书，组织新工艺、新配方投产前的安全风险评估"
            "；仓储物流部负责原材料仓库、成品胎库、危险化学品库和厂内运输车辆的安全管理；人力资源部负"
            "责劳动防护用品发放、职业健康检查的组织和安全培训学时的统计。"
        ),
    ),
    (
        "art",
        (
            "各车间主任是本车间安全生产第一责任人。炼胶车间、硫化车间各配备专职安全员2名，其他车间各"
            "配备专职安全员1名。班组长每班开工前组织班前安全讲话，时间不少于10分钟，讲话内容记入班"
            "组安全活动记录。"
        ),
    ),
    (
        "art",
        (
            "班组长是本班组安全生产的直接责任人，负责每班开工前检查本班组设备安全装置和作业环境，组织"
            "岗位员工交接班。交接班时应当面交接设备运行状况、安全装置完好情况和遗留问题，并在交接班记"
            "录上签字。"
        ),
    ),
    (
        "art",
        (
            "岗位员工应当遵守本制度和岗位安全操作规程，正确佩戴和使用劳动防护用品，发现事故隐患或者其"
            "他不安全因素应立即向班组长报告；发现直接危及人身安全的紧急情况时，有权停止作业或者在采取"
            "可能的应急措施后撤离作业场所。"
        ),
    ),
    ("ch", "安全教育培训"),
    (
        "art",
        (
            "新入厂员工必须接受公司、车间、班组三级安全教育，其中公司级不少于24学时，车间级不少于2"
            "4学时，班组级不少于24学时，经考试合格后方可上岗。考试满分100分，80分为合格；不合"
            "格者补考一次，补考仍不合格的不予录用。"
        ),
    ),
    (
        "art",
        (
            "新员工上岗后应在师傅带领下实习，炼胶、硫化岗位实习期不少于3个月，其他岗位实习期不少于1"
            "个月；实习期内不得单独操作密炼机、开炼机和硫化机。师徒协议由车间与师徒双方签订，实习期满"
            "经车间考核合格后方可独立顶岗。"
        ),
    ),
    (
        "art",
        (
            "在岗员工每年接受安全再培训的时间不少于20学时。员工调换工种或离岗6个月以上重新上岗的，"
            "应重新接受车间级和班组级安全教育；采用新工艺、新设备、新材料时，由生产技术部对有关人员进"
            "行专门的安全培训。"
        ),
    ),
    (
        "art",
        (
            "电工、焊工、叉车司机、导热油炉司炉工、起重机司机等特种作业人员和特种设备作业人员，必须取"
            "得相应资格证书后方可上岗，并按期复审。安全环保部建立持证人员台账，证书到期前60日书面通"
            "知本人和所在单位。"
        ),
    ),
    (
        "art",
        (
            "相关方人员进入厂区作业前，由业务归口部门组织入厂安全教育，时间不少于4学时，考试合格后由"
            "保卫科发放临时出入证。临时出入证有效期最长为3个月，作业结束后收回。"
        ),
    ),
    ("ch", "安全风险分级管控"),
    (
        "art",
        (
            "公司按照重大风险、较大风险、一般风险和低风险四个等级，分别以红、橙、黄、蓝四种颜色对作业"
            "场所的安全风险进行标识，绘制全厂安全风险四色分布图，张贴在厂区大门和各车间入口。"
        ),
    ),
    (
        "art",
        (
            "重大风险由总经理组织管控，较大风险由分管副总经理组织管控，一般风险由车间主任组织管控，低"
            "风险由班组长组织管控。密炼机加料口区域、开炼机操作区、硫化机合模区、胶浆配制间和导热油炉"
            "房确定为较大及以上风险点。"
        ),
    ),
    (
        "art",
        (
            "各岗位应在醒目位置设置岗位安全风险告知卡，写明本岗位主要危险有害因素、可能导致的事故、防"
            "范措施和应急处置方法。生产工艺、设备或作业环境发生重大变化时，车间应在10日内重新开展风"
            "险辨识。"
        ),
    ),
    ("ch", "炼胶作业安全"),
    (
        "art",
        ("炭黑、白炭黑、碳酸钙、氧化锌等粉料采用气力输送和自动称量，投料和称量岗位操作人员应遵守下列规定："),
    ),
    ("item", "开机前检查除尘系统运行正常，除尘风机应先于输送系统启动、后于输送系统停止；"),
    ("item", ("除尘器压差高于1800Pa或低于300Pa时应报告班长，查明滤袋堵塞或破损原因后再恢复生产；")),
    ("item", "炭黑储罐、中间料仓检修需进入内部的，按有限空间作业办理审批手续，严禁未经审批进入；"),
    ("item", "人工拆包投料时应站在投料口格栅外侧，严禁站在格栅上或将手伸入螺旋输送机进料口。"),
    (
        "art",
        (
            "炼胶车间粉尘作业场所应保持整洁。作业现场地面、平台和设备表面的积尘每班清扫一次，积尘厚度"
            "不得超过1毫米；清扫应采用负压吸尘或湿式作业，严禁使用压缩空气吹扫。投料岗位员工应佩戴K"
            "N95及以上防尘口罩。"
        ),
    ),
    (
        "art",
        (
            "小料称量岗位的硫磺、促进剂、防老剂等化学助剂应分类存放在专用料架上，标签清晰，称量时开启"
            "局部排风。硫磺粉应单独存放，距离热源不小于2米，称量工具应使用不产生火花的材质。"
        ),
    ),
    ("art", "密炼机作业应遵守下列规定："),
    ("item", "开机前确认上顶栓、加料门、卸料门、冷却水和液压系统正常，上顶栓限位和加料门联锁有效；"),
    ("item", "密炼机运行中严禁打开加料门观察，严禁将手、头伸入加料口，严禁用铁棒等工具在加料口处捣料；"),
    (
        "item",
        (
            "处理加料口卡料、清理上顶栓积料时，必须停机，将上顶栓提升至最高位并插入机械安全销，切断主"
            "电机电源并挂牌上锁，关闭上顶栓气缸进气阀并排空余压；"
        ),
    ),
    (
        "item",
        (
            "需进入密炼室内部清理或检修的，除执行前项规定外，还应打开卸料门并锁定，待密炼室温度降至4"
            "0℃以下，外部设专人监护，按有限空间作业管理；"
        ),
    ),
    ("item", "卸料门下方及下辅机区域有人作业时，密炼机操作台必须悬挂“有人作业、禁止操作”标志牌。"),
    (
        "art",
        (
            "密炼机下辅机胶片冷却线运行中，严禁人员钻越输送带或在隔离剂槽上方站立，处理挂胶、断片应在"
            "停机后进行。胶片冷却风机和摆片装置周围应设置防护栏，防护栏高度不低于1.05米。"
        ),
    ),
    (
        "art",
        (
            "开炼机（含压片机、热炼机）必须在操作人员能够触及的位置设置紧急停车拉绳或安全拉杆，拉绳应"
            "沿机台全长设置，离地面高度保持在1.2米至1.5米之间。紧急停车装置每班开机前由操作工空"
            "车试验一次并做记录；制动后前辊继续转动的弧长不得超过前辊周长的四分之一，超过时应立即停机"
            "，由维修工调整制动器，未修复前不得使用。"
        ),
    ),
    ("art", "开炼机操作应遵守下列规定："),
    (
        "item",
        ("投料时应先小块后大块，单块胶料重量超过25千克的应先切成小块，严禁将手伸过辊筒顶部水平线推料；"),
    ),
    ("item", "翻胶、捣胶应使用推胶板或割刀，割胶时刀口向外并在辊筒下半部进行，严禁用手直接往辊隙塞胶；"),
    ("item", "操作时严禁戴手套、穿长袖宽松衣服，长发必须盘入工作帽内；"),
    ("item", "两人以上同时在一台开炼机上操作时，应由一人统一指挥，投料和割胶动作应相互呼应；"),
    ("item", "测量辊温应使用测温仪，严禁用手触摸辊筒。"),
    (
        "art",
        (
            "开炼机停机后清理辊筒或更换挡胶板时，必须切断电源并挂牌上锁，钥匙由操作工本人保管。严禁在"
            "辊筒转动时清理辊面或用手抠取粘辊胶料。发生人员被卷入时，应立即拉动紧急停车装置并切断电源"
            "，由设备维修人员松开辊距或手动盘车解救，严禁在未断电情况下点动反转。"
        ),
    ),
    (
        "art",
        (
            "混炼胶应按规格、批次在指定区域存放，每垛高度不得超过1.8米，垛与垛之间留出不小于0.8"
            "米的通道。胶片停放时间不少于4小时、不超过72小时，超过期限的由质检部判定处理。胶料存放"
            "区应远离热源，与蒸汽管道、暖气片的距离不小于1米。"
        ),
    ),
    ("ch", "压延、挤出和成型作业安全"),
    ("art", "压延机作业应遵守下列规定："),
    ("item", "开机前检查辊筒两端紧急停车拉杆和安全挡板，确认有效后方可开机；"),
    (
        "item",
        (
            "引布、穿布时压延机应以不大于5米/分钟的低速运行，操作人员应站在进料侧安全位置，严禁手持"
            "帘布接近辊隙；"
        ),
    ),
    ("item", "帘布导开和卷取区域严禁人员跨越运行中的帘布，需要通过时必须走人行过桥；"),
    ("item", "压延机辊筒用蒸汽加热升温应缓慢进行，升温速度每小时不超过30℃。"),
    (
        "art",
        (
            "挤出机（含冷喂料挤出机、多复合挤出机）机头拆卸和清理应在停机后进行。拆卸机头前应确认机头"
            "压力表读数为零，螺杆已停止转动并切断电源；松开机头时人员应站在机头侧面，严禁正对机头口。"
            "清理螺杆和机筒时应使用铜质工具，严禁在螺杆转动时向进料口塞胶或用手扒料。"
        ),
    ),
    ("art", "钢丝帘布裁断机、胎圈钢丝缠绕机作业应遵守下列规定："),
    ("item", "裁断机刀架区域的安全光栅被遮挡时应立即停机，严禁在裁刀运行中将手伸入刀架下方整理帘布；"),
    ("item", "更换裁刀、磨刀时必须切断电源并挂牌上锁，裁刀应装入专用刀套搬运，操作人员应戴防割手套；"),
    ("item", "处理钢丝帘布和胎圈钢丝断头时应佩戴防割手套和防护眼镜，钢丝废料应放入专用废料箱。"),
    ("art", "成型机作业应遵守下列规定："),
    ("item", "成型鼓旋转时，严禁用手直接拉拽帘布和胎面，贴合、滚压应使用专用工具；"),
    ("item", "成型机光电保护装置、双手启动按钮和鼓锁定装置不得拆除或短接，每班开机前试验一次；"),
    (
        "item",
        ("更换成型鼓或处理机械故障时，应关闭气源并泄压，切断电源并挂牌上锁，成型鼓用定位销锁定后方可作业；"),
    ),
    ("item", "刷汽油胶浆应在通风良好处进行，胶浆桶随用随盖，每台成型机旁存放的胶浆不得超过5千克。"),
    (
        "art",
        (
            "半制品车间和成型车间的胎圈、帘布卷、胎面等半制品应放在专用工装架或百宝车上，工装架堆放层"
            "数不得超过4层。百宝车推行时应两人配合，在坡道上不得松手。"
        ),
    ),
    ("ch", "硫化作业安全"),
    (
        "art",
        (
            "硫化车间是公司高温、高压作业集中的部位。硫化机外温蒸汽压力控制在0.6MPa至0.8MP"
            "a，内压过热水压力不得超过2.6MPa，内压蒸汽压力不得超过1.6MPa。模具温度一般为"
            "150℃至180℃，操作人员应穿戴长袖工作服、隔热手套和防护眼镜。"
        ),
    ),
    ("art", "硫化机作业应遵守下列规定："),
    (
        "item",
        (
            "每班开机前试验合模区安全光幕和安全杆，光幕被遮挡或安全杆被触碰时硫化机应立即停止合模并自"
            "动开模，试验不合格的不得生产；"
        ),
    ),
    ("item", "合模过程中严禁任何人员将头、手或身体伸入上下模之间，严禁跨越硫化机合模区；"),
    ("item", "开模前必须确认内压已排尽、内压管路压力表归零，严禁带压开模；"),
    ("item", ("装胎、取胎应使用装胎器和卸胎机械手，需要人工处理的，应将硫化机转为手动状态并锁定合模按钮；")),
    ("item", "全钢硫化机每人看管不得超过8台，半钢硫化机每人看管不得超过12台。"),
    (
        "art",
        (
            "硫化机换模、调模和检修时，必须将硫化机停在开模位置，插入机械安全销（安全撑杆），切断电源"
            "，关闭蒸汽和过热水阀门并挂牌上锁。进入上下模之间作业前，由班长确认安全销已插到位，作业期"
            "间硫化机操作屏由专人看守。换模作业应由2人以上进行，模具温度高于60℃时应佩戴隔热手套。"
        ),
    ),
    (
        "art",
        (
            "硫化机胶囊爆裂或内压介质泄漏时，操作人员应立即按下紧急停止按钮，关闭该机内压进口阀门，撤"
            "离至安全位置，待泄压完毕后再处理；严禁在介质喷出时靠近机台。"
        ),
    ),
    (
        "art",
        (
            "半钢硫化机后充气装置工作时，人员不得站在轮胎正面；后充气压力按工艺卡执行，卡盘未锁紧时严"
            "禁充气。硫化后的轮胎应在指定区域冷却，码放高度不超过2米。"
        ),
    ),
    (
        "art",
        (
            "换模需使用桥式起重机吊运模具的，起重机司机和司索工必须持证，吊运前检查吊索具和模具吊环，"
            "模具下方严禁站人，平移时模具离地高度不超过0.5米。"
        ),
    ),
    (
        "art",
        (
            "硫化车间地沟盖板应完好齐全，蒸汽、过热水管道和阀门应保温，保温层外表面温度不超过60℃。"
            "硫化车间作业场所温度超过33℃时，车间应采取送风降温措施并为员工提供含盐清凉饮料；每年6"
            "月至9月发放高温津贴，标准为每人每月300元。"
        ),
    ),
    ("ch", "危险化学品和消防安全"),
    (
        "art",
        (
            "胶浆配制间为甲类火灾危险场所，应使用防爆型电气设备，设置可燃气体报警器和机械排风装置。可"
            "燃气体报警器一级报警设定值为爆炸下限的20%，二级报警设定值为爆炸下限的40%，二级报警"
            "时联锁启动事故排风并切断搅拌机电源。"
        ),
    ),
    (
        "del",
        (
            (
                "溶剂汽油应存放在危险化学品库内，胶浆配制间暂存量不得超过当班用量，且最多不超过两桶（每桶"
                "200升）。严禁用溶剂汽油擦洗设备、地面、工具和衣物"
            ),
            "，确需擦洗的须经车间主任同意并在室外进行",
            "；严禁使用塑料桶盛装汽油。",
        ),
    ),
    (
        "art",
        (
            "汽油输送、胶浆搅拌设备和管道应可靠接地，接地电阻不大于10欧姆，每年雨季前检测一次。操作"
            "人员进入胶浆配制间前应触摸人体静电释放器，严禁穿化纤服装和带铁钉的鞋，严禁携带手机、打火"
            "机等火种。"
        ),
    ),
    (
        "art",
        (
            "危险化学品库由仓储物流部管理，实行双人双锁。库房内温度超过30℃时应开启防爆降温设施；汽"
            "油桶堆放不超过2层，库内严禁分装。"
        ),
    ),
    ("art", "动火作业实行作业许可制度，分为一级动火和二级动火："),
    (
        "item",
        (
            "在胶浆配制间、危险化学品库、导热油炉房、炭黑储罐及其周边15米范围内动火，为一级动火，由"
            "动火单位申请，安全环保部审核，分管副总经理批准，动火证有效期不超过8小时；"
        ),
    ),
    ("item", ("在其他生产区域动火为二级动火，由车间主任审批，报安全环保部备案，动火证有效期不超过24小时；")),
    (
        "item",
        (
            "动火前应清除周围可燃物，对动火点周边可燃气体进行检测，检测值不得高于爆炸下限的10%，动"
            "火期间每2小时复测一次；"
        ),
    ),
    (
        "item",
        (
            "动火作业必须设专人监火，监火人不得擅离现场；动火结束后监火人应检查现场30分钟，确认无遗"
            "留火种后方可离开。"
        ),
    ),
    (
        "art",
        (
            "各车间按规定配置灭火器、室内消火栓和火灾自动报警设施。灭火器每月由车间安全员检查一次并填"
            "写检查卡；消防通道宽度不小于4米，严禁堆放胶料、半成品和停放车辆。公司组建义务消防队，队"
            "员不少于30人，每季度训练一次。"
        ),
    ),
    (
        "art",
        (
            "原材料仓库和成品胎库按丙类仓库管理。天然橡胶堆垛高度不超过4米，成品轮胎堆垛高度不超过3"
            ".5米；垛与墙的距离不小于0.5米，垛与灯具的垂直距离不小于0.5米，主通道宽度不小于3"
            "米。库内严禁使用碘钨灯和功率超过60瓦的白炽灯。"
        ),
    ),
    ("ch", "特种设备、动力设施和厂内运输"),
    ("art", "导热油炉由动力中心管理，司炉工必须持证上岗，每班不少于2人。导热油炉运行应遵守下列规定："),
    ("item", "导热油出口温度控制在280℃以下，超温报警设定为290℃，达到300℃时联锁停止燃烧器；"),
    ("item", "运行中每2小时巡检一次，记录进出口油温、压力和膨胀槽液位；"),
    ("item", "停炉时应先停燃烧器，循环泵继续运行，待出口油温降至80℃以下方可停泵；"),
    ("item", "导热油每年取样化验一次，残碳、酸值、黏度等指标超标的应及时处理；"),
    ("item", "发现导热油泄漏时，应立即停炉并关闭相关阀门，用沙土覆盖泄漏油品，严禁用水冲洗高温导热油。"),
    (
        "art",
        (
            "蒸汽管网、压力容器（储气罐、分汽缸）和安全附件由设备动力部建立台账。安全阀每年校验一次，"
            "压力表每半年检定一次，压力容器按期进行定期检验，超期未检的一律停用。"
        ),
    ),
    (
        "art",
        (
            "变配电室由设备动力部电工班管理，实行24小时值班，每班值班电工不少于2人。非电工人员严禁"
            "进入变配电室，严禁私拉乱接电线。车间移动电气设备和手持电动工具应使用漏电保护器，漏电动作"
            "电流不大于30mA，动作时间不大于0.1秒。"
        ),
    ),
    (
        "art",
        (
            "空压站储气罐每班排放冷凝水一次，储气罐安全阀和压力表应在检验有效期内。严禁用压缩空气吹扫"
            "身上的粉尘或对人嬉闹，吹扫设备时不得将风管口对准他人。"
        ),
    ),
    (
        "art",
        (
            "主要设备安全防护装置的检查内容、频次和责任人按表1执行。设备员每周对表1所列装置抽查一次"
            "，发现失效的立即停机处理。"
        ),
    ),
    ("caption", "表1　主要设备安全防护装置检查表"),
    ("table", TABLE1),
    (
        "ins",
        (
            (
                "叉车在厂区主干道行驶速度不超过15公里/小时，在车间内、仓库内和转弯处不超过5公里/小时"
                "。叉车严禁载人，严禁用货叉举升人员作业，货物遮挡视线时应倒车行驶。"
            ),
            (
                "AGV与人员混行的区域，AGV运行速度不超过1米/秒，激光避障装置检测到人员时应在0.5"
                "米以外停车；严禁人员在AGV运行路线上停留、坐卧或搭乘AGV。"
            ),
            "",
        ),
    ),
    (
        "art",
        (
            "叉车司机每班作业前应对制动、转向、喇叭、灯光、货叉和链条进行点检，点检不合格的不得出车。"
            "叉车在硫化车间通道内应鸣笛慢行，不得在硫化机操作区前停车。叉车充电间应通风良好，严禁烟火"
            "。"
        ),
    ),
    (
        "art",
        (
            "外来送货车辆进入厂区应在门卫登记，由仓储物流部人员引导至指定装卸区。装卸期间车辆应熄火、"
            "拉紧手制动并在车轮处放置止轮器，驾驶员应离开驾驶室，在安全区域等候。"
        ),
    ),
    ("ch", "作业许可与检维修"),
    (
        "art",
        (
            "下列作业实行作业许可管理：动火作业、有限空间作业、高处作业、临时用电作业、吊装作业、断路"
            "作业，以及设备检修中需要拆除安全防护装置的作业。作业许可证由作业单位申请，按本制度规定的"
            "权限审批，作业前由作业负责人向全体作业人员进行安全交底。"
        ),
    ),
    (
        "art",
        (
            "设备检修实行挂牌上锁制度。检修人员应使用本人专用的安全锁和标签，一人一锁一钥匙；多人共同"
            "检修同一设备时使用集体锁箱，每人各上一把锁。检修结束后由本人摘锁，严禁他人代为摘锁或用工"
            "具破坏锁具；本人不在现场确需开锁的，应经车间主任和安全环保部双方确认。"
        ),
    ),
    (
        "art",
        (
            "有限空间作业（密炼室、炭黑储罐、除尘器内部、地沟和污水池等）应遵守“先通风、再检测、后作"
            "业”的原则。作业前检测氧含量应在19.5%至23.5%之间，有毒有害气体和可燃气体浓度合"
            "格；作业过程中每30分钟检测一次。有限空间作业必须设监护人，监护人不得离开出入口。"
        ),
    ),
    (
        "art",
        (
            "在坠落高度基准面2米以上（含2米）有可能坠落的高处进行作业，应办理高处作业证，系挂全身式"
            "安全带，安全带应高挂低用。遇6级以上大风、雷雨等恶劣天气，停止露天高处作业。"
        ),
    ),
    (
        "art",
        (
            "临时用电作业由设备动力部电工实施，临时用电线路使用期限一般不超过15日，确需延长的重新办"
            "理手续；临时线路架空高度在车间内不低于2.5米，穿越机动车通道时不低于5米。"
        ),
    ),
    (
        "art",
        (
            "作业许可证一式三联，分别由审批部门、作业单位和作业现场留存；作业结束后由作业负责人在许可"
            "证上签字关闭，许可证存档期限不少于1年。"
        ),
    ),
    ("ch", "相关方安全管理"),
    (
        "art",
        (
            "相关方单位进厂作业，业务归口部门应审查其营业执照、资质证书和安全生产许可证明，与其签订安"
            "全生产管理协议，明确双方安全职责。相关方单位按合同金额的3%交纳安全保证金，作业结束无事"
            "故、无违章的全额退还。"
        ),
    ),
    (
        "art",
        (
            "相关方作业人员应统一佩戴标有单位名称的胸牌，在规定区域和时间内作业，未经许可不得进入炼胶"
            "车间、硫化车间等重点部位，不得操作公司的生产设备。业务归口部门应指定现场协调人，每天至少"
            "到作业现场检查2次。"
        ),
    ),
    (
        "art",
        (
            "相关方在厂区内违章作业的，由安全环保部责令停止作业，并从安全保证金中扣除罚款；一个合同期"
            "内违章累计3次的，清退出厂，两年内不得在公司承揽工程。"
        ),
    ),
    ("ch", "职业健康"),
    (
        "art",
        (
            "安全环保部每年委托有资质的技术服务机构对作业场所职业病危害因素检测一次。炼胶车间炭黑粉尘"
            "时间加权平均浓度不得超过4mg/m³，检测超标的岗位由所在车间在30日内完成整改。"
        ),
    ),
    (
        "art",
        (
            "密炼、开炼、空压站等噪声作业岗位，8小时等效声级达到85dB(A)的，应配发耳塞或耳罩并"
            "督促佩戴；噪声超过90dB(A)的区域入口设置“必须戴护耳器”警示标识。设备动力部对新增"
            "噪声源设备采取隔声、消声或减振措施。"
        ),
    ),
    (
        "art",
        (
            "接触粉尘、噪声、高温等职业病危害因素的员工，在上岗前、在岗期间和离岗时进行职业健康检查，"
            "在岗期间每年检查一次，费用由公司承担。检查发现职业禁忌证的，人力资源部应在15日内将其调"
            "离原岗位。"
        ),
    ),
    (
        "art",
        (
            "成品检验用轮胎X光检测机由质检部管理，操作人员必须经辐射安全培训合格后上岗，并佩戴个人剂"
            "量计，个人剂量计每3个月送检一次。检测室门机联锁必须完好，门未关闭时不得出束；检测室外设"
            "置电离辐射警告标志和工作指示灯，无关人员不得在检测室门口停留。"
        ),
    ),
    (
        "art",
        (
            "劳动防护用品由人力资源部按岗位标准统一采购发放，员工不得变卖、转借或挪作他用。硫化工隔热"
            "手套每月发放2副，投料岗位防尘口罩按每班1只发放，安全鞋每年发放1双。"
        ),
    ),
    ("ch", "隐患排查与应急处置"),
    (
        "art",
        (
            "隐患排查实行分级负责：班组每班检查一次，车间每周检查一次，公司每月组织一次综合检查，节假"
            "日前组织专项检查。一般隐患由车间在7日内整改完毕；重大隐患由安全环保部报告总经理，制定整"
            "改方案，落实整改措施、责任、资金、时限和预案。"
        ),
    ),
    (
        "art",
        (
            "发生事故后，事故单位应在1小时内向安全环保部报告，安全环保部接报后应立即报告总经理；造成"
            "人员死亡或者重伤的，由公司按规定向广饶县应急管理局报告。事故调查处理坚持“四不放过”原则"
            "。"
        ),
    ),
    (
        "art",
        (
            "公司设应急救援指挥部，总经理任总指挥。应急值班电话为0546-6873110（24小时有"
            "人值守），厂内火警和急救电话为内线8119。任何人发现火灾、人员受伤或泄漏等紧急情况，应"
            "立即报告班组长和应急值班电话，并在确保自身安全的前提下进行初期处置。"
        ),
    ),
    (
        "art",
        (
            "发生机械伤害事故时，现场人员应立即拉动紧急停车装置或按下急停按钮，切断设备电源，同时报告"
            "班组长和应急值班电话。伤员有肢体断离的，应将断肢用干净布料包好放入塑料袋，袋外放置冰块，"
            "随伤员一同送医。"
        ),
    ),
    (
        "art",
        (
            "发生烫伤时，应立即使伤员脱离热源，用流动清水冲洗伤处15至20分钟，不得涂抹酱油、牙膏等"
            "物品；大面积烫伤应立即送医。"
        ),
    ),
    (
        "art",
        (
            "胶浆配制间发生火灾时，应立即切断电源，使用二氧化碳灭火器或干粉灭火器扑救，严禁用水扑救汽"
            "油火灾；火势无法控制时，人员应立即撤离，并通知周边15米范围内人员疏散。"
        ),
    ),
    (
        "art",
        (
            "全厂突然停电时，各岗位应立即将设备开关置于停止位置，防止来电后设备突然启动；硫化机操作工"
            "应关闭内压进口阀门；司炉工应立即启动应急柴油发电机保证导热油循环泵运行，柴油发电机应在停"
            "电后5分钟内带载。"
        ),
    ),
    (
        "art",
        (
            "应急物资由安全环保部统一配置，各车间设应急物资柜，配备急救箱、担架、正压式空气呼吸器、堵"
            "漏工具和应急照明等，每月检查一次，发现过期或损坏的及时补充。正压式空气呼吸器气瓶压力低于"
            "25MPa时应及时充气。"
        ),
    ),
    (
        "art",
        (
            "公司综合应急预案每年演练一次，专项应急预案每半年至少演练一次，各车间现场处置方案每季度至"
            "少演练一次。演练结束后10日内完成评估总结，修订完善预案。"
        ),
    ),
    ("ch", "奖励与处罚"),
    ("art", "有下列情形之一的，给予奖励："),
    ("item", "及时发现并报告重大事故隐患，避免事故发生的，奖励500元至2000元；"),
    ("item", "制止他人违章作业，避免人身伤害事故的，奖励200元；"),
    ("item", "全年无违章、无事故的班组，年终评为安全先进班组，每个班组奖励3000元。"),
    (
        "art",
        (
            "公司设立安全举报电话0546-6873119，员工发现违章指挥、违章作业和事故隐患可以实"
            "名或匿名举报。举报经查属实的，每次奖励举报人100元，安全环保部对举报人信息予以保密。"
        ),
    ),
    (
        "art",
        (
            "违反本制度的，按表2进行处罚；造成事故的，依照公司事故责任追究办法追加处理；构成犯罪的，"
            "移交司法机关处理。"
        ),
    ),
    ("caption", "表2　违章行为处罚标准"),
    ("table", TABLE2),
    (
        "art",
        ("一年内累计违章3次的员工，由人力资源部安排离岗培训，培训时间不少于16学时，考试合格后方可重新上岗。"),
    ),
    ("ch", "附　　则"),
    ("art", "本制度由安全环保部负责解释。"),
    (
        "art",
        (
            "本制度自2025年7月1日起施行。公司2022年3月印发的《安全生产管理制度》（澜驰安〔"
            "2022〕4号）同时废止。"
        ),
    ),
]


def set_font(run, name: str, size: float, *, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def numbering_xml(abstract_id: int) -> str:
    def lvl(ilvl: int, text: str, extra: str, ind: int, font: str) -> str:
        return (
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>{extra}'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="{ind}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/></w:rPr></w:lvl>'
        )

    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:nsid w:val="5A3C1E07"/><w:multiLevelType w:val="multilevel"/>'
        + lvl(0, "第%1章", "", 0, HEAD_FONT)
        + lvl(1, "第%2条", '<w:lvlRestart w:val="0"/>', 640, HEAD_FONT)
        + lvl(2, "（%3）", "", 640, BODY_FONT).replace('w:val="space"', 'w:val="nothing"', 1)
        + "</w:abstractNum>"
    )


def add_numbering(doc) -> int:
    """Add the 章/条/项 multilevel list to the numbering part; return its numId."""
    numbering = doc.part.numbering_part.element
    used_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    used_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id = max(used_abs, default=0) + 1
    num_id = max(used_num, default=0) + 1
    abstract = parse_xml(numbering_xml(abstract_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def numbered(p, num_id: int, ilvl: int) -> None:
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def plain(doc, text: str, *, align=None, font=BODY_FONT, size=16.0, bold=False, color=None, indent=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        run = p.add_run(text)
        set_font(run, font, size, bold=bold)
        if color is not None:
            run.font.color.rgb = color
    return p


def revision_run(kind: str, rev_id: int, text: str) -> object:
    tag, t = ("w:ins", "w:t") if kind == "ins" else ("w:del", "w:delText")
    return parse_xml(
        f'<{tag} {nsdecls("w")} w:id="{rev_id}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}">'
        f'<w:r><w:rPr><w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" w:eastAsia="{BODY_FONT}"/>'
        f'<w:sz w:val="32"/></w:rPr><{t} xml:space="preserve">{escape(text)}</{t}></w:r></{tag}>'
    )


def add_table(doc, spec) -> None:
    header, rows = spec
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for c, text in enumerate(header):
        cell = table.rows[0].cells[c]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(cell.paragraphs[0].add_run(text), HEAD_FONT, 12)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            cell = table.rows[r].cells[c]
            texts = value if isinstance(value, tuple) else (value,)
            for i, text in enumerate(texts):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                set_font(p.add_run(text), BODY_FONT, 12)


def build() -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(28)

    for kind, text in NOTICE:
        if kind == "red":
            plain(
                doc,
                text,
                align=WD_ALIGN_PARAGRAPH.CENTER,
                font=TITLE_FONT,
                size=36,
                color=RGBColor(0xE0, 0, 0),
            )
        elif kind == "docno":
            plain(doc, "")
            plain(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "ntitle":
            plain(doc, "")
            plain(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, font=TITLE_FONT, size=22)
            plain(doc, "")
        elif kind == "right":
            plain(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "p":
            plain(doc, text, indent=True)
        else:
            plain(doc, text)
    doc.add_page_break()

    num_id = add_numbering(doc)
    rev_id = 0
    for kind, payload in BODY:
        if kind == "title":
            plain(doc, payload, align=WD_ALIGN_PARAGRAPH.CENTER, font=TITLE_FONT, size=22)
        elif kind == "ch":
            p = plain(doc, payload, align=WD_ALIGN_PARAGRAPH.CENTER, font=HEAD_FONT)
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(6)
            numbered(p, num_id, 0)
        elif kind in ("art", "item"):
            numbered(plain(doc, payload), num_id, 1 if kind == "art" else 2)
        elif kind in ("ins", "del"):
            before, changed, after = payload
            p = plain(doc, before)
            numbered(p, num_id, 1)
            rev_id += 1
            p._p.append(revision_run(kind, rev_id, changed))
            if after:
                set_font(p.add_run(after), BODY_FONT, 16)
        elif kind == "caption":
            plain(doc, payload, align=WD_ALIGN_PARAGRAPH.CENTER, font=HEAD_FONT, size=14)
        elif kind == "table":
            add_table(doc, payload)
            plain(doc, "")
        else:
            raise ValueError(kind)

    props = doc.core_properties
    props.title = "山东澜驰轮胎有限公司安全生产管理制度"
    props.author = "山东澜驰轮胎有限公司安全环保部"
    props.last_modified_by = REV_AUTHOR
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 3
    props.comments = ""
    props.keywords = "安全生产 管理制度"

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))


def paragraph_text(p_el) -> str:
    """Text of one w:p as written: w:t (including tracked insertions), never w:delText."""
    return "".join(t.text or "" for t in p_el.iter(qn("w:t")))


def text_units(path: Path) -> list[str]:
    """One string per body paragraph and per table cell (a cell's paragraphs joined by newlines)."""
    body = Document(str(path)).element.body
    units: list[str] = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            units.append(paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            for tc in child.iter(qn("w:tc")):
                units.append("\n".join(paragraph_text(p) for p in tc.iter(qn("w:p"))))
    return units


def check(path: Path) -> None:
    units = text_units(path)
    cjk = sum(1 for u in units for ch in u if "\u4e00" <= ch <= "\u9fff")
    if not 8000 <= cjk <= 15000:
        raise RuntimeError(f"document has {cjk} Chinese characters, outside 8000..15000")
    questions = yaml.safe_load(QA.read_text(encoding="utf-8"))["questions"]
    missing = [
        (q["id"], must)
        for q in questions
        for must in q.get("must") or []
        if not any(must in unit for unit in units)
    ]
    if missing:
        raise RuntimeError(f"must strings not found in one paragraph or cell of {path.name}: {missing}")
    print(
        f"wrote {path} ({sum(len(u) for u in units)} characters, {cjk} Chinese); {len(questions)} questions ok"
    )


if __name__ == "__main__":
    build()
    check(OUT)
