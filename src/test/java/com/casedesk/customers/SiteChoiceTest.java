package com.casedesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.casedesk.customers.CustomerView.SiteView;

class SiteChoiceTest {

    private static final List<SiteView> TWO_SITES = List.of(
            new SiteView("SE-S-1002", "Kungsportsavenyen 10, 411 36 Göteborg", true, true, true, true),
            new SiteView("SE-S-1003", "Hamngatan 4, 411 14 Göteborg", true, true, true, true));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Larmet på Kungsportsavenyen 10 tjuter                  | SE-S-1002
            larmet på   kungsportsavenyen  10 tjuter               | SE-S-1002
            Fel på anläggningen SE-S-1003                          | SE-S-1003
            Larmet tjuter                                          | none
            Både Kungsportsavenyen 10 och Hamngatan 4 har problem  | none
            Larmet i Göteborg tjuter                               | none
            """)
    void shouldPickTheSiteTheTextNamesOrNone(String text, String expectedSite) {
        assertThat(SiteChoice.of(TWO_SITES, null, text).map(SiteView::siteId).orElse(null)).isEqualTo(expectedSite);
    }

    @Test
    void shouldGiveACustomerWithOneSiteThatSite() {
        assertThat(SiteChoice.of(TWO_SITES.subList(1, 2), "Fel", "Larmet tjuter")).map(SiteView::siteId).contains("SE-S-1003");
    }

    @Test
    void shouldOfferEachSiteWithItsAddressAsLabelAndIdAsValue() {
        assertThat(SiteChoice.optionsJson(List.of(new SiteView("S\"1", "Gatan 1, \"A\"", true, true, true, true))))
                .isEqualTo("[{\"label\":\"Gatan 1, \\\"A\\\"\",\"value\":\"S\\\"1\"}]");
    }
}
