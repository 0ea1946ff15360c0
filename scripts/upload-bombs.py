#!/usr/bin/env python3
"""Writes the indicator files of issue 14 that once took the portal's memory, into the folder given, without
holding any of them in memory here (zip entries and the CSV are written in chunks):

  zzzzzz.xlsx          1.5 KB workbook whose second row has a cell at column ZZZZZZ
  huge-string.xlsx     about 1 MB workbook whose one shared string is 1 GiB of "x"
  random-string.xlsx   about 64 MB workbook whose one inline string is 100 MB of random letters (packs too
                       poorly to look like a zip bomb: only the cell limit stops it)
  one-line.csv         150 MB tidy CSV of one line: the header runs on into 150 MB of "x"
  normal.csv           a small tidy CSV that imports, for comparison

  scripts/upload-bombs.py DIRECTORY
"""
import os
import sys
import zipfile

CHUNK = 1 << 20
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook(path, sheet_rows, shared_strings=None):
    """A minimal tidy workbook; shared_strings, when given, is a function writing the sharedStrings part."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        overrides = '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' \
                    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        if shared_strings:
            overrides += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
        z.writestr("_rels/.rels",
                   f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        strings_rel = '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared_strings else ""
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
                   f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{strings_rel}</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode())
            header = "".join(f'<c r="{col}1" t="inlineStr"><is><t>{name}</t></is></c>' for col, name in zip("ABCD", ["country", "indicator", "year", "value"]))
            sheet.write(f'<row r="1">{header}</row>'.encode())
            sheet_rows(sheet)
            sheet.write(b"</sheetData></worksheet>")
        if shared_strings:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
                shared_strings(strings)


def zzzzzz(out):
    workbook(out, lambda s: s.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>DEU</t></is></c><c r="ZZZZZZ2"><v>1</v></c></row>'))


def huge_string(out):
    def strings(s):
        s.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'.encode())
        chunk = b"x" * CHUNK
        for _ in range(1024):
            s.write(chunk)
        s.write(b"</t></si></sst>")
    workbook(out, lambda s: s.write(b'<row r="2"><c r="A2" t="s"><v>0</v></c></row>'), strings)


def random_string(out):
    letters = bytes(range(ord("a"), ord("z") + 1))
    table = bytes(letters[b % 26] for b in range(256))

    def row(s):
        s.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
        for _ in range(100):
            s.write(os.urandom(CHUNK).translate(table))
        s.write(b"</t></is></c></row>")
    workbook(out, row)


def one_line(out):
    with open(out, "wb") as f:
        f.write(b"country,indicator,year,value")
        chunk = b"x" * CHUNK
        for _ in range(150):
            f.write(chunk)


def normal(out):
    with open(out, "w") as f:
        f.write("country,indicator,year,value\nDEU,BOMB.BASELINE,2020,1.5\nFRA,BOMB.BASELINE,2020,2.5\nJPN,BOMB.BASELINE,2021,3.5\n")


if __name__ == "__main__":
    folder = sys.argv[1]
    for name, write in [("zzzzzz.xlsx", zzzzzz), ("huge-string.xlsx", huge_string), ("random-string.xlsx", random_string),
                        ("one-line.csv", one_line), ("normal.csv", normal)]:
        write(os.path.join(folder, name))
        print(name)
