package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.OrganisationProfile;
import org.jspecify.annotations.Nullable;

/**
 * The kind-specific sections of a profile page: {@link #fragment()} names the template fragment that
 * shows them, {@link #sections()} lists their headings for the page's table of contents.
 * Public, like the other page views, because the SpEL compiler only compiles calls on public types.
 */
public sealed interface ProfileDetails {

    String fragment();

    List<Section> sections();

    /** A section heading and the id it is linked by. */
    record Section(String id, String label) {}

    /** A norm function, or an enriched profile when {@code enrichment} is present. */
    record Norm(NormContent content, @Nullable String nlqf, List<RequirementView> competencies,
            @Nullable Enrichment enrichment) implements ProfileDetails {
        @Override
        public String fragment() {
            return "norm";
        }

        @Override
        public List<Section> sections() {
            List<Section> sections = new ArrayList<>();
            if (enrichment != null) {
                sections.add(new Section("s-basis", "Verrijkt profiel"));
            }
            sections.addAll(List.of(new Section("s-kenmerken", "Functiekenmerken"),
                    new Section("s-situaties", "Kritische werksituaties"), new Section("s-competenties", "Competenties"),
                    new Section("s-vakkennis", "Vakkennis"), new Section("s-opleiding", "Opleiding")));
            if (enrichment != null) {
                sections.add(new Section("s-kwalificaties", "Kwalificaties"));
            }
            return sections;
        }

        /** The minimum education as written, less the ideal it ends with: the page shows the ideal on its own line. */
        public @Nullable String minimumText() {
            var education = content.minimumEducation();
            if (education == null) {
                return null;
            }
            String text = education.text();
            String ideal = education.ideal();
            return ideal != null && text.endsWith(ideal) && text.length() > ideal.length()
                    ? text.substring(0, text.length() - ideal.length()).strip() : text;
        }
    }

    /** What an enriched profile adds: its base norm function and its qualifications. */
    record Enrichment(EnrichedProfile profile, @Nullable String baseTitle, List<QualificationView> qualifications) {}

    record Organisation(OrganisationProfile profile) implements ProfileDetails {
        @Override
        public String fragment() {
            return "organisation";
        }

        @Override
        public List<Section> sections() {
            return List.of(new Section("s-kenmerken", "Kenmerken"), new Section("s-doel", "Doel"),
                    new Section("s-resultaat", "Resultaatgebieden"), new Section("s-kaders", "Kaders"),
                    new Section("s-vak", "Vakinhoudelijke competenties"), new Section("s-gedrag", "Gedragscompetenties"),
                    new Section("s-context", "Context"), new Section("s-aandacht", "Aandachtsgebieden"));
        }
    }

    record Levelled(LevelledFamily family, List<FamilyMatrix.Domain> matrix) implements ProfileDetails {
        @Override
        public String fragment() {
            return "levelled";
        }

        @Override
        public List<Section> sections() {
            return List.of(new Section("s-niveaus", "Niveaus"), new Section("s-doel", "Doel en context"),
                    new Section("s-resultaat", "Resultaatgebieden"), new Section("s-factoren", "Differentiërende factoren"),
                    new Section("s-speelruimte", "Speelruimte"), new Section("s-kennis", "Kennis en vaardigheden"),
                    new Section("s-competenties", "Competenties"));
        }
    }

    /** A profile of a layout that was not recognised: its sections as written. */
    record Generic(GenericProfile profile) implements ProfileDetails {
        @Override
        public String fragment() {
            return "generic";
        }

        @Override
        public List<Section> sections() {
            List<Section> sections = new ArrayList<>();
            for (int i = 0; i < profile.sections().size(); i++) {
                sections.add(new Section("s-" + (i + 1), profile.sections().get(i).heading()));
            }
            return sections;
        }
    }
}
