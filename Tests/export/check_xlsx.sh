#!/usr/bin/env bash
# Proves that the XLSX written by the TableExport module opens in LibreOffice with the content of the CSV
# export. It writes sample files with the TableExportTests test that runs only when TABLE_EXPORT_SAMPLE_DIR
# is set, converts the workbook with LibreOffice (the first sheet with the default filter, then every
# sheet), and compares the results cell by cell (compare_csv.py).
#
# To stay fast it builds only the two TableExport targets, in a throwaway package whose sources are
# symlinks into this repository. Needs swift, python3 and soffice (apt-get install -y libreoffice-calc-nogui).
# Usage: Tests/export/check_xlsx.sh        Exit status 0 when every sheet matches.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui"; exit 1; }

work=$(mktemp -d /tmp/check-xlsx.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pkg/Sources" "$work/pkg/Tests" "$work/samples"
ln -s "$repo/Sources/TableExport" "$work/pkg/Sources/TableExport"
ln -s "$repo/Tests/TableExportTests" "$work/pkg/Tests/TableExportTests"
cat > "$work/pkg/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CheckXLSX",
    targets: [
        .target(name: "TableExport"),
        .testTarget(name: "TableExportTests", dependencies: ["TableExport"]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT

echo "== writing the samples (swift test --filter SampleFilesTests)"
TABLE_EXPORT_SAMPLE_DIR="$work/samples" swift test --package-path "$work/pkg" --filter SampleFilesTests 2>&1 | tail -n 3
test -s "$work/samples/sample.xlsx" || { echo "no sample.xlsx was written"; exit 1; }

# A private profile, so that a LibreOffice already running for someone else does not take the job.
lo() { soffice -env:UserInstallation="file://$work/profile" --headless "$@"; }
echo "== soffice --headless --convert-to csv --outdir first sample.xlsx"
lo --convert-to csv --outdir "$work/first" "$work/samples/sample.xlsx"
# Filter tokens: ',' '"' UTF-8, from line 1, no cell formats, system language, quote all text cells
# (so that the CSV shows which cells LibreOffice took as text), ..., every sheet to its own file (-1).
echo "== every sheet, text cells quoted"
lo --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1' \
   --outdir "$work/all" "$work/samples/sample.xlsx"

python3 "$here/compare_csv.py" "$work/samples" "$work/first" "$work/all"
