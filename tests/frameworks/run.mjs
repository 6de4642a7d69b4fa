// The package as a portal developer gets it (issue 15): `npm pack` of target/npm, installed into
// fresh projects, built with their own tools, and checked in headless Chromium – each page
// renders <jobspor-cv-check> with a CV object the host set, answers typing in
// <jobspor-smart-check>, fires `result` events, and logs no console error – plus a Node 20
// script that calls every check through the package's `node` export condition.
//
// Run:   cargo xtask frameworks [NAME…]   (after `cargo xtask package`; NAME: html, node, vite,
//                                        react19, vite5, react18, vue3, webpack5, next, angular)
//        node tests/frameworks/run.mjs [--smoke] [NAME…]
// --smoke: only the projects that need no npm install (node, html); `cargo xtask test` runs it.
// The node project also runs readme.mjs (the package README's import specifiers resolve; licence files and metadata).
//
// Each project is tests/frameworks/NAME/ with its package.json; its node_modules (git-ignored)
// is installed from the npm registry when missing or older than its package.json, and kept
// between runs. The packed tarball is unpacked into node_modules/jobspor on every run (what
// `npm install ./jobspor-x.y.z.tgz` does for a package without dependencies).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const npmDir = join(root, 'target/npm');
const packDir = join(root, 'target/frameworks');

/** Browser projects: the directory served (relative to the project) and how to build it. */
const PROJECTS = {
  node: { browser: false, install: false },
  html: { browser: true, install: false, serve: '.' },
  vite: { browser: true, install: true, serve: 'dist' },
  react19: { browser: true, install: true, serve: 'dist' },
  vite5: { browser: true, install: true, serve: 'dist' },
  react18: { browser: true, install: true, serve: 'dist' },
  vue3: { browser: true, install: true, serve: 'dist' },
  webpack5: { browser: true, install: true, serve: 'dist' },
  // Next's exported pages carry inline scripts: served without the strict CSP.
  next: { browser: true, install: true, serve: 'out', csp: false },
  angular: { browser: true, install: true, serve: 'dist' },
};

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const names = args.filter((a) => !a.startsWith('--'));
const chosen = names.length ? names : Object.keys(PROJECTS).filter((n) => !smoke || !PROJECTS[n].install);
for (const n of chosen) assert.ok(PROJECTS[n], `unknown project ${n} (have ${Object.keys(PROJECTS).join(', ')})`);

function sh(cmd, argv, cwd) {
  console.log(`$ (${cwd.replace(root + '/', '')}) ${cmd} ${argv.join(' ')}`);
  execFileSync(cmd, argv, { cwd, stdio: 'inherit' });
}

/** `npm pack` of target/npm into target/frameworks/; returns the tarball's path. */
function pack() {
  assert.ok(existsSync(join(npmDir, 'package.json')), 'target/npm has no package: run `cargo xtask package`');
  mkdirSync(packDir, { recursive: true });
  const out = execFileSync('npm', ['pack', npmDir, '--pack-destination', packDir, '--json', '--ignore-scripts'], { cwd: packDir });
  const [{ filename, size, unpackedSize }] = JSON.parse(out);
  console.log(`frameworks: packed ${filename}: ${size} bytes (${unpackedSize} unpacked)`);
  return join(packDir, filename);
}

/** npm install when node_modules is missing or older than package.json; then the tarball. */
function install(name, tarball) {
  const dir = join(here, name);
  const marker = join(dir, 'node_modules/.package-lock.json');
  if (PROJECTS[name].install) {
    const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(join(dir, 'package.json')).mtimeMs;
    if (stale) sh('npm', ['install', '--no-audit', '--no-fund'], dir);
    else console.log(`frameworks: ${name}: node_modules is up to date (cached)`);
  }
  const target = join(dir, 'node_modules/jobspor');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.scripts?.build) sh('npm', ['run', '--silent', 'build'], dir);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
// The strict policy a portal would send: no inline script or style, WebAssembly allowed.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/** Serves /NAME/… from each browser project's served directory. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [, name, ...rest] = path.split('/');
    const project = PROJECTS[name];
    if (!project?.serve) return void res.writeHead(404).end();
    const base = join(here, name, project.serve);
    let file = normalize(join(base, rest.join('/') || 'index.html'));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (project.csp !== false) headers['content-security-policy'] = CSP;
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The page of a browser project: renders, takes the host's CV object, answers typing, fires events. */
async function checkPage(browser, name, assertClean) {
  const page = await browser.openPage(`/${name}/`);
  const cvName = () => page.evaluate(() => document.querySelector('jobspor-cv-check')?.shadowRoot?.querySelector('#f-contact-name')?.value);
  await page.waitForFunction(() => document.querySelector('jobspor-cv-check')?.shadowRoot?.querySelector('#f-contact-name')?.value, null, { timeout: 30_000 }).catch(() => {});
  assert.equal(await cvName(), 'Mette Jensen', `${name}: <jobspor-cv-check> renders the CV object the host set`);
  const count = () => page.evaluate(() => Number(document.querySelector('#events')?.textContent));
  const before = await count();
  await page.locator('jobspor-smart-check #sm-text-0').fill('Jeg søger 5 stillinger som lagermedarbejder i Aalborg hver uge frem til næste samtale.');
  await page.waitForFunction((n) => Number(document.querySelector('#events')?.textContent) > n, before, { timeout: 10_000 }).catch(() => {});
  assert.ok((await count()) > before, `${name}: typing fires result events the host receives (${before} → ${await count()})`);
  const badge = await page.locator('jobspor-smart-check #sm-item-0 .sm-badge').count();
  assert.ok(badge >= 5, `${name}: the SMART badges render (${badge})`);
  await assertClean(page);
}

const results = [];
async function main() {
  const tarball = pack();
  const browserProjects = chosen.filter((n) => PROJECTS[n].browser);
  let server = null;
  let browser = null;
  try {
    for (const name of chosen) {
      const started = Date.now();
      try {
        install(name, tarball);
        if (name === 'node') {
          sh(process.execPath, ['check.mjs'], join(here, 'node'));
          sh(process.execPath, ['readme.mjs'], join(here, 'node'));
        } else {
          if (!server) {
            server = await serve();
            process.env.JOBSPOR_BASE_URL = `http://127.0.0.1:${server.address().port}/`;
            browser = await import('../e2e/browser.mjs');
          }
          await checkPage(browser, name, browser.assertClean);
        }
        results.push([name, 'ok', Date.now() - started]);
      } catch (e) {
        console.error(`frameworks: ${name}: ${e.stack ?? e}`);
        results.push([name, 'FAIL', Date.now() - started]);
      }
    }
  } finally {
    if (browser) await browser.close();
    server?.close();
  }
  console.log('\nframeworks:');
  for (const [name, status, ms] of results) console.log(`  ${status.padEnd(4)}  ${name.padEnd(10)} ${(ms / 1000).toFixed(1)} s`);
  if (browserProjects.length === 0 && !chosen.includes('node')) throw new Error('no project ran');
  if (results.some(([, s]) => s !== 'ok')) process.exit(1);
}

await main();
