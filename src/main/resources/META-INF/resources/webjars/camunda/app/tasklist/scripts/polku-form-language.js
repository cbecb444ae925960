/*
 * Polku: the texts form-js 1.8.7 writes itself, in the reader's language (README, "Languages").
 *
 * The forms' own texts (labels, options, summaries) arrive translated from the server
 * (fi.polku.tasklist.WebappTexts, messages/*.json). form-js adds a few English texts of its own
 * that no form carries and that it offers no way to translate: its validation messages ("Field is
 * required."), the select's "Select" and "Search", the number field's step buttons, an empty
 * table's "Nothing to show.", and the date picker (flatpickr) with English month and day names and
 * weeks from Sunday. This script rewrites those texts where form-js shows them and gives each date
 * picker the language's names with weeks from Monday, before it opens.
 *
 * English readers see form-js's texts as they are; the date picker's weeks start on Monday for
 * them too (the city's calendar). Plain DOM: every text is set with textContent, never as HTML.
 */

const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
const SWEDISH = LANGUAGE.startsWith('sv');
const FINNISH = LANGUAGE.startsWith('fi');

/** form-js's own messages ("Field must have minimum value of 1.") as a pattern and its words. */
const MESSAGES = SWEDISH ? [
  [/^Field is required\.$/, () => 'Fältet är obligatoriskt.'],
  [/^Field must have minimum value of (.+)\.$/, min => `Värdet får inte vara mindre än ${min}.`],
  [/^Field must have maximum value of (.+)\.$/, max => `Värdet får inte vara större än ${max}.`],
  [/^Field must have minimum length of (.+)\.$/, min => `Minst ${min} tecken.`],
  [/^Field must have maximum length of (.+)\.$/, max => `Högst ${max} tecken.`],
  [/^Field must match pattern (.+)\.$/, () => 'Värdet har fel form.'],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress.'],
  [/^Value is not a number\.$/, () => 'Värdet är inte ett tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Värdet ska vara ett heltal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `Högst ${n} decimaler.`],
  [/^Select$/, () => 'Välj'],
  [/^Search$/, () => 'Sök'],
  [/^Nothing to show\.$/, () => 'Inget att visa.'],
  [/^Increment$/, () => 'Öka'],
  [/^Decrement$/, () => 'Minska']
] : FINNISH ? [
  [/^Field is required\.$/, () => 'Kenttä on pakollinen.'],
  [/^Field must have minimum value of (.+)\.$/, min => `Arvo ei saa olla pienempi kuin ${min}.`],
  [/^Field must have maximum value of (.+)\.$/, max => `Arvo ei saa olla suurempi kuin ${max}.`],
  [/^Field must have minimum length of (.+)\.$/, min => `Vähintään ${min} merkkiä.`],
  [/^Field must have maximum length of (.+)\.$/, max => `Enintään ${max} merkkiä.`],
  [/^Field must match pattern (.+)\.$/, () => 'Arvo on väärässä muodossa.'],
  [/^Field must be a valid email\.$/, () => 'Anna kelvollinen sähköpostiosoite.'],
  [/^Value is not a number\.$/, () => 'Arvo ei ole luku.'],
  [/^Value is expected to be an integer\.$/, () => 'Arvon pitää olla kokonaisluku.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `Enintään ${n} desimaalia.`],
  [/^Select$/, () => 'Valitse'],
  [/^Search$/, () => 'Hae'],
  [/^Nothing to show\.$/, () => 'Ei näytettävää.'],
  [/^Increment$/, () => 'Lisää'],
  [/^Decrement$/, () => 'Vähennä']
] : [];

/** flatpickr's locale: month and day names, weeks from Monday. */
const CALENDAR = {
  firstDayOfWeek: 1,
  ...(SWEDISH ? {
    weekdays: {
      shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
      longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
      longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
        'oktober', 'november', 'december']
    },
    weekAbbreviation: 'v', rangeSeparator: ' till ', scrollTitle: 'Scrolla för att öka', toggleTitle: 'Klicka för att växla'
  } : FINNISH ? {
    weekdays: {
      shorthand: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
      longhand: ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai']
    },
    months: {
      shorthand: ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'],
      longhand: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu',
        'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu']
    },
    weekAbbreviation: 'vk', rangeSeparator: ' – ', scrollTitle: 'Vieritä kasvattaaksesi', toggleTitle: 'Vaihda klikkaamalla'
  } : {})
};

function translated(text) {
  const trimmed = text.trim();
  for (const [pattern, words] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return words(...match.slice(1));
    }
  }
  return null;
}

/** The texts form-js wrote under an element: text nodes, placeholders and names of its controls. */
function translateForm(root) {
  if (!MESSAGES.length || !(root instanceof Element)) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = translated(node.textContent);
    if (words !== null) {
      node.textContent = words;
    }
  }
  root.querySelectorAll('[placeholder], [aria-label], [title]').forEach(element => {
    ['placeholder', 'aria-label', 'title'].forEach(attribute => {
      const value = element.getAttribute(attribute);
      const words = value && translated(value);
      if (words) {
        element.setAttribute(attribute, words);
      }
    });
  });
}

function localisePicker(input) {
  const picker = input && input._flatpickr;
  if (picker && !picker.polkuLanguage) {
    picker.polkuLanguage = true;
    picker.set('locale', {...picker.l10n, ...CALENDAR});
  }
}

new MutationObserver(mutations => {
  mutations.forEach(mutation => {
    const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
    const form = target && target.closest('.fjs-container');
    if (form) {
      translateForm(target);
    } else {
      mutation.addedNodes.forEach(node => {
        if (node instanceof Element && (node.matches('.fjs-container') || node.querySelector('.fjs-container'))) {
          translateForm(node);
        }
      });
    }
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

// Before a date field's picker opens (it opens on focus), and when its calendar icon is clicked.
window.addEventListener('focusin', event => {
  if (event.target instanceof HTMLInputElement && event.target.closest('.fjs-container')) {
    localisePicker(event.target);
  }
}, true);
window.addEventListener('mousedown', event => {
  const field = event.target instanceof Element && event.target.closest('.fjs-form-field');
  field?.querySelectorAll('input').forEach(localisePicker);
}, true);

export default [];
