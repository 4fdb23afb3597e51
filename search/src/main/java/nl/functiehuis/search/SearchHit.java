package nl.functiehuis.search;

import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/**
 * One profile found. {@code titleHtml} and {@code snippet} are HTML: the text is escaped and the words
 * that matched are wrapped in {@code <mark>…</mark>}; the snippet is a passage of the profile's text.
 */
public record SearchHit(
        String code,
        String title,
        @Nullable String subtitle,
        ProfileKind kind,
        VersionStatus status,
        float score,
        String titleHtml,
        String snippet) {}
