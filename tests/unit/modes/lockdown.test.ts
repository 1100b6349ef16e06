import { describe, expect, test } from 'vitest';
import { classifyKioskLink, type KioskLink } from '$lib/modes/kiosk/lockdown';

const here = new URL('http://127.0.0.1:4173/kk/kiosk/?event=x');

describe('where a link may take a kiosk visitor', () => {
	const cases: [string, KioskLink][] = [
		['/ru/kiosk/?event=x', { kind: 'kiosk' }],
		['/en/kiosk/', { kind: 'kiosk' }],
		['/kk/?mode=kiosk&event=y', { kind: 'kiosk' }],
		['/kk/?kiosk', { kind: 'kiosk' }],
		['#main', { kind: 'same-page' }],
		['/kk/events/1731-abulkhair-oath/', { kind: 'event', id: '1731-abulkhair-oath' }],
		[
			'http://127.0.0.1:4173/en/events/1917-alash-orda-government/',
			{ kind: 'event', id: '1917-alash-orda-government' }
		],
		['/kk/', { kind: 'blocked' }],
		['/kk/people/abylai-khan/', { kind: 'blocked' }],
		['/kk/tours/', { kind: 'blocked' }],
		['/sitemap.xml', { kind: 'blocked' }],
		[
			'https://en.wikipedia.org/wiki/Kazakh_Khanate',
			{ kind: 'external', url: 'https://en.wikipedia.org/wiki/Kazakh_Khanate' }
		],
		['http://127.0.0.1:9999/kk/kiosk/', { kind: 'external', url: 'http://127.0.0.1:9999/kk/kiosk/' }],
		['mailto:museum@example.kz', { kind: 'external', url: 'mailto:museum@example.kz' }],
		['javascript:alert(1)', { kind: 'blocked' }],
		['file:///etc/passwd', { kind: 'blocked' }]
	];
	test.each(cases)('%s → %o', (href, expected) => {
		expect(classifyKioskLink(href, here)).toEqual(expected);
	});
});
