// Drag and drop for the verify form: files dropped on the zone join the file input, so the form
// posts them as if chosen. Without this script the input works as it is.
(function () {
  "use strict";
  var zone = document.querySelector(".drop-zone");
  var input = document.getElementById("files");
  if (!zone || !input || typeof DataTransfer === "undefined") return;
  var hint = zone.querySelector(".hint");
  var label = zone.getAttribute("data-drop-label");
  function stop(event) { event.preventDefault(); event.stopPropagation(); }
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      stop(event);
      zone.classList.add("dragging");
      if (hint && label) hint.textContent = label;
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      stop(event);
      zone.classList.remove("dragging");
    });
  });
  zone.addEventListener("drop", function (event) {
    var files = new DataTransfer();
    Array.prototype.forEach.call(input.files, function (file) { files.items.add(file); });
    Array.prototype.forEach.call(event.dataTransfer.files, function (file) { files.items.add(file); });
    input.files = files.files;
    if (hint) hint.textContent = Array.prototype.map.call(input.files, function (file) { return file.name; }).join(", ");
  });
})();
