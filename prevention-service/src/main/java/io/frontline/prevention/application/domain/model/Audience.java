package io.frontline.prevention.application.domain.model;

/**
 * Whom a course is for (seed 000: regular training for employees with customer contact, and for the supervisors
 * who receive consultations). Customer-facing: the roles staff and complaint-handler; supervisors: site managers.
 */
public enum Audience {
    CUSTOMER_FACING, SUPERVISORS
}
