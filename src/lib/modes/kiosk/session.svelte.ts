/**
 * What a kiosk remembers across its own navigations (a language switch or a reset is a
 * client-side navigation, and the shared state's URL sync drops the kiosk's parameters from
 * the address bar): the configuration it started with, and whether a reset has just asked
 * for the attract loop. Module-level on purpose: one kiosk per browser tab. Reactive, so the
 * screen follows when the installer's file arrives.
 */
import { configFromFile, configFromParams, kioskParamsOf, resolveKioskConfig, type KioskConfig } from './config';

// Captured when the kiosk's code first loads, before the URL sync rewrites the address.
const firstParams =
	typeof location === 'undefined' ? new URLSearchParams() : kioskParamsOf(new URLSearchParams(location.search));

const layers = $state<{ file: Partial<KioskConfig> | null; url: Partial<KioskConfig> }>({
	file: null,
	url: configFromParams(firstParams)
});

export const session = {
	attractPending: false
};

/** Adds the kiosk parameters of a newly visited URL (they win over earlier ones). */
export function noteKioskParams(params: URLSearchParams) {
	const own = kioskParamsOf(params);
	if (own.size) layers.url = { ...layers.url, ...configFromParams(own) };
}

export function setFileConfig(layer: Partial<KioskConfig>) {
	layers.file = layer;
}

export function hasFileConfig(): boolean {
	return layers.file !== null;
}

/**
 * What a kiosk page does when it opens: notes its URL's kiosk parameters and, once per tab,
 * fetches the installer's file (a kiosk without it, or offline before the first visit, runs
 * on defaults).
 */
export function loadKioskConfig(params: URLSearchParams, fileUrl: string) {
	noteKioskParams(params);
	if (hasFileConfig()) return;
	fetch(fileUrl)
		.then((r) => (r.ok ? r.json() : null))
		.then((json) => setFileConfig(configFromFile(json)))
		.catch(() => setFileConfig({}));
}

/** The configuration in force (reactive inside $derived and templates). */
export function currentKioskConfig(): KioskConfig {
	return resolveKioskConfig(layers.file ?? {}, layers.url);
}
