#!/usr/bin/env python3
"""Writes starting corpora for the fuzz targets from the demo site, the test
sites and a few hand-written inputs, into fuzz/seeds/TARGET/ (not committed:
`cargo fuzz cmin` reduces what the fuzzers grow from them into
fuzz/corpus/TARGET/). See docs/fuzzing.md."""

import glob, hashlib, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fuzz", "seeds")


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def head(text, lines):
    return "\n".join(text.split("\n")[:lines]) + "\n"


def content_files():
    for pattern in ["content/**/*.md", "tests/sites/*/content/**/*.md"]:
        for path in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            rel = path.split("/content/", 1)[1][: -len(".md")]
            yield rel, read(path)


# Front matter: each page alone, and each original with its French
# translation; tariff chapters only shortened (the tariff target has them).
for rel, text in content_files():
    if re.match(r"tariff/\d\d", rel):
        text = head(text, 12)
    write("front_matter", f"{rel}\n{text[:4000]}")
    fr = os.path.join(ROOT, "content", rel + ".fr.md")
    if "." not in rel and os.path.exists(fr):
        write("front_matter", f"{rel}\n{text[:3000]}\0{rel}.fr\n{read(fr)[:3000]}")
for seed in [
    "about\n+++\ntitle = \"A\"\n+++\nBody\n",
    "about\n+++\ntitle = \"A\"\ntitel = \"B\"\n+++\n",
    "about\n+++\ntitle = \"A\"\nBody\n",
    "about\n\ufeff+++\ntitle = \"A\"\n+++\n",
    "about\ntitle = \"A\"\n",
    "procedures/x\n+++\ntitle = \"X\"\n[[steps]]\ntitle = \"S\"\nduration = \"PT4H/P1D\"\n+++\n",
    "tariff/_index\n+++\ntitle = \"T\"\n[sections]\nIIIIIIV = \"x\"\nI = \"y\"\n+++\n",
]:
    write("front_matter", seed)

# Tariff: chapters cut to their first rows, and with their translations,
# renumbered as chapter 09 (the target reads its input as tariff/09.md).
def as_09(text):
    return re.sub(r"^\| (\d\d)", "| 09", text, flags=re.M)


for path in sorted(glob.glob(os.path.join(ROOT, "content/tariff/[0-9][0-9].md"))):
    text = read(path)
    table = text.find("| Code")
    text = text[: max(text.find("+++", 3) + 4, 0)] + text[table:] if table > 0 else text
    text = as_09(text)
    write("tariff_table", head(text, 30))
    fr = path[:-3] + ".fr.md"
    if os.path.exists(fr):
        frt = read(fr)
        table = frt.find("| Code")
        frt = as_09(frt[: frt.find("+++", 3) + 4] + frt[table:])
        index = read(os.path.join(ROOT, "content/tariff/_index.md"))
        write("tariff_table", head(text, 30) + "\0" + head(frt, 30) + "\0" + head(index, 12))
for path in sorted(glob.glob(os.path.join(ROOT, "tests/sites/tariff/content/tariff/*.md"))):
    write("tariff_table", as_09(read(path)))
write("tariff_table", "+++\ntitle = \"T\"\n+++\n| Code | Description | MFN |\n|---|---|---|\n| 09.01 | Coffee | |\n| 0901.11 | - Not roasted | |\n| 0901.11.10 | - - Arabica | 20% |\n| | - Other: | |\n| 0901.12 | - Decaf | 10% + 500 VND/kg |\n")

# Rates: every rate cell of the demo tariff, and malformed ones.
rates = set()
for path in glob.glob(os.path.join(ROOT, "content/tariff/*.md")):
    for line in read(path).split("\n"):
        if line.startswith("| ") and re.match(r"\| [\d.]+ \|", line):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rates.update(cells[3:6])
rates.update(["free", "Free", "-", "–", "", "20", "abc%", "2,5%", "2000 vnd/kg", "2000 VND",
              "2,000 VND/kg", "20% + 5", "5000%", "1.2.3%", "15% max 2000000 VND/u",
              "10%+500 VND/kg", "0.5 USD/m2", "30% min 5000 VND/kg"])
for r in sorted(rates):
    write("duty_rate", r)

# Durations: every step duration of the demo procedures, and bad ones.
durations = set()
for path in glob.glob(os.path.join(ROOT, "content/procedures/*.md")):
    durations.update(re.findall(r'duration = "([^"]*)"', read(path)))
durations.update(["4 hours", "P", "P1M", "PT4", "P1D/PT1H", "PTH", "P1W", "PT30M", "P2DT3H",
                  "PT99999999999999999999H", "P1Y", "PT1S/PT2S", "P1D/P2D/P3D"])
for d in sorted(durations):
    write("duration", d)

# Fluent: the embedded and test sites' locale files, cut into pieces of
# whole messages, and hand-written edge cases.
for path in sorted(glob.glob(os.path.join(ROOT, "locales/*/*.ftl")) + glob.glob(os.path.join(ROOT, "tests/sites/*/locales/*/*.ftl"))):
    text = read(path)
    blocks = re.split(r"\n(?=\S)", text)
    for i in range(0, len(blocks), 12):
        write("fluent", "\n".join(blocks[i : i + 12]) + "\n")
write("fluent", "pages = { $count ->\n    [one] one page\n   *[other] { $count } pages\n}\n\0pages = { $count } صفحة\n")
write("fluent", "a = { b }\nb = { a }\nc = { -t }\n-t = T\n    .attr = x\nd = { NUMBER($n, minimumFractionDigits: 2) }\n")
write("fluent", "ok = fine\nbroken\n  indented = x\n")

# Search queries.
queries = ["coffee", "roasted coffee", "0901.11", "09 01", "9", "café torréfié", "cà phê",
           "قَهْوَة", "咖啡豆进口", "กาแฟคั่วบด", "İstanbul", "ﬁle straße", "AEO", "phytosanitary certificate"]
for path in glob.glob(os.path.join(ROOT, "content/*/_index*.md")):
    m = re.search(r'^title = "([^"]*)"', read(path), re.M)
    if m:
        queries.append(m.group(1))
for q in queries:
    write("search_query", q)

# Markdown: every body of the demo and test sites (after the front matter),
# cut to 4000 bytes, and hand-written attempts at an escape.
for rel, text in content_files():
    end = text.find("+++", 3)
    body = text[end + 3 :] if text.startswith("+++") and end > 0 else text
    write("markdown", body[:4000])
for seed in [
    "## Hi {#x tabindex=0 autofocus onfocus=alert(1)}\n\n## B {.note .x\"y onclick=1}\n",
    "[a](javascript:alert(1)) ![i](data:text/html,x) <img src=x onerror=alert(1)>\n",
    "| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n",
    "<script>alert(1)</script>\n\n<style>p{}</style>\n\n<iframe src=x></iframe>\n",
    "[x](&#106;avascript:alert(1)) [y](<java\tscript:x>) [z](jav&#x09;ascript:x)\n",
    "Text[^1]\n\n[^1]: <b onmouseover=x>note</b>\n",
    "```js\n</code></pre><script>x</script>\n```\n",
    "<!--> <img src=x onerror=alert(1)> -->\n\n<svg><style><img src=x onerror=1></style></svg>\n",
    "[ref]\n\n[ref]: javascript:alert(1) \"t\"\n",
    "<a href=\"vbscript:x\" style=\"x\">a</a> <math><mi xlink:href=\"javascript:1\">x</mi></math>\n",
]:
    write("markdown", seed)
