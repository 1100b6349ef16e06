/**
 * `npm run glossary`: rewrites the People, Polities and Places tables of content/GLOSSARY.md
 * from the content files, so translators always see the names and dates the atlas shows.
 * The Terms table above them is written by hand and kept as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatIso, type HistDate } from '../src/lib/domain/dates';
import type { Texts } from '../src/lib/domain/types';
import { loadContent } from '../src/lib/content/load';

const dir = path.resolve(process.argv[2] ?? 'content');
const file = path.join(dir, 'GLOSSARY.md');
const model = await loadContent(dir, path.dirname(dir));

const names = (t: Texts) => [t.kk.title, t.ru?.title ?? '', t.en?.title ?? ''].map((s) => s.replace(/\|/g, '\\|'));
const date = (d: HistDate | undefined, circa: boolean) =>
	d ? `${circa ? 'c. ' : ''}${formatIso(d).replace(/^-0*/, '').replace(/^0+/, '')}${d.year < 0 ? ' BCE' : ''}` : '';
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (rows: string[][]) =>
	[row(['Kazakh', 'Russian', 'English', 'note']), '|---|---|---|---|', ...rows.map(row)].join('\n');

const people = model.people.map((p) => {
	const life = p.born || p.died ? `${date(p.born, p.circa) || '?'}–${date(p.died, p.circa) || '?'}` : '';
	const reign = p.reign ? `reigned ${date(p.reign[0], false)}–${date(p.reign[1], false)}` : '';
	return [...names(p.texts), [p.role, life, reign].filter(Boolean).join('; ')];
});
const polities = model.polities.map((p) => [
	...names(p.texts),
	`${date(p.from, p.circa)}–${p.to ? date(p.to, p.circa) : 'today'}`
]);
const places = model.places.map((p) => [...names(p.texts), `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`]);

const text = readFileSync(file, 'utf8');
const head = text.slice(0, text.indexOf('\n## People'));
const out = `${head}\n## People\n\n${table(people)}\n\n## Polities\n\n${table(polities)}\n\n## Places\n\n${table(places)}\n`;
writeFileSync(file, out);
console.log(`content/GLOSSARY.md: ${people.length} people, ${polities.length} polities, ${places.length} places`);
