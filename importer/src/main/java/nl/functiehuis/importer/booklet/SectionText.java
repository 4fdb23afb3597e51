package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.booklet.ProfileParts.CompetencyText;
import nl.functiehuis.importer.booklet.ProfileParts.ExtraList;
import nl.functiehuis.importer.booklet.ProfileParts.Process;
import nl.functiehuis.importer.booklet.ProfileParts.QualificationRow;
import nl.functiehuis.importer.booklet.ProfileParts.Situation;

/** Reads the body of one profile section: table rows, numbered situations, competencies, lists, processes. */
final class SectionText {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})[.)]?\\s+(\\S.*)");
    private static final Pattern TRAILING_LEVEL = Pattern.compile("(.*\\S)\\s+(\\d)");
    private static final Pattern PROCESS = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)");
    private static final Pattern NUMBER_TITLE = Pattern.compile("(\\d{1,3})\\s*[:.]?\\s*(.*)");
    /** A situation's title stands before a colon within this many characters. */
    private static final int MAX_TITLE = 80;

    private SectionText() {}

    static Optional<QualificationRow> row(Block block) {
        String name;
        String level;
        if (block.isRow()) {
            name = block.cell(0).text();
            level = block.cell(1).text();
        } else {
            Matcher m = TRAILING_LEVEL.matcher(block.text().strip());
            name = m.matches() ? m.group(1) : block.text();
            level = m.matches() ? m.group(2) : "";
        }
        String number = null;
        Matcher n = NUMBERED.matcher(name.strip());
        if (n.matches()) {
            number = n.group(1);
            name = n.group(2);
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        Integer mbo = level.strip().matches("[1-4]") ? Integer.valueOf(level.strip()) : null;
        return Optional.of(new QualificationRow(number, new Written(name, block.at()), mbo));
    }

    static List<Situation> situations(List<Block> body, List<Block> unread) {
        List<Situation> out = new ArrayList<>();
        for (Block block : body) {
            Matcher m = NUMBERED.matcher(block.text().strip());
            if (m.matches() || block.isBulleted()) {
                out.add(situation(m.matches() ? m.group(1) : null, m.matches() ? m.group(2) : block.text(), block));
            } else if (!out.isEmpty() && !block.isRow()) {
                Situation last = out.remove(out.size() - 1);
                String description = (last.description() + " " + block.text()).strip();
                out.add(new Situation(last.number(), last.title(), description));
            } else {
                unread.add(block);
            }
        }
        return out;
    }

    private static Situation situation(String number, String text, Block block) {
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= MAX_TITLE) {
            return new Situation(number, new Written(text.substring(0, colon), block.at()), text.substring(colon + 1).strip());
        }
        return new Situation(number, new Written(text, block.at()), "");
    }

    static CompetencyText competency(Block head, List<Block> body) {
        List<String> definition = new ArrayList<>();
        List<Written> indicators = new ArrayList<>();
        LevelLine level = null;
        Written levelLine = null;
        for (Block block : body) {
            Optional<LevelLine> l = block.isRow() ? Optional.empty() : LevelLine.parse(block.text());
            if (level == null && l.isPresent()) {
                level = l.get();
                levelLine = new Written(block.text(), block.at());
            } else if (level == null) {
                definition.add(block.text().strip());
            } else {
                indicators.add(new Written(block.isRow() ? block.cell(0).text() : block.text(), block.at()));
            }
        }
        return new CompetencyText(new Written(head.text(), head.at()),
                definition.isEmpty() ? null : String.join(" ", definition),
                level == null ? null : level.letter(), level == null ? null : level.name(), levelLine, indicators);
    }

    static List<ExtraList> extras(List<Block> body, List<QualificationRow> table) {
        List<ExtraList> out = new ArrayList<>();
        Written heading = null;
        List<Written> items = new ArrayList<>();
        for (Block block : body) {
            if (heading == null || startsList(block, table)) {
                if (heading != null) {
                    out.add(new ExtraList(heading, items));
                }
                heading = new Written(block.text(), block.at());
                items = new ArrayList<>();
            } else {
                items.add(new Written(block.text(), block.at()));
            }
        }
        if (heading != null) {
            out.add(new ExtraList(heading, items));
        }
        return out;
    }

    private static boolean startsList(Block block, List<QualificationRow> table) {
        if (block.isBulleted() || block.isRow()) {
            return false;
        }
        if (table.stream().anyMatch(r -> QualificationNames.matches(block.text(), r.name().text()))) {
            return true;
        }
        String t = block.text().strip();
        return !t.endsWith(".") && t.split("\\s+").length <= BookletLabel.MAX_HEADING_WORDS;
    }

    static Optional<Process> process(Block block) {
        Matcher m = PROCESS.matcher(block.text().strip());
        return m.matches() ? Optional.of(new Process(m.group(1), new Written(m.group(2), block.at()))) : Optional.empty();
    }

    /** "1: Verricht …" after "Kerntaak": the number and the title. */
    static String[] numberAndTitle(String rest) {
        Matcher m = NUMBER_TITLE.matcher(rest.strip());
        return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : new String[] {"", rest.strip()};
    }
}
