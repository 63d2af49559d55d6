#!/usr/bin/env python3
"""Reads dyad's exports of one graph with real readers and checks that each
agrees with the node-link JSON of the same graph: NetworkX reads the GraphML
and the node-link JSON, ElementTree the GEXF (which NetworkX cannot read when
directed and undirected edges mix), json the Cytoscape.js file, csv the CSV.
Usage: check_exports.py GRAPH.json GRAPH.graphml GRAPH.gexf GRAPH.cyjs GRAPH.nodes.csv GRAPH.edges.csv
Prints one line per reader and exits 1 at the first disagreement."""
import csv
import inspect
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite import json_graph


def check(ok, what):
    if not ok:
        print('FAILED:', what)
        sys.exit(1)


def read_json(path):
    data = json.load(open(path, encoding='utf-8'))
    # networkx >= 3.4 names the links with `edges=`; older versions with `link=`.
    params = inspect.signature(json_graph.node_link_graph).parameters
    kw = {'edges': 'links'} if 'edges' in params else {'link': 'links'}
    g = json_graph.node_link_graph(data, **kw)
    edges = {(l['source'], l['relation'], l['target']): l for l in data['links']}
    labels = {n['id']: n['label'] for n in data['nodes']}
    check(g.number_of_nodes() == len(labels) and g.number_of_edges() == len(edges), 'networkx node-link counts')
    check(all(g.edges[s, t, r]['weight'] == l['weight'] for (s, r, t), l in edges.items()), 'node-link weights')
    print('node-link json (networkx):', g.number_of_nodes(), 'nodes,', g.number_of_edges(), 'edges')
    return labels, edges


def check_graphml(path, labels, edges):
    g = nx.read_graphml(path)
    check(g.number_of_nodes() == len(labels) and g.number_of_edges() == len(edges), 'graphml counts')
    check(all(g.nodes[n].get('label', '') == label for n, label in labels.items()), 'graphml labels')
    got = {(s, d['relation'], t): d for s, t, d in g.edges(data=True)}
    check(set(got) == set(edges), 'graphml edge keys')
    check(all(got[k]['weight'] == edges[k]['weight'] and got[k]['cameo'] == edges[k]['cameo'] for k in edges),
          'graphml weights and cameo codes')
    print('graphml (networkx):', g.number_of_nodes(), 'nodes,', g.number_of_edges(), 'edges')


def check_gexf(path, labels, edges):
    G = '{http://gexf.net/1.3}'
    graph = ET.parse(path).getroot().find(G + 'graph')
    nodes = {n.get('id'): n.get('label') for n in graph.iter(G + 'node')}
    elements = list(graph.iter(G + 'edge'))
    check(nodes == labels, 'gexf nodes and labels')
    check(len({e.get('id') for e in elements}) == len(elements), 'gexf unique edge ids')
    check(all(e.get('source') in nodes and e.get('target') in nodes for e in elements), 'gexf endpoints exist')
    got = {}
    for e in elements:
        steps = [float(v.get('value')) for v in e.iter(G + 'attvalue') if v.get('for') == 'weight']
        got[(e.get('source'), e.get('kind'), e.get('target'))] = max(steps) if steps else float(e.get('weight'))
    check(set(got) == set(edges), 'gexf source/kind/target are the edge keys, each once')
    check(all(got[k] == edges[k]['weight'] for k in edges), 'gexf final weights')
    check(all((e.get('type') == 'undirected') == edges[(e.get('source'), e.get('kind'), e.get('target'))]['symmetric']
              for e in elements), 'gexf undirected exactly for symmetric relations')
    print('gexf (elementtree):', graph.get('mode'), len(nodes), 'nodes,', len(elements), 'edges')


def check_cytoscape(path, labels, edges):
    doc = json.load(open(path, encoding='utf-8'))
    nodes = {n['data']['id']: n['data']['label'] for n in doc['elements']['nodes']}
    data = [e['data'] for e in doc['elements']['edges']]
    ids = list(nodes) + [d['id'] for d in data]
    check(nodes == labels, 'cytoscape nodes and labels')
    check(len(set(ids)) == len(ids), 'cytoscape unique ids')
    check({(d['source'], d['relation'], d['target']): d['weight'] for d in data} ==
          {k: l['weight'] for k, l in edges.items()}, 'cytoscape edges and weights')
    print('cytoscape.js (json):', len(nodes), 'nodes,', len(data), 'edges')


def check_csv(nodes_path, edges_path, labels, edges):
    nodes = {r['id']: r['label'] for r in csv.DictReader(open(nodes_path, encoding='utf-8', newline=''))}
    rows = list(csv.DictReader(open(edges_path, encoding='utf-8', newline='')))
    check(nodes == labels, 'csv nodes and labels')
    check({(r['source'], r['relation'], r['target']): int(r['weight']) for r in rows} ==
          {k: l['weight'] for k, l in edges.items()}, 'csv edges and weights')
    print('csv (csv module):', len(nodes), 'nodes,', len(rows), 'edges')


def main(json_path, graphml, gexf, cyjs, nodes_csv, edges_csv):
    labels, edges = read_json(json_path)
    check_graphml(graphml, labels, edges)
    check_gexf(gexf, labels, edges)
    check_cytoscape(cyjs, labels, edges)
    check_csv(nodes_csv, edges_csv, labels, edges)


if __name__ == '__main__':
    main(*sys.argv[1:])
