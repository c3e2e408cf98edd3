// The remote contexts of one corpus: documents reference them by URL under REMOTE_PREFIX, and the
// test serves them from a directory (`cairn --load-prefix`, the reference's document loader).
// They cover plain remote contexts, a context array mixing remote and inline contexts, a relative
// reference from one remote context to another, and a file that is not JSON. Not @import:
// jsonld.js 9 caches the merged import as if it were the imported context's processed form, so
// the next document that uses either context fails inside jsonld.js ("processed.events is not
// iterable", "a term definition must not contain mappings").

import {buildContext} from './context_builder.mjs';

export const REMOTE_PREFIX = 'https://contexts.example.org/';

// Returns {files: Map(relativePath -> JSON text), usable: [{url, scope}], broken: [url]}.
export function buildRemoteContexts(random) {
  const files = new Map();
  const usable = [];
  const env = (suffix) => ({
    is11: true,
    features: new Set(),
    baseIri: null,
    allowBase: false,
    depth: 0,
    nameSuffix: suffix
  });

  const people = buildContext(random, env('R1'));
  files.set('people.jsonld', JSON.stringify({'@context': people.context}, null, 2));
  usable.push({url: REMOTE_PREFIX + 'people.jsonld', scope: people.scope});

  const events = buildContext(random, env('R2'));
  files.set('v1/events.jsonld', JSON.stringify({'@context': events.context}));
  usable.push({url: REMOTE_PREFIX + 'v1/events.jsonld', scope: events.scope});

  // A remote context that refers to another with a reference relative to its own URL.
  const chained = buildContext(random, env('R3'));
  files.set(
      'v1/chain.jsonld',
      JSON.stringify({'@context': ['../people.jsonld', chained.context]}, null, 1));
  usable.push({url: REMOTE_PREFIX + 'v1/chain.jsonld', scope: people.scope.extend(chained.scope)});

  files.set('broken.jsonld', '{"@context": {"name": "http://example.org/name",}');
  return {
    files,
    usable,
    broken: [
      REMOTE_PREFIX + 'broken.jsonld', REMOTE_PREFIX + 'absent.jsonld',
      'https://unknown.example/context.jsonld'
    ]
  };
}
