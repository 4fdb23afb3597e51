package nl.functiehuis.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reading the house is open; saving needs a user: a form login for the web pages, HTTP Basic for the
 * API. So does the export, which carries imported documents, import reports and user names. Users
 * come from {@code functiehuis.users} ("name=password,name2=password2").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(@Value("${functiehuis.users}") String users, PasswordEncoder encoder) {
        List<UserDetails> details = new ArrayList<>();
        for (String pair : users.split(",")) {
            String[] parts = pair.strip().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException("functiehuis.users: verwacht 'naam=wachtwoord', gevonden '" + pair + "'");
            }
            details.add(User.withUsername(parts[0].strip()).password(encoder.encode(parts[1].strip()))
                    .roles("ADVISEUR").build());
        }
        return new InMemoryUserDetailsManager(details);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        ApiSignInProblems problems = new ApiSignInProblems();
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/export").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/profielen/*/bewerken", "/vacatures/*/bewerken", "/importeren", "/importeren/**",
                                "/vacatures/*/kandidaten/*/cv").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers("/login", "/logout").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/"))
                .build();
    }
}
