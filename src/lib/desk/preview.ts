/**
 * The desk's preview of an event, in the pane's language: the site's own badges, date
 * formatting and wording (Svelte components mounted into the preview frame), the body as the
 * desk renders Markdown, then people, places, parties and sources. The desk's preview API
 * takes React components; it provides `h` and `createClass` itself, so no React is bundled.
 */
import { mount, unmount } from 'svelte';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import EventPreview from './EventPreview.svelte';
import { eventPreviewData, type DeskEntry } from './preview-data';

type Element = unknown;
interface ImmutableLike {
	toJS(): unknown;
}
interface TemplateProps {
	entry: ImmutableLike;
	widgetFor(name: string): Element;
	getCollection(name: string): Promise<ImmutableLike[]>;
}
interface ClassSpec {
	[key: string]: unknown;
	render(this: { props: TemplateProps }): Element;
}
export interface DeskGlobals {
	h(type: string, props: Record<string, unknown> | null, ...children: Element[]): Element;
	createClass(spec: ClassSpec): unknown;
}

/** Names by id for the choosers' collections (Kazakh, the language every entry has). */
const names: Record<string, string> = {};
async function loadNames(getCollection: TemplateProps['getCollection']) {
	for (const [collection, field] of [
		['people', 'name'],
		['places', 'name'],
		['polities', 'name']
	] as const) {
		for (const entry of await getCollection(collection)) {
			const { slug, data } = entry.toJS() as { slug: string; data: Record<string, unknown> };
			if (typeof data?.[field] === 'string') names[slug] = data[field] as string;
		}
	}
}

interface Mounted {
	props: TemplateProps;
	parts: Record<string, HTMLElement | null>;
	apps: ReturnType<typeof mount>[];
	draw(): void;
	setState(state: Record<string, unknown>): void;
}

export function eventPreviewTemplate({ h, createClass }: DeskGlobals): unknown {
	return createClass({
		componentDidMount(this: Mounted) {
			this.draw();
			void loadNames(this.props.getCollection).then(() => this.draw());
		},
		componentDidUpdate(this: Mounted) {
			this.draw();
		},
		componentWillUnmount(this: Mounted) {
			for (const app of this.apps ?? []) void unmount(app);
		},
		draw(this: Mounted) {
			for (const app of this.apps ?? []) void unmount(app);
			const data = eventPreviewData(this.props.entry.toJS() as DeskEntry);
			overwriteGetLocale(() => data.locale);
			this.apps = (['header', 'aside'] as const)
				.filter((part) => this.parts?.[part])
				.map((part) => mount(EventPreview, { target: this.parts[part]!, props: { data, part, names: { ...names } } }));
		},
		render(this: Mounted) {
			this.parts ??= { header: null, aside: null };
			const ref = (part: string) => (el: HTMLElement | null) => {
				this.parts[part] = el;
			};
			return h(
				'article',
				{ className: 'page event', 'data-preview': 'event' },
				h('div', { ref: ref('header') }),
				h('div', { className: 'prose body' }, this.props.widgetFor('body')),
				h('div', { ref: ref('aside') })
			);
		}
	});
}
