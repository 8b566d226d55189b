package com.casedesk.cases;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseManagement cases;

    CaseController(CaseManagement cases) {
        this.cases = cases;
    }

    @GetMapping("/{caseNumber}")
    CaseView get(@PathVariable String caseNumber) {
        CaseRecord record = cases.get(caseNumber);
        return CaseView.of(record, cases.timeline(caseNumber));
    }
}
