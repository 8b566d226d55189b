package com.casedesk.system;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides every {@code /api} request by {@link ApiAccess#RULES}; a refusal leaves its reason (which group is
 * missing) in the request for {@link ApiAccessDeniedHandler}.
 */
@Component
class ApiAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    static final String REFUSAL = ApiAuthorization.class.getName() + ".refusal";
    static final String GROUP_PREFIX = "GROUP_";

    private final CaseReaders caseReaders;
    private final AttachmentCases attachments;

    ApiAuthorization(CaseReaders caseReaders, AttachmentCases attachments) {
        this.caseReaders = caseReaders;
        this.attachments = attachments;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        Set<String> groups = groups(caller);
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return new AuthorizationDecision(true);
        }
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ApiAccess.Matched> matched = ApiAccess.find(request.getMethod(), path);
        if (matched.isEmpty()) {
            return refuse(request, request.getMethod() + " " + path + " is in no row of the authorization table:"
                    + " only group " + Groups.CAMUNDA_ADMIN + " may call it");
        }
        ApiAccess.Rule rule = matched.get().rule();
        if (rule.caseFrom() == null) {
            if (rule.groups().stream().anyMatch(groups::contains)) {
                return new AuthorizationDecision(true);
            }
            List<String> needed = rule.groups().isEmpty() ? List.of(Groups.CAMUNDA_ADMIN) : rule.groups();
            return refuse(request, rule.method() + " " + rule.path() + " requires membership in group "
                    + String.join(" or ", needed) + "; " + caller.getName() + " is in " + describe(groups));
        }
        Optional<String> caseNumber = caseOf(rule.caseFrom(), matched.get(), request);
        if (caseNumber.isPresent()
                && (CaseReaders.seeEveryCase(groups) || caseReaders.anyHasOrHadTask(caseNumber.get(), groups))) {
            return new AuthorizationDecision(true);
        }
        return refuse(request, "reading case " + caseNumber.orElse("?") + " requires membership in a group that"
                + " has or had a task on it, or in group " + Groups.CAMUNDA_ADMIN + " or " + Groups.SUPERVISOR + "; " + caller.getName()
                + " is in " + describe(groups));
    }

    private Optional<String> caseOf(ApiAccess.CaseFrom from, ApiAccess.Matched matched, HttpServletRequest request) {
        return switch (from) {
            case PATH -> Optional.ofNullable(matched.match().getUriVariables().get("caseNumber"));
            case QUERY -> Optional.ofNullable(request.getParameter("caseNumber"));
            case ATTACHMENT -> {
                try {
                    yield attachments.caseOfAttachment(Long.parseLong(matched.match().getUriVariables().get("id")));
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
        };
    }

    static Set<String> groups(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(GROUP_PREFIX))
                .map(authority -> authority.substring(GROUP_PREFIX.length())).collect(Collectors.toSet());
    }

    private static String describe(Set<String> groups) {
        return groups.isEmpty() ? "no group" : String.join(", ", groups.stream().sorted().toList());
    }

    private static AuthorizationDecision refuse(HttpServletRequest request, String reason) {
        request.setAttribute(REFUSAL, reason);
        return new AuthorizationDecision(false);
    }
}
