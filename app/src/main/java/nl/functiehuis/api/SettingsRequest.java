package nl.functiehuis.api;

import java.util.List;
import nl.functiehuis.evaluation.PriceBand;
import nl.functiehuis.evaluation.PriceMethod;
import nl.functiehuis.evaluation.ScoringSettings;
import org.jspecify.annotations.Nullable;

/** New scoring settings; a field left out keeps its current value. */
record SettingsRequest(@Nullable PriceMethod priceMethod, @Nullable List<PriceBand> bands,
        @Nullable Integer defaultWishPoints, @Nullable Integer competencyPoints, @Nullable Integer invite) {

    ScoringSettings toSettings(ScoringSettings current) {
        return new ScoringSettings(priceMethod != null ? priceMethod : current.priceMethod(),
                bands != null ? bands : current.bands(),
                defaultWishPoints != null ? defaultWishPoints : current.defaultWishPoints(),
                competencyPoints != null ? competencyPoints : current.competencyPoints(),
                invite != null ? invite : current.invite());
    }
}
