#!/usr/bin/env node
// Verifies a JSONL file of credentials with @digitalbazaar/vc verifyCredential (the interop
// test's offline document loader, both eddsa cryptosuites, CredentialIssuancePurpose), printing
// one line per credential: {"verified":true|false,"error":"..."}. A line that is not JSON gets
// {"verified":false,"error":"unreadable: ..."}. Exit status 0 when all verified, 1 otherwise.
//
//   node js_verify.mjs --in SIGNED.jsonl [--out RESULTS.jsonl] [--now DATETIME] [--node-modules
//   DIR]

import fs from 'node:fs';
import {fileURLToPath} from 'node:url';

import {DEFAULT_NODE_MODULES, makeInteropDocumentLoader} from './document_loader.mjs';
import {parseFlags, writeJsonLines} from './generate_credentials.mjs';
import {verifyWithJs} from './js_signer.mjs';

// Returns one {verified, error} per line of text.
export async function verifyLines(modules, documentLoader, lines, {now} = {}) {
  const results = [];
  for (const line of lines) {
    let credential;
    try {
      credential = JSON.parse(line);
    } catch (error) {
      results.push({verified: false, error: `unreadable: ${error.message}`});
      continue;
    }
    results.push(await verifyWithJs(modules, documentLoader, credential, {now}));
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseFlags(
      process.argv.slice(2),
      {'in': '', 'out': '', 'now': '', 'node-modules': DEFAULT_NODE_MODULES});
  if (!options.in) {
    console.error('usage: js_verify.mjs --in SIGNED.jsonl [--out RESULTS.jsonl] [--now DATETIME]');
    process.exit(2);
  }
  const {documentLoader, modules} = await makeInteropDocumentLoader(options['node-modules']);
  const lines = fs.readFileSync(options.in, 'utf8').split('\n').filter((line) => line.trim());
  const results =
      await verifyLines(modules, documentLoader, lines, {now: options.now || undefined});
  writeJsonLines(options.out, results);
  process.exitCode = results.every((result) => result.verified) ? 0 : 1;
}
