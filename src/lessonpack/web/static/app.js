// lessonpack page: progressive enhancement only. Everything works without this file; with it,
// colours are checked for contrast as you type (the same pairs, maths and words as the
// server's brand check, lessonpack/content/brand.py and lessonpack/contrast.py), focus moves to the
// problems or the preview after a submit, and the page says when a build is under way.
"use strict";

const AA = 4.5;
const WHITE = "#FFFFFF";
const TEXT_DARK = "#1A1A1A";
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

function linear(channel) {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

function luminance(hex) {
  const n = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * linear(n[0]) + 0.7152 * linear(n[1]) + 0.0722 * linear(n[2]);
}

function ratio(a, b) {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// Rounded down, as the server does, so a failing ratio never shows as the threshold itself.
function formatRatio(r) {
  return (Math.floor(r * 10) / 10).toFixed(1) + ":1";
}

// Every text/background pair the layouts use, as in brand.contrast_failures.
// colours: {primary, secondary, accent, light} as "#RRGGBB"; given: names the user filled in.
function contrastFailures(colours, given) {
  const c = colours;
  const pairs = [
    [["primary"], WHITE, c.primary, "white text on {bg}"],
    [["secondary"], WHITE, c.secondary, "white text on {bg}"],
    [["accent"], WHITE, c.accent, "white text on {bg}"],
    [["light"], TEXT_DARK, c.light, "dark text (" + TEXT_DARK + ") on {bg}"],
    [["secondary", "light"], c.secondary, c.light, "{fg} text on the light colour {bg}"],
    [["primary", "light"], c.primary, c.light, "{fg} text on the light colour {bg}"],
  ];
  const out = [];
  for (const [fields, fg, bg, words] of pairs) {
    const r = ratio(fg, bg);
    if (r < AA) {
      const said = words.replace("{fg}", fg.toUpperCase()).replace("{bg}", bg.toUpperCase());
      const present = fields.filter((f) => given.includes(f));
      out.push({
        field: present.length ? present[0] : fields[0],
        message: said + " has contrast " + formatRatio(r) + "; WCAG AA needs " + AA + ":1",
      });
    }
  }
  return out;
}
window.lessonpackContrast = contrastFailures; // the browser tests compare it with the server

function pyRepr(text) {
  return text.includes("'") && !text.includes('"') ? '"' + text + '"' : "'" + text + "'";
}

function checkColours(showFormat) {
  const inputs = Array.from(document.querySelectorAll("input[data-colour]"));
  const colours = {};
  const given = [];
  const messages = {};
  for (const input of inputs) {
    const name = input.dataset.colour;
    const value = input.value.trim();
    messages[name] = [];
    if (value === "") {
      colours[name] = input.dataset.default;
    } else if (COLOUR.test(value)) {
      colours[name] = value.toUpperCase();
      given.push(name);
    } else {
      colours[name] = null;
      if (showFormat || input.dataset.touched) {
        messages[name].push(pyRepr(value) + ' is not a colour; write it as "#RRGGBB", e.g. ' +
                            '"#1B2A4A" (error LP150)');
      }
    }
  }
  if (Object.values(colours).every((v) => v)) {
    for (const f of contrastFailures(colours, given)) {
      messages[f.field].push(f.message + " (error LP151)");
    }
  }
  for (const input of inputs) {
    const name = input.dataset.colour;
    const box = document.getElementById(input.id + "-error");
    const field = input.closest(".field");
    const list = messages[name];
    const text = list.join(" | ");
    if (box.dataset.shown !== text) {
      box.replaceChildren(...list.map((m) => {
        const p = document.createElement("p");
        const hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = "Error: ";
        p.append(hidden, m);
        return p;
      }));
      box.dataset.shown = text;
    }
    box.hidden = list.length === 0;
    field.classList.toggle("field--error", list.length > 0);
    if (list.length) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    const picker = document.getElementById(input.id + "-picker");
    if (picker && colours[name]) picker.value = colours[name].toLowerCase();
  }
}

function addPickers() {
  for (const input of document.querySelectorAll("input[data-colour]")) {
    const picker = document.createElement("input");
    picker.type = "color";
    picker.id = input.id + "-picker";
    picker.className = "picker";
    const label = document.querySelector('label[for="' + input.id + '"]').textContent;
    picker.setAttribute("aria-label", label + ": choose from a palette");
    picker.addEventListener("input", () => {
      input.value = picker.value.toUpperCase();
      input.dataset.touched = "1";
      checkColours(false);
    });
    input.parentElement.append(picker);
  }
}

function watchLogo() {
  const input = document.getElementById("f-logo");
  if (!input) return;
  input.addEventListener("change", () => {
    let img = document.getElementById("logo-chosen");
    const file = input.files && input.files[0];
    if (!file || !/^image\/(png|jpeg)$/.test(file.type)) {
      if (img) img.remove();
      return;
    }
    if (!img) {
      img = document.createElement("img");
      img.id = "logo-chosen";
      img.className = "logo-chosen";
      input.after(img);
    }
    img.alt = "The logo you chose, " + file.name;
    img.src = URL.createObjectURL(file);
  });
}

function announceBuilds() {
  const form = document.getElementById("lp-form");
  const status = document.getElementById("build-status");
  if (!form || !status) return;
  form.addEventListener("submit", (event) => {
    const action = (event.submitter && event.submitter.getAttribute("formaction")) || "";
    if (action.startsWith("/download")) {
      status.textContent = "Building your pack. The download starts in a few seconds.";
      setTimeout(() => { status.textContent = ""; }, 20000);
    } else if (action.startsWith("/preview")) {
      status.textContent = "Building the preview. This takes a few seconds.";
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  addPickers();
  for (const input of document.querySelectorAll("input[data-colour]")) {
    input.addEventListener("input", () => checkColours(false));
    input.addEventListener("change", () => {
      input.dataset.touched = "1";
      checkColours(true);
    });
  }
  // Colours the server already judged keep its words until they change.
  if (!document.querySelector(".field--colour.field--error")) checkColours(false);
  watchLogo();
  announceBuilds();
  const target = document.querySelector("[data-focus]");
  if (target) target.focus();
});
