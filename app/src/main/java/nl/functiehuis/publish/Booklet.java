package nl.functiehuis.publish;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A booklet as printed: its cover (kicker, title, description, date and a note on what it holds) and its
 * chapters, each a group or family with its competency matrices and its profiles.
 */
public record Booklet(String houseName, String kicker, String title, @Nullable String description, String date,
        String note, List<Chapter> chapters) {

    /** A chapter: a function group, a family or the profiles outside any group. */
    public record Chapter(String anchor, @Nullable String code, String name, @Nullable String context,
            @Nullable String description, List<CompetencyMatrix> matrices, List<PrintedProfile> profiles) {
        public String label() {
            return code == null ? name : code + " " + name;
        }
    }

    public Booklet {
        chapters = List.copyOf(chapters);
    }

    public int profileCount() {
        return chapters.stream().mapToInt(c -> c.profiles().size()).sum();
    }
}
