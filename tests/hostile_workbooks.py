"""A corpus of damaged and hostile workbooks, generated from code (nothing downloaded).

``write_hostile_workbooks(folder)`` writes every case into a folder and returns
them by name. Cases that attack the package itself (not a zip, zip bomb, XML
bombs, encryption, macros, damaged zips, floods of rows, texts or formats) are refused by
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
import random
import struct
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

Rows = list[list[Any]]

TALL_ROWS = 150_000  # more than the 100,000 rows micdesk reads
LONG_TEXT_LENGTH = 40_000
SHARED_STRING_FLOOD = 250_000  # more than the 200,000 distinct texts micdesk reads
CELL_FORMAT_FLOOD = 70_000  # more than Excel's 64,000 cell formats
BIG_PART_BYTES = 40 * 1024 * 1024  # more than the 32 MB one part may unpack to
FAR_CELLS = 60_000  # cells in column XFD


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


def _tall_sheet(header: Sequence[Any]) -> Iterator[bytes]:
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
    for row in range(2, TALL_ROWS + 2):
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
                    for piece in _tall_sheet(header):
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


# Damaged packages: a sound workbook whose zip headers or data are patched afterwards.


def _local_header(data: bytes, part: str) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.getinfo(part).header_offset


def _central_headers(data: bytes, part: str) -> Iterator[int]:
    encoded = part.encode("utf-8")
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + length] == encoded:
            yield position
        position = data.find(b"PK\x01\x02", position + 4)


def _patched_headers(
    data: bytes, part: str, *, flags: int = 0, method: int | None = None, name: bytes = b""
) -> bytes:
    """Set flag bits, the compression method or the raw name of a part in both its headers."""
    patched = bytearray(data)
    fields = [(_local_header(data, part), 6, 8, 30)]
    fields += [(at, 8, 10, 46) for at in _central_headers(data, part)]
    for at, flag_at, method_at, name_at in fields:
        old_flags = struct.unpack_from("<H", patched, at + flag_at)[0]
        struct.pack_into("<H", patched, at + flag_at, old_flags | flags)
        if method is not None:
            struct.pack_into("<H", patched, at + method_at, method)
        if name:
            assert len(name) == len(part.encode())
            patched[at + name_at : at + name_at + len(name)] = name
    return bytes(patched)


def _corrupted_deflate(data: bytes, part: str) -> bytes:
    """The part's deflate stream starts with block type 3, which does not exist."""
    at = _local_header(data, part)
    name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
    patched = bytearray(data)
    patched[at + 30 + name_length + extra_length] = 0xFF
    return bytes(patched)


def _shared_string_flood(count: int = SHARED_STRING_FLOOD) -> bytes:
    items = "".join(f"<si><t>{index}</t></si>" for index in range(count))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{count}">{items}</sst>'
    ).encode()


def _with_cell_format_flood(source: bytes, target: Path, count: int = CELL_FORMAT_FLOOD) -> None:
    with zipfile.ZipFile(io.BytesIO(source)) as original:
        styles = original.read("xl/styles.xml")
    head, rest = styles.split(b"<cellXfs", 1)
    _, tail = rest.split(b"</cellXfs>", 1)
    # Tiny tags: the part stays under a megabyte, so no compression ratio gives it away.
    flood = b'<cellXfs count="%d">' % count + b"<xf/>" * count
    _rewrite_package(source, target, {"xl/styles.xml": head + flood + b"</cellXfs>" + tail})


def _big_sheet(header: Sequence[Any]) -> Iterator[bytes]:
    """A sheet of BIG_PART_BYTES of numbers (stored uncompressed: no zip-bomb ratio)."""
    rng = random.Random(13)
    yield (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>"
    )
    block = "".join(
        f'<row r="{row}"><c r="A{row}"><v>{rng.randrange(10**15)}</v></c></row>'
        for row in range(1, 20_000)
    ).encode()[: 1 << 20]
    block = block[: block.rindex(b"</row>") + len(b"</row>")]
    for _ in range(BIG_PART_BYTES // len(block) + 1):
        yield block
    yield b"</sheetData></worksheet>"


def _write_streamed_sheet(
    source: bytes,
    target: Path,
    part: str,
    pieces: Iterator[bytes],
    new_part: str = "",
    compress: bool = True,
) -> None:
    """Replace one sheet part by streamed XML, optionally stored under another part name.

    ``compress=False`` stores it as is: random data would take seconds to deflate.
    """
    new_part = new_part or part
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package,
    ):
        for entry in original.infolist():
            if entry.filename == part:
                info = _deflated(new_part)
                if not compress:
                    info.compress_type = zipfile.ZIP_STORED
                with package.open(info, "w", force_zip64=True) as stream:
                    for piece in pieces:
                        stream.write(piece)
                continue
            data = original.read(entry)
            if new_part != part and entry.filename in (
                "[Content_Types].xml",
                "xl/_rels/workbook.xml.rels",
            ):
                # The content types name the part from the root, the relations from xl/.
                data = data.replace(b"/" + part.encode(), b"/" + new_part.encode())
                data = data.replace(part[3:].encode(), new_part[3:].encode())
            package.writestr(entry.filename, data)


def _far_cells_sheet(rows: Rows, count: int = FAR_CELLS) -> Iterator[bytes]:
    yield (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>"
    )
    for number in range(1, max(count, len(rows)) + 1):
        values = rows[number - 1] if number <= len(rows) else []
        cells = "".join(
            f'<c r="{chr(65 + index)}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
            for index, value in enumerate(values[:26])
            if value is not None
        )
        yield f'<row r="{number}">{cells}<c r="XFD{number}"><v>{number}</v></c></row>'.encode()
    yield b"</sheetData></worksheet>"


FORMULA_MARK = 987_654_321


def _write_cell_xml(
    base: Mapping[str, Rows], target: tuple[str, str], inner: bytes, path: Path
) -> None:
    """A workbook whose target cell is the raw XML ``<c r=…>inner</c>`` (a formula openpyxl
    would write differently, or not at all)."""
    raw = _workbook_bytes(_with_cell(base, target, FORMULA_MARK))
    part = _sheet_part(list(base).index(target[0]))
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        sheet = package.read(part)
    reference = target[1].encode()
    start = sheet.index(b'<c r="' + reference + b'"')
    end = sheet.index(b"</c>", start) + len(b"</c>")
    assert str(FORMULA_MARK).encode() in sheet[start:end]
    cell = b'<c r="' + reference + b'">' + inner + b"</c>"
    _rewrite_package(raw, path, {part: sheet[:start] + cell + sheet[end:]})


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
        case("too_many_rows", f"a sheet with {TALL_ROWS:,} rows", "more than 100,000 rows"),
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
    with zipfile.ZipFile(io.BytesIO(valid)) as package:
        types = package.read("[Content_Types].xml")
    _rewrite_package(
        valid,
        case("hidden_macros", "a VBA project stored as xl/code.bin, named by its type", "macros"),
        {
            "[Content_Types].xml": types.replace(
                b"</Types>",
                b'<Override PartName="/xl/code.bin" '
                b'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            )
        },
        {"xl/code.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504},
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
    # Damaged zips: each used to escape every reader as a different Python exception.
    sheet_part = _sheet_part(target_index)
    case("encrypted_part", "a part flagged as encrypted (zip encryption)", "encrypted").write_bytes(
        _patched_headers(valid, sheet_part, flags=0x1)
    )
    case("deflate64", "a part compressed with Deflate64", "Deflate64").write_bytes(
        _patched_headers(valid, sheet_part, method=9)
    )
    case("corrupt_deflate", "a part whose deflate stream is garbage", "damaged").write_bytes(
        _corrupted_deflate(valid, sheet_part)
    )
    case(
        "non_utf8_name", "a part name flagged UTF-8 that is not UTF-8", "not valid UTF-8"
    ).write_bytes(
        _patched_headers(valid, "docProps/app.xml", flags=0x800, name=b"docProps/\xff\xfe\xfd.xml")
    )
    # Floods inside the size limits: each part openpyxl reads whole, or parses cell by cell.
    _with_shared_strings(
        valid,
        case("shared_string_flood", f"{SHARED_STRING_FLOOD:,} shared strings", "distinct texts"),
        _shared_string_flood(),
    )
    _with_cell_format_flood(
        valid, case("cell_format_flood", f"{CELL_FORMAT_FLOOD:,} cell formats", "cell formats")
    )
    _write_streamed_sheet(
        valid,
        case("big_part", "a 40 MB sheet of random numbers", "MB limit"),
        sheet_part,
        _big_sheet(base[target[0]][0]),
        compress=False,
    )
    _write_streamed_sheet(
        valid,
        case(
            "sheet_outside_worksheets",
            f"a sheet of {TALL_ROWS:,} rows stored as xl/data/tall.xml",
            "more than 100,000 rows",
        ),
        sheet_part,
        _tall_sheet(base[target[0]][0]),
        new_part="xl/data/tall.xml",
    )
    _write_streamed_sheet(
        valid,
        case("far_column", f"{FAR_CELLS:,} numbers in column XFD", "cells beyond column 500"),
        sheet_part,
        _far_cells_sheet(base[target[0]]),
    )
    # Formulas openpyxl hands over as objects, not as '=…' text.
    _write_cell_xml(
        base,
        target,
        b'<f t="array" ref="' + target[1].encode() + b'">SUM({1,2})</f><v>3</v>',
        case("array_formula", "an array formula where a value belongs"),
    )
    _write_cell_xml(
        base,
        target,
        b'<f t="dataTable" ref="' + target[1].encode() + b'" dt2D="0" dtr="0" r1="A1"/><v>3</v>',
        case("data_table_formula", "a data-table formula where a value belongs"),
    )
    return {hostile.name: hostile for hostile in cases}
