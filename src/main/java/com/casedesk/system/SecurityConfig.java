package com.casedesk.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may call what. The Camunda webapps keep their own login; {@code /engine-rest} uses Camunda's own HTTP
 * Basic filter so the engine's authorization checks apply to the caller; {@code /api} uses HTTP Basic
 * against the same identity service, each call decided by {@link ApiAccess}'s table and run in the engine as
 * its caller ({@link EngineCallerFilter}). The case pages ({@code /cases}) have a login form of their own against
 * the same identity service ({@link #casePagesFilterChain}). Only the health endpoint is anonymous.
 */
@Configuration
class SecurityConfig {

    /**
     * The case pages ({@code /cases/**}) with a login form and a session, for the same users as Tasklist; CSRF
     * protection on (the pages' forms carry the token). Every other path is {@link #securityFilterChain}'s.
     */
    @Bean
    @Order(1)
    SecurityFilterChain casePagesFilterChain(HttpSecurity http, IdentityService identityService) throws Exception {
        http
                .securityMatcher("/cases", "/cases/**", "/login", "/logout")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login").permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(new CamundaIdentityAuthenticationProvider(identityService))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/cases"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityService identityService,
            ApiAuthorization apiAuthorization, ObjectMapper json) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/camunda/**", "/engine-rest/**", "/", "/error").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAuthority("GROUP_" + Groups.CAMUNDA_ADMIN)
                        .requestMatchers("/api/**").access(apiAuthorization)
                        .anyRequest().authenticated())
                .exceptionHandling(handling -> handling.accessDeniedHandler(new ApiAccessDeniedHandler(json)))
                .authenticationProvider(new CamundaIdentityAuthenticationProvider(identityService))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the webapps protect themselves against CSRF; /api and /engine-rest are stateless Basic
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    /** After Spring Security's chain (order -100): the caller is known by then. */
    @Bean
    FilterRegistrationBean<EngineCallerFilter> engineCallerForApi(IdentityService identityService) {
        FilterRegistrationBean<EngineCallerFilter> registration =
                new FilterRegistrationBean<>(new EngineCallerFilter(identityService));
        registration.setName("casedesk-engine-caller");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    static final class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

        private final IdentityService identityService;

        CamundaIdentityAuthenticationProvider(IdentityService identityService) {
            this.identityService = identityService;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String user = authentication.getName();
            Object credentials = authentication.getCredentials();
            if (credentials == null || !identityService.checkPassword(user, credentials.toString())) {
                throw new BadCredentialsException("Unknown user or wrong password");
            }
            List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(user).list()
                    .stream().map(Group::getId).map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
