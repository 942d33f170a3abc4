package io.frontline.platform.web;

import io.frontline.platform.domain.AccessDenied;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {
    record Perpetrator(@NotBlank String identifier) {
    }

    record Report(@NotBlank String site, List<@Pattern(regexp = "threat|other") String> types,
                  @Valid Perpetrator perpetrator) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void field_names_are_the_paths_a_client_sent() {
        Set<ConstraintViolation<Report>> violations = validator.validate(
                new Report("", List.of("threat", "shouting"), new Perpetrator(" ")));
        assertThat(violations.stream().map(ProblemMappers::fieldName))
                .containsExactlyInAnyOrder("site", "types[1]", "perpetrator.identifier");
    }

    @Test
    void a_safeguards_refusal_names_its_reason_in_the_problem_type() {
        ProblemMappers mappers = new ProblemMappers();
        Problem refused = (Problem) mappers.accessDenied(new AccessDenied("incident-confirmer", "Four eyes"), null)
                .getEntity();
        assertThat(refused.type()).endsWith("/problems/forbidden/incident-confirmer");
        assertThat(refused.status()).isEqualTo(403);
        Problem plain = (Problem) mappers.accessDenied(new AccessDenied("Not your site"), null).getEntity();
        assertThat(plain.type()).endsWith("/problems/forbidden");
    }

    private static Problem malformedBody(String body) {
        return malformedBody(body, Report.class);
    }

    private static Problem malformedBody(String body, Class<?> type) {
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Response response = new ProblemMappers().unreadable(e, null);
            assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            return (Problem) response.getEntity();
        }
        throw new AssertionError("the body was read: " + body);
    }

    @Test
    void a_json_array_where_an_object_is_expected_says_an_object_is_expected() {
        Problem problem = malformedBody("[{\"site\": \"ams-centrum\"}]");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The body must be a JSON object");
    }

    @Test
    void a_deeply_nested_document_says_it_is_nested_too_deeply() {
        Problem problem = malformedBody("{\"site\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}", Object.class);
        assertThat(problem.detail()).contains("nested too deeply");
    }

    @Test
    void a_body_that_is_not_json_says_so_without_echoing_it() {
        Problem problem = malformedBody("site=secret-value&subject=hi");
        assertThat(problem.detail()).isEqualTo("The body is not valid JSON").doesNotContain("secret-value");
    }

    @Test
    void a_wrong_type_in_a_field_names_the_field() {
        Problem problem = malformedBody("{\"site\": \"a\", \"types\": {\"x\": 1}}");
        assertThat(problem.detail()).isEqualTo("The field types has the wrong type or format");
    }

    @Test
    void quarkus_generic_client_errors_get_a_detail_that_says_what_to_do() {
        ProblemMappers mappers = new ProblemMappers();
        Problem bad = (Problem) mappers.web(new jakarta.ws.rs.BadRequestException(), null).getEntity();
        assertThat(bad.detail()).doesNotContain("HTTP 400");
        Problem unsupported = (Problem) mappers.web(new jakarta.ws.rs.NotSupportedException(), null).getEntity();
        assertThat(unsupported.status()).isEqualTo(415);
        assertThat(unsupported.detail()).contains("application/json");
        Problem wrapped = (Problem) mappers.web(new jakarta.ws.rs.BadRequestException(
                new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character")), null).getEntity();
        assertThat(wrapped.type()).endsWith("/malformed-body");
        assertThat(wrapped.detail()).isEqualTo("The body is not valid JSON");
    }
}
