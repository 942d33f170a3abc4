// Formal complaints (seed 004): the decision form says, before it is sent, when the chosen sanction departs from the
// committee's advice — reasons are then required (the service refuses the decision without them).
(function () {
  var form = document.getElementById('decision-form');
  if (!form) { return; }
  var select = document.getElementById('decision-sanction-select');
  var notice = document.getElementById('departure-notice');
  var advice = form.getAttribute('data-advice') || 'none';
  function update() {
    var departs = (select.value || 'none') !== advice;
    notice.hidden = !departs;
  }
  select.addEventListener('change', update);
  update();
}());
