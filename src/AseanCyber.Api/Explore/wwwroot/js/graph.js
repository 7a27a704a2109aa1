// The drawing: Cytoscape.js, laid out with fCoSE (from its UMD build, loaded as a classic script before this module).
import cytoscape from '../vendor/cytoscape.esm.min.mjs';

const hasFcose = typeof window.cytoscapeFcose === 'function';
if (hasFcose) cytoscape.use(window.cytoscapeFcose);

export const KindColors = {
  Profile: '#1d4e89',
  Country: '#16836f',
  Body: '#c4561d',
  Organization: '#7a3ea6',
};

const Shapes = { Profile: 'hexagon', Country: 'ellipse', Body: 'round-rectangle', Organization: 'diamond' };
const PathColor = '#d1202f';

const style = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      shape: (n) => Shapes[n.data('kind')] || 'ellipse',
      'background-color': (n) => KindColors[n.data('kind')] || '#667',
      'border-width': 2,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 12,
      color: '#16202c',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 120,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node[kind = "Profile"]', style: { 'font-size': 15, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#8d99a8',
      opacity: 0.75,
      'curve-style': 'straight',
    },
  },
  { selector: '.faded', style: { opacity: 0.22, 'text-opacity': 0.55 } },
  { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#111111', 'z-index': 20 } },
  { selector: 'edge.focus', style: { 'line-color': '#111111', opacity: 1, 'z-index': 20 } },
  { selector: 'node.keyboard', style: { 'overlay-color': '#f5b301', 'overlay-opacity': 0.35, 'overlay-padding': 8 } },
  { selector: 'node.entry-actor', style: { 'border-width': 5, 'border-color': '#f5b301' } },
  { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': PathColor, 'z-index': 30 } },
  {
    selector: 'edge.on-path',
    style: { 'line-color': PathColor, opacity: 1, width: (e) => Math.max(5, e.data('width')), 'z-index': 30 },
  },
  { selector: 'node.path-extra', style: { 'background-opacity': 0.55, 'border-style': 'dashed' } },
  { selector: 'edge.path-extra', style: { 'line-style': 'dashed', width: 4 } },
];

/** Sizes nodes by their entries and links by their shared entries, relative to the largest. */
function sized(actors, links) {
  const maxCount = Math.max(1, ...actors.map((a) => a.count));
  const maxLink = Math.max(1, ...links.map((l) => l.count));
  return {
    nodes: actors.map((a) => ({
      group: 'nodes',
      data: { id: a.id, label: a.label, kind: a.kind, count: a.count, size: Math.round(22 + 46 * Math.sqrt(a.count / maxCount)) },
    })),
    edges: links.map((l) => ({
      group: 'edges',
      data: { id: l.id, source: l.source, target: l.target, count: l.count, width: 1.5 + 8 * Math.sqrt(l.count / maxLink) },
    })),
  };
}

/** Starting places that do not depend on chance: the largest actor in the middle, the others on rings by size. */
function initialPositions(actors) {
  const ordered = [...actors].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const positions = {};
  let ring = 0;
  let placed = 0;
  ordered.forEach((actor, i) => {
    if (i === 0) {
      positions[actor.id] = { x: 0, y: 0 };
      return;
    }
    const capacity = 8 * (ring + 1);
    if (placed >= capacity) {
      ring += 1;
      placed = 0;
    }
    const angle = (2 * Math.PI * placed) / capacity + ring * 0.4;
    positions[actor.id] = { x: Math.cos(angle) * 160 * (ring + 1), y: Math.sin(angle) * 160 * (ring + 1) };
    placed += 1;
  });
  return positions;
}

export class Graph {
  constructor(container, { onNode, onLink, onKeyboardFocus }) {
    this.container = container;
    this.onNode = onNode;
    this.onLink = onLink;
    this.onKeyboardFocus = onKeyboardFocus;
    this.keyboardIndex = -1;
    this.cy = cytoscape({
      container,
      style,
      minZoom: 0.2,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    this.cy.on('tap', 'node', (event) => this.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => this.onLink(event.target.data('source'), event.target.data('target')));
    this.cy.on('mouseover', 'node, edge', () => { container.style.cursor = 'pointer'; });
    this.cy.on('mouseout', 'node, edge', () => { container.style.cursor = ''; });
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Replaces the network and lays it out; resolves once it is drawn. */
  setNetwork(actors, links) {
    const { nodes, edges } = sized(actors, links);
    const positions = initialPositions(actors);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(nodes.map((n) => ({ ...n, position: positions[n.data.id] })));
      this.cy.add(edges);
    });
    this.keyboardIndex = -1;
    this.container.dataset.drawnCount = String(nodes.length);
    this.container.dataset.drawnIds = nodes.map((n) => n.data.id).join(' ');
    return this.layout();
  }

  layout() {
    if (this.cy.nodes().length === 0) return Promise.resolve();
    const options = hasFcose
      ? {
          name: 'fcose', quality: 'default', randomize: false, animate: false, fit: false,
          nodeRepulsion: 30000, idealEdgeLength: (edge) => 150 - Math.min(50, edge.data('count') * 8),
          edgeElasticity: 0.3, nodeSeparation: 100, gravity: 0.15, gravityRange: 5, numIter: 2500,
          nodeDimensionsIncludeLabels: true,
        }
      : { name: 'cose', randomize: false, animate: false, fit: false, nodeDimensionsIncludeLabels: true };
    const layout = this.cy.layout(options);
    const done = layout.promiseOn('layoutstop').then(() => {
      // The container may have changed size since the library measured it (the page's grid settles late).
      this.cy.resize();
      this.cy.fit(this.cy.elements(), 36);
    });
    layout.run();
    return done;
  }

  /** Redraws at the container's size (after the window changes). */
  resize() {
    this.cy.resize();
  }

  /** The zoom and pan that centre `eles`, no closer than needed to see them whole (nor than 1, so the rest stays in view). */
  viewOf(eles, padding = 60) {
    const box = eles.boundingBox();
    const width = this.cy.width();
    const height = this.cy.height();
    const zoom = Math.max(this.cy.minZoom(), Math.min(1, (width - 2 * padding) / box.w, (height - 2 * padding) / box.h));
    return { zoom, pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) } };
  }

  /** After the drawing's width changed (the panel opened or closed): fits the path if one is drawn, else everything. */
  refit() {
    this.cy.stop(true, false); // a fit still animating was computed for the old width
    this.cy.resize();
    const path = this.cy.elements('.on-path');
    if (path.nonempty()) this.cy.viewport(this.viewOf(path));
    else this.cy.fit(this.cy.elements(), 36);
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  /** Clears every emphasis: selection, entry actors, path. */
  clearEmphasis() {
    this.cy.elements().removeClass('faded focus entry-actor');
    this.container.dataset.selected = '';
  }

  /** An actor and its links stand out; the rest fades. */
  focusNode(id) {
    this.clearEmphasis();
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const hood = node.closedNeighborhood();
    this.cy.elements().not(hood).not('.on-path').addClass('faded');
    node.addClass('focus');
    node.connectedEdges().addClass('focus');
    this.container.dataset.selected = id;
  }

  focusLink(a, b) {
    this.clearEmphasis();
    const edge = this.edgeBetween(a, b);
    if (edge.empty()) return;
    this.cy.elements().not(edge).not(edge.connectedNodes()).not('.on-path').addClass('faded');
    edge.addClass('focus');
    edge.connectedNodes().addClass('focus');
    this.container.dataset.selected = `${a}~${b}`;
  }

  /** The actors an entry links to stand out. */
  focusEntry(entryId, actorIds) {
    this.clearEmphasis();
    const nodes = this.cy.nodes().filter((n) => actorIds.includes(n.id()));
    if (nodes.empty()) return;
    this.cy.elements().not(nodes).not(nodes.edgesWith(nodes)).not('.on-path').addClass('faded');
    nodes.addClass('entry-actor');
    this.container.dataset.selected = entryId;
  }

  edgeBetween(a, b) {
    return this.cy.edges().filter((e) =>
      (e.data('source') === a && e.data('target') === b) || (e.data('source') === b && e.data('target') === a));
  }

  /**
   * Draws a path over the network: its actors and links in the path colour, adding (dashed) those the network does
   * not hold, such as a membership link or an actor with no entries under the filter.
   */
  showPath(path) {
    this.clearPath();
    if (!path) return;
    let added = false;
    this.cy.batch(() => {
      for (const actor of path.actors) {
        let node = this.cy.getElementById(actor.id);
        if (node.empty()) {
          node = this.cy.add({ group: 'nodes', data: { id: actor.id, label: actor.label, kind: actor.kind, count: 0, size: 22 } });
          node.addClass('path-extra');
          added = true;
        }
        node.addClass('on-path');
      }
      path.links.forEach((link, i) => {
        let edge = this.edgeBetween(link.from, link.to);
        if (edge.empty()) {
          edge = this.cy.add({ group: 'edges', data: { id: `path-${i}-${link.from}~${link.to}`, source: link.from, target: link.to, count: 0, width: 4 } });
          edge.addClass('path-extra');
          added = true;
        }
        edge.addClass('on-path');
      });
    });
    this.container.dataset.path = path.actors.map((a) => a.id).join(' ');
    const fitPath = () => this.cy.animate({ ...this.viewOf(this.cy.elements('.on-path')), duration: 250 });
    if (added) {
      // Places the added actors next to their neighbours on the path without moving the rest.
      this.cy.nodes('.path-extra').forEach((node) => {
        const next = node.neighborhood('node').not('.path-extra');
        if (next.nonempty()) {
          const p = next.first().position();
          node.position({ x: p.x + 60, y: p.y - 60 });
        }
      });
    }
    if (this.cy.elements('.on-path').nonempty()) fitPath();
  }

  /** Only the path stands out. */
  focusPath() {
    this.clearEmphasis();
    const path = this.cy.elements('.on-path');
    if (path.nonempty()) this.cy.elements().not(path).addClass('faded');
  }

  clearPath() {
    this.cy.remove('.path-extra');
    this.cy.elements().removeClass('on-path');
    this.container.dataset.path = '';
  }

  fit() {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 }, duration: 200 });
  }

  zoomBy(factor) {
    const extent = this.cy.extent();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } });
  }

  /** Keys on the focused drawing: arrows walk the actors (largest first), Enter opens one, + and - zoom, 0 fits. */
  onKey(event) {
    const nodes = this.cy.nodes().sort((a, b) => b.data('count') - a.data('count') || a.id().localeCompare(b.id()));
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp': {
        if (nodes.length === 0) return;
        const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
        this.keyboardIndex = (this.keyboardIndex + step + nodes.length) % nodes.length;
        this.cy.nodes().removeClass('keyboard');
        const node = nodes[this.keyboardIndex];
        node.addClass('keyboard');
        this.container.dataset.keyboard = node.id();
        this.onKeyboardFocus(node.id(), node.data('label'), node.data('count'));
        break;
      }
      case 'Enter':
        if (this.keyboardIndex >= 0 && this.keyboardIndex < nodes.length) this.onNode(nodes[this.keyboardIndex].id());
        break;
      case '+':
      case '=':
        this.zoomBy(1.25);
        break;
      case '-':
        this.zoomBy(0.8);
        break;
      case '0':
        this.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}
