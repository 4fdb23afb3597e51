package nl.functiehuis.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.house.ImportedDocument;
import nl.functiehuis.house.ImportedDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imported documents in SQL: metadata in columns, the original bytes, and the report as JSON text. */
public final class JdbcImportedDocuments implements ImportedDocuments {
    private static final String COLUMNS = "id, name, sha256, kind, title, imported_at, author, size_bytes, report";

    private final JdbcClient jdbc;

    public JdbcImportedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ImportedDocument d, byte[] content) {
        jdbc.sql("insert into source_document (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.name(), d.sha256(), d.kind(), d.title(),
                        OffsetDateTime.ofInstant(d.importedAt(), ZoneOffset.UTC), d.author(), d.size(), d.report(), content)
                .update();
    }

    @Override
    public Optional<ImportedDocument> withSha256(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from source_document where sha256 = ?").param(sha256)
                .query(JdbcImportedDocuments::document).optional();
    }

    @Override
    public Optional<ImportedDocument> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from source_document where id = ?").param(id)
                .query(JdbcImportedDocuments::document).optional();
    }

    @Override
    public Optional<byte[]> content(String id) {
        return jdbc.sql("select content from source_document where id = ?").param(id)
                .query((rs, row) -> rs.getBytes("content")).optional();
    }

    @Override
    public List<ImportedDocument> list() {
        return jdbc.sql("select " + COLUMNS + " from source_document order by imported_at desc, name")
                .query(JdbcImportedDocuments::document).list();
    }

    private static ImportedDocument document(ResultSet rs, int row) throws SQLException {
        return new ImportedDocument(rs.getString("id"), rs.getString("name"), rs.getString("sha256"),
                rs.getString("kind"), rs.getString("title"), rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
                rs.getString("author"), rs.getLong("size_bytes"), rs.getString("report"));
    }
}
