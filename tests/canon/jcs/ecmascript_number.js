// Reads lines of IEEE-754 double bit patterns (hex) and writes String(x) for each: the reference
// for format_ecmascript_number. Usage: node ecmascript_number.js INPUT OUTPUT
'use strict';
const fs = require('fs');
const [input, output] = process.argv.slice(2);
const view = new DataView(new ArrayBuffer(8));
const lines = fs.readFileSync(input, 'latin1').split('\n');
const results = [];
for (const hex of lines) {
  if (hex === '') continue;
  view.setBigUint64(0, BigInt('0x' + hex));
  results.push(String(view.getFloat64(0)));
}
fs.writeFileSync(output, results.join('\n') + '\n');
