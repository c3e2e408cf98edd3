#!/usr/bin/env node
// Shrinks a failing case of the differential test to a small document on which cairn and the
// reference still disagree in the same way, by deleting object members and array elements (and
// unwrapping one-element arrays) for as long as the disagreement stays.
//
//   node reduce.mjs --cairn PATH --failure WORK_DIR/failures/<case> [--node-modules DIR]
//
// Reads the failure directory run_differential.mjs wrote (input.jsonld, case.json, and
// expand-context.jsonld when the case has one) and the remote contexts it names, which stay in
// WORK_DIR until the next run. Writes reduced.jsonld, reduced-expected.nq and reduced-actual.nq
// there and prints the reduced document. Exit status 0 when it reduced, 1 when the case no
// longer fails or cannot be read as JSON.

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {parseArguments} from './generate.mjs';
import {cairnArguments, judge, referenceOptions, runCairn} from './lib/cairn_runner.mjs';
import {makeReferenceCanonicalizer} from './lib/reference_canonicalizer.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = parseArguments(process.argv.slice(2), {
  'cairn': '',
  'failure': '',
  'node-modules': path.join(here, '..', '..', 'node_modules'),
  'timeout-ms': 30000,
});
if (!args.cairn || !args.failure) {
  console.error('usage: reduce.mjs --cairn PATH --failure WORK_DIR/failures/<case>');
  process.exit(2);
}

const directory = path.resolve(args.failure);
const meta = JSON.parse(fs.readFileSync(path.join(directory, 'case.json'), 'utf8'));
const expandContextFile = path.join(directory, 'expand-context.jsonld');
const expandContextPath = fs.existsSync(expandContextFile) ? expandContextFile : null;
const options = {
  ...meta.options,
  expandContext: undefined
};
if (expandContextPath)
  options.expandContext = JSON.parse(fs.readFileSync(expandContextPath, 'utf8'));
const candidatePath = path.join(directory, 'reduce-candidate.jsonld');
const reference = await makeReferenceCanonicalizer(args['node-modules']);

// Runs both sides on `document`; returns {signature, expected, outcome}. The signature names the
// kind of disagreement, so the reduction cannot drift to another bug; null when they agree.
async function tryDocument(document) {
  fs.writeFileSync(candidatePath, JSON.stringify(document));
  const files = {documentPath: candidatePath, options, loadPrefixes: meta.loadPrefixes};
  const expected =
      await reference.rdfcFromBytes(fs.readFileSync(candidatePath), referenceOptions(files));
  const outcome =
      await runCairn(args.cairn, cairnArguments({...files, expandContextPath}), args['timeout-ms']);
  const {passed, how} = judge(expected, outcome);
  return {
    signature: passed ? null : `${expected.status}/${how}/${outcome.status}`,
    expected,
    outcome
  };
}

// Every document one step smaller than `value`: a member or element deleted, or a one-element
// array replaced by its element, anywhere in the tree.
function* smallerDocuments(value) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; ++i) yield [...value.slice(0, i), ...value.slice(i + 1)];
    if (value.length === 1) yield value[0];
    for (let i = 0; i < value.length; ++i) {
      for (const smaller of smallerDocuments(value[i])) {
        yield [...value.slice(0, i), smaller, ...value.slice(i + 1)];
      }
    }
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    for (const key of keys) {
      yield Object.fromEntries(Object.entries(value).filter(([other]) => other !== key));
    }
    for (const key of keys) {
      for (const smaller of smallerDocuments(value[key])) yield {...value, [key]: smaller};
    }
  }
}

let document;
try {
  document = JSON.parse(fs.readFileSync(path.join(directory, 'input.jsonld'), 'utf8'));
} catch (error) {
  console.error(`reduce: input.jsonld is not JSON (${error.message}); nothing to reduce`);
  process.exit(1);
}
let current = await tryDocument(document);
if (!current.signature) {
  console.error('reduce: cairn and the reference agree on this case now');
  process.exit(1);
}
const signature = current.signature;
let steps = 0;
for (let shrunk = true; shrunk;) {
  shrunk = false;
  for (const smaller of smallerDocuments(document)) {
    const attempt = await tryDocument(smaller);
    if (attempt.signature !== signature) continue;
    document = smaller;
    current = attempt;
    shrunk = true;
    ++steps;
    break;
  }
}
fs.rmSync(candidatePath, {force: true});
fs.writeFileSync(path.join(directory, 'reduced.jsonld'), JSON.stringify(document, null, 2) + '\n');
fs.writeFileSync(
    path.join(directory, 'reduced-expected.nq'),
    current.expected.nquads ?? `(rejected by jsonld.js: ${current.expected.reason})\n`);
fs.writeFileSync(path.join(directory, 'reduced-actual.nq'), current.outcome.stdout);
console.log(JSON.stringify(document, null, 2));
console.log(`reduced in ${steps} steps (${signature}); written to ${directory}/reduced*.`);
