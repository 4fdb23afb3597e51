package nl.functiehuis.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.validation.BookletStatement;
import nl.functiehuis.validation.BookletStatements;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What booklets state about their functions' levels, one row per statement, replaced per document. */
public final class JdbcBookletStatements implements BookletStatements {
    private final JdbcClient jdbc;

    public JdbcBookletStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BookletStatement> all() {
        return jdbc.sql("select document, origin, place, profile_code, function_name, competency, behaviour_level"
                + " from booklet_statement order by document, seq").query(JdbcBookletStatements::statement).list();
    }

    @Override
    public void replace(String document, List<BookletStatement> statements) {
        jdbc.sql("delete from booklet_statement where document = ?").param(document).update();
        for (int i = 0; i < statements.size(); i++) {
            BookletStatement s = statements.get(i);
            jdbc.sql("insert into booklet_statement (document, seq, origin, place, profile_code, function_name,"
                    + " competency, behaviour_level) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(document, i, s.origin().name(), s.place(), s.profile().value(), s.function(), s.competency(),
                            s.level().name())
                    .update();
        }
    }

    private static BookletStatement statement(ResultSet rs, int row) throws SQLException {
        return new BookletStatement(rs.getString("document"), BookletStatement.Origin.valueOf(rs.getString("origin")),
                rs.getString("place"), ProfileCode.of(rs.getString("profile_code")), rs.getString("function_name"),
                rs.getString("competency"), LevelLetter.valueOf(rs.getString("behaviour_level")));
    }
}
