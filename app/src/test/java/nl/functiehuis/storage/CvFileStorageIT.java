package nl.functiehuis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.functiehuis.CvSamples;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.application.CandidateDraft;
import nl.functiehuis.application.CvUpload;
import nl.functiehuis.application.EvaluationRefused;
import nl.functiehuis.application.Viewer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A candidate's CV file is stored, replaced, audited and guarded the same way on H2 and PostgreSQL. */
class CvFileStorageIT {
    private static final Viewer ADVISEUR = Viewer.user("adviseur");

    static Stream<StoredEvaluation> databases() {
        return EvaluationStorageIT.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesTheBytesAsSentWithTheirTextAndAuditsTheReplacement(StoredEvaluation db) {
        byte[] pdf = CvSamples.pdf("Anna de Vries", "Archivaris sinds 2015");
        String anna = db.cvFiles().addWithFile(StoredEvaluation.VACANCY, EvaluationStorageIT.draft("Anna", "25"),
                CvUpload.read("cv-bestand", "anna.pdf", pdf), ADVISEUR).id();

        var stored = db.cvFiles().download(anna, ADVISEUR);
        assertThat(stored.content()).isEqualTo(pdf);
        assertThat(stored.vacancyId()).isEqualTo(StoredEvaluation.VACANCY);
        assertThat(stored.file().name()).isEqualTo("anna.pdf");
        assertThat(stored.file().mediaType()).isEqualTo("application/pdf");
        assertThat(stored.file().size()).isEqualTo(pdf.length);
        assertThat(stored.file().text()).contains("Archivaris sinds 2015");
        assertThat(stored.file().addedAt()).isEqualTo(StoredEvaluation.START);

        db.later(10);
        byte[] word = CvSamples.docx("Anna de Vries", "Nieuw cv");
        db.cvFiles().put(anna, CvUpload.read("cv", "anna-2026.docx", word), Viewer.user("adviseur"));

        assertThat(db.cvFiles().download(anna, ADVISEUR).content()).isEqualTo(word);
        assertThat(db.rows("candidate_cv_file")).isEqualTo(1);
        var audit = db.reviews().auditLines(StoredEvaluation.VACANCY);
        assertThat(audit).extracting(a -> a.what())
                .containsExactly("kandidaat toegevoegd", "cv-bestand toegevoegd", "cv-bestand vervangen");
        var last = audit.getLast();
        assertThat(last.candidateId()).isEqualTo(anna);
        assertThat(last.actor()).isEqualTo("adviseur");
        assertThat(last.at()).isEqualTo(StoredEvaluation.START.plusSeconds(600));
        assertThat(last.oldValue()).startsWith("anna.pdf (").endsWith(")");
        assertThat(last.newValue()).startsWith("anna-2026.docx (");
        assertThat(db.cvFiles().ofVacancy(StoredEvaluation.VACANCY, ADVISEUR)).containsOnlyKeys(anna);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addsNeitherCandidateNorFileWhenTheCandidateIsInvalid(StoredEvaluation db) {
        var bad = new CandidateDraft("Cor", "Inhuur BV", new BigDecimal("28"), null, null, Map.of(3, "?"));
        var cv = CvUpload.read("cv-bestand", "cor.txt", CvSamples.text("Cor"));

        assertThatThrownBy(() -> db.cvFiles().addWithFile(StoredEvaluation.VACANCY, bad, cv, ADVISEUR))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("evidence.3"));
        assertThat(db.rows("candidate")).isZero();
        assertThat(db.rows("candidate_cv_file")).isZero();
        assertThat(db.rows("evaluation_audit")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsTheFileFromOutsidersOfTheTeam(StoredEvaluation db) {
        String anna = db.add().add(StoredEvaluation.VACANCY, List.of(EvaluationStorageIT.draft("Anna", "25")), ADVISEUR)
                .getFirst().id();
        var cv = CvUpload.read("cv", "anna.txt", CvSamples.text("Anna"));
        db.cvFiles().put(anna, cv, ADVISEUR);

        for (Viewer outsider : List.of(Viewer.user("beoordelaar"), Viewer.anonymous())) {
            assertThatThrownBy(() -> db.cvFiles().download(anna, outsider)).isInstanceOf(EvaluationRefused.class);
            assertThatThrownBy(() -> db.cvFiles().put(anna, cv, outsider)).isInstanceOf(EvaluationRefused.class);
            assertThat(db.cvFiles().ofVacancy(StoredEvaluation.VACANCY, outsider)).isEmpty();
        }
        assertThat(db.reviews().auditLines(StoredEvaluation.VACANCY)).hasSize(2);
    }
}
