package io.frontline.complaint.application.domain.model;

/** What the complaint is about; the basis of recurring-problem analysis. */
public enum Category {
    PRODUCT, SERVICE, STAFF_BEHAVIOUR, BILLING, DELIVERY, OTHER
}
