package com.casedesk.termination;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/terminations")
class TerminationController {

    private final TerminationIntake intake;

    TerminationController(TerminationIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> receive(@RequestBody TerminationNotice notice) {
        return Map.of("caseNumber", intake.receive(notice));
    }
}
