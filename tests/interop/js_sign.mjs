#!/usr/bin/env node
// Signs a JSONL file of credentials with the reference JavaScript stack (@digitalbazaar/vc issue,
// DataIntegrityProof) and a JS-generated Ed25519 did:key, one signed credential per output line.
// Each credential's issuer (or issuer.id) is set to the key's DID.
//
//   node js_sign.mjs --in UNSIGNED.jsonl --out SIGNED.jsonl [--suite
//   eddsa-rdfc-2022|eddsa-jcs-2022]
//                    [--key-label LABEL] [--created DATETIME] [--node-modules DIR]
//   node js_sign.mjs --print-did [--key-label LABEL]    prints "did: ..." and "verificationMethod:
//   ..."

import {fileURLToPath} from 'node:url';

import {DEFAULT_NODE_MODULES, makeInteropDocumentLoader} from './document_loader.mjs';
import {parseFlags, readJsonLines, writeJsonLines} from './generate_credentials.mjs';
import {makeJsKey, signWithJs} from './js_signer.mjs';

export const DEFAULT_KEY_LABEL = 'issuer';

// Returns the credentials signed by jsKey, issuer set to its DID.
export async function signAll(modules, documentLoader, jsKey, credentials, {suite, created}) {
  const signed = [];
  for (const credential of credentials) {
    const withIssuer = structuredClone(credential);
    if (typeof withIssuer.issuer === 'object')
      withIssuer.issuer.id = jsKey.did;
    else
      withIssuer.issuer = jsKey.did;
    signed.push(await signWithJs(modules, documentLoader, jsKey, withIssuer, {suite, created}));
  }
  return signed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const printDid = argv.includes('--print-did');
  const options = parseFlags(argv.filter((flag) => flag !== '--print-did'), {
    'in': '',
    'out': '',
    'suite': 'eddsa-rdfc-2022',
    'key-label': DEFAULT_KEY_LABEL,
    'created': '',
    'node-modules': DEFAULT_NODE_MODULES,
  });
  const {documentLoader, modules} = await makeInteropDocumentLoader(options['node-modules']);
  const jsKey = await makeJsKey(modules, options['key-label']);
  if (printDid) {
    console.log(`did: ${jsKey.did}\nverificationMethod: ${jsKey.verificationMethod}`);
  } else if (!options.in) {
    console.error('usage: js_sign.mjs --in UNSIGNED.jsonl [--out SIGNED.jsonl] [--suite NAME]');
    process.exit(2);
  } else {
    const signed = await signAll(
        modules, documentLoader, jsKey, readJsonLines(options.in),
        {suite: options.suite, created: options.created || undefined});
    writeJsonLines(options.out, signed);
  }
}
