package io.frontline.platform.web;

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
}
