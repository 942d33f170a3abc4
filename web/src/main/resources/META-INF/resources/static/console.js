// The supervisor's live console: follows /console/stream (server-sent events) and puts each live alert on the page as
// it comes, newest first, from the <template> the page holds (texts, CSRF token and forms rendered by the server).
// The browser's EventSource reconnects by itself and sends Last-Event-ID; after being offline the script opens a new
// stream with ?after=<the last alert seen>, so no alert raised meanwhile is lost.
(function () {
  'use strict';
  var list = document.getElementById('alerts');
  var template = document.getElementById('alert-template');
  if (!list || !template || !window.EventSource) { return; }
  var status = document.getElementById('console-status');
  var announcer = document.getElementById('console-announcer');
  var empty = document.getElementById('no-alerts');
  var ruleNames = names('rule-names', 'rule');
  var siteNames = names('site-names', 'site');
  var siteZones = {};
  document.querySelectorAll('#site-names [data-site]').forEach(function (li) {
    siteZones[li.getAttribute('data-site')] = li.getAttribute('data-zone');
  });
  var lastId = null;
  var source = null;

  function names(id, attribute) {
    var found = {};
    document.querySelectorAll('#' + id + ' [data-' + attribute + ']').forEach(function (li) {
      found[li.getAttribute('data-' + attribute)] = li.textContent;
    });
    return found;
  }

  function show(state) {
    status.setAttribute('data-state', state);
    status.textContent = status.getAttribute('data-' + state);
  }

  function field(card, name) {
    return card.querySelector('[data-field="' + name + '"]');
  }

  function time(iso, site) {
    try {
      return new Date(iso).toLocaleTimeString(document.documentElement.lang,
        { timeZone: siteZones[site] || undefined, hour: '2-digit', minute: '2-digit', second: '2-digit' });
    } catch (e) {
      return iso;
    }
  }

  function card(alert) {
    var existing = list.querySelector('[data-suggestion-id="' + CSS.escape(alert.suggestionId) + '"]');
    if (existing) { return { element: existing, fresh: false }; }
    var li = template.content.firstElementChild.cloneNode(true);
    var key = alert.suggestionId;
    li.setAttribute('data-suggestion-id', key);
    li.setAttribute('data-call-id', alert.callId);
    li.id = 'alert-' + key;
    var title = li.querySelector('.alert-title');
    title.id = 'alert-title-' + key;
    li.querySelector('article').setAttribute('aria-labelledby', title.id);
    field(li, 'call').textContent = alert.callId;
    field(li, 'site').textContent = siteNames[alert.site] || alert.site;
    field(li, 'agent').textContent = alert.agentId || '–';
    var at = field(li, 'time');
    at.setAttribute('datetime', alert.detectedAt);
    at.textContent = time(alert.detectedAt, alert.site);
    li.querySelectorAll('form[data-action]').forEach(function (form) {
      form.action = '/console/suggestions/' + encodeURIComponent(key) + '/' + form.getAttribute('data-action');
    });
    var caller = field(li, 'caller');
    if (alert.callerSubjectKey) {
      fetch('/console/callers/' + encodeURIComponent(alert.callerSubjectKey), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { caller.innerHTML = html; })
        .catch(function () { caller.textContent = caller.getAttribute('data-unknown'); });
    } else {
      caller.textContent = caller.getAttribute('data-unknown');
    }
    return { element: li, fresh: true };
  }

  function lines(li, alert) {
    var ol = field(li, 'lines');
    ol.textContent = '';
    (alert.lines || []).forEach(function (line) {
      var item = document.createElement('li');
      item.className = 'line line-' + (line.speaker === 'caller' ? 'caller' : 'agent');
      var who = document.createElement('strong');
      who.textContent = ol.getAttribute('data-' + (line.speaker === 'caller' ? 'caller' : 'agent')) + ': ';
      item.appendChild(who);
      item.appendChild(document.createTextNode(line.text));
      ol.appendChild(item);
    });
  }

  function received(event) {
    var alert;
    try { alert = JSON.parse(event.data); } catch (e) { return; }
    lastId = event.lastEventId || String(alert.sequence);
    if (alert.suggestionStatus && alert.suggestionStatus !== 'open') {
      var decided = list.querySelector('[data-suggestion-id="' + CSS.escape(alert.suggestionId) + '"]');
      if (decided) { decided.remove(); }
      empty.hidden = list.children.length > 0;
      return;
    }
    var made = card(alert);
    var li = made.element;
    var rules = (li.getAttribute('data-rules') || '').split(' ').filter(Boolean);
    if (rules.indexOf(alert.rule) < 0) { rules.push(alert.rule); }
    li.setAttribute('data-rules', rules.join(' '));
    field(li, 'rules').textContent = rules.map(function (r) { return ruleNames[r] || r; }).join(' · ');
    lines(li, alert);
    li.setAttribute('data-sequence', String(alert.sequence));
    list.insertBefore(li, list.firstChild);
    if (made.fresh) {
      // When the alert reached the screen, on the page's clock (milliseconds since the epoch).
      li.setAttribute('data-shown-at', String(Math.round(performance.timeOrigin + performance.now())));
    }
    empty.hidden = true;
    announcer.textContent = announcer.getAttribute('data-new-alert') + ': ' + (ruleNames[alert.rule] || alert.rule)
      + ', ' + (siteNames[alert.site] || alert.site);
  }

  function connect() {
    if (source) { source.close(); }
    source = new EventSource(list.getAttribute('data-stream') + (lastId ? '?after=' + encodeURIComponent(lastId) : ''));
    source.addEventListener('open', function () { show('live'); });
    source.addEventListener('error', function () { show(navigator.onLine === false ? 'offline' : 'reconnecting'); });
    source.addEventListener('live-alert', received);
  }

  window.addEventListener('offline', function () {
    if (source) { source.close(); source = null; }
    show('offline');
  });
  window.addEventListener('online', function () { show('connecting'); connect(); });
  connect();
})();
