package nl.functiehuis;

import java.time.Clock;
import java.util.UUID;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.CreateVacancy;
import nl.functiehuis.application.EditVacancy;
import nl.functiehuis.application.ImportVacancies;
import nl.functiehuis.application.EducationOverview;
import nl.functiehuis.application.CompareProfiles;
import nl.functiehuis.application.ExportHouse;
import nl.functiehuis.application.HouseRecords;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.LoadDemo;
import nl.functiehuis.application.LoadHouse;
import nl.functiehuis.application.SaveProfile;
import nl.functiehuis.application.SwitchRule;
import nl.functiehuis.application.ValidateHouse;
import nl.functiehuis.application.ShowMatrix;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.house.ImportedDocuments;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.storage.JdbcBookletStatements;
import nl.functiehuis.publish.Publisher;
import nl.functiehuis.storage.JdbcFunctionProfiles;
import nl.functiehuis.storage.JdbcHouseCatalog;
import nl.functiehuis.storage.JdbcImportedDocuments;
import nl.functiehuis.storage.JdbcRuleSwitches;
import nl.functiehuis.storage.JdbcVacancies;
import nl.functiehuis.storage.SpringTransactions;
import nl.functiehuis.vacancy.Vacancies;
import nl.functiehuis.validation.BookletStatements;
import nl.functiehuis.validation.RuleSwitches;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;

/** The one place where the application's objects are put together. */
@Configuration(proxyBeanMethods = false)
class Wiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    HouseJson houseJson() {
        return new HouseJson();
    }

    @Bean
    JsonMapperBuilderCustomizer houseJsonSettings() {
        return HouseJson::configure;
    }

    @Bean
    FunctionProfiles functionProfiles(JdbcClient jdbc, HouseJson json) {
        return new JdbcFunctionProfiles(jdbc, json);
    }

    @Bean
    HouseCatalog houseCatalog(JdbcClient jdbc, HouseJson json) {
        return new JdbcHouseCatalog(jdbc, json);
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new SpringTransactions(template);
    }

    @Bean
    BrowseHouse browseHouse(FunctionProfiles profiles, HouseCatalog catalog) {
        return new BrowseHouse(profiles, catalog);
    }

    @Bean
    SaveProfile saveProfile(FunctionProfiles profiles, HouseCatalog catalog, Transactions transactions, Clock clock,
            HouseListener listener) {
        return new SaveProfile(profiles, catalog, transactions, clock, listener);
    }

    @Bean
    HouseRecords houseRecords(BookletStatements statements, RuleSwitches switches, ImportedDocuments documents) {
        return new HouseRecords(statements, switches, documents);
    }

    @Bean
    ExportHouse exportHouse(FunctionProfiles profiles, HouseCatalog catalog, Vacancies vacancies, HouseRecords records,
            HouseJson json) {
        return new ExportHouse(profiles, catalog, vacancies, records, json);
    }

    @Bean
    LoadHouse loadHouse(FunctionProfiles profiles, HouseCatalog catalog, Vacancies vacancies, HouseRecords records,
            Transactions transactions, HouseJson json, HouseListener listener) {
        return new LoadHouse(profiles, catalog, vacancies, records, transactions, json, listener);
    }

    @Bean
    LoadDemo loadDemo(FunctionProfiles profiles, LoadHouse load, Vacancies vacancies, Candidates candidates,
            Reviews reviews, Transactions transactions, Clock clock) {
        return new LoadDemo(profiles, load, vacancies, candidates, reviews, transactions, clock);
    }

    @Bean
    Vacancies vacancies(JdbcClient jdbc, HouseJson json) {
        return new JdbcVacancies(jdbc, json);
    }

    @Bean
    BrowseVacancies browseVacancies(Vacancies vacancies) {
        return new BrowseVacancies(vacancies);
    }

    @Bean
    CreateVacancy createVacancy(FunctionProfiles profiles, Vacancies vacancies, Transactions transactions, Clock clock) {
        return new CreateVacancy(profiles, vacancies, transactions, clock, () -> UUID.randomUUID().toString());
    }

    @Bean
    EditVacancy editVacancy(Vacancies vacancies, FunctionProfiles profiles, Candidates candidates,
            Transactions transactions, Clock clock) {
        return new EditVacancy(vacancies, profiles, candidates, transactions, clock);
    }

    @Bean
    ImportVacancies importVacancies(ImportDocuments documents) {
        return new ImportVacancies(documents);
    }

    @Bean
    ImportedDocuments importedDocuments(JdbcClient jdbc) {
        return new JdbcImportedDocuments(jdbc);
    }

    @Bean
    ImportDocuments importDocuments(FunctionProfiles profiles, HouseCatalog catalog, Vacancies vacancies,
            ImportedDocuments documents, SaveProfile save, Transactions transactions, HouseJson json, Clock clock,
            BookletStatements statements, HouseListener listener) {
        return new ImportDocuments(new ProfileDocumentParser(), profiles, catalog, vacancies, documents, save,
                transactions, json, clock, () -> UUID.randomUUID().toString(), statements, listener);
    }

    @Bean
    BookletStatements bookletStatements(JdbcClient jdbc) {
        return new JdbcBookletStatements(jdbc);
    }

    @Bean
    RuleSwitches ruleSwitches(JdbcClient jdbc) {
        return new JdbcRuleSwitches(jdbc);
    }

    @Bean
    ValidateHouse validateHouse(FunctionProfiles profiles, HouseCatalog catalog, BookletStatements statements,
            RuleSwitches switches) {
        return new ValidateHouse(profiles, catalog, statements, switches);
    }

    @Bean
    SwitchRule switchRule(RuleSwitches switches, Clock clock) {
        return new SwitchRule(switches, clock);
    }

    @Bean
    EducationOverview educationOverview(FunctionProfiles profiles, HouseCatalog catalog) {
        return new EducationOverview(profiles, catalog);
    }

    @Bean
    ShowMatrix showMatrix(FunctionProfiles profiles, HouseCatalog catalog) {
        return new ShowMatrix(profiles, catalog);
    }

    @Bean
    CompareProfiles compareProfiles(FunctionProfiles profiles, HouseCatalog catalog) {
        return new CompareProfiles(profiles, catalog);
    }

    @Bean
    Publisher publisher(FunctionProfiles profiles, HouseCatalog catalog, ITemplateEngine templates, Clock clock) {
        return new Publisher(profiles, catalog, templates, clock);
    }
}
