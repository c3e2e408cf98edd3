#!/usr/bin/env node
// Extracts the pinned JSON-LD contexts from the installed npm packages, checks each one against
// contexts.lock.json and writes the C++ source that embeds them (see contexts/README.md).
//
// Build mode (run by CMake, src/contexts/CMakeLists.txt):
//   node extract.mjs --lock contexts.lock.json --node-modules DIR \
//       --out-dir DIR --cpp FILE [--depfile FILE]
// Update mode (run by a person adding or upgrading a context; rewrites the lock file):
//   node extract.mjs --lock contexts.lock.json --node-modules DIR --update
//
// Exits with status 1 and one line per problem, each naming the context URL, when a package is
// missing or not at the pinned version, a package no longer declares a URL, two packages disagree
// about a context, or the bytes to embed do not hash to the pinned SHA-256.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import {pathToFileURL} from 'node:url';

const FILE_PREFIX = 'file:';
const EXPORT_SOURCE = 'export:contexts';

class Problems {
  constructor() {
    this.lines = [];
  }
  add(url, text) {
    this.lines.push(url ? `${url}: ${text}` : text);
  }
  exitIfAny() {
    if (this.lines.length === 0) return;
    for (const line of this.lines) console.error(`contexts: error: ${line}`);
    console.error(
        `contexts: ${this.lines.length} problem(s) with the pinned JSON-LD contexts; ` +
        'see contexts/README.md');
    process.exit(1);
  }
}

function parseArguments(argv) {
  const options = {update: false};
  for (let i = 0; i < argv.length; ++i) {
    const name = argv[i];
    if (name === '--update') {
      options.update = true;
      continue;
    }
    const key = {
      '--lock': 'lock',
      '--node-modules': 'nodeModules',
      '--out-dir': 'outDir',
      '--cpp': 'cpp',
      '--depfile': 'depfile',
    }[name];
    if (!key || i + 1 >= argv.length) {
      throw new Error(`unknown option or missing value: ${name}`);
    }
    options[key] = argv[++i];
  }
  const required = options.update ? ['lock', 'nodeModules'] :
                                    ['lock', 'nodeModules', 'outDir', 'cpp'];
  for (const key of required) {
    if (!options[key]) throw new Error(`missing option for ${key}`);
  }
  return options;
}

function sha256Hex(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

// The file a package's ES-module import resolves to: "exports" first, as Node itself does.
function packageEntryFile(manifest) {
  const exportsField = manifest.exports;
  const fromExports = typeof exportsField === 'string' ? exportsField :
      exportsField?.['.']?.import ?? exportsField?.import ?? exportsField?.['.'];
  return fromExports ?? manifest.main ?? 'index.js';
}

// One installed package: its version, directory, files read and its exported URL -> context map.
class InstalledPackage {
  static async load(nodeModules, name) {
    const directory = path.resolve(nodeModules, name);
    const manifestPath = path.join(directory, 'package.json');
    if (!fs.existsSync(manifestPath)) return null;
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    const entry = path.join(directory, packageEntryFile(manifest));
    const module = await import(pathToFileURL(entry).href);
    const contexts = module.contexts ?? module.default?.contexts;
    return new InstalledPackage(name, manifest.version, directory, contexts);
  }

  constructor(name, version, directory, contexts) {
    this.name = name;
    this.version = version;
    this.directory = directory;
    this.contexts = contexts instanceof Map ? contexts : new Map();
  }

  // Every file of the package except nested node_modules: what the build depends on.
  files() {
    const found = [];
    const walk = (dir) => {
      for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
        if (entry.name === 'node_modules') continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else found.push(full);
      }
    };
    walk(this.directory);
    return found.sort();
  }
}

// The exact bytes to embed for one lock entry, or null after recording why there are none.
// Rule: a "file:" source is the package's file byte for byte; "export:contexts" is the value
// the package's `contexts` Map holds for the URL, as JSON.stringify(value, null, 2) + "\n".
function bytesToEmbed(entry, pkg, problems) {
  const exported = pkg.contexts.get(entry.url);
  if (exported === undefined) {
    problems.add(entry.url, `${pkg.name}@${pkg.version} does not declare this URL in its ` +
        '`contexts` export; check the URL against the package');
    return null;
  }
  if (entry.source === EXPORT_SOURCE) {
    return Buffer.from(JSON.stringify(exported, null, 2) + '\n', 'utf8');
  }
  if (!entry.source.startsWith(FILE_PREFIX)) {
    problems.add(entry.url, `unknown source "${entry.source}" (use "${EXPORT_SOURCE}" or ` +
        `"${FILE_PREFIX}<path in the package>")`);
    return null;
  }
  const relative = entry.source.slice(FILE_PREFIX.length);
  const file = path.resolve(pkg.directory, relative);
  if (!file.startsWith(pkg.directory + path.sep) || !fs.existsSync(file)) {
    problems.add(entry.url, `${pkg.name}@${pkg.version} has no file ${relative}`);
    return null;
  }
  const bytes = fs.readFileSync(file);
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    problems.add(entry.url, `${pkg.name}/${relative} is not JSON: ${error.message}`);
    return null;
  }
  if (!util.isDeepStrictEqual(parsed, exported)) {
    problems.add(entry.url, `${pkg.name}/${relative} differs from the context the package ` +
        'exports for this URL; the package is inconsistent');
    return null;
  }
  return bytes;
}

function readLock(lockPath) {
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  if (!Array.isArray(lock.contexts)) {
    throw new Error(`${lockPath} has no "contexts" array`);
  }
  return lock;
}

function checkLockShape(lock, problems) {
  const seen = new Set();
  for (const entry of lock.contexts) {
    for (const key of ['url', 'package', 'source']) {
      if (typeof entry[key] !== 'string' || entry[key] === '') {
        problems.add(entry.url ?? '(entry without url)', `lock entry has no "${key}"`);
      }
    }
    if (seen.has(entry.url)) problems.add(entry.url, 'listed twice in the lock file');
    seen.add(entry.url);
  }
}

async function loadPackages(lock, nodeModules, problems) {
  const packages = new Map();
  for (const name of new Set(lock.contexts.map((entry) => entry.package))) {
    try {
      const pkg = await InstalledPackage.load(nodeModules, name);
      if (pkg) {
        packages.set(name, pkg);
      }
    } catch (error) {
      problems.add('', `package ${name} in ${nodeModules} cannot be loaded: ${error.message}; ` +
          'run scripts/setup');
    }
  }
  for (const entry of lock.contexts) {
    if (!packages.has(entry.package)) {
      problems.add(entry.url, `npm package ${entry.package} is not installed in ` +
          `${nodeModules}; run scripts/setup`);
    }
  }
  return packages;
}

// Two pinned packages that both publish a URL must publish the same context.
function checkPackagesAgree(lock, packages, problems) {
  for (const entry of lock.contexts) {
    const chosen = packages.get(entry.package)?.contexts.get(entry.url);
    if (chosen === undefined) continue;
    for (const other of packages.values()) {
      const theirs = other.contexts.get(entry.url);
      if (other.name !== entry.package && theirs !== undefined &&
          !util.isDeepStrictEqual(theirs, chosen)) {
        problems.add(entry.url, `${entry.package} and ${other.name}@${other.version} publish ` +
            'different contexts for this URL');
      }
    }
  }
}

// Returns [{entry, bytes, sha256}] for every lock entry whose bytes could be read.
function extractAll(lock, packages, problems, {checkPins}) {
  const extracted = [];
  for (const entry of lock.contexts) {
    const pkg = packages.get(entry.package);
    if (!pkg) continue;
    if (checkPins && pkg.version !== entry.version) {
      problems.add(entry.url, `installed ${pkg.name}@${pkg.version} but contexts.lock.json ` +
          `pins ${entry.version}; run scripts/setup (when upgrading on purpose, follow ` +
          'contexts/README.md)');
      continue;
    }
    const bytes = bytesToEmbed(entry, pkg, problems);
    if (!bytes) continue;
    const sha256 = sha256Hex(bytes);
    if (checkPins && sha256 !== entry.sha256) {
      problems.add(entry.url, `the bytes from ${pkg.name}@${pkg.version} (${entry.source}) ` +
          `hash to SHA-256 ${sha256} but contexts.lock.json pins ${entry.sha256}; the ` +
          'published context changed: review it before updating the pin');
      continue;
    }
    extracted.push({entry, bytes, sha256, version: pkg.version});
  }
  return extracted;
}

// "https://www.w3.org/ns/did/v1" -> "www.w3.org_ns_did_v1.jsonld",
// "https://purl.imsglobal.org/spec/ob/v3p0/context.json" -> "purl..._v3p0_context.json"
function fileNameFor(url) {
  const name = url.replace(/^[a-z]+:\/\//, '').replace(/[^A-Za-z0-9.-]+/g, '_');
  return /\.json(ld)?$/.test(name) ? name : `${name}.jsonld`;
}

function cppStringLiteral(text) {
  return JSON.stringify(text);  // the lock's strings are ASCII URLs, names and hex
}

// A char array per body (string literals have length limits on some compilers).
function cppCharArray(name, bytes) {
  const lines = [];
  for (let i = 0; i < bytes.length; i += 16) {
    const row = [...bytes.subarray(i, i + 16)].map(
        (byte) => `'\\x${byte.toString(16).padStart(2, '0')}'`);
    lines.push(`    ${row.join(', ')},`);
  }
  return `constexpr char ${name}[] = {\n${lines.join('\n')}\n};\n`;
}

function generateCpp(extracted) {
  const arrays = extracted.map(({entry, bytes}, index) =>
    `// ${entry.url}\n${cppCharArray(`kBody${index}`, bytes)}`);
  const rows = extracted.map(({entry, version, sha256}, index) =>
    `    {${cppStringLiteral(entry.url)}, {kBody${index}, sizeof kBody${index}}, ` +
    `${cppStringLiteral(sha256)}, ${cppStringLiteral(`${entry.package}@${version}`)}},`);
  return `// Generated by contexts/extract.mjs from contexts/contexts.lock.json: do not edit.
#include "contexts/bundled_contexts.h"

namespace cairn::contexts {
namespace {

${arrays.join('\n')}
constexpr BundledContext kBundledContexts[] = {
${rows.join('\n')}
};

}  // namespace

std::span<const BundledContext> all_bundled_contexts() { return kBundledContexts; }

}  // namespace cairn::contexts
`;
}

function writeIfChanged(file, content) {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(content))) return;
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, content);
}

function depfileText(target, dependencies) {
  const escape = (file) => file.replace(/([ #$\\])/g, '\\$1');
  return `${escape(target)}: \\\n` +
      dependencies.map((file) => `  ${escape(file)}`).join(' \\\n') + '\n';
}

// Reads the lock file and the installed packages and extracts every context; exits with the
// problems found, if any. `checkPins` compares each body with its pinned SHA-256.
async function loadAndExtract(options, checkPins) {
  const problems = new Problems();
  const lock = readLock(options.lock);
  checkLockShape(lock, problems);
  problems.exitIfAny();
  const packages = await loadPackages(lock, options.nodeModules, problems);
  checkPackagesAgree(lock, packages, problems);
  const extracted = extractAll(lock, packages, problems, {checkPins});
  problems.exitIfAny();
  return {lock, packages, extracted};
}

async function build(options) {
  const {packages, extracted} = await loadAndExtract(options, true);

  for (const {entry, bytes} of extracted) {
    writeIfChanged(path.join(options.outDir, fileNameFor(entry.url)), bytes);
  }
  writeIfChanged(options.cpp, generateCpp(extracted));
  if (options.depfile) {
    const dependencies = [...packages.values()].flatMap((pkg) => pkg.files());
    writeIfChanged(options.depfile, depfileText(options.cpp, dependencies));
  }
}

async function update(options) {
  const {lock, extracted} = await loadAndExtract(options, false);

  for (const {entry, version, sha256} of extracted) {
    if (entry.version !== version || entry.sha256 !== sha256) {
      console.log(`contexts: ${entry.url}: ${entry.package} ${entry.version ?? '(new)'} -> ` +
          `${version}, sha256 ${entry.sha256 ?? '(new)'} -> ${sha256}`);
    }
    entry.version = version;
    entry.sha256 = sha256;
  }
  lock.contexts = lock.contexts.map(({url, package: name, version, source, sha256}) =>
    ({url, package: name, version, source, sha256}));
  writeIfChanged(options.lock, JSON.stringify(lock, null, 2) + '\n');
}

try {
  const options = parseArguments(process.argv.slice(2));
  await (options.update ? update(options) : build(options));
} catch (error) {
  console.error(`contexts: error: ${error.message}`);
  process.exit(1);
}
