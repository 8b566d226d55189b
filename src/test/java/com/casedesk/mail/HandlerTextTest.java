package com.casedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandlerTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            greeting line and Swedish sign-off with name go     | Hej Anna,\\n\\nFakturan är krediterad.\\n\\nVänliga hälsningar\\nLisa | Fakturan är krediterad.
            Danish greeting and sign-off with name and title go | Kære Mette Hansen\\nKopien er vedhæftet.\\nMed venlig hilsen\\nJonas\\nKundeservice | Kopien er vedhæftet.
            greeting on the same line as the first sentence     | Hi John, the copy is attached.\\nKind regards\\nLisa | the copy is attached.
            a body that starts with a greeting word is kept      | Hej vi har kollat fakturan.\\nDen stämmer. | Hej vi har kollat fakturan.\\nDen stämmer.
            text without greeting or sign-off is kept as written | Fakturan är betald.\\nTack för ditt tålamod. | Fakturan är betald.\\nTack för ditt tålamod.
            mvh with a long tail is kept (it is not a sign-off)  | Hej,\\nText.\\nMvh\\na\\nb\\nc\\nd\\ne | Text.\\nMvh\\na\\nb\\nc\\nd\\ne
            """)
    void shouldTakeOutTheHandlersOwnGreetingAndSignOffOnly(String description, String written, String expected) {
        assertThat(HandlerText.body(written.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }
}
