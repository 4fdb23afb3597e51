package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.validation.BookletStatement;
import nl.functiehuis.validation.BookletStatement.Origin;
import nl.functiehuis.validation.BookletStatements;
import nl.functiehuis.validation.Severity;
import nl.functiehuis.validation.ValidationReport;
import nl.functiehuis.validation.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * ACCEPTANCE TEST OF ISSUE 4, RULES: validating the four imported reference documents reports the
 * inconsistencies they really have (../shared/expected/README.md) and nothing else above info: the
 * Educatie minimum education below the NLQF level, Publiek III VP I asking more education than its base,
 * and the Educatie text stating Zelfreflectie B where the profiles give C; the matrix agrees (0 mismatches).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:validate-house;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidateHouseIT {
    @Autowired
    ImportDocuments importer;

    @Autowired
    ValidateHouse validate;

    @Autowired
    SwitchRule switchRule;

    @Autowired
    BookletStatements statements;

    @Autowired
    SaveProfile save;

    @Autowired
    BrowseHouse browse;

    @BeforeAll
    void importTheSeeds() {
        ImportIT.SEEDS.forEach(s -> assertThat(importer.importDocument(SharedSeeds.fileName(s), SharedSeeds.bytes(s),
                "tester", false).problems()).isEmpty());
    }

    @Test
    void reportsTheDocumentedInconsistenciesAsWarningsAndNoError() {
        ValidationReport report = validate.house();

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(v -> v.ruleId(), v -> v.profileCode().value()).containsExactly(
                tuple("VP-BASIS", "N06.01.06/VP I"),
                tuple("OPL-NLQF", "N06.02.02"), tuple("BOEKJE-TEKST", "N06.02.02"),
                tuple("OPL-NLQF", "N06.02.04"), tuple("BOEKJE-TEKST", "N06.02.04"),
                tuple("OPL-NLQF", "N06.02.06"), tuple("BOEKJE-TEKST", "N06.02.06"),
                tuple("OPL-NLQF", "N06.02.08"));
        assertThat(report.profiles()).hasSize(18);
    }

    @Test
    void saysWhatToChangeForEachDocumentedInconsistency() {
        ValidationReport report = validate.house();

        assertThat(messages(report, "VP-BASIS")).containsExactly("De minimale opleiding (MBO 4) wijkt af van die van"
                + " basisprofiel N06.01.06 (MBO 3). Maak ze gelijk, of pas de normfunctie aan als het verrijkte profiel"
                + " terecht meer of minder vraagt.");
        assertThat(messages(report, "OPL-NLQF")).satisfiesExactly(
                m -> assertThat(m).contains("(MBO 2) ligt onder NLQF-niveau 4/6"),
                m -> assertThat(m).contains("noemt geen niveau", "NLQF-niveau 4"),
                m -> assertThat(m).contains("(MBO 2) ligt onder NLQF-niveau 3"),
                m -> assertThat(m).contains("(MBO 2) ligt onder NLQF-niveau 3"));
        assertThat(messages(report, "BOEKJE-TEKST")).allSatisfy(m -> assertThat(m)
                .contains("tekst over functiegroep Educatie, regel 255", "Zelfreflectie niveau B", "vraagt niveau C"));
    }

    @Test
    void findsTheMatrixInAgreementWithEveryProfile() {
        List<BookletStatement> matrix = statements.all().stream().filter(s -> s.origin() == Origin.MATRIX).toList();

        assertThat(matrix).hasSize(50);
        assertThat(matrix).extracting(BookletStatement::competency).contains("Conflicthantering")
                .doesNotContain("Conflictantering");
        assertThat(validate.house().violations()).extracting(Violation::ruleId).doesNotContain("BOEKJE-MATRIX");
    }

    @Test
    void namesTheEmptyDimensionOfEveryBookletProfileAsInfo() {
        ValidationReport report = validate.house();

        assertThat(report.infos()).hasSize(16).extracting(Violation::ruleId).containsOnly("CB-DIMENSIES");
        assertThat(report.violationsOf(ProfileCode.of("N06.02.02"))).extracting(Violation::severity)
                .containsExactly(Severity.WAARSCHUWING, Severity.WAARSCHUWING, Severity.INFO);
    }

    @Test
    void keepsOneSetOfStatementsWhenTheBookletIsImportedAgain() {
        int before = statements.all().size();

        importer.importDocument(SharedSeeds.fileName(SharedSeeds.BOOKLET), SharedSeeds.bytes(SharedSeeds.BOOKLET), "tester",
                false);

        assertThat(statements.all()).hasSize(before);
    }

    @Test
    void holdsTheMatrixAndTheGroupAgainstTheProfilesAsTheyAreNow() {
        ProfileVersion latest = browse.latest("N06.01.10").orElseThrow();
        NormFunction n = (NormFunction) latest.profile();
        List<CompetencyRequirement> changed = new ArrayList<>(n.content().competencies());
        assertThat(changed.getFirst()).isEqualTo(new CompetencyRequirement("Integriteit", LevelLetter.D));
        changed.set(0, new CompetencyRequirement("Integriteit", LevelLetter.C));
        NormContent c = n.content();
        var edited = new NormFunction(n.code(), n.title(), n.groupCode(), n.dictionary(), n.nlqfLevel(),
                new NormContent(c.characteristics(), c.criticalSituations(), changed, c.knowledge(), c.skills(),
                        c.minimumEducation()));
        ProfileVersion saved = save.save(new ProfileEdit(edited, latest.number(), latest.status(), null, null), "tester");
        try {
            ValidationReport report = validate.house();
            assertThat(report.violationsOf(ProfileCode.of("N06.01.10"))).filteredOn(v -> v.ruleId().equals("BOEKJE-MATRIX"))
                    .singleElement().extracting(Violation::message).asString()
                    .contains("competentiematrix, regel", "Integriteit niveau D", "vraagt niveau C");
            assertThat(report.errors()).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("GROEP-NIVEAU");
                assertThat(v.profileCode().value()).isEqualTo("N06.01.08");
                assertThat(v.message()).contains("Medewerker Publiek IV (N06.01.08) vraagt Integriteit op niveau D,"
                        + " lichter dan niveau C bij de lichtere functie Medewerker Publiek V (N06.01.10)");
            });
        } finally {
            save.save(new ProfileEdit(n, saved.number(), latest.status(), latest.effectiveDate(), latest.note()), "tester");
        }
        assertThat(validate.house().errors()).isEmpty();
    }

    @Test
    void leavesASwitchedOffRuleUncheckedAndKeepsWhoDidSoAndWhy() {
        assertThatThrownBy(() -> switchRule.switchOff("OPL-NLQF", " ", "tester")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("reden");
        assertThatThrownBy(() -> switchRule.switchOff("GEEN-REGEL", "reden", "tester")).isInstanceOf(InvalidInput.class);

        switchRule.switchOff("opl-nlqf", "Wij toetsen opleiding apart", "tester");
        try {
            ValidationReport report = validate.house();
            assertThat(report.warnings()).extracting(Violation::ruleId).doesNotContain("OPL-NLQF");
            assertThat(report.switchedOff()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo("OPL-NLQF");
                assertThat(r.lastChange().reason()).isEqualTo("Wij toetsen opleiding apart");
                assertThat(r.lastChange().author()).isEqualTo("tester");
            });
        } finally {
            switchRule.switchOn("OPL-NLQF", null, "tester");
        }
        assertThat(validate.house().switchedOff()).isEmpty();
        assertThat(validate.history()).extracting(s -> s.enabled()).startsWith(true, false);
    }

    private static List<String> messages(ValidationReport report, String rule) {
        return report.violations().stream().filter(v -> v.ruleId().equals(rule)).map(Violation::message).toList();
    }
}
