package nl.functiehuis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;

/**
 * Whether a candidate takes part: a rate outside the tariff range and every eis judged niet voldaan exclude,
 * each with its reason; eisen judged onduidelijk or not judged yet stay open.
 */
public record Admission(List<String> exclusions, List<Integer> open) {

    public Admission {
        exclusions = List.copyOf(exclusions);
        open = List.copyOf(open);
    }

    public boolean excluded() {
        return !exclusions.isEmpty();
    }

    public static Admission of(Vacancy vacancy, CandidateScores scores) {
        List<String> exclusions = new ArrayList<>();
        rateReason(vacancy.terms(), scores.candidate()).ifPresent(exclusions::add);
        List<Integer> open = new ArrayList<>();
        List<Requirement> requirements = vacancy.requirements();
        for (int i = 0; i < requirements.size(); i++) {
            int number = i + 1;
            var verdict = scores.verdicts().stream().filter(v -> v.requirement() == number).findFirst();
            if (verdict.isEmpty() || verdict.get().verdict() == Verdict.ONDUIDELIJK) {
                open.add(number);
            } else if (verdict.get().verdict() == Verdict.NIET_VOLDAAN) {
                exclusions.add("eis " + number + " niet voldaan (" + shorten(requirements.get(i).text()) + "): "
                        + verdict.get().reason());
            }
        }
        return new Admission(exclusions, open);
    }

    /** "tarief € 36 boven maximum € 35" or "tarief € 20 onder minimum € 23" when the rate is outside the range. */
    public static Optional<String> rateReason(Terms terms, Candidate candidate) {
        var rate = candidate.hourlyRate();
        if (terms.tariffMax() != null && rate.compareTo(terms.tariffMax()) > 0) {
            return Optional.of("tarief " + Amounts.euro(rate) + " boven maximum " + Amounts.euro(terms.tariffMax()));
        }
        if (terms.tariffMin() != null && rate.compareTo(terms.tariffMin()) < 0) {
            return Optional.of("tarief " + Amounts.euro(rate) + " onder minimum " + Amounts.euro(terms.tariffMin()));
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57).strip() + "…";
    }
}
