package nl.functiehuis.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.functiehuis.InvalidValue;
import nl.functiehuis.vacancy.Requirement.Kind;
import org.junit.jupiter.api.Test;

class RequirementTest {

    @Test
    void saysWhatEachKindAsks() {
        assertThat(new Requirement("diploma", Kind.EDUCATION, 4, null, null, null, "mbo niveau 4").asks()).isEqualTo("mbo 4");
        assertThat(new Requirement("ervaring", Kind.EXPERIENCE, null, 1, 3, 3, null).asks())
                .isEqualTo("1–3 jaar in de laatste 3 jaar");
        assertThat(new Requirement("ervaring", Kind.EXPERIENCE, null, 2, null, null, null).asks()).isEqualTo("minimaal 2 jaar");
        assertThat(new Requirement("systeem", Kind.SYSTEM, null, null, null, null, "Socrates").asks()).isEqualTo("Socrates");
        assertThat(new Requirement("iets", Kind.OTHER, null, null, null, null, null).asks()).isEmpty();
    }

    @Test
    void refusesFewerMaximumThanMinimumYears() {
        assertThatThrownBy(() -> new Requirement("ervaring", Kind.EXPERIENCE, null, 3, 1, null, null))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("'yearsMax'");
    }

    @Test
    void refusesTermsOutsideTheirBounds() {
        assertThatThrownBy(() -> new Terms(null, null, null, 0, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("'headcount'");
        assertThatThrownBy(() -> new Terms(null, null, null, null, 80, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("'hoursPerWeek'");
    }
}
