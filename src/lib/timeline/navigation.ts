/**
 * Keyboard movement through the timeline with one tab stop: left and right step through
 * events in time order (or through the people of a lane), up and down move between the
 * events band and the lanes, landing on the item nearest in time. Pure.
 */

export type FocusItem = { kind: 'event'; id: string } | { kind: 'person'; id: string };

export interface NavModel {
	/** Events in time order. */
	events: { id: string; pos: number }[];
	/** Lanes top to bottom, each with its people ordered by start. */
	lanes: { people: { id: string; start: number; stop: number }[] }[];
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

function nearestEvent(model: NavModel, pos: number): FocusItem | null {
	let best: { id: string; d: number } | null = null;
	for (const e of model.events) {
		const d = Math.abs(e.pos - pos);
		if (!best || d < best.d) best = { id: e.id, d };
	}
	return best ? { kind: 'event', id: best.id } : null;
}

function nearestPerson(people: NavModel['lanes'][number]['people'], pos: number): FocusItem | null {
	let best: { id: string; d: number } | null = null;
	for (const p of people) {
		const d = pos < p.start ? p.start - pos : pos > p.stop ? pos - p.stop : 0;
		if (!best || d < best.d) best = { id: p.id, d };
	}
	return best ? { kind: 'person', id: best.id } : null;
}

/** Where focus goes for a key. `anchor` is the time to start from when nothing has focus. */
export function moveFocus(model: NavModel, current: FocusItem | null, key: NavKey, anchor: number): FocusItem | null {
	if (!current)
		return nearestEvent(model, anchor) ?? (model.lanes[0] ? nearestPerson(model.lanes[0].people, anchor) : null);
	if (current.kind === 'event') {
		const i = model.events.findIndex((e) => e.id === current.id);
		if (i < 0) return nearestEvent(model, anchor);
		const pos = model.events[i].pos;
		if (key === 'ArrowRight') return { kind: 'event', id: model.events[Math.min(i + 1, model.events.length - 1)].id };
		if (key === 'ArrowLeft') return { kind: 'event', id: model.events[Math.max(i - 1, 0)].id };
		if (key === 'ArrowDown') {
			const lane = model.lanes.find((l) => l.people.length);
			return lane ? nearestPerson(lane.people, pos) : current;
		}
		return current;
	}
	const laneIndex = model.lanes.findIndex((l) => l.people.some((p) => p.id === current.id));
	if (laneIndex < 0) return nearestEvent(model, anchor);
	const people = model.lanes[laneIndex].people;
	const j = people.findIndex((p) => p.id === current.id);
	const here = people[j];
	const pos = (here.start + here.stop) / 2;
	if (key === 'ArrowRight') return { kind: 'person', id: people[Math.min(j + 1, people.length - 1)].id };
	if (key === 'ArrowLeft') return { kind: 'person', id: people[Math.max(j - 1, 0)].id };
	const step = key === 'ArrowDown' ? 1 : -1;
	for (let l = laneIndex + step; l >= 0 && l < model.lanes.length; l += step) {
		if (model.lanes[l].people.length) return nearestPerson(model.lanes[l].people, pos);
	}
	return key === 'ArrowUp' ? (nearestEvent(model, pos) ?? current) : current;
}
