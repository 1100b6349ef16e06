/**
 * Checks every reference between files (people, places, polities, events, works) and the
 * rules that span files: embassies and letters say who sent them to whom, treaties and
 * alliances name their parties, a reply goes the other way, a journey starts at its origin.
 * Fills in the reverse links (a person's events, a work's citing entries).
 */
import { compareHistDates } from '$lib/domain/dates';
import {
	BINDING_KINDS,
	DIRECTED_KINDS,
	type ContentModel,
	type ContentProblem,
	type EventEntry
} from '$lib/domain/types';
import { hostRule, type SourceRules } from './bibliography';

type FileOf = (collection: string, id: string) => string;

export function link(model: ContentModel, fileOf: FileOf, rules: SourceRules, problems: ContentProblem[]) {
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
	const people = byId(model.people);
	const places = byId(model.places);
	const polities = byId(model.polities);
	const events = byId(model.events);
	const works = byId(model.works);
	const folders = { people, places, polities, events } as const;

	const refer = (
		collection: string,
		ownerId: string,
		field: string,
		ids: (string | undefined)[],
		folder: keyof typeof folders
	) => {
		const targets = folders[folder] as Map<string, { events?: string[] }>;
		for (const id of ids) {
			if (!id) continue;
			const target = targets.get(id);
			if (!target) {
				problems.push({
					file: fileOf(collection, ownerId),
					field,
					expected: `ids of files in content/${folder}`,
					found: `"${id}", which has no file content/${folder}/${id}.kk.md`
				});
			} else if (collection === 'events' && target.events && !target.events.includes(ownerId))
				target.events.push(ownerId);
		}
	};

	model.events.sort((a, b) => a.start - b.start || a.stop - b.stop || (a.id < b.id ? -1 : 1));
	for (const event of model.events) {
		refer('events', event.id, 'people', event.people, 'people');
		refer('events', event.id, 'parties', event.parties, 'polities');
		refer('events', event.id, 'places', event.places, 'places');
		refer('events', event.id, 'route', event.route, 'places');
		checkDirection(event, fileOf('events', event.id), problems);
		if (event.answers) {
			const answered = events.get(event.answers);
			if (!answered) refer('events', event.id, 'answers', [event.answers], 'events');
			else {
				answered.answeredBy.push(event.id);
				if (answered.from && event.from && (answered.from !== event.to || answered.to !== event.from)) {
					problems.push({
						file: fileOf('events', event.id),
						field: 'answers',
						expected: `a reply going the other way (from ${answered.to} to ${answered.from})`,
						found: `from ${event.from} to ${event.to}`
					});
				}
				if (compareHistDates(answered.date, event.date) > 0) {
					problems.push({
						file: fileOf('events', event.id),
						field: 'answers',
						expected: 'an earlier event to answer',
						found: `"${event.answers}", which is later`
					});
				}
			}
		}
	}
	for (const polity of model.polities)
		refer(
			'polities',
			polity.id,
			'seats',
			polity.seats.map((s) => s.place),
			'places'
		);
	for (const tour of model.tours) {
		for (const id of tour.events) {
			const event = events.get(id);
			if (!event) refer('tours', tour.id, 'events', [id], 'events');
			else if (!event.tours.includes(tour.id)) event.tours.push(tour.id);
		}
	}
	const collections = [
		['events', model.events],
		['people', model.people],
		['places', model.places],
		['polities', model.polities],
		['tours', model.tours]
	] as const;
	for (const [collection, list] of collections) {
		for (const entry of list) {
			const file = fileOf(collection, entry.id);
			entry.sources.forEach((citation, i) => {
				const work = works.get(citation.work);
				if (!work) {
					problems.push({
						file,
						field: `sources[${i}].work`,
						expected: 'the key of a work in content/bibliography.json',
						found: `"${citation.work}"`
					});
					return;
				}
				const rule = work.csl.URL ? hostRule(work.csl.URL, rules.furtherOnly) : undefined;
				if (rule) {
					problems.push({
						file,
						field: `sources[${i}].work`,
						expected: `a published work as support (${rule.host} is further reading only: ${rule.why}; list it under further)`,
						found: `"${citation.work}"`
					});
				}
				const ref = `${collection}/${entry.id}`;
				if (!work.citedBy.includes(ref)) work.citedBy.push(ref);
			});
			entry.further.forEach((key, i) => {
				const work = works.get(key);
				if (!work)
					problems.push({
						file,
						field: `further[${i}]`,
						expected: 'the key of a work in content/bibliography.json',
						found: `"${key}"`
					});
				else if (!work.readBy.includes(`${collection}/${entry.id}`)) work.readBy.push(`${collection}/${entry.id}`);
			});
		}
	}
	const byName = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
	model.people.sort(byName);
	model.places.sort(byName);
	model.polities.sort((a, b) => compareHistDates(a.from, b.from) || byName(a, b));
	model.tours.sort(byName);
}

/** Embassies and letters go from one party to another; treaties and alliances bind two or more. */
function checkDirection(event: EventEntry, file: string, problems: ContentProblem[]) {
	if (DIRECTED_KINDS.includes(event.kind)) {
		for (const field of ['from', 'to'] as const) {
			if (!event[field]) {
				problems.push({
					file,
					field,
					expected: `the id of the polity the ${event.kind} ${field === 'from' ? 'came from' : 'went to'} (every embassy and letter names who sent it and to whom)`,
					found: 'nothing'
				});
			}
		}
		if (event.from && event.from === event.to)
			problems.push({ file, field: 'to', expected: 'a polity other than `from`', found: `"${event.to}"` });
	}
	if (BINDING_KINDS.includes(event.kind) && event.parties.length < 2) {
		problems.push({
			file,
			field: 'parties',
			expected: `at least two polities bound by the ${event.kind}`,
			found: `${event.parties.length}`
		});
	}
	if (event.route.length) {
		if (event.origin && event.route[0] !== event.origin) {
			problems.push({
				file,
				field: 'route',
				expected: `a journey starting at its origin "${event.origin}"`,
				found: `"${event.route[0]}" first`
			});
		}
		const last = event.route[event.route.length - 1];
		if (event.destination && last !== event.destination) {
			problems.push({
				file,
				field: 'route',
				expected: `a journey ending at its destination "${event.destination}"`,
				found: `"${last}" last`
			});
		}
	}
}
