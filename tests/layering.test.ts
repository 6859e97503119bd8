import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The pipeline's stages, each a folder of src/, in the order data flows (ARCHITECTURE.md): a
// module imports only from its own stage and from earlier ones. `api.ts` stands on all of them,
// and only the CLI stands on it. Type-only imports count too: a cycle of types is still a cycle.
const STAGES = ['util', 'diagnostics', 'syntax', 'resolve', 'types', 'mir', 'borrowck', 'memory', 'trace', 'machine', 'views', 'render', 'api.ts', 'cli'];

/** Imports against the order that are still there, each with why; the test fails when one goes
 *  (remove it here) as well as when a new one comes. */
const KNOWN_BACK_EDGES: Readonly<Record<string, string>> = {
  'src/resolve/items.ts -> src/types/ty.ts':
    'the item tables hold AdtDef and TraitDef, which types/ty.ts declares because their variants hold Ty (issue 11: defs by id, types beside them)',
};

/** The web page (web/src) uses the library's public surface only. */
const WEB_MAY_IMPORT = ['src/api.ts', 'src/diagnostics/', 'src/trace/types.ts', 'src/views/', 'src/memory/book.ts', 'src/memory/real.ts', 'src/render/arrow-routes.ts', 'src/render/svg.ts', 'src/render/markdown.ts', 'src/render/markup.ts', 'src/render/pictures.ts', 'src/render/html.ts'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Each relative import of a module, as the repository path of the file it names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map((m) => normalize(join(dirname(file), m[1]!)).replace(/\.js$/, '.ts'));
}

const stageOf = (file: string): number => STAGES.indexOf(relative('src', file).split('/')[0]!);

describe('the pipeline is layered', () => {
  it('every module of src/ is in a stage', () => {
    expect(tsFiles('src').filter((f) => stageOf(f) < 0)).toEqual([]);
  });

  it('imports go from a stage to itself or an earlier one', () => {
    const backEdges = tsFiles('src').flatMap((file) =>
      importsOf(file)
        .filter((target) => stageOf(target) > stageOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(backEdges.sort()).toEqual(Object.keys(KNOWN_BACK_EDGES).sort());
  });

  it('the web page imports only the public surface', () => {
    const reached = tsFiles('web/src').flatMap((file) => importsOf(file).filter((target) => target.startsWith('src/')));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((target) => !WEB_MAY_IMPORT.some((allowed) => target.startsWith(allowed)))).toEqual([]);
  });
});
