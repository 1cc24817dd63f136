import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT, sourceRoots } from './support/repo';

/**
 * No module imports itself back through others (relative imports inside each src/): a cycle makes load order
 * matter and hides which file owns what (the worker's activities once imported their own index).
 */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

/** Relative value imports and re-exports (`import type` is erased at run time and cannot form a load cycle). */
const IMPORT = /(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"](\.{1,2}\/[^'"]*)['"]/g;

const resolveImport = (from: string, spec: string): string | undefined => {
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) =>
    existsSync(f),
  );
};

/** Every cycle of the graph, each once (Tarjan's strongly connected components of more than one module). */
const cyclesOf = (graph: Map<string, string[]>): string[][] => {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
};

describe('no import cycles in any src/', () => {
  it.each(sourceRoots())('%s', (root) => {
    const graph = new Map<string, string[]>();
    for (const file of files(join(REPO_ROOT, root))) {
      const source = readFileSync(file, 'utf8');
      const targets = [...source.matchAll(IMPORT)]
        .map((m) => resolveImport(file, m[1] as string))
        .filter((t): t is string => t !== undefined);
      graph.set(file, targets);
    }
    expect(cyclesOf(graph).map((cycle) => cycle.map((f) => relative(REPO_ROOT, f)))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['index.ts', ['notices.ts']],
      ['notices.ts', ['index.ts']],
      ['leaf.ts', []],
    ]);
    expect(cyclesOf(graph)).toEqual([['index.ts', 'notices.ts']]);
  });
});
