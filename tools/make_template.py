"""Build minutes_app/resources/templates/minutes-template.docx, the built-in template.

Run from the repository root:  python tools/make_template.py [OUT.docx]

Starts from python-docx's default document and makes it a zh-CN template: only the
styles the exports use (plus Word's basic ones), fonts set explicitly with the East
Asian font and no theme fonts, zh-CN language, A4 with the GB/T 9704 margins, a font
table whose entries name the font Word should substitute (仿宋_GB2312 -> 仿宋), and no
leftovers of the default (thumbnail, stylesWithEffects, custom XML). The output is
byte-for-byte reproducible (fixed timestamps), so the committed file can be checked.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Twips  # noqa: E402

from minutes_app.io.docx import ooxml, styles  # noqa: E402

OUT = ROOT / "minutes_app" / "resources" / "templates" / "minutes-template.docx"
KEEP_STYLES = {
    "Normal",
    "DefaultParagraphFont",
    "TableNormal",
    "NoList",
    "TableGrid",
    "Header",
    "Footer",
    "Heading1",
    "Heading2",
    "Title",
}
DROP_PARTS = ("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml", "customXml/")
FIXED_TIME = (2024, 1, 1, 0, 0, 0)

# name, altName (what Word substitutes when the font is missing), charset, family, pitch
FONTS = (
    ("仿宋_GB2312", "仿宋", "86", "roman", "variable"),
    ("楷体_GB2312", "楷体", "86", "roman", "variable"),
    ("方正小标宋简体", "宋体", "86", "roman", "variable"),
    ("黑体", "SimHei", "86", "swiss", "variable"),
    ("宋体", "SimSun", "86", "roman", "variable"),
    ("Times New Roman", None, "00", "roman", "variable"),
)


def build() -> bytes:
    document = docx.Document()
    _prune_styles(document)
    _defaults(document)
    styles.define_styles(document)
    ooxml.strip_theme_fonts(document.styles.element)
    _page(document)
    _settings(document)
    _properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return _repack(buffer.getvalue())


def _prune_styles(document) -> None:  # type: ignore[no-untyped-def]
    root = document.styles.element
    for style in list(root.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) not in KEEP_STYLES:
            root.remove(style)
            continue
        for tag in ("w:link", "w:rsid"):
            for found in style.findall(qn(tag)):
                style.remove(found)


def _defaults(document) -> None:  # type: ignore[no-untyped-def]
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    ooxml.set_fonts(rpr, styles.FANGSONG, styles.FANGSONG)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def _page(document) -> None:  # type: ignore[no-untyped-def]
    section = document.sections[0]
    section.page_width, section.page_height = Twips(styles.PAGE_WIDTH), Twips(styles.PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = (
        Twips(styles.MARGIN_TOP),
        Twips(styles.MARGIN_BOTTOM),
    )
    section.left_margin, section.right_margin = (
        Twips(styles.MARGIN_LEFT),
        Twips(styles.MARGIN_RIGHT),
    )
    section.header_distance, section.footer_distance = Twips(851), Twips(1247)
    grid = section._sectPr.find(qn("w:docGrid"))
    grid.set(qn("w:linePitch"), str(styles.LINE_PITCH))
    for name in ("Header", "Footer"):
        tabs = document.styles[name].element.pPr.find(qn("w:tabs"))
        center, right = tabs.findall(qn("w:tab"))
        center.set(qn("w:pos"), str(styles.TEXT_WIDTH // 2))
        right.set(qn("w:pos"), str(styles.TEXT_WIDTH))


def _settings(document) -> None:  # type: ignore[no-untyped-def]
    settings = document.settings.element
    settings.find(qn("w:themeFontLang")).set(qn("w:eastAsia"), "zh-CN")
    for tag in ("w:rsids", "w:proofState"):
        found = settings.find(qn(tag))
        if found is not None:
            settings.remove(found)


def _properties(document) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    props = document.core_properties
    props.title = "会议纪要模板"
    props.author = "minutes-app"
    props.comments = "minutes-app 内置模板（tools/make_template.py 生成）"
    props.language = "zh-CN"
    props.last_modified_by = "minutes-app"
    props.created = props.modified = dt.datetime(2024, 1, 1)
    props.revision = 1


def _font_table() -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    entries = []
    for name, alt, charset, family, pitch in FONTS:
        alt_xml = f'<w:altName w:val="{alt}"/>' if alt else ""
        entries.append(
            f'<w:font w:name="{name}">{alt_xml}<w:charset w:val="{charset}"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'
        )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:fonts xmlns:w="{ns}">{"".join(entries)}</w:fonts>'
    ).encode()


def _app_properties() -> bytes:
    return (
        b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties"><Application>minutes-app</Application></Properties>'
    )


def _clean_listing(name: str, data: bytes) -> bytes:
    """Drop the relationships and content types of the parts left out."""
    if not (name.endswith(".rels") or name == "[Content_Types].xml"):
        return data
    text = data.decode()
    for dropped in ("thumbnail", "stylesWithEffects", "customXml", "jpeg"):
        text = re.sub(rf"\s*<(Relationship|Override|Default) [^>]*{dropped}[^>]*/>", "", text)
    return text.encode()


def _repack(raw: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename.startswith(DROP_PARTS):
                continue
            data = source.read(info.filename)
            if info.filename == "word/fontTable.xml":
                data = _font_table()
            elif info.filename == "docProps/app.xml":
                data = _app_properties()
            data = _clean_listing(info.filename, data)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, data)
    return out.getvalue()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(build())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
