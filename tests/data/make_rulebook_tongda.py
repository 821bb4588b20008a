"""Generate tests/data/rulebook_tongda.docx, the document of the blind set qa_holdout_tongda.yaml.

An invented city-gas company's emergency plan (《通达燃气有限公司生产安全事故应急预案》2025版, 版本号
TD-YA-2025: an LNG storage and regasification station, an L-CNG filling station, medium-pressure pipelines
and a customer service centre), laid out the way GB/T 29639 plans are: a cover (编制单位, 版本号, 发布日期,
实施日期), a 发布令 signed by the 总经理, a 目录 (a TOC field with its cached entries), then 1 综合应急预案,
2 专项应急预案 and 3 现场处置方案 (the same four sub-headings 事故风险描述 / 应急工作职责 / 应急处置 /
注意事项 under every post), and three annexes with tables (应急通讯录 and 应急物资装备清单 with merged header
cells, a 信息报告表 template).

The unusual part is the heading numbers. The 1 / 1.1 / 1.1.1 numbers exist only in Word's rendering: the
numbering is attached to the styles (a numPr inside the Heading 1/2/3 style definitions in styles.xml, linked
to one multilevel list in numbering.xml whose levels carry pStyle and lvlText "%1", "%1.%2", "%1.%2.%3"),
while the heading paragraphs carry neither a typed number nor a numPr of their own. Inside sections the items
are typed: "（1）", "1)" and "a)". The zip entries get a fixed timestamp, so every run writes the same bytes.

    .venv/bin/python tests/data/make_rulebook_tongda.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("rulebook_tongda.docx")
STAMP = datetime(2025, 3, 18, 9, 0, 0)
ZIP_TIME = (2025, 3, 18, 9, 0, 0)
RUNNING_HEAD = "通达燃气有限公司生产安全事故应急预案（2025版）"
ABSTRACT_ID = 40
NUM_ID = 40

COVER: list[tuple[str, str]] = [
    ("small", "受控状态：受控　　　　分发号：TD-YA-2025-016"),
    ("gap", ""),
    ("company", "通达燃气有限公司"),
    ("big", "生产安全事故应急预案"),
    ("mid", "（2025版）"),
    ("gap", ""),
    ("line", "版本号：TD-YA-2025"),
    ("line", "编制单位：通达燃气有限公司安全技术部"),
    ("line", "审　　核：周振邦"),
    ("line", "批　　准：韩立群"),
    ("line", "发布日期：2025年3月18日"),
    ("line", "实施日期：2025年4月1日"),
]

DECREE: list[tuple[str, str]] = [
    ("title", "发　布　令"),
    ("center", "通燃安〔2025〕11号"),
    (
        "p",
        "为贯彻落实《中华人民共和国安全生产法》《生产安全事故应急条例》和《城镇燃气管理条例》，提高公司应对"
        "燃气泄漏、火灾爆炸等生产安全事故的能力，公司依据《生产安全事故应急预案管理办法》和GB/T 29639—2020"
        "《生产经营单位生产安全事故应急预案编制导则》，在事故风险评估和应急资源调查的基础上，对2022年版应急"
        "预案进行了全面修订，形成《通达燃气有限公司生产安全事故应急预案》（2025版）。",
    ),
    (
        "p",
        "本预案包括综合应急预案1个、专项应急预案3个、现场处置方案4个及附件，已于2025年2月26日通过外部专家"
        "评审，并经2025年3月12日公司总经理办公会审议通过，现予发布，自2025年4月1日起施行。原《通达燃气有限"
        "公司生产安全事故应急预案》（TD-YA-2022）同时废止。",
    ),
    (
        "p",
        "各部门、各站（所）要组织全体员工认真学习本预案，熟知本岗位的应急职责和处置程序，定期开展培训和演练，"
        "确保一旦发生事故能够迅速、有序、有效地开展应急救援。",
    ),
    ("right", "总经理：韩立群"),
    ("right", "2025年3月18日"),
]

# (level, text as Word renders it, page) — the cached result of the TOC field, as Word last updated it.
TOC: list[tuple[int, str, int]] = [
    (1, "1　综合应急预案", 1),
    (2, "1.1　总则", 1),
    (2, "1.2　应急组织机构及职责", 3),
    (2, "1.3　应急响应", 5),
    (2, "1.4　后期处置", 9),
    (2, "1.5　应急保障", 10),
    (2, "1.6　预案管理", 11),
    (1, "2　专项应急预案", 13),
    (2, "2.1　燃气泄漏事故专项应急预案", 13),
    (2, "2.2　火灾爆炸事故专项应急预案", 16),
    (2, "2.3　LNG低温冻伤事故专项应急预案", 19),
    (1, "3　现场处置方案", 21),
    (2, "3.1　LNG卸车工现场处置方案", 21),
    (2, "3.2　加气工现场处置方案", 23),
    (2, "3.3　管网巡线工现场处置方案", 25),
    (2, "3.4　入户安检员现场处置方案", 27),
    (1, "附件1　应急通讯录", 29),
    (1, "附件2　应急物资装备清单", 30),
    (1, "附件3　生产安全事故信息报告表", 32),
]

# Body markup, one paragraph a line: H1/H2/H3 headings (numbered by their styles only), P body text,
# I an item typed "（1）" or "1)", J a sub-item typed "a)", A an annex title, C a table caption,
# N a note under a table, T a table by name.
BODY = """
H1|综合应急预案
H2|总则
H3|编制目的
P|为规范通达燃气有限公司（以下简称公司）生产安全事故的应急管理和应急响应程序，及时、有效地组织应急救援，控制事故扩大，最大限度减少人员伤亡、财产损失和对城市安全供气的影响，保障公众生命安全，制定本预案。
H3|编制依据
P|本预案主要依据下列法律法规、规章和标准编制：
I|（1）《中华人民共和国安全生产法》；
I|（2）《中华人民共和国突发事件应对法》；
I|（3）《生产安全事故应急条例》（国务院令第708号）；
I|（4）《城镇燃气管理条例》；
I|（5）《生产安全事故应急预案管理办法》；
I|（6）GB/T 29639—2020《生产经营单位生产安全事故应急预案编制导则》；
I|（7）GB 50028《城镇燃气设计规范》、CJJ 51《城镇燃气设施运行、维护和抢修安全技术规程》；
I|（8）《岚江市燃气突发事件应急预案》。
H3|适用范围
P|本预案适用于公司所属岚江LNG储配站、滨河路L-CNG加气站、城区及东郊工业园中压燃气管网和调压设施、客户服务中心在生产经营过程中发生或者可能发生的燃气泄漏、火灾爆炸、LNG低温冻伤、中毒窒息和大面积停气等生产安全事故的应急处置。
P|用户户内燃气设施发生的泄漏、爆燃事故，公司接报后按本预案组织抢险，并配合属地政府和有关部门开展救援。LNG槽车在站外道路上发生的交通事故由承运单位负责处置，公司接到求助后派技术人员到场提供技术支持。
H3|应急预案体系
P|公司应急预案体系由综合应急预案、专项应急预案、现场处置方案和岗位应急处置卡组成。综合应急预案是公司应对各类生产安全事故的总体工作方案；专项应急预案针对燃气泄漏、火灾爆炸、LNG低温冻伤三类事故；现场处置方案针对卸车、加气、管网巡线、入户安检四个岗位；岗位应急处置卡由各站（所）依据现场处置方案编制，张贴在岗位或者由员工随身携带。
P|本预案与《岚江市燃气突发事件应急预案》和《东郊工业园区突发事件总体应急预案》相衔接。事故超出公司处置能力时，由总指挥报请岚江市人民政府启动相应预案，公司应急队伍服从政府现场指挥部的统一指挥。
H3|应急工作原则
I|（1）以人为本，安全第一。把保障人民群众和应急人员的生命安全放在首位，先救人、后救物。
I|（2）统一领导，分级负责。在公司应急指挥部统一领导下，按照事故级别分级响应，站（所）负责先期处置。
I|（3）先控后处，快速响应。发生泄漏时先切断气源、控制火源，再组织抢修；接警后立即出动，不得推诿拖延。
I|（4）属地为主，联动协同。主动与消防救援、公安、医疗和住建等部门联动，与相邻燃气企业互相支援。
H3|事故风险概述
P|公司岚江LNG储配站位于东郊工业园纬三路18号，设150m³立式LNG储罐4台，总几何容积600m³，设计压力0.8MPa，配置空温式气化器4台，单台气化能力3000Nm³/h，出站压力0.4MPa。LNG储存区构成危险化学品重大危险源（三级）。
P|滨河路L-CNG加气站设60m³卧式LNG储罐1台、CNG储气井3口，CNG加气机4台、LNG加气机2台，日均加气约1.6万立方米。
P|公司运营中压燃气管道约386公里，设计压力0.4MPa，其中PE管约291公里、钢管约95公里；区域调压柜41座、楼栋调压箱1170台。供气居民用户约18.6万户，工商业用户1240户。
P|公司可能发生的事故主要有：燃气泄漏、火灾爆炸、LNG低温冻伤、有限空间中毒窒息、车辆伤害和大面积停气。其中，LNG储罐区泄漏引发的火灾爆炸和中压管道被第三方施工挖断是公司最主要的事故风险。
H2|应急组织机构及职责
H3|应急组织体系
P|公司成立生产安全事故应急指挥部（以下简称指挥部），下设应急管理办公室和抢险抢修组、技术保障组、警戒疏散组、医疗救护组、后勤保障组、信息联络组六个应急工作组。各站（所）成立现场应急处置小组，由站（所）长任组长，负责本单位事故的先期处置。
H3|应急指挥部及职责
P|总指挥：总经理。副总指挥：分管安全的副总经理、分管运行的副总经理。成员：总工程师、各部门负责人、各站（所）长。
P|总指挥不在公司时，由分管安全的副总经理代行总指挥职责；总指挥和分管安全的副总经理均不在时，由分管运行的副总经理临时指挥。
P|指挥部的主要职责：
I|（1）贯彻落实国家和岚江市有关应急管理的规定，审定公司应急预案；
I|（2）决定启动和终止公司Ⅰ级、Ⅱ级应急响应；
I|（3）统一指挥、协调事故现场的应急救援，调动公司应急队伍和物资；
I|（4）按规定向政府有关部门报告事故情况，请求外部支援；
I|（5）组织事故后期处置、恢复供气和应急工作总结评估。
P|应急管理办公室设在安全技术部，办公室主任由安全技术部经理兼任。应急管理办公室负责应急值守、信息汇总和上报、预案管理、培训演练的组织，以及应急物资的日常监督检查。
H3|应急工作组及职责
I|（1）抢险抢修组：组长由生产运行部经理担任，成员为专职抢险队、管网运行所和储配站运行人员。负责关阀断气、堵漏和抢修作业，设备设施的工艺处置，以及抢修完成后的置换和恢复供气。
I|（2）技术保障组：组长由总工程师担任，成员为安全技术部、生产运行部的技术人员。负责现场可燃气体浓度检测，研究提出工艺处置和抢修技术方案，为指挥部决策提供技术支持。
I|（3）警戒疏散组：组长由综合办公室主任担任，成员为保卫人员和各站（所）兼职应急队员。负责设置警戒区、控制火源，疏散警戒区内的无关人员，配合公安部门实施交通管制。
I|（4）医疗救护组：组长由工会主席担任，成员为经过急救培训的兼职救护员。负责受伤人员的现场急救，联系120急救中心，护送伤员至岚江市第一人民医院。
I|（5）后勤保障组：组长由物资供应部经理担任。负责应急物资、抢险车辆、照明和通信器材的调配，保障现场人员的饮食和休息。
I|（6）信息联络组：组长由客户服务中心主任担任。负责事故信息的汇总、起草和报送，向用户发布停气、复气通知，收集舆情。对外发布事故信息须经总指挥批准，其他人员不得擅自接受新闻媒体采访。
H2|应急响应
H3|响应分级
P|根据事故的危害程度、影响范围和公司控制事态的能力，公司应急响应分为Ⅰ级、Ⅱ级、Ⅲ级三个级别。
P|Ⅰ级响应。发生下列情形之一的，启动Ⅰ级响应：
I|（1）造成或者可能造成1人以上死亡，或者3人以上重伤的；
I|（2）LNG储罐区、气化区或者站内工艺管道发生火灾爆炸，或者泄漏在30分钟内不能有效控制的；
I|（3）中压管网事故造成5000户以上用户停气，或者停气时间可能超过24小时的；
I|（4）事故可能波及站外居民区、学校、医院等人员密集场所的。
P|Ⅰ级响应由总指挥启动，公司全部应急力量投入救援，同时报告岚江市人民政府和市住建局、市应急管理局，请求启动政府相应预案。
P|Ⅱ级响应。发生下列情形之一的，启动Ⅱ级响应：
I|（1）造成1至2人重伤，或者3人以上轻伤的；
I|（2）站内设备发生泄漏或者局部着火，依靠公司自身力量能够控制的；
I|（3）中压管道泄漏需要关阀停气，影响用户500户以上、不足5000户的。
P|Ⅱ级响应由副总指挥提出，经总指挥批准后启动，指挥部成员赶赴现场。
P|Ⅲ级响应。发生下列情形之一的，启动Ⅲ级响应：
I|（1）造成人员轻伤的；
I|（2）法兰、阀门、软管接头等部位少量泄漏，现场人员能够立即处置的；
I|（3）停气用户不足500户的。
P|Ⅲ级响应由事发站（所）负责人启动，并报告应急管理办公室。Ⅲ级响应启动后半小时内泄漏仍未得到控制的，应急管理办公室应当立即报请提升为Ⅱ级响应。
H3|信息报告
P|公司调度中心实行24小时值班，值班电话0745-2236600，抢修热线96318。
I|（1）事故现场人员发现事故后，应当立即向本站（所）负责人和调度中心报告；调度员接报后应当在5分钟内报告应急管理办公室主任，应急管理办公室主任核实后10分钟内报告总指挥和副总指挥。
I|（2）情况紧急时，现场人员可以直接拨打119、120报警，再向调度中心报告。
I|（3）发生Ⅰ级、Ⅱ级事故的，总指挥接到报告后，应当在1小时内向岚江市住建局、市应急管理局报告；造成人员死亡的，同时报告属地公安机关。
I|（4）报告内容包括：事故发生的时间、地点和单位，事故简要经过，已经造成或者可能造成的伤亡人数和停气范围，已经采取的措施，需要支援的事项。书面报告按附件3的格式填写。
I|（5）事故情况发生变化的，应当及时续报。自事故发生之日起30日内伤亡人数发生变化的，应当及时补报。
I|（6）对迟报、漏报、谎报或者瞒报事故信息的，公司对直接责任人处2000元罚款，对所在部门负责人处1000元罚款；情节严重的，依法追究责任。
H3|预警
P|预警信息的来源主要有：SCADA数据采集与监控系统报警，站内可燃气体探测器报警，巡线和用户报告，气象、地震等自然灾害预警信息，以及管道周边的第三方施工信息。
I|（1）SCADA系统显示中压管网压力低于0.25MPa或者高于0.45MPa时，调度员应当立即核实，并向应急管理办公室发出预警。
I|（2）站内可燃气体探测器的一级报警设定值为爆炸下限的20%，二级报警设定值为爆炸下限的50%。一级报警时，中控室值班员通知运行人员到现场检测确认；二级报警时，联锁启动紧急切断阀和事故风机。
I|（3）接到岚江市气象台暴雨、冰冻、大风橙色及以上预警后，管网运行所将重点区段的巡线频次提高到每天2次，各站（所）实行领导带班值守。
I|（4）预警发布后，相关单位应当核实情况，做好人员和物资准备。险情消除后，由发布预警的部门宣布解除预警。
H3|响应启动
P|应急响应启动后，指挥部应当立即开展以下工作：召开应急会议，明确现场指挥和各组任务；按规定报告事故信息；调集应急队伍、物资和装备赶赴现场；需要停气的，由信息联络组通过短信、社区公告和微信公众号通知用户；做好应急经费和后勤保障。
P|现场指挥遵循“谁先到达谁指挥、上级到达后移交”的原则。指挥部成员到达现场后，先期处置负责人应当当面报告现场情况并移交指挥权。
H3|应急处置
P|事故现场应急处置应当遵循先控制、后处置，先救人、后救物的原则，主要措施包括：
I|（1）立即切断事故部位气源，关闭上下游阀门，停止卸车、加气作业；
I|（2）根据泄漏量和风向划定警戒区，警戒区内严禁一切火源，禁止无关人员和车辆进入；
I|（3）抢救、转移受伤人员，疏散周边群众，向上风向或者侧风向撤离；
I|（4）进入警戒区的应急人员应当穿戴防静电服装，使用防爆工具和防爆通信器材，携带便携式可燃气体检测仪；
I|（5）LNG、CNG设备事故按照专项应急预案和现场处置方案采取工艺措施。
P|公安、消防救援队伍到达现场后，公司现场指挥应当主动报告情况，提供工艺流程图、阀门位置图和管网图，服从统一指挥。
H3|应急支援
P|事故超出公司处置能力时，总指挥应当立即请求岚江市消防救援支队、东郊工业园管委会和市住建局支援。公司与东岭燃气有限公司签订了应急互助协议，需要时可以调用对方的抢险队伍、LNG槽车和堵漏器材。外部救援力量到达后，公司应急队伍转为配合外部救援力量开展工作。
H3|响应终止
P|同时满足下列条件的，可以终止应急响应：
I|（1）泄漏源已经切断或者封堵，火灾已经扑灭；
I|（2）现场及周边窨井、地下室等受限空间的可燃气体浓度连续3次检测均低于爆炸下限的1%，每次检测间隔不少于10分钟；
I|（3）受伤人员已经得到救治，次生、衍生事故隐患已经消除。
P|Ⅰ级、Ⅱ级响应由总指挥宣布终止；Ⅲ级响应由启动响应的站（所）负责人宣布终止，并报应急管理办公室备案。
H2|后期处置
P|应急响应终止后，抢险抢修组负责清理现场，对受损设备设施进行修复和检测，确认安全后方可恢复生产。
P|停气区域恢复供气前，应当对停气管段进行置换放散，放散口检测天然气浓度连续两次达到90%以上方可结束置换。居民用户恢复供气时，由客户服务中心人员逐户通气、检查点火；用户不在家的，应当张贴复气通知，并关闭表前阀。
P|医疗救护组和工会负责伤亡人员的救治、抚恤和善后工作；公司配合政府有关部门开展事故调查。Ⅲ级事故由安全技术部组织内部调查，7日内形成调查报告。
P|应急响应结束后15日内，应急管理办公室应当组织对应急处置工作进行总结评估，提出改进措施，必要时修订本预案。
H2|应急保障
H3|通信与信息保障
P|调度中心配备有线电话、录音电话和SCADA监控系统，实行24小时值班。抢险车辆均安装GPS定位，应急人员配备防爆对讲机。附件1应急通讯录由信息联络组负责维护，人员或者电话发生变化的，应当在3个工作日内更新并重新印发。
H3|应急队伍保障
P|公司组建专职抢险队24人，分为3个班组，每班8人，实行24小时轮班值守。抢险队接警后，城区应当在30分钟内到达现场，东郊工业园和城郊应当在45分钟内到达现场。
P|各站（所）组建兼职应急队伍，储配站不少于10人，加气站不少于6人，由站（所）长负责日常训练。
H3|物资装备保障
P|公司应急物资装备按附件2配置，实行定点存放、专人管理。各存放点每月检查一次，检查情况填入物资台账；物资使用或者损耗后，应当在7日内补充到位。应急物资不得挪作他用。
H3|经费保障
P|应急经费从公司安全生产费用中列支，每年不少于80万元，专项用于应急物资购置、应急培训演练和应急队伍建设。
H3|其他保障
P|公司配备抢险工程车4辆、应急指挥车1辆，由后勤保障组统一调度。公司与岚江市第一人民医院签订了医疗救护协议，冻伤、烧伤伤员优先送该院烧伤科救治。
H2|预案管理
H3|培训
P|新入职员工应当接受应急预案培训，培训时间不少于4学时，考试合格后方可上岗。公司每年组织全体员工进行一次应急预案培训；抢险队员每月进行一次技能训练。
P|客户服务中心每年通过入户安检、社区宣传等形式，向用户宣传燃气泄漏的识别和报警方法。
H3|演练
P|综合应急预案每年至少组织一次演练；专项应急预案每年至少组织两次演练，其中燃气泄漏专项应急预案的演练应当包括关阀断气实际操作；现场处置方案每季度至少组织一次演练，由站（所）长组织实施。
P|演练结束后，组织单位应当在5个工作日内完成演练评估报告，报应急管理办公室存档。
H3|评估与修订
P|应急管理办公室每3年组织一次应急预案评估。有下列情形之一的，应当及时修订预案：
I|（1）依据的法律法规、标准发生重大变化的；
I|（2）应急指挥机构及其职责发生调整的；
I|（3）重大危险源、主要设施或者管网规模发生重大变化的；
I|（4）在应急演练和事故应急救援中发现需要修订的重大问题的。
H3|备案与实施
P|本预案经评审、签署发布后，由安全技术部在20个工作日内报岚江市应急管理局和岚江市住房和城乡建设局备案。本预案由公司安全技术部负责解释，自2025年4月1日起施行。
H1|专项应急预案
H2|燃气泄漏事故专项应急预案
H3|事故风险分析
P|天然气的主要成分为甲烷，比空气轻，爆炸极限为5%～15%（体积分数）。LNG储存温度约为-162℃，1体积LNG气化后约产生600体积天然气；泄漏初期形成的低温蒸气云比空气重，沿地面扩散。
P|公司燃气泄漏的主要部位有：LNG储罐根部阀和法兰、卸车软管及接头、气化器进出口管道、加气机和加气软管、中压管道及阀门井、调压柜（箱）。第三方施工挖断中压管道、PE管道热熔接头开裂和钢管腐蚀穿孔是管网泄漏的主要原因。泄漏的燃气遇明火、静电火花或者电器火花可能引发火灾爆炸，在地下室、窨井等受限空间积聚可能造成爆炸和窒息。
H3|应急指挥机构及职责
P|燃气泄漏事故发生后，Ⅲ级响应由事发站（所）长任现场指挥；Ⅱ级以上响应由生产运行部经理任现场指挥，负责组织警戒、关阀、堵漏和抢修，总指挥到达后移交指挥权。各应急工作组按照综合应急预案规定的职责开展工作。
H3|处置程序
P|接警→调度派单→抢险队出动→现场侦检→划定警戒区→控制气源→堵漏抢修→检测确认→置换复气→响应终止。
P|调度员接到泄漏报警后，应当问清泄漏地点、气味大小、有无人员受伤和周边环境，并告知报警人不要开关电器、不要使用明火，迅速开窗通风并撤离到室外。
H3|处置措施
I|（1）警戒。中压管道泄漏的初始警戒半径不小于50米；LNG储罐区泄漏，在下风向不小于300米、其他方向不小于100米的范围内设置警戒。警戒区内禁止使用非防爆手机和对讲机，机动车辆一律熄火。警戒范围根据检测结果随时调整。
I|（2）检测。技术保障组在警戒区边界和下风向每15分钟检测一次可燃气体浓度，重点检测周边的窨井、地下室和管沟，并做好记录。
I|（3）关阀。中压管道泄漏时，按照管网图关闭泄漏点上下游最近的阀门；关阀操作应当由两人进行，一人操作、一人监护，关阀前须报告调度中心。关闭区域调压柜进口阀门影响用户供气的，由信息联络组通知用户。
I|（4）堵漏。泄漏管道压力不超过0.4MPa且泄漏点未着火时，可以采用管道带压堵漏夹具或者PE管夹管器临时止漏。钢管焊接抢修前必须降压置换，并办理动火作业许可证，确认作业点可燃气体浓度检测合格。
I|（5）户内泄漏。抢修人员到达用户门外后，应当先在门缝处检测；确认室内浓度较高时，严禁按门铃，不得开关电灯和排气扇，应当由用户开门或者在公安人员配合下破门，进入后立即开窗通风、关闭表前阀门。
I|（6）LNG大量泄漏。立即关闭储罐出液紧急切断阀，启动储罐区集液池的高倍数泡沫发生器覆盖液面，减缓气化速度；严禁用水直接喷射LNG液池。可以用水幕稀释、驱散蒸气云，防止其向站外扩散。
H2|火灾爆炸事故专项应急预案
H3|事故风险分析
P|燃气泄漏后遇点火源可能发生火灾、爆炸。储配站的LNG储罐、气化器和BOG系统，加气站的加气机、CNG储气井和压缩机，中压管道和调压设施，以及用户户内燃气设施都可能发生火灾爆炸。LNG储罐受火焰烘烤，可能导致罐内压力急剧升高，引发超压破裂。
H3|应急指挥机构及职责
P|火灾爆炸事故发生后，原则上启动Ⅱ级以上响应，总指挥或者副总指挥赶赴现场指挥。消防救援队伍到达后，公司现场指挥应当移交灭火指挥权，由技术保障组人员协助消防救援指挥员确定工艺处置方案。
H3|处置程序
P|发现火情→报警（119和调度中心）→紧急停车、切断气源→初期灭火和冷却→疏散人员、设置警戒→引导消防救援→配合灭火和抢修→检测确认→响应终止。
H3|处置措施
I|（1）切断气源。发现火情后立即按下紧急停车（ESD）按钮，关闭着火部位上下游阀门。气源未切断前，不得扑灭泄漏点的稳定燃烧火焰，应当控制燃烧，防止熄火后燃气继续泄漏形成爆炸性混合气体。
I|（2）冷却保护。储罐区着火时，立即启动固定喷淋冷却系统，着火罐和距着火罐1.5倍罐径范围内的邻近储罐应当同时冷却。储配站消防水池容量1200m³，设消防泵2台（一用一备），消防供水持续时间不少于6小时。
I|（3）初期灭火。设备、管道的初期火灾，使用干粉灭火器从上风向对准火焰根部喷射；电气设备着火的，应当先切断电源。
I|（4）人员疏散。储配站人员撤至站区大门外西侧停车场集合，加气站人员撤至站外滨河路人行道东侧集合点集合，由班长清点人数并报告现场指挥。疏散时应当向上风向或者侧风向撤离。
I|（5）爆炸后处置。发生爆炸后，应当防止二次爆炸，组织对周边建筑物的结构安全进行评估；搜救被困人员前，应当先检测可燃气体浓度。
H2|LNG低温冻伤事故专项应急预案
H3|事故风险分析
P|LNG储存和输送温度约为-162℃。卸车、加气、取样、排液和低温阀门操作时，人员皮肤接触LNG、低温气体或者未保温的低温管道、阀门，可能造成冻伤；大量低温气体在低洼处积聚，还可能造成窒息。低温还会使碳钢管件脆裂，引发泄漏。
H3|应急指挥机构及职责
P|低温冻伤事故由事发站（所）长任现场指挥，组织救护和工艺处置；出现2人以上冻伤或者重度冻伤的，应急管理办公室报请启动Ⅱ级响应。医疗救护组负责联系医院和护送伤员。
H3|处置程序
P|发现冻伤→停止作业、切断低温介质→将伤员移离低温区域→现场复温处理→送医救治→事故报告。
H3|处置措施
I|（1）立即将伤员移至温暖、通风处，解开或者剪开被LNG浸湿的衣物、手套；与皮肤冻结在一起的衣物不得强行撕脱。
I|（2）冻伤部位用40℃～42℃的温水浸泡复温，浸泡20～30分钟，直至皮肤转为红润、恢复知觉。没有温水时，可以用体温（如腋下）为冻伤的手指复温。
I|（3）严禁用火烤、用热水袋加热，严禁用雪或者冷水擦搓冻伤部位；复温后用干燥无菌纱布包扎，不得挑破水疱。
I|（4）低温液体溅入眼睛的，立即用温水缓慢冲洗不少于15分钟，不得揉眼，冲洗后立即送医。
I|（5）冻伤面积较大、出现水疱或者皮肤发白变硬的，现场处理后立即送岚江市第一人民医院烧伤科。
I|（6）因低温气体积聚造成窒息的，立即将伤员转移至空气新鲜处，呼吸心跳停止的立即实施心肺复苏，并拨打120。
H1|现场处置方案
H2|LNG卸车工现场处置方案
H3|事故风险描述
P|储配站设卸车台2个，LNG槽车单车装载量约20吨，卸车时间约1.5小时。卸车作业中可能发生卸车软管破裂或者接头泄漏、槽车增压过度造成超压、槽车溜车、静电积聚引起火灾以及人员低温冻伤等事故。
H3|应急工作职责
P|卸车作业由两名卸车工进行，一人操作、一人监护。操作人员负责先期处置和报告中控室；监护人员负责按下紧急切断按钮、使用灭火器材；槽车押运员负责关闭槽车阀门；当班班长负责现场指挥，并报告站长和调度中心。
H3|应急处置
I|1) 卸车软管或者接头泄漏：
J|a) 少量泄漏（法兰、接头渗漏结霜）：立即停止增压，关闭槽车液相出口阀和卸车台进液阀，排空软管内余液后紧固接头或者更换密封垫；
J|b) 大量泄漏（软管破裂、喷射）：立即按下卸车台紧急切断按钮，由押运员关闭槽车紧急切断阀，人员撤至上风向，报告中控室启动站内消防喷淋和水幕。
I|2) 卸车时着火：立即按下紧急切断按钮停止卸车，使用35kg推车式干粉灭火器灭火，开启卸车区消防水炮冷却槽车罐体；火势无法控制时，所有人员撤至集合点，等待消防救援。
I|3) 槽车超压：槽车罐体压力超过0.7MPa时，立即停止增压，开启槽车气相阀向站内BOG系统泄压，严禁就地直接排放。
I|4) 人员冻伤：按照LNG低温冻伤事故专项应急预案的处置措施进行现场急救。
H3|注意事项
P|卸车前槽车应当熄火、拉紧手制动，在后轮前后放置止轮器，并连接静电接地线，接地电阻不大于10Ω。卸车过程中卸车工不得离开卸车台。储罐液位达到90%或者储罐压力达到0.65MPa时，应当停止卸车。雷雨天气和站内动火作业期间严禁卸车。操作人员必须穿防静电工作服，佩戴防冻手套和防护面罩。
H2|加气工现场处置方案
H3|事故风险描述
P|滨河路L-CNG加气站为车辆加注CNG和LNG，CNG加气压力最高为20MPa。加气过程中可能发生加气软管拉断或者破裂、车载气瓶泄漏、加气机着火、LNG加气枪低温冻伤和车辆伤害等事故。
H3|应急工作职责
P|加气工负责发现异常后立即停止加气并进行先期处置；站内收银员负责报警和广播疏散；当班班长负责现场指挥，组织使用灭火器材，并报告站长和调度中心；站长到达后接替指挥。
H3|应急处置
I|1) 加气软管拉断或者车辆带枪驶离：立即按下加气机急停按钮，关闭该加气机的进气阀门，拦停车辆，检查拉断阀是否正常关闭，检测周边可燃气体浓度。
I|2) 车载气瓶泄漏：立即停止加气，关闭车辆气瓶阀门；严禁启动车辆，组织人力将车辆推至站内东侧应急停车区，设置警戒并通知车主。
I|3) 加气机着火：立即按下站内紧急停车（ESD）按钮，切断全站加气机的电源和气源，使用35kg推车式干粉灭火器灭火，同时拨打119；组织站内车辆和人员疏散至站外集合点。
I|4) LNG加气枪冻伤：立即停止加气，按照LNG低温冻伤事故专项应急预案的处置措施进行现场急救。
H3|注意事项
P|加气前应当检查车载气瓶的使用登记证和定期检验标志，气瓶超过检验有效期或者无法确认的，一律不予加气。加气时车辆应当熄火，驾驶员离开驾驶室，乘客必须下车在站外等候。站内禁止吸烟和使用手机。每班接班时应当检查加气软管和拉断阀，发现软管鼓包、龟裂的立即停用更换。
H2|管网巡线工现场处置方案
H3|事故风险描述
P|公司中压管道设计压力为0.4MPa，沿线经过道路、小区和工业园区。管网巡线工负责管道、阀门井和调压设施的日常巡查，重点区段每天巡查1次，一般区段每周巡查不少于2次。主要风险为第三方施工挖断管道、管道泄漏、阀门井内燃气积聚以及进入有限空间中毒窒息。
H3|应急工作职责
P|巡线工发现险情后，负责制止危险作业、报告调度中心、设置警戒和监护现场，在抢险队到达前不得离开现场；管网运行所所长负责组织抢修和现场协调。
H3|应急处置
I|1) 第三方施工挖破管道：
J|a) 立即制止施工，要求施工机械原地熄火；挖掘机斗齿卡在管道破口处的，不得擅自拔出；
J|b) 立即报告调度中心，说清楚位置、管径和泄漏情况；
J|c) 在泄漏点周围至少50米范围内拉设警戒带，劝离围观人员，禁止车辆通行；
J|d) 记录施工单位名称、负责人和联系电话，拍照留存证据。
I|2) 巡线时发现燃气异味或者检测仪报警：沿管道走向对周边窨井、阀门井和地下室进行检测，找出浓度最高点，报告调度中心并安排人员看守，禁止在附近点火、吸烟。
I|3) 调压柜（箱）超压或者切断：检查切断阀的动作情况，报告调度中心，不得擅自复位切断阀，待抢修人员查明原因后处理。
H3|注意事项
P|进入阀门井、调压间等有限空间前，必须先通风，并检测氧含量和可燃气体浓度，氧含量应当在19.5%～23.5%之间；严禁单人进入，井外必须有人监护。
P|巡线时应当随身携带便携式可燃气体检测仪和巡线手机APP；发现管道上方违章占压或者未经交底的施工，应当当场劝阻，并在2小时内上报管网运行所。
H2|入户安检员现场处置方案
H3|事故风险描述
P|客户服务中心安检员负责居民用户和工商业用户的入户安全检查。居民用户每年入户安检不少于1次，餐饮等工商业用户每季度安检不少于1次。户内常见的风险有：橡胶软管老化或者脱落、灶具无熄火保护装置、燃气热水器安装在浴室内、私自改装燃气管道，可能引发燃气泄漏、爆燃和一氧化碳中毒。
H3|应急工作职责
P|安检员负责发现户内泄漏、中毒等险情后的先期处置和报告；客户服务中心值班长负责派单和联系抢险队；抢险队负责户内管道和表具的抢修。
H3|应急处置
I|1) 在门外闻到明显燃气异味或者检测仪报警：不得按门铃，不得在楼道内开关灯或者拨打电话；可以用手敲门，提醒室内人员开窗、关闭表前阀并撤离；随后撤到楼栋外安全地点拨打96318报告，并疏散同楼层住户。
I|2) 户内发现一氧化碳中毒人员：立即打开门窗，关闭燃气阀门，将中毒人员移至空气新鲜处，拨打120；呼吸心跳停止的，立即实施心肺复苏。
I|3) 户内胶管脱落或者灶前阀泄漏：立即关闭表前阀，开窗通风，检测确认浓度下降后更换软管或者维修阀门；泄漏点在表前管道的，报告调度中心派抢险队处理。
I|4) 用户拒不整改重大隐患：向用户下达《燃气安全隐患整改通知书》并由用户签字，用户拒绝签字的拍照留证，报告客户服务中心；隐患可能随时引发事故的，经客户服务中心主任批准，可以关闭表前阀并加装锁具暂停供气。
H3|注意事项
P|入户安检应当两人同行，佩戴工作证，主动出示证件。安检员应当携带便携式可燃气体检测仪和检漏液。发现普通橡胶软管使用超过18个月、软管穿墙或者长度超过2米的，应当告知用户更换为燃气专用金属软管。安检记录应当由用户签字确认，安检员不得代签。
A|附件1　应急通讯录
C|表1　内部应急通讯录
T|internal
C|表2　外部应急联系电话
T|external
N|说明：本通讯录由信息联络组负责维护，人员或者电话变化时及时更新。更新日期：2025年3月10日。
A|附件2　应急物资装备清单
T|supplies
N|说明：1. 储配站应急物资存放于消防器材间，加气站存放于站房应急柜，抢险队存放于抢险中心仓库；2. 表中“—”表示不配置。
A|附件3　生产安全事故信息报告表
T|report
N|填表说明：
N|1. 本表由信息联络组填写，经应急管理办公室主任审核、总指挥签发后报送。
N|2. 情况紧急时可以先电话报告，电话首报后书面报告应在2小时内报送。
N|3. 事故情况发生变化时，使用本表续报，并在表头注明“续报”和续报次数。
"""

INTERNAL_HEAD = ["序号", "应急职务", "姓名", "本职岗位", "联系电话"]
INTERNAL: list[list[str]] = [
    ["1", "总指挥", "韩立群", "总经理", "0745-2236601", "13907451268"],
    ["2", "副总指挥", "周振邦", "分管安全副总经理", "0745-2236602", "13807452913"],
    ["3", "副总指挥", "欧阳慧", "分管运行副总经理", "0745-2236603", "13974510527"],
    ["4", "应急管理办公室主任", "邓卫东", "安全技术部经理", "0745-2236610", "13574583206"],
    ["5", "抢险抢修组组长", "蒋国平", "生产运行部经理", "0745-2236620", "13907456631"],
    ["6", "技术保障组组长", "谭志远", "总工程师", "0745-2236605", "13607459174"],
    ["7", "警戒疏散组组长", "毛建华", "综合办公室主任", "0745-2236630", "15907451122"],
    ["8", "医疗救护组组长", "舒晓燕", "工会主席", "0745-2236635", "13787450396"],
    ["9", "后勤保障组组长", "覃海波", "物资供应部经理", "0745-2236640", "18907454470"],
    ["10", "信息联络组组长", "向丽君", "客户服务中心主任", "0745-2236650", "13975489025"],
    ["11", "储配站现场处置组组长", "杨帆", "储配站站长", "0745-2960318", "13487451786"],
    ["12", "加气站现场处置组组长", "瞿德明", "加气站站长", "0745-2259016", "15074528813"],
    ["13", "管网运行所现场处置组组长", "龙建军", "管网运行所所长", "0745-2236625", "13908459362"],
    ["14", "调度中心（24小时）", "当班调度员", "调度员", "0745-2236600", "抢修热线96318"],
]

EXTERNAL_HEAD = ["序号", "单位名称", "联系电话", "备注"]
EXTERNAL: list[list[str]] = [
    ["1", "火警", "119", ""],
    ["2", "医疗急救", "120", ""],
    ["3", "公安报警", "110", ""],
    ["4", "岚江市应急管理局值班室", "0745-2815119", ""],
    ["5", "岚江市住房和城乡建设局燃气管理科", "0745-2817362", "燃气行业主管部门"],
    ["6", "岚江市消防救援支队东郊特勤站", "0745-2963119", "距储配站约3.5公里"],
    ["7", "岚江市第一人民医院（烧伤科）", "0745-2223120", "医疗救护协议单位"],
    ["8", "东郊工业园管委会应急办", "0745-2960110", ""],
    ["9", "东岭燃气有限公司调度室", "0745-2779600", "应急互助协议单位"],
    ["10", "宏源液化天然气有限公司调度室", "0731-84561230", "LNG气源供应单位"],
    ["11", "岚江市气象台", "0745-2812121", ""],
    ["12", "国网岚江供电公司", "95598", ""],
]

SUPPLIES_HEAD = ["序号", "名称", "规格型号", "单位", "配置数量", "检查周期", "备注"]
SUPPLIES_SUB = ["储配站", "加气站", "抢险队"]
SUPPLIES: list[list[str]] = [
    ["1", "正压式空气呼吸器", "6.8L碳纤维气瓶", "套", "4", "2", "6", "每月", "气瓶压力不低于28MPa"],
    ["2", "便携式可燃气体检测仪", "泵吸式，0～100%LEL", "台", "4", "2", "8", "每月", "每年送计量检定1次"],
    ["3", "四合一气体检测仪", "CH4/O2/CO/H2S", "台", "2", "1", "4", "每月", "用于有限空间作业"],
    ["4", "防冻服", "耐低温-196℃", "套", "4", "2", "2", "每季度", ""],
    ["5", "防冻手套", "耐低温-196℃，长袖口", "双", "12", "6", "6", "每季度", ""],
    ["6", "防护面罩", "防冲击、防液体飞溅", "个", "6", "4", "6", "每季度", ""],
    ["7", "防静电工作服", "阻燃防静电", "套", "20", "12", "30", "每季度", ""],
    ["8", "推车式干粉灭火器", "MFTZ/ABC35", "具", "8", "4", "—", "每月", ""],
    ["9", "手提式干粉灭火器", "MFZ/ABC8", "具", "40", "16", "8", "每月", ""],
    ["10", "防爆对讲机", "Ex ib ⅡB T4", "部", "8", "4", "12", "每月", ""],
    ["11", "防爆工具", "铜合金，24件套", "套", "2", "1", "4", "每季度", ""],
    ["12", "管道带压堵漏夹具", "DN50～DN300", "套", "—", "—", "3", "每季度", "适用压力不超过0.4MPa"],
    ["13", "PE管夹管器", "DN63～DN250", "套", "—", "—", "4", "每季度", ""],
    ["14", "防爆轴流风机", "风量不小于3000m³/h", "台", "2", "1", "3", "每月", ""],
    ["15", "警戒带、锥形桶", "—", "套", "10", "6", "20", "每季度", ""],
    ["16", "防爆手电筒", "强光，续航8小时", "支", "10", "6", "16", "每月", ""],
    ["17", "医用急救箱", "含冻伤、烧伤处理用品", "个", "2", "1", "4", "每月", "药品过期前1个月更换"],
    ["18", "移动式发电机", "30kW", "台", "—", "—", "1", "每月", "每月空载试车1次"],
    ["19", "抢险工程车", "配随车吊和照明", "辆", "—", "—", "4", "每周", ""],
    ["20", "应急指挥车", "配卫星电话", "辆", "—", "—", "1", "每周", ""],
]


def east_asian(rpr_owner, latin: str, cjk: str) -> None:
    """Set the Latin and East Asian fonts of a run or style, dropping theme fonts that would override them."""
    rpr = rpr_owner.get_or_add_rPr()
    old = rpr.find(qn("w:rFonts"))
    if old is not None:
        rpr.remove(old)
    rpr.insert(
        0,
        parse_xml(
            f'<w:rFonts {nsdecls("w")} w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{cjk}" w:cs="{latin}"/>'
        ),
    )


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    east_asian(normal.element, "Times New Roman", "宋体")
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)

    sizes = {1: 16, 2: 15, 3: 14}
    for level in (1, 2, 3):
        style = doc.styles[f"Heading {level}"]
        east_asian(style.element, "Times New Roman", "黑体")
        style.font.size = Pt(sizes[level])
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.bold = level != 3
        fmt = style.paragraph_format
        fmt.space_before = Pt(12 if level == 1 else 6)
        fmt.space_after = Pt(6)
        fmt.page_break_before = level == 1
        # The numbering lives in the style: numPr with the list and the level.
        num_pr = style.element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level - 1
        num_pr.get_or_add_numId().val = NUM_ID

    annex = doc.styles.add_style("附件标题", WD_STYLE_TYPE.PARAGRAPH)
    annex.base_style = doc.styles["Normal"]
    annex.font.size = Pt(16)
    annex.font.bold = True
    east_asian(annex.element, "Times New Roman", "黑体")
    annex.paragraph_format.page_break_before = True
    annex.paragraph_format.space_after = Pt(12)
    annex.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="0"/>'))

    for level in (1, 2):
        toc = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = doc.styles["Normal"]
        toc.paragraph_format.left_indent = Pt(0 if level == 1 else 21)
        toc.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def setup_numbering(doc) -> None:
    """One multilevel list whose levels are tied to Heading 1/2/3: 1 / 1.1 / 1.1.1."""
    numbering = doc.part.numbering_part.element
    levels = []
    for ilvl, (text, indent) in enumerate((("%1", 0), ("%1.%2", 0), ("%1.%2.%3", 0))):
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:pStyle w:val="Heading{ilvl + 1}"/><w:suff w:val="space"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:firstLine="0"/></w:pPr></w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">'
        '<w:multiLevelType w:val="multilevel"/>' + "".join(levels) + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'
        )
    )


def add_field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve">{instr}</w:instrText>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def setup_section(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.8)
    section.top_margin, section.bottom_margin = Cm(3.0), Cm(2.5)
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.text = RUNNING_HEAD
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("第 ")
    add_field(foot, " PAGE ")
    foot.add_run(" 页")


def styled_run(paragraph, text: str, size: float, cjk: str = "宋体", bold: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    east_asian(run._r, "Times New Roman", cjk)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def write_cover(doc) -> None:
    for kind, text in COVER:
        p = doc.add_paragraph()
        if kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            styled_run(p, text, 10.5)
        elif kind == "gap":
            p.paragraph_format.space_after = Pt(60)
        elif kind == "company":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            styled_run(p, text, 26, "黑体", bold=True)
        elif kind == "big":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            styled_run(p, text, 26, "黑体", bold=True)
        elif kind == "mid":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            styled_run(p, text, 16, "黑体")
        else:
            p.paragraph_format.left_indent = Cm(3.5)
            styled_run(p, text, 14, "仿宋")
    page_break(doc)


def write_decree(doc) -> None:
    for kind, text in DECREE:
        p = doc.add_paragraph()
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(12)
            styled_run(p, text, 22, "黑体", bold=True)
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            styled_run(p, text, 14, "仿宋")
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            styled_run(p, text, 14, "仿宋")
        else:
            p.paragraph_format.first_line_indent = Pt(28)
            styled_run(p, text, 14, "仿宋")
    page_break(doc)


def write_toc(doc) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styled_run(p, "目　　录", 18, "黑体", bold=True)
    last = len(TOC) - 1
    for i, (level, text, page) in enumerate(TOC):
        p = doc.add_paragraph(style=f"toc {level}")
        if i == 0:
            for xml in (
                f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>',
                f'<w:instrText {nsdecls("w")} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>',
                f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>',
            ):
                p.add_run()._r.append(parse_xml(xml))
        p.add_run(f"{text}\t{page}")
        if i == last:
            p.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def cell_text(cell, text: str, bold: bool = False, center: bool = True) -> None:
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.line_spacing = 1.0
    styled_run(p, text, 10.5, "黑体" if bold else "宋体", bold=bold)


def grid(doc, rows: int, cols: int):
    table = doc.add_table(rows=rows, cols=cols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def two_row_header(table, head: list[str], span_at: int, sub: list[str]) -> None:
    """Header over two rows: one column group spanning len(sub) columns, the others merged vertically."""
    top, bottom = table.rows[0].cells, table.rows[1].cells
    col = 0
    for i, name in enumerate(head):
        if i == span_at:
            merged = top[col].merge(top[col + len(sub) - 1])
            cell_text(merged, name, bold=True)
            for j, label in enumerate(sub):
                cell_text(bottom[col + j], label, bold=True)
            col += len(sub)
        else:
            merged = top[col].merge(bottom[col])
            cell_text(merged, name, bold=True)
            col += 1


def table_internal(doc) -> None:
    table = grid(doc, len(INTERNAL) + 2, 6)
    two_row_header(table, INTERNAL_HEAD, 4, ["办公电话", "手机"])
    for r, row in enumerate(INTERNAL, start=2):
        for c, value in enumerate(row):
            cell_text(table.rows[r].cells[c], value)


def table_external(doc) -> None:
    table = grid(doc, len(EXTERNAL) + 1, 4)
    for c, name in enumerate(EXTERNAL_HEAD):
        cell_text(table.rows[0].cells[c], name, bold=True)
    for r, row in enumerate(EXTERNAL, start=1):
        for c, value in enumerate(row):
            cell_text(table.rows[r].cells[c], value, center=c != 1)


def table_supplies(doc) -> None:
    table = grid(doc, len(SUPPLIES) + 2, 9)
    two_row_header(table, SUPPLIES_HEAD, 4, SUPPLIES_SUB)
    for r, row in enumerate(SUPPLIES, start=2):
        for c, value in enumerate(row):
            cell_text(table.rows[r].cells[c], value, center=c not in (1, 8))


def table_report(doc) -> None:
    rows: list[list[str]] = [
        ["报告单位", "", "报告人及电话", ""],
        ["事故发生时间", "　　年　月　日　时　分", "事故发生地点", ""],
        ["事故类别", "□燃气泄漏　□火灾爆炸　□低温冻伤　□中毒窒息　□其他"],
        ["人员伤亡", "死亡　　人，重伤　　人，轻伤　　人，下落不明　　人"],
        ["停气影响", "停气用户　　户，停气区域：　　　　，预计恢复供气时间：　　　　"],
        ["事故简要经过", ""],
        ["已采取的措施", ""],
        ["需要支援的事项", ""],
        ["响应级别", "□Ⅰ级　□Ⅱ级　□Ⅲ级", "报告时间", "　　月　日　时　分"],
        ["审核人", "", "签发人", ""],
    ]
    table = grid(doc, len(rows), 4)
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        if len(row) == 2:
            cell_text(cells[0], row[0], bold=True)
            merged = cells[1].merge(cells[3])
            cell_text(merged, row[1], center=False)
        else:
            for c, value in enumerate(row):
                cell_text(cells[c], value, bold=c in (0, 2))
        if row[0] in ("事故简要经过", "已采取的措施"):
            table.rows[r].height = Cm(3)


TABLES = {
    "internal": table_internal,
    "external": table_external,
    "supplies": table_supplies,
    "report": table_report,
}


def write_body(doc) -> None:
    for line in BODY.strip().splitlines():
        kind, _, text = line.partition("|")
        if kind in ("H1", "H2", "H3"):
            doc.add_paragraph(text, style=f"Heading {kind[1]}")
        elif kind == "P" or kind == "I":
            doc.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
        elif kind == "J":
            p = doc.add_paragraph(text)
            p.paragraph_format.left_indent = Pt(24)
            p.paragraph_format.first_line_indent = Pt(24)
        elif kind == "A":
            doc.add_paragraph(text, style="附件标题")
        elif kind == "C":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            styled_run(p, text, 12, "黑体", bold=True)
        elif kind == "N":
            p = doc.add_paragraph()
            styled_run(p, text, 10.5)
        elif kind == "T":
            TABLES[text](doc)
        else:
            raise ValueError(line)


def build() -> bytes:
    doc = Document()
    setup_styles(doc)
    setup_numbering(doc)
    setup_section(doc)
    write_cover(doc)
    write_decree(doc)
    write_toc(doc)
    write_body(doc)
    props = doc.core_properties
    props.title = "通达燃气有限公司生产安全事故应急预案"
    props.subject = "生产安全事故应急预案（2025版）"
    props.author = "通达燃气有限公司安全技术部"
    props.last_modified_by = "通达燃气有限公司安全技术部"
    props.keywords = "TD-YA-2025"
    props.comments = ""
    props.revision = 1
    props.created = STAMP
    props.modified = STAMP
    props.last_printed = STAMP
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip(raw.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """Rewrite the package with one fixed timestamp per entry, so the bytes never change."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    OUT.write_bytes(build())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
