// The npm `jose` side of the interop test (node_interop_test.cpp).
//
//   node jose_interop.mjs --node-modules DIR sign
//     prints [{alg, token, jwk}]: a JWS of {"from":"jose"} per algorithm, with its public JWK;
//   node jose_interop.mjs --node-modules DIR verify FILE
//     reads [{alg, token, jwk}] from FILE and prints [{alg, valid, payload | error}].
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const ALGORITHMS = ['EdDSA', 'RS256', 'ES256'];

function argument(name) {
  const index = process.argv.indexOf(name);
  if (index < 0 || index + 1 >= process.argv.length) throw new Error(`missing ${name}`);
  return process.argv[index + 1];
}

async function importJose(nodeModules) {
  const packageDir = path.join(nodeModules, 'jose');
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  return import(pathToFileURL(path.join(packageDir, manifest.exports['.'].default)).href);
}

async function sign(jose) {
  const results = [];
  for (const alg of ALGORITHMS) {
    const {publicKey, privateKey} = await jose.generateKeyPair(alg, {extractable: true});
    const token = await new jose.CompactSign(new TextEncoder().encode('{"from":"jose"}'))
        .setProtectedHeader({alg, typ: 'JWT'})
        .sign(privateKey);
    results.push({alg, token, jwk: await jose.exportJWK(publicKey)});
  }
  return results;
}

async function verify(jose, file) {
  const results = [];
  for (const {alg, token, jwk} of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    try {
      const key = await jose.importJWK(jwk, alg);
      const {payload} = await jose.compactVerify(token, key, {algorithms: [alg]});
      results.push({alg, valid: true, payload: new TextDecoder().decode(payload)});
    } catch (error) {
      results.push({alg, valid: false, error: String(error)});
    }
  }
  return results;
}

const jose = await importJose(argument('--node-modules'));
const mode = process.argv[process.argv.length - 1 - (process.argv.includes('verify') ? 1 : 0)];
const output = mode === 'sign' ? await sign(jose) : await verify(jose, process.argv.at(-1));
process.stdout.write(JSON.stringify(output));
