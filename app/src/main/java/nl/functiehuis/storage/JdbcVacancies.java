package nl.functiehuis.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.StaleVacancy;
import nl.functiehuis.vacancy.Vacancies;
import nl.functiehuis.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Vacancies in SQL: the vacancy as JSON plus columns for listing, finding by source and the revision. */
public final class JdbcVacancies implements Vacancies {
    private static final String COLUMNS = "id, source, author, created_at, revision, edited_by, edited_at, body";

    private final JdbcClient jdbc;
    private final HouseJson json;

    public JdbcVacancies(JdbcClient jdbc, HouseJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void save(SavedVacancy saved) {
        Vacancy v = saved.vacancy();
        jdbc.sql("insert into vacancy (id, title, status, profile_code, profile_version, source, created_at, author,"
                        + " revision, edited_by, edited_at, body) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(saved.id(), v.title(), v.status().name(), v.profileCode(), v.profileVersion(), saved.source(),
                        time(saved.createdAt()), saved.author(), saved.revision(), saved.editedBy(),
                        time(saved.editedAt()), json.write(v))
                .update();
    }

    @Override
    public void update(SavedVacancy saved) {
        Vacancy v = saved.vacancy();
        int changed = jdbc.sql("update vacancy set title = ?, status = ?, profile_code = ?, profile_version = ?,"
                        + " revision = ?, edited_by = ?, edited_at = ?, body = ? where id = ? and revision = ?")
                .params(v.title(), v.status().name(), v.profileCode(), v.profileVersion(), saved.revision(),
                        saved.editedBy(), time(saved.editedAt()), json.write(v), saved.id(), saved.revision() - 1)
                .update();
        if (changed == 0) {
            int latest = jdbc.sql("select revision from vacancy where id = ?").param(saved.id())
                    .query(Integer.class).optional().orElse(0);
            throw new StaleVacancy(saved.id(), saved.revision() - 1, latest);
        }
    }

    @Override
    public List<SavedVacancy> list() {
        return jdbc.sql("select " + COLUMNS + " from vacancy order by created_at desc, id").query(this::vacancy).list();
    }

    @Override
    public Optional<SavedVacancy> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from vacancy where id = ?").param(id).query(this::vacancy).optional();
    }

    @Override
    public List<SavedVacancy> fromSource(String source) {
        return jdbc.sql("select " + COLUMNS + " from vacancy where source = ? order by created_at, id")
                .param(source).query(this::vacancy).list();
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private SavedVacancy vacancy(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        OffsetDateTime edited = rs.getObject("edited_at", OffsetDateTime.class);
        return new SavedVacancy(id, json.read(rs.getString("body"), Vacancy.class, "opgeslagen vacature " + id),
                rs.getString("source"), rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("revision"), rs.getString("edited_by"), edited == null ? null : edited.toInstant());
    }
}
