package nl.functiehuis.cli;

import java.util.Map;
import nl.functiehuis.FunctiehuisApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context: with the web server for {@code serve}, without it (and with only
 * warnings logged, startup failures left to {@link Failures}) for the other commands.
 */
final class Boot {
    private Boot() {}

    static ConfigurableApplicationContext start(DataOptions data, boolean web, Map<String, Object> extra) {
        var properties = new java.util.LinkedHashMap<String, Object>(data.properties());
        if (!web) {
            properties.put("spring.main.log-startup-info", "false");
            properties.put("logging.level.root", "WARN");
            properties.put("logging.level.org.flywaydb", "ERROR");
            properties.put("spring.thymeleaf.check-template-location", "false");
            properties.put("logging.level.org.springframework.context", "ERROR");
            properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
            properties.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        }
        properties.putAll(extra);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try {
            return new SpringApplicationBuilder(FunctiehuisApplication.class)
                    .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                    .run(args);
        } catch (RuntimeException e) {
            throw new StartFailed(String.valueOf(properties.get("spring.datasource.url")), e);
        }
    }
}
