import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALPHA, INK, KIND_STYLE, LANE_COLORS, PALETTE_CSS } from '$lib/styles/palette';

/** The custom properties PALETTE_CSS sets, by name. */
const props = new Map(
	PALETTE_CSS.split('; ').map((decl) => {
		const [name, value] = decl.split(': ');
		return [name, value];
	})
);

describe('PALETTE_CSS', () => {
	test('carries every ink, alpha, lane and kind colour with the value the canvas uses', () => {
		expect(props.get('--tl-ink-lane-bg')).toBe(INK.laneBg);
		expect(props.get('--tl-ink-axis-bg')).toBe(INK.axisBg);
		expect(props.get('--tl-alpha-dim-mark')).toBe(String(ALPHA.dimMark));
		expect(props.get('--tl-lane-rulers-reign')).toBe(LANE_COLORS.rulers.reign);
		expect(props.get('--tl-kind-embassy')).toBe(KIND_STYLE.embassy.color);
		expect(props.size).toBe(
			Object.keys(INK).length +
				Object.keys(ALPHA).length +
				2 * Object.keys(LANE_COLORS).length +
				Object.keys(KIND_STYLE).length
		);
	});

	// A misspelt var() falls back silently to nothing: the SVG would lose a colour the canvas keeps.
	test('every --tl- property the timeline components read is one the palette sets', () => {
		const dir = path.resolve('src/lib/timeline');
		const used = new Set<string>();
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.svelte'))) {
			for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/var\((--tl-[a-z0-9-]+)/g)) used.add(m[1]);
		}
		const fromPalette = [...used].filter((name) => !['--tl-button', '--tl-font', '--tl-fit'].includes(name));
		expect(fromPalette.length).toBeGreaterThan(20);
		expect(fromPalette.filter((name) => !props.has(name))).toEqual([]);
	});

	test('the timeline components write no colour or opacity of their own', () => {
		const dir = path.resolve('src/lib/timeline');
		const svgParts = readdirSync(dir).filter((f) =>
			/^(EventBand|TimelineAxis|LaneBackdrop|LaneNames|EraStrips|PersonBar|PersonLanes)/.test(f)
		);
		expect(svgParts).toHaveLength(7);
		for (const file of svgParts) {
			const css = readFileSync(path.join(dir, file), 'utf8').split('<style>')[1] ?? '';
			expect(css, file).not.toMatch(/#[0-9a-f]{3,6}\b|opacity:\s*0/i);
		}
	});
});
