package nl.functiehuis.evaluation;

import java.util.Map;
import java.util.Optional;

/** Storage port for candidates' CV files: at most one per candidate, with its bytes. */
public interface CvFiles {

    /** Stores the file with its bytes, replacing the candidate's earlier one. */
    void put(CvFile file, byte[] content);

    /** The candidate's CV file without its bytes, if any. */
    Optional<CvFile> find(String candidateId);

    /** The bytes of the candidate's CV file, if any. */
    Optional<byte[]> content(String candidateId);

    /** The CV files of a vacancy's candidates (without bytes), by candidate id. */
    Map<String, CvFile> ofVacancy(String vacancyId);
}
