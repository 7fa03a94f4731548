#!/usr/bin/env python3
"""Generates data/gazetteer_sy.tsv: the Syrian places Rasd embeds.

Keeps the OCHA admin1-3 units, the Aleppo/Damascus/Homs/Hama neighbourhoods named in news, and the
communities that news actually reports on: a community is kept when the ANT news corpus names it after a place word
("بلدة X", "قرية X", "مدينة X", "حي X", or joined by و to such a place: "بلدات X وY") at least twice (once, if it never occurs outside news), by its OCHA name or by a
name of data/place_aliases.tsv ("حمورية" for OCHA's حمورة), or when it is a sub-district centre.
A name that is also frequent outside Syria news (a common word such as "الباب") gets cue=1: it is
only recognised after a place word or with a governorate/"ريف" context.
usage: scripts/gen-gazetteer.py ../shared > data/gazetteer_sy.tsv
"""
import csv, gzip, json, os, re, sys, collections

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")
def fold(s):
    s = DIAC.sub("", s.strip())
    return s.translate(str.maketrans("أإآٱىة", "اااايه"))

CUES = {"بلده", "قريه", "مدينه", "بلدات", "قري", "مدن", "حي", "احياء", "مخيم", "ناحيه", "بلدتي", "قريتي", "مدينتي", "بلدتا", "قريتا", "مدينتا", "منطقه", "معبر", "مطار", "سد", "جبل"}
PREFIXES = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]
def stems(tok):
    for p in PREFIXES:
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            yield tok[len(p):]

rows = []  # pcode, level, gov, name_ar, name_en, lat, lon
units = list(csv.DictReader(open(f"{shared}/data/geo/ocha-syr-cod-ab/syr_admin_units_adm1-3.csv", encoding="utf-8")))
level_name = {"1": "gov", "2": "district", "3": "subdistrict"}
sub_names = set()
for u in units:
    lvl = u["level"]
    gov = u["pcode"][:4]
    rows.append([u["pcode"], level_name[lvl], gov, u["name_ar"].strip(), u["name_en"].strip(), u["inner_lat"], u["inner_lon"]])
    if lvl == "3": sub_names.add((fold(u["name_ar"]), gov))

comms = list(csv.DictReader(open(f"{shared}/data/geo/ocha-syr-locations/syr_locations_communities.csv", encoding="utf-8")))
neigh = list(csv.DictReader(open(f"{shared}/data/geo/ocha-syr-cod-ab/syr_neighbourhoods_points.csv", encoding="utf-8")))

JOINABLE = ("كفر", "تل", "دير", "عين", "بيت", "خان", "جسر", "ابو", "راس", "بني", "ام", "جب", "بير", "مزرعه", "قصر")
def variants(name):
    """Spelling variants news uses: "كفر نبل"/"كفرنبل"."""
    k = fold(name).split()
    out = [" ".join(k)]
    if len(k) >= 2 and k[0] in JOINABLE: out.append(" ".join([k[0] + k[1]] + k[2:]))
    if len(k) >= 2 and k[-1].endswith("ا") and len(k[-1]) >= 3: out.append(" ".join(k[:-1] + [k[-1][:-1] + "ي"]))  # final alef written as alef maqsura
    if len(k) == 1:
        for j in JOINABLE:
            if k[0].startswith(j) and len(k[0]) - len(j) >= 3: out.append(j + " " + k[0][len(j):])
    return out

# city areas (Damascus "جوبر", Aleppo quarters): a point at the mean of their neighbourhoods
areas = collections.defaultdict(list)
for n in neigh:
    if n["AREA_PCODE"].startswith("A"): areas[n["AREA_PCODE"]].append(n)
for code, ns in areas.items():
    a = dict(ns[0]); a["PCODE"] = code; a["NAME_AR"] = a["AREA_AR"]; a["NAME_EN"] = a["AREA_EN"]
    a["inner_lat"] = "%.6f" % (sum(float(x["inner_lat"]) for x in ns) / len(ns))
    a["inner_lon"] = "%.6f" % (sum(float(x["inner_lon"]) for x in ns) / len(ns))
    neigh.append(a)

# the names news writes for places OCHA spells otherwise ("حمورية" for حمورة): counted as the place's own name
alias_rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "place_aliases.tsv"), encoding="utf-8")]
aliases = collections.defaultdict(list)
for r in alias_rows[1:]:
    if r and not r[0].startswith("#") and len(r) >= 2:
        for a in r[1].split("|"): aliases[r[0]].append(tuple(fold(a).split()))

names = collections.defaultdict(list)
for c in comms:
    names[tuple(fold(c["admin4Name_ar"]).split())].append(c)
    for a in aliases.get(c["admin4Pcode"].strip(), ()): names[a].append(c)
for n in neigh: names[tuple(fold(n["NAME_AR"].split("\n")[0]).split())].append(n)
for u in units: names.setdefault(tuple(fold(u["name_ar"]).split()), [])
first = collections.defaultdict(list)
for k in names:
    for v in variants(" ".join(k)):
        vk = tuple(v.split())
        first[vk[0]].append((vk, k))

def count(path, want_syria):
    total = collections.Counter(); cued = collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("duplicate_of"): continue
            syr = d["category"] in ("middleEast", "internationalNews")
            if syr != want_syria: continue
            toks = re.findall(r"[\u0621-\u064a\u0670\u0640\u064b-\u0652]+", d["title"] + " " + d["text"])
            toks = [fold(t) for t in toks]
            listed_to = -1  # where a list of places after a place word may go on ("بلدات أوتايا وحزرما")
            for i, t in enumerate(toks):
                for s in stems(t):
                    for vk, k in first.get(s, ()):
                        if tuple(toks[i + 1:i + len(vk)]) == vk[1:]:
                            total[k] += 1
                            after_cue = i > 0 and any(p in CUES for p in stems(toks[i - 1]))
                            if after_cue or (i == listed_to and t.startswith("و") and s == t[1:]):
                                cued[k] += 1
                                listed_to = i + len(vk)
    return total, cued

corpus = f"{shared}/data/news/ant-multisource/ant_multisource_v2.1.jsonl.gz"
news_total, news_cued = count(corpus, True)
other_total, _ = count(corpus, False)

gov_names = {tuple(fold(u["name_ar"]).split()) for u in units if u["level"] == "1"}
admin_names = {tuple(fold(u["name_ar"]).split()) for u in units}
# names that are also a word the counts cannot tell apart: "كردية" is the adjective "Kurdish" as often as a village
ALWAYS_CUED = {("كرديه",)}
def is_common(k):
    """A common word: seen outside the news sections nearly as often as inside, or mostly without a place word."""
    if k in ALWAYS_CUED: return True
    if k in gov_names: return False
    if news_total[k] == 0: return other_total[k] >= 3
    return other_total[k] * 4 >= news_total[k] or (news_total[k] >= 30 and news_cued[k] * 20 < news_total[k])

kept = 0
out = []
emitted = set()  # a place kept by its own name and by an alias is one row
for k, places in names.items():
    name = " ".join(k)
    is_centre = any((name, p.get("admin1Pcode") or p.get("ADM1_PCODE")) in sub_names for p in places)
    seen = news_cued[k] >= 2 or (news_cued[k] >= 1 and news_total[k] >= 2 and other_total[k] == 0)
    if not seen and not is_centre: continue
    if other_total[k] >= 100 and k not in admin_names: continue  # too common a word to recognise at all
    common = is_common(k)
    for p in places:
        code = (p.get("admin4Pcode") or p["PCODE"]).strip()
        if code in emitted: continue
        emitted.add(code)
        if "admin4Pcode" in p:
            out.append([p["admin4Pcode"].strip(), "community", p["admin1Pcode"], p["admin4Name_ar"].strip(), p["admin4Name_en"].strip(), p["Latitude_y"], p["Longitude_x"], "1" if common else "0", str(news_total[k])])
        else:
            out.append([p["PCODE"], "area" if p["PCODE"].startswith("A") else "neighbourhood", p["ADM1_PCODE"], p["NAME_AR"].split("\n")[0].strip(), p["NAME_EN"].strip(), p["inner_lat"], p["inner_lon"], "1" if common else "0", str(news_total[k])])
        kept += 1

print("pcode\tlevel\tgov\tname_ar\tname_en\tlat\tlon\tcue\tnews")
print("# Syrian places: OCHA p-codes (admin1-3, communities C-codes, neighbourhoods N-codes) with governorate, names and WGS84 coordinates.")
print("# Facts from UN OCHA / HDX (CC BY 3.0 IGO); subset chosen by scripts/gen-gazetteer.py. cue=1: a common word, needs a place word or context.")
print("# news = mentions in the ANT news corpus (used to order ambiguous names).")
for r in rows:
    k = tuple(fold(r[3]).split())
    print("\t".join(r + ["1" if is_common(k) else "0", str(news_total.get(k, 0))]))
for r in sorted(out, key=lambda r: r[0]):
    print("\t".join(r))
print(f"kept {kept} communities/neighbourhoods", file=sys.stderr)
