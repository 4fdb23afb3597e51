package nl.functiehuis.importer.blocks;

/**
 * Where a block stands in its source: a line of a text file, a paragraph or table row of a word
 * processor file, a line of a PDF page. {@link #toString()} is the Dutch form used in reports.
 */
public record Location(Unit unit, int number) {

    /** The unit a location counts in. */
    public enum Unit {
        LINE("regel"), PARAGRAPH("alinea"), PAGE("pagina");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Location line(int number) {
        return new Location(Unit.LINE, number);
    }

    @Override
    public String toString() {
        return unit.label() + " " + number;
    }
}
