package io.frontline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.localstack.demo.PreventionDutiesStory;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.frontline.localstack.demo.PreventionDutiesStory.figure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story three against the running stack: HQ publishes the policy, an employee acknowledges it, a manager records
 * training, and the chain's compliance report reflects both (the directory's 18 people, 5 of them customer-facing).
 */
@ExtendWith(RunningStack.class)
@Order(2) // the demo's third story on a fresh chain: before a browser story trains the same employee
class PreventionDutiesTest {
    @Test
    void hq_publishes_the_policy_an_employee_acknowledges_it_a_manager_records_training_and_the_chains_report_counts_both() {
        StackClient client = RunningStack.client();
        PreventionDutiesStory story = new PreventionDutiesStory(client);
        String before = figure(story.chainReport(), "customer-facing.current-percent").path("detail").asText();

        JsonNode published = story.publishPolicy();
        assertThat(published.path("acknowledgedAt").isNull()).isTrue();
        JsonNode afterPublishing = story.chainReport();
        assertThat(figure(afterPublishing, "basic-policy.acknowledged-percent").path("detail").asText())
                .isEqualTo("0 of 18 employees");

        assertThat(story.acknowledge().path("acknowledgedAt").asText()).isNotBlank();
        story.recordTraining();

        JsonNode report = story.chainReport();
        JsonNode policy = figure(report, "basic-policy.acknowledged-percent");
        assertThat(policy.path("detail").asText()).isEqualTo("1 of 18 employees");
        assertThat(policy.path("value").asDouble()).isEqualTo(5.6);
        JsonNode version = figure(report, "basic-policy.version-in-force");
        assertThat(version.path("value").asInt()).isEqualTo(published.path("version").asInt());
        JsonNode training = figure(report, "customer-facing.current-percent");
        assertThat(training.path("detail").asText()).isEqualTo("1 of 5 people").isNotEqualTo(before);
        assertThat(training.path("value").asDouble()).isEqualTo(20.0);
        assertThat(report.path("gaps").toString()).contains("17 of 18 employees have not acknowledged basic-policy");
    }
}
