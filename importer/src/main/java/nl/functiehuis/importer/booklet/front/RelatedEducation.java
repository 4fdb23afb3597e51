package nl.functiehuis.importer.booklet.front;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A part of the "verwante opleiding" cell: its label as written ("MBO niveau 4", "Bachelor"), the MBO level
 * the label names, the text, and the qualification names read from it ("Juridisch medewerker, uitstroom …"
 * is one name with its outflow).
 */
public record RelatedEducation(@Nullable String label, @Nullable Integer mboLevel, String text,
        List<String> qualifications) {

    public RelatedEducation {
        qualifications = List.copyOf(qualifications);
    }
}
