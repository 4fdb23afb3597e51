package nl.functiehuis.importer.booklet.front;

/** What a booklet says before its profiles (parts 1 and 2 and the overview of part 3). */
public record FrontMatter() {
    public static FrontMatter empty() {
        return new FrontMatter();
    }
}
