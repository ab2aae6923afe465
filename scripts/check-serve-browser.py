#!/usr/bin/env python3
"""Checks `mujaz serve` live reload in a real headless Chromium (Debian's chromium + chromedriver, Selenium).

Usage: python3 scripts/check-serve-browser.py [.build/release/mujaz]

On a fresh one-article site it checks that: saving the article reloads the open tab with the new text; a
template error shows the overlay with path:line over the last good page, also on a fresh load; fixing the
template reloads the tab and the overlay is gone; SIGINT stops the server. Exit code 0 when all hold.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

os.environ.setdefault("SE_OFFLINE", "true")

ARTICLE = '---\ntitle: "قمة القاهرة"\ndate: 2026-11-28T09:00:00+02:00\nslug: cairo-summit\n---\n\nاجتمع القادة.\n'


def reloaded(driver):
    return driver.execute_script("return window.__beforeSave === undefined")


def main():
    mujaz = sys.argv[1] if len(sys.argv) > 1 else ".build/release/mujaz"
    site = tempfile.mkdtemp(prefix="mujaz-serve-browser-")
    subprocess.run([mujaz, "init", site], check=True, stdout=subprocess.DEVNULL)
    article = os.path.join(site, "Content", "cairo.md")
    with open(article, "w", encoding="utf-8") as handle:
        handle.write(ARTICLE)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log_path = os.path.join(site, "serve.log")
    log = open(log_path, "w")
    server = subprocess.Popen([mujaz, "serve", "--root", site, "--port", str(port)], stdout=log, stderr=log)
    driver = None
    try:
        deadline = time.time() + 60
        while "built the site" not in open(log_path, encoding="utf-8").read():
            if time.time() > deadline or server.poll() is not None:
                raise RuntimeError("the first build did not finish; see " + log_path)
            time.sleep(0.05)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        wait = WebDriverWait(driver, 30)
        page = f"http://127.0.0.1:{port}/articles/cairo-summit/"
        driver.get(page)
        assert "اجتمع القادة" in driver.page_source

        driver.execute_script("window.__beforeSave = true")
        with open(article, "w", encoding="utf-8") as handle:
            handle.write(ARTICLE.replace("اجتمع القادة.", "اجتمع القادة مجددا."))
        wait.until(lambda d: reloaded(d) and "مجددا" in d.page_source)
        print("ok: saving the article reloaded the tab with the new text")

        template = os.path.join(site, "Templates", "article.mustache")
        good = open(template, encoding="utf-8").read()
        with open(template, "w", encoding="utf-8") as handle:
            handle.write(good + "\n{{#title}}\n")
        overlay = wait.until(lambda d: d.find_elements(By.ID, "mujaz-build-error"))
        assert "Templates/article.mustache:" in overlay[0].text and "مجددا" in driver.page_source
        print("ok: overlay over the last good page:", overlay[0].text.splitlines()[-1])
        driver.get(page)
        wait.until(lambda d: d.find_elements(By.ID, "mujaz-build-error"))
        print("ok: a page opened while the error stands shows it at once")

        driver.execute_script("window.__beforeSave = true")
        with open(template, "w", encoding="utf-8") as handle:
            handle.write(good)
        wait.until(lambda d: reloaded(d) and not d.find_elements(By.ID, "mujaz-build-error"))
        print("ok: the fix reloaded the tab and removed the overlay")
    finally:
        if driver:
            driver.quit()
        stopping = time.perf_counter()
        server.send_signal(signal.SIGINT)
        server.wait(timeout=5)
        print(f"shutdown after SIGINT: {(time.perf_counter() - stopping) * 1000:.0f} ms, exit code {server.returncode}")
        log.close()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
