/**
 * Water the Natural Earth 1:50m layers on npm lack: the Ili and the Ishim rivers and Lake
 * Balkhash (checked in prepare-basemap: no river line passes within 2° of Kapchagay, Astana or
 * Petropavl, and no lake polygon covers Balkhash). Without them the steppe map loses its
 * best-known waterways, so they are traced here by hand as schematic lines through towns and
 * shore points whose coordinates are common geographic knowledge (public gazetteer values).
 * They are drawn like the rest of the water and flagged `schematic` in their properties.
 */
import type { LonLat } from './basemap-region';

export const SCHEMATIC_RIVERS: { name: string; coordinates: LonLat[] }[] = [
	{
		// Tekes–Kunes confluence, Ghulja, Khorgos, Kapchagay reservoir, Bakanas, delta into Balkhash.
		name: 'Ili',
		coordinates: [
			[83.4, 43.45],
			[82.3, 43.75],
			[81.3, 43.9],
			[80.4, 44.05],
			[79.4, 43.95],
			[78.5, 43.85],
			[77.7, 43.85],
			[77.1, 43.95],
			[76.7, 44.3],
			[76.27, 44.8],
			[75.7, 45.1],
			[75.1, 45.45],
			[74.7, 45.7]
		]
	},
	{
		// Source in the Niyaz hills, Astana, the westward bend to Yesil, north past Petropavl
		// and Ishim town to the Irtysh at Ust-Ishim.
		name: 'Ishim',
		coordinates: [
			[73.6, 50.45],
			[72.6, 50.9],
			[71.43, 51.16],
			[70.3, 51.35],
			[69.0, 51.55],
			[67.7, 51.35],
			[66.7, 51.45],
			[66.4, 51.95],
			[66.8, 52.7],
			[67.4, 53.5],
			[68.2, 54.2],
			[69.15, 54.87],
			[69.5, 55.6],
			[69.49, 56.11],
			[70.3, 56.55],
			[70.7, 56.95],
			[71.17, 57.69]
		]
	}
];

/** Lake Balkhash: the wide western basin by Balkhash town, the Saryesik strait, the narrow east. */
export const SCHEMATIC_LAKES: { name: string; ring: LonLat[] }[] = [
	{
		name: 'Balkhash',
		ring: [
			[73.45, 46.25],
			[73.6, 46.55],
			[74.2, 46.75],
			[74.98, 46.85],
			[75.6, 46.68],
			[76.2, 46.52],
			[76.9, 46.52],
			[77.6, 46.58],
			[78.3, 46.62],
			[79.0, 46.55],
			[79.25, 46.45],
			[78.95, 46.38],
			[78.25, 46.45],
			[77.55, 46.4],
			[76.85, 46.33],
			[76.3, 46.3],
			[75.7, 46.2],
			[75.2, 45.98],
			[74.65, 45.78],
			[74.1, 45.82],
			[73.72, 46.03],
			[73.45, 46.25]
		]
	}
];
