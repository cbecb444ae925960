/*
 * Polku: a form never changes what a professional typed (issue 19; README, "What a form refuses").
 *
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, which does two silent rewrites:
 *
 * - A date field is a flatpickr picker with allowInput. On blur, Enter or a click outside, flatpickr
 *   parses the typed text token by token into new Date(year, month - 1, day), which rolls over:
 *   31.02.2026 becomes 3.3.2026 and 45.13.2026 a day in 2027, shown and submitted as such.
 * - A whole-number field drops every key but digits and '-' as it is pressed, so "1,5" (a Finnish
 *   decimal comma) becomes 15 and "1.5" becomes 15, without a word.
 *
 * What this does instead:
 *
 * - Dates: each picker's setDate (the one door of typed text into the form's value; flatpickr calls
 *   it through the instance, input._flatpickr) first reads the text strictly in the format the field
 *   shows (the browser's, as form-js derives it: d.M.yyyy in Finnish). Text that is not a day of the
 *   calendar, or lies outside 1900-2100 (the server's PlausibleDate), is kept as typed, the form's
 *   value is left alone, and a message naming the field appears under it.
 * - Whole numbers: a decimal separator is let through to the field instead of dropped, so form-js
 *   sees "1.5" and refuses it, and a message naming the field appears under it.
 * - While a field holds refused text, Complete (or Start, for a start form) does nothing but say the
 *   form was not sent.
 * - Tasklist answers a submission that form-js's own validation stopped (a required field left
 *   empty) with the pop-up for a failed submission, "An error happened while submitting the task
 *   form", and keeps it after a later success. Here it says the form was not sent, and every new
 *   attempt clears the previous attempt's pop-up.
 *
 * The server checks every submission again (FormSubmissionFilter): this is for the person typing.
 * Plain DOM: every text is set with textContent, never as HTML.
 */

const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
const SWEDISH = LANGUAGE.startsWith('sv');
const FINNISH = LANGUAGE.startsWith('fi');

const TEXTS = SWEDISH ? {
  dateFormat: (label, text, pattern, example) =>
    `${label}: ”${text}” är inte ett datum i formen ${pattern} (till exempel ${example}).`,
  dateCalendar: (label, text) => `${label}: ”${text}” är inte en dag i kalendern. Kontrollera dag och månad.`,
  dateRange: (label, text) => `${label}: ”${text}” ligger inte mellan åren 1900 och 2100.`,
  wholeNumber: label => `${label}: endast ett heltal, utan decimaler.`,
  notSentStatus: 'Formuläret skickades inte',
  notSentMessage: 'Fyll i eller rätta de fält som är markerade i formuläret.',
  letters: {day: 'dd', month: 'mm', year: 'åååå'}
} : FINNISH ? {
  dateFormat: (label, text, pattern, example) =>
    `${label}: ”${text}” ei ole päivämäärä muodossa ${pattern} (esimerkiksi ${example}).`,
  dateCalendar: (label, text) => `${label}: ”${text}” ei ole kalenterin päivä. Tarkista päivä ja kuukausi.`,
  dateRange: (label, text) => `${label}: ”${text}” ei ole vuosien 1900–2100 välillä.`,
  wholeNumber: label => `${label}: vain kokonaisluku, ilman desimaaleja.`,
  notSentStatus: 'Lomaketta ei lähetetty',
  notSentMessage: 'Täytä tai korjaa lomakkeessa merkityt kentät.',
  letters: {day: 'pp', month: 'kk', year: 'vvvv'}
} : {
  dateFormat: (label, text, pattern, example) =>
    `${label}: "${text}" is not a date written as ${pattern} (for example ${example}).`,
  dateCalendar: (label, text) => `${label}: "${text}" is not a day of the calendar. Check the day and the month.`,
  dateRange: (label, text) => `${label}: "${text}" is not between the years 1900 and 2100.`,
  wholeNumber: label => `${label}: only a whole number, without decimals.`,
  notSentStatus: 'The form was not sent',
  notSentMessage: 'Fill in or correct the fields marked in the form.',
  letters: {day: 'dd', month: 'mm', year: 'yyyy'}
};

/** The server's plausible dates (fi.polku.api.PlausibleDate): from 1900-01-01 to 2100-12-31. */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/**
 * The date format the picker shows, read as form-js 1.8.7 reads it: the browser's default locale's
 * short date (Intl.DateTimeFormat().formatToParts), day and month of one or two digits.
 */
const DATE_FORMAT = (() => {
  const parts = new Intl.DateTimeFormat().formatToParts(new Date(Date.UTC(2020, 5, 5)));
  const order = [];
  let regex = '';
  let pattern = '';
  parts.forEach(part => {
    if (part.type === 'day' || part.type === 'month') {
      order.push(part.type);
      regex += '(\\d{1,2})';
      pattern += TEXTS.letters[part.type];
    } else if (part.type === 'year') {
      order.push('year');
      regex += part.value.length === 4 ? '(\\d{4})' : '(\\d{2})';
      pattern += part.value.length === 4 ? TEXTS.letters.year : TEXTS.letters.year.slice(0, 2);
    } else {
      regex += part.value.trim() === '' ? '\\s*' : '\\s*' + part.value.trim().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '\\s*';
      pattern += part.value;
    }
  });
  return {
    regex: new RegExp('^\\s*' + regex + '\\s*$'),
    order,
    pattern,
    example: new Intl.DateTimeFormat().format(new Date(2026, 10, 20))
  };
})();

/** What is wrong with the typed text of a date field, as a message naming the field; null if nothing. */
function dateProblem(text, label) {
  if (text.trim() === '') {
    return null; // an empty field is form-js's to judge (required)
  }
  const match = DATE_FORMAT.regex.exec(text);
  if (!match) {
    return TEXTS.dateFormat(label, text.trim(), DATE_FORMAT.pattern, DATE_FORMAT.example);
  }
  const value = {};
  DATE_FORMAT.order.forEach((part, i) => value[part] = Number(match[i + 1]));
  if (value.year < 100) {
    value.year += 2000; // flatpickr's two-digit year
  }
  const date = new Date(2000, 0, 1);
  date.setFullYear(value.year, value.month - 1, value.day);
  if (date.getFullYear() !== value.year || date.getMonth() !== value.month - 1 || date.getDate() !== value.day) {
    return TEXTS.dateCalendar(label, text.trim());
  }
  if (value.year < EARLIEST_YEAR || value.year > LATEST_YEAR) {
    return TEXTS.dateRange(label, text.trim());
  }
  return null;
}

/** What is wrong with the text of a number field: a fraction where the field takes whole numbers (step 1). */
function numberProblem(input, label) {
  return input.getAttribute('step') === '1' && /[.,]/.test(input.value) ? TEXTS.wholeNumber(label) : null;
}

function fieldOf(input) {
  return input.closest('.fjs-form-field');
}

function labelOf(input) {
  const label = fieldOf(input)?.querySelector('label');
  return label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
}

function isDateInput(element) {
  return element instanceof HTMLInputElement && !!element.closest('.fjs-datepicker');
}

function isNumberInput(element) {
  return element instanceof HTMLInputElement && !!element.closest('.fjs-form-field-number')
    && element.classList.contains('fjs-input');
}

/** The field's current problem (dates: its text as typed; numbers: its text). */
function problemOf(input) {
  if (isDateInput(input)) {
    return dateProblem(input.value, labelOf(input));
  }
  return isNumberInput(input) ? numberProblem(input, labelOf(input)) : null;
}

/** Shows (or, with null, removes) the message under the field; the field is marked as form-js marks errors. */
function showProblem(input, problem) {
  const field = fieldOf(input);
  if (!field) {
    return;
  }
  let message = field.querySelector(':scope > .polku-field-error');
  if (!problem) {
    message?.remove();
    field.classList.remove('polku-refused');
    if (field.dataset.polkuMarked) {
      field.classList.remove('fjs-has-errors');
      delete field.dataset.polkuMarked;
    }
    if (isDateInput(input)) {
      input.removeAttribute('aria-invalid');
    }
    return;
  }
  if (!message) {
    message = document.createElement('div');
    message.className = 'fjs-form-field-error polku-field-error';
    message.setAttribute('role', 'alert');
    field.append(message);
  }
  if (message.textContent !== problem) {
    message.textContent = problem;
  }
  if (!field.classList.contains('fjs-has-errors')) {
    field.classList.add('fjs-has-errors');
    field.dataset.polkuMarked = 'true'; // form-js's own mark is form-js's to remove
  }
  field.classList.add('polku-refused');
  input.setAttribute('aria-invalid', 'true');
}

/** Wraps a date picker's setDate once: typed text that is not a plausible day never reaches the form. */
function guardPicker(input) {
  const picker = input._flatpickr;
  if (!picker || picker.polkuStrict) {
    return;
  }
  const setDate = picker.setDate;
  picker.setDate = function (date, ...rest) {
    // Only text read from the input is the user's typing; form-js sets its own value as a Date.
    if (typeof date === 'string' && date === picker._input.value) {
      const problem = dateProblem(date, labelOf(input));
      showProblem(input, problem);
      if (problem) {
        return undefined; // the text stays as typed, the form's value as it was
      }
    }
    return setDate.call(this, date, ...rest);
  };
  picker.polkuStrict = true;
}

window.addEventListener('focusin', event => {
  if (isDateInput(event.target)) {
    guardPicker(event.target);
  }
}, true);

// A decimal separator in a whole-number field, and the digits after it: let the browser type them
// (form-js would drop the separator, or keep it and drop the digits), so the field shows the
// fraction, and form-js's validation and ours refuse it.
window.addEventListener('keypress', event => {
  const input = event.target;
  if (isNumberInput(input) && input.getAttribute('step') === '1'
    && (event.key === ',' || event.key === '.' || (/^[0-9]$/.test(event.key) && /[.,]/.test(input.value)))) {
    event.stopImmediatePropagation();
  }
}, true);

window.addEventListener('input', event => {
  const input = event.target;
  if (isNumberInput(input)) {
    // form-js has not yet shown the new text: read it after its render.
    setTimeout(() => showProblem(input, problemOf(input)), 0);
  } else if (isDateInput(input) && !problemOf(input)) {
    showProblem(input, null); // corrected while typing; a problem is shown only once the text is left
  }
}, true);

window.addEventListener('blur', event => {
  if (isNumberInput(event.target)) {
    showProblem(event.target, problemOf(event.target));
  }
}, true);

/** The fields of the form area around the button (a start form's dialog, or the task's form) that hold refused text. */
function refusedInputs(scope) {
  return Array.from(scope.querySelectorAll('.fjs-form input.fjs-input'))
    .filter(input => isDateInput(input) || isNumberInput(input))
    .filter(input => {
      const problem = problemOf(input);
      showProblem(input, problem);
      return !!problem;
    });
}

// ---- Tasklist's pop-ups for a form that was not sent ----

function angularService(name) {
  try {
    const injector = window.angular && window.angular.element(document.body).injector();
    return injector && injector.has(name) ? injector.get(name) : null;
  } catch (notReady) {
    return null;
  }
}

/** The pop-ups about the last attempt to send a form, cleared when the next attempt begins. */
let lastAttempt = [];

function notSent(scope) {
  const notifications = angularService('Notifications');
  if (!notifications) {
    return null;
  }
  const notification = {type: 'warning', status: TEXTS.notSentStatus, message: TEXTS.notSentMessage, exclusive: true};
  if (scope) {
    notification.scope = scope;
  }
  notifications.add(notification);
  lastAttempt.push(notification);
  angularService('$rootScope')?.$applyAsync();
  return notification;
}

function clearLastAttempt() {
  const notifications = angularService('Notifications');
  if (notifications && lastAttempt.length) {
    lastAttempt.forEach(notification => notifications.clear(notification));
    angularService('$rootScope')?.$applyAsync();
  }
  lastAttempt = [];
}

/**
 * Tasklist reports form-js's refusal (no request was sent, so there is no server message) as a
 * failed submission: say instead that the form was not sent. A failure with a message is the
 * server's and stays as Tasklist shows it, until the next attempt.
 */
function watchSubmissionErrors() {
  const notifications = angularService('Notifications');
  const translate = angularService('$translate');
  if (!notifications || !translate) {
    return false;
  }
  if (notifications.polkuWatched) {
    return true;
  }
  const addError = notifications.addError;
  notifications.addError = function (error) {
    const submission = error && [translate.instant('COMPLETE_ERROR'), translate.instant('PROCESS_START_ERROR')]
      .includes(error.status);
    if (submission && !error.message) {
      return notSent(error.scope);
    }
    const result = addError.apply(this, arguments);
    if (submission) {
      lastAttempt.push(error);
    }
    return result;
  };
  notifications.polkuWatched = true;
  return true;
}

/** Complete on a task's form, Start in a start form's dialog. */
function sendButton(element) {
  return element instanceof Element
    ? element.closest('.form-actions button.btn-primary, .modal-footer button.btn-primary') : null;
}

window.addEventListener('click', event => {
  const button = sendButton(event.target);
  if (!button) {
    return;
  }
  watchSubmissionErrors();
  clearLastAttempt();
  const scope = button.closest('.modal-content') || document;
  const refused = refusedInputs(scope);
  if (refused.length) {
    event.preventDefault();
    event.stopImmediatePropagation();
    notSent(null);
    refused[0].focus();
  }
}, true);

// A form submitted with Enter is held back the same way.
window.addEventListener('submit', event => {
  if (event.target instanceof Element && event.target.classList.contains('fjs-form')
    && refusedInputs(event.target).length) {
    event.preventDefault();
    event.stopImmediatePropagation();
    notSent(null);
  }
}, true);

// Watch Tasklist's pop-ups as soon as Angular is there (also for a form that is sent without a click).
const watching = setInterval(() => watchSubmissionErrors() && clearInterval(watching), 500);

export default [];
