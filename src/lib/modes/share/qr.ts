/**
 * QR codes made on the device (kiosks are offline; no web service sees the link). Wraps
 * qrcode-generator and turns its module grid into one SVG path, so a code is a single
 * element however many modules it has.
 */
import qrcode from 'qrcode-generator';

export interface QrMatrix {
	size: number;
	/** dark[row][col] */
	dark: boolean[][];
}

/**
 * qrcode-generator writes one byte per character (Latin-1); a URL whose characters are all
 * ASCII is safe, so anything else is percent-encoded first, as a browser would send it.
 */
export function qrSafeText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return /^[\x00-\x7f]*$/.test(text) ? text : encodeURI(text);
}

export function qrMatrix(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): QrMatrix {
	const qr = qrcode(0, level);
	qr.addData(qrSafeText(text), 'Byte');
	qr.make();
	const size = qr.getModuleCount();
	const dark = Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => qr.isDark(r, c)));
	return { size, dark };
}

/** One path of horizontal runs of dark modules, in module units, offset by the quiet zone. */
export function qrPath(matrix: QrMatrix, margin = 4): string {
	let d = '';
	for (let r = 0; r < matrix.size; r++) {
		let c = 0;
		while (c < matrix.size) {
			if (!matrix.dark[r][c]) {
				c++;
				continue;
			}
			const start = c;
			while (c < matrix.size && matrix.dark[r][c]) c++;
			d += `M${start + margin} ${r + margin}h${c - start}v1h${start - c}z`;
		}
	}
	return d;
}
