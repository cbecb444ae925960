/*
 * Polku: the "Journeys" page in Cockpit, for managers and team leads. Plain DOM, no framework:
 * every value is set with textContent, never as HTML. The data come from /api/v1/dashboard/journeys,
 * which accepts this Cockpit session for reading and checks the user's group.
 */
const API = '/api/v1/dashboard/journeys';

/** Cockpit's own rule: the browser's first language, if Finnish or Swedish, else English. */
const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase()
  .substring(0, 2);
const FI = {
  'Journeys': 'Polut',
  'Referral': 'Ohjaus', 'Initial assessment': 'Alkukartoitus', 'Wage-subsidy period': 'Palkkatukijakso',
  'Trainee placement': 'Trainee-jakso', 'Follow-up': 'Seuranta',
  'Women': 'Naiset', 'Men': 'Miehet', 'Non-binary / other': 'Muunsukupuoliset / muu', 'Undisclosed': 'Ei ilmoitettu',
  'Participants per phase now': 'Osallistujat vaiheittain nyt', 'Phase': 'Vaihe', 'Participants': 'Osallistujia',
  'Tasks overdue per group': 'Myöhässä olevat tehtävät ryhmittäin', 'Group': 'Ryhmä', 'Overdue': 'Myöhässä',
  'Waiting list': 'Jonotuslista', 'Waiting now': 'Jonossa nyt', 'Longest wait (days)': 'Pisin odotus (päivää)',
  'This month': 'Tämä kuukausi', 'Started': 'Aloittaneet', 'Left': 'Lopettaneet',
  'Results': 'Tulokset', "(the indicator report's figures)": '(indikaattoriraportin luvut)',
  'Indicator': 'Indikaattori', 'Total': 'Yhteensä',
  'Average days per phase (completed phases)': 'Vaiheiden keskimääräinen kesto päivinä (päättyneet vaiheet)',
  'Days': 'Päivää', 'Incidents per process': 'Häiriöt prosesseittain', 'Process': 'Prosessi',
  'Open incidents': 'Avoimet häiriöt', 'From': 'Alkaen', 'To': 'Päättyen', 'Show': 'Näytä', 'Journey': 'Polku',
  'Journey id': 'Polun tunnus', 'Open': 'Avaa', 'Loading…': 'Ladataan…', 'Journey of': 'Polku:',
  'Phases': 'Vaiheet', 'Ended': 'Päättyi', 'Open tasks': 'Avoimet tehtävät', 'Task': 'Tehtävä',
  'Assignee': 'Vastuuhenkilö', 'Created': 'Luotu', 'Due': 'Määräpäivä', 'Completed tasks': 'Valmiit tehtävät',
  'Completed by': 'Tehnyt', 'Completed': 'Valmis', 'Notifications': 'Ilmoitukset', 'Notification': 'Ilmoitus',
  'Target': 'Vastaanottaja', 'Status': 'Tila', 'Attempts': 'Yrityksiä', 'Sent': 'Lähetetty',
  'All journey figures →': 'Kaikki polkujen luvut →',
  'The Journeys page is for managers and team leads.': 'Polut-sivu on esihenkilöille ja johdolle.',
  'Could not load the dashboard:': 'Yleiskatsausta ei voitu ladata:',
  'participants': 'Aloittaneet osallistujat', 'leavers': 'Lopettaneet osallistujat',
  'leaving-job-searching': 'Lopettaessa: työnhakijana', 'leaving-in-education': 'Lopettaessa: koulutuksessa',
  'leaving-qualification': 'Lopettaessa: suorittanut tutkinnon tai sen osan',
  'leaving-employed': 'Lopettaessa: työssä, myös yrittäjänä',
  'six-months-employed': 'Kuusi kuukautta lopettamisesta: työssä, myös yrittäjänä',
  'six-months-improved': 'Kuusi kuukautta lopettamisesta: työmarkkina-asema parantunut',
  'Referral coordinators': 'Ohjauskoordinaattorit', 'Job coaches': 'Työvalmentajat',
  'Social instructors': 'Sosiaaliohjaajat', 'Study counsellors': 'Opinto-ohjaajat',
  'Employer coordinators': 'Yrityskoordinaattorit', 'Team leads': 'Esihenkilöt',
  'Participant journey': 'Osallistujan polku',
  'Social workers': 'Sosiaalityöntekijät', 'Work-activity instructors': 'Työtoiminnan ohjaajat',
  'Supplement handlers': 'Helsinki-lisän käsittelijät',
  'Work-activity journey': 'Työtoiminnasta työelämään', 'Helsinki supplement application': 'Helsinki-lisän hakemus',
  'Vocational profile': 'Ammatillinen profiili', 'Job search': 'Työnhaku', 'In-work support': 'Tuki työssä',
  'Journeys shown': 'Näytettävät polut', 'Both journeys': 'Molemmat polut', 'Digitalents journey': 'Digitalents-polku',
  'IPS job coaching (work-activity journeys)': 'IPS-työhönvalmennus (työtoiminnan polut)', 'Figure': 'Luku',
  'Value': 'Arvo', 'Counted': 'Laskettu', 'Out of': 'Kaikista',
  'days-to-first-employer-contact': 'Päiviä profiilista ensimmäiseen työnantajakontaktiin (mediaani)',
  'employer-contact-within-30-days': 'Työnantajakontakti 30 päivän kuluessa profiilista (%)',
  'jobs-started': 'Alkaneet työsuhteet', 'jobs-started-open-market': 'Alkaneet työsuhteet avoimilla työmarkkinoilla',
  'hours-per-week': 'Viikkotunnit alkaneissa työsuhteissa (mediaani)',
  'employed-at-six-months': 'Yhä työssä kuusi kuukautta työn alkamisesta (%)'
};
const SV = {
  'Journeys': 'Stigar',
  'Referral': 'Hänvisning', 'Initial assessment': 'Inledande kartläggning', 'Wage-subsidy period': 'Lönesubventionsperiod',
  'Trainee placement': 'Traineeperiod', 'Follow-up': 'Uppföljning',
  'Women': 'Kvinnor', 'Men': 'Män', 'Non-binary / other': 'Icke-binära / annat', 'Undisclosed': 'Inte uppgett',
  'Participants per phase now': 'Deltagare per skede nu', 'Phase': 'Skede', 'Participants': 'Deltagare',
  'Tasks overdue per group': 'Försenade uppgifter per grupp', 'Group': 'Grupp', 'Overdue': 'Försenade',
  'Waiting list': 'Kölista', 'Waiting now': 'I kö nu', 'Longest wait (days)': 'Längsta väntan (dagar)',
  'This month': 'Denna månad', 'Started': 'Började', 'Left': 'Slutade',
  'Results': 'Resultat', "(the indicator report's figures)": '(indikatorrapportens siffror)',
  'Indicator': 'Indikator', 'Total': 'Totalt',
  'Average days per phase (completed phases)': 'Skedenas genomsnittliga längd i dagar (avslutade skeden)',
  'Days': 'Dagar', 'Incidents per process': 'Störningar per process', 'Process': 'Process',
  'Open incidents': 'Öppna störningar', 'From': 'Från', 'To': 'Till', 'Show': 'Visa', 'Journey': 'Stig',
  'Journey id': 'Stigens beteckning', 'Open': 'Öppna', 'Loading…': 'Laddar…', 'Journey of': 'Stig:',
  'Phases': 'Skeden', 'Ended': 'Slutade', 'Open tasks': 'Öppna uppgifter', 'Task': 'Uppgift',
  'Assignee': 'Ansvarig person', 'Created': 'Skapad', 'Due': 'Förfallodag', 'Completed tasks': 'Slutförda uppgifter',
  'Completed by': 'Slutförd av', 'Completed': 'Slutförd', 'Notifications': 'Meddelanden', 'Notification': 'Meddelande',
  'Target': 'Mottagare', 'Status': 'Status', 'Attempts': 'Försök', 'Sent': 'Skickat',
  'All journey figures →': 'Alla stigarnas siffror →',
  'The Journeys page is for managers and team leads.': 'Sidan Stigar är för chefer och teamledare.',
  'Could not load the dashboard:': 'Översikten kunde inte laddas:',
  'participants': 'Deltagare som började', 'leavers': 'Deltagare som slutade',
  'leaving-job-searching': 'Vid avslut: arbetssökande', 'leaving-in-education': 'Vid avslut: i utbildning',
  'leaving-qualification': 'Vid avslut: har avlagt examen eller en del av den',
  'leaving-employed': 'Vid avslut: i arbete, även som företagare',
  'six-months-employed': 'Sex månader efter avslut: i arbete, även som företagare',
  'six-months-improved': 'Sex månader efter avslut: bättre ställning på arbetsmarknaden',
  'Referral coordinators': 'Hänvisningskoordinatorer', 'Job coaches': 'Jobbcoacher',
  'Social instructors': 'Socialhandledare', 'Study counsellors': 'Studiehandledare',
  'Employer coordinators': 'Företagskoordinatorer', 'Team leads': 'Förmän',
  'Participant journey': 'Deltagarens stig',
  'Social workers': 'Socialarbetare', 'Work-activity instructors': 'Handledare inom arbetsverksamhet',
  'Supplement handlers': 'Handläggare av Helsingforstillägget',
  'Work-activity journey': 'Från arbetsverksamhet till arbetslivet',
  'Helsinki supplement application': 'Ansökan om Helsingforstillägget',
  'Vocational profile': 'Yrkesprofil', 'Job search': 'Jobbsökning', 'In-work support': 'Stöd i arbetet',
  'Journeys shown': 'Stigar som visas', 'Both journeys': 'Båda stigarna', 'Digitalents journey': 'Digitalents-stigen',
  'IPS job coaching (work-activity journeys)': 'IPS-jobbcoachning (arbetsverksamhetens stigar)', 'Figure': 'Siffra',
  'Value': 'Värde', 'Counted': 'Räknade', 'Out of': 'Av',
  'days-to-first-employer-contact': 'Dagar från yrkesprofilen till den första arbetsgivarkontakten (median)',
  'employer-contact-within-30-days': 'Arbetsgivarkontakt inom 30 dagar från profilen (%)',
  'jobs-started': 'Påbörjade anställningar', 'jobs-started-open-market': 'Påbörjade anställningar på den öppna arbetsmarknaden',
  'hours-per-week': 'Veckotimmar i påbörjade anställningar (median)',
  'employed-at-six-months': 'Fortfarande i arbete sex månader efter att arbetet började (%)'
};
const TEXTS = {fi: FI, sv: SV}[LANGUAGE] || {};
/** The text in the user's language (English is the source). */
function t(text) {
  return TEXTS[text] || text;
}
const PHASES = {
  REFERRAL: t('Referral'),
  INITIAL_ASSESSMENT: t('Initial assessment'),
  WAGE_SUBSIDY_PERIOD: t('Wage-subsidy period'),
  TRAINEE_PLACEMENT: t('Trainee placement'),
  VOCATIONAL_PROFILE: t('Vocational profile'),
  JOB_SEARCH: t('Job search'),
  IN_WORK_SUPPORT: t('In-work support'),
  FOLLOW_UP: t('Follow-up')
};
/** The team's groups and the processes by the names the staff know, not their ids. */
const GROUPS = {
  'referral-coordinators': t('Referral coordinators'),
  'job-coaches': t('Job coaches'),
  'social-instructors': t('Social instructors'),
  'study-counsellors': t('Study counsellors'),
  'employer-coordinators': t('Employer coordinators'),
  'team-leads': t('Team leads'),
  'social-workers': t('Social workers'),
  'work-activity-instructors': t('Work-activity instructors'),
  'supplement-handlers': t('Supplement handlers')
};
const PROCESSES = {
  'participant-journey': t('Participant journey'),
  'referral': PHASES.REFERRAL,
  'initial-assessment': PHASES.INITIAL_ASSESSMENT,
  'wage-subsidy-period': PHASES.WAGE_SUBSIDY_PERIOD,
  'trainee-placement': PHASES.TRAINEE_PLACEMENT,
  'follow-up': PHASES.FOLLOW_UP,
  'work-activity-journey': t('Work-activity journey'),
  'supplement-application': t('Helsinki supplement application')
};
const GENDERS = [['FEMALE', t('Women')], ['MALE', t('Men')], ['NON_BINARY', t('Non-binary / other')],
  ['UNDISCLOSED', t('Undisclosed')]];
/** The report's figures the dashboard shows: starts and leavers, outcomes on leaving and at six months. */
/** The journey-type filter's choices: both (no filter), Digitalents, work activity. */
const JOURNEY_TYPES = [['', t('Both journeys')], ['PARTICIPANT', t('Digitalents journey')],
  ['WORK_ACTIVITY', t('Work-activity journey')]];
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
      section(t('Participants per phase now'),
        table([t('Phase'), t('Participants')], Object.entries(data.participantsPerPhase)
          .map(([phase, count]) => [PHASES[phase] || phase, number(count, 'phase.' + phase)]))),
      section(t('Tasks overdue per group'),
        table([t('Group'), t('Overdue')], Object.entries(data.overdueTasksPerGroup)
          .map(([group, count]) => [GROUPS[group] || group, number(count, 'overdue.' + group)]))),
      section(t('Waiting list'),
        table(null, [
          [t('Waiting now'), number(data.waitingList.length, 'waiting.length')],
          [t('Longest wait (days)'), number(data.waitingList.oldestWaitDays, 'waiting.oldestDays')]])),
      section(t('This month') + ' (' + data.thisMonth.from + ' – ' + data.thisMonth.to + ')',
        table(null, [
          [t('Started'), number(data.thisMonth.starts, 'month.starts')],
          [t('Left'), number(data.thisMonth.leavers, 'month.leavers')]]))),
    section(t('Results') + ' ' + data.results.from + ' – ' + data.results.to + ' ' + t("(the indicator report's figures)"),
      table([t('Indicator'), t('Total'), ...GENDERS.map(([, label]) => label)], data.results.indicators
        .filter(figure => RESULTS.includes(figure.id))
        .map(figure => [TEXTS[figure.id] || figure.label, number(figure.total, figure.id + '.total'),
          ...GENDERS.map(([gender]) => number(figure.byGender[gender], figure.id + '.' + gender))]))),
    ...(data.ipsFigures ? [section(t('IPS job coaching (work-activity journeys)') + ' ' + data.ipsFigures.from + ' – '
      + data.ipsFigures.to,
      table([t('Figure'), t('Value'), t('Counted'), t('Out of')], data.ipsFigures.figures
        .map(figure => [TEXTS[figure.id] || figure.label, number(figure.value == null || figure.unit !== '%'
          ? figure.value : figure.value + ' %', 'ips.' + figure.id),
          number(figure.counted, 'ips.' + figure.id + '.counted'), number(figure.outOf, 'ips.' + figure.id + '.outOf')])))]
      : []),
    el('div', {class: 'polku-grid'},
      // The averages are of the Digitalents journey's phases (its call activities): not shown for work activity alone.
      ...(data.journeyType === 'WORK_ACTIVITY' ? [] : [section(t('Average days per phase (completed phases)'),
        table([t('Phase'), t('Days')], Object.entries(data.averageDaysPerPhase)
          .map(([phase, days]) => [PHASES[phase] || phase, number(days, 'days.' + phase)])))]),
      section(t('Incidents per process'),
        table([t('Process'), t('Open incidents')], Object.entries(data.incidentsPerProcess)
          .map(([process, count]) => [PROCESSES[process] || process, number(count, 'incidents.' + process)])))));
}

function renderJourney(target, journey) {
  target.replaceChildren(
    el('h3', {text: t('Journey of') + ' ' + journey.displayName, 'data-journey': journey.journeyId}),
    el('p', {text: journey.journeyId + ' · ' + journey.status + ' · ' + (PHASES[journey.phase] || journey.phase)
      + (journey.outcome ? ' · ' + journey.outcome : '')}),
    section(t('Phases'), table([t('Phase'), t('Started'), t('Ended')], journey.phases
      .map(phase => [PHASES[phase.phase] || phase.phase, time(phase.startedAt), time(phase.endedAt)]))),
    section(t('Open tasks'), table([t('Task'), t('Group'), t('Assignee'), t('Created'), t('Due')], journey.openTasks
      .map(task => [task.name, GROUPS[task.candidateGroup] || task.candidateGroup, task.assignee, time(task.created), day(task.due)]))),
    section(t('Completed tasks'), table([t('Task'), t('Completed by'), t('Completed')], journey.completedTasks
      .map(task => [task.name, task.completedBy, time(task.completedAt)]))),
    section(t('Notifications'), table([t('Notification'), t('Target'), t('Status'), t('Attempts'), t('Created'), t('Sent')],
      journey.notifications.map(n => [n.type, n.target, n.status, n.attempts, time(n.createdAt), time(n.sentAt)]))),
    // Team leads only: the server leaves the applications out for managers.
    ...(journey.supplementApplications ? [supplementSection(journey.supplementApplications)] : []));
}

/*
 * The journey's Helsinki supplement applications (issue 25): kept in this one block, with its own
 * words, so that it stays apart from the journey list and its filters.
 */
const SUPPLEMENT_WORDS = {
  fi: {
    'Helsinki supplement applications': 'Helsinki-lisän hakemukset', 'Employer': 'Työnantaja',
    'Received': 'Saapui', 'Decided': 'Päätetty', 'Amount decided (€)': 'Myönnetty määrä (€)',
    'Case number': 'Diaarinumero', 'No applications.': 'Ei hakemuksia.',
    RECEIVED: 'saapunut', HANDLING: 'käsittelyssä', INFO_REQUESTED: 'lisätietoja pyydetty',
    ACCEPTED: 'myönnetty', REJECTED: 'hylätty', CANCELLED: 'peruttu'
  },
  sv: {
    'Helsinki supplement applications': 'Ansökningar om Helsingforstillägget', 'Employer': 'Arbetsgivare',
    'Received': 'Inkommen', 'Decided': 'Beslutad', 'Amount decided (€)': 'Beviljat belopp (€)',
    'Case number': 'Diarienummer', 'No applications.': 'Inga ansökningar.',
    RECEIVED: 'inkommen', HANDLING: 'under behandling', INFO_REQUESTED: 'tilläggsuppgifter begärda',
    ACCEPTED: 'beviljad', REJECTED: 'avslagen', CANCELLED: 'återtagen'
  },
  en: {
    RECEIVED: 'received', HANDLING: 'being handled', INFO_REQUESTED: 'information requested',
    ACCEPTED: 'accepted', REJECTED: 'rejected', CANCELLED: 'cancelled'
  }
};
function supplementWord(text) {
  const words = SUPPLEMENT_WORDS[LANGUAGE] || SUPPLEMENT_WORDS.en;
  return words[text] || SUPPLEMENT_WORDS.en[text] || text;
}

function supplementSection(applications) {
  const w = supplementWord;
  const rows = (applications || []).map(a => [a.employer, {text: w(a.status), 'data-supplement-status': a.status},
    day(a.receivedAt), day(a.decidedAt), number(a.amountDecidedEur, 'supplement.amount'), a.caseNumber]);
  return el('section', {class: 'polku-section polku-supplements'}, el('h3', {text: w('Helsinki supplement applications')}),
    rows.length ? table([w('Employer'), t('Status'), w('Received'), w('Decided'), w('Amount decided (€)'), w('Case number')], rows)
      : el('p', {text: w('No applications.')}));
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
  const journeyType = el('select', {name: 'journeyType'}, ...JOURNEY_TYPES.map(([value, label]) =>
    el('option', {value, text: label})));
  journeyType.value = parameters.get('journeyType') || '';
  const journeyId = el('input', {type: 'text', name: 'journey', size: 38, placeholder: t('Journey id'),
    value: parameters.get('journey') || ''});
  const overview = el('div', {class: 'polku-overview'}, el('p', {text: t('Loading…')}));
  const journey = el('div', {class: 'polku-journey'});
  const show = async () => {
    try {
      renderOverview(overview, await getJson(API + '?from=' + from.value + '&to=' + to.value
        + (journeyType.value ? '&journeyType=' + encodeURIComponent(journeyType.value) : '')));
    } catch (error) {
      overview.replaceChildren(el('p', {class: 'polku-error', text: error.status === 403
        ? t('The Journeys page is for managers and team leads.') : t('Could not load the dashboard:') + ' ' + error.message}));
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
  const periodForm = el('form', {name: 'period'}, el('label', {}, t('From') + ' ', from), el('label', {}, t('To') + ' ', to),
    el('label', {}, t('Journeys shown') + ' ', journeyType),
    el('button', {type: 'submit', class: 'btn btn-default', text: t('Show')}));
  periodForm.addEventListener('submit', event => { event.preventDefault(); show(); });
  const journeyForm = el('form', {name: 'journey'}, el('label', {}, t('Journey') + ' ', journeyId),
    el('button', {type: 'submit', class: 'btn btn-default', text: t('Open')}));
  journeyForm.addEventListener('submit', event => { event.preventDefault(); open(); });
  const container = el('div', {class: 'polku-journeys polku-page'}, el('h2', {text: t('Journeys')}), periodForm, overview,
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
      label: t('Journeys'),
      checkActive: path => path.indexOf('#/journeys') > -1
    },
    render: node => node.append(el('a', {href: '#/journeys', text: t('Journeys')}))
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
          section(t('Participants per phase now'), table([t('Phase'), t('Participants')], Object.entries(data.participantsPerPhase)
            .map(([phase, count]) => [PHASES[phase] || phase, number(count, 'phase.' + phase)]))),
          el('a', {href: '#/journeys', text: t('All journey figures →')})));
      } catch (error) {
        node.replaceChildren();
      }
    }
  }
];
