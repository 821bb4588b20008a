"""Generate tests/data/rulebook_dianchi.docx, the document of the blind set qa_holdout_dianchi.yaml.

An invented lithium-ion cell factory's safety rulebook (《锐能新能源电芯制造有限公司安全生产管理制度》:
NMP coating and calendering, electrolyte filling in dry rooms, formation/grading with thermal-runaway risk,
ageing rooms, hazardous waste, forklifts, hot work, hydrofluoric acid) written with python-docx the way a
Word user builds such a file: a covering notice (red head, 文号, title with a manual line break, signature,
抄送/印发 block) in its own section, then the rulebook in a second section with a running header (company
name) and a "第 N 页 共 M 页" footer made of PAGE/NUMPAGES fields.

Chapters (第X章), articles (第X条, running on across chapters) and items (（一）…) are numbered by Word's
AUTOMATIC multilevel numbering (numbering.xml, chineseCounting), so the numbers never appear in the
paragraph text. Messiness as in real Word files: runs split at script changes and mid-word, _Hlk/_GoBack
bookmarks, unnumbered continuation paragraphs, typed "1．" sub-items mixed with automatic items, one
chapter numbered by direct formatting instead of the style, soft line breaks, non-breaking and full-width
spaces, mixed half/full-width punctuation, a tracked insertion/deletion left in, a reviewer comment,
cross-references typed as plain text (one of them stale), empty spacing paragraphs, a table with merged
header cells followed by a 注 paragraph, and an annex table of emergency phones after a page break.

    .venv/bin/python tests/data/make_rulebook_dianchi.py
"""

from __future__ import annotations

import sys
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "rulebook_dianchi.docx"
QA = HERE / "qa_holdout_dianchi.yaml"
COMPANY = "锐能新能源电芯制造有限公司"
NUM_ID = 15  # python-docx's template already holds w:num 1-9 and w:abstractNum 0-8
ABSTRACT_ID = 12

# ---------------------------------------------------------------------------------------------------------
# Covering notice (section 1, no running header).
# ---------------------------------------------------------------------------------------------------------
NOTICE: list[tuple[str, str]] = [
    ("red", "锐能新能源电芯制造有限公司文件"),
    ("docno", "锐能安〔2025〕9号"),
    ("title", "关于印发《锐能新能源电芯制造有限公司安全生产\n管理制度》的通知"),
    ("left", "各部门、各车间，驻厂承包商单位:"),
    (
        "p",
        "为深入落实企业安全生产主体责任，有效防范电芯生产过程中的火灾爆炸、化学灼伤、中毒窒息和车辆伤害"
        "事故，公司安全生产委员会组织对2022年版《安全生产管理规定》进行了全面修订，形成了《锐能新能源电芯"
        "制造有限公司安全生产管理制度》。该制度已经2025年6月10日公司总经理办公会审议通过，现予印发，请"
        "认真组织学习，抓好贯彻落实。",
    ),
    (
        "p",
        "各车间要在7月31日前组织本单位全体员工完成制度学习和闭卷考试，考试成绩报安全环保部备案。执行中"
        "遇到的问题，请及时向安全环保部反馈。",
    ),
    ("left", "附件：锐能新能源电芯制造有限公司安全生产管理制度"),
    ("blank", ""),
    ("right", "锐能新能源电芯制造有限公司"),
    ("right", "2025年6月16日　　"),
    ("left", "（联系人：安全环保部\u00a0葛振宇　联系电话：0796-8352617）"),
    ("blank", ""),
    ("rule", "抄送：公司董事会办公室，工会委员会。"),
    ("rule", "锐能新能源电芯制造有限公司综合管理部　　　　　　2025年6月16日印发"),
]

# ---------------------------------------------------------------------------------------------------------
# The rulebook (section 2). A small line markup keeps the text readable here:
#   "== "  title                     "# "  chapter (automatic 第X章)
#   "* "   article (automatic 第X条); "*[key] " also records the article number under key
#   "- "   item (automatic （X）)     "> "  unnumbered continuation paragraph of an article
#   "~ "   typed sub-item ("1．…")    "% "  注 paragraph (small type)
#   "! "   table marker               "  "  continuation of the previous line (joined without a space)
# In the text, {ref:key} becomes the Chinese number of that article, {stale:key} one less (a cross-
# reference nobody updated after an article was inserted), "\n" a manual line break, [+…+] a tracked
# insertion and [-…-] a tracked deletion. "#!" marks a chapter numbered by direct formatting.
# ---------------------------------------------------------------------------------------------------------
BODY = """
== 锐能新能源电芯制造有限公司安全生产管理制度
# 总　　则
* 为了加强公司安全生产管理，防范火灾、爆炸、中毒窒息、化学灼伤、机械伤害和车辆伤害事故，保障从业人员
  生命安全和公司财产安全，根据《中华人民共和国安全生产法》《中华人民共和国消防法》《中华人民共和国固体
  废物污染环境防治法》《危险化学品安全管理条例》等法律法规和锂离子电池行业有关标准，结合公司方形铝壳
  动力电芯和储能电芯生产实际，制定本制度。
* 本制度适用于公司一期、二期电芯工厂（含搅拌、涂布、辊压、分切、卷绕、装配、注液、化成、分容、老化\\n
  等工序）、原料仓库、成品仓库、危险化学品库、危险废物暂存间、NMP回收站、动力车间及办公区域。在公司
  厂区内作业的承包商人员、劳务派遣人员、实习学生和来访人员，同样遵守本制度。
* 公司安全生产工作坚持安全第一、预防为主、综合治理的方针，实行“管生产必须管安全、管业务必须管安全”
  和“谁主管、谁负责”的原则，建立健全全员安全生产责任制，做到横向到边、纵向到底。
* 本制度下列用语的含义：
- 热失控，是指电芯内部放热反应失去控制，温度急剧升高，并伴随冒烟、喷射、起火或者爆炸的现象；
- 干燥房，是指装配、注液、封口等工序使用的低湿度房间，包括装配干燥房、注液间、二次注液间、真空静置
  间及其缓冲间；
- 化成，是指对注液后的电芯进行首次充电，使其负极表面形成稳定界面膜的工序；分容，是指对电芯进行充放电，
  测定容量并分档的工序；
- 危险废物，是指列入《国家危险废物名录》的废电解液、废NMP、沾染电解液的废包装物和废抹布、不合格及
  报废电芯、废活性炭等。
* 公司年度安全生产目标为：不发生人员死亡和重伤事故，不发生火灾事故，不发生危险化学品泄漏造成的环境
  污染事件，轻伤事故频率控制在1‰以内。安全环保部每年1月将目标分解到各部门、各车间，年底考核。
* 公司每年6月为“安全生产月”，由安全环保部组织开展宣传教育、应急演练和专项检查。公司按照国家规定
  足额提取安全生产费用，专款专用，由财务部建立安全生产费用使用台账。
* 安全生产费用主要用于下列方面：
- 完善、改造和维护安全防护设施设备，包括化成区温度监控、消防联动和事故排风系统；
- 配备、维护应急救援器材，开展应急演练；
- 开展安全生产检查、评估评价和重大事故隐患整改；
- 安全生产宣传、教育、培训以及劳动防护用品配备。
# 安全生产责任
* 公司成立安全生产委员会（以下简称安委会），总经理任主任，分管安全的副总经理任常务副主任，各部门、
  各车间负责人为成员。安委会每季度召开一次全体会议，研究解决安全生产中的重大问题；发现重大事故隐患
  或者发生事故时，由主任召集临时会议。安委会办公室设在安全环保部。
* 总经理是公司安全生产第一责任人，对公司安全生产工作全面负责，主要履行下列职责：
- 建立健全并落实全员安全生产责任制，组织制定并实施安全生产规章制度和操作规程；
- 保证安全生产投入的有效实施，审批年度安全生产费用使用计划；
- 每月至少带队开展一次全厂安全检查，督促、检查安全生产工作，及时消除事故隐患；
- 组织制定并实施生产安全事故应急救援预案，及时、如实报告生产安全事故。
* 分管安全的副总经理协助总经理做好安全生产工作，负责审批一级动火作业和受限空间作业，每半年组织一次
  热失控应急演练效果评估。其他副总经理对分管范围内的安全生产工作负领导责任。
* 安全环保部是公司安全生产综合监督管理部门，配备专职安全管理人员不少于6人，其中注册安全工程师不少于
  2人。安全环保部负责安全教育培训的组织、隐患排查治理的督办、危险作业许可的审核和现场监督、危险废物
  的统一管理以及事故统计和报告等工作。
* 设备动力部负责化成柜、分容柜、涂布机、辊压机、除湿机组、NMP回收系统和场内机动车辆等设备设施的
  安全技术状态，负责温度监控系统、可燃气体和氟化氢检测报警系统、消防联动系统的日常维护。化成区的烟感
  和温感探头每月进行一次功能测试，测试记录保存1年。
* 各生产车间主任是本车间安全生产第一责任人。班组长每班开工前组织班前会，讲解当班作业风险和注意事项，
  检查劳动防护用品佩戴情况，班前会时间不少于10分钟。
* 从业人员应当严格遵守本制度和岗位安全操作规程，正确佩戴和使用劳动防护用品，接受安全教育培训；发现
  事故隐患或者其他不安全因素，应当立即向班组长或者车间安全员报告。
* 从业人员有权了解作业场所和工作岗位存在的危险因素、防范措施及事故应急措施，有权拒绝违章指挥和强令
  冒险作业。发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所。
  公司不得因此降低其工资、福利等待遇或者解除与其订立的劳动合同。
# 安全教育培训
* 新入厂员工必须经过公司、车间、班组三级安全教育，培训时间累计不少于32学时，考试合格后方可上岗。
> 注液、化成、分容和危险废物管理岗位的新员工，还应当在师傅带领下实习不少于1个月，经车间考核合格后
  方可独立操作。
* 从事电工、焊接与热切割、高处作业、制冷与空调作业的人员，以及叉车司机、压力容器操作人员，必须取得
  相应的特种作业操作证或者特种设备作业人员证，持证上岗。证件由安全环保部统一建立台账，在证件到期前
  3个月提醒复审。
* 在岗员工每年接受安全再培训的时间不少于12学时。员工调整工作岗位或者离岗6个月以上重新上岗的，
  应当重新接受车间和班组级安全教育。采用新工艺、新材料、新设备的，由工艺部对有关人员进行专门培训。
* 承包商作业人员进厂前，由安全环保部进行入厂安全教育，时间不少于4学时，重点讲解干燥房、注液区、
  化成区的禁入规定和应急疏散路线，考试合格后发放临时出入证。来访人员进入生产区域，必须由接待部门人员
  全程陪同。
* 承包商进场作业前，应当与公司签订安全生产管理协议，明确各自的安全生产管理职责，并指定专职或者兼职
  安全管理人员在现场全程管理。同一区域有两个以上承包商交叉作业的，由安全环保部负责统一协调。
# 搅拌、涂布、辊压及NMP管理
* 搅拌工序投料前，操作人员应当确认搅拌罐已停机、真空已泄放，投料口格栅完好。严禁在搅拌桨转动时将手、
  工具伸入罐内；清理罐壁结料时，应当执行停机、断电、挂牌上锁，并由班组长确认后方可作业。
* 正极浆料使用的N-甲基吡咯烷酮（NMP）属于可燃液体，对人体生殖系统有毒性。NMP储罐区、配料间和涂布
  车间应当保持通风良好，严禁烟火；储罐区围堰的有效容积不得小于最大单罐容积。
* NMP槽车卸料时，应当先连接静电接地装置；卸料过程中驾驶员和罐区管理员不得离开现场，雷雨天气禁止卸料。
  卸料完毕静置不少于10分钟后，方可拆除静电接地线。
* 涂布机烘箱必须设置溶剂蒸气浓度在线监测装置。烘箱排风中NMP蒸气浓度达到爆炸下限的25%时声光报警，
  达到爆炸下限的50%时联锁切断烘箱加热并停止走带。烘箱排风机故障或者排风量低于设定值时，烘箱不得加热。
* 操作人员接触NMP时必须佩戴丁基橡胶手套和防护眼镜；清洗涂布模头、搅拌罐时应当开启局部排风。怀孕及
  哺乳期女职工不得安排从事接触NMP的作业。NMP沾染皮肤时，应当立即用肥皂和流动清水冲洗。
*[lockout] 辊压机、分切机运行时，严禁用手或者工具清理辊面、刀口。必须清理时，应当按下急停按钮、切断
  主电源，在控制柜上挂“禁止合闸”标识牌并上锁，钥匙由作业人员本人保管。辊压机两侧的安全光栅和急停
  拉绳由操作工每班开机前点检，失效的不得开机。
* 在辊压机、分切机等旋转设备旁作业时禁止戴线手套，长发必须盘入工作帽内。辊压机换辊时应当使用专用
  吊具，吊装区域设置警戒，非作业人员不得进入。
* NMP回收系统冷凝器、吸附塔的检修，按照受限空间作业管理，执行本制度第{ref:confined}条的规定。回收
  的NMP废液应当用专用储罐收集，不得与其他废液混存。
# 装配、注液及干燥房管理
* 卷绕、装配工序使用的激光焊接设备应当设置防护罩和门联锁，防护罩打开时激光器不得出光。设备维修调试需要
  打开防护罩的，作业人员必须佩戴与激光波长相匹配的防护眼镜，并在区域入口设置“激光作业”警示标识。
*[drop] 电芯装配、转运过程中，严禁使用未包覆绝缘层的金属工具同时接触电芯正负极，严禁电芯极柱与金属料架、托盘
  直接接触，防止外部短路。掉落地面的电芯应当单独挑出，经品质部检验后方可继续流转。
* 干燥房实行封闭管理。露点控制值为：装配干燥房不高于-35℃，注液间不高于-45℃。露点超过控制值时，
  由当班班长通知设备动力部处理，同时暂停注液作业。
* 进入干燥房的人员应当在缓冲间更换连体防尘服，经风淋不少于15秒后进入，严禁携带食品、饮料、打火机和
  手机。注液间内同时作业人数不得超过十二人。
* 电解液属于易燃液体，遇水会分解生成氟化氢，形成氢氟酸。电解液桶（罐）应当存放在专用电解液库内，库内
  温度控制在10℃至25℃，库存量不得超过3天的生产用量。电解液桶开启、对接管路应当在防爆通风柜内进行。
> 注液间、电解液库设置氟化氢检测报警器，低报值设定为1ppm，高报值设定为3ppm。
* 电解液空桶应当拧紧桶盖、套袋密封，存放在电解液库的空桶区，由供应商定期回收，严禁改作他用或者与一般
  废物混放。
* 注液、补液及更换电解液桶时，操作人员应当佩戴防酸面罩、丁腈手套和防化围裙，严禁单人作业。注液机
  周边配备吸附棉、中和剂（碳酸氢钠）和洗眼器，洗眼器每周试放水一次。
* 电解液泄漏按照下列要求处置：
- 少量泄漏（1升以下）的，由当班人员佩戴防护用品后用吸附棉覆盖吸收，收集物放入危险废物专用密封桶；
- 大量泄漏或者氟化氢检测报警器高报的，现场人员立即撤离至上风向，关闭干燥房门，启动事故排风，由班长
  报告应急指挥中心，由公司应急救援队佩戴正压式空气呼吸器进入处置；
- 处置完毕后，经氟化氢浓度检测低于低报值，方可恢复作业。
* 皮肤或者眼睛接触电解液、氢氟酸时，应当立即用大量流动清水冲洗不少于15分钟；皮肤冲洗后涂抹2.5%葡萄
  糖酸钙凝胶，并送医务室处理；眼睛接触的，冲洗后立即送医院眼科就诊，不得自行涂抹任何药膏。
> 各注液间、电解液库应当配备葡萄糖酸钙凝胶，由车间安全员每月检查一次有效期。
#! 化成、分容及老化管理
* 化成、分容区域为公司重点防火部位，实行24小时值守。值班人员每小时巡检一次化成柜和分容柜，记录电压、
  电流、温度和报警情况。监控室人员不得离岗，确需离开的，由班长指定人员顶岗。
*[alarm] 化成柜温度报警实行三级管理，报警阈值及联动动作按照本条所附“化成柜温度报警阈值表”执行。任何人
  不得擅自修改报警阈值或者屏蔽报警点位；确需调整的，由工艺部提出、设备动力部实施，报分管安全的副总经理
  批准。
! thresholds
* 化成柜发生二级报警时，值班人员应当在3分钟内到达现场确认。确认电芯鼓胀、漏液或者温度持续上升的，应当
  将该库位电芯连同托盘转移至隔离区，隔离区观察不少于24小时。发生三级报警的，按照本制度第七章处置。
* 化成区、分容区每个防火分区配置不少于2个浸泡水箱（单个有效容积不小于1立方米）、消防沙箱和推车式
  灭火装置。区域内通道宽度不得小于1.5米，严禁堆放纸箱、泡沫等可燃物。
* 高温老化房温度设定为45℃±2℃，常温老化房温度设定为25℃±3℃。老化房内料架之间保持不小于0.8米的
  间距，电芯托盘不得超过料架最高层堆放。老化房每4小时巡检一次，检查烟感报警、温度记录和电芯外观。
* 电芯上柜前，操作人员应当检查电芯外观，发现壳体变形、漏液、极柱损伤的，不得上柜。化成过程产生的气体经
  负压抽气系统集中排放，负压系统故障报警时应当暂停化成。
* 交接班时，交班人员应当向接班人员交代设备运行状态、报警记录和未处理的异常电芯，双方在交接班记录上签字；
  异常情况未交代清楚的，交班人员不得离岗。
* 老化房门口应当张贴当班老化批次、数量和责任人信息。老化房内严禁设置插线板等临时用电设施，检修用电
  应当办理临时用电作业许可。
* 分容后的不良电芯（鼓胀、漏液、电压异常、自放电超标）应当在当班挑出，贴红色标识，放入不良品防爆柜，
  不得与合格品混放，每日由品质部统一移交危险废物暂存间。
* 化成、分容设备检修前，应当将柜内电芯全部取出，对设备断电、验电，并执行本制度第{ref:lockout}条规定的
  挂牌上锁要求。
# 热失控应急处置
* 公司设立应急指挥中心，设在二期化成车间一楼监控室，24小时值班，内线电话8119。公司应急救援队由安全
  环保部、设备动力部和化成车间人员组成，队员名单每年调整一次并在应急指挥中心公示。
* 发现电芯冒烟、喷射电解液、起火或者化成柜发生三级报警时，现场人员应当立即：
- 按下化成柜急停按钮，切断充放电回路；
- 通过对讲机或者内线电话报告应急指挥中心，并按下就近的手动火灾报警按钮；
- 在确保自身安全的前提下，使用耐高温夹钳将单只冒烟电芯移入浸泡水箱；无法移动或者已成片起火的，不得
  冒险处置，立即撤离。
* 应急指挥中心接报后立即启动应急预案，通知公司应急救援队在5分钟内到达现场，组织化成车间人员从最近的
  安全出口疏散，在下风向50米以外设立警戒区。已经起火的，立即拨打119报警，并派人到东门引导消防车。
* 热失控电芯的灭火以大量水持续冷却为主。明火熄灭后应当继续用水冷却，并安排专人监护不少于12小时，防止
  复燃。移入浸泡水箱的电芯浸泡时间不少于72小时。处置人员应当佩戴正压式空气呼吸器，防范氟化氢等有毒
  烟气。
* 浸泡后的电芯、沾染电解液的消防水和灭火沙按照危险废物管理，不得直接排入雨水管网。现场清理完毕后，
  由安全环保部组织调查，事故信息按照本制度第{stale:report}条的规定报告。
* 公司每半年至少组织一次热失控现场处置演练，化成车间每季度组织一次桌面推演。演练结束后应当进行评估，
  形成书面记录。
* 公司生产安全事故应急预案由安全环保部组织编制，经评审后由总经理签署发布，并报园区应急管理局备案。
  应急预案每3年至少评估一次；生产工艺、关键设备或者应急组织机构发生重大变化的，应当及时修订。
# 消防安全管理
* 公司实行消防安全责任制，总经理为消防安全责任人，分管安全的副总经理为消防安全管理人。各车间、仓库确定
  一名区域消防责任人，负责本区域防火检查和初期火灾扑救的组织工作。
* 消防控制室实行24小时双人值班，值班人员必须持有消防设施操作员证书。接到火灾报警信号后，值班人员应当
  立即通过视频或者派人到现场核实，核实时间不超过2分钟；确认发生火灾的，立即启动消防联动控制设备，并报告
  应急指挥中心。
* 各车间每日进行防火巡查，巡查内容包括：
- 安全出口、疏散通道是否畅通，常闭式防火门是否处于关闭状态；
- 消火栓、灭火器、浸泡水箱等消防器材是否完好有效；
- 有无违章用火、违章用电的情况；
- 电芯、纸箱等物品是否占用防火间距。
* 成品电芯仓库内的电芯应当以不高于30%的荷电状态存放，堆垛高度不得超过2米，垛与墙的间距不小于0.5米，
  垛与垛之间的间距不小于1米。仓库内严禁设置办公室、休息室，严禁使用电暖器等取暖设备。
* 公司设立微型消防站，配备灭火防护服、移动式排烟机、水带水枪等器材，站员每月进行一次器材操作训练，每季度
  与园区消防救援站开展一次联合训练。
* 严禁占用、堵塞、封闭疏散通道和安全出口，严禁遮挡消火栓，严禁擅自停用消防设施。消防设施因检修需要停用
  的，应当报安全环保部同意，并落实临时防范措施。
# 危险化学品及危险废物管理
* 电解液、NMP、酒精、液压油等危险化学品实行采购、入库、领用、使用、回收全过程台账管理。领用实行“双人
  领取、双人签字”，当班剩余的应当退回库房，不得在车间过夜存放。
* 危险废物暂存间应当设置防渗地面、导流沟和收集池，按类别分区存放并张贴危险废物标签。废电解液、废NMP
  应当使用密闭容器盛装，容器内液面距容器顶部不小于100毫米。
> 暂存间内危险废物按照下列区域分开存放：
~ 1．废电解液、废NMP等液态废物区，设置防泄漏托盘；
~ 2．报废电芯及不良电芯区，设置金属防爆柜；
~ 3．废包装物、废抹布、废活性炭等固态废物区。
> 暂存间实行“双人双锁”管理，两把钥匙分别由安全环保部危废管理员和仓储部保管员保管。
* 报废电芯进入暂存间前，应当由品质部放电至安全电压，并用绝缘胶带包覆极柱。报废电芯单独放置在金属防爆
  柜内，每个柜存放量不超过200只。
* 危险废物在暂存间的贮存时间不得超过90天，由安全环保部委托有资质的单位转移处置，严格执行转移联单制度。
  危险废物管理台账保存不少于5年。
* 严禁将危险废物混入生活垃圾或者一般工业固体废物，严禁私自出售、倾倒、焚烧危险废物。
* 危险废物暂存间由危废管理员每日巡查一次，检查容器有无泄漏、标签是否完好、防爆柜温度是否正常，巡查
  情况记入巡查记录。
#  场内机动车辆管理
* 叉车等场内机动车辆必须经特种设备检验机构定期检验合格，司机持证上岗，实行“一人一车一钥匙”管理，
  非指定司机不得驾驶。
* 叉车在厂区道路行驶速度不得超过10公里/小时，在车间、仓库内行驶速度不得超过5公里/小时；转弯、
  过门和通过交叉路口时，必须鸣笛减速。
* 叉车严禁载人，严禁用货叉托举人员登高作业。货物遮挡驾驶员视线的，应当倒车行驶或者安排专人引导。
* 叉车运输电芯托盘时，货物应当捆扎牢固，行驶中不得急转弯、急刹车；运输途中掉落的电芯，按照本制度
  第{ref:drop}条的规定处理。
* 叉车每班使用前由司机进行点检，检查制动、转向、喇叭、灯光、货叉和链条，并填写点检记录。锂电池叉车
  应当在指定充电区充电，充电区与成品电芯仓库的距离不小于10米，并配置灭火器材。
# 设备及用电安全
* 机械设备的传动、转动部位应当设置防护罩，防护装置不得随意拆除；因检修拆除的，检修完毕后应当立即恢复，
  并经设备动力部验收。
* NMP储罐区、电解液库、注液间内的电气设备应当符合防爆要求。储罐、输送管道应当可靠接地，法兰之间设置
  跨接线，接地电阻每年检测一次。
* 配电室实行专人管理，非电工不得进入。电工作业必须两人以上进行，一人操作、一人监护，停电作业应当验电、
  装设接地线。
* 临时用电线路的使用期限一般不超过15天，确需延长的，应当重新办理临时用电作业许可。
* 压力容器、压力管道、起重机械等特种设备，由设备动力部建立安全技术档案，按期申报定期检验；未经定期检验
  或者检验不合格的，不得继续使用。
# 动火及危险作业管理
* 动火作业实行许可管理，分为特级、一级和二级动火。在干燥房、注液间、电解液库、NMP储罐区、危险废物暂存
  间和化成区内动火的，为特级动火；在其他生产车间、仓库内动火的，为一级动火；在厂区其他区域动火的，为
  二级动火。
* 特级动火由总经理审批，一级动火由分管安全的副总经理审批，二级动火由安全环保部审批。审批人应当到现场
  确认安全措施落实后方可签字。
* 特级动火和一级动火作业证的有效期不超过8小时，二级动火作业证的有效期不超过72小时。超过有效期或者
  作业条件发生变化的，应当重新办理。
* 动火作业前，应当清除动火点周围15米范围内的可燃物，无法清除的用阻燃布覆盖。在特级、一级动火区域，
  动火前30分钟内进行可燃气体检测，检测合格方可动火；作业中断超过1小时的，应当重新检测。
* 每处动火点设专职监火人，监火人由动火所在部门指派，不得兼做其他工作。动火结束后，监火人应当清理现场，
  确认无残留火种，离开前继续观察不少于30分钟。
*[confined] 进入NMP储罐、回收塔、污水池等受限空间作业，必须办理受限空间作业许可证，严格执行“先通风、
  再检测、后作业”，氧含量应当在19.5%至21%之间。作业期间每2小时复测一次，监护人不得离开作业点。
* 高处作业、临时用电、吊装作业和设备检修作业，应当按照公司危险作业管理要求办理许可，作业前由作业负责人
  进行安全技术交底。
# 职业健康与劳动防护
* 公司为从业人员免费提供符合国家标准或者行业标准的劳动防护用品，并监督、教育其正确佩戴和使用，不得以
  货币或者其他物品替代劳动防护用品。
* 安全环保部每年委托有资质的机构对NMP、氟化物、[+正负极粉尘、+]噪声等职业病危害因素进行检测，检测结果在车间
  [-宣传栏-][+公告栏+]公布。接触职业病危害因素的员工，按照规定进行上岗前、在岗期间和离岗时的职业健康检查。
* 搅拌工序投料时应当开启除尘装置，投料人员佩戴防尘口罩和护目镜。正负极粉料的拆包、投料区域应当每班
  清扫，严禁用压缩空气吹扫积尘。
* 各岗位劳动防护用品的配备标准由安全环保部制定，主要包括：
~ 1．搅拌投料岗位：防尘口罩、护目镜、防护手套；
~ 2．涂布、NMP回收岗位：丁基橡胶手套、防护眼镜、防毒口罩；
~ 3．注液岗位：防酸面罩、丁腈手套、防化围裙、连体防尘服；
~ 4．化成、分容岗位：绝缘手套、防护面屏；
~ 5．危险废物管理岗位：防化手套、防化靴、防毒面具。
> 劳动防护用品损坏、失效的，员工可以凭旧品到仓储部以旧换新。
# 风险管控、隐患排查与事故报告
* 安全环保部每年组织各部门开展一次全面的安全风险辨识评估，按照重大、较大、一般、低风险四个等级，分别用
  红、橙、黄、蓝四种颜色标示，绘制公司安全风险四色分布图，并在各车间入口公示。
* 重大风险由总经理负责管控，较大风险由分管副总经理负责管控，一般风险由车间主任负责管控，低风险由班组长
  负责管控。化成区、注液间、电解液库和NMP储罐区列为重大风险区域。
* 新建、改建、扩建项目和工艺、设备、原材料发生变更的，实施前由提出部门组织风险分析，制定管控措施，经
  安全环保部会签后方可实施，并对相关人员进行培训。
* 事故隐患排查实行公司级每月一次、车间级每周一次、班组每班一次。发现的事故隐患录入隐患排查治理系统，
  一般事故隐患由责任部门在7日内整改完毕；重大事故隐患由总经理组织制定治理方案，治理完成后由安全环保部
  组织验收销号。
* 除日常检查外，春节、国庆等节假日前，汛期、高温季节来临前，以及新设备投用、工艺变更后，安全环保部应当
  组织专项检查。检查发现的问题实行“定整改责任人、定整改措施、定整改期限”。
*[report] 发生生产安全事故后，现场人员应当立即报告班组长和应急指挥中心。应急指挥中心接报后，应当在
  15分钟内报告总经理和分管安全的副总经理；需要向政府部门报告的，由总经理在1小时内报告园区应急管理局。
* 任何人不得迟报、漏报、谎报或者瞒报事故，不得故意破坏事故现场、毁灭有关证据。
* 事故调查处理坚持“事故原因未查清不放过、责任人员未处理不放过、整改措施未落实不放过、有关人员未受到
  教育不放过”的原则。
# 奖励与处罚
* 对在防止事故、抢险救灾、发现和消除重大事故隐患中有突出贡献的部门和个人，由安委会给予表彰，并给予
  500元至5000元的奖励。
* 有下列行为之一的，对责任人处以200元罚款；造成后果的，加倍处罚：
- 未按照规定佩戴劳动防护用品的；
- 在辊压机、分切机运行时清理辊面或者刀口的；
- 叉车超速或者载人的；
- 携带手机、打火机进入干燥房的。
* 有下列行为之一的，给予通报批评并处以1000元罚款，情节严重的解除劳动合同：
- 在厂区禁烟区域吸烟的；
- 未办理动火作业证擅自动火的；
- 擅自屏蔽化成柜报警点位或者修改报警阈值的；
- 将危险废物混入生活垃圾或者私自处置的。
* 承包商违反本制度的，按照承包合同的约定处罚；情节严重的，清退出场并列入公司承包商黑名单，3年内不得
  承接公司业务。
# 附　　则
* 各车间应当依据本制度，在本制度施行之日起30日内修订本车间岗位安全操作规程，报安全环保部审核备案。
* 本制度由安全环保部负责解释。
* 本制度自2025年7月1日起施行。公司2022年3月印发的《安全生产管理规定》（锐能安〔2022〕3号）同时废止。
"""

THRESHOLD_CAPTION = "附表　化成柜温度报警阈值表"
# Rows 0-1 form the header: 监测参数 spans both rows (vertical merge), 报警级别 spans three columns.
THRESHOLDS: list[list[str]] = [
    ["监测参数", "报警级别", "", ""],
    ["", "一级报警（预警）", "二级报警", "三级报警（紧急）"],
    ["电芯表面温度", "≥50℃", "≥55℃", "≥65℃"],
    ["库位温升速率", "≥0.5℃/min", "≥1℃/min", "≥2℃/min"],
    ["柜内环境温度", "≥40℃", "≥45℃", "≥55℃"],
    ["烟雾探测", "—", "单点报警", "两点及以上报警"],
    [
        "联动动作",
        "声光报警，监控屏弹窗提示",
        "暂停该库位充放电，\n通知当班班长",
        "切断整柜电源，启动柜内灭火装置，通知应急指挥中心",
    ],
]
THRESHOLD_NOTE = (
    "注：1.电芯表面温度以库位探头实测值为准，同一库位两个探头读数不一致时取较高值；2.分容柜参照本表执行，"
    "分容柜三级报警的电芯表面温度为≥60℃；3.本表阈值每年由工艺部复核一次。"
)

ANNEX_LABEL = "附件"
ANNEX_TITLE = "锐能公司应急联系电话一览表"
PHONES: list[list[str]] = [
    ["序号", "单位（岗位）", "联系人", "联系电话", "备注"],
    ["1", "公司应急指挥中心", "值班长", "内线8119\n0796-8352119", "24小时值班"],
    ["2", "安全环保部", "葛振宇", "0796-8352617\n13879650241", "部长"],
    ["3", "设备动力部", "童立新", "0796-8352630\n13970841256", "部长"],
    ["4", "公司医务室", "林海燕", "内线8120", "备有葡萄糖酸钙凝胶"],
    ["5", "二期化成车间监控室", "当班班长", "内线8236", ""],
    ["6", "园区消防救援站", "", "0796-8355119", ""],
    ["7", "园区应急管理局", "", "0796-8351312", "值班室"],
    ["8", "溧江县人民医院急诊科", "", "0796-8312120", "氢氟酸灼伤定点救治"],
    ["9", "火警／急救", "", "119／120", ""],
    ["10", "生态环境局投诉举报", "", "12369", ""],
]
ANNEX_NOTE = "（本表由安全环保部每半年核对一次，人员变动时随时更新。）"

CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """Chinese counting numeral for 1..99, as Word's chineseCounting renders it."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def parse_body(markup: str) -> list[dict]:
    """Turn the line markup into blocks; continuation lines are joined without a separator."""
    blocks: list[dict] = []
    for raw in markup.split("\n"):
        if not raw:
            continue
        if raw.startswith("  "):
            blocks[-1]["text"] += raw[2:]
            continue
        if raw.startswith("== "):
            blocks.append({"kind": "title", "text": raw[3:]})
        elif raw.startswith("#! "):
            blocks.append({"kind": "chapter", "text": raw[3:], "direct": True})
        elif raw.startswith("# "):
            blocks.append({"kind": "chapter", "text": raw[2:]})
        elif raw.startswith("*["):
            key, text = raw[2:].split("] ", 1)
            blocks.append({"kind": "article", "text": text, "key": key})
        elif raw.startswith("* "):
            blocks.append({"kind": "article", "text": raw[2:]})
        elif raw.startswith("- "):
            blocks.append({"kind": "item", "text": raw[2:]})
        elif raw.startswith("> "):
            blocks.append({"kind": "para", "text": raw[2:]})
        elif raw.startswith("~ "):
            blocks.append({"kind": "sub", "text": raw[2:]})
        elif raw.startswith("% "):
            blocks.append({"kind": "note", "text": raw[2:]})
        elif raw.startswith("! "):
            blocks.append({"kind": "table", "text": raw[2:]})
        else:
            raise ValueError(f"unknown markup line: {raw!r}")
    return blocks


def resolve_refs(blocks: list[dict]) -> None:
    """Number the articles as Word will and fill in the typed cross-references."""
    numbers: dict[str, int] = {}
    count = 0
    for block in blocks:
        if block["kind"] == "article":
            count += 1
            block["number"] = count
            if "key" in block:
                numbers[block["key"]] = count
    for block in blocks:
        text = block["text"]
        for key, num in numbers.items():
            text = text.replace("{ref:" + key + "}", cn_number(num))
            text = text.replace("{stale:" + key + "}", cn_number(num - 1))
        if "{" in text:
            raise ValueError(f"unresolved reference in {text[:30]!r}")
        block["text"] = text.replace("\\n", "\n")


def accepted(text: str) -> str:
    """The text as written once tracked changes are accepted: insertions kept, deletions dropped."""
    out, i = [], 0
    while i < len(text):
        if text.startswith("[+", i):
            j = text.index("+]", i)
            out.append(text[i + 2 : j])
            i = j + 2
        elif text.startswith("[-", i):
            i = text.index("-]", i) + 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------
# Low-level Word helpers
# ---------------------------------------------------------------------------------------------------------
NUMBERING_XML = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">
  <w:nsid w:val="5E2A41C7"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="0409001D"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="ZhiduZhang"/>
    <w:suff w:val="space"/><w:lvlText w:val="第%1章"/><w:lvlJc w:val="center"/>
    <w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/>
    <w:pStyle w:val="ZhiduTiao"/><w:suff w:val="space"/><w:lvlText w:val="第%2条"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/><w:b/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="ZhiduKuan"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="（%3）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
  {
    "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="%{i + 1}."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{425 * i}" w:hanging="425"/></w:pPr></w:lvl>'
        for i in range(3, 9)
    )
}
</w:abstractNum>
"""


def install_numbering(doc) -> None:
    numbering = doc.part.numbering_part.element
    taken_abstract = {el.get(qn("w:abstractNumId")) for el in numbering.findall(qn("w:abstractNum"))}
    taken_num = {el.get(qn("w:numId")) for el in numbering.findall(qn("w:num"))}
    if str(ABSTRACT_ID) in taken_abstract or str(NUM_ID) in taken_num:
        raise SystemExit("numbering ids collide with the template's")
    abstract = parse_xml(NUMBERING_XML)
    existing_nums = numbering.findall(qn("w:num"))
    if existing_nums:  # abstractNum elements must precede every w:num
        existing_nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'
        )
    )


def set_num(paragraph, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'),
    )


def east_asia(run, font: str, size: float | None = None) -> None:
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), font)
    fonts.set(qn("w:hint"), "eastAsia")
    if size is not None:
        run.font.size = Pt(size)


def is_ascii(ch: str) -> bool:
    return ord(ch) < 128


def script_segments(text: str) -> list[str]:
    """Split where the script changes, as Word splits runs for font hints (ASCII vs. CJK)."""
    segments: list[str] = []
    for ch in text:
        if segments and is_ascii(ch) == is_ascii(segments[-1][-1]) and ch != "\n":
            if segments[-1][-1] != "\n":
                segments[-1] += ch
                continue
        segments.append(ch)
    return segments


class Writer:
    """Writes paragraphs with Word-like run fragmentation and bookmarks, deterministically."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.counter = 0
        self.bookmark_id = 0
        self.texts: list[str] = []  # every paragraph / cell text as written (tracked changes accepted)

    def _rsid(self) -> str:
        return f"00{(0x3A1F27 + self.counter * 7919) % 0xFFFFFF:06X}"

    def runs(self, paragraph, text: str, font: str = "仿宋_GB2312", size: float = 16, bold: bool = False):
        self.counter += 1
        pieces: list[tuple[str, str]] = []  # (mode, text): mode "", "ins" or "del"
        i = 0
        while i < len(text):
            if text.startswith("[+", i):
                j = text.index("+]", i)
                pieces.append(("ins", text[i + 2 : j]))
                i = j + 2
            elif text.startswith("[-", i):
                j = text.index("-]", i)
                pieces.append(("del", text[i + 2 : j]))
                i = j + 2
            else:
                j = min(k for k in (text.find("[+", i), text.find("[-", i), len(text)) if k >= 0)
                pieces.append(("", text[i:j]))
                i = j
        first_run = None
        for mode, piece in pieces:
            segments = script_segments(piece)
            # mid-word split of one long CJK segment every third paragraph (an edit made later)
            if self.counter % 3 == 0 and segments:
                longest = max(range(len(segments)), key=lambda k: len(segments[k]))
                seg = segments[longest]
                if len(seg) > 6:
                    cut = 2 + (self.counter * 13) % (len(seg) - 4)
                    segments[longest : longest + 1] = [seg[:cut], seg[cut:]]
            for n, seg in enumerate(segments):
                if seg == "\n":
                    run = paragraph.add_run()
                    run.add_break()
                    continue
                run = paragraph.add_run(seg)
                run.bold = bold or None
                run.font.size = Pt(size)
                if is_ascii(seg[0]):
                    run.font.name = "Times New Roman"
                else:
                    east_asia(run, font)
                run._r.set(qn("w:rsidR"), self._rsid() if n % 2 else "00C71B52")
                if first_run is None:
                    first_run = run
                if mode:
                    self._track(run, mode)
        # a few _Hlk bookmarks, as left behind by copy/paste in Word
        if self.counter % 7 == 2 and first_run is not None:
            self.bookmark_id += 1
            name = f"_Hlk{199000000 + self.counter * 4111}"
            start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{self.bookmark_id}" w:name="{name}"/>')
            end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{self.bookmark_id}"/>')
            first_run._r.addprevious(start)
            paragraph._p.append(end)
        self.texts.append(accepted(text))
        return first_run

    def _track(self, run, mode: str) -> None:
        self.bookmark_id += 1
        attrs = f'w:id="{900 + self.bookmark_id}" w:author="葛振宇" w:date="2025-06-05T09:12:00Z"'
        if mode == "ins":
            wrapper = parse_xml(f"<w:ins {nsdecls('w')} {attrs}/>")
        else:
            wrapper = parse_xml(f"<w:del {nsdecls('w')} {attrs}/>")
            for t in run._r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        run._r.addprevious(wrapper)
        wrapper.append(run._r)


def paragraph_format(p, first_line: float | None = 0.0, align=None, before: float = 0, after: float = 0):
    fmt = p.paragraph_format
    if first_line is not None:
        fmt.first_line_indent = Pt(first_line)
    if align is not None:
        fmt.alignment = align
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = Pt(28)


def add_styles(doc) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    for name, style_id, level in (
        ("制度章", "ZhiduZhang", 0),
        ("制度条", "ZhiduTiao", 1),
        ("制度款", "ZhiduKuan", 2),
    ):
        style = styles.add_style(name, 1)
        style.element.set(qn("w:styleId"), style_id)
        style.base_style = normal
        ppr = style.element.get_or_add_pPr()
        ppr.insert(
            0,
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
            ),
        )
        style.paragraph_format.line_spacing = Pt(28)
        style.paragraph_format.space_after = Pt(0)
        if level == 0:
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            style.paragraph_format.space_before = Pt(14)
            style.paragraph_format.space_after = Pt(14)
            style.paragraph_format.keep_with_next = True
        else:
            style.paragraph_format.first_line_indent = Pt(32)


def page_setup(section) -> None:
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.5)


def field_run(paragraph, instr: str, shown: str) -> None:
    for xml in (
        '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r {ns}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r {ns}><w:t>{shown}</w:t></w:r>",
        '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml.format(ns=nsdecls("w"), instr=instr, shown=shown)))


PPR_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def bottom_border(paragraph, color: str = "000000", size: int = 6) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="1" w:color="{color}"/>'
        "</w:pBdr>"
    )
    ppr.insert_element_before(border, *PPR_AFTER_PBDR)


def set_cell(writer: Writer, cell, text: str, bold: bool = False, size: float = 12) -> None:
    p = cell.paragraphs[0]
    paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(20)
    if text:
        writer.runs(p, text, size=size, bold=bold)


def table_borders(table) -> None:
    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        + "".join(
            f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )
    table._tbl.tblPr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")


# ---------------------------------------------------------------------------------------------------------
# Document assembly
# ---------------------------------------------------------------------------------------------------------
def write_notice(doc, writer: Writer) -> None:
    for kind, text in NOTICE:
        p = doc.add_paragraph()
        if kind == "red":
            paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.CENTER, before=24, after=12)
            run = writer.runs(p, text, font="方正小标宋简体", size=36)
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xE0, 0x00, 0x00)
            assert run is not None
        elif kind == "docno":
            paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
            writer.runs(p, text)
            bottom_border(p, "E00000", 18)
        elif kind == "title":
            paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.CENTER, before=18, after=18)
            writer.runs(p, text, font="方正小标宋简体", size=22)
        elif kind == "left":
            paragraph_format(p, 0)
            writer.runs(p, text)
        elif kind == "p":
            paragraph_format(p, 32)
            writer.runs(p, text)
        elif kind == "right":
            paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(64)
            writer.runs(p, text)
        elif kind == "rule":
            paragraph_format(p, 0)
            bottom_border(p)
            writer.runs(p, text, size=14)
        elif kind == "blank":
            paragraph_format(p, 0)


def write_thresholds(doc, writer: Writer) -> None:
    cap = doc.add_paragraph()
    paragraph_format(cap, 0, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
    run = writer.runs(cap, THRESHOLD_CAPTION, font="黑体", size=14)
    comment = doc.add_comment(
        run, text="阈值已与工艺部核对，二级报警值由原60℃下调。", author="童立新", initials="TLX"
    )
    comment._comment_elm.set(qn("w:date"), "2025-06-03T10:20:00Z")  # fixed, not "now"
    table = doc.add_table(rows=len(THRESHOLDS), cols=4)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    head = table.cell(0, 0).merge(table.cell(1, 0))
    level = table.cell(0, 1).merge(table.cell(0, 3))
    for r, row in enumerate(THRESHOLDS):
        for c, text in enumerate(row):
            if (r, c) in ((0, 0), (1, 0)):
                continue
            if r == 0 and c > 0:
                continue
            set_cell(writer, table.cell(r, c), text, bold=r < 2 or c == 0)
    set_cell(writer, head, THRESHOLDS[0][0], bold=True)
    set_cell(writer, level, THRESHOLDS[0][1], bold=True)
    note = doc.add_paragraph()
    paragraph_format(note, 0, before=3)
    note.paragraph_format.line_spacing = Pt(20)
    writer.runs(note, THRESHOLD_NOTE, size=10.5)


def write_body(doc, writer: Writer, blocks: list[dict]) -> None:
    first_chapter = True
    for block in blocks:
        kind, text = block["kind"], block["text"]
        if kind == "title":
            p = doc.add_paragraph()
            paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=18)
            writer.runs(p, text, font="方正小标宋简体", size=22)
        elif kind == "chapter":
            if not first_chapter:
                doc.add_paragraph()  # empty spacing paragraph typed by hand
            first_chapter = False
            if block.get("direct"):
                p = doc.add_paragraph()
                set_num(p, 0)
                paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.CENTER, before=14, after=14)
            else:
                p = doc.add_paragraph(style="制度章")
            writer.runs(p, text, font="黑体")
        elif kind == "article":
            p = doc.add_paragraph(style="制度条")
            writer.runs(p, text)
        elif kind == "item":
            p = doc.add_paragraph(style="制度款")
            writer.runs(p, text)
        elif kind in ("para", "sub"):
            p = doc.add_paragraph()
            paragraph_format(p, 32)
            writer.runs(p, text)
        elif kind == "note":
            p = doc.add_paragraph()
            paragraph_format(p, 0)
            writer.runs(p, text, size=10.5)
        elif kind == "table":
            write_thresholds(doc, writer)


def write_annex(doc, writer: Writer) -> None:
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    paragraph_format(p, 0)
    writer.runs(p, ANNEX_LABEL, font="黑体")
    p = doc.add_paragraph()
    paragraph_format(p, 0, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    writer.runs(p, ANNEX_TITLE, font="方正小标宋简体", size=18)
    table = doc.add_table(rows=len(PHONES), cols=len(PHONES[0]))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    for r, row in enumerate(PHONES):
        for c, text in enumerate(row):
            set_cell(writer, table.cell(r, c), text, bold=r == 0)
    p = doc.add_paragraph()
    paragraph_format(p, 0, before=3)
    writer.runs(p, ANNEX_NOTE, size=12)
    # a stray _GoBack bookmark where the last edit was made
    p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="0" w:name="_GoBack"/>'))
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="0"/>'))


def write_header_footer(section, writer: Writer) -> None:
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    paragraph_format(hp, 0, WD_ALIGN_PARAGRAPH.CENTER)
    writer.runs(hp, COMPANY, font="宋体", size=10.5)
    bottom_border(hp)
    fp = section.footer.paragraphs[0]
    paragraph_format(fp, 0, WD_ALIGN_PARAGRAPH.CENTER)
    fp.add_run("第 ").font.size = Pt(10.5)
    field_run(fp, "PAGE", "1")
    fp.add_run(" 页 共 ").font.size = Pt(10.5)
    field_run(fp, "NUMPAGES", "9")
    fp.add_run(" 页").font.size = Pt(10.5)


def build() -> list[str]:
    doc = Document()
    core = doc.core_properties
    core.title = "锐能新能源电芯制造有限公司安全生产管理制度"
    core.author = "葛振宇"
    core.last_modified_by = "综合管理部"
    core.revision = 7
    core.created = datetime(2025, 5, 12, 8, 30)
    core.modified = datetime(2025, 6, 16, 17, 5)
    add_styles(doc)
    install_numbering(doc)
    writer = Writer(doc)
    page_setup(doc.sections[0])
    write_notice(doc, writer)
    body_section = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(body_section)
    blocks = parse_body(BODY)
    resolve_refs(blocks)
    write_body(doc, writer, blocks)
    write_annex(doc, writer)
    write_header_footer(body_section, writer)
    doc.save(OUT)
    normalise_zip(OUT)
    return writer.texts


def normalise_zip(path: Path) -> None:
    """Rewrite the package with fixed entry timestamps so that every run gives the same bytes."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2025, 6, 16, 17, 5, 0)), data, zipfile.ZIP_DEFLATED)


def check_must(texts: list[str]) -> int:
    questions = yaml.safe_load(QA.read_text(encoding="utf-8"))["questions"]
    missing = []
    for q in questions:
        for must in q["must"]:
            if not any(must in t for t in texts):
                missing.append((q["id"], must))
    for qid, must in missing:
        print(f"MISSING {qid}: {must!r}", file=sys.stderr)
    return 1 if missing else 0


def main() -> int:
    texts = build()
    print(OUT)
    return check_must(texts)


if __name__ == "__main__":
    sys.exit(main())
