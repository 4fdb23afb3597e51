package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.house.ArchivedDocument;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ImportedDocument;
import nl.functiehuis.house.Problem;
import nl.functiehuis.validation.BookletStatement;
import nl.functiehuis.validation.HouseRules;
import nl.functiehuis.validation.Rule;
import nl.functiehuis.validation.RuleSetting;

/**
 * Loads the records of an export: booklet statements replace those of the same booklet; rule switch
 * changes not yet in the history are added in file order; imported documents are kept under their id,
 * one already stored must be identical. {@link #problems} finds what would be refused before anything is
 * written.
 */
final class LoadRecords {
    private final HouseRecords records;

    LoadRecords(HouseRecords records) {
        this.records = records;
    }

    List<Problem> problems(HouseSnapshot snapshot) {
        List<Problem> problems = new ArrayList<>();
        List<RuleSetting> settings = snapshot.ruleSettings();
        for (int i = 0; i < settings.size(); i++) {
            if (HouseRules.byId(settings.get(i).ruleId()).isEmpty()) {
                problems.add(new Problem("ruleSettings[" + i + "].ruleId", "onbekende regel '" + settings.get(i).ruleId() + "'"));
            }
        }
        List<ArchivedDocument> documents = snapshot.documents();
        for (int i = 0; i < documents.size(); i++) {
            document(documents.get(i), "documents[" + i + "]").ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<Problem> document(ArchivedDocument archived, String at) {
        ImportedDocument d = archived.document();
        if (!ImportDocuments.sha256(archived.content()).equals(d.sha256())) {
            return Optional.of(new Problem(at + ".content", "de inhoud past niet bij sha256 " + d.sha256()
                    + " van '" + d.name() + "'"));
        }
        Optional<ImportedDocument> stored = records.documents().find(d.id());
        if (stored.isPresent()) {
            return stored.get().equals(d) ? Optional.empty() : Optional.of(new Problem(at, "document " + d.id()
                    + " ('" + d.name() + "') wijkt af van het opgeslagen document; er is niets geladen"));
        }
        return records.documents().withSha256(d.sha256()).map(same -> new Problem(at, "'" + d.name()
                + "' staat al in het functiehuis als document " + same.id() + " ('" + same.name() + "')"));
    }

    void load(HouseSnapshot snapshot) {
        Map<String, List<BookletStatement>> perBooklet = new LinkedHashMap<>();
        snapshot.bookletStatements().forEach(s -> perBooklet.computeIfAbsent(s.document(), k -> new ArrayList<>()).add(s));
        perBooklet.forEach(records.statements()::replace);
        List<RuleSetting> history = records.switches().history();
        for (RuleSetting s : snapshot.ruleSettings()) {
            Rule rule = HouseRules.byId(s.ruleId()).orElseThrow();
            var setting = new RuleSetting(rule.id(), s.enabled(), s.reason(), s.author(), s.changedAt());
            if (!history.contains(setting)) {
                records.switches().record(setting);
            }
        }
        for (ArchivedDocument archived : snapshot.documents()) {
            if (records.documents().find(archived.document().id()).isEmpty()) {
                records.documents().save(archived.document(), archived.content());
            }
        }
    }
}
