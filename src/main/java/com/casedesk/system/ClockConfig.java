package com.casedesk.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for CaseDesk and the engine: CaseDesk's timestamps follow Camunda's {@link ClockUtil}, so a test
 * that moves the engine's time moves case timelines, due dates and case numbers with it.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneId.systemDefault());
    }

    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
