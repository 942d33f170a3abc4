package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.IncidentType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every entry of the list is an incident type as written on the wire ({@code verbal-abuse}, ...).
 * Checked on the list as a whole so that the problem names the field {@code types}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IncidentTypeNames.Validator.class)
@interface IncidentTypeNames {
    String message() default "contains an unknown incident type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IncidentTypeNames, List<String>> {
        static final List<String> NAMES = Arrays.stream(IncidentType.values())
                .map(t -> IncidentResponse.wire(t.name())).toList();
        private static final Set<String> KNOWN = Set.copyOf(NAMES);

        @Override
        public boolean isValid(List<String> types, ConstraintValidatorContext context) {
            if (types == null || types.stream().allMatch(t -> t != null && KNOWN.contains(t))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("each type must be one of "
                    + NAMES.stream().collect(Collectors.joining(", "))).addConstraintViolation();
            return false;
        }
    }
}
