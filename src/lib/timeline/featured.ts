/**
 * Featured events in the events band: never folded into a count, each a mark with its name.
 * They get rows of their own above the other marks; a name goes right of its mark, or left
 * when only that side has room, shortened ("…") when neither side holds it whole. Pure.
 */
import type { Mark } from './clusters';
import { textWidth } from './text';

/** A mark's name as drawn: the text (maybe shortened), its width and the side of the mark it is on. */
export interface MarkLabel {
	text: string;
	width: number;
	side: 'right' | 'left';
	/** The text is a whole first word wider than `width` and fades out there (a word cut short would not be part of the mark's accessible name). */
	fades?: boolean;
}

export interface PlacedFeatured {
	mark: Mark;
	x: number;
	/** Row among the featured rows, from 0. */
	row: number;
	/** null: no room at all on screen; the mark keeps its name in its tooltip and accessible name. */
	label: MarkLabel | null;
}

export interface FeaturedOptions {
	rows: number;
	/** Mark radius, px. */
	r: number;
	viewWidth: number;
	/** Type size of the names, px. */
	font: number;
	/** Names to try, longest first (the title, then the title before its colon). */
	names: (id: string) => string[];
}

const GAP = 6;

/** Room a name needs at the least: a few letters and an ellipsis. */
const MIN_ROOM = 40;

/**
 * `marks` in position order. Each goes to the row where it cuts the name of the mark before it
 * least (that name's short form against the room left to it), the row whose last mark lies
 * farthest left on a tie; a row that would leave the name before it less than MIN_ROOM is taken
 * only when every row would. Then each row's names are placed left to right.
 */
export function placeFeatured(marks: Mark[], x: (pos: number) => number, o: FeaturedOptions): PlacedFeatured[] {
	if (o.rows < 1) return [];
	const last = Array.from({ length: o.rows }, () => ({ x: -Infinity, need: 0 }));
	const byRow: PlacedFeatured[][] = Array.from({ length: o.rows }, () => []);
	for (const mark of marks) {
		const px = x(mark.pos);
		const cost = (r: number) => {
			const room = px - last[r].x - 2 * o.r - GAP - 4;
			return room < MIN_ROOM ? 1e6 - room : Math.max(0, last[r].need - room);
		};
		let row = 0;
		for (let r = 1; r < o.rows; r++) {
			const d = cost(r) - cost(row);
			if (d < 0 || (d === 0 && last[r].x < last[row].x)) row = r;
		}
		last[row] = { x: px, need: textWidth(o.names(mark.id).at(-1) ?? '', o.font) };
		byRow[row].push({ mark, x: px, row, label: null });
	}
	for (const list of byRow) {
		let prevEnd = 0;
		list.forEach((f, i) => {
			const next = list[i + 1];
			let rightLimit = next ? next.x - o.r - GAP : Infinity;
			// A next mark with no room on its right needs some on its left: this name leaves it that.
			const after = list[i + 2];
			if (next && Math.min(after ? after.x - o.r - GAP : Infinity, o.viewWidth - 2) - (next.x + o.r + 4) < MIN_ROOM)
				rightLimit -= MIN_ROOM + 4;
			f.label = labelFor(f, rightLimit, prevEnd, o);
			prevEnd = Math.max(f.x + o.r, f.label?.side === 'right' ? f.x + o.r + 4 + f.label.width : -Infinity) + GAP;
		});
	}
	return byRow.flat().sort((a, b) => a.x - b.x);
}

/** The name that fits right of the mark (up to `rightLimit`) or left of it (down to `leftLimit`). */
function labelFor(f: PlacedFeatured, rightLimit: number, leftLimit: number, o: FeaturedOptions): MarkLabel | null {
	if (f.x < 0 || f.x > o.viewWidth) return null;
	const rightRoom = Math.min(rightLimit, o.viewWidth - 2) - (f.x + o.r + 4);
	const leftRoom = f.x - o.r - 4 - Math.max(leftLimit, 2);
	const names = o.names(f.mark.id);
	for (const text of names) {
		const width = textWidth(text, o.font);
		if (width <= rightRoom) return { text, width, side: 'right' };
		if (width <= leftRoom) return { text, width, side: 'left' };
	}
	const side = rightRoom >= leftRoom ? 'right' : 'left';
	const short = shorten(names.at(-1) ?? '', Math.max(rightRoom, leftRoom), o.font);
	return short && { ...short, side };
}

/**
 * The longest start of `text` that fits `room` px with an ellipsis, cut between words so that what
 * shows stays words of the mark's accessible name (speech input users say what they see). When
 * not even the first word fits, that word fading out at the edge of the room (if three letters
 * fit); else null, and the name is in the mark's tooltip only.
 */
export function shorten(
	text: string,
	room: number,
	font: number
): { text: string; width: number; fades?: boolean } | null {
	const words = text.split(/\s+/).filter(Boolean);
	for (let n = words.length - 1; n >= 1; n--) {
		const candidate = `${words.slice(0, n).join(' ')}…`;
		const width = textWidth(candidate, font);
		if (width <= room) return { text: candidate, width };
	}
	const first = words[0] ?? '';
	return first.length > 3 && textWidth(first.slice(0, 3), font) <= room
		? { text: first, width: room, fades: true }
		: null;
}

/** A title's short form for a tight spot: the part before a colon or a bracket, if that leaves a name. */
export function shortTitle(title: string): string {
	const cut = title.search(/:\s|\s\(/);
	return cut > 8 ? title.slice(0, cut) : title;
}
