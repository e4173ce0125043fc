"""The leader's pages in a real headless Chromium, and the results export opened by LibreOffice.

Screenshots (full page) and a printed PDF of the individual report go to .build/screenshots/.
"""
import base64
import csv
import io
import os
import shutil
import subprocess
import tempfile
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SCREENSHOTS, http_session, sign_in

SERANG = "/instansi/kota-serang"


def full_page_screenshot(browser, name):
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(900, min(height, 6000)))
    browser.save_screenshot(str(SCREENSHOTS / name))
    browser.set_window_size(1280, 900)


def test_nine_box_lists_the_23_scored_officials_and_links_to_their_reports(server, browser, staff_passwords):
    sign_in(browser, server, "serang.pimpinan", staff_passwords)
    browser.get(server + SERANG + "/kotak-talenta?lang=id")
    boxes = browser.find_elements(By.CSS_SELECTOR, ".ninebox:not(.mini) .box")
    assert sorted(int(b.get_attribute("data-box")) for b in boxes) == list(range(1, 10))
    counts = [int(b.find_element(By.CSS_SELECTOR, ".count").text) for b in boxes]
    assert sum(counts) == 23
    names = [a for b in boxes for a in b.find_elements(By.TAG_NAME, "a")]
    assert len(names) == 23
    assert browser.find_elements(By.CSS_SELECTOR, "#pool tbody tr"), "the demo has a talent pool"
    full_page_screenshot(browser, "ninebox-kota-serang.png")

    pooled = browser.find_element(By.CSS_SELECTOR, ".ninebox .box.pool li a")
    name = pooled.text
    pooled.click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "figure.radar"))
    body = browser.find_element(By.TAG_NAME, "body").text
    assert name in body
    assert "Laporan Hasil Penilaian Kompetensi" in body
    assert "JPM" in body and "Rekomendasi pengembangan" in body
    radar = browser.find_element(By.CSS_SELECTOR, "figure.radar svg")
    assert len(radar.find_elements(By.CSS_SELECTOR, "polygon.standard")) == 1
    assert len(radar.find_elements(By.CSS_SELECTOR, "polygon.achieved")) == 1
    assert len(radar.find_elements(By.CSS_SELECTOR, "circle.achieved-point")) == 9
    assert browser.find_element(By.CSS_SELECTOR, ".ninebox.mini .box.here").text.startswith(("7", "8", "9"))
    full_page_screenshot(browser, "report-individual.png")
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    (SCREENSHOTS / "report-individual.pdf").write_bytes(base64.b64decode(pdf["data"]))


def test_session_report_counts_attendance_and_completion(server, browser, staff_passwords):
    sign_in(browser, server, "serang.pimpinan", staff_passwords)
    browser.get(server + SERANG + "/sesi/CACT-2025-11-23/laporan?lang=id")
    stats = browser.find_element(By.ID, "session-stats").text
    for expected in ("26\nTerdaftar", "23\nHadir", "3\nTidak hadir", "23\nSelesai", "23\nDinilai"):
        assert expected in stats
    assert len(browser.find_elements(By.CSS_SELECTOR, "#participants tbody tr")) == 26
    full_page_screenshot(browser, "session-report.png")


def fetch(opener, url):
    with opener.open(url, timeout=30) as response:
        assert response.status == 200
        return response.read(), response.headers


def test_xlsx_export_opens_in_libreoffice_with_the_csv_content(server, staff_passwords):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        assert not os.environ.get("CI"), "CI must install libreoffice-calc-nogui"
        import pytest
        pytest.skip("LibreOffice is not installed here (apt-get install libreoffice-calc-nogui)")
    pimpinan = http_session(server, "serang.pimpinan", staff_passwords)
    xlsx, headers = fetch(pimpinan, server + SERANG + "/hasil.xlsx?lang=id")
    assert headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    exported, _ = fetch(pimpinan, server + SERANG + "/hasil.csv?lang=id")
    work = tempfile.mkdtemp(prefix="talenta-xlsx-")
    with open(os.path.join(work, "hasil.xlsx"), "wb") as f:
        f.write(xlsx)
    subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                    # comma-separated, double quotes, UTF-8 (76): the default would write θ in the system charset
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                    "--outdir", work, os.path.join(work, "hasil.xlsx")], check=True, timeout=180,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(work, "hasil.csv"), encoding="utf-8") as f:
        converted = list(csv.reader(f))
    expected = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"))))
    assert len(expected) == 24, "a header and the 23 scored officials"
    assert len(converted) == len(expected)
    for row_number, (got, want) in enumerate(zip(converted, expected), start=1):
        got = got + [""] * (len(want) - len(got))
        for column, (g, w) in enumerate(zip(got, want)):
            if g == w:
                continue
            # LibreOffice writes numbers with at most 15 significant digits.
            assert float(g) == float(f"{float(w):.15g}"), f"row {row_number} column {expected[0][column]}: {g!r} vs {w!r}"
    nips = [row[0] for row in converted[1:]]
    assert all(len(nip) == 18 and nip.isdigit() for nip in nips), "NIPs stay 18-digit text"
