// NRM hub progressive enhancement (pages work without it): confirm destructive buttons, submit filters on change.
"use strict";
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-confirm]");
  if (button && !window.confirm(button.getAttribute("data-confirm"))) {
    event.preventDefault();
  }
});
document.addEventListener("change", function (event) {
  var field = event.target;
  if (field.matches("form.filters select")) {
    field.form.requestSubmit();
  }
});
