// Stepwise console: executions and activities. Selecting a state shows its details; the event
// table filters in place; JSON fields are checked before their form is sent; tokens copy.
"use strict";
(() => {
  const selected = { name: null };

  // Loads a state's details into the panel beside the graph (htmx), marking it selected.
  function showState(name) {
    const live = document.getElementById("execution-live");
    const panel = document.getElementById("state-details");
    if (!live || !panel || !window.htmx) {
      return false;
    }
    selected.name = name;
    markSelected();
    const url = "/execution/state?arn=" + encodeURIComponent(live.dataset.executionArn) +
      "&name=" + encodeURIComponent(name);
    window.htmx.ajax("GET", url, { target: "#state-details", swap: "innerHTML" });
    return true;
  }

  // Live updates replace the graph: the selection is drawn again on the new one.
  function markSelected() {
    document.querySelectorAll("#execution-graph .sw-state").forEach((state) => {
      const on = state.dataset.state === selected.name;
      state.classList.toggle("selected", on);
      state.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  document.addEventListener("click", (event) => {
    const state = event.target.closest && event.target.closest("#execution-graph .sw-state");
    if (state) {
      showState(state.dataset.state);
      return;
    }
    const step = event.target.closest && event.target.closest("#execution-events .step-link");
    if (step && !event.ctrlKey && !event.metaKey && !event.shiftKey && showState(step.dataset.state)) {
      event.preventDefault();
      document.getElementById("state-details").scrollIntoView({ block: "nearest" });
    }
    const copy = event.target.closest && event.target.closest(".copy-token");
    if (copy) {
      const field = document.getElementById(copy.dataset.copy);
      field.select();
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(() => { copy.textContent = "Copied"; }, () => {});
      }
    }
  });

  // The event table: shows the rows of the chosen group that contain the text, without a reload.
  function filterEvents() {
    const group = document.getElementById("event-group");
    const text = document.getElementById("event-text");
    if (!group || !text) {
      return;
    }
    const needle = text.value.trim().toLowerCase();
    document.querySelectorAll("#execution-events tbody tr").forEach((row) => {
      const inGroup = group.value === "all" || (row.dataset.groups || "").split(" ").includes(group.value);
      const hasText = needle === "" || row.textContent.toLowerCase().includes(needle);
      row.hidden = !(inGroup && hasText);
    });
  }

  document.addEventListener("input", (event) => {
    if (event.target.closest && event.target.closest("#event-filters")) {
      filterEvents();
    }
    if (event.target.matches && event.target.matches("textarea[data-json]")) {
      checkJson(event.target, false);
    }
  });
  document.addEventListener("change", (event) => {
    if (event.target.closest && event.target.closest("#event-filters")) {
      filterEvents();
    }
  });
  document.addEventListener("submit", (event) => {
    if (event.target.id === "event-filters") {
      // Filtered here already; the form's GET is for pages without scripts.
      event.preventDefault();
      filterEvents();
    }
  });

  document.addEventListener("htmx:afterSettle", () => {
    markSelected();
    filterEvents();
  });
  document.addEventListener("htmx:sseMessage", () => {
    markSelected();
    filterEvents();
  });

  // A JSON field says what is wrong as the user types, and its form is not sent until it parses.
  function checkJson(field, focus) {
    const error = document.getElementById(field.getAttribute("aria-describedby"));
    let message = "";
    try {
      JSON.parse(field.value.trim() === "" ? "{}" : field.value);
    } catch (e) {
      message = "Not valid JSON: " + e.message;
    }
    field.setAttribute("aria-invalid", message ? "true" : "false");
    if (error) {
      error.textContent = message;
      error.hidden = !message;
    }
    if (message && focus) {
      field.focus();
    }
    return !message;
  }

  // Capturing, so that a form with invalid JSON stops here before htmx sends it.
  document.addEventListener("submit", (event) => {
    const fields = event.target.querySelectorAll ? event.target.querySelectorAll("textarea[data-json]") : [];
    for (const field of fields) {
      if (!checkJson(field, true)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
    }
  }, true);

  document.addEventListener("DOMContentLoaded", filterEvents);
})();
