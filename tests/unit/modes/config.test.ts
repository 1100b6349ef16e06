import { describe, expect, test } from 'vitest';
import {
	configFromFile,
	configFromParams,
	DEFAULT_KIOSK_CONFIG,
	kioskParamsOf,
	resolveKioskConfig
} from '$lib/modes/kiosk/config';
import { readFileSync } from 'node:fs';

describe('kiosk configuration', () => {
	test('defaults: 90 s idle, 20 s countdown, Kazakh, featured loop', () => {
		expect(resolveKioskConfig()).toEqual(DEFAULT_KIOSK_CONFIG);
		expect(DEFAULT_KIOSK_CONFIG).toMatchObject({
			idleSeconds: 90,
			countdownSeconds: 20,
			startLanguage: 'kk',
			loopTour: null
		});
	});

	test('the shipped static/kiosk-config.json is valid and complete', () => {
		const json = JSON.parse(readFileSync('static/kiosk-config.json', 'utf8'));
		const parsed = configFromFile(json);
		for (const key of Object.keys(DEFAULT_KIOSK_CONFIG)) expect(parsed).toHaveProperty(key);
	});

	test('URL parameters win over the file, which wins over defaults', () => {
		const file = configFromFile({ idleSeconds: 120, startLanguage: 'ru', loopTour: 'biys-as-envoys' });
		const url = configFromParams(new URLSearchParams('idle=20&start=en'));
		expect(resolveKioskConfig(file, url)).toMatchObject({
			idleSeconds: 20,
			startLanguage: 'en',
			loopTour: 'biys-as-envoys'
		});
	});

	test('the countdown never outlasts the idle time (?idle=3 gives a 3 s countdown)', () => {
		expect(resolveKioskConfig(configFromParams(new URLSearchParams('idle=3'))).countdownSeconds).toBe(3);
		expect(resolveKioskConfig(configFromParams(new URLSearchParams('idle=30'))).countdownSeconds).toBe(20);
	});

	test.each([
		['idle=abc', {}],
		['idle=-5', {}],
		['idle=1', {}],
		['start=de', {}],
		['loop=../../etc', {}],
		['attract=0', {}],
		[
			'idle=45&countdown=10&attract=4&loop=biys-as-envoys',
			{ idleSeconds: 45, countdownSeconds: 10, attractSeconds: 4, loopTour: 'biys-as-envoys' }
		]
	])('?%s → %o (invalid values are ignored)', (query, expected) => {
		expect(configFromParams(new URLSearchParams(query))).toEqual(expected);
	});

	test('publicUrl must be an http(s) address; its trailing slash is dropped', () => {
		expect(configFromFile({ publicUrl: 'https://atlas.example.kz/' }).publicUrl).toBe('https://atlas.example.kz');
		expect(configFromFile({ publicUrl: 'javascript:alert(1)' }).publicUrl).toBeUndefined();
		expect(configFromFile({ publicUrl: null }).publicUrl).toBeNull();
	});

	test('kioskParamsOf keeps only the kiosk parameters', () => {
		expect(kioskParamsOf(new URLSearchParams('event=x&idle=3&loop=t&mode=kiosk')).toString()).toBe('idle=3&loop=t');
	});
});
