// Summarises a .cpuprofile from a given second on (skip the boot and the floor's phase):
// node bench/tools/profile-summary.cjs <file> [fromSecond]. Prints busy % per second, then self time by package
// and by function, and inclusive time by function (each function counted once per stack).
const { readFileSync } = require('node:fs');

const [file, from = '0'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const pkg = (url) => {
  const m = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  const local = url.match(/\/(packages|apps)\/([^/]+)\//);
  if (local) return `${local[1]}/${local[2]}`;
  return url.startsWith('node:') ? `node:${url.slice(5).split('/')[0]}` : url || '(native)';
};
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
const busy = new Map();
const self = new Map();
const selfPkg = new Map();
const inclusive = new Map();
let clock = 0;
let total = 0;
profile.samples.forEach((id, i) => {
  const t = profile.timeDeltas[i] ?? 0;
  clock += t;
  const node = nodes.get(id);
  const second = Math.floor(clock / 1e6);
  const b = busy.get(second) ?? { idle: 0, all: 0 };
  b.all += t;
  if (node.callFrame.functionName === '(idle)') b.idle += t;
  busy.set(second, b);
  if (clock < Number(from) * 1e6) return;
  total += t;
  const { functionName, url, lineNumber } = node.callFrame;
  add(self, `${functionName || '(anonymous)'} ${pkg(url)}:${lineNumber}`, t);
  add(selfPkg, pkg(url), t);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const frame = nodes.get(at).callFrame;
    const key = `${pkg(frame.url)} :: ${frame.functionName || '(anonymous)'}`;
    if (!seen.has(key)) add(inclusive, key, t);
    seen.add(key);
  }
});
const top = (title, map, n) => {
  console.log(`--- ${title}`);
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, v]) => console.log(`${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`));
};
console.log(
  `busy % per second: ${[...busy].map(([s, b]) => `${s}:${Math.round(100 - (b.idle / b.all) * 100)}`).join(' ')}`,
);
console.log(`profiled from ${from} s: ${(total / 1e3).toFixed(0)} ms`);
top('self by package', selfPkg, 20);
top('self by function', self, 25);
top('inclusive by function', inclusive, 40);
