package nl.functiehuis.storage;

import java.util.function.Supplier;
import nl.functiehuis.house.Transactions;
import org.springframework.transaction.support.TransactionTemplate;

/** All-or-nothing work on the database's own transactions. */
public final class SpringTransactions implements Transactions {
    private final TransactionTemplate template;

    public SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
