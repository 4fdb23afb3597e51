package nl.functiehuis.bench;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.convert.ToDocx;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The booklet as a Word file (made from the text by our converter): our structured import (tables,
 * genre, model) against Apache Tika extracting only its plain text. The target is ≤ 1.5 × Tika.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class BookletDocxBenchmark {
    private byte[] docx;
    private ProfileDocumentParser parser;
    private AutoDetectParser tika;

    @Setup
    public void convert() throws Exception {
        var text = new TextFormat().read("booklet.txt", Seeds.text(Seeds.BOOKLET), Limits.DEFAULT);
        docx = ToDocx.convert(text);
        parser = new ProfileDocumentParser();
        tika = new AutoDetectParser();
        if (!(parser.parse("booklet.docx", docx) instanceof ParseResult.Parsed)) {
            throw new IllegalStateException("het boekje (docx) wordt niet gelezen");
        }
    }

    @Benchmark
    public ParseResult structuredImport() {
        return parser.parse("booklet.docx", docx);
    }

    @Benchmark
    public String tikaPlainText() throws Exception {
        var handler = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(docx), handler, new Metadata(), new ParseContext());
        return handler.toString();
    }
}
