#!/usr/bin/env python3
"""Opens one page of each kind of a built CondorPress site in headless Chromium and checks the reader's side.

Usage: page_checks.py CONDORPRESS_BINARY SCREENSHOT_DIR [--content DIR]

The script builds the bundled sample with the given binary into a temporary folder, with the base URL
of a loopback server it starts itself (so the 404 page's absolute addresses resolve), and opens each
page kind (home, a briefing with a position, a flat-day briefing, stats, the rules index, a rule, the
archive index and a year, the glossary index and a term, the search page, and a missing nested address that gets the
404 page) at 390 and 1280 CSS px. For each view it asserts:

- no horizontal page overflow (the document is no wider than the viewport);
- no table wider than its container, and none that scrolls sideways inside it;
- every chart text renders between 11 and 16 CSS px (font size times the SVG's scale);
- no two text boxes of one chart overlap;
- axe-core finds no serious or critical violation.

Full-page screenshots go to SCREENSHOT_DIR as KIND-WIDTH.png. Exits 1 and lists every failure when a
check fails; prints one line per view and a summary either way.
"""

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = (390, 1280)
MIN_CHART_TEXT_PX = 11.0
MAX_CHART_TEXT_PX = 16.0
# Two label boxes overlap when they share more than this many CSS px in both directions
# (anti-aliasing of touching boxes is not an overlap).
OVERLAP_TOLERANCE_PX = 0.5
SITE_PATH = "/site/"

MEASURE_SCRIPT = r"""
const problems = [];
const root = document.documentElement;
const viewport = root.clientWidth;
if (root.scrollWidth > viewport + 1) {
  problems.push(`page is ${root.scrollWidth} px wide in a ${viewport} px viewport`);
}
const describe = (el) => {
  const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} "${text}"`;
};
let tables = 0;
for (const table of document.querySelectorAll('table')) {
  tables += 1;
  const box = table.getBoundingClientRect();
  const parent = table.parentElement.getBoundingClientRect();
  if (box.width > parent.width + 1) {
    problems.push(`table ${describe(table)} is ${Math.round(box.width)} px wide in a ${Math.round(parent.width)} px container`);
  }
  if (table.scrollWidth > table.clientWidth + 1) {
    problems.push(`table ${describe(table)} scrolls sideways: ${table.scrollWidth} px of content in ${table.clientWidth} px`);
  }
  for (const wrap of [table.parentElement]) {
    if (wrap.scrollWidth > wrap.clientWidth + 1 && getComputedStyle(wrap).overflowX !== 'visible') {
      problems.push(`container of table ${describe(table)} scrolls sideways: ${wrap.scrollWidth} px in ${wrap.clientWidth} px`);
    }
  }
}
let texts = 0;
let smallest = Infinity;
let largest = 0;
const charts = document.querySelectorAll('svg.cp-chart');
for (const svg of charts) {
  const boxes = [];
  for (const text of svg.querySelectorAll('text')) {
    const box = text.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    texts += 1;
    const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(text.getScreenCTM().a, text.getScreenCTM().b);
    smallest = Math.min(smallest, size);
    largest = Math.max(largest, size);
    if (size < MIN_PX - 0.05 || size > MAX_PX + 0.05) {
      problems.push(`chart text "${text.textContent}" renders at ${size.toFixed(1)} px`);
    }
    boxes.push({text: text.textContent, box});
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i].box, b = boxes[j].box;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > TOLERANCE && dy > TOLERANCE) {
        problems.push(`chart labels "${boxes[i].text}" and "${boxes[j].text}" overlap by ${dx.toFixed(1)} × ${dy.toFixed(1)} px`);
      }
    }
  }
}
return {problems, tables, charts: charts.length, texts,
        smallest: texts ? smallest : null, largest: texts ? largest : null,
        height: Math.max(root.scrollHeight, document.body.scrollHeight)};
""".replace("MIN_PX", str(MIN_CHART_TEXT_PX)).replace("MAX_PX", str(MAX_CHART_TEXT_PX)).replace(
    "TOLERANCE", str(OVERLAP_TOLERANCE_PX))


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site under SITE_PATH, and its 404 page with status 404 for a missing address."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(SITE_PATH):
            path = "/" + path[len(SITE_PATH):]
        else:
            path = "/.missing"
        return super().translate_path(path)

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code != 404 or not os.path.exists(page):
            return super().send_error(code, message, explain)
        body = open(page, "rb").read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def first_match(site, folder, pattern):
    """The first page (by name) under `folder` whose HTML matches `pattern`."""
    for name in sorted(os.listdir(os.path.join(site, folder))):
        page = os.path.join(folder, name, "index.html")
        path = os.path.join(site, page)
        if os.path.exists(path) and re.search(pattern, open(path, encoding="utf-8").read(), re.S):
            return page
    raise SystemExit(f"page_checks: no page under {folder}/ matches {pattern!r}")


def page_kinds(site):
    """The page of each kind to open, as (kind, address relative to the site)."""
    years = sorted(d for d in os.listdir(os.path.join(site, "archive")) if d.isdigit())
    return [
        ("home", "index.html"),
        ("briefing-position", first_match(site, "briefings", r"^(?!.*What the rules would open next).*<th>Leg</th>.*cp-chart-payoff")),
        ("briefing-flat", first_match(site, "briefings", r"What the rules would open next")),
        ("stats", "stats/index.html"),
        ("rules-index", "rules/index.html"),
        ("rule", "rules/profit-target/index.html"),
        ("archive-index", "archive/index.html"),
        ("archive-year", f"archive/{years[-1]}/index.html"),
        ("glossary-index", "glossary/index.html"),
        ("glossary-term", "glossary/iron-condor/index.html"),
        ("search", "search/index.html"),
        ("404", "no/such/page/"),
    ]


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--disable-dev-shm-usage", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    chromium = shutil.which("chromium")
    if chromium:
        options.binary_location = chromium
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def check_view(driver, axe, base, kind, address, width, shots):
    driver.set_window_size(width, 900)
    driver.get(base + address)
    result = driver.execute_script(MEASURE_SCRIPT)
    axe.inject()
    report = axe.run(options='{"resultTypes": ["violations"]}')
    problems = list(result["problems"])
    for violation in report["violations"]:
        if violation.get("impact") in ("serious", "critical"):
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
            problems.append(f"axe {violation['impact']}: {violation['id']} ({violation['help']}) at {targets}")
    driver.set_window_size(width, min(max(result["height"], 600), 16000))
    driver.save_screenshot(os.path.join(shots, f"{kind}-{width}.png"))
    sizes = ("no chart text" if result["smallest"] is None
             else f"chart text {result['smallest']:.1f}–{result['largest']:.1f} px")
    print(f"{kind:18} {width:5} px: {result['tables']:2} tables, {result['charts']} charts, "
          f"{result['texts']:3} texts, {sizes}, {len(problems)} problems")
    return [f"{kind} at {width} px ({address}): {p}" for p in problems]


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    binary, shots = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(shots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="condorpress-browser-")
    site = os.path.join(work, "site")
    handler = functools.partial(SiteHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH}"
    try:
        build = subprocess.run([binary, "build", "--output", site, "--base-url", base],
                               capture_output=True, text=True)
        if build.returncode != 0:
            raise SystemExit(f"page_checks: the build failed:\n{build.stderr}")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        driver = browser()
        failures = []
        views = 0
        try:
            axe = Axe(driver)
            for kind, address in page_kinds(site):
                for width in WIDTHS:
                    failures += check_view(driver, axe, base, kind, address, width, shots)
                    views += 1
        finally:
            driver.quit()
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"\nBrowser checks: {len(failures)} problems in {views} page views:", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        sys.exit(1)
    print(f"Browser checks: {views} page views clean; screenshots in {shots}")


if __name__ == "__main__":
    main()
