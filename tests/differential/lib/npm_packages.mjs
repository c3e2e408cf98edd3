// Imports an npm package from an explicit node_modules directory (CMake's CAIRN_NODE_MODULES),
// not from wherever Node's resolution would look, so the test always uses the pinned packages.

import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

// Returns the package's module namespace; for CommonJS packages, its module.exports object.
export async function importPackage(nodeModulesDir, name) {
  const packageDir = path.join(nodeModulesDir, ...name.split('/'));
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const exportsField = manifest.exports?.['.'] ?? manifest.exports;
  const entry = (typeof exportsField === 'string' ? exportsField : exportsField?.import) ??
      manifest.main ?? 'index.js';
  const namespace = await import(pathToFileURL(path.join(packageDir, entry)).href);
  return manifest.type === 'module' ? namespace : namespace.default;
}

export function packageVersion(nodeModulesDir, name) {
  const manifest = path.join(nodeModulesDir, ...name.split('/'), 'package.json');
  return JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
}
