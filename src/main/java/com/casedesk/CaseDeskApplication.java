package com.casedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class CaseDeskApplication {

    public static void main(String[] args) {
        if (args.length > 0 && DefinitionsCommand.COMMANDS.contains(args[0])) {
            System.exit(new DefinitionsCommand(System.out).run(args));
        }
        SpringApplication.run(CaseDeskApplication.class, args);
    }
}
