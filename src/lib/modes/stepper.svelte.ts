/**
 * Who answers "next" and "previous" on the current page. The layout provides one Stepper;
 * a page that can step (a tour player, the explorer) registers its handlers while mounted.
 * The presenter's keys and toolbar, and a tour's own keys, go through it, so a clicker works
 * the same on every page. Without a registration the page's rel="next"/"prev" links are used.
 */
import { getContext, setContext } from 'svelte';
import type { Step } from './stepping';

export interface StepHandlers {
	step(step: Step): void;
	/** Short position text for the presenter bar, e.g. "3 / 8". */
	position?: () => string;
	/** Tours take their keys in every mode; the explorer only while presenting. */
	keysAlways?: boolean;
}

export class Stepper {
	// Raw: the handlers are compared by identity when a page unregisters (a deep proxy never equals them).
	current = $state.raw<StepHandlers | null>(null);

	/** Registers handlers; returns the function that removes them (for an $effect's cleanup). */
	register(handlers: StepHandlers): () => void {
		this.current = handlers;
		return () => {
			if (this.current === handlers) this.current = null;
		};
	}

	/** Steps with the registered handlers, or follows the page's rel links; false if nothing could. */
	step(step: Step): boolean {
		if (this.current) {
			this.current.step(step);
			return true;
		}
		if (typeof document === 'undefined') return false;
		const rel = step === 'next' || step === 'last' ? 'next' : 'prev';
		const link = document.querySelector<HTMLAnchorElement>(`main a[rel="${rel}"]`);
		if (!link) return false;
		link.click();
		return true;
	}
}

const KEY = Symbol('mode-stepper');

export function provideStepper(): Stepper {
	return setContext(KEY, new Stepper());
}

export function useStepper(): Stepper | undefined {
	return getContext<Stepper | undefined>(KEY);
}
