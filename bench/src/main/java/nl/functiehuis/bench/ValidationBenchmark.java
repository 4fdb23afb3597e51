package nl.functiehuis.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.validation.HouseView;
import nl.functiehuis.validation.RuleSettings;
import nl.functiehuis.validation.ValidationReport;
import nl.functiehuis.validation.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the whole generated house (2,000 profiles by default) with every rule switched on, as the
 * app does after reading it: the in-memory view is built once, the rules run per call. Target < 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ValidationBenchmark {
    @Param("2000")
    public int profiles;

    private HouseSnapshot snapshot;
    private HouseView house;
    private RuleSettings settings;

    @Setup
    public void generate() {
        snapshot = GeneratedHouse.snapshot(profiles);
        house = new HouseView(snapshot.name(), snapshot.profiles().stream().map(ProfileVersion::profile).toList(),
                snapshot.dictionaries(), snapshot.series(), List.of());
        settings = new RuleSettings(List.of());
    }

    @Benchmark
    public ValidationReport validateHouse() {
        return Validator.validate(house, settings);
    }

    /** Building the view from the latest versions plus validating, as {@code ValidateHouse.house()} does. */
    @Benchmark
    public ValidationReport viewAndValidate() {
        return Validator.validate(new HouseView(snapshot.name(), house.profiles(), snapshot.dictionaries(),
                snapshot.series(), List.of()), settings);
    }
}
