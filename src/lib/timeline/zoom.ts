/**
 * The one zoom behaviour: d3-zoom for mouse wheel, trackpad, drag and double-click, plus
 * pointer handling for touch. Touch is not left to d3-zoom because it cancels every
 * touchmove, which would stop a phone page from scrolling; with `touch-action: pan-y` the
 * browser keeps vertical swipes (page scroll) and sends us horizontal drags and pinches.
 * Only the horizontal axis zooms; y is pinned to 0.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomOptions {
	/** Width of the time area in px and the zoom-in limit (k). */
	limits: () => { width: number; height: number; kMax: number };
	onZoom: (t: ZoomTransform, byUser: boolean) => void;
	onEnd: (byUser: boolean) => void;
	reducedMotion: () => boolean;
}

export interface TimelineZoom {
	transform(t: { k: number; x: number }, animate?: boolean): void;
	scaleBy(factor: number, atPx?: number, animate?: boolean): void;
	translateBy(px: number): void;
	/** New extents for the box's size; `layout`: read the host's CSS zoom too (only where layout is done). */
	refresh(layout?: boolean): void;
	/** Tells d3 where the view is, without moving it or any zoom event (the view starts at the overview, d3 at none). */
	sync(t: { k: number; x: number }): void;
	destroy(): void;
}

type El = HTMLElement;

export function attachZoom(el: El, options: ZoomOptions): TimelineZoom {
	// A host may scale the timeline with CSS `zoom` (a kiosk does): pointer positions then come
	// in screen px while the drawing is laid out in CSS px. d3-zoom works in screen px here and
	// the transform is converted at the edges (onZoom in, transform/scaleBy out).
	// Measured once per gesture, not per event: reading layout inside a zoom handler would
	// force the browser to lay the page out again for every wheel tick.
	// The host's CSS zoom is read with the layout only at a gesture's start and when the box has
	// just been measured (refresh(true), where layout is already done); programmatic moves reuse
	// it, as reading the layout mid-render would make the browser lay the whole page out there.
	let z = 1;
	const measure = (layout: boolean) => {
		const { width, height, kMax } = options.limits();
		if (layout) {
			const w = el.clientWidth;
			const r = el.getBoundingClientRect().width;
			z = w > 0 && r > 0 ? r / w : 1;
		}
		return { width: width * z, height: height * z, kMax, z };
	};
	let measured = measure(false);
	const scale = () => measured.z;
	const screen = () => measured;
	const sel = select(el) as unknown as Selection<El, unknown, null, undefined>;
	const duration = () => (options.reducedMotion() ? 0 : 450);
	const behavior: ZoomBehavior<El, unknown> = zoom<El, unknown>()
		.filter((event: Event) => {
			if (event.type.startsWith('touch')) return false;
			if (event.type === 'wheel') {
				const w = event as WheelEvent;
				return Math.abs(w.deltaY) >= Math.abs(w.deltaX);
			}
			if ((event as PointerEvent).pointerType === 'touch') return false;
			// Mouse events a browser makes up after touches (and the dblclick of a double tap)
			// are handled as touch above; without this a double tap would zoom twice.
			if (
				(event as MouseEvent & { sourceCapabilities?: { firesTouchEvents?: boolean } }).sourceCapabilities
					?.firesTouchEvents
			)
				return false;
			const m = event as MouseEvent;
			return (!m.ctrlKey || event.type === 'wheel') && !m.button;
		})
		.constrain((t, _extent, _translateExtent) => {
			const { width } = screen();
			const x = Math.min(0, Math.max(width - width * t.k, t.x));
			return zoomIdentity.translate(x, 0).scale(t.k);
		})
		.on('start', (event: D3ZoomEvent<El, unknown>) => {
			// A gesture (programmatic moves start too, mid-render: they keep the last measure).
			if (event.sourceEvent) measured = measure(true);
		})
		.on('zoom', (event: D3ZoomEvent<El, unknown>) => {
			const z = scale();
			options.onZoom(
				z === 1 ? event.transform : zoomIdentity.translate(event.transform.x / z, 0).scale(event.transform.k),
				!!event.sourceEvent
			);
		})
		.on('end', (event: D3ZoomEvent<El, unknown>) => {
			options.onEnd(!!event.sourceEvent);
		});

	const refresh = (layout = false) => {
		measured = measure(layout);
		const { width, height, kMax } = measured;
		behavior
			.extent([
				[0, 0],
				[width, Math.max(1, height)]
			])
			.translateExtent([
				[0, -Infinity],
				[width, Infinity]
			])
			.scaleExtent([1, kMax])
			.duration(duration());
	};
	refresh();
	sel.call(behavior);
	// Keep d3's own double-click (mouse) but not its touch handlers.
	sel.on('touchstart.zoom', null).on('touchmove.zoom', null).on('touchend.zoom touchcancel.zoom', null);

	const current = () => (el as El & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;

	// Trackpad sideways swipes and shift-less horizontal wheels pan.
	const onWheel = (e: WheelEvent) => {
		if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
			e.preventDefault();
			behavior.translateBy(sel, -e.deltaX / current().k, 0);
		}
	};
	el.addEventListener('wheel', onWheel, { passive: false });

	// Touch: horizontal drag pans, two fingers pinch, double-tap zooms in.
	const touches = new Map<number, { x: number; y: number; x0: number; y0: number }>();
	let pinch: { d0: number; k0: number; x0: number; mid0: number } | null = null;
	let panning = false;
	let lastTap = { t: 0, x: 0, y: 0 };
	// The element's left edge, read when a finger lands (not on every move).
	let left = 0;
	const localX = (e: PointerEvent) => e.clientX - left;

	const startPinch = () => {
		const [a, b] = [...touches.values()];
		const t = current();
		pinch = { d0: Math.max(24, Math.abs(a.x - b.x)), k0: t.k, x0: t.x, mid0: (a.x + b.x) / 2 };
	};
	const onDown = (e: PointerEvent) => {
		if (e.pointerType !== 'touch') return;
		if (touches.size === 0) {
			left = el.getBoundingClientRect().left;
			measured = measure(true);
		}
		const x = localX(e);
		touches.set(e.pointerId, { x, y: e.clientY, x0: x, y0: e.clientY });
		if (touches.size === 2) startPinch();
	};
	const onMove = (e: PointerEvent) => {
		const p = touches.get(e.pointerId);
		if (!p) return;
		const x = localX(e);
		const dx = x - p.x;
		p.x = x;
		p.y = e.clientY;
		if (touches.size >= 2 && pinch) {
			const [a, b] = [...touches.values()];
			const d = Math.max(24, Math.abs(a.x - b.x));
			const mid = (a.x + b.x) / 2;
			const k = pinch.k0 * (d / pinch.d0);
			// Keep the time under the fingers' first midpoint under their midpoint now.
			const at = (pinch.mid0 - pinch.x0) / pinch.k0;
			behavior.transform(sel, zoomIdentity.translate(mid - at * k, 0).scale(k));
			return;
		}
		if (!panning && Math.abs(p.x - p.x0) > 6 && Math.abs(p.x - p.x0) > Math.abs(p.y - p.y0)) panning = true;
		if (panning) behavior.translateBy(sel, dx / current().k, 0);
	};
	const onUp = (e: PointerEvent) => {
		const p = touches.get(e.pointerId);
		if (!p) return;
		touches.delete(e.pointerId);
		const moved = Math.hypot(p.x - p.x0, p.y - p.y0) > 10;
		if (touches.size < 2) pinch = null;
		if (touches.size === 0) {
			if (panning) options.onEnd(true);
			panning = false;
		}
		if (e.type === 'pointercancel' || moved) return;
		const now = performance.now();
		if (now - lastTap.t < 320 && Math.hypot(p.x - lastTap.x, p.y - lastTap.y) < 30) {
			scaleBy(2, p.x / scale(), true);
			lastTap = { t: 0, x: 0, y: 0 };
		} else lastTap = { t: now, x: p.x, y: p.y };
	};
	el.addEventListener('pointerdown', onDown);
	el.addEventListener('pointermove', onMove);
	el.addEventListener('pointerup', onUp);
	el.addEventListener('pointercancel', onUp);

	function scaleBy(factor: number, atPx?: number, animate = true) {
		const { width, z } = screen();
		const p: [number, number] = [atPx !== undefined ? atPx * z : width / 2, 0];
		refresh();
		if (animate && duration() > 0) sel.transition().duration(duration()).call(behavior.scaleBy, factor, p);
		else behavior.scaleBy(sel, factor, p);
	}

	return {
		transform(t, animate = false) {
			refresh();
			const target = zoomIdentity.translate(t.x * scale(), 0).scale(t.k);
			if (animate && duration() > 0)
				sel
					.transition()
					.duration(duration() + 250)
					.call(behavior.transform, target);
			else {
				sel.interrupt();
				behavior.transform(sel, target);
			}
		},
		scaleBy,
		translateBy(px: number) {
			behavior.translateBy(sel, (px * scale()) / current().k, 0);
		},
		refresh,
		sync(t) {
			sel.property('__zoom', zoomIdentity.translate(t.x * scale(), 0).scale(t.k));
		},
		destroy() {
			sel.on('.zoom', null);
			el.removeEventListener('wheel', onWheel);
			el.removeEventListener('pointerdown', onDown);
			el.removeEventListener('pointermove', onMove);
			el.removeEventListener('pointerup', onUp);
			el.removeEventListener('pointercancel', onUp);
		}
	};
}
