/**
 * An element's size as the browser last laid it out, for `{@attach observeSize({...})}`.
 *
 * Svelte's `bind:clientWidth` and its kin also read the size once as the element hydrates, which
 * makes the browser lay the whole page out in the middle of hydration: on the explorer at phone
 * width, with 4× CPU slowdown, that forced layout cost about 230 ms of one long task. A
 * ResizeObserver reports every observed element once after the browser's own next layout, so
 * the first size arrives without forcing one, and reading it inside the callback costs nothing
 * (layout is clean then). Until that first report the value stays unset: callers lay out for a
 * default size, as the prerendered page does.
 */
import type { Attachment } from 'svelte/attachments';

type Dimension = 'clientWidth' | 'clientHeight' | 'offsetWidth' | 'offsetHeight';
export type SizeReport = Partial<Record<Dimension, (value: number) => void>>;

const listeners = new WeakMap<Element, Set<() => void>>();
let observer: ResizeObserver | null = null;

function shared(): ResizeObserver {
	// One observer for every element, as Svelte's bindings share one.
	observer ??= new ResizeObserver((entries) => {
		for (const entry of entries) for (const report of listeners.get(entry.target) ?? []) report();
	});
	return observer;
}

export function observeSize(report: SizeReport): Attachment<HTMLElement> {
	return (element) => {
		if (typeof ResizeObserver === 'undefined') return;
		const read = () => {
			for (const [dimension, set] of Object.entries(report) as [Dimension, (v: number) => void][])
				set(element[dimension]);
		};
		const set = listeners.get(element) ?? new Set();
		set.add(read);
		listeners.set(element, set);
		shared().observe(element);
		return () => {
			set.delete(read);
			if (set.size === 0) {
				listeners.delete(element);
				observer?.unobserve(element);
			}
		};
	};
}
