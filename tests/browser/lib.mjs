// Shared helpers for the browser tests: Debian's Chromium through playwright-core, console errors
// and failed requests collected per page, axe-core from node_modules, screenshots.
//
// A test script reads its parameters as JSON on stdin and prints one JSON object on stdout
// (tests/conftest.py: run_browser). Typical use:
//
//   import { main, withBrowser, openPage, axe } from "./lib.mjs";
//   main(async (params) => withBrowser(async (browser) => {
//     const { page, errors, failedRequests } = await openPage(browser, params.url, { width: 390 });
//     return { errors, failedRequests, violations: await axe(page) };
//   }));

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Read the JSON parameters the Python side wrote on stdin. */
export function readParams() {
  const text = readFileSync(0, "utf-8");
  return text.trim() ? JSON.parse(text) : {};
}

/** Run `fn(params)`, print its result as JSON; any exception exits 1 with the stack on stderr. */
export async function main(fn) {
  try {
    const result = await fn(readParams());
    process.stdout.write(JSON.stringify(result ?? {}) + "\n");
  } catch (err) {
    process.stderr.write((err && err.stack) || String(err));
    process.stderr.write("\n");
    process.exit(1);
  }
}

/** Launch Chromium, run `fn(browser)`, always close the browser; returns what `fn` returns. */
export async function withBrowser(fn) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Open `url` in a fresh context of the given width (default 1280) and colour scheme.
 * Returns { page, context, errors, failedRequests }: `errors` collects console errors and
 * uncaught page errors, `failedRequests` every request that failed or answered >= 400 (as
 * "STATUS URL" strings). Both keep filling while the page is used.
 */
export async function openPage(browser, url, options = {}) {
  const { width = 1280, height = width < 600 ? 844 : 900, colorScheme = "light" } = options;
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors = [];
  const failedRequests = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("requestfailed", (req) =>
    failedRequests.push(`failed ${req.url()} ${req.failure()?.errorText ?? ""}`.trim()),
  );
  page.on("response", (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.status()} ${res.url()}`);
  });
  if (url) await page.goto(url, { waitUntil: "load" });
  return { page, context, errors, failedRequests };
}

/** Non-http(s) requests a page made (data: and blob: excluded): a page must make none. */
export function externalRequests(requests, baseUrl) {
  return requests.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob|about):/.test(u));
}

/** Record every URL a page requests (call before navigating). */
export function trackRequests(page) {
  const urls = [];
  page.on("request", (req) => urls.push(req.url()));
  return urls;
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf-8");

/**
 * Run axe-core on the page; returns the violations at or above `minImpact`
 * ("serious" by default) as [{id, impact, help, nodes: [target, ...]}].
 */
export async function axe(page, { minImpact = "serious" } = {}) {
  const order = ["minor", "moderate", "serious", "critical"];
  // evaluate (not a <script> tag) so a page's Content-Security-Policy cannot block axe
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 10),
    }));
  });
  return results.filter((v) => order.indexOf(v.impact) >= order.indexOf(minImpact));
}

/** Save a full-page PNG (when `path` is given); returns the path. */
export async function screenshot(page, path, { fullPage = true } = {}) {
  if (path) await page.screenshot({ path, fullPage });
  return path;
}
