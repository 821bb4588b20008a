"""Generate tests/data/rulebook_kaida.pdf, the document of the sealed blind set qa_holdout_kaida.yaml.

An invented food-processing plant's safety rulebook (《凯达食品有限公司安全生产管理制度》: quick-frozen
dumplings and buns, a bakery line, ammonia refrigeration and cold stores, gas-fired steam boilers, flour
and icing-sugar dust) laid out the way Word exports a red-headed company notice to PDF: a red 文件 head,
文号, title, 主送, covering notice, signature and contact block, then the rulebook on a new page with
centred chapter titles (总　则 spaced), 第X条 articles indented two full-width spaces, typed 一、/（一）/
1./（1） items, one ruled table (检查频次), an attachment, a running header from page 2 and a footer
"第 N 页 共 M 页". Every line is hard-wrapped at the page width, so a PDF text layer gives one line per
printed line (sentences and figures cut mid-way), as real exports do. Needs fpdf2 (dev extra) and the
WenQuanYi Micro Hei font that scripts/setup.sh installs.

    .venv/bin/python tests/data/make_rulebook_kaida.py
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

OUT = Path(__file__).with_name("rulebook_kaida.pdf")
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
RUNNING_HEAD = "凯达食品有限公司安全生产管理制度"
INDENT = "　　"

NOTICE: list[tuple[str, str]] = [
    ("red", "凯达食品有限公司文件"),
    ("docno", "凯达安〔2025〕6号"),
    ("title", "关于印发《凯达食品有限公司安全生产管理制度》的通知"),
    ("left", "各生产车间、各部室，冷链物流中心，驻厂各相关方单位："),
    (
        "p",
        "为落实企业安全生产主体责任，有效防范液氨泄漏、粉尘爆炸、锅炉爆炸、冷库冻伤和人员被困等事故，"
        "公司安全生产委员会组织对2021年版《安全管理制度》进行了全面修订。修订后的《凯达食品有限公司安全"
        "生产管理制度》已经2025年3月28日公司总经理办公会审议通过，现印发给你们，请认真组织全员学习，"
        "对照执行。各单位应于5月15日前完成本单位岗位安全操作规程的对照修订，报安全环保部备案。",
    ),
    ("left", "附件：凯达食品有限公司安全生产管理制度"),
    ("right", "凯达食品有限公司"),
    ("right", "2025年4月7日"),
    ("left", "（联系人：安全环保部　邵明辉　联系电话：0523-86471195　手机：13952607318）"),
    ("rule", ""),
    ("left", "抄送：公司领导班子成员，工会。"),
    ("left", "凯达食品有限公司综合办公室　　　　　　　　2025年4月7日印发"),
]

BODY: list[tuple[str, object]] = [
    ("title", "凯达食品有限公司安全生产管理制度"),
    ("h1", "总　　则"),
    (
        "art",
        "为加强公司安全生产工作，防止和减少生产安全事故，保障职工生命安全和公司财产安全，依据《中华人民"
        "共和国安全生产法》《中华人民共和国特种设备安全法》《冷库安全规程》《粉尘防爆安全规程》等法律法规和"
        "标准，结合公司速冻食品、烘焙食品生产和冷链仓储的实际，制定本制度。",
    ),
    (
        "art",
        "本制度适用于公司速冻一车间、速冻二车间、烘焙车间、原料处理车间、制冷站、锅炉房、冷链物流中心、"
        "污水处理站及各职能部室，在厂区内从事设备安装维修、冷库保温施工、清洗消杀、装卸搬运的相关方单位"
        "及其人员同样适用。",
    ),
    (
        "art",
        "公司安全生产工作坚持“安全第一、预防为主、综合治理”的方针，实行全员安全生产责任制，"
        "按照“管生产经营必须管安全、管业务必须管安全”的要求，一级抓一级，层层落实。",
    ),
    (
        "art",
        "公司将液氨制冷系统、冷库、燃气蒸汽锅炉、面粉和糖粉粉尘涉爆区域、油炸生产线确定为安全管理重点"
        "部位，实行领导包保，每个重点部位由一名公司领导班子成员包保，包保领导每月到包保部位检查不少于1次。",
    ),
    ("h1", "安全生产组织与责任"),
    (
        "art",
        "公司设立安全生产委员会，总经理任主任，生产副总经理任常务副主任。安委会每季度召开1次例会，"
        "分析安全生产形势，研究解决重大问题；发生液氨泄漏、火灾等险情后7日内召开专题会议。安委会办公室"
        "设在安全环保部。",
    ),
    (
        "art",
        "安全环保部是公司安全生产综合监督管理部门。公司按从业人员每满100人配备1名专职安全管理人员，"
        "且不少于4名，其中至少1名取得注册安全工程师资格；制冷站和锅炉房各指定1名技术员兼任专业安全员。",
    ),
    ("art", "总经理是公司安全生产第一责任人，对本公司安全生产工作全面负责，主要职责是："),
    ("item", "（一）建立健全并落实全员安全生产责任制，加强安全生产标准化建设；"),
    ("item", "（二）组织制定并实施安全生产规章制度和操作规程；"),
    ("item", "（三）组织制定并实施安全生产教育和培训计划；"),
    ("item", "（四）保证安全生产投入的有效实施，每年安全生产费用不低于上年度营业收入的1.5%；"),
    ("item", "（五）组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制；"),
    ("item", "（六）组织制定并实施生产安全事故应急救援预案；"),
    ("item", "（七）及时、如实报告生产安全事故。"),
    (
        "art",
        "设备动力部负责制冷系统、锅炉、压力容器、电梯、叉车等特种设备和供配电系统的安全管理，"
        "建立特种设备安全技术档案，在定期检验有效期届满前1个月向检验机构提出定期检验申请。",
    ),
    (
        "art",
        "车间主任是本车间安全生产的直接责任人，每周组织1次车间安全检查，每月召开1次车间安全例会；"
        "班组长每班开工前组织不少于15分钟的班前会，讲清当班作业的危险点和防范措施，检查组员劳动防护用品"
        "穿戴情况，在《班前会记录》上签字。",
    ),
    (
        "art",
        "职工有权了解作业场所和工作岗位存在的危险因素、防范措施及事故应急措施；有权拒绝违章指挥和强令"
        "冒险作业；发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所。",
    ),
    ("h1", "安全教育培训"),
    (
        "art",
        "新入职职工（含劳务派遣人员、实习学生）上岗前必须接受公司、车间、班组三级安全教育，培训时间"
        "累计不少于24学时，其中公司级不少于8学时，考试合格后方可上岗。分配到制冷站、锅炉房、冷库和粉碎间"
        "的新职工，三级教育后还须跟班实习不少于1个月。",
    ),
    (
        "art",
        "职工调换工种、离岗3个月以上重新上岗的，应重新接受车间级和班组级安全教育，时间不少于4学时；"
        "全体职工每年接受再培训的时间不少于12学时。",
    ),
    (
        "art",
        "制冷工、司炉工、电工、焊工、叉车司机、电梯安全管理员等特种作业和特种设备作业人员必须持有效证件"
        "上岗；证件由人力资源部统一登记，到期前2个月安排复审。严禁无证人员操作制冷机组、锅炉和叉车。",
    ),
    (
        "art",
        "相关方人员进厂作业前，由归口管理部门进行不少于4学时的入厂安全教育并考试合格，发放临时出入证；"
        "在制冷站、锅炉房、粉碎间等重点部位作业的，还须由所在部门进行现场安全交底。",
    ),
    ("h1", "液氨制冷系统与冷库安全管理"),
    (
        "art",
        "公司液氨制冷系统设在制冷站，为速冻隧道、速冻库和低温冷藏库供冷，系统液氨充装量约12吨。"
        "制冷站实行24小时值班，每班不少于2名持证制冷工，不得一人单独值班。",
    ),
    (
        "art",
        "制冷站值班人员每2小时对压缩机、冷凝器、储液器、氨泵和阀门管道巡检1次，记录吸排气压力、温度、"
        "油压和储液器液位。储液器液位不得超过容积的80%，且不得低于30%。",
    ),
    ("art", "制冷机房和设备间应当符合下列要求："),
    (
        "item",
        "（一）设置氨气浓度报警装置，一级报警设定值为100ppm，报警时自动启动事故排风机；二级报警设定值为"
        "300ppm，报警时自动切断制冷机组电源，并将信号传送至门卫室和安全环保部值班室；",
    ),
    ("item", "（二）事故排风机的换气次数每小时不少于12次，排风机按钮在机房门外另设一处；"),
    ("item", "（三）机房内电气设备符合防爆要求，严禁存放油料和其他易燃物品；"),
    ("item", "（四）机房门口设置风向标，门外配备洗眼器和紧急冲淋装置；"),
    ("item", "（五）通往机房的门向外开启，机房内严禁住人，非值班人员未经登记不得进入。"),
    (
        "art",
        "制冷系统加氨、放油、融霜、抽空检修等作业，必须由制冷站站长批准，站长或者指定的技术员在现场"
        "监护；放油作业必须在关闭油包进液阀并降压后进行，放油时人员站在上风侧，严禁用水冲洗放油口。",
    ),
    (
        "art",
        "氨制冷系统的安全阀每年校验1次，压力表每半年检定1次，校验检定合格后加铅封；氨气浓度报警装置"
        "每季度由设备动力部标定1次。",
    ),
    (
        "art",
        "冷库门内侧必须装设应急开门装置，库内设置带有明显标识的被困人员报警按钮，报警信号送至制冷站"
        "值班室；库内照明、报警按钮的完好情况由库管员每日检查。",
    ),
    (
        "art",
        "进入冷库作业实行“双人进出、登记进出、清点出库”：进入冷库作业不得少于2人，进出库在门口登记簿"
        "上登记；冷库当班作业结束关门前，库管员必须进库查看确认库内无人，并核对登记簿，确认全部人员已经"
        "出库后方可关门上锁。",
    ),
    (
        "art",
        "在零下18℃及以下的冷藏间和速冻间内作业，应穿戴防寒服、防寒鞋和防寒手套，连续作业时间不得超过"
        "45分钟，出库后在缓冲间或休息室暖身休息不少于15分钟后方可再次进库。患有高血压、心脏病等不宜低温"
        "作业疾病的人员，不得安排冷库作业。",
    ),
    (
        "art",
        "冷库冷风机融霜时，库内停止装卸作业；库顶、库板上严禁堆放物品和踩踏，冷库地坪出现冻鼓、开裂"
        "的，由冷链物流中心报设备动力部处理。",
    ),
    ("h1", "锅炉与压力容器安全管理"),
    (
        "art",
        "锅炉房设2台4吨/小时燃气蒸汽锅炉，为蒸煮、烘焙、清洗供汽。锅炉运行期间，每班至少配备1名持证"
        "司炉工在岗，司炉工不得擅离岗位。",
    ),
    (
        "art",
        "司炉工每班对锅炉水位表冲洗1次，对锅炉排污1次，对燃气管道和阀门进行1次泄漏检查；锅炉水质"
        "每班化验不少于2次，化验结果记入水质化验记录。",
    ),
    (
        "art",
        "锅炉安全阀每月手动排放试验1次，每年由有资质的机构校验1次；锅炉房可燃气体报警装置每季度标定1次，"
        "报警时自动切断燃气紧急切断阀并启动事故排风。",
    ),
    (
        "art",
        "蒸煮夹层锅、杀菌釜等压力容器，操作人员开盖前必须确认压力表回零、排汽阀已打开；压力容器的安全附件"
        "由设备动力部按期校验，超期未校验的压力容器不得使用。",
    ),
    ("h1", "粉尘防爆安全管理"),
    (
        "art",
        "原料处理车间的面粉投料间、糖粉粉碎间和烘焙车间的筛粉间为粉尘涉爆区域，入口设置粉尘防爆警示标志，"
        "区域内电气设备和照明必须符合防爆要求。",
    ),
    (
        "art",
        "粉尘涉爆区域实行每班清扫制度，采用负压吸尘方式清理积尘，严禁使用压缩空气吹扫；作业场所设备、"
        "地面、墙面、横梁等部位积尘厚度不得超过1毫米。",
    ),
    (
        "art",
        "除尘系统与粉碎机实行联锁，除尘系统先于粉碎机启动、后于粉碎机停机；除尘器灰斗每班卸灰不少于1次，"
        "卸下的粉尘装袋后当班运至指定地点。除尘器泄爆口必须朝向无人员通行的安全区域。",
    ),
    (
        "art",
        "糖粉粉碎机进料口设置磁选装置，防止铁质杂物进入粉碎腔；磁选装置每班清理1次。粉尘涉爆区域严禁"
        "吸烟和携带火种，确需动火的，按一级动火管理。",
    ),
    (
        "art",
        "油炸生产线的油炸锅应设置油温超温报警和自动切断装置，油温控制在185℃以下；每条油炸线旁配备"
        "灭火毯2块和适用于食用油火灾的灭火器。排烟罩和排油烟管道每季度清洗1次。",
    ),
    ("h1", "危险作业管理"),
    (
        "art",
        "动火、有限空间、高处、临时用电、吊装、设备检修等危险作业实行作业票证管理，作业前必须办理审批手续，"
        "落实安全措施，指定专人监护。未办理作业票证的，任何人不得作业。",
    ),
    ("art", "动火作业分为特级、一级和二级："),
    (
        "item",
        "（一）在运行中的液氨制冷系统设备、管道上动火，为特级动火，由总经理审批，作业票有效期不超过8小时；",
    ),
    (
        "item",
        "（二）在制冷站、锅炉房、燃气调压站、粉尘涉爆区域、油炸间和冷库保温层附近动火，为一级动火，"
        "由分管安全的副总经理审批，作业票有效期不超过8小时；",
    ),
    (
        "item",
        "（三）在上述区域以外的车间、仓库内动火，为二级动火，由安全环保部审批，作业票有效期不超过24小时。",
    ),
    (
        "art",
        "动火作业前30分钟内进行可燃气体检测，检测合格后方可动火；动火点周围10米范围内的可燃物必须清除或"
        "用阻燃材料遮盖。动火期间监火人不得离开现场，作业结束后监火人应对现场留观不少于30分钟，确认无"
        "残留火种后方可离开。",
    ),
    (
        "art",
        "公司的有限空间包括污水处理站调节池、化粪池、面粉筒仓、糖浆储罐、冷库回气管沟和地下排水井。"
        "进入有限空间作业必须坚持“先通风、再检测、后作业”，作业前检测氧含量应在19.5%至23.5%之间，"
        "硫化氢浓度低于10毫克/立方米；作业过程中每隔30分钟复测1次，监护人必须在有限空间外全程监护，"
        "不得离开。",
    ),
    (
        "art",
        "面粉筒仓清仓作业前，必须停止进料和出料，切断仓顶除尘器和出料设备电源并上锁挂牌；作业人员"
        "系好安全带和救生绳，严禁从仓底出料口进入，严禁在仓内物料表面下方掏挖。",
    ),
    (
        "art",
        "在坠落高度基准面2米及以上有可能坠落的高处作业，必须系挂安全带，安全带应高挂低用；冷库库顶和"
        "锅炉房屋面作业还应设置生命绳。遇五级以上大风、雷雨天气，停止露天高处作业。",
    ),
    (
        "art",
        "临时用电由设备动力部审批，临时用电作业票有效期不超过15天，到期仍需使用的重新办理；临时配电箱"
        "必须设置漏电保护器，漏电动作电流不大于30毫安。冷库和清洗间等潮湿场所的临时照明电压不得超过12伏。",
    ),
    ("h1", "厂内机动车辆与仓储装卸"),
    (
        "art",
        "叉车、牵引车等场内机动车辆必须经定期检验合格，由持证司机驾驶。叉车在厂区道路行驶速度不得超过"
        "10公里/小时，在车间、冷库和月台内行驶速度不得超过5公里/小时，转弯、倒车和过门时必须鸣笛减速。",
    ),
    (
        "art",
        "叉车严禁载人，严禁用货叉举升人员登高作业；货叉下严禁站人。司机离开叉车时，应将货叉落地、"
        "拉紧手制动并拔下钥匙。",
    ),
    (
        "art",
        "冷链物流中心月台装卸时，冷藏车必须熄火、拉紧手制动并在后轮放置止退块，月台调节板搭接牢固后"
        "方可进行叉车作业。冷库内货物堆垛高度不得超过4.5米，距冷风机和墙面不少于0.3米。",
    ),
    (
        "art",
        "电动叉车在指定的充电区充电，充电区保持通风，配备灭火器，充电期间不得在充电区内吸烟或者动火。",
    ),
    ("h1", "隐患排查治理"),
    (
        "art",
        "公司建立分级隐患排查制度，各级检查的组织部门和频次按下表执行。检查发现的隐患填入隐患台账，"
        "实行定人、定时间、定措施、定资金、定预案的“五定”整改。",
    ),
    (
        "table",
        [
            ["检查类别", "组织部门", "检查频次", "参加人员"],
            ["公司综合检查", "安全环保部", "每月1次", "分管副总经理、部门负责人"],
            ["车间检查", "各车间", "每周1次", "车间主任、车间安全员"],
            ["班组岗位检查", "各班组", "每班班前、班中、班后各1次", "班组长、岗位人员"],
            ["制冷系统专业检查", "设备动力部", "每月2次", "制冷站站长、技术员"],
            ["锅炉及压力容器专业检查", "设备动力部", "每月1次", "锅炉房负责人、司炉班长"],
            ["电气专业检查", "设备动力部", "每季度1次", "电气工程师、电工"],
            ["季节性检查", "安全环保部", "每年5月、11月各1次", "各部门负责人"],
            ["节假日前检查", "安全环保部", "节前3天内", "值班领导、各部门负责人"],
        ],
    ),
    (
        "art",
        "一般事故隐患能够当场整改的立即整改；不能当场整改的，由责任部门制定措施限期整改，整改期限一般"
        "不超过7天。重大事故隐患由总经理组织制定治理方案，治理期间采取停产停用等防范措施，治理完成后"
        "组织验收。",
    ),
    (
        "art",
        "鼓励职工报告事故隐患。报告的隐患经安全环保部核实属实的，每条奖励50元至300元；报告重大事故隐患"
        "经核实的，奖励2000元。",
    ),
    ("h1", "应急管理与事故报告"),
    (
        "art",
        "公司编制生产安全事故综合应急预案，液氨泄漏、火灾、粉尘爆炸、锅炉事故专项应急预案和冷库人员被困"
        "等现场处置方案。综合应急预案每年至少演练1次，液氨泄漏专项应急预案每半年至少演练1次，冷库人员"
        "被困现场处置方案每季度演练1次。",
    ),
    (
        "art",
        "制冷站应急柜配备正压式空气呼吸器4套、重型防化服2套、过滤式防毒面具（氨型滤毒罐）10套及"
        "堵漏工具一套，由制冷站站长指定专人每月检查1次，确保完好。",
    ),
    (
        "art",
        "发生液氨泄漏时，现场人员应立即向制冷站值班室和安全环保部报告，在确保自身安全的前提下关闭相关"
        "阀门；其他人员根据风向标指示，向上风向或者侧风向撤离至北门外停车场集合，严禁向下风向和低洼处"
        "撤离。具体处置程序见附件。",
    ),
    (
        "art",
        "发生事故后，事故现场有关人员应当立即报告本部门负责人和安全环保部，部门负责人接到报告后应在"
        "15分钟内报告分管副总经理和总经理；总经理接到报告后，应在1小时内向属地应急管理部门和有关部门报告。"
        "安全环保部24小时值班电话：0523-86471119。",
    ),
    (
        "art",
        "事故调查处理坚持“四不放过”原则。轻伤事故由车间组织调查，安全环保部参加；重伤及以上事故由"
        "公司配合政府有关部门调查。事故调查报告应在事故发生之日起15日内完成。",
    ),
    ("h1", "奖励与处罚"),
    (
        "art",
        "公司每年对安全生产先进车间、先进班组和先进个人进行表彰，先进班组奖励2000元，先进个人奖励800元。",
    ),
    ("art", "职工有下列违章行为之一的，按以下标准处罚；造成事故的，从重处罚："),
    ("item", "（一）进入生产区域未按规定穿戴劳动防护用品的，每次罚款50元；"),
    ("item", "（二）一人单独进入冷库作业或者未执行进出库登记的，每次罚款200元；"),
    ("item", "（三）在粉尘涉爆区域吸烟或者使用压缩空气吹扫积尘的，每次罚款500元；"),
    ("item", "（四）叉车超速行驶、载人或者无证驾驶叉车的，每次罚款300元；"),
    (
        "item",
        "（五）未办理作业票证进行动火或者进入有限空间作业的，每次罚款1000元，并对所在部门负责人罚款500元；",
    ),
    ("item", "（六）擅自关闭、拆除氨气浓度报警装置或者事故排风机的，每次罚款2000元，并调离岗位。"),
    (
        "art",
        "职工一年内累计受到违章处罚3次的，停岗参加安全培训不少于3天，考试合格后方可重新上岗。",
    ),
    ("h1", "附　　则"),
    ("art", "本制度由安全环保部负责解释。"),
    ("art", "本制度自2025年4月15日起施行，公司2021年印发的《安全管理制度》同时废止。"),
    ("annex", "附件"),
    ("annex_title", "液氨泄漏应急处置程序"),
    ("item", "一、报警"),
    (
        "item",
        "（一）发现人员立即通过对讲机或者电话向制冷站值班室报告泄漏部位、泄漏程度和有无人员受伤；",
    ),
    (
        "item",
        "（二）制冷站值班人员接到报告后，立即报告制冷站站长和安全环保部；泄漏量大、无法控制的，"
        "由现场最高负责人决定拨打119、120报警。",
    ),
    ("item", "二、现场处置"),
    ("item", "（一）切断与控制"),
    ("item", "1. 立即停止制冷压缩机和氨泵运行，启动事故排风机；"),
    ("item", "2. 关闭泄漏点两端最近的阀门，无法靠近的，关闭上一级总阀；"),
    (
        "item",
        "3. 进入泄漏区的处置人员不少于2人，必须佩戴正压式空气呼吸器、穿重型防化服，由1人在警戒区外监护。",
    ),
    ("item", "（二）警戒与疏散"),
    ("item", "1. 以泄漏点为中心设置警戒区，禁止无关人员和车辆进入；"),
    (
        "item",
        "2. 疏散人员时注意：（1）用湿毛巾捂住口鼻；（2）沿上风向或者侧风向撤离；"
        "（3）到达集合点后由各部门负责人清点人数，报告现场指挥。",
    ),
    ("item", "三、人员救护"),
    ("item", "（一）吸入氨气的人员迅速移至空气新鲜处，保持呼吸道通畅，呼吸困难的给予吸氧；"),
    ("item", "（二）皮肤或者眼睛接触液氨的，立即用大量清水冲洗不少于15分钟，并送医院治疗。"),
    ("item", "四、恢复"),
    (
        "item",
        "泄漏处理完毕后，经检测机房内氨气浓度低于报警值，并经制冷站站长确认，方可恢复制冷系统运行。",
    ),
]

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..99 as written in article and chapter numbers: 十, 十二, 二十."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


NO_LINE_START = set("，。；：、？！）》」』”’％%…—")
NO_LINE_END = set("（《「『“‘")


def _glued(a: str, b: str) -> bool:
    """Word does not break inside a run of Latin letters and digits (100ppm, 0523-86471195, 1.5)."""
    return a.isascii() and b.isascii() and (a.isalnum() or a in ".-/") and (b.isalnum() or b in ".-/%")


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Break a paragraph into printed lines the way Word does for Chinese: at any character, but never
    with a closing mark at the start of a line, an opening mark at its end, or inside a Latin run."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if not current or pdf.get_string_width(current + ch) <= width or ch in NO_LINE_START:
            current += ch
            continue
        cut = len(current)
        while cut > 1 and (
            _glued(current[cut - 1], current[cut] if cut < len(current) else ch)
            or current[cut - 1] in NO_LINE_END
        ):
            cut -= 1
        lines.append(current[:cut])
        current = current[cut:] + ch
    if current:
        lines.append(current)
    return lines


class RulebookPDF(FPDF):
    """A4 pages with Word-like margins, a running header from page 2 and a 第 N 页 共 M 页 footer."""

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("wqy", size=9)
        self.set_text_color(90, 90, 90)
        self.set_y(12)
        self.cell(0, 5, RUNNING_HEAD, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 17.5, self.w - self.r_margin, 17.5)
        self.set_text_color(0, 0, 0)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("wqy", size=9)
        self.cell(0, 6, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")


def paragraph(pdf: FPDF, text: str, height: float) -> None:
    """Print one paragraph as hard-wrapped lines, each line its own text run, as a PDF export has it."""
    for printed in wrap(pdf, text, pdf.epw):
        pdf.cell(0, height, printed, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def build(out: Path = OUT) -> Path:
    pdf = RulebookPDF(format="A4")
    pdf.set_margins(left=26, top=26, right=24)
    pdf.set_auto_page_break(auto=True, margin=24)
    pdf.add_font("wqy", fname=str(FONT), collection_font_number=0)
    pdf.alias_nb_pages("{nb}")
    pdf.set_title("凯达食品有限公司安全生产管理制度")
    pdf.set_author("凯达食品有限公司安全环保部")
    pdf.set_creation_date(datetime(2025, 4, 7, 9, 30, tzinfo=UTC))  # same bytes on every run
    pdf.add_page()
    line = 7.2

    for kind, text in NOTICE:
        if kind == "red":
            pdf.set_y(40)
            pdf.set_font("wqy", size=26)
            pdf.set_text_color(200, 0, 0)
            pdf.cell(0, 14, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(6)
        elif kind == "docno":
            pdf.set_font("wqy", size=12)
            pdf.cell(0, 8, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_draw_color(200, 0, 0)
            pdf.set_line_width(0.8)
            pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0)
            pdf.ln(10)
        elif kind == "title":
            pdf.set_font("wqy", size=16)
            pdf.multi_cell(0, 9, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(6)
        elif kind == "p":
            pdf.set_font("wqy", size=12)
            paragraph(pdf, INDENT + text, line)
            pdf.ln(2)
        elif kind == "left":
            pdf.set_font("wqy", size=12)
            paragraph(pdf, text, line)
            pdf.ln(2)
        elif kind == "right":
            pdf.set_font("wqy", size=12)
            pdf.cell(0, line, text + "　　", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "rule":
            pdf.ln(30)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(3)

    pdf.add_page()
    chapter = article = 0
    for kind, content in BODY:
        if kind == "title":
            pdf.set_font("wqy", size=18)
            pdf.multi_cell(0, 11, str(content), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
        elif kind == "h1":
            chapter += 1
            pdf.ln(3)
            pdf.set_font("wqy", size=14)
            pdf.cell(
                0,
                9,
                f"第{chinese_number(chapter)}章　{content}",
                align="C",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            pdf.ln(2)
        elif kind == "art":
            article += 1
            pdf.set_font("wqy", size=12)
            paragraph(pdf, f"{INDENT}第{chinese_number(article)}条　{content}", line)
            pdf.ln(1.5)
        elif kind == "item":
            pdf.set_font("wqy", size=12)
            paragraph(pdf, INDENT + str(content), line)
            pdf.ln(1)
        elif kind == "table":
            rows = content
            assert isinstance(rows, list)
            pdf.set_font("wqy", size=10)
            with pdf.table(
                col_widths=(42, 24, 48, 46),
                line_height=6.5,
                text_align="CENTER",
                first_row_as_headings=True,
                headings_style=FontFace(emphasis="", fill_color=(230, 230, 230)),
            ) as table:
                for row in rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(3)
        elif kind == "annex":
            pdf.add_page()
            pdf.set_font("wqy", size=14)
            pdf.cell(0, 9, str(content), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "annex_title":
            pdf.set_font("wqy", size=16)
            pdf.cell(0, 10, str(content), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
