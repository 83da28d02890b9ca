// Suggestions under the search box as the visitor types: a progressive enhancement of a plain GET form,
// following the ARIA combobox pattern (list autocomplete). Choosing a suggestion opens that page.
(function () {
  "use strict";
  var input = document.getElementById("search-query");
  if (!input || !window.fetch) return;
  var list = document.createElement("ul");
  list.id = "search-suggestions";
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  var suggestions = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function show(results) {
    suggestions = results;
    list.textContent = "";
    results.forEach(function (result, index) {
      var item = document.createElement("li");
      item.id = "search-suggestion-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.textContent = result.title + " · " + result.type;
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = result.url;
      });
      list.appendChild(item);
    });
    if (results.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
  }

  function highlight(index) {
    var items = list.children;
    if (active >= 0 && items[active]) items[active].setAttribute("aria-selected", "false");
    active = index;
    if (active >= 0 && items[active]) {
      items[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[active].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function fetchSuggestions() {
    var text = input.value.trim();
    if (text.length < 2) return close();
    var url = new URL(input.dataset.autocompleteUrl, window.location.href);
    url.searchParams.set("q", text);
    var ticket = ++latest;
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (ticket === latest) show(data.results || []); })
      .catch(close);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      highlight((active + 1) % suggestions.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = suggestions[active].url;
    } else if (event.key === "Escape") {
      event.stopPropagation(); // Escape closes the suggestions here, not the page (quick exit)
      close();
    }
  });
  input.addEventListener("blur", close);
})();
