package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.ContentsReader.Contents;

/**
 * Reads the front matter of a booklet: the blocks before the first profile heading (and the address on the
 * back cover). Sections are found by their numbered headings and by the shape of their content; what
 * contradicts itself is reported as a WARNING with its place and kept in {@link FrontMatter#inconsistencies()}.
 */
public final class FrontMatterReader {
    private FrontMatterReader() {}

    /** {@code profilesStart} is the index of the block where the full profile texts begin. */
    public static FrontMatter read(SourceDocument document, int profilesStart, ImportReport report) {
        int end = Math.max(0, Math.min(profilesStart, document.size()));
        Contents contents = ContentsReader.read(document, end);
        Headings headings = Headings.find(document, contents.end(), end);
        int firstHeading = headings.all().isEmpty() ? end : headings.all().getFirst().index();
        Overview overview = OverviewReader.read(document, headings, contents.end(), end);
        Optional<Heading> series = SeriesReader.heading(headings);
        int methodEnd = series.map(Heading::index).orElse(end);
        CompetencyModel model = MethodReader.read(document, headings, firstHeading, methodEnd);
        MatrixReader.Read matrixRead = series
                .map(s -> MatrixReader.read(headings.blocks(s.index() + 1, headings.ownEnd(s)), overview))
                .orElse(new MatrixReader.Read(Matrix.empty(), List.of(), List.of(), List.of()));
        Matrix matrix = matrixRead.matrix();
        var mentions = new CompetencyMentions(matrix.columns().stream().map(MatrixColumn::name).toList());
        SeriesText seriesText = series.map(s -> SeriesReader.read(s, headings, contents.entries(), overview, mentions,
                model.levelLetters())).orElse(SeriesText.empty());
        int nlqfStart = series.map(headings::end).orElse(methodEnd);
        int nlqfEnd = overviewHeading(headings, overview).orElse(end);
        Nlqf nlqf = NlqfReader.read(headings, nlqfStart, Math.max(nlqfStart, nlqfEnd), seriesText.groups(), overview);
        nlqf = withSection(nlqf, headings, nlqfStart, nlqfEnd);
        Contact contact = ContactReader.read(document, end);
        long parts = contents.entries().stream().filter(c -> c.number() != null && !c.number().matches("\\d.*"))
                .count();
        Cover cover = CoverReader.read(document, contents.start(), firstHeading, contact, (int) parts);

        Findings findings = new Findings(report);
        matrix = matrix.withAliases(MatrixChecks.aliases(matrix, seriesText.groups(), document.range(0, end), findings));
        CompetencyModel labelled = model.withDimensions(withLabels(model.dimensions(), matrix));
        TextChecks.competencyCount(labelled, matrix, findings);
        TextChecks.dimensionSpelling(labelled, matrix, document.range(0, end), findings);
        MatrixChecks.labels(matrixRead, findings);
        MatrixChecks.letters(matrix, seriesText.groups(), findings);
        NameChecks.enrichedNames(nlqf, findings);
        return new FrontMatter(cover, contents.entries(), labelled, seriesText, matrix, nlqf, overview, findings.all());
    }

    private static Optional<Integer> overviewHeading(Headings headings, Overview overview) {
        return overview.entries().isEmpty() ? Optional.empty()
                : headings.all().stream().filter(h -> h.number().equals(overview.section())).map(Heading::index)
                        .findFirst();
    }

    private static Nlqf withSection(Nlqf nlqf, Headings headings, int from, int to) {
        String section = headings.all().stream().filter(h -> h.index() >= from && h.index() < to && !h.isPart())
                .map(h -> h.number().split("\\.")[0]).findFirst().orElse(nlqf.section());
        return new Nlqf(section, nlqf.levelCount(), nlqf.hasEntryLevel(), nlqf.examples(), nlqf.columns(),
                nlqf.headerCount(), nlqf.rows(), nlqf.remarks(), nlqf.enrichedProfileNames());
    }

    /** Each dimension with the matrix label that shares the longest stem with its name, and its column count. */
    private static List<DimensionText> withLabels(List<DimensionText> dimensions, Matrix matrix) {
        List<DimensionText> out = new ArrayList<>();
        List<String> labels = matrix.dimensionLabels();
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionText d = dimensions.get(i);
            String best = labels.size() == dimensions.size() ? labels.get(i) : null;
            int stem = 4;
            for (String label : labels) {
                int s = commonPrefix(Spelling.fold(label), Spelling.fold(d.adjective()));
                if (s > stem) {
                    best = label;
                    stem = s;
                }
            }
            out.add(best == null ? d : d.withMatrix(best, matrix.columnsOf(best).size()));
        }
        return out;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

}
