/**
 * Where the columns, names and links of the people flow go (missions.ts gives the flow), pure:
 * three equal columns with room between them for the links, one row per name.
 */
import { linkHorizontal } from 'd3-shape';
import { scaleSqrt } from 'd3-scale';
import type { Column, Flow } from './missions';

export interface FlowGeometry {
	columns: Record<Column, number>;
	columnWidth: number;
	height: number;
	links: { source: string; target: string; d: string; width: number; direct: boolean; count: number }[];
}

const ORDER: Column[] = ['sender', 'envoy', 'receiver'];

export function flowGeometry(flow: Flow, width: number, rowHeight: number): FlowGeometry {
	const gap = Math.min(120, Math.max(24, width * 0.1));
	const columnWidth = Math.max(40, (width - 2 * gap) / 3);
	const columns = Object.fromEntries(ORDER.map((c, i) => [c, i * (columnWidth + gap)])) as Record<Column, number>;
	const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
	const most = flow.links.reduce((m, l) => Math.max(m, l.count), 1);
	const stroke = scaleSqrt()
		.domain([1, Math.max(3, most)])
		.range([1.5, 7])
		.clamp(true);
	const path = linkHorizontal<{ s: [number, number]; t: [number, number] }, [number, number]>()
		.source((d) => d.s)
		.target((d) => d.t);
	const links = flow.links.flatMap((l) => {
		const a = nodes.get(l.source);
		const b = nodes.get(l.target);
		if (!a || !b) return [];
		const s: [number, number] = [columns[a.column] + columnWidth, (a.row + 0.5) * rowHeight];
		const t: [number, number] = [columns[b.column], (b.row + 0.5) * rowHeight];
		return [
			{
				source: l.source,
				target: l.target,
				d: path({ s, t }) ?? '',
				width: Math.round(stroke(l.count) * 10) / 10,
				direct: a.column === 'sender' && b.column === 'receiver',
				count: l.count
			}
		];
	});
	return { columns, columnWidth, height: flow.rows * rowHeight, links };
}
