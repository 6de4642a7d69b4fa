// A server component: `jobspor` resolves to its `node` entry on the server, so checkCv runs during
// the build with no setup; the widgets are in a client component.
import { checkCv, version } from 'jobspor';
import Widgets from './widgets';
import { CV } from './cv';

export default function Page() {
  const r = checkCv(CV);
  return (
    <main>
      <h1>Next.js</h1>
      <p id="server">
        On the server (jobspor {version()}): {'error' in r ? r.message : `findability ${r.findability}`}
      </p>
      <Widgets />
    </main>
  );
}
