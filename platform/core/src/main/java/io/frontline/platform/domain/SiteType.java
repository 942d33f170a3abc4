package io.frontline.platform.domain;

/** A branch receives customers in person; a call center by phone. */
public enum SiteType {
    BRANCH, CALL_CENTER
}
