package nl.functiehuis.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over everything the ranking rests on: the settings, each candidate's rate, every verdict and
 * every score with its comment. A confirmation holds the fingerprint it saw; any change gives another.
 */
public final class ScoreFingerprint {
    private ScoreFingerprint() {}

    public static String of(ScoringSettings settings, List<CandidateScores> candidates) {
        List<String> lines = new ArrayList<>();
        lines.add("settings " + settings);
        for (CandidateScores c : candidates) {
            String id = c.candidate().id();
            lines.add("candidate " + id + " " + c.candidate().hourlyRate().stripTrailingZeros().toPlainString());
            c.verdicts().forEach(v -> lines.add("verdict " + id + " " + v.requirement() + " " + v.assessor() + " "
                    + v.describe()));
            c.wishScores().forEach(s -> lines.add("wish " + id + " " + s.wish() + " " + s.assessor() + " "
                    + s.describe()));
            c.competencyScores().forEach(s -> lines.add("competency " + id + " " + s.competency() + " "
                    + s.assessor() + " " + s.describe()));
        }
        lines.sort(null);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
