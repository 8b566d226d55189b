package com.casedesk.definitions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For admins and analysts (see SecurityConfig): which processes and rules this node runs. */
@RestController
class DefinitionsController {

    private final DefinitionsInForce definitions;

    DefinitionsController(DefinitionsInForce definitions) {
        this.definitions = definitions;
    }

    @GetMapping("/api/admin/definitions")
    DefinitionsInForce.Definitions definitions() {
        return definitions.current();
    }
}
