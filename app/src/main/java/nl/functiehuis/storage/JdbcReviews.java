package nl.functiehuis.storage;

import static nl.functiehuis.storage.JdbcCandidates.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.Confirmation;
import nl.functiehuis.evaluation.PriceBand;
import nl.functiehuis.evaluation.PriceMethod;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.evaluation.ScoringSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scoring settings, teams, confirmations and the audit log in SQL. */
public final class JdbcReviews implements Reviews {
    private final JdbcClient jdbc;

    public JdbcReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ScoringSettings> settings(String vacancyId) {
        List<PriceBand> bands = jdbc.sql("select up_to, points from price_band where vacancy_id = ? order by up_to")
                .param(vacancyId).query((rs, n) -> new PriceBand(rs.getBigDecimal(1), rs.getBigDecimal(2))).list();
        return jdbc.sql("select price_method, default_wish_points, competency_points, invite from scoring_settings"
                        + " where vacancy_id = ?").param(vacancyId)
                .query((rs, n) -> new ScoringSettings(PriceMethod.valueOf(rs.getString(1)), bands, rs.getInt(2),
                        rs.getInt(3), rs.getInt(4))).optional();
    }

    @Override
    public void saveSettings(String vacancyId, ScoringSettings s) {
        jdbc.sql("delete from price_band where vacancy_id = ?").param(vacancyId).update();
        jdbc.sql("delete from scoring_settings where vacancy_id = ?").param(vacancyId).update();
        jdbc.sql("insert into scoring_settings (vacancy_id, price_method, default_wish_points, competency_points,"
                        + " invite) values (?, ?, ?, ?, ?)")
                .params(vacancyId, s.priceMethod().name(), s.defaultWishPoints(), s.competencyPoints(), s.invite())
                .update();
        for (PriceBand band : s.bands()) {
            jdbc.sql("insert into price_band (vacancy_id, up_to, points) values (?, ?, ?)")
                    .params(vacancyId, band.upTo(), band.points()).update();
        }
    }

    @Override
    public Set<String> team(String vacancyId) {
        return new LinkedHashSet<>(jdbc.sql("select username from vacancy_team where vacancy_id = ? order by added_at,"
                + " username").param(vacancyId).query(String.class).list());
    }

    @Override
    public void addMember(String vacancyId, String user, String addedBy, Instant at) {
        if (!team(vacancyId).contains(user)) {
            jdbc.sql("insert into vacancy_team (vacancy_id, username, added_by, added_at) values (?, ?, ?, ?)")
                    .params(vacancyId, user, addedBy, utc(at)).update();
        }
    }

    @Override
    public Optional<Confirmation> latestConfirmation(String vacancyId) {
        return jdbc.sql("select assessor, confirmed_at, fingerprint from evaluation_confirmation where vacancy_id = ?"
                        + " order by id desc fetch first 1 rows only").param(vacancyId)
                .query((rs, n) -> new Confirmation(vacancyId, rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)))
                .optional();
    }

    @Override
    public void confirm(Confirmation c) {
        jdbc.sql("insert into evaluation_confirmation (vacancy_id, assessor, confirmed_at, fingerprint)"
                        + " values (?, ?, ?, ?)").params(c.vacancyId(), c.assessor(), utc(c.at()), c.fingerprint())
                .update();
    }

    @Override
    public void audit(AuditLine a) {
        jdbc.sql("insert into evaluation_audit (vacancy_id, candidate_id, actor, changed_at, what, old_value, new_value)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(a.vacancyId(), a.candidateId(), a.actor(), utc(a.at()), a.what(), clip(a.oldValue()),
                        clip(a.newValue()))
                .update();
    }

    @Override
    public List<AuditLine> auditLines(String vacancyId) {
        return jdbc.sql("select candidate_id, actor, changed_at, what, old_value, new_value from evaluation_audit"
                        + " where vacancy_id = ? order by id").param(vacancyId)
                .query((rs, n) -> new AuditLine(vacancyId, rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6))).list();
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
    }
}
