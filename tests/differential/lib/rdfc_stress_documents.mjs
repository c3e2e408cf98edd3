// Graphs that make RDFC-1.0 work: blank nodes that first-degree hashing cannot tell apart, so
// the n-degree algorithm (permutations, recursion, issuer copies) decides their labels. Shapes:
// cycles (one-way and two-way), disjoint isomorphic copies, complete graphs, complete bipartite
// graphs, stars of identical leaves, identical lists, blank-node named graphs holding isomorphic
// content, and a cycle with one node told apart by a literal. Blank node labels are shuffled, so
// only the structure can decide the canonical labels.

const CONTEXT = {
  p: {'@id': 'http://example.org/p', '@type': '@id'},
  q: {'@id': 'http://example.org/q', '@type': '@id'},
  label: 'http://example.org/label',
  list: {'@id': 'http://example.org/list', '@container': '@list'},
};

class BlankGraph {
  constructor(random, prefix) {
    this.random = random;
    this.nodes = new Map();  // label -> node object
    this.prefix = prefix;
    this.count = 0;
  }

  fresh() {
    const label = `${this.prefix}${this.count++}`;
    this.nodes.set(label, {'@id': label});
    return label;
  }

  link(from, to, property = 'p') {
    const node = this.nodes.get(from);
    node[property] = [...(node[property] ?? []), to];
  }

  set(label, property, value) {
    this.nodes.get(label)[property] = value;
  }

  // The node objects in random order, each with its links in random order. Nodes without
  // properties are left out: a top-level {"@id": ...} alone is dropped by processors anyway.
  shuffled() {
    const nodes = [...this.nodes.values()].filter((node) => Object.keys(node).length > 1);
    return this.random.sample(nodes, nodes.length).map((node) => {
      const copy = {...node};
      for (const property of ['p', 'q']) {
        if (copy[property])
          copy[property] = this.random.sample(copy[property], copy[property].length);
      }
      return copy;
    });
  }
}

// Sizes are bounded so that the unlimited n-degree algorithm stays within milliseconds: the
// work grows factorially with the number of indistinguishable neighbours.
const SHAPES = {
  cycle(graph, random, twoWay = false, maxLength = 6) {
    const nodes = Array.from({length: random.int(2, maxLength)}, () => graph.fresh());
    nodes.forEach((node, i) => {
      graph.link(node, nodes[(i + 1) % nodes.length]);
      if (twoWay) graph.link(nodes[(i + 1) % nodes.length], node);
    });
    return nodes;
  },
  twoWayCycle(graph, random) {
    return SHAPES.cycle(graph, random, true);
  },
  isomorphicCycles(graph, random) {
    const length = random.int(2, 4);
    for (let copy = 0; copy < 2; ++copy) {
      const nodes = Array.from({length}, () => graph.fresh());
      nodes.forEach((node, i) => graph.link(node, nodes[(i + 1) % length]));
    }
  },
  complete(graph, random) {
    const nodes = Array.from({length: random.int(3, 4)}, () => graph.fresh());
    for (const from of nodes)
      for (const to of nodes)
        if (from !== to) graph.link(from, to);
  },
  bipartite(graph, random) {
    const left = Array.from({length: 2}, () => graph.fresh());
    const right = Array.from({length: random.int(2, 3)}, () => graph.fresh());
    for (const from of left)
      for (const to of right) graph.link(from, to, 'q');
  },
  star(graph, random, maxLeaves = 6) {
    const hub = graph.fresh();
    const value = random.pick(['same', 'même', '同じ']);
    for (let i = random.int(2, maxLeaves); i > 0; --i) {
      const leaf = graph.fresh();
      graph.link(hub, leaf);
      graph.set(leaf, 'label', value);
    }
  },
  identicalLists(graph, random) {
    const owner = graph.fresh();
    graph.set(owner, 'list', {'@list': [1, 2, 3]});
    graph.set(owner, 'http://example.org/other', [{'@list': [1, 2, 3]}, {'@list': [1, 2, 3]}]);
  },
  distinguishedCycle(graph, random) {
    const nodes = SHAPES.cycle(graph, random, false, 5);
    graph.set(random.pick(nodes), 'label', 'the one');
  },
};

// Shapes light enough to copy into several named graphs.
const SMALL_SHAPES = {
  smallStar: (graph, random) => SHAPES.star(graph, random, 3),
  identicalLists: SHAPES.identicalLists,
  distinguishedCycle: SHAPES.distinguishedCycle,
  shortCycle: (graph, random) => SHAPES.cycle(graph, random, false, 3),
};

// Returns a JSON-LD document: a default graph of one or two shapes or, sometimes, blank-node
// named graphs holding isomorphic copies of one small shape.
export function buildRdfcStressDocument(random, features) {
  const inNamedGraphs = random.chance(0.25);
  const shapes = inNamedGraphs ? SMALL_SHAPES : SHAPES;
  const shapeNames =
      random.sample(Object.keys(shapes), inNamedGraphs ? 1 : random.weighted([[3, 1], [1, 2]]));
  for (const name of shapeNames) features.add('rdfc:' + name);
  const labels = random.pick(['_:n', '_:x', '_:blank-', '_:é']);
  // Named graphs either reuse the labels (one blank node in several graphs) or have their own.
  const shareLabels = random.chance(0.5);
  const build = (index = 0) => {
    const graph = new BlankGraph(random, shareLabels ? labels : `${labels}${index}-`);
    for (const name of shapeNames) shapes[name](graph, random);
    return graph.shuffled();
  };
  if (inNamedGraphs) {
    features.add('rdfc:isomorphic-named-graphs');
    // Each @graph without @id is a named graph with a fresh blank node name.
    if (shareLabels) features.add('rdfc:blank-node-in-several-graphs');
    const graphs = Array.from({length: 2}, (_, i) => ({'@graph': build(i)}));
    return {
      '@context': CONTEXT,
      '@graph': graphs.map((graph, i) => ({
                             '@id': `_:graph${i}`,
                             ...graph,
                             'http://example.org/holds': {'@id': 'http://example.org/data'},
                           }))
    };
  }
  return {'@context': CONTEXT, '@graph': build()};
}
