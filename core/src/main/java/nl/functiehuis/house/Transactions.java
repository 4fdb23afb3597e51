package nl.functiehuis.house;

import java.util.function.Supplier;

/** Runs work all-or-nothing: when it throws, nothing it stored remains. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
