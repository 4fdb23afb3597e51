package nl.functiehuis;

import nl.functiehuis.responses.CacheableReads;
import nl.functiehuis.responses.ResponseCache;
import nl.functiehuis.responses.ResponseCacheFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The cache of finished profile pages and search answers. It sits before the security filters, so a kept
 * answer costs no security work; the house listener (see {@link SearchWiring}) empties it on every change.
 */
@Configuration(proxyBeanMethods = false)
class ResponseWiring {

    @Bean
    ResponseCache responseCache(@Value("${functiehuis.response-cache.max-entries}") int maxEntries,
            @Value("${functiehuis.response-cache.max-size}") DataSize maxSize) {
        return new ResponseCache(maxEntries, maxSize.toBytes());
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(ResponseCache cache) {
        var registration = new FilterRegistrationBean<>(new ResponseCacheFilter(cache, new CacheableReads()));
        registration.addUrlPatterns("/profielen/*", "/api/search");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
