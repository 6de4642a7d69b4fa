// What the Node benchmarks share: the repository root, a whole-number flag from the command line,
// and a module of the package (target/npm/, `cargo xtask package`) instantiated synchronously.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

const args = process.argv.slice(2);

/** `NAME N` from the command line (a whole number, at least 1), else `dflt`. */
export function flag(name, dflt) {
  const at = args.indexOf(name);
  return at >= 0 ? Math.max(1, Number.parseInt(args[at + 1], 10) || dflt) : dflt;
}

/** A file of the repository, as text. */
export const readText = (path) => readFileSync(new URL(path, `file://${root}`), 'utf8');

/** The package's module `name` (e.g. `jobspor_plan`) from `pkgDir` (default target/npm/), its
 * .wasm instantiated: `{ wasm, exports }` (the JS API and the raw wasm exports). */
export async function loadModule(name, pkgDir = `${root}target/npm/`) {
  const pkg = pathToFileURL(pkgDir);
  const wasm = await import(new URL(`${name}.js`, pkg));
  const exports = wasm.initSync({ module: readFileSync(new URL(`${name}_bg.wasm`, pkg)) });
  return { wasm, exports };
}
