// Random JSON-LD documents: a context (inline, an array of contexts, a remote context, the
// expandContext option, or none) and a body (one node object, a @graph, a named graph, or a
// top-level array of node objects).

import {buildContext} from './context_builder.mjs';
import {NodeGenerator} from './node_generator.mjs';
import {Scope} from './scope.mjs';

// options: the case's processing options {base, processingMode, rdfDirection}; the function may
// add expandContext. remote: buildRemoteContexts() of the corpus.
export function buildGraphDocument(random, features, options, remote) {
  const is11 = options.processingMode !== 'json-ld-1.0';
  const env = {is11, features, baseIri: options.base ?? null, rdfDirection: options.rdfDirection};
  const {contextValue, scope} = chooseContext(random, env, options, remote);
  const nodes = new NodeGenerator(random, features, env);

  const shape = random.weighted([[5, 'node'], [3, 'graph'], [1, 'named-graph'], [1, 'array']]);
  features.add('shape:' + shape);
  const withContext = (object) =>
      (contextValue === undefined ? object : {'@context': contextValue, ...object});
  switch (shape) {
    case 'node':
      return withContext(nodes.node(scope, 0, {topLevel: true}));
    case 'graph':
    case 'named-graph': {
      const graph =
          Array.from({length: random.int(1, 4)}, () => nodes.node(scope, 1, {topLevel: true}));
      const body = {[scope.keyword('@graph')]: graph};
      if (shape === 'named-graph') {
        body[scope.keyword('@id')] = nodes.nodeId(scope);
        if (random.chance(0.5)) body[nodes.adHocProperty(scope).key] = 'graph metadata';
      }
      return withContext(body);
    }
    case 'array':
      return Array.from(
          {length: random.int(1, 3)}, () => withContext(nodes.node(scope, 0, {topLevel: true})));
  }
  throw new Error(`unknown shape ${shape}`);
}

function chooseContext(random, env, options, remote) {
  const form = random.weighted([
    [6, 'inline'],
    [1.5, 'array'],
    [env.is11 ? 1.5 : 0, 'remote'],
    [0.7, 'expand-context'],
    [0.7, 'none'],
  ]);
  env.features.add('context:' + form);
  switch (form) {
    case 'inline': {
      const {context, scope} = buildContext(random, env);
      return {contextValue: context, scope};
    }
    case 'array': {
      const first = buildContext(random, env);
      const second = buildContext(random, {...env, nameSuffix: '2', allowBase: false});
      return {
        contextValue: [first.context, second.context],
        scope: first.scope.extend(second.scope)
      };
    }
    case 'remote': {
      const {url, scope: remoteScope} = random.pick(remote.usable);
      const withBase =
          remoteScope.extend(new Scope({is11: env.is11, hasBase: Boolean(env.baseIri)}));
      if (random.chance(0.5)) return {contextValue: url, scope: withBase};
      const inline = buildContext(random, {...env, nameSuffix: 'L', allowBase: false});
      return {contextValue: [url, inline.context], scope: withBase.extend(inline.scope)};
    }
    case 'expand-context': {
      const {context, scope} = buildContext(random, {...env, allowBase: false});
      options.expandContext = {'@context': context};
      return {contextValue: undefined, scope};
    }
    case 'none':
      return {
        contextValue: undefined,
        scope: new Scope({is11: env.is11, hasBase: Boolean(env.baseIri)})
      };
  }
  throw new Error(`unknown context form ${form}`);
}
