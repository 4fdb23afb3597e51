package nl.functiehuis.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.functiehuis.validation.RuleSetting;
import nl.functiehuis.validation.RuleSwitches;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rule switches in SQL: one row per change, never updated, read back in the order they were made. */
public final class JdbcRuleSwitches implements RuleSwitches {
    private final JdbcClient jdbc;

    public JdbcRuleSwitches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RuleSetting> history() {
        return jdbc.sql("select rule_id, enabled, reason, author, changed_at from rule_setting order by id")
                .query(JdbcRuleSwitches::setting).list();
    }

    @Override
    public void record(RuleSetting s) {
        jdbc.sql("insert into rule_setting (rule_id, enabled, reason, author, changed_at) values (?, ?, ?, ?, ?)")
                .params(s.ruleId(), s.enabled(), s.reason(), s.author(), OffsetDateTime.ofInstant(s.changedAt(), ZoneOffset.UTC))
                .update();
    }

    private static RuleSetting setting(ResultSet rs, int row) throws SQLException {
        return new RuleSetting(rs.getString("rule_id"), rs.getBoolean("enabled"), rs.getString("reason"),
                rs.getString("author"), rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
