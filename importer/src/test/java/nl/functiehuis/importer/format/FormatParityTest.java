package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.convert.ToDocx;
import nl.functiehuis.importer.convert.ToHtml;
import nl.functiehuis.importer.convert.ToOdt;
import nl.functiehuis.importer.convert.ToPdf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The reference documents, converted by our own code from their text export to docx, odt, html and a
 * tagged pdf, must read back as the same blocks: the same paragraphs (and bullets) and the same rows
 * with the same cell items, in the same order.
 */
class FormatParityTest {
    static final List<String> seeds = Seeds.NAMES;

    @ParameterizedTest
    @FieldSource("seeds")
    void readsConvertedDocxAsTheText(String seed) throws DocumentRefused {
        SourceDocument text = Seeds.text(seed);
        SourceDocument docx = Seeds.read(seed + ".docx", ToDocx.convert(text));

        assertThat(BlockSignatures.of(docx, false)).containsExactlyElementsOf(BlockSignatures.of(text, false));
        report(seed, "docx", text, docx, false);
    }

    @ParameterizedTest
    @FieldSource("seeds")
    void readsConvertedOdtAsTheText(String seed) throws DocumentRefused {
        SourceDocument text = Seeds.text(seed);
        SourceDocument odt = Seeds.read(seed + ".odt", ToOdt.convert(text));

        assertThat(BlockSignatures.of(odt, false)).containsExactlyElementsOf(BlockSignatures.of(text, false));
    }

    @ParameterizedTest
    @FieldSource("seeds")
    void readsConvertedHtmlAsTheText(String seed) throws DocumentRefused {
        SourceDocument text = Seeds.text(seed);
        SourceDocument html = Seeds.read(seed + ".html", ToHtml.convert(text));

        assertThat(BlockSignatures.of(html, true)).containsExactlyElementsOf(BlockSignatures.of(text, true));
    }

    @ParameterizedTest
    @FieldSource("seeds")
    void findsNearlyEveryTextBlockInTheConvertedTaggedPdf(String seed) throws DocumentRefused {
        SourceDocument text = Seeds.text(seed);
        SourceDocument pdf = Seeds.read(seed + ".pdf", ToPdf.convert(text));

        assertThat(report(seed, "pdf", text, pdf, true)).isGreaterThanOrEqualTo(0.95);
    }

    /** The share of the text's blocks found identically, in order; printed for the record. */
    private static double report(String seed, String format, SourceDocument text, SourceDocument converted, boolean fold) {
        List<String> expected = BlockSignatures.of(text, fold);
        int found = BlockSignatures.common(expected, BlockSignatures.of(converted, fold));
        double share = (double) found / expected.size();
        System.out.printf("parity %s %s: %d/%d blocks (%.1f %%)%n", seed, format, found, expected.size(), 100 * share);
        return share;
    }
}
