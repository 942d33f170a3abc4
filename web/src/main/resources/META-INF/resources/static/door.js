// The door list (issue 20): reload every minute so a ban that starts or ends shows within a minute; not while
// someone is using a form on the page, and never a photo download (right-click save is not offered either).
(function () {
  'use strict';
  document.querySelectorAll('.door-photos img').forEach(function (img) {
    img.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  });
  setInterval(function () {
    var active = document.activeElement;
    if (active && (active.tagName === 'SELECT' || active.tagName === 'INPUT' || active.tagName === 'TEXTAREA')) {
      return;
    }
    // a watch flag being written: do not throw it away
    var typed = Array.prototype.some.call(document.querySelectorAll('#flag-form input[type=text]'), function (i) {
      return i.value !== '';
    });
    if (typed) {
      return;
    }
    window.location.reload();
  }, 60000);
})();
