"""Generate tests/data/rulebook_huiyuan.docx, the document of the sealed blind set qa_holdout_huiyuan.yaml.

An invented foundry and machine shop's bound rulebook, 《汇远机械有限公司安全生产管理制度汇编》(2025版):
medium-frequency induction furnaces and ladle pouring, overhead travelling cranes, green-sand handling and
its dust, shot blasting, natural-gas heat-treatment furnaces and ladle heaters, confined spaces, hot work,
a paint line. It is laid out the way companies bind several separate rules into one Word file: a cover
page (company, title, 编制部门, 发布日期, 版本号, 受控状态), a 发布令 signed by the general manager with the
date written in Chinese numerals, a 目录 typed as text lines with dot leaders and page numbers, then six
separate 制度, each starting on a new page with its title styled Heading 1 and a 文件编号 line under it.
Every 制度 numbers its own articles from 第一条, so 第三条, 第五条 ... occur six times with different
content; four have chapters (two styled Heading 2, two typed as centred bold lines), two have none; each
ends with its own 附则 article (one is interpreted by 动力设备部, one takes effect on a fixed date). The
training, occupational-health and accident rules carry python-docx tables (学时要求, 体检周期, 劳动防护用品
发放标准 with a 发放周期 column like "6个月/双", 应急联系电话). Articles are "第X条" in a bold run, a
full-width space, then the text in a second run; items （一）… are separate paragraphs. Running header
from the second page on, page number field in the footer.

    .venv/bin/python tests/data/make_rulebook_huiyuan.py

After writing the document it reads it back with python-docx (paragraphs and table cells, in body order),
splits the text into units (one per article with its items, one per table cell, the cover, the 发布令
and the 目录) and checks that every `must` string of qa_holdout_huiyuan.yaml occurs in the unit listed
for its question in TARGETS, printing how many other units also contain it.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).parent
OUT = HERE / "rulebook_huiyuan.docx"
QA = HERE / "qa_holdout_huiyuan.yaml"

COMPANY = "汇远机械有限公司"
BOOK = "安全生产管理制度汇编"
RUNNING_HEAD = "汇远机械有限公司安全生产管理制度汇编（2025版）"

CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals as articles are numbered: 十, 十一, 二十, 二十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


# A body entry is ("ch", chapter title), ("art", text, [items]) or ("table", caption, rows) where rows[0]
# is the header row. Articles are numbered per 制度 as they are written.
REGS: list[dict[str, object]] = [
    {
        "key": "责任",
        "title": "安全生产责任制度",
        "code": "HYJX/AQ-ZD-01",
        "chapters": None,
        "body": [
            (
                "art",
                "为落实公司安全生产主体责任，明确各级领导、各部门和全体员工在安全生产工作中应负的责任，做到层层负责、"
                "人人有责，依据《中华人民共和国安全生产法》等法律法规，结合公司铸造、机加工和热处理生产实际，制定本制度。",
                [],
            ),
            (
                "art",
                "本制度适用于公司各部门，铸造一车间、铸造二车间、清理车间、机加工车间、热处理车间，以及劳务派遣人员"
                "和在厂区内从事生产经营活动的相关方单位。",
                [],
            ),
            (
                "art",
                "公司实行全员安全生产责任制。总经理是公司安全生产第一责任人，对公司安全生产工作全面负责；分管生产的"
                "副总经理协助总经理抓好日常安全生产工作；其他副总经理对分管业务范围内的安全生产工作负领导责任，做到"
                "“管业务必须管安全、管生产经营必须管安全”。",
                [],
            ),
            (
                "art",
                "公司设立安全生产委员会，总经理任主任，分管生产的副总经理任常务副主任，各部门、车间负责人为成员。"
                "安全生产委员会每季度至少召开一次会议，分析安全生产形势，研究解决安全生产重大问题；发生重伤及以上"
                "事故或者发现重大事故隐患时，应当及时召开专题会议。",
                [],
            ),
            (
                "art",
                "安全环保部是公司安全生产综合监督管理部门，配备不少于4名专职安全管理人员，其中至少1名为注册安全"
                "工程师。安全环保部的主要职责是：",
                [
                    "（一）组织起草公司安全生产规章制度、安全操作规程和生产安全事故应急救援预案；",
                    "（二）组织开展危险源辨识和风险评估，督促落实重大危险源的安全管理措施；",
                    "（三）组织安全检查，及时排查生产安全事故隐患，提出改进安全生产管理的建议；",
                    "（四）制止和纠正违章指挥、强令冒险作业、违反操作规程的行为；",
                    "（五）督促落实公司安全生产整改措施。",
                ],
            ),
            (
                "art",
                "车间主任是本车间安全生产的第一责任人，每周至少组织一次车间级安全检查，每月至少主持召开一次车间安全"
                "例会，对查出的隐患落实整改责任人、措施、资金、时限和预案。",
                [],
            ),
            (
                "art",
                "班组长对本班组的安全生产负直接管理责任。每班开工前召开不少于10分钟的班前会，讲清当班作业内容、主要"
                "风险和防范措施，检查班组成员劳动防护用品佩戴情况和精神状态；发现员工饮酒、身体不适或者情绪异常的，"
                "不得安排其从事熔炼、浇注、行车操作等岗位作业。",
                [],
            ),
            (
                "art",
                "岗位员工应当严格遵守本岗位安全操作规程，正确佩戴和使用劳动防护用品，做好交接班和设备点检。员工有权"
                "拒绝违章指挥和强令冒险作业；发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施"
                "后撤离作业场所。",
                [],
            ),
            (
                "art",
                "动力设备部负责公司设备设施、特种设备、供配电系统和天然气管网的安全管理，组织设备定期检测检验和维护"
                "保养，保证安全防护装置齐全有效。",
                [],
            ),
            (
                "art",
                "人力资源部负责将安全生产责任制落实情况纳入绩效考核，保证未经三级安全教育或者考试不合格的新员工不"
                "安排上岗；采购部负责采购符合国家标准或者行业标准的劳动防护用品和安全设施，不得采购无产品合格证的"
                "劳动防护用品。",
                [],
            ),
            (
                "art",
                "公司每年1月份与各部门、车间签订年度安全生产责任书，车间与班组、班组与岗位员工逐级签订，做到全员签订、"
                "不留空白。新入职和调整岗位的员工在上岗前补签。",
                [],
            ),
            (
                "art",
                "安全环保部每半年组织一次安全生产责任制落实情况考核，考核结果与部门、车间安全绩效奖金挂钩，并在公司内"
                "公布。",
                [],
            ),
            (
                "art",
                "对安全生产工作成绩突出的单位和个人给予表彰奖励：",
                [
                    "（一）全年未发生轻伤及以上事故的班组，年终每人奖励500元；",
                    "（二）及时发现并报告重大事故隐患、避免事故发生的员工，经安全环保部核实，给予200元至2000元奖励；",
                    "（三）在事故抢险中表现突出的，由安全生产委员会研究给予奖励。",
                ],
            ),
            (
                "art",
                "发生生产安全事故的，按照事故调查结论追究有关人员的责任。造成员工重伤的，扣减责任车间主任当年安全"
                "绩效奖金的50%；造成死亡事故的，车间主任、分管副总经理当年不得参加评先评优，并依照有关法律法规处理。",
                [],
            ),
            (
                "art",
                "本制度由安全环保部负责解释，自发布之日起施行。2021年版《安全生产责任制度》同时废止。",
                [],
            ),
        ],
    },
    {
        "key": "培训",
        "title": "安全教育培训制度",
        "code": "HYJX/AQ-ZD-02",
        "chapters": "bold",
        "body": [
            ("ch", "第一章　总　则"),
            (
                "art",
                "为提高员工安全素质和事故防范能力，规范公司安全教育培训工作，依据《中华人民共和国安全生产法》"
                "《生产经营单位安全培训规定》，制定本制度。",
                [],
            ),
            (
                "art",
                "本制度适用于公司全体员工、劳务派遣人员、实习学生，以及进入厂区作业的相关方人员。",
                [],
            ),
            (
                "art",
                "安全环保部负责编制年度安全教育培训计划，于每年1月20日前报总经理批准后组织实施，并负责公司级安全"
                "教育和考核；各车间负责车间级、班组级安全教育；人力资源部负责培训档案管理和培训经费保障。",
                [],
            ),
            ("ch", "第二章　培训对象和内容"),
            (
                "art",
                "各类人员的安全培训学时不得少于本制度附表《各类人员安全培训学时要求》的规定。初次培训和每年再培训的"
                "学时不得相互抵扣。",
                [],
            ),
            (
                "art",
                "新入职员工（含劳务派遣人员、实习学生）必须接受公司级、车间级、班组级三级安全教育，考试合格后方可上岗。"
                "公司级教育重点讲授安全生产法律法规、公司安全规章制度、事故案例和应急知识；车间级教育重点讲授本车间"
                "危险有害因素、熔融金属和粉尘危害的防护、安全操作规程；班组级教育重点讲授岗位操作要领、设备点检、"
                "劳动防护用品的使用和岗位应急处置措施。",
                [],
            ),
            (
                "art",
                "新员工完成班组级教育后，由班组长指定具有3年以上本岗位工作经历的老员工带教，签订师徒协议，跟班学习期"
                "不少于1个月；熔炼、浇注岗位跟班学习期不少于3个月。带教期满经车间考核合格后方可独立上岗作业。",
                [],
            ),
            (
                "art",
                "员工调换工种或者离岗6个月以上重新上岗的，应当重新接受车间级和班组级安全教育。公司采用新工艺、新技术、"
                "新材料或者使用新设备前，由使用车间会同技术部对有关操作人员进行专门的安全技术培训。",
                [],
            ),
            (
                "art",
                "特种作业人员（电工、焊接与热切割作业人员、高处作业人员）和特种设备作业人员（桥式起重机司机、起重"
                "司索指挥人员、叉车司机）必须按照国家有关规定经专门培训，取得相应资格证书后方可上岗，严禁无证操作。"
                "人力资源部建立持证人员台账，证书到期前3个月提醒本人申请复审。",
                [],
            ),
            (
                "art",
                "各班组每周组织一次安全活动，每次不少于1小时，内容包括学习事故案例、讲评本周安全情况、开展岗位应急处置"
                "演练。班组安全活动记录由车间每月检查一次。",
                [],
            ),
            (
                "art",
                "外来参观、检查人员由接待部门告知厂区安全注意事项，发放安全帽，全程陪同，不得进入熔炼区和浇注区的"
                "警戒线以内。",
                [],
            ),
            (
                "art",
                "相关方作业人员入厂前，由安全环保部进行入厂安全教育，考试合格后办理临时出入证。临时出入证有效期不超过"
                "30天，期满仍需在厂区作业的重新办理。",
                [],
            ),
            ("ch", "第三章　考核和档案"),
            (
                "art",
                "安全教育培训考试采用闭卷笔试或者实际操作考核，满分100分，80分及以上为合格。考试不合格的允许补考一次，"
                "补考仍不合格的，不得上岗，重新参加培训。",
                [],
            ),
            (
                "art",
                "人力资源部建立员工安全教育培训档案，实行“一人一档”，记录培训时间、内容、学时、考核成绩和本人签名，"
                "档案保存至员工离职后3年。",
                [],
            ),
            (
                "art",
                "车间未按规定组织培训或者安排未经培训合格的人员上岗的，每发现一人次，扣减车间当月安全考核分2分，并对"
                "车间主任罚款200元。",
                [],
            ),
            ("ch", "第四章　附　则"),
            ("art", "本制度由安全环保部负责解释，自发布之日起施行。", []),
            (
                "table",
                "附表　各类人员安全培训学时要求",
                [
                    ["序号", "培训对象", "初次培训", "每年再培训", "备注"],
                    ["1", "主要负责人", "32学时", "12学时", "任职之日起6个月内完成初次培训"],
                    ["2", "专职安全管理人员", "48学时", "16学时", "注册安全工程师另按规定参加继续教育"],
                    ["3", "车间主任、工段长、班组长", "24学时", "8学时", "—"],
                    [
                        "4",
                        "新入职员工（含劳务派遣人员、实习学生）",
                        "三级安全教育累计不少于36学时（熔炼、浇注、砂处理岗位不少于56学时）",
                        "20学时",
                        "考试合格后上岗",
                    ],
                    ["5", "调换工种或离岗6个月以上人员", "车间级、班组级教育不少于10学时", "—", "—"],
                    [
                        "6",
                        "特种作业和特种设备作业人员",
                        "取得资格证书后上岗",
                        "专项培训不少于6学时",
                        "证书复审按发证机关规定",
                    ],
                    ["7", "相关方作业人员", "入厂安全教育不少于2学时", "—", "考试合格后办理临时出入证"],
                ],
            ),
        ],
    },
    {
        "key": "危险作业",
        "title": "危险作业管理制度",
        "code": "HYJX/AQ-ZD-03",
        "chapters": "h2",
        "body": [
            ("ch", "第一章　总则"),
            (
                "art",
                "为加强危险作业安全管理，防止火灾、爆炸、中毒窒息、灼烫、起重伤害和高处坠落等事故，制定本制度。",
                [],
            ),
            (
                "art",
                "本制度所称危险作业，是指动火作业、有限空间作业、熔炼浇注作业、吊装作业、高处作业、临时用电作业以及"
                "在运行设备上进行的检修作业。",
                [],
            ),
            (
                "art",
                "动火、有限空间、高处、临时用电和非常规吊装作业实行作业许可管理，作业前必须办理作业票。作业票由作业"
                "负责人申请，经作业所在车间审核、按照权限审批后生效；作业票一式三联，作业结束后由安全环保部收回存档，"
                "保存期限为1年。",
                [],
            ),
            (
                "art",
                "危险作业实行专人监护。监护人由熟悉作业现场、经过培训的人员担任，作业期间不得离开现场，不得兼做其他"
                "工作；监护人需要离开时，应当通知作业人员停止作业。",
                [],
            ),
            ("ch", "第二章　动火作业"),
            (
                "art",
                "动火作业分为特级、一级和二级：",
                [
                    "（一）在天然气管道、阀组、调压装置上以及熔炼除尘器箱体内动火的，为特级动火；",
                    "（二）在油漆库、涂装线、天然气调压站周边15米范围内以及有限空间内动火的，为一级动火；",
                    "（三）在固定动火区以外的其他生产区域动火的，为二级动火。",
                ],
            ),
            (
                "art",
                "特级动火作业票由分管生产的副总经理审批，一级动火作业票由安全环保部经理审批，二级动火作业票由车间主任"
                "审批。特级和一级动火作业票有效期不超过8小时，二级动火作业票有效期不超过24小时，超过有效期的应当重新"
                "办理。",
                [],
            ),
            (
                "art",
                "动火前，应当清除动火点周围10米范围内的可燃物，无法清除的用阻燃布遮盖；动火点附近配备不少于2具4千克"
                "干粉灭火器。在可能存在可燃气体的部位动火，应当在动火前30分钟内进行检测，可燃气体浓度低于爆炸下限"
                "的10%方可动火；作业中断超过30分钟的，恢复作业前重新检测。",
                [],
            ),
            (
                "art",
                "动火作业结束后，作业人员和监护人应当清理现场，确认无残留火种，并在现场留守观察不少于1小时后方可离开。",
                [],
            ),
            ("ch", "第三章　有限空间作业"),
            (
                "art",
                "公司有限空间主要包括：混砂机和砂库内部、斗式提升机底坑、除尘器箱体和灰斗、抛丸机底部丸料坑、循环"
                "冷却水池、污水井和化粪池。各车间应当建立有限空间管理台账，在入口设置“有限空间 未经许可严禁入内”"
                "警示标志。",
                [],
            ),
            (
                "art",
                "有限空间作业必须严格执行“先通风、再检测、后作业”。作业前检测合格的标准是：氧气含量在19.5%至23.5%"
                "之间，可燃气体浓度低于爆炸下限的5%，一氧化碳浓度不超过20mg/m³。检测时间距作业开始不得超过30分钟。",
                [],
            ),
            (
                "art",
                "作业期间应当采取机械通风，并使用便携式气体检测仪进行连续监测；作业人员中途离开后再次进入的，应当重新"
                "检测。严禁用纯氧进行通风换气。",
                [],
            ),
            (
                "art",
                "进入混砂机、斗式提升机等设备内部作业的，必须切断电源，在配电柜上锁并悬挂“有人作业 禁止合闸”标志牌，"
                "设专人看守；作业人员每次在有限空间内连续作业不超过1小时，应当轮换出来休息。",
                [],
            ),
            (
                "art",
                "有限空间作业现场应当配备正压式空气呼吸器、安全带、安全绳和三脚架等救援器材。发生中毒窒息等意外时，"
                "监护人应当立即报告并呼叫救援，严禁未佩戴呼吸防护装备的人员盲目施救。",
                [],
            ),
            ("ch", "第四章　熔炼浇注作业"),
            (
                "art",
                "中频感应电炉加料前，操作人员应当检查炉料。炉料必须干燥、无油污，严禁将潮湿炉料、密闭容器、管状料和"
                "易燃易爆物品加入炉内；雨雪天气露天存放的废钢和回炉料，应当经烘干后方可加入。",
                [],
            ),
            (
                "art",
                "熔炼期间，炉体冷却水进水压力不得低于0.2MPa，出水温度不得超过55℃。冷却水中断时应当立即停电，并启用"
                "应急水泵或者应急水箱供水。",
                [],
            ),
            (
                "art",
                "铁水包（钢包）使用前必须烘烤干燥。新砌或者修补后的浇包，烘烤温度不低于800℃，烘烤时间不少于4小时；"
                "包内不得有积水、潮湿物料。盛装铁水时，铁水液面距包沿不少于100毫米。",
                [],
            ),
            (
                "art",
                "浇注作业区地面应当保持干燥，严禁积水和堆放杂物；浇注人员必须穿戴阻燃防护服、防护面罩、隔热手套和高帮"
                "隔热劳保鞋。浇注剩余的铁水应当倒入经预热的锭模或者干燥砂坑，严禁随意倾倒。",
                [],
            ),
            (
                "art",
                "熔炼炉应当安装漏炉报警装置。漏炉报警时，应当立即停电，将铁水倒入应急事故坑。炉前事故坑容积不得小于"
                "最大一炉铁水量的1.2倍，坑内保持干燥，严禁积水和堆放杂物，坑口设置防护盖板。",
                [],
            ),
            ("ch", "第五章　吊装作业"),
            (
                "art",
                "吊运铁水包等熔融金属必须使用冶金铸造起重机。行车司机吊运熔融金属前应当鸣铃示警，吊运路线下方严禁"
                "人员停留和通行，严禁从人员头顶上方通过；铁水包底部距离地面或者障碍物的高度宜保持在0.5米左右，运行"
                "平稳，严禁急开急停。",
                [],
            ),
            (
                "art",
                "行车司机每班作业前应当对制动器、上升限位器、钢丝绳、吊钩和急停按钮进行点检并做好记录；发现制动器失灵、"
                "限位失效等缺陷的，不得使用，并立即报告维修。",
                [],
            ),
            (
                "art",
                "两台行车抬吊同一物件的，每台行车所承受的载荷不得超过其额定起重量的80%，由车间主任或者其指定的专人"
                "统一指挥。",
                [],
            ),
            ("ch", "第六章　高处和临时用电作业"),
            (
                "art",
                "在距坠落高度基准面2米以上（含2米）有可能坠落的高处进行作业的，作业人员必须系挂安全带，安全带应当高挂"
                "低用；在彩钢瓦屋面上作业必须铺设防滑走道板。遇五级以上大风、雷雨天气，停止露天高处作业。",
                [],
            ),
            (
                "art",
                "临时用电必须由持证电工接线，配电箱实行“一机一闸一漏保”；临时用电作业票有效期不超过15天，期满仍需"
                "使用的应当重新办理。",
                [],
            ),
            ("ch", "第七章　附则"),
            (
                "art",
                "未办理作业票擅自进行动火、有限空间作业的，对作业负责人罚款300元，对所在车间主任罚款500元；造成事故"
                "的，依照有关规定追究责任。",
                [],
            ),
            ("art", "本制度由安全环保部负责解释，自发布之日起施行。", []),
        ],
    },
    {
        "key": "设备",
        "title": "设备设施安全管理制度",
        "code": "HYJX/AQ-ZD-04",
        "chapters": "h2",
        "body": [
            ("ch", "第一章　总则"),
            (
                "art",
                "为加强设备设施安全管理，保证设备设施安全运行，防止设备事故和由设备缺陷引起的人身伤害事故，制定本制度。",
                [],
            ),
            (
                "art",
                "本制度适用于公司生产设备、特种设备、电气设备、天然气设施、除尘设施以及各类安全防护装置的管理。",
                [],
            ),
            (
                "art",
                "动力设备部是设备设施安全管理的归口部门；各车间负责本车间设备的日常使用、维护保养和点检，落实“定人、"
                "定机、定责任”。",
                [],
            ),
            ("ch", "第二章　使用和维护"),
            (
                "art",
                "设备实行三级保养制度：日常保养由操作人员每班进行；一级保养由操作人员配合维修人员每月进行一次；二级"
                "保养由维修人员每6个月进行一次。",
                [],
            ),
            (
                "art",
                "设备的传动带、齿轮、联轴器等外露旋转部位必须安装防护罩，急停按钮应当醒目、可靠。任何人不得擅自拆除"
                "或者停用安全防护装置、联锁装置；因检修拆除的，检修结束后必须立即恢复。",
                [],
            ),
            (
                "art",
                "设备检修实行能量隔离和上锁挂牌制度。检修人员每人一把个人安全锁，钥匙由本人保管；多人同时检修的，每人"
                "在隔离点各自上锁，检修完毕由各人自行解锁，严禁他人代为解锁。",
                [],
            ),
            (
                "art",
                "经检测鉴定存在严重安全隐患且无维修价值的设备，由动力设备部提出报废申请，经分管副总经理批准后报废；"
                "已报废的设备不得转让他人继续使用。",
                [],
            ),
            ("ch", "第三章　特种设备"),
            (
                "art",
                "特种设备在投入使用前或者投入使用后30日内，动力设备部应当向特种设备安全监督管理部门办理使用登记。"
                "特种设备实行定期检验：吊运熔融金属的起重机每年检验一次，其他桥式起重机每2年检验一次；定期检验到期前"
                "1个月，动力设备部应当向检验机构提出检验申请。检验合格标志应当固定在设备显著位置。",
                [],
            ),
            (
                "art",
                "桥式起重机除司机每班点检外，维修人员每周进行一次检查，每月对钢丝绳、制动器、吊钩、车轮和轨道进行一次"
                "全面检查。钢丝绳在一个捻距内断丝数达到总丝数的10%时，应当报废更换；吊钩出现裂纹的必须报废，严禁补焊。",
                [],
            ),
            (
                "art",
                "叉车在车间内行驶速度不得超过5km/h，在厂区道路行驶速度不得超过15km/h；叉车严禁载人，货叉下严禁站人，"
                "不得在浇注区通道上停放。",
                [],
            ),
            (
                "art",
                "空气压缩机储气罐的安全阀每年校验一次，压力表每6个月校验一次；储气罐每班排污不少于1次。",
                [],
            ),
            ("ch", "第四章　熔炼、砂处理和清理设备"),
            (
                "art",
                "中频感应电炉炉衬侵蚀后剩余厚度小于原厚度的三分之一时，必须停炉重新打结炉衬。新打结的炉衬应当按照烘炉"
                "工艺曲线进行烘炉烧结，未经烧结不得装料熔炼。",
                [],
            ),
            (
                "art",
                "砂处理系统的混砂机、落砂机、斗式提升机和带式输送机应当与除尘系统联锁：开机时先启动除尘系统，后启动主机；"
                "停机时先停主机，除尘系统延时运行不少于5分钟后再停止。",
                [],
            ),
            (
                "art",
                "布袋除尘器应当每班卸灰一次，除尘管道每月清理一次积灰；除尘器进出口压差超过1500Pa时，应当检查滤袋是否"
                "堵塞或者破损，发现滤袋破损的及时更换。",
                [],
            ),
            (
                "art",
                "抛丸清理机的门与抛丸器应当联锁，门未关闭时抛丸器不能启动；抛丸室护板磨穿或者抛丸器叶片磨损量超过原"
                "厚度40%的，应当立即更换。人工喷丸室作业人员必须佩戴送风式喷砂头盔，喷丸室内照明应当采用防护型灯具。",
                [],
            ),
            ("ch", "第五章　天然气设施"),
            (
                "art",
                "天然气调压站周围设置围栏和“严禁烟火”警示标志，无关人员不得入内。动力设备部每班对调压站和厂区天然气"
                "管道巡检两次，使用便携式检测仪检查法兰、阀门等部位有无泄漏，并做好巡检记录。",
                [],
            ),
            (
                "art",
                "使用天然气的热处理炉、烘包器和调压站应当安装可燃气体检测报警器。一级报警设定值为爆炸下限的20%，二级"
                "报警设定值为爆炸下限的40%，二级报警与燃气紧急切断阀联锁。可燃气体检测报警器每年检定一次。",
                [],
            ),
            (
                "art",
                "天然气管道应当涂刷黄色油漆并标明介质流向。燃气加热设备点火前必须对炉膛进行吹扫，吹扫时间不少于3分钟；"
                "点火失败的，应当重新吹扫后方可再次点火，严禁连续点火。",
                [],
            ),
            ("ch", "第六章　电气设备"),
            (
                "art",
                "手持电动工具和移动式电气设备每3个月检测一次绝缘电阻，检测合格后粘贴合格标签；Ⅰ类手持电动工具必须配用"
                "漏电保护器。配电室实行工作票和操作票制度，非电工人员不得进入。",
                [],
            ),
            (
                "art",
                "公司建筑物和天然气设施的防雷防静电接地装置每年检测一次，检测工作应当在每年4月30日前完成。",
                [],
            ),
            ("ch", "第七章　附则"),
            ("art", "本制度由动力设备部负责解释，自发布之日起施行。", []),
        ],
    },
    {
        "key": "职业健康",
        "title": "职业健康管理制度",
        "code": "HYJX/AQ-ZD-05",
        "chapters": None,
        "body": [
            (
                "art",
                "为预防、控制和消除职业病危害，保护员工职业健康，依据《中华人民共和国职业病防治法》《工作场所职业卫生"
                "管理规定》，制定本制度。",
                [],
            ),
            (
                "art",
                "公司存在的主要职业病危害因素有：砂处理、造型、落砂和清理工序产生的矽尘，焊接和气割产生的电焊烟尘，"
                "落砂机、抛丸机、空压机等设备产生的噪声，熔炼、浇注和热处理岗位的高温，涂装工序使用的苯、甲苯、二甲苯"
                "等有机溶剂。",
                [],
            ),
            (
                "art",
                "安全环保部是公司职业卫生管理机构，配备1名专职职业卫生管理人员，负责职业病危害因素检测、职业健康监护、"
                "劳动防护用品管理和职业病危害告知等工作。",
                [],
            ),
            (
                "art",
                "公司每年委托具有资质的职业卫生技术服务机构对工作场所职业病危害因素进行一次检测，每3年进行一次职业病"
                "危害现状评价。检测和评价结果存入职业卫生档案，并在厂区公告栏公布。",
                [],
            ),
            (
                "art",
                "产生职业病危害的作业岗位应当在醒目位置设置警示标识和职业病危害告知卡。公司与员工订立劳动合同时，应当将"
                "工作过程中可能产生的职业病危害及其后果、防护措施和待遇如实告知员工，并在劳动合同中写明。",
                [],
            ),
            (
                "art",
                "落砂、砂处理、抛丸等产尘工序应当采取密闭、通风除尘措施。清扫作业场所积尘应当采用湿式清扫或者真空"
                "吸尘，严禁使用压缩空气吹扫地面、设备和衣物上的粉尘。",
                [],
            ),
            (
                "art",
                "每年6月1日至9月30日为防暑降温期。防暑降温期内，公司为高温岗位员工发放防暑降温饮料和药品，并按月发放"
                "高温津贴，标准为每人每月300元；日最高气温达到37℃以上时，熔炼、浇注岗位员工连续作业时间不得超过2小时，"
                "并在岗位附近设置配有空调的休息室。",
                [],
            ),
            (
                "art",
                "噪声超过85dB(A)的岗位应当设置“噪声有害”警示标识，员工必须佩戴防噪声耳塞或者耳罩；空压机房应当采取"
                "隔声措施，值班人员在隔声值班室内监控。",
                [],
            ),
            (
                "art",
                "公司组织接触职业病危害因素的员工进行上岗前、在岗期间和离岗时的职业健康检查，费用由公司承担。在岗期间"
                "职业健康检查的周期按照本制度附表1执行；员工离岗前90日内未进行在岗期间体检的，应当进行离岗时体检。",
                [],
            ),
            (
                "art",
                "安全环保部应当自收到职业健康检查报告之日起7日内，将检查结果书面告知员工本人。发现职业禁忌的，应当调离"
                "原岗位并妥善安置；发现疑似职业病的，应当及时安排诊断，诊断或者医学观察期间不得解除或者终止劳动合同。",
                [],
            ),
            (
                "art",
                "公司建立职业健康监护档案。员工离职时有权索取本人职业健康监护档案复印件，公司应当如实、无偿提供，并在"
                "复印件上签章。",
                [],
            ),
            (
                "art",
                "公司按照本制度附表2为员工配发劳动防护用品，不得以货币或者其他物品替代。劳动防护用品到期后以旧换新；"
                "因作业损坏、失效的，经班组长确认后可以提前更换。",
                [],
            ),
            (
                "art",
                "班组长应当每班检查员工劳动防护用品的佩戴情况。员工不按规定佩戴劳动防护用品的，班组长应当责令其停止"
                "作业，并视情节处以50元至200元罚款。",
                [],
            ),
            (
                "art",
                "公司不得安排未成年工从事接触职业病危害的作业，不得安排孕期、哺乳期女职工从事接触苯系物等对本人和胎儿、"
                "婴儿有危害的作业。",
                [],
            ),
            ("art", "本制度由安全环保部负责解释，自2025年4月1日起施行。", []),
            (
                "table",
                "附表1　职业健康检查周期表",
                [
                    ["职业病危害因素", "主要接触岗位", "在岗期间检查周期", "主要检查项目"],
                    [
                        "矽尘",
                        "砂处理工、造型工、落砂工、清理工",
                        "每年1次",
                        "后前位X射线高千伏胸片或DR胸片、肺功能",
                    ],
                    ["电焊烟尘", "电焊工、气割工", "每2年1次", "DR胸片、肺功能"],
                    ["噪声", "落砂工、抛丸工、空压机房值班员", "每年1次", "纯音听阈测试、心电图"],
                    [
                        "高温",
                        "熔炼工、浇注工、热处理工",
                        "每年1次，于5月31日前完成",
                        "血常规、尿常规、血压、心电图、空腹血糖",
                    ],
                    ["苯、甲苯、二甲苯", "涂装工（喷漆）", "每半年1次", "血常规（含血小板计数）、肝功能"],
                ],
            ),
            (
                "table",
                "附表2　劳动防护用品发放标准表",
                [
                    ["岗位", "防护用品名称", "发放周期", "备注"],
                    ["熔炼工、浇注工", "阻燃防护服", "12个月/2套", "—"],
                    ["熔炼工、浇注工", "高帮隔热防砸劳保鞋", "6个月/双", "鞋面被铁水烫穿的随时更换"],
                    ["熔炼工、浇注工", "防护面罩", "12个月/只", "滤光镜片损坏的随时更换"],
                    ["熔炼工、浇注工", "隔热手套", "1个月/3副", "—"],
                    [
                        "砂处理工、造型工、落砂工、清理工",
                        "防尘口罩（KN95）",
                        "每班/1只",
                        "不得以纱布口罩代替",
                    ],
                    ["砂处理工、造型工、落砂工、清理工", "防砸劳保鞋", "12个月/双", "—"],
                    ["落砂工、抛丸工", "防噪声耳塞", "1周/2副", "—"],
                    ["人工喷丸工", "送风式喷砂头盔", "24个月/顶", "过滤棉每月更换"],
                    ["电焊工、气割工", "焊接防护服", "12个月/套", "—"],
                    ["电焊工、气割工", "焊工手套", "1个月/2副", "—"],
                    ["涂装工", "防毒面具", "24个月/只", "有机蒸气滤毒盒每周更换1次"],
                    ["全体生产人员", "安全帽", "30个月/顶", "受过重击的立即更换"],
                    ["全体生产人员", "冬季防寒服", "36个月/件", "—"],
                ],
            ),
        ],
    },
    {
        "key": "事故",
        "title": "事故报告和调查处理制度",
        "code": "HYJX/AQ-ZD-06",
        "chapters": "bold",
        "body": [
            ("ch", "第一章　总　则"),
            (
                "art",
                "为规范生产安全事故的报告和调查处理，及时救治伤员、控制事故扩大，落实事故责任追究，依据《中华人民共和国"
                "安全生产法》《生产安全事故报告和调查处理条例》，制定本制度。",
                [],
            ),
            (
                "art",
                "本制度所称事故，包括造成人员伤亡的生产安全事故，火灾、漏炉、天然气泄漏等造成设备设施损坏或者直接经济"
                "损失的事故，以及未造成人员伤害和财产损失的未遂事件。",
                [],
            ),
            (
                "art",
                "事故报告应当及时、准确、完整，任何部门和个人对事故不得迟报、漏报、谎报或者瞒报。事故调查处理坚持实事"
                "求是、尊重科学的原则。",
                [],
            ),
            ("ch", "第二章　事故报告"),
            (
                "art",
                "事故发生后，事故现场有关人员应当立即向班组长和车间主任报告；车间主任接到报告后，应当在15分钟内报告公司"
                "应急值班室和安全环保部；安全环保部接到报告后，应当立即核实并报告总经理。",
                [],
            ),
            (
                "art",
                "发生人员死亡、重伤（含急性中毒）事故或者较大涉险事故的，总经理接到报告后，应当于1小时内向当地应急管理"
                "部门和其他负有安全生产监督管理职责的有关部门报告。情况紧急时，事故现场有关人员可以直接向当地应急管理"
                "部门报告。",
                [],
            ),
            (
                "art",
                "事故报告应当包括下列内容：",
                [
                    "（一）事故发生的时间、地点以及事故现场情况；",
                    "（二）事故的简要经过；",
                    "（三）已经造成或者可能造成的伤亡人数和初步估计的直接经济损失；",
                    "（四）已经采取的措施；",
                    "（五）报告人姓名和联系电话。",
                ],
            ),
            (
                "art",
                "事故报告后出现新情况的，应当及时补报。自事故发生之日起30日内，事故造成的伤亡人数发生变化的，应当及时"
                "补报。",
                [],
            ),
            (
                "art",
                "发生未遂事件的，当事人或者发现人应当在当班结束前填写《未遂事件报告单》，经班组长签字后报安全环保部。"
                "对主动报告未遂事件的员工，每起奖励50元。",
                [],
            ),
            (
                "art",
                "事故报告和应急联系电话见下表。各车间应当将本表张贴在车间办公室和班组园地。",
                [],
            ),
            (
                "table",
                "事故报告和应急联系电话表",
                [
                    ["单位或人员", "联系电话", "备注"],
                    ["公司应急值班室", "0552-3816110", "24小时值班"],
                    ["安全环保部", "0552-3816126", "工作日8:00—17:00"],
                    ["动力设备部（天然气、供电抢修）", "0552-3816135", "24小时值班"],
                    ["厂医务室", "0552-3816120", "白班有医生值守"],
                    ["总经理 邓国平", "13905529176", "—"],
                    ["经开区应急管理局值班室", "0552-3067350", "—"],
                    ["火警", "119", "—"],
                    ["急救", "120", "—"],
                ],
            ),
            ("ch", "第三章　现场处置和事故调查"),
            (
                "art",
                "事故发生后，事故车间应当立即启动现场处置方案，组织抢救伤员，切断电源和气源，防止事故扩大，并保护事故"
                "现场。因抢救人员、防止事故扩大需要移动现场物件的，应当做出标志，拍照或者录像，妥善保存现场重要痕迹和物证。",
                [],
            ),
            (
                "art",
                "轻伤事故由事故车间主任组织调查，安全环保部参加，调查报告在事故发生后7日内完成；重伤事故由分管生产的副"
                "总经理组织成立调查组，调查报告在15日内完成；死亡事故和较大涉险事故由政府有关部门组织调查，公司全力配合。",
                [],
            ),
            (
                "art",
                "事故处理坚持“四不放过”原则：事故原因未查清不放过，责任人员未受到处理不放过，整改措施未落实不放过，"
                "有关人员未受到教育不放过。",
                [],
            ),
            (
                "art",
                "事故责任单位应当按照调查报告提出的整改措施，在规定期限内完成整改；安全环保部负责验证整改效果，并在"
                "全公司通报事故情况。",
                [],
            ),
            ("ch", "第四章　统计和档案"),
            (
                "art",
                "安全环保部负责事故统计，每月5日前汇总上月事故和未遂事件情况，报安全生产委员会；事故调查报告、处理决定"
                "等资料长期保存。",
                [],
            ),
            (
                "art",
                "对迟报、漏报事故的，对责任人罚款500元至1000元；对谎报、瞒报事故的，给予解除劳动合同处理；构成犯罪的，"
                "依法移送司法机关。",
                [],
            ),
            ("ch", "第五章　附　则"),
            ("art", "本制度由安全环保部负责解释，自发布之日起施行。", []),
        ],
    },
]

TOC_PAGES = [1, 5, 9, 19, 25, 33]
TOC_NUMERALS = "一二三四五六"

COVER = [
    ("spacer", ""),
    ("spacer", ""),
    ("company", COMPANY),
    ("book", BOOK),
    ("sub", "（2025版）"),
    ("spacer", ""),
    ("spacer", ""),
    ("spacer", ""),
    ("line", "编制部门：安全环保部"),
    ("line", "审　　核：秦立新"),
    ("line", "批　　准：邓国平"),
    ("line", "发布日期：2025年3月18日"),
    ("line", "版 本 号：C/0"),
    ("line", "受控状态：受控　　分发号：______"),
]

DECREE_TITLE = "发　布　令"
DECREE = [
    "为贯彻落实安全生产法律法规，健全公司安全生产管理体系，安全环保部组织对2021年版各项安全生产管理制度"
    "进行了全面修订，形成《汇远机械有限公司安全生产管理制度汇编》（2025版），经公司安全生产委员会审议通过，"
    "现予发布。",
    "本汇编是公司安全生产管理的基本依据，各部门、各车间和全体员工必须认真学习，严格执行。各车间应当组织"
    "员工逐条学习与本岗位有关的制度条款，学习情况纳入班组安全活动记录。",
]
DECREE_SIGN = ["总经理：邓国平", "二〇二五年三月十八日"]


def set_east_asian(style_or_run: object, font: str) -> None:
    element = style_or_run.element  # type: ignore[attr-defined]
    element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def add_page_field(paragraph: Paragraph) -> None:
    """Footer "第 N 页": a PAGE field Word fills in."""
    paragraph.add_run("第 ")
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    cached = OxmlElement("w:t")
    cached.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for node in (begin, instr, separate, cached, end):
        run._r.append(node)
    paragraph.add_run(" 页")


def centred(doc: DocxDocument, text: str, size: float, bold: bool = False, font: str = "宋体") -> Paragraph:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
        set_east_asian(run, font)
    return p


def page_break(doc: DocxDocument) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_table(doc: DocxDocument, caption: str, rows: list[list[str]]) -> None:
    cap = centred(doc, caption, 12, bold=True, font="黑体")
    cap.paragraph_format.space_before = Pt(12)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10.5)
                run.bold = i == 0


def build() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    set_east_asian(normal, "仿宋")
    for name, size, font in (("Heading 1", 18, "黑体"), ("Heading 2", 14, "黑体")):
        style = doc.styles[name]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        set_east_asian(style, font)

    props = doc.core_properties
    props.author = "安全环保部"
    props.title = COMPANY + BOOK + "（2025版）"
    props.created = datetime(2025, 3, 18, 9, 0, 0)
    props.modified = datetime(2025, 3, 18, 9, 0, 0)
    props.last_modified_by = "安全环保部"
    props.revision = 3

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.text = RUNNING_HEAD
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(foot)

    # Cover.
    for kind, text in COVER:
        if kind == "spacer":
            doc.add_paragraph()
        elif kind == "company":
            centred(doc, text, 22, bold=True, font="黑体")
        elif kind == "book":
            centred(doc, text, 26, bold=True, font="黑体")
        elif kind == "sub":
            centred(doc, text, 16, font="宋体")
        else:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(120)
            run = p.add_run(text)
            run.font.size = Pt(14)
    page_break(doc)

    # 发布令.
    centred(doc, DECREE_TITLE, 18, bold=True, font="黑体")
    for text in DECREE:
        p = doc.add_paragraph(text)
        p.paragraph_format.first_line_indent = Pt(24)
    for text in DECREE_SIGN:
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_break(doc)

    # 目录, typed by hand with dot leaders.
    centred(doc, "目　　录", 18, bold=True, font="黑体")
    for numeral, reg, page in zip(TOC_NUMERALS, REGS, TOC_PAGES, strict=True):
        label = f"{numeral}、{reg['title']}"
        leaders = "…" * (2 * (18 - len(label)) + 6)
        p = doc.add_paragraph(f"{label}{leaders}{page}")
        p.paragraph_format.space_after = Pt(6)

    # The six 制度 follow in a second section whose page numbers restart at 1, as the 目录 counts them;
    # each 制度 starts on a new page.
    for index, reg in enumerate(REGS):
        if index == 0:
            new = doc.add_section(WD_SECTION.NEW_PAGE)
            new.different_first_page_header_footer = False
            new.footer.is_linked_to_previous = False
            fpar = new.footer.paragraphs[0]
            fpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_page_field(fpar)
            restart = OxmlElement("w:pgNumType")
            restart.set(qn("w:start"), "1")
            cols = new._sectPr.find(qn("w:cols"))
            if cols is not None:
                cols.addprevious(restart)
            else:
                new._sectPr.find(qn("w:pgMar")).addnext(restart)
        else:
            page_break(doc)
        h1 = doc.add_heading(str(reg["title"]), level=1)
        h1.alignment = WD_ALIGN_PARAGRAPH.CENTER
        code = doc.add_paragraph(f"文件编号：{reg['code']}")
        code.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        number = 0
        for entry in reg["body"]:  # type: ignore[attr-defined]
            if entry[0] == "ch":
                if reg["chapters"] == "h2":
                    h2 = doc.add_heading(entry[1], level=2)
                    h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
                else:
                    centred(doc, entry[1], 14, bold=True, font="黑体")
            elif entry[0] == "art":
                number += 1
                p = doc.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(24)
                tag = p.add_run(f"第{cn_number(number)}条")
                tag.bold = True
                set_east_asian(tag, "黑体")
                p.add_run("　" + entry[1])
                for item in entry[2]:
                    q = doc.add_paragraph(item)
                    q.paragraph_format.first_line_indent = Pt(24)
            else:
                add_table(doc, entry[1], entry[2])
    doc.save(str(OUT))


# ---------------------------------------------------------------------------------------------------------
# Check of the question file against the document as python-docx reads it back.

KEYS = {str(reg["title"]): str(reg["key"]) for reg in REGS}
ARTICLE = re.compile(r"^第([一二三四五六七八九十]+)条")
CHAPTER = re.compile(r"^第[一二三四五六七八九十]+章")

# Where each positive question's answer is: "cover", "目录", "发布令", "<key>/第X条" or
# "<key>/<table caption>/r<row>c<col>" (row 0 is the header row).
TARGETS: dict[str, str] = {
    "hy001": "cover",
    "hy002": "cover",
    "hy003": "培训/第五条",
    "hy004": "事故/第三条",
    "hy005": "危险作业/第十条",
    "hy006": "设备/第八条",
    "hy007": "责任/第七条",
    "hy008": "职业健康/第四条",
    "hy009": "设备/第二十一条",
    "hy010": "职业健康/第十五条",
    "hy011": "危险作业/第七条",
    "hy012": "危险作业/第十条",
    "hy013": "设备/第十七条",
    "hy014": "危险作业/第六条",
    "hy015": "职业健康/附表2　劳动防护用品发放标准表/r2c2",
    "hy016": "职业健康/附表1　职业健康检查周期表/r5c2",
    "hy017": "职业健康/附表1　职业健康检查周期表/r4c2",
    "hy018": "培训/附表　各类人员安全培训学时要求/r4c2",
    "hy019": "培训/附表　各类人员安全培训学时要求/r3c2",
    "hy020": "培训/第十一条",
    "hy021": "设备/第九条",
    "hy022": "设备/第十条",
    "hy023": "危险作业/第十六条",
    "hy024": "危险作业/第十八条",
    "hy025": "危险作业/第十五条",
    "hy026": "事故/第四条",
    "hy027": "事故/事故报告和应急联系电话表/r1c1",
    "hy028": "职业健康/附表2　劳动防护用品发放标准表/r8c2",
    "hy029": "设备/第十三条",
    "hy030": "职业健康/第七条",
}


def read_units(path: Path) -> dict[str, str]:
    """Split the saved document into units in body order, the way a reader of the .docx sees it."""
    doc = Document(str(path))
    units: dict[str, list[str]] = {}
    page = 0
    front = ["cover", "发布令", "目录"]
    reg: str | None = None
    current = "cover"
    caption = ""
    body = doc.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            para = Paragraph(child, doc)
            text = para.text.strip()
            if reg is None:
                if any(br.get(qn("w:type")) == "page" for br in child.iter(qn("w:br"))):
                    page += 1
                    current = front[min(page, 2)]
                    continue
                if para.style is not None and para.style.name == "Heading 1":
                    reg = KEYS[text]
                    current = f"{reg}/title"
                else:
                    units.setdefault(current, []).append(text)
                continue
            if para.style is not None and para.style.name == "Heading 1":
                reg = KEYS[text]
                current = f"{reg}/title"
                continue
            match = ARTICLE.match(text)
            if match:
                current = f"{reg}/第{match.group(1)}条"
            elif CHAPTER.match(text):
                current = f"{reg}/{text}"
            elif text.startswith("附表") or text.endswith("表"):
                caption = text
                current = f"{reg}/{text}"
            units.setdefault(current, []).append(text)
        elif child.tag == qn("w:tbl"):
            table = Table(child, doc)
            for i, row in enumerate(table.rows):
                for j, cell in enumerate(row.cells):
                    units[f"{reg}/{caption}/r{i}c{j}"] = [cell.text]
    return {key: "\n".join(lines) for key, lines in units.items()}


def check() -> int:
    import yaml

    if not QA.exists():
        print("no question file yet; document written")
        return 0
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    units = read_units(OUT)
    articles = sum(1 for key in units if ARTICLE.match(key.split("/")[-1]))
    print(f"{len(units)} units, {articles} articles")
    failures = 0
    for question in data["questions"]:
        qid, must = question["id"], question["must"]
        if not must:
            if question["kind"] != "negative":
                print(f"{qid}: empty must but kind {question['kind']}")
                failures += 1
            continue
        target = TARGETS.get(qid)
        if target is None or target not in units:
            print(f"{qid}: unknown target {target}")
            failures += 1
            continue
        for needle in must:
            if needle not in units[target]:
                print(f"{qid}: {needle!r} not in {target}")
                failures += 1
            others = [key for key, text in units.items() if key != target and needle in text]
            if others:
                print(f"{qid}: note {needle!r} also in {others}")
    print("all must strings found in their articles" if failures == 0 else f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    build()
    sys.exit(check())
