/**
 * The content contract, class by class: a valid tree loads and links; every kind of bad
 * input is refused with the file (relative to the project) and the field named.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inspectContent, loadContent } from '$lib/content/load';
import { ContentError } from '$lib/content/problems';
import { localText } from '$lib/content/localize';

const FIXTURE = path.resolve('tests/fixtures/content');
const made: string[] = [];

/** A copy of the valid fixture in a project-like temp folder, changed by `edit`. */
function project(edit: (content: string) => void = () => {}) {
	const root = mkdtempSync(path.join(tmpdir(), 'atlas-'));
	made.push(root);
	const content = path.join(root, 'content');
	cpSync(FIXTURE, content, { recursive: true });
	edit(content);
	return { root, content };
}
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const write = (content: string, rel: string, text: string) => {
	mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
	writeFileSync(path.join(content, rel), text);
};
const SOURCE = 'sources: [{ work: test-chronicle, page: "1" }]';
const event = (extra: string, body = 'Body.') =>
	`---\ntitle: T\nsummary: S\ndate: 1600\nkind: law\nconfidence: high\n${SOURCE}\n${extra}\n---\n${body}\n`;
/** An event of another kind, for the rules that depend on the kind. */
const kindEvent = (kind: string, extra: string, body = 'Body.') =>
	event(extra, body).replace('kind: law', `kind: ${kind}`);
/** The fixture's bibliography with one more work. */
const addWork = (c: string, work: Record<string, unknown>) => {
	const file = path.join(c, 'bibliography.json');
	writeFileSync(file, JSON.stringify([...JSON.parse(readFileSync(file, 'utf8')), work]));
};
const WORK = {
	id: 'w2',
	type: 'book',
	author: [{ family: 'A', given: 'B' }],
	title: 'T',
	issued: { 'date-parts': [[2000]] },
	language: 'en'
};

describe('a valid content tree', () => {
	test('loads, sorts and links', async () => {
		const { root, content } = project();
		const model = await loadContent(content, root);
		expect(model.events.map((e) => e.id)).toEqual(['-0529-ancient-test', '1594-test-embassy', '1731-test-oath']);
		const embassy = model.events[1];
		expect(embassy.texts.en?.title).toBe('Test embassy');
		expect(embassy.tours).toEqual(['test-tour']);
		expect(embassy).toMatchObject({
			from: 'test-khanate',
			to: 'test-empire',
			sender: 'test-khan',
			confidence: 'medium'
		});
		// from/to and sender count as parties and people, origin and destination as places.
		expect(embassy.parties).toEqual(['test-khanate', 'test-empire']);
		expect(model.people[0].events).toEqual(['1594-test-embassy']);
		expect(model.places.find((p) => p.id === 'test-capital')!.events).toEqual(['1594-test-embassy']);
		expect(model.polities.map((p) => [p.id, p.events])).toEqual([
			['test-khanate', ['1594-test-embassy', '1731-test-oath']],
			['test-empire', ['1594-test-embassy', '1731-test-oath']]
		]);
		expect(model.polities[1].seats).toEqual([{ place: 'test-capital' }]);
		expect(model.events[0].start).toBe(-528);
	});
	test('links works to what cites them and reads them', async () => {
		const { root, content } = project();
		const model = await loadContent(content, root);
		expect(model.works.map((w) => w.id)).toEqual(['test-chronicle', 'test-documents', 'test-encyclopedia']);
		const documents = model.works.find((w) => w.id === 'test-documents')!;
		expect(documents.citedBy).toEqual(['events/1594-test-embassy', 'events/1731-test-oath']);
		expect(model.works.find((w) => w.id === 'test-encyclopedia')!.readBy).toEqual(['events/1594-test-embassy']);
		expect(model.events[1].sources).toEqual([
			{
				work: 'test-documents',
				locators: [
					{ label: 'document', value: '1' },
					{ label: 'page', value: '1-3' }
				]
			}
		]);
	});
	test('an undated web page is dated by when it was read', async () => {
		const { root, content } = project((c) =>
			addWork(c, {
				...WORK,
				type: 'webpage',
				issued: undefined,
				URL: 'https://e-history.kz/x',
				accessed: { 'date-parts': [[2026, 11]] }
			})
		);
		const { problems } = await inspectContent(content, root);
		expect(problems.filter((p) => p.file === 'content/bibliography.json')).toEqual([]);
	});
	test('an Old Style date keeps its Julian day and is placed at its Gregorian day', async () => {
		const { root, content } = project();
		const oath = (await loadContent(content, root)).events.find((e) => e.id === '1731-test-oath')!;
		expect(oath.calendar).toBe('julian');
		expect(oath.date).toEqual({ year: 1731, month: 10, day: 10, precision: 'day' });
		// 10 October 1731 (Old Style) is 21 October: day 293 of the year.
		expect(oath.start).toBeCloseTo(1731 + 293 / 365, 6);
	});
	test('29 February 1700 exists in the Julian calendar, not in the Gregorian', async () => {
		const julian = project((c) =>
			write(
				c,
				'events/1700-x.kk.md',
				event('date2: x').replace('date: 1600', 'date: "1700-02-29"\ncalendar: julian').replace('date2: x\n', '')
			)
		);
		expect((await inspectContent(julian.content, julian.root)).problems).toEqual([]);
		const gregorian = project((c) =>
			write(c, 'events/1700-x.kk.md', event('').replace('date: 1600', 'date: "1700-02-29"'))
		);
		const { problems } = await inspectContent(gregorian.content, gregorian.root);
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/events/1700-x.kk.md', field: 'date' }));
	});
	test('the guide’s screenshots folder is documentation, not content', async () => {
		const { root, content } = project((c) => {
			write(c, 'guide/desk-event.png', '\x89PNG');
			write(c, 'README.md', '# Guide\n');
		});
		const { model, problems } = await inspectContent(content, root);
		expect(problems).toEqual([]);
		expect(model.events).toHaveLength(3);
	});

	test('a literal brace in prose is text', async () => {
		const { root, content } = project();
		const model = await loadContent(content, root);
		expect(model.events[1].texts.kk.html).toContain('{ осылай }');
		expect(model.events[1].texts.en!.html).toContain('{ brace }');
	});
	test('a missing translation falls back to Kazakh and says so', async () => {
		const { root, content } = project();
		const model = await loadContent(content, root);
		const ru = localText(model.events[1].texts, 'ru');
		expect(ru).toMatchObject({ title: 'Сынақ елшілігі', lang: 'kk', fallback: true });
		const person = localText(model.people[0].texts, 'ru');
		expect(person).toMatchObject({ title: 'Тестовый хан', fallback: false, bodyLang: 'kk' });
	});
});

type Case = [name: string, edit: (c: string) => void, file: string, field: string, expected?: RegExp];

const cases: Case[] = [
	[
		'a required field missing',
		(c) =>
			write(
				c,
				'events/1700-x.kk.md',
				'---\ntitle: T\ndate: 1700\nkind: law\nconfidence: high\nsources: [{ work: test-chronicle, page: "1" }]\n---\n'
			),
		'content/events/1700-x.kk.md',
		'summary'
	],
	[
		'an unknown field',
		(c) => write(c, 'events/1700-x.kk.md', event('colour: red')),
		'content/events/1700-x.kk.md',
		'colour'
	],
	[
		'a bad date',
		(c) => write(c, 'events/1700-x.kk.md', event('end: 1731-13-01')),
		'content/events/1700-x.kk.md',
		'end',
		/YYYY/
	],
	['year zero', (c) => write(c, 'events/1700-x.kk.md', event('end: "0000"')), 'content/events/1700-x.kk.md', 'end'],
	[
		'an end before the date',
		(c) => write(c, 'events/1700-x.kk.md', event('end: 1599')),
		'content/events/1700-x.kk.md',
		'end',
		/on or after/
	],
	[
		'an unknown kind',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace('kind: law', 'kind: party')),
		'content/events/1700-x.kk.md',
		'kind',
		/embassy/
	],
	[
		'a summary over 240 characters',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace('summary: S', `summary: ${'a'.repeat(241)}`)),
		'content/events/1700-x.kk.md',
		'summary'
	],
	[
		'empty sources',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace(SOURCE, 'sources: []')),
		'content/events/1700-x.kk.md',
		'sources'
	],
	[
		'a person who does not exist',
		(c) => write(c, 'events/1700-x.kk.md', event('people: [nobody]')),
		'content/events/1700-x.kk.md',
		'people',
		/nobody/
	],
	[
		'a polity that does not exist',
		(c) => write(c, 'events/1700-x.kk.md', event('parties: [atlantis]')),
		'content/events/1700-x.kk.md',
		'parties'
	],
	[
		'a route place that does not exist',
		(c) => write(c, 'events/1700-x.kk.md', event('route: [test-city, nowhere]')),
		'content/events/1700-x.kk.md',
		'route',
		/nowhere/
	],
	[
		'a tour stop that does not exist',
		(c) => write(c, 'tours/t2.kk.md', '---\ntitle: T\nsummary: S\nevents: [1594-test-embassy, 1999-missing]\n---\n'),
		'content/tours/t2.kk.md',
		'events'
	],
	[
		'a translation without its base',
		(c) => write(c, 'events/1700-orphan.en.md', '---\ntitle: T\nsummary: S\n---\n'),
		'content/events/1700-orphan.en.md',
		'(file)',
		/kk\.md/
	],
	[
		'a translation repeating a shared field',
		(c) => write(c, 'events/1594-test-embassy.ru.md', '---\ntitle: Т\nsummary: С\ndate: 1594\n---\n'),
		'content/events/1594-test-embassy.ru.md',
		'date',
		/translation/
	],
	[
		'an unknown role',
		(c) =>
			write(c, 'people/p2.kk.md', '---\nname: P\nrole: wizard\nsources: [{ work: test-chronicle, page: "1" }]\n---\n'),
		'content/people/p2.kk.md',
		'role'
	],
	[
		'died before born',
		(c) =>
			write(
				c,
				'people/p2.kk.md',
				'---\nname: P\nrole: biy\nborn: 1700\ndied: 1650\nsources: [{ work: test-chronicle, page: "1" }]\n---\n'
			),
		'content/people/p2.kk.md',
		'died'
	],
	[
		'a latitude off the globe',
		(c) => write(c, 'places/p2.kk.md', '---\nname: P\nlat: 95\nlon: 10\n---\n'),
		'content/places/p2.kk.md',
		'lat'
	],
	[
		'a bad colour',
		(c) => write(c, 'polities/p2.kk.md', '---\nname: P\nfrom: 1500\ncolor: blue\n---\n'),
		'content/polities/p2.kk.md',
		'color'
	],
	[
		'an id with capitals',
		(c) => write(c, 'places/Turkistan.kk.md', '---\nname: P\nlat: 1\nlon: 1\n---\n'),
		'content/places/Turkistan.kk.md',
		'(id)'
	],
	[
		'a file with no language suffix',
		(c) => write(c, 'places/turkistan.md', '---\nname: P\nlat: 1\nlon: 1\n---\n'),
		'content/places/turkistan.md',
		'(file name)'
	],
	['an unknown folder', (c) => write(c, 'battles/x.kk.md', '---\nname: P\n---\n'), 'content/battles', '(location)'],
	['a guide file, not folder', (c) => write(c, 'guide', 'notes'), 'content/guide', '(location)'],
	['no frontmatter', (c) => write(c, 'places/p2.kk.md', 'name: P\n'), 'content/places/p2.kk.md', '(frontmatter)'],
	[
		'broken YAML',
		(c) => write(c, 'places/p2.kk.md', '---\nname: [P\n---\n'),
		'content/places/p2.kk.md',
		'(frontmatter)',
		/YAML/
	],
	[
		'a duplicated key',
		(c) => write(c, 'places/p2.kk.md', '---\nname: P\nname: Q\nlat: 1\nlon: 1\n---\n'),
		'content/places/p2.kk.md',
		'(frontmatter)'
	],
	[
		'a script block',
		(c) => write(c, 'events/1700-x.kk.md', event('', 'Hi <script>alert(1)</script>')),
		'content/events/1700-x.kk.md',
		'(body)',
		/script/
	],
	[
		'a style block',
		(c) => write(c, 'events/1700-x.kk.md', event('', '<style>body{}</style>')),
		'content/events/1700-x.kk.md',
		'(body)',
		/style/
	],
	[
		'an event-handler attribute',
		(c) => write(c, 'events/1700-x.kk.md', event('', '<img src="/a.png" onerror="alert(1)">')),
		'content/events/1700-x.kk.md',
		'(body)',
		/onerror/
	],
	[
		'a javascript: link',
		(c) => write(c, 'events/1700-x.kk.md', event('', '[click](javascript:alert(1))')),
		'content/events/1700-x.kk.md',
		'(body)',
		/javascript/
	],
	[
		'an entity-hidden javascript: link',
		(c) => write(c, 'events/1700-x.kk.md', event('', '<a href="jav&#x61;script:alert(1)">x</a>')),
		'content/events/1700-x.kk.md',
		'(body)'
	],
	[
		'a data: link',
		(c) => write(c, 'events/1700-x.kk.md', event('', '[x]: data:text/html;base64,AAAA\n\nSee [x].')),
		'content/events/1700-x.kk.md',
		'(body)',
		/data/
	],
	[
		'a Svelte block',
		(c) => write(c, 'events/1700-x.kk.md', event('', '{#if true}yes{/if}')),
		'content/events/1700-x.kk.md',
		'(body)',
		/Svelte/
	],
	[
		'a Svelte @html tag',
		(c) => write(c, 'events/1700-x.kk.md', event('', '{@html "<b>"}')),
		'content/events/1700-x.kk.md',
		'(body)'
	],
	[
		'a component',
		(c) => write(c, 'events/1700-x.kk.md', event('', '<Widget />')),
		'content/events/1700-x.kk.md',
		'(body)',
		/component/
	],
	[
		'a missing confidence',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace('confidence: high\n', '')),
		'content/events/1700-x.kk.md',
		'confidence',
		/high, medium, low/
	],
	[
		'a source as free text',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace(SOURCE, 'sources: ["Seed dissertation, lines 1-2"]')),
		'content/events/1700-x.kk.md',
		'sources',
		/bibliography/
	],
	[
		'a citation without a locator',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace(SOURCE, 'sources: [{ work: test-chronicle }]')),
		'content/events/1700-x.kk.md',
		'sources',
		/no locator/
	],
	[
		'an unknown locator',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace(SOURCE, 'sources: [{ work: test-chronicle, leaf: "3" }]')),
		'content/events/1700-x.kk.md',
		'sources',
		/leaf/
	],
	[
		'an unknown work key',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace('test-chronicle', 'no-such-work')),
		'content/events/1700-x.kk.md',
		'sources[0].work',
		/no-such-work/
	],
	[
		'an unknown further-reading key',
		(c) => write(c, 'events/1700-x.kk.md', event('further: [no-such-work]')),
		'content/events/1700-x.kk.md',
		'further[0]',
		/no-such-work/
	],
	[
		'further reading cited as a source',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace('test-chronicle', 'test-encyclopedia')),
		'content/events/1700-x.kk.md',
		'sources[0].work',
		/wikipedia\.org is further reading only/
	],
	[
		'a work without an author or editor',
		(c) => addWork(c, { ...WORK, author: undefined }),
		'content/bibliography.json',
		'[w2].author',
		/author or editor/
	],
	['a work without a title', (c) => addWork(c, { ...WORK, title: ' ' }), 'content/bibliography.json', '[w2].title'],
	[
		'a work without a year',
		(c) => addWork(c, { ...WORK, issued: { literal: 'soon' } }),
		'content/bibliography.json',
		'[w2].issued',
		/year/
	],
	[
		'an undated web page without the date it was read',
		(c) => addWork(c, { ...WORK, type: 'webpage', issued: undefined, URL: 'https://e-history.kz/x' }),
		'content/bibliography.json',
		'[w2].issued',
		/accessed/
	],
	[
		'a work of no CSL type',
		(c) => addWork(c, { ...WORK, type: 'scroll' }),
		'content/bibliography.json',
		'[w2].type',
		/scroll/
	],
	[
		'a work key used twice',
		(c) => addWork(c, { ...WORK, id: 'test-chronicle' }),
		'content/bibliography.json',
		'[test-chronicle].id',
		/used once/
	],
	[
		'a work on a refused host',
		(c) => addWork(c, { ...WORK, URL: 'https://rulit.me/books/x' }),
		'content/bibliography.json',
		'[w2].URL',
		/rulit\.me is refused/
	],
	[
		'a work on a subdomain of a refused host',
		(c) => addWork(c, { ...WORK, URL: 'http://www.rulit.me/read' }),
		'content/bibliography.json',
		'[w2].URL',
		/rulit\.me/
	],
	[
		'a body linking to a refused host',
		(c) => write(c, 'events/1700-x.kk.md', event('', 'See [this](https://rulit.me/books/x).')),
		'content/events/1700-x.kk.md',
		'(body)',
		/rulit\.me/
	],
	[
		'a refused host named in prose',
		(c) => write(c, 'events/1700-x.kk.md', event('', 'Бұл туралы rulit.me сайтында жазылған.')),
		'content/events/1700-x.kk.md',
		'(body)',
		/rulit\.me/
	],
	[
		'a process note in an English body',
		(c) => write(c, 'events/1700-x.en.md', '---\ntitle: T\nsummary: S\n---\nThe seed dates this to 1600.\n'),
		'content/events/1700-x.en.md',
		'(body)',
		/seed/
	],
	[
		'a web overview as the authority',
		(c) =>
			write(
				c,
				'events/1700-x.en.md',
				'---\ntitle: T\nsummary: According to an English-language overview, it happened.\n---\n'
			),
		'content/events/1700-x.en.md',
		'summary',
		/According to an English-language overview/
	],
	[
		'the dissertation named in a Kazakh title',
		(c) => write(c, 'events/1700-x.kk.md', event('').replace('title: T', 'title: Диссертациядағы оқиға')),
		'content/events/1700-x.kk.md',
		'title',
		/Диссертаци/
	],
	[
		'an embassy without `from`',
		(c) => write(c, 'events/1700-x.kk.md', kindEvent('embassy', 'to: test-empire')),
		'content/events/1700-x.kk.md',
		'from',
		/who sent it/
	],
	[
		'a letter without `to`',
		(c) => write(c, 'events/1700-x.kk.md', kindEvent('letter', 'from: test-khanate')),
		'content/events/1700-x.kk.md',
		'to',
		/went to/
	],
	[
		'an embassy sent to its own sender',
		(c) => write(c, 'events/1700-x.kk.md', kindEvent('embassy', 'from: test-khanate\nto: test-khanate')),
		'content/events/1700-x.kk.md',
		'to',
		/other than/
	],
	[
		'a treaty with one party',
		(c) => write(c, 'events/1700-x.kk.md', kindEvent('treaty', 'parties: [test-khanate]')),
		'content/events/1700-x.kk.md',
		'parties',
		/at least two/
	],
	[
		'an alliance with no parties',
		(c) => write(c, 'events/1700-x.kk.md', kindEvent('alliance', '')),
		'content/events/1700-x.kk.md',
		'parties'
	],
	[
		'a reply going the same way',
		(c) =>
			write(
				c,
				'events/1700-x.kk.md',
				kindEvent('embassy', 'from: test-khanate\nto: test-empire\nanswers: 1594-test-embassy')
			),
		'content/events/1700-x.kk.md',
		'answers',
		/other way/
	],
	[
		'a route that does not start at the origin',
		(c) => write(c, 'events/1700-x.kk.md', event('origin: test-capital\nroute: [test-city, test-capital]')),
		'content/events/1700-x.kk.md',
		'route',
		/starting at its origin/
	],
	[
		'a seat in no place',
		(c) => write(c, 'polities/p2.kk.md', '---\nname: P\nfrom: 1500\nseats: [{ place: nowhere }]\n---\n'),
		'content/polities/p2.kk.md',
		'seats',
		/nowhere/
	],
	[
		'Old Style on a year-only date',
		(c) => write(c, 'events/1700-x.kk.md', event('calendar: julian')),
		'content/events/1700-x.kk.md',
		'calendar',
		/month or day/
	],
	[
		'a missing bibliography',
		(c) => unlinkSync(path.join(c, 'bibliography.json')),
		'content/bibliography.json',
		'(file)'
	]
];

describe('bad input is refused, naming file and field', () => {
	test.each(cases)('%s', async (_name, edit, file, field, expected) => {
		const { root, content } = project(edit);
		const { problems } = await inspectContent(content, root);
		const hit = problems.find((p) => p.file === file && p.field === field);
		expect(hit, JSON.stringify(problems, null, 1)).toBeDefined();
		if (expected) expect(`${hit!.expected} ${hit!.found}`).toMatch(expected);
	});

	test('all problems are reported at once, and loadContent throws them together', async () => {
		const { root, content } = project((c) => {
			write(c, 'events/1700-a.kk.md', event('people: [ghost]'));
			write(c, 'places/p2.kk.md', '---\nname: P\nlat: 95\nlon: 10\n---\n');
			unlinkSync(path.join(c, 'places/test-capital.kk.md'));
		});
		const error = await loadContent(content, root).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentError);
		const problems = (error as ContentError).problems;
		expect(problems.length).toBeGreaterThanOrEqual(4);
		expect((error as Error).message).toMatch(/content\/events\/1700-a\.kk\.md: people: expected .*found "ghost"/);
		expect((error as Error).message).toMatch(/content\/places\/p2\.kk\.md: lat/);
		expect((error as Error).message).toMatch(/content\/events\/1594-test-embassy\.kk\.md: places/);
		expect((error as Error).message).toMatch(/content\/events\/1594-test-embassy\.kk\.md: route/);
	});

	test('code spans may show markup without being refused', async () => {
		const { root, content } = project((c) =>
			write(c, 'events/1700-x.kk.md', event('', 'Write `<script>` or `{#if}` in code.'))
		);
		const { problems } = await inspectContent(content, root);
		expect(problems).toEqual([]);
	});
});
