// Stepwise console, state machines: the definition editor's line numbers, its Tab key, and
// diagnostics that take the user to their line. Everything else on these pages is htmx.
"use strict";

(() => {
  const editor = () => document.getElementById("definition");

  // The gutter shows one number a line of the text, and scrolls with it.
  const renumber = () => {
    const text = editor();
    const gutter = document.getElementById("definition-gutter");
    if (!text || !gutter) {
      return;
    }
    const lines = text.value.split("\n").length;
    if (gutter.dataset.lines !== String(lines)) {
      let numbers = "";
      for (let i = 1; i <= lines; i++) {
        numbers += i + "\n";
      }
      gutter.textContent = numbers;
      gutter.dataset.lines = String(lines);
    }
    gutter.scrollTop = text.scrollTop;
  };

  // Selects a line of the editor (counted from 1) and scrolls it into view.
  const goTo = (line) => {
    const text = editor();
    const lines = text.value.split("\n");
    const index = Math.max(0, Math.min(line, lines.length) - 1);
    let start = 0;
    for (let i = 0; i < index; i++) {
      start += lines[i].length + 1;
    }
    const end = start + lines[index].length;
    text.focus();
    text.setSelectionRange(start, end, "forward");
    // Put the line a few lines from the top: lineHeight is what the styles give the textarea.
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 19;
    text.scrollTop = Math.max(0, (index - 3) * lineHeight);
    renumber();
  };

  // Tab inserts two spaces, as code editors do. A keyboard user must still be able to leave the
  // field: Escape disarms the next Tab, which then moves the focus as Tab always does.
  let escaped = false;
  document.addEventListener("keydown", (event) => {
    if (event.target !== editor()) {
      return;
    }
    if (event.key === "Escape") {
      escaped = true;
      return;
    }
    if (event.key === "Tab" && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && !escaped) {
      event.preventDefault();
      const text = event.target;
      // insertText keeps the browser's undo history; setRangeText is the fallback.
      if (!document.execCommand || !document.execCommand("insertText", false, "  ")) {
        text.setRangeText("  ", text.selectionStart, text.selectionEnd, "end");
        text.dispatchEvent(new Event("input", { bubbles: true }));
      }
      return;
    }
    escaped = false;
  });
  document.addEventListener("focusout", (event) => {
    if (event.target === editor()) {
      escaped = false;
    }
  });

  document.addEventListener("input", (event) => {
    if (event.target === editor()) {
      renumber();
    }
  });
  document.addEventListener("scroll", (event) => {
    if (event.target === editor()) {
      renumber();
    }
  }, true);

  // A diagnostic's place is a link to the editor; with this script it selects the very line.
  document.addEventListener("click", (event) => {
    const place = event.target.closest && event.target.closest("a.diagnostic-place");
    if (place && editor()) {
      event.preventDefault();
      goTo(Number(place.dataset.line));
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renumber);
  } else {
    renumber();
  }
})();
