#!/usr/bin/env python3
"""Generates data/gazetteer_sy.tsv: the Syrian places Rasd embeds.

Keeps the OCHA admin1-3 units, the Aleppo/Damascus/Homs/Hama neighbourhoods named in news, and the
communities that news actually reports on: a community is kept when the ANT news corpus names it after a place word
("بلدة X", "قرية X", "مدينة X", "حي X", or joined by و to such a place: "بلدات X وY") at least twice (once, if it never occurs outside news), by its OCHA name or by a
name of data/place_aliases.tsv ("حمورية" for OCHA's حمورة), or when it is a sub-district centre.
A name that is also frequent outside Syria news (a common word such as "الباب") gets cue=1: it is
only recognised after a place word or with a governorate/"ريف" context.
Second rule (war news of other years): a community or neighbourhood is also kept when any shared news corpus (ANT, the
SaudiNewsNet Syria subset of 2015, the Syrian Archive's Arabic reports) places it in its own governorate twice (once for a
name of two words or more): after a place word, hills and camps counted too ("تلة جورة الماء", "معسكر جورين"), with that
governorate (or one of its regions, "سهل الغاب") the nearest named within 30 words, or followed by it ("كفر ناسج بريف
درعا", "X بحمص"). Only its places in that governorate are kept. Such a name is not added at all when it is an admin unit's
name, a common word by the test above, a word of the ANT sections other than news as often as it is placed, mostly written
without a place word or governorate (placed in fewer than a third of its mentions), or a person's name (followed by a first
name of data/given_names.tsv, or made of first names): "جوزف", "حيان", "ماير" stay out.
Third rule (city quarters): a neighbourhood or quarter of a city (OCHA N- and A-codes) is also kept when any shared news
corpus names it after a neighbourhood word ("حي"، "حيي"، "أحياء"، "حارة"، "منطقة", or joined by و to such a name: "حيي القدم
والتضامن"، "أحياء الكلاسة والمشهد والقاطرجي") with its city's governorate nearest within 30 words or following, twice (once
for a name of two words or more), and more than twice as often as after another place word ("سد تشرين", "محافظة صلاح
الدين" name other places); by its OCHA name, its article form ("الكلاسة" for OCHA's كلاسة) or an alias. It gets cue=1
unless the name is never used outside Syria news and mostly written after such a word: "القدم" (the foot) is only read
after a neighbourhood word, in such a list or once the article named it so.
Fourth rule (villages no corpus names): every other OCHA community by its OCHA name, cue=2: recognised only after a place
word ("بلدة أبطع") in a report that names its governorate otherwise; not a name the other ANT sections use, that ANT news
writes more than twice without a place word ("كير" is a president), an admin unit's, a person's or a place abroad's name.
usage: scripts/gen-gazetteer.py ../shared > data/gazetteer_sy.tsv
"""
import csv, glob, gzip, json, os, re, sys, collections

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

def with_article(k):
    """The article form news writes for a neighbourhood OCHA names without it: "كلاسة" -> "الكلاسة", "شيخ مقصود" ->
    "الشيخ مقصود" (a one-word name, or one opened by شيخ). Rasd's lexicon adds the same variant (NameVariants.OfQuarter)."""
    if len(k) == 1 and not k[0].startswith("ال") and len(k[0]) >= 3 or len(k) >= 2 and k[0] == "شيخ":
        return ("ال" + k[0],) + k[1:]
    return None
# the third rule's names: every name of a city neighbourhood or quarter (its own, its aliases, its article form), each its
# own key, so that the first two rules count as before
hood_names = collections.defaultdict(list)
for n in neigh:
    k = tuple(fold(n["NAME_AR"].split("\n")[0]).split())
    for a in [k, with_article(k)] + aliases.get(n["PCODE"], []):
        if a and n not in hood_names[a]: hood_names[a].append(n)
hood_keys = set(hood_names)
first = collections.defaultdict(list)
for k in dict.fromkeys(list(names) + list(hood_names)):
    for v in variants(" ".join(k)):
        vk = tuple(v.split())
        first[vk[0]].append((vk, k))

def documents():
    """(corpus, Syria news?, folded tokens) of every article of the shared news corpora: the ANT corpus (its middleEast and
    internationalNews sections are the news, the other sections the rest of the language), the SaudiNewsNet Syria subset
    (2015) and the Syrian Archive's Arabic investigations (2017-2019), both all Syria news."""
    def toks(text): return [fold(t) for t in re.findall(r"[\u0621-\u064a\u0670\u0640\u064b-\u0652]+", text)]
    with gzip.open(f"{shared}/data/news/ant-multisource/ant_multisource_v2.1.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("duplicate_of"): continue
            yield "ant", d["category"] in ("middleEast", "internationalNews"), toks(d["title"] + " " + d["text"])
    with gzip.open(f"{shared}/data/news/saudinewsnet/syria_subset.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("duplicate"): continue
            yield "snn", True, toks(d["title"] + " " + d["content"])
    for path in sorted(glob.glob(f"{shared}/data/news/syrian-archive/ar/*_ar.md")):
        yield "archive", True, toks(open(path, encoding="utf-8").read())

# where a name is placed: the governorates by name, their Arabic aliases and the regions inside one governorate
# ("سهل الغاب"); "دمشق" also names Rural Damascus ("قرب دمشق")
gov_phrases = collections.defaultdict(set)
for u in units:
    if u["level"] == "1": gov_phrases[tuple(fold(u["name_ar"]).split())].add(u["pcode"])
gov_phrases[("دمشق",)].add("SY03")
data_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
def tsv_rows(name):
    return [l.rstrip("\n").split("\t") for l in list(open(os.path.join(data_dir, name), encoding="utf-8"))[1:] if l.strip() and not l.startswith("#")]
for r in tsv_rows("governorate_aliases.tsv"):
    for a in r[1].split("|"):
        if re.search("[\u0621-\u064a]", a): gov_phrases[tuple(fold(a).split())].add(r[0])
for r in tsv_rows("regions.tsv"):
    if r[3] == "2":
        for a in r[0].split("|"): gov_phrases[tuple(fold(a).split())].update(r[1].split(","))
gov_first = collections.defaultdict(list)
for k, g in gov_phrases.items(): gov_first[k[0]].append((k, g))
def gov_at(toks, i, prefixes=PREFIXES):
    """The governorates a governorate or region name at token i names (with one of the prefixes), else an empty set."""
    for p in prefixes:
        if not toks[i].startswith(p): continue
        for k, g in gov_first.get(toks[i][len(p):], ()):
            if tuple(toks[i + 1:i + len(k)]) == k[1:]: return g
    return set()
RURAL = {"ريف", "ارياف", "محافظه"}
def placed_in(toks, j):
    """The governorates named right after a name: "X بريف درعا", "X في ريف حماة", "X بحمص", "X في محافظة اللاذقية"."""
    if j < len(toks) and toks[j] in ("في", "قرب"): j += 1
    if j >= len(toks): return set()
    if any(s in RURAL for s in stems(toks[j])) and j + 1 < len(toks): return gov_at(toks, j + 1, [""])
    return gov_at(toks, j, ["ب"])

# the place words that count a mention as naming a place: those before, and for the second rule (a community placed in its
# governorate) also the hills, camps and farms war news names ("تلة جورة الماء", "معسكر جورين")
NEAR = 30  # tokens either side: the sentence or two around a mention
# the words that name a city's quarter: "حي القدم", "حيي القدم والتضامن", "أحياء الكلاسة والمشهد", "حارة", "منطقة"
HOOD_CUES = {"حي", "حيي", "حيا", "احياء", "حاره", "حارات", "منطقه", "منطقتي"}
# the other place words: a quarter's name written after one of them as often as after a neighbourhood word names another
# place as well ("سد تشرين", "محافظة صلاح الدين", "مدينة الشيخ سعيد"), which a place word would turn into the quarter
OTHER_PLACE_WORDS = (CUES | {"تله", "تلال", "معسكر", "مزرعه", "محافظه", "مدينتي", "ناحيتي"}) - HOOD_CUES
WAR_CUES = CUES | {"تله", "تلال", "تلتي", "معسكر", "معسكرات", "مزرعه"}

# first names that are no everyday word (data/given_names.tsv common_word=0: not "علي", which is also على)
given_names = {fold(n) for r in tsv_rows("given_names.tsv") if r[1] == "0" for n in r[0].split("|")}

def nearest_gov(gov_pos, i):
    """The governorates named nearest to token i, at most NEAR tokens away ("… في ريف حماة وإدلب": both)."""
    best, govs = NEAR + 1, set()
    for j, gs in gov_pos:
        d = abs(j - i)
        if d < best: best, govs = d, set(gs)
        elif d == best: govs |= gs
    return govs

ant_words = collections.Counter()  # every word of the ANT corpus, as written (with its clitics)
def count():
    total = collections.Counter(); cued = collections.Counter(); other = collections.Counter()
    all_total = collections.Counter()  # mentions in the Syria news of every corpus
    person = collections.Counter()  # mentions followed by a first name: a person's name
    placed = collections.Counter()  # (name, governorate): mentions after a place word in an article naming the governorate, or followed by it
    hood = collections.Counter()  # (name, governorate): neighbourhood names after a neighbourhood word, placed as above
    elsewhere = collections.Counter()  # neighbourhood names after another place word: "سد تشرين", "محافظة صلاح الدين"
    for corpus, syr, toks in documents():
        if corpus == "ant": ant_words.update(toks)
        gov_pos = [(i, g) for i in range(len(toks)) if syr for g in [gov_at(toks, i)] if g]
        listed_to = listed_war_to = listed_hood_to = -1  # where a list of places after a place word may go on ("بلدات أوتايا وحزرما")
        for i, t in enumerate(toks):
            for s in stems(t):
                for vk, k in first.get(s, ()):
                    if tuple(toks[i + 1:i + len(vk)]) != vk[1:]: continue
                    if corpus == "ant" and not syr: other[k] += 1; continue
                    if not syr: continue
                    before = [p for p in stems(toks[i - 1])] if i > 0 else []
                    joined = t.startswith("و") and s == t[1:]
                    if corpus == "ant":
                        total[k] += 1
                        if any(p in CUES for p in before) or i == listed_to and joined:
                            cued[k] += 1
                            listed_to = i + len(vk)
                    war_cued = any(p in WAR_CUES for p in before) or i == listed_war_to and joined
                    if war_cued: listed_war_to = i + len(vk)
                    if syr: all_total[k] += 1
                    if syr and i + len(vk) < len(toks) and toks[i + len(vk)] in given_names: person[k] += 1  # "حيان طلال"
                    near = nearest_gov(gov_pos, i) if war_cued else set()
                    where = near | placed_in(toks, i + len(vk))
                    for g in where: placed[(k, g)] += 1
                    if where: placed[(k, None)] += 1
                    if k in hood_keys and any(p in OTHER_PLACE_WORDS for p in before): elsewhere[k] += 1
                    if k in hood_keys and (any(p in HOOD_CUES for p in before) or i == listed_hood_to and joined):
                        listed_hood_to = i + len(vk)
                        where = nearest_gov(gov_pos, i) | placed_in(toks, i + len(vk))
                        for g in where: hood[(k, g)] += 1
                        if where: hood[(k, None)] += 1
    return total, cued, other, placed, all_total, person, hood, elsewhere

news_total, news_cued, other_total, placed, all_total, person, hood, elsewhere = count()

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

placed_in_gov = collections.defaultdict(collections.Counter)
for (k, g), n in placed.items(): placed_in_gov[k][g] += n

kept = 0
out = []
emitted = {}  # a place kept by its own name and by an alias is one row: p-code -> its row
def emit(p, k, common):
    code = (p.get("admin4Pcode") or p["PCODE"]).strip()
    if code in emitted: return 0
    if "admin4Pcode" in p:
        row = [p["admin4Pcode"].strip(), "community", p["admin1Pcode"], p["admin4Name_ar"].strip(), p["admin4Name_en"].strip(), p["Latitude_y"], p["Longitude_x"], "1" if common else "0", str(news_total[k])]
    else:
        row = [p["PCODE"], "area" if p["PCODE"].startswith("A") else "neighbourhood", p["ADM1_PCODE"], p["NAME_AR"].split("\n")[0].strip(), p["NAME_EN"].strip(), p["inner_lat"], p["inner_lon"], "1" if common else "0", str(news_total[k])]
    emitted[code] = row
    out.append(row)
    return 1

def kept_by_news(k, places):
    """The places of name k the first two rules keep, and whether the name is a common word (cue=1)."""
    name = " ".join(k)
    is_centre = any((name, p.get("admin1Pcode") or p.get("ADM1_PCODE")) in sub_names for p in places)
    seen = news_cued[k] >= 2 or (news_cued[k] >= 1 and news_total[k] >= 2 and other_total[k] == 0)
    # or, in any corpus, placed in its own governorate at least twice: then only its places in that governorate
    placed_govs = set()
    # (not a name the other sections use more often than war news places it: "ماير" is a surname, "البارد" cold)
    if k not in admin_names and news_total[k] + other_total[k] < 100 and other_total[k] <= placed_in_gov[k][None]:
        # one mention for a name of two words or more ("كفر ناسج بريف درعا"): a one-word name may be a word of the sentence
        placed_govs = {g for g in placed_in_gov[k] if g and placed_in_gov[k][g] >= (1 if len(k) >= 2 else 2)}
    if not seen and not is_centre and not placed_govs: return [], False
    if other_total[k] >= 100 and k not in admin_names: return [], False  # too common a word to recognise at all
    common = is_common(k)
    if not seen and not is_centre:
        # a name the news mostly writes without a place word or its governorate, a word of other sections ("محطة الخالدية
        # بالرياض", "أمولد" for أم ولد) or a person's name ("حيان طلال محمد", "العماد جوزف خليل") is not added at all: even
        # with cue=1 its phrase would stand in the way of the word or the name
        n = placed_in_gov[k][None]
        if common or n * 3 < all_total[k] or other_total[k] * 4 >= n or person[k] > 0 or all(w in given_names for w in k): return [], False
        return [p for p in places if (p.get("admin1Pcode") or p.get("ADM1_PCODE")) in placed_govs], common
    return places, common

def kept_as_quarter(k, places):
    """Third rule: the neighbourhoods of name k that a shared news corpus names after a neighbourhood word, in their city's
    governorate ("حيي القدم والتضامن جنوبي دمشق", "أحياء الكلاسة والمشهد في حلب"), at least twice (once for a name of two
    words or more) and more than twice as often as after another place word ("سد تشرين" is the dam), and whether it needs that word (cue=1): a common word by the test above or too common to be recognised at
    all ("القدم" the foot, "الميدان"), a name the other sections use at all, a name the news mostly writes without the word or
    its city, or a person's name ("صلاح الدين", "سيف الدولة")."""
    if k not in hood_keys or k in admin_names: return [], False
    govs = {g for (n, g), c in hood.items() if n == k and g and c >= (1 if len(k) >= 2 else 2)}
    quarters = [p for p in places if "PCODE" in p and p["ADM1_PCODE"] in govs]
    if not quarters or elsewhere[k] * 2 >= hood[(k, None)]: return [], False
    # (a name the other sections use at all is a word or a place abroad as well: "محطة الخالدية بالرياض")
    common = (is_common(k) or other_total[k] > 0 or hood[(k, None)] * (2 if len(k) == 1 else 3) < all_total[k] or person[k] > 0
              or all(w in given_names for w in k))
    return quarters, common

for k, places in names.items():
    keep, common = kept_by_news(k, places)
    for p in keep: kept += emit(p, k, common)
for k, places in hood_names.items():
    quarters, common = kept_as_quarter(k, places)
    for p in quarters:
        if emit(p, k, common) == 1: kept += 1
        elif common and k != tuple(fold(p["NAME_AR"].split("\n")[0]).split()) and emitted[p["PCODE"]][7] == "0":
            emitted[p["PCODE"]][7] = "1"  # an alias that is a common word ("المشهد") makes the place need a cue
            print("cue=1 by the alias", " ".join(k), p["PCODE"], file=sys.stderr)
    if os.environ.get("GAZ_DEBUG") and hood[(k, None)]:
        print("HOOD", " ".join(k), {g: c for (n, g), c in hood.items() if n == k}, "all", all_total[k], "other", other_total[k], "news", news_total[k], "cued", news_cued[k], "person", person[k], "elsewhere", elsewhere[k], "quarters", [p["PCODE"] for p in quarters], "cue", int(common), file=sys.stderr)

# fourth rule: every other community, by its OCHA name, as a name that needs a place word and its governorate (cue=2): unseen war reports name
# villages no corpus here has ("بلدة أبطع", "قرية غصم"), and after "بلدة"/"قرية" such a name is the village. Not a name
# the ANT sections other than news use at all (a word: "جديدة", "الثورة", "مرتين") or its news more than twice bare, nor an admin unit's name, a person's
# name, a city or country abroad, a name of one or two letters or one OCHA writes with marks ("شراقي/ قره شوكي")
abroad_names = {tuple(fold(n).split()) for r in tsv_rows("world_cities.tsv") for n in r[0].split("|")}
abroad_names |= {tuple(fold(n.lstrip("~")).split()) for r in tsv_rows("countries.tsv") for c in (2, 4) if len(r) > c for n in r[c].split("|")}
def kept_as_village(k, places):
    """Fourth rule: the communities of name k no other rule keeps, each needing a place word (cue=1)."""
    if other_total[k] > 0 or person[k] > 0 or news_total[k] - news_cued[k] > 2 or k in admin_names or k in abroad_names or all(w in given_names for w in k): return []
    if len("".join(k)) < 3 or not all(re.fullmatch("[\u0621-\u064a]+", w) for w in k): return []
    return [p for p in places if "admin4Pcode" in p]
# the words that already open a name of the gazetteer: a village's first word among them opens no new phrase
opening = {fold(r[3]).split()[0] for r in rows + out if fold(r[3]).split()}
def word_uses(w):
    """How often ANT writes the word, with a clitic or the article ("كير", "وكير", "الملا" for ملا)."""
    return sum(ant_words[p + a + w] for p in PREFIXES for a in ("", "ال"))
def opens_new_phrase(k):
    """A first word no gazetteer name opens yet that ANT uses more than twice: as the start of a village's name it would
    keep it from being read as a surname ("كير" of "كير ماهر" is Salva Kiir; "ملا" of "ملا مرز كبير", Tarek El Molla)."""
    return len(k) > 1 and k[0] not in opening and word_uses(k[0]) > 2
villages = 0
for k, places in names.items():
    if opens_new_phrase(k): continue
    for p in kept_as_village(k, places):
        if emit(p, k, True): villages += 1; emitted[p["admin4Pcode"].strip()][7] = "2"
print(f"kept {villages} further communities as cue=2 villages", file=sys.stderr)

print("pcode\tlevel\tgov\tname_ar\tname_en\tlat\tlon\tcue\tnews")
print("# Syrian places: OCHA p-codes (admin1-3, communities C-codes, neighbourhoods N-codes) with governorate, names and WGS84 coordinates.")
print("# Facts from UN OCHA / HDX (CC BY 3.0 IGO); subset chosen by scripts/gen-gazetteer.py (communities named after a place word in ANT news, or placed in their governorate by any shared news corpus). cue=1: a common word, needs a place word or context; cue=2: a village no news corpus names, needs a place word and its governorate named in the report.")
print("# news = mentions in the ANT news corpus (used to order ambiguous names).")
for r in rows:
    k = tuple(fold(r[3]).split())
    print("\t".join(r + ["1" if is_common(k) else "0", str(news_total.get(k, 0))]))
for r in sorted(out, key=lambda r: r[0]):
    print("\t".join(r))
print(f"kept {kept} communities/neighbourhoods", file=sys.stderr)
