// Offers printing the page with the reference and tracking code (a button, as scripts may not be inline).
(function () {
  var button = document.getElementById('print');
  if (!button) { return; }
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
})();
