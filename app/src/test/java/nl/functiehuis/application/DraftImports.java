package nl.functiehuis.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.functiehuis.importer.DocumentFacts;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.Genres;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.storage.JdbcBookletStatements;
import nl.functiehuis.storage.JdbcFunctionProfiles;
import nl.functiehuis.storage.JdbcHouseCatalog;
import nl.functiehuis.storage.JdbcImportedDocuments;
import nl.functiehuis.storage.JdbcRuleSwitches;
import nl.functiehuis.storage.JdbcVacancies;
import nl.functiehuis.storage.SpringTransactions;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import use case over a fresh database, wired by hand as the application does, with a parser whose
 * only genre hands back the draft a test prepared: so a test decides exactly what a "document" holds.
 */
final class DraftImports {
    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    final JdbcFunctionProfiles profiles;
    final JdbcHouseCatalog catalog;
    final ExportHouse export;
    private final PreparedGenre genre = new PreparedGenre();
    private final ImportDocuments importer;
    private int documents;

    DraftImports(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        var json = new HouseJson();
        profiles = new JdbcFunctionProfiles(jdbc, json);
        catalog = new JdbcHouseCatalog(jdbc, json);
        export = new ExportHouse(profiles, catalog, new JdbcVacancies(jdbc, json), new HouseRecords(
                new JdbcBookletStatements(jdbc), new JdbcRuleSwitches(jdbc), new JdbcImportedDocuments(jdbc)), json);
        var transactions = new SpringTransactions(new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var parser = new ProfileDocumentParser(List.of(genre), Genres.fallback(), Limits.DEFAULT);
        importer = new ImportDocuments(parser, profiles, catalog, new JdbcVacancies(jdbc, json),
                new JdbcImportedDocuments(jdbc), new SaveProfile(profiles, catalog, transactions, clock, HouseListener.NONE),
                transactions, json, clock, () -> UUID.randomUUID().toString(), new JdbcBookletStatements(jdbc),
                HouseListener.NONE);
    }

    /** Imports a document that holds exactly this draft. */
    ImportOutcome importDraft(ImportDraft draft) {
        genre.draft = draft;
        documents++;
        byte[] content = ("document " + documents + "\n").getBytes(StandardCharsets.UTF_8);
        return importer.importDocument("document-" + documents + ".txt", content, "tester", false);
    }

    private static final class PreparedGenre implements Genre {
        ImportDraft draft = new ImportDraft(List.of(), List.of(), List.of(), List.of(), List.of());

        @Override
        public DocumentKind kind() {
            return DocumentKind.COMPETENCY_BOOKLET;
        }

        @Override
        public double fit(SourceDocument document) {
            return 1;
        }

        @Override
        public ParsedDocument parse(SourceDocument document, ImportReport report) {
            return new ParsedDocument(document.source(), kind(), "Testboekje", draft, new DocumentFacts() {},
                    report.entries());
        }
    }
}
