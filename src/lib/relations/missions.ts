/**
 * Who sent whom to whom: each embassy and letter as a mission from a sender through its envoys
 * to a receiver, and the missions of a window as a three-column flow (senders → envoys →
 * receivers). Where the content names no sender or receiver, the polity stands in for the
 * person ("the court of Muscovy"), so every mission has two ends; envoys are only ever people.
 * Pure.
 */
import { DIRECTED_KINDS, type EventEntry, type TimeWindow } from '$lib/domain/types';
import { inWindow } from './network';

/** A person ("person:<id>") or a polity standing in for an unnamed one ("polity:<id>"). */
export type Party = `person:${string}` | `polity:${string}`;

export interface Mission {
	event: string;
	kind: 'embassy' | 'letter';
	from: string;
	to: string;
	sender: Party;
	envoys: string[];
	receiver: Party;
	start: number;
	stop: number;
	/** Whether the content names the sender, the envoys or the receiver at all. */
	stated: boolean;
}

type MissionSource = Pick<
	EventEntry,
	'id' | 'kind' | 'from' | 'to' | 'sender' | 'envoys' | 'receiver' | 'start' | 'stop'
>;

export function missionOf(e: MissionSource): Mission | null {
	if (!DIRECTED_KINDS.includes(e.kind) || !e.from || !e.to) return null;
	return {
		event: e.id,
		kind: e.kind as Mission['kind'],
		from: e.from,
		to: e.to,
		sender: e.sender ? `person:${e.sender}` : `polity:${e.from}`,
		envoys: [...e.envoys],
		receiver: e.receiver ? `person:${e.receiver}` : `polity:${e.to}`,
		start: e.start,
		stop: e.stop,
		stated: !!(e.sender || e.receiver || e.envoys.length)
	};
}

export const missionsOf = (events: readonly MissionSource[]): Mission[] =>
	events.map(missionOf).filter((m): m is Mission => m !== null);

export type Column = 'sender' | 'envoy' | 'receiver';

export interface FlowNode {
	/** "<column>:<party>", so one person can stand in two columns (a khan who also received). */
	id: string;
	column: Column;
	party: Party;
	/** Missions through this node. */
	count: number;
	/** Position in its column (by the first mission). */
	row: number;
}

export interface FlowLink {
	source: string;
	target: string;
	count: number;
	events: string[];
}

export interface Flow {
	nodes: FlowNode[];
	links: FlowLink[];
	/** Rows of the tallest column. */
	rows: number;
}

/**
 * The missions in a window as a flow: sender → each envoy → receiver, or sender → receiver
 * for a letter or an embassy whose envoys are not named. Nodes keep the order of their first
 * mission, so a column reads in time.
 */
export function missionFlow(missions: readonly Mission[], window: TimeWindow | null): Flow {
	const nodes = new Map<string, FlowNode>();
	const links = new Map<string, FlowLink>();
	const rows: Record<Column, number> = { sender: 0, envoy: 0, receiver: 0 };
	const node = (column: Column, party: Party) => {
		const id = `${column}:${party}`;
		let n = nodes.get(id);
		if (!n) nodes.set(id, (n = { id, column, party, count: 0, row: rows[column]++ }));
		n.count++;
		return id;
	};
	const link = (source: string, target: string, event: string) => {
		const key = `${source}>${target}`;
		const l = links.get(key) ?? { source, target, count: 0, events: [] };
		l.count++;
		l.events.push(event);
		links.set(key, l);
	};
	for (const m of [...missions].sort((a, b) => a.start - b.start)) {
		if (!inWindow(m, window)) continue;
		const s = node('sender', m.sender);
		const r = node('receiver', m.receiver);
		if (!m.envoys.length) link(s, r, m.event);
		for (const envoy of m.envoys) {
			const e = node('envoy', `person:${envoy}`);
			link(s, e, m.event);
			link(e, r, m.event);
		}
	}
	return {
		nodes: [...nodes.values()],
		links: [...links.values()],
		rows: Math.max(rows.sender, rows.envoy, rows.receiver)
	};
}
