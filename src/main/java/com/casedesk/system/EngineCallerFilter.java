package com.casedesk.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the engine as the caller of an {@code /api} request (user and groups), so Camunda's authorizations hold
 * for what {@code /api} does, as they do for {@code /engine-rest}; cleared afterwards, whatever happened.
 * Registered after Spring Security's filter chain, which has authenticated the caller by then.
 */
final class EngineCallerFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineCallerFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = ApiAuthorization.groups(caller).stream().sorted().toList();
        identityService.setAuthentication(caller.getName(), groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
