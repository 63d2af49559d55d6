// Reads dyad's exports of the pinned seeds graph (tests/golden/seeds.json)
// with the JavaScript readers their users open them with: graphology-gexf
// (Gephi Lite) the GEXF, graphology-graphml the GraphML, graphology's
// Graph.from the graphology JSON, Cytoscape.js the .cyjs file. Checks exact
// node and edge counts, that symmetric relations arrive undirected where
// the reader can say so, attribute types and final weights.
// Usage: node js_readers.js DIR (with seeds.json, .gexf, .graphml,
// .graphology.json, .cyjs, and seeds-mixed.graphml written with
// --graphml-edges mixed). Exits 1 at the first mismatch.
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');
const cytoscape = require('cytoscape');

const NODES = 24, EDGES = 32, SYMMETRIC = 18, CAMEO_040 = 10;

function check(what, expected, actual) {
  const e = JSON.stringify(expected), a = JSON.stringify(actual);
  if (e !== a) {
    console.log(`FAILED: ${what}: expected ${e}, read ${a}`);
    process.exit(1);
  }
}

const dir = process.argv[2];
const read = (name) => fs.readFileSync(`${dir}/${name}`, 'utf8');
// The weights of the node-link JSON, by source|relation|target.
const weights = {};
for (const l of JSON.parse(read('seeds.json')).links) weights[`${l.source}|${l.relation}|${l.target}`] = l.weight;

function types(graph, key) {
  const seen = new Set();
  graph.forEachEdge((e, a) => seen.add(typeof a[key]));
  return [...seen].sort();
}

function checkGraph(name, graph, mixed) {
  let undirected = 0, cameo040 = 0;
  const read = {};
  graph.forEachEdge((e, a, s, t, sa, ta, u) => {
    undirected += u ? 1 : 0;
    cameo040 += a.cameo === '040' ? 1 : 0;
    read[`${s}|${a.relation}|${t}`] = a.weight;
  });
  check(`${name} counts`, [NODES, EDGES], [graph.order, graph.size]);
  check(`${name} type`, [mixed ? 'mixed' : 'directed', true], [graph.type, graph.multi]);
  check(`${name} undirected edges`, mixed ? SYMMETRIC : 0, undirected);
  check(`${name} weights`, Object.keys(weights).sort().map((k) => weights[k]),
        Object.keys(read).sort().map((k) => read[k]));
  for (const [key, type] of [['weight', 'number'], ['quad_class', 'number'], ['symmetric', 'boolean'],
                             ['cameo', 'string']]) {
    check(`${name} ${key} type`, [type], types(graph, key));
  }
  check(`${name} cameo 040`, CAMEO_040, cameo040);
  console.log(`${name}: ${graph.type} multigraph, ${graph.order} nodes, ${graph.size} edges` +
              (mixed ? ` (${undirected} undirected)` : ''));
}

checkGraph('graphology-gexf', gexf.parse(Graph, read('seeds.gexf')), true);
checkGraph('graphology-graphml', graphml.parse(Graph, read('seeds.graphml')), false);
checkGraph('graphology-graphml (--graphml-edges mixed)', graphml.parse(Graph, read('seeds-mixed.graphml')), true);
checkGraph('graphology Graph.from', Graph.from(JSON.parse(read('seeds.graphology.json'))), true);

const cy = cytoscape({headless: true, elements: JSON.parse(read('seeds.cyjs')).elements});
check('cytoscape counts', [NODES, EDGES], [cy.nodes().length, cy.edges().length]);
check('cytoscape symmetric', SYMMETRIC, cy.edges().filter((e) => e.data('symmetric') === true).length);
const sorted = (entries) => entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
check('cytoscape weights', sorted(Object.entries(weights)),
      sorted(cy.edges().map((e) => [`${e.data('source')}|${e.data('relation')}|${e.data('target')}`, e.data('weight')])));
console.log(`cytoscape.js: ${cy.nodes().length} nodes, ${cy.edges().length} edges (${SYMMETRIC} symmetric)`);
