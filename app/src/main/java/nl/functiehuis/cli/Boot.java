package nl.functiehuis.cli;

import java.util.Map;
import nl.functiehuis.FunctiehuisApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context: with the web server for {@code serve}, without it for other commands. */
final class Boot {
    private Boot() {}

    static ConfigurableApplicationContext start(DataOptions data, boolean web, Map<String, Object> extra) {
        var properties = new java.util.LinkedHashMap<String, Object>(data.properties());
        properties.putAll(extra);
        if (!web) {
            properties.put("spring.main.log-startup-info", "false");
            properties.put("logging.level.root", "WARN");
        }
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(FunctiehuisApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(args);
    }
}
