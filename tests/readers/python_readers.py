#!/usr/bin/env python3
"""Reads dyad's exports of the pinned seeds graph (tests/golden/seeds.json)
with the Python readers their users open them with, and checks what each
gets: exact node and edge counts, the symmetric relations, attribute types
and the timeline's bounds. NetworkX reads the node-link JSON and the
GraphML, igraph the GraphML (and the JSON through NetworkX), pandas the CSV
files; ElementTree gives the GEXF timeline, which Debian 12's NetworkX 2.8
cannot read (it knows GEXF 1.1 and 1.2 only).
Usage: python_readers.py DIR  (DIR holds seeds.json, .graphml, .gexf,
.nodes.csv and .edges.csv, seeds-mixed.graphml (--graphml-edges mixed) and
series.csv (--by month)). Prints one line per reader; exits 1 at the
first mismatch, saying what was expected and what was read."""
import collections
import inspect
import json
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pandas as pd
from networkx.readwrite import json_graph

NODES, EDGES, SYMMETRIC = 24, 32, 18   # the seeds graph
CAMEO_040 = 10                        # edges coded 040 (consult): a code with a leading zero
TIMELINE = ('2024-06-01', '2025-10-16')


def check(what, expected, actual):
    if expected != actual:
        print(f'FAILED: {what}: expected {expected!r}, read {actual!r}')
        sys.exit(1)


def type_names(values):
    return sorted({type(v).__name__ for v in values})


def networkx_json(path):
    data = json.load(open(path, encoding='utf-8'))
    # networkx >= 3.4 names the links with `edges=`; older versions with `link=`.
    kw = {'edges': 'links'} if 'edges' in inspect.signature(json_graph.node_link_graph).parameters else {'link': 'links'}
    g = json_graph.node_link_graph(data, **kw)
    edges = list(g.edges(data=True))
    check('node-link graph class', 'MultiDiGraph', type(g).__name__)
    check('node-link counts', (NODES, EDGES), (g.number_of_nodes(), g.number_of_edges()))
    check('node-link symmetric', SYMMETRIC, sum(d['symmetric'] for _, _, d in edges))
    for key, kind in [('weight', 'int'), ('quad_class', 'int'), ('symmetric', 'bool'), ('cameo', 'str')]:
        check(f'node-link {key} type', [kind], type_names(d[key] for _, _, d in edges))
    check('node-link cameo 040', CAMEO_040, sum(d['cameo'] == '040' for _, _, d in edges))
    print('networkx node-link json:', g, f'({SYMMETRIC} symmetric)')
    return g, {(s, d['relation'], t): d['weight'] for s, t, d in edges}


def networkx_graphml(path, weights):
    g = nx.read_graphml(path)
    edges = list(g.edges(data=True))
    check('graphml graph class', 'MultiDiGraph', type(g).__name__)
    check('graphml counts', (NODES, EDGES), (g.number_of_nodes(), g.number_of_edges()))
    check('graphml symmetric', SYMMETRIC, sum(d['symmetric'] for _, _, d in edges))
    for key, kind in [('weight', 'float'), ('quad_class', 'int'), ('documents', 'int'), ('symmetric', 'bool'),
                      ('cameo', 'str')]:
        check(f'graphml {key} type', [kind], type_names(d[key] for _, _, d in edges))
    check('graphml cameo 040', CAMEO_040, sum(d['cameo'] == '040' for _, _, d in edges))
    check('graphml weights', weights, {(s, d['relation'], t): int(d['weight']) for s, t, d in edges})
    print('networkx graphml:', g, f'({SYMMETRIC} symmetric)')


def networkx_mixed_graphml(path):
    # NetworkX has no mixed graphs: --graphml-edges mixed is for Gephi and graphology.
    try:
        nx.read_graphml(path)
        check('networkx refuses mixed graphml', 'NetworkXError', 'read')
    except nx.NetworkXError as e:
        check('networkx on mixed graphml', 'directed=true edge found in undirected graph.', str(e))
    print('networkx graphml --graphml-edges mixed: refused (no mixed graphs in NetworkX)')


def igraph_readers(graphml, nx_graph):
    g = igraph.Graph.Read_GraphML(graphml)
    check('igraph graphml directed', True, g.is_directed())
    check('igraph graphml counts', (NODES, EDGES), (g.vcount(), g.ecount()))
    check('igraph graphml symmetric', SYMMETRIC, sum(g.es['symmetric']))
    # igraph keeps every number as a float.
    for key, kind in [('weight', 'float'), ('quad_class', 'float'), ('symmetric', 'bool'), ('cameo', 'str')]:
        check(f'igraph {key} type', [kind], type_names(g.es[key]))
    check('igraph cameo 040', CAMEO_040, g.es['cameo'].count('040'))
    print(f'igraph graphml: directed, {g.vcount()} vertices, {g.ecount()} edges ({SYMMETRIC} symmetric)')
    j = igraph.Graph.from_networkx(nx_graph)
    check('igraph from node-link counts', (True, NODES, EDGES), (j.is_directed(), j.vcount(), j.ecount()))
    print(f'igraph node-link json (from_networkx): {j.vcount()} vertices, {j.ecount()} edges')


def pandas_csv(nodes_path, edges_path, weights):
    nodes, edges = pd.read_csv(nodes_path), pd.read_csv(edges_path)
    check('pandas nodes', (NODES, ['id', 'label', 'type', 'country', 'role', 'weighted_degree']),
          (len(nodes), list(nodes.columns)))
    check('pandas weighted_degree dtype', 'int64', str(nodes['weighted_degree'].dtype))
    dtypes = {c: str(edges[c].dtype) for c in ['source', 'relation', 'quad_class', 'symmetric', 'weight', 'documents']}
    check('pandas edge dtypes', {'source': 'object', 'relation': 'object', 'quad_class': 'int64', 'symmetric': 'bool',
                                 'weight': 'int64', 'documents': 'int64'}, dtypes)
    check('pandas edges', (EDGES, SYMMETRIC), (len(edges), int(edges['symmetric'].sum())))
    check('pandas weights', weights, {(r.source, r.relation, r.target): r.weight for r in edges.itertuples()})
    # Digits-only cells become numbers whatever the quoting; dtype keeps the code.
    check('pandas cameo without dtype', 'int64', str(edges['cameo'].dtype))
    codes = pd.read_csv(edges_path, dtype={'cameo': str})['cameo']
    check('pandas cameo with dtype=str', CAMEO_040, int((codes == '040').sum()))
    print(f'pandas csv: {len(nodes)} nodes, {len(edges)} edges, cameo "040" kept with dtype={{"cameo": str}}')


def pandas_series(path):
    series = pd.read_csv(path)
    check('pandas series dtypes', {'period': 'object', 'evidence': 'int64', 'documents': 'int64'},
          {c: str(series[c].dtype) for c in ['period', 'evidence', 'documents']})
    # The seeds' evidence dated to the month or the day: 7 of 37 records.
    check('pandas series by month', {'2024-06': 2, '2024-11': 2, '2025-10': 3},
          series.groupby('period')['evidence'].sum().to_dict())
    print(f'pandas series (--by month): {len(series)} rows, {series["evidence"].sum()} dated records')


def gexf_timeline(path):
    G = '{http://gexf.net/1.3}'
    graph = ET.parse(path).getroot().find(G + 'graph')
    check('gexf defaultedgetype (mixed: none)', None, graph.get('defaultedgetype'))
    edges = list(graph.iter(G + 'edge'))
    check('gexf edge types', collections.Counter({'directed': EDGES - SYMMETRIC, 'undirected': SYMMETRIC}),
          collections.Counter(e.get('type') for e in edges))
    days = [el.get('start') for el in graph.iter() if el.get('start')]
    check('gexf timeline', TIMELINE, (min(days), max(days)))
    print(f'gexf (elementtree): {len(edges)} edges typed, timeline {TIMELINE[0]} .. {TIMELINE[1]}')
    try:
        nx.read_gexf(path)
        print('networkx gexf: read')  # NetworkX 3.x reads GEXF 1.3, but not a mixed graph
    except nx.NetworkXError as e:
        print('networkx gexf: refused:', e)


def main(folder):
    g, weights = networkx_json(folder + '/seeds.json')
    networkx_graphml(folder + '/seeds.graphml', weights)
    networkx_mixed_graphml(folder + '/seeds-mixed.graphml')
    igraph_readers(folder + '/seeds.graphml', g)
    pandas_csv(folder + '/seeds.nodes.csv', folder + '/seeds.edges.csv', weights)
    pandas_series(folder + '/series.csv')
    gexf_timeline(folder + '/seeds.gexf')


if __name__ == '__main__':
    main(sys.argv[1])
