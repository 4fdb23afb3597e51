package nl.functiehuis.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import nl.functiehuis.house.HouseFingerprint;
import nl.functiehuis.house.HouseFingerprints;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The house's fingerprint: version count and last save from one query, a digest of dictionaries and series. */
public final class JdbcHouseFingerprints implements HouseFingerprints {
    private final JdbcClient jdbc;

    public JdbcHouseFingerprints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public HouseFingerprint current() {
        record Versions(long count, @Nullable Instant last) {}
        Versions versions = jdbc.sql("select count(*) as n, max(saved_at) as last from profile_version")
                .query((rs, i) -> {
                    OffsetDateTime last = rs.getObject("last", OffsetDateTime.class);
                    return new Versions(rs.getLong("n"), last == null ? null : last.toInstant());
                }).single();
        MessageDigest digest = sha256();
        jdbc.sql("select id, body from dictionary order by id").query(rs -> {
            digest.update(rs.getString("id").getBytes(StandardCharsets.UTF_8));
            digest.update(rs.getString("body").getBytes(StandardCharsets.UTF_8));
        });
        jdbc.sql("select code, body from function_series order by code").query(rs -> {
            digest.update(rs.getString("code").getBytes(StandardCharsets.UTF_8));
            digest.update(rs.getString("body").getBytes(StandardCharsets.UTF_8));
        });
        return new HouseFingerprint(versions.count(), versions.last(),
                HexFormat.of().formatHex(digest.digest(), 0, 12));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
