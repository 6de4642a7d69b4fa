'use client';
// The elements in a client component: the import defines them in the browser and is a no-op in
// the server render (no DOM there). React 19 skips a custom element's props and `on…` listeners
// when it hydrates server HTML (facebook/react#35446), so this page passes the CV as JSON text (an
// attribute the server renders) and listens through a ref – both survive hydration.
import { useEffect, useRef, useState } from 'react';
import 'jobspor';
import 'jobspor/smart';
import type { JobsporSmartCheckElement } from 'jobspor/smart';
import { CV } from './cv';

export default function Widgets() {
  const [events, setEvents] = useState(0);
  const smart = useRef<JobsporSmartCheckElement>(null);
  useEffect(() => {
    const el = smart.current;
    if (!el) return;
    const count = () => setEvents((n) => n + 1);
    el.addEventListener('result', count);
    return () => el.removeEventListener('result', count);
  }, []);
  return (
    <>
      <jobspor-smart-check ref={smart} today="2026-05-06" next-meeting="2026-05-27" />
      <p>
        result events: <output id="events">{events}</output>
      </p>
      <jobspor-cv-check lang="da" cv={JSON.stringify(CV)} />
    </>
  );
}
