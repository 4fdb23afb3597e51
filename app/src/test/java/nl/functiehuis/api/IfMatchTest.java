package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.functiehuis.house.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "3", " \"3\" "})
    void readsVersionFromEntityTag(String header) {
        assertThat(IfMatch.version(header)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"0\"", "\"drie\"", "\"\"", "\"99999999999\""})
    void refusesTagThatIsNoVersionNamingHeader(String header) {
        assertThatThrownBy(() -> IfMatch.version(header)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("If-Match"));
    }
}
