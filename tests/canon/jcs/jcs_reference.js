// Reads one JSON text per line and writes its RFC 8785 canonical form per line, computed the way
// RFC 8785 defines it in ECMAScript terms: JSON.stringify for literals, numbers and strings, and
// member names sorted by Array.prototype.sort's UTF-16 code unit order.
// Usage: node jcs_reference.js INPUT OUTPUT
'use strict';
const fs = require('fs');
const [input, output] = process.argv.slice(2);

function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  return '{' + Object.keys(value).sort()
      .map((name) => JSON.stringify(name) + ':' + canonical(value[name])).join(',') + '}';
}

const results = [];
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
  if (line === '') continue;
  results.push(canonical(JSON.parse(line)));
}
fs.writeFileSync(output, results.join('\n') + '\n');
