/*
 * Relacja's web shell: signs in once (POST /session, the token kept in sessionStorage and sent as a Bearer
 * header, never as a cookie), builds the menu from GET /web/pages, loads a page's scripts when it is chosen
 * and hands it an API client. Pages call Relacja.registerPage(id, {mount(element, context), unmount()}).
 */
(function () {
  'use strict';
  var API = '/relacja/api/v1/';
  var TOKEN_KEY = 'relacja.session';
  var LANGUAGE_KEY = 'relacja.language';
  var LANGUAGES = { pl: 'Polski', en: 'English' };

  var messages = {
    pl: {
      username: 'Login', password: 'Hasło', signIn: 'Zaloguj się', signOut: 'Wyloguj',
      wrongPassword: 'Nieprawidłowy login lub hasło.', tooMany: 'Zbyt wiele prób. Spróbuj ponownie za {s} s.',
      sessionEnded: 'Sesja wygasła. Zaloguj się ponownie.', noPages: 'Żaden moduł z ekranami nie jest zainstalowany.',
      noSuchPage: 'Nie ma takiego ekranu albo nie masz do niego dostępu.', loadFailed: 'Nie udało się wczytać ekranu.',
      serverError: 'Serwer nie odpowiada ({status}).', unread: 'Nieprzeczytane powiadomienia: {n}',
      notificationsTitle: 'Powiadomienia', markAllRead: 'Oznacz wszystkie jako przeczytane',
      noNotifications: 'Brak powiadomień.', taskDue: 'Termin zadania: {when}', activityStarts: 'Początek: {when}',
      late: '(spóźnione — Relacja nie działała)'
    },
    en: {
      username: 'Username', password: 'Password', signIn: 'Sign in', signOut: 'Sign out',
      wrongPassword: 'Wrong username or password.', tooMany: 'Too many attempts. Try again in {s} s.',
      sessionEnded: 'Your session has ended. Please sign in again.', noPages: 'No module with pages is installed.',
      noSuchPage: 'There is no such page, or you may not open it.', loadFailed: 'The page could not be loaded.',
      serverError: 'The server did not answer ({status}).', unread: 'Unread notifications: {n}',
      notificationsTitle: 'Notifications', markAllRead: 'Mark all as read', noNotifications: 'No notifications.',
      taskDue: 'Task due: {when}', activityStarts: 'Starts: {when}', late: '(late — Relacja was not running)'
    }
  };

  var state = { user: null, pages: [], registered: {}, loadedScripts: {}, current: null, currentId: null };

  function $(id) { return document.getElementById(id); }

  function language() {
    var chosen = localStorage.getItem(LANGUAGE_KEY);
    if (chosen && LANGUAGES[chosen]) { return chosen; }
    var browser = (navigator.languages && navigator.languages[0]) || navigator.language || 'pl';
    return browser.toLowerCase().indexOf('pl') === 0 ? 'pl' : 'en';
  }

  /** A label in the current language, with {name} placeholders filled from vars. */
  function t(key, vars) {
    var text = (messages[language()] || {})[key] || messages.en[key] || key;
    return text.replace(/\{(\w+)\}/g, function (all, name) { return vars && name in vars ? vars[name] : all; });
  }

  function addMessages(more) {
    Object.keys(more).forEach(function (lang) {
      messages[lang] = messages[lang] || {};
      Object.keys(more[lang]).forEach(function (key) { messages[lang][key] = more[lang][key]; });
    });
  }

  function translateStatic() {
    document.documentElement.lang = language();
    document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = t(el.getAttribute('data-t')); });
  }

  function toast(text, isError) {
    var box = $('toast');
    box.textContent = text;
    box.className = isError ? 'toast error' : 'toast';
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.hidden = true; }, isError ? 8000 : 4000);
  }

  /**
   * Calls the REST API as the signed-in operator. Answers {status, ok, body, etag}; a 401 ends the session
   * and shows the sign-in form. options: method, body (sent as JSON), headers.
   */
  function api(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    var token = sessionStorage.getItem(TOKEN_KEY);
    if (token) { headers.Authorization = 'Bearer ' + token; }
    if (options.body !== undefined) { headers['Content-Type'] = 'application/json'; }
    Object.keys(options.headers || {}).forEach(function (name) { headers[name] = options.headers[name]; });
    return fetch(API + path, {
      method: options.method || 'GET', headers: headers, cache: 'no-store', credentials: 'omit',
      body: options.body === undefined ? undefined : JSON.stringify(options.body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = { detail: text }; }
        var answer = { status: response.status, ok: response.ok, body: body, etag: response.headers.get('ETag') };
        if (response.status === 401 && path !== 'session') {
          endSession(t('sessionEnded'));
        }
        return answer;
      });
    });
  }

  /** The message a person should read from a failed answer (problem+json detail and field errors). */
  function problemText(answer) {
    var body = answer.body || {};
    var fields = (body.errors || []).map(function (e) { return e.message; }).filter(Boolean);
    var text = body.detail || body.title || t('serverError', { status: answer.status });
    return fields.length && fields.join('; ') !== text ? text + ' (' + fields.join('; ') + ')' : text;
  }

  // ---------------------------------------------------------------- notifications
  /*
   * The in-app notifications of the alerts module: GET /notifications answers {unread, items} newest first; the
   * badge shows the unread count, a click lists them, POST {all: true} marks them read. While the module is not
   * installed (404) the badge stays hidden and polling slows down.
   */
  var notifications = {
    timer: null,
    start: function () { this.stop(); this.poll(); },
    stop: function () {
      clearTimeout(this.timer);
      this.timer = null;
      $('notifications').hidden = true;
      $('notification-panel').hidden = true;
    },
    poll: function () {
      var self = this;
      clearTimeout(this.timer);
      api('notifications').then(function (answer) {
        var unread = answer.ok && answer.body ? answer.body.unread : 0;
        var badge = $('notifications');
        badge.hidden = !(unread > 0) && $('notification-panel').hidden;
        badge.textContent = String(unread);
        badge.title = t('unread', { n: unread });
        if (answer.ok && !$('notification-panel').hidden) { self.show(answer.body.items); }
        self.schedule(answer.status === 404 ? 300000 : 60000);
      }, function () { self.schedule(60000); });
    },
    schedule: function (ms) {
      var self = this;
      if (state.user) { this.timer = setTimeout(function () { self.poll(); }, ms); }
    },
    toggle: function () {
      var panel = $('notification-panel');
      panel.hidden = !panel.hidden;
      if (!panel.hidden) { this.poll(); }
    },
    show: function (items) {
      var list = $('notification-list');
      list.textContent = '';
      if (!items.length) {
        var none = document.createElement('li');
        none.textContent = t('noNotifications');
        list.appendChild(none);
      }
      items.forEach(function (n) {
        var item = document.createElement('li');
        item.className = (n.readAt ? '' : 'unread') + (n.late ? ' late' : '');
        item.textContent = n.title;
        var when = document.createElement('span');
        when.className = 'when';
        var at = new Date(n.anchor).toLocaleString(language() === 'pl' ? 'pl-PL' : 'en-GB');
        when.textContent = t(n.activity ? 'activityStarts' : 'taskDue', { when: at }) + (n.late ? ' ' + t('late') : '');
        item.appendChild(when);
        list.appendChild(item);
      });
    },
    markAllRead: function () {
      var self = this;
      api('notifications', { method: 'POST', body: { all: true } }).then(function () { self.poll(); });
    }
  };

  // ---------------------------------------------------------------- session
  function showSignIn(message) {
    $('app').hidden = true;
    $('sign-in').hidden = false;
    var error = $('sign-in-error');
    error.hidden = !message;
    error.textContent = message || '';
    $('password').value = '';
    $('username').focus();
  }

  function endSession(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    unmountCurrent();
    state.user = null;
    notifications.stop();
    showSignIn(message);
  }

  function signIn(event) {
    event.preventDefault();
    var button = $('sign-in-button');
    button.disabled = true;
    api('session', { method: 'POST', body: { username: $('username').value, password: $('password').value } })
      .then(function (answer) {
        button.disabled = false;
        if (answer.status === 201) {
          sessionStorage.setItem(TOKEN_KEY, answer.body.token);
          start();
        } else if (answer.status === 429) {
          showSignIn(t('tooMany', { s: (problemText(answer).match(/(\d+) s/) || [0, 60])[1] }));
        } else if (answer.status === 401) {
          showSignIn(t('wrongPassword'));
        } else {
          showSignIn(problemText(answer));
        }
      }, function () { button.disabled = false; showSignIn(t('serverError', { status: '—' })); });
  }

  function signOut() {
    api('session', { method: 'DELETE' }).then(function () { endSession(''); }, function () { endSession(''); });
  }

  function start() {
    if (!sessionStorage.getItem(TOKEN_KEY)) { showSignIn(''); return; }
    api('session').then(function (answer) {
      if (!answer.ok) { return; }
      state.user = answer.body;
      $('who').textContent = state.user.username;
      return api('web/pages').then(function (pages) {
        state.pages = pages.ok ? pages.body : [];
        $('sign-in').hidden = true;
        $('app').hidden = false;
        renderMenu();
        route();
        notifications.start();
      });
    });
  }

  // ---------------------------------------------------------------- menu and pages
  function label(page) { return page.labels[language()] || page.labels.en || page.id; }

  function renderMenu() {
    var menu = $('menu');
    menu.textContent = '';
    state.pages.forEach(function (page) {
      var link = document.createElement('a');
      link.href = '#/' + page.id;
      link.textContent = label(page);
      link.dataset.page = page.id;
      link.className = page.id === state.currentId ? 'active' : '';
      menu.appendChild(link);
    });
  }

  function loadScript(url) {
    if (!state.loadedScripts[url]) {
      state.loadedScripts[url] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.onload = resolve;
        script.onerror = function () { delete state.loadedScripts[url]; reject(new Error(url)); };
        document.head.appendChild(script);
      });
    }
    return state.loadedScripts[url];
  }

  function loadStylesheet(url) {
    if (!document.querySelector('link[data-page-style="' + url + '"]')) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = url;
      link.dataset.pageStyle = url;
      document.head.appendChild(link);
    }
  }

  function unmountCurrent() {
    if (state.current && state.current.unmount) {
      try { state.current.unmount(); } catch (e) { console.error(e); }
    }
    state.current = null;
    state.currentId = null;
    $('page').textContent = '';
  }

  function message(text) {
    var p = document.createElement('p');
    p.className = 'empty';
    p.textContent = text;
    $('page').appendChild(p);
  }

  function route() {
    if (!state.user) { return; }
    var id = (location.hash.match(/^#\/([a-z0-9-]+)/) || [])[1];
    if (!id && state.pages.length) {
      location.replace('#/' + state.pages[0].id);
      return;
    }
    unmountCurrent();
    var page = state.pages.filter(function (p) { return p.id === id; })[0];
    if (!page) { renderMenu(); message(state.pages.length ? t('noSuchPage') : t('noPages')); return; }
    state.currentId = id;
    renderMenu();
    document.title = label(page) + ' · Relacja';
    (page.stylesheets || []).forEach(loadStylesheet);
    page.scripts.reduce(function (previous, url) {
      return previous.then(function () { return loadScript(url); });
    }, Promise.resolve()).then(function () {
      var impl = state.registered[id];
      if (!impl || state.currentId !== id) { if (!impl) { message(t('loadFailed')); } return; }
      var element = document.createElement('div');
      element.className = 'page-' + id;
      $('page').appendChild(element);
      state.current = impl;
      impl.mount(element, context());
    }, function () { message(t('loadFailed')); });
  }

  function context() {
    return { api: api, t: t, language: language(), user: state.user, toast: toast, problemText: problemText };
  }

  function setupLanguagePickers() {
    document.querySelectorAll('select.language').forEach(function (select) {
      select.textContent = '';
      Object.keys(LANGUAGES).forEach(function (code) {
        var option = document.createElement('option');
        option.value = code;
        option.textContent = LANGUAGES[code];
        select.appendChild(option);
      });
      select.value = language();
      select.addEventListener('change', function () {
        localStorage.setItem(LANGUAGE_KEY, select.value);
        document.querySelectorAll('select.language').forEach(function (other) { other.value = select.value; });
        translateStatic();
        if (state.user) { renderMenu(); route(); }
      });
    });
  }

  window.Relacja = {
    /** Called by a page's script: impl.mount(element, context) shows it, impl.unmount() tidies up. */
    registerPage: function (id, impl) { state.registered[id] = impl; },
    addMessages: addMessages,
    t: t,
    api: api
  };

  document.addEventListener('DOMContentLoaded', function () {
    setupLanguagePickers();
    translateStatic();
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('notifications').addEventListener('click', function () { notifications.toggle(); });
    $('notifications-read').addEventListener('click', function () { notifications.markAllRead(); });
    window.addEventListener('hashchange', route);
    start();
  });
}());
