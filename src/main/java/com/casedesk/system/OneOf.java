package com.casedesk.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The number is one of a few allowed values (a notice period of 3, 6 or 12 months); null is valid. */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    int[] value();

    /** Default: "must be 3, 6 or 12", built from {@link #value()}. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, Integer> {

        private int[] allowed;
        private String message;

        @Override
        public void initialize(OneOf annotation) {
            allowed = annotation.value();
            message = annotation.message().isEmpty() ? "must be " + describe(allowed) : annotation.message();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            if (value == null || Arrays.stream(allowed).anyMatch(candidate -> candidate == value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }

        static String describe(int[] values) {
            String all = Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            int last = all.lastIndexOf(", ");
            return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
        }
    }
}
