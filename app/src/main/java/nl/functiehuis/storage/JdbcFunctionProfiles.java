package nl.functiehuis.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.StaleEdit;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.ProfileCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Profile versions in SQL: the version as JSON plus columns for listing and a requirement projection. */
public final class JdbcFunctionProfiles implements FunctionProfiles {
    private static final String COLUMNS =
            "v.code, v.number, v.status, v.effective_date, v.author, v.saved_at, v.note, v.body";

    /** The slug that owns a code or slug (the parameter, twice): its own profile, else the profile with that alias. */
    private static final String OWNER = "coalesce((select o.slug from profile o where o.slug = ?),"
            + " (select a.slug from profile_alias a where a.alias = ?))";

    private final JdbcClient jdbc;
    private final HouseJson json;

    public JdbcFunctionProfiles(JdbcClient jdbc, HouseJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ProfileVersion> latest(String codeOrSlug) {
        String slug = ProfileCode.slugOf(codeOrSlug);
        return jdbc.sql("select " + COLUMNS
                        + " from profile p join profile_version v on v.slug = p.slug and v.number = p.latest where p.slug = "
                        + OWNER)
                .param(slug).param(slug).query(this::version).optional();
    }

    @Override
    public Optional<ProfileVersion> version(String codeOrSlug, int number) {
        return ownerOf(codeOrSlug).flatMap(slug -> jdbc.sql("select " + COLUMNS
                        + " from profile_version v where v.slug = ? and v.number = ?")
                .param(slug).param(number).query(this::version).optional());
    }

    @Override
    public List<ProfileVersion> history(String codeOrSlug) {
        return ownerOf(codeOrSlug).map(slug -> jdbc.sql("select " + COLUMNS
                        + " from profile_version v where v.slug = ? order by v.number")
                .param(slug).query(this::version).list()).orElse(List.of());
    }

    @Override
    public List<ProfileVersion> latestOfAll() {
        return jdbc.sql("select " + COLUMNS
                        + " from profile p join profile_version v on v.slug = p.slug and v.number = p.latest order by p.code")
                .query(this::version).list();
    }

    @Override
    public List<ProfileVersion> all() {
        return jdbc.sql("select " + COLUMNS + " from profile_version v order by v.code, v.number")
                .query(this::version).list();
    }

    @Override
    public Optional<String> ownerOf(String codeOrSlug) {
        String slug = ProfileCode.slugOf(codeOrSlug);
        return jdbc.sql("select slug from profile where slug = ? union select slug from profile_alias where alias = ?")
                .param(slug).param(slug).query(String.class).optional();
    }

    @Override
    public void append(ProfileVersion v) {
        FunctionProfile profile = v.profile();
        String slug = v.code().slug();
        int expected = v.number() - 1;
        try {
            if (expected == 0) {
                int existing = currentNumber(slug);
                if (existing > 0) {
                    throw new StaleEdit(v.code().value(), 0, existing);
                }
                jdbc.sql("insert into profile (slug, code, latest, kind, title, group_code) values (?, ?, 1, ?, ?, ?)")
                        .params(slug, v.code().value(), profile.kind().name(), profile.title(), profile.groupCode())
                        .update();
            } else {
                int moved = jdbc.sql("update profile set latest = ?, kind = ?, title = ?, group_code = ? where slug = ? and latest = ?")
                        .params(v.number(), profile.kind().name(), profile.title(), profile.groupCode(), slug, expected)
                        .update();
                if (moved == 0) {
                    throw new StaleEdit(v.code().value(), expected, currentNumber(slug));
                }
            }
        } catch (DuplicateKeyException e) {
            throw new StaleEdit(v.code().value(), expected, expected + 1);
        }
        jdbc.sql("insert into profile_version (slug, number, code, status, effective_date, author, saved_at, note, kind, title, body)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(slug, v.number(), v.code().value(), v.status().name(), v.effectiveDate(), v.author(),
                        OffsetDateTime.ofInstant(v.savedAt(), ZoneOffset.UTC), v.note(), profile.kind().name(), profile.title(), json.write(profile))
                .update();
        replaceAliases(slug, profile);
        List<CompetencyRequirement> asked = profile.requirements();
        for (int i = 0; i < asked.size(); i++) {
            CompetencyRequirement r = asked.get(i);
            jdbc.sql("insert into profile_requirement (slug, number, position, competency, level) values (?, ?, ?, ?, ?)")
                    .params(slug, v.number(), i, r.competency(), r.level() == null ? null : r.level().name())
                    .update();
        }
    }

    private void replaceAliases(String slug, FunctionProfile profile) {
        jdbc.sql("delete from profile_alias where slug = ?").param(slug).update();
        for (ProfileCode alias : profile.aliases()) {
            if (!alias.slug().equals(slug)) {
                jdbc.sql("insert into profile_alias (alias, slug) values (?, ?)").params(alias.slug(), slug).update();
            }
        }
    }

    private int currentNumber(String slug) {
        return jdbc.sql("select latest from profile where slug = ?").param(slug).query(Integer.class).optional().orElse(0);
    }

    private ProfileVersion version(ResultSet rs, int row) throws SQLException {
        LocalDate effective = rs.getObject("effective_date", LocalDate.class);
        return new ProfileVersion(
                new ProfileCode(rs.getString("code")),
                rs.getInt("number"),
                VersionStatus.valueOf(rs.getString("status")),
                effective,
                rs.getString("author"),
                rs.getObject("saved_at", OffsetDateTime.class).toInstant(),
                rs.getString("note"),
                json.readStored(rs.getString("body"), FunctionProfile.class, "opgeslagen versie " + rs.getString("code")));
    }
}
