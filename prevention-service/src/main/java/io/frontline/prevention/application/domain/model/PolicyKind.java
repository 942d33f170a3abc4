package io.frontline.prevention.application.domain.model;

/**
 * The chain documents every employee is given and asked to acknowledge: the basic policy against customer
 * harassment (seed 000), the unwanted-behaviour protocol (seed 004) and the complaints procedure (seed 002).
 */
public enum PolicyKind {
    BASIC_POLICY, UNWANTED_BEHAVIOUR_PROTOCOL, COMPLAINTS_PROCEDURE
}
