#!/usr/bin/env node
// Credential signatures per second by the reference JavaScript stack, on one thread:
// @digitalbazaar/vc issue with a DataIntegrityProof (--suite eddsa-rdfc-2022, the default, or
// eddsa-jcs-2022) and a JS-held Ed25519 did:key, over the unsigned credentials of a JSONL file,
// the baseline for `cairn sign`.
//
//   node sign_bench.mjs UNSIGNED.jsonl [--suite NAME] [--rounds N] [--warmup N] [--limit M]
//                       [--node-modules DIR]
//
// Each credential's issuer is set to the key's DID first, as `cairn sign` requires.

import {makeInteropDocumentLoader} from '../../tests/interop/document_loader.mjs';
import {makeJsKey, signWithJs} from '../../tests/interop/js_signer.mjs';

import {parseBenchArguments, readCorpus, runCorpusBenchmark} from './corpus_benchmark.mjs';

const USAGE = 'sign_bench.mjs UNSIGNED.jsonl [--suite NAME] [--rounds N] [--warmup N] [--limit M]';

async function main() {
  const options = parseBenchArguments(process.argv.slice(2), USAGE);
  const suite = options.suite ?? 'eddsa-rdfc-2022';
  const {documentLoader, modules} = await makeInteropDocumentLoader(options.nodeModules);
  const jsKey = await makeJsKey(modules, 'issuer');
  const credentials = readCorpus(options.corpus, options.limit).map((credential) => {
    if (typeof credential.issuer === 'object')
      return {...credential, issuer: {...credential.issuer, id: jsKey.did}};
    return {...credential, issuer: jsKey.did};
  });
  await runCorpusBenchmark({
    impl: '@digitalbazaar/vc',
    op: `sign:${suite}`,
    items: credentials,
    operation: (credential) => signWithJs(modules, documentLoader, jsKey, credential, {suite}),
    rounds: options.rounds,
    warmup: options.warmup,
  });
}

main().catch((error) => {
  console.error(`sign_bench: ${error.message}`);
  process.exit(1);
});
