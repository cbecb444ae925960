/*
 * Polku: the "Journeys" page in Cockpit, for managers and team leads. Plain DOM, no framework:
 * every value is set with textContent, never as HTML. The data come from /api/v1/dashboard/journeys,
 * which accepts this Cockpit session for reading and checks the user's group.
 */
const API = '/api/v1/dashboard/journeys';
const PHASES = {
  REFERRAL: 'Referral',
  INITIAL_ASSESSMENT: 'Initial assessment',
  WAGE_SUBSIDY_PERIOD: 'Wage-subsidy period',
  TRAINEE_PLACEMENT: 'Trainee placement',
  FOLLOW_UP: 'Follow-up'
};
const GENDERS = [['FEMALE', 'Women'], ['MALE', 'Men'], ['NON_BINARY', 'Non-binary / other'], ['UNDISCLOSED', 'Undisclosed']];
/** The report's figures the dashboard shows: starts and leavers, outcomes on leaving and at six months. */
const RESULTS = ['participants', 'leavers', 'leaving-job-searching', 'leaving-in-education', 'leaving-qualification',
  'leaving-employed', 'six-months-employed', 'six-months-improved'];

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'text') {
      element.textContent = value == null ? '—' : String(value);
    } else if (value != null) {
      element.setAttribute(name, value);
    }
  });
  children.forEach(child => element.append(child));
  return element;
}

/** A table; without headers (null) it is a list of label-value rows. */
function table(headers, rows) {
  return el('table', {class: 'table table-striped polku-table'},
    ...(headers ? [el('thead', {}, el('tr', {}, ...headers.map(header => el('th', {text: header}))))] : []),
    el('tbody', {}, ...rows.map(cells => el('tr', {}, ...cells.map(cell =>
      cell instanceof Node ? el('td', {}, cell) : el('td', typeof cell === 'object' && cell !== null ? cell : {text: cell}))))));
}

function section(title, ...content) {
  return el('section', {class: 'polku-section'}, el('h3', {text: title}), ...content);
}

function day(value) {
  return value ? String(value).substring(0, 10) : null;
}

function time(value) {
  return value ? new Date(value).toLocaleString() : null;
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : 'HTTP ' + response.status;
    throw Object.assign(new Error(detail), {status: response.status});
  }
  return body;
}

function hashParameters() {
  const hash = window.location.hash;
  const query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query);
}

function styles() {
  if (document.getElementById('polku-journeys-styles')) {
    return;
  }
  document.head.append(el('style', {id: 'polku-journeys-styles'}, document.createTextNode(`
    .polku-journeys { padding: 15px 20px; }
    /* Cockpit's main container clips its content: the page scrolls inside itself. */
    .polku-journeys.polku-page { height: calc(100vh - 70px); overflow-y: auto; box-sizing: border-box; }
    .polku-journeys .polku-section { margin-bottom: 25px; }
    .polku-journeys .polku-grid { display: flex; flex-wrap: wrap; gap: 30px; }
    .polku-journeys .polku-grid > .polku-section { min-width: 280px; }
    .polku-journeys .polku-table { width: auto; min-width: 260px; }
    .polku-journeys td.number, .polku-journeys th.number { text-align: right; }
    .polku-journeys form { display: flex; gap: 10px; align-items: flex-end; margin-bottom: 15px; }
    .polku-journeys .polku-error { color: #b5152b; }
  `)));
}

function number(value, figure) {
  return {text: value == null ? '—' : value, class: 'number', 'data-figure': figure};
}

function renderOverview(target, data) {
  target.replaceChildren(
    el('div', {class: 'polku-grid'},
      section('Participants per phase now',
        table(['Phase', 'Participants'], Object.entries(data.participantsPerPhase)
          .map(([phase, count]) => [PHASES[phase] || phase, number(count, 'phase.' + phase)]))),
      section('Tasks overdue per group',
        table(['Group', 'Overdue'], Object.entries(data.overdueTasksPerGroup)
          .map(([group, count]) => [group, number(count, 'overdue.' + group)]))),
      section('Waiting list',
        table(null, [
          ['Waiting now', number(data.waitingList.length, 'waiting.length')],
          ['Longest wait (days)', number(data.waitingList.oldestWaitDays, 'waiting.oldestDays')]])),
      section('This month (' + data.thisMonth.from + ' – ' + data.thisMonth.to + ')',
        table(null, [
          ['Started', number(data.thisMonth.starts, 'month.starts')],
          ['Left', number(data.thisMonth.leavers, 'month.leavers')]]))),
    section('Results ' + data.results.from + ' – ' + data.results.to + ' (the indicator report\'s figures)',
      table(['Indicator', 'Total', ...GENDERS.map(([, label]) => label)], data.results.indicators
        .filter(figure => RESULTS.includes(figure.id))
        .map(figure => [figure.label, number(figure.total, figure.id + '.total'),
          ...GENDERS.map(([gender]) => number(figure.byGender[gender], figure.id + '.' + gender))]))),
    el('div', {class: 'polku-grid'},
      section('Average days per phase (completed phases)',
        table(['Phase', 'Days'], Object.entries(data.averageDaysPerPhase)
          .map(([phase, days]) => [PHASES[phase] || phase, number(days, 'days.' + phase)]))),
      section('Incidents per process',
        table(['Process', 'Open incidents'], Object.entries(data.incidentsPerProcess)
          .map(([process, count]) => [process, number(count, 'incidents.' + process)])))));
}

function renderJourney(target, journey) {
  target.replaceChildren(
    el('h3', {text: 'Journey of ' + journey.displayName, 'data-journey': journey.journeyId}),
    el('p', {text: journey.journeyId + ' · ' + journey.status + ' · ' + (PHASES[journey.phase] || journey.phase)
      + (journey.outcome ? ' · ' + journey.outcome : '')}),
    section('Phases', table(['Phase', 'Started', 'Ended'], journey.phases
      .map(phase => [PHASES[phase.phase] || phase.phase, time(phase.startedAt), time(phase.endedAt)]))),
    section('Open tasks', table(['Task', 'Group', 'Assignee', 'Created', 'Due'], journey.openTasks
      .map(task => [task.name, task.candidateGroup, task.assignee, time(task.created), day(task.due)]))),
    section('Completed tasks', table(['Task', 'Completed by', 'Completed'], journey.completedTasks
      .map(task => [task.name, task.completedBy, time(task.completedAt)]))),
    section('Notifications', table(['Notification', 'Target', 'Status', 'Attempts', 'Created', 'Sent'],
      journey.notifications.map(n => [n.type, n.target, n.status, n.attempts, time(n.createdAt), time(n.sentAt)]))));
}

/** Makes the page exactly as tall as Cockpit's content area, so it scrolls instead of being clipped. */
function fitToCockpit(page) {
  const area = page.closest('.ctn-wrapper');
  if (area && area.clientHeight > 0) {
    page.style.height = area.clientHeight + 'px';
  }
}
window.addEventListener('resize', () => document.querySelectorAll('.polku-page').forEach(fitToCockpit));

function page(node) {
  styles();
  const parameters = hashParameters();
  const year = new Date().getFullYear();
  const from = el('input', {type: 'date', name: 'from', value: parameters.get('from') || year + '-01-01'});
  const to = el('input', {type: 'date', name: 'to', value: parameters.get('to') || new Date().toISOString().substring(0, 10)});
  const journeyId = el('input', {type: 'text', name: 'journey', size: 38, placeholder: 'Journey id',
    value: parameters.get('journey') || ''});
  const overview = el('div', {class: 'polku-overview'}, el('p', {text: 'Loading…'}));
  const journey = el('div', {class: 'polku-journey'});
  const show = async () => {
    try {
      renderOverview(overview, await getJson(API + '?from=' + from.value + '&to=' + to.value));
    } catch (error) {
      overview.replaceChildren(el('p', {class: 'polku-error', text: error.status === 403
        ? 'The Journeys page is for managers and team leads.' : 'Could not load the dashboard: ' + error.message}));
    }
  };
  const open = async () => {
    if (!journeyId.value.trim()) {
      journey.replaceChildren();
      return;
    }
    try {
      renderJourney(journey, await getJson(API + '/' + encodeURIComponent(journeyId.value.trim())));
    } catch (error) {
      journey.replaceChildren(el('p', {class: 'polku-error', text: error.message}));
    }
  };
  const periodForm = el('form', {name: 'period'}, el('label', {}, 'From ', from), el('label', {}, 'To ', to),
    el('button', {type: 'submit', class: 'btn btn-default', text: 'Show'}));
  periodForm.addEventListener('submit', event => { event.preventDefault(); show(); });
  const journeyForm = el('form', {name: 'journey'}, el('label', {}, 'Journey ', journeyId),
    el('button', {type: 'submit', class: 'btn btn-default', text: 'Open'}));
  journeyForm.addEventListener('submit', event => { event.preventDefault(); open(); });
  const container = el('div', {class: 'polku-journeys polku-page'}, el('h2', {text: 'Journeys'}), periodForm, overview,
    journeyForm, journey);
  node.replaceChildren(container);
  fitToCockpit(container);
  show();
  open();
}

export default [
  {
    id: 'polku-journeys-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    properties: {
      pagePath: '#/journeys',
      label: 'Journeys',
      checkActive: path => path.indexOf('#/journeys') > -1
    },
    render: node => node.append(el('a', {href: '#/journeys', text: 'Journeys'}))
  },
  {
    id: 'polku-journeys-page',
    pluginPoint: 'cockpit.route',
    properties: {path: '/journeys'},
    render: page
  },
  {
    id: 'polku-journeys-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: async node => {
      styles();
      try {
        const data = await getJson(API);
        node.replaceChildren(el('div', {class: 'polku-journeys'},
          section('Participants per phase now', table(['Phase', 'Participants'], Object.entries(data.participantsPerPhase)
            .map(([phase, count]) => [PHASES[phase] || phase, number(count, 'phase.' + phase)]))),
          el('a', {href: '#/journeys', text: 'All journey figures →'})));
      } catch (error) {
        node.replaceChildren();
      }
    }
  }
];
