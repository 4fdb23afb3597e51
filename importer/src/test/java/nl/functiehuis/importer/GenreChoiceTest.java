package nl.functiehuis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.format.Limits;
import org.junit.jupiter.api.Test;

/** The parser lets the best-fitting genre read a document, and stops asking once one is certain. */
class GenreChoiceTest {
    private static final SourceDocument DOCUMENT = new SourceDocument("proef.txt",
            List.of(Block.paragraph(Location.line(1), "Functieprofiel", null)));
    private static final double[] FITS = {0, 0.2, ProfileDocumentParser.MINIMUM_FIT, 0.5, 0.9, 1};

    @Test
    void choosesTheBestFitAndTheFirstOfEquals() {
        List<FixedFit> genres = List.of(new FixedFit(0.5), new FixedFit(0.9), new FixedFit(0.9), new FixedFit(0.2));

        assertThat(parser(genres).choose(DOCUMENT)).isSameAs(genres.get(1));
    }

    @Test
    void asksNoFurtherOnceAGenreIsCertain() {
        List<FixedFit> genres = List.of(new FixedFit(0.5), new FixedFit(1), new FixedFit(1), new FixedFit(0.7));

        assertThat(parser(genres).choose(DOCUMENT)).isSameAs(genres.get(1));
        assertThat(genres).extracting(g -> g.asked).containsExactly(true, true, false, false);
    }

    @Test
    void fallsBackWhenNoGenreFitsEnough() {
        FixedFit fallback = new FixedFit(0);
        ProfileDocumentParser parser = new ProfileDocumentParser(List.of(new FixedFit(0.2), new FixedFit(0.34)), fallback, Limits.DEFAULT);

        assertThat(parser.choose(DOCUMENT)).isSameAs(fallback);
    }

    /** The loop chooses what "the maximum of the fits at least the minimum" chooses, for random fits. */
    @Test
    void choosesAsTheMaximumOfTheFitsDoes() {
        Random random = new Random(5);
        for (int round = 0; round < 2000; round++) {
            List<FixedFit> genres = new ArrayList<>();
            for (int i = 1 + random.nextInt(5); i > 0; i--) {
                genres.add(new FixedFit(FITS[random.nextInt(FITS.length)]));
            }
            FixedFit fallback = new FixedFit(0);
            Genre expected = genres.stream().filter(g -> g.fit >= ProfileDocumentParser.MINIMUM_FIT)
                    .max(Comparator.comparingDouble(g -> g.fit)).<Genre>map(g -> g).orElse(fallback);

            assertThat(new ProfileDocumentParser(List.copyOf(genres), fallback, Limits.DEFAULT).choose(DOCUMENT))
                    .as("fits %s", genres.stream().map(g -> g.fit).toList()).isSameAs(expected);
        }
    }

    private static ProfileDocumentParser parser(List<FixedFit> genres) {
        return new ProfileDocumentParser(List.copyOf(genres), new FixedFit(0), Limits.DEFAULT);
    }

    /** A genre with a fixed fit that notes whether it was asked; it reads nothing. */
    private static final class FixedFit implements Genre {
        final double fit;
        boolean asked;

        FixedFit(double fit) {
            this.fit = fit;
        }

        @Override
        public DocumentKind kind() {
            return DocumentKind.values()[0];
        }

        @Override
        public double fit(SourceDocument document) {
            asked = true;
            return fit;
        }

        @Override
        public ParsedDocument parse(SourceDocument document, ImportReport report) {
            throw new UnsupportedOperationException("alleen de keuze wordt getoetst");
        }
    }
}
