#!/usr/bin/env python3
"""Types a query into the search page of a built CondorPress site and checks that results appear.

Usage: search_check.py SITE_FOLDER [QUERY]

Serves SITE_FOLDER over loopback (http.server on a free 127.0.0.1 port, in a thread), opens
search/index.html in headless Chromium (Debian's chromium and /usr/bin/chromedriver, through
Selenium), types QUERY (default: "condor", a glossary term every briefing uses) into the search
box, waits up to 10 s for results and requires at least one result to link to a page of the site
that the server then serves. It also checks that opening the page from file:// keeps the box
hidden and shows the page's links instead. Prints one summary line; exits 1 with a clear message
when a check fails, 2 when the browser cannot be started.
"""

import functools
import http.server
import os
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WAIT_SECONDS = 10


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site without a log line per request."""

    def log_message(self, format, *args):
        pass


def fail(message):
    print(f"search check: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def start_server(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def start_browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1200"):
        options.add_argument(argument)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    try:
        return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    except WebDriverException as error:
        print(f"search check: cannot start Chromium through /usr/bin/chromedriver: {error.msg}", file=sys.stderr)
        print("install it with: make browser-deps", file=sys.stderr)
        sys.exit(2)


def check_served(browser, base, query):
    browser.get(base + "search/index.html")
    try:
        box = WebDriverWait(browser, WAIT_SECONDS).until(
            lambda b: next((e for e in b.find_elements(By.ID, "search-query") if e.is_displayed()), None))
    except TimeoutException:
        fail(f"the search box did not appear within {WAIT_SECONDS} s on {base}search/index.html "
             "(is pagefind/ in the site? was it built with site.search on?)")
    box.send_keys(query)
    try:
        links = WebDriverWait(browser, WAIT_SECONDS).until(
            lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results li a") or None)
    except TimeoutException:
        status = browser.find_element(By.ID, "search-status").text
        fail(f"no result for \"{query}\" within {WAIT_SECONDS} s (status: \"{status}\")")
    hrefs = [link.get_attribute("href") for link in links]
    inside = [href for href in hrefs if href and href.startswith(base)]
    if not inside:
        fail(f"no result for \"{query}\" links into the site {base}: {hrefs[:3]}")
    try:
        with urllib.request.urlopen(inside[0], timeout=WAIT_SECONDS) as response:
            if response.status != 200:
                fail(f"the first result {inside[0]} answered {response.status}")
    except urllib.error.URLError as error:
        fail(f"the first result {inside[0]} cannot be opened: {error}")
    status = browser.find_element(By.ID, "search-status").text
    return len(links), inside[0][len(base):], status


def check_file_url(browser, folder):
    browser.get("file://" + os.path.join(folder, "search", "index.html"))
    WebDriverWait(browser, WAIT_SECONDS).until(lambda b: b.execute_script("return document.readyState") == "complete")
    box = browser.find_element(By.ID, "search-query")
    fallback = browser.find_element(By.ID, "search-fallback")
    if box.is_displayed():
        fail("from file:// the search box is shown, but the index cannot be fetched there")
    if not fallback.is_displayed():
        fail("from file:// the page's links to the archive, glossary and rules are hidden")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    folder = os.path.abspath(sys.argv[1])
    query = sys.argv[2] if len(sys.argv) == 3 else "condor"
    if not os.path.isfile(os.path.join(folder, "search", "index.html")):
        fail(f"{folder} has no search/index.html: build it with site.search on (or --search)")
    server = start_server(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    browser = start_browser()
    try:
        count, first, status = check_served(browser, base, query)
        check_file_url(browser, folder)
    finally:
        browser.quit()
        server.shutdown()
    print(f"search check: \"{query}\" on {base}search/index.html listed {count} results "
          f"(first: {first}; \"{status}\"); from file:// the box stays hidden")


if __name__ == "__main__":
    main()
