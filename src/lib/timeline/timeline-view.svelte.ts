/**
 * The timeline's view controller: the zoom transform the reader sees, the transform the SVG
 * was laid out at, whether the view is moving, and the timers that settle the SVG and publish
 * the window to the shared state. d3-zoom drives it (zoom.ts); tests drive it with a fake zoom
 * and fake timers.
 */
import type { TimeWindow } from '$lib/domain/types';
import { transformFor, windowOf, type ZoomLike } from './scale';
import { attachZoom, type TimelineZoom } from './zoom';

export interface ViewHost {
	span(): TimeWindow;
	width(): number;
	/** The first view, and what a published window equal to it is reset to. */
	overview(): TimeWindow;
	reducedMotion(): boolean;
	/** The window the reader chose (null: back to the overview). */
	publish(window: TimeWindow | null): void;
}

/**
 * How long the view must rest before the SVG is laid out again. d3 reports the end of every
 * programmatic step and of each touch move, so the end of motion is a quiet spell.
 */
export const SETTLE_MS = 120;
/**
 * A long gesture publishes its window this often so the map can follow. More often would make
 * the map (and the URL) redraw on every frame, which costs far more than the timeline itself.
 */
export const PUBLISH_MS = 700;

/** Two windows the same to a thousandth of the second one's width. */
export function near(a: TimeWindow, b: TimeWindow): boolean {
	const tol = (b.to - b.from) * 1e-3;
	return Math.abs(a.from - b.from) < tol && Math.abs(a.to - b.to) < tol;
}

export class TimelineView {
	/** What the reader sees (the motion canvas paints it every frame). */
	transform = $state<ZoomLike>({ k: 1, x: 0 });
	/** What the SVG was laid out at: it waits while the view moves and catches up when it settles. */
	layout = $state<ZoomLike>({ k: 1, x: 0 });
	moving = $state(false);
	/**
	 * The reader has reached for the timeline (a pointer over it, focus) or it has moved: from then
	 * the SVG also lays out what a pan brings in. Not before: laying it out as the page starts cost
	 * a phone a second long task right after hydrating.
	 */
	engaged = $state(false);

	#host: ViewHost;
	#zoom = $state.raw<TimelineZoom | null>(null);
	#pending: ReturnType<typeof setTimeout> | null = null;
	#settling: ReturnType<typeof setTimeout> | null = null;
	/** The motion under way was asked for by the reader, so its window is published. */
	#byUser = false;
	#width = 0;

	constructor(host: ViewHost) {
		this.#host = host;
		// The prerendered page (and a reader without JavaScript) shows the overview too.
		this.transform = transformFor(host.span(), host.width(), host.overview());
		this.layout = this.transform;
	}

	get window(): TimeWindow {
		return windowOf(this.#host.span(), this.#host.width(), this.transform);
	}

	get attached(): boolean {
		return this.#zoom !== null;
	}

	attach(zoom: TimelineZoom) {
		this.#zoom = zoom;
		// A gesture starts from where d3 thinks the view is: the overview, not d3's identity.
		zoom.sync(this.transform);
	}

	/** Attaches d3-zoom to the stage; `limits`: the stage's size and the zoom-in limit, read per gesture. */
	attachTo(el: HTMLElement, limits: () => { width: number; height: number; kMax: number }) {
		this.attach(
			attachZoom(el, {
				limits,
				onZoom: (t, byUser) => this.onZoom(t, byUser),
				onEnd: (byUser) => this.onEnd(byUser),
				reducedMotion: () => this.#host.reducedMotion()
			})
		);
	}

	destroy() {
		this.#zoom?.destroy();
		this.#zoom = null;
		this.#clear();
	}

	/** d3-zoom moved the view (a gesture when `byUser`, else a programmatic step). */
	onZoom(t: ZoomLike, byUser: boolean) {
		this.engaged = true;
		this.transform = { k: t.k, x: t.x };
		this.moving = true;
		if (this.#settling) clearTimeout(this.#settling);
		this.#settling = null;
		this.#byUser ||= byUser;
		if (this.#byUser && !this.#pending) this.#pending = setTimeout(() => this.#publish(), PUBLISH_MS);
	}

	/** d3-zoom says a motion ended: settle once the view has rested. */
	onEnd(byUser: boolean) {
		this.#byUser ||= byUser;
		if (!this.moving) return;
		if (this.#settling) clearTimeout(this.#settling);
		this.#settling = setTimeout(() => this.settle(), SETTLE_MS);
	}

	/** Lays the SVG out at the current transform and publishes a window the reader chose. */
	settle() {
		if (this.#settling) clearTimeout(this.#settling);
		this.#settling = null;
		this.layout = this.transform;
		this.moving = false;
		if (this.#byUser) this.#publish();
		this.#byUser = false;
	}

	/** Moves the view to a window (null: the overview); by the reader's action it publishes, from outside it does not. */
	showWindow(target: TimeWindow | null, animate: boolean, publish: boolean) {
		if (!this.#zoom) return;
		this.#byUser = publish;
		const h = this.#host;
		const glide = animate && !h.reducedMotion();
		this.#zoom.transform(transformFor(h.span(), h.width(), target ?? h.overview()), glide);
		// A jump has no motion to wait for: the SVG is laid out at once.
		if (!glide && this.moving) this.settle();
	}

	/** A window set elsewhere (URL, map, tour) is applied unless the view shows it already. */
	follow(target: TimeWindow | null) {
		if (near(this.window, target ?? this.#host.overview())) return;
		this.showWindow(target, false, false);
	}

	/** The width is now `now` px: after a resize the same years stay in view. */
	widthIs(now: number) {
		if (this.#width && this.#width !== now) this.resized(this.#width);
		this.#width = now;
	}

	/** The box was just measured (layout is done): the zoom reads the host's CSS zoom with it. */
	measured() {
		this.#zoom?.refresh(true);
		// The CSS zoom just read converts d3's screen px: where the view is, in them.
		if (!this.moving) this.#zoom?.sync(this.transform);
	}

	/** After a resize from `before` px wide, the same years stay in view. */
	resized(before: number) {
		if (!this.#zoom) return;
		const years = windowOf(this.#host.span(), before, this.transform);
		this.#zoom.refresh();
		this.showWindow(years, false, false);
	}

	/** Zooms by a factor around `anchorPx` (default: the middle). */
	zoomBy(factor: number, anchorPx?: number) {
		this.#byUser = true;
		this.#zoom?.scaleBy(factor, anchorPx, !this.#host.reducedMotion());
	}

	/** Pans by half a screen towards earlier (-1) or later (+1) years. */
	page(direction: -1 | 1) {
		this.#byUser = true;
		this.#zoom?.translateBy(-direction * this.#host.width() * 0.5);
	}

	/** The whole span. */
	reset() {
		this.showWindow(this.#host.span(), true, true);
	}

	#publish() {
		if (this.#pending) clearTimeout(this.#pending);
		this.#pending = null;
		const win = this.window;
		this.#host.publish(near(win, this.#host.overview()) ? null : win);
	}

	#clear() {
		if (this.#pending) clearTimeout(this.#pending);
		if (this.#settling) clearTimeout(this.#settling);
		this.#pending = this.#settling = null;
	}
}
