package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import nl.functiehuis.importer.booklet.front.NlqfRow;
import nl.functiehuis.profile.EducationLevel;

/**
 * Compares each profile's minimum education with the NLQF level of its row in part 2: a minimum below the
 * lowest NLQF level the row gives ("4/6" → 4), or a minimum without a level, is reported with both texts.
 */
final class EducationCheck {
    private EducationCheck() {}

    static void check(List<ProfileFacts> profiles, List<ProfileLink> links, Findings findings) {
        for (int i = 0; i < profiles.size(); i++) {
            ProfileFacts p = profiles.get(i);
            NlqfRow row = links.get(i).nlqf();
            if (row == null || row.levels().isEmpty() || p.education().isEmpty()) {
                continue;
            }
            Written education = p.education().get(0);
            EducationLevel level = EducationText.level(education.text());
            int lowest = row.levels().stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (level != null && level.nlqf() >= lowest) {
                continue;
            }
            String nlqf = "NLQF-niveau " + row.levelAsWritten() + " van '" + row.title() + "'";
            String says = level == null ? " noemt geen niveau; het " + nlqf + " wel" : " (" + level.label() + ") ligt onder het " + nlqf;
            findings.note("opleiding-nlqf|" + p.codeText(), Kind.EDUCATION_VS_NLQF, "de minimale opleiding van " + p.codeText() + says,
                    List.of(Findings.reading(education, p.codeText()), new Reading(row.levelAsWritten(), row.at(),
                            row.title() + " (NLQF)")));
        }
    }
}
