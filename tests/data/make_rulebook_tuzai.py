"""Generate tests/data/rulebook_tuzai.docx, the document of the blind set qa_holdout_tuzai.yaml.

An invented pig slaughtering and meat processing plant's safety rulebook (《徐州丰牧肉类食品有限公司安全
生产管理制度》: lairage, electrical stunning, sticking and bleeding, scalding tank, dehairing, splitting band
saw, knives and chain-mail gloves, cutting room and chilling room, quick-freeze and cold stores, ammonia
refrigeration, gas-fired steam boilers, wastewater station with biogas and hydrogen sulphide, rendering of
dead pigs, forklifts and pallet trucks, work permits, emergencies, rewards and fines), written with
python-docx the way a WPS user types it: every paragraph is in the Normal style (no heading styles); a
covering notice (red head, 文号, title, 主送, body, signature, date, 联系人/电话, 抄送, 印发 line) and then a
page break; the rulebook title and the chapter lines ("第一章  总  则", spaces typed) are centred and bold
Normal paragraphs; articles start with typed full-width spaces ("　　第一条　"), a few article numbers are
typed with stray spaces ("第 十 二 条"); items are typed "（一）" and "1、"; some paragraphs carry manual
line breaks (w:br) in mid-sentence, as text pasted from a PDF does; some bold sentences are split into
several runs in mid-word; two tables, one with a two-row header whose top row has a cell merged across
two columns (and cells merged down), one simple. Output is deterministic (fixed core properties and zip
timestamps). At the end every `must` string of qa_holdout_tuzai.yaml is checked against the text of one
paragraph or one table cell as written (manual line breaks removed).

    .venv/bin/python tests/data/make_rulebook_tuzai.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "rulebook_tuzai.docx"
QA = HERE / "qa_holdout_tuzai.yaml"
FIXED = datetime(2025, 6, 16, 9, 30, 0)
IND = "　　"
# Inline markup used in the texts below: "*" toggles bold, "|" starts a new run with the same
# formatting (WPS splits runs mid-word), "^" is a manual line break (w:br) inside the paragraph.
STRAY = {12, 27, 41, 53}

NOTICE: list[tuple[str, str]] = [
    ("red", "徐州丰牧肉类食品有限公司文件"),
    ("center", "丰牧司发〔2025〕18号"),
    ("blank", ""),
    ("title", "关于印发《徐州丰牧肉类食品有限公司^安全生产管理制度》的通知"),
    ("blank", ""),
    ("left", "各车间、各部室，污水处理站，驻厂各相关方单位："),
    (
        "p",
        IND + "为深入贯彻落实《中华人民共和国安全生产法》，有效防范液氨泄漏、冷库人员被困、有限空间中毒"
        "窒息、机械伤害和刀具割伤等事故，公司安全生产委员会组织安全环保部、生产技术部对2019年版《安全"
        "生产管理制度》进行了全面修订。修订后的《徐州丰牧肉类食品有限公司安全生产管理制度》已经2025年6月"
        "10日公司总经理办公会审议通过，现印发给你们，请认真组织学习，严格贯彻执行。",
    ),
    (
        "p",
        IND + "各车间、各部室要在7月15日前组织全员完成新制度的学习和考试，签到表和考试成绩报安全环保部"
        "备案；执行中遇到的问题，请及时向安全环保部反馈。",
    ),
    ("blank", ""),
    ("left", IND + "附件：徐州丰牧肉类食品有限公司安全生产管理制度"),
    ("blank", ""),
    ("right", "徐州丰牧肉类食品有限公司"),
    ("right", "2025年6月16日"),
    ("left", IND + "（联系人：安全环保部　吕海燕　　联系电话：0516-87326615　　手机：13852179460）"),
    ("blank", ""),
    ("left", "抄送：公司董事会、监事会，公司工会，铜山区应急管理局。"),
    ("left", "徐州丰牧肉类食品有限公司综合办公室　　　　　　　2025年6月16日印发"),
]

TABLE1_CAPTION = "*表1　低温作业区域温度及连续作业时间控制表*"
TABLE1_HEAD = ["序号", "作业区域", "设定温度", "连续作业时间控制", "", "个体防护要求"]
TABLE1_SUB = ["", "", "", "单次连续作业", "出库取暖休息", ""]
TABLE1_ROWS = [
    ["1", "分割车间", "12℃以下", "不超过2小时", "不少于15分钟", "防寒工作服、防水围裙、防割手套"],
    ["2", "排酸间", "0℃～4℃", "不超过1小时", "不少于15分钟", "防寒工作服、防滑胶靴"],
    ["3", "冷藏库", "-18℃以下", "不超过40分钟", "不少于20分钟", "棉防寒服、防寒手套、防寒帽、防滑棉靴"],
    ["4", "速冻库", "-30℃以下", "单次不超过20分钟", "不少于30分钟", "连体防寒服、防冻面罩、防寒手套"],
    ["5", "冷库穿堂（月台）", "0℃～10℃", "不超过3小时", "不少于10分钟", "防寒背心、防滑鞋"],
]

TABLE2_CAPTION = "*表2　特殊作业审批权限及作业票有效期*"
TABLE2_ROWS = [
    ["作业类别", "审批人", "作业票有效期", "监护要求"],
    ["特级动火", "分管安全副总经理", "不超过8小时", "安全环保部派员全程监护"],
    ["一级动火", "安全环保部部长", "不超过8小时", "作业车间指定专人监护"],
    ["二级动火", "车间主任", "不超过72小时", "作业车间指定专人监护"],
    ["有限空间作业", "安全环保部部长", "当班有效，最长不超过12小时", "入口处专人全程监护"],
    ["高处作业（2米以上）", "车间主任", "不超过7天", "作业班组设专人监护"],
    ["临时用电", "生产技术部部长", "不超过15天", "由持证电工负责接线和监护"],
    ["吊装作业", "生产技术部部长", "当班有效", "设警戒区并专人指挥"],
]

# ("title"|"chapter"|"art"|"item"|"plain"|"caption"|"table1"|"table2", text)
BODY: list[tuple[str, str]] = [
    ("title", "徐州丰牧肉类食品有限公司安全生产管理制度"),
    ("chapter", "总  则"),
    (
        "art",
        "为加强公司安全生产管理，防止和减少生产安全事故，保障从业人员生命安全和身体健康，根据《中华人民共和国"
        "安全生产法》《生猪屠宰管理条例》《冷库设计标准》《工贸企业有限空间作业安全规定》等法律法规和标准，"
        "结合公司生猪屠宰、分割加工和冷链仓储的实际，制定本制度。",
    ),
    (
        "art",
        "本制度适用于公司所属待宰圈、屠宰车间、分割车间、排酸间、速冻库、冷藏库、制冷机房、锅炉房、污水"
        "处理站、无害化处理车间、副产品车间及厂区道路和仓储物流区域，适用于公司全体从业人员、劳务派遣人员、"
        "实习人员以及在厂区内作业的承包商、供应商人员和来访人员。",
    ),
    (
        "art",
        "公司现有两条生猪屠宰线，设计年屠宰生猪60万头，单线最大屠宰能力每小时220头；配套速冻库2间、冷藏库"
        "4间，总库容8000吨，采用液氨集中制冷系统，系统液氨充装量约12吨，属于涉氨制冷重点监管企业。",
    ),
    (
        "art",
        "公司安全生产工作坚持安全第一、预防为主、综合治理的方针，实行“管生产必须管安全、管业务必须管安全”"
        "和“谁主管、谁负责”的原则，建立健全并落实全员安全生产责任制。",
    ),
    (
        "art",
        "公司按规定足额提取安全生产费用，专款专用，主要用于液氨制冷系统改造、安全防护设施更新、劳动防护"
        "用品配备、应急演练和安全培训。安全生产费用使用情况每季度由财务部会同安全环保部向安委会报告一次。",
    ),
    ("chapter", "安全生产责任"),
    (
        "art",
        "公司成立安全生产委员会（以下简称安委会），总经理任主任，分管安全生产的副总经理任常务副主任，各部室、"
        "车间负责人为成员。安委会每季度召开一次全体会议，研究解决安全生产重大问题；遇重大事故隐患或发生事故"
        "时，由主任随时召集。",
    ),
    (
        "art",
        "总经理是公司安全生产第一责任人，对公司安全生产工作全面负责；分管安全副总经理协助总经理抓好安全生产"
        "工作，每月至少带队开展一次全厂综合安全检查。",
    ),
    (
        "art",
        "安全环保部是公司安全生产综合管理部门，配备专职安全管理人员不少于5名，其中至少1名具有注册安全工程师"
        "资格，负责制度修订、教育培训、隐患排查治理、特殊作业许可审核、事故统计报告和安全考核。",
    ),
    (
        "art",
        "生产技术部负责制冷、锅炉、电气和屠宰机械设备的安全技术管理，建立设备台账和检修计划；质量管理部负责"
        "检疫和无害化处理环节的生物安全管理；综合办公室负责劳动防护用品采购发放、门卫和外来人员登记管理。",
    ),
    (
        "art",
        "各车间主任是本车间安全生产第一责任人。屠宰车间、分割车间每个班次设兼职安全员不少于1名，协助车间主任"
        "开展班中巡查，发现违章有权当场制止。",
    ),
    (
        "art",
        "班组长每班开工前组织召开班前安全会，时间不少于10分钟，讲清当班作业任务、危险点和防范措施，检查员工"
        "劳动防护用品穿戴情况，并在《班前会记录》上签字。",
    ),
    (
        "art",
        "员工有权拒绝违章指挥和强令冒险作业；发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的"
        "应急措施后撤离作业场所，公司不得因此降低其工资、福利待遇或者解除劳动合同。",
    ),
    (
        "art",
        "承包商进厂施工前，须与公司签订安全管理协议，缴纳安全履约保证金2万元，明确双方安全职责；承包商须指定"
        "现场安全负责人，作业期间不得离开现场。公司发包的工程和劳务由归口管理部门对承包商实行统一协调和监督。",
    ),
    ("chapter", "安全教育培训"),
    (
        "art",
        "新入职员工（含劳务派遣人员）必须接受公司、车间、班组三级安全教育，累计不少^于72学时，经考试合格后方可"
        "上岗。其中公司级、车间级、班组级各不少于24学时。",
    ),
    (
        "art",
        "刀工、劈半锯操作工、麻电工等关键岗位新员工，上岗前由车间指定师傅带教，实行“师带徒”，带教期不少于"
        "1个月；带教期满经车间实操考核合格，发放本公司《岗位操作证》后方可独立作业。",
    ),
    (
        "art",
        "全体员工每年接受安全再培训不少于20学时，车间主任、班组长每年不少于32学时。员工调换工种或离岗6个月"
        "以上重新上岗的，须重新接受车间级和班组级安全教育，不少于24学时。",
    ),
    (
        "art",
        "叉车司机、司炉工、制冷工（氨制冷作业）、电工、焊工等特种作业人员和特种设备作业人员，必须取得相应"
        "资格证书，持证上岗。证书由综合办公室统一建档，到期前3个月提醒复审。无证人员一律不得操作。",
    ),
    (
        "art",
        "承包商人员进厂作业前，由安全环保部进行入厂安全教育，时间不少于4学时，考试合格后发放临时出入证，临时"
        "出入证有效期最长不超过30天。来访人员须由接待部门人员全程陪同，不得进入制冷机房、污水处理站和无害化"
        "处理车间。",
    ),
    (
        "art",
        "安全培训档案由安全环保部建立，实行一人一档，记录培训时间、内容、学时和考试成绩，档案至少保存3年。",
    ),
    ("chapter", "劳动防护用品与职业健康"),
    ("art", "公司按岗位危害因素配发劳动防护用品，主要发放标准如下："),
    ("item", "（一）钢丝手套、防割围裙：刀工、刺杀工、分割工每人各配发1副（件），损坏随时以旧换新；"),
    ("item", "（二）防寒工作服：冷库、排酸间、分割车间等低温岗位每2年发放一套，防寒手套每年发放两副；"),
    ("item", "（三）防滑胶靴：屠宰车间、分割车间员工每6个月发放一双；"),
    ("item", "（四）耐酸碱手套、防护眼镜、防毒口罩：清洗消毒、污水处理加药岗位按需领用。"),
    (
        "art",
        "员工上岗前必须按岗位要求正确穿戴劳动防护用品，班组长负责班前检查；不按规定穿戴的，班组长应制止其"
        "上岗。劳动防护用品不得挪作他用，不得转借、出售。",
    ),
    (
        "art",
        "接触低温、噪声、化学消毒剂的岗位员工，由综合办公室组织进行上岗前、在岗期间和离岗时的职业健康检查；"
        "检查结果书面告知本人，发现职业禁忌的应及时调离原岗位。",
    ),
    ("chapter", "屠宰车间作业安全"),
    (
        "art",
        "待宰圈赶猪作业应至少2人配合进行，使用赶猪板或赶猪拍，严禁用棍棒击打，*严禁使用电|击棒驱赶生猪*。"
        "赶猪人员不得跨入或站立在猪群行进通道内，遇生猪拥堵、冲撞时应退至通道护栏外侧。",
    ),
    (
        "art",
        "生猪运输车辆进厂须经车辆消毒通道消毒，按门卫指挥停靠卸猪台。卸猪前车辆必须熄火、拉紧手刹，卸猪台"
        "两侧护栏高度不低于1米，坡道坡度不大于20°。卸猪台、待宰圈地面每班冲洗，冬季结冰时撒防滑砂。",
    ),
    ("art", "致昏（麻电）作业安全要求："),
    ("item", "（一）麻电机必须由持本公司《岗位操作证》的麻电工操作，他人不得擅自调整电压、电流参数；"),
    (
        "item",
        "（二）麻电工作业时必须穿绝缘靴、戴绝缘手套，站在绝缘胶垫上，绝缘手套和绝缘靴每6个月进行一次耐压"
        "试验，不合格的立即报废；",
    ),
    (
        "item",
        "（三）麻电机电源回路必须装设漏电保护器，动作电流不大于30mA，动作时间不大于0.1秒，麻电工每班开机前^"
        "按动试验按钮测试一次，并做好记录；",
    ),
    ("item", "（四）麻电机停用、清洗或更换电极时，必须先切断电源，在开关处挂“有人工作　禁止合闸”警示牌；"),
    ("item", "（五）电极表面应保持清洁，发现打火、漏电或外壳带电，立即停机报告电工处理，严禁带电维修。"),
    ("art", "刺杀放血作业安全要求："),
    ("item", "（一）刺杀工持刀一侧手戴防割手套，另一只手必须戴钢丝手套，并系防割围裙；"),
    ("item", "（二）生猪未完全致昏、仍有挣扎的，不得刺杀，应通知麻电工补麻；"),
    (
        "item",
        "（三）刺杀工位与提升机之间保持不少于1.2米距离，放血轨道下方不得站人，提升机运行时严禁伸手扶正猪体；",
    ),
    ("item", "（四）放血槽周边地面应设置防滑格栅，刺杀工必须穿防滑胶靴。"),
    ("art", "烫毛池（烫毛隧道）作业安全要求："),
    (
        "item",
        "（一）烫毛水温控制在58℃～62℃，由蒸汽自动调温阀控制；温控失灵时改为手动控制，并立即报告生产技术部；",
    ),
    (
        "item",
        "（二）烫毛池四周必须设置高度不低于1.2米的固定防护栏，池边通道宽度不小于0.8米，严禁翻越护栏、踩踏"
        "池沿；",
    ),
    (
        "item",
        "（三）清池、换水或进入池内维修，必须关闭并锁定蒸汽进汽阀，挂牌上锁，排空池水，待池内水温^降至40℃以下"
        "后方可进入，并设专人监护；",
    ),
    ("item", "（四）烫毛池推送杆、翻猪机运行中，严禁用手或工具拨动猪体。"),
    (
        "art",
        "脱毛机（打毛机）卡猪时，必须先停机、断电、挂牌，待机械完全停止转动后方可处理，严禁在运行中用手或铁钩"
        "拨弄。燎毛炉点火前应先开启抽风3分钟，点火后操作人员不得正对炉口站立。",
    ),
    ("art", "劈半锯安全操作要求："),
    (
        "item",
        "（一）劈半锯操作工须经专门培训，持本公司《岗位操作证》上岗，每台劈半锯每班只允许1名指定人员操作；",
    ),
    (
        "item",
        "（二）每班开机前检查锯条有无裂纹、缺齿，锯条张紧度是否符合要求，锯条护罩、平衡器钢丝绳及双手操作按钮"
        "是否完好；",
    ),
    ("item", "（三）锯体运行时，其两侧1.5米范围内不得有其他人员停留；"),
    ("item", "（四）更换锯条、清理锯屑时，必须切断电源并取下控制钥匙，由操作工本人随身保管；"),
    ("item", "（五）平衡器钢丝绳每月由维修工全面检查一次，出现断丝、变形的立即更换。"),
    ("art", "刀具与钢丝手套管理："),
    ("item", "1、刀具实行集中定点管理，每班由班组长发放、收回并清点，下班后统一存放在刀具消毒柜内；"),
    (
        "item",
        "2、行走时刀具应插入刀鞘或刀尖朝下紧贴身体一侧，严禁持刀嬉闹、指人，严禁将刀具放在传送带、胴体或"
        "工作台边缘；",
    ),
    ("item", "3、磨刀只能在各车间指定的磨刀区进行，使用磨刀棒时刀刃应朝外；"),
    (
        "item",
        "4、钢丝手套每班使用前由本人检查，*钢丝环断|裂超过3个或出现破洞的*，须立即到班组长处以旧换新，不得"
        "继续使用；",
    ),
    ("item", "5、刀具掉落时严禁用手接，应任其落地后再拾起。"),
    (
        "art",
        "胴体轨道、提升机和吊钩每班开机前由维修工检查一次，轨道接头、道岔应完好。推送胴体时，不得在轨道弯道"
        "内侧和下坡段前方站立；轨道上方检修须系好安全带，执行高处作业管理规定。",
    ),
    (
        "art",
        "副产品车间使用蒸汽夹层锅煮烫头蹄、内脏时，开启锅盖应先关闭进汽阀，人员站在锅体侧面开盖，防止蒸汽"
        "烫伤；车间排水沟盖板应完好、平整，缺损的当班报修。",
    ),
    ("art", "车间高压清洗作业："),
    ("item", "（一）高压清洗机工作压力不得超过8MPa，喷枪严禁对人、对电气设备和配电箱喷射；"),
    ("item", "（二）冲洗电机、控制箱所在区域前，须先断电并套好防水罩；"),
    (
        "item",
        "（三）清洗消毒使用的次氯酸钠等含氯消毒剂严禁与酸性清洗剂混合使用，配兑时应戴防护眼镜、耐酸碱手套，"
        "在通风良好处进行；",
    ),
    ("item", "（四）清洗期间地面湿滑，应放置“小心地滑”警示牌，清洗结束后及时排水。"),
    ("chapter", "分割车间与低温作业"),
    (
        "art",
        "分割车间温度控制在12℃以下，排酸间温度控制在0℃～4℃。公司在分割车间旁设置暖休息室，室温不低于20℃，"
        "供低温作业人员轮换休息。",
    ),
    ("art", "低温作业区域温度及连续作业时间按表1控制："),
    ("caption", TABLE1_CAPTION),
    ("table1", ""),
    ("plain", "表中未列明的临时低温作业，由车间主任参照相近区域确定。"),
    ("art", "分割传送带、切片机、绞肉机、去皮机等设备的安全要求："),
    (
        "item",
        "（一）切片机、绞肉机的防护罩、联锁装置不得拆除；绞肉机加料必须使用专用推料棒，严禁用手直接推送；",
    ),
    ("item", "（二）去皮机作业时手指与刀口距离不得小于5厘米，清理去皮机刀口必须停机断电；"),
    ("item", "（三）分割传送带沿线每隔不超过10米设1个急停按钮，每班开工前试验一次；"),
    ("item", "（四）设备清洗、调整、排除故障时，执行“停机、断电、挂牌、上锁”程序。"),
    (
        "art",
        "进入排酸间推送胴体应2人以上配合，每次推送不超过3片白条，防止滑落砸伤；排酸间门内必须设置应急开门"
        "装置。",
    ),
    ("art", "冷库防困安全要求："),
    (
        "item",
        "（一）所有冷库门内侧必须安装手动应急开门装置（推杆式），库内靠门处设置呼救报警按钮，报警信号接至制冷"
        "机房值班室和门卫室，由制冷班每周测试一次，测试记录保存1年；",
    ),
    (
        "item",
        "（二）进入速冻库、冷藏库作业必须2人以上同行，*严禁单人^|入库*；入库前在库门口《入库登记牌》上登记姓名和"
        "进库时间，出库后销号；",
    ),
    (
        "item",
        "（三）库管员关闭库门、落锁前，必须进库巡查一遍，并大声喊话确认库内无人，核对登记牌全部销号后方可锁门；",
    ),
    (
        "item",
        "（四）库内照明灯具应采用防潮型，库门口设置防冻门帘和防滑地垫，库内地面结冰厚度超过5毫米的，应及时"
        "清除；",
    ),
    ("item", "（五）发现有人被困，立即按呼救按钮或拨打应急值班电话，外部人员立即打开库门并停止冷风机运行。"),
    ("art", "叉车和电动搬运车安全要求："),
    (
        "item",
        "（一）叉车司机必须持有特种设备作业人员证（叉车司机），电动搬运车（地牛）操作人员须经公司培训考核合格；",
    ),
    ("item", "（二）冷库内只准使用电动叉车和电动搬运车，严禁燃油叉车进入冷库和车间；"),
    (
        "item",
        "（三）叉车在厂区道路行驶速度不得超过10公里/小时，进出库门、车间门和在库内行驶不得超过5公里/小时；",
    ),
    ("item", "（四）*严禁叉|车载人*，严禁人员站在货叉上或货叉下方，严禁用货叉顶推车辆；"),
    ("item", "（五）叉车每班使用前由司机进行点检，制动、转向、喇叭、灯光有故障的不得使用；"),
    (
        "item",
        "（六）电动叉车、电动搬运车必须在指定充电区充电，充电区距离可燃物不小于3米，严禁在冷库穿堂和楼梯口"
        "充电。",
    ),
    ("chapter", "氨制冷系统安全"),
    (
        "art",
        "制冷机房实行24小时值班，每班不少于2名持证制冷工。值班制冷工每小时巡检一次，记录吸排气压力、温度、"
        "油压、液位等运行参数，严禁脱岗、睡岗。",
    ),
    (
        "art",
        "制冷机房和设备间必须设置氨气浓度报警装置：一级报警值设定为50ppm，发出声光报警；二级报警值设定为150ppm，"
        "自动启动事故排风机并切断制冷机组电源。事故排风机开关在机房门外和机房内各设一处，每月试运转一次。",
    ),
    (
        "art",
        "贮氨器存液量不得超过其容积的70%。制冷系统安全阀每年校验一次，压力表每半年校验一次，铅封应完好；氨泵、"
        "阀门和管道接头每周用检测仪检漏一次。",
    ),
    (
        "art",
        "制冷工交接班时，交接双方须共同巡检一遍，在《制冷运行交接班记录》上签字；未办理交接手续的，交班人"
        "不得离岗。",
    ),
    ("art", "放油、加氨、排放不凝性气体等危险操作："),
    ("item", "（一）必须由2名以上制冷工进行，1人操作、1人监护，操作前报制冷班班长同意；"),
    (
        "item",
        "（二）放油必须通过集油器进行，严禁从设备上直接放油，放油时操作人员应站在上风侧，佩戴防毒面具和防护"
        "手套；",
    ),
    (
        "item",
        "（三）加氨作业须办理《加氨作业审批单》，经生产技术部和安全环保部审批；槽车卸氨时司机不得离开现场，"
        "槽车必须熄火并拉好手刹；",
    ),
    ("item", "（四）严禁用水冲洗或用火烘烤氨系统设备和阀门。"),
    (
        "art",
        "制冷机房必须配备正压式空气呼吸器不少于4套、重型防化服不少于2套、过滤式防毒面具不少于10具，以及洗眼器"
        "和应急喷淋装置。空气呼吸器每月检查一次，气瓶压力低于27MPa的必须及时充气。",
    ),
    ("art", "液氨泄漏应急处置："),
    (
        "item",
        "（一）发现人员立即报告制冷机房值班室或拨打应急值班电话，值班制冷工启动事故排风，关闭泄漏点两端阀门；",
    ),
    ("item", "（二）处置人员须穿戴正压式空气呼吸器和重型防化服，至少2人一组进入，外部留人监护；"),
    (
        "item",
        "（三）其他人员向上风向或侧风向疏散，到3号门外紧急集合点清点人数；泄漏较大时，以泄漏点为中心设置半径"
        "不小于150米的警戒区；",
    ),
    ("item", "（四）皮肤接触液氨，立即用大量清水冲洗不少于15分钟；眼睛溅入，提起眼睑用流动清水冲洗后送医；"),
    ("item", "（五）严禁在未穿戴防护用品的情况下进入氨气弥漫区域抢救。"),
    ("chapter", "锅炉与燃气安全"),
    (
        "art",
        "公司锅炉房设2台4吨/小时天然气蒸汽锅炉，为烫毛、清洗和消毒供汽。司炉工必须持证上岗，每班不少于1人，"
        "锅炉运行期间不得离开锅炉房。",
    ),
    ("art", "锅炉运行安全要求："),
    ("item", "1、水位表每班冲洗一次，低水位、超压联锁保护装置每月试验一次；"),
    ("item", "2、锅炉安全阀每月手动排放试验一次，每年由有资质的检验机构校验一次；"),
    ("item", "3、锅炉排污应在低负荷时进行，排污时不得同时进行其他操作；"),
    ("item", "4、锅炉熄火后重新点火前，必须先对炉膛吹扫不少于5分钟。"),
    (
        "art",
        "锅炉房、燃气调压站必须安装可燃气体报警器，报警设定值为天然气爆炸下限的20%，报警时联动切断燃气总阀并"
        "启动防爆排风机，报警器每年检定一次。燃气管道和阀门每日巡检，严禁在调压站周围10米范围内动火、吸烟^"
        "或停放车辆。",
    ),
    ("chapter", "污水处理与有限空间作业"),
    (
        "art",
        "污水处理站的集水井、格栅井、调节池、厌氧池、污泥池，以及血水收集池、隔油池、化粪池和下水道检查井，均"
        "列入公司有限空间清单，入口处设置“有限空间　未经许可严禁入内”警示牌。",
    ),
    ("art", "有限空间作业必须严格执行“先通风、再检测、后作业”："),
    ("item", "（一）作业前须办理《有限空间作业许可证》，由作业单位负责人申请，安全环保部审批；"),
    (
        "item",
        "（二）作业前强制通风不少于30分钟，检测合格后方可进入。检测合格标准为：氧含量19.5%～23.5%，硫化氢浓度"
        "不超过10mg/m³，可燃气体浓度低于爆炸下限的10%；",
    ),
    ("item", "（三）作业过程中每隔20分钟复测一次，并保持连续机械通风；"),
    (
        "item",
        "（四）作业人员系安全带、安全绳，监护人在入口处全程监护，不得离开，监护人与作业人员每5分钟联络一次；",
    ),
    ("item", "（五）严禁单人进入有限空间作业；作业人员出现头晕、恶心等不适，立即撤离；"),
    (
        "item",
        "（六）发生中毒窒息，*严禁未佩戴正压式空气|呼吸器盲目施救*，立即拨打应急值班电话，并利用安全绳将被困"
        "人员拉出。",
    ),
    (
        "art",
        "厌氧池产生的沼气经沼气柜收集后用于锅炉掺烧或火炬燃烧。沼气柜周边25米范围内严禁烟火，沼气柜和管道每日"
        "巡检，脱硫塔的脱硫剂每3个月更换一次。",
    ),
    (
        "art",
        "污水处理站加药间的聚合氯化铝、聚丙烯酰胺、次氯酸钠、盐酸等药剂分类存放，盐酸与次氯酸钠不得同柜存放。"
        "加药操作须戴防护眼镜、橡胶手套。夜间巡检污水处理站须2人同行，并携带便携式四合一气体检测仪。",
    ),
    ("chapter", "无害化处理"),
    (
        "art",
        "病死猪、检疫不合格产品及其他废弃物由质量管理部负责登记，送无害化处理车间采用高温化制法处理，严禁出售、"
        "转让或随意丢弃。",
    ),
    ("art", "化制机按压力容器管理："),
    ("item", "（一）处理工艺参数为：温度不低于135℃，压力不低于0.3MPa，持续时间不少于30分钟；"),
    ("item", "（二）化制机运行压力不得超过0.5MPa，超压时立即停止加热并开启泄压阀；"),
    ("item", "（三）开启化制机进料门前，必须确认罐内压力降至零、温度降至60℃以下；"),
    ("item", "（四）化制机安全阀、压力表按期校验，操作人员持压力容器作业人员证上岗。"),
    (
        "art",
        "无害化处理人员应穿戴防护服、长筒胶靴、乳胶手套和医用防护口罩；手部有伤口的人员不得从事病死猪搬运和处理"
        "工作。工作结束后必须对车辆、工具和场地进行消毒，人员淋浴更衣后方可离开。屠宰和无害化处理人员被刀具割伤"
        "或出现发热等症状，应立即报告，防止猪链球菌病、布鲁氏菌病等人畜共患病感染。",
    ),
    ("chapter", "特殊作业管理"),
    (
        "art",
        "动火、有限空间、高处、临时用电、吊装等特殊作业实行作业许可管理，审批权限和作业票有效期按表2执行：",
    ),
    ("caption", TABLE2_CAPTION),
    ("table2", ""),
    (
        "art",
        "制冷机房、燃气调压站、沼气柜周围以及冷库聚氨酯保温层区域的动火，一律按特级动火管理。冷库内动火须先将"
        "作业点周围5米范围内的可燃保温材料清除或用阻燃材料覆盖，配备不少于2具灭火器并设专人看火，作业结束后"
        "监护人留守观察不少于30分钟。",
    ),
    (
        "art",
        "在坠落高度基准面2米以上进行的作业为高处作业，必须系挂安全带；在有限空间、烫毛池内等潮湿场所使用的行灯"
        "电压不得超过12V。临时用电线路由持证电工架设，使用期满立即拆除。",
    ),
    ("chapter", "电气与消防安全"),
    (
        "art",
        "车间、冷库电气线路必须穿管敷设，配电箱防护等级满足防水要求；潮湿场所使用的手持电动工具必须加装漏电"
        "保护器。",
    ),
    (
        "art",
        "生产期间车间安全出口和疏散通道严禁上锁、堵塞，疏散通道宽度不得小于1.4米。每个车间每班指定1名疏散"
        "引导员。",
    ),
    (
        "art",
        "公司设微型消防站，由义务消防队20人组成，接警后3分钟内到达现场；车间消防器材由兼职安全员每月检查一次。",
    ),
    (
        "art",
        "冷库聚氨酯保温材料外露部位必须用不燃材料覆盖。厂区内只准在指定吸烟点吸烟，严禁在冷库、车间、制冷机房"
        "和仓库内吸烟。",
    ),
    ("chapter", "隐患排查治理"),
    (
        "art",
        "公司实行安全风险分级管控，风险由高到低分为红、橙、黄、蓝四级。液氨制冷系统、有限空间、沼气柜和劈半锯"
        "作业区域列为红色风险区域，由分管安全副总经理负责管控；橙色风险由车间负责管控，黄色、蓝色风险由班组"
        "负责管控。各风险点现场设置风险告知牌。",
    ),
    (
        "art",
        "隐患排查实行分级检查：班组每班班前、班中各检查一次；车间每周组织一次检查；安全环保部每月组织一次全厂"
        "综合检查；元旦、春节、国庆等节假日前和高温、寒潮等季节转换前组织专项检查。",
    ),
    (
        "art",
        "一般事故隐患由责任单位立即或限期整改，整改期限一般不超过7天；重大事故隐患由总经理挂牌督办，制定整改"
        "方案，落实整改资金、措施、责任、时限和预案，整改完成后由安全环保部组织验收销号。",
    ),
    (
        "art",
        "安全环保部设隐患举报电话（厂内短号6115），员工可实名或匿名举报事故隐患和违章行为，安全环保部应在"
        "3个工作日内核实处理并反馈举报人。",
    ),
    ("chapter", "应急管理与事故报告"),
    ("art", "公司应急值班电话：0516-87326119（厂内短号6119），24小时有人值守；医务室电话：厂内短号6120。"),
    (
        "art",
        "屠宰车间、分割车间、制冷机房、锅炉房和污水处理站各配备急救箱1个，由兼职安全员每月检查补充一次；公司"
        "应急物资库存放堵漏工具、应急照明、担架、警戒带等物资，由安全环保部建立台账，每季度检查一次。",
    ),
    (
        "art",
        "液氨泄漏专项应急演练每半年不少于一次；冷库人员被困、有限空间中毒窒息现场处置演练每年不少于一次；公司"
        "综合应急演练每年一次。",
    ),
    (
        "art",
        "发生刀具割伤等机械伤害时，现场人员立即用干净纱布压迫止血；发生断指的，将断指用干净纱布包好装入塑料袋，"
        "再放入装有冰块的容器中（断指不得直接接触冰块），随伤者一同送医。",
    ),
    (
        "art",
        "发生事故后，现场人员立即报告班组长和车间主任，车间主任在15分钟内报告安全环保部；发生人员死亡或重伤的，"
        "公司在1小时内向铜山区应急管理局报告，并保护好事故现场。",
    ),
    ("chapter", "奖励与处罚"),
    ("art", "有下列情形之一的，给予奖励："),
    ("item", "（一）班组全年未发生轻伤及以上事故的，年终给予班组奖励3000元；"),
    ("item", "（二）员工发现并及时报告重大事故隐患、避免事故发生的，经安委会认定给予500元～2000元奖励；"),
    ("item", "（三）在事故抢险救援中表现突出的，给予通报表彰和奖励。"),
    ("art", "员工有下列违章行为的，按以下标准处罚："),
    ("item", "（一）未按规定戴钢丝手套或系防割围裙作业的，每次罚款100元；"),
    ("item", "（二）持刀嬉闹、持刀指人的，每次罚款200元；"),
    ("item", "（三）单人进入速冻库、冷藏库，或库管员未巡查喊话即锁门的，每次罚款300元；"),
    ("item", "（四）叉车载人或超速行驶的，每次罚款200元，一年内累计3次的调离叉车岗位；"),
    (
        "item",
        "（五）未办理许可擅自进入有限空间或动火的，罚款1000元并调离岗位，情节严重的解除劳动合同；",
    ),
    ("item", "（六）在冷库、车间内吸烟的，每次罚款500元。"),
    (
        "art",
        "车间发生轻伤事故的，扣减车间主任当月安全绩效的30%；发生重伤事故的，取消车间主任和班组长当年安全奖。",
    ),
    (
        "art",
        "承包商人员违章的，每次从其履约保证金中扣除500元；一年内违章累计3次的，清退出场，两年内不得承接公司工程。",
    ),
    ("chapter", "附  则"),
    ("art", "本制度由安全环保部负责解释。"),
    (
        "art",
        "本制度自2025年7月1日起施行，公司2019年印发的《安全生产管理制度》（丰牧司发〔2019〕7号）同时废止。",
    ),
]

DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..99 as Chinese numerals (十二, 二十七, 六十四)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return DIGITS[ones]
    head = "十" if tens == 1 else DIGITS[tens] + "十"
    return head + (DIGITS[ones] if ones else "")


def article_label(n: int) -> str:
    label = "第" + cn_number(n) + "条"
    return " ".join(label) if n in STRAY else label


def set_run_font(run, east_asia: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)
    if color is not None:
        run.font.color.rgb = color


def add_marked(paragraph, text: str, east_asia: str = "仿宋_GB2312", size: float = 16, bold: bool = False):
    """Add runs for text with inline markup: * toggles bold, | splits the run, ^ is a line break."""
    buf = ""

    def flush() -> None:
        nonlocal buf
        if buf:
            set_run_font(paragraph.add_run(buf), east_asia, size, bold)
            buf = ""

    for ch in text:
        if ch == "*":
            flush()
            bold = not bold
        elif ch == "|":
            flush()
        elif ch == "^":
            run = paragraph.add_run(buf)
            set_run_font(run, east_asia, size, bold)
            run.add_break()
            buf = ""
        else:
            buf += ch
    flush()


def para(doc, align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    return p


def set_cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(text), "仿宋_GB2312", 12, bold)


def add_table1(doc) -> None:
    table = doc.add_table(rows=2 + len(TABLE1_ROWS), cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, text in enumerate(TABLE1_HEAD):
        set_cell(table.cell(0, i), text, bold=True)
    for i, text in enumerate(TABLE1_SUB):
        if text:
            set_cell(table.cell(1, i), text, bold=True)
    for r, row in enumerate(TABLE1_ROWS, start=2):
        for c, text in enumerate(row):
            set_cell(table.cell(r, c), text)
    table.cell(0, 3).merge(table.cell(0, 4))
    set_cell(table.cell(0, 3), "连续作业时间控制", bold=True)
    for c in (0, 1, 2, 5):
        merged = table.cell(0, c).merge(table.cell(1, c))
        set_cell(merged, TABLE1_HEAD[c], bold=True)


def add_table2(doc) -> None:
    table = doc.add_table(rows=len(TABLE2_ROWS), cols=4)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(TABLE2_ROWS):
        for c, text in enumerate(row):
            set_cell(table.cell(r, c), text, bold=(r == 0))


def build() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)

    for kind, text in NOTICE:
        if kind == "red":
            p = para(doc, WD_ALIGN_PARAGRAPH.CENTER)
            set_run_font(p.add_run(text), "方正小标宋简体", 36, bold=True, color=RGBColor(0xFF, 0, 0))
        elif kind == "title":
            p = para(doc, WD_ALIGN_PARAGRAPH.CENTER)
            add_marked(p, text, "方正小标宋简体", 22)
        elif kind == "center":
            add_marked(para(doc, WD_ALIGN_PARAGRAPH.CENTER), text)
        elif kind == "right":
            add_marked(para(doc, WD_ALIGN_PARAGRAPH.RIGHT), text)
        elif kind == "blank":
            para(doc)
        else:
            add_marked(para(doc), text)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    n = chapter = 0
    for kind, text in BODY:
        if kind == "title":
            add_marked(para(doc, WD_ALIGN_PARAGRAPH.CENTER), text, "方正小标宋简体", 22, bold=True)
        elif kind == "chapter":
            chapter += 1
            label = "第" + cn_number(chapter) + "章  " + text
            add_marked(para(doc, WD_ALIGN_PARAGRAPH.CENTER), label, "黑体", 16, bold=True)
        elif kind == "caption":
            add_marked(para(doc, WD_ALIGN_PARAGRAPH.CENTER), text, "黑体", 14)
        elif kind == "art":
            n += 1
            p = para(doc)
            add_marked(p, IND)
            add_marked(p, article_label(n), bold=True)
            add_marked(p, "　" + text)
        elif kind in ("item", "plain"):
            add_marked(para(doc), IND + text)
        elif kind == "table1":
            add_table1(doc)
        elif kind == "table2":
            add_table2(doc)
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "吕海燕"
    cp.last_modified_by = "吕海燕"
    cp.title = "关于印发《徐州丰牧肉类食品有限公司安全生产管理制度》的通知"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    return doc


def save_deterministic(doc, path: Path) -> None:
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def text_units(path: Path) -> list[str]:
    """Each paragraph and each table cell of the written file, manual line breaks removed."""
    doc = Document(str(path))
    units = [p.text.replace("\n", "") for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            units.extend(cell.text.replace("\n", "") for cell in row.cells)
    return units


def check(path: Path) -> None:
    units = text_units(path)
    questions = yaml.safe_load(QA.read_text(encoding="utf-8"))["questions"]
    missing = [(q["id"], m) for q in questions for m in q.get("must") or [] if not any(m in u for u in units)]
    if missing:
        raise SystemExit(f"must strings not found in {path.name}: {missing}")
    body = "".join(units)
    cjk = sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff")
    print(f"wrote {path} ({len(body)} characters, {cjk} CJK); {len(questions)} questions checked")


def main() -> None:
    save_deterministic(build(), OUT)
    check(OUT)


if __name__ == "__main__":
    main()
