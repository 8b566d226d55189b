package com.casedesk.cases;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.system.BadRequestException;

/** {@code POST /api/cases}: a handler opens a case by hand (a phone call, a letter). */
@RestController
class CaseIntakeController {

    private final CaseIntake intake;

    CaseIntakeController(CaseIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open(@RequestBody(required = false) NewCaseRequest request) {
        if (request == null) {
            throw new BadRequestException("", "the body is required");
        }
        CaseIntake.OpenedCase opened = intake.open(request);
        return Map.of("caseNumber", opened.caseNumber(), "processKey", opened.processKey(),
                "processInstanceId", opened.processInstanceId());
    }
}
