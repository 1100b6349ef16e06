import { afterEach, describe, expect, test, vi } from 'vitest';
import { observeSize } from '$lib/components/observe-size';

/** A ResizeObserver that reports only when the test says the browser has laid the page out. */
class FakeObserver {
	static all: FakeObserver[] = [];
	targets = new Set<Element>();
	constructor(private callback: ResizeObserverCallback) {
		FakeObserver.all.push(this);
	}
	observe(el: Element) {
		this.targets.add(el);
	}
	unobserve(el: Element) {
		this.targets.delete(el);
	}
	disconnect() {
		this.targets.clear();
	}
	static layout(el: Element) {
		for (const o of FakeObserver.all)
			if (o.targets.has(el)) o.callback([{ target: el } as ResizeObserverEntry], o as unknown as ResizeObserver);
	}
}

function sized(width: number, height: number) {
	const el = document.createElement('div');
	const reads = vi.fn();
	Object.defineProperty(el, 'clientWidth', { get: () => (reads('clientWidth'), width) });
	Object.defineProperty(el, 'offsetHeight', { get: () => (reads('offsetHeight'), height) });
	return { el, reads };
}

describe('observeSize', () => {
	// The module keeps one observer for the page, made on first use: FakeObserver.all keeps it.
	afterEach(() => vi.unstubAllGlobals());

	test('reads no size when attached (that would force a layout mid-hydration), then reports each one after layout', () => {
		vi.stubGlobal('ResizeObserver', FakeObserver);
		const { el, reads } = sized(412, 60);
		const width = vi.fn();
		const height = vi.fn();
		observeSize({ clientWidth: width, offsetHeight: height })(el);
		expect(reads).not.toHaveBeenCalled();
		expect(width).not.toHaveBeenCalled();

		FakeObserver.layout(el);
		expect(width).toHaveBeenCalledWith(412);
		expect(height).toHaveBeenCalledWith(60);
	});

	test('two attachments on one element both report; detaching one leaves the other observing', () => {
		vi.stubGlobal('ResizeObserver', FakeObserver);
		const { el } = sized(300, 20);
		const a = vi.fn();
		const b = vi.fn();
		const detachA = observeSize({ clientWidth: a })(el);
		observeSize({ clientWidth: b })(el);
		if (typeof detachA === 'function') detachA();
		FakeObserver.layout(el);
		expect(a).not.toHaveBeenCalled();
		expect(b).toHaveBeenCalledWith(300);
	});

	test('without ResizeObserver (an old browser, a test DOM) nothing is reported and nothing throws', () => {
		vi.stubGlobal('ResizeObserver', undefined);
		const { el } = sized(100, 10);
		const width = vi.fn();
		expect(() => observeSize({ clientWidth: width })(el)).not.toThrow();
		expect(width).not.toHaveBeenCalled();
	});
});
