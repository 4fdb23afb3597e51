package nl.functiehuis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.functiehuis.InvalidValue;
import org.junit.jupiter.api.Test;

/** Switching rules: a reason to switch off, the latest change wins, the history stays. */
class RuleSettingsTest {
    private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-02T10:00:00Z");

    @Test
    void refusesToSwitchOffWithoutAReason() {
        assertThatThrownBy(() -> new RuleSetting("CB-MAX-5", false, "  ", "adviseur", T1))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("reden");
    }

    @Test
    void letsTheLatestChangeDecideAndKeepsTheHistory() {
        var off = new RuleSetting("CB-MAX-5", false, "Eigen methode", "adviseur", T1);
        var on = new RuleSetting("CB-MAX-5", true, null, "beheerder", T2);

        var settings = new RuleSettings(List.of(off, on));

        assertThat(settings.isEnabled("CB-MAX-5")).isTrue();
        assertThat(new RuleSettings(List.of(off)).isEnabled("CB-MAX-5")).isFalse();
        assertThat(settings.latest()).containsExactly(on);
        assertThat(settings.history()).containsExactly(off, on);
        assertThat(RuleSettings.none().isEnabled("OPL-NLQF")).isTrue();
    }
}
