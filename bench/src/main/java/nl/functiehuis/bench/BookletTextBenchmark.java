package nl.functiehuis.bench;

import java.util.concurrent.TimeUnit;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ProfileDocumentParser;
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

/** Parse and build the model of the 170 KB booklet text, no database: the target is ≤ 50 ms warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class BookletTextBenchmark {
    private byte[] booklet;
    private ProfileDocumentParser parser;

    @Setup
    public void read() {
        booklet = Seeds.text(Seeds.BOOKLET);
        parser = new ProfileDocumentParser();
        if (!(parser.parse("booklet.txt", booklet) instanceof ParseResult.Parsed)) {
            throw new IllegalStateException("het boekje wordt niet gelezen");
        }
    }

    @Benchmark
    public ParseResult parseBooklet() {
        return parser.parse("booklet.txt", booklet);
    }
}
