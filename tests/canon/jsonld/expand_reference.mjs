// Writes jsonld.js's expansion of every toRdf conformance test input, for the differential test
// of Cairn's expand() (expand_suite_test.cpp). It only reads the suite and writes one JSON file:
//   node expand_reference.mjs NODE_MODULES SUITE_DIR OUT.json
// OUT.json maps each test id ("#t0001") to {"expanded": [...]} or {"error": "<JSON-LD code>"}.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [nodeModules, suiteDir, outFile] = process.argv.slice(2);
const require = createRequire(join(nodeModules, 'noop.js'));
const jsonld = require('jsonld');

const manifest = JSON.parse(readFileSync(join(suiteDir, 'toRdf-manifest.jsonld'), 'utf8'));
const base = manifest.baseIri;

// Serves the suite's own URLs from SUITE_DIR and nothing else, as the C++ test does.
const documentLoader = async (url) => {
  if (!url.startsWith(base)) throw new Error(`not a suite URL: ${url}`);
  const path = join(suiteDir, url.slice(base.length).split('#')[0]);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(path, 'utf8')) };
};

const results = {};
for (const test of manifest.sequence) {
  const option = test.option || {};
  const options = {
    base: option.base || base + test.input,
    documentLoader,
    safe: false,
  };
  if (option.processingMode) options.processingMode = option.processingMode;
  try {
    if (option.expandContext) {
      options.expandContext = (await documentLoader(base + option.expandContext)).document;
    }
    const input = JSON.parse(readFileSync(join(suiteDir, test.input), 'utf8'));
    results[test['@id']] = { expanded: await jsonld.expand(input, options) };
  } catch (error) {
    results[test['@id']] = { error: (error.details && error.details.code) || error.name || String(error) };
  }
}
writeFileSync(outFile, JSON.stringify(results));
