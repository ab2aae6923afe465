// Mujaz default theme: the name filter of the entity directory. Without script the box stays hidden and the
// letter index leads to every name; with it, typing hides the names of this page that do not match.
(function () {
  "use strict";
  var box = document.querySelector(".directory-filter");
  var input = document.getElementById("directory-filter-query");
  if (!box || !input) { return; }
  // The spelling folds of Mujaz's matching key: marks and tatweel dropped, hamza seats, final ya, taa marbuta.
  function fold(text) {
    return text.toLowerCase()
      .replace(/[\u064B-\u0652\u0670\u0640\u200B-\u200F]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/[\u0649\u06CC]/g, "\u064A")
      .replace(/\u0629/g, "\u0647")
      .replace(/\s+/g, " ").trim();
  }
  var items = Array.prototype.map.call(document.querySelectorAll(".directory-group li"), function (item) {
    var link = item.querySelector("a");
    return { item: item, key: fold(link ? link.textContent : item.textContent) };
  });
  box.hidden = false;
  input.addEventListener("input", function () {
    var query = fold(input.value);
    items.forEach(function (entry) { entry.item.hidden = query !== "" && entry.key.indexOf(query) < 0; });
  });
}());
