/**
 * What the timeline shows of the content under the current filters, before any zoom: event
 * marks, person spans, the span of years and the first view. Pure; recomputed only when the
 * model or the filters change.
 */
import type { ContentModel, EventEntry, EventKind, Filters, Person, TimeWindow } from '$lib/domain/types';
import { filterEvents } from '$lib/domain/queries';
import { toMarks, type Mark } from './clusters';
import type { PersonSpan } from './lanes';
import { overviewWindow, personSpans, timelineSpan } from './extent';

export interface TimelineData {
	/** Event marks in date order, filters applied. */
	marks: Mark[];
	/** The longest ranged event in years (ranges starting left of the view still show). */
	maxRange: number;
	/** Every person's span, and those the role filter shows. */
	spans: PersonSpan[];
	shownSpans: PersonSpan[];
	span: TimeWindow;
	overview: TimeWindow;
	events: Map<string, EventEntry>;
	people: Map<string, Person>;
	/** Event kinds present in the content, for the legend. */
	kinds: EventKind[];
}

/** `present`: the end of the present year (extent.ts presentEnd): nothing is drawn past it. */
export function timelineData(model: ContentModel, filters: Filters, present = Infinity): TimelineData {
	const spans = personSpans(model, present);
	const span = timelineSpan(model, spans, present);
	const people = new Map(model.people.map((p) => [p.id, p]));
	const marks = toMarks(filterEvents(model, filters));
	return {
		marks,
		maxRange: marks.reduce((mx, mk) => (mk.ranged ? Math.max(mx, mk.stop - mk.start) : mx), 0),
		spans,
		shownSpans: filters.roles.length ? spans.filter((s) => filters.roles.includes(people.get(s.id)!.role)) : spans,
		span,
		// From every event, not only the filtered ones: changing a filter does not move the view.
		overview: overviewWindow(
			toMarks(model.events).map((mk) => mk.pos),
			span,
			toMarks(model.events.filter((e) => e.featured)).map((mk) => mk.pos)
		),
		events: new Map(model.events.map((e) => [e.id, e])),
		people,
		kinds: [...new Set(model.events.map((e) => e.kind))]
	};
}
