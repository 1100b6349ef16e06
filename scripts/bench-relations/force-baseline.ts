/**
 * The baseline the relations view is measured against, on the same data in the same page: the
 * usual D3 network, a force layout (d3-force, 300 ticks) drawn with d3-selection joins, one
 * line per relation of the window, its width the number of acts. It counts with the same
 * network code, so the comparison is of layout and drawing.
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import { select } from 'd3-selection';
import type { TimeWindow } from '../../src/lib/domain/types';
import type { Act } from '../../src/lib/relations/acts';
import { networkOf, type Relation } from '../../src/lib/relations/network';
import { RELATION_STYLE } from '../../src/lib/relations/style';

interface Node extends SimulationNodeDatum {
	id: string;
}

export function forceBaseline(target: HTMLElement, ids: string[], acts: Act[], width: number, height: number) {
	const nodes: Node[] = ids.map((id) => ({ id }));
	const all = networkOf(acts, null).relations;
	const pairs = [...new Set(all.map((r) => [r.from, r.to].sort().join('|')))].map((p) => {
		const [source, target] = p.split('|');
		return { source, target };
	});
	forceSimulation(nodes)
		.force(
			'link',
			forceLink<Node, { source: string | Node; target: string | Node }>(pairs).id((d) => d.id)
		)
		.force('charge', forceManyBody().strength(-60))
		.force('center', forceCenter(width / 2, height / 2))
		.stop()
		.tick(300);
	const at = new Map(nodes.map((n) => [n.id, n]));
	const svg = select(target).append('svg').attr('width', width).attr('height', height);
	const links = svg.append('g').attr('fill', 'none');
	const dots = svg.append('g');
	dots
		.selectAll('g')
		.data(nodes)
		.join('g')
		.attr('transform', (d) => `translate(${d.x},${d.y})`)
		.call((g) => g.append('circle').attr('r', 4))
		.call((g) =>
			g
				.append('text')
				.attr('x', 6)
				.attr('dy', '0.35em')
				.attr('font-size', 11)
				.text((d) => d.id)
		);

	function draw(window: TimeWindow | null) {
		const shown = networkOf(acts, window).relations;
		const width = scaleSqrt()
			.domain([1, Math.max(4, ...shown.map((r) => r.count))])
			.range([1.5, 9]);
		links
			.selectAll<SVGLineElement, Relation>('line')
			.data(shown, (r) => r.key)
			.join('line')
			.attr('x1', (r) => at.get(r.from)!.x!)
			.attr('y1', (r) => at.get(r.from)!.y!)
			.attr('x2', (r) => at.get(r.to)!.x!)
			.attr('y2', (r) => at.get(r.to)!.y!)
			.attr('stroke', (r) => RELATION_STYLE[r.kind].color)
			.attr('stroke-width', (r) => width(r.count))
			.attr('data-relation', (r) => r.key);
	}
	draw(null);
	return { draw, destroy: () => svg.remove() };
}
