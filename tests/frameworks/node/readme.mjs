// The package README's snippets, against the packed tarball in node_modules: every import
// specifier in its code blocks (`import … from 'jobspor/…'`, `import 'jobspor/…'`, `import('…')`)
// resolves through the exports map – with Node's conditions and with a browser bundler's
// (`import`/`default`) – to a file the package contains; no placeholder script path is left; and
// the package carries its licence files, changelog and metadata (issue 15).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkgDir = new URL('./node_modules/jobspor/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', pkgDir), 'utf8'));
const readme = readFileSync(new URL('README.md', pkgDir), 'utf8');

/** The specifiers imported in the README's fenced code blocks. */
export function specifiers(markdown) {
  const blocks = [...markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  const found = new Set();
  for (const code of blocks) {
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) found.add(m[1]);
  }
  return [...found];
}

/** The file a bundler resolves `spec` to through the exports map (conditions: browser default). */
function resolveBrowser(spec) {
  const sub = spec === pkg.name ? '.' : `.${spec.slice(pkg.name.length)}`;
  const target = pkg.exports[sub];
  if (target === undefined) return null;
  return typeof target === 'string' ? target : target.import ?? target.default;
}

const specs = specifiers(readme).filter((s) => s === pkg.name || s.startsWith(`${pkg.name}/`));
assert.ok(specs.length >= 5, `the README imports the entries (${specs.join(', ')})`);
for (const spec of ['jobspor', 'jobspor/smart', 'jobspor/track', 'jobspor/abc', 'jobspor/job-order']) {
  assert.ok(specs.includes(spec), `the README shows an import of ${spec}`);
}
for (const spec of specs) {
  const browser = resolveBrowser(spec);
  assert.ok(browser, `README: '${spec}' is not in the exports map`);
  assert.ok(existsSync(new URL(browser, pkgDir)), `README: '${spec}' → ${browser}, which the package does not contain`);
  const node = import.meta.resolve(spec);
  assert.ok(existsSync(new URL(node)), `README: '${spec}' does not resolve in Node (${node})`);
}
// The check itself catches what it is for.
assert.equal(resolveBrowser('jobspor/abc-plan'), null);
assert.throws(() => import.meta.resolve('jobspor/abc-plan'));
assert.deepEqual(specifiers("```js\nimport { a } from 'x/y';\nimport 'z';\nawait import('w');\n```\n"), ['x/y', 'z', 'w']);

assert.doesNotMatch(readme, /\/path\/to\//, 'no placeholder script path');
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md', 'custom-elements.json']) {
  assert.ok(existsSync(new URL(f, pkgDir)), `the package contains ${f}`);
}
assert.equal(pkg.license, 'MIT OR Apache-2.0');
assert.match(readFileSync(new URL('LICENSE-APACHE', pkgDir), 'utf8'), /Apache License\s+Version 2\.0/);
assert.match(readFileSync(new URL('LICENSE-MIT', pkgDir), 'utf8'), /Permission is hereby granted, free of charge/);
assert.ok(pkg.repository?.url && pkg.homepage && pkg.bugs?.url, 'repository, homepage, bugs');
assert.ok(!JSON.stringify(pkg).includes('@REPOSITORY@'), 'the repository placeholder is filled in');
assert.equal(pkg.engines?.node, '>=20');
console.log(`README: ${specs.length} import specifiers resolve (${specs.join(', ')}); licence files, changelog, metadata present`);
