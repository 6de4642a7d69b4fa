// A bundled host: the entries by their package names; no await, no plugin, no config.
import 'jobspor';
import 'jobspor/smart';

const events = document.querySelector('#events');
document.querySelector('jobspor-smart-check').addEventListener('result', () => {
  events.textContent = String(Number(events.textContent) + 1);
});
document.querySelector('jobspor-cv-check').cv = {
  contact: { name: 'Mette Jensen', email: 'mette@example.dk' },
  job_wishes: [{ occupation: 'Lagermedarbejder' }],
};
