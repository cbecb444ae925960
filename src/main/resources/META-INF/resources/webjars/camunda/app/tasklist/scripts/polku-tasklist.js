/*
 * Polku: two things Tasklist does not do by itself (README, "Accessibility and the first look").
 *
 * 1. Every filter shows how many tasks it holds, not only the one that is open, so new staff see
 *    where the work is before they click. The counts come from the engine's filter list with
 *    itemCount=true, which counts each filter's tasks with the user's own permissions; they are
 *    read again when the task list changes (a claim, a completion, a refresh).
 * 2. The link from a task to its process instance opens Cockpit. It is shown only to a user whose
 *    authorizedApps include Cockpit; for the others it would open an error page. Hidden by default
 *    (user-styles.css), so that a failed check hides it rather than shows it.
 *
 * 3. Tasklist's icon-only buttons and links get a name for screen readers (WCAG 4.1.2; axe's
 *    button-name and link-name): the tooltip Tasklist already shows, or for the region toggles and
 *    the maximise button, which have none, a text in the user's language (README, "Accessibility").
 *
 * Plain DOM: every value is set with textContent or as an attribute, never as HTML.
 */
const ENGINE = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)/) || [null, 'default'])[1];
const API = '/camunda/api';

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.status === 200 ? response.json() : null;
}

/** Filter name → its number of tasks, for the filters this user may read. */
async function filterCounts() {
  const filters = await getJson(API + '/engine/engine/' + encodeURIComponent(ENGINE)
    + '/filter?resourceType=Task&itemCount=true&maxResults=200');
  return new Map((filters || []).map(filter => [filter.name, filter.itemCount]));
}

let counting = false;
let countAgain = false;

async function showCounts() {
  if (counting) {
    countAgain = true;
    return;
  }
  counting = true;
  try {
    const counts = await filterCounts();
    document.querySelectorAll('div.task-filter h4.name > a').forEach(link => {
      const name = Array.from(link.childNodes).filter(node => node.nodeType === Node.TEXT_NODE)
        .map(node => node.textContent).join('').trim();
      let badge = link.querySelector('.polku-filter-count');
      if (!counts.has(name)) {
        badge?.remove();
        return;
      }
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'polku-filter-count';
        link.append(badge);
      }
      badge.textContent = String(counts.get(name));
    });
  } finally {
    counting = false;
    if (countAgain) {
      countAgain = false;
      setTimeout(showCounts, 500);
    }
  }
}

let cockpitUser = null;

/** Marks the page when the signed-in user may open Cockpit; asked again after a sign-in. */
async function markCockpitUser() {
  const authentication = await getJson(API + '/admin/auth/user/' + encodeURIComponent(ENGINE));
  cockpitUser = authentication ? (authentication.authorizedApps || []).includes('cockpit') : null;
  document.documentElement.classList.toggle('polku-cockpit-user', cockpitUser === true);
}

const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
const CONTROL_NAMES = LANGUAGE.startsWith('sv') ? {
  'button[data-region="filters"]': 'Dölj eller visa filtren',
  'button[data-region="list"]': 'Dölj eller visa uppgiftslistan',
  'button[data-region="task"]': 'Dölj eller visa uppgiften',
  'button.maximize': 'Förstora eller återställ uppgiftsvyn',
  'a.instance-link': 'Öppna uppgiftens process i Cockpit',
  '.app-switch > a.dropdown-toggle': 'Applikationer',
  '.new-sort > a.dropdown-toggle': 'Lägg till ett sorteringsvillkor',
  '.stored-criteria > button.dropdown-toggle': 'Sparade sökningar'
} : LANGUAGE.startsWith('fi') ? {
  'button[data-region="filters"]': 'Piilota tai näytä suodattimet',
  'button[data-region="list"]': 'Piilota tai näytä tehtävälista',
  'button[data-region="task"]': 'Piilota tai näytä tehtävä',
  'button.maximize': 'Suurenna tai palauta tehtävänäkymä',
  'a.instance-link': 'Avaa tehtävän prosessi Cockpitissa',
  '.app-switch > a.dropdown-toggle': 'Sovellukset',
  '.new-sort > a.dropdown-toggle': 'Lisää lajitteluperuste',
  '.stored-criteria > button.dropdown-toggle': 'Tallennetut haut'
} : {
  'button[data-region="filters"]': 'Hide or show the filters',
  'button[data-region="list"]': 'Hide or show the task list',
  'button[data-region="task"]': 'Hide or show the task',
  'button.maximize': 'Enlarge or restore the task view',
  'a.instance-link': 'Open the task\'s process in Cockpit',
  '.app-switch > a.dropdown-toggle': 'Applications',
  '.new-sort > a.dropdown-toggle': 'Add a sort criterion',
  '.stored-criteria > button.dropdown-toggle': 'Saved searches'
};

/** A name for every icon-only button and link that has none. */
function nameControls() {
  Object.entries(CONTROL_NAMES).forEach(([selector, name]) => document.querySelectorAll(selector)
    .forEach(control => control.getAttribute('aria-label') || control.setAttribute('aria-label', name)));
  // Only real links and buttons: an <a> without href has no role a name may be given to.
  document.querySelectorAll('a[href][uib-tooltip], button[uib-tooltip], [uib-tooltip] > a[href], [uib-tooltip] > button')
    .forEach(control => {
      const tooltip = control.getAttribute('uib-tooltip') || control.parentElement.getAttribute('uib-tooltip');
      if (!control.getAttribute('aria-label') && !control.textContent.trim() && tooltip && !tooltip.includes('{{')) {
        control.setAttribute('aria-label', tooltip);
      }
    });
}

let pending = null;
function onChange(mutations) {
  const ours = mutations.every(mutation => mutation.target.closest && mutation.target.closest('.polku-filter-count'));
  if (ours) {
    return;
  }
  clearTimeout(pending);
  pending = setTimeout(() => {
    nameControls();
    if (document.querySelector('div.task-filter h4.name > a')) {
      showCounts();
    }
    if (cockpitUser === null && document.querySelector('a.instance-link')) {
      markCockpitUser();
    }
  }, 300);
}

new MutationObserver(onChange).observe(document.body, {childList: true, subtree: true});
markCockpitUser();

export default [];
