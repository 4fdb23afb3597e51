package nl.functiehuis.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.evaluation.Amounts;
import nl.functiehuis.evaluation.CandidateScores;
import nl.functiehuis.evaluation.QualityScore;
import nl.functiehuis.evaluation.RequirementVerdict;
import nl.functiehuis.evaluation.ScoringSettings;
import nl.functiehuis.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;

/** What the candidate page shows a team member: per eis the evidence and verdict, per wish and competency the scores. */
record CandidatePage(List<EisLine> eisen, List<ScoreLine> wishes, List<ScoreLine> competencies) {

    record EisLine(int number, String text, @Nullable String evidence, @Nullable RequirementVerdict verdict) {}

    /** A wish or competency: its maximum, every assessor's score as text, and the viewer's own to edit. */
    record ScoreLine(int number, String text, @Nullable String guide, int max, List<String> given,
            @Nullable BigDecimal mine, @Nullable String myComment) {}

    static CandidatePage of(Vacancy vacancy, ScoringSettings settings, CandidateScores scores, String user) {
        List<EisLine> eisen = new ArrayList<>();
        for (int i = 0; i < vacancy.requirements().size(); i++) {
            int n = i + 1;
            eisen.add(new EisLine(n, vacancy.requirements().get(i).text(), scores.candidate().evidenceFor(n),
                    scores.verdicts().stream().filter(v -> v.requirement() == n).findFirst().orElse(null)));
        }
        List<ScoreLine> wishes = new ArrayList<>();
        for (int i = 0; i < vacancy.wishes().size(); i++) {
            int n = i + 1;
            var wish = vacancy.wishes().get(i);
            var given = scores.wishScores().stream().filter(s -> s.wish() == n).toList();
            var mine = given.stream().filter(s -> s.assessor().equals(user)).findFirst();
            wishes.add(new ScoreLine(n, wish.text(), wish.scoringGuide(), QualityScore.maxPoints(wish, settings),
                    given.stream().map(s -> s.assessor() + ": " + s.describe()).toList(),
                    mine.map(s -> s.points()).orElse(null), mine.map(s -> s.comment()).orElse(null)));
        }
        List<ScoreLine> competencies = new ArrayList<>();
        for (int i = 0; i < vacancy.competencies().size(); i++) {
            int n = i + 1;
            var asked = vacancy.competencies().get(i);
            var given = scores.competencyScores().stream().filter(s -> s.competency() == n).toList();
            var mine = given.stream().filter(s -> s.assessor().equals(user)).findFirst();
            competencies.add(new ScoreLine(n, asked.name(), asked.description(), settings.competencyPoints(),
                    given.stream().map(s -> s.assessor() + ": " + s.describe()).toList(),
                    mine.map(s -> s.points()).orElse(null), mine.map(s -> s.comment()).orElse(null)));
        }
        return new CandidatePage(eisen, wishes, competencies);
    }

    static String euro(BigDecimal amount) {
        return Amounts.euro(amount);
    }
}
