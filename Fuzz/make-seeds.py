#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into Fuzz/Corpus/TARGET/ from the repository's own files (sample
site, theme, test fixtures, Mustache spec) and hand-made edge cases. Run from the repository root; the corpus
is committed, so this is only needed to make it anew."""
import glob, hashlib, json, os, re, shutil

ROOT = os.getcwd()
OUT = os.path.join(ROOT, "Fuzz", "Corpus")
BOM = "\ufeff".encode()
RS = b"\x1e"  # separates the template files of one FuzzTemplate input


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def cp1256(text):
    return text.encode("cp1256")


def iso88596(text):
    return text.encode("iso8859_6")


shutil.rmtree(OUT, ignore_errors=True)

# ---- front-matter: Markdown articles with YAML front matter
for path in sorted(glob.glob("Content/*.md") + glob.glob("Tests/SiteBuilderTests/Import/RawShapes/*.md"))[:14]:
    write("front-matter", "fixture-" + os.path.basename(path), read(path))
article = "---\ntitle: قمة القاهرة\ndate: 2025-10-06T09:30:00+03:00\npeople: [دونالد ترامب]\nplaces: [القاهرة, غزة]\n---\n\nاجتمع القادة في القاهرة اليوم.\n"
write("front-matter", "readme-article.md", article)
write("front-matter", "bom.md", BOM + article.encode())
write("front-matter", "crlf.md", article.replace("\n", "\r\n"))
write("front-matter", "cr-only.md", article.replace("\n", "\r"))
write("front-matter", "dots-close.md", "---\ntitle: t\ndate: 2024-10-05\n...\nbody\n")
write("front-matter", "fence-spaces.md", "--- \t\ntitle: t\ndate: 2024-10-05\n---   \nbody\n")
write("front-matter", "unclosed.md", "---\ntitle: t\ndate: 2024-10-05\n")
write("front-matter", "no-fence.md", "title: t\n")
write("front-matter", "empty-yaml.md", "---\n---\n")
write("front-matter", "anchors.md", "---\ntitle: &t عنوان\ndate: 2024-10-05\nsummary: *t\ntags: &l [a, b]\npeople: *l\nx: {<<: {a: 1}, b: 2}\n---\n")
write("front-matter", "alias-bomb.md", "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ntitle: t\ndate: 2024-10-05\n---\n")
write("front-matter", "deep-flow.md", "---\ntitle: t\ndate: 2024-10-05\nx: " + "[" * 150 + "]" * 150 + "\n---\n")
write("front-matter", "deep-block.md", "---\ntitle: t\ndate: 2024-10-05\nx:\n" + "".join("  " * i + "- \n" for i in range(1, 60)) + "---\n")
write("front-matter", "types.md", "---\ntitle: 2024\ndate: 2024-10-05T14:30:00Z\ndraft: yes\ntags: just-one\nslug: ~\nsummary: null\nplaces: [1, true, {a: b}, [c]]\n? [complex, key]\n: v\n---\n")
write("front-matter", "bad-types.md", "---\ntitle: [a]\ndate: {d: 1}\ndraft: maybe\ntags: {a: 1}\npeople: 3\n---\n")
write("front-matter", "bad-date.md", "---\ntitle: t\ndate: 2024-02-30T25:61:00+99:00\n---\n")
write("front-matter", "tags-yaml.md", "---\ntitle: !!str 12\ndate: !!timestamp 2024-10-05\n!!str key: !custom v\nbin: !!binary aGVsbG8=\n---\n")
write("front-matter", "quoted.md", "---\ntitle: \"قمة \\u0627 \\x41 \\\"\"\ndate: '2024-10-05'\nsummary: |\n  سطر أول\n  سطر ثان\nfolded: >-\n  a\n  b\n---\n")
write("front-matter", "record.md", "---\ntitle: t\ndate: 2024-10-05\nmujaz:\n  generator: mujaz 0.1.0\n  model: m\n  source: 09da81e68bcfec18\n  generated:\n    title: 6ac972780a73df72\n    summary: 8d042da3a560ce9a\n---\n\nفقرة\\* أولى.\n\n## عنوان\n\nفقرة ثانية.\n")
write("front-matter", "invalid-utf8.md", b"---\ntitle: \xff\xfe\ndate: 2024-10-05\n---\n")
write("front-matter", "nul.md", b"---\ntitle: a\x00b\ndate: 2024-10-05\n---\n")
write("front-matter", "cp1256.md", b"---\ntitle: " + cp1256("القاهرة") + b"\ndate: 2024-10-05\n---\n")
write("front-matter", "tab-indent.md", "---\ntitle: t\n\tdate: 2024-10-05\n---\n")
write("front-matter", "dup-keys.md", "---\ntitle: a\ntitle: b\ndate: 2024-10-05\n---\n")
write("front-matter", "multi-doc.md", "---\ntitle: a\n---\ntitle: b\n---\n")
write("front-matter", "whitespace.md", " \n\t\n")

# ---- raw-import: raw article text in every encoding import reads
for path in sorted(glob.glob("Tests/SiteBuilderTests/Import/RawShapes/*.txt") + glob.glob("Content/*.txt")):
    write("raw-import", "fixture-" + os.path.basename(path), read(path))
cairo = ("مصر تستضيف مفاوضات حماس وإسرائيل في القاهرة\n\nالإثنين 6 أكتوبر 2025\n\n"
         "تستضيف القاهرة اليوم جولة مفاوضات بين وفدين لبحث وقف إطلاق النار في غزة. ويقود الوفد الأول خليل الحية.\n\n"
         "تفاصيل الجولة\n\nوصل وفد حماس إلى القاهرة مساء أمس. وينتظر وصول الوفد الثاني اليوم.\n")
write("raw-import", "cairo.txt", cairo)
write("raw-import", "bom.txt", BOM + cairo.encode())
write("raw-import", "inner-boms.txt", BOM + BOM + b"\n" + BOM + cairo.encode())
write("raw-import", "crlf.txt", cairo.replace("\n", "\r\n"))
write("raw-import", "windows-1256.txt", cp1256(cairo))
write("raw-import", "iso-8859-6.txt", iso88596("القاهرة - في القاهرة اليوم جولة من المفاوضات.\n"))
write("raw-import", "utf-16le.txt", b"\xff\xfe" + cairo.encode("utf-16-le"))
write("raw-import", "utf-16be.txt", b"\xfe\xff" + cairo.encode("utf-16-be"))
write("raw-import", "utf-16-odd.txt", b"\xff\xfe\x41\x00\x42")
write("raw-import", "lone-surrogate.txt", b"\xff\xfe\x00\xd8\x41\x00")
for i, line in enumerate([
        "القاهرة - 5 ديسمبر 2026 - افتتح الرئيس المعرض.",
        "الدوحة (رويترز) - 14 نوفمبر 2025 - قال مسؤول إن المحادثات مستمرة.",
        "بيروت، ٣ كانون الأول ٢٠٢٤ — أعلنت الحكومة خطة جديدة.",
        "المدينة في 5/12/2026: بدأت الأعمال.",
        "الرياض - الأحد 15 جمادى الآخرة 1447 هـ - صدر القرار.",
        "الإثنين 6 أكتوبر 2025 الساعة 9:30 صباحًا",
        "2025-10-06T09:30:00+03:00",
        "القاهرة - 29 فبراير -",
        "القاهرة - 31 أبريل 2025 - تاريخ غير موجود.",
        "رام الله - 30 ذو الحجة 1446 هـ - خبر.",
]):
    write("raw-import", f"dateline-{i}.txt", "عنوان الخبر\n\n" + line + "\n\nوقال المتحدث إن الأمر انتهى.\n")
write("raw-import", "boilerplate.txt", "عنوان\n\nفقرة أولى من الخبر.\n\nاقرأ أيضا: خبر آخر\n\nالمصدر: وكالات\n")
write("raw-import", "hard-wrapped.txt", "\n".join(
    ["تستضيف القاهرة اليوم جولة مفاوضات جديدة بين الوفدين لبحث وقف إطلاق", "النار في غزة ويقود الوفد الأول خليل الحية الذي وصل إلى القاهرة مساء",
     "أمس برفقة عدد من المسؤولين، فيما ينتظر وصول الوفد الثاني اليوم وفق ما", "قاله مسؤول مصري مطلع على سير المفاوضات."]) + "\n")
write("raw-import", "markdown-specials.txt", "# ليس عنوان *نجمة* _خط_ [رابط](x) <b>\n\n- ليست قائمة\n\n1. ولا هذه\n\n> ولا اقتباس | جدول | ` \\\n")
write("raw-import", "yaml-specials.txt", "null\n\n~: - ? [a] {b} &c *d !e %f @g `h\n\n---\n\n...\n")
write("raw-import", "only-title.txt", "عنوان بلا فقرة\n")
write("raw-import", "one-line.txt", "سطر واحد هو كل النص.")
write("raw-import", "invalid-latin.txt", b"caf\xe9 na\xefve text\n\nsecond paragraph.\n")
write("raw-import", "nul.txt", b"a\x00b\n")
write("raw-import", "spaces.txt", " \t \n\n\u00a0\u2003\n".encode())
write("raw-import", "long-line.txt", ("كلمة " * 700) + "\n")

# ---- sentences: running text for the splitter and tokenizer
for i, text in enumerate([
        cairo,
        "قال د. خليل: «سنعود». ثم غادر!",
        "بلغ ١٬٠٠٠ — أي 3.5٪ من الإجمالي؟ نعم… ربما.",
        "بنيت حوالي 2550 ق. م، هي ثلاثة أهرامات. عام 1988م. انتهى",
        "قال \"إنه «لن يعود» أبدًا.\" ثم صمت. “quoted” ‘single’",
        "أ.د. محمد و ص.ب 123 ج.م.ع إلخ. Dr. Smith vs. Mr. Jones etc. done.",
        "وللقاهرة والقاهرة بالقاهرة فالقاهرة كالقاهرة لله الى الخ والي وإسرائيل",
        "مُحَمَّد وللقاهرة\u200f ، والـــ؟ F16 ١٢٣٤ ۱۲۳ 12.5.6",
        "«قوس لم يغلق\nسطر جديد. \"آخر",
        "سطر\u2028فاصل\u2029فقرة\r\nويندوز\u0085NEL",
        "؟؟؟!!!...…۔ )]»”\"'’",
        "emoji 👨‍👩‍👧 and e\u0301 combining \u200d\u200c",
]):
    write("sentences", f"text-{i:02}.txt", text)
write("sentences", "invalid-utf8.txt", b"\xd8\xa7\xd9\x84\xd8\xae\x94 \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80")
write("sentences", "cp1256.txt", cp1256("قال المتحدث. ثم انتهى؟"))
write("sentences", "empty.txt", b"")
write("sentences", "whitespace.txt", " \t\n\u00a0\u3000\n".encode())

# ---- template: site templates, Mustache spec templates, hand-made
for path in sorted(glob.glob("Templates/*.mustache")):
    write("template", "theme-" + os.path.basename(path), read(path))
write("template", "theme-article-with-partials", read("Templates/article.mustache") + RS + read("Templates/partials/header.mustache")
      + RS + read("Templates/partials/footer.mustache") + RS + read("Templates/layout.mustache"))
spec = []
for path in sorted(glob.glob("Tests/TemplatingTests/MustacheSpec/*.json")):
    for test in json.load(open(path))["tests"]:
        partials = test.get("partials", {})
        spec.append((os.path.basename(path)[:-5].lstrip("~"), test["template"], partials))
for i, (group, template, partials) in enumerate(spec[::4]):
    data = template.encode()
    # Partials of the spec are renamed to the names the target registers.
    for name, (old, text) in zip(["partials/a", "partials/b", "layout"], sorted(partials.items())):
        data = data.replace(("{{>" + old).encode(), ("{{>" + name).encode()).replace(("{{<" + old).encode(), ("{{<" + name).encode())
    extra = [text.encode() for _, text in sorted(partials.items())][:3]
    write("template", f"spec-{group}-{i:02}", RS.join([data] + extra))
write("template", "unterminated-variable", "<p>{{title</p>")
write("template", "unterminated-triple", "{{{title}}")
write("template", "unclosed-section", "{{#items}}<li>{{title}}</li>")
write("template", "mismatched-close", "{{#a}}{{/b}}")
write("template", "stray-close", "text{{/a}}")
write("template", "empty-tag", "{{}}{{ }}{{#}}")
write("template", "space-in-name", "{{a b}}")
write("template", "delimiters", "{{=<% %>=}}<%title%><%={{ }}=%>{{title}}")
write("template", "bad-delimiters", "{{=a=}}{{=a b c=}}{{= =}}")
write("template", "deep-sections", "{{#a}}" * 200 + "x" + "{{/a}}" * 200)
write("template", "self-partial", b"{{>partials/a}}" + RS + b"{{>partials/a}}")
write("template", "two-self-partials", b"{{>partials/a}}" + RS + b"{{>partials/a}}{{>partials/a}}")
write("template", "mutual-partials", b"{{>partials/a}}" + RS + b"{{>partials/b}}" + RS + b"{{>partials/a}}")
write("template", "parent-blocks", b"{{<layout}}{{$body}}child {{title}}{{/body}}{{/layout}}" + RS + RS + RS + b"<main>{{$body}}default{{/body}}</main>")
write("template", "self-parent", b"{{<article}}{{$a}}{{<article}}{{/article}}{{/a}}{{/article}}")
write("template", "standalone-indent", "  {{#a}}\n  {{>partials/a}}\n  {{/a}}\r\n\t{{! comment }}\n")
write("template", "lookups", "{{a.b.c}}{{.}}{{#d}}{{.}}{{title}}{{/d}}{{^x}}none{{/x}}{{&title}}{{{title}}}")
write("template", "invalid-utf8", b"{{title}}\xff\xfe")
write("template", "crlf", "{{#a}}\r\nx\r\n{{/a}}\r\n")

# ---- alias-file: Content/entities.yml
write("alias-file", "docs-example.yml", """entities:                         # merge, rename, retype
  - name: دونالد ترامب            # the display name (all forms below show as this)
    type: person                 # optional: forces the type whatever the tagger said
    aliases: [ترمب, دونالد ترمب]   # other written forms of the same entity
  - name: حركة المقاومة الإسلامية
    type: organization
    aliases: [حماس]
ban:                              # names that are never entities
  - الحكومة المصرية               # banned whatever the type
  - name: الأمل
    type: place                  # banned only as a place
""")
write("alias-file", "empty.yml", "")
write("alias-file", "null.yml", "~\n")
write("alias-file", "list-root.yml", "- a\n- b\n")
write("alias-file", "unknown-keys.yml", "entities:\n  - name: a\n    color: red\nbans: []\nban:\n  - name: b\n    kind: x\n")
write("alias-file", "clash.yml", "entities:\n  - name: غزة\n    aliases: [غزه, قطاع غزة]\n  - name: قطاع غزة\n    aliases: [غزة]\n")
write("alias-file", "types.yml", "entities:\n  - name: a\n    type: places\n  - name: b\n    type: people\n  - name: c\n    type: thing\nban:\n  - name: d\n    type: organization\n")
write("alias-file", "bad-shapes.yml", "entities: {a: b}\nban: 3\n")
write("alias-file", "bad-items.yml", "entities:\n  - just text\n  - [a]\n  - name: [a]\n  - name: '  '\n  - aliases: [x]\nban:\n  - [a]\n  - {type: place}\n")
write("alias-file", "anchors.yml", "entities:\n  - &e\n    name: a\n    aliases: &al [b, c]\n  - name: d\n    aliases: *al\nban: [*al]\n")
write("alias-file", "alias-bomb.yml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nentities: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n")
write("alias-file", "deep.yml", "ban: " + "[" * 120 + "]" * 120 + "\n")
write("alias-file", "bom-crlf.yml", BOM + "entities:\r\n  - name: أ\r\n    aliases: [ا]\r\n".encode())
write("alias-file", "invalid-utf8.yml", b"ban:\n  - \xd8\n")
write("alias-file", "cp1256.yml", b"ban:\n  - " + cp1256("الحكومة") + b"\n")
write("alias-file", "nul.yml", b"ban: [a\x00]\n")
write("alias-file", "yaml-error.yml", "entities:\n  - name: a\n   aliases: [b\n")
write("alias-file", "clitic-forms.yml", "entities:\n  - name: القاهرة\n    aliases: [والقاهرة, بالقاهرة, للقاهرة]\nban:\n  - والأمل\n  - الى\n")

# ---- config: mujaz.yml
write("config", "sample-site.yml", read("mujaz.yml"))
scaffold = read("Sources/SiteBuilder/API/SiteScaffold.swift").decode()
m = re.search(r'"""\n(.*?title:.*?)"""', scaffold, re.S)
if m:
    write("config", "init-scaffold.yml", re.sub(r"^ {8}", "", m.group(1), flags=re.M))
write("config", "empty.yml", "")
write("config", "null.yml", "~\n")
write("config", "list-root.yml", "- a\n")
write("config", "numbers.yml", "items_per_page: 0\nsummary_sentences: 21\n")
write("config", "big-numbers.yml", "items_per_page: 99999999999999999999999\nsummary_sentences: -9223372036854775808\n")
write("config", "number-forms.yml", "items_per_page: 0x10\nsummary_sentences: 1_0\nother: .inf\n")
write("config", "bad-types.yml", "title: [a]\ndescription: {a: b}\ndirection: up\nsearch_bodies: perhaps\ndate_style: yes\n")
write("config", "date-style.yml", "date_style:\n  months: levantine\n  digits: latin\n  calendar: hijri\n")
write("config", "bad-date-style.yml", "date_style:\n  months: julian\n  digits: roman\n")
for i, url in enumerate(["https://example.org/news", "ftp://example.org/", "http://", "https://example.org/?q=1",
                         "https://example.org/#x", "//example.org/", "https://exa mple.org/", " https://example.org ",
                         "https://[::1]:8080/", "http://user:pw@example.org/"]):
    write("config", f"base-url-{i}.yml", f"base_url: '{url}'\n")
write("config", "params.yml", "title: t\nanalytics: {id: x, list: [1, 2, {a: b}]}\nflag: true\n")
write("config", "anchors.yml", "title: &t موجز\ndescription: *t\nextra: &m {a: 1}\nmore: *m\n")
write("config", "alias-bomb.yml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n")
write("config", "deep.yml", "x: " + "{a: " * 120 + "1" + "}" * 120 + "\n")
write("config", "bom-crlf.yml", BOM + read("mujaz.yml").replace(b"\n", b"\r\n"))
write("config", "invalid-utf8.yml", b"title: \xff\n")
write("config", "nul.yml", b"title: a\x00\n")
write("config", "yaml-error.yml", "title: 'unclosed\nitems_per_page: [\n")
write("config", "tabs.yml", "title:\tx\n\tdirection: rtl\n")

# ---- inputs that found bugs, kept as seeds
write("raw-import", "crash-null-title.txt", "null\n\nعام من الأحداث في غزة.\n")
write("raw-import", "crash-empty-summary.txt", "`\n")
write("raw-import", "crash-inner-bom.txt", BOM + BOM)
write("raw-import", "crash-zero-width-paragraph.txt", " \t \n\n\u00a0\u200b\n".encode())
write("config", "crash-sexagesimal-overflow.yml", "items_per_page: " + "9" * 23 + "\nsummary_sentences: -461168601842738790:5\n")
write("sentences", "crash-clitic-split.txt", b"\xd8\xa7\xd9\x84\xd8\xae\x94")

for target in sorted(os.listdir(OUT)):
    print(target, len(os.listdir(os.path.join(OUT, target))))
