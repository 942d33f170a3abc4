package io.frontline.incident.application.domain.model;

/** What kind of harassment happened (DESIGN.md, "incident-service"); one incident can be several at once. */
public enum IncidentType {
    VERBAL_ABUSE, THREAT, PHYSICAL_VIOLENCE, SEXUAL_HARASSMENT, UNREASONABLE_DEMAND, EXCESSIVE_CONTACT,
    DISCRIMINATION, ONLINE_DEFAMATION, STALKING, PROPERTY_DAMAGE, OTHER
}
