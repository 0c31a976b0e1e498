// Search over Pagefind's index (site/pagefind/ and, on a large site, site/pagefind-2/...,
// built after MkDocs by generator/site/search.py).
// Pagefind keeps one index per page language and stems the query with that language's rules,
// so the query goes to one Pagefind instance per language ("bijak" finds "kebijakan" in the
// Indonesian index) and the results are merged by score. Result text is placed with
// textContent; only Pagefind's <mark> survives, rebuilt as an element.

const form = document.querySelector(".search-form");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const base = new URL(form.dataset.base || "./", location.href);
const bundles = (form.dataset.bundles || "pagefind")
  .split(/\s+/)
  .filter(Boolean)
  .map((name) => new URL(`${name}/`, base));
const MAX_RESULTS = 20;

let instancesPromise = null;
let latest = 0;

async function loadInstances() {
  // A large site is indexed in several bundles (generator/site/search.py); each lists the
  // languages it holds.
  const entries = await Promise.all(
    bundles.map(async (b) => (await (await fetch(new URL("pagefind-entry.json", b))).json()).languages || {}),
  );
  const languages = [...new Set(entries.flatMap((e) => Object.keys(e)))];
  const root = document.documentElement;
  const pageLang = root.getAttribute("lang");
  const instances = [];
  try {
    for (const lang of languages) {
      const holders = bundles.filter((_, i) => lang in entries[i]);
      const [primary, ...others] = holders;
      // One module instance (its own worker and WebAssembly) per language: Pagefind's wasm
      // keeps global state, so two languages must not share a worker. Pagefind picks the
      // language from <html lang> when it starts, so it is set for the moment of init.
      const url = new URL("pagefind.js", primary);
      url.searchParams.set("lang", lang);
      const pagefind = await import(url.href);
      root.setAttribute("lang", lang);
      await pagefind.options({ basePath: primary.pathname, baseUrl: base.pathname, excerptLength: 24 });
      await pagefind.init();
      root.setAttribute("lang", pageLang);
      for (const other of others) {
        await pagefind.mergeIndex(other.pathname, { language: lang, baseUrl: base.pathname });
      }
      instances.push(pagefind);
    }
  } finally {
    root.setAttribute("lang", pageLang);
  }
  return instances;
}

function say(text) {
  status.textContent = text;
}

function appendExcerpt(parent, html) {
  // Pagefind's excerpt is escaped text with <mark> around hits: parse it inertly, keep marks.
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      parent.appendChild(mark);
    } else {
      parent.appendChild(document.createTextNode(node.textContent));
    }
  }
}

function render(items) {
  list.replaceChildren();
  for (const data of items) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    const h = document.createElement("h2");
    h.className = "result-title";
    h.appendChild(link);
    const excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    appendExcerpt(excerpt, data.excerpt || "");
    li.append(h, excerpt);
    list.appendChild(li);
  }
}

async function run(query) {
  const id = ++latest;
  query = query.trim();
  if (!query) {
    list.replaceChildren();
    say("");
    return;
  }
  say(status.dataset.loading);
  let instances;
  try {
    instancesPromise = instancesPromise || loadInstances();
    instances = await instancesPromise;
  } catch (err) {
    instancesPromise = null;
    say(status.dataset.unavailable);
    return;
  }
  const answers = await Promise.all(instances.map((i) => i.search(query)));
  if (id !== latest) return; // a newer query is running
  const hits = answers.flatMap((a) => (a && a.results) || []);
  hits.sort((a, b) => b.score - a.score);
  const items = await Promise.all(hits.slice(0, MAX_RESULTS).map((h) => h.data()));
  if (id !== latest) return;
  render(items);
  if (!items.length) say(status.dataset.empty);
  else if (hits.length === 1) say(status.dataset.one);
  else say(status.dataset.count.replace("{n}", String(hits.length)));
}

let timer = null;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    run(input.value);
  }, 200);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value);
  history.replaceState(null, "", url);
  run(input.value);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  run(initial);
}
