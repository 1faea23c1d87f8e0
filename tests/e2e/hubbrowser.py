"""Browser kit for hub tests: Debian's Chromium through Playwright, users made with the real CLI, a movable
server clock, sign-in through the real form, and screenshots of a page in both languages at two sizes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.central.hubweb import secret_of
from tests.e2e.postkit import central

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "hub"
USER_PASSWORD = "browser test password 7"


class ServerClock:
    """The served office's clock: real time plus an offset in a file the server re-reads (NRM_CENTRAL_TEST_CLOCK)."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset = path, 0.0
        path.write_text("0", "utf-8")

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.offset)

    def move(self, **delta: float) -> None:
        self.offset += timedelta(**delta).total_seconds()
        self.path.write_text(str(self.offset), "utf-8")


@dataclass
class HubUser:
    """An account made with `nrm-central user add`; the secret comes from the otpauth URI it printed."""

    username: str
    role: str
    uri: str

    def code(self, moment: datetime) -> str:
        from central.hub.credentials import code_at

        return code_at(secret_of(self.uri), int(moment.timestamp()) // 30)


def add_user(office_dir: Path, username: str, role: str, organisation: str | None = None) -> HubUser:
    os.environ["NRM_CENTRAL_USER_PASSWORD"] = USER_PASSWORD
    extra = ["--organisation", organisation] if organisation else []
    rc, out = central("user", "add", "--data-dir", str(office_dir), "--username", username, "--role", role, *extra)
    assert rc == 0 and out.startswith("otpauth://"), out
    return HubUser(username, role, out.strip())


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)


def sign_in(page, base: str, user: HubUser, clock: ServerClock, *, lang: str = "en") -> None:
    """Fill in the login form like a person (a new TOTP step each time: a code is good once)."""
    clock.move(seconds=30)
    page.goto(f"{base}/hub/lang/{lang}?next=/hub/login")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", USER_PASSWORD)
    page.fill("input[name=code]", user.code(clock.now()))
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "/hub/login" not in page.url, page.content()


def shoot(browser, base: str, path: str, name: str, *, user: HubUser | None, clock: ServerClock,
          prepare=None) -> list[Path]:
    """Screenshots of one page in English and Urdu at 1366x768 and 390x844, each in a fresh signed-in context."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    made = []
    for lang in ("en", "ur"):
        for size, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport, device_scale_factor=1,
                                          locale="ur-PK" if lang == "ur" else "en-GB")
            page = context.new_page()
            if user is not None:
                sign_in(page, base, user, clock, lang=lang)
            else:
                page.goto(f"{base}/hub/lang/{lang}?next={path}")
            page.goto(base + path)
            if prepare is not None:
                prepare(page)
            assert page.locator("html").get_attribute("lang") == lang
            assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ur" else "ltr")
            page.evaluate("document.fonts.ready")
            target = SHOTS / f"{name}-{lang}-{size}.png"
            page.screenshot(path=str(target), full_page=True)
            made.append(target)
            context.close()
    return made
