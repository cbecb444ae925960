/*
 * Polku: the "Participants" page in Cockpit, for team leads (README, "The case file"): find a
 * participant by name and birth date or by journey id, read a journey's whole case file, see who
 * has viewed the participant's data, and produce the subject-access export (GDPR Art. 15). The
 * data come from /api/v1/case-files with this Cockpit session; the server checks the group, logs
 * every search and view, and gives every text in the browser's language. Plain DOM: every value is
 * set with textContent, never as HTML.
 */
const API = '/api/v1/case-files';
const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en');
// The menu's name is needed before the texts arrive: the same words as casefile.ui.page in messages/.
const PAGE = LANGUAGE.toLowerCase().startsWith('sv') ? 'Deltagare'
  : LANGUAGE.toLowerCase().startsWith('fi') ? 'Osallistujat' : 'Participants';

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'text') {
      element.textContent = value == null ? '' : String(value);
    } else if (value != null) {
      element.setAttribute(name, value);
    }
  });
  children.forEach(child => element.append(child));
  return element;
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && Array.isArray(body.errors) && body.errors.length
      ? body.errors.map(error => error.field + ': ' + error.message).join('; ')
      : body && body.detail ? body.detail : 'HTTP ' + response.status;
    throw Object.assign(new Error(detail), {status: response.status});
  }
  return body;
}

function when(at) {
  return at ? new Date(at).toLocaleString(LANGUAGE, {dateStyle: 'short', timeStyle: 'short'}) : '';
}

function styles() {
  if (document.getElementById('polku-participants-styles')) {
    return;
  }
  document.head.append(el('style', {id: 'polku-participants-styles'}, document.createTextNode(`
    .polku-participants { padding: 15px 20px; height: calc(100vh - 70px); overflow-y: auto; box-sizing: border-box; }
    .polku-participants form { display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; margin-bottom: 15px; }
    .polku-participants label { display: flex; flex-direction: column; font-weight: 600; }
    .polku-participants .polku-error { color: #b5152b; }
    .polku-participants .polku-hit { border: 1px solid #ccc; padding: 10px 15px; margin-bottom: 15px; }
    .polku-participants .polku-actions { display: flex; flex-wrap: wrap; gap: 10px; margin: 6px 0; }
    .polku-participants .polku-case-entry { border-left: 4px solid #b5152b; padding: 4px 10px; margin-bottom: 8px;
      background: #fafafa; list-style: none; }
    .polku-participants .polku-case-entry h4 { margin: 4px 0; font-size: 15px; }
    .polku-participants .polku-case-entry dl { display: grid; grid-template-columns: minmax(8em, 30%) 1fr; gap: 2px 10px; }
    .polku-participants .polku-case-entry dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
    .polku-participants ol { padding: 0; }
  `)));
}

function caseFile(texts, view) {
  return el('ol', {class: 'polku-case-entries', 'data-journey': view.journeyId}, ...view.entries.map(entry => {
    const lines = el('dl');
    entry.lines.forEach(line => lines.append(el('dt', {text: line.label}), el('dd', {text: line.value})));
    return el('li', {class: 'polku-case-entry', 'data-kind': entry.kind},
      el('h4', {text: entry.title}),
      el('p', {text: [when(entry.at), entry.by ? texts.by + ' ' + entry.by : null].filter(Boolean).join(' · ')}), lines);
  }));
}

function accessLog(texts, rows) {
  return el('table', {class: 'table table-striped polku-access-log'},
    el('thead', {}, el('tr', {}, ...[texts.viewedAt, texts.viewedBy, texts.viewedParts, texts.endpoint]
      .map(header => el('th', {text: header})))),
    el('tbody', {}, ...rows.map(row => el('tr', {}, el('td', {text: when(row.viewedAt)}), el('td', {text: row.viewedBy}),
      el('td', {text: row.part}), el('td', {text: row.endpoint})))));
}

function hit(texts, participant) {
  const detail = el('div', {class: 'polku-detail'});
  const show = async (load, render) => {
    try {
      detail.replaceChildren(render(await load()));
    } catch (error) {
      detail.replaceChildren(el('p', {class: 'polku-error', text: error.message}));
    }
  };
  const base = API + '/participants/' + encodeURIComponent(participant.participantId);
  const logButton = el('button', {type: 'button', class: 'btn btn-default', text: texts.accessLog});
  logButton.addEventListener('click', () => show(() => getJson(base + '/access-log'), rows => accessLog(texts, rows)));
  const journeys = participant.journeys.map(journey => {
    const open = el('button', {type: 'button', class: 'btn btn-default', text: texts.openCaseFile,
      'data-journey': journey.journeyId});
    open.addEventListener('click', () => show(() => getJson(API + '/journeys/' + encodeURIComponent(journey.journeyId)),
      view => caseFile(texts, view)));
    return el('li', {}, el('span', {text: journey.journeyId + ' · ' + texts.journeyStarted + ' '
      + when(journey.startedAt) + ' · ' + journey.status + ' '}), open);
  });
  return el('div', {class: 'polku-hit', 'data-participant': participant.participantId},
    el('h3', {text: participant.displayName + ' (' + participant.birthDate + ')'}),
    el('ul', {}, ...journeys),
    el('div', {class: 'polku-actions'}, logButton,
      el('span', {text: texts.export + ':'}),
      el('a', {href: base + '/export?format=html&language=fi', target: '_blank', rel: 'noopener', text: texts.exportFinnish}),
      el('a', {href: base + '/export?format=html&language=sv', target: '_blank', rel: 'noopener', text: texts.exportSwedish}),
      el('a', {href: base + '/export?format=json', target: '_blank', rel: 'noopener', text: texts.exportJson})),
    detail);
}

async function page(node) {
  styles();
  const container = el('div', {class: 'polku-participants polku-page'});
  node.replaceChildren(container);
  let texts;
  try {
    texts = await getJson(API + '/texts');
  } catch (error) {
    container.append(el('p', {class: 'polku-error', text: error.message}));
    return;
  }
  const name = el('input', {type: 'text', name: 'name', maxlength: 201, autocomplete: 'off'});
  const birthDate = el('input', {type: 'date', name: 'birthDate'});
  const journeyId = el('input', {type: 'text', name: 'journeyId', size: 38, autocomplete: 'off'});
  const results = el('div', {class: 'polku-results', role: 'region', 'aria-live': 'polite'});
  const form = el('form', {name: 'search'},
    el('label', {}, texts.name, name), el('label', {}, texts.birthDate, birthDate), el('label', {}, texts.journeyId, journeyId),
    el('button', {type: 'submit', class: 'btn btn-primary', text: texts.search}));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const query = journeyId.value.trim()
      ? 'journeyId=' + encodeURIComponent(journeyId.value.trim())
      : 'name=' + encodeURIComponent(name.value) + '&birthDate=' + encodeURIComponent(birthDate.value);
    try {
      const hits = await getJson(API + '/search?' + query);
      results.replaceChildren(...(hits.length ? hits.map(found => hit(texts, found)) : [el('p', {text: texts.noHits})]));
    } catch (error) {
      results.replaceChildren(el('p', {class: 'polku-error', text: error.status === 403 ? texts.forTeamLeads
        : texts.searchFailed.replace('{error}', error.message)}));
    }
  });
  container.append(el('h2', {text: texts.page}), el('p', {text: texts.pageIntro}), form, results);
}

export default [
  {
    id: 'polku-participants-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 55,
    properties: {
      pagePath: '#/participants',
      label: PAGE,
      checkActive: path => path.indexOf('#/participants') > -1
    },
    render: node => node.append(el('a', {href: '#/participants', text: PAGE}))
  },
  {
    id: 'polku-participants-page',
    pluginPoint: 'cockpit.route',
    properties: {path: '/participants'},
    render: page
  }
];
