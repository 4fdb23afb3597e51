package nl.functiehuis.importer;

/**
 * What a genre read from a document beyond the domain drafts: the document's own structure (table of
 * contents, summary tables, headings as written). Each genre has its own record.
 */
public interface DocumentFacts {}
