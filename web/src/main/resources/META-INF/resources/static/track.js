// The tracking link carries reference and tracking code after '#': the browser never sends that part to a server.
// Read it here, put it into the form, wipe it from the address bar and history, and send the form (a POST).
(function () {
  var hash = window.location.hash;
  if (!hash || hash.length < 2) { return; }
  var params = new URLSearchParams(hash.substring(1));
  var reference = params.get('ref');
  var code = params.get('code');
  history.replaceState(null, '', window.location.pathname);
  if (!reference || !code) { return; }
  var form = document.getElementById('track-form');
  document.getElementById('reference').value = reference;
  document.getElementById('secret').value = code;
  form.submit();
})();
