package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.functiehuis.importer.blocks.Location;
import org.junit.jupiter.api.Test;

class CodeLineTest {

    @Test
    void readsACodePerLevelLetterAndTheSeparatorsBetweenThem() {
        CodeLine line = CodeLine.parse("Beheerder A 4410 – Beheerder B 4411 - Beheerder C 4412", Location.line(3));
        assertThat(line.codes()).extracting(CodeLine.LevelCode::letter, CodeLine.LevelCode::code)
                .containsExactly(tuple("A", "4410"), tuple("B", "4411"), tuple("C", "4412"));
        assertThat(line.separators()).containsExactly("–", "-");
        assertThat(line.distinctSeparators()).hasSize(2);
        assertThat(line.codes().getFirst().joint()).isEqualTo("4410 – Beheerder B");
    }

    @Test
    void readsShortFormsWithColonsAndOneSeparator() {
        CodeLine line = CodeLine.parse("A: 12.01, B: 12.02", Location.line(1));
        assertThat(line.code("B")).contains("12.02");
        assertThat(line.distinctSeparators()).containsExactly(",");
    }

    @Test
    void findsNoCodeInALineWithoutLevelLetters() {
        assertThat(CodeLine.parse("Zie bijlage 2", Location.line(1)).codes()).isEmpty();
    }
}
