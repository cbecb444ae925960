/*
 * Polku: the participant's case file as a tab beside the task's Form, History and Diagram
 * (README, "The case file"). It reads /api/v1/case-files/tasks/{taskId} with the user's webapp
 * session: the server answers only the parts the user's groups may see, in the browser's language,
 * and logs the view. A note is sent with the session's CSRF token; when it fails, the text stays
 * in the box and the reason is shown. Tasklist keeps the tab when the user picks another task (the
 * task changes in the address, ?task=…): the tab then loads that task's case file.
 *
 * Plain DOM: every value is set with textContent, never as HTML.
 */
const API = '/api/v1/case-files';
const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en');
// The tab's name is needed before the texts arrive: the same words as casefile.ui.tab in messages/.
const TAB = LANGUAGE.toLowerCase().startsWith('sv') ? 'Klientmapp'
  : LANGUAGE.toLowerCase().startsWith('fi') ? 'Asiakaskansio' : 'Case file';

let texts = null;

async function readJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(String(response.status));
  }
  return response.json();
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

function when(at) {
  return at ? new Date(at).toLocaleString(LANGUAGE, {dateStyle: 'short', timeStyle: 'short'}) : '';
}

function problemText(problem, status) {
  if (problem && Array.isArray(problem.errors) && problem.errors.length) {
    return problem.errors.map(error => error.message).join('; ');
  }
  return (problem && (problem.detail || problem.title)) || String(status);
}

function renderEntries(list, view) {
  list.replaceChildren();
  if (!view.entries.length) {
    list.append(element('p', 'polku-case-empty', texts.empty));
    return;
  }
  view.entries.forEach(entry => {
    const item = element('li', 'polku-case-entry polku-case-' + entry.part);
    item.dataset.kind = entry.kind;
    item.append(element('h4', null, entry.title));
    const meta = [when(entry.at), entry.by ? texts.by + ' ' + entry.by : null].filter(Boolean).join(' · ');
    item.append(element('p', 'polku-case-meta', meta));
    if (entry.lines.length) {
      const lines = element('dl');
      entry.lines.forEach(line => {
        lines.append(element('dt', null, line.label));
        lines.append(element('dd', null, line.value));
      });
      item.append(lines);
    }
    list.append(item);
  });
}

function taskInAddress() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function render(node, {taskId, api}) {
  let current = taskId;
  const root = element('section', 'polku-case-file');
  root.setAttribute('aria-label', TAB);
  const whose = element('h3', 'polku-case-whose');
  const parts = element('p', 'polku-case-parts');
  const status = element('p', 'polku-case-status');
  status.setAttribute('role', 'status');
  const form = element('form', 'polku-case-note');
  const list = element('ol', 'polku-case-entries');
  root.append(whose, parts, form, status, list);
  node.append(root);

  async function load() {
    try {
      const [words, view] = await Promise.all([texts ? Promise.resolve(texts) : readJson(API + '/texts'),
        readJson(API + '/tasks/' + encodeURIComponent(current))]);
      texts = words;
      whose.textContent = view.displayName;
      parts.textContent = texts.parts + ': ' + view.parts.map(part => texts['part.' + part] || part).join(', ');
      renderEntries(list, view);
      return view;
    } catch (failure) {
      whose.textContent = '';
      parts.textContent = '';
      list.replaceChildren();
      status.textContent = (texts && texts.loadFailed) || 'The case file could not be loaded.';
      return null;
    }
  }

  const followTheTask = () => {
    if (!root.isConnected) {
      window.removeEventListener('hashchange', followTheTask);
      return;
    }
    const shown = taskInAddress();
    if (shown && shown !== current) {
      current = shown;
      whose.textContent = '';
      status.textContent = '';
      list.replaceChildren();
      load();
    }
  };
  window.addEventListener('hashchange', followTheTask);

  load().then(view => {
    if (!view || !view.parts.includes('notes')) {
      return;
    }
    const id = 'polku-note-' + current;
    const label = element('label', null, texts.newNote);
    label.htmlFor = id;
    const box = element('textarea', 'form-control');
    box.id = id;
    box.rows = 3;
    box.maxLength = 2000;
    box.setAttribute('aria-describedby', id + '-hint');
    const hint = element('p', 'help-block', texts.noteHint);
    hint.id = id + '-hint';
    const send = element('button', 'btn btn-default', texts.addNote);
    send.type = 'submit';
    form.append(label, box, hint, send);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      send.disabled = true;
      try {
        const response = await fetch(API + '/tasks/' + encodeURIComponent(current) + '/notes', {
          method: 'POST', credentials: 'same-origin',
          headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken},
          body: JSON.stringify({text: box.value})
        });
        if (response.status === 201) {
          box.value = '';
          await load();
          // Said once the note is in the list below.
          status.textContent = texts.noteAdded;
        } else {
          const problem = await response.json().catch(() => null);
          status.textContent = texts.noteFailed.replace('{error}', problemText(problem, response.status));
        }
      } catch (failure) {
        status.textContent = texts.noteFailed.replace('{error}', String(failure.message || failure));
      } finally {
        send.disabled = false;
      }
    });
  });
}

export default [{
  id: 'polku.caseFile',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  label: TAB,
  render
}];
