package nl.functiehuis.vacancy;

import nl.functiehuis.Checks;

/** A task of the assignment; {@code future} marks a task the document says comes later ("toekomst"). */
public record Task(String text, boolean future) {
    public Task {
        text = Checks.text(text, "text");
    }
}
