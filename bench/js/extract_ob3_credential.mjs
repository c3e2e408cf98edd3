#!/usr/bin/env node
// Extracts the unsigned credential of the Open Badges 3.0 spec's linked-data-proof test vector
// (the <pre> titled "Credential" in ob_v3p0_impl_linked-data-proof-ob.html) and writes it as JSON
// to OUT. The JavaScript and C++ canonicalization benchmarks both read that file. The credential
// is 1EdTech material from ../shared: write it under build/, never into the repository.
//
//   node extract_ob3_credential.mjs OUT.json [--html PATH]
//
// Exit status 0 on success; 1 with a message when the page is missing or holds no such credential.

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_HTML = path.join(
    here, '..', '..', '..', 'shared', 'conformance', 'ob3-spec',
    'ob_v3p0_impl_linked-data-proof-ob.html');

const HTML_ENTITIES = {
  '&quot;': '"',
  '&apos;': '\'',
  '&#39;': '\'',
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&'
};

// Returns the credential object, or throws with what is missing.
export function extractCredential(html) {
  const match = /<pre\b[^>]*\btitle="Credential"[^>]*>([\s\S]*?)<\/pre/.exec(html);
  if (!match) throw new Error('no <pre title="Credential"> element in the page');
  const text =
      match[1].replace(/&(?:quot|apos|#39|lt|gt|amp);/g, (entity) => HTML_ENTITIES[entity]);
  return JSON.parse(text);
}

function main() {
  const argv = process.argv.slice(2);
  const htmlIndex = argv.indexOf('--html');
  const htmlPath = htmlIndex >= 0 ? argv.splice(htmlIndex, 2)[1] : DEFAULT_HTML;
  if (argv.length !== 1) {
    console.error('usage: extract_ob3_credential.mjs OUT.json [--html PATH]');
    process.exit(1);
  }
  if (!fs.existsSync(htmlPath)) {
    console.error(`not present: ${htmlPath} (the OB 3.0 spec test vector from ../shared)`);
    process.exit(1);
  }
  const credential = extractCredential(fs.readFileSync(htmlPath, 'utf8'));
  fs.mkdirSync(path.dirname(path.resolve(argv[0])), {recursive: true});
  fs.writeFileSync(argv[0], JSON.stringify(credential, null, 2) + '\n');
  console.log(`wrote ${argv[0]} (credential ${credential.id})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
