package nl.functiehuis.importer.format;

/**
 * Raised by the streaming docx reader on what it leaves to POI's full model (content controls, ruby
 * text, form check boxes, odd values or packages): the document is then read through POI instead.
 */
final class DocxUnsupported extends Exception {
    DocxUnsupported(String what) {
        super(what, null, false, false);
    }
}
