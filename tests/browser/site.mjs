// Drives the built fixture site (tests/test_site_browser.py): every page kind at phone and
// desktop width (console errors, failed or external requests, axe-core, screenshots), citation
// links, navigation, search, the dark-mode toggle and the keyboard path.
// Params: { base, pages: {kind: path}, briefing, cite, search: {query: [...]}, shots }.
import { main, withBrowser, openPage, axe, screenshot, trackRequests } from "./lib.mjs";

async function visit(browser, url, width, shot) {
  const { page, context, errors, failedRequests } = await openPage(browser, null, { width });
  const requests = trackRequests(page);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(150);
  const violations = await axe(page);
  await screenshot(page, shot);
  const lang = await page.evaluate(() => document.documentElement.lang);
  await context.close();
  return { url, width, errors, failedRequests, requests, violations, lang };
}

async function citation(browser, url, cite) {
  const { page, context, errors } = await openPage(browser, url, { width: 1280 });
  const link = page.locator(`a.cite[href="#${cite}"]`).first();
  await link.click();
  await page.waitForTimeout(300);
  const state = await page.evaluate((id) => {
    const el = document.getElementById(id);
    const r = el.getBoundingClientRect();
    return {
      highlighted: el.classList.contains("is-highlighted"),
      background: getComputedStyle(el).backgroundColor,
      inView: r.top >= 0 && r.bottom <= window.innerHeight,
      top: r.top,
      hash: location.hash,
      scrollY: window.scrollY,
    };
  }, cite);
  await context.close();
  return { ...state, errors };
}

async function navigation(browser, base, briefing) {
  const { page, context, errors } = await openPage(browser, base, { width: 1280 });
  await page.locator(`a[href$="${briefing}/"]`).first().click();
  await page.waitForLoadState("load");
  const briefingUrl = page.url();
  const actorLink = page.locator('.part-actors a[href*="actors/"]').first();
  const actorName = (await actorLink.textContent()).trim();
  await actorLink.click();
  await page.waitForLoadState("load");
  const actorUrl = page.url();
  const actorH1 = (await page.locator("h1").textContent()).trim();
  await page.locator('nav.site-nav a[href$="timeline/"]').click();
  await page.waitForLoadState("load");
  const timelineUrl = page.url();
  await context.close();
  return { briefingUrl, actorName, actorUrl, actorH1, timelineUrl, errors };
}

async function search(browser, base, query) {
  const { page, context, errors, failedRequests } = await openPage(browser, `${base}search/`, {
    width: 1280,
  });
  await page.fill("#search-input", query);
  await page.press("#search-input", "Enter");
  await page
    .waitForFunction(
      () => {
        const s = document.getElementById("search-status");
        return s.textContent && !s.textContent.endsWith("…");
      },
      null,
      { timeout: 15000 },
    )
    .catch(() => {});
  const results = await page.$$eval("#search-results a", (as) => as.map((a) => a.href));
  const status = await page.textContent("#search-status");
  const marks = await page.$$eval("#search-results mark", (ms) => ms.map((m) => m.textContent));
  await context.close();
  return { query, results, status, marks, errors, failedRequests };
}

async function darkMode(browser, url, shots) {
  const { page, context, errors } = await openPage(browser, url, { width: 1280 });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const before = await bg();
  await page.click("#theme-toggle");
  const after = await bg();
  if (shots) await screenshot(page, `${shots}/briefing-dark-1280.png`);
  const pressed = await page.getAttribute("#theme-toggle", "aria-pressed");
  await page.reload({ waitUntil: "load" });
  const afterReload = await bg();
  await context.close();
  const sys = await openPage(browser, url, { width: 1280, colorScheme: "dark" });
  const systemDark = await sys.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  if (shots) {
    await sys.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(sys.page, `${shots}/briefing-dark-390.png`);
  }
  await sys.context.close();
  return { before, after, pressed, afterReload, systemDark, errors };
}

async function keyboard(browser, url) {
  const { page, context } = await openPage(browser, url, { width: 1280 });
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({
    cls: document.activeElement.className,
    outline: getComputedStyle(document.activeElement).outlineStyle,
    visible: document.activeElement.getBoundingClientRect().top >= 0,
  }));
  await page.keyboard.press("Enter");
  await page.waitForTimeout(100);
  const afterSkip = await page.evaluate(() => document.activeElement.id);
  // Tab on from the main content reaches a link inside it
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => ({
    tag: document.activeElement.tagName,
    inMain: !!document.activeElement.closest("main"),
    outline: getComputedStyle(document.activeElement).outlineStyle,
  }));
  await context.close();
  return { first, afterSkip, next };
}

async function print(browser, url, shots) {
  const { page, context } = await openPage(browser, url, { width: 1280, colorScheme: "dark" });
  await page.click("#theme-toggle").catch(() => {}); // even a reader in dark mode prints on white
  await page.emulateMedia({ media: "print" });
  const state = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector(".site-header")).display,
    toggle: getComputedStyle(document.querySelector(".theme-toggle")).display,
    background: getComputedStyle(document.body).backgroundColor,
    color: getComputedStyle(document.body).color,
    sourceShown: getComputedStyle(document.getElementById("source-text")).display,
  }));
  if (shots) await screenshot(page, `${shots}/briefing-print.png`);
  const pdf = await page.pdf({ format: "A4" });
  await context.close();
  return { ...state, pdfBytes: pdf.length };
}

main(async (params) =>
  withBrowser(async (browser) => {
    const pages = [];
    for (const [kind, path] of Object.entries(params.pages)) {
      for (const width of [390, 1280]) {
        const shot = params.shots ? `${params.shots}/${kind}-${width}.png` : null;
        pages.push({ kind, ...(await visit(browser, params.base + path, width, shot)) });
      }
    }
    const briefingUrl = params.base + params.briefing + "/";
    const searches = [];
    for (const q of params.search) searches.push(await search(browser, params.base, q));
    return {
      pages,
      citation: await citation(browser, briefingUrl, params.cite),
      navigation: await navigation(browser, params.base, params.briefing),
      searches,
      dark: await darkMode(browser, briefingUrl, params.shots),
      keyboard: await keyboard(browser, briefingUrl),
      print: await print(browser, briefingUrl, params.shots),
    };
  }),
);
