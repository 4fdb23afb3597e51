package nl.functiehuis.publish;

import java.util.List;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.OrganisationProfile;
import org.jspecify.annotations.Nullable;

/** The sections of a printed profile, per kind; {@link #fragment()} names the print template fragment. */
sealed interface PrintDetails {

    String fragment();

    /** A norm function, or an enriched profile when {@code enrichment} is present. */
    record Norm(NormContent content, @Nullable String nlqf, List<PrintedRequirement> competencies,
            @Nullable Enrichment enrichment) implements PrintDetails {
        @Override
        public String fragment() {
            return "norm";
        }
    }

    /** What an enriched profile adds: its base norm function and its qualifications with their core tasks. */
    record Enrichment(EnrichedProfile profile, @Nullable String baseTitle, List<PrintedQualification> qualifications) {}

    record Organisation(OrganisationProfile profile) implements PrintDetails {
        @Override
        public String fragment() {
            return "organisation";
        }
    }

    /** A levelled family with its competencies as a matrix: a column per function level. */
    record Levelled(LevelledFamily family, CompetencyMatrix matrix) implements PrintDetails {
        @Override
        public String fragment() {
            return "levelled";
        }
    }

    record Generic(GenericProfile profile) implements PrintDetails {
        @Override
        public String fragment() {
            return "generic";
        }
    }
}
