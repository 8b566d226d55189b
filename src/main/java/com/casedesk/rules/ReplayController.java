package com.casedesk.rules;

import java.io.IOException;
import java.time.Instant;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.casedesk.system.BadRequestException;
import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.FieldError;

/** For admins and analysts (see SecurityConfig): what a candidate rule set would change in past decisions. */
@RestController
class ReplayController {

    private final RuleReplay replay;

    ReplayController(RuleReplay replay) {
        this.replay = replay;
    }

    /** {@code from} and {@code to} are ISO instants ({@code 2026-12-01T00:00:00Z}); {@code last} defaults to 10,000. */
    @PostMapping(path = "/api/rules/replay", consumes = "multipart/form-data")
    RuleReplay.Report replay(@RequestPart("rules") MultipartFile rules,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer last) {
        if (last != null && (last < 1 || last > 1_000_000)) {
            throw new BadRequestException("last", "must be between 1 and 1000000");
        }
        DefinitionFiles candidate;
        try {
            candidate = CandidateRules.fromZip(rules.getInputStream());
        } catch (IOException | IllegalArgumentException e) {
            throw new BadRequestException("rules", "is not a usable zip of rule files: " + e.getMessage());
        }
        try {
            return replay.replay(candidate, new RuleReplay.Window(from, to, last));
        } catch (RuleCompilationException e) {
            throw new BadRequestException(e.errors().stream().map(error -> new FieldError("rules", error)).toList());
        }
    }
}
