package nl.functiehuis.comparison;

import nl.functiehuis.Checks;
import nl.functiehuis.competency.LevelLetter;
import org.jspecify.annotations.Nullable;

/** What one function asks of one competency: a behaviour level, asked without a level, or nothing. */
public sealed interface Cell {

    /** The cell as printed: the level letter, ✓ when asked without a level, empty when not asked. */
    String text();

    /** The cell in words, for hovering and screen readers, e.g. "niveau B: inleven". */
    String hint();

    /** Not asked. */
    Cell ABSENT = new Absent();

    /** Asked at a behaviour level; {@code name} is the level's name in the dictionary, when known. */
    record Level(LevelLetter letter, @Nullable String name) implements Cell {
        public Level {
            Checks.required(letter, "letter");
            name = Checks.optional(name);
        }

        @Override
        public String text() {
            return letter.name();
        }

        @Override
        public String hint() {
            return name == null ? "niveau " + letter : "niveau " + letter + ": " + name;
        }
    }

    /** Asked without a level (UWV domains, behaviour competencies); {@code core} when every level asks it. */
    record Asked(boolean core) implements Cell {
        @Override
        public String text() {
            return "✓";
        }

        @Override
        public String hint() {
            return core ? "kerncompetentie (alle niveaus)" : "gevraagd";
        }
    }

    /** Not asked. */
    record Absent() implements Cell {
        @Override
        public String text() {
            return "";
        }

        @Override
        public String hint() {
            return "niet gevraagd";
        }
    }
}
