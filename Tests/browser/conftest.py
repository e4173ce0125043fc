"""Starts the real `talenta demo` server on a free port with a fresh SQLite file, and a headless Chromium."""
import os
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".build" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    binary = ROOT / ".build" / "debug" / "talenta"
    if not binary.exists():
        subprocess.run(["swift", "build", "--product", "talenta"], cwd=ROOT, check=True)
    workdir = tempfile.mkdtemp(prefix="talenta-browser-")
    port = free_port()
    env = dict(os.environ, PORT=str(port), HOST="127.0.0.1",
               TALENTA_SQLITE_PATH=os.path.join(workdir, "talenta.sqlite"))
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(workdir, "server.log"), "w")
    proc = subprocess.Popen([str(binary), "demo"], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        raise RuntimeError("talenta demo did not become healthy; log in " + log.name)
    server_log = log.name
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def demo_logins(server):
    """The participant logins the demo printed: {session: [(nip, token)]}."""
    import re
    logins = {}
    log_path = Path(tempfile.gettempdir())
    for path in sorted(log_path.glob("talenta-browser-*/server.log"), key=lambda p: p.stat().st_mtime)[-1:]:
        for session, nip, token in re.findall(r"^\s+(\S+): NIP (\d{18})\s+token (\S+)", path.read_text(), re.M):
            logins.setdefault(session, []).append((nip, token))
    assert logins, "the demo printed no participant logins"
    return logins


@pytest.fixture(scope="session")
def staff_passwords(server):
    """The demo's staff accounts the server printed: {username: password}."""
    import re
    log_path = Path(tempfile.gettempdir())
    for path in sorted(log_path.glob("talenta-browser-*/server.log"), key=lambda p: p.stat().st_mtime)[-1:]:
        found = dict(re.findall(r"^\s+(\S+)\s+(demo-\S+)\s+\S+$", path.read_text(), re.M))
        assert "admin" in found, "the demo printed no staff accounts"
        return found


def until(browser, condition, timeout=30):
    """Waits for `condition(driver)` to hold. A form post reloads the page, so an element read on the old page
    can go stale between finding it and reading its text: such a poll counts as "not yet", not as a failure."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(browser, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(condition)


def text_at(driver, css):
    """The rendered text of the first element matching `css`, or "" if there is none, read in one script call.
    Finding an element and then reading its text are two calls; a form post that reloads the page between them
    fails the second with "stale element" or, in Chromium, with "Node with given id does not belong to the
    document", which selenium reports as a plain WebDriverException. One call cannot straddle the reload; a
    script sent while the old document is being replaced may still fail, and that poll, too, says "not yet"
    (a page that never shows the text ends in `until`'s timeout, a failure)."""
    from selenium.common.exceptions import WebDriverException
    try:
        return driver.execute_script("var e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css)
    except WebDriverException:
        return ""


def sign_in(browser, server, username, passwords):
    """Signs the browser in through the login form (any earlier session is dropped first)."""
    from selenium.webdriver.common.by import By
    browser.delete_all_cookies()
    browser.get(server + "/masuk")
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(passwords[username])
    from selenium.webdriver.support.ui import WebDriverWait
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    # bcrypt takes a moment (cost 12): wait for the signed-in page rather than looking at once.
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "form.logout") or d.find_elements(By.ID, "login-error"))
    assert browser.find_elements(By.CSS_SELECTOR, "form.logout"), f"{username} is not signed in"


def http_session(server, username, passwords):
    """A urllib opener signed in as `username` (cookies kept), for API calls beside the browser."""
    import http.cookiejar
    import re
    import urllib.parse
    # Talenta's cookies are Secure; browsers send those to http://127.0.0.1, so this jar does too.
    jar = http.cookiejar.CookieJar(policy=http.cookiejar.DefaultCookiePolicy(secure_protocols=("https", "wss", "http")))
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(server + "/masuk", timeout=10).read().decode()
    token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": passwords[username], "next": "/", "_csrf": token})
    opener.open(server + "/masuk", data=form.encode(), timeout=30)
    assert any(c.name == "talenta_staff" for c in jar), f"{username} did not sign in"
    return opener


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()
