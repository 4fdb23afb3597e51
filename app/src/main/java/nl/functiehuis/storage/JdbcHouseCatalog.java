package nl.functiehuis.storage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.house.SalaryScale;
import nl.functiehuis.json.HouseJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The house's reference data in SQL, each item stored whole as JSON under its key. */
public final class JdbcHouseCatalog implements HouseCatalog {
    static final String DEFAULT_NAME = "Mijn functiehuis";

    private final JdbcClient jdbc;
    private final HouseJson json;

    public JdbcHouseCatalog(JdbcClient jdbc, HouseJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<CompetencyDictionary> dictionaries() {
        return jdbc.sql("select body from dictionary order by id").query(String.class).list().stream()
                .map(b -> json.readStored(b, CompetencyDictionary.class, "opgeslagen woordenboek")).toList();
    }

    @Override
    public Optional<CompetencyDictionary> dictionary(String id) {
        return jdbc.sql("select body from dictionary where id = ?").param(id).query(String.class).optional()
                .map(b -> json.readStored(b, CompetencyDictionary.class, "opgeslagen woordenboek " + id));
    }

    @Override
    public void save(CompetencyDictionary dictionary) {
        jdbc.sql("delete from dictionary where id = ?").param(dictionary.id()).update();
        jdbc.sql("insert into dictionary (id, name, body) values (?, ?, ?)")
                .params(dictionary.id(), dictionary.name(), json.write(dictionary)).update();
    }

    @Override
    public List<FunctionSeries> series() {
        return jdbc.sql("select body from function_series order by code").query(String.class).list().stream()
                .map(b -> json.readStored(b, FunctionSeries.class, "opgeslagen functiereeks")).toList();
    }

    @Override
    public void save(FunctionSeries series) {
        jdbc.sql("delete from function_series where code = ?").param(series.code()).update();
        jdbc.sql("insert into function_series (code, name, body) values (?, ?, ?)")
                .params(series.code(), series.name(), json.write(series)).update();
    }

    @Override
    public List<Qualification> qualifications() {
        return jdbc.sql("select body from qualification order by name").query(String.class).list().stream()
                .map(b -> json.read(b, Qualification.class, "opgeslagen kwalificatie")).toList();
    }

    @Override
    public void save(Qualification qualification) {
        jdbc.sql("delete from qualification where name = ?").param(qualification.name()).update();
        jdbc.sql("insert into qualification (name, body) values (?, ?)")
                .params(qualification.name(), json.write(qualification)).update();
    }

    @Override
    public List<SalaryScale> scales() {
        return jdbc.sql("select number, minimum, maximum from salary_scale order by number")
                .query((rs, row) -> new SalaryScale(rs.getInt("number"),
                        rs.getObject("minimum", BigDecimal.class), rs.getObject("maximum", BigDecimal.class)))
                .list();
    }

    @Override
    public void save(SalaryScale scale) {
        jdbc.sql("delete from salary_scale where number = ?").param(scale.number()).update();
        jdbc.sql("insert into salary_scale (number, minimum, maximum) values (?, ?, ?)")
                .params(scale.number(), scale.minimum(), scale.maximum()).update();
    }

    @Override
    public String name() {
        return jdbc.sql("select name from house where id = 1").query(String.class).optional().orElse(DEFAULT_NAME);
    }

    @Override
    public void rename(String name) {
        jdbc.sql("delete from house where id = 1").update();
        jdbc.sql("insert into house (id, name) values (1, ?)").param(name).update();
    }
}
