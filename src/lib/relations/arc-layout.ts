/**
 * The arc diagram's geometry, pure. Polities stand in one column in the order they were
 * founded, so reading down is reading forward in time; every relation is a half-ellipse to the
 * right of the column, its height the distance between the two polities, its width the number
 * of acts. An embassy or a letter ends in an arrowhead at the receiver; the relations of one
 * pair nest in fixed lanes (taken from the whole corpus), so an arc keeps its place while the
 * time window moves and relations appear and fade.
 */
import { scaleSqrt } from 'd3-scale';
import { RELATION_KINDS } from '$lib/domain/relations';
import { toDecimalStart, type HistDate } from '$lib/domain/dates';
import type { Act } from './acts';
import type { Relation } from './network';

export interface ArcOptions {
	rowHeight: number;
	/** Width of the arcs' area, right of the column of polities. */
	width: number;
	/** Where the arcs meet the column, right of the polity's dot. */
	inset: number;
	/** Space between the nested arcs of one pair. */
	laneGap: number;
	/** Stroke width of one act and of the most acts. */
	stroke: [number, number];
}

export interface ArcNode {
	id: string;
	/** Centre of the polity's row. */
	y: number;
}

export interface Arc {
	key: string;
	from: string;
	to: string;
	kind: Relation['kind'];
	directed: boolean;
	count: number;
	/** SVG path, from the sender (or the upper party) to the receiver. */
	d: string;
	/** The arrowhead at the receiver; null for an undirected relation. */
	arrow: string | null;
	width: number;
	lane: number;
	/** The arc's outermost point (for a label or a focus ring). */
	apex: [number, number];
	/** The half-ellipse itself: centre, radii, and where it leaves and arrives (for canvas and hit tests). */
	cx: number;
	cy: number;
	rx: number;
	ry: number;
	y0: number;
	y1: number;
}

export interface ArcDiagram {
	height: number;
	nodes: ArcNode[];
	arcs: Arc[];
}

const KIND_ORDER = new Map(RELATION_KINDS.map((k, i) => [k, i]));
/** How much wider than deep the longest arc may grow to fill a wide screen. */
export const MAX_STRETCH = 3;
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The polities that take part in any act, in the order they were founded (then by id): the
 * column's order, fixed for the whole corpus.
 */
export function polityOrder(polities: { id: string; from: HistDate }[], acts: readonly Act[]): string[] {
	const active = new Set(acts.flatMap((a) => [a.from, a.to]));
	return polities
		.filter((p) => active.has(p.id))
		.map((p) => ({ id: p.id, at: toDecimalStart(p.from) }))
		.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((p) => p.id);
}

/**
 * A lane per relation, nesting the relations of one pair: in legend order of kind, and an
 * embassy down the column (to a later polity) inside the one coming back up.
 */
export function arcLanes(
	relations: readonly Pick<Relation, 'key' | 'from' | 'to' | 'kind'>[],
	order: readonly string[]
) {
	const index = new Map(order.map((id, i) => [id, i]));
	const pairs = new Map<string, Pick<Relation, 'key' | 'from' | 'to' | 'kind'>[]>();
	for (const r of relations) {
		const pair = [r.from, r.to].sort().join('|');
		pairs.set(pair, [...(pairs.get(pair) ?? []), r]);
	}
	const lanes = new Map<string, number>();
	const down = (r: Pick<Relation, 'from' | 'to'>) => ((index.get(r.from) ?? 0) < (index.get(r.to) ?? 0) ? 0 : 1);
	for (const list of pairs.values()) {
		list.sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || down(a) - down(b));
		list.forEach((r, i) => lanes.set(r.key, i));
	}
	return lanes;
}

/** The diagram of the `shown` relations over the column `order`, with lanes from `arcLanes`. */
export function arcDiagram(
	order: readonly string[],
	shown: readonly Relation[],
	lanes: ReadonlyMap<string, number>,
	opts: ArcOptions
): ArcDiagram {
	const { rowHeight, width, inset, laneGap, stroke } = opts;
	const index = new Map(order.map((id, i) => [id, i]));
	const nodes = order.map((id, i) => ({ id, y: (i + 0.5) * rowHeight }));
	let maxLane = 0;
	for (const lane of lanes.values()) maxLane = Math.max(maxLane, lane);
	const arrowRoom = stroke[1] * 1.2 + 6;
	const maxSpan = Math.max(1, order.length - 1);
	// The longest arc fills the width (as a half-ellipse up to three times as wide as it is
	// deep, which spreads the nested arcs apart): one scale for the corpus, so arcs never jump.
	const k = Math.min(
		MAX_STRETCH,
		Math.max(0.05, (width - inset - maxLane * laneGap - arrowRoom) / ((maxSpan * rowHeight) / 2))
	);
	const most = shown.reduce((m, r) => Math.max(m, r.count), 0);
	const strokeOf = scaleSqrt()
		.domain([1, Math.max(4, most)])
		.range(stroke)
		.clamp(true);
	const arcs: Arc[] = [];
	for (const r of shown) {
		const a = index.get(r.from);
		const b = index.get(r.to);
		if (a === undefined || b === undefined) continue;
		const lane = lanes.get(r.key) ?? 0;
		const ya = nodes[a].y;
		const yb = nodes[b].y;
		const ry = Math.abs(yb - ya) / 2;
		const rx = Math.max(rowHeight * 0.4, ry * k) + lane * laneGap;
		const w = strokeOf(r.count);
		const x = inset;
		// From the upper end clockwise (sweep 1) or from the lower end counter-clockwise: both bulge right.
		const sweep = ya < yb ? 1 : 0;
		const d = `M${x},${r1(ya)}A${r1(rx)},${r1(ry)} 0 0 ${sweep} ${x},${r1(yb)}`;
		// The arc arrives level, heading left, so the arrowhead points left at the receiver.
		const len = 5 + w * 1.2;
		const half = 3 + w * 0.8;
		const arrow = r.directed
			? `M${x},${r1(yb)}L${r1(x + len)},${r1(yb - half)}L${r1(x + len)},${r1(yb + half)}Z`
			: null;
		arcs.push({
			key: r.key,
			from: r.from,
			to: r.to,
			kind: r.kind,
			directed: r.directed,
			count: r.count,
			d,
			arrow,
			width: r1(w),
			lane,
			apex: [r1(x + rx), r1((ya + yb) / 2)],
			cx: x,
			cy: (ya + yb) / 2,
			rx,
			ry,
			y0: ya,
			y1: yb
		});
	}
	return { height: order.length * rowHeight, nodes, arcs };
}
