package com.casedesk.fault;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.casedesk.customers.Country;

/** {@code casedesk.fault.*}: the alarm centre's 24/7 numbers a customer calls before testing the alarm. */
@ConfigurationProperties("casedesk.fault")
public record FaultProperties(
        @DefaultValue("0771-75 00 75") String alarmCentrePhoneSe,
        @DefaultValue("+45 7022 7778") String alarmCentrePhoneDk) {

    public String alarmCentrePhone(Country country) {
        return country == Country.DK ? alarmCentrePhoneDk : alarmCentrePhoneSe;
    }
}
