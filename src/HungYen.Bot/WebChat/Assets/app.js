// The web chat page. Plain ES5-level JavaScript for old Android browsers; every text is put in with textContent.
// New messages come over server-sent events (EventSource reconnects by itself and resumes from Last-Event-ID).
(function () {
  'use strict';
  var words = document.body.dataset;
  var log = document.getElementById('log');
  var statusLine = document.getElementById('status');
  var form = document.getElementById('composer');
  var input = document.getElementById('text');
  var fileInput = document.getElementById('file');
  var csrf = null;
  var cursor = 0;
  var ended = false;
  var views = {};
  var source = null;

  function newId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var id = '';
    for (var i = 0; i < bytes.length; i++) { id += ('0' + bytes[i].toString(16)).slice(-2); }
    return id;
  }

  function showStatus(text) {
    statusLine.textContent = text || '';
    statusLine.hidden = !text;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function endSession() {
    ended = true;
    if (source) { source.close(); }
    showStatus(words.ended);
    form.className = 'hidden';
  }

  // One request with the session's CSRF token; a network failure or a 5xx is retried with the same id, so the bot
  // applies it once.
  function post(url, body, headers, attempt) {
    attempt = attempt || 0;
    var all = { 'X-CSRF-Token': csrf };
    for (var key in headers) { if (Object.prototype.hasOwnProperty.call(headers, key)) { all[key] = headers[key]; } }
    showStatus(attempt === 0 ? words.sending : words.retrying);
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: all, body: body }).then(function (response) {
      if (response.status >= 500 && attempt < 6) { return retry(url, body, headers, attempt); }
      if (response.status === 401 || response.status === 403) { endSession(); return response; }
      if (response.status === 429) { showStatus(words.tooFast); return response; }
      if (response.status === 413) {
        return response.json().then(function (problem) { showStatus(problem.error); return response; });
      }
      showStatus('');
      return response;
    }, function () {
      if (attempt < 6) { return retry(url, body, headers, attempt); }
      showStatus(words.retrying);
      return null;
    });
  }

  function retry(url, body, headers, attempt) {
    return new Promise(function (resolve) { setTimeout(resolve, 800 * (attempt + 1)); }).then(function () {
      return post(url, body, headers, attempt + 1);
    });
  }

  function sendJson(payload) {
    payload.id = newId();
    return post('/w/api/messages', JSON.stringify(payload), { 'Content-Type': 'application/json' });
  }

  function render(m) {
    var old = views[m.id];
    var node = el('div', 'msg' + (m.fromBot ? '' : ' me') + (m.notice ? ' notice' : ''));
    node.setAttribute('data-id', m.id);
    node.setAttribute('data-seq', m.seq);
    if (!m.notice) { node.appendChild(el('div', 'who', (m.fromBot ? words.bot : words.me) + ' · ' + m.at)); }
    node.appendChild(el('div', 'text', m.text));
    if (m.file) {
      var link = el('a', 'file');
      link.href = m.file.url;
      if (m.file.photo) {
        var image = el('img');
        image.src = m.file.url;
        image.alt = m.file.name;
        link.appendChild(image);
      } else {
        link.setAttribute('download', m.file.name);
      }
      link.appendChild(document.createTextNode('⬇ ' + words.download + ': ' + m.file.name));
      node.appendChild(link);
    }
    if (m.choices && m.choices.length) {
      var choices = el('div', 'choices');
      m.choices.forEach(function (choice) {
        var button = el('button', null, choice.label);
        button.type = 'button';
        button.addEventListener('click', function () {
          var buttons = choices.querySelectorAll('button');
          for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
          sendJson({ choice: choice.data, message: m.id }).then(function () {
            for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = false; }
          });
        });
        choices.appendChild(button);
      });
      node.appendChild(choices);
    }
    if (m.phone) { node.appendChild(phoneForm()); }
    if (old) {
      log.replaceChild(node, old);
    } else {
      var after = null;
      var children = log.children;
      for (var i = children.length - 1; i >= 0; i--) {
        if (Number(children[i].getAttribute('data-seq')) < m.seq) { break; }
        after = children[i];
      }
      log.insertBefore(node, after);
    }
    views[m.id] = node;
    cursor = Math.max(cursor, m.version);
    window.scrollTo(0, document.body.scrollHeight);
  }

  function phoneForm() {
    var box = el('form', 'phone');
    var label = el('label', null, words.phoneLabel);
    var field = el('input');
    field.type = 'tel';
    field.name = 'phone';
    field.setAttribute('inputmode', 'tel');
    field.setAttribute('autocomplete', 'tel');
    label.appendChild(field);
    var button = el('button', null, words.phoneSend);
    button.type = 'submit';
    box.appendChild(label);
    box.appendChild(el('small', null, words.phoneHint));
    box.appendChild(button);
    box.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!field.value.trim()) { return; }
      sendJson({ phone: field.value.trim() });
      field.value = '';
    });
    return box;
  }

  function listen() {
    source = new EventSource('/w/api/events?after=' + cursor);
    source.onmessage = function (event) { render(JSON.parse(event.data)); };
    source.addEventListener('ended', endSession);
    source.onopen = function () { if (!ended && statusLine.textContent === words.reconnecting) { showStatus(''); } };
    source.onerror = function () {
      if (ended) { return; }
      showStatus(words.reconnecting);
      if (source.readyState === 2) { setTimeout(load, 3000); }
    };
  }

  function load() {
    if (source) { source.close(); }
    fetch('/w/api/state', { credentials: 'same-origin' }).then(function (response) {
      if (response.status === 401) { endSession(); return null; }
      return response.json();
    }).then(function (state) {
      if (!state) { return; }
      csrf = state.csrf;
      state.messages.forEach(render);
      cursor = Math.max(cursor, state.cursor);
      showStatus('');
      listen();
      if (state.pending) { post('/w/api/start', '{}', { 'Content-Type': 'application/json' }); }
    }, function () {
      showStatus(words.reconnecting);
      setTimeout(load, 3000);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || !csrf) { return; }
    input.value = '';
    sendJson({ text: text }).then(function (response) {
      if (response && response.status === 429) { input.value = text; }
    });
  });

  fileInput.addEventListener('change', function () {
    var file = fileInput.files && fileInput.files[0];
    if (!file || !csrf) { return; }
    post('/w/api/files', file, {
      'Content-Type': file.type || 'application/octet-stream',
      'X-Message-Id': newId(),
      'X-File-Name': encodeURIComponent(file.name)
    });
    fileInput.value = '';
  });

  load();
}());
