// Stepwise console: the little the pages need beyond htmx. Kept dependency-free and small.
"use strict";

// A state in a graph is a button: Enter or Space opens it as a click does.
document.addEventListener("keydown", (event) => {
  const state = event.target.closest && event.target.closest(".sw-state");
  if (state && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    state.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  }
});
