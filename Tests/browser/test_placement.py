"""Placement rounds in a real headless Chromium: the demo's decided round with its deviation report and
decree draft, and a new round taken through the whole workflow by three roles.

Screenshots of the round and a printed PDF of the decree draft go to .build/screenshots/.
"""
import base64

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import SCREENSHOTS, sign_in, text_at, until

SERANG = "/instansi/kota-serang"


def wait_for(browser, css):
    until(browser, lambda d: d.find_elements(By.CSS_SELECTOR, css))
    return browser.find_elements(By.CSS_SELECTOR, css)


def test_the_demo_round_explains_itself_and_prints_its_decree(server, browser, staff_passwords):
    sign_in(browser, server, "serang.pimpinan", staff_passwords)
    browser.get(server + SERANG + "?lang=id")
    browser.find_element(By.LINK_TEXT, "Penempatan").click()
    link = wait_for(browser, "#rounds tbody a")[0]
    assert "Rotasi JPT Pratama Kota Serang 2025" in link.text
    assert "Ditetapkan" in browser.find_element(By.ID, "rounds").text
    link.click()
    steps = wait_for(browser, "#workflow li")
    assert [s.text for s in steps if s.get_attribute("aria-current") == "step"] == ["Ditetapkan"]
    posts = browser.find_elements(By.CSS_SELECTOR, "section.post")
    assert len(posts) >= 20
    first = posts[0].text
    assert "Rekomendasi" in first and "Daftar suksesi" in first
    assert browser.find_elements(By.CSS_SELECTOR, "section.post table"), "fit breakdowns and runner-ups are tables"
    assert "Catatan konsultasi BKN" in browser.find_element(By.TAG_NAME, "body").text
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(900, min(height, 8000)))
    browser.save_screenshot(str(SCREENSHOTS / "placement-round.png"))
    browser.set_window_size(1280, 900)

    browser.find_element(By.LINK_TEXT, "Laporan penyimpangan").click()
    rows = wait_for(browser, "#deviations tbody tr")
    assert len(rows) == 2
    assert all("Pertukaran atas pertimbangan pimpinan" in r.text for r in rows)
    browser.back()
    wait_for(browser, "#workflow")
    browser.find_element(By.LINK_TEXT, "Rancangan SK").click()
    lines = wait_for(browser, "#decree tbody tr")
    assert len(lines) >= 10
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "RANCANGAN" in text and "JABATAN PIMPINAN TINGGI PRATAMA" in text
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    (SCREENSHOTS / "decree-draft.pdf").write_bytes(base64.b64decode(pdf["data"]))


def test_a_round_goes_from_draft_to_decision_with_a_written_reason(server, browser, staff_passwords):
    # The instansi admin computes a new round and presents it.
    sign_in(browser, server, "serang.admin", staff_passwords)
    browser.get(server + SERANG + "/penempatan?lang=id")
    Select(browser.find_element(By.NAME, "kind")).select_by_value("rotasi")
    browser.find_element(By.NAME, "title").send_keys("Rotasi uji peramban")
    browser.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    wait_for(browser, "#workflow")
    round_url = browser.current_url.split("?")[0]
    assert "Rotasi uji peramban" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.XPATH, "//button[text()='Ajukan ke pimpinan']").click()
    until(browser, lambda d: "Diajukan ke pimpinan" in text_at(d, "#workflow [aria-current]"))

    # The pimpinan sends it to BKN.
    sign_in(browser, server, "serang.pimpinan", staff_passwords)
    browser.get(round_url)
    browser.find_element(By.XPATH, "//button[text()='Kirim untuk konsultasi BKN']").click()
    until(browser, lambda d: "Konsultasi BKN" in text_at(d, "#workflow [aria-current]"))

    # BKN comments on the first post.
    sign_in(browser, server, "nasional", staff_passwords)
    browser.get(round_url)
    first_post = wait_for(browser, "section.post")[0]
    code = first_post.get_attribute("id").removeprefix("post-")
    first_post.find_element(By.NAME, "body").send_keys("BKN: sesuai hasil pemetaan.")
    first_post.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    until(browser, lambda d: "BKN: sesuai hasil pemetaan." in text_at(d, f"[id=\"post-{code}\"]"))

    # The pimpinan chooses differently for one post: refused without a reason, recorded with one.
    sign_in(browser, server, "serang.pimpinan", staff_passwords)
    browser.get(round_url)
    selects = wait_for(browser, "#decision-form select")
    chosen = next(s for s in selects if len(Select(s).options) >= 3)
    post = chosen.get_attribute("aria-label")
    Select(chosen).select_by_value("")
    browser.find_element(By.CSS_SELECTOR, "#decision-form button[type=submit]").click()
    until(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "p.error"))
    assert "needs a written reason" in browser.find_element(By.CSS_SELECTOR, "p.error").text
    browser.get(round_url)
    chosen = browser.find_element(By.NAME, "candidate." + post)
    Select(chosen).select_by_value("")
    browser.find_element(By.NAME, "reason." + post).send_keys("Diisi melalui seleksi terbuka")
    browser.find_element(By.CSS_SELECTOR, "#decision-form button[type=submit]").click()
    until(browser, lambda d: "Ditetapkan" in text_at(d, "#workflow [aria-current]"))
    browser.find_element(By.LINK_TEXT, "Laporan penyimpangan").click()
    rows = wait_for(browser, "#deviations tbody tr")
    assert len(rows) == 1 and "Diisi melalui seleksi terbuka" in rows[0].text and post in rows[0].text
