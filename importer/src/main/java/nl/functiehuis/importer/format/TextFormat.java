package nl.functiehuis.importer.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * Plain text exported from Word or PDF: a line with a tab is a table row (its cells may hold HTML
 * fragments), any other non-blank line a paragraph, with a leading bullet character noted.
 */
public final class TextFormat implements Format {
    private static final Pattern BULLET = Pattern.compile("^\\s*([-•·–*▪●])\\s+(.*)$");

    @Override
    public String label() {
        return "tekst (.txt)";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public SourceDocument read(String source, byte[] content, Limits limits) throws DocumentRefused {
        return blocks(source, decode(source, content), limits);
    }

    static String decode(String source, byte[] content) throws DocumentRefused {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return readable(source, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return readable(source, new String(content, java.nio.charset.Charset.forName("windows-1252")));
        }
    }

    /** Refuses text with more than 1 % control characters (besides tab and line ends): that is no text file. */
    private static String readable(String source, String text) throws DocumentRefused {
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > text.length() / 100 + 1) {
            throw new DocumentRefused(source + ": geen tekstbestand (onleesbare tekens)");
        }
        return text;
    }

    /** {@code text.split("\r\n|\r|\n", -1)} without a regular expression: the lines, trailing empty ones kept. */
    static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(String[]::new);
    }

    static SourceDocument blocks(String source, String text, Limits limits) throws DocumentRefused {
        String[] lines = lines(text);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (blocks.size() >= limits.maxBlocks()) {
                throw new DocumentRefused(source + ": meer dan " + limits.maxBlocks() + " regels met tekst");
            }
            blocks.add(block(Location.line(i + 1), line));
        }
        return new SourceDocument(source, blocks);
    }

    static Block block(Location at, String line) {
        if (line.indexOf('\t') >= 0) {
            List<Cell> cells = Arrays.stream(line.split("\t", -1)).map(Cell::of).toList();
            return Block.row(at, line, cells);
        }
        Matcher m = BULLET.matcher(line);
        if (m.matches() && !m.group(2).isBlank()) {
            return Block.paragraph(at, m.group(2).strip(), m.group(1));
        }
        return Block.paragraph(at, line.strip(), null);
    }
}
