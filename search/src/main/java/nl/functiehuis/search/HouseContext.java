package nl.functiehuis.search;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;

/**
 * What a profile's index entry takes from the rest of the house: the series and group it belongs to
 * (for their names) and the dictionaries (for the names of the behaviour levels it asks).
 */
public record HouseContext(List<FunctionSeries> series, List<CompetencyDictionary> dictionaries) {

    public static final HouseContext EMPTY = new HouseContext(List.of(), List.of());

    public HouseContext {
        series = List.copyOf(series);
        dictionaries = List.copyOf(dictionaries);
    }

    /** The series that holds this group. */
    public Optional<FunctionSeries> seriesOf(String groupCode) {
        return series.stream().filter(s -> s.group(groupCode).isPresent()).findFirst();
    }

    public Optional<FunctionGroup> group(String groupCode) {
        return seriesOf(groupCode).flatMap(s -> s.group(groupCode));
    }

    /** The name of a behaviour level of a competency in a dictionary, e.g. "handelen". */
    public Optional<String> levelName(String dictionary, String competency, LevelLetter letter) {
        return dictionaries.stream().filter(d -> d.id().equals(dictionary)).findFirst()
                .flatMap(d -> d.find(competency))
                .flatMap(c -> c.level(letter))
                .map(BehaviourLevel::name);
    }
}
