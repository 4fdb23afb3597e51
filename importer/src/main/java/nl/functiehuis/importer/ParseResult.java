package nl.functiehuis.importer;

/** The outcome of reading one document: parsed, or refused with a reason that names the place. */
public sealed interface ParseResult {

    String source();

    record Parsed(ParsedDocument document) implements ParseResult {
        @Override
        public String source() {
            return document.source();
        }
    }

    record Rejected(String source, String reason) implements ParseResult {}
}
