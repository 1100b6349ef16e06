// The bibliography is read, not explored: the page needs no JavaScript, and leaving it out keeps
// the formatted list from being shipped twice (in the HTML and again as the page's data).
export const csr = false;
