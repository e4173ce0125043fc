"""Compares LibreOffice's CSV conversion of sample.xlsx with the CSV export of the same tables.

Usage: compare_csv.py SAMPLES FIRST ALL
  SAMPLES holds sample.xlsx and, per sheet N, sheetN.csv (the CSV export) and sheetN.kinds (what each cell
  is: `t` text, `n` number, `.` no value; written from the ExportCell cases, not from the workbook);
  FIRST holds LibreOffice's default conversion (sample.csv, the first sheet); ALL its per-sheet conversion
  with every text cell quoted (sample-<sheet name>.csv).

Every cell must agree: a text cell comes back identical and, in ALL, quoted, i.e. LibreOffice holds it as
text (an 18-digit NIP that became a number would come back unquoted); a number comes back unquoted and
equal to 15 significant digits, the precision LibreOffice writes; a cell with no value comes back empty.
"""
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def parse(text):
    """RFC 4180 records of (value, quoted) pairs; CRLF or LF between records; trailing empties dropped."""
    records, record, value = [], [], []
    quoted = in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"' and text[i + 1:i + 2] == '"':
                value.append('"')
                i += 1
            elif ch == '"':
                in_quotes = False
            else:
                value.append(ch)
        elif ch == '"':
            in_quotes = quoted = True
        elif ch == ",":
            record.append(("".join(value), quoted))
            value, quoted = [], False
        elif ch in "\r\n":
            if ch == "\r" and text[i + 1:i + 2] == "\n":
                i += 1
            record.append(("".join(value), quoted))
            records.append(record)
            record, value, quoted = [], [], False
        else:
            value.append(ch)
        i += 1
    if value or record or quoted:
        record.append(("".join(value), quoted))
        records.append(record)
    for r in records:
        while r and r[-1] == ("", False):
            r.pop()
    while records and not records[-1]:
        records.pop()
    return records


def read(path, encoding):
    with open(path, newline="", encoding=encoding) as f:
        return parse(f.read())


def close(a, b):
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return abs(x - y) <= 1e-14 * max(abs(x), abs(y))


def compare(label, ours, kinds, theirs, quotes_text):
    problems = []
    counts = {"t": 0, "n": 0}
    for r in range(max(len(ours), len(theirs), len(kinds))):
        mine = ours[r] if r < len(ours) else []
        lo = theirs[r] if r < len(theirs) else []
        kind = kinds[r] if r < len(kinds) else ""
        for c in range(max(len(mine), len(lo), len(kind))):
            a = mine[c][0] if c < len(mine) else ""
            b, b_quoted = lo[c] if c < len(lo) else ("", False)
            k = kind[c] if c < len(kind) else "."
            if k == "t":
                ok = a == b and (b_quoted or not quotes_text)
            elif k == "n":
                ok = (a == b or close(a, b)) and not b_quoted
            else:
                ok = a == "" and b == ""
            counts[k] = counts.get(k, 0) + 1
            if not ok:
                seen = "quoted" if b_quoted else "unquoted"
                problems.append(f"  row {r + 1} column {c + 1} ({k}): export {a!r}, LibreOffice {b!r} {seen}")
    status = "OK" if not problems else f"{len(problems)} MISMATCHES"
    held = ", held as text" if quotes_text else ""
    print(f"{label}: {len(ours)} records; {counts['t']} text cells (identical{held}), "
          f"{counts['n']} numeric cells (equal to 15 digits): {status}")
    for p in problems:
        print(p)
    return not problems


def main(samples, first, every):
    with zipfile.ZipFile(f"{samples}/sample.xlsx") as z:
        names = [s.get("name") for s in ET.fromstring(z.read("xl/workbook.xml")).iter(MAIN + "sheet")]

    def kinds(n):
        with open(f"{samples}/sheet{n}.kinds", encoding="utf-8") as f:
            return f.read().splitlines()

    ok = compare(f"first sheet '{names[0]}', default filter", read(f"{samples}/sheet1.csv", "utf-8-sig"), kinds(1),
                 read(f"{first}/sample.csv", "utf-8"), quotes_text=False)
    for n, name in enumerate(names, start=1):
        ok &= compare(f"sheet {n} '{name}'", read(f"{samples}/sheet{n}.csv", "utf-8-sig"), kinds(n),
                      read(f"{every}/sample-{name}.csv", "utf-8"), quotes_text=True)
    print("check_xlsx: all sheets match" if ok else "check_xlsx: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
