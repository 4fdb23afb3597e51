package nl.functiehuis.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * For a busy machine, where JMH's wall-clock figures swing: the booklet's import (docx and text) from two
 * builds of the benchmarks jar, "before" and "after", and Tika's plain text, run in turns of half a second
 * within one JVM (each build in its own class loader) and timed by the thread's CPU time, so all of them
 * see the same load. The first third of the turns warms up. Run through {@code bench/compare/run.sh}.
 * Arguments: BEFORE.jar AFTER.jar [turns]; the seed is read as in {@link Seeds}.
 */
public final class BookletCpuComparison {
    private static final long TURN_NANOS = 500_000_000L;
    static volatile Object sink;

    private BookletCpuComparison() {}

    public static void main(String[] args) throws Exception {
        byte[] text = Seeds.text(Seeds.BOOKLET);
        Build before = new Build(Path.of(args[0]), text);
        Build after = new Build(Path.of(args[1]), text);
        int turns = args.length > 2 ? Integer.parseInt(args[2]) : 24;
        String[] names = {"docx voor", "docx na", "tika", "tekst voor", "tekst na"};
        Callable<?>[] work = {before::docx, after::docx, after::tika, before::text, after::text};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[work.length];
        long[] ops = new long[work.length];
        for (int turn = 0; turn < turns; turn++) {
            for (int k = 0; k < work.length; k++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                int n = 0;
                while (System.nanoTime() - start < TURN_NANOS) {
                    sink = work[k].call();
                    n++;
                }
                if (turn >= turns / 3) {
                    cpu[k] += threads.getCurrentThreadCpuTime() - startCpu;
                    ops[k] += n;
                }
            }
        }
        double[] perOp = new double[work.length];
        for (int k = 0; k < work.length; k++) {
            perOp[k] = cpu[k] / 1e6 / ops[k];
            System.out.printf("%-11s %7.1f ms CPU per keer (%d keer)%n", names[k], perOp[k], ops[k]);
        }
        System.out.printf("verhouding docx/Tika: voor %.2f, na %.2f%n", perOp[0] / perOp[2], perOp[1] / perOp[2]);
    }

    /** One build of the benchmarks jar: its parser, its docx converter and its Tika, through reflection. */
    private static final class Build {
        private final byte[] text;
        private final byte[] docx;
        private final Object parser;
        private final Method parse;
        private final ClassLoader loader;
        private final Object tika;
        private final Method extract;

        Build(Path jar, byte[] text) throws Exception {
            this.text = text;
            this.loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> limits = type("nl.functiehuis.importer.format.Limits");
            Class<?> format = type("nl.functiehuis.importer.format.TextFormat");
            Object document = format.getMethod("read", String.class, byte[].class, limits)
                    .invoke(format.getConstructor().newInstance(), "booklet.txt", text, limits.getField("DEFAULT").get(null));
            this.docx = (byte[]) type("nl.functiehuis.importer.convert.ToDocx")
                    .getMethod("convert", type("nl.functiehuis.importer.blocks.SourceDocument")).invoke(null, document);
            this.parser = type("nl.functiehuis.importer.ProfileDocumentParser").getConstructor().newInstance();
            this.parse = parser.getClass().getMethod("parse", String.class, byte[].class);
            Class<?> auto = type("org.apache.tika.parser.AutoDetectParser");
            this.tika = auto.getConstructor().newInstance();
            this.extract = auto.getMethod("parse", InputStream.class, type("org.xml.sax.ContentHandler"),
                    type("org.apache.tika.metadata.Metadata"), type("org.apache.tika.parser.ParseContext"));
        }

        Object docx() throws Exception {
            return parse.invoke(parser, "booklet.docx", docx);
        }

        Object text() throws Exception {
            return parse.invoke(parser, "booklet.txt", text);
        }

        /** As {@code BookletDocxBenchmark.tikaPlainText}: one parser, a fresh handler, metadata and context per call. */
        Object tika() throws Exception {
            Object body = type("org.apache.tika.sax.BodyContentHandler").getConstructor(int.class).newInstance(-1);
            extract.invoke(tika, new ByteArrayInputStream(docx), body,
                    type("org.apache.tika.metadata.Metadata").getConstructor().newInstance(),
                    type("org.apache.tika.parser.ParseContext").getConstructor().newInstance());
            return body.toString();
        }

        private Class<?> type(String name) throws ClassNotFoundException {
            return Class.forName(name, true, loader);
        }
    }
}
