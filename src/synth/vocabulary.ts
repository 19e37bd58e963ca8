/**
 * Names for synthetic records, taken from the five corpus documents (the OCR
 * damage left out) and, for places and agencies, from a province's usual set.
 * The level mix is the corpus's: its 397 indicators by 二级指标.
 */

/** Prefecture-level cities of one province (安徽省), then more as needed with a number. */
export const REGIONS = [
  '合肥市', '芜湖市', '蚌埠市', '淮南市', '马鞍山市', '淮北市', '铜陵市', '安庆市',
  '黄山市', '滁州市', '阜阳市', '宿州市', '六安市', '亳州市', '池州市', '宣城市',
];

/** Agencies every city has (主管部门 after the city name). */
export const AGENCIES = [
  '人民政府办公室', '发展和改革委员会', '教育局', '科学技术局', '经济和信息化局', '公安局', '民政局', '司法局',
  '财政局', '人力资源和社会保障局', '自然资源和规划局', '生态环境局', '住房和城乡建设局', '交通运输局', '水务局',
  '农业农村局', '商务局', '文化和旅游局', '卫生健康委员会', '退役军人事务局', '应急管理局', '审计局',
  '市场监督管理局', '统计局', '医疗保障局', '林业局', '城市管理局', '数据资源管理局', '信访局', '外事办公室',
  '人民政府外事办公室', '投资促进中心', '机关事务管理局', '档案馆', '地方金融监督管理局', '乡村振兴局',
  '残疾人联合会', '妇女联合会', '总工会', '共青团委员会',
];

/** What projects are about (the corpus's project names without 经费/专项/项目 and the like). */
export const PROJECT_SUBJECTS = [
  '州挂职干部', '推进办', '会议', '客房运营及大楼维护', '信息服务', '宣传交流', '赴台工作', '因公出国(境)',
  '政府购买服务', '对台工作', '残疾人就业保障', '两节慰问', '专项事务', '外事培训', '政务公开自助终端运维',
  '调研科业务', '督查科业务', '外事工作', '政府公报', '政府网站安全运行', '华侨事务', '政策研究及落实情况监督检查',
  '政务信息', '网络平台运行及维护', '综合协调', '电子政务外网建设', '招商引资', '引进推介招商车辆运行', '驻村帮扶',
  '外事接待', '外事宣传', '政民互动', '区政府综合业务', '合作交流办业务', '政务服务便民热线运营', '营商环境监督',
  '行政管理事务', '档案数字化', '应急物资储备', '农村公路养护', '义务教育均衡发展', '城乡医疗救助', '公共文化服务',
  '河湖长制', '森林防火', '安全生产监管', '食品安全抽检', '就业创业补贴', '养老服务体系建设', '社区网格化管理',
];

/** Qualifiers that tell apart the projects of one department (市本级, 全市, …) before the subject. */
export const PROJECT_QUALIFIERS = [
  '', '市本级', '全市', '城区', '农村', '社区', '重点', '年度', '常态化', '基层', '数字化', '标准化',
  '示范区', '开发区', '县域', '片区', '专班', '一体化', '智慧', '便民', '规范化', '精细化', '长效', '综合',
];

/** How a project name ends. */
export const PROJECT_KINDS = ['经费', '专项经费', '工作经费', '项目', '补助资金', '运行维护费', '业务费'];

/** Names for list entries with no form (list.missing_form): no character bigram in common with the subjects above. */
export const MISSING_PROJECT_NAMES = ['甲级岸线勘测', '乙类菌种保藏', '丙烯罐区拆迁', '丁坝护岸加固', '戊戌年鉴编纂', '庚申碑刻拓片'];

/** 三级指标 names by 二级指标 (from the corpus). */
export const INDICATOR_NAMES: Record<string, readonly string[]> = {
  数量指标: ['走访企业数量', '报送信息数量', '完成调研报告', '接待次数', '接待人数', '培训次数', '培训人数', '专题会议数量', '硬件采购数量', '软件维护数量', '下乡慰问活动', '访问次数'],
  质量指标: ['质量达标率', '培训合格率', '资金使用合规性', '财务制度健全性', '问题解决率', '运维服务合格率', '工作完成质量合格率', '经费支出合规性'],
  时效指标: ['项目完成及时性', '资金发放及时性', '问题处理及时性', '款项拨付及时性', '公开及时性', '任务处理及时性', '工作完成及时性'],
  成本指标: ['项目总成本', '成本支出总量', '项目成本控制数'],
  社会效益指标: ['便民利企', '政务公开质量和效果', '群众认可度', '提高政府透明度', '促进地区间合作交流', '政府运转效率'],
  经济效益指标: ['促进经济发展程度', '促进区域经济发展程度', '投入产出适配情况', '寻求经济发展增长点'],
  生态效益指标: ['推进绿色发展', '绿色生态指标', '环境效益'],
  可持续影响指标: ['长效管理机制健全性', '长效发展机制完善性', '促进数据共享和业务协同', '可持续性得以延续'],
  服务对象满意度指标: ['服务对象满意度', '群众满意度', '相关部门满意度', '参与人员满意度', '公众满意度'],
};

/** Indicators per 二级 in the corpus (397 in all): the mix the extra indicators of a form are drawn from. */
export const LEVEL_MIX: readonly (readonly [string, number])[] = [
  ['数量指标', 74],
  ['社会效益指标', 57],
  ['质量指标', 54],
  ['服务对象满意度指标', 54],
  ['时效指标', 53],
  ['成本指标', 39],
  ['可持续影响指标', 38],
  ['经济效益指标', 18],
  ['生态效益指标', 10],
];

/** Count units of the corpus's numeric targets. */
export const COUNT_UNITS = ['次', '个', '人', '条', '期', '家', '人次', '场'];

/** Qualitative targets of 效益 indicators and what a clean form answers (words the rules read as "met"). */
export const QUALITATIVE_TARGETS = ['显著', '明显', '有效提升', '持续改善', '逐步提高'];
export const MET_PHRASES = ['达成预期目标', '达成年度指标'];

/** Deviation notes of indicators that lost points (from the corpus's wording). */
export const DEVIATION_NOTES = ['受客观因素影响，部分任务延后完成', '社会公众对项目欠了解，完成度不够', '项目实施进度滞后，已督促整改'];
