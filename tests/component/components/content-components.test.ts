import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import EraOverview from '$lib/components/EraOverview.svelte';
import EventList from '$lib/components/EventList.svelte';
import FallbackNote from '$lib/components/FallbackNote.svelte';
import { localText } from '$lib/content/localize';
import type { EventEntry, Polity, Texts } from '$lib/domain/types';
import { parseHistDate } from '$lib/domain/dates';
import type { Locale } from '$lib/i18n/locales';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// UI strings follow the page's language, which a page sets once for the Paraglide runtime.
const runtimeLocale = getLocale;
const pageIn = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => overwriteGetLocale(runtimeLocale));

const texts = (kk: string, en?: string): Texts => ({
	kk: { title: kk, summary: `${kk} summary`, html: '<p>body</p>', file: 'x.kk.md' },
	...(en ? { en: { title: en, summary: `${en} summary`, html: '', file: 'x.en.md' } } : {})
});

const event = (id: string, date: string, kind: EventEntry['kind'], t: Texts, circa = false): EventEntry => ({
	id,
	texts: t,
	sources: [{ work: 'w', locators: [{ label: 'page', value: '1' }] }],
	further: [],
	date: parseHistDate(date),
	circa,
	kind,
	people: [],
	parties: [],
	places: [],
	route: [],
	tags: [],
	featured: false,
	start: 0,
	stop: 1,
	tours: [],
	calendar: 'gregorian',
	confidence: 'high',
	envoys: [],
	answeredBy: []
});

describe('FallbackNote', () => {
	test('says in the reader language that the Kazakh text stands in', () => {
		pageIn('en');
		render(FallbackNote, { text: localText(texts('Қазақша'), 'en'), locale: 'en' });
		expect(screen.getByText(/not been translated into English/)).toBeInTheDocument();
	});
	test('notes a body that is still Kazakh under a translated title', () => {
		pageIn('en');
		render(FallbackNote, { text: localText(texts('Қазақша', 'English'), 'en'), locale: 'en', part: 'body' });
		expect(screen.getByText(/full text has not been translated/)).toBeInTheDocument();
	});
	test('stays silent when the text is in the reader language', () => {
		const { container } = render(FallbackNote, { text: localText(texts('Қазақша'), 'kk'), locale: 'kk' });
		expect(container.querySelector('.note')).toBeNull();
	});
});

describe('EventList', () => {
	test('lists events with dates in the reader language, kind and link', () => {
		// `events` is also a mount option, so props go under `props`.
		render(EventList, {
			props: {
				events: [
					event('1731-oath', '1731-10-10', 'treaty', texts('Ант', 'The oath')),
					event('1594-x', '1594', 'embassy', texts('Елшілік'), true)
				],
				locale: 'ru'
			}
		});
		expect(screen.getByText('10 октября 1731 г.')).toBeInTheDocument();
		expect(screen.getByText('ок. 1594 г.')).toBeInTheDocument();
		expect(screen.getByText('Договор')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Ант' })).toHaveAttribute('href', '/ru/events/1731-oath/');
	});
});

describe('EraOverview', () => {
	test('draws a bar per state and labels open-ended ones as lasting to the present', () => {
		pageIn('en');
		const polity = (id: string, from: string, to: string | undefined, name: string): Polity => ({
			id,
			texts: texts(name),
			sources: [],
			further: [],
			seats: [],
			from: parseHistDate(from),
			to: to ? parseHistDate(to) : undefined,
			circa: false,
			color: '#123456',
			events: []
		});
		const { container } = render(EraOverview, {
			polities: [polity('kk-khanate', '1465', '1847', 'Қазақ хандығы'), polity('kz', '1991', undefined, 'Қазақстан')],
			locale: 'en'
		});
		expect(container.querySelectorAll('.bar')).toHaveLength(2);
		expect(screen.getByText(/1991 – present/)).toBeInTheDocument();
	});
});
