/**
 * Kiosk settings, from three layers: built-in defaults, the installer's file
 * `static/kiosk-config.json` (served as /kiosk-config.json), then URL parameters, which win:
 *   ?idle=90        seconds without a touch before the countdown shows
 *   ?countdown=20   seconds the "returning to the start" countdown runs (never longer than idle)
 *   ?start=kk       language the kiosk returns to (kk, ru or en)
 *   ?loop=<tour-id> attract loop plays this tour's stops instead of the featured events
 *   ?attract=8      seconds each event shows in the attract loop
 * `publicUrl` (file only) is the address of the public site: share and event QR codes point
 * there, since a kiosk's own 127.0.0.1 means nothing to a visitor's phone.
 */
import { isLocale, type Locale } from '$lib/i18n/locales';

export interface KioskConfig {
	idleSeconds: number;
	countdownSeconds: number;
	startLanguage: Locale;
	loopTour: string | null;
	attractSeconds: number;
	publicUrl: string | null;
}

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
	idleSeconds: 90,
	countdownSeconds: 20,
	startLanguage: 'kk',
	loopTour: null,
	attractSeconds: 8,
	publicUrl: null
};

/** The URL parameters that configure a kiosk (kept out of the shared state's URL keys). */
export const KIOSK_PARAMS = ['idle', 'countdown', 'start', 'loop', 'attract'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function seconds(value: unknown, min: number, max: number): number | undefined {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function publicUrl(value: unknown): string | null | undefined {
	if (value === null) return null;
	if (typeof value !== 'string') return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:'
			? url.origin + url.pathname.replace(/\/+$/, '')
			: undefined;
	} catch {
		return undefined;
	}
}

type Partial_ = Partial<KioskConfig>;

/** The valid fields of the installer's JSON file; anything else is ignored. */
export function configFromFile(json: unknown): Partial_ {
	if (!json || typeof json !== 'object') return {};
	const o = json as Record<string, unknown>;
	const out: Partial_ = {};
	const idle = seconds(o.idleSeconds, 2, 86_400);
	if (idle !== undefined) out.idleSeconds = idle;
	const countdown = seconds(o.countdownSeconds, 1, 600);
	if (countdown !== undefined) out.countdownSeconds = countdown;
	if (isLocale(o.startLanguage)) out.startLanguage = o.startLanguage;
	if (o.loopTour === null || (typeof o.loopTour === 'string' && ID.test(o.loopTour))) out.loopTour = o.loopTour;
	const attract = seconds(o.attractSeconds, 2, 600);
	if (attract !== undefined) out.attractSeconds = attract;
	const url = publicUrl(o.publicUrl);
	if (url !== undefined) out.publicUrl = url;
	return out;
}

/** The valid kiosk parameters of a URL. */
export function configFromParams(params: URLSearchParams): Partial_ {
	return configFromFile({
		idleSeconds: params.get('idle') ?? undefined,
		countdownSeconds: params.get('countdown') ?? undefined,
		startLanguage: params.get('start') ?? undefined,
		loopTour: params.get('loop') ?? undefined,
		attractSeconds: params.get('attract') ?? undefined
	});
}

/** Layers merged in order; the countdown never outlasts the idle time (so `?idle=3` tests fast). */
export function resolveKioskConfig(...layers: Partial_[]): KioskConfig {
	const merged = Object.assign({}, DEFAULT_KIOSK_CONFIG, ...layers) as KioskConfig;
	return { ...merged, countdownSeconds: Math.min(merged.countdownSeconds, merged.idleSeconds) };
}

/** The kiosk parameters present in a URL, to carry them over when the kiosk resets. */
export function kioskParamsOf(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams();
	for (const key of KIOSK_PARAMS) {
		const v = params.get(key);
		if (v !== null) out.set(key, v);
	}
	return out;
}
