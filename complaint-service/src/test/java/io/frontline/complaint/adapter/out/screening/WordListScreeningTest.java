package io.frontline.complaint.adapter.out.screening;

import io.frontline.complaint.application.domain.model.ConductIndicator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Screening suggests indicators in Dutch, English and Japanese; a plain grievance suggests nothing. */
class WordListScreeningTest {
    private final WordListScreening screening = new WordListScreening();

    @Test
    void dutch_insults_and_a_threat_to_expose_online_are_suggested() {
        assertThat(screening.screen("Stelletje prutsers! Ik zet die kassière met naam en foto op facebook te plaatsen."))
                .contains(ConductIndicator.INSULT, ConductIndicator.THREAT_TO_EXPOSE_ONLINE);
    }

    @Test
    void a_japanese_demand_for_a_kneeling_apology_is_suggested_as_disproportionate() {
        assertThat(screening.screen("店長は土下座しろ。ネットに晒してやる。"))
                .contains(ConductIndicator.DISPROPORTIONATE_DEMAND, ConductIndicator.THREAT_TO_EXPOSE_ONLINE);
    }

    @Test
    void english_threats_and_repetition_are_suggested() {
        String repeated = "I want my money back now. ".repeat(4);
        assertThat(screening.screen("I know where you live. " + repeated))
                .contains(ConductIndicator.THREAT, ConductIndicator.EXCESSIVE_LENGTH_OR_REPETITION);
    }

    @Test
    void a_plain_grievance_suggests_nothing() {
        assertThat(screening.screen("Mijn pakket is twee weken te laat en niemand neemt de telefoon op. "
                + "I would like a refund of the delivery costs.")).isEmpty();
    }
}
