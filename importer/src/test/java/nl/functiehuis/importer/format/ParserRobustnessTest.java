package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.convert.ToDocx;
import nl.functiehuis.importer.convert.ToOdt;
import nl.functiehuis.importer.convert.ToPdf;
import nl.functiehuis.importer.facts.SharedDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Damaged versions of the reference documents (fixed seeds, so every run tries the same ones) are
 * parsed or refused with a reason naming the file, and never make the parser throw. Refusals that
 * come from a crash inside a reader or genre ("kon niet worden gelezen") are counted and printed.
 */
class ParserRobustnessTest {
    static final List<String> seeds = Seeds.NAMES;
    static final List<String> smallSeeds = Seeds.NAMES.subList(0, 3);
    private static final int TEXT_MUTANTS = 40;
    private static final int BINARY_MUTANTS = 8;

    @ParameterizedTest
    @FieldSource("seeds")
    void parsesOrRefusesDamagedText(String seed) {
        byte[] original = SharedDocuments.seedBytes(seed);
        AtomicInteger crashes = new AtomicInteger();
        for (int i = 0; i < TEXT_MUTANTS; i++) {
            Mutations.Mutant mutant = Mutations.text(original, 1000L * seed.hashCode() + i);
            check(seed + ".txt", mutant.content(), "mutant " + i + " " + mutant.steps(), crashes);
        }
        System.out.printf("robustness %s txt: %d mutants, %d refused after a crash%n", seed, TEXT_MUTANTS, crashes.get());
    }

    /** The booklet is left out here: converting and re-reading its 60 pages eight times costs more than it tells. */
    @ParameterizedTest
    @FieldSource("smallSeeds")
    void parsesOrRefusesDamagedBinaries(String seed) throws DocumentRefused {
        SourceDocument text = Seeds.text(seed);
        AtomicInteger crashes = new AtomicInteger();
        byte[][] files = {ToDocx.convert(text), ToOdt.convert(text), ToPdf.convert(text)};
        String[] names = {".docx", ".odt", ".pdf"};
        for (int f = 0; f < files.length; f++) {
            for (int i = 0; i < BINARY_MUTANTS; i++) {
                byte[] damaged = Mutations.bytes(files[f], new Random(31L * seed.hashCode() + 7L * f + i));
                check(seed + names[f], damaged, "mutant " + i, crashes);
            }
        }
        System.out.printf("robustness %s binaries: %d mutants, %d refused after a crash%n", seed, 3 * BINARY_MUTANTS, crashes.get());
    }

    private static void check(String name, byte[] content, String what, AtomicInteger crashes) {
        ParseResult result;
        try {
            result = new ProfileDocumentParser().parse(name, content);
        } catch (RuntimeException | Error e) {
            throw new AssertionError(name + " " + what + " liet de parser falen", e);
        }
        assertThat(result).as(what).isInstanceOfAny(ParseResult.Parsed.class, ParseResult.Rejected.class);
        if (result instanceof ParseResult.Rejected rejected) {
            assertThat(rejected.reason()).as(what).contains(name);
            if (rejected.reason().contains("kon niet worden gelezen")) {
                crashes.incrementAndGet();
            }
        }
    }
}
