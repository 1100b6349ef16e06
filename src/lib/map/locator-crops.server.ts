/** The locator crops as files: geometry prepared by scripts/prepare-basemap.ts, cut by crop.ts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StaticFrameName } from './basemap-region';
import { cropSvg, parseCropName, type FrameGeometry } from './crop';

let frames: Record<StaticFrameName, FrameGeometry> | undefined;

/** The SVG a crop's file name stands for, or null when the name is not a crop's. */
export function locatorCrop(name: string): string | null {
	const crop = parseCropName(name);
	if (!crop) return null;
	frames ??= JSON.parse(readFileSync(path.resolve('.basemap/frames.json'), 'utf8')) as Record<
		StaticFrameName,
		FrameGeometry
	>;
	return cropSvg(frames[crop.frame], crop.box);
}
