package nl.functiehuis.storage;

import static nl.functiehuis.storage.JdbcCandidates.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.functiehuis.evaluation.CvFile;
import nl.functiehuis.evaluation.CvFiles;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Candidates' CV files in SQL: the metadata and text in columns, the bytes as sent. */
public final class JdbcCvFiles implements CvFiles {
    private static final String COLUMNS = "candidate_id, name, media_type, size_bytes, body_text, added_by, added_at";

    private final JdbcClient jdbc;

    public JdbcCvFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(CvFile f, byte[] content) {
        jdbc.sql("delete from candidate_cv_file where candidate_id = ?").param(f.candidateId()).update();
        jdbc.sql("insert into candidate_cv_file (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.candidateId(), f.name(), f.mediaType(), f.size(), f.text(), f.addedBy(), utc(f.addedAt()),
                        content)
                .update();
    }

    @Override
    public Optional<CvFile> find(String candidateId) {
        return jdbc.sql("select " + COLUMNS + " from candidate_cv_file where candidate_id = ?").param(candidateId)
                .query(JdbcCvFiles::file).optional();
    }

    @Override
    public Optional<byte[]> content(String candidateId) {
        return jdbc.sql("select content from candidate_cv_file where candidate_id = ?").param(candidateId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public Map<String, CvFile> ofVacancy(String vacancyId) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "f.$1") + " from candidate_cv_file f"
                        + " join candidate c on c.id = f.candidate_id where c.vacancy_id = ?").param(vacancyId)
                .query(JdbcCvFiles::file).list().stream()
                .collect(Collectors.toMap(CvFile::candidateId, Function.identity()));
    }

    private static CvFile file(ResultSet rs, int n) throws SQLException {
        return new CvFile(rs.getString("candidate_id"), rs.getString("name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("body_text"), rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
