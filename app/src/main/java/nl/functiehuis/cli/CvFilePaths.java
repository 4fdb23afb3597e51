package nl.functiehuis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.application.CvUpload;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code cvFile} paths of a candidates file, relative to that file's folder, and checks each file as
 * the web and API uploads are checked. Every bad or missing file is a problem named by its JSON path.
 */
final class CvFilePaths {
    private CvFilePaths() {}

    /** One upload per path, null where there is no path; {@code place(i)} is draft i's JSON path prefix. */
    static List<@Nullable CvUpload> read(Path jsonFile, List<@Nullable String> paths,
            IntFunction<String> place) {
        Path folder = jsonFile.toAbsolutePath().getParent();
        List<@Nullable CvUpload> uploads = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            String field = place.apply(i) + "cvFile";
            try {
                uploads.add(path == null ? null : read(field, folder.resolve(path)));
            } catch (InvalidValue e) {
                problems.add(new Problem(e.field(), e.problem()));
                uploads.add(null);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return uploads;
    }

    private static CvUpload read(String field, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidValue(field, "geen bestand " + file);
            }
            CvUpload.checkSize(field, file.getFileName().toString(), Files.size(file));
            return CvUpload.read(field, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidValue(field, "geen bestand " + file);
        } catch (IOException e) {
            throw new InvalidValue(field, "niet te lezen: " + file + " (" + e.getMessage() + ")");
        }
    }
}
