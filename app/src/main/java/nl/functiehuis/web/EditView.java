package nl.functiehuis.web;

import java.util.List;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/**
 * The edit page: the newest stored version, the form as typed, its problems, a conflict when someone
 * saved meanwhile, and the choices the selects offer.
 */
record EditView(
        ProfileVersion latest,
        ProfileKind kind,
        EditForm form,
        FormErrors errors,
        @Nullable Conflict conflict,
        @Nullable String dictionaryId,
        List<OptionGroup> options,
        List<Row> rows) {

    /** Someone saved version {@code newer} after this form was opened on version {@code basedOn}. */
    record Conflict(int basedOn, ProfileVersion newer) {}

    /** The competencies of one dimension, for an {@code <optgroup>}. */
    record OptionGroup(String label, List<String> names) {}

    /** A competency row with what the dictionary says about the chosen competency and level. */
    record Row(int index, EditForm.CompetencyRow row, @Nullable RequirementView preview, boolean known) {}

    public String slug() {
        return latest.code().slug();
    }

    /** The template fragment with the fields of this kind of profile. */
    public String fields() {
        return switch (kind) {
            case NORM, ENRICHED -> "norm";
            case ORGANISATION -> "organisation";
            case LEVELLED -> "levelled";
            case GENERIC -> "generic";
        };
    }

    public List<VersionStatus> statuses() {
        return List.of(VersionStatus.values());
    }

    public List<LevelLetter> letters() {
        return List.of(LevelLetter.values());
    }

    public String id(String field) {
        return FormErrors.id(field);
    }
}
