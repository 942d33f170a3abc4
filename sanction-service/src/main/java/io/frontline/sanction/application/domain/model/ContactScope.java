package io.frontline.sanction.application.domain.model;

/** Seed 001: a contact ban covers all contact, or contact with one department or one employee. */
public enum ContactScope {
    ALL_CONTACT, DEPARTMENT, EMPLOYEE
}
