// React 19 + TypeScript strict: the elements are typed JSX (React.JSX.IntrinsicElements from the
// package), an object prop is set as the property, `onresult` listens to the `result` event.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'jobspor';
import 'jobspor/smart';
import type { Cv, CvCheckResultDetail } from 'jobspor';
import type { SmartCheckResultDetail } from 'jobspor/smart';

const CV: Cv = {
  contact: { name: 'Mette Jensen', email: 'mette@example.dk' },
  job_wishes: [{ occupation: 'Lagermedarbejder' }],
};

function App() {
  const [events, setEvents] = useState(0);
  const [selection, setSelection] = useState<number | null>(null);
  const onSmart = (e: CustomEvent<SmartCheckResultDetail>) => {
    if (e.detail) setEvents((n) => n + 1);
  };
  const onCv = (e: CustomEvent<CvCheckResultDetail>) => setSelection(e.detail.selection);
  return (
    <main>
      <h1>React 19</h1>
      <jobspor-smart-check today="2026-05-06" next-meeting="2026-05-27" onresult={onSmart} />
      <p>
        result events: <output id="events">{events}</output>; selection score: <output id="selection">{selection ?? '–'}</output>
      </p>
      <jobspor-cv-check lang="da" cv={CV} onresult={onCv} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
