package com.casedesk.casepage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The case pages' login form; Spring Security checks what it posts against Camunda's users. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "casepage/login";
    }
}
