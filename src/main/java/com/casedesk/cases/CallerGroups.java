package com.casedesk.cases;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The groups of a logged-in caller, from the {@code GROUP_<id>} authorities the security configuration grants. */
public final class CallerGroups {

    private static final String PREFIX = "GROUP_";

    private CallerGroups() {
    }

    public static Set<String> of(Authentication caller) {
        if (caller == null) {
            return Set.of();
        }
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(PREFIX)).map(authority -> authority.substring(PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
