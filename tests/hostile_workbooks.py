"""A corpus of damaged and hostile workbooks, generated from code (nothing downloaded).

``write_hostile_workbooks(folder)`` writes every case into a folder and returns
them by name. Cases that attack the package itself (not a zip, zip bomb, XML
bombs, encryption, macros, a million rows) are refused by
``micdesk.core.xlsx_files`` whatever format the workbook claims to be; their
``package_refusal`` is the part of the message that says why. The others carry
a valid workbook with something wrong inside it: pass ``base`` (sheet name →
rows) and ``target`` (the sheet and cell the bad content goes into) to build them
from a valid submission instead of the default minimal template.

Also used by the template tests to write workbooks the way an author does
(``write_sheets``, ``minimal_template_sheets``).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

Rows = list[list[Any]]

MILLION = 1_000_000
LONG_TEXT_LENGTH = 40_000


@dataclass(frozen=True)
class HostileWorkbook:
    """One case of the corpus."""

    name: str
    path: Path
    what: str
    package_refusal: str | None = None
    """Part of the message every reader gives (None: the package is sound, its content is not)."""


def minimal_template_sheets() -> dict[str, Rows]:
    """A small valid ``micdesk-template/1`` workbook as rows, the way an author lays it out."""
    return {
        "settings": [
            ["template_id", "version", "format", "default_language", "periodicity", "title::en"],
            ["hostile-test", 1, "micdesk-template/1", "en", "annual", "A small work plan"],
        ],
        "areas": [
            ["code", "order", "title::en"],
            ["TEC", 1, "Technology"],
        ],
        "indicators": [
            ["code", "area", "order", "label::en", "kind", "unit", "required", "min", "max"],
            ["TEC-1", "TEC", 1, "Firms supported", "integer", "firms", "yes", 0, None],
            ["TEC-2", "TEC", 2, "Share of exports", "percent", "%", "no", 0, 100],
        ],
    }


# A table reads better than one cell per line: the formatter leaves it as laid out.
# fmt: off
def sample_template_sheets(version: int = 1) -> dict[str, Rows]:
    """A fuller valid template using every feature: two languages, hints, limits, lists."""
    return {
        "settings": [
            ["template_id", "version", "format", "default_language", "periodicity",
             "title::en", "title::fr"],
            ["sample-plan", version, "micdesk-template/1", "en", "annual",
             "Sample work plan", "Plan de travail"],
        ],
        "areas": [
            ["code", "order", "title::en", "title::fr", "tools::en"],
            ["TEC", 1, "Technology", "Technologie", "Industrial modernization\nQuality"],
            ["SKL", 2, "Skills", "Compétences", None],
        ],
        "indicators": [
            ["code", "area", "order", "label::en", "label::fr", "hint::en", "kind", "unit",
             "required", "min", "max", "cumulative", "disaggregation", "choices", "replaces"],
            ["FIRMS", "TEC", 1, "Firms supported", "Entreprises", "Count each firm once",
             "integer", "firms", "yes", 0, 1000, "yes", None, None, None],
            ["LABS", "TEC", 2, "Laboratories", "Laboratoires", None,
             "integer", "labs", "no", 0, None, "no", None, None, None],
            ["SHARE", "TEC", 3, "Share of exports", "Part des exportations", None,
             "percent", "%", "no", 0, 100, "no", None, None, None],
            ["LEVEL", "TEC", 4, "Readiness level", "Niveau", None,
             "choice", None, "no", None, None, "no", None, "levels", None],
            ["POLICY", "SKL", 1, "Policy adopted", "Politique adoptée", None,
             "yes_no", None, "no", None, None, "no", None, None, None],
            ["TRAINED", "SKL", 2, "People trained", "Personnes formées", None,
             "integer", "people", "yes", 0, None, "yes", "sex_age", None, None],
            ["NOTE", "SKL", 3, "Remarks", "Remarques", None,
             "text", None, "no", None, None, "no", None, None, None],
        ],
        "choices": [
            ["list", "value", "label::en", "label::fr"],
            ["levels", "low", "Low", "Faible"],
            ["levels", "high", "High", "Élevé"],
        ],
        "disaggregations": [
            ["name", "dimension", "value", "label::en"],
            ["sex_age", "sex", "female", "Women"],
            ["sex_age", "sex", "male", "Men"],
            ["sex_age", "age", "youth", "Youth (15-24)"],
            ["sex_age", "age", "adult", "Adults"],
        ],
    }
# fmt: on


def write_sheets(path: Path, sheets: Mapping[str, Sequence[Sequence[Any]]]) -> Path:
    """Write sheets of rows as a plain workbook with openpyxl, as an author's Excel would."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        for row in rows:
            worksheet.append(list(row))
    workbook.save(path)
    return Path(path)


def _with_cell(sheets: Mapping[str, Rows], target: tuple[str, str], value: Any) -> dict[str, Rows]:
    sheet, reference = target
    letters, row = coordinate_from_string(reference)
    column = column_index_from_string(letters)
    copied = {name: [list(r) for r in rows] for name, rows in sheets.items()}
    rows = copied[sheet]
    while len(rows) < row:
        rows.append([])
    while len(rows[row - 1]) < column:
        rows[row - 1].append(None)
    rows[row - 1][column - 1] = value
    return copied


def _workbook_bytes(sheets: Mapping[str, Rows]) -> bytes:
    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        for row in rows:
            worksheet.append(row)
    workbook.save(buffer)
    return buffer.getvalue()


def _rewrite_package(
    source: bytes, target: Path, replace: Mapping[str, bytes], add: Mapping[str, bytes] = {}
) -> None:
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package,
    ):
        for entry in original.infolist():
            package.writestr(entry.filename, replace.get(entry.filename, original.read(entry)))
        for name, data in add.items():
            package.writestr(name, data)


def _sheet_part(sheet_index: int) -> str:
    return f"xl/worksheets/sheet{sheet_index + 1}.xml"


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&xxe;</t></si></sst>"""

EXTERNAL_LINK = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1">
<sheetNames><sheetName val="Sheet1"/></sheetNames>
<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet>
</externalBook></externalLink>"""

EXTERNAL_LINK_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/secret/budget.xlsx" TargetMode="External"/>
</Relationships>"""


def _with_shared_strings(source: bytes, target: Path, shared_strings: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(source)) as original:
        names = set(original.namelist())
        types = original.read("[Content_Types].xml")
        rels = original.read("xl/_rels/workbook.xml.rels")
    replace = {"xl/sharedStrings.xml": shared_strings}
    if "xl/sharedStrings.xml" not in names:
        types = types.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        rels = rels.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
        _rewrite_package(
            source,
            target,
            {"[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": rels},
            {"xl/sharedStrings.xml": shared_strings},
        )
    else:
        _rewrite_package(source, target, replace)


def _million_row_sheet(header: Sequence[Any]) -> Iterator[bytes]:
    yield (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>"
    )
    cells = "".join(
        f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{value}</t></is></c>'
        for i, value in enumerate(header)
        if value is not None and i < 26
    )
    yield f'<row r="1">{cells}</row>'.encode()
    chunk: list[str] = []
    for row in range(2, MILLION + 2):
        chunk.append(f'<row r="{row}"><c r="A{row}"><v>{row}</v></c></row>')
        if len(chunk) == 20_000:
            yield "".join(chunk).encode()
            chunk = []
    yield "".join(chunk).encode()
    yield b"</sheetData></worksheet>"


def _write_tall_workbook(
    source: bytes, target: Path, sheet_index: int, header: Sequence[Any]
) -> None:
    part = _sheet_part(sheet_index)
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package,
    ):
        for entry in original.infolist():
            if entry.filename == part:
                # Streamed: the sheet never exists in memory as a whole.
                with package.open(_deflated(part), "w", force_zip64=True) as stream:
                    for piece in _million_row_sheet(header):
                        stream.write(piece)
            else:
                package.writestr(entry.filename, original.read(entry))


def _write_zip_bomb(source: bytes, target: Path, sheet_index: int) -> None:
    part = _sheet_part(sheet_index)
    padding = b" " * (1 << 20)
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package,
    ):
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename != part:
                package.writestr(entry.filename, data)
                continue
            # 64 MB of blanks inside the sheet XML compress to about 64 KB.
            with package.open(_deflated(part), "w", force_zip64=True) as stream:
                head, tail = data.split(b"<sheetData>", 1)
                stream.write(head + b"<sheetData>")
                for _ in range(64):
                    stream.write(padding)
                stream.write(tail)


def _write_external_link(source: bytes, target: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(source)) as original:
        types = original.read("[Content_Types].xml")
        rels = original.read("xl/_rels/workbook.xml.rels")
        workbook = original.read("xl/workbook.xml")
    types = types.replace(
        b"</Types>",
        b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
    )
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>'
        b"</Relationships>",
    )
    workbook = workbook.replace(
        b"</sheets>",
        b'</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>',
    )
    _rewrite_package(
        source,
        target,
        {
            "[Content_Types].xml": types,
            "xl/_rels/workbook.xml.rels": rels,
            "xl/workbook.xml": workbook,
        },
        {
            "xl/externalLinks/externalLink1.xml": EXTERNAL_LINK,
            "xl/externalLinks/_rels/externalLink1.xml.rels": EXTERNAL_LINK_RELS,
        },
    )


PLACEHOLDER = "HOSTILE-CONTENT-GOES-HERE"


def _write_patched(
    base: Mapping[str, Rows],
    target: tuple[str, str],
    content: bytes,
    path: Path,
    prologue: bytes = b"",
) -> None:
    """A workbook whose target cell holds bytes openpyxl would never write."""
    raw = _workbook_bytes(_with_cell(base, target, PLACEHOLDER))
    part = _sheet_part(list(base).index(target[0]))
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        # openpyxl writes text inline in the sheet (or in the shared strings): patch both.
        parts = {
            name: package.read(name).replace(PLACEHOLDER.encode(), content)
            for name in (part, "xl/sharedStrings.xml")
            if name in package.namelist()
        }
    if prologue:
        sheet = parts[part]
        if sheet.startswith(b"<?xml"):
            sheet = sheet[sheet.index(b"?>") + 2 :]
        parts[part] = prologue + sheet
    _rewrite_package(raw, path, parts)


def write_hostile_workbooks(
    folder: Path,
    base: Mapping[str, Rows] | None = None,
    target: tuple[str, str] = ("indicators", "D2"),
) -> dict[str, HostileWorkbook]:
    """Write every case of the corpus into ``folder``; ``target`` is where bad content goes."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    base = dict(base or minimal_template_sheets())
    sheet_names = list(base)
    target_index = sheet_names.index(target[0])
    valid = _workbook_bytes(base)
    cases: list[HostileWorkbook] = []

    def case(name: str, what: str, refusal: str | None = None, suffix: str = ".xlsx") -> Path:
        path = folder / f"{name}{suffix}"
        cases.append(HostileWorkbook(name, path, what, refusal))
        return path

    case("not_a_zip", "a text file named .xlsx", "not a zip package").write_bytes(
        b"template_id,version\nhostile-test,1\n"
    )
    case("truncated_zip", "a workbook cut off half way", "not a zip package").write_bytes(
        valid[: len(valid) // 2]
    )
    _write_zip_bomb(
        valid, case("zip_bomb", "a sheet that inflates 1000-fold", "zip bomb"), target_index
    )
    _with_shared_strings(
        valid,
        case("xml_entity_bomb", "billion laughs in the shared strings", "XML entities"),
        BILLION_LAUGHS,
    )
    _with_shared_strings(
        valid,
        case("external_entity", "an XXE reading /etc/passwd", "XML entities"),
        EXTERNAL_ENTITY,
    )
    # Sheets are parsed lazily, row by row: the bomb must be caught there too.
    _write_patched(
        base,
        target,
        b"&lol9;",
        case("sheet_entity_bomb", "billion laughs inside a sheet", "XML entities"),
        prologue=BILLION_LAUGHS[: BILLION_LAUGHS.index(b"<sst")],
    )
    _write_tall_workbook(
        valid,
        case("million_rows", "a sheet with 1,000,000 rows", "more than 100,000 rows"),
        target_index,
        base[target[0]][0],
    )
    case(
        "encrypted", "an OLE compound file (password-protected)", "password-protected"
    ).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4088)
    _rewrite_package(
        valid,
        case("macros", "an .xlsm with a VBA project", "macros", suffix=".xlsm"),
        {},
        {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504},
    )
    write_sheets(
        case("formulas", "a formula where a value belongs"),
        _with_cell(base, target, "=SUM(1,2)"),
    )
    _write_external_link(
        _workbook_bytes(_with_cell(base, target, "=[1]Sheet1!A1")),
        case("external_link", "a formula reading another workbook through an external link"),
    )
    write_sheets(
        case("wrong_sheets", "the right content under other sheet names"),
        {f"Sheet{index + 1}": rows for index, rows in enumerate(base.values())},
    )
    write_sheets(
        case("missing_sheet", f"the '{sheet_names[0]}' sheet left out"),
        {name: rows for name, rows in base.items() if name != sheet_names[0]},
    )
    # Excel stores characters XML cannot hold as _xHHHH_ escapes.
    write_sheets(
        case("control_characters", "a label holding BEL and ESC, as Excel escapes them"),
        _with_cell(base, target, "Firms_x0007_ supported_x001B_"),
    )
    _write_patched(
        base,
        target,
        b"Firms\x07",
        case("raw_control_characters", "a label holding a raw BEL byte (not well-formed XML)"),
    )
    # openpyxl cuts text at 32,767 characters when it writes, so the long cell is patched in.
    _write_patched(
        base,
        target,
        b"x" * LONG_TEXT_LENGTH,
        case("long_cells", f"a label of {LONG_TEXT_LENGTH:,} characters"),
    )
    return {hostile.name: hostile for hostile in cases}
