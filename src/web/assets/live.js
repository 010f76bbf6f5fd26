// Live updates for the pages of Omställning: follows /events/live and, when the
// ledger records something, fetches the same page again and swaps the parts
// marked data-live-region. The page stays complete and correct without it.
/* global window, document, URL, fetch, DOMParser, EventSource */
(function () {
  'use strict';

  var body = document.body;
  var streamUrl = body.getAttribute('data-live-url');
  if (!streamUrl || typeof window.EventSource !== 'function') return;

  var renderedAt = Number(body.getAttribute('data-live-position') || '0');
  var latest = renderedAt;
  var waiting = [];
  var refreshing = false;
  var pending = false;

  function setState(state, text) {
    body.setAttribute('data-live-state', state);
    var nodes = document.querySelectorAll('[data-live-state-text]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = text;
  }

  function announce(texts) {
    var announcer = document.getElementById('live-announcer');
    if (!announcer || texts.length === 0) return;
    var line = document.createElement('p');
    line.textContent = texts.length === 1 ? 'Nytt i liggaren: ' + texts[0] : texts.length + ' nya händelser i liggaren.';
    announcer.appendChild(line);
    while (announcer.childNodes.length > 3) announcer.removeChild(announcer.firstChild);
  }

  function markNew(container, after) {
    var items = container.querySelectorAll('[data-position]');
    for (var i = 0; i < items.length; i++) {
      if (Number(items[i].getAttribute('data-position')) > after) items[i].classList.add('is-new');
    }
  }

  function swap(region, fresh, after) {
    var focused = document.activeElement;
    var focusId = focused && region.contains(focused) ? focused.id : '';
    var nodes = [];
    for (var i = 0; i < fresh.childNodes.length; i++) nodes.push(document.importNode(fresh.childNodes[i], true));
    region.replaceChildren.apply(region, nodes);
    markNew(region, after);
    if (focusId) {
      var again = document.getElementById(focusId);
      if (again) again.focus();
    }
  }

  function refreshOnce() {
    var after = renderedAt;
    var target = new URL(window.location.href);
    target.searchParams.set('minPosition', String(latest));
    var texts = waiting;
    waiting = [];
    return fetch(target.toString(), { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
      })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, 'text/html');
        var regions = document.querySelectorAll('[data-live-region]');
        for (var i = 0; i < regions.length; i++) {
          var fresh = doc.getElementById(regions[i].id);
          if (fresh) swap(regions[i], fresh, after);
        }
        var shownUpTo = doc.body.getAttribute('data-live-position');
        if (shownUpTo) body.setAttribute('data-shown-position', shownUpTo);
        announce(texts);
      });
  }

  function refresh() {
    if (refreshing) {
      pending = true;
      return;
    }
    refreshing = true;
    pending = false;
    refreshOnce()
      .catch(function () {
        setState('error', 'Sidan kunde inte uppdateras; ladda om den för att se det senaste.');
      })
      .then(function () {
        refreshing = false;
        if (pending) refresh();
      });
  }

  var url = new URL(streamUrl, window.location.href);
  if (renderedAt > 0) url.searchParams.set('lastEventId', String(renderedAt));
  var source = new EventSource(url.toString());
  source.addEventListener('open', function () {
    setState('open', 'Ansluten – nya beslut visas direkt.');
  });
  source.addEventListener('error', function () {
    setState('reconnecting', 'Anslutningen bröts – försöker igen.');
  });
  source.addEventListener('ledger', function (message) {
    var position = Number(message.lastEventId);
    if (position > latest) latest = position;
    try {
      waiting.push(JSON.parse(message.data).text);
    } catch {
      waiting.push('ny händelse');
    }
    refresh();
  });
})();
