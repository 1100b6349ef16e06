/**
 * What a kiosk remembers across its own navigations (a language switch or a reset is a
 * client-side navigation, and the shared state's URL sync drops the kiosk's parameters from
 * the address bar): the configuration it started with, and whether a reset has just asked
 * for the attract loop. Module-level on purpose: one kiosk per browser tab.
 */
import { configFromParams, kioskParamsOf, resolveKioskConfig, type KioskConfig } from './config';

// Captured when the kiosk's code first loads, before the URL sync rewrites the address.
const firstParams = typeof location === 'undefined' ? new URLSearchParams() : kioskParamsOf(new URLSearchParams(location.search));

let fileLayer: Partial<KioskConfig> | null = null;
let urlLayer: Partial<KioskConfig> = configFromParams(firstParams);

export const session = {
	attractPending: false
};

/** Adds the kiosk parameters of a newly visited URL (they win over earlier ones). */
export function noteKioskParams(params: URLSearchParams) {
	const own = kioskParamsOf(params);
	if ([...own.keys()].length) urlLayer = { ...urlLayer, ...configFromParams(own) };
}

export function setFileConfig(layer: Partial<KioskConfig>) {
	fileLayer = layer;
}

export function hasFileConfig(): boolean {
	return fileLayer !== null;
}

export function currentKioskConfig(): KioskConfig {
	return resolveKioskConfig(fileLayer ?? {}, urlLayer);
}
