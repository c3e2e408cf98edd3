#!/usr/bin/env node
// The JavaScript baseline for Cairn's canonicalization benchmark (bench/canon_bench.cpp): how many
// canonicalizations per second npm jsonld + rdf-canonize (RDFC-1.0) and npm canonicalize (JCS)
// do on one credential, on one thread, with the contexts served from the npm packages by an
// offline document loader and jsonld.js's context cache warm.
//
//   node canon_bench.mjs CREDENTIAL.json [--seconds N] [--rounds N] [--node-modules DIR]
//                        [--expected-canon PATH]
//
// Before measuring it checks that the RDFC output equals --expected-canon (default: the OB 3.0
// spec's ..._obv3p0_document-canon.txt from ../shared, skipped when absent), so the figure is
// for the right work. After a warm-up, --rounds rounds each run every operation for --seconds;
// it prints one JSON line per operation with the median round, per second of wall time and per
// second of this process's CPU time (the figure to trust on a busy machine). The operations are
// the C++ benchmark's:
//   {"impl":"jsonld.js","op":"rdfc","per_second":...}            toRDF + canonize, parsed object
//   {"impl":"jsonld.js","op":"rdfc_from_text","per_second":...}  JSON.parse first
//   {"impl":"jsonld.js","op":"jcs","per_second":...}             JSON.parse + canonicalize

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {importPackage, packageVersion} from '../../tests/differential/lib/npm_packages.mjs';
import {loadBundledContexts} from '../../tests/differential/lib/offline_document_loader.mjs';
import {makeOfflineDocumentLoader} from '../../tests/differential/lib/offline_document_loader.mjs';

const USAGE =
    'CREDENTIAL.json [--seconds N] [--rounds N] [--node-modules DIR] [--expected-canon PATH]';
const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_EXPECTED = path.join(
    here, '..', '..', '..', 'shared', 'conformance', 'ob3-spec',
    'ob_v3p0_impl_test-vectors_obv3p0_document-canon.txt');

function parseArguments(argv) {
  const options = {
    seconds: 2,
    rounds: 5,
    nodeModules: path.join(here, '..', '..', 'node_modules'),
    expectedCanon: DEFAULT_EXPECTED,
    credential: null,
  };
  const flags = {
    '--seconds': (value) => (options.seconds = Number(value)),
    '--rounds': (value) => (options.rounds = Number(value)),
    '--node-modules': (value) => (options.nodeModules = value),
    '--expected-canon': (value) => (options.expectedCanon = value),
  };
  for (let i = 0; i < argv.length; ++i) {
    if (flags[argv[i]] && i + 1 < argv.length) {
      flags[argv[i]](argv[++i]);
    } else if (!options.credential && !argv[i].startsWith('--')) {
      options.credential = argv[i];
    } else {
      throw new Error(`unknown argument "${argv[i]}"`);
    }
  }
  if (!options.credential) throw new Error(`usage: canon_bench.mjs ${USAGE}`);
  return options;
}

// Runs `operation` (async) for about `seconds` of wall time. Returns {perSecond, perCpuSecond}:
// operations per second of wall time and per second of this process's CPU time (user + system).
// On a shared machine the second is the stable one. Checks the clock every `batch` calls.
async function measure(operation, seconds, batch = 20) {
  let count = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < end) {
    for (let i = 0; i < batch; ++i) await operation();
    count += batch;
    now = process.hrtime.bigint();
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    perSecond: count / (Number(now - start) / 1e9),
    perCpuSecond: count / ((cpu.user + cpu.system) / 1e6)
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const [jsonld, rdfCanonize, canonicalize, bundled] = await Promise.all([
    importPackage(options.nodeModules, 'jsonld'),
    importPackage(options.nodeModules, 'rdf-canonize'),
    importPackage(options.nodeModules, 'canonicalize'),
    loadBundledContexts(options.nodeModules),
  ]);
  const documentLoader = makeOfflineDocumentLoader(bundled);
  const text = fs.readFileSync(options.credential, 'utf8');
  const credential = JSON.parse(text);

  const rdfc = async (document) =>
      rdfCanonize.canonize(await jsonld.toRDF(document, {documentLoader}), {algorithm: 'RDFC-1.0'});

  const canonical = await rdfc(credential);
  if (fs.existsSync(options.expectedCanon)) {
    const expected = fs.readFileSync(options.expectedCanon, 'utf8');
    if (canonical !== expected) {
      console.error(`canon_bench: jsonld.js output differs from ${options.expectedCanon}`);
      process.exit(1);
    }
    console.error(
        `checked: jsonld.js canonical form equals ${path.basename(options.expectedCanon)}`);
  } else {
    console.error(`not checked: ${options.expectedCanon} not present`);
  }

  const versions = {
    jsonld: packageVersion(options.nodeModules, 'jsonld'),
    'rdf-canonize': packageVersion(options.nodeModules, 'rdf-canonize'),
    canonicalize: packageVersion(options.nodeModules, 'canonicalize'),
    node: process.versions.node
  };
  const operations = {
    rdfc: () => rdfc(credential),
    rdfc_from_text: () => rdfc(JSON.parse(text)),
    jcs: async () => canonicalize(JSON.parse(text)),
  };
  // Warm-up: the JIT needs a few hundred runs before rates settle (they rise by half or more).
  for (const operation of Object.values(operations)) await measure(operation, options.seconds);
  // Rounds interleave the operations, so a burst of load from elsewhere hits all of them; the
  // median round is reported.
  const rates = Object.fromEntries(Object.keys(operations).map((op) => [op, []]));
  for (let round = 0; round < options.rounds; ++round) {
    for (const [op, operation] of Object.entries(operations)) {
      rates[op].push(await measure(operation, options.seconds));
    }
  }
  const median = (values) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
  const round1 = (value) => Math.round(value * 10) / 10;
  for (const [op, measured] of Object.entries(rates)) {
    console.log(JSON.stringify({
      impl: 'jsonld.js',
      op,
      per_second: round1(median(measured.map((rate) => rate.perSecond))),
      per_cpu_second: round1(median(measured.map((rate) => rate.perCpuSecond))),
      canonical_bytes: op === 'jcs' ? undefined : canonical.length,
      versions,
    }));
  }
}

main().catch((error) => {
  console.error(`canon_bench: ${error.message}`);
  process.exit(1);
});
