package nl.functiehuis.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.CandidateScores;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.CompetencyScore;
import nl.functiehuis.evaluation.Evidence;
import nl.functiehuis.evaluation.RequirementVerdict;
import nl.functiehuis.evaluation.Verdict;
import nl.functiehuis.evaluation.WishScore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Candidates, their evidence, verdicts and scores in SQL; a score replaces the same assessor's earlier one. */
public final class JdbcCandidates implements Candidates {
    private static final String COLUMNS = "id, vacancy_id, name, supplier, hourly_rate, availability, cv";

    private final JdbcClient jdbc;

    public JdbcCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Candidate c, String addedBy, Instant at) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from candidate where vacancy_id = ?").param(c.vacancyId())
                .query(Integer.class).single();
        jdbc.sql("insert into candidate (id, vacancy_id, seq, name, supplier, hourly_rate, availability, cv, added_by,"
                        + " added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.vacancyId(), seq, c.name(), c.supplier(), c.hourlyRate(), c.availability(), c.cv(),
                        addedBy, utc(at))
                .update();
        for (Evidence e : c.evidence()) {
            jdbc.sql("insert into candidate_evidence (candidate_id, requirement, body) values (?, ?, ?)")
                    .params(c.id(), e.requirement(), e.text()).update();
        }
    }

    @Override
    public List<Candidate> ofVacancy(String vacancyId) {
        Map<String, List<Evidence>> evidence = jdbc.sql("select e.candidate_id, e.requirement, e.body"
                        + " from candidate_evidence e join candidate c on c.id = e.candidate_id where c.vacancy_id = ?"
                        + " order by e.requirement").param(vacancyId)
                .query((rs, n) -> Map.entry(rs.getString(1), new Evidence(rs.getInt(2), rs.getString(3)))).list()
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select " + COLUMNS + " from candidate where vacancy_id = ? order by seq").param(vacancyId)
                .query((rs, n) -> candidate(rs, evidence.getOrDefault(rs.getString("id"), List.of()))).list();
    }

    @Override
    public Optional<Candidate> find(String candidateId) {
        List<Evidence> evidence = jdbc.sql("select requirement, body from candidate_evidence where candidate_id = ?"
                        + " order by requirement").param(candidateId)
                .query((rs, n) -> new Evidence(rs.getInt(1), rs.getString(2))).list();
        return jdbc.sql("select " + COLUMNS + " from candidate where id = ?").param(candidateId)
                .query((rs, n) -> candidate(rs, evidence)).optional();
    }

    @Override
    public List<CandidateScores> scores(String vacancyId) {
        String of = " join candidate c on c.id = x.candidate_id where c.vacancy_id = ?";
        var verdicts = group(jdbc.sql("select x.candidate_id, x.requirement, x.verdict, x.reason, x.assessor"
                + " from requirement_verdict x" + of + " order by x.requirement").param(vacancyId)
                .query((rs, n) -> Map.entry(rs.getString(1), new RequirementVerdict(rs.getInt(2),
                        Verdict.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))).list());
        var wishes = group(jdbc.sql("select x.candidate_id, x.wish, x.assessor, x.points, x.remark from wish_score x"
                + of + " order by x.wish, x.assessor").param(vacancyId)
                .query((rs, n) -> Map.entry(rs.getString(1), new WishScore(rs.getInt(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5)))).list());
        var competencies = group(jdbc.sql("select x.candidate_id, x.competency, x.assessor, x.points, x.remark"
                + " from competency_score x" + of + " order by x.competency, x.assessor").param(vacancyId)
                .query((rs, n) -> Map.entry(rs.getString(1), new CompetencyScore(rs.getInt(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5)))).list());
        return ofVacancy(vacancyId).stream().map(c -> new CandidateScores(c, verdicts.getOrDefault(c.id(), List.of()),
                wishes.getOrDefault(c.id(), List.of()), competencies.getOrDefault(c.id(), List.of()))).toList();
    }

    @Override
    public void putVerdict(String candidateId, RequirementVerdict v, Instant at) {
        jdbc.sql("delete from requirement_verdict where candidate_id = ? and requirement = ?")
                .params(candidateId, v.requirement()).update();
        jdbc.sql("insert into requirement_verdict (candidate_id, requirement, verdict, reason, assessor, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(candidateId, v.requirement(), v.verdict().name(), v.reason(), v.assessor(), utc(at)).update();
    }

    @Override
    public void putWishScore(String candidateId, WishScore s, Instant at) {
        jdbc.sql("delete from wish_score where candidate_id = ? and wish = ? and assessor = ?")
                .params(candidateId, s.wish(), s.assessor()).update();
        jdbc.sql("insert into wish_score (candidate_id, wish, assessor, points, remark, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(candidateId, s.wish(), s.assessor(), s.points(), s.comment(), utc(at)).update();
    }

    @Override
    public void putCompetencyScore(String candidateId, CompetencyScore s, Instant at) {
        jdbc.sql("delete from competency_score where candidate_id = ? and competency = ? and assessor = ?")
                .params(candidateId, s.competency(), s.assessor()).update();
        jdbc.sql("insert into competency_score (candidate_id, competency, assessor, points, remark, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(candidateId, s.competency(), s.assessor(), s.points(), s.comment(), utc(at)).update();
    }

    private static Candidate candidate(ResultSet rs, List<Evidence> evidence) throws SQLException {
        return new Candidate(rs.getString("id"), rs.getString("vacancy_id"), rs.getString("name"),
                rs.getString("supplier"), rs.getBigDecimal("hourly_rate"), rs.getString("availability"),
                rs.getString("cv"), evidence);
    }

    private static <T> Map<String, List<T>> group(List<Map.Entry<String, T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
