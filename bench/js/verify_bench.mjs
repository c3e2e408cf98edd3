#!/usr/bin/env node
// Credential verifications per second by the reference JavaScript stack, on one thread:
// @digitalbazaar/vc verifyCredential with DataIntegrityProof (eddsa-rdfc-2022 and eddsa-jcs-2022)
// and the interop test's offline document loader (bundled contexts, did:key), over the signed
// credentials of a JSONL file, the baseline for `cairn verify --jsonl --threads 1`.
//
//   node verify_bench.mjs SIGNED.jsonl [--suite NAME] [--rounds N] [--warmup N] [--limit M]
//                         [--node-modules DIR]
//
// --suite keeps only the credentials whose proof uses that cryptosuite (default: all of them).
//
// Before measuring it verifies every credential once and stops if any fails (the rate of
// rejections is not the rate of verifications).

import {makeInteropDocumentLoader} from '../../tests/interop/document_loader.mjs';
import {verifyWithJs} from '../../tests/interop/js_signer.mjs';

import {parseBenchArguments, readCorpus, runCorpusBenchmark} from './corpus_benchmark.mjs';

const USAGE = 'verify_bench.mjs SIGNED.jsonl [--suite NAME] [--rounds N] [--warmup N] [--limit M]';

async function main() {
  const options = parseBenchArguments(process.argv.slice(2), USAGE);
  const {documentLoader, modules} = await makeInteropDocumentLoader(options.nodeModules);
  const credentials =
      readCorpus(options.corpus, Infinity)
          .filter((credential) => !options.suite || credential.proof?.cryptosuite === options.suite)
          .slice(0, options.limit);
  for (const [index, credential] of credentials.entries()) {
    const {verified, error} = await verifyWithJs(modules, documentLoader, credential);
    if (!verified) throw new Error(`credential ${index} does not verify: ${error}`);
  }
  await runCorpusBenchmark({
    impl: '@digitalbazaar/vc',
    op: options.suite ? `verify:${options.suite}` : 'verify',
    items: credentials,
    operation: (credential) => verifyWithJs(modules, documentLoader, credential),
    rounds: options.rounds,
    warmup: options.warmup,
  });
}

main().catch((error) => {
  console.error(`verify_bench: ${error.message}`);
  process.exit(1);
});
