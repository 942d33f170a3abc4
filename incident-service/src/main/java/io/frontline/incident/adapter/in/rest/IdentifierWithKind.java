package io.frontline.incident.adapter.in.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A perpetrator's identifier is only usable with its kind, and a kind without an identifier says nothing. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdentifierWithKind.Validator.class)
@interface IdentifierWithKind {
    String message() default "identifier and identifierKind go together";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdentifierWithKind, PerpetratorRequest> {
        @Override
        public boolean isValid(PerpetratorRequest perpetrator, ConstraintValidatorContext context) {
            if (perpetrator == null || perpetrator.hasIdentifier() == (perpetrator.identifierKind() != null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            String missing = perpetrator.hasIdentifier() ? "identifierKind" : "identifier";
            String message = perpetrator.hasIdentifier() ? "is required when an identifier is given"
                    : "is required when an identifierKind is given";
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(missing).addConstraintViolation();
            return false;
        }
    }
}
