/**
 * The kiosk's attract loop: while nobody touches the screen it shows one event after another,
 * a configured tour's stops or else the featured events.
 */
import type { ContentModel } from '$lib/domain/types';

/** The events the loop shows: the tour's stops when the tour exists, else the featured events, else the first twelve. */
export function loopEvents(model: Pick<ContentModel, 'events' | 'tours'>, loopTour: string | null): string[] {
	const tour = loopTour ? model.tours.find((t) => t.id === loopTour) : undefined;
	if (tour) return tour.events;
	const featured = model.events.filter((e) => e.featured).map((e) => e.id);
	return featured.length ? featured : model.events.slice(0, 12).map((e) => e.id);
}

export interface AttractLoopOptions {
	/** The events to show, read at every step (the installer's file may arrive late). */
	events: () => string[];
	/** Seconds each event shows, read when the loop starts. */
	seconds: () => number;
	show: (id: string) => void;
}

export class AttractLoop {
	#options: AttractLoopOptions;
	#timer: ReturnType<typeof setInterval> | undefined;
	#index = 0;
	#running = $state(false);

	constructor(options: AttractLoopOptions) {
		this.#options = options;
	}

	get running() {
		return this.#running;
	}

	/** (Re)starts from the first event, which shows at once. */
	start() {
		this.stop();
		this.#index = 0;
		this.#running = true;
		this.#next();
		this.#timer = setInterval(() => this.#next(), this.#options.seconds() * 1000);
	}

	stop() {
		clearInterval(this.#timer);
		this.#timer = undefined;
		this.#running = false;
	}

	#next() {
		const ids = this.#options.events();
		if (ids.length) this.#options.show(ids[this.#index++ % ids.length]);
	}
}
