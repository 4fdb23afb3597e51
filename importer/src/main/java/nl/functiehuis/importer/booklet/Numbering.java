package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.ProfileParts.Process;
import nl.functiehuis.importer.booklet.ProfileParts.Task;
import nl.functiehuis.importer.booklet.ProfileParts.TaskBlock;

/**
 * Checks the numbered lists of a profile: critical situations, qualification rows, core-task blocks,
 * core tasks (1, 2, 3 …) and work processes (k.1, k.2 … under core task k). Numbers stay as written;
 * a sequence that skips or repeats is reported.
 */
final class Numbering {
    private Numbering() {}

    private record Numbered(String number, Written at) {}

    static void check(ProfileFacts p, Findings findings) {
        String code = p.codeText();
        simple("kritische werksituaties", p.criticalSituations().stream()
                .filter(s -> s.number() != null).map(s -> new Numbered(s.number(), s.title())).toList(), code, findings);
        simple("kwalificatietabel", p.qualificationTable().stream()
                .filter(r -> r.number() != null).map(r -> new Numbered(r.number(), r.name())).toList(), code, findings);
        for (TaskBlock block : p.taskBlocks()) {
            String qualification = block.qualification() == null ? "?" : block.qualification().text();
            simple("kerntaken van " + qualification, block.tasks().stream()
                    .map(t -> new Numbered(t.number(), t.title())).toList(), code, findings);
            for (Task task : block.tasks()) {
                processes(qualification, task, code, findings);
            }
        }
    }

    private static void simple(String what, List<Numbered> items, String code, Findings findings) {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).number().equals(String.valueOf(i + 1))) {
                gap(what, items, code, findings);
                return;
            }
        }
    }

    private static void processes(String qualification, Task task, String code, Findings findings) {
        List<Numbered> items = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < task.processes().size(); i++) {
            Process p = task.processes().get(i);
            items.add(new Numbered(p.number(), p.title()));
            ok &= p.number().equals(task.number() + "." + (i + 1));
        }
        if (!ok) {
            gap("werkprocessen van kerntaak " + task.number() + " '" + task.title().text() + "' (" + qualification + ")",
                    items, code, findings);
        }
    }

    private static void gap(String what, List<Numbered> items, String code, Findings findings) {
        String sequence = items.stream().map(Numbered::number).collect(Collectors.joining(", "));
        findings.note(what + "|" + sequence, Kind.NUMBERING_GAP, "nummering van " + what
                + " loopt niet door; overgenomen zoals geschreven",
                List.of(new Inconsistency.Reading(sequence, items.get(0).at().at(), code)));
    }
}
