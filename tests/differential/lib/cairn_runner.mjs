// Running `cairn canon --alg rdfc` on one document, and judging its outcome against the
// reference's, as the CLI contract states: the reference's N-Quads byte for byte on stdout with
// exit 0, or, for a document the reference rejects, exit 2 with nothing on stdout and one line on
// stderr. Shared by the driver and the reducer.

import {spawn} from 'node:child_process';
import {pathToFileURL} from 'node:url';

// The cairn arguments for a document file. options: the case's {base, processingMode,
// rdfDirection}; loadPrefixes: [[prefix, dir]].
export function cairnArguments({documentPath, expandContextPath, options, loadPrefixes}) {
  const {base, processingMode, rdfDirection} = options;
  return [
    'canon',
    '--alg',
    'rdfc',
    documentPath,
    ...loadPrefixes.flatMap(([prefix, directory]) => ['--load-prefix', `${prefix}=${directory}`]),
    ...(base ? ['--base', base] : []),
    ...(processingMode ? ['--processing-mode', processingMode] : []),
    ...(rdfDirection ? ['--rdf-direction', rdfDirection] : []),
    ...(expandContextPath ? ['--expand-context', expandContextPath] : []),
  ];
}

// The options the reference needs to do what cairn does with those arguments: without --base,
// cairn takes the file's own URL as the base IRI, as a document loader would.
export function referenceOptions({documentPath, options, loadPrefixes}) {
  return {...options, base: options.base ?? pathToFileURL(documentPath).href, loadPrefixes};
}

// Returns {args, status, signal, timedOut, stdout (Buffer), stderr (string)}.
export function runCairn(cairnPath, cairnArgs, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cairnPath, cairnArgs, {stdio: ['ignore', 'pipe', 'pipe']});
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', (error) => stderr.push(Buffer.from(`spawn failed: ${error.message}\n`)));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        args: cairnArgs,
        status,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

// A rejection as the CLI contract states it: exit status 2, nothing on stdout, one line on stderr.
function isRejection(outcome) {
  const lines = outcome.stderr.replace(/\n$/, '').split('\n');
  return outcome.status === 2 && outcome.stdout.length === 0 && lines.length === 1 &&
      lines[0].trim() !== '';
}

function printsExactly(outcome, nquads) {
  return outcome.status === 0 && outcome.stdout.equals(Buffer.from(nquads, 'utf8'));
}

// Returns {passed, how}: how is 'matched' (same N-Quads), 'rejected' (a contract rejection) or
// 'failed'. Over the work limit, either a match with the unlimited result or a rejection passes.
export function judge(expected, outcome) {
  const matched = expected.status !== 'rejected' && printsExactly(outcome, expected.nquads);
  const rejected = isRejection(outcome);
  const passed = expected.status === 'ok' ? matched :
      expected.status === 'rejected'      ? rejected :
                                            matched || rejected;
  return {passed, how: matched ? 'matched' : rejected ? 'rejected' : 'failed'};
}
