/** The content model's types live in the domain layer; this keeps old import paths working for content code. */
export * from '$lib/domain/types';
