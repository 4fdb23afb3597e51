package nl.functiehuis.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.CvFile;
import nl.functiehuis.evaluation.CvFiles;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.house.Transactions;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's CV as a file: a team member adds or replaces it (stored with an audit line "cv-bestand
 * toegevoegd" or "cv-bestand vervangen", old → new name, or not at all); only the team may read it.
 */
public final class CandidateCvFiles {
    private final AddCandidates add;
    private final VacancyTeam team;
    private final Candidates candidates;
    private final CvFiles files;
    private final Reviews reviews;
    private final Transactions transactions;
    private final Clock clock;

    public CandidateCvFiles(AddCandidates add, VacancyTeam team, Candidates candidates, CvFiles files, Reviews reviews,
            Transactions transactions, Clock clock) {
        this.add = add;
        this.team = team;
        this.candidates = candidates;
        this.files = files;
        this.reviews = reviews;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A file, the vacancy of its candidate and its bytes, to download. */
    public record Download(CvFile file, String vacancyId, byte[] content) {}

    /** Adds or replaces the candidate's CV file. */
    public CvFile put(String candidateId, CvUpload upload, Viewer viewer) {
        Candidate c = member(candidateId, viewer);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> store(c, upload, viewer, now));
    }

    /** Adds one candidate with its CV file: both or neither. */
    public Candidate addWithFile(String vacancyId, CandidateDraft draft, CvUpload upload, Viewer viewer) {
        return transactions.inTransaction(() -> {
            Candidate c = add.add(vacancyId, List.of(draft), viewer).getFirst();
            store(c, upload, viewer, clock.instant());
            return c;
        });
    }

    /**
     * Adds the candidates with the CV files given for them ({@code uploads} in the drafts' order, null where
     * there is none), all in one transaction: all or nothing.
     */
    public List<Candidate> addWithFiles(String vacancyId, List<CandidateDraft> drafts,
            List<@Nullable CvUpload> uploads, Viewer viewer, IntFunction<String> place) {
        if (uploads.size() != drafts.size()) {
            throw new IllegalArgumentException(uploads.size() + " cv-bestanden bij " + drafts.size() + " kandidaten");
        }
        return transactions.inTransaction(() -> {
            List<Candidate> made = add.add(vacancyId, drafts, viewer, place);
            Instant now = clock.instant();
            for (int i = 0; i < made.size(); i++) {
                CvUpload upload = uploads.get(i);
                if (upload != null) {
                    store(made.get(i), upload, viewer, now);
                }
            }
            return made;
        });
    }

    private CvFile store(Candidate c, CvUpload upload, Viewer viewer, Instant now) {
        var old = files.find(c.id());
        var file = new CvFile(c.id(), upload.name(), upload.mediaType(), upload.content().length, upload.text(),
                viewer.name(), now);
        files.put(file, upload.content());
        reviews.audit(new AuditLine(c.vacancyId(), c.id(), viewer.name(), now,
                old.isPresent() ? "cv-bestand vervangen" : "cv-bestand toegevoegd",
                old.map(CvFile::describe).orElse(null), file.describe()));
        return file;
    }

    /** The candidate's CV file for a team member; empty when there is none. */
    public Optional<CvFile> find(String candidateId, Viewer viewer) {
        member(candidateId, viewer);
        return files.find(candidateId);
    }

    /** The CV files of the vacancy's candidates by candidate id; empty outside the team. */
    public Map<String, CvFile> ofVacancy(String vacancyId, Viewer viewer) {
        return team.sees(viewer, vacancyId) ? files.ofVacancy(vacancyId) : Map.of();
    }

    /** The file with its bytes, for a team member. */
    public Download download(String candidateId, Viewer viewer) {
        Candidate c = member(candidateId, viewer);
        var file = files.find(candidateId)
                .orElseThrow(() -> new EvaluationNotFound("geen cv-bestand bij kandidaat " + candidateId));
        byte[] content = files.content(candidateId)
                .orElseThrow(() -> new EvaluationNotFound("geen cv-bestand bij kandidaat " + candidateId));
        return new Download(file, c.vacancyId(), content);
    }

    private Candidate member(String candidateId, Viewer viewer) {
        Candidate c = candidates.find(candidateId)
                .orElseThrow(() -> new EvaluationNotFound("geen kandidaat met id " + candidateId));
        team.requireMember(viewer, c.vacancyId());
        return c;
    }
}
