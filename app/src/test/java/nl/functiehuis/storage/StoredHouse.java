package nl.functiehuis.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.ExportHouse;
import nl.functiehuis.application.HouseRecords;
import nl.functiehuis.application.LoadHouse;
import nl.functiehuis.application.SaveProfile;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.json.HouseJson;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The storage and use cases over one migrated test database, wired by hand as the application does. */
record StoredHouse(String name, JdbcFunctionProfiles profiles, JdbcHouseCatalog catalog, SaveProfile save,
                   LoadHouse load, ExportHouse export, BrowseHouse browse, JdbcVacancies vacancies, HouseRecords records,
                   JdbcClient jdbc) {

    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    static StoredHouse on(String name, DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        var json = new HouseJson();
        var profiles = new JdbcFunctionProfiles(jdbc, json);
        var catalog = new JdbcHouseCatalog(jdbc, json);
        var transactions = new SpringTransactions(new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var vacancies = new JdbcVacancies(jdbc, json);
        var records = new HouseRecords(new JdbcBookletStatements(jdbc), new JdbcRuleSwitches(jdbc), new JdbcImportedDocuments(jdbc));
        return new StoredHouse(name, profiles, catalog, new SaveProfile(profiles, catalog, transactions, clock,
                HouseListener.NONE), new LoadHouse(profiles, catalog, vacancies, records, transactions, json, HouseListener.NONE),
                new ExportHouse(profiles, catalog, vacancies, records, json),
                new BrowseHouse(profiles, catalog), vacancies, records, jdbc);
    }

    int versionRows() {
        return jdbc.sql("select count(*) from profile_version").query(Integer.class).single();
    }

    @Override
    public String toString() {
        return name;
    }
}
