package nl.functiehuis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.functiehuis.application.HouseRecords;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.ArchivedDocument;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ImportedDocument;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.StaleEdit;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import nl.functiehuis.vacancy.Wish;
import nl.functiehuis.validation.BookletStatement;
import nl.functiehuis.validation.RuleSetting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The storage behaves the same on the embedded default (H2) and on PostgreSQL. */
class StorageIT {

    static Stream<StoredHouse> databases() {
        return Stream.of(StoredHouse.on("H2", TestDatabases.h2()), StoredHouse.on("PostgreSQL", TestDatabases.postgres()));
    }

    private static StoredHouse withDemo(StoredHouse house) {
        house.load().load(DemoHouse.snapshot(StoredHouse.NOW));
        return house;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesEveryProfileLosslessly(StoredHouse house) {
        HouseSnapshot demo = DemoHouse.snapshot(StoredHouse.NOW);
        withDemo(house);
        assertThat(house.profiles().all()).containsExactlyInAnyOrderElementsOf(demo.profiles());
        assertThat(house.catalog().dictionaries()).containsExactlyInAnyOrderElementsOf(demo.dictionaries());
        assertThat(house.catalog().series()).containsExactlyInAnyOrderElementsOf(demo.series());
        assertThat(house.catalog().qualifications()).containsExactlyInAnyOrderElementsOf(demo.qualifications());
        assertThat(house.catalog().scales()).hasSameSizeAs(demo.scales());
        assertThat(house.catalog().name()).isEqualTo("Gemeente Voorbeeldstad");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savesANewVersionAndKeepsTheOldOne(StoredHouse house) {
        ProfileVersion first = withDemo(house).profiles().latest("VS01.01.02").orElseThrow();
        NormFunction renamed = renamed(first, "Medewerker Dienstverlening I (herzien)");

        ProfileVersion second = house.save().save(
                new ProfileEdit(renamed, 1, VersionStatus.CONCEPT, LocalDate.of(2026, 7, 1), "titel"), "tester");

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.author()).isEqualTo("tester");
        assertThat(house.profiles().latest("VS01.01.02").orElseThrow()).isEqualTo(second);
        assertThat(house.profiles().version("VS01.01.02", 1).orElseThrow()).isEqualTo(first);
        assertThat(house.profiles().history("vs01.01.02")).extracting(ProfileVersion::number).containsExactly(1, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusesAStaleEditAndChangesNothing(StoredHouse house) {
        ProfileVersion first = withDemo(house).profiles().latest("VS01.01.02").orElseThrow();
        house.save().save(new ProfileEdit(renamed(first, "Eerste"), 1, VersionStatus.CONCEPT, null, null), "anna");
        int rows = house.versionRows();

        assertThatThrownBy(() -> house.save().save(
                new ProfileEdit(renamed(first, "Tweede"), 1, VersionStatus.CONCEPT, null, null), "bram"))
                .isInstanceOf(StaleEdit.class)
                .hasMessageContaining("versie 2").hasMessageContaining("versie 1");
        assertThat(house.versionRows()).isEqualTo(rows);
        assertThat(house.profiles().latest("VS01.01.02").orElseThrow().profile().title()).isEqualTo("Eerste");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void letsOnlyOneOfTwoConcurrentEditsWin(StoredHouse house) throws Exception {
        ProfileVersion first = withDemo(house).profiles().latest("VS01.01.04").orElseThrow();
        Callable<String> anna = () -> attempt(house, first, "Anna");
        Callable<String> bram = () -> attempt(house, first, "Bram");
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> results = pool.invokeAll(List.of(anna, bram));
            List<String> outcomes = List.of(results.get(0).get(), results.get(1).get());
            assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        }
        assertThat(house.profiles().history("VS01.01.04")).hasSize(2);
    }

    private static String attempt(StoredHouse house, ProfileVersion base, String who) {
        try {
            house.save().save(new ProfileEdit(renamed(base, who), 1, VersionStatus.CONCEPT, null, null), who);
            return "saved";
        } catch (StaleEdit e) {
            return "stale";
        } catch (RuntimeException e) {
            return "stale".equals(e.getMessage()) ? "stale" : "error: " + e;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsAFamilyByItsLevelCodesAndSlugs(StoredHouse house) {
        withDemo(house);
        assertThat(house.profiles().latest("VS-3102").orElseThrow().code().value()).isEqualTo("VS-3100");
        assertThat(house.profiles().latest("VS01.01.04-VP").orElseThrow().code().value()).isEqualTo("VS01.01.04/VP");
        assertThat(house.profiles().latest("NOPE")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void loadsNothingWhenOneVersionIsInvalid(StoredHouse house) {
        HouseSnapshot demo = DemoHouse.snapshot(StoredHouse.NOW);
        ProfileVersion last = demo.profiles().getFirst();
        var broken = new ProfileVersion(last.code(), 2, last.status(), null, "x", StoredHouse.NOW, null,
                renamedGroup(last));
        var snapshot = new HouseSnapshot(demo.format(), demo.name(), demo.dictionaries(), demo.series(),
                demo.qualifications(), demo.scales(), concat(demo.profiles(), broken), List.of());

        assertThatThrownBy(() -> house.load().load(snapshot)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("profiles[" + demo.profiles().size() + "].profile.groupCode");
        assertThat(house.versionRows()).isZero();
        assertThat(house.catalog().dictionaries()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exportsWhatItLoadsByteForByte(StoredHouse house) {
        String first = withDemo(house).export().json();
        StoredHouse empty = StoredHouse.on(house.name() + " (2)",
                house.name().equals("H2") ? TestDatabases.h2() : TestDatabases.postgres());

        empty.load().load(first, "export.json");

        assertThat(empty.export().json()).isEqualTo(first);
        assertThat(empty.load().load(first, "export.json").versionsUnchanged()).isEqualTo(house.versionRows());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exportsVacanciesAndLoadsThemBackByteForByte(StoredHouse house) {
        withDemo(house).vacancies().save(new SavedVacancy("v-1", vacancy(), "verzoek.txt", "anna", StoredHouse.NOW));
        String first = house.export().json();
        StoredHouse empty = StoredHouse.on(house.name() + " (3)",
                house.name().equals("H2") ? TestDatabases.h2() : TestDatabases.postgres());

        empty.load().load(first, "export.json");

        assertThat(empty.vacancies().find("v-1")).contains(house.vacancies().find("v-1").orElseThrow());
        assertThat(empty.export().json()).isEqualTo(first).contains("\"tariffMax\" : 35");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exportsStatementsSwitchesAndDocumentsAndLoadsThemBackByteForByte(StoredHouse house) {
        String withoutRecords = withDemo(house).export().json();
        HouseRecords records = house.records();
        records.statements().replace("Boekje Voorbeeldstad", List.of(
                statement("competentiematrix, regel 12", "Integriteit", LevelLetter.C),
                statement("tekst over functiegroep Balie, regel 30", "Klantgerichtheid", LevelLetter.B)));
        records.switches().record(new RuleSetting("CB-MAX-5", false, "Wij staan zes competenties toe", "anna", StoredHouse.NOW));
        records.switches().record(new RuleSetting("CB-MAX-5", true, null, "bert", StoredHouse.NOW.plusSeconds(60)));
        byte[] content = "Functieprofiel in onze eigen woorden\n".getBytes(StandardCharsets.UTF_8);
        records.documents().save(new ImportedDocument("d-1", "profiel.txt", sha256(content), "GENERIC", "Profiel",
                StoredHouse.NOW, "anna", content.length, "{\"entries\":[]}"), content);
        String first = house.export().json();
        StoredHouse empty = StoredHouse.on(house.name() + " (4)",
                house.name().equals("H2") ? TestDatabases.h2() : TestDatabases.postgres());

        empty.load().load(first, "export.json");

        assertThat(withoutRecords).doesNotContain("\"bookletStatements\"", "\"ruleSettings\"", "\"documents\"");
        assertThat(first).contains("\"bookletStatements\"", "\"ruleSettings\"", "\"documents\"",
                Base64.getEncoder().encodeToString(content));
        assertThat(empty.records().statements().all()).isEqualTo(records.statements().all()).hasSize(2);
        assertThat(empty.records().switches().history()).isEqualTo(records.switches().history()).hasSize(2);
        assertThat(empty.records().documents().content("d-1")).hasValueSatisfying(c -> assertThat(c).isEqualTo(content));
        assertThat(empty.export().json()).isEqualTo(first);
        empty.load().load(first, "export.json");
        assertThat(empty.export().json()).as("loading the same file again adds nothing").isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusesADocumentWhoseBytesDoNotMatchItsHashAndLoadsNothing(StoredHouse house) {
        byte[] content = "eigen tekst\n".getBytes(StandardCharsets.UTF_8);
        var document = new ImportedDocument("d-2", "tekst.txt", sha256("andere tekst\n".getBytes(StandardCharsets.UTF_8)),
                "GENERIC", "Tekst", StoredHouse.NOW, "anna", content.length, "{}");
        HouseSnapshot demo = DemoHouse.snapshot(StoredHouse.NOW);
        var snapshot = new HouseSnapshot(demo.format(), demo.name(), demo.dictionaries(), demo.series(), demo.qualifications(),
                demo.scales(), demo.profiles(), List.of(), List.of(), List.of(new RuleSetting("GEEN-REGEL", true, null, "anna",
                StoredHouse.NOW)), List.of(new ArchivedDocument(document, content)));

        assertThatThrownBy(() -> house.load().load(snapshot)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("documents[0].content").hasMessageContaining("ruleSettings[0].ruleId");
        assertThat(house.versionRows()).isZero();
        assertThat(house.records().documents().list()).isEmpty();
        assertThat(house.records().switches().history()).isEmpty();
    }

    private static BookletStatement statement(String place, String competency, LevelLetter level) {
        return new BookletStatement("Boekje Voorbeeldstad", BookletStatement.Origin.MATRIX, place, ProfileCode.of("VS-2040"),
                "Medewerker Balie I", competency, level);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Vacancy vacancy() {
        var terms = new Terms("Stadhuisplein 1", "zo snel mogelijk", YearMonth.of(2026, 9), 2, 36, 6, 3, 6, 6,
                new BigDecimal("23"), new BigDecimal("35"), 30, 70, "Week 39", 39);
        return new Vacancy("Medewerker archief", "Gemeente Voorbeeldstad", "Documentaire informatie", null, null,
                VacancyStatus.CONCEPT, terms, null, List.of(new Task("Archiveert dossiers", false)),
                List.of(new Requirement("mbo 4", Requirement.Kind.EDUCATION, 4, null, null, null, null)),
                List.of(new Wish("Kennis van het zaaksysteem", "zaaksysteem", 10, null)),
                List.of(new AskedCompetency("Nauwkeurigheid", null, null)), null, null);
    }

    private static NormFunction renamed(ProfileVersion v, String title) {
        var n = (NormFunction) v.profile();
        return new NormFunction(n.code(), title, n.groupCode(), n.dictionary(), n.nlqfLevel(), n.content());
    }

    private static nl.functiehuis.profile.FunctionProfile renamedGroup(ProfileVersion v) {
        return switch (v.profile()) {
            case NormFunction n -> new NormFunction(n.code(), n.title(), "GEEN.GROEP", n.dictionary(), n.nlqfLevel(), n.content());
            default -> throw new IllegalStateException("demo's first profile is expected to be a norm function: " + v.code());
        };
    }

    private static <T> List<T> concat(List<T> list, T item) {
        return Stream.concat(list.stream(), Stream.of(item)).toList();
    }
}
