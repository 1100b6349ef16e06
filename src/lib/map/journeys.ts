/**
 * Every embassy and letter as a journey between places, pure (the map draws these; see
 * journey-features.ts). A journey runs from its origin to its destination:
 *   - the stages of its `route` are documented and drawn solid;
 *   - any other leg is a path the sources do not document, drawn dashed: from the `origin`
 *     (else the route's first stage, else the reverse of the journey it answers, else the
 *     sending polity's seat at that date) to the `destination` (likewise, at the other end);
 *   - a reply without a route of its own goes back the way the journey it answers came.
 * An embassy or a letter whose ends cannot be found is listed with the reason.
 */
import { DIRECTED_KINDS, type EventEntry, type Polity, type Seat } from '$lib/domain/types';
import { toDecimalEnd, toDecimalStart } from '$lib/domain/dates';

/** How an end of a journey was found. */
export type EndSource = 'origin' | 'destination' | 'route' | 'answers' | 'seat';

export interface Leg {
	from: string;
	to: string;
	documented: boolean;
}

export interface Journey {
	event: string;
	kind: 'embassy' | 'letter';
	/** Sending and receiving polity. */
	from: string;
	to: string;
	/** Places in travel order, origin first. */
	stops: string[];
	legs: Leg[];
	originBy: EndSource;
	destinationBy: EndSource;
	/** The journey this one answers; without a route of its own it retraces that one backwards. */
	answers?: string;
	start: number;
	stop: number;
}

export type UnmappedReason = 'no-origin' | 'no-destination' | 'no-ends' | 'same-place';

export interface Unmapped {
	event: string;
	reason: UnmappedReason;
	/** The polities whose seat at that date would have given the missing end. */
	needsSeat: string[];
}

export interface Journeys {
	journeys: Journey[];
	unmapped: Unmapped[];
	/** Embassies and letters in all. */
	total: number;
}

type JourneyEvent = Pick<
	EventEntry,
	'id' | 'kind' | 'from' | 'to' | 'origin' | 'destination' | 'route' | 'answers' | 'start' | 'stop'
>;

/** Where a polity was ruled from at a date: the seat covering it, the latest begun if several. */
export function seatAt(seats: readonly Seat[], at: number): string | undefined {
	let best: { place: string; from: number } | undefined;
	for (const s of seats) {
		const from = s.from ? toDecimalStart(s.from) : -Infinity;
		const to = s.to ? toDecimalEnd(s.to) : Infinity;
		if (at < from || at >= to) continue;
		if (!best || from > best.from) best = { place: s.place, from };
	}
	return best?.place;
}

/** The first end that is known, with how it was found. */
function firstEnd(candidates: [string | undefined, EndSource][]): { place: string; by: EndSource } | undefined {
	const hit = candidates.find(([place]) => place !== undefined);
	return hit && { place: hit[0]!, by: hit[1] };
}

export function journeysOf(
	events: readonly JourneyEvent[],
	polities: readonly Pick<Polity, 'id' | 'seats'>[]
): Journeys {
	const seats = new Map(polities.map((p) => [p.id, p.seats]));
	const byId = new Map(events.map((e) => [e.id, e]));
	const done = new Map<string, Journey | Unmapped>();
	const resolving = new Set<string>();

	function resolve(e: JourneyEvent): Journey | Unmapped {
		const known = done.get(e.id);
		if (known) return known;
		resolving.add(e.id);
		const from = e.from!;
		const to = e.to!;
		const target = e.answers ? byId.get(e.answers) : undefined;
		// A cycle of answers (bad data) must not recurse forever: the inner one goes without.
		const answered =
			target && !resolving.has(target.id) && DIRECTED_KINDS.includes(target.kind) ? resolve(target) : undefined;
		const back = answered && 'stops' in answered ? answered : undefined;
		const route = e.route.length >= 2 ? e.route : [];
		const seat = (polity: string) => seatAt(seats.get(polity) ?? [], e.start);
		const origin = firstEnd([
			[e.origin, 'origin'],
			[route[0], 'route'],
			[back?.stops.at(-1), 'answers'],
			[seat(from), 'seat']
		]);
		const destination = firstEnd([
			[e.destination, 'destination'],
			[route.at(-1), 'route'],
			[back?.stops[0], 'answers'],
			[seat(to), 'seat']
		]);
		resolving.delete(e.id);
		let result: Journey | Unmapped;
		if (!origin || !destination) {
			const needsSeat = [...(origin ? [] : [from]), ...(destination ? [] : [to])];
			const reason: UnmappedReason = !origin && !destination ? 'no-ends' : !origin ? 'no-origin' : 'no-destination';
			result = { event: e.id, reason, needsSeat };
		} else {
			// The middle: its own documented stages, else the answered journey's stops, reversed.
			const middle = route.length
				? route.map((place) => ({ place, stage: true }))
				: [...(back?.stops ?? [])].reverse().map((place) => ({ place, stage: false }));
			const points = [{ place: origin.place, stage: false }, ...middle, { place: destination.place, stage: false }];
			const stops: { place: string; stage: boolean }[] = [];
			for (const p of points) {
				const last = stops.at(-1);
				if (last && last.place === p.place) last.stage ||= p.stage;
				else stops.push({ ...p });
			}
			const legs: Leg[] = [];
			for (let i = 0; i < stops.length - 1; i++)
				legs.push({ from: stops[i].place, to: stops[i + 1].place, documented: stops[i].stage && stops[i + 1].stage });
			result = legs.length
				? {
						event: e.id,
						kind: e.kind as Journey['kind'],
						from,
						to,
						stops: stops.map((s) => s.place),
						legs,
						originBy: origin.by,
						destinationBy: destination.by,
						...(e.answers ? { answers: e.answers } : {}),
						start: e.start,
						stop: e.stop
					}
				: { event: e.id, reason: 'same-place', needsSeat: [] };
		}
		done.set(e.id, result);
		return result;
	}

	const directed = events.filter((e) => DIRECTED_KINDS.includes(e.kind));
	const journeys: Journey[] = [];
	const unmapped: Unmapped[] = [];
	for (const e of directed) {
		if (!e.from || !e.to) {
			unmapped.push({ event: e.id, reason: 'no-ends', needsSeat: [] });
			continue;
		}
		const r = resolve(e);
		if ('stops' in r) journeys.push(r);
		else unmapped.push(r);
	}
	return { journeys, unmapped, total: directed.length };
}
