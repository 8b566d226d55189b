package com.casedesk.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One clock for CaseDesk and the engine: CaseDesk's timestamps follow Camunda's {@link ClockUtil}, so a test
 * that moves the engine's time moves case timelines, due dates and case numbers with it.
 */
@Configuration
public class ClockConfig {

    public static final String WALL_CLOCK = "wallClock";

    @Bean
    @Primary
    Clock clock() {
        return new EngineClock(ZoneId.systemDefault());
    }

    /**
     * Real time, whatever the engine's clock says: for infrastructure that waits in real seconds (the outbox's
     * retries and stale claims), which a test that moves the engine's time must not stop.
     */
    @Bean(WALL_CLOCK)
    Clock wallClock() {
        return Clock.systemUTC();
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
