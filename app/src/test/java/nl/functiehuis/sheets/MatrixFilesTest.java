package nl.functiehuis.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.CompetencyMatrix.Band;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MatrixFilesTest {
    private static final HouseSnapshot HOUSE = DemoHouse.snapshot(Instant.parse("2026-01-01T09:00:00Z"));

    private static CompetencyMatrix matrix(List<FunctionProfile> profiles) {
        return CompetencyMatrix.of("Functiegroep VS01.01", List.of(new Band(null, profiles)), HOUSE.dictionaries());
    }

    private static CompetencyMatrix group() {
        return matrix(HOUSE.profiles().stream().map(ProfileVersion::profile).filter(p -> "VS01.01".equals(p.groupCode())).toList());
    }

    @Test
    void writesADimensionRowAHeaderRowAndARowPerFunctionWithCrlf() {
        CompetencyMatrix m = group();

        String csv = MatrixCsv.write(m);

        assertThat(csv).endsWith("\r\n").doesNotContain("\n\n");
        List<List<String>> rows = Sheets.csv(csv);
        assertThat(rows).hasSize(2 + m.rows().size());
        assertThat(rows.get(0).subList(0, 3)).containsExactly("", "Dimensie", "Persoonlijk");
        assertThat(rows.get(1).subList(0, 2)).containsExactly("Code", "Functie");
        assertThat(rows.get(1).subList(2, rows.get(1).size())).containsExactlyElementsOf(m.competencies());
        assertThat(rows.get(2).get(0)).isEqualTo("VS01.01.02");
        assertThat(rows.get(2).subList(2, rows.get(2).size())).isSubsetOf("", "A", "B", "C", "D").contains("");
    }

    @Test
    void quotesAFieldWithACommaOrAQuote() {
        var odd = new NormFunction(ProfileCode.of("X.1"), "Adviseur, \"senior\"", "VS01.01", "voorbeeldstad", null,
                new NormContent(List.of(), List.of(), List.of(new CompetencyRequirement("Integriteit", LevelLetter.B)),
                        List.of(), List.of(), null));

        String csv = MatrixCsv.write(matrix(List.of(odd)));

        assertThat(csv.lines().toList().get(2)).startsWith("X.1,\"Adviseur, \"\"senior\"\"\",B,");
        assertThat(MatrixCsv.line(List.of("a", "b"))).isEqualTo("a,b\r\n");
    }

    @Test
    void writesAWorkbookWithTheSameCellsAsTheCsv() throws IOException {
        CompetencyMatrix m = group();

        try (XSSFWorkbook workbook = Sheets.open(MatrixWorkbook.write(m))) {
            assertThat(Sheets.cells(workbook)).isEqualTo(Sheets.csv(MatrixCsv.write(m)));
            assertThat(workbook.getSheetName(0)).isEqualTo("Competentiematrix");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Functiegroep VS01.01");
        }
    }

    @Test
    void mergesEachDimensionOverItsColumnsAndFreezesTheHeaderAndFunctionColumns() throws IOException {
        CompetencyMatrix m = group();

        try (XSSFWorkbook workbook = Sheets.open(MatrixWorkbook.write(m))) {
            var sheet = workbook.getSheetAt(0);
            int first = 2;
            for (var g : m.groups()) {
                int from = first;
                int to = first + g.competencies().size() - 1;
                if (to > from) {
                    assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, from, to));
                }
                first = to + 1;
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
        }
    }

    @Test
    void putsTheLevelNameInACommentOnEveryFilledCellOnly() throws IOException {
        CompetencyMatrix m = group();
        var row = m.rows().getFirst();
        int asked = 0;
        while (row.cells().get(asked).text().isEmpty()) {
            asked++;
        }
        int empty = row.cells().indexOf(nl.functiehuis.comparison.Cell.ABSENT);

        try (XSSFWorkbook workbook = Sheets.open(MatrixWorkbook.write(m))) {
            var cells = workbook.getSheetAt(0).getRow(2);
            assertThat(cells.getCell(asked + 2).getCellComment().getString().getString())
                    .contains(m.competencies().get(asked), row.cells().get(asked).hint());
            assertThat(cells.getCell(empty + 2).getCellComment()).isNull();
        }
    }
}
