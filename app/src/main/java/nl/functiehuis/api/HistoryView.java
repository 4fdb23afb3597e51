package nl.functiehuis.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import org.jspecify.annotations.Nullable;

/** The versions of one profile, oldest first, without their content. */
record HistoryView(String code, String slug, String title, List<VersionEntry> versions) {

    record VersionEntry(int version, VersionStatus status, @Nullable LocalDate effectiveDate, String author, Instant savedAt,
            @Nullable String note, String title, Links links) {}

    /** The history of a profile; {@code versions} is not empty. */
    static HistoryView of(List<ProfileVersion> versions) {
        ProfileVersion latest = versions.getLast();
        List<VersionEntry> entries = versions.stream().map(v -> new VersionEntry(v.number(), v.status(), v.effectiveDate(),
                v.author(), v.savedAt(), v.note(), v.profile().title(), Links.version(v.code(), v.number()))).toList();
        return new HistoryView(latest.code().value(), latest.code().slug(), latest.profile().title(), entries);
    }
}
