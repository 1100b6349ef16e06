/** A citation ready for a page: the formatted reference and where in the work. */
export interface CitationView {
	work: string;
	/** The full reference, HTML (italics and quotation marks from the citation style). */
	reference: string;
	/** Where in the work, in the page's language ("p. 45–47"); '' for further reading. */
	locator: string;
}
