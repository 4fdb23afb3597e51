package nl.functiehuis.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemandCsvTest {
    private static final CatalogEntry DESK = new CatalogEntry("Baliemedewerker", 3, List.of(), List.of());
    private static final CatalogEntry UNKNOWN = new CatalogEntry("Archief; beheer", null, List.of(), List.of());

    @Test
    void writesOneRowPerAskedLevelAndPerQualification() {
        var demand = new Demand(4, List.of(new CompetencyDemand("Klantgerichtheid", List.of(0, 2, 1, 0), 1, 4)),
                List.of(new QualificationDemand(DESK, 2, 1), new QualificationDemand(UNKNOWN, 0, 0)));

        assertThat(DemandCsv.write(demand).split("\r\n")).containsExactly(
                "soort;naam;niveau;profielen",
                "competentie;Klantgerichtheid;B;2",
                "competentie;Klantgerichtheid;C;1",
                "competentie;Klantgerichtheid;zonder niveau;1",
                "kwalificatie;Baliemedewerker;MBO 3;2",
                "kwalificatie;\"Archief; beheer\";onbekend;0");
    }

    @Test
    void quotesFieldsWithSeparatorsOrQuotes() {
        assertThat(DemandCsv.field("plain")).isEqualTo("plain");
        assertThat(DemandCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(DemandCsv.field("zeg \"ja\"")).isEqualTo("\"zeg \"\"ja\"\"\"");
    }

    @Test
    void keepsASpreadsheetFromRunningANameAsAFormula() {
        assertThat(DemandCsv.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(DemandCsv.field("@cmd")).isEqualTo("'@cmd");
        assertThat(DemandCsv.field("Klant-gericht")).isEqualTo("Klant-gericht");
    }
}
