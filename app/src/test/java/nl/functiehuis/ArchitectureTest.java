package nl.functiehuis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Entry points translate and delegate to use cases; only the wiring and storage know JDBC. */
@AnalyzeClasses(packages = "nl.functiehuis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule entryPointsDoNotUseStorage = noClasses()
            .that().resideInAnyPackage("nl.functiehuis.web..", "nl.functiehuis.api..", "nl.functiehuis.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.functiehuis.storage..", "org.springframework.jdbc..")
            .because("web pages, the API and the CLI call use cases, not the database");

    @ArchTest
    static final ArchRule useCasesKnowNoFramework = noClasses()
            .that().resideInAPackage("nl.functiehuis.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "picocli..",
                    "nl.functiehuis.web..", "nl.functiehuis.api..", "nl.functiehuis.cli..", "nl.functiehuis.storage..")
            .because("use cases are plain classes, wired in one place");

    @ArchTest
    static final ArchRule apiStandsAlone = noClasses().that().resideInAPackage("nl.functiehuis.api..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.functiehuis.cli..", "nl.functiehuis.web..")
            .because("each entry point stands on its own");

    @ArchTest
    static final ArchRule cliStandsAlone = noClasses().that().resideInAPackage("nl.functiehuis.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.functiehuis.api..", "nl.functiehuis.web..")
            .because("each entry point stands on its own");

    @ArchTest
    static final ArchRule luceneStaysInTheSearchModule = noClasses()
            .that().resideOutsideOfPackage("nl.functiehuis.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("the search module's API speaks the domain; Lucene types never leave it");
}
