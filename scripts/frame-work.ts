/**
 * Main-thread work per frame, read from a Chromium trace (categories `toplevel` and
 * `devtools.timeline`). A frame's work is its rendering task plus every task that ran on the
 * page's main thread since the previous frame rendered (input handlers, timers, messages);
 * idle time, such as a click waiting for the next vsync, is not work and is not counted.
 * Only frames that handled input are returned, so a benchmark sees what its gestures cost.
 */

export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { type?: string } };
}

const FRAME = new Set(['FireAnimationFrame', 'Layerize', 'Commit']);
const INPUT = new Set(['wheel', 'mousedown', 'mousemove', 'mouseup', 'pointerdown', 'pointermove', 'pointerup']);

/** The renderer main thread that dispatched the most input (the page under test). */
function mainThread(events: TraceEvent[]): string | null {
	const named = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const inputs = new Map<string, number>();
	for (const e of events) {
		const key = `${e.pid}:${e.tid}`;
		if (e.name === 'EventDispatch' && named.has(key) && INPUT.has(e.args?.data?.type ?? ''))
			inputs.set(key, (inputs.get(key) ?? 0) + 1);
	}
	return [...inputs].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Work in ms of each frame that handled input, in order. */
export function frameWork(events: TraceEvent[]): number[] {
	const main = mainThread(events);
	if (!main) return [];
	const on = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined);
	const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
	// A frame's rendering: the task running animation frame callbacks or handing the frame to the
	// compositor. (Style and layout are no marker: a script can force them inside any task.)
	const renders = on.filter((e) => FRAME.has(e.name));
	const inputs = on.filter((e) => e.name === 'EventDispatch' && INPUT.has(e.args?.data?.type ?? ''));
	const within = (t: TraceEvent, x: TraceEvent) => x.ts >= t.ts && x.ts <= t.ts + t.dur!;
	const isFrame = tasks.map((t) => renders.some((r) => within(t, r)));

	const out: number[] = [];
	let work = 0;
	let hadInput = false;
	tasks.forEach((t, i) => {
		work += t.dur!;
		hadInput ||= inputs.some((x) => within(t, x));
		if (!isFrame[i]) return;
		if (hadInput) out.push(work / 1000);
		work = 0;
		hadInput = false;
	});
	return out;
}
