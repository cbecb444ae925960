/*
 * Polku: the "Helsinki supplement" page in Cockpit, for supplement handlers and managers (README,
 * "Employer side: Helsinki supplement applications"): per month the applications received, decided,
 * accepted and rejected, the median days from receipt to decision, and the euros decided and paid.
 * Each figure is a button that lists what it counts (the application ids, or the instalment ids of
 * the payment files), so any figure can be traced. The data come from /api/v1/supplement-figures
 * with this Cockpit session; the server checks the group. Plain DOM: every value is set with
 * textContent, never as HTML.
 */
const API = '/api/v1/supplement-figures';

/** Cockpit's own rule: the browser's first language, if Finnish or Swedish, else English. */
const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase()
  .substring(0, 2);
const FI = {
  'Helsinki supplement': 'Helsinki-lisä',
  'Helsinki supplement figures': 'Helsinki-lisän luvut',
  'Per calendar month (Helsinki time). Click a figure to see what it counts.':
    'Kalenterikuukausittain (Suomen aikaa). Napsauta lukua nähdäksesi, mitä se laskee.',
  'From': 'Alkaen', 'To': 'Päättyen', 'Show': 'Näytä', 'Loading…': 'Ladataan…',
  'Month': 'Kuukausi', 'Received': 'Saapuneet', 'Decided': 'Päätetyt', 'Accepted': 'Myönnetyt',
  'Rejected': 'Hylätyt', 'Median days to decision': 'Käsittelyaika, mediaani (päivää)',
  'Euros decided': 'Myönnetty (€)', 'Euros paid': 'Maksettu (€)', 'Total': 'Yhteensä',
  'Applications': 'Hakemukset', 'Instalments in the payment files': 'Maksuerät maksuaineistoissa',
  'Nothing.': 'Ei mitään.',
  'The page is for supplement handlers and managers.': 'Sivu on Helsinki-lisän käsittelijöille ja esihenkilöille.',
  'Could not load the figures:': 'Lukuja ei voitu ladata:'
};
const SV = {
  'Helsinki supplement': 'Helsingforstillägget',
  'Helsinki supplement figures': 'Helsingforstilläggets siffror',
  'Per calendar month (Helsinki time). Click a figure to see what it counts.':
    'Per kalendermånad (finsk tid). Klicka på en siffra för att se vad den räknar.',
  'From': 'Från', 'To': 'Till', 'Show': 'Visa', 'Loading…': 'Laddar…',
  'Month': 'Månad', 'Received': 'Inkomna', 'Decided': 'Beslutade', 'Accepted': 'Beviljade',
  'Rejected': 'Avslagna', 'Median days to decision': 'Handläggningstid, median (dagar)',
  'Euros decided': 'Beviljat (€)', 'Euros paid': 'Utbetalt (€)', 'Total': 'Totalt',
  'Applications': 'Ansökningar', 'Instalments in the payment files': 'Poster i betalningsfilerna',
  'Nothing.': 'Inget.',
  'The page is for supplement handlers and managers.': 'Sidan är för handläggare av tillägget och chefer.',
  'Could not load the figures:': 'Siffrorna kunde inte laddas:'
};
const TEXTS = {fi: FI, sv: SV}[LANGUAGE] || {};
function t(text) {
  return TEXTS[text] || text;
}

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

function styles() {
  if (document.getElementById('polku-supplements-styles')) {
    return;
  }
  document.head.append(el('style', {id: 'polku-supplements-styles'}, document.createTextNode(`
    .polku-supplements { padding: 15px 20px; height: calc(100vh - 70px); overflow-y: auto; box-sizing: border-box; }
    .polku-supplements form { display: flex; gap: 10px; align-items: flex-end; margin-bottom: 15px; }
    .polku-supplements .polku-table { width: auto; }
    .polku-supplements td.number, .polku-supplements th.number { text-align: right; }
    .polku-supplements button.polku-figure { background: none; border: none; padding: 0; color: #155cb5;
      text-decoration: underline; cursor: pointer; }
    .polku-supplements .polku-error { color: #b5152b; }
    .polku-supplements .polku-trace code { display: block; }
  `)));
}

const COUNTS = [['received', 'Received', 'received'], ['decided', 'Decided', 'decided'],
  ['accepted', 'Accepted', 'accepted'], ['rejected', 'Rejected', 'rejected']];

function euros(value) {
  return value == null ? null : Number(value).toLocaleString(LANGUAGE || 'en', {minimumFractionDigits: 2,
    maximumFractionDigits: 2});
}

/** What a figure counts, below the table: its month, its name and the ids. */
function showTrace(target, month, label, heading, ids) {
  target.replaceChildren(el('h3', {text: month + ' · ' + label}), el('p', {text: heading + ' (' + ids.length + ')'}),
    ...(ids.length ? ids.map(id => el('code', {text: id, 'data-trace-id': id})) : [el('p', {text: t('Nothing.')})]));
}

function figureButton(trace, value, month, label, heading, ids, figure) {
  const button = el('button', {type: 'button', class: 'polku-figure', text: value, 'data-figure': figure});
  button.addEventListener('click', () => showTrace(trace, month, label, heading, ids));
  return button;
}

function render(target, trace, data) {
  const header = el('tr', {}, el('th', {text: t('Month')}),
    ...COUNTS.map(([, label]) => el('th', {class: 'number', text: t(label)})),
    el('th', {class: 'number', text: t('Median days to decision')}),
    el('th', {class: 'number', text: t('Euros decided')}), el('th', {class: 'number', text: t('Euros paid')}));
  const rows = data.months.map(month => el('tr', {'data-month': month.month}, el('td', {text: month.month}),
    ...COUNTS.map(([key, label, traceKey]) => el('td', {class: 'number'}, figureButton(trace, month[key], month.month,
      t(label), t('Applications'), month.trace[traceKey], month.month + '.' + key))),
    el('td', {class: 'number', text: month.medianDaysToDecision, 'data-figure': month.month + '.medianDays'}),
    el('td', {class: 'number'}, figureButton(trace, euros(month.eurosDecided), month.month, t('Euros decided'),
      t('Applications'), month.trace.accepted, month.month + '.eurosDecided')),
    el('td', {class: 'number'}, figureButton(trace, euros(month.eurosPaid), month.month, t('Euros paid'),
      t('Instalments in the payment files'), month.trace.paidInstalments, month.month + '.eurosPaid'))));
  const sum = key => data.months.reduce((total, month) => total + Number(month[key] || 0), 0);
  const total = el('tr', {}, el('th', {text: t('Total')}),
    ...COUNTS.map(([key]) => el('th', {class: 'number', text: sum(key), 'data-figure': 'total.' + key})),
    el('th', {}), el('th', {class: 'number', text: euros(sum('eurosDecided')), 'data-figure': 'total.eurosDecided'}),
    el('th', {class: 'number', text: euros(sum('eurosPaid')), 'data-figure': 'total.eurosPaid'}));
  target.replaceChildren(el('table', {class: 'table table-striped polku-table'},
    el('thead', {}, header), el('tbody', {}, ...rows), el('tfoot', {}, total)));
}

function page(node) {
  styles();
  const today = new Date().toISOString().substring(0, 10);
  const from = el('input', {type: 'date', name: 'from', value: new Date().getFullYear() + '-01-01'});
  const to = el('input', {type: 'date', name: 'to', value: today});
  const figures = el('div', {class: 'polku-supplement-figures'}, el('p', {text: t('Loading…')}));
  const trace = el('div', {class: 'polku-trace', 'aria-live': 'polite'});
  const show = async () => {
    trace.replaceChildren();
    try {
      render(figures, trace, await getJson(API + '?from=' + from.value + '&to=' + to.value));
    } catch (error) {
      figures.replaceChildren(el('p', {class: 'polku-error', text: error.status === 403
        ? t('The page is for supplement handlers and managers.') : t('Could not load the figures:') + ' ' + error.message}));
    }
  };
  const form = el('form', {name: 'period'}, el('label', {}, t('From') + ' ', from), el('label', {}, t('To') + ' ', to),
    el('button', {type: 'submit', class: 'btn btn-default', text: t('Show')}));
  form.addEventListener('submit', event => { event.preventDefault(); show(); });
  node.replaceChildren(el('div', {class: 'polku-supplements'}, el('h2', {text: t('Helsinki supplement figures')}),
    el('p', {text: t('Per calendar month (Helsinki time). Click a figure to see what it counts.')}), form, figures, trace));
  show();
}

export default [
  {
    id: 'polku-supplements-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {
      pagePath: '#/supplements',
      label: t('Helsinki supplement'),
      checkActive: path => path.indexOf('#/supplements') > -1
    },
    render: node => node.append(el('a', {href: '#/supplements', text: t('Helsinki supplement')}))
  },
  {
    id: 'polku-supplements-page',
    pluginPoint: 'cockpit.route',
    properties: {path: '/supplements'},
    render: page
  }
];
