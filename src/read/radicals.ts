import type { Lookalike } from './lookalike';

/**
 * CJK radicals in place of the ideographs they stand for: text a PDF's text layer gives when its
 * font maps a glyph to the radical's code point as well as the ideograph's (Chromium's and WPS's
 * "save as PDF" with CJK fonts: 青禾县水利局 comes out as ⻘⽲县⽔利局, 项目名称 as 项⽬名称), and
 * text copied from such a PDF. They look the same, but no label, name or department matches them.
 *
 * The table is Unicode 15.0's EquivalentUnifiedIdeograph.txt for U+2E80–U+2FDF (CJK Radicals
 * Supplement and Kangxi Radicals): each radical with the unified ideograph it is equivalent to.
 */
const RADICAL_CHARACTERS = '⺁⺂⺃⺄⺅⺆⺇⺈⺉⺊⺋⺌⺍⺎⺏⺐⺑⺒⺓⺔⺕⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺱⺲⺳⺴⺵⺶⺷⺸⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢⼣⼤⼥⼦⼧⼨⼩⼪⼫⼬⼭⼮⼯⼰⼱⼲⼳⼴⼵⼶⼷⼸⼹⼺⼻⼼⼽⼾⼿⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍⽎⽏⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵⽶⽷⽸⽹⽺⽻⽼⽽⽾⽿⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋⾌⾍⾎⾏⾐⾑⾒⾓⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞⾟⾠⾡⾢⾣⾤⾥⾦⾧⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾷⾸⾹⾺⾻⾼⾽⾾⾿⿀⿁⿂⿃⿄⿅⿆⿇⿈⿉⿊⿋⿌⿍⿎⿏⿐⿑⿒⿓⿔⿕';
const IDEOGRAPHS = '厂乛乚乙亻冂𠘨刀刂卜㔾小小兀尣尢𡯂巳幺彑𫜹忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王𤴔目示礻𥫗糹纟罓罒㓁冗𦉫羊𦍌𦍋耂肀聿肉𦥑艹艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶邑钅長镸长门𨸏阝雨青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';

const EQUIVALENT = new Map<string, string>();
const ideographs = Array.from(IDEOGRAPHS);
Array.from(RADICAL_CHARACTERS).forEach((radical, i) => EQUIVALENT.set(radical, ideographs[i]!));
// The door radical: a simplified-Chinese font (Noto CJK SC, as Chromium embeds it) draws ⼾ with 户's glyph, not with 戶's (the
// ideograph Unicode names), so a PDF of simplified text gives ⼾ for 户 (用水户 → 用水⼾).
EQUIVALENT.set('⼾', '户');

const RADICAL = /[\u2e80-\u2fdf]/u;
const RADICALS_ALL = /[\u2e80-\u2fdf]/gu;

/** Radicals (code points of U+2E80–U+2FDF) read as the ideographs they stand for. */
export const RADICALS: Lookalike = {
  holds: (text) => RADICAL.test(text),
  replace: (text) => (RADICAL.test(text) ? text.replace(RADICALS_ALL, (radical) => EQUIVALENT.get(radical) ?? radical) : text),
  note: (cells) => `${cells} cells: CJK radicals read as the ideographs they stand for (⻘ → 青)`,
};
