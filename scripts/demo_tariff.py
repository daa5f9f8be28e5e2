#!/usr/bin/env python3
"""Builds the demo site's tariff spreadsheets from the HS 2022 nomenclature.

Reads   ../shared/data/hs2022/harmonized-system.csv   (relative to the repository root)
Writes  data/tariff/demo-tariff.csv      code,description,section,unit,mfn,atiga,acfta,note
        data/tariff/demo-tariff.fr.csv   code,description,note (chapters 09 and 85, in French)

Then bring them into the site with:

    kb import tariff data/tariff/demo-tariff.csv --sections ../shared/data/hs2022/sections.csv
    kb import tariff data/tariff/demo-tariff.fr.csv --lang fr

The descriptions of chapters, headings and subheadings are the HS 2022 ones as
published in the dataset. The national (8-digit) lines, units, duty rates and
notes are ILLUSTRATIVE: they look like the tariff of an ASEAN member state
(currency VND) but are not any real country's tariff. Rates are varied with a
hash of the code, so every run gives the same files (standard library only, no
randomness, no clock).

Usage: python3 scripts/demo_tariff.py [--hs PATH] [--out DIR]
"""

import argparse
import csv
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_HS = os.path.join(ROOT, "..", "shared", "data", "hs2022", "harmonized-system.csv")
DEFAULT_OUT = os.path.join(ROOT, "data", "tariff")

# Chapters whose every code gets a French description.
FRENCH_CHAPTERS = ("09", "85")


# --------------------------------------------------------------------------
# National (8-digit) lines: subheading -> [(last two digits, description,
# overrides)]. Overrides may set unit, mfn, atiga, acfta and note; anything
# not set is derived like any other leaf.
# --------------------------------------------------------------------------

M_CITES = "CITES permit required (see measure M-31)"
M_PHYTO = "Phytosanitary certificate required (see measure M-12)"
M_RICE = "Subject to automatic import licensing (see measure M-05)"
M_QUOTA = "Tariff quota applies; out-of-quota rate 80% (see measure M-09)"
M_TOBACCO = "Import reserved to licensed enterprises (see measure M-04)"
M_BANNED = "Import prohibited (see measure M-07)"
M_RADIO = "Type approval required for radio equipment (see measure M-21)"
M_USED_CARS = "Used vehicles: additional import conditions apply (see measure M-15)"
M_EWASTE = "Import prohibited, except under a permit for recycling (see measure M-03)"
M_ARMS = "Import prohibited, except under a permit of the Ministry of Public Security (see measure M-40)"
M_EXCISE = "Also subject to special consumption tax"

NATIONAL = {
    # Chapter 03
    "030111": [
        ("10", "Asian arowana (Scleropages formosus)", {"mfn": "20%", "note": M_CITES}),
        ("20", "Koi carp (Cyprinus carpio)", {"mfn": "5%"}),
        ("90", "Other", {"mfn": "5%"}),
    ],
    "030462": [
        ("10", "Of Pangasius spp. (tra and basa catfish)", {}),
        ("90", "Other", {}),
    ],
    "030617": [
        ("10", "Giant tiger prawns (Penaeus monodon)", {}),
        ("20", "Whiteleg shrimps (Litopenaeus vannamei)", {}),
        ("90", "Other", {}),
    ],
    # Chapter 09
    "090111": [
        ("10", "Arabica WIB or Robusta OIB", {"mfn": "15%", "note": M_PHYTO}),
        ("90", "Other", {"mfn": "15%", "note": M_PHYTO}),
    ],
    "090121": [
        ("10", "Unground", {"mfn": "30%"}),
        ("20", "Ground", {"mfn": "30% min 5000 VND/kg", "atiga": "0%", "acfta": "10%"}),
    ],
    "090210": [
        ("10", "Leaf tea", {"mfn": "40%"}),
        ("90", "Other", {"mfn": "40%"}),
    ],
    "090411": [
        ("10", "White pepper", {"mfn": "20%"}),
        ("20", "Black pepper", {"mfn": "20%"}),
        ("90", "Other", {"mfn": "20%"}),
    ],
    "090412": [
        ("10", "White pepper", {"mfn": "20%"}),
        ("20", "Black pepper", {"mfn": "20%"}),
        ("90", "Other", {"mfn": "20%"}),
    ],
    # Chapter 10
    "100199": [
        ("10", "Fit for human consumption", {"mfn": "5%"}),
        ("90", "Other", {"mfn": "free", "atiga": "0%", "acfta": "0%"}),
    ],
    "100590": [
        ("10", "Popcorn", {"mfn": "10%"}),
        ("90", "Other", {"mfn": "5%"}),
    ],
    "100610": [
        ("10", "Suitable for sowing", {"mfn": "free", "atiga": "0%", "acfta": "0%"}),
        ("90", "Other", {"mfn": "40%", "note": M_RICE}),
    ],
    "100620": [
        ("10", "Hom Mali rice", {"mfn": "40%", "note": M_RICE}),
        ("90", "Other", {"mfn": "40%", "note": M_RICE}),
    ],
    "100630": [
        ("30", "Glutinous rice", {"mfn": "40%", "note": M_RICE}),
        ("40", "Hom Mali rice", {"mfn": "40%", "note": M_RICE}),
        ("50", "Other fragrant rice", {"mfn": "40%", "note": M_RICE}),
        ("90", "Other", {"mfn": "3000 VND/kg", "atiga": "5%", "acfta": "3000 VND/kg", "note": M_RICE}),
    ],
    # Chapter 22
    "220110": [
        ("10", "Mineral waters", {"mfn": "30%"}),
        ("20", "Aerated waters", {"mfn": "30%"}),
    ],
    "220210": [
        ("10", "Sparkling mineral waters or aerated waters, flavoured", {"mfn": "30%"}),
        ("90", "Other", {"mfn": "10% + 500 VND/l", "atiga": "0%", "acfta": "5%"}),
    ],
    "220300": [
        ("10", "Stout and porter", {"mfn": "35%", "note": M_EXCISE}),
        ("20", "Other beer, in cans", {"mfn": "35%", "note": M_EXCISE}),
        ("90", "Other", {"mfn": "35%", "note": M_EXCISE}),
    ],
    "220421": [
        ("10", "Of an alcoholic strength by volume not exceeding 15% vol", {"mfn": "50%"}),
        ("20", "Of an alcoholic strength by volume exceeding 15% vol", {"mfn": "50%"}),
    ],
    "220830": [
        ("10", "Of an alcoholic strength by volume not exceeding 46% vol", {"mfn": "45%"}),
        ("90", "Other", {"mfn": "45%"}),
    ],
    # Chapter 24
    "240110": [
        ("10", "Virginia type, flue-cured", {"mfn": "30%", "note": M_QUOTA}),
        ("20", "Virginia type, other than flue-cured", {"mfn": "30%", "note": M_QUOTA}),
        ("40", "Burley type", {"mfn": "30%", "note": M_QUOTA}),
        ("90", "Other", {"mfn": "30%", "note": M_QUOTA}),
    ],
    "240220": [
        ("10", "Beedies", {"mfn": "135%"}),
        ("20", "Clove cigarettes", {"mfn": "135%"}),
        ("90", "Other", {"mfn": "135%", "note": M_TOBACCO}),
    ],
    "240411": [
        ("10", "Heated tobacco products (sticks, capsules and the like)", {"mfn": "50%", "note": M_BANNED}),
        ("90", "Other", {"mfn": "50%", "note": M_BANNED}),
    ],
    # Chapter 40
    "400110": [
        ("10", "Centrifuged concentrated latex", {"mfn": "3%"}),
        ("90", "Other", {"mfn": "3%"}),
    ],
    "400122": [
        ("10", "Technically specified rubber of grade 10 (TSR 10)", {"mfn": "3%"}),
        ("20", "Technically specified rubber of grade 20 (TSR 20)", {"mfn": "3%"}),
        ("90", "Other", {"mfn": "3%"}),
    ],
    "401120": [
        ("10", "Of a width not exceeding 450 mm", {"mfn": "25%"}),
        ("90", "Other", {"mfn": "20%"}),
    ],
    # Chapter 61
    "610910": [
        ("10", "For men or boys", {}),
        ("20", "For women or girls", {}),
    ],
    "610990": [
        ("10", "For men or boys, of ramie, linen or silk", {}),
        ("20", "For men or boys, of other textile materials", {}),
        ("30", "For women or girls, of ramie, linen or silk", {}),
        ("40", "For women or girls, of other textile materials", {}),
    ],
    "611030": [
        ("10", "For men or boys", {}),
        ("20", "For women or girls", {}),
    ],
    # Chapter 84
    "841510": [
        ("10", "Of an output not exceeding 26.38 kW", {"mfn": "25%"}),
        ("90", "Other", {"mfn": "20%"}),
    ],
    "841810": [
        ("10", "Household type", {"mfn": "20%"}),
        ("90", "Other", {"mfn": "10%"}),
    ],
    "845011": [
        ("10", "Of a dry linen capacity not exceeding 6 kg", {"mfn": "15% max 2000000 VND/u", "atiga": "0%", "acfta": "10%"}),
        ("90", "Other", {"mfn": "25%"}),
    ],
    "847130": [
        ("20", "Laptops including notebooks and subnotebooks", {"mfn": "free", "atiga": "0%", "acfta": "0%"}),
        ("90", "Other", {"mfn": "0%"}),
    ],
    # Chapter 85
    "850760": [
        ("10", "Of a kind used for laptops including notebooks and subnotebooks", {"mfn": "0%"}),
        ("20", "Battery packs of a kind used for electric vehicles", {"mfn": "10%"}),
        ("90", "Other", {"mfn": "15%"}),
    ],
    "851660": [
        ("10", "Rice cookers", {"mfn": "25%"}),
        ("20", "Induction cookers and hobs", {"mfn": "20%"}),
        ("90", "Other", {"mfn": "20%"}),
    ],
    "851713": [
        ("10", "Capable of operating on satellite networks", {"mfn": "0%", "note": M_RADIO}),
        ("90", "Other", {"mfn": "0%", "note": M_RADIO}),
    ],
    "852872": [
        ("10", "Of a screen size not exceeding 32 inches", {"mfn": "25%"}),
        ("20", "Of a screen size exceeding 32 inches but not exceeding 55 inches", {"mfn": "25%"}),
        ("90", "Other", {"mfn": "20%"}),
    ],
    "854442": [
        ("10", "Telephone and data cables, for a voltage not exceeding 80 V", {"mfn": "5%"}),
        ("90", "Other", {"mfn": "15%"}),
    ],
    # Chapter 87
    "870323": [
        ("10", "In completely knocked down (CKD) form", {"mfn": "10%", "acfta": "10%"}),
        ("20", "Motor cars (including station wagons, sports utility vehicles and sports cars, but not including vans), not in CKD form",
         {"mfn": "70%", "acfta": "50%", "note": M_USED_CARS}),
        ("90", "Other", {"mfn": "70%", "acfta": "50%"}),
    ],
    "870380": [
        ("10", "In completely knocked down (CKD) form", {"mfn": "5%", "acfta": "5%"}),
        ("90", "Other", {"mfn": "15%", "acfta": "10%"}),
    ],
    "870421": [
        ("10", "In completely knocked down (CKD) form", {"mfn": "10%", "acfta": "10%"}),
        ("20", "Refrigerated lorries", {"mfn": "30%", "acfta": "10%"}),
        ("90", "Other", {"mfn": "50%", "acfta": "50%"}),
    ],
    "871120": [
        ("10", "In completely knocked down (CKD) form", {"mfn": "30%", "acfta": "10%"}),
        ("90", "Other", {"mfn": "60%", "acfta": "50%"}),
    ],
    "871200": [
        ("10", "Racing bicycles", {"mfn": "5%"}),
        ("20", "Bicycles designed to be ridden by children", {"mfn": "30%"}),
        ("30", "Other bicycles", {"mfn": "30%"}),
        ("90", "Other", {"mfn": "30%"}),
    ],
}

# Leaves that are HS subheadings (no national lines) but need a set value.
LEAF_OVERRIDES = {
    "170114": {"mfn": "3000 VND/kg", "atiga": "5%", "acfta": "3000 VND/kg"},
    "240412": {"mfn": "50%", "note": M_BANNED},
    "854231": {"mfn": "free", "atiga": "0%", "acfta": "0%"},
    "854340": {"mfn": "20%", "note": M_BANNED},
    "930200": {"mfn": "50%", "note": M_ARMS},
}
for _code in ("854911", "854912", "854913", "854914", "854919",
              "854921", "854929", "854931", "854939", "854991", "854999"):
    LEAF_OVERRIDES[_code] = {"mfn": "0%", "note": M_EWASTE}


# --------------------------------------------------------------------------
# Illustrative rates: MFN bands per chapter (in %), narrowed by heading.
# --------------------------------------------------------------------------

CHAPTER_MFN = {
    "01": [0, 0, 5, 5], "02": [10, 15, 20, 25], "03": [10, 15, 18, 20],
    "04": [5, 10, 15, 20], "05": [0, 0, 5], "06": [0, 5, 10], "07": [10, 15, 20, 25],
    "08": [15, 20, 25, 30], "09": [15, 20, 25, 30], "10": [0, 5, 10, 15],
    "11": [10, 15, 20, 30], "12": [0, 5, 10], "13": [0, 3, 5], "14": [0, 5],
    "15": [3, 5, 10, 20], "16": [20, 30, 40], "17": [10, 20, 25], "18": [10, 15, 20, 25],
    "19": [15, 20, 25, 30, 35], "20": [20, 30, 35], "21": [10, 20, 30],
    "22": [30, 35, 45, 50], "23": [0, 2, 5], "24": [30], "25": [0, 3, 5], "26": [0],
    "27": [0, 3, 5, 10, 20], "28": [0, 3, 5], "29": [0, 2, 3, 5], "30": [0, 2, 5],
    "31": [0, 3, 6], "32": [0, 3, 5, 10], "33": [5, 10, 15, 20, 25], "34": [5, 10, 15, 20],
    "35": [0, 5, 10], "36": [5, 10, 20], "37": [0, 5, 10], "38": [0, 3, 5, 10],
    "39": [3, 5, 10, 15], "40": [3, 5, 10, 20, 25], "41": [0, 5, 10], "42": [20, 25, 30],
    "43": [10, 20], "44": [0, 5, 10, 20], "45": [5, 10, 20], "46": [20, 25, 30],
    "47": [0], "48": [0, 5, 10, 15, 20], "49": [0, 5, 10],
    "50": [0, 5, 10, 12], "51": [0, 5, 10, 12], "52": [0, 5, 10, 12], "53": [0, 5, 10, 12],
    "54": [0, 5, 10, 12], "55": [0, 5, 10, 12], "56": [5, 10, 12], "57": [12, 20],
    "58": [10, 12], "59": [5, 10, 12], "60": [10, 12], "61": [20], "62": [20],
    "63": [20, 25], "64": [30], "65": [20, 25, 30], "66": [20, 25, 30], "67": [20, 25],
    "68": [5, 10, 20, 25], "69": [20, 25, 30, 35], "70": [5, 10, 20, 30],
    "71": [0, 1, 3, 5, 20, 25], "72": [0, 3, 5, 10, 15], "73": [0, 5, 10, 15, 20],
    "74": [0, 3, 5, 10], "75": [0, 3, 5], "76": [0, 3, 5, 10, 15], "78": [0, 3, 5],
    "79": [0, 3, 5], "80": [0, 3, 5], "81": [0, 3, 5], "82": [5, 10, 15, 20],
    "83": [10, 15, 20, 25], "84": [0, 0, 0, 3, 5, 10, 15, 20, 25],
    "85": [0, 0, 5, 10, 15, 20, 25], "86": [0, 5, 10], "87": [5, 10, 15, 20, 25, 30],
    "88": [0], "89": [0, 5, 10], "90": [0, 0, 5, 10], "91": [10, 15, 20], "92": [20, 25],
    "93": [25, 30, 50], "94": [20, 25, 30], "95": [15, 20, 25], "96": [15, 20, 25, 30],
    "97": [0, 5],
}

# Narrower bands by heading or subheading (longest prefix wins).
PREFIX_MFN = {
    "0101": [5], "0102": [0, 5], "0103": [0, 5], "0105": [5], "0207": [20, 40],
    "0301": [0, 5], "0902": [40], "1001": [0, 5], "1005": [0, 5], "1006": [40], "1701": [25, 40],
    "2201": [30], "2202": [30], "2203": [35], "2204": [50], "2205": [50], "2206": [50],
    "2207": [10, 20], "2208": [45], "2209": [20], "2401": [30], "2402": [135],
    "2403": [30, 50], "2404": [50], "3004": [0, 2, 5], "4001": [3], "4011": [20, 25],
    "8415": [20, 25], "8418": [15, 20], "8450": [20, 25], "8471": [0], "8473": [0],
    "8509": [20], "8516": [20, 25], "8517": [0], "8528": [20, 25], "8541": [0],
    "8542": [0], "8702": [50, 70], "8703": [70], "8704": [30, 50], "8711": [60],
    "8712": [30], "8708": [10, 15, 20], "9302": [50], "9303": [30, 50],
}

# ATIGA: mostly 0%; these sensitive headings stay at 5%.
ATIGA_SENSITIVE = {"0105", "0207", "0403", "1006", "1701", "2401", "2402", "2403"}
# ACFTA highly sensitive list: capped at 50%.
ACFTA_HSL = {"2402", "2403", "8702", "8703", "8711"}


def digest(code, salt):
    return int(hashlib.sha256((salt + ":" + code).encode("ascii")).hexdigest()[:12], 16)


def pick(code, salt, options):
    return options[digest(code, salt) % len(options)]


def percent(text):
    """The ad valorem part of a rate, as a number, or None."""
    text = text.strip()
    if text == "free":
        return 0.0
    head = text.split(" ")[0]
    if head.endswith("%"):
        return float(head[:-1])
    return None


def fmt(p):
    return f"{p:g}%"


def mfn_for(code):
    for n in (8, 6, 4):
        band = PREFIX_MFN.get(code[:n])
        if band:
            return fmt(pick(code, "mfn", band))
    return fmt(pick(code, "mfn", CHAPTER_MFN[code[:2]]))


def atiga_for(code, mfn):
    p = percent(mfn)
    if p == 0:
        return "0%"
    if code[:4] in ATIGA_SENSITIVE or (code[:2] <= "24" and digest(code, "atiga") % 20 == 0):
        return fmt(min(5, p)) if p is not None else "5%"
    return "0%"


def acfta_for(code, mfn):
    p = percent(mfn)
    if p == 0:
        return "0%"
    if p is None:
        return mfn
    if code[:4] in ACFTA_HSL:
        return fmt(min(50, p))
    roll = digest(code, "acfta") % 100
    if roll < 7 and p >= 5:
        return "5%"
    if roll < 11 and p >= 10:
        return "10%"
    return "0%"


# --------------------------------------------------------------------------
# Units of quantity.
# --------------------------------------------------------------------------

M2_HEADINGS = {
    "3701", "3702", "3703", "3704", "5007", "5111", "5112", "5113", "5208", "5209",
    "5210", "5211", "5212", "5309", "5310", "5311", "5407", "5408", "5512", "5513",
    "5514", "5515", "5516", "5702", "5703", "5704", "5705", "5801", "6001", "6002",
    "6003", "6004", "6005", "6006", "6907", "7003", "7004", "7005",
}
UNIT_PREFIX = {
    "2716": "MWh", "4403": "m3", "4406": "m3", "4407": "m3", "4408": "m3", "4412": "m3",
    "4011": "u", "4012": "u", "4013": "u", "401511": "pair", "401512": "pair",
    "401519": "pair", "4202": "u", "6115": "pair", "6116": "pair", "6216": "pair",
    "6309": "kg", "6406": "kg", "6910": "u", "7102": "carat", "7103": "carat",
    "7104": "carat", "7106": "g", "7108": "g", "7110": "g", "2402": "u",
    "8708": "kg", "8714": "kg", "8544": "kg", "8545": "kg", "8546": "kg", "8547": "kg",
    "8549": "kg", "9305": "kg", "9306": "kg", "9406": "kg", "220190": "kg",
}
UNIT_CHAPTER = {
    "01": "u", "22": "l", "61": "u", "62": "u", "64": "pair", "65": "u", "66": "u",
    "84": "u", "85": "u", "86": "u", "87": "u", "88": "u", "89": "u", "90": "u",
    "91": "u", "92": "u", "93": "u", "94": "u", "95": "u", "97": "u",
}
PARTS_IN_KG = {"84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94"}


def unit_for(code, description):
    for n in (6, 4):
        if code[:n] in UNIT_PREFIX:
            return UNIT_PREFIX[code[:n]]
    if code[:4] in M2_HEADINGS:
        return "m2"
    chapter = code[:2]
    words = description.lower().replace(";", " ").replace(",", " ").split()
    if chapter in PARTS_IN_KG and "parts" in words:
        return "kg"
    return UNIT_CHAPTER.get(chapter, "kg")


# --------------------------------------------------------------------------
# Reading and writing.
# --------------------------------------------------------------------------

def display(code):
    """0901 -> 09.01, 090111 -> 0901.11, 09011110 -> 0901.11.10."""
    if len(code) <= 2:
        return code
    if len(code) == 4:
        return code[:2] + "." + code[2:]
    return ".".join([code[:4]] + [code[i:i + 2] for i in range(4, len(code), 2)])


def read_hs(path):
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            code = r["hscode"].strip()
            if code == "TOTAL" or code.startswith("99"):
                continue
            if not code.isdigit() or len(code) not in (2, 4, 6):
                sys.exit(f"unexpected code {code!r} in {path}")
            rows.append((code, r["description"].strip(), r["section"].strip()))
    codes = [c for c, _, _ in rows]
    if codes != sorted(codes) or len(set(codes)) != len(codes):
        sys.exit(f"{path}: codes are not unique and in ascending order")
    return rows


def build_rows(hs):
    """The English rows: (code, description, section, unit, mfn, atiga, acfta, note)."""
    known = {c for c, _, _ in hs}
    for sub in NATIONAL:
        if sub not in known:
            sys.exit(f"national lines under unknown subheading {sub}")
    for code in LEAF_OVERRIDES:
        if code not in known:
            sys.exit(f"override for unknown code {code}")
    has_children = {c[:-2] for c, _, _ in hs if len(c) == 6} | set(NATIONAL)

    lines = []
    for code, desc, section in hs:
        if len(code) == 2:
            lines.append((code, desc, section, {}, False))
            continue
        leaf = code not in has_children
        lines.append((code, desc, "", LEAF_OVERRIDES.get(code, {}), leaf))
        for suffix, ndesc, over in NATIONAL.get(code, []):
            lines.append((code + suffix, ndesc, "", over, True))

    out = []
    for code, desc, section, over, leaf in lines:
        if not leaf:
            out.append([display(code), desc, section, "", "", "", "", ""])
            continue
        mfn = over.get("mfn") or mfn_for(code)
        unit = over.get("unit") or unit_for(code, desc)
        atiga = over.get("atiga") or atiga_for(code, mfn)
        acfta = over.get("acfta") or acfta_for(code, mfn)
        out.append([display(code), desc, section, unit, mfn, atiga, acfta, over.get("note", "")])
    return out


def build_french(rows):
    out = []
    missing = []
    for code, _desc, _section, _unit, _mfn, _atiga, _acfta, note in rows:
        digits = code.replace(".", "")
        if digits[:2] not in FRENCH_CHAPTERS:
            continue
        fr = FRENCH.get(digits)
        if not fr:
            missing.append(code)
            continue
        fr_note = ""
        if note:
            fr_note = FRENCH_NOTES.get(note)
            if not fr_note:
                missing.append(f"note of {code}: {note}")
        out.append([code, fr, fr_note])
    if missing:
        sys.exit("no French text for: " + ", ".join(missing))
    extra = set(FRENCH) - {r[0].replace(".", "") for r in out}
    if extra:
        sys.exit("French text for codes not in the tariff: " + ", ".join(sorted(extra)))
    return out


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hs", default=DEFAULT_HS, help="HS 2022 nomenclature CSV")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder")
    args = ap.parse_args()

    hs = read_hs(args.hs)
    rows = build_rows(hs)
    french = build_french(rows)
    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, "demo-tariff.csv"),
              ["code", "description", "section", "unit", "mfn", "atiga", "acfta", "note"], rows)
    write_csv(os.path.join(args.out, "demo-tariff.fr.csv"), ["code", "description", "note"], french)

    digits = [r[0].replace(".", "") for r in rows]
    count = {n: sum(1 for d in digits if len(d) == n) for n in (2, 4, 6, 8)}
    leaves = sum(1 for r in rows if r[4])
    print(f"demo-tariff.csv: {count[2]} chapters, {count[4]} headings, {count[6]} subheadings, "
          f"{count[8]} national lines; {leaves} leaves with rates; "
          f"{sum(1 for r in rows if r[7])} notes")
    print(f"demo-tariff.fr.csv: {len(french)} French descriptions "
          f"(chapters {', '.join(FRENCH_CHAPTERS)}), {sum(1 for r in french if r[2])} notes")


# --------------------------------------------------------------------------
# French: the Harmonized System's French text (Système harmonisé), made
# self-contained per line like the English descriptions, for chapters 09 and
# 85; and the national lines of those chapters.
# --------------------------------------------------------------------------

FRENCH_NOTES = {
    M_PHYTO: "Certificat phytosanitaire exigé (voir la mesure M-12)",
    M_RADIO: "Homologation exigée pour les équipements radioélectriques (voir la mesure M-21)",
    M_BANNED: "Importation interdite (voir la mesure M-07)",
    M_EWASTE: "Importation interdite, sauf autorisation pour recyclage (voir la mesure M-03)",
}

FRENCH_TEXT = """
09|Café, thé, maté et épices
0901|Café, même torréfié ou décaféiné ; coques et pellicules de café ; succédanés du café contenant du café, quelles que soient les proportions du mélange
090111|Café non torréfié, non décaféiné
09011110|Arabica WIB ou Robusta OIB
09011190|Autres
090112|Café non torréfié, décaféiné
090121|Café torréfié, non décaféiné
09012110|Non moulu
09012120|Moulu
090122|Café torréfié, décaféiné
090190|Coques et pellicules de café ; succédanés du café contenant du café, quelles que soient les proportions du mélange
0902|Thé, même aromatisé
090210|Thé vert (non fermenté) présenté en emballages immédiats d'un contenu n'excédant pas 3 kg
09021010|Thé en feuilles
09021090|Autres
090220|Thé vert (non fermenté) présenté autrement
090230|Thé noir (fermenté) et thé partiellement fermenté, présentés en emballages immédiats d'un contenu n'excédant pas 3 kg
090240|Thé noir (fermenté) et thé partiellement fermenté, présentés autrement
0903|Maté
090300|Maté
0904|Poivre (du genre Piper) ; piments du genre Capsicum ou du genre Pimenta, séchés ou broyés ou pulvérisés
090411|Poivre (du genre Piper), non broyé ni pulvérisé
09041110|Poivre blanc
09041120|Poivre noir
09041190|Autres
090412|Poivre (du genre Piper), broyé ou pulvérisé
09041210|Poivre blanc
09041220|Poivre noir
09041290|Autres
090421|Piments du genre Capsicum ou du genre Pimenta, séchés, non broyés ni pulvérisés
090422|Piments du genre Capsicum ou du genre Pimenta, broyés ou pulvérisés
0905|Vanille
090510|Vanille, non broyée ni pulvérisée
090520|Vanille, broyée ou pulvérisée
0906|Cannelle et fleurs de cannelier
090611|Cannelle (Cinnamomum zeylanicum Blume), non broyée ni pulvérisée
090619|Autres cannelles et fleurs de cannelier, non broyées ni pulvérisées
090620|Cannelle et fleurs de cannelier, broyées ou pulvérisées
0907|Girofles (antofles, clous et griffes)
090710|Girofles (antofles, clous et griffes), non broyés ni pulvérisés
090720|Girofles (antofles, clous et griffes), broyés ou pulvérisés
0908|Noix muscades, macis, amomes et cardamomes
090811|Noix muscades, non broyées ni pulvérisées
090812|Noix muscades, broyées ou pulvérisées
090821|Macis, non broyés ni pulvérisés
090822|Macis, broyés ou pulvérisés
090831|Amomes et cardamomes, non broyés ni pulvérisés
090832|Amomes et cardamomes, broyés ou pulvérisés
0909|Graines d'anis, de badiane, de fenouil, de coriandre, de cumin ou de carvi ; baies de genièvre
090921|Graines de coriandre, non broyées ni pulvérisées
090922|Graines de coriandre, broyées ou pulvérisées
090931|Graines de cumin, non broyées ni pulvérisées
090932|Graines de cumin, broyées ou pulvérisées
090961|Graines d'anis, de badiane, de carvi ou de fenouil ; baies de genièvre, non broyées ni pulvérisées
090962|Graines d'anis, de badiane, de carvi ou de fenouil ; baies de genièvre, broyées ou pulvérisées
0910|Gingembre, safran, curcuma, thym, feuilles de laurier, curry et autres épices
091011|Gingembre, non broyé ni pulvérisé
091012|Gingembre, broyé ou pulvérisé
091020|Safran
091030|Curcuma
091091|Mélanges d'épices de positions différentes, visés à la note 1 b) du présent chapitre
091099|Autres épices de la position 09.10
85|Machines, appareils et matériels électriques et leurs parties ; appareils d'enregistrement ou de reproduction du son, appareils d'enregistrement ou de reproduction des images et du son en télévision, et parties et accessoires de ces appareils
8501|Moteurs et machines génératrices, électriques, à l'exclusion des groupes électrogènes
850110|Moteurs électriques d'une puissance n'excédant pas 37,5 W
850120|Moteurs universels (courant alternatif ou continu) d'une puissance excédant 37,5 W
850131|Moteurs et machines génératrices à courant continu, d'une puissance n'excédant pas 750 W
850132|Moteurs et machines génératrices à courant continu, d'une puissance excédant 750 W mais n'excédant pas 75 kW
850133|Moteurs et machines génératrices à courant continu, d'une puissance excédant 75 kW mais n'excédant pas 375 kW
850134|Moteurs et machines génératrices à courant continu, d'une puissance excédant 375 kW
850140|Moteurs à courant alternatif, monophasés
850151|Moteurs à courant alternatif, polyphasés, d'une puissance n'excédant pas 750 W
850152|Moteurs à courant alternatif, polyphasés, d'une puissance excédant 750 W mais n'excédant pas 75 kW
850153|Moteurs à courant alternatif, polyphasés, d'une puissance excédant 75 kW
850161|Alternateurs, autres que les générateurs photovoltaïques, d'une puissance n'excédant pas 75 kVA
850162|Alternateurs, autres que les générateurs photovoltaïques, d'une puissance excédant 75 kVA mais n'excédant pas 375 kVA
850163|Alternateurs, autres que les générateurs photovoltaïques, d'une puissance excédant 375 kVA mais n'excédant pas 750 kVA
850164|Alternateurs, autres que les générateurs photovoltaïques, d'une puissance excédant 750 kVA
850171|Générateurs photovoltaïques à courant continu, d'une puissance n'excédant pas 50 W
850172|Générateurs photovoltaïques à courant continu, d'une puissance excédant 50 W
850180|Générateurs photovoltaïques à courant alternatif (alternateurs)
8502|Groupes électrogènes et convertisseurs rotatifs électriques
850211|Groupes électrogènes à moteur à piston à allumage par compression (moteur diesel ou semi-diesel), d'une puissance n'excédant pas 75 kVA
850212|Groupes électrogènes à moteur à piston à allumage par compression (moteur diesel ou semi-diesel), d'une puissance excédant 75 kVA mais n'excédant pas 375 kVA
850213|Groupes électrogènes à moteur à piston à allumage par compression (moteur diesel ou semi-diesel), d'une puissance excédant 375 kVA
850220|Groupes électrogènes à moteur à piston à allumage par étincelles (moteur à explosion)
850231|Groupes électrogènes à énergie éolienne
850239|Autres groupes électrogènes, autres qu'à moteur à piston et qu'à énergie éolienne
850240|Convertisseurs rotatifs électriques
8503|Parties reconnaissables comme étant exclusivement ou principalement destinées aux machines des nos 85.01 ou 85.02
850300|Parties reconnaissables comme étant exclusivement ou principalement destinées aux machines des nos 85.01 ou 85.02
8504|Transformateurs électriques, convertisseurs électriques statiques (redresseurs, par exemple), bobines de réactance et selfs
850410|Ballasts pour lampes ou tubes à décharge
850421|Transformateurs à diélectrique liquide, d'une puissance n'excédant pas 650 kVA
850422|Transformateurs à diélectrique liquide, d'une puissance excédant 650 kVA mais n'excédant pas 10 000 kVA
850423|Transformateurs à diélectrique liquide, d'une puissance excédant 10 000 kVA
850431|Autres transformateurs, d'une puissance n'excédant pas 1 kVA
850432|Autres transformateurs, d'une puissance excédant 1 kVA mais n'excédant pas 16 kVA
850433|Autres transformateurs, d'une puissance excédant 16 kVA mais n'excédant pas 500 kVA
850434|Autres transformateurs, d'une puissance excédant 500 kVA
850440|Convertisseurs statiques
850450|Autres bobines de réactance et autres selfs
850490|Parties de transformateurs, de convertisseurs statiques et de bobines de réactance et selfs
8505|Électro-aimants ; aimants permanents et articles destinés à devenir des aimants permanents après aimantation ; plateaux, mandrins et dispositifs similaires, magnétiques ou électromagnétiques, de fixation ; accouplements, embrayages, variateurs de vitesse et freins électromagnétiques ; têtes de levage électromagnétiques
850511|Aimants permanents et articles destinés à devenir des aimants permanents après aimantation, en métal
850519|Aimants permanents et articles destinés à devenir des aimants permanents après aimantation, en autres matières
850520|Accouplements, embrayages, variateurs de vitesse et freins électromagnétiques
850590|Électro-aimants, dispositifs magnétiques ou électromagnétiques de fixation, têtes de levage électromagnétiques et autres articles de la position 85.05, y compris les parties
8506|Piles et batteries de piles électriques
850610|Piles et batteries de piles électriques, au bioxyde de manganèse
850630|Piles et batteries de piles électriques, à l'oxyde de mercure
850640|Piles et batteries de piles électriques, à l'oxyde d'argent
850650|Piles et batteries de piles électriques, au lithium
850660|Piles et batteries de piles électriques, à l'air-zinc
850680|Autres piles et batteries de piles électriques
850690|Parties de piles et batteries de piles électriques
8507|Accumulateurs électriques et leurs séparateurs, même de forme carrée ou rectangulaire
850710|Accumulateurs au plomb, du type utilisé pour le démarrage des moteurs à piston
850720|Autres accumulateurs au plomb
850730|Accumulateurs au nickel-cadmium
850750|Accumulateurs au nickel-hydrure métallique
850760|Accumulateurs au lithium-ion
85076010|Du type utilisé pour les ordinateurs portables, y compris les ordinateurs bloc-notes et les sous-notebooks
85076020|Blocs-batteries du type utilisé pour les véhicules électriques
85076090|Autres
850780|Autres accumulateurs
850790|Parties d'accumulateurs électriques
8508|Aspirateurs
850811|Aspirateurs à moteur électrique incorporé, d'une puissance n'excédant pas 1 500 W et dont le volume du réservoir n'excède pas 20 l
850819|Autres aspirateurs à moteur électrique incorporé
850860|Aspirateurs, autres qu'à moteur électrique incorporé
850870|Parties d'aspirateurs
8509|Appareils électromécaniques à moteur électrique incorporé, à usage domestique, autres que les aspirateurs du no 85.08
850940|Broyeurs et mélangeurs pour aliments ; presse-fruits et presse-légumes, à moteur électrique incorporé, à usage domestique
850980|Autres appareils électromécaniques à moteur électrique incorporé, à usage domestique
850990|Parties des appareils électromécaniques à usage domestique du no 85.09
8510|Rasoirs, tondeuses et appareils à épiler, à moteur électrique incorporé
851010|Rasoirs à moteur électrique incorporé
851020|Tondeuses à moteur électrique incorporé
851030|Appareils à épiler à moteur électrique incorporé
851090|Parties des rasoirs, tondeuses et appareils à épiler, à moteur électrique incorporé
8511|Appareils et dispositifs électriques d'allumage ou de démarrage pour moteurs à allumage par étincelles ou par compression (magnétos, dynamos-magnétos, bobines d'allumage, bougies d'allumage ou de chauffage, démarreurs, par exemple) ; génératrices (dynamos, alternateurs, par exemple) et conjoncteurs-disjoncteurs utilisés avec ces moteurs
851110|Bougies d'allumage
851120|Magnétos ; dynamos-magnétos ; volants magnétiques
851130|Distributeurs ; bobines d'allumage
851140|Démarreurs, même fonctionnant comme génératrices
851150|Autres génératrices utilisées avec les moteurs à allumage par étincelles ou par compression
851180|Autres appareils et dispositifs électriques d'allumage ou de démarrage
851190|Parties des appareils et dispositifs du no 85.11
8512|Appareils électriques d'éclairage ou de signalisation (à l'exclusion des articles du no 85.39), essuie-glaces, dégivreurs et dispositifs antibuée électriques, des types utilisés pour les cycles ou les automobiles
851210|Appareils d'éclairage ou de signalisation visuelle des types utilisés pour les bicyclettes
851220|Autres appareils d'éclairage ou de signalisation visuelle (des types utilisés pour les automobiles)
851230|Appareils de signalisation acoustique des types utilisés pour les cycles ou les automobiles
851240|Essuie-glaces, dégivreurs et dispositifs antibuée
851290|Parties des appareils du no 85.12
8513|Lampes électriques portatives destinées à fonctionner au moyen de leur propre source d'énergie (à piles, à accumulateurs, à magnétos, par exemple), à l'exclusion des appareils d'éclairage du no 85.12
851310|Lampes électriques portatives destinées à fonctionner au moyen de leur propre source d'énergie
851390|Parties des lampes électriques portatives du no 85.13
8514|Fours électriques industriels ou de laboratoires, y compris ceux fonctionnant par induction ou par pertes diélectriques ; autres appareils industriels ou de laboratoires pour le traitement thermique des matières par induction ou par pertes diélectriques
851411|Presses isostatiques à chaud (fours à résistance)
851419|Autres fours à résistance, industriels ou de laboratoires
851420|Fours fonctionnant par induction ou par pertes diélectriques
851431|Fours à faisceau d'électrons
851432|Fours à plasma et à arc sous vide
851439|Autres fours électriques industriels ou de laboratoires
851440|Autres appareils pour le traitement thermique des matières par induction ou par pertes diélectriques
851490|Parties des fours et appareils du no 85.14
8515|Machines et appareils pour le brasage ou le soudage, même pouvant couper, électriques (y compris ceux au gaz chauffé électriquement) ou opérant par laser ou autres faisceaux de lumière ou de photons, par ultrasons, par faisceaux d'électrons, par impulsions magnétiques ou au jet de plasma ; machines et appareils électriques pour la projection à chaud de métaux ou de cermets
851511|Fers et pistolets à braser
851519|Autres machines et appareils pour le brasage
851521|Machines et appareils pour le soudage des métaux par résistance, entièrement ou partiellement automatiques
851529|Autres machines et appareils pour le soudage des métaux par résistance
851531|Machines et appareils pour le soudage des métaux à l'arc ou au jet de plasma, entièrement ou partiellement automatiques
851539|Autres machines et appareils pour le soudage des métaux à l'arc ou au jet de plasma
851580|Autres machines et appareils pour le brasage, le soudage ou la projection à chaud
851590|Parties des machines et appareils du no 85.15
8516|Chauffe-eau et thermoplongeurs électriques ; appareils électriques pour le chauffage des locaux, du sol ou pour usages similaires ; appareils électrothermiques pour la coiffure (sèche-cheveux, appareils à friser, chauffe-fers à friser, par exemple) ou pour sécher les mains ; fers à repasser électriques ; autres appareils électrothermiques pour usages domestiques ; résistances chauffantes, autres que celles du no 85.45
851610|Chauffe-eau et thermoplongeurs électriques
851621|Radiateurs à accumulation
851629|Autres appareils électriques pour le chauffage des locaux, du sol ou pour usages similaires
851631|Sèche-cheveux
851632|Autres appareils électrothermiques pour la coiffure
851633|Appareils électrothermiques pour sécher les mains
851640|Fers à repasser électriques
851650|Fours à micro-ondes
851660|Autres fours ; cuisinières, réchauds (y compris les tables de cuisson), grils et rôtissoires, à usage domestique
85166010|Cuiseurs à riz
85166020|Cuisinières et tables de cuisson à induction
85166090|Autres
851671|Appareils pour la préparation du café ou du thé
851672|Grille-pain
851679|Autres appareils électrothermiques à usage domestique
851680|Résistances chauffantes, autres que celles du no 85.45
851690|Parties des appareils et résistances du no 85.16
8517|Postes téléphoniques d'usagers, y compris les téléphones intelligents et autres téléphones pour réseaux cellulaires et pour autres réseaux sans fil ; autres appareils pour l'émission, la transmission ou la réception de la voix, d'images ou d'autres données, y compris les appareils pour la communication dans des réseaux filaires ou sans fil (tels qu'un réseau local ou étendu), autres que ceux des nos 84.43, 85.25, 85.27 ou 85.28
851711|Postes téléphoniques d'usagers par fil à combinés sans fil
851713|Téléphones intelligents pour réseaux cellulaires ou pour autres réseaux sans fil
85171310|Pouvant fonctionner sur des réseaux satellitaires
85171390|Autres
851714|Autres téléphones pour réseaux cellulaires et pour autres réseaux sans fil
851718|Autres postes téléphoniques
851761|Stations de base
851762|Appareils pour la réception, la conversion et l'émission, la transmission ou la régénération de la voix, d'images ou d'autres données, y compris les appareils de commutation et de routage
851769|Autres appareils pour l'émission, la transmission ou la réception de la voix, d'images ou d'autres données
851771|Antennes et réflecteurs d'antennes de tous types ; parties reconnaissables comme étant utilisées conjointement avec ces articles
851779|Autres parties des appareils du no 85.17
8518|Microphones et leurs supports ; haut-parleurs, même montés dans leurs enceintes ; casques d'écoute et écouteurs, même combinés avec un microphone, et ensembles ou assortiments constitués par un microphone et un ou plusieurs haut-parleurs ; amplificateurs électriques d'audiofréquence ; appareils électriques d'amplification du son
851810|Microphones et leurs supports
851821|Haut-parleur unique monté dans son enceinte
851822|Haut-parleurs multiples montés dans une même enceinte
851829|Autres haut-parleurs
851830|Casques d'écoute et écouteurs, même combinés avec un microphone, et ensembles ou assortiments constitués par un microphone et un ou plusieurs haut-parleurs
851840|Amplificateurs électriques d'audiofréquence
851850|Appareils électriques d'amplification du son
851890|Parties des appareils du no 85.18
8519|Appareils d'enregistrement du son ; appareils de reproduction du son ; appareils d'enregistrement et de reproduction du son
851920|Appareils fonctionnant par l'introduction de pièces de monnaie, de billets de banque, de cartes bancaires, de jetons ou par d'autres moyens de paiement
851930|Platines tourne-disques
851981|Autres appareils d'enregistrement ou de reproduction du son, utilisant un support magnétique, optique ou à semi-conducteur
851989|Autres appareils d'enregistrement ou de reproduction du son
8521|Appareils d'enregistrement ou de reproduction vidéophoniques, même incorporant un récepteur de signaux vidéophoniques
852110|Appareils d'enregistrement ou de reproduction vidéophoniques, à bandes magnétiques
852190|Autres appareils d'enregistrement ou de reproduction vidéophoniques
8522|Parties et accessoires reconnaissables comme étant exclusivement ou principalement destinés aux appareils des nos 85.19 à 85.21
852210|Lecteurs phonographiques
852290|Autres parties et accessoires des appareils des nos 85.19 à 85.21
8523|Disques, bandes, dispositifs de stockage rémanent des données à base de semi-conducteurs, « cartes intelligentes » et autres supports pour l'enregistrement du son ou pour enregistrements analogues, même enregistrés, y compris les matrices et moules galvaniques pour la fabrication des disques, mais à l'exclusion des produits du chapitre 37
852321|Cartes munies d'une piste magnétique
852329|Autres supports magnétiques
852341|Supports optiques non enregistrés
852349|Autres supports optiques
852351|Dispositifs de stockage rémanent des données à base de semi-conducteurs
852352|« Cartes intelligentes »
852359|Autres supports à semi-conducteur
852380|Autres supports pour l'enregistrement du son ou pour enregistrements analogues
8524|Modules d'affichage à écran plat, même incorporant des écrans tactiles
852411|Modules d'affichage à écran plat, à cristaux liquides, sans pilotes ni circuits de commande
852412|Modules d'affichage à écran plat, à diodes émettrices de lumière organiques (OLED), sans pilotes ni circuits de commande
852419|Autres modules d'affichage à écran plat, sans pilotes ni circuits de commande
852491|Modules d'affichage à écran plat, à cristaux liquides, avec pilotes ou circuits de commande
852492|Modules d'affichage à écran plat, à diodes émettrices de lumière organiques (OLED), avec pilotes ou circuits de commande
852499|Autres modules d'affichage à écran plat, avec pilotes ou circuits de commande
8525|Appareils d'émission pour la radiodiffusion ou la télévision, même incorporant un appareil de réception ou un appareil d'enregistrement ou de reproduction du son ; caméras de télévision, appareils photographiques numériques et caméscopes
852550|Appareils d'émission pour la radiodiffusion ou la télévision, n'incorporant pas d'appareil de réception
852560|Appareils d'émission pour la radiodiffusion ou la télévision, incorporant un appareil de réception
852581|Caméras de télévision, appareils photographiques numériques et caméscopes, ultrarapides, visés à la note 1 de sous-positions du présent chapitre
852582|Caméras de télévision, appareils photographiques numériques et caméscopes, durcis aux rayonnements ou résistant aux rayonnements, visés à la note 2 de sous-positions du présent chapitre
852583|Caméras de télévision, appareils photographiques numériques et caméscopes, à vision nocturne, visés à la note 3 de sous-positions du présent chapitre
852589|Autres caméras de télévision, appareils photographiques numériques et caméscopes
8526|Appareils de radiodétection et de radiosondage (radar), appareils de radionavigation et appareils de radiotélécommande
852610|Appareils de radiodétection et de radiosondage (radar)
852691|Appareils de radionavigation
852692|Appareils de radiotélécommande
8527|Appareils récepteurs pour la radiodiffusion, même combinés, sous une même enveloppe, à un appareil d'enregistrement ou de reproduction du son ou à un appareil d'horlogerie
852712|Radiocassettes de poche (appareils récepteurs pouvant fonctionner sans source d'énergie extérieure)
852713|Autres appareils récepteurs pouvant fonctionner sans source d'énergie extérieure, combinés à un appareil d'enregistrement ou de reproduction du son
852719|Autres appareils récepteurs de radiodiffusion pouvant fonctionner sans source d'énergie extérieure
852721|Appareils récepteurs de radiodiffusion ne pouvant fonctionner qu'avec une source d'énergie extérieure, du type utilisé dans les véhicules automobiles, combinés à un appareil d'enregistrement ou de reproduction du son
852729|Autres appareils récepteurs de radiodiffusion ne pouvant fonctionner qu'avec une source d'énergie extérieure, du type utilisé dans les véhicules automobiles
852791|Autres appareils récepteurs de radiodiffusion, combinés à un appareil d'enregistrement ou de reproduction du son
852792|Autres appareils récepteurs de radiodiffusion, non combinés à un appareil d'enregistrement ou de reproduction du son mais combinés à un appareil d'horlogerie
852799|Autres appareils récepteurs de radiodiffusion
8528|Moniteurs et projecteurs, n'incorporant pas d'appareil de réception de télévision ; appareils récepteurs de télévision, même incorporant un appareil récepteur de radiodiffusion ou un appareil d'enregistrement ou de reproduction du son ou des images
852842|Moniteurs à tube cathodique, aptes à être connectés directement à une machine automatique de traitement de l'information du no 84.71 et conçus pour être utilisés avec celle-ci
852849|Autres moniteurs à tube cathodique
852852|Autres moniteurs, aptes à être connectés directement à une machine automatique de traitement de l'information du no 84.71 et conçus pour être utilisés avec celle-ci
852859|Autres moniteurs
852862|Projecteurs, aptes à être connectés directement à une machine automatique de traitement de l'information du no 84.71 et conçus pour être utilisés avec celle-ci
852869|Autres projecteurs
852871|Appareils récepteurs de télévision non conçus pour incorporer un dispositif d'affichage ou un écran vidéo
852872|Autres appareils récepteurs de télévision, en couleurs
85287210|Dont la diagonale de l'écran n'excède pas 32 pouces
85287220|Dont la diagonale de l'écran excède 32 pouces mais n'excède pas 55 pouces
85287290|Autres
852873|Autres appareils récepteurs de télévision, en noir et blanc ou en autres monochromes
8529|Parties reconnaissables comme étant exclusivement ou principalement destinées aux appareils des nos 85.24 à 85.28
852910|Antennes et réflecteurs d'antennes de tous types ; parties reconnaissables comme étant utilisées conjointement avec ces articles
852990|Autres parties reconnaissables comme étant exclusivement ou principalement destinées aux appareils des nos 85.24 à 85.28
8530|Appareils électriques de signalisation (autres que pour la transmission de messages), de sécurité, de contrôle ou de commande pour voies ferrées ou similaires, voies routières ou fluviales, aires ou parcs de stationnement, installations portuaires ou aérodromes (autres que ceux du no 86.08)
853010|Appareils électriques de signalisation, de sécurité, de contrôle ou de commande pour voies ferrées ou similaires
853080|Autres appareils électriques de signalisation, de sécurité, de contrôle ou de commande
853090|Parties des appareils du no 85.30
8531|Appareils électriques de signalisation acoustique ou visuelle (sonneries, sirènes, tableaux annonciateurs, appareils avertisseurs pour la protection contre le vol ou l'incendie, par exemple), autres que ceux des nos 85.12 ou 85.30
853110|Avertisseurs électriques pour la protection contre le vol ou l'incendie et appareils similaires
853120|Panneaux indicateurs incorporant des dispositifs à cristaux liquides (LCD) ou à diodes émettrices de lumière (LED)
853180|Autres appareils électriques de signalisation acoustique ou visuelle
853190|Parties des appareils du no 85.31
8532|Condensateurs électriques, fixes, variables ou ajustables
853210|Condensateurs fixes conçus pour les lignes électriques de 50/60 Hz et capables d'absorber une puissance réactive égale ou supérieure à 0,5 kvar (condensateurs de puissance)
853221|Autres condensateurs fixes, au tantale
853222|Autres condensateurs fixes, électrolytiques à l'aluminium
853223|Autres condensateurs fixes, à diélectrique en céramique, à une seule couche
853224|Autres condensateurs fixes, à diélectrique en céramique, multicouches
853225|Autres condensateurs fixes, à diélectrique en papier ou en matières plastiques
853229|Autres condensateurs fixes
853230|Condensateurs variables ou ajustables
853290|Parties des condensateurs du no 85.32
8533|Résistances électriques non chauffantes (y compris les rhéostats et les potentiomètres)
853310|Résistances fixes au carbone, agglomérées ou à couche
853321|Autres résistances fixes, pour une puissance n'excédant pas 20 W
853329|Autres résistances fixes, pour une puissance excédant 20 W
853331|Résistances variables bobinées (y compris les rhéostats et les potentiomètres), pour une puissance n'excédant pas 20 W
853339|Résistances variables bobinées (y compris les rhéostats et les potentiomètres), pour une puissance excédant 20 W
853340|Autres résistances variables (y compris les rhéostats et les potentiomètres)
853390|Parties des résistances du no 85.33
8534|Circuits imprimés
853400|Circuits imprimés
8535|Appareillage pour la coupure, le sectionnement, la protection, le branchement, le raccordement ou la connexion des circuits électriques (interrupteurs, commutateurs, coupe-circuit, parafoudres, limiteurs de tension, étaleurs d'ondes, prises de courant et autres connecteurs, boîtes de jonction, par exemple), pour une tension excédant 1 000 volts
853510|Fusibles et coupe-circuit à fusibles, pour une tension excédant 1 000 V
853521|Disjoncteurs pour une tension excédant 1 000 V mais inférieure à 72,5 kV
853529|Disjoncteurs pour une tension égale ou supérieure à 72,5 kV
853530|Sectionneurs et interrupteurs, pour une tension excédant 1 000 V
853540|Parafoudres, limiteurs de tension et étaleurs d'ondes, pour une tension excédant 1 000 V
853590|Autres appareils pour la coupure, la protection ou la connexion des circuits électriques, pour une tension excédant 1 000 V
8536|Appareillage pour la coupure, le sectionnement, la protection, le branchement, le raccordement ou la connexion des circuits électriques (interrupteurs, commutateurs, relais, coupe-circuit, étaleurs d'ondes, fiches et prises de courant, douilles pour lampes et autres connecteurs, boîtes de jonction, par exemple), pour une tension n'excédant pas 1 000 volts ; connecteurs pour fibres optiques, faisceaux ou câbles de fibres optiques
853610|Fusibles et coupe-circuit à fusibles, pour une tension n'excédant pas 1 000 V
853620|Disjoncteurs pour une tension n'excédant pas 1 000 V
853630|Autres appareils pour la protection des circuits électriques, pour une tension n'excédant pas 1 000 V
853641|Relais pour une tension n'excédant pas 60 V
853649|Relais pour une tension excédant 60 V mais n'excédant pas 1 000 V
853650|Autres interrupteurs, sectionneurs et commutateurs, pour une tension n'excédant pas 1 000 V
853661|Douilles pour lampes, pour une tension n'excédant pas 1 000 V
853669|Fiches et prises de courant, pour une tension n'excédant pas 1 000 V
853670|Connecteurs pour fibres optiques, faisceaux ou câbles de fibres optiques
853690|Autres appareils pour la coupure, la protection ou la connexion des circuits électriques, pour une tension n'excédant pas 1 000 V
8537|Tableaux, panneaux, consoles, pupitres, armoires et autres supports comportant plusieurs appareils des nos 85.35 ou 85.36, pour la commande électrique ou la distribution de l'électricité, y compris ceux incorporant des instruments ou appareils du chapitre 90 ainsi que les appareils de commande numérique, autres que les appareils de commutation du no 85.17
853710|Tableaux, panneaux, consoles, pupitres, armoires et autres supports pour la commande électrique ou la distribution de l'électricité, pour une tension n'excédant pas 1 000 V
853720|Tableaux, panneaux, consoles, pupitres, armoires et autres supports pour la commande électrique ou la distribution de l'électricité, pour une tension excédant 1 000 V
8538|Parties reconnaissables comme étant exclusivement ou principalement destinées aux appareils des nos 85.35, 85.36 ou 85.37
853810|Tableaux, panneaux, consoles, pupitres, armoires et autres supports du no 85.37, dépourvus de leurs appareils
853890|Autres parties reconnaissables comme étant exclusivement ou principalement destinées aux appareils des nos 85.35, 85.36 ou 85.37
8539|Lampes et tubes électriques à incandescence ou à décharge, y compris les articles dits « phares et projecteurs en unités scellées » et les lampes et tubes à rayons ultraviolets ou infrarouges ; lampes à arc ; sources lumineuses à diodes émettrices de lumière (LED)
853910|Articles dits « phares et projecteurs en unités scellées »
853921|Lampes et tubes à incandescence, halogènes, au tungstène
853922|Autres lampes et tubes à incandescence, d'une puissance n'excédant pas 200 W et d'une tension excédant 100 V
853929|Autres lampes et tubes à incandescence, à l'exclusion des lampes et tubes à rayons ultraviolets ou infrarouges
853931|Lampes et tubes à décharge fluorescents, à cathode chaude
853932|Lampes à vapeur de mercure ou de sodium ; lampes à halogénure métallique
853939|Autres lampes et tubes à décharge, à l'exclusion des lampes et tubes à rayons ultraviolets
853941|Lampes à arc
853949|Lampes et tubes à rayons ultraviolets ou infrarouges
853951|Modules de diodes émettrices de lumière (LED)
853952|Lampes et tubes à diodes émettrices de lumière (LED)
853990|Parties des lampes et tubes du no 85.39
8540|Lampes, tubes et valves électroniques à cathode chaude, à cathode froide ou à photocathode (lampes, tubes et valves à vide, à vapeur ou à gaz, ampoules redresseuses à vapeur de mercure, tubes cathodiques, tubes et valves pour caméras de télévision, par exemple), autres que ceux du no 85.39
854011|Tubes cathodiques pour récepteurs de télévision, y compris les tubes pour moniteurs vidéo, en couleurs
854012|Tubes cathodiques pour récepteurs de télévision, y compris les tubes pour moniteurs vidéo, en noir et blanc ou en autres monochromes
854020|Tubes pour caméras de télévision ; tubes convertisseurs ou intensificateurs d'images ; autres tubes à photocathode
854040|Tubes de visualisation des données graphiques en noir et blanc ou en autres monochromes ; tubes de visualisation des données graphiques en couleurs, avec un écran phosphorique d'espacement entre les points inférieur à 0,4 mm
854060|Autres tubes cathodiques
854071|Magnétrons
854079|Autres tubes pour hyperfréquences (klystrons, tubes à ondes progressives, carcinotrons, par exemple), à l'exclusion des tubes commandés par grille
854081|Tubes de réception ou d'amplification
854089|Autres lampes, tubes et valves électroniques
854091|Parties de tubes cathodiques
854099|Autres parties des lampes, tubes et valves du no 85.40
8541|Dispositifs à semi-conducteur (diodes, transistors, transducteurs à semi-conducteur, par exemple) ; dispositifs photosensibles à semi-conducteur, y compris les cellules photovoltaïques même assemblées en modules ou constituées en panneaux ; diodes émettrices de lumière (LED), même assemblées avec d'autres diodes émettrices de lumière (LED) ; cristaux piézo-électriques montés
854110|Diodes, autres que les photodiodes et les diodes émettrices de lumière (LED)
854121|Transistors, autres que les phototransistors, à pouvoir de dissipation inférieur à 1 W
854129|Transistors, autres que les phototransistors, à pouvoir de dissipation égal ou supérieur à 1 W
854130|Thyristors, diacs et triacs, autres que les dispositifs photosensibles
854141|Diodes émettrices de lumière (LED)
854142|Cellules photovoltaïques non assemblées en modules ni constituées en panneaux
854143|Cellules photovoltaïques assemblées en modules ou constituées en panneaux
854149|Autres dispositifs photosensibles à semi-conducteur
854151|Transducteurs à semi-conducteur
854159|Autres dispositifs à semi-conducteur
854160|Cristaux piézo-électriques montés
854190|Parties des dispositifs du no 85.41
8542|Circuits intégrés électroniques
854231|Circuits intégrés électroniques : processeurs et contrôleurs, même combinés avec des mémoires, des convertisseurs, des circuits logiques, des amplificateurs, des horloges, des circuits de synchronisation ou d'autres circuits
854232|Circuits intégrés électroniques : mémoires
854233|Circuits intégrés électroniques : amplificateurs
854239|Autres circuits intégrés électroniques
854290|Parties de circuits intégrés électroniques
8543|Machines et appareils électriques ayant une fonction propre, non dénommés ni compris ailleurs dans le présent chapitre
854310|Accélérateurs de particules
854320|Générateurs de signaux
854330|Machines et appareils de galvanoplastie, d'électrolyse ou d'électrophorèse
854340|Cigarettes électroniques et dispositifs de vaporisation électriques personnels similaires
854370|Autres machines et appareils électriques ayant une fonction propre
854390|Parties des machines et appareils du no 85.43
8544|Fils, câbles (y compris les câbles coaxiaux) et autres conducteurs isolés pour l'électricité (même laqués ou oxydés anodiquement), munis ou non de pièces de connexion ; câbles de fibres optiques, constitués de fibres gainées individuellement, même comportant des conducteurs électriques ou munis de pièces de connexion
854411|Fils pour bobinages, en cuivre
854419|Autres fils pour bobinages
854420|Câbles coaxiaux et autres conducteurs électriques coaxiaux
854430|Jeux de fils pour bougies d'allumage et autres jeux de fils des types utilisés dans les moyens de transport
854442|Autres conducteurs électriques, pour une tension n'excédant pas 1 000 V, munis de pièces de connexion
85444210|Câbles téléphoniques et de transmission de données, pour une tension n'excédant pas 80 V
85444290|Autres
854449|Autres conducteurs électriques, pour une tension n'excédant pas 1 000 V, non munis de pièces de connexion
854460|Autres conducteurs électriques, pour une tension excédant 1 000 V
854470|Câbles de fibres optiques
8545|Électrodes en charbon, balais en charbon, charbons pour lampes ou pour piles et autres articles en graphite ou en autres carbones, avec ou sans métal, pour usages électriques
854511|Électrodes en charbon des types utilisés pour les fours
854519|Autres électrodes en charbon
854520|Balais en charbon
854590|Charbons pour lampes ou pour piles et autres articles en graphite ou en autres carbones, pour usages électriques
8546|Isolateurs en toutes matières pour l'électricité
854610|Isolateurs en verre
854620|Isolateurs en céramique
854690|Isolateurs en autres matières
8547|Pièces isolantes entièrement en matières isolantes ou comportant de simples pièces métalliques d'assemblage (douilles à pas de vis, par exemple) noyées dans la masse, pour machines, appareils ou installations électriques, autres que les isolateurs du no 85.46 ; tubes isolateurs et leurs pièces de raccordement, en métaux communs, isolés intérieurement
854710|Pièces isolantes en céramique
854720|Pièces isolantes en matières plastiques
854790|Autres pièces isolantes ; tubes isolateurs et leurs pièces de raccordement, en métaux communs, isolés intérieurement
8548|Parties électriques de machines ou d'appareils, non dénommées ni comprises ailleurs dans le présent chapitre
854800|Parties électriques de machines ou d'appareils, non dénommées ni comprises ailleurs dans le présent chapitre
8549|Déchets et débris électriques et électroniques
854911|Déchets et débris de piles, de batteries de piles et d'accumulateurs électriques au plomb ; piles, batteries de piles et accumulateurs électriques au plomb hors d'usage
854912|Autres déchets et débris de piles, de batteries de piles et d'accumulateurs électriques, hors d'usage ou non, contenant du plomb, du cadmium ou du mercure
854913|Déchets et débris de piles, de batteries de piles et d'accumulateurs électriques, hors d'usage ou non, triés par type chimique et ne contenant pas de plomb, de cadmium ou de mercure
854914|Déchets et débris de piles, de batteries de piles et d'accumulateurs électriques, hors d'usage ou non, non triés et ne contenant pas de plomb, de cadmium ou de mercure
854919|Autres déchets et débris de piles, de batteries de piles et d'accumulateurs électriques
854921|Déchets et débris des types utilisés principalement pour la récupération des métaux précieux, contenant des piles, des batteries de piles, des accumulateurs électriques, des interrupteurs à mercure, du verre provenant de tubes cathodiques ou d'autres verres activés, ou des composants électriques ou électroniques contenant du cadmium, du mercure, du plomb ou des polychlorobiphényles (PCB)
854929|Autres déchets et débris des types utilisés principalement pour la récupération des métaux précieux
854931|Autres assemblages électriques et électroniques et cartes de circuits imprimés, contenant des piles, des batteries de piles, des accumulateurs électriques, des interrupteurs à mercure, du verre provenant de tubes cathodiques ou d'autres verres activés, ou des composants électriques ou électroniques contenant du cadmium, du mercure, du plomb ou des polychlorobiphényles (PCB)
854939|Autres assemblages électriques et électroniques et cartes de circuits imprimés
854991|Autres déchets et débris électriques et électroniques, contenant des piles, des batteries de piles, des accumulateurs électriques, des interrupteurs à mercure, du verre provenant de tubes cathodiques ou d'autres verres activés, ou des composants électriques ou électroniques contenant du cadmium, du mercure, du plomb ou des polychlorobiphényles (PCB)
854999|Autres déchets et débris électriques et électroniques
"""

FRENCH = {}
for _line in FRENCH_TEXT.strip().splitlines():
    _code, _text = _line.split("|", 1)
    if _code in FRENCH:
        sys.exit(f"French text given twice for {_code}")
    FRENCH[_code] = _text.strip()


if __name__ == "__main__":
    main()
