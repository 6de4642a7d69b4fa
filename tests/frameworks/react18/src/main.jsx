// React 18 sets every prop of a custom element as an attribute and ignores `onresult`: objects
// go through a ref (or as JSON text: cv={JSON.stringify(cv)}), events through addEventListener.
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'jobspor';
import 'jobspor/smart';

const CV = { contact: { name: 'Mette Jensen', email: 'mette@example.dk' }, job_wishes: [{ occupation: 'Lagermedarbejder' }] };

/** Sets `props` as properties and listens to `result` on the element behind the returned ref. */
function useElement(props, onResult) {
  const ref = useRef(null);
  useEffect(() => {
    Object.assign(ref.current, props);
  }, [props]);
  useEffect(() => {
    const el = ref.current;
    el.addEventListener('result', onResult);
    return () => el.removeEventListener('result', onResult);
  }, [onResult]);
  return ref;
}

const NO_PROPS = {};
const CV_PROPS = { cv: CV };
const ignore = () => {};

function App() {
  const [events, setEvents] = useState(0);
  const smart = useElement(NO_PROPS, () => setEvents((n) => n + 1));
  const cv = useElement(CV_PROPS, ignore);
  return (
    <main>
      <h1>React 18</h1>
      <jobspor-smart-check ref={smart} today="2026-05-06" next-meeting="2026-05-27" />
      <p>result events: <output id="events">{events}</output></p>
      <jobspor-cv-check ref={cv} lang="da" />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
