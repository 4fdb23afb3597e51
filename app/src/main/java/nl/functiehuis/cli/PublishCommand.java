package nl.functiehuis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.functiehuis.publish.Booklet;
import nl.functiehuis.publish.BookletScope;
import nl.functiehuis.publish.BookletTooLarge;
import nl.functiehuis.publish.PrintedProfile;
import nl.functiehuis.publish.Publisher;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Publishes one profile as PDF or HTML, or a booklet (series, group, family or the whole house) as PDF. */
@Command(name = "publish", description = {"Publiceer een profiel als A4-PDF of als HTML-pagina, of een boekje met inhoudsopgave,",
        "competentiematrix en profielen als PDF: van een functiereeks, -groep of -familie of van het hele huis."})
final class PublishCommand implements Callable<Integer> {

    enum Format { PDF, HTML }

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    PublishTarget target = new PublishTarget();

    @Option(names = {"-o", "--out"}, paramLabel = "BESTAND",
            description = "Schrijf naar dit bestand (standaard: de code met .pdf of .html in de huidige map).")
    @Nullable Path out;

    @Option(names = "--format", paramLabel = "pdf|html", defaultValue = "pdf",
            description = "Profiel als PDF of als HTML-pagina (standaard: ${DEFAULT-VALUE}); een boekje is altijd PDF.")
    Format format = Format.PDF;

    @Option(names = "--version", paramLabel = "N", description = "Publiceer versie N van het profiel in plaats van de laatste.")
    @Nullable Integer version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BookletScope scope = target.scope();
        if (scope != null && (format == Format.HTML || version != null)) {
            throw new ParameterException(spec.commandLine(), "Een boekje is altijd een PDF van de laatste versies:"
                    + " --format html en --version gelden alleen voor één profiel.");
        }
        try (var context = Boot.start(data, false, Map.of())) {
            Publisher publisher = context.getBean(Publisher.class);
            return scope == null ? profile(publisher, target.code()) : booklet(publisher, scope);
        }
    }

    private int profile(Publisher publisher, String code) {
        Optional<PrintedProfile> found = publisher.profile(code, version);
        if (found.isEmpty()) {
            throw new BadInput(code, version == null ? "onbekend profiel" : "onbekend profiel of geen versie " + version);
        }
        String slug = found.get().version().code().slug();
        Path file = out != null ? out : Path.of(slug + (format == Format.PDF ? ".pdf" : ".html"));
        write(file, stream -> {
            if (format == Format.PDF) {
                publisher.pdf(found.get(), stream);
            } else {
                stream.write(publisher.html(found.get()).getBytes(StandardCharsets.UTF_8));
            }
        });
        return done(file, found.get().code() + " " + found.get().title());
    }

    private int booklet(Publisher publisher, BookletScope scope) {
        Booklet booklet;
        try {
            booklet = publisher.booklet(scope).orElseThrow(() -> new BadInput(target.label(), "bestaat niet in het functiehuis"));
        } catch (BookletTooLarge e) {
            throw new BadInput(target.label(), e.getMessage());
        }
        Path file = out != null ? out : Path.of(scope.fileName());
        write(file, stream -> publisher.pdf(booklet, stream));
        return done(file, "boekje " + booklet.title() + " met " + booklet.profileCount() + " profielen");
    }

    private int done(Path file, String what) {
        spec.commandLine().getOut().println("Gepubliceerd: " + what + " → " + file);
        return Cli.OK;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside the target and moves it into place, so a half file never exists. */
    private static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput(file.toString(), "de map " + folder + " bestaat niet");
        }
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                body.writeTo(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BadInput(file.toString(), "kan niet schrijven (" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The temporary file is hidden and named uniquely; leaving it behind harms nothing.
            }
        }
    }
}
