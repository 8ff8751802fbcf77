#!/usr/bin/env python3
"""Build dictionaries/surnames.txt from public facts written into this script.

* RANKED: the ~100 most common Chinese surnames in mainland China, in the order of the
  public household-registration rankings (Ministry of Public Security yearly name
  report, 2019-2020 editions; approximate where neighbouring ranks swap between years).
* BAIJIAXING: the text of the 百家姓 (Song dynasty, public domain), single and compound
  surnames, plus a few common modern surnames it lacks (付, 肖, 覃 ...).
* JAPANESE: Japanese surnames of two characters as Chinese news writes them (rank 999).
* TRADITIONAL: Traditional-script forms whose shape differs; they take the rank of
  their Simplified form.

Output: surname<TAB>rank, rank 1 = most common, 999 = outside the top ~100. Sorted by
rank then by surname; deterministic.

Usage: python3 scripts/build_surnames.py [--out dictionaries/surnames.txt]
"""
import argparse
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RANKED = """
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高
郑 梁 谢 宋 唐 许 韩 邓 冯 曹 彭 曾 肖 田 董 潘 袁 蔡 蒋 余
于 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟 姜 崔 谭 陆 范 汪 廖
石 金 韦 贾 夏 付 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷
龙 黎 史 陶 贺 毛 郝 顾 龚 邵 万 覃 武 钱 戴 严 莫 孔 向 常
""".split()

# 百家姓, four surnames a group as in the text; compound surnames from 万俟 on.
BAIJIAXING_SINGLE = """
赵钱孙李 周吴郑王 冯陈褚卫 蒋沈韩杨 朱秦尤许 何吕施张 孔曹严华 金魏陶姜 戚谢邹喻 柏水窦章
云苏潘葛 奚范彭郎 鲁韦昌马 苗凤花方 俞任袁柳 酆鲍史唐 费廉岑薛 雷贺倪汤 滕殷罗毕 郝邬安常
乐于时傅 皮卞齐康 伍余元卜 顾孟平黄 和穆萧尹 姚邵湛汪 祁毛禹狄 米贝明臧 计伏成戴 谈宋茅庞
熊纪舒屈 项祝董梁 杜阮蓝闵 席季麻强 贾路娄危 江童颜郭 梅盛林刁 钟徐邱骆 高夏蔡田 樊胡凌霍
虞万支柯 昝管卢莫 经房裘缪 干解应宗 丁宣贲邓 郁单杭洪 包诸左石 崔吉钮龚 程嵇邢滑 裴陆荣翁
荀羊於惠 甄曲家封 芮羿储靳 汲邴糜松 井段富巫 乌焦巴弓 牧隗山谷 车侯宓蓬 全郗班仰 秋仲伊宫
宁仇栾暴 甘钭厉戎 祖武符刘 景詹束龙 叶幸司韶 郜黎蓟薄 印宿白怀 蒲邰从鄂 索咸籍赖 卓蔺屠蒙
池乔阴郁 胥能苍双 闻莘党翟 谭贡劳逄 姬申扶堵 冉宰郦雍 却璩桑桂 濮牛寿通 边扈燕冀 郏浦尚农
温别庄晏 柴瞿阎充 慕连茹习 宦艾鱼容 向古易慎 戈廖庾终 暨居衡步 都耿满弘 匡国文寇 广禄阙东
欧殳沃利 蔚越夔隆 师巩厍聂 晁勾敖融 冷訾辛阚 那简饶空 曾毋沙乜 养鞠须丰 巢关蒯相 查后荆红
游竺权逯 盖益桓公 晋楚闫法 汝鄢涂钦 岳帅缑亢 况郈有琴 商牟佘佴 墨哈谯笪 年爱阳佟 言福
"""

BAIJIAXING_COMPOUND = """
万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于
太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 仉督 子车
颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 羊舌
微生 梁丘 左丘 东门 西门 南宫 第五 伯赏
"""

# Common modern surnames that the 百家姓 lacks.
MODERN = "付 肖 覃 兰 冼 麦 粟 栗 揭 敬 邝 谌 苑 邸 银 练 植 蓝 佘 庹 禤 冶 旷 阮 伞 母 承 仝 楼 隋 苟 铁 信 芦 迟 战 檀 亓".split()

# Japanese surnames of two characters, as Chinese news writes them (岸田文雄, 角田悠纪):
# the commonest, and those of Japanese public figures. Rank 999, so a name with one is
# read only where the slot says "name" (after a post: 市长角田悠纪). Left out: surnames
# that are everyday Chinese words or place names (清水, 中山, 福岛, 千叶, 高市, 小林).
JAPANESE = """
田中 山本 佐藤 铃木 高桥 渡边 伊藤 中村 加藤 吉田 山田 山口 松本 井上 木村 山崎 池田 桥本
阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田
西村 藤井 冈本 藤原 中野 三浦 原田 松田 竹内 上田 和田 森田 岸田 石破 安倍 野田 鸠山 角田
河野 新田 麻生 茂木 小池 玉城 二阶 宫泽 细川 小泽 小渊 森山 岩屋 上川 志位 稻田 浜田 西田
横山 内田 樋口 宫本 菅野 村田 北村 吉川 矢野 望月 菅原 桑原 服部 野口 松井 丸山 大塚 平井
""".split()

# Their Traditional-script forms, where the shape differs.
TRADITIONAL_JAPANESE = {
    "铃木": "鈴木", "高桥": "高橋", "渡边": "渡邊", "中岛": "中島", "冈田": "岡田",
    "后藤": "後藤", "远藤": "遠藤", "斋藤": "齋藤", "冈本": "岡本", "鸠山": "鳩山",
    "河野": "河野", "二阶": "二階", "宫泽": "宮澤", "小泽": "小澤", "小渊": "小淵",
    "浜田": "濱田", "宫本": "宮本", "吉川": "吉川", "桥本": "橋本", "麻生": "麻生",
}

# Surnames of the 百家姓 left out: in news text the character is nearly always the word
# (有 "there is": 有大到暴雪, 有关部门), and a name with it is too rare to pay for that.
LEFT_OUT = "有".split()

# Traditional forms that differ from the Simplified form.
TRADITIONAL = {
    "张": "張", "陈": "陳", "刘": "劉", "杨": "楊", "黄": "黃", "赵": "趙", "吴": "吳",
    "孙": "孫", "马": "馬", "郑": "鄭", "谢": "謝", "韩": "韓", "冯": "馮", "邓": "鄧",
    "许": "許", "萧": "蕭", "叶": "葉", "苏": "蘇", "卢": "盧", "蒋": "蔣", "贾": "賈",
    "阎": "閻", "闫": "閆", "钟": "鍾", "谭": "譚", "陆": "陸", "罗": "羅", "钱": "錢",
    "龚": "龔", "严": "嚴", "赖": "賴", "龙": "龍", "万": "萬", "邹": "鄒", "汤": "湯",
    "吕": "呂", "韦": "韋", "贺": "賀", "顾": "顧", "庄": "莊", "聂": "聶", "纪": "紀",
    "卫": "衛", "乔": "喬", "庞": "龐", "齐": "齊", "缪": "繆", "邬": "鄔", "骆": "駱",
    "凤": "鳳", "华": "華", "鲁": "魯", "费": "費", "邝": "鄺", "温": "溫", "车": "車",
    "闵": "閔", "党": "黨", "单": "單", "项": "項", "蓝": "藍", "关": "關", "阳": "陽",
    "饶": "饒", "时": "時", "贝": "貝", "宁": "寧", "钮": "鈕", "简": "簡", "边": "邊",
    "荆": "荊", "颜": "顏", "习": "習", "欧": "歐", "丰": "豐", "郏": "郟", "邹": "鄒",
    "汪": "汪", "刁": "刁", "陶": "陶", "厉": "厲", "铁": "鐵",
    "栾": "欒", "蓟": "薊", "蔺": "藺", "蒙": "蒙", "苍": "蒼", "郦": "酈", "璩": "璩",
    "濮": "濮", "扈": "扈", "农": "農", "晏": "晏", "连": "連", "鱼": "魚", "庾": "庾",
    "终": "終", "暨": "暨", "满": "滿", "弘": "弘", "禄": "祿", "阙": "闕", "东": "東",
    "殳": "殳", "师": "師", "巩": "鞏", "厍": "厙", "晁": "晁", "敖": "敖", "訾": "訾",
    "阚": "闞", "须": "須", "蒯": "蒯", "逯": "逯", "盖": "蓋", "帅": "帥",
    "缑": "緱", "谯": "譙", "毕": "畢", "邬": "鄔", "窦": "竇", "戚": "戚", "喻": "喻",
    "娄": "婁", "伍": "伍", "应": "應", "宫": "宮", "仇": "仇", "卢": "盧",
    "钭": "鈄", "郗": "郗", "闻": "聞", "劳": "勞", "冯": "馮", "储": "儲", "靳": "靳",
    "柯": "柯", "经": "經", "贲": "賁", "荣": "榮", "龚": "龔", "宓": "宓", "祁": "祁",
    "鄢": "鄢", "练": "練", "银": "銀", "麦": "麥", "覃": "覃", "兰": "蘭",
    "谌": "諶", "计": "計", "谈": "談", "伏": "伏", "陈": "陳", "乌": "烏", "隗": "隗",
}

# Compound surnames whose Traditional form differs.
TRADITIONAL_COMPOUND = {
    "欧阳": "歐陽", "司马": "司馬", "诸葛": "諸葛", "东方": "東方", "尉迟": "尉遲",
    "公孙": "公孫", "长孙": "長孫", "钟离": "鍾離", "闻人": "聞人", "轩辕": "軒轅",
    "澹台": "澹臺", "单于": "單于", "万俟": "萬俟", "赫连": "赫連", "鲜于": "鮮于",
    "闾丘": "閭丘", "东郭": "東郭", "南宫": "南宮", "西门": "西門", "东门": "東門",
    "濮阳": "濮陽", "颛孙": "顓孫", "仲孙": "仲孫", "乐正": "樂正", "壤驷": "壤駟",
    "谷梁": "穀梁", "宰父": "宰父", "漆雕": "漆雕", "巫马": "巫馬", "亓官": "亓官",
    "段干": "段干", "梁丘": "梁丘", "第五": "第五", "伯赏": "伯賞",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "dictionaries", "surnames.txt"))
    args = ap.parse_args()

    rank = {}
    for i, s in enumerate(RANKED, 1):
        assert s not in rank, f"duplicate in RANKED: {s}"
        rank[s] = i
    single = [ch for group in BAIJIAXING_SINGLE.split() for ch in group]
    for s in single + MODERN + BAIJIAXING_COMPOUND.split() + JAPANESE:
        rank.setdefault(s, 999)
    traditional = TRADITIONAL | TRADITIONAL_COMPOUND | TRADITIONAL_JAPANESE
    for simp, trad in traditional.items():
        if trad != simp and simp in rank:
            rank.setdefault(trad, rank[simp])

    # 肖 and 闫 are the popular simplified shapes of 萧 and 阎; in Traditional script both
    # are written 蕭 and 閻, so those carry the better rank.
    rank["蕭"] = min(rank["蕭"], rank["肖"])
    rank["閻"] = min(rank["閻"], rank["闫"])
    for s in LEFT_OUT:
        rank.pop(s, None)

    missing = [s for s in RANKED if s not in single and s not in MODERN]
    header = [
        "# surnames.txt -- Chinese surnames for guanxi",
        "# format: surname<TAB>rank ; rank 1 = most common; the ~100 most common have their",
        "#   rank, all others 999. Traditional-script forms carry the rank of the Simplified",
        "#   form. Compound surnames (欧阳, 司马 ...) are included, and Japanese surnames of",
        "#   two characters as Chinese news writes them (岸田, 角田), all 999.",
        "# sources: public facts written by hand: the order of the Ministry of Public Security",
        "#   yearly surname rankings (2019-2020; approximate for neighbouring ranks) and the",
        "#   百家姓 (Song dynasty text, public domain), plus common modern surnames it lacks.",
        "# licence: public domain / CC0 (facts).",
        "# generated by scripts/build_surnames.py -- edit the script and rerun.",
    ]
    lines = [f"{s}\t{r}" for s, r in sorted(rank.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))]
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + lines) + "\n")
    print(f"wrote {len(lines)} surnames to {args.out}; ranked not in 百家姓/modern: {missing}")


if __name__ == "__main__":
    main()
