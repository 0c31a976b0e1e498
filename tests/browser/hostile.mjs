// Loads every page of a site built from hostile seeds (tests/fixtures/hostile) and reports,
// per page, whether anything the seeds injected ran or exists in the DOM.
//
// params: { base: "http://127.0.0.1:PORT/", pages: ["", "actors/", ...], settle: ms }
// prints: { pages: [{ path, pwned, dialogs, errors, injected: [...], shownText: bool }] }

import { main, openPage, withBrowser } from "./lib.mjs";

// Runs in the page: every element or attribute that could only have come from the seeds.
function findInjected() {
  const found = [];
  const suspicious = /pwned|alert\(/i;
  const badUrl = /^\s*(javascript|data|vbscript):/i;
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (["iframe", "object", "embed", "marquee", "frame", "frameset", "applet"].includes(tag)) {
      found.push(`<${tag}> element`);
    }
    if (tag === "script" && suspicious.test(el.textContent || "")) {
      found.push(`<script> with ${(el.textContent || "").slice(0, 60)}`);
    }
    if (tag === "style" && /display:\s*none/.test(el.textContent || "") && el.closest("main")) {
      found.push("<style> from the text");
    }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${tag}[${name}]`);
      if (["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data"].includes(name)) {
        if (badUrl.test(attr.value) || name === "srcdoc") found.push(`${tag}[${name}=${attr.value.slice(0, 60)}]`);
      }
    }
    if (tag === "img" && el.getAttribute("src") === "x") found.push("<img src=x> from the text");
  }
  return found;
}

main(async (params) =>
  withBrowser(async (browser) => {
    const results = [];
    for (const path of params.pages) {
      const dialogs = [];
      const { page, context, errors } = await openPage(browser, null);
      page.on("dialog", async (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      await page.goto(params.base + path, { waitUntil: "load" });
      // give deferred scripts, search results and lazy handlers their chance to run
      await page.waitForTimeout(params.settle ?? 300);
      await page.mouse.move(200, 300);
      await page.mouse.move(400, 500);
      const pwned = await page.evaluate(() => window.__pwned !== undefined || parent.__pwned !== undefined);
      const injected = await page.evaluate(findInjected);
      const text = await page.evaluate(() => document.body.innerText || "");
      results.push({
        path,
        pwned,
        dialogs,
        errors,
        injected,
        shownText: /window\.__pwned|alert\(1\)/.test(text),
      });
      await context.close();
    }
    return { pages: results };
  }),
);
