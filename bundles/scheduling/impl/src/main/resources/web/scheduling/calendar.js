/*
 * The calendar page of the scheduling module (registered by dev.relacja.scheduling.impl.web.CalendarPage).
 * FullCalendar shows GET /calendar in the viewer's time zone (the zone the answer names): FullCalendar runs
 * in UTC mode over the answer's local times, and every time sent back is turned into an instant in that zone.
 * Moving or resizing is PATCH /calendar/items/{id} with If-Match; a refusal puts the item back and shows why.
 */
(function () {
  'use strict';

  Relacja.addMessages({
    pl: {
      'cal.colourBy': 'Kolor według', 'cal.priority': 'priorytetu', 'cal.operator': 'operatora',
      'cal.team': 'Zespół', 'cal.me': 'tylko ja', 'cal.myTasks': 'Moje otwarte zadania', 'cal.noTasks': 'Brak otwartych zadań.',
      'cal.overdue': 'po terminie', 'cal.due': 'termin', 'cal.noDeadline': 'bez terminu',
      'cal.moved': 'Przeniesiono: {title}', 'cal.allDayChange': 'Zadania całodniowego nie można zamienić na godzinowe ani odwrotnie.',
      'cal.truncated': 'Pokazano tylko część pozycji; zawęź zakres lub wybierz mniej osób.',
      'cal.new': 'Nowe zadanie lub czynność', 'cal.title': 'Tytuł', 'cal.type': 'Rodzaj', 'cal.owner': 'Właściciel',
      'cal.start': 'Początek', 'cal.deadline': 'Termin', 'cal.status': 'Stan', 'cal.progress': 'Postęp',
      'cal.create': 'Utwórz', 'cal.cancel': 'Anuluj', 'cal.close': 'Zamknij', 'cal.done': 'Oznacz jako wykonane',
      'cal.created': 'Utworzono: {title}', 'cal.completed': 'Wykonano: {title}', 'cal.activity': 'czynność',
      'priority.LOW': 'niski', 'priority.NORMAL': 'normalny', 'priority.HIGH': 'wysoki', 'priority.URGENT': 'pilny',
      'status.OPEN': 'otwarte', 'status.DONE': 'wykonane'
    },
    en: {
      'cal.colourBy': 'Colour by', 'cal.priority': 'priority', 'cal.operator': 'operator',
      'cal.team': 'Team', 'cal.me': 'just me', 'cal.myTasks': 'My open tasks', 'cal.noTasks': 'No open tasks.',
      'cal.overdue': 'overdue', 'cal.due': 'due', 'cal.noDeadline': 'no deadline',
      'cal.moved': 'Moved: {title}', 'cal.allDayChange': 'An all-day item cannot become a timed one, nor the other way round.',
      'cal.truncated': 'Only some items are shown; narrow the range or choose fewer people.',
      'cal.new': 'New task or activity', 'cal.title': 'Title', 'cal.type': 'Type', 'cal.owner': 'Owner',
      'cal.start': 'Start', 'cal.deadline': 'Deadline', 'cal.status': 'Status', 'cal.progress': 'Progress',
      'cal.create': 'Create', 'cal.cancel': 'Cancel', 'cal.close': 'Close', 'cal.done': 'Mark as done',
      'cal.created': 'Created: {title}', 'cal.completed': 'Done: {title}', 'cal.activity': 'activity',
      'priority.LOW': 'low', 'priority.NORMAL': 'normal', 'priority.HIGH': 'high', 'priority.URGENT': 'urgent',
      'status.OPEN': 'open', 'status.DONE': 'done'
    }
  });

  var PRIORITY_COLOURS = { LOW: '#7a8796', NORMAL: '#2f72c4', HIGH: '#d9822b', URGENT: '#c62f2f' };
  var OPERATOR_COLOURS = ['#2f72c4', '#2e9a5e', '#8e44ad', '#d9822b', '#c0392b', '#16a0a0', '#b8860b', '#5d6d7e'];
  var COLOUR_KEY = 'relacja.calendar.colourBy';
  var TEAM_KEY = 'relacja.calendar.operators';

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attributes[name]; } else { node.setAttribute(name, attributes[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  /** Minutes the zone is ahead of UTC at an instant (milliseconds). */
  function offsetMinutes(epochMs, zone) {
    var parts = {};
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit'
    }).formatToParts(new Date(epochMs)).forEach(function (p) { parts[p.type] = p.value; });
    var wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
    return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60000);
  }

  /** A FullCalendar date (UTC fields = wall time in the zone) as an ISO instant. */
  function toInstant(date, zone) {
    var wall = date.getTime();
    var guess = wall - offsetMinutes(wall, zone) * 60000;
    return new Date(wall - offsetMinutes(guess, zone) * 60000).toISOString();
  }

  function isoDate(date) { return date.toISOString().substring(0, 10); }

  function hashColour(text) {
    var hash = 0;
    for (var i = 0; i < text.length; i++) { hash = (hash * 31 + text.charCodeAt(i)) | 0; }
    return OPERATOR_COLOURS[Math.abs(hash) % OPERATOR_COLOURS.length];
  }

  function CalendarPage(element, context) {
    this.element = element;
    this.ctx = context;
    this.t = context.t;
    this.zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    this.colourBy = localStorage.getItem(COLOUR_KEY) || 'priority';
    this.team = [];
    this.operators = JSON.parse(sessionStorage.getItem(TEAM_KEY) || '[]');
    this.types = [];
    this.build();
  }

  CalendarPage.prototype.build = function () {
    var self = this, t = this.t;
    var colour = el('select', { id: 'colour-by' }, [
      el('option', { value: 'priority', text: t('cal.priority') }), el('option', { value: 'operator', text: t('cal.operator') })]);
    colour.value = this.colourBy;
    colour.addEventListener('change', function () {
      self.colourBy = colour.value;
      localStorage.setItem(COLOUR_KEY, colour.value);
      self.calendar.refetchEvents();
      self.renderLegend();
    });
    this.teamBox = el('div', { id: 'team-picker', class: 'team-picker', hidden: 'hidden' });
    this.legend = el('div', { class: 'legend' });
    this.warning = el('p', { class: 'warning', hidden: 'hidden', text: t('cal.truncated') });
    this.calendarBox = el('div', { id: 'calendar', class: 'calendar' });
    this.taskList = el('ul', { id: 'my-tasks', class: 'task-list' });
    this.element.appendChild(el('div', { class: 'calendar-layout' }, [
      el('section', { class: 'calendar-main' }, [
        el('div', { class: 'toolbar' }, [el('label', {}, [el('span', { text: t('cal.colourBy') + ' ' }), colour]),
          this.legend, this.teamBox]),
        this.warning, this.calendarBox]),
      el('aside', { class: 'calendar-side' }, [el('h2', { text: t('cal.myTasks') }), this.taskList])]));
    this.renderLegend();

    this.calendar = new FullCalendar.Calendar(this.calendarBox, {
      locale: this.ctx.language,
      timeZone: 'UTC',
      initialView: 'timeGridWeek',
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'timeGridDay,timeGridWeek,dayGridMonth,listWeek' },
      height: 'auto',
      nowIndicator: true,
      slotMinTime: '06:00:00',
      slotMaxTime: '21:00:00',
      scrollTime: '07:00:00',
      editable: this.ctx.user.role !== 'relacja-viewer',
      selectable: this.ctx.user.role !== 'relacja-viewer',
      selectMirror: true,
      dayMaxEvents: true,
      events: function (info, success, failure) { self.load(info, success, failure); },
      eventDrop: function (info) { self.move(info); },
      eventResize: function (info) { self.move(info); },
      eventClick: function (info) { info.jsEvent.preventDefault(); self.showItem(info.event.extendedProps.item); },
      select: function (info) { self.create(info); }
    });
    this.calendar.render();
    this.loadTeam();
    this.loadTypes();
    this.loadMyTasks();
  };

  CalendarPage.prototype.renderLegend = function () {
    var t = this.t, legend = this.legend;
    legend.textContent = '';
    if (this.colourBy === 'priority') {
      Object.keys(PRIORITY_COLOURS).forEach(function (p) {
        legend.appendChild(el('span', { class: 'chip', style: 'background:' + PRIORITY_COLOURS[p], text: t('priority.' + p) }));
      });
    } else {
      (this.operators.length ? this.operators : [this.ctx.user.username]).forEach(function (login) {
        legend.appendChild(el('span', { class: 'chip', style: 'background:' + hashColour(login), text: login }));
      });
    }
  };

  CalendarPage.prototype.load = function (info, success, failure) {
    var self = this;
    var query = 'calendar?from=' + encodeURIComponent(toInstant(info.start, this.zone))
      + '&to=' + encodeURIComponent(toInstant(info.end, this.zone))
      + this.operators.map(function (login) { return '&operators=' + encodeURIComponent(login); }).join('');
    this.ctx.api(query).then(function (answer) {
      if (!answer.ok) {
        self.ctx.toast(self.ctx.problemText(answer), true);
        failure(new Error(String(answer.status)));
        return;
      }
      var view = answer.body;
      if (view.timeZone && view.timeZone !== self.zone) {
        // the first answer names the viewer's zone: ask again for exactly the visible range in it
        self.zone = view.timeZone;
        self.load(info, success, failure);
        return;
      }
      self.warning.hidden = !view.truncated;
      success(view.items.map(function (item) { return self.event(item); }));
    }, failure);
  };

  CalendarPage.prototype.event = function (item) {
    var colour = this.colourBy === 'operator' ? hashColour(item.owner) : (PRIORITY_COLOURS[item.priority] || PRIORITY_COLOURS.NORMAL);
    var timedRange = item.start && item.deadline;
    var classes = ['item-' + item.id];
    if (item.status === 'DONE') { classes.push('is-done'); }
    if (item.status !== 'DONE' && item.deadline && Date.parse(item.deadline) < Date.now()) { classes.push('is-overdue'); }
    return {
      id: String(item.id),
      title: item.title + (this.operators.length > 1 ? ' · ' + item.owner : ''),
      start: item.allDay ? item.startDate : item.localStart,
      end: item.allDay ? item.endDate : (timedRange && item.localEnd !== item.localStart ? item.localEnd : null),
      allDay: item.allDay,
      durationEditable: Boolean(item.allDay || timedRange),
      backgroundColor: colour,
      borderColor: colour,
      classNames: classes,
      extendedProps: { item: item }
    };
  };

  CalendarPage.prototype.move = function (info) {
    var self = this, event = info.event, item = event.extendedProps.item, change;
    if (event.allDay !== item.allDay) {
      info.revert();
      this.ctx.toast(this.t('cal.allDayChange'), true);
      return;
    }
    if (item.allDay) {
      var end = event.end || new Date(event.start.getTime() + 86400000);
      change = { startDate: isoDate(event.start), endDate: isoDate(end) };
    } else if (item.start && item.deadline) {
      change = { start: toInstant(event.start, this.zone), deadline: toInstant(event.end || event.start, this.zone) };
    } else if (item.start) {
      change = { start: toInstant(event.start, this.zone) };
    } else {
      change = { deadline: toInstant(event.start, this.zone) };
    }
    this.ctx.api('calendar/items/' + item.id, { method: 'PATCH', body: change, headers: { 'If-Match': '"' + item.version + '"' } })
      .then(function (answer) {
        if (answer.ok) {
          event.setExtendedProp('item', answer.body);
          self.ctx.toast(self.t('cal.moved', { title: item.title }));
          self.loadMyTasks();
        } else {
          info.revert();
          self.ctx.toast(self.ctx.problemText(answer), true);
          if (answer.status === 412) { self.calendar.refetchEvents(); }
        }
      }, function () { info.revert(); });
  };

  CalendarPage.prototype.loadTeam = function () {
    var self = this, t = this.t;
    this.ctx.api('team/overview').then(function (answer) {
      var others = answer.ok ? answer.body.filter(function (m) { return m.operator !== self.ctx.user.username; }) : [];
      if (!others.length) { return; }
      self.team = answer.body;
      var box = self.teamBox;
      box.hidden = false;
      box.textContent = '';
      box.appendChild(el('span', { class: 'team-label', text: t('cal.team') + ':' }));
      answer.body.forEach(function (member) {
        var box2 = el('input', { type: 'checkbox', value: member.operator, 'data-operator': member.operator });
        box2.checked = self.operators.length ? self.operators.indexOf(member.operator) >= 0
          : member.operator === self.ctx.user.username;
        box2.addEventListener('change', function () {
          self.operators = Array.prototype.map.call(box.querySelectorAll('input:checked'), function (input) { return input.value; });
          sessionStorage.setItem(TEAM_KEY, JSON.stringify(self.operators));
          self.calendar.refetchEvents();
          self.renderLegend();
        });
        var overdue = member.overdue > 0 ? el('span', { class: 'count overdue', text: String(member.overdue) }) : null;
        box.appendChild(el('label', { class: 'member' }, [box2, el('span', { text: ' ' + (member.displayName || member.operator) }), overdue]));
      });
    });
  };

  CalendarPage.prototype.loadTypes = function () {
    var self = this;
    this.ctx.api('task-types').then(function (answer) { if (answer.ok) { self.types = answer.body; } });
  };

  CalendarPage.prototype.loadMyTasks = function () {
    var self = this, t = this.t, list = this.taskList;
    this.ctx.api('tasks?owner=' + encodeURIComponent(this.ctx.user.username) + '&status=open&sort=deadline&size=50')
      .then(function (answer) {
        if (!answer.ok) { return; }
        list.textContent = '';
        if (!answer.body.items.length) { list.appendChild(el('li', { class: 'none', text: t('cal.noTasks') })); }
        answer.body.items.forEach(function (task) {
          var when = task.deadline ? t('cal.due') + ' ' + self.format(task.deadline) : t('cal.noDeadline');
          var entry = el('li', { class: task.overdue ? 'overdue' : '', 'data-task': String(task.id) }, [
            el('span', { class: 'dot', style: 'background:' + (PRIORITY_COLOURS[task.priority] || PRIORITY_COLOURS.NORMAL) }),
            el('div', {}, [el('div', { class: 'task-title', text: task.title }),
              el('div', { class: 'task-when', text: when }),
              task.overdue ? el('span', { class: 'overdue-label', text: t('cal.overdue') }) : null])]);
          entry.addEventListener('click', function () { self.showTask(task); });
          list.appendChild(entry);
        });
      });
  };

  CalendarPage.prototype.format = function (instant) {
    return new Intl.DateTimeFormat(this.ctx.language, {
      timeZone: this.zone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'
    }).format(new Date(instant));
  };

  CalendarPage.prototype.dialog = function (title, rows, buttons) {
    var dialog = el('dialog', { class: 'calendar-dialog' }, [el('h3', { text: title })].concat(rows)
      .concat([el('div', { class: 'buttons' }, buttons)]));
    dialog.addEventListener('close', function () { dialog.remove(); });
    this.element.appendChild(dialog);
    dialog.showModal();
    return dialog;
  };

  CalendarPage.prototype.showItem = function (item) {
    this.showDetails(item.id, item.title, [
      [this.t('cal.type'), item.activity ? item.type + ' (' + this.t('cal.activity') + ')' : item.type],
      [this.t('cal.owner'), item.owner],
      [this.t('cal.priority'), this.t('priority.' + item.priority)],
      [this.t('cal.start'), item.start ? this.format(item.start) : '—'],
      [this.t('cal.deadline'), item.deadline ? this.format(item.deadline) : '—'],
      [this.t('cal.status'), this.t('status.' + item.status)],
      [this.t('cal.progress'), item.percentDone + '%']
    ], item.status);
  };

  CalendarPage.prototype.showTask = function (task) {
    this.showDetails(task.id, task.title, [
      [this.t('cal.type'), task.type], [this.t('cal.owner'), task.owner],
      [this.t('cal.priority'), this.t('priority.' + task.priority)],
      [this.t('cal.start'), task.start ? this.format(task.start) : '—'],
      [this.t('cal.deadline'), task.deadline ? this.format(task.deadline) : '—'],
      [this.t('cal.status'), this.t('status.' + task.status) + (task.overdue ? ' · ' + this.t('cal.overdue') : '')],
      [this.t('cal.progress'), task.percentDone + '%']
    ], task.status);
  };

  CalendarPage.prototype.showDetails = function (id, title, rows, status) {
    var self = this, t = this.t;
    var list = el('dl', { class: 'details' });
    rows.forEach(function (row) {
      list.appendChild(el('dt', { text: row[0] }));
      list.appendChild(el('dd', { text: row[1] }));
    });
    var close = el('button', { class: 'secondary', type: 'button', text: t('cal.close') });
    var done = status === 'DONE' || this.ctx.user.role === 'relacja-viewer' ? null
      : el('button', { type: 'button', class: 'mark-done', text: t('cal.done') });
    var dialog = this.dialog(title, [list], [done, close]);
    close.addEventListener('click', function () { dialog.close(); });
    if (done) {
      done.addEventListener('click', function () {
        self.ctx.api('tasks/' + id + '/done', { method: 'POST' }).then(function (answer) {
          if (answer.ok) {
            dialog.close();
            self.ctx.toast(t('cal.completed', { title: title }));
            self.calendar.refetchEvents();
            self.loadMyTasks();
          } else {
            self.ctx.toast(self.ctx.problemText(answer), true);
          }
        });
      });
    }
  };

  CalendarPage.prototype.create = function (info) {
    var self = this, t = this.t;
    var start = toInstant(info.start, this.zone), deadline = toInstant(info.end, this.zone);
    var title = el('input', { name: 'title', required: 'required', maxlength: '200' });
    var type = el('select', { name: 'type' });
    (this.types.length ? this.types : [{ code: 'task', name: 'task' }]).forEach(function (ty) {
      type.appendChild(el('option', { value: ty.code, text: ty.name }));
    });
    var priority = el('select', { name: 'priority' });
    Object.keys(PRIORITY_COLOURS).forEach(function (p) { priority.appendChild(el('option', { value: p, text: t('priority.' + p) })); });
    priority.value = 'NORMAL';
    var owner = el('select', { name: 'owner' });
    (this.team.length ? this.team.map(function (m) { return m.operator; }) : [this.ctx.user.username]).forEach(function (login) {
      owner.appendChild(el('option', { value: login, text: login }));
    });
    owner.value = this.ctx.user.username;
    var when = el('p', { class: 'when', text: this.format(start) + ' – ' + this.format(deadline) });
    var create = el('button', { type: 'submit', text: t('cal.create') });
    var cancel = el('button', { type: 'button', class: 'secondary', text: t('cal.cancel') });
    var form = el('form', { class: 'create-form', method: 'dialog' }, [when,
      el('label', {}, [el('span', { text: t('cal.title') }), title]),
      el('label', {}, [el('span', { text: t('cal.type') }), type]),
      el('label', {}, [el('span', { text: t('cal.priority') }), priority]),
      el('label', {}, [el('span', { text: t('cal.owner') }), owner]),
      el('div', { class: 'buttons' }, [create, cancel])]);
    var dialog = this.dialog(t('cal.new'), [form], []);
    cancel.addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('close', function () { self.calendar.unselect(); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      create.disabled = true;
      self.ctx.api('tasks', { method: 'POST', body: {
        title: title.value, type: type.value, priority: priority.value, owner: owner.value, start: start, deadline: deadline
      } }).then(function (answer) {
        create.disabled = false;
        if (answer.ok) {
          dialog.close();
          self.ctx.toast(t('cal.created', { title: title.value }));
          self.calendar.refetchEvents();
          self.loadMyTasks();
        } else {
          self.ctx.toast(self.ctx.problemText(answer), true);
        }
      });
    });
    title.focus();
  };

  CalendarPage.prototype.destroy = function () {
    this.calendar.destroy();
  };

  var current = null;
  Relacja.registerPage('calendar', {
    mount: function (element, context) { current = new CalendarPage(element, context); },
    unmount: function () { if (current) { current.destroy(); current = null; } }
  });
}());
