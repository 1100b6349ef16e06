/**
 * A component whose code is fetched the first time it is asked for, not with the page: the
 * explorer's kiosk stage, the network of relations and the share dialog's QR code are each needed
 * by few visits, and the JavaScript a page loads before its first view is its budget.
 */
export class LazyComponent<T> {
	#load: () => Promise<{ default: T }>;
	#started = false;
	current = $state<T>();

	constructor(load: () => Promise<{ default: T }>) {
		this.#load = load;
	}

	/** The component once its code has arrived; the first call starts fetching it. */
	get(): T | undefined {
		if (!this.#started) {
			this.#started = true;
			void this.#load().then((mod) => (this.current = mod.default));
		}
		return this.current;
	}
}
