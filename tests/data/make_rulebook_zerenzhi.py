"""Generate tests/data/rulebook_zerenzhi.docx, the document of the sealed blind set qa_holdout_zerenzhi.yaml.

An invented fine-chemicals plant's safety responsibility system (《华泰精细化工有限公司安全生产责任制（修订稿）》:
solvent tank farm, chlorination reactors, a Class A hazardous-chemicals warehouse, a gas-fired boiler room, a
maintenance workshop, a waste-water station) laid out as an enterprise controlled document drafted in Word:

* page 1: a document-control table (文件编号 HT/AQ-ZD-003, 版本 B/2, 受控状态, 分发号, 编制/审核/批准 with
  names and dates) and a 修订记录 table (版本 | 修订内容 | 修订人 | 日期), then a page break;
* body: decimal headings typed as text ("1 目的", "6.1 董事长", "7.1.1 部门职责") in Heading 1-3 styles,
  numbered clauses typed as text ("5.2 ……", "11.4.1 ……"), and every role's duties as a Word AUTOMATIC
  numbered list (numbering.xml: one abstract list "%1." and one "（%1）", each list its own w:num restarting
  at 1, so the numbers are not in the text);
* section 9 is a two-column table 岗位 | 安全生产职责 with several duties in one cell separated by w:br;
* the draft keeps TRACKED CHANGES (w:ins / w:del runs with w:author and w:date, w:delText; a wholly inserted
  list item, a wholly deleted list item whose paragraph mark is deleted too, deleted sentences, replaced
  frequencies and amounts, one change inside a table cell) and two Word comments (comments.xml);
* a running header and a "第 N 页 共 M 页" footer made of PAGE / NUMPAGES fields.

The questions are answerable from the ACCEPTED text only: inserted text counts, deleted text does not.
Markup inside the text below: {+…+} is an insertion, {-…-} a deletion (a leading "~" in either marks the
reviewer 刘建华 as the author instead of the drafter), {#n:…#} plain text anchored to comment n.
Deterministic: fixed metadata dates and fixed zip entry times.

    .venv/bin/python tests/data/make_rulebook_zerenzhi.py
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("rulebook_zerenzhi.docx")
DRAFTER = "孙晓峰"
REVIEWER = "刘建华"
CHANGE_START = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
ZIP_TIME = (2025, 3, 25, 10, 0, 0)
DOC_TITLE = "华泰精细化工有限公司安全生产责任制（修订稿）"

CONTROL_TABLE = [
    ["文件名称", DOC_TITLE, "", "", "文件编号", "HT/AQ-ZD-003"],
    ["版本/修改", "B/2", "受控状态", "受控", "分发号", "012"],
    ["编制部门", "安全管理部", "生效日期", "2025年4月1日", "密级", "内部"],
    ["编　　制", "孙晓峰", "审　　核", "刘建华", "批　　准", "赵国梁"],
    ["日　　期", "2025年3月10日", "日　　期", "2025年3月18日", "日　　期", "2025年3月25日"],
]

REVISIONS = [
    ["版本", "修订内容", "修订人", "日期"],
    ["A/0", "首次发布", "王海涛", "2018年6月1日"],
    ["A/1", "增加锅炉房、甲类危险化学品仓库相关岗位安全生产职责", "王海涛", "2019年11月20日"],
    [
        "B/0",
        "依据2021年修正的《中华人民共和国安全生产法》全面修订，建立全员安全生产责任制考核办法",
        "孙晓峰",
        "2021年9月1日",
    ],
    ["B/1", "增加外来施工单位负责人安全生产职责；调整安全管理部职责", "孙晓峰", "2023年5月8日"],
    [
        "B/2",
        "调整全厂综合性安全检查和车间级安全检查频次；增加领导带班、可燃气体报警处置、上锁挂牌等职责；"
        "提高部分违章行为的罚款标准",
        "孙晓峰",
        "2025年3月10日",
    ],
]

COMMENTS = [
    (
        REVIEWER,
        "刘",
        "综合性安全检查频次调整后，请同步修改《隐患排查治理管理制度》（HT/AQ-ZD-006）中的检查频次，"
        "两个制度的规定要一致。",
    ),
    (
        "赵国梁",
        "赵",
        "罚款标准调整涉及员工切身利益，请人力资源部确认是否需提交职工代表大会审议后再正式发布。",
    ),
]

# (kind, payload): h1/h2/h3 headings (numbers typed), p plain paragraph, list1 "%1." list,
# list2 "（%1）" list, table (section 9), caption, title.
BODY: list[tuple[str, object]] = [
    ("title", "华泰精细化工有限公司安全生产责任制"),
    ("h1", "1 目的"),
    (
        "p",
        "为全面落实企业安全生产主体责任，建立健全“横向到边、纵向到底”的全员安全生产责任体系，明确公司各级"
        "负责人、各职能部门、各岗位从业人员以及外来施工单位在安全生产工作中的职责，有效防范火灾、爆炸、中毒"
        "和窒息、灼烫、机械伤害等生产安全事故，依据《中华人民共和国安全生产法》《危险化学品安全管理条例》等"
        "法律法规和标准规范，结合公司生产经营实际，制定本制度。",
    ),
    ("h1", "2 适用范围"),
    (
        "p",
        "2.1 本制度适用于华泰精细化工有限公司（以下简称“公司”）全体从业人员，包括与公司签订劳动合同的员工、"
        "劳务派遣人员和实习人员；在公司厂区内从事施工、检修、安装、装卸、运输等活动的外来单位及其人员，按本"
        "制度第10章的规定执行。",
    ),
    (
        "p",
        "2.2 本制度涵盖的生产经营场所包括：储罐区（甲醇、甲苯、乙酸乙酯、丙酮储罐共12台）、一车间（合成车间，"
        "含氯化反应釜）、二车间（精制车间，含蒸馏、离心、干燥工序）、甲类危险化学品仓库、丙类仓库、锅炉房"
        "（2台4t/h燃气蒸汽锅炉）、机修车间、污水处理站、中控室、质检化验室及办公生活区。",
    ),
    ("h1", "3 规范性引用文件"),
    (
        "p",
        "下列文件对于本制度的应用是必不可少的。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于"
        "本制度。",
    ),
    ("p", "《中华人民共和国安全生产法》"),
    ("p", "《中华人民共和国消防法》"),
    ("p", "《危险化学品安全管理条例》"),
    ("p", "《危险化学品企业特殊作业安全规范》（GB 30871）"),
    ("p", "《化工过程安全管理导则》（AQ/T 3034）"),
    ("p", "《危险化学品重大危险源辨识》（GB 18218）"),
    ("p", "公司《特殊作业安全管理制度》（HT/AQ-ZD-008）"),
    ("p", "公司《安全生产奖惩管理制度》（HT/AQ-ZD-015）"),
    ("h1", "4 术语和定义"),
    (
        "p",
        "4.1 全员安全生产责任制：根据“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”和“谁主管、"
        "谁负责”的原则，对公司各级负责人、各职能部门、各岗位人员在安全生产方面应履行的职责和应承担的责任所作"
        "的明确规定。",
    ),
    (
        "p",
        "4.2 一岗双责：各级负责人和岗位人员在履行本岗位业务职责的同时，对本岗位职责范围内的安全生产工作负责。",
    ),
    (
        "p",
        "4.3 特殊作业：动火作业、受限空间作业、盲板抽堵作业、高处作业、吊装作业、临时用电作业、动土作业、"
        "断路作业，共8类作业。",
    ),
    (
        "p",
        "4.4 外来施工单位：与公司签订施工、检修、安装、保运或技术服务合同，在公司厂区内作业的单位。",
    ),
    ("h1", "5 安全生产责任体系"),
    (
        "p",
        "5.1 董事长是公司安全生产第一责任人，对公司安全生产工作全面负责；总经理对公司日常安全生产工作负直接"
        "领导责任；其他副总经理对分管范围内的安全生产工作负领导责任；各部门、车间负责人对本部门、本车间的安全"
        "生产工作负直接管理责任；岗位人员对本岗位的安全生产负直接责任。",
    ),
    (
        "p",
        "5.2 公司设立安全生产委员会（以下简称“安委会”），主任由董事长担任，常务副主任由总经理担任，副主任由"
        "分管安全副总经理和分管生产副总经理担任，成员由各部门、车间负责人组成。安委会办公室设在安全管理部，"
        "负责安委会日常工作。",
    ),
    (
        "p",
        "5.3 安委会每季度召开一次全体会议，研究部署安全生产工作，协调解决安全生产重大问题；发生较大险情或生产"
        "安全事故后，应在3日内召开专题会议。",
    ),
    (
        "p",
        "5.4 公司设置安全管理部作为安全生产管理机构，按不低于从业人员总数2%的比例配备专职安全生产管理人员，"
        "且不少于6人，其中注册安全工程师不少于2人。",
    ),
    (
        "p",
        "5.5 各生产车间配备1名专职安全员；各班组设兼职安全员1名，由班组长提名、车间主任任命，报安全管理部"
        "备案。",
    ),
    ("h1", "6 公司领导安全生产职责"),
    ("h2", "6.1 董事长"),
    (
        "list1",
        [
            "建立健全并落实公司全员安全生产责任制，加强安全生产标准化建设；",
            "组织制定并实施公司安全生产规章制度和操作规程；",
            "组织制定并实施公司安全生产教育和培训计划；",
            "保证公司安全生产投入的有效实施，按国家规定标准足额提取安全生产费用，专户核算、专款专用；",
            "组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制，督促、检查公司安全生产工作，"
            "及时消除生产安全事故隐患；",
            "组织制定并实施公司生产安全事故应急救援预案；",
            "及时、如实报告生产安全事故；",
            "主持召开安委会全体会议，每半年至少带队开展一次全厂安全生产大检查；",
            "每年向职工代表大会报告一次安全生产工作情况，接受工会和从业人员的监督。",
        ],
    ),
    ("h2", "6.2 总经理"),
    (
        "list1",
        [
            "协助董事长履行安全生产第一责任人职责，对公司日常安全生产工作全面负责，组织落实安委会的决议"
            "和部署；",
            "组织制定年度安全生产工作计划和安全生产目标，将目标逐级分解到各部门、车间，并签订安全生产目标"
            "责任书；",
            "审批年度安全生产费用使用计划，年度计划应于每年1月31日前审批下达；",
            "每月主持召开一次安全生产例会，听取安全管理部关于隐患排查治理、特殊作业管理和安全考核情况的"
            "汇报，研究解决存在的问题；",
            "每季度至少带队开展一次综合性安全检查，对查出的重大事故隐患实行挂牌督办；",
            "组织落实新建、改建、扩建项目安全设施与主体工程同时设计、同时施工、同时投入生产和使用的"
            "“三同时”要求；",
            "每年至少组织一次公司级综合应急预案演练；",
            "发生生产安全事故后，立即组织抢救，防止事故扩大，并在接到报告后1小时内向化工园区应急管理部门"
            "报告。",
        ],
    ),
    ("h2", "6.3 分管安全副总经理"),
    (
        "list1",
        [
            "协助总经理负责公司安全生产监督管理工作，领导安全管理部开展工作，对公司安全生产监督管理负直接"
            "领导责任；",
            "组织修订全员安全生产责任制和安全生产规章制度，每年组织一次适宜性评审；",
            "每年至少组织一次全面的安全风险辨识评估，审定公司安全风险分级管控清单，对重大风险督促落实管控"
            "措施；",
            "组织开展综合性、专业性、季节性和节假日前安全检查，督促隐患整改闭环；",
            "审批特级动火作业，特级动火作业期间安排安全管理部人员全程在现场监督；",
            "审核月度安全生产考核结果，每季度向安委会报告一次考核情况；",
            "{+每月至少参加一次夜间或节假日带班检查，检查情况记入领导带班检查记录；+}",
            "组织或参与生产安全事故调查，按照“四不放过”原则提出处理意见。",
        ],
    ),
    ("h2", "6.4 分管生产副总经理"),
    (
        "list1",
        [
            "对分管范围内的生产安全工作负领导责任，在计划、布置、检查、总结、评比生产工作的同时，计划、"
            "布置、检查、总结、评比安全工作；",
            "组织审定工艺操作规程和工艺卡片，工艺指标、设备、原料的变更必须履行变更管理程序；",
            "不得下达超温、超压、超液位、超负荷运行的生产指令，对违章指挥造成的后果负责；",
            "装置开车前组织开车前安全审查，大修后开车须经安全条件确认并签字；",
            "每周至少深入生产现场检查一次，重点检查反应釜温度压力控制、联锁投用和罐区进出料情况；",
            "遇雷电、暴雨、大风（6级以上）等恶劣天气，决定停止储罐区装卸作业和高处、吊装作业。",
        ],
    ),
    ("h2", "6.5 总工程师"),
    (
        "list1",
        [
            "对公司安全生产技术工作负责，组织解决工艺、设备方面的安全技术问题；",
            "组织对涉及重点监管危险化工工艺的氯化工艺装置开展危险与可操作性分析（HAZOP），每3年至少开展"
            "一次，工艺变更后及时复核；",
            "审批安全仪表系统联锁的摘除和恢复，联锁摘除时间超过{-24小时-}{+8小时+}的，须报分管生产副总经理"
            "和分管安全副总经理会签；",
            "组织新工艺、新技术、新材料、新设备投用前的安全论证；",
            "组织审核化学品安全技术说明书和安全标签，确保与公司产品及所用原料一致。",
        ],
    ),
    ("h1", "7 职能部门安全生产职责"),
    ("h2", "7.1 安全管理部"),
    ("h3", "7.1.1 部门职责"),
    (
        "list1",
        [
            "组织或参与拟订公司安全生产规章制度、操作规程和生产安全事故应急救援预案；",
            "组织或参与安全生产教育和培训，如实记录教育培训情况；新入厂人员公司级安全教育不少于24学时，"
            "三级安全教育累计不少于72学时；",
            "督促落实储罐区三级重大危险源的安全管理措施，每月检查一次重大危险源监测监控系统运行情况；",
            "组织或参与应急救援演练，每半年至少组织一次专项应急预案演练；",
            "{-每季度-}{+每月+}{#0:组织一次全厂综合性安全检查#}，每周对储罐区、反应釜区域和甲类危险化学品"
            "仓库等重点部位进行一次专项检查，及时排查事故隐患，提出改进安全管理的建议；",
            "制止和纠正违章指挥、强令冒险作业、违反操作规程的行为，对严重违章行为有权责令停止作业；",
            "督促落实安全生产整改措施，建立隐患排查治理台账，实行隐患整改闭环管理；",
            "负责特殊作业票证的审核与监督检查，每日抽查特殊作业现场不少于3处；",
            "制定劳动防护用品配备标准，监督检查劳动防护用品的发放和使用；",
            "负责安全生产考核的日常工作，每月5日前汇总上月考核结果，报分管安全副总经理审核。",
        ],
    ),
    ("h3", "7.1.2 安全管理部经理"),
    (
        "list1",
        [
            "全面负责安全管理部工作，对公司安全生产监督管理工作的日常运行负责；",
            "组织编制年度安全生产工作计划、安全培训计划和安全生产费用使用计划；",
            "审批一级动火、受限空间和盲板抽堵作业票，审批前须到现场核查安全措施落实情况；",
            "每周至少到生产现场检查2次，每月参加1次车间安全活动；",
            "组织事故、事件的统计分析，每月编制一期安全生产简报。",
        ],
    ),
    ("h3", "7.1.3 专职安全管理人员"),
    (
        "list1",
        [
            "按照分工对责任区域进行安全巡查，每天巡查不少于2次，发现隐患当场登记并督促整改；",
            "对特殊作业安全措施进行现场确认，检查作业人员资格和监护人到位情况；",
            "参与新入厂人员、转岗人员和外来施工人员的安全教育；",
            "有权对违章作业人员开具违章处罚单，遇有危及人身安全的紧急情况，有权责令停止作业、撤离人员。",
        ],
    ),
    ("h2", "7.2 生产部"),
    ("h3", "7.2.1 部门职责"),
    (
        "list1",
        [
            "负责生产组织中的安全协调，严格执行工艺纪律，对生产过程中的工艺安全负责；",
            "负责工艺操作规程、工艺卡片的编制和修订，工艺卡片每年至少复核一次；",
            "负责生产调度，生产计划调整涉及安全条件变化的，提前通知安全管理部和设备部；",
            "组织车间做好开停车和检修交出前的工艺处理，设备经置换、清洗合格后方可交付检修；",
            "负责中控室管理，监督DCS报警和联锁的投用情况，每日统计报警处置情况。",
        ],
    ),
    ("h3", "7.2.2 生产部经理"),
    (
        "list1",
        [
            "对公司生产过程中的安全工作负直接管理责任，组织落实生产部安全职责；",
            "每日主持生产调度会时同时布置安全工作，通报当日特殊作业和较大风险作业安排；",
            "每周组织一次工艺纪律检查，重点检查反应温度、压力、滴加速度等关键参数的控制记录；",
            "审核车间工艺变更申请，未经批准不得擅自改变工艺条件；",
            "发生泄漏、超温超压等异常情况时，组织车间按应急处置程序处置，必要时下达紧急停车指令。",
        ],
    ),
    ("h2", "7.3 设备部"),
    (
        "list1",
        [
            "负责全厂设备设施、特种设备和安全设施的管理，保证其处于完好状态；",
            "建立特种设备安全技术档案，按期向特种设备检验机构申报定期检验，检验不合格的不得继续使用；",
            "安全阀每年至少校验一次，压力表每半年至少检定一次，可燃和有毒气体检测报警仪每年至少检定一次；",
            "防雷防静电设施每半年检测一次，储罐区、装卸区静电接地电阻不大于100Ω；",
            "编制设备检修计划，组织检修作业前的风险分析和安全交底，落实能量隔离措施；",
            "负责安全仪表系统的维护管理，对联锁回路每年至少进行一次功能测试。",
        ],
    ),
    ("h2", "7.4 技术质量部"),
    (
        "list1",
        [
            "负责新产品、新工艺开发中的安全技术工作，新工艺在小试、中试阶段同步开展反应安全风险评估；",
            "负责化学品安全技术说明书和安全标签的收集、编制和更新；",
            "负责质检化验室的安全管理，化验室内危险化学品存放量不得超过一天的使用量；",
            "负责有毒有害物质的检测分析，配合开展作业场所职业病危害因素检测。",
        ],
    ),
    ("h2", "7.5 仓储物流部"),
    (
        "list1",
        [
            "负责危险化学品仓库、原料和成品储存的安全管理，严格执行危险化学品分区、分类、分库储存的规定；",
            "负责危险化学品运输车辆进厂的安全管理，核验承运单位资质、车辆安全证照和驾驶员、押运员从业资格；",
            "负责槽车装卸作业的组织，装卸时实行双人操作、专人监护；",
            "负责厂内叉车等场（厂）内专用机动车辆的使用管理。",
        ],
    ),
    ("h2", "7.6 人力资源部"),
    (
        "list1",
        [
            "负责将安全生产责任制考核结果纳入绩效考核和薪酬分配，考核结果与员工月度奖金挂钩；",
            "负责特种作业人员、特种设备作业人员持证上岗管理，证件到期前3个月提醒本人参加复审；",
            "组织新员工、转岗人员及离岗6个月以上重新上岗人员参加三级安全教育，未经安全教育培训合格的不得"
            "安排上岗；",
            "依法为从业人员缴纳工伤保险，配合开展职业健康检查。",
        ],
    ),
    ("h2", "7.7 财务部"),
    (
        "list1",
        [
            "按照国家规定提取安全生产费用，在成本中列支，专门用于改善安全生产条件；",
            "建立安全生产费用台账，每季度向安全管理部提供一次安全生产费用使用情况；",
            "保证隐患整改、安全培训、劳动防护用品和应急救援器材等资金及时到位。",
        ],
    ),
    ("h2", "7.8 采购部"),
    (
        "list1",
        [
            "采购危险化学品时，必须向具有危险化学品生产或经营许可的单位采购，并索取安全技术说明书和安全"
            "标签；",
            "采购的劳动防护用品必须具有产品合格证，特种劳动防护用品应具有安全标志；",
            "采购的防爆电气设备，其防爆等级必须与使用场所的爆炸危险区域划分相符。",
        ],
    ),
    ("h2", "7.9 综合办公室"),
    (
        "list1",
        [
            "负责门卫管理，督促门卫落实进厂人员、车辆登记和火种收缴制度；",
            "负责办公区、食堂和宿舍的消防安全及用电安全管理；",
            "负责公司车辆交通安全管理，每季度对驾驶员进行一次交通安全教育。",
        ],
    ),
    ("h2", "7.10 工会"),
    (
        "list1",
        [
            "依法组织职工参加本单位安全生产工作的民主管理和民主监督，维护职工在安全生产方面的合法权益；",
            "对公司违反安全生产法律法规、侵犯职工合法权益的行为，有权要求纠正；",
            "发现违章指挥、强令冒险作业或者发现事故隐患时，有权提出解决的建议；",
            "参加生产安全事故调查，向有关部门提出处理意见，并要求追究有关人员的责任；",
            "每年组织一次“安康杯”竞赛和职工安全合理化建议征集活动。",
        ],
    ),
    ("h1", "8 基层管理人员和岗位人员安全生产职责"),
    ("h2", "8.1 车间主任"),
    (
        "list1",
        [
            "对本车间的安全生产工作全面负责，是本车间安全生产第一责任人；",
            "组织制定并落实车间安全生产责任制、岗位安全操作规程和车间安全生产目标；",
            "组织车间级安全教育，车间级安全教育不少于24学时，经考试合格后方可分配到班组；",
            "{-每月-}{+每周+}组织一次车间级安全检查，对查出的隐患落实整改责任人、措施、资金、时限和预案；",
            "审核本车间二级动火、高处、吊装、临时用电等特殊作业票，作业期间不定时到现场检查。"
            "{-车间主任可根据生产需要临时批准一级动火作业。-}",
            "组织车间岗位人员开展现场应急处置演练，每季度至少一次；",
            "发生事故或险情时，立即组织人员撤离和初期处置，并在10分钟内报告生产部和安全管理部；",
            "对车间的交接班、巡回检查、工艺纪律和劳动纪律进行监督检查。",
        ],
    ),
    ("h2", "8.2 车间专职安全员"),
    (
        "list1",
        [
            "在车间主任领导下负责本车间日常安全管理工作，业务上接受安全管理部指导；",
            "每天对车间生产现场巡查不少于3次，重点检查反应釜区域、离心机、干燥器和物料中转区，发现违章"
            "立即制止；",
            "负责车间特殊作业的安全措施确认和作业过程检查，对监护人履职情况进行监督；",
            "建立车间安全管理台账，包括安全教育、隐患排查、特殊作业、应急演练和劳动防护用品发放记录；",
            "每月对车间的安全设施、消防器材和应急物资进行一次全面检查，确保完好有效。",
        ],
    ),
    ("h2", "8.3 班组长"),
    (
        "list1",
        [
            "对本班组的安全生产负责，严格执行安全生产规章制度和操作规程，不违章指挥；",
            "每班召开班前会，结合当班生产任务进行安全交底，检查岗位人员劳动防护用品穿戴和精神状态；",
            "每周组织一次班组安全活动，每次不少于1学时，并做好活动记录；",
            "组织本班组岗位巡回检查，督促岗位人员按规定时间巡检并如实填写巡检记录；",
            "负责新入班组人员的班组级安全教育，班组级安全教育不少于24学时，并指定师傅带教，带教期不少于"
            "3个月；",
            "发现隐患及时组织处理，本班组无法处理的立即报告车间主任；",
            "严格执行交接班制度，交班时做到“交安全、交隐患、交措施”，接班人员未到岗前不得离岗；",
            "发生事故时，立即组织本班组人员进行初期处置和撤离，并保护事故现场。",
        ],
    ),
    ("h2", "8.4 岗位操作工"),
    (
        "list1",
        [
            "严格遵守安全生产规章制度和岗位安全操作规程，服从管理，正确佩戴和使用劳动防护用品；",
            "熟知本岗位危险化学品的危险特性、工艺控制指标和应急处置措施，做到“四懂三会”；",
            "严格控制工艺指标，氯化反应釜滴加过程中釜温超过工艺卡片上限时，立即停止滴加并加大冷却；",
            "按规定进行巡回检查，每小时巡检一次，如实填写操作记录，严禁提前填写或编造记录；",
            "{+可燃气体检测报警仪一级报警（25%LEL）时，立即报告中控室和班组长，按岗位应急处置卡查找泄漏点"
            "并处置；严禁擅自屏蔽报警或遮盖探头；+}",
            "不得擅自拆除、停用安全装置和联锁，发现安全装置失效立即报告；",
            "有权拒绝违章指挥和强令冒险作业，发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能"
            "的应急措施后撤离作业场所；",
            "接受安全教育培训，掌握本岗位所需的安全生产知识，每年参加不少于20学时的再培训；",
            "严禁在生产区域吸烟和使用非防爆手机等电子设备，严禁穿化纤服装和带钉鞋进入防爆区域。",
        ],
    ),
    ("h2", "8.5 设备维修工"),
    (
        "list1",
        [
            "遵守检修安全规程，检修前参加作业危害分析和安全交底，明确检修内容、危险因素和防范措施；",
            "设备检修前必须确认工艺处理合格，落实能量隔离，实行“上锁挂牌”{+，锁具钥匙由作业负责人本人"
            "保管，严禁他人代为解锁+}；",
            "参与动火、受限空间等特殊作业时必须持有效作业票，未办理作业票或安全措施未落实的，有权拒绝作业；",
            "在防爆区域内检修必须使用防爆工具；电焊机二次回路线必须直接接在被焊工件上，严禁利用管道、设备"
            "或钢结构作为回路；",
            "检修结束后恢复拆除的防护罩、栏杆、盖板等安全设施，清理现场，会同岗位操作工验收合格后方可交付"
            "生产；",
            "高处作业时正确系挂安全带，做到高挂低用；在2米以上无可靠防护设施处作业，必须办理高处作业票；",
            "负责所辖设备的日常维护保养和定期检查，发现设备隐患及时处理并记录。",
        ],
    ),
    ("h2", "8.6 仓库保管员"),
    (
        "list1",
        [
            "负责危险化学品仓库的日常安全管理，熟悉所保管物品的危险特性和灭火方法；",
            "严格执行危险化学品分类、分区、分库存放，性质相抵触的物品不得同库储存；库内墙距不小于0.5米，"
            "垛距不小于1米，主通道宽度不小于2米；",
            "执行危险化学品出入库核查登记和“双人收发、双人保管”制度。{-出入库台账保存期限不少于1年。-}",
            "每天上班后、下班前各巡查库房一次，检查库房温湿度、通风设施、包装容器和有无泄漏，并做好记录；",
            "严禁在库房内分装、改装、开箱和进行可能产生火花的作业，进入甲类仓库的机动车辆必须安装阻火器；",
            "库房钥匙实行专人管理，非仓库人员进入库房须经仓储物流部批准并由保管员陪同；",
            "对过期、包装破损、标签脱落的危险化学品单独存放并及时报告，不得发放。",
        ],
    ),
    ("h2", "8.7 锅炉工"),
    (
        "list1",
        [
            "持特种设备作业人员证（G1工业锅炉司炉）上岗，严格执行锅炉安全操作规程；",
            "每两小时对锅炉本体、燃烧器、水位计、压力表和安全阀进行一次巡回检查并记录；",
            "负责锅炉水质监督，{-每班对给水和锅水各化验一次，-}发现水质不合格立即报告班长并采取措施；",
            "操作燃气管道阀门前必须确认燃气泄漏报警装置和事故排风机完好，点火前必须进行炉膛吹扫；",
            "发生缺水、满水、超压等异常时，立即按应急处置程序操作，严重缺水时严禁向锅炉内进水；",
            "锅炉运行期间严禁脱岗、睡岗，交接班时当面交接锅炉运行状况；",
            "锅炉房内禁止存放易燃易爆物品，禁止无关人员进入。",
        ],
    ),
    ("h1", "9 其他岗位安全生产职责"),
    ("p", "9.1 下列岗位的安全生产职责按表1执行，各岗位同时履行本制度8.4规定的岗位操作工通用职责。"),
    ("caption", "表1 其他岗位安全生产职责"),
    (
        "table",
        [
            (
                "中控室DCS操作员",
                [
                    "严格按照工艺卡片控制反应温度、压力、液位等参数，不得擅自修改报警值和联锁设定值；",
                    "对DCS报警做到及时确认、及时处置，报警处置情况记入交接班记录；",
                    "发现参数异常立即通知现场岗位人员核实，紧急情况下按规定执行紧急停车；",
                    "不得在操作站上安装或运行与生产无关的软件，严禁使用外来U盘。",
                ],
            ),
            (
                "储罐区操作工",
                [
                    "负责储罐区巡回检查，每2小时巡检一次，重点检查罐体、呼吸阀、阻火器、液位计和防火堤；",
                    "储罐收料前核对液位，储罐液位不得超过安全高度，液位高高报警联锁不得擅自摘除；",
                    "雷雨天气停止储罐收发料作业；",
                    "发现泄漏立即关闭相关阀门，切换雨水切断阀，防止物料进入雨水排放系统。",
                ],
            ),
            (
                "槽车装卸工",
                [
                    "核验槽车安全证照和驾驶员、押运员资质，检查车辆阻火器；",
                    "装卸前连接静电接地装置并确认静电接地报警器指示正常，静置不少于2分钟后方可开始作业；",
                    "甲醇、甲苯等易燃液体装车时，初始流速不得大于1m/s；",
                    "装卸过程中驾驶员不得离开现场，严禁在装卸区内检修车辆。",
                ],
            ),
            (
                "叉车司机",
                [
                    "持特种设备作业人员证（N1叉车司机）上岗，每班作业前对叉车制动、转向、喇叭、灯光进行检查；",
                    "进入防爆区域必须使用防爆叉车，普通叉车严禁驶入甲类仓库和储罐区；",
                    "厂区道路行驶速度不得超过{-15km/h-}{+10km/h+}，进入仓库及转弯处不得超过5km/h；",
                    "严禁叉车载人，严禁超载、偏载，货物遮挡视线时应倒车行驶。",
                ],
            ),
            (
                "电工",
                [
                    "持特种作业操作证（低压电工作业或高压电工作业）上岗，严格执行工作票和操作票制度；",
                    "停电检修必须验电、挂接地线，并在开关处悬挂“禁止合闸，有人工作”标志牌；",
                    "防爆区域内的电气设备检修后必须恢复防爆性能，不得随意改变防爆等级；",
                    "临时用电线路使用期限一般不超过15天，超期须重新办理临时用电作业票。",
                ],
            ),
            (
                "化验员",
                [
                    "进行有毒、易挥发试剂操作时必须在通风橱内进行；",
                    "化验室气瓶应直立固定存放，氢气瓶与氧气瓶不得同室存放；",
                    "负责特殊作业前的气体分析，受限空间作业前三十分钟内完成取样分析，分析合格后方可作业；",
                    "化验废液分类收集，严禁倒入下水道。",
                ],
            ),
            (
                "污水处理站操作工",
                [
                    "进入调节池、集水井等受限空间作业，必须办理受限空间作业票并进行有毒气体检测；",
                    "巡检调节池、厌氧池时至少两人同行，并携带便携式硫化氢检测仪；",
                    "投加酸碱药剂时佩戴防护面罩和耐酸碱手套。",
                ],
            ),
            (
                "兼职应急救援队员",
                [
                    "熟练掌握正压式空气呼吸器、防化服、堵漏工具和消防器材的使用方法；",
                    "每月参加一次应急救援训练，每季度参加一次实战演练；",
                    "接到应急集合指令后5分钟内到达指定集结点，听从现场指挥部统一指挥；",
                    "负责本班组应急器材的日常检查，发现缺失或损坏及时报告补充。",
                ],
            ),
            (
                "门卫",
                [
                    "对进厂人员、车辆进行登记，进厂人员一律收缴火种，非防爆手机存放在门卫寄存柜；",
                    "危险化学品运输车辆进厂须检查是否安装阻火器，未安装的禁止入厂；",
                    "夜间每3小时对厂区周界巡查一次；",
                    "发现火情、泄漏等异常情况立即报告中控室和值班领导，并引导消防车辆进入厂区。",
                ],
            ),
        ],
    ),
    ("h1", "10 外来施工单位及相关方安全生产职责"),
    ("h2", "10.1 外来施工单位负责人"),
    (
        "list1",
        [
            "对本单位在公司厂区内施工作业的安全负全面责任，与公司签订安全生产管理协议；",
            "进厂前向公司项目归口管理部门提供施工资质、安全生产许可证、人员名单和特种作业人员证件；",
            "组织施工人员参加公司的入厂安全教育，经考试合格、取得入厂证后方可进厂作业；",
            "施工前编制施工方案和安全技术措施，经公司项目归口管理部门和安全管理部审核后实施；",
            "{-每日开工前组织施工人员开展班前安全讲话，时间不少于15分钟，并做好记录；-}",
            "按规定办理动火、受限空间、高处等特殊作业票，不得无票作业或超范围作业；",
            "配备不少于1名专职安全员，施工人员超过30人的，配备不少于2名；",
            "施工人员不得进入与施工无关的区域，不得擅自操作公司的阀门、开关和设备；",
            "发生事故立即报告公司项目归口管理部门和安全管理部，并配合事故调查。",
        ],
    ),
    ("h2", "10.2 危险化学品承运单位驾驶员和押运员"),
    (
        "list1",
        [
            "进厂时主动出示道路危险货物运输从业资格证件，服从门卫和仓储物流部的检查与指挥；",
            "车辆在厂区内按指定路线行驶，行驶速度不得超过15km/h，按指定车位停放，不得在厂区内过夜停放；",
            "装卸作业前熄火、拉紧手制动并使用轮挡，车钥匙交装卸现场监护人保管；",
            "不得在厂区内吸烟、使用明火，不得进入与装卸作业无关的区域。",
        ],
    ),
    ("h2", "10.3 项目归口管理部门"),
    (
        "list1",
        [
            "审查外来施工单位的资质和安全条件，与其签订安全生产管理协议；",
            "对外来施工单位进行安全技术交底，指定专人负责现场协调和监督；",
            "施工期间每天至少到现场检查1次，发现违章立即制止；",
            "施工结束后组织验收，并对施工单位的安全表现进行评价，评价结果作为下一年度选用施工单位的依据。",
        ],
    ),
    ("h1", "11 安全生产责任制考核"),
    ("h2", "11.1 考核组织"),
    (
        "p",
        "安委会负责领导全员安全生产责任制考核工作；安全管理部负责考核的组织实施和日常检查；人力资源部负责将"
        "考核结果与薪酬挂钩。考核实行分级负责：公司对部门、车间负责人进行考核，部门、车间对班组长进行考核，"
        "班组对岗位人员进行考核。",
    ),
    ("h2", "11.2 考核方式和频次"),
    ("h3", "11.2.1 日常考核"),
    (
        "p",
        "专职安全管理人员在日常巡查、特殊作业检查中发现违章行为和事故隐患的，当场开具违章处罚单；安全管理部"
        "每周汇总一次，在周安全例会上通报。",
    ),
    ("h3", "11.2.2 月度考核"),
    (
        "p",
        "安全管理部每月对各部门、车间的安全职责履行情况进行考核打分，安全绩效基础分为100分，按本制度11.3的"
        "规定扣分；月度考核结果于次月5日前报分管安全副总经理审核，经总经理批准后公布。",
    ),
    ("h3", "11.2.3 季度考核"),
    (
        "p",
        "每季度由分管安全副总经理组织对部门、车间负责人进行一次述职考核，述职考核成绩占季度考核成绩的30%，"
        "本季度3个月月度考核的平均分占70%。",
    ),
    ("h3", "11.2.4 年度考核"),
    (
        "p",
        "每年1月由安委会组织对上一年度各部门、车间及其负责人安全生产责任制落实情况进行总评。年度考核分为优秀、"
        "合格、基本合格、不合格四个等次：90分及以上为优秀，75分至89分为合格，60分至74分为基本合格，60分以下"
        "为不合格。",
    ),
    ("h2", "11.3 考核标准"),
    (
        "p",
        "有下列情形之一的，按以下标准对责任人罚款并扣减当月安全绩效分；{#1:同一月内重复发生的，罚款加倍#}：",
    ),
    (
        "list2",
        [
            "未按规定穿戴劳动防护用品的，每人次罚款{-~100元-}{+~200元+}，扣2分；",
            "在生产区域吸烟或携带火种进入生产区的，每人次罚款1000元，扣10分；情节严重的，依法解除劳动合同；",
            "未经审批擅自动火的，对作业负责人{-~罚款1000元-}{+~罚款2000元，并扣当月安全绩效分20分+}，对所在"
            "车间主任罚款500元；",
            "擅自摘除联锁或屏蔽可燃气体报警的，对责任人罚款1500元，扣15分；",
            "岗位巡检漏检或编造巡检记录的，每次罚款100元，扣1分；",
            "班组未按规定开展每周安全活动的，扣班组长当月安全绩效分3分，罚款100元；",
            "车间未按规定开展安全检查或隐患未按期整改的，每项扣车间主任2分、罚款200元；逾期超过7天的，罚款"
            "加倍；",
            "特殊作业监护人脱岗的，每次罚款300元，扣5分；",
            "外来施工单位违章作业的，按安全生产管理协议约定，每次扣除安全保证金500元至5000元；"
            "{+~一年内被查处违章作业累计3次的，清退出场，1年内不得承接公司工程。+}",
            "发生一般生产安全事故的，事故责任部门负责人按公司《安全生产奖惩管理制度》处理，当年年度考核直接"
            "定为不合格。",
        ],
    ),
    ("h2", "11.4 考核结果运用"),
    (
        "p",
        "11.4.1 月度考核得分低于80分的部门、车间，扣减其负责人当月安全绩效奖金的20%；低于60分的，扣减当月"
        "安全绩效奖金的50%，并由分管安全副总经理进行约谈。",
    ),
    (
        "p",
        "11.4.2 年度考核不合格的部门、车间负责人，取消当年评优评先资格；连续两年不合格的，调整工作岗位。",
    ),
    (
        "p",
        "11.4.3 岗位人员一年内累计被扣安全绩效分达到30分的，停岗参加不少于16学时的安全再培训，经考试合格后"
        "方可重新上岗。",
    ),
    ("h2", "11.5 奖励"),
    (
        "p",
        "11.5.1 年度内未发生生产安全事故且年度考核为优秀的车间，奖励车间集体{-~5000元-}{+~8000元+}；车间主任"
        "和班组长另按公司《安全生产奖惩管理制度》给予个人奖励。",
    ),
    (
        "p",
        "11.5.2 从业人员举报事故隐患经查证属实的，一般事故隐患每条奖励50元，重大事故隐患每条奖励2000元；避免"
        "重大事故发生的，由安委会另行研究给予奖励。",
    ),
    ("h1", "12 附则"),
    ("p", "12.1 本制度由安全管理部负责解释。"),
    (
        "p",
        "12.2 本制度每年至少评审一次；公司组织机构、人员职责发生调整或者相关法律法规发生变化时，安全管理部"
        "应在30日内组织修订。",
    ),
    (
        "p",
        "12.3 本制度自2025年4月1日起施行，原《安全生产责任制》（HT/AQ-ZD-003，B/1版）同时废止。",
    ),
]

MARKUP = re.compile(r"\{\+(.*?)\+\}|\{-(.*?)-\}|\{#(\d+):(.*?)#\}")


class Builder:
    """Holds the running ids for tracked changes and list instances."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.change_id = 100
        self.change_no = 0
        self.num_id = 60
        self.comments: list = []
        numbering = doc.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        for abstract_id, text, left, hanging in ((50, "%1.", 840, 420), (51, "（%1）", 1050, 630)):
            first_num.addprevious(
                parse_xml(
                    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                    f'<w:multiLevelType w:val="singleLevel"/>'
                    f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                    f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
                    f"</w:abstractNum>"
                )
            )
        self.numbering = numbering

    def new_list(self, abstract_id: int) -> int:
        self.num_id += 1
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{self.num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return self.num_id

    def _mark(self, tag: str, author: str):
        self.change_id += 1
        self.change_no += 1
        when = CHANGE_START + timedelta(days=self.change_no // 4, minutes=17 * self.change_no)
        return parse_xml(
            f'<w:{tag} {nsdecls("w")} w:id="{self.change_id}" w:author="{author}" '
            f'w:date="{when.strftime("%Y-%m-%dT%H:%M:00Z")}"/>'
        )

    def fill(self, paragraph, text: str, bold: bool = False) -> None:
        """Append `text` with its change/comment markup to `paragraph`."""
        p = paragraph._p
        pos = 0
        whole = MARKUP.fullmatch(text)
        for m in MARKUP.finditer(text):
            if m.start() > pos:
                add_run(paragraph, text[pos : m.start()], bold)
            ins, dele, cid, anchored = m.groups()
            if cid is not None:
                run = add_run(paragraph, anchored, bold)
                self.comments.append((int(cid), run))
            else:
                body = ins if ins is not None else dele
                author = DRAFTER
                if body.startswith("~"):
                    author, body = REVIEWER, body[1:]
                tag = "ins" if ins is not None else "del"
                wrapper = self._mark(tag, author)
                r = parse_xml(f"<w:r {nsdecls('w')}/>")
                t_tag = "w:t" if tag == "ins" else "w:delText"
                t = parse_xml(f'<{t_tag} {nsdecls("w")} xml:space="preserve"/>')
                t.text = body
                r.append(t)
                wrapper.append(r)
                p.append(wrapper)
                if whole is not None:
                    # the whole paragraph is inserted or deleted: so is its paragraph mark
                    ppr = p.get_or_add_pPr()
                    rpr = ppr.find(qn("w:rPr"))
                    if rpr is None:
                        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
                        ppr.append(rpr)
                    rpr.append(self._mark(tag, author))
            pos = m.end()
        if pos < len(text):
            add_run(paragraph, text[pos:], bold)


def add_run(paragraph, text: str, bold: bool):
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    return run


def set_fonts(style, east_asia: str, size: float, bold: bool | None = None) -> None:
    style.font.name = "Times New Roman"
    style.font.size = Pt(size)
    style.font.color.rgb = RGBColor(0, 0, 0)
    color = style.element.rPr.find(qn("w:color"))
    for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
        if color.get(qn(attr)) is not None:
            del color.attrib[qn(attr)]
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")


def cell_text(cell, text: str, bold: bool = False, center: bool = True) -> None:
    paragraph = cell.paragraphs[0]
    add_run(paragraph, text, bold)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def field_run(paragraph, instr: str) -> None:
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


def build() -> bytes:
    doc = Document()
    b = Builder(doc)
    set_fonts(doc.styles["Normal"], "宋体", 10.5)
    for level, size in ((1, 14), (2, 12), (3, 10.5)):
        style = doc.styles[f"Heading {level}"]
        set_fonts(style, "黑体", size, bold=True)
        style.font.italic = False
        style.paragraph_format.space_before = Pt(8)
        style.paragraph_format.space_after = Pt(4)
    settings = doc.settings.element
    settings.find(qn("w:defaultTabStop")).addprevious(parse_xml(f"<w:trackRevisions {nsdecls('w')}/>"))

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)

    # page 1: document control
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run("华泰精细化工有限公司管理制度")
    r.bold, r.font.size = True, Pt(18)
    table = doc.add_table(rows=len(CONTROL_TABLE), cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(CONTROL_TABLE):
        for j, text in enumerate(row):
            if text:
                cell_text(table.cell(i, j), text, bold=j % 2 == 0)
    table.cell(0, 1).merge(table.cell(0, 3))
    doc.add_paragraph()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run("修订记录")
    r.bold, r.font.size = True, Pt(14)
    rev = doc.add_table(rows=len(REVISIONS), cols=4)
    rev.style = doc.styles["Table Grid"]
    rev.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(REVISIONS):
        for j, text in enumerate(row):
            cell_text(rev.cell(i, j), text, bold=i == 0, center=j != 1 or i == 0)
    for i, width in enumerate((Cm(1.8), Cm(9.6), Cm(2.0), Cm(2.8))):
        for cell in rev.columns[i].cells:
            cell.width = width
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for kind, payload in BODY:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(payload)
            r.bold, r.font.size = True, Pt(16)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(payload, level=int(kind[1]))
        elif kind == "p":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(21)
            b.fill(p, payload)
        elif kind == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(payload).bold = True
        elif kind in ("list1", "list2"):
            num_id = b.new_list(50 if kind == "list1" else 51)
            for item in payload:
                p = doc.add_paragraph(style="List Paragraph")
                ppr = p._p.get_or_add_pPr()
                ppr.insert(
                    1,
                    parse_xml(
                        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
                    ),
                )
                b.fill(p, item)
        elif kind == "table":
            t = doc.add_table(rows=1 + len(payload), cols=2)
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            cell_text(t.cell(0, 0), "岗位", bold=True)
            cell_text(t.cell(0, 1), "安全生产职责", bold=True)
            for i, (post, duties) in enumerate(payload, start=1):
                cell_text(t.cell(i, 0), post)
                paragraph = t.cell(i, 1).paragraphs[0]
                for k, duty in enumerate(duties):
                    if k:
                        paragraph.add_run().add_break()
                    b.fill(paragraph, duty)
            for row in t.rows:
                row.cells[0].width, row.cells[1].width = Cm(3.2), Cm(12.8)
        else:
            raise ValueError(kind)

    for cid, run in b.comments:
        author, initials, text = COMMENTS[cid]
        comment = doc.add_comment(run, text=text, author=author, initials=initials)
        comment._comment_elm.date = datetime(2025, 3, 18 + cid, 15, 30, tzinfo=UTC)

    header = section.header.paragraphs[0]
    header.text = "华泰精细化工有限公司　　安全生产责任制　　HT/AQ-ZD-003　B/2"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("第 ")
    field_run(footer, "PAGE")
    footer.add_run(" 页 共 ")
    field_run(footer, "NUMPAGES")
    footer.add_run(" 页")
    assert section.start_type == WD_SECTION.NEW_PAGE

    core = doc.core_properties
    core.title = DOC_TITLE
    core.author = DRAFTER
    core.last_modified_by = REVIEWER
    core.identifier = "HT/AQ-ZD-003"
    core.version = "B/2"
    core.revision = 7
    core.created = datetime(2025, 3, 10, 8, 30)
    core.modified = datetime(2025, 3, 25, 10, 0)
    core.last_printed = datetime(2025, 3, 25, 10, 0)

    raw = io.BytesIO()
    doc.save(raw)
    # fixed entry times, so the output is byte-for-byte reproducible
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return fixed.getvalue()


def main() -> None:
    OUT.write_bytes(build())
    Document(str(OUT))  # reads back
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
