// The several-widgets demo page's script (issue 14): one entry, suite.js, defines
// <jobspor-cv-check>, <jobspor-smart-check> and <jobspor-abc-plan> from ONE WebAssembly module.
// The page gives the CV widget the example CV and the SMART widget an example agreement; the
// language switch sets every widget's `lang`. Nothing is sent anywhere.
import '/pkg/suite.js';
import { EXAMPLE_CV } from './demo-shared.js';

const widgets = ['cv', 'smart', 'abc'].map((id) => document.getElementById(id));
widgets[0].cv = EXAMPLE_CV;
widgets[1].value = ['Jeg sender 2 ansøgninger om ugen som lagermedarbejder frem til næste samtale.'];
for (const radio of document.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) for (const w of widgets) w.setAttribute('lang', radio.value);
  });
}
