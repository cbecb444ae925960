/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // Polku: the staff see their service's name, not the vendor's.
  app: {
    name: 'Tasklist',
    vendor: 'Polku'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Polku: Finnish and Swedish for the city's staff (locales/fi.json and locales/sv.json in the
  // jar), chosen by the browser's first language; English otherwise.
  locales: {
    availableLocales: ['en', 'fi', 'sv'],
    fallbackLocale: 'en'
  },
  // Polku: counts on every filter, and the link to Cockpit only for those who may open it
  // (scripts/polku-tasklist.js); forms that refuse an impossible date or number instead of rewriting
  // it, and say "not sent" rather than "failed" when the form's own check stops it
  // (scripts/polku-strict-input.js); the participant's case file as a tab beside the form
  // (scripts/polku-case-file.js).
  customScripts: ['scripts/polku-tasklist', 'scripts/polku-strict-input', 'scripts/polku-form-language',
    'scripts/polku-case-file'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // Polku: the login page's "first time here?" hint points to Camunda's product welcome page,
  // which Polku does not ship (its check answered 404 on every login page).
  disableWelcomeMessage: true,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
