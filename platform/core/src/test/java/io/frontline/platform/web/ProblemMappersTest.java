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
}
