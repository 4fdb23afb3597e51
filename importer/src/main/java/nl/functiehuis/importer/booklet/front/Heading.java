package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.blocks.Location;

/** A numbered heading of the front matter ("1.3 FUNCTIEREEKS …", "Deel 2 …") and its block index. */
record Heading(String number, String title, int index, Location at) {

    /** Whether {@code other} is a heading inside this one's section ("1.3.1" inside "1.3"). */
    boolean contains(Heading other) {
        return other.number.startsWith(number + ".");
    }

    boolean isPart() {
        return !Character.isDigit(number.charAt(0));
    }
}
