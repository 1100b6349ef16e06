// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { classifyKioskLink, isBlockedKey, lockDown, type KioskLink } from '$lib/modes/kiosk/lockdown';

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

describe('keys a kiosk refuses', () => {
	const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; alt?: boolean } = {}) => ({
		key: k,
		ctrlKey: !!mods.ctrl,
		metaKey: !!mods.meta,
		altKey: !!mods.alt
	});
	test.each<[string, ReturnType<typeof key>, boolean]>([
		['Ctrl + (page zoom)', key('+', { ctrl: true }), true],
		['Ctrl - (page zoom)', key('-', { ctrl: true }), true],
		['Ctrl 0 (zoom reset)', key('0', { ctrl: true }), true],
		['Ctrl P (print)', key('p', { ctrl: true }), true],
		['Ctrl Shift P (capital)', key('P', { ctrl: true }), true],
		['⌘ L (address bar)', key('l', { meta: true }), true],
		['Ctrl T (new tab)', key('t', { ctrl: true }), true],
		['Ctrl U (view source)', key('u', { ctrl: true }), true],
		['Alt ← (Back)', key('ArrowLeft', { alt: true }), true],
		['Alt Home', key('Home', { alt: true }), true],
		['P alone (presenter key, harmless)', key('p'), false],
		['Ctrl C (copy)', key('c', { ctrl: true }), false],
		['← alone (timeline and map pan)', key('ArrowLeft'), false],
		['Alt ↑', key('ArrowUp', { alt: true }), false]
	])('%s → %s', (_, e, blocked) => expect(isBlockedKey(e)).toBe(blocked));
});

describe('lockDown', () => {
	const fire = (target: EventTarget, e: Event) => {
		target.dispatchEvent(e);
		return e.defaultPrevented;
	};
	const menu = () => new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
	const print = () => new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
	const zoomWheel = () => new WheelEvent('wheel', { ctrlKey: true, bubbles: true, cancelable: true });

	test('refuses the context menu, blocked keys, Ctrl+wheel and selection outside fields, until unlocked', () => {
		document.body.innerHTML = '<p id="text">text</p><input id="field" />';
		const text = document.getElementById('text')!;
		const field = document.getElementById('field')!;
		const selection = () => new Event('selectstart', { bubbles: true, cancelable: true });
		const unlock = lockDown(window, document);
		expect(fire(text, menu())).toBe(true);
		expect(fire(text, print())).toBe(true);
		expect(fire(text, zoomWheel())).toBe(true);
		expect(fire(text, selection())).toBe(true);
		expect(fire(field, selection())).toBe(false);
		expect(fire(text, new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }))).toBe(
			false
		);
		unlock();
		expect(fire(text, menu())).toBe(false);
		expect(fire(text, print())).toBe(false);
		expect(fire(text, zoomWheel())).toBe(false);
		document.body.innerHTML = '';
	});
});
