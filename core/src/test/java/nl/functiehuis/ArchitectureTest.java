package nl.functiehuis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is plain Java: no framework, no persistence, no JSON library, no file or network I/O. */
@AnalyzeClasses(packages = "nl.functiehuis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesNoFramework = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax..", "tools.jackson..", "com.fasterxml..",
            "org.apache..", "picocli..", "org.flywaydb..", "org.h2..", "org.postgresql..")
            .because("core is the domain model and rules, shared with the Spark job");

    @ArchTest
    static final ArchRule coreDoesNoIo = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "java.io..", "java.nio.file..", "java.net..", "java.sql..")
            .because("core does no I/O: storage and documents are adapters in other modules");

    @ArchTest
    static final ArchRule coreReadsNoClock = noClasses().should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("time is passed in, so that runs are repeatable");

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("nl.functiehuis.(*)..").should().beFreeOfCycles()
            .because("each package of the domain can be understood and reused from the ones below it");
}
