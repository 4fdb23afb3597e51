package nl.functiehuis.validation;

import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.validation.ValidationFixtures.house;
import static nl.functiehuis.validation.ValidationFixtures.norm;
import static nl.functiehuis.validation.ValidationFixtures.req;
import static nl.functiehuis.validation.ValidationFixtures.usual;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import org.junit.jupiter.api.Test;

/** The whole validation: rules together, switches, ordering and the report's views. */
class ValidatorTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static NormFunction tooMany() {
        var six = new ArrayList<>(usual());
        six.add(req("Analyseren", C));
        six.add(req("Zelfreflectie", C));
        return norm("N2", six);
    }

    @Test
    void findsNoErrorInTheDemoHouse() {
        HouseSnapshot demo = DemoHouse.snapshot(NOW);
        var view = new HouseView(demo.name(), demo.profiles().stream().map(ProfileVersion::profile).toList(),
                demo.dictionaries(), demo.series(), List.of());

        ValidationReport report = Validator.validate(view, RuleSettings.none());

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.profiles()).hasSize(demo.profiles().size());
    }

    @Test
    void ordersViolationsBySeverityThenProfile() {
        ValidationReport report = Validator.validate(house(norm("N1", usual()), tooMany()), RuleSettings.none());

        assertThat(report.violations()).extracting(Violation::severity)
                .containsExactly(Severity.FOUT, Severity.INFO);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.count(Severity.INFO)).isOne();
    }

    @Test
    void skipsASwitchedOffRuleAndListsItWithItsReason() {
        var off = new RuleSetting("CB-MAX-5", false, "Wij werken met zes competenties", "adviseur", NOW);

        ValidationReport report = Validator.validate(house(tooMany()), new RuleSettings(List.of(off)));

        assertThat(report.errors()).isEmpty();
        assertThat(report.switchedOff()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("CB-MAX-5");
            assertThat(r.lastChange()).isEqualTo(off);
        });
    }

    @Test
    void narrowsTheReportToOneProfile() {
        ValidationReport report = Validator.validate(house(norm("N1", usual()), tooMany()), RuleSettings.none());

        var one = report.forProfile(ProfileCode.of("N2")).orElseThrow();

        assertThat(one.profiles()).extracting(CheckedProfile::code).containsExactly(ProfileCode.of("N2"));
        assertThat(one.violations()).extracting(Violation::ruleId).containsExactly("CB-MAX-5");
        assertThat(report.forProfile(ProfileCode.of("N9"))).isEmpty();
    }

    @Test
    void namesEveryRuleOnceWithASource() {
        List<Rule> rules = HouseRules.all();

        assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(new HashSet<>(rules.stream().map(Rule::severity).toList())).containsExactlyInAnyOrder(Severity.values());
        assertThat(rules).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(HouseRules.byId("cb-max-5")).contains(ProfileRules.MAX_FIVE);
    }
}
