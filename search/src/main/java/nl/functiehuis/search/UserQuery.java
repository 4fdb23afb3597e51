package nl.functiehuis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.profile.ProfileCode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a user typed into a query. Every word (or "quoted phrase") must occur in some searched field
 * — title, subtitle, competency, qualification or text, weighted in that order — or be a profile code.
 * The whole input may also be a code. While typing, the last word also matches as the start of a word.
 * Nothing typed matches every profile.
 */
final class UserQuery {
    private static final Pattern PARTS = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final float CODE_BOOST = 8f;
    private static final float PREFIX_BOOST = 0.5f;
    private static final int MIN_PREFIX = 2;

    private final Analyzer analyzer;
    private final QueryBuilder builder;

    UserQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
    }

    /** The query; with {@code typing} the last word also matches indexed words it starts (from {@code prefixes}). */
    Query parse(String text, boolean typing, PrefixTerms prefixes) {
        if (text.isBlank()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        List<String[]> parts = parts(text);
        var all = new BooleanQuery.Builder();
        int clauses = 0;
        for (int i = 0; i < parts.size(); i++) {
            boolean prefix = typing && i == parts.size() - 1 && !Character.isWhitespace(text.charAt(text.length() - 1));
            Query part = part(parts.get(i)[0], parts.get(i)[1] != null, prefix ? prefixes : null);
            if (part != null) {
                all.add(part, Occur.MUST);
                clauses++;
            }
        }
        var query = new BooleanQuery.Builder();
        if (clauses > 0) {
            query.add(all.build(), Occur.SHOULD);
        }
        query.add(new BoostQuery(new TermQuery(new Term(Fields.CODE_KEY, ProfileCode.slugOf(text))), CODE_BOOST), Occur.SHOULD);
        if (typing) {
            query.add(new PrefixQuery(new Term(Fields.CODE_KEY, ProfileCode.slugOf(text))), Occur.SHOULD);
        }
        return query.build();
    }

    /** Words and phrases: {text, null} for a word, {text, "phrase"} for a quoted phrase. */
    private static List<String[]> parts(String text) {
        List<String[]> parts = new ArrayList<>();
        Matcher m = PARTS.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && !m.group(1).isBlank()) {
                parts.add(new String[] {m.group(1), "phrase"});
            } else if (m.group(2) != null) {
                parts.add(new String[] {m.group(2), null});
            }
        }
        return parts;
    }

    private @Nullable Query part(String text, boolean phrase, @Nullable PrefixTerms prefixes) {
        var any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : Fields.SEARCHED.entrySet()) {
            Query q = phrase ? builder.createPhraseQuery(field.getKey(), text) : builder.createBooleanQuery(field.getKey(), text, Occur.MUST);
            if (q != null) {
                any.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
                clauses++;
            }
            String start = prefixes == null || phrase ? "" : prefixOf(text);
            if (start.length() >= MIN_PREFIX) {
                BytesRef normal = analyzer.normalize(field.getKey(), start);
                for (BytesRef term : prefixes.startingWith(field.getKey(), normal)) {
                    any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue() * PREFIX_BOOST),
                            Occur.SHOULD);
                    clauses++;
                }
            }
        }
        if (clauses == 0) {
            return null;
        }
        if (!phrase) {
            any.add(new BoostQuery(new TermQuery(new Term(Fields.CODE_KEY, ProfileCode.slugOf(text))), CODE_BOOST), Occur.SHOULD);
        }
        return any.build();
    }

    private static String prefixOf(String word) {
        return word.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
