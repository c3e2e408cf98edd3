#!/usr/bin/env node
// The differential test: generates the corpus (generate.mjs), canonicalizes every document with
// the reference (npm jsonld + rdf-canonize) and with `cairn canon --alg rdfc FILE`, and compares
// the bytes. A document the reference rejects must make cairn exit 2 with one line on stderr.
// A document over rdf-canonize's default work limit passes when cairn prints the unlimited
// result or rejects it (the limit is a policy, not part of RDFC-1.0).
//
//   node run_differential.mjs --cairn PATH --work-dir DIR [--node-modules DIR] [--seed N]
//                             [--count N] [--jobs N] [--keep N] [--timeout-ms N]
//                             [--skip-features NAME,NAME...]
//
// --skip-features leaves out the documents that have one of the named generator features (see
// the case.json of a failure), e.g. string-typed-xsd:double while Cairn deliberately departs
// from jsonld.js there; they are counted as skipped.
//
// Writes the documents under DIR/cases, the remote contexts under DIR/remote and the first
// --keep failures under DIR/failures/<case>/ (input, expected, actual, stderr, command; reduce.mjs
// shrinks one to a minimal disagreeing document). The last line is "N passed, M failed"; the
// exit status is 0 when nothing failed, 1 otherwise, 77 (ctest's SKIP_RETURN_CODE) when the npm
// packages are not installed.

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {DEFAULT_COUNT, DEFAULT_SEED, generateCorpus, parseArguments} from './generate.mjs';
import {writeCaseFiles, writeRemoteContexts} from './generate.mjs';
import {cairnArguments, judge, referenceOptions, runCairn} from './lib/cairn_runner.mjs';
import {packageVersion} from './lib/npm_packages.mjs';
import {makeReferenceCanonicalizer} from './lib/reference_canonicalizer.mjs';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));

const args = parseArguments(process.argv.slice(2), {
  'cairn': '',
  'work-dir': '',
  'node-modules': path.join(here, '..', '..', 'node_modules'),
  'seed': DEFAULT_SEED,
  'count': DEFAULT_COUNT,
  'jobs': 2,
  'keep': 10,
  'timeout-ms': 30000,
  'skip-features': '',
});
const skippedFeatures = new Set(args['skip-features'].split(',').filter(Boolean));
if (!args.cairn || !args['work-dir']) {
  console.error(
      'usage: run_differential.mjs --cairn PATH --work-dir DIR [--seed N] [--count N] ...');
  process.exit(2);
}
if (!fs.existsSync(path.join(args['node-modules'], 'jsonld', 'package.json'))) {
  console.log(`skipped: npm packages not installed in ${args['node-modules']} (run scripts/setup)`);
  process.exit(SKIP);
}
if (!fs.existsSync(args.cairn)) {
  console.error(`cairn binary not found: ${args.cairn}`);
  process.exit(1);
}

const workDir = path.resolve(args['work-dir']);
const casesDir = path.join(workDir, 'cases');
const failuresDir = path.join(workDir, 'failures');
for (const directory of [casesDir, failuresDir, path.join(workDir, 'remote')]) {
  fs.rmSync(directory, {recursive: true, force: true});
}
fs.mkdirSync(casesDir, {recursive: true});

const started = Date.now();
console.log(`differential: seed ${args.seed}, ${args.count} documents, reference jsonld ${
    packageVersion(args['node-modules'], 'jsonld')} + rdf-canonize ${
    packageVersion(args['node-modules'], 'rdf-canonize')}, cairn ${args.cairn}`);
console.log(
    `reproduce: node ${path.relative(process.cwd(), fileURLToPath(import.meta.url))} --cairn ${
        args.cairn} --work-dir ${workDir} --seed ${args.seed} --count ${args.count}${
        skippedFeatures.size ? ' --skip-features ' + args['skip-features'] : ''}`);

const corpus = generateCorpus({seed: args.seed, count: args.count});
const loadPrefixes = writeRemoteContexts(corpus, path.join(workDir, 'remote'));
const selected =
    corpus.cases.filter((testCase) => !testCase.features.some((f) => skippedFeatures.has(f)));
const runs = selected.map((testCase) => ({testCase, ...writeCaseFiles(testCase, casesDir)}));
if (skippedFeatures.size) {
  console.log(`skipped ${
      corpus.cases.length - selected.length} documents with a feature in --skip-features ${
          [...skippedFeatures].join(',')}`);
}

// The reference runs in this process while cairn runs in child processes: both cores stay busy.
const [expectations, outcomes] = await Promise.all([computeExpectations(), runCairnOnAll()]);
const report = compare(expectations, outcomes);
printReport(report);
console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed === 0 ? 0 : 1);

async function computeExpectations() {
  const reference = await makeReferenceCanonicalizer(args['node-modules']);
  const results = [];
  for (const {testCase, documentPath} of runs) {
    const bytes = typeof testCase.content === 'string' ?
        new TextEncoder().encode(testCase.content) :
        testCase.content;
    results.push(await reference.rdfcFromBytes(
        bytes, referenceOptions({documentPath, options: testCase.options, loadPrefixes})));
  }
  return results;
}

async function runCairnOnAll() {
  const outcomes = new Array(runs.length);
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const index = next++;
      const {testCase, documentPath, expandContextPath} = runs[index];
      const cairnArgs = cairnArguments(
          {documentPath, expandContextPath, options: testCase.options, loadPrefixes});
      outcomes[index] = await runCairn(args.cairn, cairnArgs, args['timeout-ms']);
    }
  };
  await Promise.all(Array.from({length: args.jobs}, worker));
  return outcomes;
}

function compare(expectations, outcomes) {
  const report = {
    passed: 0,
    failed: 0,
    failures: [],
    failedFeatures: new Map(),
    accepted: {passed: 0, failed: 0, withWarnings: 0, withDuplicates: 0},
    rejected: {passed: 0, failed: 0, reasons: new Map()},
    workLimit: {matched: 0, rejected: 0, failed: 0},
  };
  runs.forEach((run, index) => {
    const expected = expectations[index];
    const outcome = outcomes[index];
    const {passed, how} = judge(expected, outcome);
    if (expected.status === 'ok') {
      report.accepted[passed ? 'passed' : 'failed']++;
      if (expected.warnings.length) report.accepted.withWarnings++;
      if (expected.duplicateQuads) report.accepted.withDuplicates++;
    } else if (expected.status === 'rejected') {
      report.rejected[passed ? 'passed' : 'failed']++;
      const reason = expected.reason.split(':')[0];
      report.rejected.reasons.set(reason, (report.rejected.reasons.get(reason) ?? 0) + 1);
    } else {
      report.workLimit[how]++;
    }
    if (passed) {
      report.passed++;
      return;
    }
    report.failed++;
    const features = [
      run.testCase.kind, ...run.testCase.features,
      ...(expected.warnings ?? []).map((code) => 'jsonld-warning:' + code)
    ];
    for (const feature of new Set(features)) {
      report.failedFeatures.set(feature, (report.failedFeatures.get(feature) ?? 0) + 1);
    }
    if (report.failures.length < args.keep) {
      report.failures.push(saveFailure(run, expected, outcome));
    }
  });
  return report;
}

function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// Writes what is needed to reproduce and read one failure; returns a one-line summary.
function saveFailure(run, expected, outcome) {
  const {testCase} = run;
  const directory = path.join(failuresDir, testCase.id);
  fs.mkdirSync(directory, {recursive: true});
  fs.copyFileSync(run.documentPath, path.join(directory, 'input.jsonld'));
  if (run.expandContextPath) {
    fs.copyFileSync(run.expandContextPath, path.join(directory, 'expand-context.jsonld'));
  }
  fs.writeFileSync(
      path.join(directory, 'expected.nq'),
      expected.status === 'rejected' ? `(rejected by jsonld.js: ${expected.reason})\n` :
                                       expected.nquads);
  fs.writeFileSync(path.join(directory, 'actual.nq'), outcome.stdout);
  fs.writeFileSync(path.join(directory, 'stderr.txt'), outcome.stderr);
  fs.writeFileSync(
      path.join(directory, 'command.txt'),
      [args.cairn, ...outcome.args].map(shellQuote).join(' ') + '\n');
  const {id, kind, intent, options, features} = testCase;
  fs.writeFileSync(
      path.join(directory, 'case.json'),
      JSON.stringify(
          {
            id,
            kind,
            intent,
            options,
            features,
            loadPrefixes,
            reference: {...expected, nquads: undefined},
          },
          null, 2));
  const want = expected.status === 'rejected' ? 'rejection (exit 2, one stderr line)' :
                                                'the reference N-Quads';
  return `${testCase.id} (${kind}${intent === 'valid' ? '' : ': ' + intent}): expected ${
      want}, got ${describeOutcome(outcome, expected)}; ${directory}`;
}

function describeOutcome(outcome, expected) {
  if (outcome.timedOut) return `no answer within ${args['timeout-ms']} ms`;
  if (outcome.signal) return `killed by ${outcome.signal}`;
  if (outcome.status !== 0 || expected.status === 'rejected') {
    return `exit ${outcome.status}: ${outcome.stderr.trim().split('\n')[0] || '(no stderr)'}`;
  }
  const actualLines = outcome.stdout.toString('utf8').split('\n');
  const expectedLines = expected.nquads.split('\n');
  const line = expectedLines.findIndex((text, i) => text !== actualLines[i]);
  return `different N-Quads (${actualLines.length - 1} lines for ${
      expectedLines.length -
      1}, first difference on line ${line < 0 ? expectedLines.length : line + 1})`;
}

function printReport(report) {
  const {accepted, rejected, workLimit} = report;
  console.log(
      `accepted by jsonld.js: ${accepted.passed + accepted.failed} (${accepted.passed} passed, ${
          accepted.failed} failed); ${accepted.withWarnings} of them with data jsonld.js dropped, ${
          accepted.withDuplicates} with duplicate quads removed`);
  console.log(`rejected by jsonld.js: ${rejected.passed + rejected.failed} (${
      rejected.passed} passed, ${rejected.failed} failed); reasons: ${
          [...rejected.reasons]
              .sort((a, b) => b[1] - a[1])
              .map(([reason, count]) => `${reason} ${count}`)
              .join(', ')}`);
  console.log(`over rdf-canonize's default work limit: ${
      workLimit.matched + workLimit.rejected +
      workLimit.failed} (cairn printed the unlimited result for ${workLimit.matched}, rejected ${
      workLimit.rejected}, failed ${workLimit.failed})`);
  if (report.failed === 0) return;
  console.log('failures by feature (a failing document counts once per feature it has):');
  for (const [feature, count] of [...report.failedFeatures]
           .sort((a, b) => b[1] - a[1])
           .slice(0, 25)) {
    console.log(`  ${String(count).padStart(5)}  ${feature}`);
  }
  console.log(`first ${report.failures.length} failures:`);
  for (const line of report.failures) console.log('  ' + line);
}
