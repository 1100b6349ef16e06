/**
 * Every embassy and letter of the real content (or ATLAS_CONTENT_DIR) as a journey: a table
 * test over the corpus, so a new event, a changed seat or a change to journeys.ts is checked
 * against what historians wrote. The journeys the content cannot place are counted by the
 * content report (`npm run check:content`), with the seats that would place them.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIRECTED_KINDS, type ContentModel, type EventEntry } from '$lib/domain/types';
import { loadContent } from '$lib/content/load';
import { journeysOf, seatAt, type Journey, type Journeys } from '$lib/map/journeys';
import { journeyFeatures } from '$lib/map/journey-features';

const dir = path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
let model: ContentModel;
let result: Journeys;
let byEvent: Map<string, Journey>;

beforeAll(async () => {
	model = await loadContent(dir, process.cwd());
	result = journeysOf(model.events, model.polities);
	byEvent = new Map(result.journeys.map((j) => [j.event, j]));
}, 60_000);

const directed = () => model.events.filter((e) => DIRECTED_KINDS.includes(e.kind));
const seat = (polity: string | undefined, at: number) =>
	polity ? seatAt(model.polities.find((p) => p.id === polity)?.seats ?? [], at) : undefined;

describe(`the corpus’s embassies and letters (${path.relative(process.cwd(), dir)})`, () => {
	test('every one is a journey or listed as unplaced, once', () => {
		const ids = [...result.journeys.map((j) => j.event), ...result.unmapped.map((u) => u.event)].sort();
		expect(ids).toEqual(
			directed()
				.map((e) => e.id)
				.sort()
		);
		expect(result.total).toBe(directed().length);
	});

	test('every journey runs from its sender to its receiver, between two different places, and draws an arrow', () => {
		const placesById = new Map(model.places.map((p) => [p.id, p]));
		for (const j of result.journeys) {
			const e = model.events.find((x) => x.id === j.event)!;
			expect([j.from, j.to], j.event).toEqual([e.from, e.to]);
			expect(j.stops[0], j.event).not.toBe(j.stops.at(-1));
			expect(j.legs[0].from).toBe(j.stops[0]);
			expect(j.legs.at(-1)!.to).toBe(j.stops.at(-1));
			const { lines, arrows } = journeyFeatures([j], placesById);
			expect(lines.features.length, `${j.event} draws a line`).toBeGreaterThan(0);
			expect(arrows.features, `${j.event} has one arrow at its arrival`).toHaveLength(1);
		}
	});

	/** Why an end came from a fallback: nothing nearer was given. */
	const nearer = (e: EventEntry, end: 'origin' | 'destination') =>
		(end === 'origin' ? e.origin : e.destination) ?? (e.route.length >= 2 ? 'route' : undefined);

	test('a seat stands in for an end only when the event names no place for it and answers nothing placed', () => {
		for (const e of directed()) {
			const j = byEvent.get(e.id);
			if (!j) continue;
			const answered = e.answers ? byEvent.get(e.answers) : undefined;
			for (const end of ['origin', 'destination'] as const) {
				const by = end === 'origin' ? j.originBy : j.destinationBy;
				if (by === 'seat') {
					expect(nearer(e, end), `${e.id} ${end}`).toBeUndefined();
					expect(answered, `${e.id} ${end}`).toBeUndefined();
				} else if (nearer(e, end)) expect([end, 'route'], `${e.id} ${end}`).toContain(by);
			}
		}
	});

	test('an unplaced one really lacks a place and a seat for the missing end', () => {
		for (const u of result.unmapped) {
			const e = model.events.find((x) => x.id === u.event)!;
			if (u.reason === 'same-place') continue;
			if (u.reason !== 'no-destination') {
				expect(nearer(e, 'origin'), e.id).toBeUndefined();
				expect(seat(e.from, e.start), e.id).toBeUndefined();
			}
			if (u.reason !== 'no-origin') {
				expect(nearer(e, 'destination'), e.id).toBeUndefined();
				expect(seat(e.to, e.start), e.id).toBeUndefined();
			}
		}
	});

	test('a reply with no places of its own retraces what it answers, backwards', () => {
		let replies = 0;
		for (const j of result.journeys) {
			const e = model.events.find((x) => x.id === j.event)!;
			const answered = j.answers ? byEvent.get(j.answers) : undefined;
			if (!answered || e.origin || e.destination || e.route.length) continue;
			replies++;
			expect(j.stops, j.event).toEqual([...answered.stops].reverse());
			expect(j.legs.every((l) => !l.documented)).toBe(true);
		}
		// The corpus has replies; if none is left the test has nothing to check and says so.
		console.info(`replies retracing a journey: ${replies}`);
	});
});
