/** The basemap's palette, shared by the MapLibre style and the static SVG maps so both look alike. */
export const BASEMAP_COLORS = {
	sea: '#cfe3ec',
	land: '#f3eddc',
	coast: '#9fb8c4',
	water: '#cfe3ec',
	river: '#7fb0c8',
	border: '#b9a98a',
	label: '#2b2b2b',
	halo: '#fffdf6',
	place: '#7a3b12',
	placeFaded: '#b8ab97'
} as const;
