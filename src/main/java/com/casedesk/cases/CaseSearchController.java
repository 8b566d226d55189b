package com.casedesk.cases;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases}: the case search, the same as the {@code /cases} page's. */
@RestController
class CaseSearchController {

    private final CaseSearch search;

    CaseSearchController(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/api/cases")
    CaseSearchResult search(HttpServletRequest request, Authentication caller) {
        return search.search(CaseQuery.from(request.getParameterMap()), CallerGroups.of(caller));
    }
}
