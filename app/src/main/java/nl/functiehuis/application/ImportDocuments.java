package nl.functiehuis.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.house.ImportedDocument;
import nl.functiehuis.house.ImportedDocuments;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.StaleEdit;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.validation.BookletStatements;
import nl.functiehuis.vacancy.Vacancies;

/**
 * Imports one function-profile document, all or nothing, in one transaction: its dictionaries, series
 * and qualifications, its profiles (as new versions only where they changed), its vacancies and, for a
 * booklet, the levels it states outside its profile texts (for the validation rules). The
 * document itself is kept once per distinct content. A dry run does the same work and rolls it back.
 */
public final class ImportDocuments {
    private final ProfileDocumentParser parser;
    private final ReferenceDataImport referenceData;
    private final ProfileImport profiles;
    private final VacancyImport vacancies;
    private final ImportedDocuments documents;
    private final Transactions transactions;
    private final HouseJson json;
    private final Clock clock;
    private final Supplier<String> ids;
    private final BookletStatements statements;

    public ImportDocuments(ProfileDocumentParser parser, FunctionProfiles profiles, HouseCatalog catalog,
            Vacancies vacancies, ImportedDocuments documents, SaveProfile save, Transactions transactions, HouseJson json,
            Clock clock, Supplier<String> ids, BookletStatements statements, HouseListener listener) {
        this.parser = parser;
        this.referenceData = new ReferenceDataImport(catalog, listener);
        this.profiles = new ProfileImport(profiles, catalog, save);
        this.vacancies = new VacancyImport(vacancies, json, ids);
        this.documents = documents;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.ids = ids;
        this.statements = statements;
    }

    public ImportOutcome importDocument(String name, byte[] content, String author, boolean dryRun) {
        ParseResult result = parser.parse(name, content);
        if (result instanceof ParseResult.Rejected(String source, String reason)) {
            return ImportOutcome.failed(name, dryRun, null, List.of(new Problem("document", reason)), List.of());
        }
        ParsedDocument document = ((ParseResult.Parsed) result).document();
        var parsed = new ImportOutcome.Parsed(document.kind().name(), document.kind().label(), document.title(),
                sha256(content));
        var log = new ImportLog(document.report());
        try {
            return transactions.inTransaction(() -> {
                ImportOutcome outcome = store(name, content, document.draft(), parsed, author, dryRun, log);
                BookletStatementImport.of(document.title(), document.facts())
                        .ifPresent(s -> statements.replace(document.title(), s));
                if (dryRun) {
                    throw new RolledBack(outcome);
                }
                return outcome;
            });
        } catch (RolledBack r) {
            return r.outcome;
        } catch (ImportLog.ImportRefused e) {
            return ImportOutcome.failed(name, dryRun, parsed, e.problems(), log.entries());
        } catch (InvalidInput e) {
            return ImportOutcome.failed(name, dryRun, parsed, e.problems(), log.entries());
        } catch (InvalidValue e) {
            return ImportOutcome.failed(name, dryRun, parsed, List.of(new Problem(e.field(), e.problem())), log.entries());
        } catch (StaleEdit e) {
            return ImportOutcome.failed(name, dryRun, parsed, List.of(new Problem("profiel " + e.code(), e.getMessage())),
                    log.entries());
        }
    }

    private ImportOutcome store(String name, byte[] content, ImportDraft draft, ImportOutcome.Parsed parsed,
            String author, boolean dryRun, ImportLog log) {
        if (draft.profiles().isEmpty() && draft.vacancies().isEmpty() && draft.dictionaries().isEmpty()
                && draft.series().isEmpty() && draft.qualifications().isEmpty()) {
            log.problem("document", name + ": er is niets in gevonden om te importeren");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var replaced = referenceData.apply(draft, log);
        log.refuseIfProblems();
        var matched = profiles.prepare(draft.profiles(), replaced, log);
        log.refuseIfProblems();
        profiles.store(matched, name, author, log);
        vacancies.store(draft.vacancies(), name, author, now, log);
        var outcome = new ImportOutcome(name, log.changed() ? ImportOutcome.Status.IMPORTED : ImportOutcome.Status.UNCHANGED,
                dryRun, parsed.kind(), parsed.kindLabel(), parsed.title(), parsed.sha256(), log.items(), log.entries(),
                null, List.of());
        if (documents.withSha256(parsed.sha256()).isEmpty()) {
            documents.save(new ImportedDocument(ids.get(), name, parsed.sha256(), parsed.kind(), parsed.title(), now,
                    author, content.length, json.write(outcome)), content);
        }
        return outcome;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Ends a dry run's transaction so that nothing it stored remains, carrying what it would have done. */
    private static final class RolledBack extends RuntimeException {
        private final transient ImportOutcome outcome;

        RolledBack(ImportOutcome outcome) {
            super("dry run", null, false, false);
            this.outcome = outcome;
        }
    }
}
