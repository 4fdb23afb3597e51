package nl.functiehuis.house;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/** A function series (functiereeks), e.g. N06 Dienstverlening, with its groups. */
public record FunctionSeries(String code, String name, @Nullable String description, List<FunctionGroup> groups) {
    public FunctionSeries {
        code = Checks.text(code, "code");
        name = Checks.text(name, "name");
        description = Checks.optional(description);
        groups = Checks.list(groups, "groups");
        var codes = new HashSet<String>();
        for (int i = 0; i < groups.size(); i++) {
            if (!codes.add(groups.get(i).code())) {
                throw new InvalidValue("groups[" + i + "].code", "komt twee keer voor: " + groups.get(i).code());
            }
        }
    }

    public Optional<FunctionGroup> group(String groupCode) {
        return groups.stream().filter(g -> g.code().equals(groupCode)).findFirst();
    }
}
