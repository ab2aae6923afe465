#!/usr/bin/env python3
"""Screenshots of a built Mujaz site: home, an article, an entity, the directory and a briefing, each at desktop
width (1280 px), mobile width (390 px) and desktop width in dark mode, into OUT as PAGE.png, PAGE-mobile.png and
PAGE-dark.png.

Usage: scripts/screenshots.py PUBLIC_DIR OUT_DIR
Needs Debian's chromium and chromium-driver and the selenium package (../shared/tools/install_web_tools.sh).
The site is served from 127.0.0.1 only; nothing leaves the machine.
"""
import functools
import http.server
import os
import re
import sys
import threading

os.environ.setdefault("SE_OFFLINE", "true")
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

VARIANTS = [("", (1280, 900), "light"), ("-mobile", (390, 844), "light"), ("-dark", (1280, 900), "dark")]


def serve(folder):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *args: None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def first_link(folder, page, pattern):
    """The first href of PAGE (a URL path) that matches PATTERN."""
    path = os.path.join(folder, page.strip("/"), "index.html") if page != "/" else os.path.join(folder, "index.html")
    with open(path, encoding="utf-8") as handle:
        match = re.search(r'href="(' + pattern + r')"', handle.read())
    if not match:
        sys.exit(f"screenshots: no link matching {pattern} on {page}")
    return match.group(1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    from urllib.parse import unquote
    article = first_link(folder, "/", r'/articles/[^"]+')
    entity = first_link(folder, unquote(article), r'/(?:people|organizations|places)/[^"]+')
    pages = {"home": "/", "article": article, "entity": entity, "directory": "/entities/",
             "briefing": first_link(folder, "/", r"/briefings/\d{4}-\d\d-\d\d/")}
    server = serve(folder)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=ar"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        for suffix, (width, height), scheme in VARIANTS:
            driver.set_window_size(width, height)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for name, path in pages.items():
                driver.get(base + path)
                file = os.path.join(out, f"{name}{suffix}.png")
                driver.save_screenshot(file)
                print(f"{file}: {path}")
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
