package nl.functiehuis.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import nl.functiehuis.json.HouseJson;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The API's body limit and its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {
    static final String BASIC = "basic";
    /** A CV file may be 10 MB; a little more gets through so that the answer names the field and the size. */
    static final DataSize CV_BODY = DataSize.ofMegabytes(11);

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(@Value("${functiehuis.max-body}") DataSize limit,
            @Value("${functiehuis.max-import-body}") DataSize importLimit, HouseJson json) {
        var imports = new BodyLimit(importLimit.toBytes(), "functiehuis.max-import-body");
        var cvFiles = new BodyLimit(CV_BODY.toBytes(), "cv-bestand");
        var filter = new BodyLimitFilter(new BodyLimit(limit.toBytes(), BodyLimit.DEFAULT_SETTING),
                Map.of(ImportsApi.PATH, imports, CvFileApi.PATH.replace("{cid}", "*"), cvFiles), json);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Bean
    OpenAPI functiehuisOpenApi() {
        return new OpenAPI()
                .info(new Info().title("functiehuis API").version("1")
                        .description("""
                                Het functiehuis als JSON: functieprofielen (normfuncties, verrijkte profielen, \
                                functieprofielen en functiefamilies met niveaus), hun versies, de \
                                competentiewoordenboeken en een volledige export. Lezen is open; opslaan vraagt \
                                HTTP Basic en maakt altijd een nieuwe versie. Geef bij wijzigen de versie mee die u \
                                bewerkte (basedOn of If-Match); is er intussen een nieuwere, dan volgt 409. Fouten \
                                komen als application/problem+json en noemen het veld. Documenten importeren gaat \
                                met POST /api/imports (multipart): elk document alles of niets, met een verslag."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    @Bean
    OpenApiCustomizer profileSchemas() {
        return new ProfileSchemas();
    }
}
