package com.casedesk.cases;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.system.Groups;

@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseManagement cases;

    CaseController(CaseManagement cases) {
        this.cases = cases;
    }

    @GetMapping("/{caseNumber}")
    CaseView get(@PathVariable String caseNumber, Authentication caller) {
        CaseRecord record = cases.get(caseNumber);
        boolean admin = caller.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("GROUP_" + Groups.CAMUNDA_ADMIN));
        return CaseView.of(record, cases.timeline(caseNumber), admin);
    }
}
