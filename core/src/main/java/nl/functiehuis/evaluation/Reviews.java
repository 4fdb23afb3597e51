package nl.functiehuis.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage port for what surrounds the scores: settings, team, confirmations and the audit log. */
public interface Reviews {

    Optional<ScoringSettings> settings(String vacancyId);

    void saveSettings(String vacancyId, ScoringSettings settings);

    /** The users added to the vacancy's team (its author is a member without being listed). */
    Set<String> team(String vacancyId);

    void addMember(String vacancyId, String user, String addedBy, Instant at);

    Optional<Confirmation> latestConfirmation(String vacancyId);

    void confirm(Confirmation confirmation);

    void audit(AuditLine line);

    /** The vacancy's audit lines, oldest first. */
    List<AuditLine> auditLines(String vacancyId);
}
