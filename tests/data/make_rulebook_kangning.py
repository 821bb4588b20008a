"""Generate tests/data/rulebook_kangning.docx, the document of the blind set qa_holdout_kangning.yaml.

An invented general hospital's safety rulebook (《江城市康宁医院安全生产管理制度》) written as a Word
document whose article and item numbers are NOT typed: every article paragraph carries w:numPr pointing
at one multilevel list defined in numbering.xml (level 0 "第%1条" chineseCounting, level 1 "（%1）"
chineseCounting, level 2 "%1." decimal), so Word draws 第一条 / （一） / 1. itself and the articles run on
across chapters. Chapter headings are Heading 1 with their numbers typed ("第一章　总则"); a few articles
have a second, unnumbered paragraph (a 款). Also a header block (文号, title, 主送, issuer, date, contact)
and one table whose first column (the category) is vertically merged over several rows.

    .venv/bin/python tests/data/make_rulebook_kangning.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

OUT = Path(__file__).with_name("rulebook_kangning.docx")

ABSTRACT_ID = 90
NUM_ID = 90

ABSTRACT_XML = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">
  <w:nsid w:val="4B3A2C90"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="6A1F0C90"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="space"/>
    <w:lvlText w:val="第%1条"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="（%1）"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
</w:abstractNum>
"""

NUM_XML = f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'

HEADER = [
    ("center", "江城市康宁医院文件"),
    ("center", "康医发〔2025〕17号"),
    ("center", "关于印发《江城市康宁医院安全生产管理制度（2025年修订）》的通知"),
    ("p", "主送：院内各科室、各职能部门，东院区、各社区卫生服务站，各外包服务单位"),
    (
        "p",
        "为落实医院安全生产主体责任，防范火灾、医用气体供应中断、特种设备和危险化学品事故，保障患者和职工"
        "生命安全，医院对2018年印发的《康宁医院安全管理制度》进行了修订，经2025年4月28日院长办公会审议通过，"
        "现予印发，请认真组织学习，严格贯彻执行。执行中如有问题，请及时向保卫科（安全生产办公室）反馈。",
    ),
    ("p", "发文单位：江城市康宁医院"),
    ("p", "联系人：邵明辉　联系电话：0716-85529016"),
    ("p", "印发日期：2025年5月12日"),
]

CHECK_TABLE = [
    ["类别", "检查部位或项目", "检查频次", "责任部门"],
    ["医用气体", "氧气汇流排及减压装置", "每日检查2次", "后勤保障部动力组"],
    ["医用气体", "负压吸引站真空泵及集污罐", "每周检查1次", "后勤保障部动力组"],
    ["医用气体", "病区床头气体终端", "每月巡查1次", "后勤保障部动力组"],
    ["消防设施", "火灾自动报警系统联动功能", "每季度测试1次", "保卫科"],
    ["消防设施", "室内消火栓放水试验", "每半年试验1次", "保卫科"],
    ["消防设施", "应急照明和疏散指示标志", "每月检查1次", "保卫科"],
    ["特种设备", "电梯（含病床电梯）", "每15日维护保养1次", "后勤保障部、电梯维保单位"],
    ["特种设备", "燃气锅炉及附属压力管道", "每班巡检1次", "后勤保障部锅炉房"],
    ["危险化学品", "药剂科危险化学品二级库", "每周检查1次", "药剂科"],
    ["危险化学品", "检验科、病理科试剂柜", "每月抽查1次", "保卫科、使用科室"],
]

BODY: list[tuple[str, object]] = [
    ("title", "江城市康宁医院安全生产管理制度"),
    ("h1", "第一章　总则"),
    (
        "art",
        "为加强医院安全生产工作，防止和减少生产安全事故，保障患者、职工和来院人员的生命财产安全，根据"
        "《中华人民共和国安全生产法》《中华人民共和国消防法》《中华人民共和国特种设备安全法》《危险化学品"
        "安全管理条例》《医疗废物管理条例》等法律法规，结合本院实际，制定本制度。",
    ),
    (
        "art",
        "本制度适用于医院本部、东院区和各社区卫生服务站，也适用于在院内从事保洁、运送、安保、餐饮、"
        "设备维保和工程施工的外包单位及其人员。",
    ),
    (
        "art",
        "医院安全生产工作坚持“安全第一、预防为主、综合治理”的方针，实行医院、科室、班组三级管理。"
        "院长是医院安全生产第一责任人，对本院安全生产工作全面负责。",
    ),
    ("art", "医院年度安全生产目标是："),
    ("item", "不发生因医院管理原因造成的人员死亡事故；"),
    ("item", "不发生火灾、爆炸和医用气体供应中断事故；"),
    ("item", "不发生特种设备事故和危险化学品泄漏致人伤害事故；"),
    ("item", "重大事故隐患整改率达到100%，一般事故隐患整改率不低于98%。"),
    (
        "art",
        "医院每年在预算中单列安全生产专项经费，额度不少于300万元，主要用于消防设施改造、医用气体系统"
        "维护、安全教育培训和应急物资储备，由后勤保障部会同财务科管理，专款专用。",
    ),
    ("h1", "第二章　安全生产责任"),
    (
        "art",
        "医院设立安全生产委员会（以下简称安委会），院长任主任，分管后勤的副院长任常务副主任，各职能部门"
        "和临床、医技科室负责人为成员。安委会每季度召开1次全体会议，研究解决安全生产重大问题。",
    ),
    (
        "p",
        "安委会办公室设在保卫科，保卫科科长兼任办公室主任，负责安委会日常工作。",
    ),
    (
        "art",
        "各科室主任是本科室安全生产第一责任人，护士长协助科室主任做好本科室的安全管理工作。每个科室应指定"
        "1名兼职安全员，病区的兼职安全员由护士长或高年资护士担任。",
    ),
    ("art", "科室兼职安全员履行下列职责："),
    ("item", "每周对本科室开展1次安全自查，填写《科室安全自查表》；"),
    ("item", "督促本科室人员遵守安全操作规程，制止违章行为；"),
    ("item", "发现事故隐患及时报告科室负责人和保卫科；"),
    ("item", "参加保卫科每月组织的兼职安全员例会。"),
    (
        "art",
        "保卫科是医院安全生产综合监督管理部门，负责消防安全、治安保卫、危险化学品使用监督和安全教育培训；"
        "后勤保障部负责医用气体、特种设备、供配电、给排水和基建施工的安全管理；设备科负责医疗设备的"
        "安全使用管理；药剂科负责危险化学品的采购、储存和发放。",
    ),
    (
        "art",
        "医院与外包单位签订安全管理协议，明确双方安全责任。外包单位在院内服务人员超过50人的，应配备不少于"
        "2名专职安全管理人员；50人及以下的，应配备1名专职或兼职安全管理人员。",
    ),
    ("h1", "第三章　安全教育培训"),
    (
        "art",
        "新入职职工应接受不少于24学时的岗前安全培训，经考核合格后方可上岗。进修生、规培生和实习生入科时，"
        "由所在科室进行不少于4学时的安全教育。",
    ),
    (
        "art",
        "全院职工每年接受安全再培训不少于12学时，每人每年至少参加1次消防演练，做到会报警、会使用灭火器、"
        "会组织患者疏散。",
    ),
    (
        "art",
        "锅炉、压力容器、电梯、医用气体、配电等岗位人员应持有效证件上岗。保卫科建立持证人员台账，在证件"
        "到期前3个月通知相关部门组织复审。",
    ),
    (
        "art",
        "职工调换工作岗位或者离岗6个月以上重新上岗的，应重新接受科室级安全教育。",
    ),
    ("h1", "第四章　医用气体安全管理"),
    (
        "art",
        "液氧站、氧气汇流排间、负压吸引站和医用空气站由后勤保障部动力组统一管理，实行24小时值班，"
        "非值班人员未经许可不得进入。",
    ),
    ("art", "液氧站的安全管理应遵守下列规定："),
    ("item", "液氧储罐周围5米范围内严禁烟火，不得存放油脂和其他可燃物，地面不得铺设沥青；"),
    ("item", "值班人员每2小时巡检1次，记录储罐液位、压力和汽化器结霜情况；"),
    (
        "item",
        "储罐液位低于30%时，值班人员应立即通知供应商补液；液位低于15%时，应启用备用汇流排供氧，并报告"
        "后勤保障部负责人；",
    ),
    (
        "item",
        "液氧槽车充装时，值班人员全程监护，槽车应熄火、拉紧手制动并放置止轮块，充装期间周围10米内禁止"
        "无关人员和车辆进入。",
    ),
    (
        "art",
        "氧气汇流排间的备用满瓶数量应能满足全院不少于4小时的用氧量。氧气瓶的存放和搬运应遵守下列规定：",
    ),
    ("item", "氧气瓶直立存放并有防倾倒措施，满瓶和空瓶分区存放、标识清楚；"),
    ("item", "氧气瓶与明火的距离不小于10米，与暖气片等热源的距离不小于1米；"),
    ("item", "搬运氧气瓶应使用专用推车，严禁在地面滚动、撞击或抛掷；"),
    ("item", "氧气瓶瓶阀和减压器严禁沾染油脂，不得戴沾有油污的手套开启瓶阀。"),
    (
        "art",
        "病区使用氧气瓶的，每个病区存放的备用氧气瓶不得超过2瓶，并固定在专用支架上。吸氧患者床旁"
        "禁止吸烟和使用明火，并悬挂“禁止烟火”标志。",
    ),
    (
        "art",
        "因维修需要计划停止供应医用气体的，后勤保障部应提前24小时书面通知相关科室；重症医学科、手术室、"
        "急诊抢救室等重点科室停气前，必须确认备用供氧设施到位。",
    ),
    (
        "p",
        "因抢修造成非计划停气的，动力组应在5分钟内电话通知重点科室，并立即启动应急供氧。",
    ),
    ("h1", "第五章　特种设备和压力容器安全管理"),
    (
        "art",
        "锅炉、压力容器、电梯等特种设备实行登记建档管理，使用登记标志置于设备显著位置。后勤保障部在"
        "定期检验有效期届满前1个月向检验机构提出定期检验申请。",
    ),
    ("art", "消毒供应中心高压蒸汽灭菌器的使用应遵守下列规定："),
    ("item", "操作人员持快开门式压力容器操作证上岗；"),
    ("item", "每日第一锅灭菌前进行B-D测试，测试不合格的不得使用；"),
    ("item", "开门前必须确认柜内压力已回零，严禁带压开门；"),
    ("item", "安全阀每年校验1次，压力表每半年检定1次。"),
    (
        "art",
        "医院电梯由具有相应资质的维保单位负责维护保养。发生电梯困人时，值班电工应立即到场安抚被困人员，"
        "维保单位应在接到通知后30分钟内到达现场救援。",
    ),
    (
        "art",
        "病床电梯实行专人驾驶，优先保障危重患者转运。电梯轿厢内禁止吸烟，禁止运送易燃易爆物品；"
        "运送氧气瓶时应有专人陪同，氧气瓶不得与乘客同梯。",
    ),
    (
        "art",
        "燃气锅炉房实行24小时值班，每班不少于2人，司炉人员持证上岗。锅炉房可燃气体探测报警装置应与"
        "燃气紧急切断阀联动，每年由有资质的机构检定1次。",
    ),
    ("h1", "第六章　危险化学品和实验室安全管理"),
    (
        "art",
        "医院使用的乙醇、甲醛、二甲苯、过氧乙酸、含氯消毒剂、液氮等危险化学品由药剂科统一采购，存放于"
        "药剂科危险化学品二级库，凭科室领用单发放，任何科室不得自行采购。",
    ),
    ("art", "使用科室存放危险化学品应遵守下列规定："),
    (
        "item",
        "检验科、病理科等使用科室存放的危险化学品不得超过1周用量，存放于专用防爆试剂柜内；",
    ),
    (
        "item",
        "易制毒、易制爆化学品实行双人保管、双人领取、双把锁、双本账管理，使用登记记录保存不少于2年；",
    ),
    (
        "item",
        "病区存放的95%乙醇单瓶不超过500毫升，总量不超过2500毫升，远离电源和热源；",
    ),
    ("item", "分装容器应标明化学品名称、浓度和分装日期。"),
    (
        "art",
        "病理科使用甲醛、二甲苯的取材和染色操作应在通风柜或带排风的取材台内进行。废弃的甲醛、二甲苯应"
        "分类收集，交有资质的单位处置，严禁倒入下水道。",
    ),
    (
        "art",
        "液氮罐应存放在通风良好的地方，严禁密封罐口。取用液氮时应佩戴防冻手套和面罩，严禁在电梯内"
        "与人员同乘运送液氮罐。",
    ),
    (
        "art",
        "实验室每日最后离开的人员应检查水、电、气和门窗，关闭不需持续运行的设备电源，并在《实验室"
        "安全检查记录》上签字。",
    ),
    ("h1", "第七章　消防安全管理"),
    (
        "art",
        "院长是医院消防安全责任人，分管后勤的副院长是消防安全管理人。各科室主任是本科室消防安全责任人。",
    ),
    (
        "art",
        "消防控制室实行24小时值班，每班不少于2人，值班人员应持有消防设施操作员证书，交接班时应当面交接"
        "设备运行状态和未处理完毕的报警信息。",
    ),
    ("art", "消防控制室值班人员接到火灾报警信号后，应按下列程序处置："),
    ("item", "立即通知巡查人员携带对讲机在3分钟内到达报警点现场核实；"),
    ("item", "确认发生火灾的，应当："),
    ("sub", "立即将火灾报警联动控制器设置在自动状态；"),
    ("sub", "拨打119报警，讲清医院名称、楼栋、楼层和燃烧物品；"),
    ("sub", "报告保卫科科长和医院总值班，启动应急广播，通知着火楼层及其上下相邻楼层组织疏散；"),
    ("item", "确认为误报的，查明原因后将设备复位，并在《消防控制室值班记录》上登记。"),
    (
        "art",
        "门诊楼、医技楼每日防火巡查不少于2次；住院楼夜间（22:00至次日6:00）每2小时巡查1次，"
        "重点检查电气线路、吸氧病房和安全出口。",
    ),
    (
        "art",
        "灭火器每月检查1次，检查记录卡悬挂在灭火器上。医院每年委托有资质的消防技术服务机构对消防设施"
        "进行1次全面检测。",
    ),
    (
        "art",
        "疏散通道和安全出口严禁堆放杂物、严禁锁闭。病区安全出口的门禁系统应具有火灾时自动释放功能。"
        "病区按不少于床位数30%的比例配备过滤式消防自救呼吸器。",
    ),
    ("art", "院内禁止下列行为："),
    ("item", "在院内任何室内场所吸烟；"),
    ("item", "将电动自行车推入楼内停放或在楼内充电，电动自行车应在室外集中充电区充电；"),
    ("item", "在病房、值班室内使用电炉、电饭煲、热得快等大功率电器；"),
    ("item", "擅自关闭、屏蔽火灾报警探测器或挪用消防器材。"),
    (
        "art",
        "发现火情的人员应立即报警，同时利用就近的灭火器扑救初起火灾。病区疏散患者应按照先重症后轻症、"
        "先行动不便后行动方便的顺序进行，疏散后由护士长清点人数。",
    ),
    ("h1", "第八章　用电、动火和施工作业安全管理"),
    (
        "art",
        "配电室实行24小时值班。手术室、重症医学科、急诊抢救室等重要负荷采用双路电源供电，并配备不间断电源"
        "和柴油发电机。柴油发电机每月带载试运行1次，每次不少于30分钟；储油量应满足发电机连续运行不少于8小时。",
    ),
    (
        "art",
        "院内动火作业实行许可管理。在医用气体站、药库、危险化学品库和病区内动火的，由保卫科审核、"
        "分管副院长批准；其他区域动火由保卫科批准。动火许可证当次有效，最长不超过8小时。",
    ),
    (
        "p",
        "动火现场应配备不少于2具灭火器并设专人监护，作业结束后监护人应留守现场不少于30分钟，确认无遗留火种后方可离开。",
    ),
    ("art", "外包施工单位在院内施工应遵守下列规定："),
    ("item", "施工区域与医疗区域实行硬隔离，隔离围挡高度不低于2米；"),
    (
        "item",
        "产生较大噪声和粉尘的作业应避开患者午休时间（12:00至14:30）和夜间（22:00至次日7:00）；",
    ),
    ("item", "施工人员凭出入证进出，不得进入施工区域以外的医疗区域；"),
    ("item", "每日收工前清理现场，油漆、稀释剂等易燃材料不得在楼内过夜存放。"),
    (
        "art",
        "施工和维修临时用电由后勤保障部指定接电点，严禁私拉乱接。临时用电设备应安装漏电保护器，"
        "临时线路使用期限一般不超过15天。",
    ),
    ("h1", "第九章　医疗废物安全管理"),
    (
        "art",
        "医疗废物按感染性、损伤性、病理性、药物性和化学性分类收集。包装袋和利器盒盛装至3/4满时应封口，"
        "不得挤压或二次打开。",
    ),
    (
        "art",
        "医疗废物运送人员每日至少2次按照规定的时间和路线到各科室收集，与科室交接时双方在交接登记本上签字。"
        "医疗废物在院内暂存时间不得超过48小时，交接登记资料保存3年。",
    ),
    ("h1", "第十章　隐患排查治理和应急管理"),
    (
        "art",
        "医院每月组织1次综合安全检查，节假日前组织1次全面检查；重点部位按下表规定的频次检查。",
    ),
    ("table", CHECK_TABLE),
    (
        "art",
        "一般事故隐患由责任科室立即整改，不能立即整改的应在7日内完成整改；重大事故隐患由院长组织制定整改"
        "方案，落实整改措施、责任、资金、时限和预案，并报告市卫生健康委员会。",
    ),
    (
        "art",
        "医院制定综合应急预案和火灾、停电、医用气体中断、电梯困人、危险化学品泄漏专项应急预案。综合应急"
        "预案每年至少演练1次，专项应急预案每半年至少演练1次；每个病区每年至少组织1次夜间疏散演练。",
    ),
    (
        "art",
        "发生事故后，现场人员应立即报告科室负责人和保卫科（院内应急电话：8119）；保卫科接报后应在10分钟内"
        "到达现场；院长接到报告后应在1小时内向市卫生健康委员会和应急管理部门报告。",
    ),
    ("h1", "第十一章　奖励与处罚"),
    (
        "art",
        "医院每年评选安全生产先进科室，奖励5000元；对发现并及时报告重大事故隐患的个人，奖励500元至2000元。",
    ),
    ("art", "对违反本制度的人员，按下列标准扣罚绩效："),
    ("item", "在院内室内场所吸烟的，每次扣罚200元；"),
    ("item", "擅自关闭、屏蔽火灾报警探测器或损坏消防设施的，扣罚1000元；"),
    ("item", "堵塞疏散通道、锁闭安全出口的，对科室负责人扣罚500元；"),
    ("item", "将电动自行车推入楼内或在楼内充电的，每次扣罚300元；"),
    ("item", "外包单位人员违反本制度的，按照安全管理协议扣减外包单位当月服务费。"),
    ("h1", "第十二章　附则"),
    ("art", "本制度由保卫科负责解释。"),
    (
        "art",
        "本制度自2025年6月1日起施行。2018年印发的《康宁医院安全管理制度》同时废止。",
    ),
]


def install_numbering(doc: DocxDocument) -> None:
    """Add the 第%1条 / （%1） / %1. multilevel list to numbering.xml (abstractNum before the first num)."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(ABSTRACT_XML)
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(NUM_XML))


def numbered(doc: DocxDocument, text: str, level: int) -> None:
    """A paragraph whose number Word draws from list NUM_ID at `level`; the text holds no number."""
    para = doc.add_paragraph(text)
    num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = NUM_ID


def add_merged_table(doc: DocxDocument, rows: list[list[str]]) -> None:
    """A grid table whose first column is merged vertically over each run of equal categories."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row[1:], start=1):
            table.cell(r, c).text = text
    r = 0
    while r < len(rows):
        end = r
        while end + 1 < len(rows) and rows[end + 1][0] == rows[r][0]:
            end += 1
        cell = table.cell(r, 0).merge(table.cell(end, 0)) if end > r else table.cell(r, 0)
        cell.text = rows[r][0]
        r = end + 1


def build(out: Path = OUT) -> Path:
    """Write the document; article and item numbers come from numbering.xml, never from the text."""
    doc = Document()
    doc.styles["Normal"].font.size = Pt(12)
    install_numbering(doc)
    for kind, text in HEADER:
        para = doc.add_paragraph(text)
        if kind == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, content in BODY:
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(str(content))
            run.bold = True
            run.font.size = Pt(18)
        elif kind == "h1":
            doc.add_heading(str(content), level=1)
        elif kind == "art":
            numbered(doc, str(content), 0)
        elif kind == "item":
            numbered(doc, str(content), 1)
        elif kind == "sub":
            numbered(doc, str(content), 2)
        elif kind == "table":
            assert isinstance(content, list)
            add_merged_table(doc, content)
        else:
            para = doc.add_paragraph(str(content))
            para.paragraph_format.first_line_indent = Pt(24)
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
