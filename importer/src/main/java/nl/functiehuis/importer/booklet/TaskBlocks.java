package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.booklet.ProfileParts.Process;
import nl.functiehuis.importer.booklet.ProfileParts.Task;
import nl.functiehuis.importer.booklet.ProfileParts.TaskBlock;
import org.jspecify.annotations.Nullable;

/** Collects the "Kerntaken en werkprocessen" blocks of a profile with their core tasks and work processes. */
final class TaskBlocks {
    private final List<TaskBlock> done = new ArrayList<>();
    private boolean open;
    private @Nullable String number;
    private @Nullable Written qualification;
    private List<Task> tasks = new ArrayList<>();

    void start(String number, List<Block> body, List<Block> unread) {
        open(number.isBlank() ? null : number);
        for (Block b : body) {
            if (qualification == null && !b.isRow()) {
                qualification = new Written(b.text(), b.at());
            } else {
                unread.add(b);
            }
        }
    }

    void task(String rest, Location at, List<Block> body, List<Block> unread) {
        if (!open) {
            open(null);
        }
        String[] numberTitle = SectionText.numberAndTitle(rest);
        List<Process> processes = new ArrayList<>();
        for (Block b : body) {
            SectionText.process(b).ifPresentOrElse(processes::add, () -> unread.add(b));
        }
        tasks.add(new Task(numberTitle[0], new Written(numberTitle[1], at), processes));
    }

    List<TaskBlock> blocks() {
        close();
        return List.copyOf(done);
    }

    private void open(@Nullable String blockNumber) {
        close();
        number = blockNumber;
        qualification = null;
        tasks = new ArrayList<>();
        open = true;
    }

    private void close() {
        if (open) {
            done.add(new TaskBlock(number, qualification, tasks));
            open = false;
        }
    }
}
