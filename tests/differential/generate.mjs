#!/usr/bin/env node
// Seeded generator of the differential test's corpus: random JSON-LD documents (see README.md for
// what they cover), written as JSON text with varied escapes and layout. The corpus is a pure
// function of (seed, count); generateCorpus() is what the driver uses.
//
// Command line (to look at a corpus or feed it to another tool):
//   node generate.mjs --out DIR [--seed N] [--count N]
// writes DIR/cases/<id>.jsonld (the document), DIR/cases/<id>.json (options, features, intent),
// DIR/cases/<id>.context.jsonld (the expandContext option, when set) and DIR/remote/... (the
// contexts served under REMOTE_PREFIX).

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {buildCredentialDocument} from './lib/credential_documents.mjs';
import {buildGraphDocument} from './lib/graph_documents.mjs';
import {buildJsonLdErrorDocument, buildSyntaxErrorDocument} from './lib/invalid_documents.mjs';
import {JsonTextWriter} from './lib/json_text.mjs';
import {Random} from './lib/random.mjs';
import {buildRdfcStressDocument} from './lib/rdfc_stress_documents.mjs';
import {REMOTE_PREFIX, buildRemoteContexts} from './lib/remote_contexts.mjs';
import {randomBaseIri} from './lib/values.mjs';

export const DEFAULT_SEED = 20240611;
export const UTF16_ORDER_SENSITIVE = 'utf16-vs-code-point-order';
export const DEFAULT_COUNT = 2000;
export {REMOTE_PREFIX};

// A case: {id, kind, intent, content (string or Uint8Array), options: {base, processingMode,
// rdfDirection, expandContext}, features: [string]}. kind is one of 'graph', 'credential',
// 'rdfc-stress', 'json-ld-error', 'syntax-error'; intent is 'valid' or what was broken.
export function generateCorpus({seed = DEFAULT_SEED, count = DEFAULT_COUNT} = {}) {
  const random = new Random(seed);
  const remote = buildRemoteContexts(random.fork());
  const cases = [];
  for (let index = 0; index < count; ++index) {
    cases.push(generateCase(random.fork(), index, remote));
  }
  return {seed, count, cases, remotePrefix: REMOTE_PREFIX, remoteFiles: remote.files};
}

function generateCase(random, index, remote) {
  const id = 'case-' + String(index).padStart(5, '0');
  const kind = random.weighted([
    [58, 'graph'],
    [20, 'credential'],
    [10, 'rdfc-stress'],
    [9, 'json-ld-error'],
    [3, 'syntax-error'],
  ]);
  const features = new Set();
  const options = {};
  let document;
  let intent = 'valid';
  switch (kind) {
    case 'graph':
      if (random.chance(0.2)) options.base = randomBaseIri(random);
      if (random.chance(0.04)) options.processingMode = 'json-ld-1.0';
      if (random.chance(0.06)) options.rdfDirection = 'i18n-datatype';
      document = buildGraphDocument(random, features, options, remote);
      break;
    case 'credential':
      document = buildCredentialDocument(random, features);
      break;
    case 'rdfc-stress':
      document = buildRdfcStressDocument(random, features);
      break;
    case 'json-ld-error': {
      const error = buildJsonLdErrorDocument(random);
      Object.assign(options, error.options);
      document = error.document;
      intent = error.label;
      break;
    }
    case 'syntax-error': {
      const error = buildSyntaxErrorDocument(random);
      return {id, kind, intent: error.label, content: error.content, options, features: []};
    }
  }
  const style = {
    ...JsonTextWriter.randomStyle(random),
    escapeNonAscii: random.chance(0.2) ? random.pick([0.3, 1]) : 0,
    escapeAscii: random.chance(0.1) ? 0.2 : 0,
    escapeSolidus: random.chance(0.1) ? 0.5 : 0,
  };
  if (style.escapeNonAscii || style.escapeAscii) features.add('json-escapes');
  // rdf-canonize sorts by UTF-16 code units where RDFC-1.0 says code points; the orders differ
  // only between U+E000..U+FFFF and astral characters (here only in @json member names).
  const raw = JSON.stringify(document);
  if (/[\ue000-\uffff]/.test(raw) && /[\u{10000}-\u{10ffff}]/u.test(raw)) {
    features.add(UTF16_ORDER_SENSITIVE);
  }
  const content = new JsonTextWriter(random, style).write(document);
  return {id, kind, intent, content, options, features: [...features].sort()};
}

// Writes the corpus's remote contexts under `directory`; returns [[REMOTE_PREFIX, directory]].
export function writeRemoteContexts(corpus, directory) {
  for (const [relativePath, text] of corpus.remoteFiles) {
    const file = path.join(directory, relativePath);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, text);
  }
  return [[corpus.remotePrefix, directory]];
}

// Writes one case's document (and its expandContext file); returns their paths.
export function writeCaseFiles(testCase, directory) {
  const documentPath = path.join(directory, `${testCase.id}.jsonld`);
  fs.writeFileSync(documentPath, testCase.content);
  let expandContextPath = null;
  if (testCase.options.expandContext) {
    expandContextPath = path.join(directory, `${testCase.id}.context.jsonld`);
    fs.writeFileSync(expandContextPath, JSON.stringify(testCase.options.expandContext, null, 2));
  }
  return {documentPath, expandContextPath};
}

export function parseArguments(argv, defaults) {
  const values = {...defaults};
  for (let i = 0; i < argv.length; ++i) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !(name in defaults) || i + 1 >= argv.length) {
      throw new Error(`unknown or incomplete argument "${argv[i]}"; expected ${
          Object.keys(defaults).map((key) => '--' + key).join(', ')}`);
    }
    values[name] = typeof defaults[name] === 'number' ? Number(argv[++i]) : argv[++i];
  }
  return values;
}

function main() {
  const args =
      parseArguments(process.argv.slice(2), {seed: DEFAULT_SEED, count: DEFAULT_COUNT, out: ''});
  if (!args.out) throw new Error('--out DIR is required');
  const corpus = generateCorpus(args);
  const casesDir = path.join(args.out, 'cases');
  fs.mkdirSync(casesDir, {recursive: true});
  writeRemoteContexts(corpus, path.join(args.out, 'remote'));
  for (const testCase of corpus.cases) {
    writeCaseFiles(testCase, casesDir);
    const {id, kind, intent, options, features} = testCase;
    fs.writeFileSync(
        path.join(casesDir, `${id}.json`),
        JSON.stringify({id, kind, intent, options, features}, null, 2));
  }
  console.log(`seed ${corpus.seed}: wrote ${corpus.cases.length} cases to ${casesDir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
