"""The participant runner in a real headless Chromium: a short battery end to end, with the network cut in
the middle of a section through the DevTools protocol. Every answer must be stored exactly once."""
import json
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SCREENSHOTS, http_session


def wait(browser, condition, timeout=15):
    return WebDriverWait(browser, timeout, poll_frequency=0.1).until(lambda d: condition(d))


def current_item(browser):
    # Read in one script call: the runner re-renders, so a held element may go stale.
    return browser.execute_script("var e = document.getElementById('item'); return e ? e.getAttribute('data-item') : null;")


def pending(browser):
    return int(browser.execute_script("return document.getElementById('save-state').getAttribute('data-pending');") or "0")


def press(browser, element_id):
    """Clicks a runner button; the runner re-renders on every server reply, so find and click in one step."""
    browser.execute_script("document.getElementById(arguments[0]).click();", element_id)


def set_offline(browser, offline):
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.emulateNetworkConditions",
                            {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def get_json(opener, url):
    with opener.open(url, timeout=10) as r:
        return json.loads(r.read())


def test_short_battery_with_the_network_cut_mid_section(server, browser, demo_logins, staff_passwords):
    nip, token = demo_logins["LATIHAN"][1]
    browser.delete_all_cookies()
    browser.get(server + "/ujian/masuk")
    browser.find_element(By.NAME, "nip").send_keys(nip)
    browser.find_element(By.NAME, "token").send_keys(token)
    browser.find_element(By.CSS_SELECTOR, "form button").click()
    wait(browser, lambda d: d.find_elements(By.ID, "start-section"))
    attempt = browser.find_element(By.ID, "runner").get_attribute("data-attempt")
    assert not browser.find_elements(By.CSS_SELECTOR, "header nav a"), "participants see no links to staff pages"
    answered = {}

    # Section 1: adaptive, forward only; keyboard answers (the key of the first option).
    browser.find_element(By.ID, "start-section").click()
    wait(browser, current_item)
    for _ in range(5):
        item = current_item(browser)
        first_option = browser.execute_script("return document.querySelector('.options .key').textContent;")
        browser.find_element(By.TAG_NAME, "body").send_keys(first_option)
        answered[item] = first_option
        wait(browser, lambda d: current_item(d) != item or d.find_elements(By.ID, "start-section"))
    browser.save_screenshot(str(SCREENSHOTS / "runner-section-2-instructions.png"))

    # Section 2: linear situational judgement, 9 items; the network drops after the third answer.
    wait(browser, lambda d: d.find_elements(By.ID, "start-section"))
    press(browser, "start-section")
    wait(browser, current_item)
    for index in range(9):
        if index == 3:
            wait(browser, lambda d: pending(d) == 0)
            set_offline(browser, True)
        item = current_item(browser)
        keys = browser.execute_script("return Array.from(document.querySelectorAll('.options .key')).map(e => e.textContent);")
        choice = keys[index % len(keys)]
        press(browser, "opt-" + choice)
        answered[item] = choice
        if index < 8:
            press(browser, "next")
            wait(browser, lambda d: current_item(d) != item)
        if index == 6:
            assert pending(browser) == 4, "four answers given offline wait in the queue"
            assert "Belum tersimpan" in browser.find_element(By.ID, "save-state").text
            browser.save_screenshot(str(SCREENSHOTS / "runner-offline.png"))
            set_offline(browser, False)
            browser.execute_script("window.dispatchEvent(new Event('online'))")
            wait(browser, lambda d: pending(d) == 0, timeout=20)
            assert "Tersimpan" in browser.find_element(By.ID, "save-state").text
    wait(browser, lambda d: pending(d) == 0)
    press(browser, "submit-section")
    wait(browser, lambda d: d.find_elements(By.ID, "confirm-submit"))
    press(browser, "confirm-submit")

    # Section 3: integrity, 3 Likert items, answered with the digit keys.
    wait(browser, lambda d: d.find_elements(By.ID, "start-section"))
    press(browser, "start-section")
    wait(browser, current_item)
    for index in range(3):
        item = current_item(browser)
        browser.find_element(By.TAG_NAME, "body").send_keys(str(4 - index))
        answered[item] = str(4 - index)
        if index < 2:
            press(browser, "next")
            wait(browser, lambda d: current_item(d) != item)
    wait(browser, lambda d: pending(d) == 0)
    press(browser, "submit-section")
    wait(browser, lambda d: d.find_elements(By.ID, "confirm-submit"))
    press(browser, "confirm-submit")
    try:
        wait(browser, lambda d: d.find_elements(By.ID, "finished"))
    finally:
        browser.save_screenshot(str(SCREENSHOTS / "runner-end.png"))
    browser.save_screenshot(str(SCREENSHOTS / "runner-finished.png"))

    # Every answer is stored, once, with the value given last.
    proctor = http_session(server, "serang.pengawas", staff_passwords)
    stored = get_json(proctor, f"{server}/api/attempts/{attempt}/answers")
    assert stored["status"] == "finished"
    assert {a["item"]: a["answer"] for a in stored["answers"]} == answered
    assert len(stored["answers"]) == 17
    events = get_json(proctor, f"{server}/api/attempts/{attempt}/events")["statements"]
    stored_saves = [e for e in events if e["verb"] == "answered" and e["result"].get("outcome") == "stored"]
    sequences = [e["result"]["sequence"] for e in stored_saves]
    assert len(sequences) == len(set(sequences)) == 17
    verbs = {e["verb"] for e in events}
    assert {"logged-in", "started", "section-started", "answered", "item-shown", "section-ended", "finished"} <= verbs
