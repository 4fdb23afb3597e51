package nl.functiehuis.importer.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.booklet.BookletFactsTest;
import nl.functiehuis.importer.booklet.BookletProjection;
import nl.functiehuis.importer.convert.ToDocx;
import nl.functiehuis.importer.convert.ToPdf;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;
import nl.functiehuis.importer.hiring.HiringRequestProjection;
import nl.functiehuis.importer.levelled.LevelledProjection;
import nl.functiehuis.importer.uwv.OrganisationProfileProjection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The four reference documents, converted by our own code to Word (real tables) and to a tagged PDF,
 * give the same facts as their text: every fact from .docx, at least 95 % from .pdf.
 */
class ConvertedFactsTest {

    /** A seed with the projection of its genre and the facts that are commentary rather than document. */
    record Seed(String name, Function<ParsedDocument, JsonNode> projection, UnaryOperator<JsonNode> facts) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A target format: its file extension, its converter and the share of facts it must keep. */
    record Target(String extension, Function<SourceDocument, byte[]> converter, double minimum) {
        @Override
        public String toString() {
            return extension;
        }
    }

    static Stream<Arguments> conversions() {
        var seeds = Stream.of(
                new Seed("000_63ca9b401df744e4", OrganisationProfileProjection::of, UnaryOperator.identity()),
                new Seed("002_a5768d5073a23071", LevelledProjection::of, UnaryOperator.identity()),
                new Seed("003_7ceb7edc73668c4f", HiringRequestProjection::of, UnaryOperator.identity()),
                new Seed("004_88b33e1c9ba14cea", BookletProjection::project, BookletFactsTest::withoutCommentary));
        return seeds.flatMap(seed -> Stream.of(
                Arguments.of(seed, new Target("docx", ToDocx::convert, 1.0)),
                Arguments.of(seed, new Target("pdf", ToPdf::convert, 0.95))));
    }

    @ParameterizedTest(name = "{0} als .{1}")
    @MethodSource("conversions")
    void recoversTheFactsOfTheConvertedDocument(Seed seed, Target target) throws Exception {
        byte[] text = SharedDocuments.seedBytes(seed.name());
        SourceDocument blocks = new TextFormat().read(seed.name() + ".txt", text, Limits.DEFAULT);
        String file = seed.name() + "." + target.extension();

        ParseResult result = new ProfileDocumentParser().parse(file, target.converter().apply(blocks));

        assertThat(result).as(file).isInstanceOf(ParseResult.Parsed.class);
        ParsedDocument parsed = ((ParseResult.Parsed) result).document();
        FactCheck check = FactCheck.compare(seed.facts().apply(FactCheck.expected(seed.name())),
                seed.projection().apply(parsed), new String(text, StandardCharsets.UTF_8));
        System.out.println(check.summary(file));
        assertThat(check.share()).as(String.join("\n", check.missing())).isGreaterThanOrEqualTo(target.minimum());
    }
}
