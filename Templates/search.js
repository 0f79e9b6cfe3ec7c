// CondorPress search: queries the Pagefind index the build wrote into ../pagefind/ and lists the
// matching pages. A progressive enhancement: the form stays hidden (and the page's links to the
// archive, glossary and rules stay) without JavaScript, from file:// (where a browser refuses to
// fetch the index), or when the index cannot be loaded. No external resources.
const form = document.getElementById("search-form");
const input = document.getElementById("search-query");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const fallback = document.getElementById("search-fallback");
// The site's root, wherever the site is published (a host's root or a sub-path).
const root = new URL("../", import.meta.url);
const shown = 20;

async function loadIndex() {
  if (location.protocol === "file:") return null;
  try {
    const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: root.pathname });
    await pagefind.init();
    return pagefind;
  } catch (error) {
    return null;
  }
}

function resultItem(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = (data.meta && data.meta.title) || data.url;
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  // Pagefind's excerpt: the page's own text, escaped, with the matches in <mark>.
  excerpt.innerHTML = data.excerpt;
  item.append(link, excerpt);
  return item;
}

async function show(pagefind, query) {
  const words = query.trim();
  const address = words ? "?q=" + encodeURIComponent(words) : location.pathname;
  history.replaceState(null, "", address);
  if (!words) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const search = await pagefind.debouncedSearch(words, {}, 200);
  if (search === null) return; // A newer query superseded this one.
  const pages = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
  if (input.value.trim() !== words) return;
  list.replaceChildren(...pages.map(resultItem));
  const count = search.results.length;
  status.textContent =
    count === 0 ? `No page matches “${words}”.`
    : count === 1 ? `1 page matches “${words}”.`
    : count > shown ? `${count} pages match “${words}”; the best ${shown} are listed.`
    : `${count} pages match “${words}”.`;
}

const pagefind = await loadIndex();
if (pagefind) {
  form.hidden = false;
  fallback.hidden = true;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show(pagefind, input.value);
  });
  input.addEventListener("input", () => show(pagefind, input.value));
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    show(pagefind, query);
  }
  input.focus();
}
