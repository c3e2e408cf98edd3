// The measuring loop shared by verify_bench.mjs and sign_bench.mjs: one operation applied to every
// credential of a JSONL corpus in turn, on one thread, in rounds after a warm-up, reported as the
// median round per second of wall time and per second of this process's CPU time (user + system,
// the figure to trust on a shared machine).

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_NODE_MODULES = path.join(here, '..', '..', 'node_modules');

// argv: CORPUS.jsonl [--rounds N] [--warmup N] [--limit M] [--suite NAME] [--node-modules DIR].
// Returns {corpus, rounds, warmup, limit, suite (null when not given), nodeModules}.
export function parseBenchArguments(argv, usage) {
  const options = {
    corpus: null,
    rounds: 3,
    warmup: 50,
    limit: Infinity,
    suite: null,
    nodeModules: DEFAULT_NODE_MODULES,
  };
  const flags = {
    '--rounds': (value) => (options.rounds = Number(value)),
    '--warmup': (value) => (options.warmup = Number(value)),
    '--limit': (value) => (options.limit = Number(value)),
    '--suite': (value) => (options.suite = value),
    '--node-modules': (value) => (options.nodeModules = value),
  };
  for (let i = 0; i < argv.length; ++i) {
    if (flags[argv[i]] && i + 1 < argv.length) {
      flags[argv[i]](argv[++i]);
    } else if (!options.corpus && !argv[i].startsWith('--')) {
      options.corpus = argv[i];
    } else {
      throw new Error(`unknown argument "${argv[i]}"; usage: ${usage}`);
    }
  }
  if (!options.corpus) throw new Error(`usage: ${usage}`);
  return options;
}

export function readCorpus(file, limit) {
  return fs.readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, limit)
      .map((line) => JSON.parse(line));
}

// Runs `operation(item)` (async) once per item. Returns {perSecond, perCpuSecond}.
async function measureOnce(items, operation) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const item of items) await operation(item);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return {
    perSecond: items.length / seconds,
    perCpuSecond: items.length / ((cpu.user + cpu.system) / 1e6)
  };
}

// Warms up on the first `warmup` items (the JIT and jsonld.js's context cache need it), then
// measures `rounds` passes over all items and prints one JSON line with the median pass.
export async function runCorpusBenchmark({impl, op, items, operation, rounds, warmup, extra = {}}) {
  await measureOnce(items.slice(0, warmup), operation);
  const passes = [];
  for (let round = 0; round < rounds; ++round) passes.push(await measureOnce(items, operation));
  const median = (values) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
  const round1 = (value) => Math.round(value * 10) / 10;
  console.log(JSON.stringify({
    impl,
    op,
    credentials: items.length,
    per_second: round1(median(passes.map((pass) => pass.perSecond))),
    per_cpu_second: round1(median(passes.map((pass) => pass.perCpuSecond))),
    ...extra,
    node: process.versions.node,
  }));
}
