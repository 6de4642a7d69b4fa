// The host's own script: sets the CV as a property (an object) and counts the result events.
const cv = document.querySelector('#cv');
cv.cv = { contact: { name: 'Mette Jensen', email: 'mette@example.dk' }, job_wishes: [{ occupation: 'Lagermedarbejder' }] };
let n = 0;
document.querySelector('#smart').addEventListener('result', () => {
  document.querySelector('#events').textContent = String(++n);
});
