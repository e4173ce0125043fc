"""The demo as a person sees it, in a real headless Chromium. Screenshots go to .build/screenshots/."""
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import SCREENSHOTS, sign_in


def test_staff_pages_need_a_sign_in(server, browser):
    browser.delete_all_cookies()
    browser.get(server + "/instansi/kota-serang")
    assert "/masuk" in browser.current_url
    browser.find_element(By.NAME, "username").send_keys("serang.admin")
    browser.find_element(By.NAME, "password").send_keys("wrong password")
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.ID, "login-error"))
    assert "salah" in browser.find_element(By.ID, "login-error").text
    browser.save_screenshot(str(SCREENSHOTS / "sign-in.png"))


def test_landing_page_in_indonesian_then_english(server, browser, staff_passwords):
    sign_in(browser, server, "admin", staff_passwords)
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "Pemerintah Kota Serang" in body
    assert "Pemerintah Provinsi Banten" in body
    assert "Pemerintah Kota Tangerang" in body
    browser.save_screenshot(str(SCREENSHOTS / "landing-id.png"))

    browser.find_element(By.LINK_TEXT, "English").click()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert "Vacant posts" in browser.find_element(By.TAG_NAME, "body").text
    # the choice sticks through the cookie
    browser.get(server + "/kompetensi")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    browser.find_element(By.LINK_TEXT, "Bahasa Indonesia").click()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"


def test_organisation_page_lists_posts_and_officials(server, browser, staff_passwords):
    sign_in(browser, server, "admin", staff_passwords)
    browser.get(server + "/?lang=id")
    browser.find_element(By.LINK_TEXT, "Pemerintah Kota Serang").click()
    posts = browser.find_elements(By.CSS_SELECTOR, "#posts tbody tr")
    officials = browser.find_elements(By.CSS_SELECTOR, "#officials tbody tr")
    assert len(posts) == 32
    assert len(officials) == 26
    browser.save_screenshot(str(SCREENSHOTS / "kota-serang.png"))
    officials[0].find_element(By.TAG_NAME, "a").click()
    assert "Riwayat jabatan" in browser.find_element(By.TAG_NAME, "body").text
    browser.save_screenshot(str(SCREENSHOTS / "official.png"))


def test_every_asset_is_served_by_the_app(server, browser):
    browser.get(server + "/")
    sources = [e.get_attribute("href") for e in browser.find_elements(By.CSS_SELECTOR, "link[href]")]
    sources += [e.get_attribute("src") for e in browser.find_elements(By.CSS_SELECTOR, "[src]")]
    assert sources, "the page should load its stylesheet"
    assert all(s.startswith(server) for s in sources), sources


def test_upload_page_reports_bad_rows_and_keeps_good_ones(server, browser, staff_passwords):
    csv = "nip;nama;golongan\n199001012015031001;Pegawai Baru;III/c\n19900101;NIP Pendek;III/c\n"
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8-sig") as f:
        f.write(csv)
    sign_in(browser, server, "admin", staff_passwords)
    browser.get(server + "/admin/import?lang=id")
    browser.find_element(By.LINK_TEXT, "Pemerintah Kota Tangerang").click()
    Select(browser.find_element(By.NAME, "kind")).select_by_value("employees")
    browser.find_element(By.NAME, "file").send_keys(f.name)
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.ID, "import-status"))
    status = browser.find_element(By.ID, "import-status").text
    assert "ditolak" in status
    rows = browser.find_elements(By.CSS_SELECTOR, "#issues tbody tr")
    assert len(rows) == 1
    assert rows[0].find_elements(By.TAG_NAME, "td")[0].text == "3"
    assert "18 digits" in rows[0].text
    browser.save_screenshot(str(SCREENSHOTS / "import-report.png"))
    browser.get(server + "/instansi/kota-tangerang")
    assert "Pegawai Baru" in browser.find_element(By.ID, "officials").text
