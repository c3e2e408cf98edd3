#!/usr/bin/env node
// The interop test between Cairn and the reference JavaScript stack (@digitalbazaar/vc,
// data-integrity, eddsa-rdfc-2022 / eddsa-jcs-2022 cryptosuites). For each signing side it
// generates --count Open Badges 3.0 credentials (generate_credentials.mjs), signs them, and has
// BOTH verifiers judge three variants of every credential:
//   original   must verify
//   mutated    one scalar value changed (anywhere but @context): must be rejected
//   reordered  every object's keys shuffled: must verify
// --direction js-signs:    a JS-held did:key signs (@digitalbazaar/vc issue); also checks that
//                          `cairn canon --alg rdfc` prints jsonld.js's canonical N-Quads of the
//                          first --check-canon signed credentials
// --direction cairn-signs: `cairn keygen` makes a key (CAIRN_MASTER_KEY set to a fixed test
//                          value) and `cairn sign` signs each credential
// --direction both:        js-signs, then cairn-signs (the default)
// --direction js-only:     JS signs and JS verifies (the JS side's self-check); with --cairn,
//                          only the `cairn canon` check uses it
// Three quarters of the credentials use eddsa-rdfc-2022, one quarter eddsa-jcs-2022.
//
//   node run_interop.mjs --work DIR [--direction both|js-signs|cairn-signs|js-only] [--cairn PATH]
//                        [--count N] [--seed N] [--threads N] [--check-canon N] [--node-modules
//                        DIR]
//
// Prints the counts per verifier and variant, and the first failures explained; writes every
// corpus and verdict under DIR. Exit 0 when every verdict is as expected, 1 otherwise, 77 (ctest's
// SKIP_RETURN_CODE) when the npm packages are not installed.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

import {judge, runCairn} from '../differential/lib/cairn_runner.mjs';
import {Random} from '../differential/lib/random.mjs';
import {makeReferenceCanonicalizer} from '../differential/lib/reference_canonicalizer.mjs';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const DIRECTIONS = ['both', 'js-signs', 'cairn-signs', 'js-only'];
const SHOWN_FAILURES = 5;
const CAIRN_TIMEOUT_MS = 120000;
// A fixed, public test master key: the sealed key file under --work is throwaway.
const TEST_MASTER_KEY =
    crypto.createHash('sha256').update('cairn interop test master key').digest('base64url');

const defaults = {
  'direction': 'both',
  'work': '',
  'cairn': '',
  'count': 300,
  'seed': 20261129,
  'threads': 2,
  'check-canon': 20,
  'node-modules': path.join(here, '..', '..', 'node_modules'),
};
const options = {...defaults};
for (let i = 0; i < process.argv.length - 2; i += 2) {
  const [flag, value] = process.argv.slice(2 + i, 4 + i);
  const name = flag.replace(/^--/, '');
  if (!(name in defaults) || value === undefined) {
    console.error(`unknown or incomplete argument ${flag}`);
    process.exit(2);
  }
  options[name] = typeof defaults[name] === 'number' ? Number(value) : value;
}
if (!DIRECTIONS.includes(options.direction) || !options.work ||
    (options.direction !== 'js-only' && !options.cairn)) {
  console.error(
      `usage: run_interop.mjs --direction ${DIRECTIONS.join('|')} --work DIR ` +
      '[--cairn PATH] [--count N] [--seed N] [--threads N] [--check-canon N]');
  process.exit(2);
}
for (const name of ['@digitalbazaar/vc', '@digitalbazaar/eddsa-rdfc-2022-cryptosuite', 'jsonld']) {
  if (!fs.existsSync(path.join(options['node-modules'], ...name.split('/'), 'package.json'))) {
    console.log(
        `skipped: npm package ${name} not installed in ${options['node-modules']} ` +
        '(run scripts/setup)');
    process.exit(SKIP);
  }
}
if (options.cairn && !fs.existsSync(options.cairn)) {
  console.error(`cairn binary not found: ${options.cairn}`);
  process.exit(1);
}

// Imported after the skip check: these modules load the npm packages.
const {makeInteropDocumentLoader} = await import('./document_loader.mjs');
const {generateCredentials, mutateSingleValue, reorderKeys, writeJsonLines} =
    await import('./generate_credentials.mjs');
const {signAll} = await import('./js_sign.mjs');
const {makeJsKey} = await import('./js_signer.mjs');
const {verifyLines} = await import('./js_verify.mjs');

// Every cairn child gets the test master key, and never a developer's own key file.
process.env.CAIRN_MASTER_KEY = TEST_MASTER_KEY;
delete process.env.CAIRN_MASTER_KEY_FILE;
// The directory of the direction being run (see runDirection).
let work;
let currentDirection;
const {documentLoader, modules} = await makeInteropDocumentLoader(options['node-modules']);
const failures = [];
const started = Date.now();

console.log(
    `interop (${options.direction}): seed ${options.seed}, ${options.count} credentials, ` +
    `@digitalbazaar/vc ${version('@digitalbazaar/vc')}, eddsa-rdfc-2022-cryptosuite ${
        version('@digitalbazaar/eddsa-rdfc-2022-cryptosuite')}, cairn ${
        options.cairn || '(not used)'}`);
console.log(
    `reproduce: node ${fileURLToPath(import.meta.url)} --direction ${options.direction} ` +
    `--work ${options.work} --count ${options.count} --seed ${options.seed}` +
    (options.cairn ? ` --cairn ${options.cairn}` : ''));

function version(name) {
  const manifest = path.join(options['node-modules'], ...name.split('/'), 'package.json');
  return JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
}

function fail(what, detail) {
  failures.push(`${currentDirection}: ${what}: ${detail}`);
}

// The cryptosuite of each credential, drawn from its own stream so it does not shift the corpus.
function suitesFor(count) {
  const random = new Random(options.seed ^ 0x5111e5);
  return Array.from(
      {length: count}, () => random.chance(0.25) ? 'eddsa-jcs-2022' : 'eddsa-rdfc-2022');
}

async function signWithJsSide(credentials, suites) {
  const jsKey = await makeJsKey(modules, 'issuer');
  const signed = [];
  for (let i = 0; i < credentials.length; ++i) {
    signed.push(
        ...await signAll(modules, documentLoader, jsKey, [credentials[i]], {suite: suites[i]}));
  }
  return signed;
}

async function runCairnChecked(args, what) {
  const outcome = await runCairn(options.cairn, args, CAIRN_TIMEOUT_MS);
  if (outcome.timedOut || outcome.signal) {
    throw new Error(`${what}: cairn ${args.join(' ')} ${
        outcome.timedOut ? 'timed out' : `died of ${outcome.signal}`}\n${outcome.stderr}`);
  }
  return outcome;
}

// Returns the key's DID (from `cairn keygen`'s "did: ..." line).
async function cairnKeygen() {
  const keyFile = path.join(work, 'cairn-key.json');
  const outcome = await runCairnChecked(['keygen', '--out', keyFile], 'cairn keygen');
  const did = /^did: (\S+)$/m.exec(outcome.stdout.toString('utf8'))?.[1];
  if (outcome.status !== 0 || !did) {
    throw new Error(
        `cairn keygen failed (exit ${outcome.status}): ${outcome.stdout}${outcome.stderr}`);
  }
  return {did, keyFile};
}

// Signs each credential with one `cairn sign` process, --threads at a time.
async function signWithCairn(credentials, suites, keyFile) {
  const directory = path.join(work, 'cairn-sign');
  fs.mkdirSync(directory, {recursive: true});
  const signed = new Array(credentials.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < credentials.length; i = next++) {
      const file = path.join(directory, `${String(i).padStart(4, '0')}.json`);
      fs.writeFileSync(file, JSON.stringify(credentials[i], null, 1));
      const args = ['sign', '--key', keyFile, '--suite', suites[i], file];
      const outcome = await runCairnChecked(args, `credential ${i}`);
      try {
        if (outcome.status !== 0) throw new Error(`exit ${outcome.status}`);
        signed[i] = JSON.parse(outcome.stdout.toString('utf8'));
      } catch (error) {
        fail(
            `cairn sign, credential ${i} (${file})`,
            `${error.message}: ${outcome.stderr.trim().split('\n')[0]}`);
        signed[i] = null;
      }
    }
  };
  await Promise.all(Array.from({length: Math.max(1, options.threads)}, worker));
  return signed;
}

// Returns one {verified, reason} per line of the JSONL file, from `cairn verify --jsonl`.
async function verifyWithCairn(file) {
  const outcome = await runCairnChecked(
      ['verify', '--jsonl', file, '--threads', String(options.threads)], `cairn verify ${file}`);
  const lines = outcome.stdout.toString('utf8').split('\n').filter((line) => line.trim());
  const parse = (line, index) => {
    try {
      return JSON.parse(line);
    } catch (error) {
      throw new Error(`cairn verify --jsonl ${file}: output line ${index + 1} is not JSON (${
          error.message}): ${line.slice(0, 200)}`);
    }
  };
  const summary = lines.length ? parse(lines[lines.length - 1], lines.length - 1) : null;
  const reports = lines.slice(0, -1).map(parse);
  const expected = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).length;
  if (outcome.status === 2 || !summary || typeof summary.failed !== 'number' ||
      reports.length !== expected) {
    throw new Error(
        `cairn verify --jsonl ${file}: exit ${outcome.status}, ${reports.length} ` +
        `reports for ${expected} lines, summary ${JSON.stringify(summary)}; stderr: ${
            outcome.stderr.trim().split('\n')[0] ?? ''}`);
  }
  const verdicts = reports.map((report) => ({
                                 verified: report.verified === true,
                                 reason: (report.checks ?? [])
                                             .filter((check) => check.status === 'fail')
                                             .map((check) => `${check.check}: ${check.message}`)
                                             .join('; ') ||
                                     '(no failed check)',
                               }));
  const verified = verdicts.filter((verdict) => verdict.verified).length;
  if (summary.verified !== verified || summary.failed !== verdicts.length - verified) {
    fail(
        `cairn verify --jsonl ${path.basename(file)}`,
        `summary ${JSON.stringify(summary)} disagrees with the reports (${verified} verified)`);
  }
  return {verdicts, perSecond: summary.per_second};
}

async function verifyWithJsSide(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
  const results = await verifyLines(modules, documentLoader, lines);
  return {verdicts: results.map(({verified, error}) => ({verified, reason: error}))};
}

// Checks one verifier's verdicts on one variant; returns the matching count.
function judgeVariant({verifier, variant, verdicts, shouldVerify, describe}) {
  let matching = 0;
  verdicts.forEach((verdict, i) => {
    if (verdict.verified === shouldVerify) {
      ++matching;
    } else {
      fail(
          `${verifier} on ${variant} #${i}`,
          `${shouldVerify ? 'rejected' : 'verified'}, expected ${
              shouldVerify ? 'verified' : 'rejected'}${describe(i)}; ${verdict.reason}`);
    }
  });
  return matching;
}

// `cairn canon --alg rdfc` against jsonld.js + rdf-canonize on the first `count` signed
// credentials: the OB 3.0 and VC 2.0 contexts must expand the same way in both.
async function checkCanonicalForm(signed, count) {
  const canonicalizer = await makeReferenceCanonicalizer(options['node-modules']);
  const directory = path.join(work, 'canon');
  fs.mkdirSync(directory, {recursive: true});
  let matched = 0;
  for (let i = 0; i < Math.min(count, signed.length); ++i) {
    const file = path.join(directory, `${String(i).padStart(4, '0')}.json`);
    const bytes = Buffer.from(JSON.stringify(signed[i]), 'utf8');
    fs.writeFileSync(file, bytes);
    const expected = await canonicalizer.rdfcFromBytes(bytes, {base: pathToFileURL(file).href});
    const outcome = await runCairnChecked(['canon', '--alg', 'rdfc', file], `cairn canon ${file}`);
    if (expected.status === 'ok' && judge(expected, outcome).passed) {
      ++matched;
    } else {
      fs.writeFileSync(`${file}.expected.nq`, expected.nquads ?? expected.reason);
      fs.writeFileSync(`${file}.cairn.nq`, outcome.stdout);
      fail(
          `cairn canon --alg rdfc ${file}`,
          `differs from jsonld.js (exit ${outcome.status}; ${outcome.stderr.trim()}); see ${
              file}.expected.nq and .cairn.nq`);
    }
  }
  return matched;
}

// How many mutations hit the proof, a type, an id, or another value: a changed type or id is
// often rejected before any signature is checked, so the mix says what the mutations exercise.
function describeMutationSites(mutations) {
  const counts = {proof: 0, type: 0, id: 0, other: 0};
  for (const {path: where} of mutations) {
    const site = where.startsWith('.proof') ? 'proof' :
        /\.type(\[\d+\])?$/.test(where)     ? 'type' :
        /\.id$/.test(where)                 ? 'id' :
                                              'other';
    ++counts[site];
  }
  return Object.entries(counts).map(([site, count]) => `${count} ${site}`).join(', ');
}

// Generates, signs (JS or cairn, by direction) and judges the three variants with both verifiers
// (only JS for js-only); records mismatches with fail().
async function runDirection(direction) {
  currentDirection = direction;
  work = path.resolve(options.work, direction);
  fs.rmSync(work, {recursive: true, force: true});
  fs.mkdirSync(work, {recursive: true});
  console.log(`-- ${direction}`);
  const jsSigns = direction !== 'cairn-signs';
  const suites = suitesFor(options.count);
  let issuerDid;
  let keyFile;
  if (jsSigns) {
    issuerDid = (await makeJsKey(modules, 'issuer')).did;
  } else {
    ({did: issuerDid, keyFile} = await cairnKeygen());
  }
  const credentials = await generateCredentials(
      {count: options.count, seed: options.seed, issuerDid, modules, documentLoader});
  writeJsonLines(path.join(work, 'unsigned.jsonl'), credentials);

  const signingStarted = Date.now();
  const signedOrNull = jsSigns ? await signWithJsSide(credentials, suites) :
                                 await signWithCairn(credentials, suites, keyFile);
  const signed = signedOrNull.filter(Boolean);
  const signingSeconds = (Date.now() - signingStarted) / 1000;
  console.log(
      `signed by ${jsSigns ? 'JS' : 'cairn'}: ${signed.length}/${options.count} (${
          suites.filter((suite) => suite === 'eddsa-jcs-2022').length} eddsa-jcs-2022, the rest ` +
      `eddsa-rdfc-2022) in ${signingSeconds.toFixed(1)} s, issuer ${issuerDid}`);

  const mutationRandom = new Random(options.seed ^ 0x3a7e);
  const mutations =
      signed.map((credential) => mutateSingleValue(credential, mutationRandom.fork()));
  console.log(`mutated values: ${describeMutationSites(mutations)}`);
  const reorderRandom = new Random(options.seed ^ 0x0cde);
  const variants = [
    {variant: 'original', shouldVerify: true, credentials: signed, describe: () => ''},
    {
      variant: 'mutated',
      shouldVerify: false,
      credentials: mutations.map((mutation) => mutation.credential),
      describe: (i) => ` (${mutations[i].path}: ${JSON.stringify(mutations[i].from)} -> ${
          JSON.stringify(mutations[i].to)})`,
    },
    {
      variant: 'reordered',
      shouldVerify: true,
      credentials: signed.map((credential) => reorderKeys(credential, reorderRandom.fork())),
      describe: () => '',
    },
  ];
  const verifiers = [['js', verifyWithJsSide]];
  if (direction !== 'js-only') verifiers.unshift(['cairn', verifyWithCairn]);

  for (const {variant, shouldVerify, credentials: corpus, describe} of variants) {
    const file = path.join(work, `${variant}.jsonl`);
    writeJsonLines(file, corpus);
    const row = [];
    for (const [verifier, verify] of verifiers) {
      const verifyStarted = Date.now();
      const {verdicts, perSecond} = await verify(file);
      fs.writeFileSync(
          path.join(work, `${variant}.${verifier}-verdicts.jsonl`),
          verdicts.map((verdict) => JSON.stringify(verdict) + '\n').join(''));
      const matching = judgeVariant({verifier, variant, verdicts, shouldVerify, describe});
      const rate = perSecond ?? corpus.length / ((Date.now() - verifyStarted) / 1000);
      row.push(
          `${verifier} ${matching}/${corpus.length} ${shouldVerify ? 'verified' : 'rejected'} ` +
          `(${rate.toFixed(0)}/s)`);
    }
    console.log(`${variant.padEnd(10)} ${row.join('   ')}`);
  }
  if (jsSigns && options.cairn && options['check-canon'] > 0) {
    const matched = await checkCanonicalForm(signed, options['check-canon']);
    console.log(`canonical N-Quads: cairn canon --alg rdfc = jsonld.js on ${matched}/${
        Math.min(options['check-canon'], signed.length)} signed credentials`);
  }
}

for (const direction of options.direction === 'both' ? ['js-signs', 'cairn-signs'] :
                                                       [options.direction]) {
  try {
    await runDirection(direction);
  } catch (error) {
    // A cairn that crashes, hangs or breaks the output contract stops this direction only.
    fail('aborted', error.message);
  }
}
for (const failure of failures.slice(0, SHOWN_FAILURES)) console.log(`FAIL ${failure}`);
if (failures.length > SHOWN_FAILURES) {
  console.log(`... and ${failures.length - SHOWN_FAILURES} more (verdicts under ${options.work})`);
}
console.log(
    `${failures.length ? 'FAILED' : 'PASSED'}: ${failures.length} unexpected verdicts, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s, files under ${path.resolve(options.work)}`);
process.exitCode = failures.length ? 1 : 0;
